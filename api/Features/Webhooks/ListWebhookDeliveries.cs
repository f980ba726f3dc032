using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Webhooks;

/// <summary>A manager reads a partner's webhook address and its delivery log, newest first.</summary>
public static class ListWebhookDeliveries
{
    public sealed record Request
    {
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    public sealed record Delivery(
        [property: Range(1, long.MaxValue)] long Id,
        Guid EventId,
        [property: MaxLength(50)] string EventType,
        DateTimeOffset AttemptedAt,
        [property: Range(100, 599)] int? StatusCode,
        [property: MaxLength(20)] string Outcome,
        [property: MaxLength(500)] string? Error,
        [property: Range(0, int.MaxValue)] int DurationMs,
        bool EventDelivered)
    {
        public static Delivery Example { get; } = new(4211, Guid.Parse("01890a5d-ac96-774b-bcce-b302099a8057"), "carer.referred",
            new DateTimeOffset(2026, 11, 30, 14, 5, 2, TimeSpan.Zero), 204, "delivered", null, 183, true);
    }

    /// <param name="ETag">The registration's version, to send in If-Match to replace it; null before the first registration.</param>
    public sealed record Response(
        [property: MaxLength(20)] string Partner,
        [property: MaxLength(500)] string? Url,
        [property: MaxLength(20)] string? ETag,
        [property: Range(0, int.MaxValue)] int EventsWaiting,
        Page<Delivery> Deliveries)
    {
        public static Response Example { get; } = new("CarersCentral", "https://partner.example.org/webhooks/luton-carers", "\"v2\"", 0,
            new Page<Delivery>([Delivery.Example], null));
    }

    internal sealed record Position(long I);

    public sealed record Query(Caller Caller, string Partner, Request Criteria) : IQuery<Response>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Response>
    {
        private const string Sql = """
            SELECT url, version FROM webhook_subscription WHERE partner = @Partner;
            SELECT count(*)::int FROM outbox_message WHERE partner = @Partner AND delivered_at IS NULL;
            SELECT d.id, d.event_id, o.event_type, d.attempted_at, d.status_code, d.outcome, d.error, d.duration_ms, o.delivered_at IS NOT NULL AS event_delivered
            FROM webhook_delivery d JOIN outbox_message o ON o.id = d.event_id
            WHERE d.partner = @Partner AND (@Before::bigint IS NULL OR d.id < @Before)
            ORDER BY d.id DESC LIMIT @Take;
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 50;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var before);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql,
                new { query.Partner, Before = before?.I, Take = limit + 1 }, cancellationToken: cancellationToken));
            var subscription = await grid.ReadSingleOrDefaultAsync<(string Url, int Version)?>();
            var waiting = await grid.ReadSingleAsync<int>();
            var rows = (await grid.ReadAsync<Row>()).ToList();
            var page = rows.Take(limit).Select(r => new Delivery(r.Id, r.EventId, r.EventType, new DateTimeOffset(r.AttemptedAt, TimeSpan.Zero),
                r.StatusCode, r.Outcome, r.Error, r.DurationMs, r.EventDelivered)).ToList();
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].Id)) : null;
            return new Response(query.Partner, subscription?.Url, subscription is { } s ? ETags.For(s.Version) : null, waiting, new Page<Delivery>(page, next));
        }

        private sealed record Row
        {
            public long Id { get; init; }
            public Guid EventId { get; init; }
            public string EventType { get; init; } = "";
            public DateTime AttemptedAt { get; init; }
            public int? StatusCode { get; init; }
            public string Outcome { get; init; } = "";
            public string? Error { get; init; }
            public int DurationMs { get; init; }
            public bool EventDelivered { get; init; }
        }
    }

    /// <param name="partner">CarersCentral or Chums.</param>
    /// <remarks>
    /// Shows a partner's registered webhook address (never its secret), how many events wait to be delivered, and the log of
    /// delivery attempts, newest first: when, the partner's HTTP status, the outcome (`delivered`, `failed`, `noSubscription`
    /// while no address is registered) and the error, if any. `eventDelivered` says whether the event got through in the end.
    ///
    /// The answer's `eTag` is the registration's version: send it in If-Match to replace the address
    /// (RegisterPartnerWebhook) or rotate the secret (RotatePartnerWebhookSecret). It is null before the first registration.
    ///
    /// Paging: `limit` 1 to 100 (50 by default); when `deliveries.nextCursor` is not null, pass it as `cursor` for older attempts.
    ///
    /// - 400: `limit` out of range, or a cursor that is not one of ours.
    /// - 404: no such partner.
    /// </remarks>
    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Endpoint(
        [AllowedValues("CarersCentral", "Chums")] string partner, [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!PartnerNames.All.Contains(partner)) return RegisterPartnerWebhook.UnknownPartner();
        return TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), partner, criteria), cancellationToken));
    }
}
