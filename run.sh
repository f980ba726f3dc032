#!/usr/bin/env bash
# Starts the whole service in the foreground: a local PostgreSQL (kept between runs, one cluster
# per clone), the migrations, demo data, the API and the built SPA on one origin. Ctrl-C stops
# everything it started.
#
#   ./run.sh            start (PORT=5080, IDENTITY_PORT=5090, NOTIFY_PORT=5095 and CARERS_PG_PORT=55432 by default)
#   ./run.sh --reset    throw the local database away first and start with fresh demo data
#
# Settings: PORT (the web address's port), IDENTITY_PORT (the local sign-in provider's), NOTIFY_PORT (the local
# GOV.UK Notify server's, which shows the notices the service sent),
# CARERS_PG_PORT (PostgreSQL's), CARERS_DEMO_CARERS (how many demo carers, 3000).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"
PORT="${PORT:-5080}"
IDENTITY_PORT="${IDENTITY_PORT:-5090}"
NOTIFY_PORT="${NOTIFY_PORT:-5095}"
PG_PORT="${CARERS_PG_PORT:-55432}"
DEMO_CARERS="${CARERS_DEMO_CARERS:-3000}"
. scripts/prerequisites.sh
. scripts/postgres.sh
. scripts/dev-identity.sh
. scripts/dev-notify.sh

RESET=""
for arg in "$@"; do
  case "$arg" in
    --reset) RESET=1 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$arg'. Use ./run.sh, or ./run.sh --reset to start again with fresh demo data." ;;
  esac
done

# One ./run.sh per clone at a time: a second one would fight the first over the same database.
# The lock is held on descriptor 9, which the database and the API do not inherit (9>&-), so a
# run that was killed outright does not leave the lock behind.
mkdir -p .data
exec 9>.data/run.lock
flock -n 9 || fail "./run.sh is already running from this folder. Use that one, or stop it (Ctrl-C in its terminal) and run this again."

# As root the cluster lives where the postgres user can reach it (see scripts/postgres.sh).
if [ -n "$(pg_cluster_home)" ]; then
  PG_DIR="$(pg_cluster_home)/run-$(pg_clone_key "$ROOT")"
else
  PG_DIR="$ROOT/.data/postgres"
fi

need_dotnet
need_node
if pg_port_in_use "$PORT"; then
  fail "port $PORT is already in use (another program, or ./run.sh from another clone). Stop it, or choose another port: PORT=5081 ./run.sh"
fi
if pg_port_in_use "$IDENTITY_PORT"; then
  fail "port $IDENTITY_PORT (the local sign-in provider's) is already in use. Stop what uses it, or choose another: IDENTITY_PORT=5091 ./run.sh"
fi
if pg_port_in_use "$NOTIFY_PORT"; then
  fail "port $NOTIFY_PORT (the local GOV.UK Notify server's) is already in use. Stop what uses it, or choose another: NOTIFY_PORT=5096 ./run.sh"
fi

API_PID=""
IDENTITY_PID=""
NOTIFY_PID=""
cleanup() {
  trap - EXIT INT TERM
  echo
  echo "Stopping..."
  if [ -n "$API_PID" ]; then kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; fi
  if [ -n "$IDENTITY_PID" ]; then kill "$IDENTITY_PID" 2>/dev/null || true; wait "$IDENTITY_PID" 2>/dev/null || true; fi
  if [ -n "$NOTIFY_PID" ]; then kill "$NOTIFY_PID" 2>/dev/null || true; wait "$NOTIFY_PID" 2>/dev/null || true; fi
  pg_stop "$PG_DIR"
}
trap cleanup EXIT INT TERM

if [ -n "$RESET" ]; then
  echo "==> Resetting the local database ($PG_DIR)"
  pg_stop "$PG_DIR"
  rm -rf "$PG_DIR"
fi

echo "==> PostgreSQL (data in $PG_DIR, port $PG_PORT)"
pg_start "$PG_DIR" "$PG_PORT" 9>&- || fail "the local PostgreSQL did not start (see above). './run.sh --reset' starts again with a new database."

echo "==> Web client (web-client/dist)"
npm_install web-client
mkdir -p .data/logs
# Built again only when what it is made from changed (its sources, settings and packages, by content).
spa_sources() {
  (cd web-client && { find src public index.html package-lock.json vite.config.ts tsconfig.json tsconfig.app.json tsconfig.node.json -type f -print0
                      find . -maxdepth 1 -name '.env*' -type f -print0; } | sort -z | xargs -0 sha256sum) | sha256sum
}
spa_hash="$(spa_sources)"
if [ -f web-client/dist/index.html ] && [ "$(cat .data/web-client-built-from 2>/dev/null)" = "$spa_hash" ]; then
  echo "  up to date (built from these sources before)"
