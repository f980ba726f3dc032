-- Issue #14 for ./run.sh and the browser tests (decisions 0023 and 0024):
-- * Sam Sampleford (the "Sam, a carer already registered" persona, demo-carer-0001) has a Carers
--   Central referral awaiting their answer, so Sam sees the banner when they sign in and staff see
--   "Referrals awaiting Sam Sampleford's answer" on the record. Sam withdrew the consent to share
--   with Carers Central that demo-data.sql may give them a month ago, so the referral is what asks again.
-- * Three carers care for the same person (Zainab Mockridge: her daughter, her son and her husband),
--   so the staff record's "Other carers" column lists the other two.
-- Every name is invented; the NHS numbers are in the 999 test range with a valid check digit.
-- Needs demo-data.sql first. Does nothing if already loaded.
\set ON_ERROR_STOP on
SELECT count(*) > 0 AS has_demo_shared FROM carer WHERE family_name = 'Mockridge' AND registered_by = 'staff' \gset
\if :has_demo_shared
  \echo 'Demo shared care and referrals already loaded.'
  \quit
\endif

BEGIN;

-- Sam withdrew consent to share with Carers Central a month ago (if demo-data.sql gave it), and
-- Carers Central has referred Sam since: its reported consent awaits Sam's answer.
UPDATE consent k SET withdrawn_on = GREATEST(k.given_on, current_date - 30), withdrawn_at = now() - interval '30 days', withdrawn_by = 'demo-carer-0001'
FROM carer c
WHERE c.account_subject = 'demo-carer-0001' AND k.carer_id = c.id AND k.purpose = 'shareWithCarersCentral' AND k.withdrawn_at IS NULL;

WITH sam AS (
    SELECT c.id, c.nhs_number FROM carer c
    WHERE c.account_subject = 'demo-carer-0001'
      AND NOT EXISTS (SELECT 1 FROM reported_consent r WHERE r.carer_id = c.id AND r.status = 'awaiting' AND r.purpose = 'shareWithCarersCentral')
), referral AS (
    INSERT INTO partner_referral (carer_id, partner, referred_by, matched_by, reason, referred_at)
    SELECT id, 'CarersCentral', 'demo-carers-central', CASE WHEN nhs_number IS NULL THEN 'probable' ELSE 'nhsNumber' END,
           'Came to our carers’ drop-in: caring for their mother since her stroke and would like a carer’s assessment.',
           date_trunc('minute', now()) - interval '3 days'
    FROM sam
    RETURNING id, carer_id, referred_by, referred_at
)
INSERT INTO reported_consent (referral_id, carer_id, partner, purpose, basis, given_on, reported_by, reported_at)
SELECT id, carer_id, 'CarersCentral', 'shareWithCarersCentral', 'self', (referred_at - interval '1 day')::date, referred_by, referred_at
FROM referral;

-- The Mockridge family: one cared-for person, three carers registered by staff.
CREATE TEMP TABLE demo_family_carer (given_name text, date_of_birth date, relationship text, hours integer, lives boolean, nhs text, phone text);
INSERT INTO demo_family_carer VALUES
    ('Nadia', DATE '1979-05-21', 'parent', 25, false, '9998700108', '07700 900191'),
    ('Omar', DATE '1983-11-02', 'parent', 10, false, '9998700116', '07700 900205'),
    ('Yusuf', DATE '1950-02-14', 'spouseOrPartner', 70, true, '9998700124', '07700 900213');

INSERT INTO carer (id, registered_by, given_name, family_name, date_of_birth, phone, address_line1, town, postcode,
    preferred_language, preferred_contact_channel, nhs_number, identification_source, identified_at)
SELECT gen_random_uuid(), 'staff', f.given_name, 'Mockridge', f.date_of_birth, f.phone,
       CASE WHEN f.lives THEN '14 Example Crescent' ELSE format('%s Example Road', 20 + length(f.given_name)) END, 'Luton',
       CASE WHEN f.lives THEN 'LU3 2MR' ELSE 'LU2 7MR' END, 'en', 'phone',
       CASE WHEN f.nhs IN (SELECT nhs_number FROM carer WHERE nhs_number IS NOT NULL) THEN NULL ELSE f.nhs END,
       'staff', now() - interval '40 days'
FROM demo_family_carer f;

INSERT INTO cared_for_person (id, given_name, family_name, date_of_birth, postcode)
VALUES (gen_random_uuid(), 'Zainab', 'Mockridge', DATE '1952-08-09', 'LU3 2MR');

INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on,
    given_name, family_name, postcode)
SELECT c.id, p.id, f.relationship, 'dementia', f.hours, f.lives, DATE '2022-03-01', 'Zainab', 'Mockridge', 'LU3 2MR'
FROM demo_family_carer f
JOIN carer c ON c.given_name = f.given_name AND c.family_name = 'Mockridge' AND c.registered_by = 'staff'
CROSS JOIN (SELECT id FROM cared_for_person WHERE given_name = 'Zainab' AND family_name = 'Mockridge') p;

INSERT INTO consent (carer_id, purpose, basis, given_on, given_by)
SELECT id, 'contactMe', 'self', current_date - 40, 'demo-data' FROM carer WHERE family_name = 'Mockridge' AND registered_by = 'staff';

COMMIT;
