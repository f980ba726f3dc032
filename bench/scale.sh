#!/usr/bin/env bash
# Proven at scale (issue 17): one run per tier on a throwaway PostgreSQL and the Release API.
#   bench/scale.sh tiny|small|large     tiny 10,000 carers and 100,000 GP flags (a quick check);
#                                       small 100,000 and 1,000,000; large 1,000,000 and 10,000,000
#   (DURATION=20 CONNECTIONS=8 SOAK_SECONDS=600 BUNDLES=10 to change)
# 1. Loads the tier by COPY (bench/scale-data.sh: carers with proportionate casework, GP flags).
# 2. Plans: auto_explain of the API's own SQL for the hot requests, and any sequential scan on our tables.
# 3. p50 and p99 through the API (wrk, CONNECTIONS at once for DURATION s) of GetMyCarerRecord,
#    SearchCarers (name, date of birth, postcode and NHS number searches) and each of
#    ListAssessmentQueue's queues, beside pgbench running the same SQL at the same concurrency:
#    for GetMyCarerRecord its whole batch (bench/get-my-carer-record.sql), for the others the
#    SELECTs the API ran, captured from the server log with their parameters (the audit insert left out).
# 4. GP ingest: BUNDLES Bundles of 10,000 Flags through ProcessGpFlagBundle (POST /fhir), beside a raw
#    COPY of the same rows into the same, already full, gp_flag; rows per second and the ratio.
# 5. A soak: GetMyCarerRecord at half the rate measured in 3 for SOAK_SECONDS; the API's RSS and p99
#    over the first minute and over the last.
# The figures go to bench/results/<tier>.json; with both small.json and large.json present the
# targets between tiers are checked (large p99 <= 1.5x small; large ingest ratio >= 0.8x small).
set -euo pipefail
cd "$(dirname "$0")/.."
TIER="${1:-tiny}"
case "$TIER" in
  tiny) CARERS=10000 FLAGS=100000 ;;
  small) CARERS=100000 FLAGS=1000000 ;;
  large) CARERS=1000000 FLAGS=10000000 ;;
  *) echo "Usage: bench/scale.sh tiny|small|large" >&2; exit 2 ;;
esac
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-8}"
SOAK_SECONDS="${SOAK_SECONDS:-600}"
BUNDLES="${BUNDLES:-10}"
ENTRIES=10000
CONCURRENCY=2
KEY="bench-subject-hash-key-0123456789abcdef-0123"
QUEUES="newRequests unallocated overdue reviewsDue reviewsOverdue reoffersDue"
. bench/lib.sh
. bench/scale-data.sh
. bench/gp-flag-post.sh
bench_need_wrk
FIGURES="$OUT/figures.txt"
figure() { echo "$1 $2" >>"$FIGURES"; }
field() { echo "$1" | grep -Eo "$2=[0-9.]+" | cut -d= -f2; }
bench_start_cluster
bench_start_api GpFlags__SubjectHashKey="$KEY"
echo "== $TIER: $CARERS carers, $FLAGS GP flags (details in $OUT)"
figure carers "$CARERS"; figure gp_flags "$FLAGS"

started=$SECONDS
scale_load "$CARERS" "$FLAGS"
figure load_seconds $((SECONDS - started))
# The callers: 200 self-registered carers spread through the table, renamed bench-1..bench-200 so that
# wrk (through tokens) and pgbench (bench/get-my-carer-record.sql) ask for exactly the same people.
psql_carers -qc "UPDATE carer SET account_subject = 'bench-' || r.i FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM carer WHERE account_subject IS NOT NULL AND closed_at IS NULL LIMIT 200) r WHERE carer.id = r.id"
echo "  loaded in $((SECONDS - started))s; database $(psql_carers -tAc "SELECT pg_size_pretty(pg_database_size('carers'))")"
figure database_bytes "$(psql_carers -tAc "SELECT pg_database_size('carers')")"
psql_carers -At -F ' ' -c "SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE n_live_tup > 0 ORDER BY n_live_tup DESC LIMIT 14" \
  | awk '{printf "    %-22s %10d\n", $1, $2}'

