-- Last financial year's work for 24 synthetic carers who cannot sign in, so the statutory returns
-- (Client Level Data and SALT LTS003, decision 0019) have something to show in ./run.sh and the
-- browser tests: completed assessments (most eligible), paid grants (direct payments), completed
-- breaks (commissioned support) and partners' advice. The signed-in demo carers are left alone.
-- Dates are relative to today. Needs demo-data.sql and demo-break-providers.sql first. Does
-- nothing if it has already given last financial year its work (its assessments are requested by
-- 'demo-returns'), so kept data gets a new year's worth once the year turns.
\set ON_ERROR_STOP on
SELECT NOT EXISTS (SELECT 1 FROM assessment WHERE requested_by = 'demo-returns'
                   AND requested_at >= make_date(extract(year FROM current_date - interval '3 months')::int - 1, 4, 1)) AS fresh \gset
\if :fresh
BEGIN;
CREATE TEMP TABLE demo_returns_carer AS
WITH year AS (SELECT make_date(extract(year FROM current_date - interval '3 months')::int - 1, 4, 1) AS starts)
SELECT c.id AS carer_id, n, (SELECT starts FROM year) AS fy_start,
       (SELECT r.id FROM caring_relationship r WHERE r.carer_id = c.id ORDER BY r.hours_per_week DESC, r.id LIMIT 1) AS relationship_id
FROM (SELECT id, (row_number() OVER (ORDER BY family_name, given_name, id))::int AS n FROM carer
      WHERE account_subject IS NULL AND merged_into IS NULL
        AND date_of_birth <= (SELECT starts FROM year) - interval '18 years'
        AND EXISTS (SELECT 1 FROM caring_relationship r WHERE r.carer_id = carer.id)) c
WHERE n <= 24;

CREATE TEMP TABLE demo_returns_assessment AS
SELECT gen_random_uuid() AS id, carer_id, n, fy_start, relationship_id, fy_start + n * 7 AS requested_on, n % 4 <> 0 AS eligible
FROM demo_returns_carer;

INSERT INTO assessment (id, carer_id, kind, status, requested_at, requested_by, allocated_to, scheduled_for, eligible, completed_at, completed_by, updated_at)
SELECT id, carer_id, 'adult', 'completed', requested_on + time '10:00', 'demo-returns', 'demo-assessor-1', requested_on + 10, eligible,
       (requested_on + 20) + time '15:00', 'demo-assessor-1', (requested_on + 20) + time '15:00'
FROM demo_returns_assessment;

INSERT INTO assessment_event (assessment_id, from_status, to_status, at, by_subject, by_role)
SELECT id, f, t, (requested_on + d) + time '11:00', 'demo-assessor-1', 'Staff.Assessor'
FROM demo_returns_assessment, (VALUES (NULL, 'requested', 0), ('requested', 'scheduled', 3), ('scheduled', 'inProgress', 10), ('inProgress', 'completed', 20)) AS m(f, t, d);

INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id,
    submitted_at, decided_at, decided_by, approved_on, paid_on, payment_reference)
SELECT carer_id, extract(year FROM fy_start)::int, 'adults', 'A short holiday with my family', 25000, 'Time away from caring', 'paid', id,
       (requested_on + 22) + time '09:00', (requested_on + 25) + time '09:00', 'demo-grants-officer-1', requested_on + 25, requested_on + 30, 'DEMO-' || n
FROM demo_returns_assessment a WHERE eligible AND n % 2 = 0
  -- One application a carer a year: demo-reports.sql may already have given this carer last year's.
  AND NOT EXISTS (SELECT 1 FROM grant_application g WHERE g.carer_id = a.carer_id AND g.financial_year = extract(year FROM a.fy_start)::int);

INSERT INTO break_booking (carer_id, relationship_id, provider_id, break_type, starts_on, ends_on, status, requested_at, decided_by)
SELECT a.carer_id, a.relationship_id, p.provider_id, p.break_type, a.requested_on + 40, a.requested_on + 41, 'completed',
       (a.requested_on + 30) + time '09:00', 'demo-assessor-1'
FROM demo_returns_assessment a
CROSS JOIN (SELECT provider_id, break_type FROM provider_capacity WHERE break_type <> 'sittingService' ORDER BY provider_id, break_type LIMIT 1) p
WHERE a.eligible AND a.n % 3 = 0;

INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, recorded_by)
SELECT carer_id, CASE WHEN n % 2 = 0 THEN 'CarersCentral' ELSE 'Chums' END, 'advice', fy_start + n * 10, 45, 'demo-partner'
FROM demo_returns_carer;

SELECT count(*) AS statutory_returns_assessments FROM demo_returns_assessment;
COMMIT;
\endif
