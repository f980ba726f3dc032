using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
using Carers.Api.Domain;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// Staff upload a GP practice's CSV extract (for practices not yet on FHIR). The file is checked
/// for its columns at once and imported in the background: GetGpExtractImport shows progress and
/// the per-row report.
/// </summary>
public static class UploadGpExtract
{
    public sealed record Command(Caller Caller, string OdsCode, string Content) : ICommand<Guid>;

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Guid>
    {
        private const string Sql = """
            INSERT INTO gp_extract_import (ods_code, uploaded_by, content) VALUES (@OdsCode, @Subject, @Content) RETURNING id
            """;

        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var id = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(Sql,
                new { command.OdsCode, command.Caller.Subject, command.Content }, cancellationToken: cancellationToken));
            await Infrastructure.AuditLog.WriteAsync(connection, null, new Infrastructure.AuditEntry(command.Caller, nameof(UploadGpExtract), "gpExtractImport", id.ToString(), Infrastructure.AuditOutcome.Success, command.OdsCode), cancellationToken);
            return id;
        }
    }

    /// <remarks>
    /// For practices not yet on FHIR: staff upload a practice's CSV extract as `text/csv` (UTF-8), with the columns
    /// `nhs_number`, `snomed_code`, `date_recorded` and optionally `consent_to_contact`. The header is checked at once
    /// (400 naming the missing columns); the rows are imported in the background, in chunks, by the same rules as FHIR
    /// flags (a row already imported is a harmless replay, so re-uploading a file is safe). The answer is 202 with
    /// `Location: /api/gp-extracts/{importId}`, where progress and the per-row report can be read.
    ///
    /// - 400: no or malformed `odsCode`, a file that is not UTF-8, or missing columns. 413: over the size limit.
    ///   415: not `text/csv`.
    /// </remarks>
    /// <param name="odsCode">The practice the extract comes from, like A12345.</param>
    public static async Task<Results<Accepted<GetGpExtractImport.ImportStatus>, ProblemHttpResult>> Endpoint(
        [FromQuery, RegularExpression(TextRules.OdsPattern), MaxLength(6)] string? odsCode, HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (odsCode is null || !System.Text.RegularExpressions.Regex.IsMatch(odsCode, TextRules.OdsPattern))
        {
            return Invalid("odsCode", "Enter the practice's ODS code, like A12345");
        }

        if (request.ContentType?.Split(';')[0].Trim() is not ("text/csv" or "application/csv"))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the extract as text/csv.");
        }

        string content;
        try
        {
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
            content = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return Invalid("file", "The file must be a CSV saved as UTF-8");
        }

        var header = GpExtractImporter.ReadHeader(content).Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_')).ToHashSet();
        var missing = GpExtractImporter.RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (content.Length == 0 || missing.Count > 0)
        {
            return Invalid("file", $"The file's first row must name the columns {string.Join(", ", GpExtractImporter.RequiredColumns)}"
                + (missing.Count > 0 && content.Length > 0 ? $"; missing: {string.Join(", ", missing)}" : ""));
        }

        var id = await mediator.Send(new Command(Caller.From(user), odsCode, content), cancellationToken);
        var status = await mediator.Send(new GetGpExtractImport.Query(id), cancellationToken);
        return TypedResults.Accepted($"/api/gp-extracts/{id}", status!);
    }

    private static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Some of the information is missing or not valid.",
        });
}
