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

/// <summary>
/// A grants officer approves an application: its amount is committed to the pot (children's for
/// a young carer, adults' otherwise) by one guarded UPDATE, so a pot is never over-committed
/// whatever the number of officers approving at once. A second grant in one financial year
/// needs an override reason. Partners with consent get grant.approved.
/// </summary>
public static class ApproveGrant
{
    public sealed record Request
    {
        /// <summary>Needed only when the carer already has a grant this financial year.</summary>
        public string? OverrideReason { get; init; }
    }

    public sealed record Command(Caller Caller, Guid GrantId, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Approved(GrantApplication Grant) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record NotSubmitted(GrantStatus Status) : Outcome;
        public sealed record PotTooSmall : Outcome;
        public sealed record SecondThisYear : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator() => RuleFor(x => x.OverrideReason).MaximumLength(1000).Matches(TextRules.FreeTextPattern)
            .WithMessage("The reason must be 1,000 characters or fewer, without < > or control characters");
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock, WorkingDays workingDays, IOptions<GrantOptions> options) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = """
            SELECT g.id, g.carer_id, g.financial_year, g.status,
                   (SELECT count(*) FROM grant_application o WHERE o.carer_id = g.carer_id AND o.financial_year = g.financial_year
                      AND o.id <> g.id AND o.status IN ('approved', 'paid')) AS others
            FROM grant_application g WHERE g.id = @GrantId FOR UPDATE
            """;

        // The guard is in the WHERE clause: under concurrent approvals PostgreSQL re-checks it
        // against the committed total each approval sees, so the pot cannot go over.
        private const string ApproveSql = """
            WITH approved AS (
                UPDATE grant_application SET status = 'approved', decided_at = now(), decided_by = @Subject, approved_on = @Today,
                    override_reason = @OverrideReason, version = version + 1
                WHERE id = @GrantId AND status = 'submitted'
                RETURNING carer_id, financial_year, pot, amount_pence
            )
            UPDATE grant_pot p SET committed_pence = p.committed_pence + a.amount_pence, updated_at = now()
            FROM approved a
            WHERE p.financial_year = a.financial_year AND p.pot = a.pot AND p.committed_pence + a.amount_pence <= p.budget_pence
            RETURNING p.committed_pence
            """;

        private const string AfterSql = """
            INSERT INTO outbox_message (event_type, partner, carer_id, payload)
            SELECT 'grant.approved', CASE k.purpose WHEN 'shareWithCarersCentral' THEN 'CarersCentral' ELSE 'Chums' END, k.carer_id,
                   jsonb_build_object('carerId', k.carer_id, 'grantId', @GrantId)
            FROM consent k WHERE k.carer_id = @CarerId AND k.purpose IN ('shareWithCarersCentral', 'shareWithChums') AND k.withdrawn_at IS NULL;
            INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome, reason)
            VALUES (@Subject, @Role, 'ApproveGrant', 'grantApplication', @GrantId::text, 'success', @OverrideReason);
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var grant = await connection.QuerySingleOrDefaultAsync<(Guid Id, Guid CarerId, int FinancialYear, string Status, long Others)?>(new CommandDefinition(
                LockSql, new { command.GrantId }, transaction, cancellationToken: cancellationToken));
            if (grant is null) return new Outcome.NotFound();
            if (grant.Value.Status != "submitted") return new Outcome.NotSubmitted(Vocabulary.Parse<GrantStatus>(grant.Value.Status));
            var overrideReason = string.IsNullOrWhiteSpace(command.Body.OverrideReason) ? null : command.Body.OverrideReason.Trim();
            if (grant.Value.Others > 0 && overrideReason is null) return new Outcome.SecondThisYear();

            var committed = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(ApproveSql, new
            {
                command.GrantId, command.Caller.Subject, Today = today, OverrideReason = overrideReason,
            }, transaction, cancellationToken: cancellationToken));
            if (committed is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new Outcome.PotTooSmall();
            }

            await connection.ExecuteAsync(new CommandDefinition(AfterSql, new
            {
                command.GrantId, grant.Value.CarerId, command.Caller.Subject, command.Caller.Role, OverrideReason = overrideReason,
            }, transaction, cancellationToken: cancellationToken));
            var loaded = await GrantReader.LoadAsync(connection, transaction, command.GrantId, today, workingDays, options.Value.PaymentDueWorkingDays, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Approved(loaded!.Value.Grant);
        }
    }

    public static async Task<Results<Ok<GrantApplication>, ProblemHttpResult>> Endpoint(
        Guid grantId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), grantId, body), cancellationToken) switch
        {
            Outcome.Approved approved => TypedResults.Ok(approved.Grant),
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
