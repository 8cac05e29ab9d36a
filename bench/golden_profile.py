#!/usr/bin/env python3
"""Golden-set figures per split, and a profile of the wrong events, in counts only.

    python3 bench/golden_profile.py [--out bench/out/accuracy/golden.out.jsonl] [--wrong SPLIT]
                                    [--rules SPLIT] [--only PREFIX]

Reads the records `bench/accuracy.sh` wrote for the hand-coded golden stories (run it first)
and prints, for each split (dev, wire, features, and the held-out waves apart: wave2, wave3):
  story P/R/F1   on (category, actor code, recipient code) per story, as golden.rs matches;
  sentence cat   expected events with an event of their category coded in their sentence
                 ("coded right" in the closing notes), of all expected events;
  pair share     among those, the share whose coded event also has the expected actor and
                 recipient codes;
  wrong          coded events with no expected event of their category in their sentence,
                 and how many of them lie in sentences where nothing at all is expected.

With `--wrong SPLIT` it also profiles that split's wrong events by category, by rule and by
whether the sentence expects anything. It prints counts and rule names only, never text, so
it can be run on the held-out waves (`--wrong wave2`, `--wrong wave3`, `--wrong held-out`)
without reading them.

With `--rules SPLIT` it prints, per rule feature, how many of that split's coded events whose
rule has the feature are right at story level (their category, actor code and recipient code
are an expected event of the story) and how many are not. A feature is one `; `-separated
part of an event's rule with its particulars stripped (`rule_features`): the pattern's part
becomes "pattern verb" or "pattern noun", quoted words become "`…`" or "\"…\"", names
(capitalised words) NAME, actor codes CODE and numbers N, so "actor: subject", "recipient from the story:
NAME (the actor's own country, ...)" or "governs the act (frame appeal `…` (frames.txt line
N) over CAMEO N)" count across events. Counts and rule wording only, never text: it can be
run on the held-out waves too.

With `--only PREFIX` it adds a row for the readable stories whose id starts with PREFIX (a
new group of stories, such as `wire-i-`, whose first run is an out-of-sample figure) and one
line per such story; `--wrong only` and `--rules only` then profile that group. Held-out
stories are never in the group.

With `--quiet SPLIT` (dev, wire, features or only: readable splits alone, never the held-out
waves) it lists that split's quiet wrong events, those in sentences where nothing is expected,
one block each: story id, the sentence, the coded category, actor and recipient codes, the
trigger and the rule, for sorting them into kinds by hand.
"""

import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402

SPLITS = ("dev", "wire", "features", "wave2", "wave3")


def split_of(path):
    s = accuracy.golden_set(path)
    if s != "held-out":
        return s
    return "wave3" if "voa-wave3" in path.split(os.sep) else "wave2"


def in_split(split, wanted):
    return wanted == split or (wanted == "held-out" and split in ("wave2", "wave3"))


def expected_tuples(golden):
    """The story's expected (category, actor code, recipient code) set; "-" for none."""
    return {(e["event"], e["actor"] or "-", e["recipient"] or "-") for e in golden["events"]}


def coded_tuple(event):
    """A coded event's (category, actor code, recipient code), as `expected_tuples`."""
    return (event["event"], accuracy.code(event["actor"]), accuracy.code(event["recipient"]))


def prf(correct, wrong, missed):
    """Precision, recall and F1 of story-level counts (0 where undefined)."""
    p = correct / (correct + wrong) if correct + wrong else 0.0
    r = correct / (correct + missed) if correct + missed else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


PATTERN_PART = re.compile(r"pattern `(verb|noun):")
BACKQUOTED = re.compile(r"`[^`]*`")
QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|(?<!\w)'[^']*'(?!\w)")
# A name: a run of capitalised words (not a word in capitals, such as CAMEO).
NAME = re.compile(r"\b[A-Z][a-z][\w'\u2019.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'\u2019.-]*)*")
NUMBER = re.compile(r"\d+")
# An actor code ("USA", "RUSGOV"): groups of three capitals.
ACTOR_CODE = re.compile(r"\b(?:[A-Z]{3})+\b")


