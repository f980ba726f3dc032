-- The directory of local services for ./run.sh and the browser tests: the services the Carers
-- Strategy names. Their contact details are invented and obviously so: telephone numbers from
-- Ofcom's drama range (01632 960000 to 960999), example.org addresses, made-up streets. Opening
-- hours are ISO days (1 Monday) and minutes after midnight, London time.
-- Does nothing for a service already in the directory (live or retired), so it is safe to run again.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE demo_service (
    name text, summary text, audiences text[], needs text[], phone text, website text, email text,
    address_line1 text, town text, postcode text, languages text[]);
INSERT INTO demo_service VALUES
  ('Carers Central', 'Information, advice and a listening ear for adult carers in Luton: carers assessments, breaks, benefits and groups.',
   '{adultCarers,parentCarers}', '{}', '01632 960001', 'https://carers-central.example.org', 'help@carers-central.example.org',
   '1 Example Street', 'Luton', 'LU1 2AB', '{en,ur,pa,bn,pl}'),
  ('CHUMS young carers', 'Support for young carers and young adult carers aged 5 to 25: clubs, trips, one-to-one support and help at school.',
   '{youngCarers}', '{}', '01632 960002', 'https://chums-young-carers.example.org', 'youngcarers@chums.example.org',
   '2 Sample Road', 'Luton', 'LU2 7XY', '{en,ur}'),
  ('Alzheimer''s Society', 'Dementia advisers and a support line for people living with dementia and the people who care for them.',
   '{adultCarers,caredForPeople,olderPeople}', '{dementia}', '01632 960003', 'https://alzheimers.example.org', 'luton@alzheimers.example.org',
   NULL, NULL, NULL, '{en,ur,pa,gu}'),
  ('Age Concern Luton', 'Day care, advice and befriending for older people in Luton, and support for those who look after them.',
   '{olderPeople,adultCarers}', '{frailty,dementia}', '01632 960004', 'https://age-concern-luton.example.org', 'info@age-concern-luton.example.org',
   '3 Demo Lane', 'Luton', 'LU3 2CD', '{en,pa,ur}'),
  ('Healthwatch Luton', 'Tell us about your experience of health and care services in Luton, and get help to find the right service.',
   '{everyone}', '{}', '01632 960005', 'https://healthwatch-luton.example.org', 'info@healthwatch-luton.example.org',
   '4 Specimen Court', 'Luton', 'LU1 3AB', '{en,ur,pl,ro}'),
  ('Headway Luton and Bedfordshire', 'Rehabilitation, day services and support for people with a brain injury, their families and carers.',
   '{adultCarers,caredForPeople}', '{brainInjury}', '01632 960006', 'https://headway-luton.example.org', 'office@headway-luton.example.org',
   '5 Placeholder Way', 'Luton', 'LU4 9ZZ', '{en}'),
  ('Mind BLMK', 'Mental health support for people in Bedfordshire, Luton and Milton Keynes, including support for carers.',
   '{adultCarers,youngCarers,caredForPeople}', '{mentalHealth}', '01632 960007', 'https://mind-blmk.example.org', 'hello@mind-blmk.example.org',
   NULL, NULL, NULL, '{en,ur,pl}'),
  ('ELFT carers support', 'The mental health trust''s carers team: support, information and carers groups for people who care for someone using its services.',
   '{adultCarers,youngCarers}', '{mentalHealth,learningDisability}', '01632 960008', 'https://elft-carers.example.org', 'carers@elft.example.org',
   NULL, NULL, NULL, '{en,bn,ur}'),
  ('Luton Council adult social care', 'Ask for a needs assessment or a carer''s assessment, and for help at home, equipment and breaks.',
   '{adultCarers,caredForPeople,olderPeople}', '{physicalDisability,learningDisability,dementia,sensoryImpairment}', '01632 960009',
   'https://adult-social-care.luton.example.org', 'adultsocialcare@luton.example.org', '6 Town Hall Example Square', 'Luton', 'LU1 2BQ', '{en,ur,pa,bn,pl,ro}');

CREATE TEMP TABLE demo_slot (name text, channel text, days int[], opens text, closes text);
INSERT INTO demo_slot VALUES
  ('Carers Central', 'helpline', '{1,3,4,5}', '10:00', '16:00'), ('Carers Central', 'helpline', '{2}', '10:00', '19:00'),
  ('Carers Central', 'webChat', '{1,3,4,5}', '10:00', '16:00'), ('Carers Central', 'webChat', '{2}', '10:00', '19:00'),
  ('Carers Central', 'dropIn', '{4}', '10:00', '13:00'),
  ('CHUMS young carers', 'helpline', '{1,2,3,4,5}', '09:00', '17:00'), ('CHUMS young carers', 'dropIn', '{3}', '16:00', '18:00'),
  ('Alzheimer''s Society', 'helpline', '{1,2,3}', '09:00', '20:00'), ('Alzheimer''s Society', 'helpline', '{4,5}', '09:00', '17:00'),
  ('Alzheimer''s Society', 'helpline', '{6,7}', '10:00', '16:00'),
  ('Age Concern Luton', 'office', '{1,2,3,4,5}', '09:00', '16:30'), ('Age Concern Luton', 'dropIn', '{2,4}', '10:00', '12:00'),
  ('Healthwatch Luton', 'helpline', '{1,2,3,4,5}', '09:00', '17:00'),
  ('Headway Luton and Bedfordshire', 'office', '{1,2,3,4}', '09:00', '16:00'),
  ('Mind BLMK', 'helpline', '{1,2,3,4,5}', '09:00', '17:00'), ('Mind BLMK', 'webChat', '{1,2,3,4,5,6,7}', '17:00', '22:00'),
  ('ELFT carers support', 'helpline', '{1,2,3,4,5}', '09:00', '17:00'),
  ('Luton Council adult social care', 'helpline', '{1,2,3,4,5}', '09:00', '17:00'),
  ('Luton Council adult social care', 'office', '{1,2,3,4,5}', '09:00', '17:00');

WITH added AS (
    INSERT INTO directory_service (name, summary, audiences, needs, phone, website, email, address_line1, town, postcode, languages)
    SELECT d.name, d.summary, d.audiences, d.needs, d.phone, d.website, d.email, d.address_line1, d.town, d.postcode, d.languages
    FROM demo_service d
    WHERE NOT EXISTS (SELECT 1 FROM directory_service s WHERE lower(s.name) = lower(d.name))
    RETURNING id, name
)
INSERT INTO directory_opening_slot (service_id, channel, day, opens_minute, closes_minute)
SELECT a.id, t.channel, day, extract(epoch FROM t.opens::time)::int / 60, extract(epoch FROM t.closes::time)::int / 60
FROM added a JOIN demo_slot t ON t.name = a.name, unnest(t.days) AS day;

SELECT count(*) AS directory_services FROM directory_service WHERE retired_at IS NULL;
COMMIT;
