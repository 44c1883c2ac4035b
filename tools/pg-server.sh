#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests, on a loopback port, in a temporary folder.
#   tools/pg-server.sh start DIR   -> prints the URL of an empty database "passerelle_test"
#   tools/pg-server.sh stop DIR    -> stops the server and removes DIR
# Never touches the machine's own clusters. Exits non-zero (with a message on stderr) when no
# server can be started; the test suite then skips its PostgreSQL runs and says so.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL is not installed (package postgresql)." >&2
  exit 3
fi

# initdb and postgres refuse to run as root: use the postgres account then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
start)
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 4; }
  # The superuser of the tests needs no password; every other role (the account roles that
  # the row-level security tests create) must give its own: the server checks it.
  cat > "$dir/data/pg_hba.conf" <<'HBA'
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
  port=""
  for candidate in $(seq 54329 54349); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "No free loopback port for PostgreSQL." >&2; exit 5; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=60" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 6; }
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres passerelle_test
  echo "$port" > "$dir/port"
  echo "postgresql://postgres@127.0.0.1:$port/passerelle_test"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
