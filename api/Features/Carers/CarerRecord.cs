using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Dapper;

namespace Carers.Api.Features.Carers;

public enum RegisteredBy { Self, Parent, Staff, Partner, Gp, Imported }

/// <summary>
/// A carer's whole record as the carer and council staff see it. <c>NhsNumber</c> is the verified number to staff; to the
/// carer it is the number they gave, verified or not. <c>ClaimedNhsNumber</c> (staff only, always null to the carer) is a
/// number the carer gave that another record holds: unverified until a merge or a staff change settles it (decision 0023).
/// </summary>
public sealed record CarerRecord(
    Guid Id,
    [property: MaxLength(100)] string GivenName,
    [property: MaxLength(100)] string FamilyName,
    DateOnly DateOfBirth,
    CarerCategory Category,
    RegisteredBy RegisteredBy,
    [property: MaxLength(254)] string? Email,
    [property: MaxLength(20)] string? Phone,
    [property: MaxLength(100)] string? AddressLine1,
    [property: MaxLength(100)] string? AddressLine2,
    [property: MaxLength(60)] string? Town,
    [property: MaxLength(10)] string Postcode,
    LanguageCode PreferredLanguage,
    ContactChannel PreferredContactChannel,
    [property: MaxLength(6)] IReadOnlyList<ReasonableAdjustment> ReasonableAdjustments,
    Ethnicity? Ethnicity,
    EmploymentStatus? EmploymentStatus,
    EducationStatus? EducationStatus,
    [property: MaxLength(10)] string? NhsNumber,
    [property: MaxLength(10)] string? ClaimedNhsNumber,
    [property: MaxLength(6)] string? GpPracticeOdsCode,
    Identification Identification,
    [property: MaxLength(CarerRecordReader.MaxRelationshipsShown)] IReadOnlyList<CaredForPerson> CaredForPeople,
    [property: MaxLength(4)] IReadOnlyList<ConsentState> Consents,
    [property: MaxLength(CarerRecordReader.MaxReferralsShown)] IReadOnlyList<Referral> Referrals,
    GpStatus? GpStatus,
    [property: MaxLength(2)] IReadOnlyList<ReferralAwaitingCarer>? ReferralsAwaitingCarer = null)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static CarerRecord Example =>
        new(
            Examples.CarerId,
            Examples.GivenName,
            Examples.FamilyName,
            new DateOnly(1984, 6, 12),
            CarerCategory.AdultCarer,
            RegisteredBy.Partner,
            Examples.Email,
            Examples.Phone,
            "14 Dunstable Road",
            null,
            "Luton",
            Examples.Postcode,
            LanguageCode.Ur,
            ContactChannel.Text,
            [ReasonableAdjustment.Interpreter],
            Domain.Ethnicity.AsianPakistani,
            Domain.EmploymentStatus.EmployedPartTime,
            Domain.EducationStatus.NotInEducation,
            Examples.NhsNumber,
            null,
            "E81046",
            Identification.Example,
            [CaredForPerson.Example],
            [ConsentState.Example, new(ConsentPurpose.ContactMe, ConsentStatus.Given, ConsentBasis.Self, new DateOnly(2026, 1, 31), null)],
            [Referral.Example],
            GpStatus.Example,
            [ReferralAwaitingCarer.Example]);
}

/// <summary>
/// A partner's referral whose reported consent awaits the carer's answer (decision 0024). Staff
/// see these on the record (GetCarer); the carer's own views leave the list null.
/// </summary>
public sealed record ReferralAwaitingCarer([property: MaxLength(20)] string Partner, DateTimeOffset ReferredAt)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static ReferralAwaitingCarer Example =>
        new(PartnerNames.Chums, Examples.At.AddDays(-3));
}

public enum GpCarerStatus { IdentifiedAsCarer, NoLongerACarer, FlagInactive }

/// <summary>What the latest GP flag (by the date the practice recorded it) says of this carer; null when no GP has flagged them.</summary>
public sealed record GpStatus(GpCarerStatus Status, DateOnly RecordedOn, [property: MaxLength(6)] string OdsCode)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static GpStatus Example =>
        new(GpCarerStatus.IdentifiedAsCarer, new DateOnly(2026, 2, 20), "E81046");
}

/// <summary>A partner organisation that referred this carer to the council.</summary>
public sealed record Referral([property: MaxLength(20)] string Partner, DateTimeOffset ReferredAt)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Referral Example =>
        new(PartnerNames.CarersCentral, Examples.At.AddDays(-30));
}

/// <summary>Where and when the council first knew this person as a carer (SPEC §2).</summary>
public sealed record Identification(IdentificationSource Source, DateTimeOffset IdentifiedAt)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Identification Example =>
        new(IdentificationSource.PartnerReferral, Examples.At.AddDays(-30));
}

