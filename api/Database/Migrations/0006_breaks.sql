-- 0006: carers breaks (respite) and the providers who give them (SPEC §5).

CREATE TABLE break_provider (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text        NOT NULL UNIQUE,
    works_on    integer[]   NOT NULL,       -- ISO days of the week, 1 Monday to 7 Sunday
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE provider_capacity (
    provider_id    uuid    NOT NULL REFERENCES break_provider (id),
    break_type     text    NOT NULL,
    places_per_day integer NOT NULL CHECK (places_per_day BETWEEN 1 AND 1000),
    PRIMARY KEY (provider_id, break_type)
);

-- Places taken per provider, type and day. Every booking takes its places here with a guarded
-- upsert, so a provider's daily capacity is never exceeded, whatever the number of requests at once.
CREATE TABLE provider_day_usage (
    provider_id uuid    NOT NULL,
    break_type  text    NOT NULL,
    day         date    NOT NULL,
    taken       integer NOT NULL CHECK (taken >= 0),
    PRIMARY KEY (provider_id, break_type, day),
    FOREIGN KEY (provider_id, break_type) REFERENCES provider_capacity (provider_id, break_type)
);

-- Sitting service minutes per carer per week (Monday to Sunday): at most 4 hours, by CHECK.
CREATE TABLE sitting_week_usage (
    carer_id   uuid    NOT NULL REFERENCES carer (id),
    week_start date    NOT NULL,
    minutes    integer NOT NULL CHECK (minutes BETWEEN 0 AND 240),
    PRIMARY KEY (carer_id, week_start)
);

CREATE TABLE break_booking (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id        uuid        NOT NULL REFERENCES carer (id),
    relationship_id uuid        NOT NULL REFERENCES caring_relationship (id),
    provider_id     uuid        NOT NULL REFERENCES break_provider (id),
    break_type      text        NOT NULL,
    starts_on       date        NOT NULL,
    ends_on         date        NOT NULL,
    sitting_minutes integer,
    emergency       boolean     NOT NULL DEFAULT false,
    status          text        NOT NULL CHECK (status IN ('requested', 'approved', 'declined', 'confirmed', 'completed', 'cancelled')),
    requested_at    timestamptz NOT NULL DEFAULT now(),
    decided_by      text,
    decision_reason text,
    version         integer     NOT NULL DEFAULT 1,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX break_booking_carer_idx ON break_booking (carer_id, starts_on DESC);
CREATE INDEX break_booking_queue_idx ON break_booking (status, emergency DESC, requested_at, id);
CREATE INDEX provider_day_usage_day_idx ON provider_day_usage (break_type, day);
