-- Compliments and complaints for ./run.sh and the browser tests: complaints from the first demo
-- carers who can sign in (by subject) at each step (one overdue for acknowledgement, one due today
-- so at risk, one just received, one acknowledged with a response date agreed, one answered) and two
-- compliments, so the carers' lists and the staff complaints queue both have something to show.
-- Dates are relative to today. The API works the acknowledge-by date out in working days with the
-- bank holidays; here calendar days stand in, near enough for demo rows.
-- Needs demo-data.sql first. Does nothing for feedback a carer already has (same text), so it is
-- safe to run again.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE demo_feedback (
    carer int, kind text, about text, body text, via text, days_ago int, ack_days int, status text,
    outcome text, response text, what_will_change text, agreed_days int);
INSERT INTO demo_feedback VALUES
  (1, 'complaint', 'assessment', 'I was promised a call back about my assessment and nobody rang. I had to chase three times.',
   'online', 5, 3, 'received', NULL, NULL, NULL, NULL),
  (2, 'complaint', 'grant', 'My grant application has been waiting for weeks and nobody can tell me what is happening.',
   'phone', 3, 3, 'received', NULL, NULL, NULL, NULL),
  (3, 'complaint', 'break', 'The sitting service cancelled on the morning of my hospital appointment.',
   'online', 0, 3, 'received', NULL, NULL, NULL, NULL),
  (4, 'complaint', 'staff', 'The letter about my support plan had my mother''s name spelled wrongly and the wrong date.',
   'letter', 10, 3, 'acknowledged', NULL, NULL, NULL, 40),
  (5, 'complaint', 'information', 'I asked for the carers leaflet in large print and was sent the normal one twice.',
   'email', 30, 3, 'responded', 'partlyUpheld',
   'We are sorry. Your request was recorded correctly but the leaflet was sent from old stock. The large print leaflet was posted to you on the day we looked into this.',
   'Large print requests are now checked by a second person before they are posted.', NULL),
  (6, 'compliment', 'staff', 'The carers worker who visited was kind and patient and explained everything. Thank you.',
   'online', 7, NULL, 'recorded', NULL, NULL, NULL, NULL),
  (7, 'compliment', 'break', 'The short break gave me the first full night''s sleep in months.',
   'phone', 2, NULL, 'recorded', NULL, NULL, NULL, NULL);

INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status,
    acknowledge_by, acknowledged_at, acknowledged_by, response_due_on, response_period_agreed_at, response_period_agreed_by,
    responded_at, responded_by, outcome, response, what_will_change, ombudsman_advice)
SELECT c.id, d.kind, d.about, d.body, d.via, (current_date - d.days_ago) + time '09:30', current_date - d.days_ago,
       CASE WHEN d.via = 'online' THEN c.account_subject ELSE 'demo-assessor' END, d.status,
       current_date - d.days_ago + d.ack_days,
       CASE WHEN d.status IN ('acknowledged', 'responded') THEN (current_date - d.days_ago + 1) + time '14:00' END,
       CASE WHEN d.status IN ('acknowledged', 'responded') THEN 'demo-assessor' END,
       CASE WHEN d.kind = 'complaint' THEN
           COALESCE(current_date - d.days_ago + d.agreed_days, (current_date - d.days_ago + interval '6 months')::date) END,
       CASE WHEN d.agreed_days IS NOT NULL THEN (current_date - d.days_ago + 1) + time '14:05' END,
       CASE WHEN d.agreed_days IS NOT NULL THEN 'demo-assessor' END,
       CASE WHEN d.status = 'responded' THEN (current_date - d.days_ago + 20) + time '11:00' END,
       CASE WHEN d.status = 'responded' THEN 'demo-manager' END,
       d.outcome, d.response, d.what_will_change,
       CASE WHEN d.status = 'responded' THEN
           'If you are not happy with our response, you can ask the Local Government and Social Care Ombudsman to look at your complaint. '
           || 'The Ombudsman is free, independent and impartial. You can contact them at https://www.lgo.org.uk or on 0300 061 0614.' END
FROM demo_feedback d
JOIN (SELECT id, account_subject, row_number() OVER (ORDER BY account_subject) AS n FROM carer WHERE account_subject LIKE 'demo-carer-%') c ON c.n = d.carer
WHERE NOT EXISTS (SELECT 1 FROM feedback f WHERE f.carer_id = c.id AND f.body = d.body);

SELECT count(*) AS feedback FROM feedback;
COMMIT;
