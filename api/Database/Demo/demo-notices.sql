-- Notices the demo carers were sent (decision 0037), for ./run.sh and the browser tests: the first demo carer who can
-- sign in (demo-carer-0001, "Sam") has a registration email and an assessment booking sent, and a review reminder
-- still queued; the second an undeliverable one, so the carer's list and the staff list both have something to show.
-- The words are the English message file's. Safe to run again: a notice's (kind, source key) is unique.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO carer_notice (id, carer_id, kind, source_key, channel, format, language, recipient, address_lines, subject, body, status,
    notify_id, sent_at, failure_reason, created_at)
SELECT gen_random_uuid(), c.id, d.kind, d.kind || ':demo:' || c.id, d.channel, 'standard', 'en',
       CASE WHEN d.channel IN ('email', 'sms') THEN COALESCE(CASE d.channel WHEN 'email' THEN c.email ELSE c.phone END, 'demo@example.com') END,
       NULL, d.subject, 'Dear ' || c.given_name || E',\n\n' || d.body || E'\n\nLuton Borough Council carers team\nPhone 01582 546000', d.status,
       CASE WHEN d.status = 'sent' THEN gen_random_uuid() END,
       CASE WHEN d.status = 'sent' THEN now() - make_interval(days => d.days_ago) + interval '2 minutes' END,
       d.reason, now() - make_interval(days => d.days_ago)
FROM (VALUES
  (1, 'registrationReceived', 'email', 'sent', 40, 'We have your registration as a carer',
   'Thank you for registering as a carer with Luton Borough Council. We will be in touch about a carer''s assessment. You can see and change your details by signing in to Luton Carers.', NULL),
  (1, 'assessmentScheduled', 'email', 'sent', 12, 'Your carer''s assessment is booked',
   'Your carer''s assessment is booked. If the day does not suit you, please call us to change it.', NULL),
  (1, 'reviewDue', 'email', 'queued', 0, 'Your support plan review is due soon',
   'Your support plan is due to be reviewed soon. We will contact you to arrange it. Please tell us if anything has changed.', NULL),
  (2, 'registrationReceived', NULL, 'undeliverable', 30, 'We have your registration as a carer',
   'Thank you for registering as a carer with Luton Borough Council. We will be in touch about a carer''s assessment.',
   'The record has no postal address, mobile number or email address this notice can go to. Add one, then ask the carer how they would like to hear from us.')
) AS d (carer, kind, channel, status, days_ago, subject, body, reason)
JOIN (SELECT id, given_name, email, phone, row_number() OVER (ORDER BY account_subject) AS n FROM carer WHERE account_subject LIKE 'demo-carer-%') c
  ON c.n = d.carer
ON CONFLICT (kind, source_key) DO NOTHING;

SELECT count(*) AS notices FROM carer_notice;
COMMIT;
