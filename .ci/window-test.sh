#!/usr/bin/env bash
# The real-window test: builds the jar (unless SKIP_BUILD=1), starts it under Xvfb and lets
# WindowTestDriver run its flows one after another (each from its own data folder) by real key events
# (xdotool), saving a PNG of every screen in Dutch and English under target/screenshots/FLOW/.
# (mvn verify runs the same flows as separate *IT tests.)
#
#   .ci/window-test.sh [SCENARIO]        default: leonie (falls back to the example 'voorbeeld')
#
# Needs: xvfb (xvfb-run), xdotool, a Mesa OpenGL driver (libgl1-mesa-dri). On Debian/Ubuntu:
#   apt-get install -y xvfb xdotool libgl1-mesa-dri
set -euo pipefail
cd "$(dirname "$0")/.."

SCENARIO="${1:-leonie}"
OUT="target/screenshots"

for tool in xvfb-run xdotool; do
  command -v "$tool" >/dev/null || { echo "window-test: '$tool' is missing (apt-get install -y xvfb xdotool)" >&2; exit 2; }
done

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # -DskipTests still compiles the test classes, where the driver lives.
  mvn -q -B ${MAVEN_ARGS:-} package -DskipTests
fi

rm -rf "$OUT"
mkdir -p "$OUT"
# One X server for the driver and the games it starts; 24-bit colour so screenshots are exact.
xvfb-run -a -s "-screen 0 1280x720x24 -nolisten tcp" \
  java -cp desktop/target/test-classes:desktop/target/coachdans.jar \
  nl.coachdans.desktop.window.WindowTestDriver \
  --jar desktop/target/coachdans.jar --out "$OUT" --scenario "$SCENARIO"
