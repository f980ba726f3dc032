-- Casework history for the reports page on ./run.sh: closed assessments, support plans, grants,
-- breaks and partner support, dated after each carer's identification date (demo-data.sql spreads
-- those over the last three years), so the indicators show figures for this financial year and the
-- last two. Only carers without a sign-in get history, and nothing is left open in a work queue
-- (no requested assessment, no new grant, no future break), so the other journeys see what they
-- expect. Set-based and deterministic (the carer's place in the list decides everything).
-- Safe to run again: it does nothing once its assessments exist.
\set ON_ERROR_STOP on
SELECT count(*) > 0 AS has_history FROM assessment WHERE requested_by = 'demo-reports' \gset
\if :has_history
  \echo 'Demo report history already loaded.'
  \quit
\endif

BEGIN;
CREATE TEMP TABLE demo_history AS
SELECT c.id AS carer_id, n, c.identified_at,
       extract(year FROM age(current_date, c.date_of_birth))::int AS age,
       (SELECT r.id FROM caring_relationship r WHERE r.carer_id = c.id ORDER BY r.started_on, r.id LIMIT 1) AS relationship_id,
       c.identified_at + make_interval(days => 3 + n % 20) AS requested_at,
       c.identified_at + make_interval(days => 3 + n % 20 + 8 + n % 35) AS completed_at
FROM (SELECT id, identified_at, date_of_birth, row_number() OVER (ORDER BY created_at, id)::int AS n
      FROM carer WHERE merged_into IS NULL AND account_subject IS NULL) c;

-- About six in ten carers assessed (completed by now), one in fourteen refused the offer.
CREATE TEMP TABLE demo_assessment AS
SELECT gen_random_uuid() AS id, h.*,
       CASE WHEN h.n % 14 = 0 THEN 'declined' ELSE 'completed' END AS status,
       CASE WHEN h.age < 18 THEN 'youngCarer' ELSE 'adult' END AS kind
FROM demo_history h
WHERE (h.n % 5 IN (0, 1, 2) OR h.n % 14 = 0) AND h.completed_at < now() - interval '1 day';

INSERT INTO assessment (id, carer_id, kind, status, requested_at, requested_by, answers, submitted_at, decision, eligible, completed_at, completed_by, updated_at)
SELECT id, carer_id, kind, status, requested_at, 'demo-reports',
       CASE WHEN n % 3 = 0 THEN '{"workEducationTrainingLeisure": "I work part time and caring makes it hard to keep my hours."}'::jsonb ELSE '{}'::jsonb END,
       CASE WHEN status = 'completed' THEN completed_at END,
       CASE WHEN status = 'completed' THEN jsonb_build_object('needsArise', true, 'healthAtRisk', n % 2 = 0, 'significantImpact', true, 'outcomes', '{}'::jsonb,
            'eligible', n % 4 <> 3, 'explanation', 'Demo decision.', 'assessorReasons', 'Demo reasons.', 'decidedAt', completed_at) END,
       CASE WHEN status = 'completed' THEN n % 4 <> 3 END,
       CASE WHEN status = 'completed' THEN completed_at END,
       CASE WHEN status = 'completed' THEN 'demo-assessor' END,
       COALESCE(CASE WHEN status = 'completed' THEN completed_at END, requested_at + interval '6 days')
FROM demo_assessment;

INSERT INTO assessment_event (assessment_id, from_status, to_status, at, by_subject, by_role)
SELECT id, 'requested', 'offered', requested_at + interval '2 days', 'demo-assessor', 'Staff.Assessor' FROM demo_assessment
UNION ALL
SELECT id, 'offered', status, CASE WHEN status = 'completed' THEN completed_at ELSE requested_at + interval '6 days' END, 'demo-assessor', 'Staff.Assessor'
FROM demo_assessment;

-- Support plans for eligible carers, reviewed a year on.
INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on, created_at, updated_at)
SELECT id, carer_id, 'Demo needs.', 'Demo eligible needs.', '[]', 25000, (completed_at + interval '1 year')::date, completed_at, completed_at
FROM demo_assessment WHERE status = 'completed' AND n % 4 <> 3;

-- Grants for a share of assessed adult carers: paid (some late), sent for payment, declined, cancelled.
CREATE TEMP TABLE demo_grant AS
SELECT a.*, a.completed_at + interval '3 days' AS submitted_at,
       (a.completed_at + interval '8 days')::date AS decided_on,
       CASE WHEN a.n % 24 IN (0, 5, 10) THEN 'paid' WHEN a.n % 24 = 15 THEN 'approved' WHEN a.n % 24 = 20 THEN 'declined' ELSE 'cancelled' END AS grant_status
FROM demo_assessment a
WHERE a.status = 'completed' AND a.kind = 'adult' AND a.n % 24 IN (0, 5, 10, 15, 20, 1) AND a.completed_at + interval '40 days' < now();

INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, submitted_at, decided_at,
    decided_by, approved_on, decline_reason, paid_on, payment_reference, cancelled_at, payment_batch)
