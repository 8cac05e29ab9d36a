#!/usr/bin/env python3
"""Coding accuracy of sitrep on the dev sets (issue #9, part 4). Driven by bench/accuracy.sh.

    accuracy.py prepare OUT            write the inputs (JSON Lines) under OUT
    accuracy.py score OUT [--last TSV] [--update]
                                       score sitrep's records OUT/*.out.jsonl, print the table
                                       with the previous run beside it, optionally save this run

Dev sets (all read from ../shared and the repository, nothing downloaded):
  ngec       ../shared/training/ngec-synthetic/synthetic_events.csv: 4,500 synthetic stories,
             one labelled PLOVER category each. "any": the label is coded somewhere in the
             story; "top": it is the story's most frequent category (ties: the category of the
             earliest event among the tied ones, so a tie is never counted twice). Only
             events not negated count, here and for the headlines ("Russia Will Not Attack
             Ukraine" codes no ASSAULT; session 26, before it every event counted).
  headlines  synthetic_headlines.csv: 375 headlines with {country_1}-style slots filled with
             real names, deterministically (row number picks from fixed lists, slots in one
             headline distinct). A headline is given as a one-sentence document ending with a
             full stop: sitrep does not code headings, and the question here is whether the
             engine reads the headline's wording. Score: the label is coded.
  golden     the hand-coded stories (crates/core/tests/golden/, examples/articles/): event
             precision / recall on (category, actor code, recipient code) per story, as
             crates/core/tests/golden.rs matches them; per sentence (the produced event lies
             in the sentence holding the expected one's locator); and category only per
             sentence (an event of the expected category in that sentence, parties ignored).
  voa        the whole VOA corpus: events whose actor has no country code, and events with
             no actor at all.
  manual     crates/core/tests/manual_style/sentences.txt: short CAMEO-manual-style and wire
             sentences for the families 02-13 and 08, coded by hand before the engine ran
             (crates/core/tests/manual_style.rs scores parties and codes too). Score: the
             expected category is coded in the sentence (recall); "manual P": the share of
             coded events whose category is the expected one (NONE lines included).

The previous run's figures are kept in bench/accuracy-last.tsv (measure, category, value).
"""
import csv
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, ".."))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
NGEC = os.path.join(SHARED, "training", "ngec-synthetic")
VOA = os.path.join(SHARED, "corpora", "voa", "voa_stories.jsonl")
SEED = os.path.join(SHARED, "corpora", "seed", "kim-shoigu-pyongyang.jsonl")
GOLDEN = os.path.join(REPO, "crates", "core", "tests", "golden")
MANUAL = os.path.join(REPO, "crates", "core", "tests", "manual_style", "sentences.txt")
EXAMPLES = os.path.join(REPO, "examples")

CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
              "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
              "COERCE", "ASSAULT"]

# Slot fillers for the headlines: real names from every region, all in sitrep's dictionary.
COUNTRIES = ["Kenya", "Peru", "Vietnam", "Poland", "Nigeria", "Pakistan", "Brazil", "Egypt",
             "Indonesia", "Ukraine", "Mexico", "Ethiopia", "Turkey", "Colombia", "Iran",
             "Japan", "Sudan", "Germany", "India", "Algeria", "Chile", "Myanmar", "Serbia",
             "Somalia", "Venezuela", "Thailand", "Morocco", "Georgia", "Mali", "Argentina",
             "Iraq", "Bangladesh", "Russia", "China", "France", "Ghana", "Israel", "Syria"]
CITIES = ["Nairobi", "Lima", "Hanoi", "Warsaw", "Lagos", "Karachi", "Cairo", "Jakarta",
          "Kyiv", "Bogota", "Tehran", "Khartoum", "Baghdad", "Dhaka", "Caracas", "Bamako",
          "Mogadishu", "Istanbul", "Manila", "Kabul"]


def fill_headline(title, row):
    """Fill the slots of one headline: row-dependent, distinct within the headline."""
    out = title
    used = set()
    for k in (1, 2, 3):
        slot = "{country_%d}" % k
        if slot in out:
            i = (row * 7 + k * 11) % len(COUNTRIES)
            while COUNTRIES[i] in used:
                i = (i + 1) % len(COUNTRIES)
            used.add(COUNTRIES[i])
            out = out.replace(slot, COUNTRIES[i])
    if "{city}" in out:
        out = out.replace("{city}", CITIES[(row * 5 + 3) % len(CITIES)])
    return out


