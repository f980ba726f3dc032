#!/usr/bin/env bash
# Runs every test: the house rules (SPA lint), the API's (xunit over HTTP on a real PostgreSQL),
# the contract checks (drift, Redocly, Spectral OWASP), the SPA's unit tests, its browser tests in
# Chromium against the real API, the partners' docs' examples and a generated client's partner
# journey against the same API, and the run command from a fresh clone in a private folder.
# Installs what it needs. Ends with one line: "N passed, N failed".
#
#   ./test.sh          run everything; what it made outside the clone is removed at the end
#   ./test.sh --keep   keep the throwaway database and logs for debugging (their folder is printed)
#
# The logs of the last run are in .data/test-logs/ (replaced by each run).
set -uo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
. scripts/prerequisites.sh
. scripts/postgres.sh
. scripts/dev-identity.sh

KEEP=""
for arg in "$@"; do
  case "$arg" in
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$arg'. Use ./test.sh, or ./test.sh --keep to keep the database for debugging." ;;
  esac
done

PASSED=0
FAILED=0
TIMES=""
STARTED=$SECONDS
LOGS="$ROOT/.data/test-logs"
rm -rf "$LOGS" && mkdir -p "$LOGS" || fail "could not make $LOGS"
PG_DIR=""
API_PID=""
IDENTITY_PID=""
CHAIN_PID=""
BUILD_PID=""
CLONE_PID=""
LINT_PID=""

count() { PASSED=$((PASSED + $1)); FAILED=$((FAILED + $2)); }
# CPU seconds (user + system) used so far by the processes this shell has waited for: the summary
# gives each suite's CPU beside its time, since on two cores the CPU, not the clock, is what to cut.
# (`times` itself, not in a pipe: a pipe or $( ) would ask a fresh subshell, which has no children yet.)
# children_cpu: sets CPU_NOW to the CPU seconds (user + system) of the children waited for so far.
children_cpu() {
  times >"$LOGS/.times"
  CPU_NOW=$(tail -n 1 "$LOGS/.times" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] } printf "%d\n", s }')
}
timed() { # timed NAME SECONDS [CPU]: one line of the summary
  TIMES="$TIMES$(printf '  %-34s %4ss' "$1" "$2")${3:+$(printf '  (CPU %ss)' "$3")}"$'\n'
}
beside() { # beside NAME COMMAND...: runs in the background; its output in $LOGS/NAME.log, its time in NAME.seconds
  local name="$1"; shift
  (
    started=$SECONDS
    "$@"; status=$?
    echo $((SECONDS - started)) >"$LOGS/$name.seconds"
    children_cpu; echo "$CPU_NOW" >"$LOGS/$name.cpu"
    exit $status
  ) >"$LOGS/$name.log" 2>&1 &
}
in_turn() { # in_turn NAME COMMAND...: one step, in a background chain or not; its output, time and exit status in $LOGS/NAME.*
  local name="$1" started=$SECONDS cpu status; shift
  children_cpu; cpu=$CPU_NOW
  "$@" >"$LOGS/$name.log" 2>&1; status=$?
  echo $((SECONDS - started)) >"$LOGS/$name.seconds"
  children_cpu; echo $((CPU_NOW - cpu)) >"$LOGS/$name.cpu"
  echo "$status" >"$LOGS/$name.status"
}
reported() { # reported NAME: one pass or one fail for a step run with in_turn, and its time
  local name="$1"
  if [ "$(cat "$LOGS/$name.status" 2>/dev/null)" = 0 ]; then echo "  ok    $name"; count 1 0
  else echo "  FAIL  $name (the end of $LOGS/$name.log:)"; tail -n 40 "$LOGS/$name.log"; count 0 1; fi
  timed "$name" "$(cat "$LOGS/$name.seconds" 2>/dev/null || echo ?)" "$(cat "$LOGS/$name.cpu" 2>/dev/null)"
}
finish() { # finish NAME PID: waits for a command started with beside; one pass or one fail, and its time
  local name="$1" pid="$2"
  if wait "$pid"; then echo "  ok    $name"; count 1 0
  else echo "  FAIL  $name (the end of $LOGS/$name.log:)"; tail -n 40 "$LOGS/$name.log"; count 0 1; fi
  timed "$name (beside)" "$(cat "$LOGS/$name.seconds" 2>/dev/null || echo ?)" "$(cat "$LOGS/$name.cpu" 2>/dev/null)"
}
stop_early() { # stop_early MESSAGE: a step everything after depends on has failed
  echo "  FAIL  $1"
  count 0 1
  echo "$PASSED passed, $FAILED failed"
  exit 1
}
cleanup() {
  [ -n "$BUILD_PID" ] && kill "$BUILD_PID" 2>/dev/null
  if [ -n "$LINT_PID" ]; then pkill -TERM -P "$LINT_PID"; kill "$LINT_PID" 2>/dev/null; fi
  if [ -n "$CHAIN_PID" ]; then pkill -TERM -P "$CHAIN_PID"; kill "$CHAIN_PID" 2>/dev/null; wait "$CHAIN_PID" 2>/dev/null; fi
  if [ -n "$CLONE_PID" ]; then pkill -TERM -P "$CLONE_PID"; kill "$CLONE_PID" 2>/dev/null; wait "$CLONE_PID" 2>/dev/null; fi
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; fi
  if [ -n "$IDENTITY_PID" ]; then kill "$IDENTITY_PID" 2>/dev/null; wait "$IDENTITY_PID" 2>/dev/null; fi
  if [ -n "$PG_DIR" ]; then
    pg_stop "$PG_DIR"
    if [ -n "$KEEP" ]; then echo "Kept: the database in $PG_DIR, the logs in $LOGS"; else rm -rf "$PG_DIR"; fi
  fi
}
trap cleanup EXIT

