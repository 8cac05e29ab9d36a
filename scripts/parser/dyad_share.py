#!/usr/bin/env python3
"""Share of category-right golden events whose actor AND recipient are right.

Reads the golden records that bench/accuracy.sh wrote (default
bench/out/accuracy/golden.out.jsonl) and scores them with bench/accuracy.py's
per-sentence matching: a golden event is category-right when an event of its
category was coded in its sentence, and fully right when that event also has
its actor and recipient codes. Prints both counts and their ratio (issue #10's
measure of what the syntax gets right once the category is right).

Usage: python3 scripts/parser/dyad_share.py [GOLDEN_OUT_JSONL]
"""
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, os.path.join(ROOT, "bench"))
import accuracy  # noqa: E402


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "bench/out/accuracy/golden.out.jsonl")
    os.chdir(ROOT)  # golden_files() reads paths relative to the repository root
    _, sent, catonly = accuracy.score_golden(accuracy.read_jsonl(path))
    full = sum(v[0] for v in sent.values())
    cat = sum(v[0] for v in catonly.values())
    print("golden events category-right: %d; with actor and recipient right too: %d; share %.3f"
          % (cat, full, full / cat if cat else 0.0))


if __name__ == "__main__":
    main()
