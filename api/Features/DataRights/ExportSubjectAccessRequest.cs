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
/// The data protection team produces the export for a request received by post or phone: the same
/// export the carer downloads (JSON, or <c>?format=html</c> to print and post). Audited with the carer
/// and the reason dataProtectionRequest.
/// </summary>
public static class ExportSubjectAccessRequest
{
    public sealed record Request
    {
        /// <summary>json (the default) or html (a readable page that prints well).</summary>
        [FromQuery(Name = "format")]
        [System.ComponentModel.DataAnnotations.MaxLength(4)]
        [System.ComponentModel.DataAnnotations.RegularExpression("^(json|html)$")]
        public string? Format { get; init; }
    }

    public sealed record Query(Caller Caller, Guid RequestId) : IQuery<SubjectAccessExport?>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Format).ExportFormat();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, SubjectAccessExport?>
    {
        private const string CarerSql = "SELECT carer_id FROM subject_access_request WHERE id = @Id";

        public async ValueTask<SubjectAccessExport?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var carerId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(CarerSql, new { Id = query.RequestId }, cancellationToken: cancellationToken));
            var records = carerId is { } id ? await SubjectAccessExportBuilder.FindAsync(connection, id, cancellationToken) : null;
            if (records is null)
            {
                await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller,
                    nameof(ExportSubjectAccessRequest), SubjectAccessRequests.RecordType, query.RequestId.ToString(), AuditOutcome.NotFound,
                    AccessReason: AccessReason.DataProtectionRequest), cancellationToken);
                return null;
            }

            var audit = new AuditEntry(query.Caller, nameof(ExportSubjectAccessRequest), SubjectAccessRequests.RecordType, query.RequestId.ToString(),
                AuditOutcome.Success, CarerId: records.Id, AccessReason: AccessReason.DataProtectionRequest);
            return await SubjectAccessExportBuilder.BuildAsync(connection, records, audit, "dataProtectionRequest", clock.GetUtcNow(), cancellationToken);
        }
    }

    /// <remarks>
    /// The data-protection team produces the export for a request received by post or phone: the same export a carer downloads themselves
    /// with ExportMyData. JSON by default; `format=html` gives a page to print and post. Audited with the carer and the reason
    /// dataProtectionRequest.
    ///
    /// - 404 (not-found): there is no such request.
    /// </remarks>
    public static async Task<IResult> Endpoint(Guid requestId, [AsParameters] Request request, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), requestId), cancellationToken) is { } export
            ? SubjectAccessFile.Result(export, request.Format)
            : SubjectAccessProblems.NotFound();
}
