//! Throughput on the VOA corpus. Run in release:
//! `cargo test --release -p sitrep-dates --test throughput -- --ignored --nocapture`

const VOA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpora/voa/voa_stories.jsonl"
);

#[test]
#[ignore = "timing; run in release"]
fn throughput_on_voa() {
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
        found += sitrep_dates::find_dates(t, chrono::NaiveDate::from_ymd_opt(2025, 3, 14)).len();
    }
    let rounds = (40_000_000 / bytes.max(1)).max(1);
    let cpu0 = thread_cpu_secs();
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            found += std::hint::black_box(
                sitrep_dates::find_dates(t, chrono::NaiveDate::from_ymd_opt(2025, 3, 14)).len(),
            );
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mbps = (bytes * rounds) as f64 / secs / 1e6;
    // CPU time of this thread: robust against other processes on a shared machine.
    let cpu_mbps = match (cpu0, thread_cpu_secs()) {
        (Some(a), Some(b)) if b > a => (bytes * rounds) as f64 / (b - a) / 1e6,
        _ => mbps,
    };
    println!("sitrep-dates: {:.1} MB/s per CPU second ({:.1} MB/s wall) over {} MB ({} docs x {rounds} rounds, {found} matches)", cpu_mbps, mbps, bytes * rounds / 1_000_000, texts.len());
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
