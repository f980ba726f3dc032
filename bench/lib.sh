# Shared by the benchmark scripts: a throwaway PostgreSQL and the API (Release, Development so
# that /dev/tokens issues tokens), both stopped on exit. Source it after `cd` to the repo root.
. scripts/postgres.sh
BENCH_ROOT="$PWD"
OUT="$(mktemp -d /tmp/carers-bench.XXXXXX)"
PG_DIR="$(pg_scratch_dir)" || exit 1   # where the cluster's owner can reach it (scripts/postgres.sh)
API_PID=""
PG_PORT="$(pg_free_port)"
API_PORT="$(pg_free_port)"

bench_stop_api() { if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; API_PID=""; fi; }
bench_cleanup() { bench_stop_api; pg_stop "$PG_DIR"; rm -rf "$PG_DIR"; }
trap bench_cleanup EXIT

# bench_need_wrk: wrk (the load generator) from Debian's packages, installed when missing.
bench_need_wrk() {
  command -v wrk >/dev/null && return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "Installing wrk from Debian's packages (apt-get install wrk)..."
  $sudo apt-get update -qq || { echo "apt-get update failed (see above). Check the machine can reach Debian's package mirror, or install wrk by hand." >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk || { echo "apt-get install wrk failed (see above). Install it by hand (apt-get install wrk), then run this again." >&2; exit 1; }
}

psql_carers() { PGPASSWORD=carers "$(pg_bindir)/psql" -X -h 127.0.0.1 -p "$PG_PORT" -U carers -d carers -v ON_ERROR_STOP=1 "$@"; }

bench_start_cluster() {
  pg_start "$PG_DIR" "$PG_PORT" fast
  dotnet build api -c Release --nologo -v quiet -clp:ErrorsOnly
}

# bench_start_api [NAME=VALUE ...]: extra settings for this benchmark. The rate limit and the background
# workers (the webhook dispatcher, the extract importer, the historic import's worker, notices, retention)
# are off: they would measure something else, and their polling would fill auto_explain's log. At start the
# daily notice scan found every carer whose review was due (thousands at the large tier) and queued their
# notices inside the latency figures of whichever request came first, more the larger the tier.
bench_start_api() {
  env ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Carers="$(pg_connection_string "$PG_PORT")" \
    Carers__RateLimit__PermitLimit=1000000000 Carers__Outbox__Enabled=false GpFlags__ImportWorkerEnabled=false HistoricImport__WorkerEnabled=false \
    Notices__ScanEnabled=false Notices__DispatcherEnabled=false Retention__WorkerEnabled=false \
    Logging__LogLevel__Default=Warning "$@" \
    dotnet api/bin/Release/net10.0/Carers.Api.dll --urls "http://127.0.0.1:$API_PORT" --contentRoot "$BENCH_ROOT/api" >>"$OUT/api.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "The API did not start; see $OUT/api.log" >&2
  return 1
}

# bench_token ROLE SUBJECT [EXTRA_JSON]: a development token, e.g. bench_token GpSystem practice '"odsCode":"A12345"'
bench_token() {
  curl -fs -X POST "http://127.0.0.1:$API_PORT/dev/tokens" -H 'Content-Type: application/json' \
    -d "{\"role\":\"$1\",\"subject\":\"$2\"${3:+,$3}}" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).accessToken))'
}

# Plans of the API's own queries: PostgreSQL's auto_explain for the API's role, on or off.
bench_auto_explain() {
  if [ "$1" = on ]; then
    pg_psql "$PG_PORT" -qc "ALTER ROLE carers SET session_preload_libraries = 'auto_explain'" -c "ALTER ROLE carers SET auto_explain.log_min_duration = 0" \
      -c "ALTER ROLE carers SET auto_explain.log_analyze = on" -c "ALTER ROLE carers SET auto_explain.log_timing = off"
  else
    pg_psql "$PG_PORT" -qc "ALTER ROLE carers RESET ALL"
  fi
}

# CPU seconds used so far (user + system) by the API process and by the cluster's processes:
# "api pg". Figures per request from two snapshots are steadier than rates on a shared 2-core
# machine, where a busy neighbour changes the rate but hardly the CPU each request costs.
bench_cpu() {
  local tick api
  tick=$(getconf CLK_TCK)
  api=$(awk -v t="$tick" '{print ($14 + $15) / t}' "/proc/$API_PID/stat" 2>/dev/null || echo 0)
  echo "$api $(pg_cpu_seconds "$PG_DIR")"
}

# bench_capture_sql FILE CURL_ARGS...: the SELECT statements the API ran for one request (curl with
# CURL_ARGS), with their bound parameters inlined as literals, into FILE for psql or pgbench to replay
# (log_statement = all for that one request; bench/performance-indicators-replay.mjs reads the log).
# The number of statements goes to standard error.
bench_capture_sql() {
  local file="$1" from; shift
  pg_psql "$PG_PORT" -qc "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 0.5
  from=$(pg_as_owner stat -c %s "$PG_DIR/server.log")
  curl -fs -o /dev/null "$@"
  sleep 0.5
  pg_psql "$PG_PORT" -qc "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
  pg_as_owner tail -c +"$((from + 1))" "$PG_DIR/server.log" >"$file.log"
  node bench/performance-indicators-replay.mjs "$file.log" >"$file"
}

# bench_pgbench NAME SECONDS CONNECTIONS SCRIPT...: pgbench running the scripts (one picked at random
# for each transaction) with every transaction's latency logged; prints "tps=… p50_ms=… p99_ms=…".
bench_pgbench() {
  local name="$1" seconds="$2" connections="$3" files=() f; shift 3
  for f in "$@"; do files+=(-f "$f"); done
  rm -f "$OUT/pgbench-$name".*
  (cd "$OUT" && PGPASSWORD=carers "$(pg_bindir)/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U carers -n -c"$connections" -j2 -T"$seconds" -M prepared \
    -l --log-prefix="pgbench-$name" "${files[@]}" carers >"$OUT/pgbench-$name.txt" 2>&1)
  cat "$OUT/pgbench-$name".[0-9]* | awk '{print $3 / 1000}' | sort -n | awk -v s="$seconds" \
    '{a[NR] = $1} END {printf "tps=%.1f p50_ms=%.2f p99_ms=%.2f\n", NR / s, a[int(NR * 0.5) + 1], a[int(NR * 0.99) + 1]}'
}
