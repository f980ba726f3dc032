#!/usr/bin/env bash
# Runs every test: the API's (xunit over HTTP on a real PostgreSQL), the contract checks
# (drift, Redocly, Spectral OWASP), the SPA's unit tests and its browser tests in Chromium
# against the real API. Installs what it needs. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
. scripts/postgres.sh

PASSED=0
FAILED=0
LOGS="$(mktemp -d /tmp/carers-test.XXXXXX)"
chmod 755 "$LOGS" # the postgres user keeps its cluster in here
PG_DIR="$LOGS/postgres"
API_PID=""

count() { PASSED=$((PASSED + $1)); FAILED=$((FAILED + $2)); }
check() { # check NAME COMMAND...: one pass or one fail for a command that must succeed
  local name="$1"; shift
  if "$@" >"$LOGS/$name.log" 2>&1; then echo "  ok    $name"; count 1 0
  else echo "  FAIL  $name (log below)"; tail -n 40 "$LOGS/$name.log"; count 0 1; fi
}
cleanup() {
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi
  pg_stop "$PG_DIR"
}
trap cleanup EXIT

echo "==> Installing what the tests need"
pg_ensure_installed
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null 2>&1 || true
  for attempt in 1 2 3; do
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null 2>&1 && break
    echo "  chromium install attempt $attempt failed; retrying"; sleep 5
  done
fi
for dir in web-client tools/contract-lint; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $dir"; count 0 1; }
  fi
done

echo "==> A throwaway PostgreSQL"
PG_PORT="$(pg_free_port)"
if ! pg_start "$PG_DIR" "$PG_PORT" fast; then
  echo "PostgreSQL did not start; see $PG_DIR/server.log"
  echo "$PASSED passed, $((FAILED + 1)) failed"
  exit 1
fi
pg_psql "$PG_DIR" "$PG_PORT" -qc "CREATE DATABASE carers_e2e OWNER carers" >/dev/null
export CARERS_TEST_CONNECTION="$(pg_connection_string "$PG_PORT")"

echo "==> API tests (xunit, over HTTP, real PostgreSQL)"
if dotnet build Carers.sln --nologo -v quiet -clp:ErrorsOnly >"$LOGS/build.log" 2>&1; then
  dotnet test --project tests/Carers.Api.Tests --no-build >"$LOGS/api-tests.log" 2>&1
  total=$(grep -Eo '^\s*total: [0-9]+' "$LOGS/api-tests.log" | grep -Eo '[0-9]+' | tail -n 1)
  failed=$(grep -Eo '^\s*failed: [0-9]+' "$LOGS/api-tests.log" | grep -Eo '[0-9]+' | tail -n 1)
  succeeded=$(grep -Eo '^\s*succeeded: [0-9]+' "$LOGS/api-tests.log" | grep -Eo '[0-9]+' | tail -n 1)
  if [ -z "$total" ]; then
    echo "  FAIL  the API tests did not report a summary"; tail -n 40 "$LOGS/api-tests.log"; count 0 1
  else
    echo "  $succeeded passed, $failed failed (of $total)"
    [ "$failed" != 0 ] && grep -A 12 '^failed ' "$LOGS/api-tests.log" | grep -v '^  [0-9][0-9]:' | head -n 80
    count "$succeeded" "$failed"
  fi
else
  echo "  FAIL  build"; tail -n 40 "$LOGS/build.log"; count 0 1
fi

echo "==> Contract (openapi.yaml)"
check contract-redocly bash -c "cd tools/contract-lint && npm run -s lint:redocly"
check contract-spectral-owasp bash -c "cd tools/contract-lint && npm run -s lint:spectral"
check spa-types-match-contract bash -c "cd web-client && npm run -s check:api"

echo "==> SPA unit tests (Vitest)"
check spa-typecheck bash -c "cd web-client && npm run -s typecheck"
rm -f web-client/test-results/unit.json
(cd web-client && npm run -s test:unit) >"$LOGS/unit.log" 2>&1
if [ -f web-client/test-results/unit.json ]; then
  read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))' "$ROOT/web-client/test-results/unit.json")
  echo "  $p passed, $f failed"; [ "$f" != 0 ] && tail -n 60 "$LOGS/unit.log"; count "$p" "$f"
else
  echo "  FAIL  vitest wrote no report"; tail -n 40 "$LOGS/unit.log"; count 0 1
fi

echo "==> Browser tests (Playwright in Chromium, against the real API)"
check spa-build bash -c "cd web-client && npm run -s build"
API_PORT="$(pg_free_port)"
ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__Carers="Host=127.0.0.1;Port=$PG_PORT;Database=carers_e2e;Username=carers;Password=carers" \
Carers__SpaPath="$ROOT/web-client/dist" \
  dotnet api/bin/Debug/net10.0/Carers.Api.dll --urls "http://127.0.0.1:$API_PORT" --contentRoot "$ROOT/api" >"$LOGS/e2e-api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$API_PORT/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
pg_as_owner "$(pg_bindir)/psql" -h "$PG_DIR" -p "$PG_PORT" -U carers -d carers_e2e -q -v count=300 -f api/Database/Demo/demo-data.sql >/dev/null 2>&1
pg_as_owner "$(pg_bindir)/psql" -h "$PG_DIR" -p "$PG_PORT" -U carers -d carers_e2e -q -f api/Database/Demo/demo-break-providers.sql >/dev/null 2>&1
rm -f web-client/test-results/e2e.json
(cd web-client && BASE_URL="http://127.0.0.1:$API_PORT" npm run -s test:e2e) >"$LOGS/e2e.log" 2>&1
if [ -f web-client/test-results/e2e.json ]; then
  read -r p f < <(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected, s.unexpected + s.flaky)' "$ROOT/web-client/test-results/e2e.json")
  echo "  $p passed, $f failed"; [ "$f" != 0 ] && tail -n 80 "$LOGS/e2e.log"; count "$p" "$f"
else
  echo "  FAIL  Playwright wrote no report"; tail -n 40 "$LOGS/e2e.log"; count 0 1
fi

echo "Logs: $LOGS"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
