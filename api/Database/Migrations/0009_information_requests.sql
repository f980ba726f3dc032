-- 0009: a carer's request for information in an accessible format or another language (SPEC §7, issue 12).
-- The vocabularies and the states are checked here as well as in the API: the database is the last guard.

CREATE TABLE information_request (
    id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id       uuid        NOT NULL REFERENCES carer (id),
    subject        text        NOT NULL CHECK (subject IN ('leaflet', 'supportPlan', 'assessmentDecision', 'letter')),
    title          text        NOT NULL CHECK (btrim(title) <> '' AND length(title) <= 200),
    description    text        CHECK (length(description) <= 1000),
    format         text        NOT NULL CHECK (format IN ('largePrint', 'easyRead', 'audio', 'braille', 'bslVideo', 'anotherLanguage')),
    -- ISO 639-1; given exactly when the format is another language.
    language       text        CHECK (language ~ '^[a-z]{2}$'),
    requested_at   timestamptz NOT NULL DEFAULT now(),
    requested_on   date        NOT NULL,
    due_on         date        NOT NULL CHECK (due_on >= requested_on),
    status         text        NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'sent', 'unable')),
    sent_at        timestamptz,
    sent_method    text        CHECK (sent_method IN ('post', 'email', 'collected', 'handDelivered')),
    unable_reason  text        CHECK (btrim(unable_reason) <> '' AND length(unable_reason) <= 1000),
    closed_by      text,
    closed_at      timestamptz,
    version        integer     NOT NULL DEFAULT 1,
    CONSTRAINT information_request_language CHECK ((format = 'anotherLanguage') = (language IS NOT NULL)),
    CONSTRAINT information_request_state CHECK (
        (status = 'requested' AND sent_at IS NULL AND sent_method IS NULL AND unable_reason IS NULL AND closed_at IS NULL)
        OR (status = 'sent' AND sent_at IS NOT NULL AND sent_method IS NOT NULL AND unable_reason IS NULL AND closed_at IS NOT NULL)
        OR (status = 'unable' AND unable_reason IS NOT NULL AND sent_at IS NULL AND sent_method IS NULL AND closed_at IS NOT NULL))
);
-- The carer's own list, newest first.
CREATE INDEX information_request_carer ON information_request (carer_id, requested_at DESC, id);
-- The staff queue: open requests by due date (overdue ones have the earliest due dates, so come first).
CREATE INDEX information_request_queue ON information_request (due_on, id) WHERE status = 'requested';
