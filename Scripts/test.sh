#!/usr/bin/env bash
# Runs every test suite: SQLite layer, readers, extraction, store, and the built binary end to end.
#
#   Scripts/test.sh                   # swift test
#   Scripts/test.sh --filter Store    # extra arguments go to swift test
#
# Installs the two system libraries the package links (SQLite, libxml2) when pkg-config cannot find them.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

ensure_system_libraries() {
    if pkg-config --exists sqlite3 libxml-2.0 2>/dev/null; then return; fi
    echo "test.sh: installing libsqlite3-dev and libxml2-dev" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq pkg-config libsqlite3-dev libxml2-dev
}

ensure_system_libraries
swift test "$@"
