-- Requests for information in an accessible format or another language, for ./run.sh and the
-- browser tests: a handful for the first six demo carers who can sign in (by subject), some overdue, one sent and one that could
-- not be done, so the carers' list and the staff queue both have something to show.
-- Dates are relative to today. The API works due dates out in working days with the bank
-- holidays; here 14 calendar days stand in for 10 working days, near enough for demo rows.
-- Needs demo-data.sql first. Does nothing for a request a carer already has (same title), so it
-- is safe to run again.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE demo_request (
    carer int, subject text, title text, description text, format text, language text, days_ago int,
    status text, sent_method text, unable_reason text);
INSERT INTO demo_request VALUES
  (1, 'leaflet', 'Carers'' breaks leaflet', NULL, 'largePrint', NULL, 20, 'requested', NULL, NULL),
  (1, 'supportPlan', 'My support plan', 'The plan from my review in the spring.', 'audio', NULL, 3, 'requested', NULL, NULL),
  (2, 'assessmentDecision', 'My assessment decision letter', NULL, 'anotherLanguage', 'ur', 16, 'requested', NULL, NULL),
  (3, 'leaflet', 'Carer''s grant leaflet', NULL, 'easyRead', NULL, 8, 'sent', 'post', NULL),
  (4, 'letter', 'Letter about my short break', 'The letter dated last month.', 'braille', NULL, 12, 'unable',
   NULL, 'We cannot produce this letter in braille yet. We have posted it in large print and a carers worker will phone you to read it through.'),
  (5, 'leaflet', 'Young carers leaflet', NULL, 'anotherLanguage', 'pl', 1, 'requested', NULL, NULL),
  (6, 'supportPlan', 'My support plan', NULL, 'bslVideo', NULL, 6, 'requested', NULL, NULL);

INSERT INTO information_request (carer_id, subject, title, description, format, language, requested_at, requested_on, due_on,
    status, sent_at, sent_method, unable_reason, closed_at, closed_by)
SELECT c.id, d.subject, d.title, d.description, d.format, d.language,
       (current_date - d.days_ago) + time '10:00', current_date - d.days_ago, current_date - d.days_ago + 14,
       d.status,
       CASE WHEN d.status = 'sent' THEN (current_date - d.days_ago + 2) + time '11:00' END, d.sent_method, d.unable_reason,
       CASE WHEN d.status <> 'requested' THEN (current_date - d.days_ago + 2) + time '11:00' END,
       CASE WHEN d.status <> 'requested' THEN 'demo-assessor' END
FROM demo_request d
JOIN (SELECT id, row_number() OVER (ORDER BY account_subject) AS n FROM carer WHERE account_subject LIKE 'demo-carer-%') c ON c.n = d.carer
WHERE NOT EXISTS (SELECT 1 FROM information_request r WHERE r.carer_id = c.id AND r.title = d.title);

SELECT count(*) AS information_requests FROM information_request;
COMMIT;
