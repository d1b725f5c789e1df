#!/usr/bin/env bash
# Trains the part-of-speech tagger from the English treebanks and writes its weights to
# Sources/ParleyTagging/Model/TaggerWeights.swift; prints the held-out accuracy.
# The same treebanks and options always give the same file.
#
#   Scripts/train-tagger.sh                        # treebanks in ../shared/treebanks
#   TREEBANKS=/path/to/treebanks Scripts/train-tagger.sh
#   Scripts/train-tagger.sh --fold 8 --dry-run     # try a change on another held-out tenth, write nothing
#   Scripts/train-tagger.sh benchmark              # the shipped model: held-out accuracy, tokens/s
set -euo pipefail
cd "$(dirname "$0")/.."
TREEBANKS=${TREEBANKS:-../shared/treebanks}
if [ ! -d "$TREEBANKS" ]; then
    echo "train-tagger.sh: no treebanks at $TREEBANKS; set TREEBANKS to the folder of GUM and EWT (CoNLL-U)" >&2
    exit 1
fi
swift build -c release --product parley-train
if [ "${1:-}" = "benchmark" ]; then
    shift
    exec .build/release/parley-train benchmark --treebanks "$TREEBANKS" "$@"
fi
exec .build/release/parley-train train --treebanks "$TREEBANKS" "$@"
