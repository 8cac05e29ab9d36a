#!/usr/bin/env bash
# Rebuilds crates/tagger/data/tagger.bin from scratch:
#   1. silver-annotates the NGEC synthetic stories (and VOA, evaluation only)
#      with spaCy, re-tokenised to sitrep's conventions (annotate.py);
#   2. trains the averaged perceptron in Rust and writes the weights.
# The annotated text stays in $DATA (outside the repository).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="${VENV:-/tmp/tagger-venv}"
DATA="${DATA:-/tmp/tagger-data}"
SHARED="${SHARED:-$ROOT/../shared}"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -r "$ROOT/scripts/tagger/requirements.txt"
fi
"$VENV/bin/python" "$ROOT/scripts/tagger/annotate.py" \
    --synthetic "$SHARED/training/ngec-synthetic/synthetic_events.csv" \
    --voa "$SHARED/corpora/voa/voa_stories.jsonl" --out "$DATA"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target-tagger}"
cd "$ROOT"
cargo run --release -p sitrep-tagger --example train -- \
    --data "$DATA" --epochs "${EPOCHS:-10}" --min-weight "${MIN_WEIGHT:-1.5}" \
    --out crates/tagger/data/tagger.bin
