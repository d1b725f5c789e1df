#!/usr/bin/env bash
# Fuzzes the readers and extraction with libFuzzer for a fixed budget (Fuzz/: its own package).
#
#   Scripts/fuzz.sh                 # 300 seconds on 2 workers
#   FUZZ_SECONDS=60 FUZZ_JOBS=1 Scripts/fuzz.sh
#
# Seeds: the Samples, and, where ../shared/corpora is present, one paragraph-sized seed from each of its
# stories (read there, never copied into the repository). Inputs that crash or hang are written to
# .fuzz-findings/ (not committed): turn each into a test written for the construction it exposes.
# Exits 1 when anything was found.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SECONDS_BUDGET=${FUZZ_SECONDS:-300}
JOBS=${FUZZ_JOBS:-2}
FINDINGS="$ROOT/.fuzz-findings"
SEEDS=$(mktemp -d)
WORK=$(mktemp -d)
trap 'rm -rf "$SEEDS" "$WORK"' EXIT
mkdir -p "$FINDINGS"

swift build --package-path Fuzz -c release --product parley-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
FUZZER="$(swift build --package-path Fuzz -c release --show-bin-path)/parley-fuzz"

python3 - "$SEEDS" "$ROOT/Samples" "$ROOT/../shared/corpora" <<'PY'
import json, os, sys
seeds, samples, corpora = sys.argv[1:4]
count = 0
def write(data):
    global count
    with open(os.path.join(seeds, f"seed-{count:05d}"), "wb") as f:
        f.write(data)
    count += 1
for name in sorted(os.listdir(samples)):
    with open(os.path.join(samples, name), "rb") as f:
        write(f.read())
if os.path.isdir(corpora):
    for name in sorted(os.listdir(corpora)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(corpora, name), encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("text") or ""
                paragraphs = [p for p in text.split("\n\n") if p.strip()]
                write("\n\n".join(paragraphs[:3]).encode("utf-8")[:3000])
print(f"fuzz.sh: {count} seeds", file=sys.stderr)
PY

cd "$WORK"
status=0
SWIFT_BACKTRACE=enable=no "$FUZZER" "$SEEDS" -max_total_time="$SECONDS_BUDGET" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -fork="$JOBS" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$FINDINGS/" -print_final_stats=1 >fuzz.log 2>&1 || status=$?
grep -E "^#[0-9]+.*(DONE|INITED)|stat::|crash|timeout" fuzz.log | tail -8 || true
found=$(find "$FINDINGS" -type f -newer "$SEEDS" | wc -l)
echo "fuzz.sh: ${SECONDS_BUDGET}s on $JOBS workers, exit $status, $found new finding(s) in $FINDINGS"
[ "$found" -eq 0 ]
