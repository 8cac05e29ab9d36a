#!/usr/bin/env bash
# CI check of the benchmark: the scripts parse and compile, and the report runs on a
# synthetic set of raw results (no build, no measurement, no network). Called from .ci/run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash -n bench/run.sh bench/check.sh bench/accuracy.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Compile into the temporary directory so no __pycache__ is left in the tree.
for f in bench/*.py; do
  python3 -c 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)' \
    "$f" "$tmp/$(basename "$f")c"
done
bash bench/run.sh --help > /dev/null

# The corpus generator on the real corpus, when it is there.
voa=${SITREP_VOA:-../shared/corpora/voa/voa_stories.jsonl}
if [[ -f $voa ]]; then
  python3 bench/make_corpus.py --voa "$voa" --out "$tmp/c.jsonl" --min-mb 0.5 \
    --sample-out "$tmp/s.txt" --sample-mb 0.1 > /dev/null
  python3 bench/make_corpus.py --voa "$voa" --out "$tmp/m.jsonl" --mode mix --docs 20 > /dev/null
  [[ $(wc -l < "$tmp/m.jsonl") -eq 20 ]]
fi
# The accuracy harness's inputs (bench/accuracy.sh), when the dev sets are there.
if [[ -f ../shared/training/ngec-synthetic/synthetic_events.csv && -f $voa ]]; then
  python3 bench/accuracy.py prepare "$tmp/acc" > /dev/null
  [[ $(wc -l < "$tmp/acc/ngec.jsonl") -eq 4500 ]]
fi

# measure.py and report.py on synthetic raw results.
python3 bench/measure.py -o "$tmp/startup-1.rusage" -- true
echo "startup_ms 40.0" > "$tmp/startup-1.stats"
printf 'date 2000-01-01T00:00:00Z\nnproc 2\nthreads_all 2\ncpu test\nmem_kb 1048576\n' > "$tmp/machine.txt"
for t in 1 2; do
  cat > "$tmp/extract-$t.stats" <<STATS
startup_ms 40.0
threads $t
documents 100
sentences 2000
analysed_sentences 1500
events 300
bytes 10000000
seconds $((3 - t))
mb_per_s $((5 * t))
docs_per_s $((50 * t))
sentences_per_s $((1000 * t))
stage text            10.0 ms  50.0%
stage events          10.0 ms  50.0%
STATS
  printf 'wall_seconds 2\nuser_seconds 1.5\nsystem_seconds 0.1\nmax_rss_kb 100000\nexit_status 0\n' \
    > "$tmp/extract-$t.rusage"
done
printf 'sample_bytes 100000\nsample_docs 10\nfull_mb_per_s 0.01\nfull_mb_per_cpu_s 0.01\nner_mb_per_s 0.03\nner_mb_per_cpu_s 0.03\n' \
  > "$tmp/spacy.txt"
printf 'documents 89 bytes 375927 rounds 5 events 632\nseconds 1.0 mb_per_s 1.9\ncpu_seconds 0.9 mb_per_cpu_s 2.1\nstage text 24.9 ms/MB 4.6%%\nstage syntax 301.5 ms/MB 56.1%%\n' \
  > "$tmp/pipeline.txt"
python3 bench/report.py "$tmp" > "$tmp/report.md"
grep -q 'Pipeline alone' "$tmp/report.md"
grep -q '| PASS |' "$tmp/report.md"
grep -q 'spaCy' "$tmp/report.md"
echo "bench/check.sh: ok"
