using Dapper;
using Npgsql;

namespace Carers.Api.Features.Grants;

/// <summary>
/// One grant per carer per financial year (SPEC §4, decision 0011), in one place. A grant approved
/// while the carer already has an approved or paid grant in that year is "later in the year"
/// (grant_application.later_in_year) and needs an override reason; the database refuses anything
/// else: the CHECK grant_application_later_needs_reason, and the partial unique index
/// grant_application_first_in_year_key (only one first grant a year, so two approvals at once cannot
/// both be first). The year is the one in which the grant is approved.
/// </summary>
public static class OneGrantAYear
{
    /// <summary>The constraint met by a later grant without a reason: "give the reason for an exception".</summary>
    public const string NeedsReasonConstraint = "grant_application_later_needs_reason";

    /// <summary>The index met when another approval of the same carer's year was committed first: look again.</summary>
    public const string FirstInYearIndex = "grant_application_first_in_year_key";

    /// <summary>
    /// Whether grant g, approved in year @Year, is later in the year: another grant of the carer's is
    /// approved or paid in it (cancelled and declined ones do not count).
    /// </summary>
    public const string IsLaterSql = """
        EXISTS (SELECT 1 FROM grant_application o
                WHERE o.carer_id = g.carer_id AND o.financial_year = @Year AND o.status IN ('approved', 'paid') AND o.id <> g.id)
        """;

    public const string MergedReason = "Approved on a second record of the same carer, since merged into this one.";

    /// <summary>
    /// Before a merge moves the grants of record @Drop to record @Keep (CarerMerge runs it): in each year
    /// where both have a grant, the surviving record's first grant stays the first, and the moved record's
    /// become later in the year, with <see cref="MergedReason"/> where the officer gave none. Run it in the
    /// merge's transaction, before the grants' carer_id changes (the unique index is checked row by row).
    /// </summary>
    public const string BeforeMergeSql = $"""
        UPDATE grant_application g SET later_in_year = true, override_reason = COALESCE(g.override_reason, '{MergedReason}'), version = g.version + 1
        WHERE g.carer_id = @Drop AND g.status IN ('approved', 'paid') AND NOT g.later_in_year
          AND EXISTS (SELECT 1 FROM grant_application o
                      WHERE o.carer_id = @Keep AND o.financial_year = g.financial_year AND o.status IN ('approved', 'paid'))
        """;

    public static Task<int> BeforeMergeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid fromCarerId, Guid intoCarerId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(BeforeMergeSql, new { Drop = fromCarerId, Keep = intoCarerId }, transaction, cancellationToken: ct));
}