/// <summary>One caring relationship and the person cared for.</summary>
public sealed record CaredForPerson(
    Guid RelationshipId,
    [property: MaxLength(100)] string GivenName,
    [property: MaxLength(100)] string FamilyName,
    [property: MaxLength(10)] string Postcode,
    RelationshipType Relationship,
    MainNeed MainNeed,
    [property: Range(1, 168)] int HoursPerWeek,
    HoursBand HoursBand,
    bool LivesWithCarer,
    DateOnly StartedOn,
    DateOnly? EndedOn)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static CaredForPerson Example =>
        new(
            Examples.RelationshipId,
            Examples.CaredForGivenName,
            Examples.FamilyName,
            Examples.Postcode,
            RelationshipType.Parent,
            MainNeed.LongTermIllness,
            HoursPerWeek: 50,
            HoursBand: HoursBand.Hours50Plus,
            LivesWithCarer: true,
            StartedOn: new DateOnly(2025, 9, 1),
            EndedOn: null);
}

/// <summary>Where a consent purpose stands now; the full history stays in the database.</summary>
public sealed record ConsentState(ConsentPurpose Purpose, ConsentStatus Status, ConsentBasis? Basis, DateOnly? GivenOn, DateOnly? WithdrawnOn)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static ConsentState Example =>
        new(ConsentPurpose.ShareWithCarersCentral, ConsentStatus.Given, ConsentBasis.Self, new DateOnly(2026, 1, 31), null);
}

/// <summary>
/// Reads a whole carer record in one round trip (three statements in one batch). The
/// handlers that read put their audit insert in front of the same batch.
/// </summary>
public static class CarerRecordReader
{
    public const string BySubject = "account_subject = @Subject";
    public const string ById = "id = @CarerId";

    /// <summary>Active relationships first; at most 50 are returned (a carer may have at most 20 active).</summary>
    public const int MaxRelationshipsShown = 50;

    /// <summary>The most recent referrals only.</summary>
    public const int MaxReferralsShown = 20;

    public const string SelectBySubjectSql = $"""
        SELECT {CarerColumns} FROM carer WHERE {BySubject};
        SELECT {RelationshipColumns} {RelationshipFrom} WHERE r.carer_id = (SELECT id FROM carer WHERE {BySubject}) {RelationshipOrder};
        SELECT {ConsentColumns} FROM consent WHERE carer_id = (SELECT id FROM carer WHERE {BySubject}) {ConsentOrder};
        SELECT {ReferralColumns} FROM partner_referral WHERE carer_id = (SELECT id FROM carer WHERE {BySubject}) {ReferralOrder};
        """;

    public const string SelectByIdSql = $"""
        SELECT {CarerColumns} FROM carer WHERE {ById};
        SELECT {RelationshipColumns} {RelationshipFrom} WHERE r.carer_id = @CarerId {RelationshipOrder};
        SELECT {ConsentColumns} FROM consent WHERE carer_id = @CarerId {ConsentOrder};
        SELECT {ReferralColumns} FROM partner_referral WHERE carer_id = @CarerId {ReferralOrder};
        """;

    private const string CarerColumns = """
        id, given_name, family_name, date_of_birth, registered_by, email, phone, address_line1, address_line2, town,
        postcode, preferred_language, preferred_contact_channel, reasonable_adjustments, ethnicity, employment_status,
        education_status, nhs_number, claimed_nhs_number, gp_practice_ods_code, identification_source, identified_at, version,
        gp_carer_status, gp_status_on, gp_status_ods_code
        """;

    private const string RelationshipColumns = """
        r.id AS relationship_id, COALESCE(r.given_name, p.given_name) AS given_name, COALESCE(r.family_name, p.family_name) AS family_name,
        COALESCE(r.postcode, p.postcode) AS postcode, r.relationship, r.main_need,
        r.hours_per_week, r.lives_with_carer, r.started_on, r.ended_on
        """;

    private const string RelationshipFrom = "FROM caring_relationship r JOIN cared_for_person p ON p.id = r.cared_for_person_id";
    private const string RelationshipOrder = "ORDER BY r.ended_on IS NOT NULL, r.started_on DESC, r.id LIMIT 50";
    private const string ConsentColumns = "DISTINCT ON (purpose) purpose, basis, given_on, withdrawn_on";
    private const string ConsentOrder = "ORDER BY purpose, given_at DESC";
    private const string ReferralColumns = "partner, referred_at";
    private const string ReferralOrder = "ORDER BY referred_at DESC LIMIT 20";

