#!/usr/bin/env bash
# The figures of issue 14 in one command (run by hand, never by CI):
#   bash bench/run-scale.sh [households] [runs]
# 1. writes a base of N households with `passerelle demo --scale N` (kept in bench/scale-N.sqlite,
#    reused when present);
# 2. measures it on SQLite (bench_scale: widgets offscreen and core calls, the sqlite3 floor of
#    the review beside it);
# 3. imports 10 000 households and 200 000 contacts `runs` times (bench_import_review);
# 4. starts a throwaway PostgreSQL, times `passerelle migrate` of the base into it, and measures
#    the same figures there.
# Each figure: median, best and worst of `runs` runs (7 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
households=${1:-100000}
runs=${2:-7}
build=${BUILD_DIR:-build}
cmake --build "$build" --parallel 2 --target passerelle bench_scale bench_import_review >/dev/null
passerelle="$build/bin/passerelle"
base="bench/scale-$households.sqlite"

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)," \
     "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(. /etc/os-release; echo "$PRETTY_NAME")," \
     "Qt $(qmake6 -query QT_VERSION 2>/dev/null || echo 6), SQLite $(sqlite3 --version | cut -d' ' -f1)"

if [ ! -f "$base" ]; then
  echo "Writing $base ($households households)…"
  /usr/bin/time -f "demo --scale: %e s, %M KB" "$passerelle" demo --database "$base" --scale "$households" --seed 2016
fi

echo
echo "## SQLite ($households households)"
"$build/bench/bench_scale" --database "$base" --runs "$runs" --floor bench/review-floor.sql

echo
echo "## Import of 10 000 households and 200 000 contacts (SQLite)"
times=()
for _ in $(seq "$runs"); do
  t=$("$build/bench/bench_import_review" 10000 200000 | sed -n 's/^import: .* in \([0-9]*\) ms.*/\1/p')
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "| import 10 000 households + 200 000 contacts | < 10 s | %d ms | %d | %d |\n", a[int((NR+1)/2)], a[1], a[NR]}'

echo
echo "## PostgreSQL"
pg_dir=$(mktemp -d /tmp/passerelle-bench-pg.XXXXXX)
chmod 755 "$pg_dir"
trap 'bash tools/pg-server.sh stop "$pg_dir" >/dev/null 2>&1 || true' EXIT
url=$(bash tools/pg-server.sh start "$pg_dir")
start=$(date +%s.%N)
"$passerelle" migrate --from "$base" --to "$url" >/dev/null 2>"$pg_dir/migrate.log"
end=$(date +%s.%N)
echo "| passerelle migrate of the base to PostgreSQL | < 3 min | $(echo "$end - $start" | bc | cut -d. -f1) s | | |"
"$build/bench/bench_scale" --database "$url" --runs "$runs"
