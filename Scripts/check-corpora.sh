#!/usr/bin/env bash
# Ingests each JSON Lines archive of ../shared/corpora (or the files given) into a fresh database and reports,
# per file: how the run ended (a crash is a signal), articles stored against records with text, wall time,
# peak memory, and the identity and dedup figures of the store.
#
#   Scripts/check-corpora.sh                       # every ../shared/corpora/*.jsonl
#   Scripts/check-corpora.sh archive.jsonl ...     # files of your own
#   KEEP=1 Scripts/check-corpora.sh                # keep the databases (printed)
# Exits 1 when a run crashed or an article with text was not stored.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
swift build -c release --product parley >/dev/null
PARLEY="$(swift build -c release --show-bin-path)/parley"
WORK=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT

files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=("$ROOT"/../shared/corpora/*.jsonl); fi

status=0
for file in "${files[@]}"; do
    name=$(basename "$file" .jsonl)
    db="$WORK/$name.sqlite"
    set +e
    /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$PARLEY" --db "$db" ingest --quiet "$file" 2>"$WORK/$name.err"
    code=$?
    set -e
    read -r seconds peak_kb <"$WORK/$name.time" || { seconds=?; peak_kb=0; }
    python3 "$ROOT/Scripts/corpus-report.py" "$file" "$db" "$code" "$seconds" "$peak_kb" "$WORK/$name.err" || status=1
    [ -n "${KEEP:-}" ] && echo "  database: $db"
done
exit $status
