using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Feedback;

/// <summary>
/// A carer reads one of their own complaints or compliments: for a complaint, each step with its
/// date and, once answered, the outcome, what will change and the Ombudsman paragraph. Another
/// carer's, or an unknown one, is 404. Audited, found or not, as GetMyInformationRequest is.
/// </summary>
public static class GetMyFeedback
{
    public sealed record Query(Caller Caller, Guid FeedbackId) : IQuery<FeedbackItem?>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, FeedbackItem?>
    {
        private const string Sql = $"""
            SELECT {FeedbackReader.Columns}
            FROM feedback f JOIN carer c ON c.id = f.carer_id
            WHERE f.id = @FeedbackId AND c.account_subject = @Subject
            """;

        public async ValueTask<FeedbackItem?> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var row = await connection.QuerySingleOrDefaultAsync<FeedbackReader.Row>(new CommandDefinition(Sql,
                new { query.FeedbackId, query.Caller.Subject }, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, null, new AuditEntry(query.Caller, nameof(GetMyFeedback),
                FeedbackReader.RecordType, query.FeedbackId.ToString(), row is null ? AuditOutcome.NotFound : AuditOutcome.Success, CarerId: row?.CarerId), cancellationToken);
            return row is null ? null : FeedbackReader.ToItem(row);
        }
    }

    /// <remarks>
    /// Reads one of the caller's own complaints or compliments: for a complaint, each step with its date
    /// (received, acknowledged, the response period agreed, responded) and, once answered, the outcome, what
    /// will change and the Ombudsman paragraph the response carried. Who took each step is for staff only.
    ///
    /// The read is audited, found or not.
    ///
    /// 404: no such complaint or compliment, or it is another carer's (the same answer, so nothing is revealed).
    /// </remarks>
    public static async Task<Results<Ok<FeedbackItem>, ProblemHttpResult>> Endpoint(
        Guid feedbackId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Query(Caller.From(user), feedbackId), cancellationToken) is { } found
            ? TypedResults.Ok(found) : FeedbackProblems.NotFound();
}
