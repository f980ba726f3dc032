-- 0008: the directory of local services (SPEC §7, issue 12): public to read, kept by managers.
-- Opening hours are rows, not text, so "open now" can be computed (in Europe/London time, by the API).

CREATE TABLE directory_service (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text        NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
    summary       text        NOT NULL CHECK (btrim(summary) <> '' AND length(summary) <= 1000),
    -- Who it is for and the needs it specialises in: the contract's camelCase codes.
    audiences     text[]      NOT NULL CHECK (cardinality(audiences) >= 1 AND audiences <@ ARRAY[
                      'adultCarers', 'youngCarers', 'parentCarers', 'olderPeople', 'caredForPeople', 'everyone']),
    needs         text[]      NOT NULL DEFAULT '{}' CHECK (needs <@ ARRAY[
                      'dementia', 'mentalHealth', 'learningDisability', 'autism', 'physicalDisability', 'brainInjury',
                      'sensoryImpairment', 'longTermIllness', 'frailty', 'substanceMisuse']),
    phone         text        CHECK (length(phone) <= 20),
    website       text        CHECK (website ~ '^https?://' AND length(website) <= 300),
    email         text        CHECK (length(email) <= 254),
    address_line1 text        CHECK (length(address_line1) <= 100),
    address_line2 text        CHECK (length(address_line2) <= 100),
    town          text        CHECK (length(town) <= 60),
    postcode      text        CHECK (length(postcode) <= 10),
    -- ISO 639-1 codes.
    languages     text[]      NOT NULL CHECK (cardinality(languages) BETWEEN 1 AND 20 AND array_to_string(languages, ',') ~ '^[a-z]{2}(,[a-z]{2})*$'),
    version       integer     NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    retired_at    timestamptz,
    retired_by    text
);
-- One live entry per name (a retired one may be added again); it also serves the public list, in name order.
CREATE UNIQUE INDEX directory_service_name_key ON directory_service (lower(name)) WHERE retired_at IS NULL;
CREATE INDEX directory_service_audiences_idx ON directory_service USING gin (audiences) WHERE retired_at IS NULL;
CREATE INDEX directory_service_needs_idx ON directory_service USING gin (needs) WHERE retired_at IS NULL;

-- Weekly openings per channel. Days are ISO (1 Monday to 7 Sunday); times are minutes after
-- local midnight in London, closes up to 1440 (24:00). A slot never crosses midnight.
CREATE TABLE directory_opening_slot (
    service_id    uuid    NOT NULL REFERENCES directory_service (id),
    channel       text    NOT NULL CHECK (channel IN ('helpline', 'webChat', 'dropIn', 'office')),
    day           integer NOT NULL CHECK (day BETWEEN 1 AND 7),
    opens_minute  integer NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
    closes_minute integer NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
    CHECK (opens_minute < closes_minute),
    PRIMARY KEY (service_id, channel, day, opens_minute)
);
