using Dapper;
using Npgsql;

namespace Carers.Api.Features.Matching;

/// <summary>
/// Matching an incoming person to a carer we hold (SPEC §2): a valid NHS number first; then
/// surname, date of birth and postcode, which is only ever probable and goes to the staff match
/// queue. Nothing merges silently.
/// </summary>
public static class CarerMatcher
{
    private const string ByNhsNumberSql = "SELECT id FROM carer WHERE nhs_number = @NhsNumber AND merged_into IS NULL";

    public static Task<Guid?> FindByNhsNumber(NpgsqlConnection connection, NpgsqlTransaction transaction, string nhsNumber, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(ByNhsNumberSql, new { NhsNumber = nhsNumber }, transaction, cancellationToken: ct));

    /// <summary>
    /// <see cref="FindByNhsNumber"/> for many NHS numbers in one query (an import): the carer holding each, not merged away.
    /// </summary>
    public static async Task<Dictionary<string, Guid>> FindByNhsNumbers(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyCollection<string> nhsNumbers, CancellationToken ct) =>
        (await connection.QueryAsync<(string NhsNumber, Guid Id)>(new CommandDefinition(
            "SELECT nhs_number, id FROM carer WHERE nhs_number = ANY(@NhsNumbers) AND merged_into IS NULL",
            new { NhsNumbers = nhsNumbers.ToArray() }, transaction, cancellationToken: ct)))
        .ToDictionary(r => r.NhsNumber.Trim(), r => r.Id, StringComparer.Ordinal);

    private const string QueueProbableManySql = """
        INSERT INTO match_candidate (carer_id, candidate_id, reason)
        SELECT x.carer_id, c.id, 'Same surname, date of birth and postcode'
        FROM unnest(@CarerIds, @FamilyNames, @DatesOfBirth, @Postcodes) AS x(carer_id, family_name, date_of_birth, postcode)
        JOIN carer c ON lower(c.family_name) = lower(x.family_name) AND c.date_of_birth = x.date_of_birth::date AND c.postcode = x.postcode
          AND c.id <> x.carer_id AND c.merged_into IS NULL
        ON CONFLICT DO NOTHING
        RETURNING candidate_id
        """;

    /// <summary>
    /// <see cref="QueueProbableMatches"/> for many new records in one statement (the historic import's thousands of carers);
    /// returns how many were queued.
    /// </summary>
    public static async Task<int> QueueProbableMatchesMany(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<(Guid CarerId, string FamilyName, DateOnly DateOfBirth, string Postcode)> people, CancellationToken ct) =>
        people.Count == 0 ? 0 : (await connection.QueryAsync<Guid>(new CommandDefinition(QueueProbableManySql, new
        {
            CarerIds = people.Select(p => p.CarerId).ToArray(),
            FamilyNames = people.Select(p => p.FamilyName).ToArray(),
            DatesOfBirth = people.Select(p => p.DateOfBirth.ToDateTime(TimeOnly.MinValue)).ToArray(),
            Postcodes = people.Select(p => p.Postcode).ToArray(),
        }, transaction, cancellationToken: ct))).Count();

    /// <summary>Queues every probable match of a new record for a person to decide; returns how many.</summary>
    public static Task<int> QueueProbableMatches(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid carerId,
        string familyName, DateOnly dateOfBirth, string postcode, CancellationToken ct) =>
        QueueProbableMatchesMany(connection, transaction, [(carerId, familyName, dateOfBirth, postcode)], ct);

    /// <summary>A record that probably is the same person (same surname, date of birth and postcode).</summary>
    public sealed record ProbableMatch(Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, string Postcode, string? NhsNumber);

    private const string ProbableSql = """
        SELECT id, given_name, family_name, date_of_birth, postcode, nhs_number FROM carer
        WHERE lower(family_name) = lower(@FamilyName) AND date_of_birth = @DateOfBirth AND postcode = @Postcode
          AND merged_into IS NULL AND (@Except::uuid IS NULL OR id <> @Except)
        ORDER BY identified_at, id
        LIMIT 10
        """;

    /// <summary>
    /// The records a person probably already has, before anything is written (a door where a person
    /// is present to decide, such as staff registering someone on the phone); <paramref name="except"/> is the record itself.
    /// </summary>
    public static async Task<IReadOnlyList<ProbableMatch>> FindProbableMatches(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string familyName, DateOnly dateOfBirth, string postcode, Guid? except, CancellationToken ct) =>
        (await connection.QueryAsync<ProbableMatch>(new CommandDefinition(ProbableSql,
            new { FamilyName = familyName, DateOfBirth = dateOfBirth, Postcode = postcode, Except = except }, transaction, cancellationToken: ct))).ToList();

    // Every record the signer could be: the same NHS number, or the same surname, date of birth and postcode. Records
    // with their own sign-in are queued too (staff may see two accounts for one person), but the merge refuses them.
    private const string QueueSignInClaimsSql = """
        INSERT INTO match_candidate (carer_id, candidate_id, reason, kind, claimed_nhs_number)
        SELECT @CarerId, c.id,
               CASE WHEN c.nhs_number = @NhsNumber THEN 'Same NHS number' ELSE 'Same surname, date of birth and postcode' END,
               'signInClaim',
               CASE WHEN c.nhs_number = @NhsNumber AND @NhsNumberKeptAside THEN @NhsNumber END
        FROM carer c
        WHERE c.id <> @CarerId AND c.merged_into IS NULL
          AND ((@NhsNumber::text IS NOT NULL AND c.nhs_number = @NhsNumber)
            OR (lower(c.family_name) = lower(@FamilyName) AND c.date_of_birth = @DateOfBirth AND c.postcode = @Postcode))
        ON CONFLICT DO NOTHING
        RETURNING candidate_id
        """;

    /// <summary>
    /// A signed-in person registered <paramref name="carerId"/>: every record they may also be goes to the match queue as
    /// a sign-in claim (decision 0023). A match never links the sign-in by itself; staff confirm through the contact
    /// details already on the existing record, then merge. <paramref name="nhsNumberKeptAside"/>: the typed NHS number
    /// was held by another record, so it is kept on the claim rather than on the new record. Returns how many were queued.
    /// </summary>
    public static async Task<int> QueueSignInClaims(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid carerId,
        string? nhsNumber, bool nhsNumberKeptAside, string familyName, DateOnly dateOfBirth, string postcode, CancellationToken ct) =>
        (await connection.QueryAsync<Guid>(new CommandDefinition(QueueSignInClaimsSql, new
        {
            CarerId = carerId,
            NhsNumber = nhsNumber,
            NhsNumberKeptAside = nhsNumberKeptAside,
            FamilyName = familyName,
            DateOfBirth = dateOfBirth,
            Postcode = postcode,
        }, transaction, cancellationToken: ct))).Count();
}
