#!/usr/bin/env bash
# Benchmark for ExportMyData (issue 15, decision 0026): one carer with ten years of history (about
# 1,500 rows across every kind of record, 500 of them audit rows) among CARERS demo carers, then
# N sequential exports through the API, and the same SQL (the carer look-up, the records query and
# the batch of every section with its audit insert) run N times by pgbench in the same run as the
# raw PostgreSQL baseline. Prints p50/p95/p99 of both.
#   bench/subject-access-export.sh            (CARERS=20000 REQUESTS=500 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
CARERS="${CARERS:-20000}"
REQUESTS="${REQUESTS:-500}"
. bench/lib.sh
bench_start_cluster
bench_start_api

echo "Loading $CARERS synthetic carers..."
psql_carers -q -v count="$CARERS" -f api/Database/Demo/demo-data.sql >/dev/null

echo "Seeding one carer with ten years of history..."
psql_carers -q <<'SQL'
INSERT INTO carer (id, account_subject, registered_by, given_name, family_name, date_of_birth, postcode, preferred_language, preferred_contact_channel,
                   nhs_number, identification_source, identified_at, email)
VALUES ('00000000-0000-4000-8000-000000000001', 'bench-sar', 'self', 'Tenyear', 'Historyperson', '1960-05-05', 'LU1 3AB', 'en', 'email',
        '9434765919', 'selfRegistration', now() - interval '10 years', 'ten@example.com');
INSERT INTO cared_for_person (id, given_name, family_name, postcode) VALUES
  ('00000000-0000-4000-8000-0000000000a1', 'Ada', 'Historyperson', 'LU1 3AB'), ('00000000-0000-4000-8000-0000000000a2', 'Bob', 'Historyperson', 'LU1 3AB');
INSERT INTO caring_relationship (id, carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on)
SELECT ('00000000-0000-4000-8000-0000000000b' || i)::uuid, '00000000-0000-4000-8000-000000000001', ('00000000-0000-4000-8000-0000000000a' || i)::uuid,
       'parent', 'frailty', 20 * i, true, current_date - 3650 FROM generate_series(1, 2) i;
INSERT INTO emergency_card (carer_id, card_number) VALUES ('00000000-0000-4000-8000-000000000001', '900000000009');
INSERT INTO emergency_plan (carer_id, relationship_id, content, reviewed_on, next_review_on)
SELECT '00000000-0000-4000-8000-000000000001', ('00000000-0000-4000-8000-0000000000b' || i)::uuid, '{"careNeeded":"Help to wash and dress","medication":"Morning tablets"}', current_date, current_date + 365
FROM generate_series(1, 2) i;
INSERT INTO survey_year (financial_year, status, closes_on, opened_by, closed_by, closed_at)
SELECT y, 'closed', make_date(y + 1, 3, 31), 'bench', 'bench', now() FROM generate_series(extract(year FROM current_date)::int - 11, extract(year FROM current_date)::int - 1) y
ON CONFLICT DO NOTHING;
-- One assessment a year with four steps, a support plan and a grant; a dozen breaks, partner contacts and events; audit rows.
WITH y AS (SELECT y, now() - make_interval(years => y) AS at FROM generate_series(0, 9) y),
a AS (
  INSERT INTO assessment (carer_id, kind, status, requested_by, requested_at, completed_at, eligible, answers, assessor_notes)
  SELECT '00000000-0000-4000-8000-000000000001', 'adult', 'completed', 'bench', at, at + interval '20 days', true,
         '{"aboutYourCaring":"Caring for both parents","yourHealth":"Back pain"}', 'Year ' || y || ' notes'
  FROM y RETURNING id, requested_at),
e AS (
  INSERT INTO assessment_event (assessment_id, from_status, to_status, at, by_subject, by_role)
  SELECT a.id, NULL, s, a.requested_at + make_interval(days => n::int), 'bench', 'Staff.Assessor'
  FROM a, unnest(ARRAY['requested', 'allocated', 'scheduled', 'completed']) WITH ORDINALITY AS t(s, n)),
p AS (
  INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on)
  SELECT id, '00000000-0000-4000-8000-000000000001', 'Needs', 'Eligible needs', '[{"need":"Rest","howMet":"Sitting service","status":"done"}]', 25000, (requested_at + interval '1 year')::date FROM a)
INSERT INTO grant_application (carer_id, financial_year, pot, purpose, amount_pence, helps_with, status, assessment_id, decided_at, decided_by, approved_on)
SELECT '00000000-0000-4000-8000-000000000001', extract(year FROM requested_at)::int, 'adults', 'break', 25000, 'A short holiday', 'approved', id,
       requested_at + interval '30 days', 'bench', (requested_at + interval '30 days')::date FROM a;