# The requests: every line "PATH TOKEN" for bench/scale.lua, which picks one at random each time.
for i in $(seq 1 200); do echo "/api/me/carer $(bench_token Carer "bench-$i")"; done >"$OUT/get-my-carer-record.requests"
ASSESSOR=$(bench_token Staff.Assessor bench-assessor)
# Searches an assessor makes, two of each kind, for carers spread through the table: a given name's
# first letters and a family name, a date of birth, a full postcode, an NHS number.
psql_carers -At -F ' ' -c "
  SELECT 'name=' || lower(left(given_name, 3)) || '%20' || lower(family_name) FROM carer WHERE id IN (md5('carer-' || $CARERS / 3)::uuid, md5('carer-' || $CARERS / 2)::uuid)
  UNION ALL SELECT 'dateOfBirth=' || date_of_birth FROM carer WHERE id IN (md5('carer-' || $CARERS / 5)::uuid, md5('carer-' || $CARERS / 7)::uuid)
  UNION ALL SELECT 'postcode=' || replace(postcode, ' ', '%20') FROM carer WHERE id IN (md5('carer-' || $CARERS / 4)::uuid, md5('carer-' || $CARERS / 9)::uuid)
  UNION ALL (SELECT 'nhsNumber=' || nhs_number FROM carer WHERE nhs_number IS NOT NULL ORDER BY id LIMIT 2)" \
  | while read -r q; do echo "/api/carers?$q $ASSESSOR"; done >"$OUT/search-carers.requests"
for q in $QUEUES; do echo "/api/assessment-queues/$q $ASSESSOR" >"$OUT/queue-$q.requests"; done
[ "$(wc -l <"$OUT/search-carers.requests")" = 8 ] || { echo "Expected 8 searches:"; cat "$OUT/search-carers.requests"; exit 1; }
request_curl() { # request_curl LINE [CURL_ARGS...]: one request line through curl
  local line="$1"; shift
  curl -fs "$@" -H "Authorization: Bearer ${line#* }" -H 'Access-Reason: casework' "http://127.0.0.1:$API_PORT${line%% *}"
}

echo "== Plans (auto_explain of the API's own SQL: sequential scans on tables of more than 1,000 rows, and rows read then filtered out)"
BIG_TABLES=$(psql_carers -At -c "SELECT string_agg(relname, '|') FROM pg_stat_user_tables WHERE n_live_tup > 1000")
bench_stop_api
bench_auto_explain on
bench_start_api GpFlags__SubjectHashKey="$KEY"
plan_check() { # plan_check NAME REQUESTS_FILE: each request once, its plans kept, sequential scans counted
  local name="$1" seq=0 line n=0 nodes
  while read -r line; do
    n=$((n + 1))
    : >"$PG_DIR/server.log"
    request_curl "$line" -o /dev/null
    sleep 0.3
    pg_as_owner cat "$PG_DIR/server.log" >"$OUT/plan-$name-$n.txt"
    seq=$((seq + $(grep -cE "Seq Scan on ($BIG_TABLES)( |$)" "$OUT/plan-$name-$n.txt" || true)))
  done <"$2"
  nodes=$(cat "$OUT/plan-$name-"*.txt | grep -Eo "(Index Only Scan|Index Scan|Bitmap Heap Scan|Seq Scan)( Backward)? (using [a-z_]+ )?on ($BIG_TABLES)( |$)" \
    | sort | uniq -c | sort -rn | head -6 | awk '{$1 = $1 "x"; print}' | paste -sd';' -) || true
  # An index walked in order and most of what it finds thrown away is a scan too, by another name.
  filtered=$(cat "$OUT/plan-$name-"*.txt | grep -Eo "Rows Removed by (Filter|Join Filter|Index Recheck): [0-9]+" | grep -Eo "[0-9]+$" | sort -n | tail -n 1) || true
  printf '  %-34s sequential scans: %d; most rows a node read and threw away: %d\n    [%s]\n' "$name" "$seq" "${filtered:-0}" "$nodes"
  figure "plan_seq_scans.$name" "$seq"; figure "plan_rows_removed.$name" "${filtered:-0}"
}
plan_check GetMyCarerRecord <(head -n 1 "$OUT/get-my-carer-record.requests")
plan_check SearchCarers "$OUT/search-carers.requests"
for q in $QUEUES; do plan_check "ListAssessmentQueue.$q" "$OUT/queue-$q.requests"; done
bench_stop_api
bench_auto_explain off
bench_start_api GpFlags__SubjectHashKey="$KEY"

