#!/usr/bin/env python3
"""Build the benchmark corpora from the VOA stories (standard library only).

Two kinds of corpus, both JSON Lines in sitrep's input format (the VOA fields as they are):

* ``repeat`` (the throughput corpus): the stories, in file order, copied until the
  ``text`` fields add up to at least ``--min-mb`` megabytes (10^6 bytes of UTF-8). Copy
  ``k`` of story ``ID`` gets the id ``ID-rK`` (and a ``#rK`` fragment on its URL), so
  every record is distinct while the text, and so the work per byte, stays that of real
  news.
* ``mix`` (the ingest corpus): ``--docs`` documents, each a seeded random draw of
  sentences from the whole VOA pool, sized like a story. A database deduplicates exact
  copies by content hash and near copies by MinHash, so the repeated corpus would measure
  the duplicate check, not ingestion; mixed documents are distinct and unrelated, like a
  real feed. Output depends only on the seed.

``--sample-mb`` additionally writes the first N megabytes of texts of the corpus as plain
text, one document a line (the spaCy comparison reads this, so both tools see the same
text).
"""

import argparse
import json
import random
import re
import sys

# A sentence ends at . ! or ? (optionally followed by a closing quote) before a space and
# an upper-case letter or an opening quote. Crude, but only used to cut donor material.
SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019)]))\s+(?=[A-Z\"\u201c\u2018])"
)


def load_stories(path):
    stories = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                stories.append(json.loads(line))
    if not stories:
        sys.exit(f"make_corpus: no stories in {path}")
    return stories


def text_bytes(story):
    return len(story["text"].encode("utf-8"))


def repeat_corpus(stories, min_mb):
    """Yield copies of the stories, in order, until the texts reach min_mb megabytes."""
    target = int(min_mb * 1e6)
    total = 0
    copy = 0
    while total < target:
        for story in stories:
            doc = dict(story)
            doc["id"] = f"{story['id']}-r{copy}"
            if doc.get("url"):
                doc["url"] = f"{story['url']}#r{copy}"
            total += text_bytes(doc)
            yield doc
            if total >= target:
                return
        copy += 1


def mix_corpus(stories, docs, seed):
    """Yield `docs` documents of sentences drawn at random from all stories."""
    rng = random.Random(seed)
    pool = []
    for story in stories:
        pool.extend(s for s in SENTENCE_END.split(story["text"]) if s.strip())
    lengths = [text_bytes(s) for s in stories]
    for i in range(docs):
        template = stories[i % len(stories)]
        wanted = rng.choice(lengths)
        parts = []
        size = 0
        while size < wanted:
            sentence = rng.choice(pool)
            parts.append(sentence)
            size += len(sentence.encode("utf-8")) + 1
        doc = dict(template)
        doc["id"] = f"mix-{i}"
        doc["url"] = f"https://bench.invalid/mix/{i}"
        doc["title"] = parts[0][:80]
        doc["text"] = " ".join(parts)
        yield doc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--voa", required=True, help="voa_stories.jsonl")
    ap.add_argument("--out", required=True, help="output JSON Lines file")
    ap.add_argument("--mode", choices=["repeat", "mix"], default="repeat")
    ap.add_argument("--min-mb", type=float, default=50.0, help="repeat: text megabytes")
    ap.add_argument("--docs", type=int, default=5000, help="mix: number of documents")
    ap.add_argument("--seed", type=int, default=20261126, help="mix: random seed")
    ap.add_argument("--sample-out", help="also write a plain-text sample here")
    ap.add_argument("--sample-mb", type=float, default=1.0, help="size of that sample")
    args = ap.parse_args()

    stories = load_stories(args.voa)
    if args.mode == "repeat":
        docs = repeat_corpus(stories, args.min_mb)
    else:
        docs = mix_corpus(stories, args.docs, args.seed)

    sample_budget = int(args.sample_mb * 1e6)
    sample = open(args.sample_out, "w", encoding="utf-8") if args.sample_out else None
    n = 0
    total = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False))
            out.write("\n")
            size = text_bytes(doc)
            if sample is not None and sample_budget > 0:
                # Whole documents only; the text is already one line (whitespace-normalized).
                sample.write(doc["text"].replace("\n", " "))
                sample.write("\n")
                sample_budget -= size
            n += 1
            total += size
    if sample is not None:
        sample.close()
    print(f"make_corpus: {args.out}: {n} documents, {total} bytes of text")


if __name__ == "__main__":
    main()
