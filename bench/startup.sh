#!/usr/bin/env bash
# Startup benchmark: time to the first rendered frame of the game's main menu (--smoke) against a
# bare libGDX window started the same way, alternating runs so both see the same machine.
# Usage: bench/startup.sh [RUNS] [first|returning]   (needs a display: run under xvfb-run on a headless machine)
# "first" (the default) starts with an empty data folder; "returning" with a settings file, as a
# trainee who has changed a setting before.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
kind=${2:-first}
case "$kind" in first|returning) ;; *) echo "usage: bench/startup.sh [RUNS] [first|returning]"; exit 2 ;; esac
game=desktop/target/coachdans.jar
bare=bench/target/benchmarks.jar
[ -f "$game" ] || { echo "build first: mvn -B -q package -DskipTests"; exit 2; }
[ -f "$bare" ] || { echo "build first: mvn -B -q -Pbench package -DskipTests -pl core,bench -am"; exit 2; }
game=$PWD/$game
bare=$PWD/$bare
home=$(mktemp -d)
# Started from an empty folder, as a trainee starts the jar: from the repository's root the game
# would find assets/ there and read the source files instead of the copy packed in the jar.
here=$(mktemp -d)
cd "$here"
if [ "$kind" = returning ]; then
  printf '{"language":"en","textSize":"large","highContrast":false,"thinkFirst":false,"trainee":"Zo\u00eb"}\n' > "$home/settings.json"
fi
g=(); b=()
for i in $(seq "$runs"); do
  b+=("$(java -Xmx256m -cp "$bare" nl.coachdans.bench.BareWindow 2>/dev/null | sed -n 's/^first frame: \([0-9]*\) ms$/\1/p')")
  g+=("$(COACHDANS_HOME="$home" java -Xmx256m -jar "$game" --smoke 2>/dev/null | sed -n 's/^first menu frame: \([0-9]*\) ms$/\1/p')")
done
rm -rf "$home" "$here"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mg=$(median "${g[@]}"); mb=$(median "${b[@]}")
echo "bare libGDX window, first frame (ms): ${b[*]}"
echo "Coachdans main menu, first frame (ms): ${g[*]}"
# Each game run follows its own bare run, so the median of the per-pair ratios is steadier than the
# ratio of the medians when the machine's load drifts; both are printed.
paired=$(for i in "${!g[@]}"; do awk -v g="${g[$i]}" -v b="${b[$i]}" 'BEGIN {printf "%.4f\n", g/b}'; done | sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "$kind start: median bare ${mb} ms, median game ${mg} ms, ratio $(awk -v g="$mg" -v b="$mb" 'BEGIN {printf "%.2f", g/b}'), median of paired ratios ${paired}"
