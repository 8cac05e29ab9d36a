#!/usr/bin/env python3
"""What-if of a rule feature on the golden stories: story P/R/F1 per split, counts only.

    python3 bench/golden_whatif.py FEATURE [FEATURE ...] [--cat CAT,...] [--not-cat CAT,...]
                                   [--out bench/out/accuracy/golden.out.jsonl]
    python3 bench/golden_whatif.py --rank [--min N] [--sort SPLIT]

Reads the records `bench/accuracy.sh` wrote for the hand-coded golden stories (run it first)
and scores them as `bench/golden_profile.py` does (story level: the set of (category, actor
code, recipient code) per story against the expected set), for each split (dev, wire,
features, the held-out waves and held-out together), three ways:

  as coded   the records as they are;
  (a) drop   every coded event whose rule carries the feature removed;
  (b) no-rcp only the recipient of those events removed (coded with no recipient), which is
             what the story would score if the fallback that filled the recipient had not
             fired and the event had been kept (the engine's own filter may drop some
             recipientless events: this is the upper bound of keeping them).

A feature is one `; `-separated part of an event's rule with its particulars stripped
(`golden_profile.rule_features`: names NAME, actor codes CODE, numbers N, quoted words
"`…`"); FEATURE selects the features that contain it as a substring, so `"story's other
side"` selects "recipient from the story: NAME (the story's other side)". Several FEATUREs
select events carrying any of them. `--cat` keeps the what-if to events of those PLOVER
categories, `--not-cat` to the others (to ask what a narrowing by category would do). For
each split it prints the selected events (right / wrong at story level, as `--rules` of
golden_profile.py counts them), and P/R/F1 as coded and under (a) and (b).

`--rank` prints, for every feature of at least `--min` events (default 8) over all splits,
the change of story F1 under (a) and (b) for the readable splits together (dev, wire,
features) and for held-out, sorted by the held-out change under (a) (or `--sort read`).

Counts and rule wording only, never text: it can be run on the held-out waves. Use it to
check a narrowing found on the readable sets, not to find one on the held-out figures.
"""

import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402
import golden_profile  # noqa: E402

SPLITS = ("dev", "wire", "features", "wave2", "wave3")
GROUPS = {
    "dev": ("dev",),
    "wire": ("wire",),
    "features": ("features",),
    "read": ("dev", "wire", "features"),
    "held-out": ("wave2", "wave3"),
}


def load(out):
    """[(split, expected set, [(tuple, features, plover)])] for every golden story with a
    record in `out`."""
    by_id = {r["id"]: r for r in accuracy.read_jsonl(out)}
    stories = []
    for kind, path in accuracy.golden_files(include_features=True):
        split = golden_profile.split_of(path)
        g = json.load(open(path, encoding="utf-8"))
        rec = by_id.get("%s:%s" % (kind, g["id"]))
        if rec is None:
            continue
        expected = golden_profile.expected_tuples(g)
        events = [(golden_profile.coded_tuple(e),
                   frozenset(golden_profile.rule_features(e.get("rule"))), e["event"])
                  for e in rec.get("events", [])]
        stories.append((split, expected, events))
    return stories


def score(stories, selected, mode):
    """Per split [correct, wrong, missed] with the `selected(features, plover)` events
    as coded (`mode` None), dropped ("drop") or stripped of their recipient ("no-rcp")."""
    counts = collections.defaultdict(lambda: [0, 0, 0])
    for split, expected, events in stories:
        produced = set()
        for t, feats, plover in events:
            if mode is not None and selected(feats, plover):
                if mode == "drop":
                    continue
                t = (t[0], t[1], "-")
            produced.add(t)
        c = counts[split]
        c[0] += len(produced & expected)
        c[1] += len(produced - expected)
        c[2] += len(expected - produced)
    return counts


def prf(counts, group):
    c = sum(counts[s][0] for s in GROUPS.get(group, (group,)))
    w = sum(counts[s][1] for s in GROUPS.get(group, (group,)))
    m = sum(counts[s][2] for s in GROUPS.get(group, (group,)))
    return golden_profile.prf(c, w, m)


def selector(features, cats, not_cats):
    def selected(feats, plover):
        if cats and plover not in cats:
            return False
        if not_cats and plover in not_cats:
            return False
        return any(want in f for want in features for f in feats)
    return selected


