//! The test harness the text-level extractors share (dates, quantities, quotes): large
//! adversarial inputs that must stay linear and never panic, and throughput on the VOA
//! corpus. Each crate's tests include it with
//! `#[path = "../../textview/testing/harness.rs"] mod harness;` and pass their finder.
#![allow(dead_code)] // each test file uses part of it

/// Large adversarial inputs (about 300 KB each), lossy-decoded random bytes included.
pub fn adversarial_inputs() -> Vec<String> {
    let mut out = vec![
        "“".repeat(100000),
        "”“ ".repeat(66666),
        "\"a \"".repeat(66666),
        "1,000,".repeat(50000),
        "between 1 and 2 and 3 to 4-5 ".repeat(10000),
        "May March May March 2023 2023-06-04 6/4/2025 ".repeat(6666),
        "thousands of tens of hundreds of ".repeat(10000),
        "said “x,” said “y,” he said: “".repeat(10000),
        "a".repeat(333333),
        "9".repeat(333333),
        "é—".repeat(100000),
    ];
    let mut x: u64 = 0x0123_4567_89AB_CDEF;
    let mut bytes = Vec::with_capacity(300_000);
    for _ in 0..300_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push((x >> 24) as u8);
    }
    out.push(String::from_utf8_lossy(&bytes).into_owned());
    out
}

/// The scan stays linear: each adversarial input finishes within the test budget even
/// in a debug build on a loaded machine, and never panics. `find` returns the matches.
pub fn assert_linear_on_adversarial_inputs(find: impl Fn(&str) -> usize) {
    for s in adversarial_inputs() {
        let t = std::time::Instant::now();
        let n = find(&s);
        let secs = t.elapsed().as_secs_f64();
        eprintln!("{} bytes -> {n} matches in {secs:.3}s", s.len());
        assert!(secs < 20.0, "too slow: {secs}s on {} bytes", s.len());
    }
}

const VOA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpora/voa/voa_stories.jsonl"
);

/// Throughput of `find` on the VOA corpus (skips with a notice when it is absent):
/// prints MB per CPU second and wall MB/s; in release, asserts at least 20 MB per CPU
/// second.
pub fn throughput_on_voa(name: &str, find: impl Fn(&str) -> usize) {
    let Ok(data) = std::fs::read_to_string(VOA) else {
        eprintln!("notice: {VOA} absent; skipping");
        return;
    };
    let texts: Vec<String> = data
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    // Warm up, then time enough rounds for about 40 MB.
    let mut found = 0usize;
    for t in &texts {
        found += find(t);
    }
    let rounds = (40_000_000 / bytes.max(1)).max(1);
    let cpu0 = thread_cpu_secs();
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            found += std::hint::black_box(find(t));
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mbps = (bytes * rounds) as f64 / secs / 1e6;
    // CPU time of this thread: robust against other processes on a shared machine.
    let cpu_mbps = match (cpu0, thread_cpu_secs()) {
        (Some(a), Some(b)) if b > a => (bytes * rounds) as f64 / (b - a) / 1e6,
        _ => mbps,
    };
    println!(
        "{name}: {cpu_mbps:.1} MB/s per CPU second ({mbps:.1} MB/s wall) over {} MB ({} docs x {rounds} rounds, {found} matches)",
        bytes * rounds / 1_000_000,
        texts.len()
    );
    if !cfg!(debug_assertions) {
        assert!(cpu_mbps > 20.0, "{cpu_mbps:.1} MB/s");
    }
}

/// User + system CPU seconds of the calling thread (Linux `/proc`), assuming the
/// usual 100 clock ticks per second.
fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // After the command name: state is field 3, utime 14, stime 15 (1-based).
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
