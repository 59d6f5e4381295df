#!/usr/bin/env bash
# A throwaway PostgreSQL server with PostGIS on 127.0.0.1, for CI and the tests.
#   scripts/postgres.sh install             apt-get what is missing (Debian's server + PostGIS)
#   scripts/postgres.sh start DIR [PORT]    fresh initdb in DIR/data, start, print the URL (only stdout line)
#   scripts/postgres.sh stop DIR            fast shutdown; fine if not running
#   scripts/postgres.sh restart DIR         immediate stop (a simulated crash), start again, wait
#   scripts/postgres.sh url DIR             print the URL of the server started in DIR
# PG_VERSION=NN picks a major version; by default the highest one installed from Debian's packages.
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit 1; }

# Debian's binaries live in /usr/lib/postgresql/NN/bin. We never rely on PATH: /usr/local/bin may hold
# a pg_ctl/initdb of another build or version, and PostGIS's files must match the server we run.
pgver() {
  [ -z "${PG_VERSION:-}" ] || { echo "$PG_VERSION"; return; }
  local d  # (a client-only package also makes /usr/lib/postgresql/NN/bin: look for the server)
  for d in /usr/lib/postgresql/*/bin/postgres; do
    if [ -x "$d" ]; then d=${d#/usr/lib/postgresql/}; echo "${d%%/*}"; fi
  done | sort -n | tail -1
}
bindir() {
  local v; v=$(pgver)
  [ -n "$v" ] && [ -x "/usr/lib/postgresql/$v/bin/postgres" ] || die "no PostgreSQL server in /usr/lib/postgresql (run: $0 install)"
  [ -f "/usr/share/postgresql/$v/extension/postgis.control" ] && [ -f "/usr/lib/postgresql/$v/lib/postgis-3.so" ] \
    || die "PostGIS for PostgreSQL $v is not installed (run: $0 install)"
  echo "/usr/lib/postgresql/$v/bin"
}

# PostgreSQL refuses to run as root: as root, run its programs as the postgres system user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cmd_install() {
  local v pkgs=() updated=
  export DEBIAN_FRONTEND=noninteractive
  v=$(pgver)
  if [ -z "$v" ]; then
    apt-get update -qq >&2; updated=1
    # The `postgresql` metapackage depends on Debian's default major (postgresql-15 on Debian 12).
    v=$(apt-cache depends postgresql | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1)
    [ -n "$v" ] || die "cannot tell Debian's PostgreSQL version from apt-cache"
  fi
  [ -x "/usr/lib/postgresql/$v/bin/postgres" ] || pkgs+=("postgresql-$v")
  # The .so is in postgresql-NN-postgis-3; postgis.control and the SQL in its -scripts dependency.
  [ -f "/usr/lib/postgresql/$v/lib/postgis-3.so" ] && [ -f "/usr/share/postgresql/$v/extension/postgis.control" ] \
    || pkgs+=("postgresql-$v-postgis-3" "postgresql-$v-postgis-3-scripts")
  if [ ${#pkgs[@]} -eq 0 ]; then echo "postgres.sh: PostgreSQL $v with PostGIS already installed" >&2; return; fi
  echo "postgres.sh: installing ${pkgs[*]}" >&2
  [ -n "$updated" ] || apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null  # (errors still reach stderr)
}

# Wait until the server takes TCP connections, or fail showing its log.
wait_ready() {
  local bin=$1 dir=$2 port=$3 i
  for i in $(seq 60); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && return
    sleep 1
  done
  echo "postgres.sh: server in $dir not ready on 127.0.0.1:$port after 60 s; its log:" >&2
  tail -n 50 "$dir/server.log" >&2 || true
  exit 1
}

pg_start() {  # start the existing data dir and wait
  local bin=$1 dir=$2 port=$3
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >&2 \
    || { echo "postgres.sh: server failed to start; its log:" >&2; tail -n 50 "$dir/server.log" >&2; exit 1; }
  wait_ready "$bin" "$dir" "$port"
}

running() { [ -f "$2/data/PG_VERSION" ] && as_pg "$1/pg_ctl" -D "$2/data" status >/dev/null 2>&1; }

cmd_start() {
  local dir=${1:?usage: start DIR [PORT]} port=${2:-54329} bin
  bin=$(bindir)
  mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
  # Throwaway: a server left in DIR is stopped and its data dir replaced.
  running "$bin" "$dir" && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2
  rm -rf "$dir/data"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres: "$dir"
  fi
  as_pg test -w "$dir" -a -x "$dir" || die "the postgres user cannot use $dir (a parent directory not searchable?)"
  echo "$port" >"$dir/port"
  # Local socket: trust (setup below, as the superuser); TCP: passwords only.
  as_pg "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C --auth-local=trust --auth-host=scram-sha-256 \
    --no-sync --no-instructions >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  # fsync off for speed: restart's immediate stop kills processes, not the OS, so what was written
  # survives in the page cache. synchronous_commit stays on: off would lose acknowledged commits still
  # in shared memory at an immediate stop, which a crash test would take for a bug of ours.
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
full_page_writes = off
EOF
  pg_start "$bin" "$dir" "$port"
  # CREATE DATABASE cannot run in a transaction, so the statements go in one by one on stdin.
  as_pg "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >&2 <<'EOF'
CREATE ROLE timeline LOGIN NOSUPERUSER CREATEDB PASSWORD 'timeline';
CREATE DATABASE timeline_test OWNER timeline;
CREATE DATABASE timeline_nopostgis OWNER timeline;
CREATE DATABASE timeline_template OWNER timeline;
\c timeline_test
CREATE EXTENSION postgis;
\c timeline_template
CREATE EXTENSION postgis;
EOF
  cmd_url "$dir"
}

cmd_stop() {
  local dir=${1:?usage: stop DIR} bin
  bin=$(bindir)
  running "$bin" "$dir" || return 0
  as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
}

cmd_restart() {
  local dir=${1:?usage: restart DIR} bin port
  bin=$(bindir)
  [ -f "$dir/data/PG_VERSION" ] && port=$(cat "$dir/port") || die "no server was started in $dir"
  # Immediate mode: no checkpoint, so the start replays WAL as after a crash.
  running "$bin" "$dir" && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2
  pg_start "$bin" "$dir" "$port"
}

cmd_url() {
  local dir=${1:?usage: url DIR}
  [ -f "$dir/port" ] || die "no server was started in $dir"
  echo "postgres://timeline:timeline@127.0.0.1:$(cat "$dir/port")/timeline_test"
}

case "${1:-}" in
  install) shift; cmd_install "$@" ;;
  start|stop|restart|url) c=$1; shift; "cmd_$c" "$@" ;;
  *) sed -n '2,8s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
esac