def report(stories, features, cats, not_cats):
    selected = selector(features, cats, not_cats)
    matched = collections.Counter()
    right_wrong = collections.defaultdict(lambda: [0, 0])
    for split, expected, events in stories:
        for t, feats, plover in events:
            if selected(feats, plover):
                for f in feats:
                    if any(want in f for want in features):
                        matched[f] += 1
                right_wrong[split][0 if t in expected else 1] += 1
    print("features selected (events over all splits):")
    for f, n in matched.most_common():
        print("  %4d  %s" % (n, f))
    if cats or not_cats:
        print("categories: %s%s" % (",".join(sorted(cats)) or "any",
                                    (" except " + ",".join(sorted(not_cats))) if not_cats else ""))
    base = score(stories, selected, None)
    drop = score(stories, selected, "drop")
    norcp = score(stories, selected, "no-rcp")
    print()
    print("%-9s %11s | %-20s | %-20s | %-20s" % ("split", "right/wrong", "as coded P/R/F1",
                                                 "(a) drop P/R/F1", "(b) no-rcp P/R/F1"))
    for s in list(SPLITS) + ["read", "held-out"]:
        members = GROUPS.get(s, (s,))
        r = sum(right_wrong[m][0] for m in members)
        w = sum(right_wrong[m][1] for m in members)
        cells = ["%.3f %.3f %.3f" % prf(c, s) for c in (base, drop, norcp)]
        da = prf(drop, s)[2] - prf(base, s)[2]
        db = prf(norcp, s)[2] - prf(base, s)[2]
        print("%-9s %5d/%-5d | %-20s | %s %+.3f | %s %+.3f" % (
            s, r, w, cells[0], cells[1], da, cells[2], db))


def rank(stories, minimum, sort_by):
    all_feats = collections.Counter()
    for _, _, events in stories:
        for _, feats, _ in events:
            all_feats.update(feats)
    base = score(stories, lambda f, p: False, None)
    rows = []
    for feat, n in all_feats.items():
        if n < minimum:
            continue
        sel = lambda feats, plover, feat=feat: feat in feats  # noqa: E731
        drop = score(stories, sel, "drop")
        norcp = score(stories, sel, "no-rcp")
        row = [n]
        for g in ("read", "held-out"):
            row += [prf(drop, g)[2] - prf(base, g)[2], prf(norcp, g)[2] - prf(base, g)[2]]
        rows.append((row, feat))
    key = 3 if sort_by == "held-out" else 1
    rows.sort(key=lambda r: (-r[0][key], r[1]))
    print("story F1 as coded: read %.3f, held-out %.3f" % (prf(base, "read")[2],
                                                          prf(base, "held-out")[2]))
    print("%5s | %8s %8s | %8s %8s | %s" % ("n", "read(a)", "read(b)", "held(a)", "held(b)",
                                            "feature"))
    for row, feat in rows:
        print("%5d | %+8.4f %+8.4f | %+8.4f %+8.4f | %s" % (tuple(row) + (feat,)))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("features", nargs="*", help="substrings of the rule features to select")
    ap.add_argument("--out", default=os.path.join(accuracy.REPO, "bench", "out", "accuracy",
                                                  "golden.out.jsonl"))
    ap.add_argument("--cat", default="", help="only events of these PLOVER categories")
    ap.add_argument("--not-cat", default="", help="only events of other categories")
    ap.add_argument("--rank", action="store_true", help="rank every feature's what-if")
    ap.add_argument("--min", type=int, default=8, help="--rank: features of N events or more")
    ap.add_argument("--sort", choices=("held-out", "read"), default="held-out",
                    help="--rank: sort by this group's change under (a)")
    args = ap.parse_args(argv)
    if not os.path.exists(args.out):
        sys.exit("golden_whatif.py: %s is missing; run bench/accuracy.sh first" % args.out)
    stories = load(args.out)
    if args.rank:
        rank(stories, args.min, args.sort)
        return
    if not args.features:
        ap.error("name a feature (a substring of one), or use --rank")
    cats = {c for c in args.cat.split(",") if c}
    not_cats = {c for c in args.not_cat.split(",") if c}
    report(stories, args.features, cats, not_cats)


if __name__ == "__main__":
    main(sys.argv[1:])
