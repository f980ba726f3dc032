-- Synthetic Luton carers for ./run.sh and the benchmarks. Every name is invented (family
-- names are made of "Sample", "Demo", "Mock"... so nobody mistakes them for real people)
-- and every NHS number is in the 999 test range with a valid Modulus 11 check digit.
-- Usage: psql -v count=3000 -f demo-data.sql   (does nothing if demo carers already exist)

\set ON_ERROR_STOP on
SELECT count(*) > 0 AS has_demo FROM carer WHERE account_subject = 'demo-carer-0001' \gset
\if :has_demo
  \echo 'Demo data already loaded.'
  \quit
\endif

BEGIN;
SELECT setseed(0.2026);

CREATE TEMP TABLE demo_given (i int, name text, young boolean);
INSERT INTO demo_given SELECT row_number() OVER (), n, false FROM unnest(ARRAY[
  'Amara','Priya','Mohammed','Oluwaseun','Zofia','Aisha','Jack','Grace','Bilal','Mei','Tariq','Fatima','Declan','Nkechi',
  'Harpreet','Sinead','Kwame','Yasmin','Tomasz','Ruth','Imran','Shanice','Graham','Nusrat','Dorota','Abdul','Maureen',
  'Rashida','Owen','Precious','Sunita','Patrick','Halima','Delroy','Agnieszka','Shabana','Colin','Esther','Farhan','Bridget'
]) AS n;
CREATE TEMP TABLE demo_family (i int, name text);
INSERT INTO demo_family SELECT row_number() OVER (), p || s
FROM unnest(ARRAY['Sample','Demo','Mock','Fiction','Example','Testing','Placeholder','Pretend']) AS p,
     unnest(ARRAY['ford','wood','ton','by','well','field','more','shaw']) AS s;

-- One row per carer, with the mixes drawn once so the columns agree with each other.
CREATE TEMP TABLE demo_carer AS
SELECT n,
       random() AS r_age, random() AS r_eth, random() AS r_src, random() AS r_nhs, random() AS r_hours, random() AS r_need,
       random() AS r_rel, random() AS r_two, random() AS r_consent, random() AS r_channel
FROM generate_series(1, :count) AS n;

INSERT INTO carer (id, account_subject, registered_by, given_name, family_name, date_of_birth, email, phone, address_line1, town,
    postcode, preferred_language, preferred_contact_channel, reasonable_adjustments, ethnicity, employment_status, education_status,
    nhs_number, identification_source, identified_at)
SELECT gen_random_uuid(),
       CASE WHEN src = 'selfRegistration' THEN 'demo-carer-' || CASE WHEN n < 10000 THEN lpad(n::text, 4, '0') ELSE n::text END END,
       CASE src WHEN 'selfRegistration' THEN CASE WHEN age < 16 THEN 'parent' ELSE 'self' END
                WHEN 'staff' THEN 'staff' WHEN 'partnerReferral' THEN 'partner' ELSE 'gp' END,
       CASE WHEN n = 1 THEN 'Sam' ELSE (SELECT name FROM demo_given WHERE i = 1 + (n * 7) % 40) END,
       CASE WHEN n = 1 THEN 'Sampleford' ELSE (SELECT name FROM demo_family WHERE i = 1 + (n * 13) % 64) END,
       (current_date - make_interval(years => age, days => (n * 37) % 365))::date,
       CASE WHEN r_channel < 0.6 THEN format('carer%s@example.com', n) END,
       format('07700 9%s', lpad(((n * 97) % 100000)::text, 5, '0')),
       format('%s Example Street', 1 + n % 180),
       'Luton',
       format('LU%s %s%s%s', 1 + n % 4, n % 10, chr(65 + (n * 3) % 26), chr(65 + (n * 11) % 26)),
       CASE WHEN r_eth BETWEEN 0.32 AND 0.40 THEN 'ur' WHEN r_eth BETWEEN 0.50 AND 0.53 THEN 'bn' WHEN r_eth > 0.97 THEN 'pl' ELSE 'en' END,
       CASE WHEN r_channel < 0.6 THEN 'email' WHEN r_channel < 0.85 THEN 'phone' WHEN r_channel < 0.95 THEN 'text' ELSE 'phone' END,
       CASE WHEN n % 23 = 0 THEN ARRAY['largePrint'] WHEN n % 31 = 0 THEN ARRAY['interpreter'] WHEN n % 97 = 0 THEN ARRAY['bsl'] ELSE '{}' END,
       -- Roughly Luton's 2021 census mix.
       CASE WHEN r_eth < 0.32 THEN 'whiteBritish' WHEN r_eth < 0.50 THEN 'asianPakistani' WHEN r_eth < 0.58 THEN 'asianBangladeshi'
            WHEN r_eth < 0.64 THEN 'asianIndian' WHEN r_eth < 0.70 THEN 'blackAfrican' WHEN r_eth < 0.73 THEN 'blackCaribbean'
            WHEN r_eth < 0.83 THEN 'whiteOther' WHEN r_eth < 0.87 THEN 'whiteIrish' WHEN r_eth < 0.91 THEN 'mixedWhiteAndBlackCaribbean'
            WHEN r_eth < 0.94 THEN 'otherAny' WHEN r_eth < 0.97 THEN 'preferNotToSay' END,
       CASE WHEN age < 18 THEN NULL WHEN age >= 67 THEN 'retired' WHEN n % 5 = 0 THEN 'notWorkingBecauseOfCaring'
            WHEN n % 5 = 1 THEN 'employedPartTime' WHEN n % 5 = 2 THEN 'employedFullTime' ELSE 'unemployed' END,
       CASE WHEN age < 11 THEN 'primary' WHEN age < 16 THEN 'secondary' WHEN age < 19 THEN 'college' WHEN age < 23 AND n % 2 = 0 THEN 'university' END,
       nhs,
       src,
       now() - make_interval(days => (n * 17) % 1100)
