#!/usr/bin/env python3
"""Figures for the sentence-level detector (issue #9, session 16), after bench/accuracy.sh:
NGEC any/top on the training half (even story index) and the evaluation half (odd), and
the golden held-out and wire stories' aggregate per-story and category-only P/R/F1 (counts
only: the held-out stories are never printed)."""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy as A  # noqa: E402

OUT = "bench/out/accuracy"


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ngec_in = A.read_jsonl(os.path.join(OUT, "ngec.jsonl"))
    ngec_out = A.read_jsonl(os.path.join(OUT, "ngec.out.jsonl"))
    for name, parity in (("train half (even)", 0), ("eval half (odd)", 1)):
        pairs = [(o, i) for k, (o, i) in enumerate(zip(ngec_out, ngec_in)) if k % 2 == parity]
        n, any_hit, top_hit = A.score_ngec([p[0] for p in pairs], [p[1] for p in pairs])
        tn = sum(n.values())
        print("NGEC %-18s any %.1f top %.1f (n %d)" % (
            name, 100 * sum(any_hit.values()) / tn, 100 * sum(top_hit.values()) / tn, tn))
        if "-v" in sys.argv:
            for c in sorted(n):
                print("   %-10s %4d any %.1f top %.1f" % (c, n[c], 100 * any_hit[c] / n[c], 100 * top_hit[c] / n[c]))
    gold_out = A.read_jsonl(os.path.join(OUT, "golden.out.jsonl"))
    for which in ("held-out", "wire", "dev"):
        story, _, catonly = A.score_golden(gold_out, which)
        for label, d in (("per story", story), ("category-only", catonly)):
            c = sum(v[0] for v in d.values())
            w = sum(v[1] for v in d.values())
            m = sum(v[2] for v in d.values())
            p, r = A.pr(c, w, m)
            print("golden %-9s %-14s P %.1f R %.1f F1 %.1f (right %d, wrong %d, missed %d)" % (
                which, label, 100 * p, 100 * r, 100 * f1(p, r), c, w, m))


if __name__ == "__main__":
    main()
