#!/usr/bin/env bash
# Installs what is missing, builds Passerelle and starts it on a ready demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh --target passerelle
build_dir=${BUILD_DIR:-build}
database=${PASSERELLE_DEMO_DATABASE:-$HOME/passerelle-demo.sqlite}
if [ ! -f "$database" ]; then
  "$build_dir/bin/passerelle" demo --database "$database"
fi
exec "$build_dir/bin/passerelle" --database "$database" "$@"
