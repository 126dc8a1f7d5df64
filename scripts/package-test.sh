#!/usr/bin/env bash
# The Debian package, end to end: build the .deb with CPack from a built tree (default build/ci, as left by
# scripts/test.sh), check its metadata, install it with apt (which pulls its dependencies), run the installed
# programs (both --version, `eventdesk-cli demo`, a short offscreen start of the GUI), remove it with --purge
# and check that nothing it installed is left. Needs root or sudo (apt), dpkg-dev, appstream and
# desktop-file-utils (scripts/install-deps.sh). Usage: scripts/package-test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/ci}"
start=$SECONDS
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
apt_get() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 -y -q "$@"; }
step() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - start)); }

if [ ! -f "$build/CPackConfig.cmake" ]; then
  echo "package-test: $build is not a configured build (run scripts/test.sh or cmake --preset ci first)" >&2
  exit 2
fi
if dpkg-query -W -f='${Status}' eventdesk 2>/dev/null | grep -q "install ok installed"; then
  echo "package-test: eventdesk is already installed; remove it first (apt-get remove --purge eventdesk)" >&2
  exit 2
fi
work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then apt_get remove --purge eventdesk >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "build the package"
cmake --build "$build" --target eventdesk eventdesk-cli eventdesk_pdf >/dev/null
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/eventdesk_*.deb)
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends Suggests
ls -l "$deb"

step "check the metadata in the package"
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.eventdesk.EventDesk.metainfo.xml"
desktop-file-validate "$work/root/usr/share/applications/io.eventdesk.EventDesk.desktop"
for f in usr/bin/eventdesk usr/bin/eventdesk-cli usr/share/icons/hicolor/scalable/apps/io.eventdesk.EventDesk.svg \
  usr/share/icons/hicolor/16x16/apps/io.eventdesk.EventDesk.png usr/share/icons/hicolor/256x256/apps/io.eventdesk.EventDesk.png; do
  test -e "$work/root/$f" || { echo "package-test: the package lacks /$f" >&2; exit 1; }
done

step "install with apt"
# What exists before, so that the check after removal can tell the package's own folders from shared ones.
dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|; s|/$||' | grep -v '^/$' >"$work/paths"
while read -r p; do if [ -e "$p" ]; then echo "$p"; fi; done <"$work/paths" >"$work/existing-before"
installed=1
apt_get install --no-install-recommends "$(realpath "$deb")" >"$work/apt.log" || { cat "$work/apt.log"; exit 1; }
dpkg -L eventdesk >"$work/installed-files"
echo "installed $(wc -l <"$work/installed-files") paths"

step "run the installed programs"
test "$(command -v eventdesk)" = /usr/bin/eventdesk
/usr/bin/eventdesk --version
/usr/bin/eventdesk-cli --version
# A throwaway home: the programs' settings and data go there, not into this user's.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
/usr/bin/eventdesk-cli --db "$work/x.eventdesk" demo
/usr/bin/eventdesk-cli --db "$work/x.eventdesk" event list
# The PDF agenda comes from the eventdesk_pdf module the package installs beside the libraries.
/usr/bin/eventdesk-cli --db "$work/x.eventdesk" export --format pdf -o "$work/agenda.pdf"
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/eventdesk --smoke --db "$work/x.eventdesk"
echo "eventdesk --smoke: exit 0"

step "remove with apt-get remove --purge"
apt_get remove --purge eventdesk >"$work/apt.log" || { cat "$work/apt.log"; exit 1; }
installed=0
if dpkg-query -W -f='${Status}' eventdesk 2>/dev/null | grep -q "installed"; then
  echo "package-test: eventdesk is still known to dpkg after --purge" >&2
  exit 1
fi
left=()
while read -r p; do
  if [ -e "$p" ] && ! grep -qxF "$p" "$work/existing-before"; then left+=("$p"); fi
done <"$work/installed-files"
if [ ${#left[@]} -gt 0 ]; then
  printf 'package-test: left behind after removal: %s\n' "${left[@]}" >&2
  exit 1
fi
echo "nothing of the package is left under /usr"
step "package test: ok"
