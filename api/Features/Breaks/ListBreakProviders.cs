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

/// <summary>
/// Staff see every provider, the days it works, and for each type of break its places a day and
/// how many are taken on each working day in a window of up to 31 days: the provider capacity page.
/// </summary>
public static class ListBreakProviders
{
    public const int MaxDays = 31;

    public sealed record Request
    {
        /// <summary>First day of the window (default today).</summary>
        [FromQuery(Name = "from")]
        public DateOnly? From { get; init; }

        /// <summary>Last day of the window (default 13 days after the first; at most 31 days in all).</summary>
        [FromQuery(Name = "to")]
        public DateOnly? To { get; init; }
    }

    public sealed record DayUsage(DateOnly Date, [property: Range(0, 1000)] int Taken, [property: Range(0, 1000)] int PlacesLeft)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static DayUsage Example =>
            new(new DateOnly(2026, 3, 14), 4, 2);
    }

    public sealed record TypeCapacity(BreakType BreakType, [property: Range(1, 1000)] int PlacesPerDay, [property: MaxLength(MaxDays)] IReadOnlyList<DayUsage> Days)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static TypeCapacity Example =>
            new(BreakType.SittingService, 6, [DayUsage.Example, new(new DateOnly(2026, 3, 16), 1, 5)]);
    }

    public sealed record Provider(
        Guid ProviderId,
        [property: MaxLength(200)] string Name,
        [property: MaxLength(7)] IReadOnlyList<RegisterBreakProvider.Weekday> WorksOn,
        [property: MaxLength(5)] IReadOnlyList<TypeCapacity> Capacity)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Provider Example =>
            new(
                Examples.BreakProviderId,
                Examples.BreakProviderName,
                [RegisterBreakProvider.Weekday.Monday, RegisterBreakProvider.Weekday.Saturday],
                [TypeCapacity.Example]);
    }

    public sealed record Response(DateOnly From, DateOnly To, [property: MaxLength(1000)] IReadOnlyList<Provider> Providers)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new(new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 27), [Provider.Example]);
    }

    public sealed record Query(DateOnly From, DateOnly To) : IQuery<Response>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.To).Null().When(x => x.From is null).WithMessage("Enter the first day as well as the last");
            RuleFor(x => x.To)
                .Must((r, to) => to is null || r.From is null || (to >= r.From && to.Value.DayNumber - r.From.Value.DayNumber < MaxDays))
                .WithMessage($"The last day must be on or after the first, and at most {MaxDays} days on");
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Response>
    {
        // One row per provider, type and working day in the window; providers without capacity rows cannot exist
        // (registration writes at least one). Usage comes from the same counters the booking statements guard.
        private const string Sql = """
            SELECT p.id AS provider_id, p.name, p.works_on, c.break_type, c.places_per_day, d.day AS date, COALESCE(u.taken, 0) AS taken
            FROM break_provider p
            JOIN provider_capacity c ON c.provider_id = p.id
            CROSS JOIN LATERAL (SELECT g::date AS day FROM generate_series(@From::date, @To::date, interval '1 day') AS g) d
            LEFT JOIN provider_day_usage u ON u.provider_id = c.provider_id AND u.break_type = c.break_type AND u.day = d.day
            WHERE extract(isodow FROM d.day)::int = ANY(p.works_on)
            ORDER BY p.name, p.id, c.break_type, d.day
            LIMIT 200000
            """;

        private sealed record Row
        {
            public Guid ProviderId { get; init; }
            public string Name { get; init; } = "";
            public int[] WorksOn { get; init; } = [];
            public string BreakType { get; init; } = "";
            public int PlacesPerDay { get; init; }
            public DateOnly Date { get; init; }
            public int Taken { get; init; }
        }

        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, new { query.From, query.To }, cancellationToken: cancellationToken));
            var providers = rows
                .GroupBy(r => r.ProviderId)
                .Select(p => new Provider(p.Key, p.First().Name, p.First().WorksOn.Select(d => (RegisterBreakProvider.Weekday)d).ToList(),
                    p.GroupBy(r => (r.BreakType, r.PlacesPerDay))
                        .Select(t => new TypeCapacity(Vocabulary.Parse<BreakType>(t.Key.BreakType), t.Key.PlacesPerDay,
                            t.Select(r => new DayUsage(r.Date, r.Taken, r.PlacesPerDay - r.Taken)).ToList()))
                        .ToList()))
                .ToList();
            return new Response(query.From, query.To, providers);
        }
    }

    /// <remarks>
    /// Break staff see every provider, the days it works, and for each type of break its places a day and how many are taken
    /// on each working day from `from` (today when left out) to `to` (13 days on when left out; at most 31 days): the provider
    /// capacity page. `to` without `from`, or a longer window, is 400.
    /// </remarks>
    public static async Task<Ok<Response>> Endpoint([AsParameters] Request criteria, IMediator mediator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var from = criteria.From ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var to = criteria.To ?? from.AddDays(13);
        return TypedResults.Ok(await mediator.Send(new Query(from, to), cancellationToken));
    }
}
