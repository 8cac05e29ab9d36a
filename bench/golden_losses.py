"""Where golden events are lost, in counts only (never sentences).

    python3 bench/golden_losses.py [--set dev|held-out|features|wire|all] [--out bench/out/accuracy/golden.out.jsonl]
                                   [--explain target/debug/examples/explain]
                                   [--dropped target/debug/examples/dropped] [--category CAT]

Reads the records `bench/accuracy.sh` wrote for the hand-coded golden stories and sorts every
expected event into one of three outcomes by category:
  hit        an event of the expected category was coded in its sentence;
  other-cat  only events of other categories were coded there;
  nothing    no event at all was coded there.
For each miss it then asks the lexicon and the frames alone (the `explain` example of
sitrep-lexicon, a flat token match with no syntax and no actors) what fires on the whole
sentence: a pattern of the expected category ("pattern"); no such pattern, but a frame cue that
could code the category ("frame": a `[wrongdoing]` predicate after a speech verb, "said X had
harassed ..." an accusation; a cue with a generic event, "urged Y to"; a cue whose mirror
rewrites the pattern right after it, "threatened to | impose sanctions"); only other
categories' patterns or cues ("other"); or nothing ("no"). A miss of the first two kinds was
lost downstream of the lexicon (actor or recipient resolution, the analysis gate, a filter, the
coder's frames); only the last two are vocabulary gaps. Before session 22 the frames were not
asked, and every miss a frame could code was counted as a gap.

With `--dropped` (the `dropped` example of sitrep-core), each miss with nothing coded in its
sentence is also counted by the stages and reasons the engine gives for the candidates of the
expected category it dropped in that sentence (a miss counts once per distinct stage and reason;
"no candidate" when the engine dropped none of that category there). A pattern the lexicon
finds over the whole sentence that the coder never tried is reported by the engine too, at the
stage `untried`, with the reason: the gate left the sentence unanalysed (a heading, no party,
the pattern's words beyond the gate's 16-word region), the pattern's words cross the clause
bound, or another pattern of its head was tried first. "none dropped; the lexicon alone fires"
is then left to misses the engine's own tokens and sentences do not explain (a golden fragment
spanning two sentences, the flat match's cruder tokens); "none dropped; only a frame cue of
the category fires" to misses a frame could code that the coder's frames did not take (a
predicate of wrongdoing needs the accused as its subject and a reporting verb over it).

A trigger dropped for its part of speech whose other reading (the same word, the tagged part's
pattern) was tried too is counted apart, "(its other reading was tried)": its tag is usually
right (session 20 read every such readable miss), and the miss is the other reading's reason.
The other drops for the part of speech are split by what the lexicon has for the word under its
tagged part (the other part than the dropped pattern's, from `explain --forms`): "tagged
reading has no pattern of the category" when no pattern of the category headed by the word
fits the sentence under that part ("a convoy of trucks carrying food": the verb pattern "truck
... food" on the noun "trucks"; "(one exists, none fits the sentence)" when the lexicon has
such a pattern whose other words are missing, "aid trucks"); a vocabulary gap when the tag is
right, as it was in every readable case of session 22. "tag looks wrong" when one does fit and
still was not tried: the tagger gave the word a third part (an adjective, a name).
Every drop for the part of speech is then counted by the shape of the mistag the engine gives
(`Dropped::shape` and `Dropped::position`, session 25: the part the pattern wanted and the tag
given, "a verb read as a singular noun (NN)"; the word before, "after a determiner or
possessive", "after a name", "after a number", "inside a coordination"; the word after; the
kind of line), with the reasons its other reading, where tried, was dropped for: no word of
text, so the held-out stories can be profiled too.

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


class Flat:
    """What the flat check (the `explain` example) finds in one sentence."""

    def __init__(self):
        self.patterns = set()   # PLOVER categories of the event patterns that fire
        self.frames = set()     # PLOVER categories frame cues could code
        self.heads = set()      # (PLOVER category, "verb"|"noun", head word) of each pattern


def lexicon_categories(explain, sentences):
    """For each sentence, what the lexicon's patterns and the frames' cues find in it
    (`Flat`): a flat token match, no syntax and no parties."""
    if not sentences:
        return []
    run = subprocess.run([explain], input="\n".join(sentences) + "\n",
                         capture_output=True, text=True, check=True)
    plover = plover_of_codes()
    blocks = []
    for line in run.stdout.split("\n"):
        m = re.match(r"  \[(\d+)\].* head +\d+ (\S+) .*\(line \d+: (verb|noun):", line)
        f = re.match(r"  frame \[(\d+)\]", line)
        if m:
            cat = plover.get(m.group(1), "?")
            blocks[-1].patterns.add(cat)
            blocks[-1].heads.add((cat, m.group(3), m.group(2)))
        elif f:
            blocks[-1].frames.add(plover.get(f.group(1), "?"))
        elif line:
            blocks.append(Flat())
    if len(blocks) != len(sentences):
        sys.exit("golden_losses.py: the explain example answered %d of %d sentences"
                 % (len(blocks), len(sentences)))
    return blocks


def head_pos(explain, words):
    """For each trigger word, the (CAMEO code, "verb"|"noun", events.txt line, pattern
    source) of every pattern headed by that form (the `explain --forms` example)."""
    words = sorted(set(words))
    if not words:
        return {}
    run = subprocess.run([explain, "--forms"], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True)
    out, word = {}, None
    for line in run.stdout.split("\n"):
        m = re.match(r"  \[(\d+)\] (verb|noun) \(line (\d+): (.*)\)$", line)
        if m:
            out[word].append(m.groups())
        elif line:
            word = line
            out[word] = []
    return out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=["dev", "held-out", "features", "wire", "all"], default="dev")
    ap.add_argument("--out", default="bench/out/accuracy/golden.out.jsonl")
    ap.add_argument("--explain", default="target/debug/examples/explain")
    ap.add_argument("--dropped", help="the sitrep-core `dropped` example: count where the "
                    "candidates of each miss with nothing coded were dropped")
    ap.add_argument("--category", help="count the dropped candidates of this PLOVER "
                    "category's misses only (e.g. ACCUSE)")
    ap.add_argument("--only", help="of the set, the stories whose id starts with this prefix "
                    "only (a new group's first run, e.g. --set wire --only wire-i-)")
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
        if args.only and not gold["id"].startswith(args.only):
            continue
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
    for (cat, how, _), flat in zip(misses, fired):
        why = flat_reason(cat, flat)
        lost[(cat, how, why)] += 1
        lost[("ALL", how, why)] += 1
    whys = ["pattern", "frame", "other", "no"]
    cols = [(how, why) for how in ("nothing", "other-cat") for why in whys]
    print("golden %s%s: expected events by outcome; misses by what the lexicon alone finds"
          % (args.set, " (%s*)" % args.only if args.only else ""))
    print("(pattern: a pattern of the expected category fires; frame: none does, but a frame cue")
    print(" could code the category; other: only other categories' patterns or cues fire;")
    print(" no: nothing fires)")
    print("%-10s %5s %5s | %s" % ("category", "n", "hit",
                                  " ".join("%-11s" % ("%s:%s" % (a.replace("other-cat", "oth"), b))
                                           for a, b in cols)))
    cats = sorted({c for c, _ in outcome})
    for cat in cats + ["ALL"]:
        n = sum(v for (c, _), v in outcome.items() if c == cat or cat == "ALL")
        hit = sum(v for (c, h), v in outcome.items() if h == "hit" and (c == cat or cat == "ALL"))
        print("%-10s %5d %5d | %s" % (cat, n, hit, " ".join("%-11d" % lost[(cat, a, b)] for a, b in cols)))
    confused = collections.Counter()
    for (cat, how, _), flat in zip(misses, fired):
        if flat_reason(cat, flat) == "other":
            for other in sorted(set(flat.patterns) | set(flat.frames)):
                confused[(cat, how, other)] += 1
    if confused:
        print()
        print("golden %s: the misses where only other categories fire, by the categories that"
              " fire (a miss counts once per category)" % args.set)
        for (cat, how, other), n in sorted(confused.items(), key=lambda kv: (kv[0][0], -kv[1])):
            print("  %-10s %-9s %-10s %3d" % (cat, how.replace("other-cat", "oth"), other, n))
    if args.dropped:
        dropped_table(args, [(i, at, cat, fired[k]) for i, at, cat, k in nothing])
    return 0


def flat_reason(cat, flat):
    """The flat check's answer for a miss of category `cat`: a pattern of the category fires,
    only a frame cue of it does ("said X had harassed ..." is an accusation by a
    `[wrongdoing]` predicate, "threatened to | impose sanctions" a threat by a frame's
    mirror, "urged Y to" an appeal by a generic cue), only other categories' patterns or cues
    fire, or nothing does (a vocabulary gap)."""
    if cat in flat.patterns:
        return "pattern"
    if cat in flat.frames:
        return "frame"
    return "other" if flat.patterns or flat.frames else "no"


POS_REASON = "trigger tagged as another part of speech"


def pos_reason(d, cat, flat, forms, plover):
    """Splits a drop for the trigger's part of speech with no other reading tried. The
    dropped pattern's part of speech comes from its events.txt line; the tag is the other
    one (a verb pattern's trigger was tagged a noun or another part, a noun pattern's a
    verb or another). When no pattern of the category headed by the trigger fits the
    sentence under the tagged part ("a convoy of trucks carrying food": the verb pattern
    "truck ... food" fires on the noun "trucks", and no noun pattern of the category takes
    "trucks" without "aid" before it), the tagged reading simply has no pattern: a
    vocabulary gap if the tag is right, which is what a tag usually is. When one does fit
    the sentence flatly and still was not tried, the tagger gave the word a third part
    (an adjective, a name): the tag looks wrong."""
    m = re.match(r"events\.txt line (\d+)$", d["source"])
    pos = {p for code, p, line, _ in forms if m and line == m.group(1) and code == d["cameo"]}
    if len(pos) != 1:
        return POS_REASON + " (pattern not found)"
    tagged = "noun" if pos == {"verb"} else "verb"
    if (cat, tagged, d["trigger"].lower()) in flat.heads:
        return POS_REASON + ": tag looks wrong (a pattern of its tagged part fits, untried)"
    if any(plover.get(code) == cat and p == tagged for code, p, _, _ in forms):
        return (POS_REASON + ": tagged reading has no pattern of the category "
                "(one exists, none fits the sentence)")
    return POS_REASON + ": tagged reading has no pattern of the category"


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
    # The patterns each dropped trigger heads, by part of speech, to tell the tagged reading.
    forms = head_pos(args.explain, [d["trigger"].lower() for ds in by_doc.values() for d in ds
                                    if d["reason"] == POS_REASON])
    plover = plover_of_codes()
    counts = collections.Counter()
    # The shapes of the doer phrases that named no party (the `shape` the engine gives a
    # candidate dropped for its subject or agent), by the drop reason's first clause.
    shapes = collections.Counter()
    # The mistags of the triggers dropped for their part of speech: (split reason, the part
    # wanted and the tag given, (the word before, the word after, the kind of line)).
    mistag_counts = collections.Counter()
    mistags = []
    other_reasons = collections.Counter()
    others = set()
    for doc_id, at, cat, flat in nothing:
        here = [d for d in by_doc[doc_id]
                if d["plover"] == cat and d["sentence_start"] <= at < d["sentence_end"]]
        # A word with patterns of both parts of speech ("strikes", "talks") drops the
        # reading of the part the tagger did not give it whatever the tag: the miss is then
        # the other reading's, which was tried and dropped for its own reason (counted on
        # its own line). Only a trigger with no other reading tried is charged to the tag.
        other_reading = {(d["sentence_start"], d["trigger"]) for d in here
                         if d["reason"] != POS_REASON}
        reasons = set()
        for shape in {(d["reason"].split(";")[0], d["shape"]) for d in here
                      if d.get("shape") and not d.get("position")}:
            shapes[shape] += 1
        for d in here:
            reason = d["reason"]
            if reason == POS_REASON:
                if (d["sentence_start"], d["trigger"]) in other_reading:
                    reason += " (its other reading was tried)"
                else:
                    reason = pos_reason(d, cat, flat, forms.get(d["trigger"].lower(), []), plover)
                if d.get("position"):
                    mistags.append((reason, d["shape"], tuple(d["position"])))
                    # The reasons its other reading (tried, of the category) was dropped for.
                    for o in here:
                        if (o["sentence_start"], o["trigger"]) == (d["sentence_start"], d["trigger"]) \
                                and o["reason"] != POS_REASON:
                            others.add((d["shape"], o["reason"]))
            reasons.add((d["stage"], reason))
        # A miss counts once per mistag shape and position.
        for m in set(mistags):
            mistag_counts[m] += 1
        mistags.clear()
        for o in others:
            other_reasons[o] += 1
        others.clear()
        # With none dropped, a pattern the flat lexicon match finds was never tried by the
        # coder: the gate left the sentence unanalysed, or the pattern spans a clause end.
        # A frame cue of the category that the flat check finds is no vocabulary gap either:
        # the coder's frames (a predicate of wrongdoing needs its reporting verb and the
        # accused as its subject, a cue the act it governs) did not take it.
        why = flat_reason(cat, flat)
        none = ("-", "none dropped; the lexicon alone fires (gate, clause bounds)" if why == "pattern"
                else "none dropped; only a frame cue of the category fires" if why == "frame"
                else "none dropped; no pattern or frame cue of the category fires")
        for r in reasons or {none}:
            counts[r] += 1
    print()
    print("golden %s: %d %smisses with nothing coded, by the stage and reason of the dropped"
          % (args.set, len(nothing), args.category + " " if args.category else ""))
    print("candidates of the expected category in their sentence (a miss counts once per reason)")
    for (stage, reason), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%5d  %-20s %s" % (n, stage, reason))
    if shapes:
        print()
        print("golden %s: the doer phrases that named no party in those misses, by the drop "
              "reason and the phrase's shape (a miss counts once per reason and shape)" % args.set)
        for (reason, shape), n in sorted(shapes.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
            print("%5d  %-50s %s" % (n, reason, shape))
    if mistag_counts:
        print()
        print("golden %s: the triggers dropped for their part of speech in those misses, by the "
              "mistag and where the word stands (a miss counts once per shape and position)"
              % args.set)
        for title, key in (("reason and mistag", lambda m: (m[0], m[1])),
                           ("mistag and the word before", lambda m: (m[1], m[2][0])),
                           ("mistag and the word after", lambda m: (m[1], m[2][1])),
                           ("kind of line", lambda m: (m[2][2],))):
            by = collections.Counter()
            for m, n in mistag_counts.items():
                by[key(m)] += n
            print("  by %s:" % title)
            for k, n in sorted(by.items(), key=lambda kv: (-kv[1], kv[0])):
                print("%5d    %s" % (n, " | ".join(k)))
        if other_reasons:
            print("  by mistag and the reason its other reading (tried) was dropped for:")
            for k, n in sorted(other_reasons.items(), key=lambda kv: (-kv[1], kv[0])):
                print("%5d    %s" % (n, " | ".join(k)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
