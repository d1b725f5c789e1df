#!/usr/bin/env bash
# Builds parley in release mode, ingests Samples/ into a fresh database and runs a few queries.
#
#   Scripts/demo.sh              # database in a temporary folder, removed afterwards
#   DEMO_DB=demo.sqlite Scripts/demo.sh   # keep the database (it is replaced if it exists)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

if ! pkg-config --exists sqlite3 libxml-2.0 2>/dev/null; then
    echo "demo.sh: installing libsqlite3-dev and libxml2-dev" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq pkg-config libsqlite3-dev libxml2-dev
fi

# The Swift runtime and Foundation linked in: a query starts in about two thirds of the time (docs/PERFORMANCE.md),
# and the binary runs on machines without the Swift toolchain.
swift build -c release --static-swift-stdlib --product parley
PARLEY="$(swift build -c release --static-swift-stdlib --show-bin-path)/parley"

if [ -n "${DEMO_DB:-}" ]; then
    DB="$DEMO_DB"
else
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
    DB="$WORK/demo.sqlite"
fi
rm -f "$DB" "$DB-wal" "$DB-shm"

run() {
    echo
    echo "\$ parley $*"
    "$PARLEY" --db "$DB" "$@"
}

run ingest Samples/
run meetings --actor Solberg
run meetings --actor "Daniel Mwangi" --with Salim
run events --from 2024-03-01 --to 2024-03-31
run statements --act warn
run stats
