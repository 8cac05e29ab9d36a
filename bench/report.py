#!/usr/bin/env python3
"""Summarise a bench/run.sh run: read the raw files in bench/out/, print the figures.

    report.py OUT_DIR

Inputs (all ``key value`` lines, written by bench/run.sh and the tools it runs):
``machine.txt``; ``startup-*.stats`` / ``startup-*.rusage``; ``extract-<threads>.stats``
(``sitrep extract --stats``) / ``extract-<threads>.rusage`` (bench/measure.py);
``spacy.txt`` (bench/spacy_bench.py); ``ingest.json`` (``sitrep ingest --format jsonl``),
``ingest.txt``, ``ingest.rusage``. Missing steps are reported as skipped.

Output: a Markdown report on standard output, also written to ``summary.md``, and the same
figures as JSON in ``summary.json``. MB is 10^6 bytes of UTF-8 document text throughout.
"""

import glob
import json
import os
import re
import statistics
import sys

TARGET_MB_PER_CORE = 5.0
# Issues #9/#10: the floor of the pipeline alone (pipeline_throughput, one thread).
FLOOR_PIPELINE_MB_PER_CORE = 2.5
TARGET_SCALING = 0.8  # "near-linear": all-core throughput >= 80% of cores x one core
TARGET_NER_RATIO = 100.0
TARGET_RSS_MB = 300.0
TARGET_STARTUP_MS = 150.0


def read_kv(path):
    """`key value...` lines; `stage NAME MS ms PCT%` lines go to a list under 'stages'."""
    kv = {"stages": []}
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "stage" and len(parts) >= 3:
                kv["stages"].append((parts[1], float(parts[2])))
            elif len(parts) >= 2:
                kv[parts[0]] = line.split(None, 1)[1].strip()
    return kv


def num(kv, key, default=0.0):
    try:
        return float(kv[key])
    except (KeyError, TypeError, ValueError):
        return default


def verdict(ok):
    return "PASS" if ok else "MISS"


