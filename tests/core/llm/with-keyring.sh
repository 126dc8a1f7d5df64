#!/bin/sh
# Runs a command under a private D-Bus session with an unlocked gnome-keyring providing the Secret Service,
# in throw-away folders so the real keyring is never touched.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c 'printf "\\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
