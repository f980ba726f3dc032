using Dapper;
using Npgsql;

namespace Carers.Api.Features.Matching;

/// <summary>
/// Merging two records of one carer: everything the dropped record holds moves to the kept one,
/// in the caller's transaction, and the dropped record stays, closed, pointing at the kept one.
/// <see cref="Parts"/> is the one list of every table column that refers to a carer and what a
/// merge does with it; <see cref="CarerColumns"/> says what happens to each column of the carer
/// row itself. A schema test (ResolveMatchCandidateTests) fails when a table or column is added that
/// neither list names: add yours here, with its rule (decision 0021).
/// </summary>
public static class CarerMerge
{
    /// <summary>
    /// One table column that refers to a carer, the rule the merge follows for it, and the
    /// statements that carry the rule out, in order (none for what stays as history). The rows
    /// the last statement touches are reported as what moved. Parameters: @Keep, @Drop, @By.
    /// </summary>
    public sealed record Part(string Table, string Column, string Key, string Rule, params string[] Sql);

    public static readonly IReadOnlyList<Part> Parts =
    [
        new("caring_relationship", "carer_id", "caredForPeople", "moved",
            "UPDATE caring_relationship SET carer_id = @Keep WHERE carer_id = @Drop"),
        // Consent a partner reported and the carer has not confirmed (decision 0024): it moves, one
        // awaiting per purpose; and a consent in force only because a partner referred a person nobody
        // knew goes back to awaiting the carer, so a merge never opens the other record to that partner.
        // Runs before the consents move.
        new("reported_consent", "carer_id", "reportedConsents", "moved; a partner's unconfirmed consent awaits the carer again",
            Consents.ReportedConsents.MergeSql),
        // One consent per purpose is in force at a time: where both records have one, the kept
        // record's stands and the other is closed (withdrawn by the merge), then the history moves.
        new("consent", "carer_id", "consents", "moved; a purpose in force on both keeps the kept record's consent",
            """
            UPDATE consent d SET withdrawn_at = now(), withdrawn_on = current_date, withdrawn_by = 'merge:' || @By
            WHERE d.carer_id = @Drop AND d.withdrawn_at IS NULL
              AND EXISTS (SELECT 1 FROM consent k WHERE k.carer_id = @Keep AND k.purpose = d.purpose AND k.withdrawn_at IS NULL)
            """,
            "UPDATE consent SET carer_id = @Keep WHERE carer_id = @Drop"),
        new("partner_referral", "carer_id", "partnerReferrals", "moved",
            "UPDATE partner_referral SET carer_id = @Keep WHERE carer_id = @Drop"),
        new("partner_support", "carer_id", "partnerSupport", "moved",
            "UPDATE partner_support SET carer_id = @Keep WHERE carer_id = @Drop"),
        new("gp_flag", "carer_id", "gpFlags", "moved",
            "UPDATE gp_flag SET carer_id = @Keep WHERE carer_id = @Drop"),
        new("assessment", "carer_id", "assessments", "moved",
            "UPDATE assessment SET carer_id = @Keep WHERE carer_id = @Drop"),
        new("support_plan", "carer_id", "supportPlans", "moved",
            "UPDATE support_plan SET carer_id = @Keep WHERE carer_id = @Drop"),
        // One grant a year (OneGrantAYear, decision 0011): where both records hold an approved or paid
        // grant of the same financial year, the kept record's first grant stays the year's first and
        // the moved ones become later in the year, with a reason saying why, so the database's guard
        // holds and a further application that year is a later grant too. All grant handling of a merge is here.
        new("grant_application", "carer_id", "grants", "moved; a second grant of the same year on the two records is marked as later in the year",
            Grants.OneGrantAYear.BeforeMergeSql,
            "UPDATE grant_application SET carer_id = @Keep WHERE carer_id = @Drop"),
        // One card a carer: the kept record's card stands; the dropped record's card moves only when
        // the kept record has none. A card left on the dropped record still finds the kept record's
        // plans (LookUpEmergencyPlan follows merged_into), so a card in someone's wallet keeps working.
        new("emergency_card", "carer_id", "emergencyCard", "moved when the kept record has no card; else stays on the closed record and leads to the kept one",
            """
            UPDATE emergency_card SET carer_id = @Keep
            WHERE carer_id = @Drop AND NOT EXISTS (SELECT 1 FROM emergency_card k WHERE k.carer_id = @Keep)
            """),
        new("emergency_plan", "carer_id", "emergencyPlans", "moved",
            "UPDATE emergency_plan SET carer_id = @Keep WHERE carer_id = @Drop"),
        // Sitting minutes of the same week add up, capped at the weekly 240 by the table's CHECK: the
        // bookings themselves move whole, and the minutes over the cap are reported in the audit.
        new("sitting_week_usage", "carer_id", "sittingWeeks", "added up week by week, capped at 240 minutes",
            """
            INSERT INTO sitting_week_usage (carer_id, week_start, minutes)
            SELECT @Keep, week_start, minutes FROM sitting_week_usage WHERE carer_id = @Drop
            ON CONFLICT (carer_id, week_start) DO UPDATE SET minutes = LEAST(240, sitting_week_usage.minutes + excluded.minutes)
            """,
            "DELETE FROM sitting_week_usage WHERE carer_id = @Drop"),
        new("break_booking", "carer_id", "breaks", "moved",
            "UPDATE break_booking SET carer_id = @Keep WHERE carer_id = @Drop"),
        new("information_request", "carer_id", "informationRequests", "moved",
            "UPDATE information_request SET carer_id = @Keep WHERE carer_id = @Drop"),
        new("feedback", "carer_id", "feedback", "moved",
            "UPDATE feedback SET carer_id = @Keep WHERE carer_id = @Drop"),
        // The survey is answered once a year by a person: one participation a year survives.
        new("survey_participation", "carer_id", "surveyYears", "one row a year survives",
            """
            INSERT INTO survey_participation (financial_year, carer_id)
            SELECT financial_year, @Keep FROM survey_participation WHERE carer_id = @Drop
            ON CONFLICT DO NOTHING
            """,
            "DELETE FROM survey_participation WHERE carer_id = @Drop"),
        // A subject access request is about the person: it follows them to the kept record (decision 0026).
        new("subject_access_request", "carer_id", "subjectAccessRequests", "moved",
            "UPDATE subject_access_request SET carer_id = @Keep WHERE carer_id = @Drop"),
        new("historic_person", "carer_id", "historicPeople", "moved",
            "UPDATE historic_person SET carer_id = @Keep WHERE carer_id = @Drop"),
        // Notices were sent to the person: the kept record's carer sees them (decision 0037).
        new("carer_notice", "carer_id", "notices", "moved",
            "UPDATE carer_notice SET carer_id = @Keep WHERE carer_id = @Drop"),
        // Events already written say what happened to the record they name, and an event's body
        // never changes under its id (a partner dedupes on it): they stay. The merge writes
        // carer.updated for the kept record instead, so partners read it afresh.
        new("outbox_message", "carer_id", "events", "stays as history"),
        // A record past its retention date is closed and reviewed on its own (decision 0027): its review stays with it.
        new("retention_review", "carer_id", "retentionReviews", "stays with the dropped record"),
        // Audit rows are append-only (the database refuses UPDATE): who looked at the dropped record stays with it.
        new("audit_event", "carer_id", "auditEvents", "stays as history"),
        // Open matches naming the dropped record name the kept one instead; one that would pair the
        // kept record with itself, or repeat a pair already queued, is closed as superseded.
        // Decided matches stay as history.
        new("match_candidate", "carer_id", "openMatchesSuperseded", "open matches move to the kept record, or are superseded",
            """
            UPDATE match_candidate m SET status = 'superseded', resolved_at = now(), resolved_by = 'merge:' || @By
            FROM (SELECT id, CASE WHEN carer_id = @Drop THEN candidate_id ELSE carer_id END AS other
                  FROM match_candidate WHERE status = 'open' AND @Drop IN (carer_id, candidate_id)) o
            WHERE m.id = o.id AND (o.other = @Keep OR EXISTS (
                SELECT 1 FROM match_candidate x WHERE x.id <> m.id
                  AND LEAST(x.carer_id, x.candidate_id) = LEAST(@Keep, o.other) AND GREATEST(x.carer_id, x.candidate_id) = GREATEST(@Keep, o.other)))
            """),
        new("match_candidate", "candidate_id", "openMatchesMoved", "open matches move to the kept record, or are superseded",
            """
            UPDATE match_candidate SET carer_id = CASE WHEN carer_id = @Drop THEN @Keep ELSE carer_id END,
                                       candidate_id = CASE WHEN candidate_id = @Drop THEN @Keep ELSE candidate_id END
            WHERE status = 'open' AND @Drop IN (carer_id, candidate_id)
            """),
        // Audit rows are append-only and stay as they were written: the dropped record's rows keep its id, and the
        // kept record's "who has seen your record" reads the rows of every record merged into it (decision 0025).
        new("audit_event", "carer_id", "auditRows", "stays as history; shown on the kept record through merged_into"),
        // Records merged into the dropped one earlier now point at the kept one, so merged_into is
        // always one step from a live record (A into B, then B into C: A points at C).
        new("carer", "merged_into", "earlierMerges", "earlier merges into the dropped record point at the kept record",
            "UPDATE carer SET merged_into = @Keep, version = version + 1, updated_at = now() WHERE merged_into = @Drop AND id <> @Drop"),
    ];

