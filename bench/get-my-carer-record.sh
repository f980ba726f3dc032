#!/usr/bin/env bash
# Benchmark for GetMyCarerRecord (issue 2): 100,000 carers, then wrk against the API and
# pgbench running the same SQL (the audit insert and the three reads of one batch) at the same
# concurrency, in the same run. Prints both and the ratio API / raw (target at least 0.40).
#   bench/get-my-carer-record.sh            (CARERS=100000 CONNECTIONS=16 DURATION=20 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
CARERS="${CARERS:-100000}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-20}"
SUBJECTS=200
. bench/lib.sh
command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y -qq wrk >/dev/null; }
bench_start_cluster
bench_start_api

echo "Loading $CARERS synthetic carers..."
start=$(date +%s)
psql_carers -q -v count="$CARERS" -f api/Database/Demo/demo-data.sql >/dev/null
# The benchmark's callers: 200 self-registered carers renamed bench-1..bench-200 so that wrk
# (through tokens) and pgbench (through a random number) ask for exactly the same people.
psql_carers -qc "UPDATE carer SET account_subject = 'bench-' || r.i FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM carer WHERE account_subject IS NOT NULL LIMIT $SUBJECTS) r WHERE carer.id = r.id; ANALYZE;"
echo "  loaded in $(( $(date +%s) - start ))s: $(psql_carers -tAc 'SELECT count(*) FROM carer') carers, $(psql_carers -tAc 'SELECT count(*) FROM caring_relationship') caring relationships"

for i in $(seq 1 $SUBJECTS); do bench_token Carer "bench-$i"; done >"$OUT/tokens.txt"

cat >"$OUT/get-my-carer-record.lua" <<LUA
local tokens = {}
for line in io.lines("$OUT/tokens.txt") do tokens[#tokens + 1] = line end
request = function()
  return wrk.format("GET", "/api/me/carer", { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p99_ms=%.2f errors=%d non2xx=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
LUA

# The same SQL as GetMyCarerRecord.Handler.Sql, in one transaction per call as Npgsql sends its batch.
cat >"$OUT/get-my-carer-record.sql" <<'SQL'
\set i random(1, 200)
BEGIN;
INSERT INTO audit_event (actor_subject, actor_role, action, record_type, record_id, outcome) SELECT 'bench-' || :i, 'Carer', 'GetMyCarerRecord', 'carer', c.id::text, CASE WHEN c.id IS NULL THEN 'notFound' ELSE 'success' END FROM (SELECT 1) AS one LEFT JOIN carer c ON c.account_subject = 'bench-' || :i;
SELECT id, given_name, family_name, date_of_birth, registered_by, email, phone, address_line1, address_line2, town, postcode, preferred_language, preferred_contact_channel, reasonable_adjustments, ethnicity, employment_status, education_status, nhs_number, gp_practice_ods_code, identification_source, identified_at, version FROM carer WHERE account_subject = 'bench-' || :i;
SELECT r.id AS relationship_id, p.given_name, p.family_name, p.postcode, r.relationship, r.main_need, r.hours_per_week, r.lives_with_carer, r.started_on, r.ended_on FROM caring_relationship r JOIN cared_for_person p ON p.id = r.cared_for_person_id WHERE r.carer_id = (SELECT id FROM carer WHERE account_subject = 'bench-' || :i) ORDER BY r.ended_on IS NOT NULL, r.started_on DESC, r.id LIMIT 50;
SELECT DISTINCT ON (purpose) purpose, basis, given_on, withdrawn_on FROM consent WHERE carer_id = (SELECT id FROM carer WHERE account_subject = 'bench-' || :i) ORDER BY purpose, given_at DESC;
SELECT partner, referred_at FROM partner_referral WHERE carer_id = (SELECT id FROM carer WHERE account_subject = 'bench-' || :i) ORDER BY referred_at DESC LIMIT 20;
COMMIT;
SQL

echo "Warming up..."
wrk -t2 -c"$CONNECTIONS" -d5s -s "$OUT/get-my-carer-record.lua" "http://127.0.0.1:$API_PORT" >/dev/null

echo "API: wrk -t2 -c$CONNECTIONS -d${DURATION}s GET /api/me/carer"
api=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/get-my-carer-record.lua" "http://127.0.0.1:$API_PORT" | tee "$OUT/wrk.txt" | grep RESULT)
echo "  $api"

echo "Raw: pgbench -c$CONNECTIONS -j2 -T$DURATION -M prepared (same SQL)"
PGPASSWORD=carers "$(pg_bindir)/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U carers -n -c"$CONNECTIONS" -j2 -T"$DURATION" -M prepared -r \
  -f "$OUT/get-my-carer-record.sql" carers >"$OUT/pgbench.txt" 2>&1
raw_tps=$(grep -Eo 'tps = [0-9.]+' "$OUT/pgbench.txt" | head -n 1 | grep -Eo '[0-9.]+')
raw_lat=$(grep -Eo 'latency average = [0-9.]+ ms' "$OUT/pgbench.txt" | grep -Eo '[0-9.]+')
echo "  RESULT tps=$raw_tps latency_avg_ms=$raw_lat"

api_rps=$(echo "$api" | grep -Eo 'rps=[0-9.]+' | cut -d= -f2)
node -e 'const [a,r]=process.argv.slice(1).map(Number);console.log(`Ratio API/raw: ${(a/r).toFixed(2)} (target >= 0.40)`)' "$api_rps" "$raw_tps"
echo "Audit rows written: $(psql_carers -tAc "SELECT count(*) FROM audit_event WHERE action = 'GetMyCarerRecord'")"
echo "Details in $OUT"