# Feature-style passages written for issue #9's precision work (`<name>.txt` beside
# `<name>.json`): scored as their own set, never merged into the golden table above.
FEATURES = "features-blind"
# Original wire stories written and hand-coded before the engine ran on them (session 14): the
# story-level blind set, scored as its own split ("wire"). Text beside coding, as the features.
WIRE = "wire-blind"
PASSAGE_DIRS = (FEATURES, WIRE)
# The held-out VOA waves: only their aggregates are ever printed.
HELD_OUT = ("voa-wave2", "voa-wave3")


def golden_set(path):
    """Which split a golden file belongs to: "features", "wire", "held-out" or "dev"."""
    parts = path.split(os.sep)
    if FEATURES in parts:
        return "features"
    if WIRE in parts:
        return "wire"
    if any(d in parts for d in HELD_OUT):
        return "held-out"
    return "dev"


def golden_files(include_features=True):
    """(kind, path) of every hand-coded story, in a fixed order."""
    files = []
    for root, _, names in os.walk(GOLDEN):
        for n in sorted(names):
            if not n.endswith(".json"):
                continue
            if os.path.basename(root) in PASSAGE_DIRS:
                if include_features:
                    files.append(("feature", os.path.join(root, n)))
                continue
            files.append(("seed" if n == "seed.json" else "voa", os.path.join(root, n)))
    exdir = os.path.join(EXAMPLES, "articles")
    for n in sorted(os.listdir(exdir)):
        if n.endswith(".expected.json"):
            files.append(("example", os.path.join(exdir, n)))
    return sorted(files, key=lambda x: x[1])


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def prepare(out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(NGEC, "synthetic_events.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    write_jsonl(os.path.join(out, "ngec.jsonl"),
                [{"id": "ngec-%d" % i, "text": r["text"], "label": r["label"]}
                 for i, r in enumerate(rows)])
    with open(os.path.join(NGEC, "synthetic_headlines.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    docs = []
    for i, r in enumerate(rows):
        text = fill_headline(r["title"].strip(), i)
        if not text.endswith((".", "?", "!")):
            text += "."
        docs.append({"id": "hl-%d" % i, "text": text, "label": r["event"]})
    write_jsonl(os.path.join(out, "headlines.jsonl"), docs)
    voa = {d["id"]: d for d in read_jsonl(VOA)}
    examples = {d["id"]: d for d in read_jsonl(os.path.join(EXAMPLES, "articles.jsonl"))}
    seed = read_jsonl(SEED)[0]
    docs = []
    for kind, path in golden_files():
        g = json.load(open(path, encoding="utf-8"))
        if kind == "feature":
            with open(path[: -len(".json")] + ".txt", encoding="utf-8") as f:
                src = {"text": f.read(), "title": g.get("title"), "published": g["published"]}
        else:
            src = {"seed": lambda _: seed, "voa": voa.get, "example": examples.get}[kind](g["id"])
        doc = {k: src[k] for k in ("text", "title", "published") if src.get(k)}
        doc["id"] = "%s:%s" % (kind, g["id"])
        docs.append(doc)
    write_jsonl(os.path.join(out, "golden.jsonl"), docs)
    write_jsonl(os.path.join(out, "voa.jsonl"), read_jsonl(VOA))
    docs = []
    for i, line in enumerate(open(MANUAL, encoding="utf-8")):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, text = line.split(" | ", 1)
        docs.append({"id": "manual-%d" % (i + 1), "text": text, "published": "2026-03-02",
                     "label": head.split()[0]})
    write_jsonl(os.path.join(out, "manual.jsonl"), docs)


def code(p):
    return (p or {}).get("code") or "-"


def asserted_categories(rec):
    """The categories of a record's events that are not negated, in order: "Russia Will
    Not Attack Ukraine" codes no attack, so a negated ASSAULT is no hit of an ASSAULT label
    (NGEC and headlines; session 26 counted only these, before it every event counted)."""
    return [e["event"] for e in rec.get("events", []) if not e.get("negated")]


def score_ngec(records, inputs):
    any_hit, top_hit, n = Counter(), Counter(), Counter()
    for rec, doc in zip(records, inputs):
        label = doc["label"]
        n[label] += 1
        cats = asserted_categories(rec)
        if label in cats:
            any_hit[label] += 1
        if cats:
            counts = Counter(cats)
            best = max(counts.values())
            top = next(c for c in cats if counts[c] == best)
            if top == label:
                top_hit[label] += 1
    return n, any_hit, top_hit


def score_headlines(records, inputs):
    hit, n = Counter(), Counter()
    for rec, doc in zip(records, inputs):
        n[doc["label"]] += 1
        if doc["label"] in asserted_categories(rec):
            hit[doc["label"]] += 1
    return n, hit


def sentence_text(text, ev):
    s = ev["sentence"]
    return text[s["start"]:s["end"]]


def score_golden(records, which=None):
    """Per category: story-level (correct, wrong, missed), per-sentence and category-only.
    `which`: only the files of that split (see golden_set); None: every file but the
    feature passages, as the table has always been scored."""
    story = defaultdict(lambda: [0, 0, 0])
    sent = defaultdict(lambda: [0, 0, 0])
    catonly = defaultdict(lambda: [0, 0, 0])
    by_id = {r["id"]: r for r in records}
    for kind, path in golden_files(include_features=which is not None):
        if which is not None and golden_set(path) != which:
            continue
        g = json.load(open(path, encoding="utf-8"))
        rec = by_id["%s:%s" % (kind, g["id"])]
        text = rec["text"]
        events = rec.get("events", [])
        expected = {(e["event"], e["actor"] or "-", e["recipient"] or "-") for e in g["events"]}
        produced = {(e["event"], code(e["actor"]), code(e["recipient"])) for e in events}
        for t in produced & expected:
            story[t[0]][0] += 1
        for t in produced - expected:
            story[t[0]][1] += 1
        for t in expected - produced:
            story[t[0]][2] += 1
        sents = [sentence_text(text, e) for e in events]
        tuples = [(e["event"], code(e["actor"]), code(e["recipient"])) for e in events]
        used = set()
        cat_used = set()
        for e in g["events"]:
            t = (e["event"], e["actor"] or "-", e["recipient"] or "-")
            loc = e["sentence"]
            hit = next((i for i in range(len(events)) if loc in sents[i] and tuples[i] == t), None)
            if hit is None:
                sent[t[0]][2] += 1
            else:
                sent[t[0]][0] += 1
                used.add(hit)
            chit = [i for i in range(len(events))
                    if loc in sents[i] and events[i]["event"] == e["event"]]
            if chit:
                catonly[t[0]][0] += 1
                cat_used.update(chit)
            else:
                catonly[t[0]][2] += 1
        for i, e in enumerate(events):
            if i not in used:
                sent[e["event"]][1] += 1
            if i not in cat_used:
                catonly[e["event"]][1] += 1
    return story, sent, catonly


def score_manual(records, inputs):
    """Per expected category: lines, lines whose category was coded, events coded, events
    of the expected category (NONE lines count under NONE and have no right category)."""
    n, hit, coded, right = Counter(), Counter(), Counter(), Counter()
    for r, d in zip(records, inputs):
        label = d["label"]
        cats = [e["event"] for e in r.get("events", [])]
        n[label] += 1
        hit[label] += label in cats
        coded[label] += len(cats)
        right[label] += sum(1 for c in cats if c == label)
    return n, hit, coded, right


def pr(c, w, m):
    p = c / (c + w) if c + w else 0.0
    r = c / (c + m) if c + m else 0.0
    return p, r


def score(out, last_path, update):
    def load(name):
        return read_jsonl(os.path.join(out, name + ".jsonl")), \
            read_jsonl(os.path.join(out, name + ".out.jsonl"))

    now = {}
    ngec_in, ngec_out = load("ngec")
    n, any_hit, top_hit = score_ngec(ngec_out, ngec_in)
    hl_in, hl_out = load("headlines")
    hn, hhit = score_headlines(hl_out, hl_in)
    _, gold_out = load("golden")
    story, sent, catonly = score_golden(gold_out)
    man_in, man_out = load("manual")
    mn, mhit, mcoded, mright = score_manual(man_out, man_in)
    def count(d, cat):
        """A Counter's count for one category, or summed over all."""
        return sum(d.values()) if cat == "ALL" else d[cat]

    def triple(d, cat):
        """(correct, wrong, missed) for one category, or summed over all."""
        if cat != "ALL":
            return d[cat]
        return [sum(v[i] for v in d.values()) for i in range(3)]

    for cat in CATEGORIES + ["ALL"]:
        nn = count(n, cat)
        now[("ngec_n", cat)] = nn
        now[("ngec_any", cat)] = count(any_hit, cat) / nn if nn else 0.0
        now[("ngec_top", cat)] = count(top_hit, cat) / nn if nn else 0.0
        hh = count(hn, cat)
        now[("headlines_n", cat)] = hh
        now[("headlines", cat)] = count(hhit, cat) / hh if hh else 0.0
        c, w, m = triple(story, cat)
        now[("golden_n", cat)] = c + m
        now[("golden_p", cat)], now[("golden_r", cat)] = pr(c, w, m)
        c, w, m = triple(sent, cat)
        now[("golden_sent_p", cat)], now[("golden_sent_r", cat)] = pr(c, w, m)
        c, w, m = triple(catonly, cat)
        now[("golden_cat_p", cat)], now[("golden_cat_r", cat)] = pr(c, w, m)
        mm = count(mn, cat) - (mn["NONE"] if cat == "ALL" else 0)
        now[("manual_n", cat)] = mm
        now[("manual_r", cat)] = (count(mhit, cat) - (mhit["NONE"] if cat == "ALL" else 0)) / mm if mm else 0.0
        mc = count(mcoded, cat)
        now[("manual_p", cat)] = count(mright, cat) / mc if mc else 0.0
    _, voa_out = load("voa")
    evs = [e for r in voa_out for e in r.get("events", [])]
    now[("voa_events", "ALL")] = len(evs)
    now[("voa_actor_no_code", "ALL")] = sum(1 for e in evs if e["actor"] and not e["actor"].get("code"))
    now[("voa_no_actor", "ALL")] = sum(1 for e in evs if not e["actor"])

    last = {}
    if last_path and os.path.exists(last_path):
        for line in open(last_path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            k, c, v = line.rstrip("\n").split("\t")
            last[(k, c)] = float(v)

    def cell(key, cat, pct=True):
        v = now.get((key, cat))
        p = last.get((key, cat))
        f = (lambda x: "%5.1f" % (100 * x)) if pct else (lambda x: "%5d" % x)
        prev = f(p) if p is not None else "    -"
        return "%s (%s)" % (f(v), prev)

    cols = [("ngec_any", "NGEC any %"), ("ngec_top", "NGEC top %"),
            ("headlines", "headlines %"), ("golden_p", "golden P"), ("golden_r", "golden R"),
            ("golden_sent_p", "per-sent P"), ("golden_sent_r", "per-sent R"),
            ("golden_cat_r", "cat-only R"), ("manual_r", "manual R"), ("manual_p", "manual P")]
    print("sitrep coding accuracy: now (previous run). Percentages; golden P/R on (category, "
          "actor, recipient).")
    head = "%-10s %5s %4s %4s %4s " % ("category", "ngec", "hl", "gold", "man") + " ".join(
        "%-15s" % name for _, name in cols)
    print(head)
    print("-" * len(head))
    for cat in CATEGORIES + ["ALL"]:
        print("%-10s %5d %4d %4d %4d " % (cat, now[("ngec_n", cat)], now[("headlines_n", cat)],
                                           now[("golden_n", cat)], now[("manual_n", cat)])
              + " ".join("%-15s" % cell(k, cat) for k, _ in cols))
    print("golden category-only per sentence: precision %s" % cell("golden_cat_p", "ALL"))
    # The dev stories and the feature passages apart (held-out waves stay inside the table's
    # totals only, so no run prints their own figures).
    for which, label in (("dev", "dev"), ("features", "feature passages"), ("wire", "wire stories")):
        st, _, co = score_golden(gold_out, which)
        for name, d in (("story", st), ("cat_only", co)):
            c, w, m = triple(d, "ALL")
            p, r = pr(c, w, m)
            now[("golden_%s_%s_p" % (which, name), "ALL")] = p
            now[("golden_%s_%s_r" % (which, name), "ALL")] = r
            now[("golden_%s_%s_f1" % (which, name), "ALL")] = 2 * p * r / (p + r) if p + r else 0.0
        print("golden %-16s per story P/R/F1 %s %s %s | category-only per sentence P/R/F1 %s %s %s"
              % ((label,) + tuple(cell("golden_%s_%s_%s" % (which, n, k), "ALL")
                                  for n in ("story", "cat_only") for k in ("p", "r", "f1"))))
    print("manual-style NONE lines: %d, events coded on them: %d" % (mn["NONE"], mcoded["NONE"]))
    print("VOA corpus: %s events, %s with an actor that has no country code, %s with no actor"
          % (cell("voa_events", "ALL", False), cell("voa_actor_no_code", "ALL", False),
             cell("voa_no_actor", "ALL", False)))
    if update and last_path:
        with open(last_path, "w", encoding="utf-8") as f:
            f.write("# bench/accuracy.sh: figures of the latest run (measure, category, value); "
                    "the next run prints them beside its own.\n")
            for (k, c), v in sorted(now.items()):
                f.write("%s\t%s\t%.6g\n" % (k, c, v))


def main(argv):
    if len(argv) >= 2 and argv[0] == "prepare":
        prepare(argv[1])
        return 0
    if len(argv) >= 2 and argv[0] == "score":
        last = None
        if "--last" in argv:
            last = argv[argv.index("--last") + 1]
        score(argv[1], last, "--update" in argv)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
