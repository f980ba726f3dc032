# Shared by run.sh, test.sh, the API tests' fallback and bench/: a local PostgreSQL cluster with
# no Docker. Source it, then call pg_start DATADIR PORT [fast].
#
# Where the files live: initdb and postgres refuse to run as root, so as root they run as the
# `postgres` user, which cannot enter a clone kept in a mode-700 folder (a home directory, a
# `mktemp -d`). So as root a cluster lives under /var/lib/postgresql/luton-carers/ (the postgres
# user's own home, made by Debian's package), one per clone; as anyone else the cluster runs as
# that user and may live in the clone. The server listens on 127.0.0.1 only, with no Unix socket
# (a socket path has a 107-byte limit and the clone's path may be long or have spaces), and psql
# runs as the calling user over TCP: it reads SQL files the calling user can read, wherever the
# clone is.

pg_fail() { # pg_fail MESSAGE...: says what failed and what to do, then stops the calling script
  printf '\nERROR: %s\n' "$*" >&2
  return 1
}

pg_as_owner() { # runs a server program as the cluster's owner, from / so no private cwd is needed
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_ensure_installed() {
  if [ -n "$(pg_bindir)" ] && [ -x "$(pg_bindir)/initdb" ]; then return 0; fi
  echo "Installing PostgreSQL from Debian's packages (apt-get install postgresql)..."
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { pg_fail "PostgreSQL is not installed and there is no sudo to install it. Ask an administrator to run: apt-get install postgresql"; return 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq || { pg_fail "apt-get update failed (see above). Check the machine can reach Debian's package mirror, then run this again."; return 1; }
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql \
    || { pg_fail "apt-get install postgresql failed (see above). Install it by hand (apt-get install postgresql), then run this again."; return 1; }
  [ -x "$(pg_bindir)/initdb" ] || { pg_fail "PostgreSQL was installed but no initdb was found under /usr/lib/postgresql/*/bin."; return 1; }
}

# pg_cluster_home: the folder that holds this user's clusters outside any clone (as root), or
# nothing (as anyone else: the caller chooses, inside the clone or a temporary folder).
pg_cluster_home() {
  if [ "$(id -u)" = 0 ]; then echo "/var/lib/postgresql/luton-carers"; fi
}

# pg_clone_key ROOT: a short name for one clone, so each clone has a cluster of its own.
pg_clone_key() {
  printf '%s' "$1" | sha256sum | cut -c1-12
}

# pg_scratch_dir: a new empty folder the cluster's owner can use, for a throwaway cluster.
pg_scratch_dir() {
  if [ "$(id -u)" = 0 ]; then
    local home; home="$(pg_cluster_home)"
    mkdir -p "$home" && chown postgres:postgres "$home" && chmod 755 "$home" || return 1
    (cd / && runuser -u postgres -- mktemp -d "$home/test.XXXXXX")
  else
    mktemp -d "${TMPDIR:-/tmp}/carers-pg.XXXXXX"
  fi
}

pg_port_in_use() { # pg_port_in_use PORT: true when something on this machine answers on it
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_free_port() { # a port nothing listens on, found without python3 or any other helper
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! pg_port_in_use "$port"; then echo "$port"; return 0; fi
  done
  pg_fail "no free TCP port found on 127.0.0.1 after 200 tries"
}

# pg_start DATADIR PORT [fast]: creates the cluster on first use, starts it, and makes sure the
# `carers` role and database exist. "fast" turns off fsync: for throwaway test clusters only.
pg_start() {
  local dir="$1" port="$2" mode="${3:-}" bin
  pg_ensure_installed || return 1
  bin="$(pg_bindir)"
  mkdir -p "$dir" || { pg_fail "could not create $dir"; return 1; }
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  chmod 700 "$dir"
  if ! pg_as_owner test -w "$dir"; then
    pg_fail "the postgres user cannot write to $dir. Run as root or as the user who owns it, or remove it."
    return 1
  fi
  if [ ! -s "$dir/PG_VERSION" ]; then
    local out
    out="$(pg_as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 2>&1)" \
      || { printf '%s\n' "$out" >&2; pg_fail "initdb failed for $dir (its messages are above)."; return 1; }
  fi
  if ! pg_as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then # status only asks "running?": its answer is the exit code
    if pg_port_in_use "$port"; then
      pg_fail "port $port is already in use by another program, so PostgreSQL cannot start there. Stop that program or choose another port (CARERS_PG_PORT=NNNNN)."
      return 1
    fi
    local opts="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c shared_buffers=256MB"
    if [ "$mode" = fast ]; then opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
    if ! pg_as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 -o "$opts" start >/dev/null; then
      pg_as_owner tail -n 20 "$dir/server.log" >&2 || true
      pg_fail "PostgreSQL did not start (the end of $dir/server.log is above)."
      return 1
    fi
  fi
  local has_role has_db
  has_role="$(pg_psql "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'carers'")" || { pg_fail "could not connect to PostgreSQL on port $port."; return 1; }
  [ "$has_role" = 1 ] || pg_psql "$port" -qc "CREATE ROLE carers LOGIN PASSWORD 'carers'" || return 1
  has_db="$(pg_psql "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'carers'")" || return 1
  [ "$has_db" = 1 ] || pg_psql "$port" -qc "CREATE DATABASE carers OWNER carers" || return 1
}

# pg_psql PORT ARGS...: psql as the superuser, run as the calling user over TCP.
pg_psql() {
  local port="$1"; shift
  "$(pg_bindir)/psql" -X -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

# pg_load PORT DATABASE FILE [ARGS...]: runs a SQL file as the `carers` owner. The file is read by
# the calling user (psql runs as them), so it may sit in a folder only they can open.
pg_load() {
  local port="$1" database="$2" file="$3"; shift 3
  PGPASSWORD=carers "$(pg_bindir)/psql" -X -q -h 127.0.0.1 -p "$port" -U carers -d "$database" -v ON_ERROR_STOP=1 "$@" -f "$file"
}

# pg_cpu_seconds DIR: CPU seconds (user + system) the cluster in DIR has used so far: the
# postmaster's own, the backends it has reaped, and the live ones ("" if it is not running).
pg_cpu_seconds() {
  local master tick
  master=$(head -n 1 "$1/postmaster.pid" 2>/dev/null) || return 0
  tick=$(getconf CLK_TCK)
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$master/stat"
    for p in $(pgrep -P "$master"); do awk '{print $14 + $15}' "/proc/$p/stat"; done
  } 2>/dev/null | awk -v t="$tick" '{s += $1} END {printf "%.2f\n", s / t}'
}

pg_stop() {
  local dir="$1"
  if [ -s "$dir/postmaster.pid" ]; then
    pg_as_owner "$(pg_bindir)/pg_ctl" -D "$dir" -m fast -w stop >/dev/null \
      || echo "PostgreSQL in $dir did not stop cleanly; see $dir/server.log" >&2
  fi
}

# pg_load_demo PORT DATABASE CARERS: the demo data. demo-data.sql first (CARERS synthetic carers,
# Sam and the other named ones), then every other api/Database/Demo/demo-*.sql in name order, so a
# feature's demo data is one new file and neither command changes. Each file's name is printed
# before it runs; psql's errors go to standard error and stop the load.
pg_load_demo() {
  local port="$1" database="$2" carers="$3" root file
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  echo "-- demo-data.sql ($carers carers)"
  pg_load "$port" "$database" "$root/api/Database/Demo/demo-data.sql" -v count="$carers" || return 1
  for file in "$root"/api/Database/Demo/demo-*.sql; do
    [ "$(basename "$file")" = demo-data.sql ] && continue
    echo "-- $(basename "$file")"
    pg_load "$port" "$database" "$file" || { echo "$(basename "$file") did not load" >&2; return 1; }
  done
}

# The API's connection pool is sized for this local cluster on a 2-core machine: more
# connections than a few per core only add lock waits and context switches in PostgreSQL
# (see docs/decisions/0013-runtime-settings-for-small-hosts.md).
pg_connection_string() {
  echo "Host=127.0.0.1;Port=$1;Database=${2:-carers};Username=carers;Password=carers;Max Auto Prepare=64;Auto Prepare Min Usages=2;No Reset On Close=true;Maximum Pool Size=8"
}
