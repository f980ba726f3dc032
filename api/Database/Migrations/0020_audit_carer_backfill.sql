-- 0020: carer_id on the audit rows written before 0019, where the carer can be worked out (decision 0025).
-- audit_event is append-only (its row trigger refuses UPDATE and DELETE). This is the one time rows are
-- changed: the row trigger is switched off, carer_id (and nothing else) is filled in, and the trigger is
-- switched back on, all in this migration's one transaction, so no other session ever sees the table
-- without its guard. The TRUNCATE trigger stays on throughout. AuditTests prove UPDATE, DELETE and
-- TRUNCATE are refused afterwards.
ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete;

-- A row about a carer's record names the carer.
UPDATE audit_event a SET carer_id = c.id
FROM carer c
WHERE a.carer_id IS NULL AND a.record_type = 'carer' AND a.record_id = c.id::text;

-- A row about one of a carer's records names the carer the record belongs to.
UPDATE audit_event a SET carer_id = r.carer_id
FROM (
    SELECT 'assessment' AS record_type, id::text AS record_id, carer_id FROM assessment
    UNION ALL SELECT 'grantApplication', id::text, carer_id FROM grant_application
    UNION ALL SELECT 'breakBooking', id::text, carer_id FROM break_booking
    UNION ALL SELECT 'feedback', id::text, carer_id FROM feedback
    UNION ALL SELECT 'informationRequest', id::text, carer_id FROM information_request
    UNION ALL SELECT 'caringRelationship', id::text, carer_id FROM caring_relationship
    UNION ALL SELECT 'emergencyPlan', id::text, carer_id FROM emergency_plan
    UNION ALL SELECT 'outboxMessage', id::text, carer_id FROM outbox_message WHERE carer_id IS NOT NULL
    UNION ALL SELECT 'gpIdentifiedPerson', nhs_number, id FROM carer WHERE nhs_number IS NOT NULL
) r
WHERE a.carer_id IS NULL AND a.record_type = r.record_type AND a.record_id = r.record_id;

ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete;

-- "Who has seen your record" reads the rows of the carer's record and of any record merged into it.
CREATE INDEX carer_merged_into_idx ON carer (merged_into) WHERE merged_into IS NOT NULL;
