#!/usr/bin/env bash
# Live preview benchmark: a copy of Leonie (a client of real size) as the trainer's own client, open
# in practice in the real game; each save of its file is timed to the first frame that shows the new
# version (the game traces both moments). Goal: at most 300 ms. Needs a display: run under xvfb-run.
# Usage: bench/preview.sh [SAVES]
set -euo pipefail
cd "$(dirname "$0")/.."
saves=${1:-15}
[ -f desktop/target/coachdans.jar ] && [ -d desktop/target/test-classes ] || { echo "build first: mvn -B -q test-compile package -DskipTests"; exit 2; }
java -Dcoachdans.assets="$PWD/assets" -cp "desktop/target/test-classes:desktop/target/coachdans.jar" \
    nl.coachdans.desktop.window.PreviewDriver --jar desktop/target/coachdans.jar --bench "$saves"
echo "machine load (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
