using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.Json;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.EmergencyPlans;

/// <summary>Someone to call in an emergency, with their consent recorded and whether they hold a copy of the plan.</summary>
public sealed record EmergencyContact(
    [property: MaxLength(100)] string? Name,
    [property: MaxLength(20)] string? Phone,
    [property: MaxLength(100)] string? Relationship,
    bool? ConsentGiven,
    bool? HoldsCopy)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static EmergencyContact Example =>
        new("Tomasz Nowak", "07700 900456", "Neighbour", true, true);
}

/// <summary>What someone stepping in needs to know (SPEC §6). All optional while the carer writes it.</summary>
public sealed record EmergencyPlanContent
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static EmergencyPlanContent Example =>
        new()
        {
            CareNeeded = "Dad (Yusuf) needs help to get out of bed, wash and dress, and someone with him at mealtimes because he can choke.",
            WhenNeeded = "Every morning from 7:30 and every evening from 6:00.",
            Medication = "Blister pack from Boots, Arndale Centre: morning and evening doses. Warfarin: check the yellow book before giving.",
            Routines = "Likes his tea weak with one sugar and the radio on Asian Star in the morning.",
            Keys = "Key safe by the front door; Tomasz Nowak next door has the code.",
            Pets = "None.",
            CanBeLeftAloneFor = "Two hours in the day, not at night.",
            Gp = "Dr Sharma, Bute House Medical Centre, Luton LU1 2EY",
            Contacts = [EmergencyContact.Example, new("Grace Okafor", "07700 900789", "Friend of the family", true, false)],
        };

    [MaxLength(2000)] public string? CareNeeded { get; init; }
    [MaxLength(1000)] public string? WhenNeeded { get; init; }
    [MaxLength(2000)] public string? Medication { get; init; }
    [MaxLength(2000)] public string? Routines { get; init; }
    [MaxLength(1000)] public string? Keys { get; init; }
    [MaxLength(1000)] public string? Pets { get; init; }
    [MaxLength(500)] public string? CanBeLeftAloneFor { get; init; }
    [MaxLength(500)] public string? Gp { get; init; }
    [MaxLength(3)] public IReadOnlyList<EmergencyContact>? Contacts { get; init; }
}

public sealed record EmergencyPlan(
    Guid Id,
    Guid RelationshipId,
    [property: MaxLength(201)] string CaredForName,
    EmergencyPlanContent Content,
    DateOnly ReviewedOn,
    DateOnly NextReviewOn,
    bool ReviewOverdue,
    // The plan's version as an entity tag: send it as If-Match to change the plan.
    [property: MaxLength(20)] string ETag)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static EmergencyPlan Example =>
        new(
            Examples.EmergencyPlanId,
            Examples.RelationshipId,
            Examples.CaredForName,
            EmergencyPlanContent.Example,
            ReviewedOn: Examples.On,
            NextReviewOn: new DateOnly(2026, 9, 2),
            ReviewOverdue: false,
            ETag: Examples.ETag);
}

/// <summary>The emergency card number: 11 random digits and a Verhoeff check digit, so a mistyped digit or a swapped pair is caught.</summary>
public static class EmergencyCard
{
    public static string NewNumber()
    {
        Span<char> digits = stackalloc char[12];
        for (var i = 0; i < 11; i++) digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(i == 0 ? 1 : 0, 10));
        for (var check = 0; check <= 9; check++)
        {
            digits[11] = (char)('0' + check);
            if (Verhoeff.IsValid(new string(digits))) break;
        }

        return new string(digits);
    }

    /// <summary>Spaces and hyphens as people read a card aloud are allowed ("1234 5678 9012").</summary>
    public static string Normalise(string value) => new(value.Where(c => c is not (' ' or '-')).ToArray());

    public static bool IsValid(string? value) => value is not null && Normalise(value) is { Length: 12 } n && n.All(char.IsAsciiDigit) && Verhoeff.IsValid(n);
}

public static class EmergencyPlanReader
{
    /// <summary>
    /// The most plans a list holds. A carer may care for 20 people at once (AddCaredForPerson), but two
    /// merged records can hold more; the plans for people no longer cared for are kept and not listed.
    /// </summary>
    public const int MaxListed = 50;

    private const string Select = """
        SELECT e.id, e.relationship_id, COALESCE(r.given_name, p.given_name) || ' ' || COALESCE(r.family_name, p.family_name) AS cared_for_name, e.content::text AS content, e.reviewed_on, e.next_review_on, e.version
        FROM emergency_plan e JOIN caring_relationship r ON r.id = e.relationship_id JOIN cared_for_person p ON p.id = r.cared_for_person_id
        """;

    /// <summary>The plans for the people the carer still cares for: what the carer keeps up and emergency duty staff act on.</summary>
    public const string ForCarerSql = $"{Select} WHERE e.carer_id = @CarerId AND r.ended_on IS NULL ORDER BY e.created_at, e.id LIMIT @Limit";

    private const string ForRelationshipSql = $"{Select} WHERE e.relationship_id = @RelationshipId";

    public static async Task<List<(EmergencyPlan Plan, int Version)>> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid carerId, DateOnly today, CancellationToken ct) =>
        (await connection.QueryAsync<Row>(new CommandDefinition(ForCarerSql, new { CarerId = carerId, Limit = MaxListed }, transaction, cancellationToken: ct))).Select(r => Map(r, today)).ToList();

    /// <summary>One plan, by the relationship it is for: a save reads back its own plan, however many the carer has.</summary>
    public static async Task<(EmergencyPlan Plan, int Version)> LoadOneAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid relationshipId, DateOnly today, CancellationToken ct) =>
        Map(await connection.QuerySingleAsync<Row>(new CommandDefinition(ForRelationshipSql, new { RelationshipId = relationshipId }, transaction, cancellationToken: ct)), today);

    private static (EmergencyPlan Plan, int Version) Map(Row r, DateOnly today) =>
        (new EmergencyPlan(r.Id, r.RelationshipId, r.CaredForName,
            JsonSerializer.Deserialize<EmergencyPlanContent>(r.Content, JsonSetup.Stored) ?? new EmergencyPlanContent(),
            r.ReviewedOn, r.NextReviewOn, r.NextReviewOn < today, ETags.For(r.Version)), r.Version);

    private sealed record Row
    {
        public Guid Id { get; init; }
        public Guid RelationshipId { get; init; }
        public string CaredForName { get; init; } = "";
        public string Content { get; init; } = "{}";
        public DateOnly ReviewedOn { get; init; }
        public DateOnly NextReviewOn { get; init; }
        public int Version { get; init; }
    }
}
