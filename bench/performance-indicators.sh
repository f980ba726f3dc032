#!/usr/bin/env bash
# Benchmark for the performance indicators (issue 13): for each size (100,000 and 999,999 carers, the
# most demo-data.sql can number, with proportionate casework: the demo data, demo-reports.sql's history
# and performance-indicators.sql's referrals, GP flags, GP-identified people and audit log), the whole indicator set
# through the API (GET /api/reports/indicators, JSON) beside the same SQL replayed by psql in one
# REPEATABLE READ READ ONLY transaction, in the same run (medians, ratio psql/API, target >= 0.8);
# the large-to-small ratio of the API's time (target <= 10); then, at the largest size,
# GetMyCarerRecord's p99 alone and while reports run one after another beside it (target <= 1.5x).
#   bench/performance-indicators.sh     (SIZES="100000 1000000" YEAR=2025 RUNS=3 DURATION=30
#                                        CONNECTIONS=8 DELAY_MS=50 REPORT_TIMEOUT=900 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-100000 1000000}"
YEAR="${YEAR:-2025}"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-30}"
CONNECTIONS="${CONNECTIONS:-8}"
DELAY_MS="${DELAY_MS:-50}"   # each wrk connection waits this long between requests: casework, not a flood
REPORT_TIMEOUT="${REPORT_TIMEOUT:-900}"   # seconds: Npgsql's default command timeout (30) is shorter than a report at 1,000,000 carers
SUBJECTS=200
. bench/lib.sh
bench_need_wrk
bench_start_cluster
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
report_url="http://127.0.0.1:$API_PORT/api/reports/indicators?year=$YEAR&format=json"

# The statements the API sent for one report, with their bound parameters inlined as literals, from
# the server's log (log_statement = all for that one request): the SQL psql replays.
capture_report_sql() {
  bench_capture_sql "$OUT/report.sql" -H "Authorization: Bearer $MANAGER" "$report_url" 2>"$OUT/report-statements.txt"
}

# psql: RUNS times the captured statements in one REPEATABLE READ READ ONLY transaction, in one
# session, with no parallel workers as the API's reports (Reports:ParallelWorkersPerQuery, 0); each
# run's time is the difference of clock_timestamp() read between runs (milliseconds).
psql_runs() {
  { for _ in $(seq 1 "$RUNS"); do
      echo "SELECT 'T', extract(epoch FROM clock_timestamp()) * 1000;"
      echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0;"; cat "$OUT/report.sql"; echo "COMMIT;"
    done; echo "SELECT 'T', extract(epoch FROM clock_timestamp()) * 1000;"; } >"$OUT/replay.sql"
  psql_carers -qAtF ' ' -f "$OUT/replay.sql" | awk '$1 == "T" {if (p) print $2 - p; p = $2}'
}

