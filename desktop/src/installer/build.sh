#!/usr/bin/env bash
# Builds the installable program from the shaded jar: a trimmed Java runtime (jlink), the list of
# classes the main menu loads (for a class-data-sharing archive), an application image (jpackage)
# and, on Linux, a .deb. Run by `mvn -B -Pinstaller package`; the output is desktop/target/installer/.
#
# Usage: build.sh TARGET_DIR VERSION
# On Windows (Git Bash, with the WiX toolset on the PATH) it makes an .msi, on macOS a .dmg; those
# branches follow the same steps but can only be tried on those systems.
set -euo pipefail
target=$(cd "$1" && pwd)
version=$2
here=$(cd "$(dirname "$0")" && pwd)
jar="$target/coachdans.jar"
out="$target/installer"
[ -f "$jar" ] || { echo "installer: $jar is missing; build the jar first (mvn -B package)" >&2; exit 1; }
for tool in jdeps jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "installer: '$tool' not found; it comes with a full JDK 17" >&2; exit 1; }
done
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "installer: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
rm -rf "$out"
mkdir -p "$out/input"

# 1. The modules the program uses. jdeps finds what the code calls; the three added by name are
#    reached only through services or locales, which jdeps cannot see: the zip file system (the
#    packed assets), elliptic-curve TLS (a learning record store over https) and Dutch locale data.
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
modules="$modules,jdk.zipfs,jdk.crypto.ec,jdk.localedata"
echo "installer: runtime modules $modules"
jlink --add-modules "$modules" --include-locales=en,nl \
      --strip-debug --no-header-files --no-man-pages \
      --output "$out/runtime"

# 2. The classes a start to the main menu loads, from one training run with the new runtime. The
#    list names classes, not paths, so it travels with the program; the archive itself is made
#    where the program is installed (see linux/postinst), since the JVM ties it to that path.
cp "$jar" "$out/input/coachdans.jar"
training_home=$(mktemp -d)
training_dir=$(mktemp -d)
trap 'rm -rf "$training_home" "$training_dir"' EXIT
train=("$out/runtime/bin/java" -Xshare:off "-XX:DumpLoadedClassList=$out/input/classes.lst" -jar "$out/input/coachdans.jar")
if [ -n "${DISPLAY:-}" ] || [ "$os" != linux ]; then
  (cd "$training_dir" && COACHDANS_HOME="$training_home" "${train[@]}" --smoke)
elif command -v xvfb-run >/dev/null; then
  (cd "$training_dir" && COACHDANS_HOME="$training_home" xvfb-run -a "${train[@]}" --smoke)
else
  echo "installer: no display and no xvfb-run: the class list covers the command line only, so the window starts slower" >&2
  (cd "$training_dir" && COACHDANS_HOME="$training_home" "${train[@]}" play leonie --expert --json >/dev/null)
fi

# 3. The application image: the jar, the class list and the runtime, with a launcher that uses the
#    archive when it is there and starts normally when it is not.
common=(--name Coachdans --app-version "$version" --vendor "Coachdans"
        --description "Practise coaching conversations with simulated clients")
launcher=(--input "$out/input" --main-jar coachdans.jar --main-class nl.coachdans.desktop.Main
          --runtime-image "$out/runtime"
          --java-options '-XX:SharedArchiveFile=$APPDIR/coachdans.jsa'
          --java-options -Xshare:auto
          # Measured in docs/performance.md (Start-up of the installed program): the client compiler
          # alone starts the menu sooner and also runs this program's short commands faster
          # (validate assets 1.2 s against 1.8 s); one GC thread and no perf-data file save a little.
          --java-options -XX:TieredStopAtLevel=1
          --java-options -XX:+UseSerialGC
          --java-options -XX:-UsePerfData)
case "$os" in
  linux) icon=(--icon "$here/linux/Coachdans.png") ;;
  # macOS lets only the first thread drive windows (the jar copes without it, see MacLaunch).
  mac) icon=(); launcher+=(--java-options -XstartOnFirstThread) ;;
  # A Windows GUI launcher has no console: a second launcher prints the commands' output.
  windows) icon=(); printf 'win-console=true\n' > "$out/cli.properties"; launcher+=(--add-launcher "coachdans-cli=$out/cli.properties") ;;
esac
jpackage --type app-image "${common[@]}" "${launcher[@]}" "${icon[@]}" --dest "$out"

# The image is also run where it was built (the start-up benchmark does so): give it an archive
# for this path. The installers below leave it out and make their own on installation.
case "$os" in
  linux) image="$out/Coachdans"; app="$image/lib/app"; java_in_image="$image/lib/runtime/bin/java" ;;
  mac) image="$out/Coachdans.app"; app="$image/Contents/app"; java_in_image="$image/Contents/runtime/Contents/Home/bin/java" ;;
  windows) image="$out/Coachdans"; app="$image/app"; java_in_image="$image/runtime/bin/java" ;;
esac
"$java_in_image" -Xshare:dump "-XX:SharedClassListFile=$app/classes.lst" "-XX:SharedArchiveFile=$app/coachdans.jsa" \
    -cp "$app/coachdans.jar" >/dev/null 2>&1 || echo "installer: could not make the start-up archive for the image" >&2

# 4. The installer for this system.
package_image="$out/package/$(basename "$image")"
mkdir -p "$out/package"
cp -R "$image" "$package_image"
rm -f "$package_image/${app#"$image/"}/coachdans.jsa"
case "$os" in
  linux)
    if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
      echo "installer: dpkg-deb and fakeroot are needed for the .deb (apt-get install dpkg-dev fakeroot); the image is in $out/Coachdans" >&2
      exit 0
    fi
    jpackage --type deb --app-image "$package_image" "${common[@]}" \
        --resource-dir "$here/linux" --install-dir /opt \
        --linux-package-name coachdans --linux-deb-maintainer noreply@coachdans.invalid \
        --linux-menu-group Education --linux-app-category education --linux-shortcut \
        --dest "$out"
    ;;
  windows)
    jpackage --type msi --app-image "$package_image" "${common[@]}" --win-menu --win-shortcut --dest "$out"
    ;;
  mac)
    jpackage --type dmg --app-image "$package_image" "${common[@]}" --dest "$out"
    ;;
esac
rm -rf "$out/input" "$out/package" "$out/cli.properties" "$out/runtime"
ls -l "$out"
