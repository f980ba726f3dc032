using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Partners;

/// <summary>
/// A partner lists the carers who share with it, oldest change first, a page at a time. With
/// changedSince it syncs: only carers changed at or after that moment.
/// </summary>
public static class ListPartnerCarers
{
    public const int DefaultLimit = 50;

    public sealed record Request
    {
        /// <summary>Only carers whose record changed at or after this moment (ISO 8601 with offset).</summary>
        [FromQuery(Name = "changedSince")]
        public DateTimeOffset? ChangedSince { get; init; }

        /// <summary>Results a page, 1 to 100 (50 if not given).</summary>
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        /// <summary>The nextCursor of the previous page.</summary>
        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    internal sealed record Position(DateTime U, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<PartnerCarer>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Page<PartnerCarer>>
    {
        private const string Sql = $"""
            SELECT {PartnerAccess.CarerColumns}
            FROM carer c
            WHERE {PartnerAccess.Visible}
              AND (@ChangedSince::timestamptz IS NULL OR c.updated_at >= @ChangedSince)
              AND (@AfterUpdated::timestamptz IS NULL OR (c.updated_at, c.id) > (@AfterUpdated, @AfterId))
            ORDER BY c.updated_at, c.id
            LIMIT @Take
            """;

        public async ValueTask<Page<PartnerCarer>> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var limit = query.Criteria.Limit ?? DefaultLimit;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            var parameters = new DynamicParameters(PartnerAccess.Parameters(query.Caller, today));
            parameters.Add("ChangedSince", query.Criteria.ChangedSince?.UtcDateTime);
            parameters.Add("AfterUpdated", after is null ? null : DateTime.SpecifyKind(after.U, DateTimeKind.Utc));
            parameters.Add("AfterId", after?.I);
            parameters.Add("Take", limit + 1);

            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<PartnerAccess.CarerRow>(new CommandDefinition(Sql, parameters, cancellationToken: cancellationToken))).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListPartnerCarers), "carer",
                page.Select(r => (r.Id.ToString(), r.Id)), null, cancellationToken, query.Caller.Partner);

            var items = await PartnerAccess.LoadRolesAndMap(connection, page, today, cancellationToken);
            var last = page.LastOrDefault();
            var next = rows.Count > limit && last is not null ? Cursor.Encode(new Position(last.UpdatedAt, last.Id)) : null;
            return new Page<PartnerCarer>(items, next);
        }
    }

    /// <remarks>
    /// Lists the carers who share with you now (their consent to share with you is in force; for CHUMS, under 26), oldest
    /// change first, a page at a time. Anyone else is simply not in the list.
    ///
    /// **Sync** with `changedSince`: keep the `updatedAt` of the last carer you processed and ask for changes at or after it
    /// next time (the boundary is inclusive: you may see that carer again). Combine it with the `carer.updated` events, or use
    /// it alone by polling. A carer who withdraws consent disappears from the list and you receive `consent.withdrawn`.
    ///
    /// **Paging**: `limit` 1 to 100 (50 by default). When `nextCursor` is not null, pass it as `cursor` (with the same
    /// `changedSince`) for the next page; a cursor is opaque, do not build one.
    ///
    /// - 400: `limit` out of range, or a cursor that is not one of ours.
    /// </remarks>
    public static async Task<Ok<Page<PartnerCarer>>> Endpoint(
        [AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