echo "==> Checking and installing what the tests need"
step=$SECONDS; children_cpu; cpu=$CPU_NOW
need_dotnet
need_node
pg_ensure_installed || stop_early "PostgreSQL is needed (see above)"
# Chromium for the browser tests; jq for the partners' docs' examples (they show partners jq).
debian_packages=""
[ -x /usr/bin/chromium ] || debian_packages="chromium"
command -v jq >/dev/null || debian_packages="$debian_packages jq"
if [ -n "$debian_packages" ]; then
  echo "  Installing from Debian's packages (apt-get install$(printf ' %s' $debian_packages))..."
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq || stop_early "apt-get update failed (see above): check the machine can reach Debian's package mirror"
  # shellcheck disable=SC2086 # one word a package
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $debian_packages \
    || stop_early "apt-get install$(printf ' %s' $debian_packages) failed (see above): install them by hand, then run this again"
fi
# The solution builds while npm installs (one waits on the network and the disk, the other on the CPU).
# Release: the API's own code is then compiled with the JIT's optimisations, in the API tests and
# behind the browser tests alike (a Debug build asks the JIT not to optimise it).
dotnet build Carers.sln -c Release --nologo -v quiet -clp:ErrorsOnly >"$LOGS/build.log" 2>&1 &
BUILD_PID=$!
npm_install web-client
npm_install tools/contract-lint
npm_install tests/standard-webhooks-node
timed "install (the build beside it)" $((SECONDS - step))

echo "==> Building the API, the tests and the SPA, once"
step=$SECONDS
wait "$BUILD_PID" \
  || { BUILD_PID=""; tail -n 40 "$LOGS/build.log"; stop_early "dotnet build (the end of $LOGS/build.log is above)"; }
BUILD_PID=""
# vite alone: the type check (tsc) is its own check below, run beside the others.
(cd web-client && npx --no-install vite build) >"$LOGS/spa-build.log" 2>&1 \
  || { tail -n 40 "$LOGS/spa-build.log"; stop_early "the SPA build (the end of $LOGS/spa-build.log is above)"; }
children_cpu; timed "build" $((SECONDS - step)) $((CPU_NOW - cpu))

# The carer's first download from the build just made: at most 150 KB of gzipped script, and no
# staff code in it (web-client/scripts/check-first-load.mjs; decision 0039).
echo "==> A carer's first load (the SPA's entry and what it imports statically)"
step=$SECONDS
if (cd web-client && node scripts/check-first-load.mjs) >"$LOGS/first-load.log" 2>&1; then
  echo "  ok    first-load budget: $(head -n 1 "$LOGS/first-load.log")"; count 1 0
else
  cat "$LOGS/first-load.log"
  echo "  FAIL  first-load budget: the carer's first page loads too much script or staff code (above: what and what to do;"
  echo "        web-client/README.md, \"A carer's first load\")"; count 0 1
fi
timed "first-load budget" $((SECONDS - step))

echo "==> A throwaway PostgreSQL"
PG_DIR="$(pg_scratch_dir)" || stop_early "could not make a folder for the test database"
PG_PORT="$(pg_free_port)" || stop_early "no free port"
pg_start "$PG_DIR" "$PG_PORT" fast || stop_early "PostgreSQL did not start (see above)"
pg_psql "$PG_PORT" -qc "CREATE DATABASE carers_e2e OWNER carers" || stop_early "could not create the browser tests' database"

