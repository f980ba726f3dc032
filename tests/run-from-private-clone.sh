#!/usr/bin/env bash
# A newcomer's first minute, as a test: clone the repository into a private folder (mode 700, as
# `mktemp -d` and a home directory make it, with a space in the path) and check that ./run.sh
# starts its database, loads the demo data and serves the registration journey from there; that
# a second ./run.sh in the same clone is refused; that the database is kept between runs; and
# that ./run.sh --reset starts again with fresh demo data. Run by ./test.sh; alone:
#   bash tests/run-from-private-clone.sh
# The clone is the repository's HEAD with the working tree's changes laid over it, so what is
# tested is what the developer has, committed or not.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
. scripts/postgres.sh

PRIVATE="$(mktemp -d)"
CLONE="$PRIVATE/luton carers"
RUN_PID=""
LOG="$PRIVATE/run.log"

finish() {
  local status=$?
  if [ -n "$RUN_PID" ] && kill -0 "$RUN_PID" 2>/dev/null; then kill -TERM "$RUN_PID"; wait "$RUN_PID" || true; fi
  if [ "$status" != 0 ] && [ -f "$LOG" ]; then echo "--- the end of ./run.sh's output:"; tail -n 60 "$LOG"; fi
  if [ -n "$(pg_cluster_home)" ]; then
    local dir; dir="$(pg_cluster_home)/run-$(pg_clone_key "$CLONE")"
    pg_stop "$dir"; rm -rf "$dir"
  fi
  rm -rf "$PRIVATE"
}
trap finish EXIT
trap 'exit 143' TERM INT # so that being stopped still cleans up (the EXIT trap)

fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(stat -c %a "$PRIVATE")" = 700 ] || fail "mktemp -d did not make a mode-700 folder"
git clone -q "$ROOT" "$CLONE"
git ls-files -z -co --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$CLONE"
# The web client's packages, linked rather than fetched again: ./run.sh's own install step
# keeps them because they were installed from the same package-lock.json.
if [ -f web-client/node_modules/.installed-from-lock ]; then cp -al web-client/node_modules "$CLONE/web-client/"; fi

PORT="$(pg_free_port)"
PG_PORT="$(pg_free_port)"
while [ "$PG_PORT" = "$PORT" ]; do PG_PORT="$(pg_free_port)"; done
IDENTITY_PORT="$(pg_free_port)"
while [ "$IDENTITY_PORT" = "$PORT" ] || [ "$IDENTITY_PORT" = "$PG_PORT" ]; do IDENTITY_PORT="$(pg_free_port)"; done
NOTIFY_PORT="$(pg_free_port)"
while [ "$NOTIFY_PORT" = "$PORT" ] || [ "$NOTIFY_PORT" = "$PG_PORT" ] || [ "$NOTIFY_PORT" = "$IDENTITY_PORT" ]; do NOTIFY_PORT="$(pg_free_port)"; done
SUBJECT="clone-test-$RANDOM$RANDOM"

start_run() { # start_run [ARGS]: ./run.sh in the clone, in the background, until it says it is running
  : >"$LOG"
  (cd "$CLONE" && PORT="$PORT" CARERS_PG_PORT="$PG_PORT" IDENTITY_PORT="$IDENTITY_PORT" NOTIFY_PORT="$NOTIFY_PORT" CARERS_DEMO_CARERS=40 exec ./run.sh "$@") >"$LOG" 2>&1 &
  RUN_PID=$!
  # A ceiling, not a timing: beside ./test.sh's other suites, at a lower priority, the first start's two builds
  # have taken over six minutes on two cores (alone, about one).
  for _ in $(seq 1 1800); do
    grep -q "Luton Carers is running at" "$LOG" && return 0
    kill -0 "$RUN_PID" 2>/dev/null || fail "./run.sh $* stopped before it was running"
    sleep 0.5
  done
  fail "./run.sh $* was not running after 15 minutes"
}

stop_run() { # TERM, not INT: a job started in the background of a script ignores SIGINT
  kill -TERM "$RUN_PID"
  wait "$RUN_PID" || true
  RUN_PID=""
  ! pg_port_in_use "$PORT" || fail "the API still answers on port $PORT after ./run.sh was stopped"
  ! pg_port_in_use "$PG_PORT" || fail "PostgreSQL still answers on port $PG_PORT after ./run.sh was stopped"
}

