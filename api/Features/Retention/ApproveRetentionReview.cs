using System.Security.Claims;
using Carers.Api.Infrastructure.Auth;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Retention;

/// <summary>
/// A data-protection officer approves anonymising a record past its date: the next run (scheduled or asked for) anonymises it.
/// From due, or from rejected when the reason to keep it has gone. If-Match (none 428, stale 412); anonymised already is 409.
/// </summary>
public static class ApproveRetentionReview
{
    public sealed record Command(Caller Caller, Guid ReviewId, int ExpectedVersion) : ICommand<RetentionReviews.Outcome>;

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, RetentionReviews.Outcome>
    {
        private const string Sql = """
            UPDATE retention_review SET status = 'approved', decided_by = @Subject, decided_at = now(), rejection_reason = NULL, version = version + 1
            WHERE id = @Id AND version = @ExpectedVersion AND status IN ('due', 'rejected')
            RETURNING id
            """;

        public async ValueTask<RetentionReviews.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            await RetentionReviews.DecideAsync(db, clock, command.Caller, nameof(ApproveRetentionReview), command.ReviewId, command.ExpectedVersion, Sql, null,
                cancellationToken);
    }

    /// <remarks>
    /// A data-protection officer approves anonymising a record past its date: the next run (scheduled, or asked for with RunRetention)
    /// anonymises it. From due, or from rejected when the reason to keep it has gone.
    ///
    /// - Needs `If-Match` with the review's `ETag`: none is 428 (precondition-required); a stale one is 412 (precondition-failed).
    /// - 404 (not-found): there is no such review. 409 (conflict): the record has already been anonymised.
    /// </remarks>
    public static async Task<Results<Ok<RetentionReview>, ProblemHttpResult>> Endpoint(
        Guid reviewId, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        await RetentionReviews.RespondAsync(request, response,
            version => mediator.Send(new Command(Caller.From(user), reviewId, version), cancellationToken));
}
