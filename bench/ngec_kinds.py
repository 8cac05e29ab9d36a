#!/usr/bin/env python3
"""Sort the NGEC dev half's misses by kind: convention, dropped candidate, neighbour, nothing.

    python3 bench/ngec_kinds.py [--out bench/out/accuracy] [--label CAT ...]
                                [--dropped target/debug/examples/dropped] [--min 5]

Reads the records `bench/accuracy.sh` wrote (ngec.out.jsonl) for the **dev half only**
(bench/ngec_halves.py; the check half is never read here), and prints two tables.

1. Convention splits: each CAMEO code the engine coded in at least --min dev stories, whose
   stories NGEC labels mostly with another PLOVER category than the one the engine's
   CAMEO-to-PLOVER table (crates/lexicon/data/cameo.tsv) gives the code. Such a code is
   where NGEC's labelling and the contract table disagree (curfews eased: NGEC CONCEDE, the
   table RETREAT 0813; "agreed to lift": NGEC CONCEDE, CAMEO intent AGREE 0351); a change
   of the engine cannot close it without leaving the table or the codebook. A code may
   also only co-occur with the labelled act (1723, the curfew imposed before the story's
   lifting): read a split's stories before calling it a convention.
2. For each label, its missed dev stories sorted into the first kind that fits:
   (c) the story codes a convention-split code whose NGEC majority is the label;
   (b) a candidate of the label's category was dropped (by the `dropped` example: the
       slots, a filter, or a frame that mirrors it into another act), with the main reasons;
   (d) only other categories are coded, and no candidate of the label was dropped;
   (0) nothing at all is coded.
   Kinds (b) and (0) are where a pattern or the slot stage could still gain; (c) is a
   convention; (d) is most often a story whose labelled act is not told (NGEC's stories
   are generated from a headline, and many drift from it) or told in a phrasing no
   pattern has.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ngec_halves  # noqa: E402

CAMEO_TSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "crates", "lexicon",
                         "data", "cameo.tsv")


def table_plover():
    """CAMEO code -> PLOVER category of the engine's table."""
    out = {}
    with open(CAMEO_TSV, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            out[cols[0]] = cols[2]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/out/accuracy")
    ap.add_argument("--label", nargs="*")
    ap.add_argument("--dropped", default="target/debug/examples/dropped")
    ap.add_argument("--min", type=int, default=5)
    a = ap.parse_args()
    rows, side = ngec_halves.story_halves()
    recs = ngec_halves.read_jsonl(os.path.join(a.out, "ngec.out.jsonl"))
    assert len(rows) == len(recs), "run bench/accuracy.sh first: outputs do not match the CSV"
    dev = [(i, r, rec) for i, (r, s, rec) in enumerate(zip(rows, side, recs)) if s == "dev"]
    plover = table_plover()

    # 1. Convention splits over the dev half.
    by_code = defaultdict(Counter)
    for _, r, rec in dev:
        for code in {e.get("cameo", "") for e in rec.get("events", [])}:
            by_code[code][r["label"]] += 1
    split = {}
    print("Convention splits (dev half): codes whose stories NGEC labels mostly otherwise")
    print("%-6s %-10s %-10s %5s  labels of the stories coding it" % ("cameo", "table", "NGEC", "n"))
    for code in sorted(by_code):
        c = by_code[code]
        n = sum(c.values())
        top, k = c.most_common(1)[0]
        if n >= a.min and top != plover.get(code) and k * 2 > n:
            split[code] = top
            print("%-6s %-10s %-10s %5d  %s" % (code, plover.get(code, "?"), top, n,
                                                ", ".join("%s %d" % kv for kv in c.most_common(4))))

    # 2. The misses by kind.
    labels = a.label or sorted({r["label"] for _, r, _ in dev})
    missed = [(i, r, rec) for i, r, rec in dev
              if r["label"] in labels and r["label"] not in [e["event"] for e in rec.get("events", [])]]
    drops = defaultdict(list)
    if os.path.exists(a.dropped):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            for i, r, _ in missed:
                f.write(json.dumps({"id": "ngec-%d" % i, "text": r["text"]}) + "\n")
            path = f.name
        res = subprocess.run([a.dropped, path], capture_output=True, text=True, check=True)
        os.unlink(path)
        for line in res.stdout.splitlines():
            d = json.loads(line)
            drops[d["id"]].append(d)
    else:
        print("\n(no %s: build it with `cargo build -p sitrep-core --examples`; kind (b) is empty)"
              % a.dropped)
    print("\nMissed dev stories by kind: (c) convention split, (b) dropped candidate, "
          "(d) other categories only, (0) nothing coded")
    print("%-10s %5s %5s %5s %5s %5s  main reasons of (b)" % ("label", "miss", "(c)", "(b)", "(d)", "(0)"))
    for lab in labels:
        kinds, reasons = Counter(), Counter()
        for i, r, rec in missed:
            if r["label"] != lab:
                continue
            ev = rec.get("events", [])
            codes = {e.get("cameo", "") for e in ev}
            own = [d for d in drops["ngec-%d" % i] if d.get("plover") == lab]
            if any(split.get(c) == lab for c in codes):
                kinds["c"] += 1
            elif own:
                kinds["b"] += 1
                reasons.update({"%s: %s" % (d["stage"], d["reason"][:48]) for d in own})
            elif ev:
                kinds["d"] += 1
            else:
                kinds["0"] += 1
        n = sum(kinds.values())
        print("%-10s %5d %5d %5d %5d %5d  %s" % (lab, n, kinds["c"], kinds["b"], kinds["d"], kinds["0"],
                                               "; ".join("%s %d" % kv for kv in reasons.most_common(3))))


if __name__ == "__main__":
    main()
