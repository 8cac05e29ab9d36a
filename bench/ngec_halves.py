#!/usr/bin/env python3
"""The NGEC synthetic stories and headlines split into a dev half and a check half.

    python3 bench/ngec_halves.py [--out bench/out/accuracy]

The 4,500 NGEC stories were written from 332 headline prompts, about 13 stories each, so
stories that share a prompt share their phrasing. The split is by prompt: within each
label, the distinct prompts sorted by their MD5 go alternately to `dev` and `check`, so no
prompt's stories sit on both sides. The 375 headlines are split the same way, one headline
per prompt. Read the dev half freely (`bench/ngec_misses.py --half dev`); read only the
check half's figures: they say whether a change made for the dev half's phrasing carries
over to phrasing nobody looked at.

Prints, per label and half, NGEC any / top and headlines, from the records
`bench/accuracy.sh` wrote.
"""

import argparse
import csv
import hashlib
import json
import os
from collections import Counter, defaultdict

NGEC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared",
                    "training", "ngec-synthetic")


def halves(rows, label_key, prompt_key):
    """One of "dev" / "check" for each row, by prompt (see the module's doc)."""
    prompts = defaultdict(set)
    for r in rows:
        prompts[r[label_key]].add(r[prompt_key])
    side = {}
    for label, ps in prompts.items():
        ordered = sorted(ps, key=lambda p: hashlib.md5(p.encode("utf-8")).hexdigest())
        for i, p in enumerate(ordered):
            side[(label, p)] = "dev" if i % 2 == 0 else "check"
    return [side[(r[label_key], r[prompt_key])] for r in rows]


def story_halves():
    rows = list(csv.DictReader(open(os.path.join(NGEC, "synthetic_events.csv"), encoding="utf-8")))
    return rows, halves(rows, "label", "title")


def headline_halves():
    rows = list(csv.DictReader(open(os.path.join(NGEC, "synthetic_headlines.csv"), encoding="utf-8")))
    return rows, halves(rows, "event", "title")


def read_jsonl(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/out/accuracy")
    a = ap.parse_args()
    rows, side = story_halves()
    recs = read_jsonl(os.path.join(a.out, "ngec.out.jsonl"))
    assert len(rows) == len(recs), "run bench/accuracy.sh first: outputs do not match the CSV"
    n, anyh, toph = Counter(), Counter(), Counter()
    for row, s, rec in zip(rows, side, recs):
        label = row["label"]
        cats = [e["event"] for e in rec.get("events", []) if not e.get("negated")]
        for key in ((label, s), ("ALL", s)):
            n[key] += 1
            if label in cats:
                anyh[key] += 1
            if cats:
                counts = Counter(cats)
                best = max(counts.values())
                if next(c for c in cats if counts[c] == best) == label:
                    toph[key] += 1
    hrows, hside = headline_halves()
    hrecs = read_jsonl(os.path.join(a.out, "headlines.out.jsonl"))
    hn, hh = Counter(), Counter()
    # accuracy.py drops blank headline rows; match records to rows by the id it wrote.
    by_id = {r["id"]: r for r in hrecs}
    for i, (row, s) in enumerate(zip(hrows, hside)):
        rec = by_id.get("hl-%d" % i)
        if rec is None:
            continue
        for key in ((row["event"], s), ("ALL", s)):
            hn[key] += 1
            if row["event"] in {e["event"] for e in rec.get("events", []) if not e.get("negated")}:
                hh[key] += 1
    labels = sorted({k[0] for k in n} - {"ALL"}) + ["ALL"]
    print("NGEC by half (dev: read freely; check: figures only). any / top %, headlines %")
    print("%-10s %5s %6s %6s %4s %6s | %5s %6s %6s %4s %6s" %
          ("label", "dev n", "any", "top", "hl n", "hl", "chk n", "any", "top", "hl n", "hl"))
    for lab in labels:
        cells = []
        for s in ("dev", "check"):
            k = (lab, s)
            cells.append("%5d %6.1f %6.1f %4d %6.1f" % (
                n[k], 100.0 * anyh[k] / n[k] if n[k] else 0, 100.0 * toph[k] / n[k] if n[k] else 0,
                hn[k], 100.0 * hh[k] / hn[k] if hn[k] else 0))
        print("%-10s %s | %s" % (lab, cells[0], cells[1]))


if __name__ == "__main__":
    main()
