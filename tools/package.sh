#!/usr/bin/env bash
# Installs what is missing, builds Passerelle for release (without the tests) and makes its
# Debian package: build-package/passerelle_<version>_amd64.deb (or in $BUILD_DIR). Install it
# with: sudo apt install ./build-package/passerelle_*_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
build_dir=${BUILD_DIR:-build-package}
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DPASSERELLE_BUILD_TESTS=OFF -DPASSERELLE_BUILD_BENCH=OFF
fi
cmake --build "$build_dir" --parallel 2 --target package
ls -1 "$build_dir"/passerelle_*_amd64.deb
