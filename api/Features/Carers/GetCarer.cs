using System.Security.Claims;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>
/// An assessor opens a carer's record. Audited, found or not. Staff also see the partners'
/// referrals awaiting the carer's answer (decision 0024), so they can record consent from a conversation.
/// </summary>
public static class GetCarer
{
    public sealed record Query(Caller Caller, Guid CarerId) : IQuery<Outcome>;

    public abstract record Outcome
    {
        public sealed record Found(CarerRecord Record, int Version) : Outcome;
        public sealed record NotFound : Outcome;
    }

    public sealed class Handler(NpgsqlDataSource db, TimeProvider clock) : IQueryHandler<Query, Outcome>
    {
        private const string Sql = $"""
            {AuditLog.Into}
            SELECT {AuditLog.ActorValues}, 'GetCarer', 'carer', @CarerId::text, CASE WHEN c.id IS NULL THEN 'notFound' ELSE 'success' END, NULL, c.id, @AccessReason
            FROM (SELECT 1) AS one LEFT JOIN carer c ON c.{CarerRecordReader.ById};
            {CarerRecordReader.SelectByIdSql}
            SELECT r.partner, p.referred_at
            FROM reported_consent r JOIN partner_referral p ON p.id = r.referral_id
            WHERE r.carer_id = @CarerId AND r.status = 'awaiting'
            ORDER BY p.referred_at
            LIMIT 2;
            """;

        public async ValueTask<Outcome> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(Sql,
                AuditLog.ActorParameters(query.Caller, new { query.CarerId }), cancellationToken: cancellationToken));
            var read = await CarerRecordReader.ReadAsync(grid, DateOnly.FromDateTime(clock.GetLocalNow().Date), forTheCarer: false);
            var awaiting = (await grid.ReadAsync<(string Partner, DateTime ReferredAt)>())
                .Select(r => new ReferralAwaitingCarer(r.Partner, new DateTimeOffset(r.ReferredAt, TimeSpan.Zero))).ToList();
            return read is { } found
                ? new Outcome.Found(found.Record with { ReferralsAwaitingCarer = awaiting }, found.Version)
                : new Outcome.NotFound();
        }
    }

    /// <remarks>
    /// An assessor opens a carer's record: details, the people they care for, consents, and the partners' referrals awaiting the carer's
    /// answer. Audited, found or not, with the reason in `Access-Reason`.
    ///
    /// - The `ETag` is the record's version: send it in `If-Match` to ChangeCarerDetails or CloseCarerRecord.
    /// - 404 (not-found): there is no such carer (a merged record is 404 too: open the one it was merged into).
    /// </remarks>
    public static async Task<Results<Ok<CarerRecord>, ProblemHttpResult>> Endpoint(
        Guid carerId, ClaimsPrincipal user, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new Query(Caller.From(user), carerId), cancellationToken);
        if (outcome is Outcome.Found found)
        {
            ETags.Set(response, found.Version);
            return TypedResults.Ok(found.Record);
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such carer.");
    }
}
