#!/usr/bin/env bash
# Starts the whole service in the foreground: a local PostgreSQL (a cluster in .data/, kept
# between runs), the migrations, demo data, the API and the built SPA on one origin.
# Ctrl-C stops everything it started. PORT overrides the port (default 5080).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
PORT="${PORT:-5080}"
PG_PORT="${CARERS_PG_PORT:-55432}"
PG_DIR="$ROOT/.data/postgres"
DEMO_CARERS="${CARERS_DEMO_CARERS:-3000}"
. scripts/postgres.sh

API_PID=""
cleanup() {
  trap - EXIT INT TERM
  echo
  echo "Stopping..."
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi
  pg_stop "$PG_DIR"
}
trap cleanup EXIT INT TERM

echo "==> PostgreSQL (data in .data/postgres, port $PG_PORT)"
pg_start "$PG_DIR" "$PG_PORT"

echo "==> Web client (web-client/dist)"
(
  cd web-client
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
  npm run -s build >/dev/null
)

echo "==> API"
dotnet build api -c Release --nologo -v quiet -clp:ErrorsOnly
ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__Carers="$(pg_connection_string "$PG_PORT")" \
Carers__SpaPath="$ROOT/web-client/dist" \
  dotnet api/bin/Release/net10.0/Carers.Api.dll --urls "http://127.0.0.1:$PORT" --contentRoot "$ROOT/api" &
API_PID=$!

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$API_PID" 2>/dev/null; then echo "The API stopped while starting; see the messages above." >&2; exit 1; fi
  sleep 0.5
done

echo "==> Demo data"
pg_as_owner "$(pg_bindir)/psql" -h "$PG_DIR" -p "$PG_PORT" -U carers -d carers -q -v count="$DEMO_CARERS" \
  -f api/Database/Demo/demo-data.sql >/dev/null
pg_as_owner "$(pg_bindir)/psql" -h "$PG_DIR" -p "$PG_PORT" -U carers -d carers -q \
  -f api/Database/Demo/demo-break-providers.sql >/dev/null

cat <<BANNER

  Luton Carers is running at http://127.0.0.1:$PORT

  Sign in: open the address and choose a persona (development sign-in). "Sam, a carer
  already registered" has a record in the demo data; "A new carer" starts the registration
  journey; "An assessor" searches carers (try postcode LU1).
  API: http://127.0.0.1:$PORT/swagger (OpenAPI UI). A token for scripts:
    curl -s -X POST http://127.0.0.1:$PORT/dev/tokens -H 'Content-Type: application/json' \\
      -d '{"role":"Staff.Assessor","subject":"me"}'

  Press Ctrl-C to stop.
BANNER
wait "$API_PID"
