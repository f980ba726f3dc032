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
/// needs an override reason. Partners with consent get grant.approved, in the same transaction.
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
        // Two statements sent together, which PostgreSQL runs as one implicit transaction: all or
        // nothing. The first approves the application (its row lock and status check make a second
        // approval of the same grant a no-op), writes the audit and the partners' events, and reads
        // the view back. The second commits the amount to the pot, and it comes last on purpose: the
        // pot row is the one every officer's approval queues on, so it is locked only for that
        // UPDATE and the commit. The pot's CHECK (committed_pence <= budget_pence, grant_pot_check)
        // is the guard: an approval that would over-commit the pot fails the whole transaction, so
        // nothing of it is kept, whatever the number of officers approving at once. The pot UPDATE
        // touches only an application this transaction approved (its xmin is our transaction id).
        // One grant a year is a unique index (grant_application_one_a_year_key) that an override
        // reason steps outside; its violation also fails the whole transaction.
        private const string ApproveSql = """
            WITH approved AS (
                UPDATE grant_application g SET status = 'approved', decided_at = now(), decided_by = @Subject, approved_on = @Today,
                    override_reason = @OverrideReason, version = g.version + 1
                WHERE g.id = @GrantId AND g.status = 'submitted'
                  -- Pots are never deleted, so a pot that exists now still exists for the second statement.
                  AND EXISTS (SELECT 1 FROM grant_pot p WHERE p.financial_year = g.financial_year AND p.pot = g.pot)
                RETURNING g.id, g.carer_id, g.financial_year, g.pot, g.purpose, g.amount_pence, g.helps_with, g.status, g.submitted_at,
                          g.approved_on, g.decline_reason, g.override_reason, g.paid_on, g.payment_reference, g.version, g.assessment_id
            ),
            events AS (
                INSERT INTO outbox_message (event_type, partner, carer_id, payload)
                SELECT 'grant.approved', CASE k.purpose WHEN 'shareWithCarersCentral' THEN 'CarersCentral' ELSE 'Chums' END, k.carer_id,
                       jsonb_build_object('carerId', k.carer_id, 'grantId', @GrantId)
                FROM consent k JOIN approved a ON a.carer_id = k.carer_id
                WHERE k.purpose IN ('shareWithCarersCentral', 'shareWithChums') AND k.withdrawn_at IS NULL
            ),
            audit AS (
                INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome, reason)
                SELECT @Subject, @Role, 'ApproveGrant', 'grantApplication', @GrantId::text, 'success', @OverrideReason FROM approved
            )
            SELECT g.id, g.carer_id, c.given_name || ' ' || c.family_name AS carer_name, g.financial_year, g.pot, g.purpose, g.amount_pence,
                   g.helps_with, g.status, g.submitted_at, g.approved_on, g.decline_reason, g.override_reason, g.paid_on, g.payment_reference,
                   g.version, a.eligible AS assessment_eligible, a.completed_at AS assessment_decided_at
            FROM approved g JOIN carer c ON c.id = g.carer_id JOIN assessment a ON a.id = g.assessment_id;

            UPDATE grant_pot p SET committed_pence = p.committed_pence + g.amount_pence, updated_at = now()
            FROM grant_application g
            WHERE g.id = @GrantId AND g.xmin = pg_current_xact_id_if_assigned()::xid
              AND p.financial_year = g.financial_year AND p.pot = g.pot
            RETURNING p.committed_pence;
            """;

        private const string StatusSql = """
            SELECT g.status, EXISTS (SELECT 1 FROM grant_pot p WHERE p.financial_year = g.financial_year AND p.pot = g.pot) AS has_pot
            FROM grant_application g WHERE g.id = @GrantId
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var overrideReason = string.IsNullOrWhiteSpace(command.Body.OverrideReason) ? null : command.Body.OverrideReason.Trim();
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            GrantReader.Row? approved;
            try
            {
                // One round trip: the approval, the pot and the view of it come back together. Reading
                // past the first result is what surfaces an error from the pot's UPDATE.
                await using var results = await connection.QueryMultipleAsync(new CommandDefinition(ApproveSql, new
                {
                    command.GrantId, command.Caller.Subject, command.Caller.Role, Today = today, OverrideReason = overrideReason,
                }, cancellationToken: cancellationToken));
                approved = await results.ReadSingleOrDefaultAsync<GrantReader.Row>();
                await results.ReadAsync<long>();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "grant_application_one_a_year_key")
            {
                return new Outcome.SecondThisYear();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation && e.ConstraintName == "grant_pot_check")
            {
                return new Outcome.PotTooSmall();
            }

            if (approved is null)
            {
                var found = await connection.QuerySingleOrDefaultAsync<(string Status, bool HasPot)?>(new CommandDefinition(StatusSql, new { command.GrantId }, cancellationToken: cancellationToken));
                return found switch
                {
                    null => new Outcome.NotFound(),
                    { Status: "submitted", HasPot: false } => new Outcome.PotTooSmall(), // no budget set for that year yet
                    var (status, _) => new Outcome.NotSubmitted(Vocabulary.Parse<GrantStatus>(status)),
                };
            }

            return new Outcome.Approved(GrantReader.Map(approved, today, workingDays, options.Value.PaymentDueWorkingDays));
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