INSERT INTO break_booking (carer_id, relationship_id, break_type, starts_on, ends_on, status, source, requested_at)
SELECT '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b1', 'sitting', current_date - 30 * n, current_date - 30 * n, 'completed', 'imported', now() - make_interval(days => 30 * n)
FROM generate_series(1, 120) n;
INSERT INTO sitting_week_usage (carer_id, week_start, minutes)
SELECT '00000000-0000-4000-8000-000000000001', date_trunc('week', now() - make_interval(weeks => 2 * n))::date, 120 FROM generate_series(1, 200) n;
INSERT INTO partner_support (carer_id, partner, support_type, given_on, duration_minutes, recorded_by, notes)
SELECT '00000000-0000-4000-8000-000000000001', 'Chums', 'advice', current_date - 30 * n, 30, 'chums', 'Monthly call' FROM generate_series(1, 120) n;
INSERT INTO consent (carer_id, purpose, basis, given_on, given_at, given_by, withdrawn_on, withdrawn_at, withdrawn_by)
SELECT '00000000-0000-4000-8000-000000000001', 'contactMe', 'self', current_date - 365 * y, now() - make_interval(years => y), 'bench',
       CASE WHEN y > 0 THEN current_date - 365 * y + 100 END, CASE WHEN y > 0 THEN now() - make_interval(years => y) + interval '100 days' END, CASE WHEN y > 0 THEN 'bench' END
FROM generate_series(0, 9) y;
INSERT INTO gp_flag (ods_code, subject_hash, nhs_number, carer_id, snomed_code, is_carer, status, recorded_on, consent_to_contact, source)
SELECT 'A12345', decode(md5('bench-sar' || n), 'hex'), '9434765919', '00000000-0000-4000-8000-000000000001', '224484003', true, 'active', current_date - 180 * n, true, 'fhir'
FROM generate_series(1, 20) n;
INSERT INTO gp_identified_person (nhs_number, ods_code, is_carer, latest_flag_on, status, first_flagged_at)
VALUES ('9434765919', 'A12345', true, current_date - 180, 'registered', now() - interval '10 years');
INSERT INTO gp_contact_attempt (nhs_number, outcome, note, attempted_by, attempted_at)
SELECT '9434765919', 'couldNotReach', 'No answer', 'bench', now() - make_interval(years => n) FROM generate_series(1, 10) n;
INSERT INTO information_request (carer_id, subject, title, format, requested_on, due_on, requested_at)
SELECT '00000000-0000-4000-8000-000000000001', 'leaflet', 'Carers leaflet', 'largePrint', current_date - 180 * n, current_date - 180 * n + 14, now() - make_interval(days => 180 * n)
FROM generate_series(1, 20) n;
INSERT INTO feedback (carer_id, kind, about, body, received_via, received_at, received_on, recorded_by, status)
SELECT '00000000-0000-4000-8000-000000000001', 'compliment', 'other', 'Thank you for the help this year', 'online', now() - make_interval(days => 180 * n), current_date - 180 * n, 'bench', 'recorded'
FROM generate_series(1, 20) n;
INSERT INTO survey_participation (financial_year, carer_id)
SELECT y, '00000000-0000-4000-8000-000000000001' FROM generate_series(extract(year FROM current_date)::int - 10, extract(year FROM current_date)::int - 1) y;
INSERT INTO outbox_message (event_type, partner, carer_id, payload, occurred_at, delivered_at)
SELECT 'carer.updated', 'Chums', '00000000-0000-4000-8000-000000000001', '{}', now() - make_interval(days => 36 * n), now() - make_interval(days => 36 * n)
FROM generate_series(1, 100) n;
INSERT INTO audit_event (occurred_at, actor_subject, actor_role, action, record_type, record_id, outcome, carer_id, access_reason)
SELECT now() - make_interval(days => 7 * n), CASE WHEN n % 3 = 0 THEN 'bench-sar' ELSE 'officer-' || n % 7 END,
       CASE WHEN n % 3 = 0 THEN 'Carer' ELSE 'Staff.Assessor' END, CASE WHEN n % 5 = 0 THEN 'ChangeCarerDetails' ELSE 'GetCarer' END, 'carer',
       '00000000-0000-4000-8000-000000000001', 'success', '00000000-0000-4000-8000-000000000001', CASE WHEN n % 3 = 0 THEN NULL ELSE 'casework' END
FROM generate_series(1, 500) n;
ANALYZE carer, caring_relationship, assessment, assessment_event, support_plan, grant_application, break_booking, sitting_week_usage, partner_support, consent, gp_flag, gp_contact_attempt, gp_identified_person, information_request, feedback, survey_participation, outbox_message, audit_event, match_candidate;
SQL
echo "  $(psql_carers -tAc 'SELECT count(*) FROM carer') carers; audit rows about the benchmark carer: $(psql_carers -tAc "SELECT count(*) FROM audit_event WHERE carer_id = '00000000-0000-4000-8000-000000000001'")"