# The API's tests run in the background while the rest run, at a lower priority (nice): the browser
# tests come first for the CPU, and these fill whatever the browser leaves idle (decision 0006). The
# SPA's lint and type check and the contract checks come after the browser tests, beside the API
# tests' end: behind the API tests in one chain they made the chain the longest path.
echo "==> API tests (xunit, over HTTP, real PostgreSQL): started, reported below"
connection="$(pg_connection_string "$PG_PORT")"
(
  renice -n 10 -p "$BASHPID" >/dev/null
  in_turn api-tests env CARERS_TEST_CONNECTION="$connection" dotnet test --project tests/Carers.Api.Tests -c Release --no-build
) &
CHAIN_PID=$!

echo "==> SPA unit tests"
step=$SECONDS; children_cpu; cpu=$CPU_NOW
rm -f web-client/test-results/unit.json
(cd web-client && npm run -s test:unit) >"$LOGS/unit.log" 2>&1
if [ -f web-client/test-results/unit.json ]; then
  read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))' "$ROOT/web-client/test-results/unit.json")
  echo "  SPA unit tests: $p passed, $f failed"; [ "$f" != 0 ] && tail -n 60 "$LOGS/unit.log"; count "$p" "$f"
else
  echo "  FAIL  vitest wrote no report (the end of $LOGS/unit.log:)"; tail -n 40 "$LOGS/unit.log"; count 0 1
fi
children_cpu; timed "SPA unit tests (Vitest)" $((SECONDS - step)) $((CPU_NOW - cpu))

# The run command's own check makes its own clone, build and database: it runs beside the
# browser tests, at a lower priority as the chain above.
echo "==> The run command from a fresh clone in a private folder: started, reported below"
beside run-from-private-clone nice -n 10 bash tests/run-from-private-clone.sh
CLONE_PID=$!

# The SPA's lint and type check and the contract checks run beside the browser tests, one after another at a
# lower priority: the browser tests wait on pages more than they use the CPU, and after them these made the end of
# the run (decision 0006).
echo "==> The SPA's lint and type check and the contract checks: started beside the browser tests, reported below"
(
  renice -n 10 -p "$BASHPID" >/dev/null
  in_turn spa-types-match-contract bash -c "cd web-client && npm run -s check:api"
  in_turn contract-redocly bash -c "cd tools/contract-lint && npm run -s lint:redocly"
  in_turn contract-spectral-owasp bash -c "cd tools/contract-lint && npm run -s lint:spectral"
  in_turn spa-typecheck bash -c "cd web-client && npm run -s typecheck"
  in_turn spa-lint bash -c "cd web-client && npm run -s lint"
) &
LINT_PID=$!

echo "==> Browser tests (Playwright in Chromium, against the real API)"
step=$SECONDS; children_cpu; cpu=$CPU_NOW
API_PORT="$(pg_free_port)"
IDENTITY_PORT="$(pg_free_port)"
while [ "$IDENTITY_PORT" = "$API_PORT" ]; do IDENTITY_PORT="$(pg_free_port)"; done
# The browser tests sign in through the local OpenID Connect provider, as production signs in through Entra ID.
identity_start "$IDENTITY_PORT" Release "$LOGS/e2e-identity.log" || echo "  the local sign-in provider did not start (see $LOGS/e2e-identity.log)"
# shellcheck disable=SC2046 # identity_api_env gives NAME=value words for env
env $(identity_api_env "$IDENTITY_PORT") \
ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__Carers="$(pg_connection_string "$PG_PORT" carers_e2e)" \
Notices__DispatcherEnabled=false Notices__ScanEnabled=false \
Carers__SpaPath="$ROOT/web-client/dist" \
  dotnet api/bin/Release/net10.0/Carers.Api.dll --urls "http://127.0.0.1:$API_PORT" --contentRoot "$ROOT/api" >"$LOGS/e2e-api.log" 2>&1 &
API_PID=$!
ready=""
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null 2>&1; then ready=1; break; fi # polling: refused until it starts
  kill -0 "$API_PID" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then
  tail -n 40 "$LOGS/e2e-api.log"
  echo "  FAIL  the API for the browser tests did not start (the end of $LOGS/e2e-api.log is above)"; count 0 1
elif ! pg_load_demo "$PG_PORT" carers_e2e 300 >"$LOGS/e2e-demo-data.log" 2>&1; then
  cat "$LOGS/e2e-demo-data.log"
  echo "  FAIL  the browser tests' demo data did not load (psql's messages are above); the browser tests were not run"; count 0 1
else
  rm -f web-client/test-results/e2e.json
  (cd web-client && BASE_URL="http://127.0.0.1:$API_PORT" E2E_WORKERS=2 npm run -s test:e2e) >"$LOGS/e2e.log" 2>&1
  if [ -f web-client/test-results/e2e.json ]; then
    read -r p f < <(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected, s.unexpected + s.flaky)' "$ROOT/web-client/test-results/e2e.json")
    echo "  Browser tests: $p passed, $f failed"; [ "$f" != 0 ] && tail -n 80 "$LOGS/e2e.log"; count "$p" "$f"
  else
    echo "  FAIL  Playwright wrote no report (the end of $LOGS/e2e.log:)"; tail -n 40 "$LOGS/e2e.log"; count 0 1
  fi