else
  rm -f .data/web-client-built-from
  # vite alone: the type check (npm run typecheck) is the developer's and ./test.sh's, not the service's.
  (cd web-client && npx --no-install vite build) >.data/logs/web-client-build.log 2>&1 \
    || { tail -n 40 .data/logs/web-client-build.log; fail "the web client did not build (the end of .data/logs/web-client-build.log is above)."; }
  echo "$spa_hash" >.data/web-client-built-from
fi

echo "==> API and the local sign-in provider"
# Built again only when what they are made from changed (their sources and project files, by content): a
# no-change `dotnet build` still spends 15 s of CPU evaluating the projects on each start.
api_sources() {
  { find api dev -name bin -prune -o -name obj -prune -o -type f -print0
    find . -maxdepth 1 \( -name 'Directory.*.props' -o -name 'Directory.*.targets' -o -name 'global.json' -o -iname 'nuget.config' \) -type f -print0; } \
    | sort -z | xargs -0 sha256sum | sha256sum
}
api_hash="$(api_sources)"
if [ -f api/bin/Release/net10.0/Carers.Api.dll ] && [ -f dev/Carers.DevIdentity/bin/Release/net10.0/Carers.DevIdentity.dll ] \
   && [ -f dev/Carers.DevNotify/bin/Release/net10.0/Carers.DevNotify.dll ] \
   && [ "$(cat .data/api-built-from 2>/dev/null)" = "$api_hash" ]; then
  echo "  up to date (built from these sources before)"
else
  rm -f .data/api-built-from
  dotnet build api -c Release --nologo -v quiet -clp:ErrorsOnly || fail "the API did not build (the compiler's messages are above)."
  dotnet build dev/Carers.DevIdentity -c Release --nologo -v quiet -clp:ErrorsOnly || fail "the local sign-in provider did not build (the compiler's messages are above)."
  dotnet build dev/Carers.DevNotify -c Release --nologo -v quiet -clp:ErrorsOnly || fail "the local GOV.UK Notify server did not build (the compiler's messages are above)."
  echo "$api_hash" >.data/api-built-from
fi
identity_start "$IDENTITY_PORT" Release .data/logs/identity.log \
  || fail "the local sign-in provider did not answer http://127.0.0.1:$IDENTITY_PORT/health (the end of .data/logs/identity.log is above)."
notify_start "$NOTIFY_PORT" Release .data/logs/notify.log \
  || fail "the local GOV.UK Notify server did not answer http://127.0.0.1:$NOTIFY_PORT/health (the end of .data/logs/notify.log is above)."
# shellcheck disable=SC2046 # identity_api_env and notify_api_env give NAME=value words for env
env $(identity_api_env "$IDENTITY_PORT") $(notify_api_env "$NOTIFY_PORT") \
ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__Carers="$(pg_connection_string "$PG_PORT")" \
Carers__SpaPath="$ROOT/web-client/dist" \
  dotnet api/bin/Release/net10.0/Carers.Api.dll --urls "http://127.0.0.1:$PORT" --contentRoot "$ROOT/api" 9>&- &
API_PID=$!

ready=""
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then ready=1; break; fi # polling: a refused connection is expected until it starts
  kill -0 "$API_PID" 2>/dev/null || fail "the API stopped while starting (its messages are above)."
  sleep 0.5
done
[ -n "$ready" ] || fail "the API did not answer http://127.0.0.1:$PORT/health/ready within 60 seconds (its messages are above)."

echo "==> Demo data"
# What the scripts print (their own counts) goes to the log; psql's errors stay on screen.
pg_load_demo "$PG_PORT" carers "$DEMO_CARERS" >.data/logs/demo-data.log \
  || fail "the demo data did not load (psql's messages are above; the files loaded are in .data/logs/demo-data.log). './run.sh --reset' starts again with a new database."

cat <<BANNER

  Luton Carers is running at http://127.0.0.1:$PORT

  Sign in: open the address, choose "Sign in as a carer" or "Sign in as council or partner
  staff", and the local sign-in provider (http://127.0.0.1:$IDENTITY_PORT) offers the personas:
  "Sam, a carer already registered" has a record in the demo data; "A new carer" starts the
  registration journey; "An assessor" searches carers (try postcode LU1).
  Partners and GP systems: client credentials at http://127.0.0.1:$IDENTITY_PORT/connect/token
  (clients and secrets in dev/Carers.DevIdentity/appsettings.Development.json).
  The notices the local Notify server received (nothing leaves this machine): http://127.0.0.1:$NOTIFY_PORT/
  API: http://127.0.0.1:$PORT/swagger (OpenAPI UI). A token for scripts:
    curl -s -X POST http://127.0.0.1:$PORT/dev/tokens -H 'Content-Type: application/json' \\
      -d '{"role":"Staff.Assessor","subject":"me"}'
  Database: $PG_DIR (port $PG_PORT); ./run.sh --reset starts it again with fresh demo data.

  Press Ctrl-C to stop.
BANNER
wait "$API_PID"
