#!/usr/bin/env bash
# Parley benchmarks: ingest throughput against the sqlite3 load floor, and queries on a store of
# 1,000,000 meetings, in process and end to end beside the sqlite3 shell. Prints one table.
#
#   Scripts/bench.sh                 # 10,000-article and real-text ingests, --jobs 1 and all cores, + queries
#   BENCH_FULL=1 Scripts/bench.sh    # also the 100,000-article ingest (about 15 minutes more)
#
# Environment: BENCH_DIR (work files, default .build-bench/bench), BENCH_SCRATCH (build folder,
# default .build-bench), BENCH_SEED (corpus seed, default 42), BENCH_INGEST (size of the small
# ingest runs, default 10000), BENCH_SKIP_BUILD=1 (use the binaries already in BENCH_SCRATCH).
# Run by hand, one heavy job at a time; not part of the tests.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCRATCH=${BENCH_SCRATCH:-$ROOT/.build-bench}
WORK=${BENCH_DIR:-$SCRATCH/bench}
SEED=${BENCH_SEED:-42}
BIN=$SCRATCH/release
mkdir -p "$WORK"

log() { printf '%s\n' "bench: $*" >&2; }

# --- Tools ---------------------------------------------------------------------------------------
need() { # need COMMAND PACKAGE
    command -v "$1" > /dev/null 2>&1 && return
    log "installing $2"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y -q "$2" > /dev/null 2>&1 \
        || { $sudo apt-get update -q > /dev/null 2>&1 && $sudo apt-get install -y -q "$2" > /dev/null; }
}
need hyperfine hyperfine
need sqlite3 sqlite3
[ -x /usr/bin/time ] || need /usr/bin/time time

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building release into $SCRATCH"
    # Linked as Scripts/demo.sh links it: the Swift runtime and Foundation statically.
    (cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" > "$WORK/build.log" 2>&1) \
        || { tail -20 "$WORK/build.log" >&2; exit 1; }
fi

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
median_of() { # hyperfine JSON file, command index -> median in ms
    sqlite3 :memory: "SELECT printf('%.2f', json_extract(readfile('$1'), '\$.results[$2].median') * 1000)"
}

ROWS=()
row() { ROWS+=("$(printf '%s|' "$@")"); }

# --- 1. Ingest -----------------------------------------------------------------------------------
JOBS=$(nproc)
ingest_run() { # ingest_run LABEL CORPUS JOBS: one ingest into a fresh store, timed, beside the sqlite3 load floor
    local label=$1 corpus=$2 jobs=$3 db="$WORK/ingest.sqlite"
    local bytes; bytes=$(du -sbL --exclude=.done "$corpus" | cut -f1)
    rm -f "$db" "$db-wal" "$db-shm"
    log "ingesting $label, --jobs $jobs ($(calc '%.0f' "$bytes / 1e6") MB)"
    local start end
    start=$(now)
    /usr/bin/time -v "$BIN/parley" --db "$db" ingest --quiet --jobs "$jobs" "$corpus" 2> "$WORK/time.txt" > /dev/null || true
    end=$(now)
    local secs rss_kb
    secs=$(calc '%.3f' "$end - $start")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
    local stored; stored=$(sqlite3 "$db" "SELECT count(*) FROM article")

    # The floor: the same rows, indexes, triggers and full-text index loaded by the sqlite3 shell.
    sqlite3 "$db" .dump > "$WORK/dump.sql"
    rm -f "$WORK/floor.sqlite"
    start=$(now)
    sqlite3 "$WORK/floor.sqlite" < "$WORK/dump.sql"
    end=$(now)
    local floor; floor=$(calc '%.3f' "$end - $start")
    rm -f "$WORK/dump.sql" "$WORK/floor.sqlite"

    row "ingest $label --jobs $jobs, $stored stored" \
        "$(calc '%.0f' "$stored / $secs") art/s, $(calc '%.2f' "$bytes / 1e6 / $secs") MB/s" ">= 1000 art/s" \
        "$(calc '%.1f' "$secs")s vs floor $(calc '%.1f' "$floor")s = $(calc '%.1f' "$secs / $floor")x" "<= 4x" \
        "peak RSS $(calc '%.0f' "$rss_kb / 1024") MB" "<= 150 MB"
}

generated() { # generated N FORMAT -> the corpus folder
    local n=$1 format=$2 corpus="$WORK/corpus-$1-$2-$SEED"
    if [ ! -f "$corpus/.done" ]; then
        rm -rf "$corpus"
        "$BIN/parley-corpus" --count "$n" --seed "$SEED" --out "$corpus" --format "$format" --per-file 5000 2> /dev/null
        touch "$corpus/.done"
    fi
    echo "$corpus"
}

SMALL=${BENCH_INGEST:-10000}
for format in txt jsonl; do
    corpus=$(generated "$SMALL" "$format")
    ingest_run "$SMALL generated ($format)" "$corpus" 1
    ingest_run "$SMALL generated ($format)" "$corpus" "$JOBS"
done
if [ "${BENCH_FULL:-0}" = 1 ]; then ingest_run "100000 generated (jsonl)" "$(generated 100000 jsonl)" "$JOBS"; fi

# Real text, read from ../shared at benchmark time and never copied into the repository: the evaluation's
# dev articles 40 times over (a closing "Copy N." line keeps each copy's hash apart), and the real archives,
# whole and repeated (ids and a closing line changed) into one JSON Lines file of over 70 MB.
SHARED=${BENCH_SHARED:-$ROOT/../shared}
if [ -d "$SHARED/eval/dev/articles" ]; then
    dev="$WORK/dev40"
    if [ ! -f "$dev/.done" ]; then
        rm -rf "$dev" && mkdir -p "$dev"
        for n in $(seq -w 1 40); do
            for file in "$SHARED"/eval/dev/articles/*.txt; do
                { cat "$file"; printf '\n\nCopy %s.\n' "$n"; } > "$dev/$n-$(basename "$file")"
            done
        done
        touch "$dev/.done"
    fi
    ingest_run "dev articles x40 (txt)" "$dev" 1
    ingest_run "dev articles x40 (txt)" "$dev" "$JOBS"
    # Extraction alone, in process on one thread (parley-bench extract): the share of an article's CPU
    # that the rules take, without reading or storing.
    log "extraction alone on $dev"
    read -r articles _ total_ms per_article _ < <("$BIN/parley-bench" extract "$dev")
    row "extraction only (dev articles x40), 1 thread" "$(calc '%.0f' "1000 / $per_article") art/s, ${per_article} ms/article" \
        "-" "$(calc '%.1f' "$total_ms / 1000")s for $articles articles" "" "" ""
fi
if compgen -G "$SHARED/corpora/*.jsonl" > /dev/null; then
    real="$WORK/corpora" big="$WORK/archive-70mb"
    if [ ! -f "$big/.done" ]; then
        rm -rf "$real" "$big" && mkdir -p "$real" "$big"
        cp "$SHARED"/corpora/*.jsonl "$real/"
        python3 - "$big/archive.jsonl" "$SHARED"/corpora/*.jsonl <<'PY'
import json, sys
records = [line for path in sys.argv[2:] for line in open(path, encoding="utf-8") if line.strip()]
size, copy = 0, 0
with open(sys.argv[1], "w", encoding="utf-8") as out:
    while size < 70_000_000:
        copy += 1
        for line in records:
            record = json.loads(line)
            record["id"] = f"{record.get('id')}-{copy}"
            record["text"] += f"\n\nCopy {copy}."
            text = json.dumps(record) + "\n"
            out.write(text)
            size += len(text.encode())
PY
        touch "$big/.done"
    fi
    ingest_run "real archives (jsonl)" "$real" 1
    ingest_run "real archives (jsonl)" "$real" "$JOBS"
    ingest_run "70 MB archive (jsonl), default settings" "$big" "$JOBS"
fi

# --- 2. Queries on 1,000,000 meetings --------------------------------------------------------------
BIG="$WORK/big.sqlite"
STAMP=$(cksum < "$ROOT/Scripts/bench-store.sql" | cut -d' ' -f1)
if [ ! -f "$BIG" ] || [ "$(cat "$WORK/big.stamp" 2> /dev/null)" != "$STAMP" ]; then
    log "building the 1,000,000-meeting store (about a minute)"
    rm -f "$BIG" "$BIG-wal" "$BIG-shm"
    # parley creates the schema; the SQL replaces the one article's rows with the synthetic store.
    printf -- '---\ntitle: Seed\npublished: 2020-01-01\n---\nForeign Minister Anna Smith met Robert Jones on Monday.\n' \
        > "$WORK/seed.txt"
    "$BIN/parley" --db "$BIG" ingest --quiet "$WORK/seed.txt"
    sqlite3 -bail "$BIG" < "$ROOT/Scripts/bench-store.sql" > /dev/null
    echo "$STAMP" > "$WORK/big.stamp"
fi
FREQUENT=$(sqlite3 "$BIG" "SELECT a.name FROM actor a WHERE a.id = 1")  # ~7,000 meetings
RARE=$(sqlite3 "$BIG" "SELECT a.name FROM actor a WHERE a.id = 99999")  # ~10 meetings
OTHER=$(sqlite3 "$BIG" "SELECT a.name FROM actor a WHERE a.id = 2")
key() { echo "$1" | tr 'A-Z-' 'a-z '; }
ACTOR_ID="(SELECT id FROM actor WHERE kind IN ('person','country','organization','group') AND normalized_name ="

log "in-process query timings (parley-bench)"
"$BIN/parley-bench" --db "$BIG" --frequent "$FREQUENT" --rare "$RARE" --with "$OTHER" \
    --from 2020-03-01 --to 2020-03-31 --iterations 100 --seconds 4 > "$WORK/inprocess.tsv"
inproc() { awk -F'\t' -v q="$1" '$1 == q { printf "median %.2f ms, p95 %.2f ms (%s rows)", $2, $3, $5 }' "$WORK/inprocess.tsv"; }

# What each command prints, as one SQL statement for the sqlite3 shell.
participants="(SELECT group_concat(a.name, ', ') FROM meeting_participant q JOIN actor a ON a.id = q.actor_id WHERE q.meeting_id = m.id)"
meetings_sql() { # meetings_sql ACTOR_KEY [WITH_KEY]
    local with=""
    [ -n "${2:-}" ] && with="AND EXISTS (SELECT 1 FROM meeting_participant w WHERE w.meeting_id = m.id AND w.actor_id = $ACTOR_ID '$2'))"
    echo "SELECT m.id, m.date, m.kind, m.status, $participants, m.location FROM meeting_participant p
          JOIN meeting m ON m.id = p.meeting_id WHERE p.actor_id = $ACTOR_ID '$1') $with
          ORDER BY p.date IS NULL, p.date DESC, m.id DESC;"
}
EVENTS_SQL="SELECT m.date, m.kind, m.id, $participants || ifnull(' in ' || m.location, '') FROM meeting m
    WHERE m.date BETWEEN '2020-03-01' AND '2020-03-31'
    UNION ALL SELECT s.date, s.act, s.id, a.name || ifnull(' -> ' || t.name, '') || ': ' || ifnull(s.quote, '')
    FROM statement s JOIN actor a ON a.id = s.speaker_id LEFT JOIN actor t ON t.id = s.target_id
    WHERE s.date BETWEEN '2020-03-01' AND '2020-03-31' ORDER BY 1;"
ACTOR_SQL="SELECT alias FROM actor_alias WHERE actor_id = $ACTOR_ID '$(key "$FREQUENT")') ORDER BY alias;
    SELECT title, country, first_seen, last_seen FROM actor_role WHERE actor_id = $ACTOR_ID '$(key "$FREQUENT")');
    SELECT a.name, count(*) AS n FROM meeting_participant own JOIN meeting_participant other
        ON other.meeting_id = own.meeting_id AND other.actor_id <> own.actor_id JOIN actor a ON a.id = other.actor_id
        WHERE own.actor_id = $ACTOR_ID '$(key "$FREQUENT")') GROUP BY other.actor_id ORDER BY n DESC LIMIT 20;
    SELECT count(*) FROM meeting_participant WHERE actor_id = $ACTOR_ID '$(key "$FREQUENT")');
    SELECT count(*) FROM statement WHERE speaker_id = $ACTOR_ID '$(key "$FREQUENT")');
    SELECT count(*) FROM article_actor WHERE actor_id = $ACTOR_ID '$(key "$FREQUENT")');"

endtoend() { # endtoend LABEL IN-PROCESS-NAME IN-PROCESS-TARGET SQL PARLEY-ARGS...
    local label=$1 name=$2 target=$3 sql=$4; shift 4
    local json="$WORK/hyperfine-$(echo "$label" | tr -c 'a-zA-Z0-9' '-').json"
    printf '%s\n' "$sql" > "$WORK/query.sql"
    log "end to end: $label"
    hyperfine -N --warmup 2 --min-runs 10 --max-runs 50 --export-json "$json" \
        "$(printf '%q ' "$BIN/parley" --db "$BIG" "$@")" \
        "sqlite3 -readonly $BIG '.read $WORK/query.sql'" > /dev/null 2>&1
    local parley sqlite
    parley=$(median_of "$json" 0)
    sqlite=$(median_of "$json" 1)
    row "$label" "$(inproc "$name")" "$target" \
        "parley ${parley} ms vs sqlite3 ${sqlite} ms = $(calc '%.2f' "$parley / $sqlite")x" "<= 1.5x" "" ""
}

endtoend "meetings --actor frequent" "meetings --actor frequent" "<= 2 ms" "$(meetings_sql "$(key "$FREQUENT")")" \
    meetings --actor "$FREQUENT"
endtoend "meetings --actor frequent --limit 20" "meetings --actor frequent" "<= 2 ms" \
    "$(meetings_sql "$(key "$FREQUENT")" | sed 's/;$/ LIMIT 20;/')" meetings --actor "$FREQUENT" --limit 20
endtoend "meetings --actor rare" "meetings --actor rare" "<= 2 ms" "$(meetings_sql "$(key "$RARE")")" meetings --actor "$RARE"
endtoend "meetings --actor A --with B" "meetings --actor A --with B" "<= 2 ms" \
    "$(meetings_sql "$(key "$FREQUENT")" "$(key "$OTHER")")" meetings --actor "$FREQUENT" --with "$OTHER"
endtoend "events --from --to (March 2020)" "events --from --to" "-" "$EVENTS_SQL" events --from 2020-03-01 --to 2020-03-31
endtoend "actor NAME" "actor NAME" "-" "$ACTOR_SQL" actor "$FREQUENT"

# --- Table ---------------------------------------------------------------------------------------
echo
echo "Parley benchmarks — $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
     "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), SQLite $(sqlite3 --version | cut -d' ' -f1)"
echo "store: 100,000 actors, 1,000,000 meetings; frequent = $FREQUENT, rare = $RARE, B = $OTHER"
echo
{
    echo "benchmark|throughput / in process|target|vs sqlite3|target|memory|target|"
    echo "---|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
} | column -t -s '|'
