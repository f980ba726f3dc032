using Dapper;
using Npgsql;

namespace Carers.Api.Features.Retention;

/// <summary>
/// Anonymising one record (decision 0027): who the person is goes, what the indicators and returns count stays.
/// <see cref="Parts"/> is the one list of every table that refers to a carer, with the columns anonymising removes
/// and the columns it keeps; a schema test (RunRetentionTests) fails when a table refers to a carer, or a text or JSON
/// column is added to one of these tables, that the list does not name. Free text becomes the word "Removed" (blank
/// stays blank, so "something was written" survives); JSON keeps its shape, numbers, booleans, dates and codes.
/// Dates of birth keep their year and every age the record's own dates imply (retention_birth_date); postcodes keep
/// their district. Ids, dates, codes, amounts, statuses and flags stay. Every statement is idempotent.
/// Parameters: @Id (the carer), @Removed (the placeholder).
/// </summary>
public static class RetentionAnonymiser
{
    public const string Removed = "Removed";

    /// <summary>One table that refers to a carer: the columns anonymising removes or reduces, those it keeps as they are, and the statements.</summary>
    public sealed record Part(string Table, string[] Removes, string[] Keeps, params string[] Sql);

    // The cared-for people this carer's relationships name whom no carer still on the record cares for: they go with the last of their carers.
    private const string OnlyTheirsSql = """
        SELECT p.id FROM cared_for_person p
        WHERE p.id IN (SELECT cared_for_person_id FROM caring_relationship WHERE carer_id = @Id)
          AND NOT EXISTS (SELECT 1 FROM caring_relationship o JOIN carer oc ON oc.id = o.carer_id
                          WHERE o.cared_for_person_id = p.id AND o.carer_id <> @Id AND oc.anonymised_at IS NULL)
        """;

