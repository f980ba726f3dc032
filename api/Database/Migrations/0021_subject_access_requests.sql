-- 0021: subject access requests received by post, phone, email or in person (UK GDPR Art. 15;
-- issue 15, decision 0026). The data-protection team logs each request, answers within one calendar
-- month of receipt (Art. 12(3)), or within up to two further months with a reason, and records
-- that the export was sent or the request refused with the reason.
CREATE TABLE subject_access_request (
    id                      uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id                uuid        NOT NULL REFERENCES carer (id),
    received_on             date        NOT NULL,
    received_by             text        NOT NULL CHECK (received_by IN ('post', 'phone', 'email', 'inPerson')),
    -- The carer themselves, or someone acting for them (a relative, an advocate, a solicitor): then
    -- their name and relationship, and whether their authority to act was checked.
    requester               text        NOT NULL CHECK (requester IN ('carer', 'representative')),
    representative_name     text        CHECK (char_length(representative_name) BETWEEN 1 AND 200),
    representative_relationship text    CHECK (char_length(representative_relationship) BETWEEN 1 AND 100),
    authority_checked       boolean,
    identity_verified_by    text        NOT NULL CHECK (char_length(identity_verified_by) BETWEEN 1 AND 500),
    due_on                  date        NOT NULL,
    extended_to             date,
    extension_reason        text        CHECK (char_length(extension_reason) BETWEEN 1 AND 1000),
    status                  text        NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'sent', 'refused')),
    sent_on                 date,
    refusal_reason          text        CHECK (char_length(refusal_reason) BETWEEN 1 AND 1000),
    recorded_by             text        NOT NULL,
    recorded_at             timestamptz NOT NULL DEFAULT now(),
    closed_by               text,
    closed_at               timestamptz,
    version                 integer     NOT NULL DEFAULT 1,
    CONSTRAINT subject_access_request_representative CHECK (
        (requester = 'carer' AND representative_name IS NULL AND representative_relationship IS NULL AND authority_checked IS NULL)
        OR (requester = 'representative' AND representative_name IS NOT NULL AND representative_relationship IS NOT NULL AND authority_checked IS NOT NULL)),
    -- One calendar month, or the month's last day when the date does not exist (31 January: 28 or 29 February).
    CONSTRAINT subject_access_request_due_one_month CHECK (due_on = (received_on + interval '1 month')::date),
    -- Up to two further months (Art. 12(3)), always with the reason the requester is told.
    CONSTRAINT subject_access_request_extension CHECK (
        (extended_to IS NULL AND extension_reason IS NULL)
        OR (extended_to IS NOT NULL AND extension_reason IS NOT NULL AND extended_to > due_on
            AND extended_to <= (received_on + interval '3 months')::date)),
    CONSTRAINT subject_access_request_closed CHECK (
        (status = 'received' AND sent_on IS NULL AND refusal_reason IS NULL AND closed_at IS NULL AND closed_by IS NULL)
        OR (status = 'sent' AND sent_on IS NOT NULL AND refusal_reason IS NULL AND closed_at IS NOT NULL AND closed_by IS NOT NULL)
        OR (status = 'refused' AND sent_on IS NULL AND refusal_reason IS NOT NULL AND closed_at IS NOT NULL AND closed_by IS NOT NULL)),
    CONSTRAINT subject_access_request_sent_after_received CHECK (sent_on IS NULL OR sent_on >= received_on)
);

-- The queue: open requests by the date they are due (an extension moves the date).
CREATE INDEX subject_access_request_queue_idx ON subject_access_request ((COALESCE(extended_to, due_on)), id) WHERE status = 'received';
CREATE INDEX subject_access_request_closed_idx ON subject_access_request (closed_at DESC, id) WHERE status <> 'received';
CREATE INDEX subject_access_request_carer_idx ON subject_access_request (carer_id);

-- The export reads everything held about one carer by carer: these references had no index, so
-- one carer's export would scan the whole table.
-- carer_merged_into_idx (the records merged into one) comes with 0020.
CREATE INDEX outbox_message_carer_idx ON outbox_message (carer_id, occurred_at) WHERE carer_id IS NOT NULL;
CREATE INDEX match_candidate_carer_idx ON match_candidate (carer_id);
CREATE INDEX match_candidate_candidate_idx ON match_candidate (candidate_id);
CREATE INDEX survey_participation_carer_idx ON survey_participation (carer_id);
CREATE INDEX historic_event_person_idx ON historic_event (source_person_id);
