using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>A carer records that they no longer care for someone. Another carer's relationship is 404.</summary>
public static class EndCaringRelationship
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new() { EndedOn = new DateOnly(2026, 2, 28) };

        /// <summary>The last day of caring: on or after the start, and not in the future.</summary>
        public DateOnly? EndedOn { get; init; }
    }

    public sealed record Command(Caller Caller, Guid RelationshipId, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Ended(CaredForPerson Person) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record AlreadyEnded : Outcome;
        public sealed record BeforeStart(DateOnly StartedOn) : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.EndedOn).NotNull().WithMessage("Enter the date you stopped caring")
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetLocalNow().Date)).WithMessage("The date you stopped caring must be today or in the past");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        // The join on account_subject is the object-level check: only the caller's own relationships are found.
        private const string FindSql = """
            SELECT r.id AS relationship_id, r.carer_id, COALESCE(r.given_name, p.given_name) AS given_name,
                   COALESCE(r.family_name, p.family_name) AS family_name, COALESCE(r.postcode, p.postcode) AS postcode, r.relationship, r.main_need,
                   r.hours_per_week, r.lives_with_carer, r.started_on, r.ended_on
            FROM caring_relationship r
            JOIN carer c ON c.id = r.carer_id
            JOIN cared_for_person p ON p.id = r.cared_for_person_id
            WHERE r.id = @RelationshipId AND c.account_subject = @Subject
            FOR UPDATE OF r
            """;

        private const string EndSql = $"""
            UPDATE caring_relationship SET ended_on = @EndedOn WHERE id = @RelationshipId;
            UPDATE carer SET version = version + 1, updated_at = now() WHERE id = @CarerId;
            {PartnerEvents.CarerUpdatedSql};
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
                FindSql, new { command.RelationshipId, command.Caller.Subject }, transaction, cancellationToken: cancellationToken));

            Outcome outcome = row switch
            {
                null => new Outcome.NotFound(),
                { EndedOn: not null } => new Outcome.AlreadyEnded(),
                _ when command.Body.EndedOn < row.StartedOn => new Outcome.BeforeStart(row.StartedOn),
                _ => new Outcome.Ended(row.ToPerson(command.Body.EndedOn!.Value)),
            };

            if (outcome is Outcome.Ended)
            {
                await connection.ExecuteAsync(new CommandDefinition(EndSql,
                    new { command.RelationshipId, command.Body.EndedOn, row!.CarerId }, transaction, cancellationToken: cancellationToken));
            }

            var auditOutcome = outcome switch
            {
                Outcome.Ended => AuditOutcome.Success,
                Outcome.NotFound => AuditOutcome.NotFound,
                _ => AuditOutcome.Conflict,
            };
            await AuditLog.WriteAsync(connection, transaction, new AuditEntry(
                command.Caller, nameof(EndCaringRelationship), "caringRelationship", command.RelationshipId.ToString(), auditOutcome, CarerId: row?.CarerId), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        }

        private sealed record Row
        {
            public Guid RelationshipId { get; init; }
            public Guid CarerId { get; init; }
            public string GivenName { get; init; } = "";
            public string FamilyName { get; init; } = "";
            public string Postcode { get; init; } = "";
            public string Relationship { get; init; } = "";
            public string MainNeed { get; init; } = "";
            public int HoursPerWeek { get; init; }
            public bool LivesWithCarer { get; init; }
            public DateOnly StartedOn { get; init; }
            public DateOnly? EndedOn { get; init; }

            public CaredForPerson ToPerson(DateOnly endedOn) => new(RelationshipId, GivenName, FamilyName, Postcode,
                Vocabulary.Parse<RelationshipType>(Relationship), Vocabulary.Parse<MainNeed>(MainNeed), HoursPerWeek,
                Vocabulary.BandFor(HoursPerWeek), LivesWithCarer, StartedOn, endedOn);
        }
    }

    /// <remarks>
    /// The signed-in carer says they no longer care for someone, from a date. The relationship is kept, marked ended; nothing is deleted.
    ///
    /// - 400 (validation): the end date is missing, in the future or before the relationship began.
    /// - 404 (not-found): there is no such relationship among yours (another carer's is 404 too).
    /// - 409 (conflict): the relationship has already ended.
    /// </remarks>
    public static async Task<Results<Ok<CaredForPerson>, ProblemHttpResult>> Endpoint(
        Guid relationshipId, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), relationshipId, body), cancellationToken);
        return outcome switch
        {
            Outcome.Ended ended => TypedResults.Ok(ended.Person),
            Outcome.AlreadyEnded => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This caring relationship has already ended."),
            Outcome.BeforeStart before => TypedResults.Problem(new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { ["endedOn"] = [$"The date you stopped caring must be on or after {before.StartedOn:d MMMM yyyy}"] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Some of the information is missing or not valid.",
            }),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such caring relationship."),
        };
    }
}
