#!/usr/bin/env bash
# Benchmark for retention (issue 15, decision 0027): BENCH_CARERS carers (1,000,000 by default) seeded in SQL, a tenth of
# them closed past their date with approved reviews; GetMyCarerRecord's p50/p99 through the API alone, then again while a
# live RunRetention anonymises every approved record (one transaction each); rows anonymised per second; and the raw
# PostgreSQL baseline in the same run: the carer row's anonymising statement for 200 records, run by psql without the API.
#   bench/retention.sh            (BENCH_CARERS=20000 CONNECTIONS=8 DURATION=15 to change; develop at 20,000)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_CARERS="${BENCH_CARERS:-1000000}"
CONNECTIONS="${CONNECTIONS:-8}"
DURATION="${DURATION:-15}"
SUBJECTS=200
. bench/lib.sh
bench_need_wrk
bench_start_cluster
# The nightly run is off: the benchmark asks for its run.
bench_start_api Retention__WorkerEnabled=false Retention__BatchSize=1000

echo "Seeding $BENCH_CARERS carers ($((BENCH_CARERS / 10)) closed past their date and approved)..."
start=$(date +%s)
psql_carers -q -v n="$BENCH_CARERS" <<'SQL'
INSERT INTO carer (account_subject, registered_by, given_name, family_name, date_of_birth, email, phone, address_line1, town, postcode,
                   preferred_language, preferred_contact_channel, ethnicity, identification_source, identified_at, closed_at, closed_reason)
SELECT CASE WHEN i % 10 = 0 THEN NULL ELSE 'bench-' || i END, 'self', 'Given' || i, 'Family' || i, date '1950-01-01' + (i % 20000),
       'c' || i || '@example.com', '07700 ' || lpad((i % 1000000)::text, 6, '0'), i || ' Bench Street', 'Luton', 'LU' || (1 + i % 4) || ' ' || (i % 9) || 'AB',
       'en', 'email', 'whiteBritish', 'selfRegistration', timestamptz '2012-01-01' + make_interval(days => i % 1000),
       CASE WHEN i % 10 = 0 THEN timestamptz '2016-06-01' END, CASE WHEN i % 10 = 0 THEN 'exCarer' END
FROM generate_series(1, :n) AS i;
INSERT INTO cared_for_person (id, given_name, family_name, date_of_birth, postcode)
SELECT c.id, 'Cared', c.family_name, date '1930-01-01' + (row_number() OVER () % 9000)::int, c.postcode FROM carer c;
INSERT INTO caring_relationship (carer_id, cared_for_person_id, relationship, main_need, hours_per_week, lives_with_carer, started_on)
SELECT id, id, 'parent', 'dementia', 35, true, date '2012-01-01' FROM carer;
INSERT INTO retention_review (carer_id, closed_reason, closed_on, due_on, status, decided_by, decided_at)
SELECT id, 'exCarer', date '2016-06-01', date '2022-06-01', 'approved', 'bench-dpo', now() FROM carer WHERE closed_at IS NOT NULL;
ANALYZE;
SQL
echo "  seeded in $(( $(date +%s) - start ))s: $(psql_carers -tAc 'SELECT count(*) FROM carer') carers, $(psql_carers -tAc "SELECT count(*) FROM retention_review WHERE status = 'approved'") approved"

for i in $(seq 1 $SUBJECTS); do bench_token Carer "bench-$((i * 10 + 1))"; done >"$OUT/tokens.txt"
dpo=$(bench_token Staff.DataProtection bench-dpo)
cat >"$OUT/get.lua" <<LUA
local tokens = {}
for line in io.lines("$OUT/tokens.txt") do tokens[#tokens + 1] = line end
request = function()
  return wrk.format("GET", "/api/me/carer", { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
url="http://127.0.0.1:$API_PORT"

echo "Raw baseline: the carer row's anonymising statement alone (names, contact, NHS number, DOB to an age-keeping date, district), 200 records, one transaction each, psql without the API"
psql_carers -tAc "SELECT carer_id FROM retention_review WHERE status = 'approved' ORDER BY id DESC LIMIT 200" \
  | awk '{ printf "BEGIN;\nUPDATE carer c SET account_subject = NULL, given_name = '"'"'Removed'"'"', family_name = '"'"'Removed'"'"', email = NULL, phone = NULL, address_line1 = NULL, address_line2 = NULL, town = NULL, nhs_number = NULL, claimed_nhs_number = NULL, postcode = retention_district(c.postcode), date_of_birth = retention_birth_date(c.date_of_birth, retention_dates_of(ARRAY['"'"'%s'"'"'::uuid])), anonymised_at = now() WHERE c.id = '"'"'%s'"'"';\nUPDATE retention_review SET status = '"'"'anonymised'"'"', anonymised_at = now() WHERE carer_id = '"'"'%s'"'"';\nCOMMIT;\n", $1, $1, $1 }' >"$OUT/raw.sql"
start=$(date +%s.%N); psql_carers -q -f "$OUT/raw.sql" >/dev/null; end=$(date +%s.%N)
node -e 'const [s,e]=process.argv.slice(1).map(Number);console.log(`  RESULT raw_records_per_s=${(200/(e-s)).toFixed(1)}`)' "$start" "$end"

echo "Warming up..."
wrk -t2 -c"$CONNECTIONS" -d5s -s "$OUT/get.lua" "$url" >/dev/null
echo "GetMyCarerRecord alone: wrk -t2 -c$CONNECTIONS -d${DURATION}s"
alone=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/get.lua" "$url" | grep RESULT)
echo "  $alone"

echo "RunRetention (live) with GetMyCarerRecord beside it"
start=$(date +%s.%N)
curl -fs -m 86400 -X POST "$url/api/retention/runs" -H "Authorization: Bearer $dpo" -H 'Content-Type: application/json' -d '{"dryRun":false}' >"$OUT/run.json" &
run_pid=$!
sleep 2
during=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/get.lua" "$url" | grep RESULT)
echo "  during the run: $during"
wait "$run_pid"
end=$(date +%s.%N)
echo "  run: $(cat "$OUT/run.json")"
node -e '
const [s, e, a, d, run] = [Number(process.argv[1]), Number(process.argv[2]), process.argv[3], process.argv[4], JSON.parse(process.argv[5])];
const p99 = (t) => Number(/p99_ms=([0-9.]+)/.exec(t)[1]);
console.log(`RESULT anonymised=${run.anonymised} failed=${run.failed} seconds=${(e - s).toFixed(1)} anonymised_per_s=${(run.anonymised / (e - s)).toFixed(1)}`);
console.log(`RESULT GetMyCarerRecord p99 alone=${p99(a)} ms during=${p99(d)} ms ratio=${(p99(d) / p99(a)).toFixed(2)} (target <= 1.5)`);
' "$start" "$end" "$alone" "$during" "$(cat "$OUT/run.json")"
echo "Details in $OUT"
