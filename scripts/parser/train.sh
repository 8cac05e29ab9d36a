#!/usr/bin/env bash
# Rebuilds crates/parser/data/parser.bin from scratch:
#   1. parses the example articles, the VOA stories and the NGEC synthetic stories
#      with spaCy and projects the trees onto sitrep's tokens (annotate.py);
#   2. trains the arc-hybrid averaged perceptron in Rust (fixed seed, dynamic
#      oracle), writes the weights and prints held-out attachment scores.
# The annotated text stays in $DATA (outside the repository).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="${VENV:-/tmp/parser-venv}"
DATA="${DATA:-/tmp/parser-data}"
SHARED="${SHARED:-$ROOT/../shared}"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -r "$ROOT/scripts/tagger/requirements.txt"
fi
"$VENV/bin/python" "$ROOT/scripts/parser/annotate.py" \
    --synthetic "$SHARED/training/ngec-synthetic/synthetic_events.csv" \
    --voa "$SHARED/corpora/voa/voa_stories.jsonl" \
    --examples "$ROOT/examples/articles.jsonl" --out "$DATA"
cd "$ROOT"
cargo run --release -p sitrep-parser --example parser_train -- \
    --data "$DATA" --epochs "${EPOCHS:-10}" --min-weight "${MIN_WEIGHT:-4000}" \
    --out crates/parser/data/parser.bin
