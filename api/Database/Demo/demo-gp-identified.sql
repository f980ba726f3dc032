-- The GP worklist for ./run.sh and the browser tests: people three practices flagged as carers who
-- agreed to be contacted and whom the council does not know yet, first flagged over the last three
-- months, some with contact attempts (could not reach; one declined and one not a carer, so off the
-- list); and GP flags for some demo carers the council already knows, so their records show a GP
-- status (mostly "identified as a carer", some "no longer a carer", a few inactive).
-- NHS numbers are in the 999 test range (999 9xx xxx) with a valid Modulus 11 check digit. The
-- flags' subject hash is a stand-in (SHA-256 of a demo prefix), not the API's keyed hash: a demo
-- flag sent again through the API is stored as a new flag, which is harmless here.
-- Needs demo-data.sql first. Does nothing if the demo worklist is already there.
\set ON_ERROR_STOP on
SELECT count(*) > 0 AS has_demo_worklist FROM gp_identified_person WHERE nhs_number LIKE '9999%' \gset
\if :has_demo_worklist
  \echo 'Demo GP worklist already loaded.'
  \quit
\endif

BEGIN;

CREATE TEMP TABLE demo_gp_person AS
SELECT k, nhs, ods, first_flagged_at, (first_flagged_at - interval '2 days')::date AS recorded_on
FROM (
    SELECT k, b || ((11 - (s % 11)) % 11)::text AS nhs, (11 - (s % 11)) % 11 AS check_digit,
           (ARRAY['A81001', 'B82002', 'C83003'])[1 + k % 3] AS ods,
           date_trunc('minute', now()) - make_interval(days => 95 - k * 6, hours => k) AS first_flagged_at
    FROM (
        SELECT k, b, (SELECT sum(substr(b, i, 1)::int * (11 - i)) FROM generate_series(1, 9) AS i) AS s
        FROM (SELECT k, '9999' || lpad((10000 + k * 37)::text, 5, '0') AS b FROM generate_series(1, 16) AS k) x
    ) y
) z
WHERE check_digit <> 10 AND nhs NOT IN (SELECT nhs_number FROM carer WHERE nhs_number IS NOT NULL);

INSERT INTO gp_identified_person (nhs_number, ods_code, is_carer, latest_flag_on, status, first_flagged_at)
SELECT nhs, ods, true, recorded_on, 'awaitingContact', first_flagged_at FROM demo_gp_person
ON CONFLICT (nhs_number) DO NOTHING;

INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, snomed_code, is_carer, status, recorded_on, consent_to_contact, source, received_at)
SELECT ods, substring(sha256(convert_to('demo-gp:' || nhs, 'UTF8')) FROM 1 FOR 16), nhs, '224484003', true, 'active', recorded_on, true, 'fhir', first_flagged_at
FROM demo_gp_person
ON CONFLICT DO NOTHING;

-- Attempts: the three oldest could not be reached (the oldest twice); the fourth declined and the
-- fifth is not a carer, both now off the worklist.
INSERT INTO gp_contact_attempt (nhs_number, outcome, note, attempted_by, attempted_at)
SELECT p.nhs, a.outcome, a.note, 'demo-assessor', p.first_flagged_at + make_interval(days => a.after_days)
FROM (SELECT nhs, first_flagged_at, (row_number() OVER (ORDER BY first_flagged_at))::int AS r FROM demo_gp_person) p
JOIN (VALUES
    (1, 'couldNotReach', 'Practice rang twice; no answer. Letter sent via the practice.', 7),
    (1, 'couldNotReach', 'Practice says the mobile number on file is out of date.', 21),
    (2, 'couldNotReach', NULL, 10),
    (3, 'couldNotReach', 'Left a voicemail through the practice.', 5),
    (4, 'declined', 'Spoke on the phone: happy with the help the family gives; knows how to reach us.', 4),
    (5, 'notACarer', 'Cares as a paid home carer, not for a relative.', 3)
) AS a(r, outcome, note, after_days) ON a.r = p.r;

UPDATE gp_identified_person p SET status = CASE l.outcome WHEN 'couldNotReach' THEN 'contacted' ELSE l.outcome END
FROM (SELECT DISTINCT ON (nhs_number) nhs_number, outcome FROM gp_contact_attempt ORDER BY nhs_number, attempted_at DESC) l
WHERE l.nhs_number = p.nhs_number AND p.nhs_number IN (SELECT nhs FROM demo_gp_person);

-- Known demo carers with an NHS number: one in six has GP flags; of those, one in five is no longer
-- a carer by a later flag and one in eleven has an inactive latest flag.
CREATE TEMP TABLE demo_gp_known AS
SELECT id, nhs_number, (row_number() OVER (ORDER BY nhs_number))::int AS r
FROM carer WHERE nhs_number IS NOT NULL AND merged_into IS NULL AND gp_carer_status IS NULL;
DELETE FROM demo_gp_known WHERE r % 6 <> 0;

INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source, received_at)
SELECT (ARRAY['A81001', 'B82002', 'C83003'])[1 + (r / 6) % 3], substring(sha256(convert_to('demo-gp:' || nhs_number, 'UTF8')) FROM 1 FOR 16),
       nhs_number, id, '224484003', true, 'active', current_date - (200 + (r % 300))::int, true, 'fhir', now() - make_interval(days => 199 + (r % 300)::int)
FROM demo_gp_known
ON CONFLICT DO NOTHING;

INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source, received_at)
SELECT (ARRAY['A81001', 'B82002', 'C83003'])[1 + (r / 6) % 3], substring(sha256(convert_to('demo-gp:' || nhs_number, 'UTF8')) FROM 1 FOR 16),
       nhs_number, id, CASE WHEN (r / 6) % 5 = 0 THEN '199361000000101' ELSE '224484003' END,
       (r / 6) % 5 <> 0, CASE WHEN (r / 6) % 5 = 0 THEN 'active' ELSE 'inactive' END,
       current_date - (10 + (r % 150))::int, true, 'fhir', now() - make_interval(days => 9 + (r % 150)::int)
FROM demo_gp_known WHERE (r / 6) % 5 = 0 OR (r / 6) % 11 = 0
ON CONFLICT DO NOTHING;

UPDATE carer c SET gp_carer_status = f.gp_carer_status, gp_status_on = f.recorded_on, gp_status_ods_code = f.ods_code
FROM (
    SELECT DISTINCT ON (carer_id) carer_id, recorded_on, ods_code,
           CASE WHEN status = 'inactive' THEN 'flagInactive' WHEN is_carer THEN 'identifiedAsCarer' ELSE 'noLongerACarer' END AS gp_carer_status
    FROM gp_flag WHERE carer_id IN (SELECT id FROM demo_gp_known)
    ORDER BY carer_id, recorded_on DESC, (is_carer AND status = 'active'), id DESC
) f
WHERE c.id = f.carer_id;

COMMIT;
