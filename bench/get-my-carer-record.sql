-- The same SQL as GetMyCarerRecord.Handler.Sql, in one transaction per call as Npgsql sends its batch,
-- for pgbench: carer bench-1 to bench-200 (bench/get-my-carer-record.sh and bench/scale.sh rename 200 carers so).
\set i random(1, 200)
BEGIN;
INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome, carer_id) SELECT 'bench-' || :i, 'Carer', 'GetMyCarerRecord', 'carer', c.id::text, CASE WHEN c.id IS NULL THEN 'notFound' ELSE 'success' END, c.id FROM (SELECT 1) AS one LEFT JOIN carer c ON c.account_subject = 'bench-' || :i;
SELECT id, given_name, family_name, date_of_birth, registered_by, email, phone, address_line1, address_line2, town, postcode, preferred_language, preferred_contact_channel, reasonable_adjustments, ethnicity, employment_status, education_status, nhs_number, gp_practice_ods_code, identification_source, identified_at, version FROM carer WHERE account_subject = 'bench-' || :i;
SELECT r.id AS relationship_id, p.given_name, p.family_name, p.postcode, r.relationship, r.main_need, r.hours_per_week, r.lives_with_carer, r.started_on, r.ended_on FROM caring_relationship r JOIN cared_for_person p ON p.id = r.cared_for_person_id WHERE r.carer_id = (SELECT id FROM carer WHERE account_subject = 'bench-' || :i) ORDER BY r.ended_on IS NOT NULL, r.started_on DESC, r.id LIMIT 50;
SELECT DISTINCT ON (purpose) purpose, basis, given_on, withdrawn_on FROM consent WHERE carer_id = (SELECT id FROM carer WHERE account_subject = 'bench-' || :i) ORDER BY purpose, given_at DESC;
SELECT partner, referred_at FROM partner_referral WHERE carer_id = (SELECT id FROM carer WHERE account_subject = 'bench-' || :i) ORDER BY referred_at DESC LIMIT 20;
COMMIT;
