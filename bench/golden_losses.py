"""Where golden events are lost, in counts only (never sentences).

    python3 bench/golden_losses.py [--set dev|held-out|features|wire|all] [--out bench/out/accuracy/golden.out.jsonl]
                                   [--explain target/debug/examples/explain]
                                   [--dropped target/debug/examples/dropped] [--category CAT]

Reads the records `bench/accuracy.sh` wrote for the hand-coded golden stories and sorts every
expected event into one of three outcomes by category:
  hit        an event of the expected category was coded in its sentence;
  other-cat  only events of other categories were coded there;
  nothing    no event at all was coded there.
For each miss it then asks the lexicon alone (the `explain` example of sitrep-lexicon, a flat
token match with no syntax, no actors and no frames) whether a pattern of the expected category
fires on the whole sentence. A miss whose pattern fires was lost downstream of the lexicon
(actor or recipient resolution, the analysis gate, a filter, a frame); a miss with no pattern is
a vocabulary gap.

With `--dropped` (the `dropped` example of sitrep-core), each miss with nothing coded in its
sentence is also counted by the stages and reasons the engine gives for the candidates of the
expected category it dropped in that sentence (a miss counts once per distinct stage and reason;
"no candidate" when the engine dropped none of that category there). A pattern the lexicon
finds over the whole sentence that the coder never tried is reported by the engine too, at the
stage `untried`, with the reason: the gate left the sentence unanalysed (a heading, no party,
the pattern's words beyond the gate's 16-word region), the pattern's words cross the clause
bound, or another pattern of its head was tried first. "none dropped; the lexicon alone fires"
is then left to misses the engine's own tokens and sentences do not explain (a golden fragment
spanning two sentences, the flat match's cruder tokens). A trigger dropped for its
part of speech whose other reading (the same word, the tagged part's pattern) was tried too is
counted apart, "(its other reading was tried)": its tag is usually right (session 20 read every
such readable miss), and the miss is the other reading's reason.

The held-out stories (`voa-wave2/`, and the wave-3 test set `voa-wave3/`) are the project's check on generalisation: this script prints
only aggregate counts for them, so it can be run on them without reading them. The feature
passages (`features-blind/`, written for issue #9's precision work) are a set of their own; the
dev set is every other golden story.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import accuracy  # noqa: E402

def wanted(path, which):
    return which == "all" or accuracy.golden_set(path) == which


# A sentence ends at its final stop, with the closing quotation mark a quoted sentence
# ends with (`." `, `.” `), or at a line break. Without the quotation marks, the sentence
# around a fragment ran on into the next one whenever a quotation closed it, and the flat
# lexicon match then fired on the next sentence's words (session 21: most of the misses
# counted as "the lexicon alone fires" on the dev, wire and feature sets were such).
SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s|\n")


def whole_sentence(text, fragment):
    """The sentence of `text` around a golden fragment (the golden files quote a part)."""
    i = text.find(fragment)
    start = 0
    for m in SENTENCE_END.finditer(text, 0, max(i, 0)):
        start = m.end()
    m = SENTENCE_END.search(text, i + len(fragment))
    end = len(text) if m is None else m.start() + 1
    return text[start:end].replace("\n", " ").strip()


def plover_of_codes():
    table = {}
    path = os.path.join(os.path.dirname(__file__), "..", "crates", "lexicon", "data", "cameo.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3:
            table[cols[0]] = cols[2]
    return table


def lexicon_categories(explain, sentences):
    """For each sentence, the PLOVER categories of the lexicon patterns that fire on it."""
    if not sentences:
        return []
    run = subprocess.run([explain], input="\n".join(sentences) + "\n",
                         capture_output=True, text=True, check=True)
    plover = plover_of_codes()
    blocks = []
    for line in run.stdout.split("\n"):
        m = re.match(r"  \[(\d+)\]", line)
        if m:
            blocks[-1].add(plover.get(m.group(1), "?"))
        elif line:
            blocks.append(set())
    if len(blocks) != len(sentences):
        sys.exit("golden_losses.py: the explain example answered %d of %d sentences"
                 % (len(blocks), len(sentences)))
    return blocks


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=["dev", "held-out", "features", "wire", "all"], default="dev")
    ap.add_argument("--out", default="bench/out/accuracy/golden.out.jsonl")
    ap.add_argument("--explain", default="target/debug/examples/explain")
    ap.add_argument("--dropped", help="the sitrep-core `dropped` example: count where the "
                    "candidates of each miss with nothing coded were dropped")
    ap.add_argument("--category", help="count the dropped candidates of this PLOVER "
                    "category's misses only (e.g. ACCUSE)")
    args = ap.parse_args(argv)
    if not os.path.exists(args.out):
        sys.exit("golden_losses.py: %s is missing: run bench/accuracy.sh first" % args.out)
    if not os.path.exists(args.explain):
        sys.exit("golden_losses.py: %s is missing: cargo build -p sitrep-lexicon --example explain"
                 % args.explain)
    records = {r["id"]: r for r in accuracy.read_jsonl(args.out)}
    outcome = collections.Counter()
    misses = []
    # (record id, character offset of the golden fragment, category, index in `misses`) of
    # each miss with nothing coded in its sentence.
    nothing = []
    for kind, path in accuracy.golden_files():
        if not wanted(path, args.set):
            continue
        gold = json.load(open(path, encoding="utf-8"))
        rec = records["%s:%s" % (kind, gold["id"])]
        text, events = rec["text"], rec.get("events", [])
        sentences = [accuracy.sentence_text(text, e) for e in events]
        for e in gold["events"]:
            coded = {events[i]["event"] for i in range(len(events)) if e["sentence"] in sentences[i]}
            how = "hit" if e["event"] in coded else "other-cat" if coded else "nothing"
            outcome[(e["event"], how)] += 1
            if how != "hit":
                misses.append((e["event"], how, whole_sentence(text, e["sentence"])))
                if how == "nothing" and args.category in (None, e["event"]):
                    nothing.append((rec["id"], text.find(e["sentence"]), e["event"],
                                    len(misses) - 1))
    fired = lexicon_categories(args.explain, [m[2] for m in misses])
    lost = collections.Counter()
    for (cat, how, _), cats in zip(misses, fired):
        why = "pattern fires" if cat in cats else "other pattern" if cats else "no pattern"
        lost[(cat, how, why)] += 1
        lost[("ALL", how, why)] += 1
    cols = [("nothing", "pattern fires"), ("nothing", "other pattern"), ("nothing", "no pattern"),
            ("other-cat", "pattern fires"), ("other-cat", "other pattern"), ("other-cat", "no pattern")]
    print("golden %s: expected events by outcome; misses by what the lexicon alone finds" % args.set)
    print("(pattern: a pattern of the expected category fires; other: only other categories' do;")
    print(" no: no pattern fires)")
    print("%-10s %5s %5s | %s" % ("category", "n", "hit",
                                  " ".join("%-13s" % ("%s:%s" % (a, b.split()[0])) for a, b in cols)))
    cats = sorted({c for c, _ in outcome})
    for cat in cats + ["ALL"]:
        n = sum(v for (c, _), v in outcome.items() if c == cat or cat == "ALL")
        hit = sum(v for (c, h), v in outcome.items() if h == "hit" and (c == cat or cat == "ALL"))
        print("%-10s %5d %5d | %s" % (cat, n, hit, " ".join("%-13d" % lost[(cat, a, b)] for a, b in cols)))
    if args.dropped:
        fires = [m[0] in cats for m, cats in zip(misses, fired)]
        dropped_table(args, [(i, at, cat, fires[k]) for i, at, cat, k in nothing])
    return 0


POS_REASON = "trigger tagged as another part of speech"


def dropped_table(args, nothing):
    """Counts, for the misses with nothing coded, the stages and reasons of the dropped
    candidates of the expected category in the miss's sentence."""
    # The documents as `bench/accuracy.sh` gave them to the coder (golden.jsonl beside its
    # records), so the offsets are those of the records.
    ids = {i for i, _, _, _ in nothing}
    inputs = args.out.replace(".out.jsonl", ".jsonl")
    tmp = os.path.join(os.path.dirname(os.path.abspath(args.out)), "golden-losses-docs.jsonl")
    with open(tmp, "w", encoding="utf-8") as f:
        for line in open(inputs, encoding="utf-8"):
            if line.strip() and json.loads(line)["id"] in ids:
                f.write(line)
    run = subprocess.run([args.dropped, tmp], capture_output=True, text=True, check=True)
    by_doc = collections.defaultdict(list)
    for line in run.stdout.splitlines():
        d = json.loads(line)
        by_doc[d["id"]].append(d)
    counts = collections.Counter()
    for doc_id, at, cat, fires in nothing:
        here = [d for d in by_doc[doc_id]
                if d["plover"] == cat and d["sentence_start"] <= at < d["sentence_end"]]
        # A word with patterns of both parts of speech ("strikes", "talks") drops the
        # reading of the part the tagger did not give it whatever the tag: the miss is then
        # the other reading's, which was tried and dropped for its own reason (counted on
        # its own line). Only a trigger with no other reading tried is charged to the tag.
        other_reading = {(d["sentence_start"], d["trigger"]) for d in here
                         if d["reason"] != POS_REASON}
        reasons = {(d["stage"], d["reason"] if d["reason"] != POS_REASON
                    or (d["sentence_start"], d["trigger"]) not in other_reading
                    else POS_REASON + " (its other reading was tried)")
                   for d in here}
        # With none dropped, a pattern the flat lexicon match finds was never tried by the
        # coder: the gate left the sentence unanalysed, or the pattern spans a clause end.
        none = ("-", "none dropped; the lexicon alone fires (gate, clause bounds)" if fires
                else "none dropped; no pattern of the category fires")
        for r in reasons or {none}:
            counts[r] += 1
    print()
    print("golden %s: %d %smisses with nothing coded, by the stage and reason of the dropped"
          % (args.set, len(nothing), args.category + " " if args.category else ""))
    print("candidates of the expected category in their sentence (a miss counts once per reason)")
    for (stage, reason), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%5d  %-20s %s" % (n, stage, reason))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
