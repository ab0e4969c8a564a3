#!/usr/bin/env bash
# Builds the installer, installs the .deb on this machine, starts the installed program once to its
# main menu (--smoke, under xvfb-run when there is no display) and runs one command with it, then
# removes it again. CI runs this after the tests; it needs root (apt-get).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q -Pinstaller package -DskipTests
deb=$(ls desktop/target/installer/coachdans_*.deb)
echo "installer: $deb ($(du -h "$deb" | cut -f1)); image $(du -sh desktop/target/installer/Coachdans | cut -f1)"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q "./$deb" >/dev/null || { apt-get update -qq && apt-get install -y -q "./$deb" >/dev/null; }
trap 'apt-get remove -y -q coachdans >/dev/null' EXIT
home=$(mktemp -d)
run=$(mktemp -d)
cd "$run"
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a)
COACHDANS_HOME="$home" "${display[@]}" coachdans --smoke
out=$(COACHDANS_HOME="$home" coachdans play leonie --expert --json)
grep -q '"quality" : "best"' <<<"$out" || { echo "installer: the installed program's play gave no best ending" >&2; exit 1; }
[ -s /opt/coachdans/lib/app/coachdans.jsa ] || { echo "installer: no start-up archive was made on installation" >&2; exit 1; }
echo "installer: installed program started to its menu and played leonie's expert path"
cd /
rm -rf "$home" "$run"
