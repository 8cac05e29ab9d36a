#!/usr/bin/env python3
"""Where the NGEC synthetic stories' labelled categories are lost, per label and mode.

    python3 bench/ngec_misses.py [--out bench/out/accuracy] [--label CAT] [--mode MODE]
                                 [--show N] [--seed S] [--half dev|check]

Reads the inputs and records `bench/accuracy.sh` wrote (ngec.jsonl, ngec.out.jsonl) and the
CSV's modes and prompts, and counts for each label (and mode) the stories where the label was
coded, where only other categories were coded (with the three most common), and where nothing
was coded. With --show N it prints N missed stories of --label (and --mode), drawn with --seed,
with their prompt headline, text and the events coded, for reading the causes of misses.
"""

import argparse
import csv
import json
import os
import random
from collections import Counter, defaultdict

import ngec_halves

NGEC = "../shared/training/ngec-synthetic/synthetic_events.csv"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="bench/out/accuracy")
    ap.add_argument("--label")
    ap.add_argument("--mode")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--half", choices=["dev", "check"],
                    help="only the stories of one half (bench/ngec_halves.py); show only dev")
    a = ap.parse_args()
    if a.half == "check" and a.show:
        ap.error("the check half is read by its figures only: --show needs --half dev")
    rows = list(csv.DictReader(open(NGEC, encoding="utf-8")))
    recs = [json.loads(l) for l in open(os.path.join(a.out, "ngec.out.jsonl"), encoding="utf-8") if l.strip()]
    assert len(rows) == len(recs), "run bench/accuracy.sh first: outputs do not match the CSV"
    sides = ngec_halves.story_halves()[1]
    stats = defaultdict(lambda: [0, 0, 0, Counter()])
    missed = []
    for row, rec, side in zip(rows, recs, sides):
        if a.half and side != a.half:
            continue
        if a.label and row["label"] != a.label:
            continue
        if a.mode is not None and row["mode"] != a.mode:
            continue
        cats = [e["event"] for e in rec.get("events", []) if not e.get("negated")]
        key = (row["label"], row["mode"] or "-")
        s = stats[key]
        if row["label"] in cats:
            s[0] += 1
        elif cats:
            s[1] += 1
            s[3].update(set(cats))
        else:
            s[2] += 1
        if row["label"] not in cats:
            missed.append((row, rec))
    print("%-10s %-15s %5s %5s %6s %7s  other categories coded" % ("label", "mode", "n", "hit", "other", "nothing"))
    for key in sorted(stats):
        h, o, z, c = stats[key]
        print("%-10s %-15s %5d %5d %6d %7d  %s" % (key[0], key[1], h + o + z, h, o, z,
              ", ".join("%s %d" % kv for kv in c.most_common(3))))
    if a.show:
        random.Random(a.seed).shuffle(missed)
        for row, rec in missed[: a.show]:
            head = row["prompt"].split("\n")[0]
            print("\n=== %s [%s/%s] %s" % (rec["id"], row["label"], row["mode"] or "-", head))
            print(rec["text"][:900])
            text = rec["text"]
            for e in rec.get("events", []):
                s = e["sentence"]
                print("  -> %s %s %s>%s | %s" % (e["event"], e.get("cameo", ""),
                      (e.get("actor") or {}).get("code") or "-",
                      (e.get("recipient") or {}).get("code") or "-", text[s["start"]:s["end"]][:140]))


if __name__ == "__main__":
    main()
