#!/usr/bin/env bash
# AppImage recipe (configured, not run on the build machine: linuxdeploy cannot be downloaded there).
# Builds a release tree installed under /usr in AppDir, then linuxdeploy with its Qt plugin copies Qt's
# libraries and plugins (platforms, sqldrivers, imageformats, wayland) and makes EventDesk-<version>-x86_64.AppImage.
# Needs: linuxdeploy-x86_64.AppImage and linuxdeploy-plugin-qt-x86_64.AppImage on PATH or in $LINUXDEPLOY_DIR,
# from https://github.com/linuxdeploy/linuxdeploy/releases and .../linuxdeploy-plugin-qt/releases.
# Build on the oldest distribution you support (glibc is not bundled). Usage: packaging/appimage/build-appimage.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
tools="${LINUXDEPLOY_DIR:-$PWD/build/tools}"
export PATH="$tools:$PATH"
build=build/release
appdir="$build/AppDir"

cmake --preset release
cmake --build --preset release
rm -rf "$appdir"
DESTDIR="$PWD/$appdir" cmake --install "$build" --prefix /usr

# The Qt plugin finds qmake6 to learn where Qt lives; the SQLite driver is loaded at run time, so name it.
export QMAKE="${QMAKE:-$(command -v qmake6 || command -v qmake)}"
export EXTRA_QT_PLUGINS="sqldrivers;wayland-shell-integration;wayland-decoration-client;wayland-graphics-integration-client"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so"
version=$(sed -n 's/^project(EventDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
export LINUXDEPLOY_OUTPUT_VERSION="$version"
linuxdeploy-x86_64.AppImage --appdir "$appdir" \
  --executable "$appdir/usr/bin/eventdesk" --executable "$appdir/usr/bin/eventdesk-cli" \
  --desktop-file "$appdir/usr/share/applications/io.eventdesk.EventDesk.desktop" \
  --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/io.eventdesk.EventDesk.png" \
  --plugin qt --output appimage
ls -l EventDesk-*.AppImage
