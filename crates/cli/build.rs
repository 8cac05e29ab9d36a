//! Records the commit the binary is built from, for `sitrep --version`.
//!
//! `SITREP_COMMIT` from the environment wins (packagers building from a tarball); else
//! `git rev-parse HEAD`; else "unknown commit". The build reruns when HEAD moves.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!s.is_empty()).then_some(s)
}

fn main() {
    println!("cargo:rerun-if-env-changed=SITREP_COMMIT");
    let commit = std::env::var("SITREP_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
        .or_else(|| git(&["rev-parse", "--short=9", "HEAD"]))
        .unwrap_or_else(|| "unknown commit".to_string());
    // Rebuild when the checked-out commit changes (HEAD, the branch it points to, packed
    // refs); paths from git itself, so worktrees work too.
    for path in ["HEAD", "packed-refs"] {
        if let Some(p) = git(&["rev-parse", "--git-path", path]) {
            println!("cargo:rerun-if-changed={p}");
        }
    }
    if let Some(r) = git(&["symbolic-ref", "-q", "HEAD"]) {
        if let Some(p) = git(&["rev-parse", "--git-path", &r]) {
            println!("cargo:rerun-if-changed={p}");
        }
    }
    println!("cargo:rustc-env=SITREP_COMMIT={commit}");
}
