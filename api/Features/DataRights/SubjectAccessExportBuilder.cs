using Carers.Api.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Features.DataRights;

/// <summary>
/// Builds the subject access export of one carer (ExportMyData and ExportSubjectAccessRequest share it):
/// the live record and every record merged into it (decision 0021), in two round trips: one finds the
/// records, one batch reads every section and writes the export's audit row. No query per row.
/// <see cref="Covered"/> names, as data, every table column that refers to a carer and where the export
/// shows it; a schema test (ExportMyDataTests) fails when a new one is in neither list (decision 0026).
/// </summary>
public static class SubjectAccessExportBuilder
{
    /// <summary>Every table column that refers to a carer, and the section of the export that shows what it holds.</summary>
    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["carer.merged_into"] = "carer, mergedRecords",
        ["caring_relationship.carer_id"] = "caringRelationships (what the carer gave of the cared-for person)",
        ["consent.carer_id"] = "consents (every purpose, with its history)",
        ["reported_consent.carer_id"] = "reportedConsents",
        ["partner_referral.carer_id"] = "partnerReferrals",
        ["partner_support.carer_id"] = "partnerSupport",
        ["gp_flag.carer_id"] = "gpFlags (also those matched by NHS number), gpIdentification, gpContactAttempts",
        ["assessment.carer_id"] = "assessments (answers, decision, assessor's notes), assessmentHistory",
        ["support_plan.carer_id"] = "supportPlans",
        ["grant_application.carer_id"] = "grants",
        ["emergency_card.carer_id"] = "emergencyCards (and every look-up of the card in accesses)",
        ["emergency_plan.carer_id"] = "emergencyPlans",
        ["break_booking.carer_id"] = "breaks",
        ["sitting_week_usage.carer_id"] = "sittingWeeks",
        ["information_request.carer_id"] = "informationRequests",
        ["feedback.carer_id"] = "complaintsAndCompliments",
        ["survey_participation.carer_id"] = "surveyParticipation (the years only: answers are not linked to anyone)",
        ["historic_person.carer_id"] = "historicRecords, historicEvents",
        ["match_candidate.carer_id"] = "possibleDuplicateRecords (without the other record)",
        ["match_candidate.candidate_id"] = "possibleDuplicateRecords (without the other record)",
        ["outbox_message.carer_id"] = "eventsSentToPartners (kind, partner and when; the contents are the sections above)",
        ["subject_access_request.carer_id"] = "subjectAccessRequests",
        ["retention_review.carer_id"] = "retentionReviews (the closure, the review for anonymising and its decision)",
        ["audit_event.carer_id"] = "recordChanges, accesses",
    };

    /// <summary>
    /// Table columns that refer to a carer and are deliberately not exported, each with the reason
    /// (the notices, which the carer reads in their account with the words as sent).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LeftOut = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Decision 0037: every notice, with its words as sent, is the carer's to read at any time (ListMyNotices); the export adds them next.
        ["carer_notice.carer_id"] = "the notices we sent you, with their words, are in your account under Notices (GET /api/me/notices)",
    };

    public const string WhatIsLeftOut =
        "Officers' names (each entry says which team or organisation and role acted); what other people told us about the "
        + "people you care for, such as their date of birth and NHS number; the other record of a possible duplicate; and "
        + "your survey answers, which are kept apart from your name so nobody can link them to you; and the notices we sent you, "
        + "which you can read with their words as sent in your account under Notices.";

    private const string RecordsSql = """
        SELECT id, account_subject, nhs_number FROM carer
        WHERE id = (SELECT COALESCE(merged_into, id) FROM carer WHERE id = @CarerId)
           OR merged_into = (SELECT COALESCE(merged_into, id) FROM carer WHERE id = @CarerId)
        ORDER BY merged_into IS NOT NULL, id
        """;

    private const string CarerColumns = """
        id, given_name, family_name, date_of_birth, email, phone, address_line1, address_line2, town, postcode, preferred_language,
        preferred_contact_channel, reasonable_adjustments AS reasonable_adjustment_codes, ethnicity, employment_status, education_status, nhs_number, claimed_nhs_number,
        gp_practice_ods_code, gp_carer_status, gp_status_on, identification_source, identified_at, registered_by,
        account_subject IS NOT NULL AS has_online_account, created_at, updated_at, closed_at
        """;

    // Reads run after the audit insert in the same batch, so the export lists itself among the accesses.
    private const string SectionsSql = $"""
        {AuditLog.Into} VALUES ({AuditLog.ActorValues}, @Action, @RecordType, @RecordId, @Outcome, NULL, @CarerId, @AccessReason);
        SELECT {CarerColumns} FROM carer WHERE id = ANY(@Ids) ORDER BY merged_into IS NOT NULL, closed_at, id;
        SELECT r.id AS relationship_id, COALESCE(r.given_name, p.given_name) AS given_name, COALESCE(r.family_name, p.family_name) AS family_name,
               COALESCE(r.postcode, p.postcode) AS postcode, r.relationship, r.main_need, r.hours_per_week, r.lives_with_carer, r.started_on, r.ended_on, r.created_at
        FROM caring_relationship r JOIN cared_for_person p ON p.id = r.cared_for_person_id
        WHERE r.carer_id = ANY(@Ids) ORDER BY r.started_on, r.id;
        SELECT purpose, basis, given_on, given_at, withdrawn_on, withdrawn_at FROM consent WHERE carer_id = ANY(@Ids) ORDER BY given_at, id;
        SELECT partner, purpose, basis, given_on, reported_at, status, answered_at FROM reported_consent WHERE carer_id = ANY(@Ids) ORDER BY reported_at, referral_id;
        SELECT partner, matched_by, reason, referred_at FROM partner_referral WHERE carer_id = ANY(@Ids) ORDER BY referred_at, id;
        SELECT partner, support_type, given_on, duration_minutes, notes, recorded_at, source FROM partner_support WHERE carer_id = ANY(@Ids) ORDER BY given_on, id;
        SELECT id, kind, status, self_assessment, requested_at, scheduled_for, reoffer_on, submitted_at, eligible, assessor_notes, completed_at, source,
               answers::text AS answers_json, decision::text AS decision_json
        FROM assessment WHERE carer_id = ANY(@Ids) ORDER BY requested_at, id;
        SELECT e.assessment_id, e.from_status, e.to_status, e.at, e.by_role, e.note
        FROM assessment_event e JOIN assessment a ON a.id = e.assessment_id WHERE a.carer_id = ANY(@Ids) ORDER BY e.at, e.id;
        SELECT id, assessment_id, needs, eligible_needs, personal_budget_pence, next_review_on, created_at, updated_at,
               actions::text AS actions_json, direct_payment::text AS direct_payment_json
        FROM support_plan WHERE carer_id = ANY(@Ids) ORDER BY created_at, id;
        SELECT id, financial_year, pot, purpose, amount_pence, helps_with, status, submitted_at, decided_at, approved_on, decline_reason, override_reason,
               paid_on, payment_reference, cancelled_at, later_in_year, source
        FROM grant_application WHERE carer_id = ANY(@Ids) ORDER BY submitted_at, id;
        SELECT b.id, b.relationship_id, p.name AS provider, b.break_type, b.starts_on, b.ends_on, b.sitting_minutes, b.emergency, b.status, b.requested_at,
               b.decision_reason, b.source
        FROM break_booking b LEFT JOIN break_provider p ON p.id = b.provider_id WHERE b.carer_id = ANY(@Ids) ORDER BY b.starts_on, b.id;
        SELECT week_start, minutes FROM sitting_week_usage WHERE carer_id = ANY(@Ids) ORDER BY week_start;
        SELECT card_number, issued_at FROM emergency_card WHERE carer_id = ANY(@Ids) ORDER BY issued_at;
        SELECT id, relationship_id, reviewed_on, next_review_on, created_at, updated_at, content::text AS content_json
        FROM emergency_plan WHERE carer_id = ANY(@Ids) ORDER BY created_at, id;
        SELECT ods_code, snomed_code, is_carer, status, recorded_on, consent_to_contact, source, received_at
        FROM gp_flag WHERE carer_id = ANY(@Ids) OR nhs_number = ANY(@NhsNumbers::bpchar[]) ORDER BY recorded_on, id;
        SELECT ods_code, is_carer, latest_flag_on, status, first_flagged_at FROM gp_identified_person WHERE nhs_number = ANY(@NhsNumbers::bpchar[]);
        SELECT outcome, note, attempted_at FROM gp_contact_attempt WHERE nhs_number = ANY(@NhsNumbers::bpchar[]) ORDER BY attempted_at, id;
        SELECT kind, reason, status, found_at, resolved_at FROM match_candidate
        WHERE carer_id = ANY(@Ids) OR candidate_id = ANY(@Ids) ORDER BY found_at, id;
        SELECT id, subject, title, description, format, language, requested_at, due_on, status, sent_at, sent_method, unable_reason
        FROM information_request WHERE carer_id = ANY(@Ids) ORDER BY requested_at, id;
        SELECT id, kind, about, body, received_via, received_at, status, acknowledged_at, response_due_on, responded_at, outcome, response,
               what_will_change, ombudsman_advice
        FROM feedback WHERE carer_id = ANY(@Ids) ORDER BY received_at, id;
        SELECT DISTINCT financial_year FROM survey_participation WHERE carer_id = ANY(@Ids) ORDER BY financial_year;
        SELECT source_person_id, matched_by, created_at FROM historic_person WHERE carer_id = ANY(@Ids) ORDER BY created_at, source_person_id;
        SELECT e.source_event_id, e.kind, e.record_id, e.created_at
        FROM historic_event e JOIN historic_person p ON p.source_person_id = e.source_person_id
        WHERE p.carer_id = ANY(@Ids) ORDER BY e.created_at, e.source_event_id;
        SELECT event_type, partner, occurred_at, delivered_at FROM outbox_message WHERE carer_id = ANY(@Ids) ORDER BY occurred_at, id;
        SELECT received_on, received_by, requester, representative_name, representative_relationship, identity_verified_by, due_on, extended_to, extension_reason,
               status, sent_on, refusal_reason
        FROM subject_access_request WHERE carer_id = ANY(@Ids) ORDER BY received_on, id;
        SELECT closed_reason, closed_on, due_on, status, decided_at, rejection_reason, anonymised_at
        FROM retention_review WHERE carer_id = ANY(@Ids) ORDER BY due_on, id;
        SELECT occurred_at, action, record_type, record_id, outcome, actor_subject = ANY(@Subjects) AS by_you, actor_role, actor_organisation, access_reason
        FROM (SELECT * FROM audit_event WHERE carer_id = ANY(@Ids)
              UNION
              SELECT * FROM audit_event WHERE carer_id IS NULL AND record_type = 'carer' AND record_id = ANY(@IdTexts)) a
        ORDER BY occurred_at, id;
        """;

    /// <summary>Reads are these actions; every other audited action changed something.</summary>
    private static readonly string[] ReadPrefixes = ["Get", "List", "Search", "Export", "LookUp"];

    public sealed record Records(Guid Id, IReadOnlyList<Guid> Ids, IReadOnlyList<string> Subjects, IReadOnlyList<string> NhsNumbers);

    /// <summary>The live record of <paramref name="carerId"/> (following a merge) and the records merged into it; null when there is none.</summary>
    public static async Task<Records?> FindAsync(NpgsqlConnection connection, Guid carerId, CancellationToken ct)
    {
        var rows = (await connection.QueryAsync<(Guid Id, string? AccountSubject, string? NhsNumber)>(
            new CommandDefinition(RecordsSql, new { CarerId = carerId }, cancellationToken: ct))).ToList();
        if (rows.Count == 0) return null;
        return new Records(rows[0].Id, rows.Select(r => r.Id).ToList(),
            rows.Where(r => r.AccountSubject is not null).Select(r => r.AccountSubject!).ToList(),
            rows.Where(r => r.NhsNumber is not null).Select(r => r.NhsNumber!.Trim()).ToList());
    }

    /// <summary>Reads every section and writes <paramref name="audit"/> in the same batch.</summary>
    public static async Task<SubjectAccessExport> BuildAsync(NpgsqlConnection connection, Records records, AuditEntry audit, string producedFor,
        DateTimeOffset now, CancellationToken ct)
    {
        var parameters = AuditLog.ActorParameters(audit.Actor,
            new { audit.Action, audit.RecordType, audit.RecordId, audit.Outcome, audit.CarerId }, audit.AccessReason);
        parameters.Add("Ids", records.Ids.ToArray());
        parameters.Add("IdTexts", records.Ids.Select(i => i.ToString()).ToArray());
        parameters.Add("Subjects", records.Subjects.ToArray());
        parameters.Add("NhsNumbers", records.NhsNumbers.ToArray());
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(SectionsSql, parameters, cancellationToken: ct));
        var carers = (await grid.ReadAsync<ExportedCarer>()).ToList();
        var caring = (await grid.ReadAsync<ExportedCaringRelationship>()).ToList();
        var consents = (await grid.ReadAsync<ExportedConsent>()).ToList();
        var reported = (await grid.ReadAsync<ExportedReportedConsent>()).ToList();
        var referrals = (await grid.ReadAsync<ExportedPartnerReferral>()).ToList();
        var support = (await grid.ReadAsync<ExportedPartnerSupport>()).ToList();
        var assessments = (await grid.ReadAsync<ExportedAssessment>()).ToList();
        var steps = (await grid.ReadAsync<ExportedAssessmentStep>()).ToList();
        var plans = (await grid.ReadAsync<ExportedSupportPlan>()).ToList();
        var grants = (await grid.ReadAsync<ExportedGrant>()).ToList();
        var breaks = (await grid.ReadAsync<ExportedBreak>()).ToList();
        var sitting = (await grid.ReadAsync<ExportedSittingWeek>()).ToList();
        var cards = (await grid.ReadAsync<ExportedEmergencyCard>()).ToList();
        var emergencyPlans = (await grid.ReadAsync<ExportedEmergencyPlan>()).ToList();
        var gpFlags = (await grid.ReadAsync<ExportedGpFlag>()).ToList();
        var gpIdentified = (await grid.ReadAsync<ExportedGpIdentification>()).ToList();
        var gpContacts = (await grid.ReadAsync<ExportedGpContactAttempt>()).ToList();
        var matches = (await grid.ReadAsync<ExportedMatch>()).ToList();
        var information = (await grid.ReadAsync<ExportedInformationRequest>()).ToList();
        var feedback = (await grid.ReadAsync<ExportedFeedback>()).ToList();
        var survey = (await grid.ReadAsync<ExportedSurveyYear>()).ToList();
        var historic = (await grid.ReadAsync<ExportedHistoricRecord>()).ToList();
        var historicEvents = (await grid.ReadAsync<ExportedHistoricEvent>()).ToList();
        var events = (await grid.ReadAsync<ExportedPartnerEvent>()).ToList();
        var requests = (await grid.ReadAsync<ExportedSubjectAccessRequest>()).ToList();
        var retention = (await grid.ReadAsync<ExportedRetentionReview>()).ToList();
        var audited = (await grid.ReadAsync<ExportedAuditEvent>()).ToList();
        var isRead = audited.ToLookup(a => ReadPrefixes.Any(p => a.Action.StartsWith(p, StringComparison.Ordinal)));

        return new SubjectAccessExport
        {
            About = new About(now, producedFor, "Luton Borough Council", "Data Protection Officer, Luton Borough Council",
                "data.protection@luton.gov.uk", "01582 546000", "Town Hall, George Street, Luton LU1 2BQ", WhatIsLeftOut),
            Carer = carers.Single(c => c.Id == records.Id),
            MergedRecords = carers.Where(c => c.Id != records.Id).ToList(),
            CaringRelationships = caring,
            Consents = consents,
            ReportedConsents = reported,
            PartnerReferrals = referrals,
            PartnerSupport = support,
            Assessments = assessments,
            AssessmentHistory = steps,
            SupportPlans = plans,
            Grants = grants,
            Breaks = breaks,
            SittingWeeks = sitting,
            EmergencyCards = cards,
            EmergencyPlans = emergencyPlans,
            GpFlags = gpFlags,
            GpIdentification = gpIdentified,
            GpContactAttempts = gpContacts,
            PossibleDuplicateRecords = matches,
            InformationRequests = information,
            ComplaintsAndCompliments = feedback,
            SurveyParticipation = survey,
            HistoricRecords = historic,
            HistoricEvents = historicEvents,
            EventsSentToPartners = events,
            SubjectAccessRequests = requests,
            RetentionReviews = retention,
            RecordChanges = isRead[false].ToList(),
            Accesses = isRead[true].ToList(),
        };
    }
}
