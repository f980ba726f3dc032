using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.DataRights;

/// <summary>
/// A signed-in carer downloads everything held about them (UK GDPR Art. 15): JSON, or with
/// <c>?format=html</c> a page that prints well. Audited, found or not. No record: 404.
/// </summary>
public static class ExportMyData
{
    public sealed record Request
    {
        /// <summary>json (the default) or html (a readable page that prints well).</summary>
        [FromQuery(Name = "format")]
        [System.ComponentModel.DataAnnotations.MaxLength(4)]
        [System.ComponentModel.DataAnnotations.RegularExpression("^(json|html)$")]
        public string? Format { get; init; }
    }

    public sealed record Query(Caller Caller) : IQuery<SubjectAccessExport?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Format).ExportFormat();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, SubjectAccessExport?>
    {
        private const string FindSql = "SELECT id FROM carer WHERE account_subject = @Subject";

        public async ValueTask<SubjectAccessExport?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var carerId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(FindSql, new { query.Caller.Subject }, cancellationToken: cancellationToken));
            var records = carerId is { } id ? await SubjectAccessExportBuilder.FindAsync(connection, id, cancellationToken) : null;
            if (records is null)
            {
                await AuditLog.WriteAsync(connection, null,
                    new AuditEntry(query.Caller, nameof(ExportMyData), "carer", null, AuditOutcome.NotFound), cancellationToken);
                return null;
            }

            var audit = new AuditEntry(query.Caller, nameof(ExportMyData), "carer", records.Id.ToString(), AuditOutcome.Success, CarerId: records.Id);
            return await SubjectAccessExportBuilder.BuildAsync(connection, records, audit, "carer", clock.GetUtcNow(), cancellationToken);
        }
    }

    /// <remarks>
    /// The signed-in carer downloads everything we hold about them (UK GDPR Article 15): JSON by default, or with `format=html` a page
    /// that prints well. Audited, found or not.
    ///
    /// - 404 (not-found): you have not registered as a carer.
    /// </remarks>
    public static async Task<IResult> Endpoint([AsParameters] Request request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user)), cancellationToken) is { } export
            ? SubjectAccessFile.Result(export, request.Format)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet.",
                detail: "There is no carer record for your account, so we hold no carer data about you.");
}
