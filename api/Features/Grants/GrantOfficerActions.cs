using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>A grants officer declines a submitted application, with the reason the carer will read.</summary>
public static class DeclineGrant
{
    public sealed record Request
    {
        public string? Reason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid GrantId, Request Body) : ICommand<GrantChange.Outcome>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Give the reason; the carer will read it")
            .MaximumLength(1000).Matches(TextRules.FreeTextPattern).WithMessage("The reason must be 1,000 characters or fewer, without < > or control characters");
    }

    public sealed class Handler(GrantChange change) : ICommandHandler<Command, GrantChange.Outcome>
    {
        private const string Sql = """
            UPDATE grant_application SET status = 'declined', decided_at = now(), decided_by = @Subject, decline_reason = @Reason, version = version + 1
            WHERE id = @GrantId AND status = 'submitted' RETURNING id
            """;

        public ValueTask<GrantChange.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            change.RunAsync(command.Caller, command.GrantId, nameof(DeclineGrant), Sql, new { command.GrantId, command.Caller.Subject, Reason = command.Body.Reason!.Trim() }, cancellationToken);
    }

    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(Guid grantId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
        (await mediator.Send(new Command(Caller.From(user), grantId, body), ct)).ToResult("Only a submitted application can be declined.");
}

/// <summary>A grants officer records a payment: the date and finance's payment reference.</summary>
public static class MarkGrantPaid
{
    public sealed record Request
    {
        public DateOnly? PaidOn { get; init; }
        public string? PaymentReference { get; init; }
    }

    public sealed record Command(Caller Caller, Guid GrantId, Request Body) : ICommand<GrantChange.Outcome>;

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
            change.RunAsync(command.Caller, command.GrantId, nameof(MarkGrantPaid), Sql,
                new { command.GrantId, command.Body.PaidOn, PaymentReference = command.Body.PaymentReference!.Trim() }, cancellationToken);
    }

    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(Guid grantId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
        (await mediator.Send(new Command(Caller.From(user), grantId, body), ct)).ToResult("Only an approved grant can be marked paid.");
}

/// <summary>A grants officer cancels a submitted or approved grant; an approved one's commitment goes back to the pot.</summary>
public static class CancelGrant
{
    public sealed record Command(Caller Caller, Guid GrantId) : ICommand<GrantChange.Outcome>;

    public sealed class Handler(GrantChange change) : ICommandHandler<Command, GrantChange.Outcome>
    {
        private const string Sql = """
            WITH before AS (SELECT id, status FROM grant_application WHERE id = @GrantId AND status IN ('submitted', 'approved') FOR UPDATE),
            cancelled AS (
                UPDATE grant_application g SET status = 'cancelled', cancelled_at = now(), version = version + 1
                FROM before WHERE g.id = before.id RETURNING g.id, g.financial_year, g.pot, g.amount_pence, before.status AS was
            ),
            pot AS (
                UPDATE grant_pot p SET committed_pence = p.committed_pence - c.amount_pence, updated_at = now()
                FROM cancelled c WHERE c.was = 'approved' AND p.financial_year = c.financial_year AND p.pot = c.pot
            )
            SELECT id FROM cancelled
            """;

        public ValueTask<GrantChange.Outcome> Handle(Command command, CancellationToken cancellationToken) =>
            change.RunAsync(command.Caller, command.GrantId, nameof(CancelGrant), Sql, new { command.GrantId }, cancellationToken);
    }

    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(Guid grantId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
        (await mediator.Send(new Command(Caller.From(user), grantId), ct)).ToResult("Only a submitted or approved grant can be cancelled.");
}

/// <summary>The shared shape of an officer's status change: one guarded statement, an audit row, the grant read back.</summary>
public sealed class GrantChange(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<GrantOptions> options)
{
    public abstract record Outcome
    {
        public sealed record Changed(GrantApplication Grant) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record WrongStatus(GrantStatus Status) : Outcome;

        public Results<Ok<GrantApplication>, ProblemHttpResult> ToResult(string wrongStatusTitle) => this switch
        {
            Changed changed => TypedResults.Ok(changed.Grant),
            WrongStatus wrong => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: wrongStatusTitle, detail: $"This one is {wrong.Status.Code()}."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such grant application."),
        };
    }

    public async ValueTask<Outcome> RunAsync(Caller caller, Guid grantId, string action, string guardedSql, object parameters, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(guardedSql, parameters, transaction, cancellationToken: cancellationToken));
        var current = await GrantReader.LoadAsync(connection, transaction, grantId, today, workingDays, options.Value.PaymentDueWorkingDays, cancellationToken);
        if (current is null) return new Outcome.NotFound();
        if (changed is null) return new Outcome.WrongStatus(current.Value.Grant.Status);
        await connection.ExecuteAsync(new CommandDefinition(AuditLog.InsertSql, AuditLog.Parameters(
            new AuditEntry(caller, action, "grantApplication", grantId.ToString(), AuditOutcome.Success)), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new Outcome.Changed(current.Value.Grant);
    }
}
