using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Retention;

/// <summary>
/// A data-protection officer keeps a record past its date, with the reason (a legal hold, an open complaint, ...): runs leave it
/// alone until someone approves it. From due, approved or failed. If-Match (none 428, stale 412); anonymised already is 409.
/// </summary>
public static class RejectRetentionReview
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { Reason = "A complaint from Grace's daughter is with the Ombudsman: keep the record until it is closed." };

        /// <summary>Why the record is kept for now.</summary>
        public string? Reason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid ReviewId, int ExpectedVersion, Request Body) : ICommand<RetentionReviews.Outcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Give the reason for keeping the record")
            .MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("The reason must be 1,000 characters or fewer, without < > or control characters");
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, RetentionReviews.Outcome>
    {
        private const string Sql = """
            UPDATE retention_review SET status = 'rejected', decided_by = @Subject, decided_at = now(), rejection_reason = @Reason, version = version + 1
            WHERE id = @Id AND version = @ExpectedVersion AND status IN ('due', 'approved', 'failed')
            RETURNING id
            """;

        public async ValueTask<RetentionReviews.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            await RetentionReviews.DecideAsync(db, clock, command.Caller, nameof(RejectRetentionReview), command.ReviewId, command.ExpectedVersion, Sql,
                command.Body.Reason!.Trim(), cancellationToken);
    }

    /// <remarks>
    /// A data-protection officer keeps a record past its date, with the reason (a legal hold, an open complaint): runs leave it alone
    /// until someone approves it. From due, approved or failed.
    ///
    /// - Needs `If-Match` with the review's `ETag`: none is 428 (precondition-required); a stale one is 412 (precondition-failed).
    /// - 400 (validation): the reason is missing or too long. 404 (not-found): there is no such review. 409 (conflict): the record has
    ///   already been anonymised.
    /// </remarks>
    public static async Task<Results<Ok<RetentionReview>, ProblemHttpResult>> Endpoint(
        Guid reviewId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        await RetentionReviews.RespondAsync(request, response,
            version => mediator.Send(new Command(Caller.From(user), reviewId, version, body), cancellationToken));
}
