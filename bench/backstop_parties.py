#!/usr/bin/env python3
"""The recall backstop's events (rule `classifier:`) on the golden stories, after
bench/accuracy.sh (or a records file given with --out): per split, how many the backstop
coded, how many sit in a sentence holding an expected event of their category (category
right), and of those how many have the expected actor, recipient and both (the story-level
tuple right). Counts only: the held-out stories are never printed.

    python3 bench/backstop_parties.py [--out bench/out/accuracy/golden.out.jsonl]
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy as A  # noqa: E402


def main():
    out = "bench/out/accuracy/golden.out.jsonl"
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    by_id = {r["id"]: r for r in A.read_jsonl(out)}
    rows = {}
    for kind, path in A.golden_files(include_features=True):
        which = A.golden_set(path)
        g = json.load(open(path, encoding="utf-8"))
        rec = by_id.get("%s:%s" % (kind, g["id"]))
        if rec is None:
            continue
        text = rec["text"]
        r = rows.setdefault(which, [0, 0, 0, 0, 0, 0])
        for e in rec.get("events", []):
            if not (e.get("rule") or "").startswith("classifier:"):
                continue
            r[0] += 1
            sent = A.sentence_text(text, e)
            same = [x for x in g["events"] if x["sentence"] in sent and x["event"] == e["event"]]
            if not same:
                continue
            r[1] += 1
            a, rc = A.code(e["actor"]), A.code(e["recipient"])
            actor_ok = any((x["actor"] or "-") == a for x in same)
            rec_ok = any((x["recipient"] or "-") == rc for x in same)
            both = any((x["actor"] or "-") == a and (x["recipient"] or "-") == rc for x in same)
            r[2] += actor_ok
            r[3] += rec_ok
            r[4] += both
            # the tuple is new to the story's coding (the story-level score counts it)
            others = {(o["event"], A.code(o["actor"]), A.code(o["recipient"]))
                      for o in rec["events"] if o is not e}
            r[5] += both and (e["event"], a, rc) not in others
    for which in sorted(rows):
        n, cat, act, reci, both, new = rows[which]
        print("%-9s backstop events %3d, category right %3d, actor right %3d, recipient right %3d, both %3d (new to the story %d)"
              % (which, n, cat, act, reci, both, new))


if __name__ == "__main__":
    main()
