-- 0019: the audit log says whose record was seen, why, and from which organisation (SPEC §8; issue 15).
-- carer_id: the carer whose personal data the row is about (any record type: an assessment, a grant,
--   a list row), so a carer's "who has seen your record" and the subject access export read one index.
-- access_reason: why a member of staff read it (casework, review, duty, safeguarding,
--   dataProtectionRequest, report); null for the carer's own reads, partners and GP systems.
-- actor_organisation: the partner (CarersCentral, Chums) or GP practice (ODS code) that called;
--   null for the council's own staff and for carers.
ALTER TABLE audit_event
    ADD COLUMN carer_id           uuid,
    ADD COLUMN access_reason      text CHECK (access_reason IN ('casework', 'review', 'duty', 'safeguarding', 'dataProtectionRequest', 'report')),
    ADD COLUMN actor_organisation text;

CREATE INDEX audit_event_carer_idx ON audit_event (carer_id, occurred_at, id) WHERE carer_id IS NOT NULL;
