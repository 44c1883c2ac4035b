#!/usr/bin/env bash
# Installs what is missing, builds Passerelle and runs the whole test suite: every core test
# against SQLite, and again against a throwaway PostgreSQL server started here (initdb in a
# temporary folder, a loopback port) and stopped at the end whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh
build_dir=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen

pg_dir=$(mktemp -d /tmp/passerelle-pg.XXXXXX)
chmod 755 "$pg_dir"
cleanup() { bash tools/pg-server.sh stop "$pg_dir" || true; }
trap cleanup EXIT INT TERM
if url=$(bash tools/pg-server.sh start "$pg_dir" 2>"$pg_dir.log"); then
  export PASSERELLE_TEST_PG_URL=$url
  echo "PostgreSQL test server: $url"
else
  echo "PostgreSQL: no test server could be started; the PostgreSQL runs will be skipped:"
  sed 's/^/  /' "$pg_dir.log" || true
fi
rm -f "$pg_dir.log"
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 900
