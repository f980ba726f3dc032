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
bench_need_wrk
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


echo "Warming up..."
wrk -t2 -c"$CONNECTIONS" -d5s -s "$OUT/get-my-carer-record.lua" "http://127.0.0.1:$API_PORT" >/dev/null

echo "API: wrk -t2 -c$CONNECTIONS -d${DURATION}s GET /api/me/carer"
api=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/get-my-carer-record.lua" "http://127.0.0.1:$API_PORT" | tee "$OUT/wrk.txt" | grep RESULT)
echo "  $api"

echo "Raw: pgbench -c$CONNECTIONS -j2 -T$DURATION -M prepared (same SQL)"
PGPASSWORD=carers "$(pg_bindir)/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U carers -n -c"$CONNECTIONS" -j2 -T"$DURATION" -M prepared -r \
  -f bench/get-my-carer-record.sql carers >"$OUT/pgbench.txt" 2>&1
raw_tps=$(grep -Eo 'tps = [0-9.]+' "$OUT/pgbench.txt" | head -n 1 | grep -Eo '[0-9.]+')
raw_lat=$(grep -Eo 'latency average = [0-9.]+ ms' "$OUT/pgbench.txt" | grep -Eo '[0-9.]+')
echo "  RESULT tps=$raw_tps latency_avg_ms=$raw_lat"

api_rps=$(echo "$api" | grep -Eo 'rps=[0-9.]+' | cut -d= -f2)
node -e 'const [a,r]=process.argv.slice(1).map(Number);console.log(`Ratio API/raw: ${(a/r).toFixed(2)} (target >= 0.40)`)' "$api_rps" "$raw_tps"
echo "Audit rows written: $(psql_carers -tAc "SELECT count(*) FROM audit_event WHERE action = 'GetMyCarerRecord'")"
echo "Details in $OUT"