    /// <summary>What the merge does with each column of the carer row (the kept record's value unless said otherwise).</summary>
    public static readonly IReadOnlyDictionary<string, string> CarerColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "the kept record's",
        ["account_subject"] = "the dropped record's sign-in when the kept record has none (two sign-ins cannot merge)",
        ["registered_by"] = "from the record identified first",
        ["identification_source"] = "from the record identified first",
        ["identified_at"] = "the earlier of the two",
        ["given_name"] = "the kept record's",
        ["family_name"] = "the kept record's",
        ["date_of_birth"] = "the kept record's",
        ["postcode"] = "the kept record's",
        ["preferred_language"] = "the kept record's",
        ["preferred_contact_channel"] = "the kept record's",
        ["email"] = "the kept record's, else the dropped record's",
        ["phone"] = "the kept record's, else the dropped record's",
        ["address_line1"] = "the kept record's address, else the dropped record's when the postcodes agree",
        ["address_line2"] = "the kept record's address, else the dropped record's when the postcodes agree",
        ["town"] = "the kept record's address, else the dropped record's when the postcodes agree",
        ["reasonable_adjustments"] = "both records' adjustments",
        ["ethnicity"] = "the kept record's, else the dropped record's",
        ["employment_status"] = "the kept record's, else the dropped record's",
        ["education_status"] = "the kept record's, else the dropped record's",
        ["nhs_number"] = "the kept record's, else the dropped record's",
        ["claimed_nhs_number"] = "cleared once the kept record has a verified NHS number; else the kept record's claimed number, else the dropped record's (decision 0023)",
        ["gp_practice_ods_code"] = "the kept record's, else the dropped record's",
        ["gp_carer_status"] = "the GP status with the later flag date of the two (the latest GP flag wins)",
        ["gp_status_on"] = "the GP status with the later flag date of the two (the latest GP flag wins)",
        ["gp_status_ods_code"] = "the GP status with the later flag date of the two (the latest GP flag wins)",
        ["version"] = "a new version on both",
        ["created_at"] = "the kept record's",
        ["updated_at"] = "now on both",
        ["closed_at"] = "the dropped record is closed",
        ["merged_into"] = "the dropped record points at the kept record",
        ["closed_reason"] = "merged on the dropped record (decision 0027)",
        ["anonymised_at"] = "the kept record's (a record past its retention date is closed, and closed records are not matched)",
    };

    private const string TakeDroppedSql = """
        SELECT account_subject, nhs_number, claimed_nhs_number, gp_practice_ods_code, email, phone, address_line1, address_line2, town,
               reasonable_adjustments, ethnicity, employment_status, education_status, postcode,
               identified_at, identification_source, registered_by
        FROM carer WHERE id = @Drop
        """;

    private const string CloseDroppedSql = """
        UPDATE carer SET account_subject = NULL, nhs_number = NULL, claimed_nhs_number = NULL, merged_into = @Keep, closed_at = now(), closed_reason = 'merged',
            version = version + 1, updated_at = now()
        WHERE id = @Drop
        """;

    private const string KeepSql = """
        UPDATE carer k SET
            account_subject = COALESCE(k.account_subject, @AccountSubject),
            nhs_number = COALESCE(k.nhs_number, @NhsNumber),
            claimed_nhs_number = CASE WHEN COALESCE(k.nhs_number, @NhsNumber) IS NULL THEN COALESCE(k.claimed_nhs_number, @ClaimedNhsNumber) END,
            gp_practice_ods_code = COALESCE(k.gp_practice_ods_code, @GpPracticeOdsCode),
            email = COALESCE(k.email, @Email),
            phone = COALESCE(k.phone, @Phone),
            address_line1 = CASE WHEN k.address_line1 IS NULL AND k.postcode = @Postcode THEN @AddressLine1 ELSE k.address_line1 END,
            address_line2 = CASE WHEN k.address_line1 IS NULL AND k.postcode = @Postcode THEN @AddressLine2 ELSE k.address_line2 END,
            town = CASE WHEN k.address_line1 IS NULL AND k.postcode = @Postcode THEN @Town ELSE k.town END,
            reasonable_adjustments = ARRAY(SELECT DISTINCT a FROM unnest(k.reasonable_adjustments || @ReasonableAdjustments::text[]) AS a ORDER BY a),
            ethnicity = COALESCE(k.ethnicity, @Ethnicity),
            employment_status = COALESCE(k.employment_status, @EmploymentStatus),
            education_status = COALESCE(k.education_status, @EducationStatus),
            identification_source = CASE WHEN @IdentifiedAt < k.identified_at THEN @IdentificationSource ELSE k.identification_source END,
            registered_by = CASE WHEN @IdentifiedAt < k.identified_at THEN @RegisteredBy ELSE k.registered_by END,
            identified_at = LEAST(k.identified_at, @IdentifiedAt),
            version = k.version + 1, updated_at = now()
        WHERE k.id = @Keep
        """;

    // The latest GP flag wins (decision 0022): the dropped record's GP status when its flag is later.
    private const string LatestGpStatusSql = """
        UPDATE carer k SET gp_carer_status = d.gp_carer_status, gp_status_on = d.gp_status_on, gp_status_ods_code = d.gp_status_ods_code
        FROM carer d
        WHERE k.id = @Keep AND d.id = @Drop AND d.gp_status_on IS NOT NULL AND (k.gp_status_on IS NULL OR d.gp_status_on > k.gp_status_on)
        """;

    // Minutes over the weekly cap when the two records' sitting weeks are added up (reported, not kept).
    private const string SittingOverCapSql = """
        SELECT COALESCE(sum(GREATEST(0, k.minutes + d.minutes - 240)), 0)::int
        FROM sitting_week_usage k JOIN sitting_week_usage d ON d.week_start = k.week_start
        WHERE k.carer_id = @Keep AND d.carer_id = @Drop
        """;

    /// <summary>
    /// Moves everything from <paramref name="drop"/> to <paramref name="keep"/> inside the caller's
    /// transaction (which holds both carer rows locked) and answers how many rows of each kind moved.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> MergeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid keep, Guid drop, string by, CancellationToken cancellationToken)
    {
        var ids = new { Keep = keep, Drop = drop, By = by };
        var moved = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["sittingMinutesOverCap"] = await connection.ExecuteScalarAsync<int>(
                new CommandDefinition(SittingOverCapSql, ids, transaction, cancellationToken: cancellationToken)),
        };

        // Unique values (sign-in, NHS number) are freed on the dropped record before the kept one takes them.
        var dropped = await connection.QuerySingleAsync<DroppedRow>(new CommandDefinition(TakeDroppedSql, ids, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(CloseDroppedSql, ids, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(KeepSql, new
        {
            Keep = keep,
            dropped.AccountSubject,
            dropped.NhsNumber,
            dropped.ClaimedNhsNumber,
            dropped.GpPracticeOdsCode,
            dropped.Email,
            dropped.Phone,
            dropped.AddressLine1,
            dropped.AddressLine2,
            dropped.Town,
            dropped.ReasonableAdjustments,
            dropped.Ethnicity,
            dropped.EmploymentStatus,
            dropped.EducationStatus,
            dropped.Postcode,
            dropped.IdentifiedAt,
            dropped.IdentificationSource,
            dropped.RegisteredBy,
        }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(LatestGpStatusSql, ids, transaction, cancellationToken: cancellationToken));

        foreach (var part in Parts)
        {
            var rows = 0;
            foreach (var sql in part.Sql)
            {
                rows = await connection.ExecuteAsync(new CommandDefinition(sql, ids, transaction, cancellationToken: cancellationToken));
            }

            if (part.Sql.Length > 0) moved[part.Key] = rows;
        }

        return moved;
    }

    private sealed record DroppedRow
    {
        public string? AccountSubject { get; init; }
        public string? NhsNumber { get; init; }
        public string? ClaimedNhsNumber { get; init; }
        public string? GpPracticeOdsCode { get; init; }
        public string? Email { get; init; }
        public string? Phone { get; init; }
        public string? AddressLine1 { get; init; }
        public string? AddressLine2 { get; init; }
        public string? Town { get; init; }
        public string[] ReasonableAdjustments { get; init; } = [];
        public string? Ethnicity { get; init; }
        public string? EmploymentStatus { get; init; }
        public string? EducationStatus { get; init; }
        public string Postcode { get; init; } = "";
        public DateTime IdentifiedAt { get; init; }
        public string IdentificationSource { get; init; } = "";
        public string RegisteredBy { get; init; } = "";
    }
}