# The API: RUNS requests one after another, each one's total time from curl (milliseconds).
api_runs() {
  for _ in $(seq 1 "$RUNS"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $MANAGER" "$report_url" | awk '{print $1 * 1000}'
  done
}

declare -A API_MS PSQL_MS
for size in $SIZES; do
  echo "== $size carers"
  bench_stop_api
  pg_psql "$PG_PORT" -qc "DROP DATABASE IF EXISTS carers WITH (FORCE)" -c "CREATE DATABASE carers OWNER carers"
  # Reports read through their own connection string (ConnectionStrings:CarersReports), here the same database.
  bench_start_api ConnectionStrings__CarersReports="$(pg_connection_string "$PG_PORT");Command Timeout=$REPORT_TIMEOUT"
  start=$(date +%s)
  pg_load_demo "$PG_PORT" carers "$size" >"$OUT/load-$size.txt"
  psql_carers -q -v count="$size" -f bench/performance-indicators.sql >>"$OUT/load-$size.txt"
  psql_carers -q -c "SET client_min_messages = error" -c "VACUUM ANALYZE"
  echo "  loaded in $(( $(date +%s) - start ))s"
  psql_carers -At -F ' ' -c "SELECT 'carer', count(*) FROM carer UNION ALL SELECT 'caring_relationship', count(*) FROM caring_relationship
    UNION ALL SELECT 'assessment', count(*) FROM assessment UNION ALL SELECT 'assessment_event', count(*) FROM assessment_event
    UNION ALL SELECT 'support_plan', count(*) FROM support_plan UNION ALL SELECT 'grant_application', count(*) FROM grant_application
    UNION ALL SELECT 'break_booking', count(*) FROM break_booking UNION ALL SELECT 'partner_support', count(*) FROM partner_support
    UNION ALL SELECT 'partner_referral', count(*) FROM partner_referral UNION ALL SELECT 'gp_flag', count(*) FROM gp_flag
    UNION ALL SELECT 'gp_identified_person', count(*) FROM gp_identified_person UNION ALL SELECT 'audit_event', count(*) FROM audit_event
    UNION ALL SELECT 'survey_response', count(*) FROM survey_response UNION ALL SELECT 'feedback', count(*) FROM feedback
    UNION ALL SELECT 'information_request', count(*) FROM information_request ORDER BY 2 DESC" | awk '{printf "    %-22s %10d\n", $1, $2}'
  echo "  database size: $(psql_carers -tAc "SELECT pg_size_pretty(pg_database_size('carers'))")"

  MANAGER=$(bench_token Staff.Manager bench-manager)
  capture_report_sql
  echo "  statements per report: $(cat "$OUT/report-statements.txt") (replayed from $OUT/report.sql)"
  # One report first (caches for both, the API's JIT and prepared statements), then both timed.
  RUNS=1 api_runs >/dev/null
  a=$(api_runs | tee "$OUT/api-$size.txt" | median)
  p=$(psql_runs | tee "$OUT/psql-$size.txt" | median)
  API_MS[$size]=$a; PSQL_MS[$size]=$p
  echo "  API  (GET /api/reports/indicators?year=$YEAR, $RUNS runs): median $(printf '%.0f' "$a") ms  [$(paste -sd' ' "$OUT/api-$size.txt" | awk '{for (i = 1; i <= NF; i++) printf "%.0f ", $i}')]"
  echo "  psql (same SQL, one transaction, $RUNS runs):        median $(printf '%.0f' "$p") ms  [$(paste -sd' ' "$OUT/psql-$size.txt" | awk '{for (i = 1; i <= NF; i++) printf "%.0f ", $i}')]"
  echo "  ratio psql/API: $(awk -v p="$p" -v a="$a" 'BEGIN {printf "%.2f", p / a}') (target >= 0.8)"
done

set -- $SIZES
small=$1; large=${!#}
if [ "$small" != "$large" ]; then
  echo "== Growth: API $large/$small carers: $(awk -v l="${API_MS[$large]}" -v s="${API_MS[$small]}" 'BEGIN {printf "%.1f", l / s}') (target <= 10; data $(awk -v l="$large" -v s="$small" 'BEGIN {printf "%.1f", l / s}')x); psql $(awk -v l="${PSQL_MS[$large]}" -v s="${PSQL_MS[$small]}" 'BEGIN {printf "%.1f", l / s}')"
fi

echo "== GetMyCarerRecord beside a report ($large carers; wrk -t2 -c$CONNECTIONS -d${DURATION}s, ${DELAY_MS} ms between a connection's requests)"
psql_carers -At -c "SELECT account_subject FROM carer WHERE account_subject IS NOT NULL ORDER BY id LIMIT $SUBJECTS" \
  | while read -r s; do bench_token Carer "$s"; done >"$OUT/tokens.txt"
cat >"$OUT/carer.lua" <<LUA
local tokens = {}
for line in io.lines("$OUT/tokens.txt") do tokens[#tokens + 1] = line end
request = function()
  return wrk.format("GET", "/api/me/carer", { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
delay = function() return $DELAY_MS end
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
LUA
wrk -t2 -c"$CONNECTIONS" -d5s -s "$OUT/carer.lua" "http://127.0.0.1:$API_PORT" >/dev/null
alone=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$OUT/carer.lua" "http://127.0.0.1:$API_PORT" | grep RESULT)
echo "  alone:        $alone"
# Reports one after another for as long as wrk runs (one already running when it starts), then stopped.
( while [ ! -e "$OUT/stop" ]; do curl -fs -o /dev/null -H "Authorization: Bearer $MANAGER" "$report_url" && echo done; done >"$OUT/reports-beside.txt" ) 2>/dev/null &
loop=$!
sleep 2
beside=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$OUT/carer.lua" "http://127.0.0.1:$API_PORT" | grep RESULT)
touch "$OUT/stop"; pkill -P "$loop" curl || true; wait "$loop" 2>/dev/null || true
echo "  beside reports: $beside ($(wc -l <"$OUT/reports-beside.txt") reports completed while it ran, one in flight)"
p_alone=$(echo "$alone" | grep -Eo 'p99_ms=[0-9.]+' | cut -d= -f2)
p_beside=$(echo "$beside" | grep -Eo 'p99_ms=[0-9.]+' | cut -d= -f2)
echo "  p99 beside/alone: $(awk -v b="$p_beside" -v a="$p_alone" 'BEGIN {printf "%.2f", b / a}') (target <= 1.5)"
echo "Details in $OUT"
