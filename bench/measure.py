#!/usr/bin/env python3
"""Run a command and record its wall time, CPU time and peak resident set size.

    measure.py -o FILE -- COMMAND [ARG...]

The child inherits standard input, output and error (redirect them in the shell). When it
ends, FILE gets ``key value`` lines: ``wall_seconds``, ``user_seconds``, ``system_seconds``,
``max_rss_kb`` (the kernel's peak RSS of the child, from wait4's rusage, in KiB) and
``exit_status``. (The child is forked from this Python process, so ``max_rss_kb`` is never
below Python's own RSS, about 10-15 MB: a floor that matters only for tiny commands.) The
exit status of the command is passed on. Standard library only, so the
benchmark needs no GNU time.
"""

import os
import subprocess
import sys
import time


def main():
    argv = sys.argv[1:]
    if len(argv) < 4 or argv[0] != "-o" or argv[2] != "--":
        sys.exit(__doc__.strip().splitlines()[2].strip())
    out_path, command = argv[1], argv[3:]
    started = time.perf_counter()
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    child.returncode = code  # reaped by wait4 already; keep Popen from waiting again
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(f"wall_seconds {wall:.4f}\n")
        f.write(f"user_seconds {usage.ru_utime:.4f}\n")
        f.write(f"system_seconds {usage.ru_stime:.4f}\n")
        f.write(f"max_rss_kb {usage.ru_maxrss}\n")
        f.write(f"exit_status {code}\n")
    sys.exit(code if code >= 0 else 128 - code)


if __name__ == "__main__":
    main()