SELECT carer_id,
       CASE WHEN extract(month FROM submitted_at) >= 4 THEN extract(year FROM submitted_at)::int ELSE extract(year FROM submitted_at)::int - 1 END,
       'adults', 'A short break away', 20000 + (n % 5) * 5000, 'A rest from caring', grant_status, id, submitted_at,
       CASE WHEN grant_status <> 'cancelled' THEN decided_on::timestamptz END,
       CASE WHEN grant_status <> 'cancelled' THEN 'demo-officer' END,
       CASE WHEN grant_status IN ('paid', 'approved') THEN decided_on END,
       CASE WHEN grant_status = 'declined' THEN 'Demo: the need is met by the support plan.' END,
       CASE WHEN grant_status = 'paid' THEN decided_on + (5 + n % 14) END,
       CASE WHEN grant_status = 'paid' THEN 'DEMO-' || n END,
       CASE WHEN grant_status = 'cancelled' THEN submitted_at + interval '2 days' END,
       CASE WHEN grant_status IN ('paid', 'approved') THEN 'DEMO-BATCH' END
FROM demo_grant;

-- The pots of the years with grants: what the grants above commit and pay, and a budget of about 1.6 times the commitment.
INSERT INTO grant_pot (financial_year, pot, budget_pence, committed_pence, paid_pence)
SELECT financial_year, pot, GREATEST(ceil(committed * 1.6 / 100000.0)::bigint * 100000, 500000), committed, paid
FROM (SELECT y.financial_year, p.pot,
             COALESCE((SELECT sum(amount_pence) FROM grant_application g WHERE g.financial_year = y.financial_year AND g.pot = p.pot AND g.status IN ('approved', 'paid')), 0) AS committed,
             COALESCE((SELECT sum(amount_pence) FROM grant_application g WHERE g.financial_year = y.financial_year AND g.pot = p.pot AND g.status = 'paid'), 0) AS paid
      FROM (SELECT DISTINCT financial_year FROM grant_application) y CROSS JOIN (VALUES ('adults'), ('children')) AS p(pot)) pots
ON CONFLICT (financial_year, pot) DO UPDATE SET committed_pence = EXCLUDED.committed_pence, paid_pence = EXCLUDED.paid_pence
WHERE grant_pot.committed_pence = 0;

-- Breaks already taken by carers with a support plan, of every type.
INSERT INTO break_booking (carer_id, relationship_id, provider_id, break_type, starts_on, ends_on, sitting_minutes, emergency, status, requested_at, decided_by)
SELECT b.carer_id, b.relationship_id, (SELECT p.provider_id FROM provider_capacity p WHERE p.break_type = b.break_type ORDER BY p.provider_id LIMIT 1),
       b.break_type, b.starts_on, b.starts_on + b.days - 1, CASE WHEN b.break_type = 'sittingService' THEN 120 END, b.n % 40 = 0, 'completed',
       b.completed_at + interval '10 days', 'demo-assessor'
FROM (SELECT a.*, (a.completed_at + interval '20 days')::date AS starts_on,
             (ARRAY['shortBreak', 'sittingService', 'dayOpportunities', 'residentialRespite', 'sharedLives'])[1 + (a.n / 8) % 5] AS break_type,
             (ARRAY[3, 1, 1, 7, 2])[1 + (a.n / 8) % 5] AS days
      FROM demo_assessment a WHERE a.status = 'completed' AND a.n % 4 <> 3 AND a.n % 8 IN (0, 1, 2) AND a.relationship_id IS NOT NULL) b
WHERE b.starts_on + b.days < current_date
  AND EXISTS (SELECT 1 FROM provider_capacity p WHERE p.break_type = b.break_type);

-- Support the partners gave: Carers Central for adults, CHUMS for young and young adult carers.
INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, recorded_by, recorded_at)
SELECT h.carer_id, CASE WHEN h.age < 26 THEN 'Chums' ELSE 'CarersCentral' END,
       CASE WHEN h.age < 26 THEN (ARRAY['peerGroup', 'schoolVisit', 'trip', 'coaching', 'counselling'])[1 + (h.n + k) % 5]
            ELSE (ARRAY['helplineCall', 'advice', 'benefitAdvice', 'training', 'peerGroup', 'coaching'])[1 + (h.n + k) % 6] END,
       (h.identified_at + make_interval(days => 10 + k * 45))::date, 30 + (h.n % 4) * 15, 'demo-partner', h.identified_at + make_interval(days => 10 + k * 45)
FROM demo_history h CROSS JOIN generate_series(0, 2) AS k
WHERE h.n % 3 = 0 AND h.identified_at + make_interval(days => 10 + k * 45) < now();

COMMIT;
ANALYZE assessment, assessment_event, support_plan, grant_application, grant_pot, break_booking, partner_support;
SELECT (SELECT count(*) FROM assessment WHERE requested_by = 'demo-reports') AS demo_assessments,
       (SELECT count(*) FROM grant_application) AS grants, (SELECT count(*) FROM break_booking) AS breaks;
