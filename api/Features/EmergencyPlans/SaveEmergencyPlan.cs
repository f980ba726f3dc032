using System.Security.Claims;
using System.Text.Json;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.EmergencyPlans;

/// <summary>
/// A carer writes (or updates) the emergency plan for someone they care for; saving is a review,
/// so the next review is a year on. The first plan issues the carer's emergency card. Changing an
/// existing plan needs If-Match.
/// </summary>
public static class SaveEmergencyPlan
{
    public sealed record Command(Caller Caller, Guid RelationshipId, ETags.Precondition Precondition, EmergencyPlanContent Content) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Saved(EmergencyPlan Plan, int Version) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record PreconditionRequired : Outcome;
        public sealed record Stale : Outcome;
        public sealed record CaringEnded : Outcome;
    }

    public sealed class Validator : AbstractValidator<EmergencyPlanContent>
    {
        public Validator()
        {
            foreach (var (field, max) in new (System.Linq.Expressions.Expression<Func<EmergencyPlanContent, string?>>, int)[]
            {
                (x => x.CareNeeded, 2000), (x => x.WhenNeeded, 1000), (x => x.Medication, 2000), (x => x.Routines, 2000), (x => x.Keys, 1000),
                (x => x.Pets, 1000), (x => x.CanBeLeftAloneFor, 500), (x => x.Gp, 500),
            })
            {
                RuleFor(field).MaximumLength(max).WithMessage($"This must be {max:N0} characters or fewer")
                    .Matches(TextRules.FreeTextPattern).WithMessage("This must not contain < > or control characters");
            }

            RuleFor(x => x.Contacts).MaxItems(3).WithMessage("Give at most three emergency contacts");
            RuleForEach(x => x.Contacts).ChildRules(contact =>
            {
                contact.RuleFor(c => c.Name).PersonName("the contact's name");
                contact.RuleFor(c => c.Phone).NotEmpty().WithMessage("Enter the contact's telephone number")
                    .MaximumLength(20).Matches(TextRules.PhonePattern).WithMessage("Enter a telephone number, like 01582 123456");
                contact.RuleFor(c => c.Relationship).MaximumLength(100).Matches(TextRules.NamePattern).WithMessage("Relationship must only include letters");
                contact.RuleFor(c => c.ConsentGiven).NotNull().WithMessage("Say whether the contact has agreed to be named");
                contact.RuleFor(c => c.HoldsCopy).NotNull().WithMessage("Say whether the contact holds a copy of the plan");
            });
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : ICommandHandler<Command, Outcome>
    {
        // The join to carer on the signed-in subject is the object-level check.
        private const string FindSql = """
            SELECT r.carer_id, e.id AS plan_id, e.version, r.ended_on IS NOT NULL AS ended
            FROM caring_relationship r JOIN carer c ON c.id = r.carer_id LEFT JOIN emergency_plan e ON e.relationship_id = r.id
            WHERE r.id = @RelationshipId AND c.account_subject = @Subject
            FOR UPDATE OF r
            """;

        private const string UpsertSql = $"""
            INSERT INTO emergency_plan (carer_id, relationship_id, content, reviewed_on, next_review_on)
            VALUES (@CarerId, @RelationshipId, @Content::jsonb, @Today, @NextReview)
            ON CONFLICT (relationship_id) DO UPDATE SET content = excluded.content, reviewed_on = excluded.reviewed_on,
                next_review_on = excluded.next_review_on, version = emergency_plan.version + 1, updated_at = now();
            INSERT INTO emergency_card (carer_id, card_number) VALUES (@CarerId, @CardNumber) ON CONFLICT (carer_id) DO NOTHING;
            {AuditLog.Into}
            VALUES (@Subject, @Role, NULL, 'SaveEmergencyPlan', 'carer', @CarerId::text, 'success', NULL, @CarerId, NULL);
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var found = await connection.QuerySingleOrDefaultAsync<(Guid CarerId, Guid? PlanId, int? Version, bool Ended)?>(new CommandDefinition(FindSql,
                new { command.RelationshipId, command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
            if (found is null) return new Outcome.NotFound();
            // The plan for someone no longer cared for is kept as it was, not reviewed or rewritten.
            if (found.Value.Ended) return new Outcome.CaringEnded();
            if (found.Value.PlanId is not null)
            {
                switch (command.Precondition)
                {
                    case ETags.Precondition.Missing:
                        return new Outcome.PreconditionRequired();
                    case ETags.Precondition.Version v when v.Value == found.Value.Version:
                        break;
                    default:
                        return new Outcome.Stale();
                }
            }

            await connection.ExecuteAsync(new CommandDefinition(UpsertSql, new
            {
                found.Value.CarerId, command.RelationshipId, Content = JsonSerializer.Serialize(command.Content, JsonSetup.Stored), Today = today,
                NextReview = today.AddMonths(12), CardNumber = EmergencyCard.NewNumber(), command.Caller.Subject, command.Caller.Role,
            }, transaction, cancellationToken: cancellationToken));
            var plan = await EmergencyPlanReader.LoadOneAsync(connection, transaction, command.RelationshipId, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Saved(plan.Plan, plan.Version);
        }
    }

    /// <remarks>
    /// The signed-in carer writes, or rewrites, the emergency plan for someone they care for (`relationshipId` is one of their
    /// caring relationships): what someone stepping in must know, and up to three emergency contacts, each saying whether they
    /// agreed to be named (only those who did are shown to the duty team). Saving counts as a review, so the next review is a
    /// year on. The first plan issues the carer's emergency card.
    ///
    /// - Writing the first plan for the person: leave `If-Match` out. Changing one: send its ETag as `If-Match`; without it
    ///   428, stale 412. The answer carries the new ETag.
    /// - 404: the person cared for is not the caller's.
    /// - 409: the caller no longer cares for this person; the plan is kept as it was.
    /// - 400: a field is too long or holds `&lt;`, `&gt;` or control characters, or a contact lacks a phone number or the two
    ///   yes-or-no answers; nothing is saved.
    /// </remarks>
    public static async Task<Results<Ok<EmergencyPlan>, ProblemHttpResult>> Endpoint(
        Guid relationshipId, EmergencyPlanContent body, ClaimsPrincipal user, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        switch (await mediator.Send(new Command(Caller.From(user), relationshipId, ETags.ReadIfMatch(request), body), cancellationToken))
        {
            case Outcome.Saved saved:
                ETags.Set(response, saved.Version);
                return TypedResults.Ok(saved.Plan);
            case Outcome.PreconditionRequired:
                return ETags.Missing();
            case Outcome.Stale:
                return ETags.Stale("plan");
            case Outcome.CaringEnded:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "You no longer care for this person, so their plan cannot be changed.",
                    detail: "The plan is kept as it was when you stopped caring for them.");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such person you care for.");
        }
    }
}
