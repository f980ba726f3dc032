#!/usr/bin/env bash
# Benchmark for break availability (issue 6): 50 providers and 100,000 bookings, then a month's
# availability through the API with wrk (p99), and PostgreSQL's plan for the API's own query
# (auto_explain), checked for sequential scans on the bookings tables.
#   bench/break-availability.sh      (BOOKINGS=100000 PROVIDERS=50 DURATION=10 CONNECTIONS=8 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
BOOKINGS="${BOOKINGS:-100000}"
PROVIDERS="${PROVIDERS:-50}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
. bench/lib.sh
bench_start_cluster
bench_start_api
echo "Loading 20,000 carers, $PROVIDERS providers and $BOOKINGS bookings over a year..."
psql_carers -q -v count=20000 -f api/Database/Demo/demo-data.sql >/dev/null
psql_carers -q <<SQL
SELECT setseed(0.6);
INSERT INTO break_provider (name, works_on) SELECT 'Provider ' || g, CASE WHEN g % 3 = 0 THEN '{1,2,3,4,5,6,7}'::int[] ELSE '{1,2,3,4,5}'::int[] END FROM generate_series(1, $PROVIDERS) g;
INSERT INTO provider_capacity (provider_id, break_type, places_per_day) SELECT id, t, 20 FROM break_provider, unnest(ARRAY['shortBreak','sittingService','dayOpportunities']) t;
CREATE TEMP TABLE draw AS
SELECT r.id AS relationship_id, r.carer_id, (SELECT id FROM break_provider ORDER BY random() + 0 * g LIMIT 1) AS provider_id,
       (ARRAY['shortBreak','sittingService','dayOpportunities'])[1 + floor(random() * 3)::int] AS break_type,
       current_date + floor(random() * 365)::int - 60 AS day
FROM generate_series(1, $BOOKINGS) g JOIN LATERAL (SELECT id, carer_id FROM caring_relationship OFFSET floor(random() * 20000)::int LIMIT 1) r ON true;
INSERT INTO break_booking (carer_id, relationship_id, provider_id, break_type, starts_on, ends_on, sitting_minutes, status)
SELECT carer_id, relationship_id, provider_id, break_type, day, day, CASE WHEN break_type = 'sittingService' THEN 60 END, 'approved' FROM draw;
INSERT INTO provider_day_usage (provider_id, break_type, day, taken)
SELECT provider_id, break_type, starts_on, least(count(*), 20) FROM break_booking GROUP BY 1, 2, 3;
ANALYZE break_provider, provider_capacity, provider_day_usage, break_booking;
SQL
echo "  $(psql_carers -tAc 'SELECT count(*) FROM break_booking') bookings, $(psql_carers -tAc 'SELECT count(*) FROM provider_day_usage') provider-days in use"
FROM_DAY=$(date -d '+7 days' +%Y-%m-%d); TO_DAY=$(date -d '+36 days' +%Y-%m-%d)
URL="http://127.0.0.1:$API_PORT/api/break-availability?breakType=shortBreak&from=$FROM_DAY&to=$TO_DAY"
TOKEN=$(bench_token Carer demo-carer-0001)
echo "  a month ($FROM_DAY to $TO_DAY) across $PROVIDERS providers: $(curl -fs -H "Authorization: Bearer $TOKEN" "$URL" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).days.length))') provider-days"

echo "Plan (auto_explain of the API's own query):"
bench_stop_api
bench_auto_explain on
bench_start_api
: >"$PG_DIR/server.log"
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL"; sleep 0.3
awk '/FROM provider_capacity c/,0' "$PG_DIR/server.log" >"$OUT/plan.txt"
grep -E "Scan|Join|Loop" "$OUT/plan.txt" | sed 's/^[^A-Z-]*/    /' | head -12
echo "  sequential scans on provider_day_usage or break_booking: $(grep -cE 'Seq Scan on (provider_day_usage|break_booking)' "$OUT/plan.txt" || true)"
bench_stop_api
bench_auto_explain off
bench_start_api

cat >"$OUT/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
echo "Through the API (wrk -t2 -c$CONNECTIONS -d${DURATION}s):"
echo "  $(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" -s "$OUT/report.lua" "$URL" | tail -n 1)"
echo "Details in $OUT"
