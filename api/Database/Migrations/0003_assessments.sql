-- 0003: carer's assessments (Care Act s10, s11, s25, s27; SPEC §3), their history, support plans.

CREATE TABLE assessment (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id          uuid        NOT NULL REFERENCES carer (id),
    kind              text        NOT NULL CHECK (kind IN ('adult', 'youngCarer')),
    status            text        NOT NULL CHECK (status IN ('requested', 'offered', 'declined', 'scheduled', 'inProgress', 'completed', 'reviewed')),
    self_assessment   boolean     NOT NULL DEFAULT false,
    requested_at      timestamptz NOT NULL DEFAULT now(),
    requested_by      text        NOT NULL,
    allocated_to      text,
    scheduled_for     date,
    reoffer_on        date,
    answers           jsonb       NOT NULL DEFAULT '{}',
    submitted_at      timestamptz,
    decision          jsonb,
    eligible          boolean,
    assessor_notes    text,
    completed_at      timestamptz,
    completed_by      text,
    version           integer     NOT NULL DEFAULT 1,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_carer_idx ON assessment (carer_id, requested_at DESC);
-- Work queues (SPEC §3): new requests, unallocated, no decision past the target.
CREATE INDEX assessment_open_idx ON assessment (requested_at, id) WHERE status IN ('requested', 'offered', 'scheduled', 'inProgress');
CREATE INDEX assessment_unallocated_idx ON assessment (requested_at, id) WHERE allocated_to IS NULL AND status IN ('requested', 'offered', 'scheduled', 'inProgress');
CREATE INDEX assessment_new_idx ON assessment (requested_at, id) WHERE status = 'requested';

-- Every state change, dated and attributed.
CREATE TABLE assessment_event (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id uuid        NOT NULL REFERENCES assessment (id),
    from_status   text,
    to_status     text        NOT NULL,
    at            timestamptz NOT NULL DEFAULT now(),
    by_subject    text        NOT NULL,
    by_role       text        NOT NULL,
    note          text
);
CREATE INDEX assessment_event_idx ON assessment_event (assessment_id, id);

-- The support plan (s25), one per completed assessment; a review carries it forward.
CREATE TABLE support_plan (
    id                     uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    assessment_id          uuid        NOT NULL UNIQUE REFERENCES assessment (id),
    carer_id               uuid        NOT NULL REFERENCES carer (id),
    needs                  text        NOT NULL,
    eligible_needs         text        NOT NULL,
    actions                jsonb       NOT NULL,
    personal_budget_pence  integer     NOT NULL CHECK (personal_budget_pence >= 0),
    direct_payment         jsonb,
    next_review_on         date        NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    version                integer     NOT NULL DEFAULT 1
);
-- Reviews due in the next 30 days, and reviews overdue.
CREATE INDEX support_plan_review_idx ON support_plan (next_review_on, id);