TOKEN="$(bench_token Carer bench-sar)"
SIZE=$(curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$API_PORT/api/me/data-export" | wc -c)
echo "One export: $SIZE bytes of JSON"

echo "API: $REQUESTS sequential GET /api/me/data-export (after 50 to warm up)"
node - "$API_PORT" "$TOKEN" "$REQUESTS" <<'JS' | tee "$OUT/api.txt"
const [port, token, count] = process.argv.slice(2);
const url = `http://127.0.0.1:${port}/api/me/data-export`;
const once = async () => { const r = await fetch(url, { headers: { Authorization: `Bearer ${token}` } }); await r.arrayBuffer(); if (r.status !== 200) throw new Error(`status ${r.status}`); };
(async () => {
  for (let i = 0; i < 50; i++) await once();
  const times = [];
  for (let i = 0; i < Number(count); i++) { const t = performance.now(); await once(); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  const p = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(2);
  console.log(`  RESULT p50_ms=${p(0.5)} p95_ms=${p(0.95)} p99_ms=${p(0.99)} max_ms=${times[times.length - 1].toFixed(2)}`);
})();
JS

# The API's own SQL, taken from SubjectAccessExportBuilder.cs and ExportMyData.cs so the baseline cannot drift from it,
# with the parameters written in: the carer look-up, the records query, then the batch (audit insert and every section)
# as one compound statement, as the API sends it.
node - >"$OUT/export.sql" <<'JS'
const fs = require('fs');
const builder = fs.readFileSync('api/Features/DataRights/SubjectAccessExportBuilder.cs', 'utf8');
const audit = fs.readFileSync('api/Infrastructure/AuditLog.cs', 'utf8');
const constant = (text, name) => { const m = new RegExp(`${name} = \\$?"""\\n([\\s\\S]*?)"""`).exec(text); if (!m) throw new Error(name); return m[1]; };
const id = "'00000000-0000-4000-8000-000000000001'";
let sections = constant(builder, 'SectionsSql')
  .replace('{AuditLog.InsertSql}', constant(audit, 'InsertSql').trim())
  .replace('{CarerColumns}', constant(builder, 'CarerColumns').trim());
const values = {
  '@ActorSubject': "'bench-sar'", '@ActorRole': "'Carer'", '@ActorOrganisation': 'NULL', '@Action': "'ExportMyData'", '@RecordType': "'carer'",
  '@RecordId': id, '@Outcome': "'success'", '@Reason': 'NULL', '@CarerId': `${id}::uuid`, '@AccessReason': 'NULL',
  '@Ids': `ARRAY[${id}]::uuid[]`, '@IdTexts': `ARRAY[${id}]::text[]`, '@Subjects': "ARRAY['bench-sar']::text[]", '@NhsNumbers': "ARRAY['9434765919']::text[]",
};
for (const [name, value] of Object.entries(values)) sections = sections.split(name).join(value);
const records = constant(builder, 'RecordsSql').split('@CarerId').join(id);
const oneLine = (sql) => sql.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
console.log("SELECT id FROM carer WHERE account_subject = 'bench-sar';");
console.log(oneLine(records) + ';');
// One compound statement (\\; joins them): one round trip and one implicit transaction, as the API's batch.
console.log(sections.split(';').map(oneLine).filter(Boolean).join(' \\; ') + ';');
JS

echo "Raw: pgbench -c1 -t$REQUESTS -M simple (same SQL, per-transaction latencies)"
(cd "$OUT" && PGPASSWORD=carers "$(pg_bindir)/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U carers -n -c1 -t50 -f export.sql carers >/dev/null 2>&1 \
  && PGPASSWORD=carers "$(pg_bindir)/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U carers -n -c1 -t"$REQUESTS" -l --log-prefix=raw -f export.sql carers >"$OUT/pgbench.txt" 2>&1)
node -e '
const fs = require("fs"); const dir = process.argv[1];
const times = fs.readdirSync(dir).filter((f) => f.startsWith("raw")).flatMap((f) => fs.readFileSync(`${dir}/${f}`, "utf8").trim().split("\n")).map((l) => Number(l.split(" ")[2]) / 1000).sort((a, b) => a - b);
const p = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(2);
console.log(`  RESULT p50_ms=${p(0.5)} p95_ms=${p(0.95)} p99_ms=${p(0.99)} max_ms=${times[times.length - 1].toFixed(2)} (${times.length} runs)`);
' "$OUT"
echo "Export audit rows written: $(psql_carers -tAc "SELECT count(*) FROM audit_event WHERE action = 'ExportMyData'")"
echo "Details in $OUT"
