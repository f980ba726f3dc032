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

namespace Carers.Api.Features.GpFlags;

/// <summary>The GP flag feed for staff, newest first. NHS numbers appear only where the person is known or agreed to be contacted.</summary>
public static class ListGpFlags
{
    public sealed record Request
    {
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    public sealed record Item(
        [property: Range(1, long.MaxValue)] long Id,
        [property: MaxLength(6)] string OdsCode,
        [property: MaxLength(18)] string SnomedCode,
        bool IsCarer,
        [property: MaxLength(8)] string Status,
        DateOnly RecordedOn,
        DateTimeOffset ReceivedAt,
        FlagOutcome Outcome,
        Guid? CarerId,
        [property: MaxLength(10)] string? NhsNumber,
        [property: MaxLength(4)] string Source)
    {
        /// <summary>A flag from practice A12345 for a carer the council already knows.</summary>
        public static Item Example => new(1042, "A12345", "224484003", IsCarer: true, "active", new DateOnly(2025, 11, 3),
            new DateTimeOffset(2025, 11, 3, 9, 15, 0, TimeSpan.Zero), FlagOutcome.KnownCarer, Guid.Parse("3f2b8c1e-5d4a-4e7b-9c60-1a2b3c4d5e6f"),
            "9990000018", "fhir");
    }

    internal sealed record Position(long I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<Item>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<Item>>
    {
        private const string Sql = """
            SELECT id, ods_code, snomed_code, is_carer, status, recorded_on, received_at, carer_id, nhs_number, source, consent_to_contact
            FROM gp_flag WHERE (@Before::bigint IS NULL OR id < @Before) ORDER BY id DESC LIMIT @Take
            """;

        public async ValueTask<Page<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 50;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var before);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new { Before = before?.I, Take = limit + 1 }, cancellationToken: cancellationToken))).ToList();
            var items = rows.Take(limit).Select(r => new Item(r.Id, r.OdsCode, r.SnomedCode, r.IsCarer, r.Status, r.RecordedOn,
                new DateTimeOffset(r.ReceivedAt, TimeSpan.Zero),
                r.CarerId is not null ? FlagOutcome.KnownCarer : r.ConsentToContact ? FlagOutcome.AwaitingContact : FlagOutcome.CountOnly,
                r.CarerId, r.NhsNumber, r.Source)).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListGpFlags), "gpFlag",
                items.Select(i => (i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.CarerId)), null, cancellationToken);
            return new Page<Item>(items, rows.Count > limit ? Cursor.Encode(new Position(items[^1].Id)) : null);
        }

        private sealed record Row
        {
            public long Id { get; init; }
            public string OdsCode { get; init; } = "";
            public string SnomedCode { get; init; } = "";
            public bool IsCarer { get; init; }
            public string Status { get; init; } = "";
            public DateOnly RecordedOn { get; init; }
            public DateTime ReceivedAt { get; init; }
            public Guid? CarerId { get; init; }
            public string? NhsNumber { get; init; }
            public string Source { get; init; } = "";
            public bool ConsentToContact { get; init; }
        }
    }

    /// <remarks>
    /// The feed of carer flags GP practices sent (over FHIR or in an uploaded extract), newest first, for staff working
    /// the GP pathway. Each flag says what happened to it: `knownCarer` (matched to a carer's record, `carerId` set),
    /// `awaitingContact` (an unknown patient who agreed to be contacted: on the GP worklist) or `countOnly` (an unknown
    /// patient who did not agree: kept as a count, with no NHS number).
    ///
    /// - Paging: `limit` 1 to 100 (default 50); pass the `nextCursor` of one page as `cursor` to get the next. A cursor
    ///   not given out by this operation is 400.
    /// - Every read is audited with the caller's `Access-Reason` (default `casework`).
    /// </remarks>
    public static async Task<Ok<Page<Item>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
