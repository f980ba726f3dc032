using System.ComponentModel.DataAnnotations;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>Where an uploaded extract's import stands, with the first rows refused and why, and why it failed if it did.</summary>
public static class GetGpExtractImport
{
    /// <summary>The report lists at most this many refused rows (the counts are always whole); the SQL says 500 too.</summary>
    public const int MaxErrorsShown = 500;

    public sealed record RowError([property: Range(1, int.MaxValue)] int Row, [property: MaxLength(200)] string Message)
    {
        public static RowError Example => new(7, "nhs_number is not a valid NHS number (10 digits with a Modulus 11 check digit).");
    }

    public sealed record ImportStatus(
        Guid Id,
        [property: MaxLength(6)] string OdsCode,
        [property: MaxLength(10)] string Status,
        [property: Range(0, int.MaxValue)] int TotalRows,
        [property: Range(0, int.MaxValue)] int ProcessedRows,
        [property: Range(0, int.MaxValue)] int AcceptedRows,
        [property: Range(0, int.MaxValue)] int RejectedRows,
        DateTimeOffset UploadedAt,
        DateTimeOffset? FinishedAt,
        [property: MaxLength(300)] string? FailureReason,
        [property: MaxLength(MaxErrorsShown)] IReadOnlyList<RowError> Errors)
    {
        /// <summary>An extract of 120 rows from practice E84001, imported with one row refused.</summary>
        public static ImportStatus Example => new(Guid.Parse("8d0c5a7e-2b1f-4c3d-a9e8-7f6b5a4c3d2e"), "E84001", "completed", 120, 120, 119, 1,
            new DateTimeOffset(2025, 11, 3, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 11, 3, 10, 0, 4, TimeSpan.Zero), null, [RowError.Example]);
    }

    public sealed record Query(Guid ImportId) : IQuery<ImportStatus?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, ImportStatus?>
    {
        private const string Sql = """
            SELECT id, ods_code, status, total_rows, processed_rows, accepted_rows, rejected_rows, uploaded_at, finished_at, failure_reason
            FROM gp_extract_import WHERE id = @ImportId;
            SELECT row_number AS row, message FROM gp_extract_row_error WHERE import_id = @ImportId ORDER BY row_number LIMIT 500;
            """;

        public async ValueTask<ImportStatus?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { query.ImportId }, cancellationToken: cancellationToken));
            var row = await grid.ReadSingleOrDefaultAsync<Row>();
            var errors = (await grid.ReadAsync<RowError>()).ToList();
            return row is null ? null : new ImportStatus(row.Id, row.OdsCode, row.Status, row.TotalRows, row.ProcessedRows, row.AcceptedRows,
                row.RejectedRows, new DateTimeOffset(row.UploadedAt, TimeSpan.Zero),
                row.FinishedAt is null ? null : new DateTimeOffset(row.FinishedAt.Value, TimeSpan.Zero), row.FailureReason, errors);
        }

        private sealed record Row
        {
            public Guid Id { get; init; }
            public string OdsCode { get; init; } = "";
            public string Status { get; init; } = "";
            public int TotalRows { get; init; }
            public int ProcessedRows { get; init; }
            public int AcceptedRows { get; init; }
            public int RejectedRows { get; init; }
            public DateTime UploadedAt { get; init; }
            public DateTime? FinishedAt { get; init; }
            public string? FailureReason { get; init; }
        }
    }

    /// <remarks>
    /// Progress and report of an uploaded GP extract: `queued`, `importing` (with `processedRows` of `totalRows`),
    /// `completed` or `failed` (with `failureReason`). `errors` lists the refused rows by row number and reason (at most
    /// 500; the counts are always whole). Poll it after `UploadGpExtract` until `finishedAt` is set. 404: no such import.
    /// </remarks>
    public static async Task<Results<Ok<ImportStatus>, ProblemHttpResult>> Endpoint(Guid importId, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(importId), cancellationToken) is { } status
            ? TypedResults.Ok(status)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such import.");
}
