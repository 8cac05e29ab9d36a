//! What the CLI tests share: the binary under test, the repository and `../shared` paths,
//! scratch directories, running the binary with input and a time limit, and reading its
//! JSON Lines output. Each test file includes it with `mod common;`.
#![allow(dead_code)] // each test file uses part of it

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The `sitrep` binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_sitrep");

/// A generous limit for one run: long enough for a debug build on a loaded 2-core machine,
/// short enough that a hang fails the test instead of stalling the suite.
pub const MINUTE: Duration = Duration::from_secs(60);

/// A command for the binary under test.
pub fn sitrep() -> Command {
    Command::new(BIN)
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A path under `../shared`, or `None` with a notice when it is absent (the test skips).
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = root().join("../shared").join(rel);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("notice: {} absent; skipping", path.display());
        None
    }
}

/// A fresh, empty scratch directory for `name`, unique to this test binary.
pub fn temp_dir(name: &str) -> PathBuf {
    let binary = std::env::current_exe()
        .ok()
        .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "cli".into());
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{binary}-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `sitrep ARGS` with no input.
pub fn run(args: &[&str]) -> Output {
    run_with(args, b"", MINUTE)
}

/// Runs `sitrep ARGS` with `stdin`, killing it (and failing) if it runs past `limit`: a
/// hang is one of the failures these tests guard against. Output is read while the
/// process runs, so a large output cannot block it.
pub fn run_with(args: &[&str], stdin: &[u8], limit: Duration) -> Output {
    let mut child = sitrep()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stderr.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("sitrep {args:?} ran past {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = writer.join();
    Output {
        status,
        stdout: out_reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
    }
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The output, after checking the run succeeded (standard error in the failure message).
pub fn ok(out: Output) -> Output {
    assert!(out.status.success(), "{}", stderr(&out));
    out
}

/// Every line of standard output, each a JSON value.
pub fn records(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

/// Standard output as one JSON value (a summary, a report).
pub fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: stdout {:?}, stderr {}", stdout(out), stderr(out)))
}
