using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Carers.Api.Features.Matching;

/// <summary>
/// The staff match queue: probable matches waiting for a person to merge or keep apart, oldest first,
/// each record with what it holds, so the person deciding sees what a merge will move.
/// </summary>
public static class ListMatchCandidates
{
    public sealed record Request
    {
        [FromQuery(Name = "limit")]
        public int? Limit { get; init; }

        [FromQuery(Name = "cursor")]
        public string? Cursor { get; init; }
    }

    public sealed record Person(
        Guid Id,
        [property: MaxLength(100)] string GivenName,
        [property: MaxLength(100)] string FamilyName,
        DateOnly DateOfBirth,
        [property: MaxLength(10)] string Postcode,
        [property: MaxLength(10)] string? NhsNumber,
        [property: MaxLength(20)] string IdentificationSource,
        DateTimeOffset IdentifiedAt,
        bool HasSignIn,
        Holdings Holds,
        Contact Contact)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Person Example =>
            new(
                Examples.CarerId,
                Examples.GivenName,
                Examples.FamilyName,
                new DateOnly(1984, 6, 12),
                Examples.Postcode,
                Examples.NhsNumber,
                "partnerReferral",
                Examples.At.AddDays(-30),
                HasSignIn: true,
                Holdings.Example,
                Contact.Example);
    }

    /// <summary>
    /// What one record of the pair holds: everything a merge would move to the record kept (all
    /// applications, bookings and requests whatever their state; consents only while in force).
    /// </summary>
    public sealed record Holdings(
        [property: Range(0, int.MaxValue)] int CaredForPeople,
        [property: Range(0, int.MaxValue)] int Assessments,
        [property: Range(0, int.MaxValue)] int SupportPlans,
        [property: Range(0, int.MaxValue)] int Grants,
        [property: Range(0, int.MaxValue)] int Breaks,
        [property: Range(0, int.MaxValue)] int EmergencyPlans,
        bool HasEmergencyCard,
        [property: Range(0, int.MaxValue)] int ConsentsInForce,
        [property: Range(0, int.MaxValue)] int PartnerReferrals,
        [property: Range(0, int.MaxValue)] int PartnerSupport,
        [property: Range(0, int.MaxValue)] int GpFlags,
        [property: Range(0, int.MaxValue)] int Feedback,
        [property: Range(0, int.MaxValue)] int InformationRequests)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Holdings Example =>
            new(1, 1, 1, 1, 2, 1, true, 2, 1, 1, 1, 0, 1);
    }

    /// <summary>
    /// How to reach the person on this record. For a sign-in claim, staff confirm who the signer is through the
    /// existing record's contact details, never the ones the signer typed (decision 0023).
    /// </summary>
    public sealed record Contact(
        [property: MaxLength(254)] string? Email,
        [property: MaxLength(20)] string? Phone,
        [property: MaxLength(100)] string? AddressLine1,
        [property: MaxLength(100)] string? AddressLine2,
        [property: MaxLength(60)] string? Town)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Contact Example =>
            new(Examples.Email, Examples.Phone, "14 Dunstable Road", null, "Luton");
    }

    /// <summary>probable: two records that may be one person. signInClaim: someone signed in and registered, and their new
    /// record (incoming) matches one we already held (existing); merge only after confirming who they are.</summary>
    public enum MatchKind { Probable, SignInClaim }

    public sealed record Candidate(
        Guid Id,
        [property: MaxLength(200)] string Reason,
        DateTimeOffset FoundAt,
        Person Incoming,
        Person Existing,
        MatchKind Kind,
        [property: MaxLength(10)] string? ClaimedNhsNumber)
    {
        /// <summary>The example the contract shows (synthetic).</summary>
        public static Candidate Example =>
            new(
                Guid.Parse("3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70819"),
                "Same surname, date of birth and postcode",
                Examples.At.AddDays(1),
                Person.Example with
                {
                    Id = Guid.Parse("b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"),
                    GivenName = "Aminah",
                    NhsNumber = null,
                    IdentificationSource = "staff",
                    IdentifiedAt = Examples.At.AddDays(1),
                    HasSignIn = false,
                    Holds = new(1, 0, 0, 0, 0, 0, false, 1, 0, 0, 0, 0, 0),
                    Contact = new(null, "07700 900123", null, null, "Luton"),
                },
                Person.Example,
                MatchKind.Probable,
                null);
    }

    internal sealed record Position(DateTime F, Guid I);

    public sealed record Query(Caller Caller, Request Criteria) : IQuery<Page<Candidate>>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(x => x.Limit).PageLimit();
            RuleFor(x => x.Cursor).PageCursor<Request, Position>();
        }
    }

    public sealed class Handler(NpgsqlDataSource db) : IQueryHandler<Query, Page<Candidate>>
    {
        // One query: the page of matches, then what each of its records holds, counted once per
        // record through the carer_id indexes (no query per row).
        private const string Sql = """
            WITH page AS (
                SELECT m.id, m.reason, m.found_at, m.kind, m.claimed_nhs_number, m.carer_id, m.candidate_id
                FROM match_candidate m JOIN carer a ON a.id = m.carer_id JOIN carer b ON b.id = m.candidate_id
                WHERE m.status = 'open' AND a.merged_into IS NULL AND b.merged_into IS NULL
                  AND (@AfterFound::timestamptz IS NULL OR (m.found_at, m.id) > (@AfterFound, @AfterId))
                ORDER BY m.found_at, m.id
                LIMIT @Take
            ),
            holds AS (
                SELECT p.carer_id AS holds_of,
                       (SELECT count(*) FROM caring_relationship x WHERE x.carer_id = p.carer_id)::int AS cared_for_people,
                       (SELECT count(*) FROM assessment x WHERE x.carer_id = p.carer_id)::int AS assessments,
                       (SELECT count(*) FROM support_plan x WHERE x.carer_id = p.carer_id)::int AS support_plans,
                       (SELECT count(*) FROM grant_application x WHERE x.carer_id = p.carer_id)::int AS grants,
                       (SELECT count(*) FROM break_booking x WHERE x.carer_id = p.carer_id)::int AS breaks,
                       (SELECT count(*) FROM emergency_plan x WHERE x.carer_id = p.carer_id)::int AS emergency_plans,
                       EXISTS (SELECT 1 FROM emergency_card x WHERE x.carer_id = p.carer_id) AS has_emergency_card,
                       (SELECT count(*) FROM consent x WHERE x.carer_id = p.carer_id AND x.withdrawn_at IS NULL)::int AS consents_in_force,
                       (SELECT count(*) FROM partner_referral x WHERE x.carer_id = p.carer_id)::int AS partner_referrals,
                       (SELECT count(*) FROM partner_support x WHERE x.carer_id = p.carer_id)::int AS partner_support,
                       (SELECT count(*) FROM gp_flag x WHERE x.carer_id = p.carer_id)::int AS gp_flags,
                       (SELECT count(*) FROM feedback x WHERE x.carer_id = p.carer_id)::int AS feedback,
                       (SELECT count(*) FROM information_request x WHERE x.carer_id = p.carer_id)::int AS information_requests
                FROM (SELECT carer_id FROM page UNION SELECT candidate_id FROM page) p
            )
            SELECT m.id, m.reason, m.found_at, m.kind, m.claimed_nhs_number,
                   a.id, a.given_name, a.family_name, a.date_of_birth, a.postcode, a.nhs_number, a.identification_source, a.identified_at,
                   a.account_subject IS NOT NULL AS has_sign_in, a.email, a.phone, a.address_line1, a.address_line2, a.town,
                   ha.*,
                   b.id, b.given_name, b.family_name, b.date_of_birth, b.postcode, b.nhs_number, b.identification_source, b.identified_at,
                   b.account_subject IS NOT NULL AS has_sign_in, b.email, b.phone, b.address_line1, b.address_line2, b.town,
                   hb.*
            FROM page m JOIN carer a ON a.id = m.carer_id JOIN carer b ON b.id = m.candidate_id
            JOIN holds ha ON ha.holds_of = a.id JOIN holds hb ON hb.holds_of = b.id
            ORDER BY m.found_at, m.id
            """;

        public async ValueTask<Page<Candidate>> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Criteria.Limit ?? 20;
            Cursor.TryDecode<Position>(query.Criteria.Cursor, out var after);
            await using var connection = await db.OpenConnectionAsync(cancellationToken);
            var rows = (await connection.QueryAsync<CandidateRow, PersonRow, HoldsRow, PersonRow, HoldsRow, Candidate>(new CommandDefinition(Sql,
                new { AfterFound = after is null ? (DateTime?)null : DateTime.SpecifyKind(after.F, DateTimeKind.Utc), AfterId = after?.I, Take = limit + 1 },
                cancellationToken: cancellationToken),
                (m, a, ha, b, hb) => new Candidate(m.Id, m.Reason, new DateTimeOffset(m.FoundAt, TimeSpan.Zero), a.ToPerson(ha.ToHolds()), b.ToPerson(hb.ToHolds()),
                    Vocabulary.Parse<MatchKind>(m.Kind), m.ClaimedNhsNumber?.Trim()),
                splitOn: "id,holds_of,id,holds_of")).ToList();
            var page = rows.Take(limit).ToList();
            await AuditLog.WriteShownAsync(connection, null, query.Caller, nameof(ListMatchCandidates), "matchCandidate",
                page.SelectMany(c => new[] { (c.Id.ToString(), c.Incoming.Id), (c.Id.ToString(), c.Existing.Id) }), null, cancellationToken);
            var next = rows.Count > limit ? Cursor.Encode(new Position(page[^1].FoundAt.UtcDateTime, page[^1].Id)) : null;
            return new Page<Candidate>(page, next);
        }

        private sealed record CandidateRow
        {
            public Guid Id { get; init; }
            public string Reason { get; init; } = "";
            public DateTime FoundAt { get; init; }
            public string Kind { get; init; } = "";
            public string? ClaimedNhsNumber { get; init; }
        }

        private sealed record PersonRow
        {
            public Guid Id { get; init; }
            public string GivenName { get; init; } = "";
            public string FamilyName { get; init; } = "";
            public DateOnly DateOfBirth { get; init; }
            public string Postcode { get; init; } = "";
            public string? NhsNumber { get; init; }
            public string IdentificationSource { get; init; } = "";
            public DateTime IdentifiedAt { get; init; }
            public bool HasSignIn { get; init; }
            public string? Email { get; init; }
            public string? Phone { get; init; }
            public string? AddressLine1 { get; init; }
            public string? AddressLine2 { get; init; }
            public string? Town { get; init; }

            public Person ToPerson(Holdings holds) => new(Id, GivenName, FamilyName, DateOfBirth, Postcode, NhsNumber, IdentificationSource,
                new DateTimeOffset(IdentifiedAt, TimeSpan.Zero), HasSignIn, holds,
                new Contact(Email, Phone, AddressLine1, AddressLine2, Town));
        }

        private sealed record HoldsRow
        {
            public Guid HoldsOf { get; init; }
            public int CaredForPeople { get; init; }
            public int Assessments { get; init; }
            public int SupportPlans { get; init; }
            public int Grants { get; init; }
            public int Breaks { get; init; }
            public int EmergencyPlans { get; init; }
            public bool HasEmergencyCard { get; init; }
            public int ConsentsInForce { get; init; }
            public int PartnerReferrals { get; init; }
            public int PartnerSupport { get; init; }
            public int GpFlags { get; init; }
            public int Feedback { get; init; }
            public int InformationRequests { get; init; }

            public Holdings ToHolds() => new(CaredForPeople, Assessments, SupportPlans, Grants, Breaks, EmergencyPlans, HasEmergencyCard,
                ConsentsInForce, PartnerReferrals, PartnerSupport, GpFlags, Feedback, InformationRequests);
        }
    }

    /// <remarks>
    /// The staff match queue: pairs of records that may be one person, waiting for someone to merge them or keep them apart, oldest
    /// first. Each side shows what it holds, so the person deciding sees what a merge will move. A sign-in claim (someone registered and
    /// their new record matches one we held) shows the existing record's contact details, never the ones the signer typed: confirm who
    /// they are through those before merging.
    ///
    /// - Paged with a cursor: send `limit` and, for the next page, the `nextCursor` of the page before as `cursor`.
    /// </remarks>
    public static async Task<Ok<Page<Candidate>>> Endpoint([AsParameters] Request criteria, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new Query(Caller.From(user), criteria), cancellationToken));
}
