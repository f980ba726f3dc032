-- 0010: compliments and complaints (SPEC §7, issue 12), the complaints following the Local Authority
-- Social Services and NHS Complaints (England) Regulations 2009: acknowledged within 3 working days,
-- a response period (6 months unless another is agreed), a response with the outcome and the
-- Ombudsman's details. Every step is dated and attributed; the states are checked here as well as
-- in the API, so an impossible state (an outcome without a response, a response never acknowledged)
-- cannot be stored.

CREATE TABLE feedback (
    id                          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    carer_id                    uuid        NOT NULL REFERENCES carer (id),
    kind                        text        NOT NULL CHECK (kind IN ('complaint', 'compliment')),
    about                       text        NOT NULL CHECK (about IN ('assessment', 'supportPlan', 'grant', 'break', 'emergencyPlan',
                                                                      'information', 'staff', 'other')),
    body                        text        NOT NULL CHECK (btrim(body) <> '' AND length(body) <= 4000),
    received_via                text        NOT NULL CHECK (received_via IN ('online', 'phone', 'letter', 'email', 'inPerson')),
    received_at                 timestamptz NOT NULL,
    received_on                 date        NOT NULL,
    -- The carer's own subject when sent online, the staff member's when recorded on the carer's behalf.
    recorded_by                 text        NOT NULL,
    recorded_at                 timestamptz NOT NULL DEFAULT now(),
    status                      text        NOT NULL CHECK (status IN ('recorded', 'received', 'acknowledged', 'responded')),
    acknowledge_by              date        CHECK (acknowledge_by > received_on),
    acknowledged_at             timestamptz,
    acknowledged_by             text,
    response_due_on             date        CHECK (response_due_on > received_on),
    response_period_agreed_at   timestamptz,
    response_period_agreed_by   text,
    responded_at                timestamptz,
    responded_by                text,
    outcome                     text        CHECK (outcome IN ('upheld', 'partlyUpheld', 'notUpheld')),
    response                    text        CHECK (btrim(response) <> '' AND length(response) <= 4000),
    what_will_change            text        CHECK (btrim(what_will_change) <> '' AND length(what_will_change) <= 2000),
    -- The Ombudsman paragraph exactly as the carer was given it with the response.
    ombudsman_advice            text        CHECK (btrim(ombudsman_advice) <> ''),
    version                     integer     NOT NULL DEFAULT 1,
    -- A compliment is simply recorded: none of the complaint's steps.
    CONSTRAINT feedback_compliment CHECK (kind = 'complaint' OR (status = 'recorded' AND acknowledge_by IS NULL
        AND acknowledged_at IS NULL AND response_due_on IS NULL AND response_period_agreed_at IS NULL AND responded_at IS NULL)),
    CONSTRAINT feedback_complaint CHECK (kind = 'compliment' OR (status <> 'recorded' AND acknowledge_by IS NOT NULL
        AND response_due_on IS NOT NULL)),
    -- Each step is dated and attributed together, and comes after the one before it.
    CONSTRAINT feedback_acknowledged CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL)
        AND (acknowledged_at IS NULL OR acknowledged_at >= received_at)),
    CONSTRAINT feedback_period_agreed CHECK ((response_period_agreed_at IS NULL) = (response_period_agreed_by IS NULL)
        AND (response_period_agreed_at IS NULL OR acknowledged_at IS NOT NULL)),
    CONSTRAINT feedback_responded CHECK (
        (responded_at IS NULL AND responded_by IS NULL AND outcome IS NULL AND response IS NULL AND what_will_change IS NULL
            AND ombudsman_advice IS NULL)
        OR (responded_at IS NOT NULL AND responded_by IS NOT NULL AND outcome IS NOT NULL AND response IS NOT NULL
            AND ombudsman_advice IS NOT NULL AND acknowledged_at IS NOT NULL AND responded_at >= acknowledged_at
            AND (outcome = 'notUpheld' OR what_will_change IS NOT NULL))),
    CONSTRAINT feedback_state CHECK (
        status = 'recorded'
        OR (status = 'received' AND acknowledged_at IS NULL AND responded_at IS NULL)
        OR (status = 'acknowledged' AND acknowledged_at IS NOT NULL AND responded_at IS NULL)
        OR (status = 'responded' AND responded_at IS NOT NULL))
);
-- The carer's own list, newest first.
CREATE INDEX feedback_carer ON feedback (carer_id, received_at DESC, id);
-- The staff queue: complaints not yet acknowledged by their acknowledge-by date, then the rest by response due date.
CREATE INDEX feedback_complaint_queue ON feedback (
    (CASE status WHEN 'received' THEN 0 WHEN 'acknowledged' THEN 1 ELSE 2 END),
    (CASE WHEN status = 'received' THEN acknowledge_by ELSE response_due_on END), id)
    WHERE kind = 'complaint';
