#!/usr/bin/env bash
# One command for a fresh machine: install what is missing, build EventDesk and start it on its embedded
# SQLite workspace (the app-data folder, or $EVENTDESK_DB). Extra arguments go to eventdesk, e.g. --demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/eventdesk/eventdesk "$@"
