#!/usr/bin/env bash
# Bounded fuzz run of every target (issue #17): builds the cargo-fuzz targets with libFuzzer
# instrumentation on the stable toolchain (RUSTC_BOOTSTRAP=1 unlocks the -Z flags that
# cargo-fuzz relies on), seeds each corpus from the examples, the built-in dictionaries and
# the kept regressions, and runs each target for SECONDS (default 30; CI uses a few minutes
# in all). A crash, a timeout or an out-of-memory input fails the run and is left in
# fuzz/artifacts/TARGET/; keep it as a regression with
#   cp fuzz/artifacts/TARGET/crash-* fuzz/regressions/TARGET/
# where `cargo test` replays it (crates/ingest/tests/fuzz_regressions.rs and
# crates/cli/tests/harden.rs) without any fuzzing tools.
#
# Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#   SANITIZER=address fuzz/run.sh 60    # with AddressSanitizer (slower)
#   FUZZ_SEED=1 fuzz/run.sh 30          # a fixed libFuzzer seed
#   FUZZ_SEED=1 FUZZ_RUNS=1 fuzz/run.sh  # reproducible (CI): a fresh corpus of the seeds only
#                                       # and a fixed number of inputs per target (scaled by
#                                       # FUZZ_RUNS) instead of a time limit, so a slower or
#                                       # faster machine explores exactly the same inputs
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-30}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(jsonl html feed dictionary pipeline)
fi

host="$(rustc -vV | sed -n 's/^host: //p')"
flags="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4"
flags+=" -Cllvm-args=-sanitizer-coverage-inline-8bit-counters"
flags+=" -Cllvm-args=-sanitizer-coverage-pc-table -Cllvm-args=-sanitizer-coverage-trace-compares"
flags+=" -Cdebug-assertions -Coverflow-checks -Cforce-frame-pointers"
if [ "${SANITIZER:-none}" = address ]; then
  flags+=" -Zsanitizer=address"
fi
# --target keeps the instrumentation off build scripts and proc macros, as cargo-fuzz does.
RUSTC_BOOTSTRAP=1 RUSTFLAGS="$flags" cargo build --release --locked --target "$host" \
  --target-dir target --bins

# Inputs per target for one unit of FUZZ_RUNS: about 30 s each on a 2-core CI machine.
runs_for() {
  case "$1" in
    jsonl|feed) echo 200000 ;;
    dictionary) echo 40000 ;;
    html) echo 20000 ;;
    pipeline) echo 3000 ;;
  esac
}

corpus_root=corpus
if [ -n "${FUZZ_RUNS:-}" ]; then
  # A kept local corpus would change what the mutator starts from; begin from the seeds.
  corpus_root="$(mktemp -d)"
  trap 'rm -rf "$corpus_root"' EXIT
fi

seed() {
  local target="$1" dir="$corpus_root/$1"
  mkdir -p "$dir" "artifacts/$1"
  cp -f regressions/"$target"/* "$dir"/ 2>/dev/null || true
  case "$target" in
    jsonl) cp -f ../examples/articles.jsonl "$dir"/seed-articles.jsonl ;;
    html) for f in ../crates/ingest/tests/data/*.html; do [ -e "$f" ] && cp -f "$f" "$dir"/; done
          printf '<html><head><title>T</title><meta property="article:published_time" content="2025-06-05"></head><body><article><p>Kim met Shoigu in Pyongyang.</p></article></body></html>' >"$dir"/seed-page.html ;;
    feed) printf '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>A</title><description>Troops crossed the border.</description><pubDate>Thu, 05 Jun 2025 10:00:00 GMT</pubDate></item></channel></rss>' >"$dir"/seed-rss.xml
          printf '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>A</title><content type="html">&lt;p&gt;Kim said.&lt;/p&gt;</content></entry></feed>' >"$dir"/seed-atom.xml ;;
    pipeline) for f in ../examples/articles/*.txt; do cp -f "$f" "$dir"/; done ;;
    dictionary) for f in ../crates/actors/data/*.txt ../crates/lexicon/data/*; do
                  head -c 16384 "$f" >"$dir/seed-$(basename "$f")"; done ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  seed "$target"
  if [ -n "${FUZZ_RUNS:-}" ]; then
    limit="-runs=$(( $(runs_for "$target") * FUZZ_RUNS ))"
  else
    limit="-max_total_time=$seconds"
  fi
  echo "fuzz: $target (${limit#-})"
  if ! "target/$host/release/$target" "$corpus_root/$target" \
      "$limit" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
      -artifact_prefix="artifacts/$target/" -print_final_stats=1 2>"artifacts/$target.log"; then
    echo "fuzz: $target FAILED; see fuzz/artifacts/$target/ and fuzz/artifacts/$target.log" >&2
    tail -n 30 "artifacts/$target.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "artifacts/$target.log" | sed "s/^/fuzz: $target /"
  fi
done
exit $status
