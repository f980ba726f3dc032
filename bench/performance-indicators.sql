-- Proportionate extras for bench/performance-indicators.sh, after the demo data (demo-data.sql with
-- -v count=N and the other demo-*.sql): the tables the indicators read that the demo data leaves
-- empty or fixed in size. Set-based and seeded. Per carer: a referral for each one identified by a
-- partner, a GP flag for each one identified by a GP, anonymous GP flags (5%), GP-identified people
-- we do not know yet (3%), and two audit events (1 in 50 an emergency plan look-up).
\set ON_ERROR_STOP on
BEGIN;
SELECT setseed(0.13);
INSERT INTO partner_referral (carer_id, partner, referred_by, matched_by, referred_at)
SELECT c.id, CASE WHEN extract(year FROM age(c.identified_at, c.date_of_birth)) < 26 THEN 'Chums' ELSE 'CarersCentral' END,
       'bench', 'new', c.identified_at
FROM carer c WHERE c.identification_source = 'partnerReferral';

INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source, received_at)
SELECT 'A' || (10000 + abs(hashtext(c.id::text)) % 30), sha256(c.id::text::bytea)::bytea, c.nhs_number, c.id, '224484003', true, 'active',
       (c.identified_at AT TIME ZONE 'Europe/London')::date, true, 'fhir', c.identified_at
FROM carer c WHERE c.identification_source = 'gpFlag';

CREATE TEMP TABLE bench_gp AS
SELECT i, random() AS r, now() - make_interval(days => (i * 7) % 1100) AS at
FROM generate_series(1, GREATEST(:count * 3 / 100, 1)) AS i;
INSERT INTO gp_identified_person (nhs_number, ods_code, is_carer, latest_flag_on, status, first_flagged_at)
SELECT '998' || lpad(i::text, 7, '0'), 'A' || (10000 + i % 30), r > 0.03, (at AT TIME ZONE 'Europe/London')::date,
       CASE WHEN r < 0.6 THEN 'awaitingContact' WHEN r < 0.8 THEN 'contacted' WHEN r < 0.95 THEN 'registered' ELSE 'noLongerACarer' END, at
FROM bench_gp;
INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, snomed_code, is_carer, status, recorded_on, consent_to_contact, source, received_at)
SELECT 'A' || (10000 + i % 30), sha256(('gp-' || i)::bytea), '998' || lpad(i::text, 7, '0'), '224484003', r > 0.03, 'active',
       (at AT TIME ZONE 'Europe/London')::date, true, 'fhir', at
FROM bench_gp;
-- Anonymous flags: no NHS number (no consent to contact); one in ten a later inactive flag for the same person.
INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, snomed_code, is_carer, status, recorded_on, consent_to_contact, source, received_at)
SELECT 'A' || (10000 + i % 30), sha256(('anon-' || i)::bytea), NULL, '224484003', true, s.status,
       ((now() - make_interval(days => (i * 11) % 1100 - CASE WHEN s.status = 'inactive' THEN 60 ELSE 0 END)) AT TIME ZONE 'Europe/London')::date, false,
       CASE WHEN i % 4 = 0 THEN 'csv' ELSE 'fhir' END, now() - make_interval(days => (i * 11) % 1100)
FROM generate_series(1, GREATEST(:count * 5 / 100, 1)) AS i
CROSS JOIN LATERAL (SELECT 'active' AS status UNION ALL SELECT 'inactive' WHERE i % 10 = 0) s;

-- The audit log: every read and change is audited, so it is the largest table in production. Two events a carer over three years.
INSERT INTO audit_event (occurred_at, actor_subject, actor_role, action, record_type, record_id, outcome)
SELECT now() - make_interval(days => (k * 13 + n * 7) % 1100, secs => n % 86400), 'bench-staff-' || (n % 40), 'Staff.Assessor',
       CASE WHEN n % 50 = 0 THEN 'LookUpEmergencyPlan' WHEN n % 3 = 0 THEN 'GetCarer' WHEN n % 3 = 1 THEN 'SearchCarers' ELSE 'GetMyCarerRecord' END,
       'carer', c.id::text, CASE WHEN n % 50 = 0 AND n % 7 = 0 THEN 'notFound' ELSE 'success' END
FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n FROM carer) c CROSS JOIN generate_series(1, 2) AS k;
COMMIT;
ANALYZE partner_referral, gp_flag, gp_identified_person, audit_event;
