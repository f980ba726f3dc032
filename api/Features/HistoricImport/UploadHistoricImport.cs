using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.HistoricImport;

/// <summary>
/// A manager uploads a file of historic carer events from the old case system in the CLD layout. The
/// header is checked at once; the rows are checked and imported in the background (GetHistoricImport
/// shows the progress and the report). A file identical to one already uploaded, and not refused or
/// failed, is answered with that earlier import (200) instead of a new one.
/// </summary>
public static class UploadHistoricImport
{
    public sealed record Command(Caller Caller, string Content, byte[] Sha256) : ICommand<(Guid Id, bool Created)>;

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, (Guid Id, bool Created)>
    {
        private const string InsertSql = """
            INSERT INTO historic_import (uploaded_by, file_sha256, content) VALUES (@Subject, @Sha256, @Content)
            ON CONFLICT (file_sha256) WHERE status NOT IN ('refused', 'failed') DO NOTHING
            RETURNING id
            """;

        private const string EarlierSql = "SELECT id FROM historic_import WHERE file_sha256 = @Sha256 AND status NOT IN ('refused', 'failed')";

        public async ValueTask<(Guid Id, bool Created)> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var id = await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(InsertSql,
                new { command.Caller.Subject, command.Sha256, command.Content }, cancellationToken: cancellationToken));
            var created = id is not null;
            id ??= await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(EarlierSql, new { command.Sha256 }, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, null, new AuditEntry(command.Caller,
                nameof(UploadHistoricImport), "historicImport", id.ToString(), AuditOutcome.Success, created ? "uploaded" : "the same file as an earlier import"), cancellationToken);
            return (id.Value, created);
        }
    }

    /// <remarks>
    /// A manager uploads a file of historic carer events from the old case system, as CSV in the Client Level Data layout (with optional
    /// Given_Name and Family_Name columns). The header is checked at once; the rows are checked and imported in the background.
    ///
    /// - Answers 202 with the import and `Location`: follow it with GetHistoricImport for the progress and the report.
    /// - A file identical to one already uploaded (and not refused or failed) answers 200 with that earlier import instead of starting
    ///   another, so uploading twice is harmless.
    /// - 400 (validation): the header is not the layout's. 413 (payload-too-large): the file is over the limit. 415
    ///   (unsupported-media-type): send the file as `text/csv`.
    /// </remarks>
    public static async Task<Results<Accepted<HistoricImportStatus>, Ok<HistoricImportStatus>, ProblemHttpResult>> Endpoint(
        HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (request.ContentType?.Split(';')[0].Trim() is not ("text/csv" or "application/csv"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as text/csv.");
        }

        byte[] bytes;
        string content;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
            content = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Invalid("The file must be a CSV saved as UTF-8");
        }

        if (content.Contains('\0')) return Invalid("The file must be a CSV saved as UTF-8");
        var problems = HistoricFile.HeaderProblems(content);
        if (problems.Count > 0) return Invalid(string.Join("; ", problems));
        if (HistoricFile.ReadHeader(content).Length > 0 && content.Split('\n', 3).Skip(1).All(string.IsNullOrWhiteSpace))
        {
            return Invalid("The file has no rows under its header");
        }

        var (id, created) = await mediator.Send(new Command(Caller.From(user), content, SHA256.HashData(bytes)), cancellationToken);
        var status = (await mediator.Send(new GetHistoricImport.Query(id), cancellationToken))!;
        return created ? TypedResults.Accepted($"/api/historic-imports/{id}", status) : TypedResults.Ok(status);
    }

    private static ProblemHttpResult Invalid(string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["file"] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Some of the information is missing or not valid.",
        });
}
