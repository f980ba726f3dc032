using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Breaks;

/// <summary>
/// Moves a break along its lifecycle: staff approve or decline a request, record the provider's
/// confirmation, mark it completed, or cancel it. Declining or cancelling gives back the places
/// and the sitting minutes. Confirmation sends break.confirmed to partners with consent.
/// </summary>
public static class MoveBreak
{
    // Each step is named as the status it leads to (see Status below).
    public enum Step { Approved, Declined, Confirmed, Completed, Cancelled }

    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { To = Step.Declined, Reason = "Crossroads Care Luton has no sitter free on 14 March: please choose another Saturday." };

        public Step? To { get; init; }
        public string? Reason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid BookingId, int ExpectedVersion, Request Body) : ICommand<BreakMove.Outcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.To).NotNull().WithMessage("Choose the step");
            RuleFor(x => x.Reason).NotEmpty().When(x => x.To == Step.Declined).WithMessage("Give the reason for declining");
            RuleFor(x => x.Reason).MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("The reason must not contain < > or control characters");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, BreakMove.Outcome>
    {
        public ValueTask<BreakMove.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            BreakMove.RunAsync(db, command.Caller, command.BookingId, command.ExpectedVersion, Status(command.Body.To!.Value), command.Body.Reason, byCarer: false, cancellationToken);
    }

    private static BreakStatus Status(Step step) => Enum.Parse<BreakStatus>(step.ToString());

    /// <summary>Staff: approve, decline, confirm, complete or cancel, at the version they read (If-Match).</summary>
    /// <remarks>
    /// Staff move a break along its lifecycle: `approved` or `declined` (with the `reason` the carer reads) from requested,
    /// `confirmed` once the provider has confirmed it, `completed` after it has happened, or `cancelled`. Declining or
    /// cancelling gives back the places and the sitting minutes. Confirming sends `break.confirmed` to the partners the carer
    /// shares with.
    ///
    /// - Send the break's ETag (from the list, the break, or the last change) as `If-Match`: without it 428, stale 412; the answer carries the new ETag.
    /// - 404: no such break.
    /// - 409: the step is not possible from where the break stands.
    /// - 400: `to` is missing, or declining without a reason.
    /// </remarks>
    public static async Task<Results<Ok<Break>, ProblemHttpResult>> Endpoint(
        Guid breakId, Request body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
        (await mediator.Send(new Command(Caller.From(user), breakId, request.ExpectedVersion(), body), cancellationToken)).ToResult(Status(body.To!.Value), response);
}