FROM (
    SELECT d.*,
           -- About one in ten a young carer (5 to 17), one in eight a young adult carer.
           CASE WHEN r_age < 0.10 THEN 5 + floor(r_age * 130)::int WHEN r_age < 0.22 THEN 18 + floor((r_age - 0.10) * 66)::int
                ELSE 26 + floor((r_age - 0.22) * 80)::int END AS age,
           CASE WHEN n = 1 OR r_src < 0.40 THEN 'selfRegistration' WHEN r_src < 0.65 THEN 'staff' WHEN r_src < 0.85 THEN 'partnerReferral' ELSE 'gpFlag' END AS src,
           CASE WHEN r_nhs < 0.7 THEN (
               SELECT CASE WHEN c = 10 THEN NULL ELSE b || c::text END
               FROM (SELECT b, (11 - (SELECT sum(substr(b, k, 1)::int * (11 - k)) FROM generate_series(1, 9) k) % 11) % 11 AS c
                     FROM (SELECT CASE WHEN n < 1000000 THEN '999' || lpad(n::text, 6, '0') ELSE '99' || n::text END AS b) x) y) END AS nhs
    FROM demo_carer d
) AS carers
ORDER BY n;

-- People cared for in Luton, one each and a second for about a quarter of carers.
CREATE TEMP TABLE demo_link AS
SELECT c.id AS carer_id, d.*, k, gen_random_uuid() AS person_id
FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM carer) c
JOIN demo_carer d USING (n)
CROSS JOIN LATERAL generate_series(1, CASE WHEN d.r_two < 0.25 THEN 2 ELSE 1 END) AS k;

INSERT INTO cared_for_person (id, given_name, family_name, date_of_birth, postcode)
SELECT person_id, (SELECT name FROM demo_given WHERE i = 1 + (n * 11 + k) % 40), (SELECT name FROM demo_family WHERE i = 1 + (n * 13) % 64),
       (current_date - make_interval(years => 20 + (n * k) % 70))::date,
       format('LU%s %s%s%s', 1 + (n + k) % 4, (n + k) % 10, chr(65 + (n * 5) % 26), chr(65 + (n * 7) % 26))
FROM demo_link;

INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on, ended_on)
SELECT carer_id, person_id,
       (ARRAY['parent','child','spouseOrPartner','sibling','grandparent','otherRelative','friend','neighbour'])[1 + floor(r_rel * 8)::int],
       (ARRAY['frailty','physicalDisability','sensoryImpairment','learningDisability','mentalHealth','substanceMisuse','dementia','longTermIllness','other'])[1 + floor(r_need * 9)::int],
       -- Census bands: about 45% 1-19 hours, 20% 20-49, 35% 50 or more.
       CASE WHEN r_hours < 0.45 THEN 5 + floor(r_hours * 30)::int WHEN r_hours < 0.65 THEN 20 + floor((r_hours - 0.45) * 140)::int
            ELSE 50 + floor((r_hours - 0.65) * 300)::int END,
       r_hours > 0.5,
       (current_date - make_interval(years => 1 + (n % 9), days => n % 200))::date,
       CASE WHEN n % 41 = 0 THEN current_date - 30 END
FROM demo_link;

INSERT INTO consent (carer_id, purpose, basis, given_on, given_by)
SELECT carer_id, purpose, 'self', current_date - (n % 300), 'demo-data'
FROM (SELECT DISTINCT carer_id, n, r_consent FROM demo_link) l
CROSS JOIN LATERAL unnest(CASE WHEN r_consent < 0.5 THEN ARRAY['contactMe', 'shareWithCarersCentral']
                               WHEN r_consent < 0.7 THEN ARRAY['contactMe', 'shareWithChums'] ELSE ARRAY['contactMe'] END) AS purpose;

COMMIT;
ANALYZE carer, cared_for_person, caring_relationship, consent;
SELECT count(*) AS demo_carers FROM carer;
