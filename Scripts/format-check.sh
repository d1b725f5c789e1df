#!/usr/bin/env bash
# Checks that the sources follow .swift-format (swift-format ships with the Swift toolchain).
#
#   Scripts/format-check.sh          # lint: prints each deviation, exits 1 if there is any
#   Scripts/format-check.sh --fix    # rewrites the files in place
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--fix" ]; then
    swift format format --in-place --recursive Sources Tests Fuzz/Sources
else
    swift format lint --strict --recursive Sources Tests Fuzz/Sources
fi
