-- 0022: kept no longer than needed (issue 15, decision 0027). A closed record says why it was closed;
-- records past their retention date are queued for a data-protection officer's review; approved ones are
-- anonymised one transaction each, and every run of the job is logged.

-- Why a record was closed. Today only a merge closes a record, so every closed row is a merged one.
ALTER TABLE carer
    ADD COLUMN closed_reason text CHECK (closed_reason IN ('exCarer', 'noContact', 'died', 'movedAway', 'merged')),
    ADD COLUMN anonymised_at timestamptz;
UPDATE carer SET closed_reason = 'merged' WHERE closed_at IS NOT NULL AND merged_into IS NOT NULL;
-- A closed record that is not merged (none exist yet; a safeguard for hand-edited databases).
UPDATE carer SET closed_reason = 'noContact' WHERE closed_at IS NOT NULL AND closed_reason IS NULL;
ALTER TABLE carer
    ADD CONSTRAINT carer_closed_with_reason CHECK ((closed_at IS NULL) = (closed_reason IS NULL)),
    ADD CONSTRAINT carer_merged_reason CHECK (closed_reason IS NULL OR (closed_reason = 'merged') = (merged_into IS NOT NULL)),
    ADD CONSTRAINT carer_anonymised_only_closed CHECK (anonymised_at IS NULL OR closed_at IS NOT NULL);
-- The daily job's search: closed records not yet anonymised.
CREATE INDEX carer_closed_idx ON carer (closed_at, id) WHERE closed_at IS NOT NULL AND anonymised_at IS NULL;

-- One review a record: listed when past its date, then approved or rejected by a data-protection officer.
-- An approved review is anonymised by the next run; a failure keeps the review for the run after (failed).
CREATE TABLE retention_review (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id         uuid        NOT NULL UNIQUE REFERENCES carer (id),
    closed_reason    text        NOT NULL CHECK (closed_reason IN ('exCarer', 'noContact', 'died', 'movedAway', 'merged')),
    closed_on        date        NOT NULL,
    due_on           date        NOT NULL CHECK (due_on > closed_on),
    status           text        NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'approved', 'rejected', 'anonymised', 'failed')),
    listed_at        timestamptz NOT NULL DEFAULT now(),
    decided_by       text,
    decided_at       timestamptz,
    rejection_reason text        CHECK (btrim(rejection_reason) <> '' AND length(rejection_reason) <= 1000),
    anonymised_at    timestamptz,
    attempts         integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- The last failure: the exception's type and message and its stack trace, never a value from the record.
    failure_reason   text,
    failure_detail   text,
    failed_at        timestamptz,
    version          integer     NOT NULL DEFAULT 1,
    CHECK ((status = 'due') = (decided_by IS NULL)),
    CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
    CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL)),
    CHECK ((status = 'anonymised') = (anonymised_at IS NOT NULL)),
    CHECK ((status = 'failed') <= (failure_reason IS NOT NULL))
);
CREATE INDEX retention_review_queue_idx ON retention_review (due_on, id);
CREATE INDEX retention_review_work_idx ON retention_review (id) WHERE status IN ('approved', 'failed');

-- Every run of the job, scheduled or asked for, dry or live.
CREATE TABLE retention_run (
    id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    mode           text        NOT NULL CHECK (mode IN ('dryRun', 'live')),
    started_by     text        NOT NULL,
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    status         text        NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'failed')),
    listed         integer     NOT NULL DEFAULT 0 CHECK (listed >= 0),
    to_anonymise   integer     NOT NULL DEFAULT 0 CHECK (to_anonymise >= 0),
    anonymised     integer     NOT NULL DEFAULT 0 CHECK (anonymised >= 0),
    failed         integer     NOT NULL DEFAULT 0 CHECK (failed >= 0),
    failure_reason text,
    failure_detail text,
    CHECK ((status = 'running') = (finished_at IS NULL)),
    CHECK (mode = 'live' OR anonymised = 0 AND failed = 0)
);
CREATE INDEX retention_run_started_idx ON retention_run (started_at DESC, id DESC);

