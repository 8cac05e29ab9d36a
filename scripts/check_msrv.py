#!/usr/bin/env python3
"""Check the minimum supported Rust version (MSRV) stated in Cargo.toml.

Only one toolchain is installed where sitrep is built and tested, and `rustup` cannot
fetch another there, so `cargo +1.89 check` cannot run. What can be checked, and is:

1. Every locked dependency (for every platform) declares a `rust-version` no newer than
   the workspace's: `cargo metadata` gives each package's declared minimum.
2. sitrep's own code uses no standard-library API newer than that: clippy's
   `incompatible_msrv` lint reads `msrv` from clippy.toml (kept equal to the workspace's
   `rust-version`, which this script also checks) and `.ci/run` runs clippy with
   `-D warnings`.

Exit status 1, with the offending packages listed, when the stated MSRV is too old.
"""
import json
import os
import re
import subprocess
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def version(v):
    return tuple(int(x) for x in re.findall(r"\d+", v)[:3]) + (0,) * (3 - len(re.findall(r"\d+", v)[:3]))


cargo_toml = open(os.path.join(root, "Cargo.toml"), encoding="utf-8").read()
m = re.search(r'^\s*rust-version\s*=\s*"([^"]+)"', cargo_toml, re.M)
if not m:
    sys.exit("check_msrv: no rust-version in the workspace Cargo.toml")
msrv = m.group(1)

clippy = os.path.join(root, "clippy.toml")
cm = re.search(r'^\s*msrv\s*=\s*"([^"]+)"', open(clippy, encoding="utf-8").read(), re.M)
if not cm or version(cm.group(1)) != version(msrv):
    sys.exit(f"check_msrv: clippy.toml msrv must equal the workspace rust-version {msrv}")

meta = json.loads(
    subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
)
resolved = {n["id"] for n in meta["resolve"]["nodes"]}
newer = sorted(
    (version(p["rust_version"]), p["name"], p["version"], p["rust_version"])
    for p in meta["packages"]
    if p["id"] in resolved and p.get("rust_version") and version(p["rust_version"]) > version(msrv)
)
needed = max(
    (version(p["rust_version"]) for p in meta["packages"] if p["id"] in resolved and p.get("rust_version")),
    default=(0, 0, 0),
)
if newer:
    print(f"check_msrv: the workspace says rust-version {msrv}, but these locked dependencies need more:")
    for _, name, ver, rv in newer:
        print(f"  {name} {ver}: rust-version {rv}")
    sys.exit(1)
print(
    f"check_msrv: rust-version {msrv} covers all {len(resolved)} locked packages "
    f"(the highest any declares: {'.'.join(map(str, needed))})"
)
