using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Feedback;

/// <summary>
/// Staff open one complaint: the carer's words, each step with who took it and when, where the
/// acknowledgement stands, and the ETag (also in the ETag header) for the next step. A compliment's
/// id, or an unknown one, is 404. Audited, found or not: it is a read of a person's record.
/// </summary>
public static class GetComplaint
{
    public sealed record Query(Caller Caller, Guid ComplaintId) : IQuery<ComplaintRecord?>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays) : IQueryHandler<Query, ComplaintRecord?>
    {
        public async ValueTask<ComplaintRecord?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var row = await FeedbackReader.LoadComplaintAsync(connection, null, query.ComplaintId, cancellationToken);
            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller, nameof(GetComplaint),
                FeedbackReader.RecordType, query.ComplaintId.ToString(), row is null ? AuditOutcome.NotFound : AuditOutcome.Success, CarerId: row?.CarerId), cancellationToken);
            return row is null ? null : FeedbackReader.ToRecord(row, FeedbackRules.Today(clock), workingDays);
        }
    }

    /// <remarks>
    /// Opens one complaint: the carer's words, who the carer is, each step with who took it and when, where
    /// the acknowledgement stands, and the `eTag` (also the `ETag` header) to send as `If-Match` with the next
    /// step. The read is audited, found or not, with the `Access-Reason` (default `casework`).
    ///
    /// - 400: an unknown `Access-Reason`.
    /// - 404: no such complaint, or the id is a compliment's.
    /// </remarks>
    public static async Task<Results<Ok<ComplaintRecord>, ProblemHttpResult>> Endpoint(
        Guid complaintId, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new Query(Caller.From(user), complaintId), cancellationToken) is not { } found) return FeedbackProblems.NotFound();
        response.Headers.ETag = found.ETag;
        return TypedResults.Ok(found);
    }
}