# scale_wrk REQUESTS_FILE SECONDS [DELAY_MS]: "rps=… p50_ms=… p99_ms=… non2xx=… errors=…"
scale_wrk() {
  REQUESTS="$1" DELAY_MS="${3:-0}" wrk -t2 -c"$CONNECTIONS" -d"$2s" -s bench/scale.lua "http://127.0.0.1:$API_PORT" | grep RESULT | cut -d' ' -f2-
}
echo "== Latency: API (wrk -t2 -c$CONNECTIONS -d${DURATION}s) and raw (pgbench, same SQL, -c$CONNECTIONS)"
echo "  Warming up (5 s of each)..."
for f in "$OUT"/get-my-carer-record.requests "$OUT"/search-carers.requests "$OUT"/queue-*.requests; do scale_wrk "$f" 5 >/dev/null; done
latency() { # latency NAME REQUESTS_FILE PGBENCH_SCRIPT...
  local name="$1" requests="$2" api raw; shift 2
  api=$(scale_wrk "$requests" "$DURATION")
  raw=$(bench_pgbench "$name" "$DURATION" "$CONNECTIONS" "$@")
  printf '  %-34s API %-58s raw %s\n' "$name" "$api" "$raw"
  figure "api_rps.$name" "$(field "$api" rps)"; figure "api_p50_ms.$name" "$(field "$api" p50_ms)"; figure "api_p99_ms.$name" "$(field "$api" p99_ms)"
  figure "api_non2xx.$name" "$(field "$api" non2xx)"
  figure "raw_tps.$name" "$(field "$raw" tps)"; figure "raw_p50_ms.$name" "$(field "$raw" p50_ms)"; figure "raw_p99_ms.$name" "$(field "$raw" p99_ms)"
}
latency GetMyCarerRecord "$OUT/get-my-carer-record.requests" "$BENCH_ROOT/bench/get-my-carer-record.sql"
n=0; scripts=()
while read -r line; do
  n=$((n + 1)); bench_capture_sql "$OUT/search-$n.sql" -H "Authorization: Bearer ${line#* }" -H 'Access-Reason: casework' "http://127.0.0.1:$API_PORT${line%% *}" 2>/dev/null
  scripts+=("$OUT/search-$n.sql")
done <"$OUT/search-carers.requests"
latency SearchCarers "$OUT/search-carers.requests" "${scripts[@]}"
for q in $QUEUES; do
  line=$(cat "$OUT/queue-$q.requests")
  bench_capture_sql "$OUT/queue-$q.sql" -H "Authorization: Bearer ${line#* }" -H 'Access-Reason: casework' "http://127.0.0.1:$API_PORT${line%% *}" 2>/dev/null
  latency "ListAssessmentQueue.$q" "$OUT/queue-$q.requests" "$OUT/queue-$q.sql"
done

