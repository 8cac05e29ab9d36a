#!/usr/bin/env python3
"""Print a readable summary of `sitrep extract` output (JSON Lines on stdin)."""
import json
import sys

for line in sys.stdin:
    r = json.loads(line)
    print(f"# {r['id']}  {r.get('title') or ''}")
    if r.get("error"):
        print("  ERROR", r["error"])
        continue
    for e in r["events"]:
        a = e["actor"] or {}
        t = e["recipient"] or {}
        src = ", ".join(s["text"] for s in e["sources"])
        loc = (e.get("location") or {}).get("text")
        neg = " NEG" if e["negated"] else ""
        print(f"  {e['event']:<9} {e['cameo']:<5} {a.get('code')}/{a.get('text')} -> {t.get('code')}/{t.get('text')} "
              f"[{e['trigger']['text']}] {e['modality']}{neg} {e['date']} src=[{src}] loc={loc}")
    if "-q" in sys.argv:
        for q in r["quotes"]:
            print("  Q", q["text"][:60], "|", (q["speaker"] or {}).get("text"))
        for q in r["quantities"]:
            print("  N", q["text"], q["value"], q["min"], q["max"], q["kind"], q["actor"])
        for d in r["dates"]:
            print("  D", d["text"], d["value"])
        for k in r["key_points"]:
            print("  K", k[:110])