fi
children_cpu; timed "browser tests (Playwright)" $((SECONDS - step)) $((CPU_NOW - cpu))

# What partners and GP suppliers build from, against the same API and identity provider, after the
# browser tests so that what they refer and register does not change what those see (decision 0044):
# every ```sh block of their docs, and a partner's journey driven by a client generated from
# openapi.yaml. Each block and each step is one test.
if [ -n "$ready" ]; then
  echo "==> The partners' and GP suppliers' docs' examples, and a generated client's partner journey"
  for suite in docs-examples partner-journey; do
    step=$SECONDS; children_cpu; cpu=$CPU_NOW
    case "$suite" in
      docs-examples) suite_command=(tools/docs-examples/run-doc.sh docs/partners.md docs/gp-suppliers.md) ;;
      partner-journey) suite_command=(tests/partner-journey/run.sh) ;;
    esac
    API="http://127.0.0.1:$API_PORT" TOKEN_URL="http://127.0.0.1:$IDENTITY_PORT/connect/token" "${suite_command[@]}" >"$LOGS/$suite.log" 2>&1
    p=""; f=""
    read -r p f < <(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$LOGS/$suite.log" | tail -n 1 | awk '{ print $1, $3 }')
    if [ -n "$p" ]; then
      echo "  $suite: $p passed, $f failed"; [ "$f" != 0 ] && grep -A 30 '^  FAIL' "$LOGS/$suite.log" | head -n 60; count "$p" "$f"
    else
      echo "  FAIL  $suite reported no summary (the end of $LOGS/$suite.log:)"; tail -n 40 "$LOGS/$suite.log"; count 0 1
    fi
    children_cpu; timed "$suite" $((SECONDS - step)) $((CPU_NOW - cpu))
  done
fi
kill "$API_PID" 2>/dev/null; wait "$API_PID" 2>/dev/null; API_PID=""
kill "$IDENTITY_PID" 2>/dev/null; wait "$IDENTITY_PID" 2>/dev/null; IDENTITY_PID=""

echo "==> The SPA's lint and type check and the contract checks: waiting for them to finish"
wait "$LINT_PID"; LINT_PID=""

echo "==> API tests: waiting for them to finish"
wait "$CHAIN_PID"; CHAIN_PID=""
total=$(grep -Eo '^\s*total: [0-9]+' "$LOGS/api-tests.log" | grep -Eo '[0-9]+' | tail -n 1)
failed=$(grep -Eo '^\s*failed: [0-9]+' "$LOGS/api-tests.log" | grep -Eo '[0-9]+' | tail -n 1)
succeeded=$(grep -Eo '^\s*succeeded: [0-9]+' "$LOGS/api-tests.log" | grep -Eo '[0-9]+' | tail -n 1)
if [ -z "$total" ]; then
  echo "  FAIL  the API tests did not report a summary (the end of $LOGS/api-tests.log:)"; tail -n 40 "$LOGS/api-tests.log"; count 0 1
else
  echo "  API tests: $succeeded passed, $failed failed (of $total)"
  [ "$failed" != 0 ] && grep -A 12 '^failed ' "$LOGS/api-tests.log" | grep -v '^  [0-9][0-9]:' | head -n 80
  count "$succeeded" "$failed"
fi
timed "API tests (xunit, beside the rest)" "$(cat "$LOGS/api-tests.seconds" 2>/dev/null || echo ?)" "$(cat "$LOGS/api-tests.cpu" 2>/dev/null)"

reported spa-lint
reported spa-typecheck
reported contract-redocly
reported contract-spectral-owasp
reported spa-types-match-contract

echo "==> The run command from a fresh clone in a private folder: waiting for it to finish"
finish run-from-private-clone "$CLONE_PID"; CLONE_PID=""

echo
echo "Time per suite:"
printf '%s' "$TIMES"
pg_cpu=$(pg_cpu_seconds "$PG_DIR"); pg_cpu=${pg_cpu%.*}; pg_cpu=${pg_cpu:-0}
printf '  %-34s %4s   (CPU %ss)\n' "PostgreSQL for the suites" "" "$pg_cpu"
children_cpu
printf '  %-34s %4ss  (CPU %ss on %s cores)\n' "whole run" $((SECONDS - STARTED)) $((CPU_NOW + pg_cpu)) "$(nproc)"
echo "Logs: $LOGS"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
