#!/usr/bin/env python3
"""The VOA corpus without the held-out stories, for reading and mining.

    python3 bench/voa_readable.py [OUT]     (default bench/out/voa_readable.jsonl)

`../shared/corpora/voa/voa_stories.jsonl` holds every VOA story, including the held-out ones
hand-coded under `crates/core/tests/golden/voa-wave2/` and `voa-wave3/` (their file names are
the story ids). Whoever reads the corpus to find phrasings or mine constructions reads this
file instead, so no rule is shaped by a held-out sentence (session 21 found a branch that had
been: the held-out figures are only a check while nobody reads those stories).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from accuracy import GOLDEN, HELD_OUT, REPO, VOA  # noqa: E402


def held_out_ids():
    ids = set()
    for wave in HELD_OUT:
        d = os.path.join(GOLDEN, wave)
        ids.update(n[:-5] for n in os.listdir(d) if n.endswith(".json"))
    return ids


def main(argv):
    out = argv[0] if argv else os.path.join(REPO, "bench", "out", "voa_readable.jsonl")
    if not os.path.exists(VOA):
        sys.exit("voa_readable.py: %s is not present" % VOA)
    held = held_out_ids()
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    kept = dropped = 0
    with open(VOA, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for line in f:
            if not line.strip():
                continue
            if str(json.loads(line).get("id")) in held:
                dropped += 1
                continue
            w.write(line)
            kept += 1
    print("%s: %d readable stories (%d held-out left out)" % (out, kept, dropped))


if __name__ == "__main__":
    main(sys.argv[1:])
