# Shared by run.sh, test.sh and bench/: a local PostgreSQL cluster with no Docker.
# Source it, then call pg_start DATADIR PORT [fast]. initdb and postgres refuse to run as
# root, so as root they run as the `postgres` user; as anyone else, as that user.

pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_ensure_installed() {
  if [ -z "$(pg_bindir)" ] || [ ! -x "$(pg_bindir)/initdb" ]; then
    echo "Installing PostgreSQL from Debian's packages..."
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
}

pg_free_port() {
  python3 - <<'PY' 2>/dev/null || echo 55432
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# pg_start DATADIR PORT [fast]: creates the cluster on first use, starts it, and makes sure the
# `carers` role and database exist. "fast" turns off fsync: for throwaway test clusters only.
pg_start() {
  local dir="$1" port="$2" mode="${3:-}" bin
  pg_ensure_installed
  bin="$(pg_bindir)"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  if [ ! -s "$dir/PG_VERSION" ]; then
    pg_as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  local opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB"
  if [ "$mode" = fast ]; then opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
  if ! pg_as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    pg_as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null
  fi
  pg_psql "$dir" "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'carers'" | grep -q 1 \
    || pg_psql "$dir" "$port" -c "CREATE ROLE carers LOGIN PASSWORD 'carers'" >/dev/null
  pg_psql "$dir" "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'carers'" | grep -q 1 \
    || pg_psql "$dir" "$port" -c "CREATE DATABASE carers OWNER carers" >/dev/null
}

pg_psql() {
  local dir="$1" port="$2"; shift 2
  pg_as_owner "$(pg_bindir)/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

pg_stop() {
  local dir="$1"
  [ -s "$dir/postmaster.pid" ] && pg_as_owner "$(pg_bindir)/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
}

# The API's connection pool is sized for this local cluster on a 2-core machine: more
# connections than a few per core only add lock waits and context switches in PostgreSQL
# (see docs/decisions/0013-runtime-settings-for-small-hosts.md).
pg_connection_string() {
  echo "Host=127.0.0.1;Port=$1;Database=carers;Username=carers;Password=carers;Max Auto Prepare=64;Auto Prepare Min Usages=2;No Reset On Close=true;Maximum Pool Size=8"
}
