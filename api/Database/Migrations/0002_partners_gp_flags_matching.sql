-- 0002: partner referrals and support, GP carer flags, the staff match queue, webhooks and
-- their delivery log, CSV extract imports. Forward-only.

-- A merged record points at the record that absorbed it; both histories stay.
ALTER TABLE carer ADD COLUMN merged_into uuid REFERENCES carer (id);
-- Partners sync by "changed since": keyset on (updated_at, id).
CREATE INDEX carer_updated_idx ON carer (updated_at, id);
CREATE INDEX consent_partner_idx ON consent (purpose, carer_id) WHERE withdrawn_at IS NULL;

CREATE TABLE partner_referral (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id     uuid        NOT NULL REFERENCES carer (id),
    partner      text        NOT NULL CHECK (partner IN ('CarersCentral', 'Chums')),
    referred_by  text        NOT NULL,
    matched_by   text        NOT NULL CHECK (matched_by IN ('nhsNumber', 'probable', 'new')),
    reason       text,
    referred_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_referral_carer_idx ON partner_referral (carer_id);

CREATE TABLE partner_support (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id         uuid        NOT NULL REFERENCES carer (id),
    partner          text        NOT NULL CHECK (partner IN ('CarersCentral', 'Chums')),
    support_type     text        NOT NULL,
    given_on         date        NOT NULL,
    duration_minutes integer     NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    notes            text,
    recorded_by      text        NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_support_carer_idx ON partner_support (carer_id, given_on);

-- Probable matches wait for a person to decide (SPEC §2): never merged silently.
CREATE TABLE match_candidate (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id     uuid        NOT NULL REFERENCES carer (id),
    candidate_id uuid        NOT NULL REFERENCES carer (id),
    reason       text        NOT NULL,
    status       text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'keptApart')),
    found_at     timestamptz NOT NULL DEFAULT now(),
    resolved_at  timestamptz,
    resolved_by  text,
    CHECK (carer_id <> candidate_id)
);
CREATE UNIQUE INDEX match_candidate_pair_key ON match_candidate (LEAST(carer_id, candidate_id), GREATEST(carer_id, candidate_id));
CREATE INDEX match_candidate_open_idx ON match_candidate (found_at, id) WHERE status = 'open';
CREATE INDEX carer_probable_match_idx ON carer (lower(family_name), date_of_birth, postcode);

-- GP carer flags (SPEC §2). subject_hash is a keyed hash (HMAC-SHA256, first 16 bytes) of the NHS number, so that a flag for
-- someone who gave no consent to contact is kept only as a count yet a replay is still harmless.
CREATE TABLE gp_flag (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ods_code      text        NOT NULL,
    subject_hash  bytea       NOT NULL,
    nhs_number    char(10),
    carer_id      uuid        REFERENCES carer (id),
    snomed_code   text        NOT NULL,
    is_carer      boolean     NOT NULL,
    status        text        NOT NULL CHECK (status IN ('active', 'inactive')),
    recorded_on   date        NOT NULL,
    consent_to_contact boolean NOT NULL,
    source        text        NOT NULL CHECK (source IN ('fhir', 'csv')),
    received_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX gp_flag_replay_key ON gp_flag (ods_code, subject_hash, snomed_code, status, recorded_on);
CREATE INDEX gp_flag_nhs_idx ON gp_flag (nhs_number, recorded_on) WHERE nhs_number IS NOT NULL;

-- People a GP says are carers whom we do not know yet and who agreed to be contacted.
CREATE TABLE gp_identified_person (
    nhs_number      char(10)    PRIMARY KEY,
    ods_code        text        NOT NULL,
    is_carer        boolean     NOT NULL,
    latest_flag_on  date        NOT NULL,
    status          text        NOT NULL DEFAULT 'awaitingContact' CHECK (status IN ('awaitingContact', 'contacted', 'registered', 'noLongerACarer')),
    first_flagged_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_subscription (
    partner      text        PRIMARY KEY CHECK (partner IN ('CarersCentral', 'Chums')),
    url          text        NOT NULL,
    secret       text        NOT NULL,
    registered_by text       NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_delivery (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      uuid        NOT NULL REFERENCES outbox_message (id),
    partner       text        NOT NULL,
    attempted_at  timestamptz NOT NULL DEFAULT now(),
    status_code   integer,
    outcome       text        NOT NULL CHECK (outcome IN ('delivered', 'failed', 'noSubscription')),
    error         text,
    duration_ms   integer     NOT NULL
);
CREATE INDEX webhook_delivery_partner_idx ON webhook_delivery (partner, id DESC);

CREATE TABLE gp_extract_import (
    id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    ods_code       text        NOT NULL,
    uploaded_by    text        NOT NULL,
    status         text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'importing', 'completed', 'failed')),
    total_rows     integer     NOT NULL DEFAULT 0,
    processed_rows integer     NOT NULL DEFAULT 0,
    accepted_rows  integer     NOT NULL DEFAULT 0,
    rejected_rows  integer     NOT NULL DEFAULT 0,
    content        text,
    uploaded_at    timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz
);

CREATE TABLE gp_extract_row_error (
    import_id  uuid    NOT NULL REFERENCES gp_extract_import (id),
    row_number integer NOT NULL,
    message    text    NOT NULL,
    PRIMARY KEY (import_id, row_number)
);

-- A replayed answer carries the headers that matter to a client (Location, ETag, Content-Type).
ALTER TABLE idempotency_record ADD COLUMN response_headers jsonb;
