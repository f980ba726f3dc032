using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.Breaks;

/// <summary>Places left, per provider and day, for one type of break over up to 62 days: what a carer sees before asking.</summary>
public static class GetBreakAvailability
{
    public const int MaxDays = 62;

    public sealed record Request
    {
        /// <summary>sittingService, shortBreak, residentialRespite, sharedLives or dayOpportunities.</summary>
        [FromQuery(Name = "breakType")]
        public string? BreakType { get; init; }

        [FromQuery(Name = "from")]
        public DateOnly? From { get; init; }

        [FromQuery(Name = "to")]
        public DateOnly? To { get; init; }
    }

    public sealed record Day(Guid ProviderId, [property: MaxLength(200)] string ProviderName, DateOnly Date, [property: Range(0, 1000)] int PlacesLeft)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Day Example =>
            new(Examples.BreakProviderId, Examples.BreakProviderName, new DateOnly(2026, 3, 14), 2);
    }

    public sealed record Response([property: MaxLength(20_000)] IReadOnlyList<Day> Days)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new([Day.Example, new(Examples.BreakProviderId, Examples.BreakProviderName, new DateOnly(2026, 3, 16), 5)]);
    }

    public sealed record Query(BreakType Type, DateOnly From, DateOnly To) : IQuery<Response>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.BreakType).NotEmpty().WithMessage("Choose the type of break").MaximumLength(20)
                .Must(t => t is null || Enum.GetValues<BreakType>().Any(v => v.Code() == t)).WithMessage("Choose a type of break from the list");
            RuleFor(x => x.From).NotNull().WithMessage("Enter the first day");
            RuleFor(x => x.To).NotNull().WithMessage("Enter the last day")
                .Must((r, to) => to is null || r.From is null || (to >= r.From && to.Value.DayNumber - r.From.Value.DayNumber < MaxDays))
                .WithMessage($"The last day must be on or after the first, and at most {MaxDays} days on");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Response>
    {
        public const string Sql = """
            SELECT p.id AS provider_id, p.name AS provider_name, d.day AS date, c.places_per_day - COALESCE(u.taken, 0) AS places_left
            FROM provider_capacity c
            JOIN break_provider p ON p.id = c.provider_id
            CROSS JOIN LATERAL (SELECT g::date AS day FROM generate_series(@From::date, @To::date, interval '1 day') AS g) d
            LEFT JOIN provider_day_usage u ON u.provider_id = c.provider_id AND u.break_type = c.break_type AND u.day = d.day
                AND u.day BETWEEN @From AND @To
            WHERE c.break_type = @Type AND extract(isodow FROM d.day)::int = ANY(p.works_on)
            ORDER BY p.name, d.day
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var days = await connection.QueryAsync<Day>(new CommandDefinition(Sql, new { Type = query.Type.Code(), query.From, query.To }, cancellationToken: cancellationToken));
            return new Response(days.ToList());
        }
    }

    /// <remarks>
    /// What a carer sees before asking: for one `breakType`, the places left per provider and day from `from` to `to` (at most
    /// 62 days). Days a provider does not work are left out. An unknown type, a missing day or a longer window is 400.
    /// </remarks>
    public static async Task<Ok<Response>> Endpoint([AsParameters] Request criteria, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Enum.GetValues<BreakType>().Single(v => v.Code() == criteria.BreakType), criteria.From!.Value, criteria.To!.Value), cancellationToken));
}
