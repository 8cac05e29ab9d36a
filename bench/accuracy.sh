#!/usr/bin/env bash
# sitrep coding accuracy on the dev sets: one command, one table (issue #9).
#
#   bench/accuracy.sh [--no-build] [--no-update] [--debug]
#
# Builds the pipeline in release, codes the NGEC synthetic stories and headlines, the
# hand-coded golden stories, the manual-style sentences and the VOA corpus with it, and prints one table
# per PLOVER category with the previous run's figures beside this run's
# (bench/accuracy-last.tsv, rewritten at the end unless --no-update). What each column
# means is in bench/accuracy.py. Inputs come from ../shared (relative to the repository
# root); outputs go to bench/out/accuracy/ (gitignored). A last table splits NGEC into the
# dev half and the check half (bench/ngec_halves.py).
# --debug uses the dev profile (same figures, slower coding, faster to build).
# Environment: CARGO_TARGET_DIR (default target), PYTHON (default python3).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
TARGET=${CARGO_TARGET_DIR:-target}
BUILD=1
UPDATE=--update
PROFILE=release
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --no-update) UPDATE= ;;
    --debug) PROFILE=debug ;;
    -h|--help) sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/accuracy.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [[ ! -f ../shared/training/ngec-synthetic/synthetic_events.csv ]]; then
  echo "bench/accuracy.sh: ../shared/training/ngec-synthetic is not present" >&2
  exit 2
fi
# The pipeline alone (crates/core/examples/accuracy.rs): the same records as `sitrep
# extract`, without building the CLI's store and readers.
if [[ $BUILD == 1 ]]; then
  if [[ $PROFILE == release ]]; then
    cargo build --release --locked -p sitrep-core --example accuracy >&2
  else
    cargo build --locked -p sitrep-core --example accuracy >&2
  fi
fi
BIN="$TARGET/$PROFILE/examples/accuracy"
OUT=bench/out/accuracy
mkdir -p "$OUT"
"$PYTHON" bench/accuracy.py prepare "$OUT"
for set in ngec headlines golden voa manual; do
  "$BIN" "$OUT/$set.jsonl" > "$OUT/$set.out.jsonl"
done
"$PYTHON" bench/accuracy.py score "$OUT" --last bench/accuracy-last.tsv $UPDATE
"$PYTHON" bench/ngec_halves.py --out "$OUT"
