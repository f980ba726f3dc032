-- The carers' survey for ./run.sh and the browser tests: opens the survey for the financial year
-- containing today (until 31 March), unless that year is already there or another year is open,
-- and adds answers from synthetic demo carers (about 40% of them, at most 400), each with its
-- participation row. Sam (demo-carer-0001) and the other carers the demo data and the journeys
-- sign in as (the first twenty demo-carer-NNNN subjects) are left out, so you can answer as them.
-- The answers are drawn once per carer from one "how are things" value, so the items and the
-- satisfaction agree with each other the way real answers tend to.
-- Needs demo-data.sql first. Safe to run again: nothing is added once the year has 20 respondents.
\set ON_ERROR_STOP on
BEGIN;
SELECT setseed(0.1217);
SELECT CASE WHEN extract(month FROM current_date) >= 4 THEN extract(year FROM current_date) ELSE extract(year FROM current_date) - 1 END::int AS survey_year \gset

INSERT INTO survey_year (financial_year, closes_on, opened_by, opened_at)
VALUES (:survey_year, make_date(:survey_year + 1, 3, 31), 'demo-manager', current_date - 30 + time '09:00')
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE demo_answer AS
SELECT c.id, c.date_of_birth, random() AS well, random() AS r_sat,
       ARRAY[random(), random(), random(), random(), random(), random()] AS r_items
FROM carer c
WHERE EXISTS (SELECT 1 FROM survey_year y WHERE y.financial_year = :survey_year AND y.status = 'open')
  AND (SELECT count(*) FROM survey_participation p WHERE p.financial_year = :survey_year) < 20
  AND c.id NOT IN (SELECT id FROM carer WHERE account_subject LIKE 'demo-carer-%' ORDER BY account_subject LIMIT 20)
  AND c.family_name <> 'Sampleford'
  AND NOT EXISTS (SELECT 1 FROM survey_participation p WHERE p.financial_year = :survey_year AND p.carer_id = c.id)
ORDER BY c.id
LIMIT least(400, (SELECT count(*) * 2 / 5 FROM carer));

INSERT INTO survey_participation (financial_year, carer_id)
SELECT :survey_year, id FROM demo_answer
ON CONFLICT DO NOTHING;

-- Each item is better when things are going well, with some spread (2 is the best answer); about
-- one in twelve has received no support. Written in a random order, with no carer id (decision 0017).
INSERT INTO survey_response (financial_year, occupation, control, self_care, safety, social_participation, encouragement, satisfaction, age_band)
SELECT :survey_year, s[1], s[2], s[3], s[4], s[5], s[6],
       CASE WHEN (a.r_sat * 1000)::int % 12 = 0 THEN 'notReceivedSupport'
            WHEN a.well * 0.6 + a.r_sat * 0.6 > 0.95 THEN 'extremelySatisfied'
            WHEN a.well * 0.6 + a.r_sat * 0.6 > 0.78 THEN 'verySatisfied'
            WHEN a.well * 0.6 + a.r_sat * 0.6 > 0.58 THEN 'quiteSatisfied'
            WHEN a.well * 0.6 + a.r_sat * 0.6 > 0.40 THEN 'neitherSatisfiedNorDissatisfied'
            WHEN a.well * 0.6 + a.r_sat * 0.6 > 0.26 THEN 'quiteDissatisfied'
            WHEN a.well * 0.6 + a.r_sat * 0.6 > 0.12 THEN 'veryDissatisfied'
            ELSE 'extremelyDissatisfied' END,
       CASE WHEN age < 18 THEN 'under18' WHEN age <= 25 THEN 'from18To25' WHEN age <= 64 THEN 'from26To64' ELSE 'from65' END
FROM demo_answer a
CROSS JOIN LATERAL (SELECT extract(year FROM age(current_date, a.date_of_birth))::int AS age) g
CROSS JOIN LATERAL (SELECT array_agg(CASE WHEN a.well * 0.7 + r * 0.5 > 0.72 THEN 2 WHEN a.well * 0.7 + r * 0.5 > 0.36 THEN 1 ELSE 0 END::smallint
                                     ORDER BY k) AS s
                    FROM unnest(a.r_items) WITH ORDINALITY AS u (r, k)) items
ORDER BY random();

SELECT :survey_year AS survey_year, (SELECT count(*) FROM survey_response WHERE financial_year = :survey_year) AS survey_responses;
COMMIT;
