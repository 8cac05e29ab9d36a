#!/usr/bin/env bash
# Scale-out benchmark (not a test): documents per second through the JetStream queue into
# PostgreSQL with 1, 2 and 4 `sitrep worker` processes on this machine. See
# docs/SCALING.md for the figures and what they mean for N machines.
#
#   bench/scale.sh [--docs N] [--workers "1 2 4"] [--jobs J] [--batch B]
#
# Needs a PostgreSQL role that may create databases and a nats-server with JetStream:
#   SITREP_BENCH_POSTGRES  (default postgres://postgres@127.0.0.1:5432/postgres)
#   SITREP_BENCH_NATS      (default nats://127.0.0.1:4222)
#   SITREP_BIN             (default target/release/sitrep; built when missing)
# Each run gets a fresh database and a fresh stream. The input is the `mix` corpus of
# bench/make_corpus.py (distinct documents drawn from the VOA sentences), so every
# document is extracted and written; nothing is skipped as a duplicate.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

docs=1000
workers="1 2 4"
jobs=1
batch=16
while [[ $# -gt 0 ]]; do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    -h|--help) sed -n 2,15p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

pg=${SITREP_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432/postgres}
nats=${SITREP_BENCH_NATS:-nats://127.0.0.1:4222}
bin=${SITREP_BIN:-target/release/sitrep}
voa=${SITREP_VOA:-../shared/corpora/voa/voa_stories.jsonl}
if [[ ! -x $bin ]]; then
  cargo build --release -p sitrep-cli --locked
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/make_corpus.py --voa "$voa" --out "$tmp/corpus.jsonl" --mode mix --docs "$docs" >/dev/null

# The database URL with another database name.
db_url() { python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$pg" "$1"; }

printf 'workers\tjobs\tdocuments\tseconds\tdocs_per_second\tevents\n'
for n in $workers; do
  name="sitrep_bench_w$n"
  PGOPTIONS="-c client_min_messages=warning" psql "$pg" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null
  db=$(db_url "$name")
  stream="SITREPBENCH$n$$"
  q=(--nats "$nats" --stream "$stream" --subject "bench.$stream.docs" --dead-letter-subject "bench.$stream.dead")
  "$bin" publish --quiet "${q[@]}" "$tmp/corpus.jsonl"
  start=$(date +%s.%N)
  pids=()
  for ((i = 0; i < n; i++)); do
    "$bin" worker --quiet "${q[@]}" --db "$db" --jobs "$jobs" --batch "$batch" --exit-when-idle 3 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  end=$(date +%s.%N)
  status=$("$bin" status "${q[@]}" --db "$db")
  python3 - "$n" "$jobs" "$start" "$end" "$status" <<'EOF'
import json, sys
n, jobs, start, end, status = sys.argv[1:]
s = json.loads(status)
# The idle wait (3 s) after the last document is not work.
secs = max(float(end) - float(start) - 3.0, 1e-9)
docs = s["done"]
print(f"{n}\t{jobs}\t{docs}\t{secs:.1f}\t{docs / secs:.1f}\t{s['store']['events']}")
EOF
done
