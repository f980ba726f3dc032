#!/usr/bin/env bash
# Benchmark for the assessors' work queues (issue 4): 100,000 carers and 200,000 assessments,
# then each queue through the API with wrk (p99), and the plan PostgreSQL chose for each queue's
# SQL (auto_explain, so it is the API's own SQL), checked for sequential scans on our tables.
#   bench/assessment-queues.sh     (CARERS=100000 DURATION=10 CONNECTIONS=8 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
CARERS="${CARERS:-100000}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
. bench/lib.sh
QUEUES="newRequests unallocated overdue reviewsDue reviewsOverdue"
bench_start_cluster
bench_start_api
echo "Loading $CARERS carers and $((CARERS * 2)) assessments..."
psql_carers -q -v count="$CARERS" -f api/Database/Demo/demo-data.sql >/dev/null
psql_carers -q <<'SQL'
SELECT setseed(0.4);
-- Two assessments a carer over two years: most decided long ago, about one in five still open.
CREATE TEMP TABLE draw AS
SELECT c.id AS carer_id, random() AS r1, random() AS r2, random() AS r3 FROM carer c CROSS JOIN generate_series(1, 2) AS k;
INSERT INTO assessment (carer_id, kind, status, self_assessment, requested_at, requested_by, allocated_to, completed_at, eligible)
SELECT carer_id, 'adult', status, r3 < 0.3, requested_at, 'bench',
       CASE WHEN r2 < 0.6 THEN 'assessor-' || (1 + floor(r2 * 30)::int) END,
       CASE WHEN status IN ('completed', 'reviewed') THEN requested_at + interval '20 days' END,
       CASE WHEN status IN ('completed', 'reviewed') THEN r3 < 0.7 END
FROM (SELECT d.*,
        CASE WHEN r1 < 0.05 THEN 'requested' WHEN r1 < 0.09 THEN 'offered' WHEN r1 < 0.13 THEN 'scheduled' WHEN r1 < 0.18 THEN 'inProgress'
             WHEN r1 < 0.25 THEN 'declined' WHEN r1 < 0.75 THEN 'completed' ELSE 'reviewed' END AS status,
        now() - make_interval(days => floor(r2 * 730)::int, hours => floor(r3 * 24)::int) AS requested_at
      FROM draw d) s;
INSERT INTO support_plan (assessment_id, carer_id, needs, eligible_needs, actions, personal_budget_pence, next_review_on)
SELECT id, carer_id, 'A regular break', 'A regular break', '[{"need":"A break","howMet":"Sitting service","status":"notStarted"}]', 50000,
       (completed_at + make_interval(days => 30 + floor(random() * 335)::int))::date
FROM assessment WHERE status IN ('completed', 'reviewed');
ANALYZE carer, assessment, support_plan;
SQL
echo "  $(psql_carers -tAc 'SELECT count(*) FROM carer') carers, $(psql_carers -tAc 'SELECT count(*) FROM assessment') assessments, $(psql_carers -tAc 'SELECT count(*) FROM support_plan') support plans"
TOKEN=$(bench_token Staff.Assessor bench-assessor)

echo "Plans (auto_explain of the API's own queries):"
bench_stop_api
bench_auto_explain on
bench_start_api
for q in $QUEUES; do
  : >"$PG_DIR/server.log"
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$API_PORT/api/assessment-queues/$q"
  sleep 0.3
  plan=$(awk '/FROM (assessment a|support_plan p)/,0' "$PG_DIR/server.log" | grep -E "Scan|Join|Sort|Limit" | sed 's/^[^A-Z-]*//' | head -8 | paste -sd';' -)
  seq=$(awk '/FROM (assessment a|support_plan p)/,0' "$PG_DIR/server.log" | grep -cE "Seq Scan on (assessment|support_plan|carer)" || true)
  echo "  $q: sequential scans on our tables: $seq"
  echo "    $plan"
  awk '/FROM (assessment a|support_plan p)/,0' "$PG_DIR/server.log" > "$OUT/plan-$q.txt"
done
bench_stop_api
bench_auto_explain off
bench_start_api

echo "Latency through the API (wrk -t2 -c$CONNECTIONS -d${DURATION}s, first page of 50):"
cat >"$OUT/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
for q in $QUEUES; do
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" -s "$OUT/report.lua" "http://127.0.0.1:$API_PORT/api/assessment-queues/$q" | tail -n 1)
  echo "  $q: $result"
done
echo "Details in $OUT"
