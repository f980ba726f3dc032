using Carers.Api.Domain;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.Carers;

/// <summary>
/// Adding a caring relationship, for a carer (<see cref="AddCaredForPerson"/>) or by staff
/// (<see cref="AddCaredForPersonForCarer"/>). A person may have several carers (two siblings caring for their mother):
/// the relationship links to the cared-for person we already hold rather than making a second copy (decision 0023).
/// Matching follows the rules for carers (SPEC §2): the NHS number first, which links even when the name differs; then
/// surname, date of birth and postcode, which links only when exactly one person matches and that person holds no other
/// NHS number. Each relationship keeps what this carer told us, and every carer-facing read shows that, so linking tells
/// a carer nothing they did not type: not another carer's spelling, not the stored NHS number, not that another carer exists.
/// </summary>
public static class CaringRelationships
{
    /// <summary>More than this many people cared for at once is almost certainly a mistake; staff can help otherwise.</summary>
    public const int MaxActiveRelationships = 20;

    // FOR UPDATE serialises additions for one carer so the active-relationships cap holds under concurrency.
    private const string LockCarerSql = """
        SELECT id, (SELECT count(*) FROM caring_relationship r WHERE r.carer_id = carer.id AND r.ended_on IS NULL) AS active
        FROM carer
        """;

    /// <summary>The carer signed in as @Subject, locked, with how many people they care for now.</summary>
    public const string LockBySubjectSql = LockCarerSql + " WHERE account_subject = @Subject FOR UPDATE";

    /// <summary>The carer @CarerId (not merged away), locked, with how many people they care for now.</summary>
    public const string LockByIdSql = LockCarerSql + " WHERE id = @CarerId AND merged_into IS NULL FOR UPDATE";

    private const string FindSql = """
        SELECT id FROM cared_for_person WHERE @NhsNumber::text IS NOT NULL AND nhs_number = @NhsNumber
        UNION ALL
        (SELECT id FROM cared_for_person p
         WHERE @DateOfBirth::date IS NOT NULL AND lower(p.family_name) = lower(@FamilyName) AND p.date_of_birth = @DateOfBirth
           AND p.postcode = @Postcode AND (p.nhs_number IS NULL OR p.nhs_number = @NhsNumber)
           AND NOT EXISTS (SELECT 1 FROM cared_for_person n WHERE @NhsNumber::text IS NOT NULL AND n.nhs_number = @NhsNumber)
         LIMIT 2)
        """;

    // A person with the same NHS number added meanwhile by another carer is linked, not duplicated.
    private const string CreateSql = """
        INSERT INTO cared_for_person (given_name, family_name, date_of_birth, postcode, nhs_number)
        VALUES (@GivenName, @FamilyName, @DateOfBirth, @Postcode, @NhsNumber)
        ON CONFLICT (nhs_number) WHERE nhs_number IS NOT NULL DO UPDATE SET nhs_number = EXCLUDED.nhs_number
        RETURNING id
        """;

    private const string InsertSql = $"""
        INSERT INTO caring_relationship (carer_id, cared_for_person_id, given_name, family_name, postcode,
            relationship, main_need, hours_per_week, lives_with_carer, started_on)
        VALUES (@CarerId, @PersonId, @GivenName, @FamilyName, @Postcode, @Relationship, @MainNeed, @HoursPerWeek, @LivesWithCarer, @StartedOn)
        RETURNING id;
        UPDATE carer SET version = version + 1, updated_at = now() WHERE id = @CarerId;
        {PartnerEvents.CarerUpdatedSql}
        """;

    /// <summary>Links (or creates) the person cared for and adds the relationship; returns it as the carer told us.</summary>
    public static async Task<CaredForPerson> Add(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid carerId,
        AddCaredForPerson.Request body, CancellationToken ct)
    {
        var person = new
        {
            CarerId = carerId,
            GivenName = body.GivenName!.Trim(),
            FamilyName = body.FamilyName!.Trim(),
            body.DateOfBirth,
            Postcode = Postcode.Normalise(body.Postcode!),
            NhsNumber = body.NhsNumber is null ? null : NhsNumber.Normalise(body.NhsNumber),
        };
        var found = (await connection.QueryAsync<Guid>(new CommandDefinition(FindSql, person, transaction, cancellationToken: ct))).ToList();
        // Two or more people with the same surname, date of birth and postcode: we cannot tell which, so this is a new person.
        var personId = found.Count == 1
            ? found[0]
            : await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(CreateSql, person, transaction, cancellationToken: ct));

        var relationshipId = await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(InsertSql, new
        {
            person.CarerId,
            PersonId = personId,
            person.GivenName,
            person.FamilyName,
            person.Postcode,
            Relationship = body.Relationship!.Value.Code(),
            MainNeed = body.MainNeed!.Value.Code(),
            HoursPerWeek = body.HoursPerWeek!.Value,
            LivesWithCarer = body.LivesWithCarer!.Value,
            StartedOn = body.StartedOn!.Value,
        }, transaction, cancellationToken: ct));

        return new CaredForPerson(relationshipId, person.GivenName, person.FamilyName, person.Postcode,
            body.Relationship.Value, body.MainNeed.Value, body.HoursPerWeek.Value, Vocabulary.BandFor(body.HoursPerWeek.Value),
            body.LivesWithCarer.Value, body.StartedOn.Value, null);
    }
}
