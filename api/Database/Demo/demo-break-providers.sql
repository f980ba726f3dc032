-- Invented providers of carers breaks for ./run.sh, so a carer can ask for a break and staff
-- see the provider capacity page straight away. Safe to run again (names are unique).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE demo_provider (name text, works_on int[], capacity jsonb);
INSERT INTO demo_provider VALUES
  ('Example Sitting Service', '{1,2,3,4,5,6}', '{"sittingService": 6}'),
  ('Sample Day Centre', '{1,2,3,4,5}', '{"dayOpportunities": 12, "shortBreak": 4}'),
  ('Demo House Respite', '{1,2,3,4,5,6,7}', '{"residentialRespite": 3, "shortBreak": 2}'),
  ('Mockford Shared Lives', '{1,2,3,4,5,6,7}', '{"sharedLives": 2}');
INSERT INTO break_provider (name, works_on)
SELECT name, works_on FROM demo_provider ON CONFLICT (name) DO NOTHING;
INSERT INTO provider_capacity (provider_id, break_type, places_per_day)
SELECT p.id, c.key, c.value::int
FROM demo_provider d JOIN break_provider p ON p.name = d.name, jsonb_each_text(d.capacity) AS c
ON CONFLICT (provider_id, break_type) DO NOTHING;
COMMIT;