token() { # token ROLE SUBJECT
  curl -fsS -X POST "http://127.0.0.1:$PORT/dev/tokens" -H 'Content-Type: application/json' -d "{\"role\":\"$1\",\"subject\":\"$2\"}" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).accessToken))'
}

status_of() { # status_of PATH TOKEN: the HTTP status of a GET
  curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $2" "http://127.0.0.1:$PORT$1"
}

echo "clone in $CLONE (mode 700 parent), API on $PORT, PostgreSQL on $PG_PORT"
start_run

# The database is outside the clone as root (the postgres user cannot enter it), inside as anyone else.
if [ "$(id -u)" = 0 ]; then
  [ ! -e "$CLONE/.data/postgres" ] || fail "as root the cluster must not be inside the private clone"
  [ -s "$(pg_cluster_home)/run-$(pg_clone_key "$CLONE")/PG_VERSION" ] || fail "no cluster for this clone under $(pg_cluster_home)"
fi
grep -q "^ERROR:" "$LOG" && fail "./run.sh printed an error while starting"

# The registration journey is served: the SPA for its address, and the API behind it.
page="$(curl -fsS "http://127.0.0.1:$PORT/register/who")" || fail "GET /register/who failed"
# The SPA is sent to sign in at the local OpenID Connect provider that ./run.sh started.
curl -fsS "http://127.0.0.1:$PORT/api/sign-in-settings" | grep -q "\"authority\":\"http://127.0.0.1:$IDENTITY_PORT/\"" \
  || fail "GET /api/sign-in-settings does not name the local provider on port $IDENTITY_PORT"
curl -fsS "http://127.0.0.1:$IDENTITY_PORT/.well-known/openid-configuration" | grep -q '"token_endpoint"' \
  || fail "the local sign-in provider does not answer on port $IDENTITY_PORT"
grep -q '<div id="root">' <<<"$page" || fail "GET /register/who did not serve the SPA"
echo "ok: the SPA serves /register/who"

# The demo data is loaded: Sam is demo carer 1.
sam="$(curl -fsS -H "Authorization: Bearer $(token Carer demo-carer-0001)" "http://127.0.0.1:$PORT/api/me/carer")" || fail "Sam's record could not be read"
grep -q '"givenName":"Sam"' <<<"$sam" || fail "the demo data has no Sam: $sam"
echo "ok: the demo data is loaded (Sam's record)"

# A new carer registers, as the journey's last step does.
new_token="$(token Carer "$SUBJECT")"
created="$(curl -sS -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/me/carer" \
  -H "Authorization: Bearer $new_token" -H 'Content-Type: application/json' \
  -d '{"registeringAs":"self","givenName":"Robin","familyName":"Clonetest","dateOfBirth":"1970-05-02","postcode":"LU1 3AB","preferredLanguage":"en","preferredContactChannel":"email","email":"robin@example.com"}')"
[ "$created" = 201 ] || fail "registering a new carer answered $created, not 201"
echo "ok: a new carer registers"

# A second ./run.sh in the same clone is refused at once, and says why.
second="$(cd "$CLONE" && PORT="$(pg_free_port)" timeout 60 ./run.sh 2>&1)" && fail "a second ./run.sh in the same clone was not refused"
grep -q "already running" <<<"$second" || fail "a second ./run.sh did not say one is already running: $second"
echo "ok: a second ./run.sh is refused"

stop_run
echo "ok: stopping ./run.sh stops the API and PostgreSQL"

# Kept between runs: the new carer is still there; nothing changed, so nothing is built again.
start_run
[ "$(status_of /api/me/carer "$(token Carer "$SUBJECT")")" = 200 ] || fail "the database was not kept between runs"
[ "$(grep -c "up to date (built from these sources before)" "$LOG")" = 2 ] || fail "the second run built the API or the web client again, though nothing had changed"
stop_run
echo "ok: the database is kept between runs, and an unchanged API and web client are not built again"

# --reset: fresh demo data, and the new carer is gone.
start_run --reset
[ "$(status_of /api/me/carer "$(token Carer "$SUBJECT")")" = 404 ] || fail "./run.sh --reset did not start with a fresh database"
[ "$(status_of /api/me/carer "$(token Carer demo-carer-0001)")" = 200 ] || fail "./run.sh --reset did not load the demo data"
stop_run
echo "ok: ./run.sh --reset starts again with fresh demo data"
