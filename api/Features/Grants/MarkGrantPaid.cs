using System.Security.Claims;
using Carers.Api.Features.Notices;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Carers.Api.Features.Grants;

/// <summary>A grants officer records a payment: the date and finance's payment reference.</summary>
public static class MarkGrantPaid
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { PaidOn = new DateOnly(2026, 3, 24), PaymentReference = "LBC-CG-2026/0412" };

        public DateOnly? PaidOn { get; init; }
        public string? PaymentReference { get; init; }
    }

    public sealed record Command(Caller Caller, Guid GrantId, int ExpectedVersion, Request Body) : ICommand<GrantChange.Outcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.PaidOn).NotNull().WithMessage("Enter the date it was paid")
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetLocalNow().Date)).WithMessage("The date paid must be today or in the past");
            RuleFor(x => x.PaymentReference).NotEmpty().WithMessage("Enter the payment reference")
                .MaximumLength(50).Matches("^[A-Za-z0-9/\\-]+$").WithMessage("The payment reference must only include letters, numbers, / and -");
        }
    }

    public sealed class Handler(GrantChange change) : ICommandHandler<Command, GrantChange.Outcome>
    {
        private const string Sql = """
            WITH paid AS (
                UPDATE grant_application SET status = 'paid', paid_on = @PaidOn, payment_reference = @PaymentReference, version = version + 1
                WHERE id = @GrantId AND status = 'approved' RETURNING id, financial_year, pot, amount_pence
            ),
            pot AS (
                UPDATE grant_pot p SET paid_pence = p.paid_pence + paid.amount_pence, updated_at = now()
                FROM paid WHERE p.financial_year = paid.financial_year AND p.pot = paid.pot
            )
            SELECT id FROM paid
            """;

        public ValueTask<GrantChange.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            change.RunAsync(command.Caller, command.GrantId, command.ExpectedVersion, nameof(MarkGrantPaid), Sql,
                new { command.GrantId, command.Body.PaidOn, PaymentReference = command.Body.PaymentReference!.Trim() }, cancellationToken,
                NoticeKind.GrantPaid);
    }

    /// <remarks>
    /// A grants officer records that an approved grant was paid: the date (today or earlier) and finance's payment reference.
    /// The pot's balance shows it as paid.
    ///
    /// - Send the application's ETag (from the list, the application or the last change) as `If-Match`: without it 428, stale 412 (another officer changed it: read it again); the answer carries the new ETag.
    /// - 404: no such application.
    /// - 409: the grant is not approved (the problem says what it is).
    /// - 400: the date is in the future, or the reference is missing or holds characters other than letters, digits, / and -.
    /// </remarks>
    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(Guid grantId, Request body, ClaimsPrincipal user, IMediator mediator,
        HttpRequest request, HttpResponse response, CancellationToken ct) =>
        (await mediator.Send(new Command(Caller.From(user), grantId, request.ExpectedVersion(), body), ct)).ToResult("Only an approved grant can be marked paid.", response);
}
