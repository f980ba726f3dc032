-- 0001: carers, the people they care for, consents, the audit log, idempotency and the outbox.
-- Forward-only: never edit this file once landed; add 0002_... instead.

CREATE TABLE carer (
    id                        uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    -- The sign-in subject (Entra External ID) that manages this record: the carer, or a
    -- young carer's parent. Null for carers found by a partner or a GP who have not signed in.
    account_subject           text        UNIQUE,
    registered_by             text        NOT NULL CHECK (registered_by IN ('self', 'parent', 'staff', 'partner', 'gp')),
    given_name                text        NOT NULL,
    family_name               text        NOT NULL,
    date_of_birth             date        NOT NULL,
    email                     text,
    phone                     text,
    address_line1             text,
    address_line2             text,
    town                      text,
    postcode                  text        NOT NULL,
    preferred_language        text        NOT NULL,
    preferred_contact_channel text        NOT NULL,
    reasonable_adjustments    text[]      NOT NULL DEFAULT '{}',
    ethnicity                 text,
    employment_status         text,
    education_status          text,
    nhs_number                char(10),
    gp_practice_ods_code      text,
    identification_source     text        NOT NULL CHECK (identification_source IN ('selfRegistration', 'staff', 'partnerReferral', 'gpFlag')),
    identified_at             timestamptz NOT NULL,
    version                   integer     NOT NULL DEFAULT 1,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now(),
    closed_at                 timestamptz
);

-- One person, one record: a second record with the same NHS number is a matching job, never an insert.
CREATE UNIQUE INDEX carer_nhs_number_key ON carer (nhs_number) WHERE nhs_number IS NOT NULL;
-- Staff search: name prefixes in keyset order, date of birth, postcode.
CREATE INDEX carer_family_name_idx ON carer (lower(family_name) text_pattern_ops, lower(given_name) text_pattern_ops, id);
CREATE INDEX carer_given_name_idx ON carer (lower(given_name) text_pattern_ops);
CREATE INDEX carer_date_of_birth_idx ON carer (date_of_birth);
CREATE INDEX carer_postcode_idx ON carer (postcode);

CREATE TABLE cared_for_person (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    given_name    text        NOT NULL,
    family_name   text        NOT NULL,
    date_of_birth date,
    postcode      text        NOT NULL,
    nhs_number    char(10),
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Many-to-many: a carer may care for several people, and a person may have several carers.
CREATE TABLE caring_relationship (
    id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id            uuid        NOT NULL REFERENCES carer (id),
    cared_for_person_id uuid        NOT NULL REFERENCES cared_for_person (id),
    relationship        text        NOT NULL,
    main_need           text        NOT NULL,
    hours_per_week      integer     NOT NULL CHECK (hours_per_week BETWEEN 1 AND 168),
    lives_with_carer    boolean     NOT NULL,
    started_on          date        NOT NULL,
    ended_on            date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX caring_relationship_carer_idx ON caring_relationship (carer_id);
CREATE INDEX caring_relationship_cared_for_idx ON caring_relationship (cared_for_person_id);

-- Consent per purpose: every grant and withdrawal is a row kept for ever (the history);
-- at most one row per purpose is in force at a time.
CREATE TABLE consent (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id     uuid        NOT NULL REFERENCES carer (id),
    purpose      text        NOT NULL CHECK (purpose IN ('shareWithCarersCentral', 'shareWithChums', 'shareWithGp', 'contactMe')),
    basis        text        NOT NULL CHECK (basis IN ('self', 'parentForChild', 'bestInterests', 'lastingPowerOfAttorney')),
    given_on     date        NOT NULL,
    given_at     timestamptz NOT NULL DEFAULT now(),
    given_by     text        NOT NULL,
    withdrawn_on date,
    withdrawn_at timestamptz,
    withdrawn_by text
);
CREATE UNIQUE INDEX consent_in_force_key ON consent (carer_id, purpose) WHERE withdrawn_at IS NULL;
-- A record's consents, newest first per purpose (the record page reads them on every view).
CREATE INDEX consent_carer_idx ON consent (carer_id, purpose, given_at DESC);

-- Append-only audit log (SPEC §8): who, what, when, why and with what outcome.
CREATE TABLE audit_event (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    actor_subject text        NOT NULL,
    actor_role    text        NOT NULL,
    action        text        NOT NULL,
    record_type   text        NOT NULL,
    record_id     text,
    outcome       text        NOT NULL,
    reason        text
);
CREATE INDEX audit_event_record_idx ON audit_event (record_type, record_id, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_subject, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Idempotency-Key records for partner and GP POSTs (SPEC §8), scoped to the calling client.
CREATE TABLE idempotency_record (
    client_id     text        NOT NULL,
    key           text        NOT NULL,
    request_hash  bytea       NOT NULL,
    status_code   integer,
    response_body bytea,
    response_type text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz,
    PRIMARY KEY (client_id, key)
);

-- Transactional outbox for events to partners (SPEC §8): written in the same transaction as the change.
CREATE TABLE outbox_message (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    event_type      text        NOT NULL,
    partner         text        NOT NULL,
    carer_id        uuid        REFERENCES carer (id),
    payload         jsonb       NOT NULL,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    last_error      text
);
CREATE INDEX outbox_message_pending_idx ON outbox_message (next_attempt_at) WHERE delivered_at IS NULL;
