using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.GpFlags;

/// <summary>
/// Staff record one attempt to contact a person on the GP worklist. "Declined" and "not a carer" take
/// them off the worklist; "could not reach" keeps them on it. Registering them is not posted here:
/// RegisterCarerByStaff with their NHS number registers them and records that outcome.
/// </summary>
public static class RecordGpContactAttempt
{
    public sealed record Request
    {
        /// <summary>declined, notACarer or couldNotReach (registered is recorded by RegisterCarerByStaff).</summary>
        public GpContactOutcome? Outcome { get; init; }

        /// <summary>What happened, in a sentence or two (optional).</summary>
        public string? Note { get; init; }

        public static Request Example => new() { Outcome = GpContactOutcome.CouldNotReach, Note = "Rang the number the practice gave; no answer. Will try again on Friday." };
    }

    public sealed record Command(Caller Caller, string NhsNumber, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Recorded(GpIdentifiedPerson Person) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record OffTheWorklist(string Status) : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Outcome).NotNull().WithMessage("Select what happened")
                .NotEqual(GpContactOutcome.Registered).WithMessage("To register them, use Register as a carer: it records the outcome");
            RuleFor(x => x.Note).MaximumLength(1000).WithMessage("The note must be 1000 characters or fewer")
                .Matches(TextRules.FreeTextPattern).WithMessage("The note must not contain < > or control characters");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        private const string LockSql = "SELECT status FROM gp_identified_person WHERE nhs_number = @NhsNumber FOR UPDATE";

        private const string RecordSql = $"""
            INSERT INTO gp_contact_attempt (nhs_number, outcome, note, attempted_by) VALUES (@NhsNumber, @Outcome, @Note, @Subject);
            UPDATE gp_identified_person SET status = CASE @Outcome WHEN 'couldNotReach' THEN 'contacted' ELSE @Outcome END
            WHERE nhs_number = @NhsNumber;
            {AuditLog.Into}
            SELECT @Subject, @Role, NULL, 'RecordGpContactAttempt', 'gpIdentifiedPerson', @NhsNumber, 'success', @Outcome,
                   (SELECT id FROM carer WHERE nhs_number = @NhsNumber), NULL;
            SELECT {GpWorklist.PersonColumns} FROM gp_identified_person p {GpWorklist.LatestAttemptJoin} WHERE p.nhs_number = @NhsNumber;
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!NhsNumber.IsValid(command.NhsNumber)) return new Outcome.NotFound();
            var nhsNumber = NhsNumber.Normalise(command.NhsNumber);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var status = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(LockSql, new { NhsNumber = nhsNumber }, transaction, cancellationToken: cancellationToken));
            if (status is null) return new Outcome.NotFound();
            if (status is not ("awaitingContact" or "contacted")) return new Outcome.OffTheWorklist(status);

            var note = string.IsNullOrWhiteSpace(command.Body.Note) ? null : command.Body.Note.Trim();
            var row = await connection.QuerySingleAsync<GpWorklist.PersonRow>(new CommandDefinition(RecordSql, new
            {
                NhsNumber = nhsNumber,
                Outcome = command.Body.Outcome!.Value.Code(),
                Note = note,
                command.Caller.Subject,
                command.Caller.Role,
            }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Recorded(row.ToPerson());
        }
    }

    /// <remarks>
    /// Staff record one attempt to contact a person on the GP worklist, by their NHS number, and what came of it:
    /// `couldNotReach` keeps them on the list; `declined` and `notACarer` take them off it. To register them as a carer,
    /// use `RegisterCarerByStaff` with their NHS number instead: it records the outcome `registered` (sending `registered`
    /// here is 400). The answer is 201 with the person as they now stand.
    ///
    /// - 400: no outcome, or a note over 1,000 characters or holding `&lt;`, `&gt;` or control characters.
    /// - 404: the NHS number is not on the worklist. 409: the person has already left it (registered, declined...).
    /// </remarks>
    public static async Task<Results<Created<GpIdentifiedPerson>, ProblemHttpResult>> Endpoint(
        string nhsNumber, Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), nhsNumber, body), cancellationToken);
        return outcome switch
        {
            Outcome.Recorded recorded => TypedResults.Created($"/api/gp-identified-people?practice={recorded.Person.OdsCode}", recorded.Person),
            Outcome.OffTheWorklist off => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This person is no longer on the worklist.",
                detail: off.Status == "registered" ? "They have been registered as a carer." : $"Their status is {off.Status}."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such person on the GP worklist."),
        };
    }
}
