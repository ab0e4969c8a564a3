#!/usr/bin/env bash
# Replay frame-time benchmark: plays the dance replay of a session at 1280x720 for N seconds with
# vsync and the frame cap off (so every frame is drawn as fast as the machine can) and prints the
# median and 99th percentile frame time. 60 frames per second needs 16.7 ms or less.
#
#   bench/replay-fps.sh [SECONDS] [RECORD]
#
# Without RECORD it records Leonie's session that commits every risk (11 turns: stumbles, glows
# and the ghost all show). On a headless machine it runs under xvfb-run with Mesa's software
# OpenGL (llvmpipe), like the window test. Needs the game jar: mvn -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
record=${2:-}
jar=desktop/target/coachdans.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$record" ]; then
  record="$work/leonie-risks.json"
  java -jar "$jar" play leonie --record "$record" \
    --choices=mail-hoog-afspraak,open-provocatie,herhaal-gelijk,klaag-kritiek,slachtoffer-terug,slaap-doel,verzet-laat-terug,verloop-moment,moment-verlangen,wens-beloven,hoop-aanmoedigen \
    > /dev/null
fi
run=(java -Xmx256m -jar "$jar" --bench-replay "$record" --bench-seconds "$seconds")
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "no display and no xvfb-run (apt-get install -y xvfb)" >&2; exit 2; }
  run=(xvfb-run -a -s "-screen 0 1280x720x24 -nolisten tcp" "${run[@]}")
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)
renderer=$(command -v glxinfo >/dev/null && { [ -n "${DISPLAY:-}" ] && glxinfo -B 2>/dev/null || xvfb-run -a glxinfo -B 2>/dev/null; } | sed -n 's/^ *OpenGL renderer string: //p' | head -1 || true)
COACHDANS_HOME="$work/home" "${run[@]}" 2>/dev/null | grep -E '^replay (frames|bench|allocation)' || { echo "the benchmark printed no result" >&2; exit 1; }
echo "window 1280x720, ${seconds} s measured after a 2 s warm-up${renderer:+, renderer: $renderer}"
# The figures depend on what else the machine does; the load average says how busy it was.
[ -n "$load_before" ] && echo "load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg), cpus: $(nproc)"
exit 0
