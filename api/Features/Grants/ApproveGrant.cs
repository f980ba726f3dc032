using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Carers.Api.Features.Grants;

/// <summary>
/// A grants officer approves an application: its amount is committed to the pot (children's for
/// a young carer, adults' otherwise) by one guarded UPDATE, so a pot is never over-committed
/// whatever the number of officers approving at once. A second grant in one financial year
/// needs an override reason. Partners with consent get grant.approved, in the same transaction.
/// The officer approves the version they read (If-Match); an application changed since is left as it is (412).
/// </summary>
public static class ApproveGrant
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { OverrideReason = "The first grant this year paid for a washing machine after a flood; this one is for a break, agreed by the team manager." };

        /// <summary>Needed only when the carer already has a grant this financial year.</summary>
        public string? OverrideReason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid GrantId, int ExpectedVersion, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Approved(GrantApplication Grant) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record NotSubmitted(GrantStatus Status) : Outcome;
        public sealed record PotTooSmall : Outcome;
        public sealed record SecondThisYear : Outcome;
        public sealed record Stale : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.OverrideReason).MaximumLength(1000).Matches(TextRules.FreeTextPattern)
            .WithMessage("The reason must be 1,000 characters or fewer, without < > or control characters");
    }

    public sealed class Handler(GrantApprovals approvals, CarersMetrics metrics) : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var overrideReason = string.IsNullOrWhiteSpace(command.Body.OverrideReason) ? null : command.Body.OverrideReason.Trim();
            var outcome = await approvals.ApproveAsync(command.GrantId, command.ExpectedVersion, command.Caller, overrideReason, cancellationToken);
            if (outcome is Outcome.Approved) metrics.GrantApproved();
            return outcome;
        }
    }

    /// <remarks>
    /// A grants officer approves a submitted application: its amount is committed to its pot by one guarded update, so a pot is
    /// never over-committed however many officers approve at once. A carer's second grant in one financial year needs an
    /// `overrideReason`. Partners the carer shares with receive `grant.approved`, written in the same transaction.
    ///
    /// - Send the application's ETag (from the list, the application or the last change) as `If-Match`: without it 428, stale 412 (another officer changed it: read it again); the answer carries the new ETag.
    /// - 404: no such application.
    /// - 409: the application is not submitted; not enough is left in the pot; or a second grant this year without
    ///   `overrideReason` (a validation problem keyed by `overrideReason`).
    /// </remarks>
    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(
        Guid grantId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), grantId, request.ExpectedVersion(), body), cancellationToken) switch
        {
            Outcome.Approved approved => GrantChange.Outcome.Ok(approved.Grant, response),
            Outcome.Stale => ETags.Stale("grant application"),
            Outcome.NotSubmitted not => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only a submitted application can be approved.",
                detail: $"This one is {not.Status.Code()}."),
            Outcome.PotTooSmall => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "There is not enough left in the pot for this grant.",
                detail: "Nothing was committed. Raise the year's budget or decline the application."),
            Outcome.SecondThisYear => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["overrideReason"] = ["The carer already has a grant this financial year. Give the reason for an exception."],
            }) { Status = StatusCodes.Status409Conflict, Title = "One grant per carer per financial year, unless an officer overrides it with a reason." }),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such grant application."),
        };
}