-- Free text that anonymising removes becomes this word (blank stays blank), so "was something written" survives.
-- A JSON document keeps its shape, numbers, booleans, dates, ids and camelCase codes; every other string is removed.
CREATE FUNCTION retention_scrub(j jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE jsonb_typeof(j)
        WHEN 'object' THEN COALESCE((SELECT jsonb_object_agg(k, retention_scrub(v)) FROM jsonb_each(j) AS e(k, v)), '{}'::jsonb)
        WHEN 'array' THEN COALESCE((SELECT jsonb_agg(retention_scrub(v) ORDER BY n) FROM jsonb_array_elements(j) WITH ORDINALITY AS e(v, n)), '[]'::jsonb)
        WHEN 'string' THEN CASE
            WHEN btrim(j #>> '{}') = '' THEN j
            WHEN (j #>> '{}') ~ '^[a-z][a-zA-Z0-9]{0,40}$' OR (j #>> '{}') ~ '^\d{4}-\d{2}-\d{2}' THEN j
            WHEN (j #>> '{}') ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN j
            ELSE to_jsonb('Removed'::text) END
        ELSE j END
$$;

-- The postcode district (outward code): "LU1 3AB" becomes "LU1".
CREATE FUNCTION retention_district(postcode text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN postcode IS NULL THEN NULL ELSE split_part(btrim(upper(postcode)), ' ', 1) END
$$;

-- A date of birth reduced to its year in a way no age the record implies can change: the earliest day of the
-- birth year whose month and day fall after every month-and-day among the given dates that falls before the
-- real birthday (1 January when none does). An age on any of those dates, extract(year FROM age(d, dob)),
-- depends only on the year of d, the birth year, and whether d's month-and-day falls before the birthday's,
-- and none of those comparisons changes (decision 0027 proves it).
CREATE FUNCTION retention_birth_date(dob date, dates date[]) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    y int := extract(year FROM dob)::int;
    before text;
BEGIN
    IF dob IS NULL THEN RETURN NULL; END IF;
    SELECT max(to_char(d, 'MMDD')) INTO before FROM unnest(dates) AS d WHERE to_char(d, 'MMDD') < to_char(dob, 'MMDD');
    IF before IS NULL THEN RETURN make_date(y, 1, 1); END IF;
    IF before = '0229' THEN RETURN make_date(y, 3, 1); END IF;
    RETURN make_date(y, substr(before, 1, 2)::int, substr(before, 3, 2)::int) + 1;
END;
$$;

-- Every date held about these carers, in any table that refers to a carer (found from the schema, so a new table's
-- dates count without a change here), timestamps as Europe/London days, and the reporting periods' edges
-- (the financial year's and its quarters' first and last days).
CREATE FUNCTION retention_dates_of(carer_ids uuid[]) RETURNS date[] LANGUAGE plpgsql STABLE AS $$
DECLARE
    ref record;
    found date[];
    result date[] := ARRAY['2000-01-01', '2000-03-31', '2000-04-01', '2000-06-30', '2000-07-01', '2000-09-30', '2000-10-01', '2000-12-31']::date[];
BEGIN
    -- One query a table: its date and timestamp columns side by side, as days.
    FOR ref IN
        SELECT r.tbl, r.fk, string_agg(CASE WHEN a.atttypid = 'date'::regtype THEN format('%I', a.attname)
                                            ELSE format('(%I AT TIME ZONE ''Europe/London'')::date', a.attname) END, ', ') AS days
        FROM (SELECT c.conrelid AS tbl, fa.attname AS fk
              FROM pg_constraint c JOIN pg_attribute fa ON fa.attrelid = c.conrelid AND fa.attnum = ANY (c.conkey)
              WHERE c.contype = 'f' AND c.confrelid = 'carer'::regclass AND c.conrelid::regclass::text NOT LIKE 'retention%'
              UNION SELECT 'carer'::regclass::oid, 'id') r
        JOIN pg_attribute a ON a.attrelid = r.tbl AND a.attnum > 0 AND NOT a.attisdropped
             AND a.atttypid IN ('date'::regtype, 'timestamptz'::regtype) AND a.attname <> 'date_of_birth'
        GROUP BY r.tbl, r.fk
    LOOP
        EXECUTE format('SELECT array_agg(DISTINCT d) FROM %s t CROSS JOIN LATERAL unnest(ARRAY[%s]) AS d WHERE t.%I = ANY ($1) AND d IS NOT NULL',
                       ref.tbl::regclass, ref.days, ref.fk)
            INTO found USING carer_ids;
        result := result || COALESCE(found, '{}');
    END LOOP;
    RETURN result;
END;
$$;

-- Anonymising reads and changes a record's rows in every table that refers to it: those without an index on
-- the reference get one, so one record's transaction does not scan a table.
-- carer_merged_into_idx (0020), outbox_message_carer_idx, match_candidate_carer_idx, match_candidate_candidate_idx and
-- survey_participation_carer_idx (0021) are already there.
