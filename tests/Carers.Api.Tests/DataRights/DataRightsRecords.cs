using Carers.Api.Infrastructure;
using Carers.Api.Infrastructure.Auth;
using Carers.Api.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Carers.Api.Tests.DataRights;

/// <summary>Seeds one of every kind of record for a carer, each marked with a tag, so an export can be checked for what it holds and what it must not.</summary>
public static class DataRightsRecords
{
    public static HttpClient DataProtection(this ApiFixture api, string subject = "dpo-1") => api.ClientAs(Roles.DataProtection, subject);

    /// <summary>Every section of the export's JSON.</summary>
    public static readonly string[] Sections =
    [
        "about", "carer", "mergedRecords", "caringRelationships", "consents", "reportedConsents", "partnerReferrals", "partnerSupport", "assessments",
        "assessmentHistory", "supportPlans", "grants", "breaks", "sittingWeeks", "emergencyCards", "emergencyPlans", "gpFlags", "gpIdentification",
        "gpContactAttempts", "possibleDuplicateRecords", "informationRequests", "complaintsAndCompliments", "surveyParticipation", "historicRecords",
        "historicEvents", "eventsSentToPartners", "subjectAccessRequests", "recordChanges", "accesses",
    ];

    /// <summary>One row of every kind for <paramref name="carerId"/>; free text carries <paramref name="tag"/>. <paramref name="nhsNumber"/> links GP rows.</summary>
    public static async Task SeedEverythingAsync(string connectionString, Guid carerId, string tag, string nhsNumber, string card, Guid? sharedCaredFor = null)
    {
        const string Sql = """
            WITH p AS (
                INSERT INTO cared_for_person (given_name, family_name, date_of_birth, postcode, nhs_number)
                SELECT 'Cared', 'Person' || @Tag, '1940-01-01', 'LU1 1AA', NULL WHERE @Shared::uuid IS NULL RETURNING id
            ), r AS (
                INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on, given_name, family_name, postcode)
                SELECT @Carer, COALESCE(@Shared::uuid, (SELECT id FROM p)), 'parent', 'frailty', 20, true, '2020-01-01', 'Mum', 'Given' || @Tag, 'LU2 2BB' RETURNING id
            ), a AS (
                INSERT INTO assessment (carer_id, kind, status, requested_by, completed_at, eligible, assessor_notes, answers)
                VALUES (@Carer, 'adult', 'completed', 'test', now(), true, 'Notes' || @Tag, jsonb_build_object('aboutYourCaring', 'Answer' || @Tag)) RETURNING id
            ), ae AS (
                INSERT INTO assessment_event (assessment_id, from_status, to_status, by_subject, by_role, note) SELECT id, NULL, 'requested', 'test', 'Staff.Assessor', 'Step' || @Tag FROM a
            ), s AS (
                INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on)
                SELECT id, @Carer, 'Needs' || @Tag, 'Eligible', '[{"need":"Rest","howMet":"Sitting","status":"notStarted"}]', 0, current_date + 300 FROM a
            ), g AS (
                INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, decided_at, decided_by, approved_on)
                SELECT @Carer, @Year, 'adults', 'break', 10000, 'Helps' || @Tag, 'approved', id, now(), 'officer', current_date FROM a
            ), e AS (
                INSERT INTO emergency_plan (carer_id, relationship_id, content, reviewed_on, next_review_on)
                SELECT @Carer, id, jsonb_build_object('careNeeded', 'Plan' || @Tag), current_date, current_date + 365 FROM r
            ), b AS (
                INSERT INTO break_booking (carer_id, relationship_id, break_type, starts_on, ends_on, status, source, decision_reason)
                SELECT @Carer, id, 'sitting', current_date, current_date, 'completed', 'imported', 'Break' || @Tag FROM r
            ), h AS (
                INSERT INTO historic_import (uploaded_by, file_sha256, status, finished_at) VALUES ('test', sha256(convert_to(@Tag || @Carer::text, 'UTF8')), 'completed', now()) RETURNING id
            ), hp AS (
                INSERT INTO historic_person (source_person_id, carer_id, import_id, matched_by) SELECT 'Old' || @Tag, @Carer, id, 'new' FROM h RETURNING source_person_id, import_id
            ), he AS (
                INSERT INTO historic_event (source_event_id, source_person_id, import_id, kind, record_id) SELECT 'OldEvent' || @Tag, source_person_id, import_id, 'assessment', 'Rec' || @Tag FROM hp
            ), pr AS (
                INSERT INTO partner_referral (carer_id, partner, referred_by, matched_by, reason) VALUES (@Carer, 'Chums', 'chums-system', 'new', 'Referral' || @Tag) RETURNING id
            ), rc AS (
                INSERT INTO reported_consent (referral_id, carer_id, partner, purpose, basis, given_on, reported_by) SELECT id, @Carer, 'Chums', 'shareWithChums', 'self', current_date, 'chums' FROM pr
            )
            SELECT 1;
            INSERT INTO emergency_card (carer_id, card_number) VALUES (@Carer, @Card);
            INSERT INTO sitting_week_usage (carer_id, week_start, minutes) VALUES (@Carer, date_trunc('week', now())::date, 120);
            INSERT INTO consent (carer_id, purpose, basis, given_on, given_by) VALUES (@Carer, 'contactMe', 'self', current_date, 'test');
            INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, recorded_by, notes) VALUES (@Carer, 'Chums', 'advice', current_date, 30, 'chums', 'Support' || @Tag);
            INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source)
            VALUES ('A12345', decode(md5(@Tag || @Carer::text), 'hex'), @Nhs, NULL, '224484003', true, 'active', current_date, true, 'fhir');
            INSERT INTO gp_identified_person (nhs_number, ods_code, is_carer, latest_flag_on, status) VALUES (@Nhs, 'A12345', true, current_date, 'contacted');
            INSERT INTO gp_contact_attempt (nhs_number, outcome, note, attempted_by) VALUES (@Nhs, 'couldNotReach', 'Attempt' || @Tag, 'officer');
            INSERT INTO information_request (carer_id, subject, title, format, requested_on, due_on) VALUES (@Carer, 'leaflet', 'Leaflet' || @Tag, 'largePrint', current_date, current_date + 10);
            INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
            VALUES (@Carer, 'compliment', 'other', 'Thanks' || @Tag, 'online', now(), current_date, 'test', 'recorded');
            INSERT INTO survey_year (financial_year, status, closes_on, opened_by, closed_by, closed_at)
            VALUES (@Year - 1, 'closed', make_date(@Year, 3, 31), 'test', 'test', now()) ON CONFLICT DO NOTHING;
            INSERT INTO survey_participation (financial_year, carer_id) VALUES (@Year - 1, @Carer);
            INSERT INTO outbox_message (event_type, partner, carer_id, payload) VALUES ('carer.referred', 'Chums', @Carer, jsonb_build_object('tag', @Tag));
            INSERT INTO subject_access_request (carer_id, received_on, received_by, requester, identity_verified_by, due_on, recorded_by)
            VALUES (@Carer, current_date, 'post', 'carer', 'Checked' || @Tag, (current_date + interval '1 month')::date, 'dpo');
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.ExecuteAsync(Sql, new
        {
            Carer = carerId, Tag = tag, Nhs = nhsNumber, Card = card, Shared = sharedCaredFor,
            Year = global::Carers.Api.Domain.FinancialYear.Of(DateOnly.FromDateTime(DateTime.Today)),
        });
    }

    /// <summary>An audit row about the carer, written through the one audit helper (as the "audit" part makes every read do).</summary>
    public static async Task AuditAboutAsync(string connectionString, Guid carerId, string action, string role, AccessReason? reason, string subject = "officer-x")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await AuditLog.WriteAsync(connection, null, new AuditEntry(new Caller(subject, role, null, null), action, "carer",
            carerId.ToString(), AuditOutcome.Success, CarerId: carerId, AccessReason: reason), CancellationToken.None);
    }
}
