#!/usr/bin/env bash
# Startup benchmark: time to the first rendered frame of the game's main menu (--smoke) against a
# bare libGDX window started plainly with `java`, alternating runs so both see the same machine.
# Usage: bench/startup.sh [RUNS] [first|returning] [jar|image|installed]
#   (needs a display: run under xvfb-run on a headless machine)
# "first" (the default) starts with an empty data folder; "returning" with a settings file, as a
# trainee who has changed a setting before.
# What is started as the game: "jar" (the default) is `java -jar desktop/target/coachdans.jar`;
# "image" the launcher of the application image that `mvn -B -Pinstaller package` builds;
# "installed" the launcher the .deb installed (/opt/coachdans). With image or installed a third
# program is timed too: the bare window on the image's own runtime with the same kind of archive
# (a class-data-sharing archive made from the bare window's own class list), so that both the
# installed program's gain and what is left of it against a like-for-like bare window show.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
kind=${2:-first}
what=${3:-jar}
case "$kind" in first|returning) ;; *) echo "usage: bench/startup.sh [RUNS] [first|returning] [jar|image|installed]"; exit 2 ;; esac
bare=bench/target/benchmarks.jar
[ -f "$bare" ] || { echo "build first: mvn -B -q -Pbench package -DskipTests -pl core,bench -am"; exit 2; }
bare=$PWD/$bare
case "$what" in
  jar)
    [ -f desktop/target/coachdans.jar ] || { echo "build first: mvn -B -q package -DskipTests"; exit 2; }
    game=(java -Xmx256m -jar "$PWD/desktop/target/coachdans.jar")
    image= ;;
  image)
    image=$PWD/desktop/target/installer/Coachdans
    [ -x "$image/bin/Coachdans" ] || { echo "build first: mvn -B -q -Pinstaller package -DskipTests"; exit 2; }
    game=("$image/bin/Coachdans") ;;
  installed)
    image=/opt/coachdans
    [ -x "$image/bin/Coachdans" ] || { echo "install first: apt-get install ./desktop/target/installer/coachdans_*.deb"; exit 2; }
    game=("$image/bin/Coachdans") ;;
  *) echo "usage: bench/startup.sh [RUNS] [first|returning] [jar|image|installed]"; exit 2 ;;
esac
home=$(mktemp -d)
# Started from an empty folder, as a trainee starts the program: from the repository's root the game
# would find assets/ there and read the source files instead of the copy packed in the jar.
here=$(mktemp -d)
trap 'rm -rf "$home" "$here"' EXIT
cd "$here"
if [ "$kind" = returning ]; then
  printf '{"language":"en","textSize":"large","highContrast":false,"thinkFirst":false,"trainee":"Zo\u00eb"}\n' > "$home/settings.json"
fi
first_frame() { sed -n 's/^first\( menu\)\{0,1\} frame: \([0-9]*\) ms$/\2/p'; }
like=()
if [ -n "$image" ]; then
  # The like-for-like bare window: the image's runtime, with an archive of the bare window's classes.
  rt=$image/lib/runtime/bin/java
  "$rt" -Xshare:off -XX:DumpLoadedClassList="$here/bare.lst" -cp "$bare" nl.coachdans.bench.BareWindow >/dev/null 2>&1
  "$rt" -Xshare:dump -XX:SharedClassListFile="$here/bare.lst" -XX:SharedArchiveFile="$here/bare.jsa" -cp "$bare" >/dev/null 2>&1
  like=("$rt" -Xmx256m -XX:SharedArchiveFile="$here/bare.jsa" -cp "$bare" nl.coachdans.bench.BareWindow)
fi
g=(); b=(); s=()
for i in $(seq "$runs"); do
  b+=("$(java -Xmx256m -cp "$bare" nl.coachdans.bench.BareWindow 2>/dev/null | first_frame)")
  [ -n "$image" ] && s+=("$("${like[@]}" 2>/dev/null | first_frame)")
  g+=("$(COACHDANS_HOME="$home" "${game[@]}" --smoke 2>/dev/null | first_frame)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# Each game run follows its own bare run, so the median of the per-pair ratios is steadier than the
# ratio of the medians when the machine's load drifts; both are printed.
paired() { local -n num=$1 den=$2; for i in "${!num[@]}"; do awk -v g="${num[$i]}" -v b="${den[$i]}" 'BEGIN {printf "%.4f\n", g/b}'; done | sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mg=$(median "${g[@]}"); mb=$(median "${b[@]}")
echo "bare libGDX window (java), first frame (ms): ${b[*]}"
echo "Coachdans ($what) main menu, first frame (ms): ${g[*]}"
echo "$kind start, $what: median bare ${mb} ms, median game ${mg} ms, ratio $(awk -v g="$mg" -v b="$mb" 'BEGIN {printf "%.2f", g/b}'), median of paired ratios $(paired g b)"
if [ -n "$image" ]; then
  ms=$(median "${s[@]}")
  echo "bare libGDX window (same runtime and kind of archive), first frame (ms): ${s[*]}"
  echo "$kind start, $what against the like-for-like bare window: median ${ms} ms, ratio $(awk -v g="$mg" -v b="$ms" 'BEGIN {printf "%.2f", g/b}'), median of paired ratios $(paired g s)"
fi
echo "machine load (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
