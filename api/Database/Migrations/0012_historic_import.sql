-- 0012: the historic import (issue 13): a manager uploads carer events from the old case system
-- (Liquid Logic) in the Client Level Data layout; the platform imports them with their original
-- dates. Forward-only. Decision 0020 says why each choice is what it is.

-- Imported carers are identified by the import, registered by nobody in particular.
ALTER TABLE carer DROP CONSTRAINT carer_identification_source_check;
ALTER TABLE carer ADD CONSTRAINT carer_identification_source_check
    CHECK (identification_source IN ('selfRegistration', 'staff', 'partnerReferral', 'gpFlag', 'imported'));
ALTER TABLE carer DROP CONSTRAINT carer_registered_by_check;
ALTER TABLE carer ADD CONSTRAINT carer_registered_by_check
    CHECK (registered_by IN ('self', 'parent', 'staff', 'partner', 'gp', 'imported'));

-- The layout carries no grant amount: an imported direct payment has none, and only an imported one may lack it.
-- Imported grants touch no grant pot (the budget invariant is about the platform's own money).
ALTER TABLE grant_application ADD COLUMN source text NOT NULL DEFAULT 'platform' CHECK (source IN ('platform', 'imported'));
ALTER TABLE grant_application ALTER COLUMN amount_pence DROP NOT NULL;
ALTER TABLE grant_application ADD CONSTRAINT grant_application_amount_held CHECK (source = 'imported' OR amount_pence IS NOT NULL);

-- The layout carries neither the provider of a break nor which caring relationship it relieved.
ALTER TABLE break_booking ADD COLUMN source text NOT NULL DEFAULT 'platform' CHECK (source IN ('platform', 'imported'));
ALTER TABLE break_booking ALTER COLUMN relationship_id DROP NOT NULL;
ALTER TABLE break_booking ALTER COLUMN provider_id DROP NOT NULL;
ALTER TABLE break_booking ADD CONSTRAINT break_booking_provider_held
    CHECK (source = 'imported' OR (relationship_id IS NOT NULL AND provider_id IS NOT NULL));

-- Information and advice (Carer Universal Services) has no duration in the layout.
ALTER TABLE partner_support ADD COLUMN source text NOT NULL DEFAULT 'partner' CHECK (source IN ('partner', 'imported'));
ALTER TABLE partner_support ALTER COLUMN duration_minutes DROP NOT NULL;
ALTER TABLE partner_support ADD CONSTRAINT partner_support_duration_held CHECK (source = 'imported' OR duration_minutes IS NOT NULL);

ALTER TABLE assessment ADD COLUMN source text NOT NULL DEFAULT 'platform' CHECK (source IN ('platform', 'imported'));

-- One uploaded file. The content is kept only until the import finishes (it holds NHS numbers).
CREATE TABLE historic_import (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    uploaded_by      text        NOT NULL,
    file_sha256      bytea       NOT NULL CHECK (length(file_sha256) = 32),
    status           text        NOT NULL DEFAULT 'queued'
                                 CHECK (status IN ('queued', 'validating', 'importing', 'completed', 'refused', 'failed')),
    total_rows       integer     NOT NULL DEFAULT 0 CHECK (total_rows >= 0),
    validated_rows   integer     NOT NULL DEFAULT 0 CHECK (validated_rows BETWEEN 0 AND total_rows),
    imported_rows    integer     NOT NULL DEFAULT 0 CHECK (imported_rows BETWEEN 0 AND total_rows),
    problem_rows     integer     NOT NULL DEFAULT 0 CHECK (problem_rows >= 0),
    carers_created   integer     NOT NULL DEFAULT 0,
    carers_matched   integer     NOT NULL DEFAULT 0,
    carers_present   integer     NOT NULL DEFAULT 0,
    matches_queued   integer     NOT NULL DEFAULT 0,
    events_created   integer     NOT NULL DEFAULT 0,
    events_present   integer     NOT NULL DEFAULT 0,
    content          text,
    failure_reason   text,
    failure_detail   text,
    uploaded_at      timestamptz NOT NULL DEFAULT now(),
    -- A worker holds an import while it beats; one left behind by a restart is taken up again.
    heartbeat_at     timestamptz,
    finished_at      timestamptz,
    CHECK ((status IN ('completed', 'refused', 'failed')) = (finished_at IS NOT NULL))
);
-- An identical file already imported (or on its way) is answered with the earlier import.
CREATE UNIQUE INDEX historic_import_file_key ON historic_import (file_sha256) WHERE status NOT IN ('refused', 'failed');
CREATE INDEX historic_import_uploaded_idx ON historic_import (uploaded_at DESC, id DESC);

-- Every problem of a refused file: row (as a spreadsheet numbers it, header row 1), field and a plain message, no personal data.
CREATE TABLE historic_import_problem (
    import_id  uuid    NOT NULL REFERENCES historic_import (id),
    row_number integer NOT NULL CHECK (row_number >= 1),
    field      text    NOT NULL,
    message    text    NOT NULL,
    PRIMARY KEY (import_id, row_number, field)
);

-- The old system's person ids and event ids: the database guards idempotency.
CREATE TABLE historic_person (
    source_person_id text        PRIMARY KEY CHECK (btrim(source_person_id) <> '' AND length(source_person_id) <= 100),
    carer_id         uuid        NOT NULL REFERENCES carer (id),
    import_id        uuid        NOT NULL REFERENCES historic_import (id),
    matched_by       text        NOT NULL CHECK (matched_by IN ('nhsNumber', 'new')),
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX historic_person_carer_idx ON historic_person (carer_id);

CREATE TABLE historic_event (
    source_event_id  text        PRIMARY KEY CHECK (btrim(source_event_id) <> '' AND length(source_event_id) <= 100),
    source_person_id text        NOT NULL REFERENCES historic_person (source_person_id),
    import_id        uuid        NOT NULL REFERENCES historic_import (id),
    kind             text        NOT NULL CHECK (kind IN ('request', 'assessment', 'review', 'directPayment', 'break', 'informationAndAdvice')),
    record_id        text        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
