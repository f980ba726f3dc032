-- 0005: emergency plans and the emergency card (SPEC §6).

-- One card a carer: 12 digits, the last a Verhoeff check digit, nothing personal in it.
CREATE TABLE emergency_card (
    carer_id    uuid        PRIMARY KEY REFERENCES carer (id),
    card_number char(12)    NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL DEFAULT now()
);

-- One plan for each person the carer cares for.
CREATE TABLE emergency_plan (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id        uuid        NOT NULL REFERENCES carer (id),
    relationship_id uuid        NOT NULL UNIQUE REFERENCES caring_relationship (id),
    content         jsonb       NOT NULL,
    reviewed_on     date        NOT NULL,
    next_review_on  date        NOT NULL,
    version         integer     NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX emergency_plan_carer_idx ON emergency_plan (carer_id);
CREATE INDEX emergency_plan_review_idx ON emergency_plan (next_review_on, id);