def rule_features(rule):
    """The `; `-separated parts of an event's rule, particulars stripped (see the module
    comment); the pattern part keeps only its part of speech."""
    feats = []
    for part in (rule or "?").split("; "):
        m = PATTERN_PART.match(part)
        if m:
            feats.append("pattern " + m.group(1))
            continue
        part = BACKQUOTED.sub("`\u2026`", part)
        part = QUOTED.sub('"\u2026"', part)
        part = ACTOR_CODE.sub("CODE", NAME.sub("NAME", part))
        feats.append(NUMBER.sub("N", part).strip())
    return feats


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(accuracy.REPO, "bench", "out", "accuracy",
                                                  "golden.out.jsonl"))
    ap.add_argument("--wrong", help="profile the wrong events of this split (or held-out)")
    ap.add_argument("--rules", help="count right and wrong coded events of this split (or "
                    "held-out) by rule feature")
    ap.add_argument("--only", help="add a row, and one line per story, for the readable "
                    "stories whose id starts with this prefix (--wrong only, --rules only)")
    ap.add_argument("--quiet", choices=("dev", "wire", "features", "only"),
                    help="list the quiet wrong events of this readable split (text shown)")
    args = ap.parse_args(argv)
    quiet_list = []
    if not os.path.exists(args.out):
        sys.exit("golden_profile.py: %s is missing; run bench/accuracy.sh first" % args.out)
    by_id = {r["id"]: r for r in accuracy.read_jsonl(args.out)}

    story = collections.defaultdict(lambda: [0, 0, 0])
    cat_hit = collections.Counter()
    pair_hit = collections.Counter()
    expected_n = collections.Counter()
    wrong = collections.Counter()
    wrong_quiet = collections.Counter()
    prof_cat = collections.Counter()
    prof_rule = collections.Counter()
    # (feature, "right" | "wrong") -> coded events of the --rules split
    by_feature = collections.Counter()
    rules_events = collections.Counter()
    per_story = {}
    for kind, path in accuracy.golden_files(include_features=True):
        split = split_of(path)
        g = json.load(open(path, encoding="utf-8"))
        if args.only and split not in ("wave2", "wave3") and g["id"].startswith(args.only):
            # The group is a split of its own here; its stories stay in their split below.
            splits = (split, "only")
        else:
            splits = (split,)
        rec = by_id.get("%s:%s" % (kind, g["id"]))
        if rec is None:
            continue
        text = rec["text"]
        events = rec.get("events", [])
        expected = expected_tuples(g)
        produced = {coded_tuple(e) for e in events}
        for sp in splits:
            story[sp][0] += len(produced & expected)
            story[sp][1] += len(produced - expected)
            story[sp][2] += len(expected - produced)
        if "only" in splits:
            per_story[g["id"]] = (len(produced & expected), len(produced - expected),
                                  len(expected - produced))
        if args.rules and any(in_split(sp, args.rules) for sp in splits):
            for e in events:
                right = "right" if coded_tuple(e) in expected else "wrong"
                rules_events[right] += 1
                for feat in set(rule_features(e.get("rule"))):
                    by_feature[(feat, right)] += 1
        sents = [accuracy.sentence_text(text, e) for e in events]
        tuples = [coded_tuple(e) for e in events]
        for e in g["events"]:
            loc = e["sentence"]
            t = (e["event"], e["actor"] or "-", e["recipient"] or "-")
            same = [i for i in range(len(events)) if loc in sents[i] and events[i]["event"] == e["event"]]
            for sp in splits:
                expected_n[sp] += 1
                if same:
                    cat_hit[sp] += 1
                    if any(tuples[i] == t for i in same):
                        pair_hit[sp] += 1
        for i, ev in enumerate(events):
            locs = [x for x in g["events"] if x["sentence"] in sents[i]]
            if any(x["event"] == ev["event"] for x in locs):
                continue
            quiet = not locs
            for sp in splits:
                wrong[sp] += 1
                if quiet:
                    wrong_quiet[sp] += 1
            if quiet and args.quiet and args.quiet in splits and split not in ("wave2", "wave3"):
                quiet_list.append((g["id"], sents[i], ev))
            if args.wrong and any(in_split(sp, args.wrong) for sp in splits):
                where = "quiet" if quiet else "other-cat"
                prof_cat[(ev["event"], where)] += 1
                prof_rule[(ev.get("rule") or ev.get("pattern", {}).get("rule") or "?", where)] += 1

    print("%-9s %6s %6s %6s | %9s %6s | %6s %6s" % ("split", "P", "R", "F1", "cat-right", "pair", "wrong", "quiet"))
    rows = list(SPLITS) + ["held-out"] + (["only"] if args.only else [])
    for s in rows:
        members = [s] if s != "held-out" else ["wave2", "wave3"]
        c = sum(story[m][0] for m in members)
        w = sum(story[m][1] for m in members)
        m_ = sum(story[m][2] for m in members)
        p, r, f = prf(c, w, m_)
        ch = sum(cat_hit[m] for m in members)
        ph = sum(pair_hit[m] for m in members)
        n = sum(expected_n[m] for m in members)
        print("%-9s %6.3f %6.3f %6.3f | %4d/%-4d %6.3f | %6d %6d" % (
            args.only if s == "only" else s, p, r, f, ch, n, ph / ch if ch else 0.0,
            sum(wrong[m] for m in members), sum(wrong_quiet[m] for m in members)))
    if args.only:
        print()
        print("stories of %s: right, wrong, missed (story triples) and F1" % args.only)
        for sid in sorted(per_story):
            c, w, m_ = per_story[sid]
            print("  %-40s %3d %3d %3d  %.3f" % (sid, c, w, m_, prf(c, w, m_)[2]))
    if args.wrong:
        print()
        print("wrong events of %s by category (quiet: nothing expected in the sentence)" % args.wrong)
        # Ties by name: a set's order changes with the interpreter's hash seed.
        cats = sorted({c for c, _ in prof_cat},
                      key=lambda c: (-(prof_cat[(c, "quiet")] + prof_cat[(c, "other-cat")]), c))
        for c in cats:
            print("  %-10s quiet %3d  other-cat %3d" % (c, prof_cat[(c, "quiet")], prof_cat[(c, "other-cat")]))
        print("by rule (top 25)")
        rules = collections.Counter()
        for (r, _), n in prof_rule.items():
            rules[r] += n
        for r, n in rules.most_common(25):
            print("  %4d  quiet %3d  %s" % (n, prof_rule[(r, "quiet")], r))

    if args.quiet:
        print()
        print("quiet wrong events of %s: %d" % (args.quiet, len(quiet_list)))
        for n, (sid, sent, ev) in enumerate(quiet_list, 1):
            print("[%d] %s | %s %s -> %s | trigger %r" % (
                n, sid, ev["event"], accuracy.code(ev["actor"]), accuracy.code(ev["recipient"]),
                ev.get("trigger") or (ev.get("evidence") or {}).get("trigger")))
            print("    S: %s" % " ".join(sent.split()))
            print("    R: %s" % (ev.get("rule") or "?"))

    if args.rules:
        print()
        print("coded events of %s by rule feature: right / wrong at story level (%d right, %d wrong)"
              % (args.rules, rules_events["right"], rules_events["wrong"]))
        print("%6s %6s %6s  %s" % ("events", "right", "wrong", "feature"))
        feats = collections.Counter()
        for (f, _), n in by_feature.items():
            feats[f] += n
        for f, n in sorted(feats.items(), key=lambda kv: (-kv[1], kv[0])):
            print("%6d %6d %6d  %s" % (n, by_feature[(f, "right")], by_feature[(f, "wrong")], f))


if __name__ == "__main__":
    main(sys.argv[1:])