echo "== GP ingest: $BUNDLES Bundles of $ENTRIES Flags through POST /fhir ($CONCURRENCY at a time) beside a raw COPY, into gp_flag already holding $FLAGS rows"
node bench/make-gp-flag-bundles.mjs "$OUT" "$BUNDLES" "$ENTRIES" "$KEY" >/dev/null
node bench/make-gp-flag-bundles.mjs "$OUT/small" 1 100 "$KEY" >/dev/null
TOTAL=$((BUNDLES * ENTRIES))
TOKEN=$(bench_token GpSystem bench-practice '"odsCode":"A12345"')
BEFORE=$(psql_carers -tAc "SELECT max(id) FROM gp_flag")
# Whatever the warm-up and the raw COPY add is taken out again (the bundles' people are all new:
# NHS numbers 999…, none a carer's), so the API meets the table as loaded.
remove_new_flags() {
  psql_carers -qc "DELETE FROM gp_flag WHERE id > $BEFORE" -c "DELETE FROM gp_identified_person WHERE nhs_number LIKE '999%'" -c "DELETE FROM idempotency_record"
  pg_psql "$PG_PORT" -d carers -qc "VACUUM ANALYZE gp_flag, gp_identified_person"
}
gp_warm_up "$OUT/small" 4 40
remove_new_flags
# Three rounds of a raw COPY and the API, each into the table as loaded, and the best of each side:
# one COPY of 100,000 rows takes a second or two, and a checkpoint or the kernel's writeback landing in
# it moved the baseline from 58,000 to 104,000 rows/s between runs (decision 0036).
raw_rate=0; api_rate=0
for round in 1 2 3; do
  t0=$(date +%s.%N)
  psql_carers -qc "\copy gp_flag (ods_code, subject_hash, nhs_number, snomed_code, is_carer, status, recorded_on, consent_to_contact, source) FROM '$OUT/flags.csv' WITH (FORMAT csv)"
  rate=$(node -e "console.log(($TOTAL / ($(date +%s.%N) - $t0)).toFixed(0))")
  raw_rate=$(( rate > raw_rate ? rate : raw_rate ))
  remove_new_flags
  t0=$(date +%s.%N)
  post_all "round-$round"
  rate=$(node -e "console.log(($TOTAL / ($(date +%s.%N) - $t0)).toFixed(0))")
  api_rate=$(( rate > api_rate ? rate : api_rate ))
  check_answers "round-$round"
  [ "$(psql_carers -tAc "SELECT count(*) FROM gp_flag WHERE id > $BEFORE")" = "$TOTAL" ] || { echo "The API did not store $TOTAL flags"; exit 1; }
  echo "  round $round: best so far raw COPY $raw_rate rows/s, API $api_rate rows/s"
  [ "$round" = 3 ] || remove_new_flags
done
ratio=$(node -e "console.log(($api_rate / $raw_rate).toFixed(3))")
echo "  raw COPY $raw_rate rows/s; API $api_rate rows/s; ratio $ratio"
figure ingest_raw_rows_per_second "$raw_rate"; figure ingest_api_rows_per_second "$api_rate"; figure ingest_ratio "$ratio"

MAX_RPS=$(grep '^api_rps.GetMyCarerRecord ' "$FIGURES" | cut -d' ' -f2)
TARGET=$(node -e "console.log(Math.max(1, Math.round($MAX_RPS / 2)))")
# wrk has no fixed rate: each connection waits DELAY_MS after each answer, so the rate is a little under the target.
DELAY=$(node -e "console.log(Math.round($CONNECTIONS * 1000 / $TARGET))")
WINDOW=$(( SOAK_SECONDS / 2 < 60 ? SOAK_SECONDS / 2 : 60 ))
echo "== Soak: GetMyCarerRecord at half the maximum ($TARGET of $MAX_RPS requests/s; $DELAY ms between a connection's requests) for ${SOAK_SECONDS}s"
rss() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$API_PID/status"; }
first=$(scale_wrk "$OUT/get-my-carer-record.requests" "$WINDOW" "$DELAY"); rss_first=$(rss)
[ $((SOAK_SECONDS - 2 * WINDOW)) -gt 0 ] && scale_wrk "$OUT/get-my-carer-record.requests" $((SOAK_SECONDS - 2 * WINDOW)) "$DELAY" >/dev/null
last=$(scale_wrk "$OUT/get-my-carer-record.requests" "$WINDOW" "$DELAY"); rss_last=$(rss)
echo "  first ${WINDOW}s: $first rss_mb=$rss_first"
echo "  last ${WINDOW}s:  $last rss_mb=$rss_last"
figure soak_seconds "$SOAK_SECONDS"; figure soak_target_rps "$TARGET"
figure soak_first_rps "$(field "$first" rps)"; figure soak_first_p99_ms "$(field "$first" p99_ms)"; figure soak_first_rss_mb "$rss_first"
figure soak_last_rps "$(field "$last" rps)"; figure soak_last_p99_ms "$(field "$last" p99_ms)"; figure soak_last_rss_mb "$rss_last"
figure soak_non2xx $(( $(field "$first" non2xx) + $(field "$last" non2xx) ))

mkdir -p bench/results
node bench/scale-report.mjs "$TIER" "$FIGURES" bench/results
