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

namespace Carers.Api.Features.Carers;

/// <summary>
/// A carer tells us about someone they care for. The person must live in Luton (SPEC §2). Someone we already hold
/// (another carer cares for them too) is linked, not copied: see <see cref="CaringRelationships"/>.
/// </summary>
public static class AddCaredForPerson
{
    /// <summary>More than this many people cared for at once is almost certainly a mistake; staff can help otherwise.</summary>
    public const int MaxActiveRelationships = CaringRelationships.MaxActiveRelationships;

    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                GivenName = Examples.CaredForGivenName,
                FamilyName = Examples.FamilyName,
                DateOfBirth = new DateOnly(1951, 11, 3),
                NhsNumber = Examples.CaredForNhsNumber,
                Postcode = Examples.Postcode,
                Relationship = RelationshipType.Parent,
                MainNeed = Domain.MainNeed.LongTermIllness,
                HoursPerWeek = 50,
                LivesWithCarer = true,
                StartedOn = new DateOnly(2025, 9, 1),
            };

        public string? GivenName { get; init; }
        public string? FamilyName { get; init; }
        /// <summary>Optional date of birth of the person cared for.</summary>
        public DateOnly? DateOfBirth { get; init; }
        /// <summary>Optional NHS number of the person cared for (10 digits, spaces allowed): the surest way to find them.</summary>
        public string? NhsNumber { get; init; }
        /// <summary>Where the person cared for lives: a Luton postcode (LU1 to LU4).</summary>
        public string? Postcode { get; init; }
        /// <summary>Who the person is to the carer.</summary>
        public RelationshipType? Relationship { get; init; }
        public MainNeed? MainNeed { get; init; }
        /// <summary>Hours of care a week, 1 to 168; the census band is derived.</summary>
        public int? HoursPerWeek { get; init; }
        public bool? LivesWithCarer { get; init; }
        public DateOnly? StartedOn { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Added(CaredForPerson Person) : Outcome;
        public sealed record NotRegistered : Outcome;
        public sealed record TooMany : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock, IOptions<LutonOptions> luton)
        {
            var today = () => DateOnly.FromDateTime(clock.GetLocalNow().Date);
            RuleFor(x => x.GivenName).PersonName("their first name");
            RuleFor(x => x.FamilyName).PersonName("their last name");
            RuleFor(x => x.DateOfBirth).Must(d => d is null || d <= today()).WithMessage("Their date of birth must be in the past")
                .Must(d => d is null || CarerCategories.Age(d.Value, today()) <= 120).WithMessage("Enter a real date of birth");
            RuleFor(x => x.NhsNumber).MaximumLength(12)
                .Must(n => n is null || NhsNumber.IsValid(n)).WithMessage("Enter a valid NHS number, like 943 476 5919");
            RuleFor(x => x.Postcode).ValidPostcode()
                .Must(p => p is null || !Postcode.IsValid(p) || luton.Value.IsInLuton(p))
                .WithMessage($"The person you care for must live in Luton ({string.Join(", ", luton.Value.PostcodeDistricts)})");
            RuleFor(x => x.Relationship).NotNull().WithMessage("Select who they are to you");
            RuleFor(x => x.MainNeed).NotNull().WithMessage("Select their main need for care");
            RuleFor(x => x.HoursPerWeek).NotNull().WithMessage("Enter how many hours of care you give in a week")
                .InclusiveBetween(1, 168).WithMessage("Hours of care a week must be between 1 and 168");
            RuleFor(x => x.LivesWithCarer).NotNull().WithMessage("Select whether they live with you");
            RuleFor(x => x.StartedOn).NotNull().WithMessage("Enter when you started caring for them")
                .Must(d => d is null || d <= today()).WithMessage("The date you started caring must be today or in the past")
                .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("Enter a real date");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var carer = await connection.QuerySingleOrDefaultAsync<(Guid Id, long Active)?>(new CommandDefinition(
                CaringRelationships.LockBySubjectSql, new { command.Caller.Subject }, transaction, cancellationToken: cancellationToken));
            if (carer is null) return new Outcome.NotRegistered();

            if (carer.Value.Active >= MaxActiveRelationships)
            {
                await Audit(connection, transaction, command.Caller, carer.Value.Id, AuditOutcome.Conflict, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new Outcome.TooMany();
            }

            var added = await CaringRelationships.Add(connection, transaction, carer.Value.Id, command.Body, cancellationToken);
            await Audit(connection, transaction, command.Caller, carer.Value.Id, AuditOutcome.Success, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Added(added);
        }

        private static Task Audit(NpgsqlConnection connection, NpgsqlTransaction transaction, Caller caller, Guid carerId, string outcome, CancellationToken ct) =>
            AuditLog.WriteAsync(connection, transaction, new AuditEntry(caller, nameof(AddCaredForPerson), "carer", carerId.ToString(), outcome, CarerId: carerId), ct);
    }

    /// <remarks>
    /// The signed-in carer tells us about someone they care for. The person must live in Luton. Someone we already hold (because another
    /// carer cares for them too) is linked, not copied.
    ///
    /// - Answers 201 with the caring relationship and its `Location`.
    /// - 400 (validation): a field is missing or not valid, such as a postcode outside Luton. 404 (not-found): you have not registered
    ///   yet.
    /// - 409 (conflict): you already have the most people cared for at once that a carer can have; staff can help.
    /// </remarks>
    public static async Task<Results<Created<CaredForPerson>, ProblemHttpResult>> Endpoint(
        Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Command(Caller.From(user), body), cancellationToken);
        return outcome switch
        {
            Outcome.Added added => TypedResults.Created($"/api/me/carer/cared-for-people/{added.Person.RelationshipId}", added.Person),
            Outcome.TooMany => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: $"You can tell us about at most {MaxActiveRelationships} people you care for at once.",
                detail: "End a caring relationship that has stopped, or call the Carers Central helpline."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You have not registered as a carer yet."),
        };
    }
}