def extract_figures(out, threads):
    stats = read_kv(os.path.join(out, f"extract-{threads}.stats"))
    usage = read_kv(os.path.join(out, f"extract-{threads}.rusage"))
    if not stats or "mb_per_s" not in stats:
        return None
    t = int(num(stats, "threads", threads))
    mb = num(stats, "bytes") / 1e6
    cpu = num(usage, "user_seconds") + num(usage, "system_seconds") if usage else 0.0
    return {
        "threads": t,
        "documents": int(num(stats, "documents")),
        "sentences": int(num(stats, "sentences")),
        "events": int(num(stats, "events")),
        "text_mb": mb,
        "seconds": num(stats, "seconds"),
        "process_wall_seconds": num(usage, "wall_seconds") if usage else None,
        "cpu_seconds": cpu,
        "mb_per_s": num(stats, "mb_per_s"),
        "docs_per_s": num(stats, "docs_per_s"),
        "sentences_per_s": num(stats, "sentences_per_s"),
        "mb_per_s_per_core": num(stats, "mb_per_s") / t,
        "docs_per_s_per_core": num(stats, "docs_per_s") / t,
        "sentences_per_s_per_core": num(stats, "sentences_per_s") / t,
        "mb_per_cpu_second": mb / cpu if cpu > 0 else None,
        "peak_rss_mb": num(usage, "max_rss_kb") * 1024 / 1e6 if usage else None,
        "stages_ms": stats["stages"],
    }


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: report.py OUT_DIR")
    out = sys.argv[1]
    machine = read_kv(os.path.join(out, "machine.txt")) or {}
    lines = []
    emit = lines.append
    summary = {"machine": {k: v for k, v in machine.items() if k != "stages"}}

    emit("# sitrep benchmark")
    emit("")
    emit(f"- date: {machine.get('date', '?')}; commit {machine.get('git', '?')}")
    emit(
        f"- machine: {machine.get('cpu', '?')}, nproc {machine.get('nproc', '?')}, "
        f"{num(machine, 'mem_kb') / 1024 / 1024:.1f} GiB RAM, {machine.get('kernel', '?')}"
    )
    emit(f"- CPU detail: {machine.get('cpu_detail', '?')}")
    emit(f"- {machine.get('rustc', 'rustc ?')}; binary built {machine.get('binary_built', '?')}")
    emit(
        f"- load average (1/5/15 min) before: {machine.get('load_before', '?')}; "
        f"after: {machine.get('load_after', '?')}"
    )
    if machine.get("quick") == "1":
        emit("- **quick run** (small corpus): figures only check that the script works")

    # Startup.
    startup_ms, startup_wall_ms, startup_rss = [], [], []
    for path in sorted(glob.glob(os.path.join(out, "startup-*.stats"))):
        s = read_kv(path)
        u = read_kv(path[: -len(".stats")] + ".rusage")
        if s and "startup_ms" in s:
            startup_ms.append(num(s, "startup_ms"))
        if u:
            startup_wall_ms.append(num(u, "wall_seconds") * 1000)
            startup_rss.append(num(u, "max_rss_kb") * 1024 / 1e6)
    startup = None
    if startup_ms:
        startup = {
            "runs": len(startup_ms),
            "startup_ms_median": statistics.median(startup_ms),
            "startup_ms_min": min(startup_ms),
            "process_wall_ms_median": statistics.median(startup_wall_ms),
            "peak_rss_mb_median": statistics.median(startup_rss),
        }
        summary["startup"] = startup
        emit("")
        emit("## Startup (dictionaries, automata, warm-up), one-sentence document")
        emit("")
        emit(
            f"- reported startup_ms: median {startup['startup_ms_median']:.1f} ms, "
            f"min {startup['startup_ms_min']:.1f} ms over {startup['runs']} runs"
        )
        emit(
            f"- whole process (exec to exit): median {startup['process_wall_ms_median']:.1f} ms;"
            f" peak RSS {startup['peak_rss_mb_median']:.1f} MB"
        )

    # Extraction.
    threads_all = int(num(machine, "threads_all", 1))
    one = extract_figures(out, 1)
    many = extract_figures(out, threads_all)
    summary["extract"] = {"1": one, str(threads_all): many}
    if one:
        emit("")
        emit(
            f"## sitrep extract: {one['documents']} documents, {one['text_mb']:.1f} MB of text, "
            f"{one['sentences']} sentences"
        )
        emit("")
        emit(
            "| threads | MB/s | MB/s/core | docs/s/core | sentences/s/core | MB/CPU-s "
            "| seconds | peak RSS MB |"
        )
        emit("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for f in (one, many) if many and threads_all != 1 else (one,):
            mbcpu = f"{f['mb_per_cpu_second']:.2f}" if f["mb_per_cpu_second"] else "?"
            rss = f"{f['peak_rss_mb']:.0f}" if f["peak_rss_mb"] else "?"
            emit(
                f"| {f['threads']} | {f['mb_per_s']:.2f} | {f['mb_per_s_per_core']:.2f} "
                f"| {f['docs_per_s_per_core']:.0f} | {f['sentences_per_s_per_core']:.0f} "
                f"| {mbcpu} | {f['seconds']:.2f} | {rss} |"
            )
        emit("")
        emit(
            "MB/CPU-s: text per CPU second of the whole process (user + system, startup and "
            "JSON output included); on a shared machine it is steadier than wall-clock MB/s."
        )
        # Stages: per-document time summed over threads; ms per MB makes runs comparable.
        emit("")
        emit("### Pipeline stages (time summed over worker threads)")
        emit("")
        runs = [one] + ([many] if many and threads_all != 1 else [])
        header = "| stage |" + "".join(
            f" {r['threads']}T ms | {r['threads']}T % | {r['threads']}T ms/MB |" for r in runs
        )
        emit(header)
        emit("|---|" + "---:|---:|---:|" * len(runs))
        names = [n for n, _ in one["stages_ms"]]
        for name in names:
            row = f"| {name} |"
            for r in runs:
                ms = dict(r["stages_ms"]).get(name, 0.0)
                total = sum(v for _, v in r["stages_ms"]) or 1.0
                row += f" {ms:.0f} | {100 * ms / total:.1f} | {ms / max(r['text_mb'], 1e-9):.1f} |"
            emit(row)
        row = "| **total** |"
        for r in runs:
            total = sum(v for _, v in r["stages_ms"])
            row += f" {total:.0f} | 100 | {total / max(r['text_mb'], 1e-9):.1f} |"
        emit(row)

    # The pipeline alone: sitrep-core's pipeline_throughput example (documents in memory,
    # no reader, no JSON output, one thread), with MB per CPU second of its thread.
    pipe = None
    pipe_path = os.path.join(out, "pipeline.txt")
    if os.path.exists(pipe_path):
        with open(pipe_path, encoding="utf-8") as f:
            text = f.read()
        wall = re.search(r"\bmb_per_s (\S+)", text)
        cpu = re.search(r"\bmb_per_cpu_s (\S+)", text)
        if wall:
            pipe = {
                "mb_per_s": float(wall.group(1)),
                "mb_per_cpu_s": float(cpu.group(1)) if cpu else None,
                "stages_ms_per_mb": (read_kv(pipe_path) or {}).get("stages", []),
            }
            summary["pipeline"] = pipe
            emit("")
            emit("## Pipeline alone (pipeline_throughput, VOA in memory, 1 thread)")
            emit("")
            cpu_note = (
                f", {pipe['mb_per_cpu_s']:.2f} MB per CPU second" if pipe["mb_per_cpu_s"] else ""
            )
            emit(f"- {pipe['mb_per_s']:.2f} MB/s{cpu_note}")
            huge_path = os.path.join(out, "pipeline-hugetlb.txt")
            if os.path.exists(huge_path):
                with open(huge_path, encoding="utf-8") as f:
                    huge = f.read()
                h_wall = re.search(r"\bmb_per_s (\S+)", huge)
                h_cpu = re.search(r"\bmb_per_cpu_s (\S+)", huge)
                if h_wall:
                    pipe["hugetlb_mb_per_s"] = float(h_wall.group(1))
                    pipe["hugetlb_mb_per_cpu_s"] = float(h_cpu.group(1)) if h_cpu else None
                    h_note = f", {float(h_cpu.group(1)):.2f} MB per CPU second" if h_cpu else ""
                    emit(
                        f"- with `GLIBC_TUNABLES=glibc.malloc.hugetlb=1` (heap on huge pages): "
                        f"{float(h_wall.group(1)):.2f} MB/s{h_note}"
                    )
            emit("")
            emit("| stage | ms per MB |")
            emit("|---|---:|")
            for name, ms in pipe["stages_ms_per_mb"]:
                emit(f"| {name} | {ms:.1f} |")

    # spaCy.
    spacy = read_kv(os.path.join(out, "spacy.txt"))
    ratios = {}
    if spacy and "ner_mb_per_s" in spacy:
        emit("")
        emit(
            f"## spaCy {spacy.get('spacy_version', '?')} {spacy.get('spacy_model', '?')}, "
            f"one process, {num(spacy, 'sample_bytes') / 1e6:.2f} MB sample "
            f"({int(num(spacy, 'sample_docs'))} documents of the same corpus)"
        )
        emit("")
        emit("| pass | pipes | MB/s | MB/CPU-s | docs/s | entities |")
        emit("|---|---|---:|---:|---:|---:|")
        for p in ("full", "ner"):
            if f"{p}_mb_per_s" in spacy:
                emit(
                    f"| {p} | {spacy.get(p + '_pipes', '?')} | {num(spacy, p + '_mb_per_s'):.4f} "
                    f"| {num(spacy, p + '_mb_per_cpu_s'):.4f} | {num(spacy, p + '_docs_per_s'):.2f} "
                    f"| {int(num(spacy, p + '_entities'))} |"
                )
        summary["spacy"] = {k: v for k, v in spacy.items() if k != "stages"}
        if one:
            emit("")
            emit("Ratios, sitrep per core / spaCy single process (same text):")
            emit("")
            emit("| sitrep figure | vs spaCy full | vs spaCy NER only |")
            emit("|---|---:|---:|")
            pairs = [
                ("MB/s, 1 thread (wall)", one["mb_per_s_per_core"], "_mb_per_s"),
            ]
            if many and threads_all != 1:
                pairs.append(
                    (f"MB/s per core, {threads_all} threads (wall)", many["mb_per_s_per_core"], "_mb_per_s")
                )
            if one["mb_per_cpu_second"]:
                pairs.append(("MB per CPU second, 1 thread", one["mb_per_cpu_second"], "_mb_per_cpu_s"))
            for label, value, suffix in pairs:
                full = value / max(num(spacy, "full" + suffix), 1e-12)
                ner = value / max(num(spacy, "ner" + suffix), 1e-12)
                ratios[label] = {"full": full, "ner": ner}
                emit(f"| {label} | {full:.0f}x | {ner:.0f}x |")
            summary["ratios"] = ratios

    # Ingest.
    ing = read_kv(os.path.join(out, "ingest.txt"))
    ing_usage = read_kv(os.path.join(out, "ingest.rusage"))
    ing_json = None
    if os.path.exists(os.path.join(out, "ingest.json")):
        with open(os.path.join(out, "ingest.json"), encoding="utf-8") as f:
            text = f.read().strip()
        try:
            ing_json = json.loads(text.splitlines()[-1]) if text else None
        except json.JSONDecodeError:
            ing_json = None
    if ing and ing_usage:
        docs = num(ing, "documents")
        wall = num(ing_usage, "wall_seconds")
        db = num(ing, "db_bytes_checkpointed", num(ing, "db_bytes"))
        stored = ing_json.get("stored", docs) if ing_json else docs
        figures = {
            "documents": int(docs),
            "stored": stored,
            "text_mb": num(ing, "text_bytes") / 1e6,
            "process_wall_seconds": wall,
            "docs_per_s_process": docs / max(wall, 1e-9),
            "docs_per_s_reported": ing_json.get("documents_per_second") if ing_json else None,
            "db_bytes": int(db),
            "db_bytes_checkpointed": int(num(ing, "db_bytes_checkpointed", db)),
            "db_mb_per_1000_docs": db / 1e6 / max(docs, 1) * 1000,
            "db_bytes_per_text_byte": db / max(num(ing, "text_bytes"), 1),
            "peak_rss_mb": num(ing_usage, "max_rss_kb") * 1024 / 1e6,
            "summary": ing_json,
        }
        summary["ingest"] = figures
        emit("")
        emit(
            f"## sitrep ingest: {figures['documents']} distinct documents "
            f"({figures['text_mb']:.1f} MB of text) into a fresh database, all cores"
        )
        emit("")
        emit(
            f"- {figures['docs_per_s_process']:.0f} documents/s for the whole process "
            f"({wall:.1f} s; sitrep's own figure: {figures['docs_per_s_reported']} docs/s); "
            f"stored {stored}"
        )
        emit(
            f"- database (write-ahead log checkpointed; {num(ing, 'db_bytes') / 1e6:.1f} MB "
            f"as the run left it) {db / 1e6:.1f} MB = {figures['db_mb_per_1000_docs']:.2f} MB per "
            f"1,000 documents ({figures['db_bytes_per_text_byte']:.1f} bytes per byte of text); "
            f"peak RSS {figures['peak_rss_mb']:.0f} MB"
        )

    # Profile.
    perf_path = os.path.join(out, "perf.txt")
    if os.path.exists(perf_path):
        with open(perf_path, encoding="utf-8") as f:
            rows = [line.split(None, 2) for line in f if line.strip()]
        # perf pads the symbol column and appends empty sort columns ("  -  -").
        rows = [(r[0], re.sub(r"\s{2,}.*$", "", r[2].strip())) for r in rows if len(r) == 3]
        if rows:
            summary["profile"] = [{"share": s, "symbol": n} for s, n in rows]
            emit("")
            emit("## Profile: perf, sitrep extract --threads 1, top functions (self time)")
            emit("")
            emit("| share | function |")
            emit("|---:|---|")
            for share, name in rows[:20]:
                name = name.removeprefix("[.] ").removeprefix("[k] ").replace("|", "\\|")
                emit(f"| {share} | `{name}` |")

    # Targets.
    emit("")
    emit("## Targets")
    emit("")
    emit("| target | measured | verdict |")
    emit("|---|---|---|")
    targets = []

    def target(name, measured, ok, note=""):
        targets.append({"target": name, "measured": measured, "pass": ok, "note": note})
        emit(f"| {name} | {measured}{'; ' + note if note else ''} | {verdict(ok)} |")

    if one:
        v = one["mb_per_s_per_core"]
        target(
            f">= {TARGET_MB_PER_CORE:g} MB/s per core (1 thread)",
            f"{v:.2f} MB/s",
            v >= TARGET_MB_PER_CORE,
            "" if v >= TARGET_MB_PER_CORE else f"{TARGET_MB_PER_CORE / v:.1f}x short",
        )
    if one and many and threads_all != 1:
        v = many["mb_per_s_per_core"]
        target(
            f">= {TARGET_MB_PER_CORE:g} MB/s per core ({threads_all} threads)",
            f"{v:.2f} MB/s",
            v >= TARGET_MB_PER_CORE,
            "" if v >= TARGET_MB_PER_CORE else f"{TARGET_MB_PER_CORE / v:.1f}x short",
        )
        eff = many["mb_per_s"] / (threads_all * one["mb_per_s"])
        summary["scaling_efficiency"] = eff
        target(
            f"near-linear in cores (>= {TARGET_SCALING:.0%} of {threads_all} x 1 thread)",
            f"{eff:.0%} ({many['mb_per_s']:.2f} vs {threads_all} x {one['mb_per_s']:.2f} MB/s)",
            eff >= TARGET_SCALING,
        )
    if pipe:
        # Per CPU second where known: on a shared machine the wall clock measures the
        # neighbours too.
        v = pipe["mb_per_cpu_s"] or pipe["mb_per_s"]
        target(
            f">= {FLOOR_PIPELINE_MB_PER_CORE:g} MB/s per core, pipeline alone (issues #9/#10)",
            f"{v:.2f} MB per {'CPU second' if pipe['mb_per_cpu_s'] else 's'} "
            f"({pipe['mb_per_s']:.2f} MB/s wall)",
            v >= FLOOR_PIPELINE_MB_PER_CORE,
            ""
            if v >= FLOOR_PIPELINE_MB_PER_CORE
            else f"{FLOOR_PIPELINE_MB_PER_CORE / v:.2f}x short",
        )
    ner_key = "MB/s, 1 thread (wall)"
    if ner_key in ratios:
        v = ratios[ner_key]["ner"]
        cpu = ratios.get("MB per CPU second, 1 thread", {}).get("ner")
        target(
            f">= {TARGET_NER_RATIO:g}x spaCy NER-only, per core",
            f"{v:.0f}x" + (f" (CPU-time ratio {cpu:.0f}x)" if cpu else ""),
            v >= TARGET_NER_RATIO,
            "" if v >= TARGET_NER_RATIO else f"{TARGET_NER_RATIO / v:.1f}x short",
        )
    rss = [f["peak_rss_mb"] for f in (one, many) if f and f["peak_rss_mb"]]
    if rss:
        v = max(rss)
        target(
            f"peak RSS <= {TARGET_RSS_MB:g} MB (extract)",
            f"{v:.0f} MB",
            v <= TARGET_RSS_MB,
            "" if v <= TARGET_RSS_MB else f"{v - TARGET_RSS_MB:.0f} MB over",
        )
    if startup:
        v = startup["startup_ms_median"]
        target(
            f"startup < {TARGET_STARTUP_MS:g} ms",
            f"{v:.1f} ms (process {startup['process_wall_ms_median']:.0f} ms)",
            v < TARGET_STARTUP_MS,
            "" if v < TARGET_STARTUP_MS else f"{v - TARGET_STARTUP_MS:.0f} ms over",
        )
    summary["targets"] = targets

    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    with open(os.path.join(out, "summary.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
