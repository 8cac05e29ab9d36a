#!/usr/bin/env python3
"""Validate the hand-coded golden files against the story texts.

Run from anywhere:  python3 crates/core/tests/golden/check.py
Checks, for every golden file:
  * the story text is found (VOA corpus, seed article, examples/articles.jsonl, or the
    `<name>.txt` beside a `features-blind/<name>.json`);
  * every events[].sentence / not_events[].sentence is an exact substring of the text
    and occurs exactly once; every trigger occurs inside its sentence;
  * every quotes[].starts_with, dates[].text and quantities[].text is an exact substring;
  * event is one of the 16 PLOVER categories, cameo exists in the CAMEO table and maps to
    that PLOVER category (when ../shared/ontology is present), modality and precision are
    from the contract's vocabularies, dates are well formed.
Exits non-zero on any error; prints per-file counts and totals.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
# Passages written for the project, text beside coding: feature-style passages (issue #9
# precision) and wire stories (session 14's story-level blind set).
PASSAGE_DIRS = ("features-blind", "wire-blind")

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITY = {"asserted", "reported", "claimed", "alleged", "believed", "intended", "denied",
            "hypothetical"}
PRECISION = {"day", "month", "year"}
KINDS = {"killed", "injured", "missing", "displaced", "arrested", "troops", "munitions", "money",
         "people", "other"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "OPP", "PTY", "MED", "EDU", "BUS",
           "CVL", "REF", "HLH", "CRM", "ELI", "LAB", "REL", "IGO", "NGO", "SEP", "INS", "HRI",
           "AGR", "DEV", "ENV", "MOD", "RAD", "UAF", "VET", "IND", "NAT"}
EVENT_FIELDS = ["sentence", "trigger", "event", "cameo", "actor", "actor_sector", "recipient",
                "recipient_sector", "modality", "negated", "sources", "date", "date_precision",
                "location", "why"]


def load_texts():
    texts = {}
    voa = os.path.join(SHARED, "corpora", "voa", "voa_stories.jsonl")
    if os.path.exists(voa):
        for line in open(voa, encoding="utf-8"):
            d = json.loads(line)
            texts[("voa", d["id"])] = d
    seed = os.path.join(SHARED, "corpora", "seed", "kim-shoigu-pyongyang.jsonl")
    if os.path.exists(seed):
        for line in open(seed, encoding="utf-8"):
            d = json.loads(line)
            texts[("seed", "seed")] = d
    ex = os.path.join(REPO, "examples", "articles.jsonl")
    if os.path.exists(ex):
        for line in open(ex, encoding="utf-8"):
            d = json.loads(line)
            texts[("example", d["id"])] = d
    return texts


def load_cameo():
    path = os.path.join(SHARED, "ontology", "cameo.tsv")
    if not os.path.exists(path):
        return None
    table = {}
    for i, line in enumerate(open(path, encoding="utf-8")):
        if i == 0:
            continue
        cols = line.rstrip("\n").split("\t")
        table[cols[0]] = cols[3] if len(cols) > 3 else ""
    return table


def check_date(v):
    return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v))


def main():
    texts = load_texts()
    cameo = load_cameo()
    if not texts:
        print("notice: ../shared not found; nothing to check")
        return 0
    files = []
    for root, _, names in os.walk(HERE):
        for n in sorted(names):
            if n.endswith(".json"):
                kind = "feature" if os.path.basename(root) in PASSAGE_DIRS else "golden"
                files.append((kind, os.path.join(root, n)))
    exdir = os.path.join(REPO, "examples", "articles")
    if os.path.isdir(exdir):
        for n in sorted(os.listdir(exdir)):
            if n.endswith(".expected.json"):
                files.append(("example", os.path.join(exdir, n)))
    errors = 0
    totals = dict(stories=0, events=0, not_events=0, quotes=0, dates=0, quantities=0)

    def err(path, msg):
        nonlocal errors
        errors += 1
        print(f"ERROR {os.path.relpath(path, REPO)}: {msg}")

    for kind, path in sorted(files, key=lambda x: x[1]):
        g = json.load(open(path, encoding="utf-8"))
        sid = g["id"]
        if kind == "feature":
            # The passage's text lies beside its coding; its publication date is the coding's.
            txt = path[: -len(".json")] + ".txt"
            if not os.path.exists(txt):
                err(path, "no story text %s" % os.path.relpath(txt, REPO))
                continue
            texts[("feature", sid)] = {"text": open(txt, encoding="utf-8").read(),
                                       "published": g.get("published")}
            key = ("feature", sid)
        elif kind == "example":
            key = ("example", sid)
        elif os.path.basename(path) == "seed.json":
            key = ("seed", "seed")
        else:
            key = ("voa", sid)
        if key not in texts:
            err(path, f"no story text for id {sid}")
            continue
        doc = texts[key]
        text = doc["text"]
        pub = (doc.get("published") or "")[:10]
        if g.get("published") != pub:
            err(path, f"published {g.get('published')} != story {pub}")

        def substr(field, s, unique=False):
            n = text.count(s)
            if n == 0:
                err(path, f"{field} not in text: {s!r}")
            elif unique and n > 1:
                err(path, f"{field} not unique ({n}x): {s!r}")

        for e in g.get("events", []):
            for f in EVENT_FIELDS:
                if f not in e:
                    err(path, f"event missing field {f}: {e.get('sentence')!r}")
            s = e.get("sentence", "")
            substr("sentence", s, unique=True)
            if e.get("trigger", "") not in s:
                err(path, f"trigger {e.get('trigger')!r} not in sentence {s!r}")
            ev = e.get("event")
            if ev not in PLOVER:
                err(path, f"bad PLOVER event {ev}")
            if cameo is not None:
                c = e.get("cameo")
                if c not in cameo:
                    err(path, f"unknown cameo {c}")
                elif cameo[c] and cameo[c] != ev:
                    err(path, f"cameo {c} maps to {cameo[c]}, not {ev}: {s!r}")
            if e.get("modality") not in MODALITY:
                err(path, f"bad modality {e.get('modality')}")
            if not isinstance(e.get("negated"), bool):
                err(path, "negated must be boolean")
            for side in ("actor_sector", "recipient_sector"):
                v = e.get(side)
                if v is not None and v not in SECTORS:
                    err(path, f"unusual sector {v}")
            if e.get("date") is not None and not check_date(e["date"]):
                err(path, f"bad date {e['date']}")
            if e.get("date_precision") not in PRECISION:
                err(path, f"bad date_precision {e.get('date_precision')}")
            if e.get("date") and e.get("date_precision"):
                want = {"day": 10, "month": 7, "year": 4}[e["date_precision"]]
                if len(e["date"]) != want:
                    err(path, f"date {e['date']} does not match precision {e['date_precision']}")
            loc = e.get("location")
            if loc is not None and loc not in text:
                err(path, f"location {loc!r} not in text")
        for e in g.get("not_events", []):
            s = e.get("sentence", "")
            substr("not_event sentence", s, unique=True)
            if e.get("trigger", "") not in s:
                err(path, f"not_event trigger {e.get('trigger')!r} not in {s!r}")
        for q in g.get("quotes", []):
            substr("quote starts_with", q["starts_with"])
            if q.get("speaker") is not None and q["speaker"] not in text:
                err(path, f"speaker {q['speaker']!r} not in text")
        for d in g.get("dates", []):
            substr("date text", d["text"])
            if not check_date(d["value"]) or d.get("precision") not in PRECISION:
                err(path, f"bad date value/precision {d}")
        for q in g.get("quantities", []):
            substr("quantity text", q["text"])
            if q.get("kind") not in KINDS:
                err(path, f"bad quantity kind {q.get('kind')}")
        c = dict(events=len(g.get("events", [])), not_events=len(g.get("not_events", [])),
                 quotes=len(g.get("quotes", [])), dates=len(g.get("dates", [])),
                 quantities=len(g.get("quantities", [])))
        totals["stories"] += 1
        for k, v in c.items():
            totals[k] += v
        print(f"{os.path.relpath(path, REPO):60s} " + " ".join(f"{k}={v}" for k, v in c.items()))
    print("TOTAL " + " ".join(f"{k}={v}" for k, v in totals.items()))
    if errors:
        print(f"{errors} error(s)")
        return 1
    print("all substrings and codes check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
