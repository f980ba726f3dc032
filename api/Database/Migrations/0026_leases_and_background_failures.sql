-- Issue 17, several instances (decision 0035): background work is claimed with a lease that names the instance
-- holding it and ends at lease_until unless renewed; work whose lease has run out (its instance stopped or died)
-- is taken up by any instance. A failure is recorded with its reason, never with personal data.

-- A GP extract import resumes after the last committed chunk (processed_rows) on whichever instance takes it up.
-- An import left 'importing' before this migration has no lease, so it is taken up again at once.
ALTER TABLE gp_extract_import
    ADD COLUMN claimed_by     text,
    ADD COLUMN lease_until    timestamptz,
    ADD COLUMN attempts       integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    ADD COLUMN failure_reason text;
CREATE INDEX gp_extract_import_open_idx ON gp_extract_import (uploaded_at) WHERE status IN ('queued', 'importing');

-- The historic import already beats (heartbeat_at is its lease); it now says who holds it and how often it was tried.
ALTER TABLE historic_import
    ADD COLUMN claimed_by text,
    ADD COLUMN attempts   integer NOT NULL DEFAULT 0 CHECK (attempts >= 0);

-- An outbox event claimed for delivery: committed before the call goes out, so no transaction is open across the
-- HTTP call, and no other instance sends it while the lease lasts.
ALTER TABLE outbox_message
    ADD COLUMN claimed_by  text,
    ADD COLUMN lease_until timestamptz;

-- Every background failure, written by one helper (BackgroundWork.RecordFailureAsync): which worker, which piece of
-- work, the reason (exception type, SQL state, constraint) and the instance. No message text, no rows, no names.
CREATE TABLE background_failure (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    worker      text        NOT NULL,
    work_id     text,
    reason      text        NOT NULL,
    sql_state   text,
    instance    text        NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX background_failure_occurred_idx ON background_failure (occurred_at DESC);