    public static readonly IReadOnlyList<Part> Parts =
    [
        // The ages a cared-for person had on the dates of every carer's events about them stay the same (SALT LTS003 and the CLD read them).
        new("cared_for_person", ["given_name", "family_name", "date_of_birth", "postcode", "nhs_number"], [],
            $"""
            UPDATE cared_for_person p SET given_name = @Removed, family_name = @Removed, nhs_number = NULL,
                postcode = retention_district(p.postcode),
                date_of_birth = retention_birth_date(p.date_of_birth, retention_dates_of(ARRAY(
                    SELECT r.carer_id FROM caring_relationship r WHERE r.cared_for_person_id = p.id
                    UNION SELECT m.id FROM carer m JOIN caring_relationship r ON m.merged_into = r.carer_id WHERE r.cared_for_person_id = p.id)))
            WHERE p.id IN ({OnlyTheirsSql}) AND p.given_name <> @Removed
            """),
        new("caring_relationship", ["given_name", "family_name", "postcode"], ["relationship", "main_need"],
            """
            UPDATE caring_relationship SET given_name = CASE WHEN given_name IS NOT NULL THEN @Removed END,
                family_name = CASE WHEN family_name IS NOT NULL THEN @Removed END, postcode = retention_district(postcode)
            WHERE carer_id = @Id
            """),
        // The carer's own sign-in (in given_by, withdrawn_by, answered_by, requested_by, recorded_by when they acted themselves) becomes "carer".
        new("consent", ["given_by", "withdrawn_by"], ["purpose", "basis"],
            """
            UPDATE consent SET given_by = CASE WHEN given_by = (SELECT account_subject FROM carer WHERE id = @Id) THEN 'carer' ELSE given_by END,
                withdrawn_by = CASE WHEN withdrawn_by = (SELECT account_subject FROM carer WHERE id = @Id) THEN 'carer' ELSE withdrawn_by END
            WHERE carer_id = @Id
            """),
        new("reported_consent", ["answered_by"], ["partner", "purpose", "basis", "reported_by", "status"],
            """
            UPDATE reported_consent SET answered_by = CASE WHEN answered_by = (SELECT account_subject FROM carer WHERE id = @Id) THEN 'carer' ELSE answered_by END
            WHERE carer_id = @Id
            """),
        new("partner_referral", ["reason"], ["partner", "referred_by", "matched_by"],
            "UPDATE partner_referral SET reason = CASE WHEN btrim(reason) <> '' THEN @Removed ELSE reason END WHERE carer_id = @Id"),
        new("partner_support", ["notes"], ["partner", "support_type", "recorded_by", "source"],
            "UPDATE partner_support SET notes = CASE WHEN btrim(notes) <> '' THEN @Removed ELSE notes END WHERE carer_id = @Id"),
        // The NHS number goes; the flag stays counted as a flag with one (gpAnonymousFlags counts those without), under a
        // placeholder that cannot be an NHS number. The keyed hash is pseudonymous and keeps a replay recognised. The
        // practice's own identifier for the flag goes too (decision 0043): it is the GP system's to choose and may say who
        // the patient is; an identical resubmission is still recognised by the hash.
        new("gp_flag", ["nhs_number", "identifier_system", "identifier_value"], ["ods_code", "snomed_code", "status", "source", "subject_hash"],
            "UPDATE gp_flag SET nhs_number = 'ANONYMISED', identifier_system = NULL, identifier_value = NULL WHERE carer_id = @Id AND nhs_number IS NOT NULL"),
        new("assessment", ["answers", "decision", "assessor_notes", "requested_by"], ["kind", "status", "allocated_to", "completed_by", "source"],
            """
            UPDATE assessment SET answers = retention_scrub(answers), decision = retention_scrub(decision),
                assessor_notes = CASE WHEN btrim(assessor_notes) <> '' THEN @Removed ELSE assessor_notes END,
                requested_by = CASE WHEN requested_by = (SELECT account_subject FROM carer WHERE id = @Id) THEN 'carer' ELSE requested_by END
            WHERE carer_id = @Id
            """),
        new("support_plan", ["needs", "eligible_needs", "actions", "direct_payment"], [],
            """
            UPDATE support_plan SET needs = CASE WHEN btrim(needs) <> '' THEN @Removed ELSE needs END,
                eligible_needs = CASE WHEN btrim(eligible_needs) <> '' THEN @Removed ELSE eligible_needs END,
                actions = retention_scrub(actions), direct_payment = retention_scrub(direct_payment)
            WHERE carer_id = @Id
            """),
        new("grant_application", ["helps_with", "decline_reason", "override_reason"], ["pot", "purpose", "status", "decided_by", "payment_reference", "payment_batch", "source"],
            """
            UPDATE grant_application SET helps_with = CASE WHEN btrim(helps_with) <> '' THEN @Removed ELSE helps_with END,
                decline_reason = CASE WHEN btrim(decline_reason) <> '' THEN @Removed ELSE decline_reason END,
                override_reason = CASE WHEN btrim(override_reason) <> '' THEN @Removed ELSE override_reason END
            WHERE carer_id = @Id
            """),
        new("emergency_card", [], ["card_number"]),
        new("emergency_plan", ["content"], [],
            "UPDATE emergency_plan SET content = retention_scrub(content) WHERE carer_id = @Id"),
        new("sitting_week_usage", [], []),
        new("break_booking", ["decision_reason"], ["break_type", "status", "decided_by", "source"],
            "UPDATE break_booking SET decision_reason = CASE WHEN btrim(decision_reason) <> '' THEN @Removed ELSE decision_reason END WHERE carer_id = @Id"),
        new("information_request", ["title", "description", "unable_reason"], ["subject", "format", "language", "status", "sent_method", "closed_by"],
            """
            UPDATE information_request SET title = CASE WHEN btrim(title) <> '' THEN @Removed ELSE title END,
                description = CASE WHEN btrim(description) <> '' THEN @Removed ELSE description END,
                unable_reason = CASE WHEN btrim(unable_reason) <> '' THEN @Removed ELSE unable_reason END
            WHERE carer_id = @Id
            """),
        new("feedback", ["recorded_by", "body", "response", "what_will_change", "ombudsman_advice"],
            ["kind", "about", "received_via", "status", "acknowledged_by", "response_period_agreed_by", "responded_by", "outcome"],
            """
            UPDATE feedback SET recorded_by = CASE WHEN recorded_by = (SELECT account_subject FROM carer WHERE id = @Id) THEN 'carer' ELSE recorded_by END,
                body = CASE WHEN btrim(body) <> '' THEN @Removed ELSE body END,
                response = CASE WHEN btrim(response) <> '' THEN @Removed ELSE response END,
                what_will_change = CASE WHEN btrim(what_will_change) <> '' THEN @Removed ELSE what_will_change END,
                ombudsman_advice = CASE WHEN btrim(ombudsman_advice) <> '' THEN @Removed ELSE ombudsman_advice END
            WHERE carer_id = @Id
            """),
        new("survey_participation", [], []),
        // The old system's person id stays: importing the same file again must find this record, not make a new person.
        new("historic_person", [], ["source_person_id", "matched_by"]),
        // An event's body is what was sent; the copy kept here loses the personal data, the event's id and type stay
        // (and which instance holds it for delivery: no personal data, decision 0035).
        new("outbox_message", ["payload", "last_error"], ["event_type", "partner", "claimed_by"],
            """
            UPDATE outbox_message SET payload = retention_scrub(payload), last_error = NULL
            WHERE carer_id = @Id AND (payload <> retention_scrub(payload) OR last_error IS NOT NULL)
            """),
        new("match_candidate", ["claimed_nhs_number"], ["reason", "status", "resolved_by", "kind"],
            "UPDATE match_candidate SET claimed_nhs_number = NULL WHERE @Id IN (carer_id, candidate_id) AND claimed_nhs_number IS NOT NULL"),
        // A request for the carer's data: when and how it came and was answered stays (the deadline's record); who asked for them and the notes go.
        new("subject_access_request", ["representative_name", "representative_relationship", "identity_verified_by", "extension_reason", "refusal_reason"],
            ["received_by", "requester", "status", "recorded_by", "closed_by"],
            """
            UPDATE subject_access_request SET
                representative_name = CASE WHEN representative_name IS NOT NULL THEN @Removed END,
                representative_relationship = CASE WHEN representative_relationship IS NOT NULL THEN @Removed END,
                identity_verified_by = @Removed,
                extension_reason = CASE WHEN extension_reason IS NOT NULL THEN @Removed END,
                refusal_reason = CASE WHEN refusal_reason IS NOT NULL THEN @Removed END
            WHERE carer_id = @Id AND identity_verified_by <> @Removed
            """),
        // A notice's words and where it went go; what kind it was, how and when it went stay (decision 0037). One still
        // queued is never sent: it would carry the placeholder to nobody.
        new("carer_notice", ["recipient", "address_lines", "subject", "body"],
            ["kind", "source_key", "channel", "format", "language", "status", "claimed_by", "failure_reason", "last_error"],
            """
            UPDATE carer_notice SET recipient = CASE WHEN recipient IS NOT NULL THEN @Removed END,
                address_lines = CASE WHEN address_lines IS NOT NULL THEN ARRAY[@Removed, @Removed, @Removed] END,
                subject = @Removed, body = @Removed,
                failure_reason = CASE WHEN status = 'queued' THEN 'The record was anonymised before the notice was sent.' ELSE failure_reason END,
                status = CASE WHEN status = 'queued' THEN 'failed' ELSE status END
            WHERE carer_id = @Id AND body <> @Removed
            """),
        // Append-only (the database refuses UPDATE): who looked and why stays, pointing at the anonymised record by carer_id.
        new("audit_event", [], ["actor_subject", "actor_role", "actor_organisation", "action", "record_type", "record_id", "outcome", "reason", "access_reason"]),
        new("retention_review", [], ["closed_reason", "status", "decided_by", "rejection_reason", "failure_reason", "failure_detail"]),
        // The carer row last: the dates of birth above are worked out from this record's dates, which stay, and the
        // account subject is read above. Codes (ethnicity, employment, language, GP practice) stay: the indicators count them.
        new("carer",
            ["account_subject", "given_name", "family_name", "date_of_birth", "email", "phone", "address_line1", "address_line2", "town", "postcode",
             "nhs_number", "claimed_nhs_number"],
            ["registered_by", "preferred_language", "preferred_contact_channel", "reasonable_adjustments", "ethnicity", "employment_status", "education_status",
             "gp_practice_ods_code", "identification_source", "gp_carer_status", "gp_status_ods_code", "closed_reason"],
            """
            UPDATE carer c SET account_subject = NULL, given_name = @Removed, family_name = @Removed, email = NULL, phone = NULL,
                address_line1 = NULL, address_line2 = NULL, town = NULL, nhs_number = NULL, claimed_nhs_number = NULL,
                postcode = retention_district(c.postcode),
                date_of_birth = retention_birth_date(c.date_of_birth, retention_dates_of(ARRAY(SELECT @Id UNION SELECT id FROM carer WHERE merged_into = @Id))),
                anonymised_at = COALESCE(c.anonymised_at, now()), version = c.version + 1, updated_at = now()
            WHERE c.id = @Id AND c.anonymised_at IS NULL
            """),
    ];

    /// <summary>Anonymises one carer's record inside the caller's transaction (which holds the review row locked).</summary>
    public static async Task AnonymiseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid carerId, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(AllSql, new { Id = carerId, Removed }, transaction, cancellationToken: cancellationToken));

    // Every statement in order, sent as one batch: one round trip a record instead of one a statement.
    private static readonly string AllSql = string.Join(";\n", Parts.SelectMany(p => p.Sql));
}
