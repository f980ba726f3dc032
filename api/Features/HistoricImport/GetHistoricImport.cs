using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.HistoricImport;

/// <summary>
/// Where an uploaded historic file stands: rows checked and imported so far, the carers and events
/// created or found, and (when refused) the first problems by row and field. Every manager may read
/// every import: imports belong to the service, not to the manager who uploaded them.
/// </summary>
public static class GetHistoricImport
{
    public sealed record Query(Guid ImportId) : IQuery<HistoricImportStatus?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, HistoricImportStatus?>
    {
        private const string Sql = """
            SELECT id, status, total_rows, validated_rows, imported_rows, problem_rows, carers_created, carers_matched, carers_present,
                   matches_queued, events_created, events_present, uploaded_at, finished_at, failure_reason
            FROM historic_import WHERE id = @ImportId;
            SELECT row_number AS row, field, message FROM historic_import_problem WHERE import_id = @ImportId ORDER BY row_number, field LIMIT 500;
            """;

        public async ValueTask<HistoricImportStatus?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { query.ImportId }, cancellationToken: cancellationToken));
            var row = await grid.ReadSingleOrDefaultAsync<Row>();
            var problems = (await grid.ReadAsync<HistoricImportProblem>()).ToList();
            return row is null ? null : new HistoricImportStatus(row.Id, row.Status, row.TotalRows, row.ValidatedRows, row.ImportedRows, row.ProblemRows,
                row.CarersCreated, row.CarersMatched, row.CarersPresent, row.MatchesQueued, row.EventsCreated, row.EventsPresent,
                new DateTimeOffset(row.UploadedAt, TimeSpan.Zero), row.FinishedAt is null ? null : new DateTimeOffset(row.FinishedAt.Value, TimeSpan.Zero),
                row.FailureReason, problems);
        }

        private sealed record Row
        {
            public Guid Id { get; init; }
            public string Status { get; init; } = "";
            public int TotalRows { get; init; }
            public int ValidatedRows { get; init; }
            public int ImportedRows { get; init; }
            public int ProblemRows { get; init; }
            public int CarersCreated { get; init; }
            public int CarersMatched { get; init; }
            public int CarersPresent { get; init; }
            public int MatchesQueued { get; init; }
            public int EventsCreated { get; init; }
            public int EventsPresent { get; init; }
            public DateTime UploadedAt { get; init; }
            public DateTime? FinishedAt { get; init; }
            public string? FailureReason { get; init; }
        }
    }

    /// <remarks>
    /// Where an uploaded historic file stands: rows checked and imported so far, the carers and events created or found, and, when
    /// refused, the first problems by row and field. Every manager may read every import: imports belong to the service, not to the
    /// manager who uploaded them.
    ///
    /// - 404 (not-found): there is no such import.
    /// </remarks>
    public static async Task<Results<Ok<HistoricImportStatus>, ProblemHttpResult>> Endpoint(Guid importId, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(importId), cancellationToken) is { } status
            ? TypedResults.Ok(status)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such import.");
}
