# Sourced by bench/gp-flag-ingest.sh and bench/scale.sh (after bench/lib.sh, with OUT, API_PORT,
# TOKEN, BUNDLES, ENTRIES and CONCURRENCY set): posting the generated Bundles to POST /fhir.

# gp_warm_up SMALL_DIR WARMUP SMALL: the API warmed up the way it runs all day: its connection pool
# open and its code compiled by the JIT's optimising tier. A method is recompiled there after 30 calls,
# on a background thread that would otherwise share the cores with the measurement: SMALL Bundles of
# 100 Flags (twice) take every per-request method past that, then WARMUP full Bundles the rest,
# CONCURRENCY at a time and with Idempotency-Keys like the measured run. The caller removes the rows.
gp_warm_up() {
  local small_dir="$1" warmup="$2" small="$3" round w c pids
  warm() { curl -fs -o /dev/null -X POST "http://127.0.0.1:$API_PORT/fhir" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/fhir+json' \
      -H "Idempotency-Key: warm-up-$1" -H "Expect:" -T "$2"; }
  # Twice, a second apart: the JIT starts counting calls only after 100 ms with no new method to compile.
  for round in 1 2; do
    for w in $(seq 1 "$small"); do warm "small-$round-$w" "$small_dir/bundle-0.json"; done
    sleep 1
  done
  for w in $(seq 0 "$CONCURRENCY" $((warmup - 1))); do
    pids=(); for c in $(seq 0 $((CONCURRENCY - 1))); do warm $((w + c)) "$OUT/bundle-$(( (w + c) % BUNDLES )).json" & pids+=($!); done
    wait "${pids[@]}"   # only these: a bare wait would wait for the API too
  done
  sleep 1
}

post_one() { # post_one LABEL B: POST Bundle B with its Idempotency-Key
  code=$(curl -s -o "$OUT/answer-$1-$2.json" -w '%{http_code}' -X POST "http://127.0.0.1:$API_PORT/fhir" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/fhir+json' -H "Idempotency-Key: bench-bundle-$2" \
    -H "Expect:" -T "$OUT/bundle-$2.json")
  [ "$code" = 200 ] || { echo "Bundle $2 answered $code"; head -c 400 "$OUT/answer-$1-$2.json"; return 1; }

}
check_answers() { # check_answers LABEL: each answer is the batch-response with one entry per Flag, not just a 200 (after the clock stops)
  node -e 'const fs=require("fs");const [dir,label,bundles,entries]=process.argv.slice(1);for(let b=0;b<+bundles;b++){
    const a=JSON.parse(fs.readFileSync(`${dir}/answer-${label}-${b}.json`));
    if(a.type!=="batch-response"||a.entry.length!==+entries){console.log(`Bundle ${b}: the answer is not a batch-response with ${entries} entries`);process.exit(1)}}' \
    "$OUT" "$1" "$BUNDLES" "$ENTRIES"
}
post_all() { # post_all LABEL: every Bundle, CONCURRENCY at a time
  local pids=()
  for b in $(seq 0 $((BUNDLES - 1))); do
    post_one "$1" "$b" & pids+=($!)
    if [ "${#pids[@]}" -ge "$CONCURRENCY" ]; then wait "${pids[0]}" || exit 1; pids=("${pids[@]:1}"); fi
  done
  for pid in "${pids[@]}"; do wait "$pid" || exit 1; done
}
