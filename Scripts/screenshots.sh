#!/usr/bin/env bash
# Serves the Samples and takes a headless Chromium screenshot of each page, for a person to look at.
#
#   Scripts/screenshots.sh                 # PNGs in .build/screenshots/
#   SHOTS=/tmp/shots Scripts/screenshots.sh
#
# Installs Debian's chromium when it is missing. Uses the debug build (swift build) unless PARLEY_BINARY
# names another binary.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SHOTS=${SHOTS:-$ROOT/.build/screenshots}

if ! command -v chromium >/dev/null; then
    echo "screenshots.sh: installing chromium" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq chromium fonts-dejavu-core
fi

if [ -z "${PARLEY_BINARY:-}" ]; then
    swift build --product parley
    PARLEY_BINARY="$(swift build --show-bin-path)/parley"
fi

WORK=$(mktemp -d)
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

"$PARLEY_BINARY" --db "$WORK/samples.sqlite" ingest --quiet Samples/
"$PARLEY_BINARY" --db "$WORK/samples.sqlite" serve --port 0 >"$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
    grep -q "serving" "$WORK/serve.out" 2>/dev/null && break
    sleep 0.1
done
URL=$(grep -o 'http://[0-9.]*:[0-9]*' "$WORK/serve.out" | head -n 1)
if [ -z "$URL" ]; then
    echo "screenshots.sh: the server did not start:" >&2
    cat "$WORK/serve.out" >&2
    exit 1
fi

mkdir -p "$SHOTS"
shoot() { # name width height path
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --user-data-dir="$WORK/chromium" --window-size="$2,$3" --screenshot="$SHOTS/$1.png" "$URL$4" \
        >/dev/null 2>&1
    echo "$SHOTS/$1.png  ($URL$4)"
}

shoot home 1280 1100 /
shoot meetings 1280 1100 /meetings
shoot meetings-filtered 1280 800 "/meetings?status=occurred&from=2024-03-01&to=2024-03-31"
shoot meeting 1280 900 /meetings/1
shoot statements 1280 1100 /statements
shoot statement 1280 800 /statements/4
shoot actors 1280 900 "/actors?q=a"
shoot actor 1280 1100 /actors/2
shoot article 1280 900 /articles/1
shoot graph 1280 1300 /graph
shoot search 1280 700 "/search?q=border"
shoot not-found 1280 500 /meetings/999
shoot bad-date 1280 500 "/meetings?from=2024-13-01"
shoot phone-home 390 1300 /
shoot phone-meeting 390 1100 /meetings/1
shoot phone-graph 390 1100 /graph
