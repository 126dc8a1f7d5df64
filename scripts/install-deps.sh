#!/usr/bin/env bash
# Installs what EventDesk needs to build, run and test on Debian 12 / Ubuntu 24.04. Idempotent: packages that
# are already installed are skipped, and apt is only called when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config clang-format clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libgl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  sqlite3 libsqlite3-dev postgresql libpq-dev libsimdjson-dev
  xvfb xauth fonts-noto-cjk
  dbus-daemon gnome-keyring zlib1g-dev
  libxml2-utils python3-jsonschema
  python3-icalendar chromium poppler-utils
  coinor-libcbc-dev
  qt6-charts-dev libqt6opengl6-dev
  dpkg-dev appstream desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed."
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
