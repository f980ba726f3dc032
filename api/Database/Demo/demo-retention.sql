-- Closed records past their retention date, for ./run.sh and the browser tests: four invented carers closed seven to
-- nine years ago (one of them with a compliment and a caring relationship, so the review shows what anonymising removes),
-- already listed for the data-protection officer's review, as the nightly run would have listed them
-- (decision 0027). Invented names and NHS-free; safe to run again (nothing is added for a name already there).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE demo_closed (given text, family text, born date, postcode text, reason text, years_ago int);
INSERT INTO demo_closed VALUES
  ('Rowena', 'Oldfield', '1958-04-22', 'LU2 9QT', 'exCarer', 9),
  ('Desmond', 'Farwell', '1949-11-03', 'LU3 1HX', 'died', 8),
  ('Priya', 'Longago', '1971-07-30', 'LU4 0PP', 'movedAway', 7),
  ('Gareth', 'Quietly', '1966-01-15', 'LU1 5RS', 'noContact', 7);

INSERT INTO carer (registered_by, given_name, family_name, date_of_birth, email, phone, address_line1, town, postcode,
                   preferred_language, preferred_contact_channel, identification_source, identified_at, closed_at, closed_reason)
SELECT 'staff', d.given, d.family, d.born, lower(d.given) || '@example.com', '07700 900' || (100 + row_number() OVER ())::text,
       (10 + row_number() OVER ())::text || ' Demo Street', 'Luton', d.postcode, 'en', 'email', 'staff',
       now() - make_interval(years => d.years_ago + 2), now() - make_interval(years => d.years_ago), d.reason
FROM demo_closed d
WHERE NOT EXISTS (SELECT 1 FROM carer c WHERE c.given_name = d.given AND c.family_name = d.family);

INSERT INTO cared_for_person (given_name, family_name, date_of_birth, postcode)
SELECT 'Agnes', 'Oldfield', '1930-02-11', 'LU2 9QT'
WHERE NOT EXISTS (SELECT 1 FROM cared_for_person WHERE given_name = 'Agnes' AND family_name = 'Oldfield');
INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on, ended_on)
SELECT c.id, p.id, 'parent', 'dementia', 40, true, (c.identified_at)::date, (c.closed_at)::date
FROM carer c, cared_for_person p
WHERE c.given_name = 'Rowena' AND c.family_name = 'Oldfield' AND p.given_name = 'Agnes' AND p.family_name = 'Oldfield'
  AND NOT EXISTS (SELECT 1 FROM caring_relationship r WHERE r.carer_id = c.id);
INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
SELECT c.id, 'compliment', 'staff', 'Thank you to the carers team for all the help with Mum.', 'letter', c.identified_at + interval '1 year',
       (c.identified_at + interval '1 year')::date, 'demo-assessor-1', 'recorded'
FROM carer c WHERE c.given_name = 'Rowena' AND c.family_name = 'Oldfield'
  AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.carer_id = c.id);

INSERT INTO retention_review (carer_id, closed_reason, closed_on, due_on)
SELECT c.id, c.closed_reason, (c.closed_at AT TIME ZONE 'Europe/London')::date, ((c.closed_at AT TIME ZONE 'Europe/London')::date + interval '6 years')::date
FROM carer c JOIN demo_closed d ON d.given = c.given_name AND d.family = c.family_name
ON CONFLICT (carer_id) DO NOTHING;
COMMIT;
