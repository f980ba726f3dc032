using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Features.Carers;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;

namespace Carers.Api.Features.Partners;

/// <summary>
/// What a partner sees of a carer who consented to share with it. The health details of the
/// person cared for (their main need, their name) are not in it.
/// </summary>
public sealed record PartnerCarer(
    Guid Id,
    [property: MaxLength(100)] string GivenName,
    [property: MaxLength(100)] string FamilyName,
    DateOnly DateOfBirth,
    CarerCategory Category,
    [property: MaxLength(10)] string Postcode,
    [property: MaxLength(254)] string? Email,
    [property: MaxLength(20)] string? Phone,
    LanguageCode PreferredLanguage,
    ContactChannel PreferredContactChannel,
    [property: MaxLength(6)] IReadOnlyList<ReasonableAdjustment> ReasonableAdjustments,
    [property: MaxLength(CarerRecordReader.MaxRelationshipsShown)] IReadOnlyList<PartnerCaringRole> CaringFor,
    ConsentBasis ConsentBasis,
    DateOnly ConsentGivenOn,
    DateTimeOffset UpdatedAt)
{
    public static PartnerCarer Example { get; } = new(Examples.PartnerCarerId, Examples.GivenName, Examples.FamilyName, new DateOnly(1978, 4, 12),
        CarerCategory.AdultCarer, "LU2 7DF", Examples.Email, Examples.Phone, LanguageCode.Ur, ContactChannel.Phone,
        [ReasonableAdjustment.Interpreter], [PartnerCaringRole.Example], ConsentBasis.Self, new DateOnly(2026, 11, 28),
        new DateTimeOffset(2026, 11, 30, 14, 5, 0, TimeSpan.Zero));
}

/// <summary>A caring relationship without the cared-for person's identity or health.</summary>
public sealed record PartnerCaringRole(RelationshipType Relationship, HoursBand HoursBand, bool LivesWithCarer, DateOnly StartedOn, DateOnly? EndedOn)
{
    public static PartnerCaringRole Example { get; } = new(RelationshipType.SpouseOrPartner, HoursBand.Hours50Plus, true, new DateOnly(2025, 9, 1), null);
}

/// <summary>Who a partner may see (SPEC §1, §8): active consent for that partner; CHUMS only under 26.</summary>
public static class PartnerAccess
{
    /// <summary>CHUMS serves young carers and young adult carers: 5 to 25.</summary>
    public const int ChumsAgeLimit = 26;

    public static string ConsentPurposeFor(string partner) => partner switch
    {
        PartnerNames.CarersCentral => ConsentPurpose.ShareWithCarersCentral.Code(),
        PartnerNames.Chums => ConsentPurpose.ShareWithChums.Code(),
        _ => throw new ArgumentOutOfRangeException(nameof(partner), partner, "Not a partner."),
    };

    public static int? MaxAgeFor(string partner) => partner == PartnerNames.Chums ? ChumsAgeLimit : null;

    /// <summary>SQL predicate on carer c; parameters @Purpose, @MaxAge, @Today.</summary>
    public const string Visible = """
        c.merged_into IS NULL AND c.closed_at IS NULL
        AND (@MaxAge::int IS NULL OR c.date_of_birth > @Today::date - make_interval(years => @MaxAge::int))
        AND EXISTS (SELECT 1 FROM consent k WHERE k.carer_id = c.id AND k.purpose = @Purpose AND k.withdrawn_at IS NULL)
        """;

    public const string CarerColumns = """
        c.id, c.given_name, c.family_name, c.date_of_birth, c.postcode, c.email, c.phone, c.preferred_language,
        c.preferred_contact_channel, c.reasonable_adjustments, c.updated_at,
        (SELECT k.basis FROM consent k WHERE k.carer_id = c.id AND k.purpose = @Purpose AND k.withdrawn_at IS NULL) AS consent_basis,
        (SELECT k.given_on FROM consent k WHERE k.carer_id = c.id AND k.purpose = @Purpose AND k.withdrawn_at IS NULL) AS consent_given_on
        """;

    public const string RolesSql = """
        SELECT carer_id, relationship, hours_per_week, lives_with_carer, started_on, ended_on
        FROM caring_relationship WHERE carer_id = ANY(@Ids) ORDER BY carer_id, ended_on IS NOT NULL, started_on DESC
        """;

    public static object Parameters(Caller caller, DateOnly today) => new
    {
        Purpose = ConsentPurposeFor(caller.Partner!),
        MaxAge = MaxAgeFor(caller.Partner!),
        Today = today,
    };

    public static IReadOnlyList<PartnerCarer> Map(IEnumerable<CarerRow> carers, IEnumerable<RoleRow> roles, DateOnly today)
    {
        var byCarer = roles.GroupBy(r => r.CarerId).ToDictionary(g => g.Key, g => g.Take(CarerRecordReader.MaxRelationshipsShown).ToList());
        return carers.Select(c =>
        {
            var caring = byCarer.GetValueOrDefault(c.Id) ?? [];
            return new PartnerCarer(c.Id, c.GivenName, c.FamilyName, c.DateOfBirth,
                CarerCategories.For(c.DateOfBirth, today, caring.Count, caring.Count(r => r.EndedOn is not null && r.EndedOn <= today)),
                c.Postcode, c.Email, c.Phone, Vocabulary.Parse<LanguageCode>(c.PreferredLanguage), Vocabulary.Parse<ContactChannel>(c.PreferredContactChannel),
                c.ReasonableAdjustments.Select(Vocabulary.Parse<ReasonableAdjustment>).ToList(),
                caring.Select(r => new PartnerCaringRole(Vocabulary.Parse<RelationshipType>(r.Relationship), Vocabulary.BandFor(r.HoursPerWeek),
                    r.LivesWithCarer, r.StartedOn, r.EndedOn)).ToList(),
                Vocabulary.Parse<ConsentBasis>(c.ConsentBasis), c.ConsentGivenOn, new DateTimeOffset(c.UpdatedAt, TimeSpan.Zero));
        }).ToList();
    }

    public sealed record CarerRow
    {
        public Guid Id { get; init; }
        public string GivenName { get; init; } = "";
        public string FamilyName { get; init; } = "";
        public DateOnly DateOfBirth { get; init; }
        public string Postcode { get; init; } = "";
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public string PreferredLanguage { get; init; } = "";
        public string PreferredContactChannel { get; init; } = "";
        public string[] ReasonableAdjustments { get; init; } = [];
        public DateTime UpdatedAt { get; init; }
        public string ConsentBasis { get; init; } = "";
        public DateOnly ConsentGivenOn { get; init; }
    }

    public sealed record RoleRow
    {
        public Guid CarerId { get; init; }
        public string Relationship { get; init; } = "";
        public int HoursPerWeek { get; init; }
        public bool LivesWithCarer { get; init; }
        public DateOnly StartedOn { get; init; }
        public DateOnly? EndedOn { get; init; }
    }

    /// <summary>Reads the visible carers of one partner for the given ids (already filtered by <see cref="Visible"/>).</summary>
    public static async Task<IReadOnlyList<PartnerCarer>> LoadRolesAndMap(Npgsql.NpgsqlConnection connection, IReadOnlyList<CarerRow> carers, DateOnly today, CancellationToken ct)
    {
        if (carers.Count == 0) return [];
        var roles = await connection.QueryAsync<RoleRow>(new CommandDefinition(RolesSql, new { Ids = carers.Select(c => c.Id).ToArray() }, cancellationToken: ct));
        return Map(carers, roles, today);
    }
}
