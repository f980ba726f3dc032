using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Breaks;

/// <summary>
/// A carer asks for a break for someone they care for. The places (one for each day the provider
/// works in the range) and, for a sitting service, the minutes of the week's 4 hours are taken
/// at once, in the database, so neither a provider's capacity nor the allowance can be exceeded
/// by requests at the same moment. An emergency break is same-day and goes to the top of the queue.
/// </summary>
public static class RequestBreak
{
    public sealed record Request
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Request Example =>
            new()
            {
                RelationshipId = Examples.RelationshipId,
                BreakType = Breaks.BreakType.SittingService,
                ProviderId = Examples.BreakProviderId,
                StartsOn = new DateOnly(2026, 3, 14),
                EndsOn = new DateOnly(2026, 3, 14),
                SittingMinutes = 240,
                Emergency = false,
            };

        public Guid? RelationshipId { get; init; }
        public BreakType? BreakType { get; init; }
        public Guid? ProviderId { get; init; }
        public DateOnly? StartsOn { get; init; }
        /// <summary>The last day; the same as startsOn for one day (a sitting service is always one day).</summary>
        public DateOnly? EndsOn { get; init; }
        /// <summary>Sitting service only: 30 to 240 minutes.</summary>
        public int? SittingMinutes { get; init; }
        /// <summary>A carer in crisis: the break is today.</summary>
        public bool? Emergency { get; init; }
    }

    public sealed record Command(Caller Caller, Request Body) : ICommand<Outcome>;

    public abstract record Outcome
    {
        public sealed record Requested(Break Break) : Outcome;
        public sealed record NotFound(string What) : Outcome;
        public sealed record Full(string Message) : Outcome;
        public sealed record Invalid(string Field, string Message) : Outcome;
    }

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TimeProvider clock)
        {
            var today = () => DateOnly.FromDateTime(clock.GetLocalNow().Date);
            RuleFor(x => x.RelationshipId).NotNull().WithMessage("Choose who the break is for");
            RuleFor(x => x.BreakType).NotNull().WithMessage("Choose the type of break");
            RuleFor(x => x.ProviderId).NotNull().WithMessage("Choose a provider");
            RuleFor(x => x.StartsOn).NotNull().WithMessage("Enter the first day")
                .Must(d => d is null || d >= today()).WithMessage("The first day must be today or later")
                .Must(d => d is null || d <= today().AddYears(1)).WithMessage("Breaks can be booked up to a year ahead");
            RuleFor(x => x.EndsOn).Must((r, e) => e is null || r.StartsOn is null || (e >= r.StartsOn && e.Value.DayNumber - r.StartsOn.Value.DayNumber < 28))
                .WithMessage("The last day must be on or after the first, and the break at most 28 days");
            RuleFor(x => x.SittingMinutes).NotNull().When(x => x.BreakType == Breaks.BreakType.SittingService).WithMessage("Enter how long the sitting service is, in minutes")
                .InclusiveBetween(30, BreakRules.SittingMinutesPerWeek).WithMessage("A sitting service is 30 minutes to 4 hours");
            RuleFor(x => x.SittingMinutes).Null().When(x => x.BreakType != Breaks.BreakType.SittingService).WithMessage("Only a sitting service is measured in minutes");
            RuleFor(x => x.EndsOn).Must((r, e) => e is null || e == r.StartsOn).When(x => x.BreakType == Breaks.BreakType.SittingService)
                .WithMessage("A sitting service is on one day");
            RuleFor(x => x.StartsOn).Must(d => d == today()).When(x => x.Emergency == true).WithMessage("An emergency break is for today");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : ICommandHandler<Command, Outcome>
    {
        private const string FindSql = """
            SELECT r.carer_id,
                   (SELECT p.works_on FROM break_provider p JOIN provider_capacity c ON c.provider_id = p.id AND c.break_type = @Type WHERE p.id = @ProviderId) AS works_on
            FROM caring_relationship r JOIN carer c ON c.id = r.carer_id
            WHERE r.id = @RelationshipId AND c.account_subject = @Subject AND (r.ended_on IS NULL OR r.ended_on >= @StartsOn)
            """;

        // Guarded upsert: a day's places are taken only while fewer than the provider's capacity
        // are taken; PostgreSQL re-checks the guard on the row each concurrent request locks.
        private const string TakePlacesSql = """
            INSERT INTO provider_day_usage AS u (provider_id, break_type, day, taken)
            SELECT @ProviderId, @Type, d, 1 FROM unnest(@Days::date[]) AS d
            ON CONFLICT (provider_id, break_type, day) DO UPDATE SET taken = u.taken + 1
            WHERE u.taken + 1 <= (SELECT c.places_per_day FROM provider_capacity c WHERE c.provider_id = u.provider_id AND c.break_type = u.break_type)
            RETURNING day
            """;

        // The CHECK (minutes <= 240) on sitting_week_usage refuses a week over the allowance.
        private const string TakeMinutesSql = """
            INSERT INTO sitting_week_usage AS w (carer_id, week_start, minutes) VALUES (@CarerId, @WeekStart, @Minutes)
            ON CONFLICT (carer_id, week_start) DO UPDATE SET minutes = w.minutes + excluded.minutes
            """;

        private const string InsertSql = $"""
            WITH booked AS (
                INSERT INTO break_booking (carer_id, relationship_id, provider_id, break_type, starts_on, ends_on, sitting_minutes, emergency, status)
                VALUES (@CarerId, @RelationshipId, @ProviderId, @Type, @StartsOn, @EndsOn, @Minutes, @Emergency, 'requested')
                RETURNING *
            ),
            audit AS (
                {AuditLog.Into}
                SELECT @Subject, @Role, NULL, 'RequestBreak', 'breakBooking', id::text, 'success', NULL, carer_id, NULL FROM booked
            )
            SELECT {BreakRules.Columns} FROM booked b {BreakRules.Joins}
            """;

        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            var body = command.Body;
            var startsOn = body.StartsOn!.Value;
            var endsOn = body.EndsOn ?? startsOn;
            var type = body.BreakType!.Value.Code();
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var found = await connection.QuerySingleOrDefaultAsync<(Guid CarerId, int[]? WorksOn)?>(new CommandDefinition(FindSql, new
            {
                body.RelationshipId, command.Caller.Subject, Type = type, body.ProviderId, StartsOn = startsOn,
            }, transaction, cancellationToken: cancellationToken));
            if (found is null) return new Outcome.NotFound("There is no such person you care for.");
            if (found.Value.WorksOn is null) return new Outcome.NotFound("That provider does not offer this type of break.");

            var days = Enumerable.Range(0, endsOn.DayNumber - startsOn.DayNumber + 1).Select(startsOn.AddDays)
                .Where(d => found.Value.WorksOn.Contains(BreakRules.IsoDay(d))).ToArray();
            if (days.Length == 0) return new Outcome.Invalid("startsOn", "The provider does not work on any of those days");

            var taken = (await connection.QueryAsync<DateOnly>(new CommandDefinition(TakePlacesSql, new { body.ProviderId, Type = type, Days = days },
                transaction, cancellationToken: cancellationToken))).ToHashSet();
            if (taken.Count < days.Length)
            {
                await transaction.RollbackAsync(cancellationToken);
                var full = days.Where(d => !taken.Contains(d)).Select(d => d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
                return new Outcome.Full($"The provider has no place left on {string.Join(", ", full)}.");
            }

            if (body.SittingMinutes is { } minutes)
            {
                try
                {
                    await connection.ExecuteAsync(new CommandDefinition(TakeMinutesSql, new { found.Value.CarerId, WeekStart = BreakRules.WeekStart(startsOn), Minutes = minutes },
                        transaction, cancellationToken: cancellationToken));
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation && e.ConstraintName == "sitting_week_usage_minutes_check")
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return new Outcome.Full("That would be more than 4 hours of sitting service in the week (Monday to Sunday).");
                }
            }

            var row = await connection.QuerySingleAsync<BreakRules.Row>(new CommandDefinition(InsertSql, new
            {
                found.Value.CarerId, body.RelationshipId, body.ProviderId, Type = type, StartsOn = startsOn, EndsOn = endsOn, Minutes = body.SittingMinutes,
                Emergency = body.Emergency == true, command.Caller.Subject, command.Caller.Role,
            }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new Outcome.Requested(row.ToBreak());
        }
    }

    /// <remarks>
    /// The signed-in carer asks for a break for someone they care for (`relationshipId` is one of their caring relationships),
    /// from a provider that offers that type of break. A sitting service is one day of 30 minutes to 4 hours, and a carer has
    /// at most 4 hours of it a week (Monday to Sunday); other breaks last 1 to 28 days, booked up to a year ahead. An emergency
    /// break is for today and goes to the top of the staff queue.
    ///
    /// The places (one for each day the provider works in the range) and the sitting minutes are taken at once in the
    /// database, so two requests at the same moment can never overbook a provider or the weekly allowance.
    ///
    /// - 201 with the break (status `requested`) and its ETag.
    /// - 404: the person cared for is not the caller's, or the provider does not offer this type of break.
    /// - 409: no place left on a day (the problem names the days), or more than 4 hours of sitting service in the week.
    /// - 400: a field is missing or out of range, or the provider works on none of the days; nothing is booked.
    /// </remarks>
    public static async Task<Results<Created<Break>, ProblemHttpResult>> Endpoint(Request body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new Command(Caller.From(user), body), cancellationToken) switch
        {
            Outcome.Requested requested => TypedResults.Created("/api/me/carer/breaks", requested.Break),
            Outcome.Full full => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "There is no room for this break.", detail: full.Message),
            Outcome.Invalid invalid => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] })
            { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or not valid." }),
            Outcome.NotFound notFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: notFound.What),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
}