    /// <summary>
    /// Reads the three result sets of a Select…Sql batch; null when there is no such carer. <paramref name="forTheCarer"/>:
    /// the carer's own view, where a claimed NHS number shows as their NHS number (a held number looks like a free one).
    /// </summary>
    public static async Task<(CarerRecord Record, int Version)?> ReadAsync(SqlMapper.GridReader grid, DateOnly today, bool forTheCarer)
    {
        var carer = await grid.ReadSingleOrDefaultAsync<CarerRow>();
        var relationships = (await grid.ReadAsync<RelationshipRow>()).ToList();
        var consents = (await grid.ReadAsync<ConsentRow>()).ToDictionary(c => Vocabulary.Parse<ConsentPurpose>(c.Purpose));
        var referrals = (await grid.ReadAsync<(string Partner, DateTime ReferredAt)>())
            .Select(r => new Referral(r.Partner, new DateTimeOffset(r.ReferredAt, TimeSpan.Zero))).ToList();
        if (carer is null) return null;

        var people = relationships.Select(r => new CaredForPerson(
            r.RelationshipId, r.GivenName, r.FamilyName, r.Postcode,
            Vocabulary.Parse<RelationshipType>(r.Relationship), Vocabulary.Parse<MainNeed>(r.MainNeed),
            r.HoursPerWeek, Vocabulary.BandFor(r.HoursPerWeek), r.LivesWithCarer, r.StartedOn, r.EndedOn)).ToList();

        var consentStates = Enum.GetValues<ConsentPurpose>().Select(purpose => consents.TryGetValue(purpose, out var c)
            ? new ConsentState(purpose, c.WithdrawnOn is null ? ConsentStatus.Given : ConsentStatus.Withdrawn,
                Vocabulary.Parse<ConsentBasis>(c.Basis), c.GivenOn, c.WithdrawnOn)
            : new ConsentState(purpose, ConsentStatus.NotGiven, null, null, null)).ToList();

        var record = new CarerRecord(
            carer.Id, carer.GivenName, carer.FamilyName, carer.DateOfBirth,
            CarerCategories.For(carer.DateOfBirth, today, people.Count, people.Count(p => p.EndedOn is not null && p.EndedOn <= today)),
            Vocabulary.Parse<RegisteredBy>(carer.RegisteredBy),
            carer.Email, carer.Phone, carer.AddressLine1, carer.AddressLine2, carer.Town, carer.Postcode,
            Vocabulary.Parse<LanguageCode>(carer.PreferredLanguage), Vocabulary.Parse<ContactChannel>(carer.PreferredContactChannel),
            carer.ReasonableAdjustments.Select(Vocabulary.Parse<ReasonableAdjustment>).ToList(),
            carer.Ethnicity is null ? null : Vocabulary.Parse<Ethnicity>(carer.Ethnicity),
            carer.EmploymentStatus is null ? null : Vocabulary.Parse<EmploymentStatus>(carer.EmploymentStatus),
            carer.EducationStatus is null ? null : Vocabulary.Parse<EducationStatus>(carer.EducationStatus),
            forTheCarer ? carer.NhsNumber ?? carer.ClaimedNhsNumber : carer.NhsNumber,
            forTheCarer ? null : carer.ClaimedNhsNumber,
            carer.GpPracticeOdsCode,
            new Identification(Vocabulary.Parse<IdentificationSource>(carer.IdentificationSource), carer.IdentifiedAt),
            people, consentStates, referrals,
            carer.GpCarerStatus is null ? null : new GpStatus(Vocabulary.Parse<GpCarerStatus>(carer.GpCarerStatus), carer.GpStatusOn!.Value, carer.GpStatusOdsCode!));
        return (record, carer.Version);
    }

    private sealed record CarerRow
    {
        public Guid Id { get; init; }
        public string GivenName { get; init; } = "";
        public string FamilyName { get; init; } = "";
        public DateOnly DateOfBirth { get; init; }
        public string RegisteredBy { get; init; } = "";
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public string? AddressLine1 { get; init; }
        public string? AddressLine2 { get; init; }
        public string? Town { get; init; }
        public string Postcode { get; init; } = "";
        public string PreferredLanguage { get; init; } = "";
        public string PreferredContactChannel { get; init; } = "";
        public string[] ReasonableAdjustments { get; init; } = [];
        public string? Ethnicity { get; init; }
        public string? EmploymentStatus { get; init; }
        public string? EducationStatus { get; init; }
        public string? NhsNumber { get; init; }
        public string? ClaimedNhsNumber { get; init; }
        public string? GpPracticeOdsCode { get; init; }
        public string IdentificationSource { get; init; } = "";
        public DateTime IdentifiedAt { get; init; }
        public int Version { get; init; }
        public string? GpCarerStatus { get; init; }
        public DateOnly? GpStatusOn { get; init; }
        public string? GpStatusOdsCode { get; init; }
    }

    private sealed record RelationshipRow
    {
        public Guid RelationshipId { get; init; }
        public string GivenName { get; init; } = "";
        public string FamilyName { get; init; } = "";
        public string Postcode { get; init; } = "";
        public string Relationship { get; init; } = "";
        public string MainNeed { get; init; } = "";
        public int HoursPerWeek { get; init; }
        public bool LivesWithCarer { get; init; }
        public DateOnly StartedOn { get; init; }
        public DateOnly? EndedOn { get; init; }
    }

    private sealed record ConsentRow
    {
        public string Purpose { get; init; } = "";
        public string Basis { get; init; } = "";
        public DateOnly GivenOn { get; init; }
        public DateOnly? WithdrawnOn { get; init; }
    }
}
