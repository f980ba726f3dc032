-- 0004: carers grants and the grant budget (SPEC §4). Money in pence, as integers.

-- One row per financial year and pot. The CHECK is the invariant: a pot is never over-committed,
-- whatever the number of officers approving at once (approval is one guarded UPDATE).
CREATE TABLE grant_pot (
    financial_year  integer NOT NULL,
    pot             text    NOT NULL CHECK (pot IN ('children', 'adults')),
    budget_pence    bigint  NOT NULL CHECK (budget_pence >= 0),
    committed_pence bigint  NOT NULL DEFAULT 0 CHECK (committed_pence >= 0),
    paid_pence      bigint  NOT NULL DEFAULT 0 CHECK (paid_pence >= 0),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (financial_year, pot),
    CHECK (committed_pence <= budget_pence),
    CHECK (paid_pence <= committed_pence)
);

CREATE TABLE grant_application (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id          uuid        NOT NULL REFERENCES carer (id),
    financial_year    integer     NOT NULL,
    pot               text        NOT NULL CHECK (pot IN ('children', 'adults')),
    purpose           text        NOT NULL,
    amount_pence      integer     NOT NULL CHECK (amount_pence > 0),
    helps_with        text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('submitted', 'approved', 'declined', 'paid', 'cancelled')),
    assessment_id     uuid        NOT NULL REFERENCES assessment (id),
    submitted_at      timestamptz NOT NULL DEFAULT now(),
    decided_at        timestamptz,
    decided_by        text,
    approved_on       date,
    decline_reason    text,
    override_reason   text,
    paid_on           date,
    payment_reference text,
    cancelled_at      timestamptz,
    payment_batch     text,
    version           integer     NOT NULL DEFAULT 1
);
CREATE INDEX grant_application_carer_idx ON grant_application (carer_id, financial_year);
CREATE INDEX grant_application_queue_idx ON grant_application (status, submitted_at, id);
CREATE INDEX grant_application_batch_idx ON grant_application (payment_batch) WHERE payment_batch IS NOT NULL;

-- One grant per carer per financial year (SPEC §4), enforced by the database: a second approval
-- without an officer's override reason meets this index. With a reason it is not counted.
CREATE UNIQUE INDEX grant_application_one_a_year_key ON grant_application (carer_id, financial_year)
    WHERE status IN ('approved', 'paid') AND override_reason IS NULL;
