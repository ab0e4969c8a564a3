#!/usr/bin/env bash
# The class report over 1,000 records, timed as a user runs it: a fresh JVM each time.
# Usage: bench/report-cold.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dir=$(mktemp -d)
java -cp bench/target/benchmarks.jar nl.coachdans.bench.GenerateClass "$dir" >/dev/null
t=()
for i in $(seq "$runs"); do
  s=$(date +%s%N)
  java -jar desktop/target/coachdans.jar report "$dir" --json > /dev/null
  t+=($(( ($(date +%s%N) - s) / 1000000 )))
done
rm -rf "$dir"
echo "coachdans report over 1000 records, wall ms per run: ${t[*]}"
printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print "median " (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2) " ms"}'
