#!/usr/bin/env bash
# Benchmark for GP flag ingestion (issue 3): 100,000 flags as 10 FHIR Bundles of 10,000 posted
# to the API, beside a raw COPY of the same rows into the same indexed table (gp_flag) in the
# same run; then every Bundle replayed with its Idempotency-Key. Prints rows per second, the
# ratio API / COPY (target at least 0.35), the replay time and the rows the replay added (0).
#   bench/gp-flag-ingest.sh          (BUNDLES=10 ENTRIES=10000 CONCURRENCY=2 WARMUP=4 SMALL=40 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLES="${BUNDLES:-10}"
# Bundles in flight at once: 1 posts them one after another; 2 lets the API and PostgreSQL each
# keep a core busy, as a practice system sending its extract in parallel would.
CONCURRENCY="${CONCURRENCY:-2}"
ENTRIES="${ENTRIES:-10000}"
KEY="bench-subject-hash-key-0123456789abcdef-0123"
. bench/lib.sh
. bench/gp-flag-post.sh
now() { date +%s.%N; }
rate() { node -e 'const [n,s]=process.argv.slice(1).map(Number);console.log((n/s).toFixed(0))' "$1" "$2"; }
bench_start_cluster
bench_start_api GpFlags__SubjectHashKey="$KEY" Logging__LogLevel__Carers.Api.Features.GpFlags=Information

node bench/make-gp-flag-bundles.mjs "$OUT" "$BUNDLES" "$ENTRIES" "$KEY"
TOTAL=$((BUNDLES * ENTRIES))
TOKEN=$(bench_token GpSystem bench-practice '"odsCode":"A12345"')

# Warm-up (bench/gp-flag-post.sh), then removed.
WARMUP="${WARMUP:-4}"
SMALL="${SMALL:-40}"
node bench/make-gp-flag-bundles.mjs "$OUT/small" 1 100 "$KEY"
gp_warm_up "$OUT/small" "$WARMUP" "$SMALL"
psql_carers -qc "TRUNCATE gp_flag, gp_identified_person RESTART IDENTITY; DELETE FROM idempotency_record;"
pg_psql "$PG_PORT" -d carers -qc "VACUUM ANALYZE gp_flag, gp_identified_person"

echo "Raw: COPY $TOTAL rows into gp_flag"
read -r _ pg0 < <(bench_cpu)
start=$(now)
psql_carers -qc "\copy gp_flag (ods_code, subject_hash, nhs_number, snomed_code, is_carer, status, recorded_on, consent_to_contact, source) FROM '$OUT/flags.csv' WITH (FORMAT csv)"
raw_seconds=$(node -e "console.log($(now) - $start)")
raw_rate=$(rate "$TOTAL" "$raw_seconds")
read -r _ pg1 < <(bench_cpu)
echo "  RESULT rows=$(psql_carers -tAc 'SELECT count(*) FROM gp_flag') seconds=$raw_seconds rows_per_second=$raw_rate"
node -e 'const [a,b,n]=process.argv.slice(1).map(Number);console.log(`  CPU per 1,000 rows: PostgreSQL ${((b-a)*1e6/n).toFixed(1)} ms`)' "$pg0" "$pg1" "$TOTAL"
psql_carers -qc "TRUNCATE gp_flag RESTART IDENTITY"

echo "API: POST /fhir, $BUNDLES batch Bundles of $ENTRIES Flags, $CONCURRENCY at a time"
read -r api0 pg0 < <(bench_cpu)
start=$(now)
post_all first
read -r api1 pg1 < <(bench_cpu)
api_seconds=$(node -e "console.log($(now) - $start)")
api_rate=$(rate "$TOTAL" "$api_seconds")
rows=$(psql_carers -tAc 'SELECT count(*) FROM gp_flag')
check_answers first
echo "  RESULT rows=$rows seconds=$api_seconds rows_per_second=$api_rate"
node -e 'const [a0,a1,p0,p1,n]=process.argv.slice(1).map(Number);console.log(`  CPU per 1,000 rows: API ${((a1-a0)*1e6/n).toFixed(1)} ms, PostgreSQL ${((p1-p0)*1e6/n).toFixed(1)} ms`)' "$api0" "$api1" "$pg0" "$pg1" "$TOTAL"
# The API's own log of each Bundle (counts and times only): where the time goes inside the handler.
grep -Eo 'read and checked in [0-9]+ ms, stored in [0-9]+ ms' "$OUT/api.log" | tail -n "$BUNDLES" \
  | awk '{c += $5; s += $9; n++} END {if (n) printf "  Inside the handler, per Bundle: read and checked %.0f ms, stored %.0f ms (mean of %d)\n", c / n, s / n, n}'
node -e 'const [a,r]=process.argv.slice(1).map(Number);console.log(`Ratio API/COPY: ${(a/r).toFixed(2)} (target >= 0.35)`)' "$api_rate" "$raw_rate"

echo "Replay: every Bundle again with its Idempotency-Key"
start=$(now)
post_all replay
replay_seconds=$(node -e "console.log($(now) - $start)")
after=$(psql_carers -tAc 'SELECT count(*) FROM gp_flag')
check_answers replay
echo "  RESULT seconds=$replay_seconds rows_per_second=$(rate "$TOTAL" "$replay_seconds") new_rows=$((after - rows))"
cmp -s "$OUT/answer-first-0.json" "$OUT/answer-replay-0.json" && echo "  Replayed answers are byte for byte the first answers."
echo "Details in $OUT"
