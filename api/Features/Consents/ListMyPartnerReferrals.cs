using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Carers.Api.Features.Consents;

/// <summary>
/// A signed-in carer reads the partners' referrals awaiting their answer: at most one per
/// partner (the latest), so the list is bounded without a cursor. Audited.
/// </summary>
public static class ListMyPartnerReferrals
{
    /// <summary>A partner's referral and the consent it reports, awaiting the carer's answer.</summary>
    /// <param name="Partner">CarersCentral or Chums.</param>
    /// <param name="Reason">Why the partner referred you, in its words.</param>
    /// <param name="ReportedBasis">The basis of the consent the partner says you gave it.</param>
    /// <param name="ReportedGivenOn">The date the partner says you gave it.</param>
    public sealed record AwaitingReferral(
        Guid ReferralId,
        [property: MaxLength(20)] string Partner,
        ConsentPurpose Purpose,
        DateTimeOffset ReferredAt,
        [property: MaxLength(1000)] string? Reason,
        ConsentBasis ReportedBasis,
        DateOnly ReportedGivenOn)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static AwaitingReferral Example =>
            new(
                Examples.PendingReferralId,
                PartnerNames.Chums,
                ConsentPurpose.ShareWithChums,
                Examples.At.AddDays(-3),
                "Amina asked at a CHUMS wellbeing session for counselling for her son, who helps look after his grandfather.",
                ConsentBasis.Self,
                new DateOnly(2026, 2, 26));
    }

    public sealed record Response([property: MaxLength(2)] IReadOnlyList<AwaitingReferral> Items)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Response Example =>
            new([AwaitingReferral.Example]);
    }

    public sealed record Query(Caller Caller) : IQuery<Response>;

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Response>
    {
        private const string Sql = $"""
            {AuditLog.Into}
            SELECT @Subject, @ActorRole, NULL, 'ListMyPartnerReferrals', 'carer', c.id::text, CASE WHEN c.id IS NULL THEN 'notFound' ELSE 'success' END, NULL, c.id, NULL
            FROM (SELECT 1) AS one LEFT JOIN carer c ON c.account_subject = @Subject;
            SELECT r.referral_id, r.partner, r.purpose, p.referred_at, p.reason, r.basis, r.given_on
            FROM reported_consent r JOIN partner_referral p ON p.id = r.referral_id JOIN carer c ON c.id = r.carer_id
            WHERE c.account_subject = @Subject AND r.status = 'awaiting'
            ORDER BY p.referred_at
            LIMIT 2;
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql,
                new { query.Caller.Subject, ActorRole = query.Caller.Role }, cancellationToken: cancellationToken));
            return new Response(rows.Select(r => new AwaitingReferral(r.ReferralId, r.Partner, Vocabulary.Parse<ConsentPurpose>(r.Purpose),
                new DateTimeOffset(r.ReferredAt, TimeSpan.Zero), r.Reason, Vocabulary.Parse<ConsentBasis>(r.Basis), r.GivenOn)).ToList());
        }

        private sealed record Row
        {
            public Guid ReferralId { get; init; }
            public string Partner { get; init; } = "";
            public string Purpose { get; init; } = "";
            public DateTime ReferredAt { get; init; }
            public string? Reason { get; init; }
            public string Basis { get; init; } = "";
            public DateOnly GivenOn { get; init; }
        }
    }

    /// <remarks>
    /// The signed-in carer reads the partners' referrals awaiting their answer, with the consent each partner says they gave it. At most
    /// one per partner (the latest), so the list is short and not paged. Audited.
    ///
    /// - Answer each with AnswerPartnerReferral. Someone not registered gets an empty list.
    /// </remarks>
    public static async Task<Ok<Response>> Endpoint(ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user)), cancellationToken));
}
