//! Prints load time, memory, scan throughput and (optionally) the matches of
//! the embedded gazetteer.
//!
//! `cargo run --release -p sitrep-gazetteer --example gazetteer_stats -- [--rebuild] [--list] [FILE]`
//!
//! * `--rebuild`: also time building the index at run time (what `build.rs` saves);
//! * `FILE`: scan it (repeated to ~20 MB) and report MB/s; with `--list`, print
//!   every match of one pass with its resolved place.
use sitrep_gazetteer::Gazetteer;
use std::time::Instant;

/// On-CPU time of this thread in ms (Linux schedstat), so timings on a busy
/// machine are not inflated by waiting for a core; NaN elsewhere.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

/// Peak resident set size in MB (Linux), NaN elsewhere.
fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rebuild = args.iter().any(|a| a == "--rebuild");
    let list = args.iter().any(|a| a == "--list");
    let file = args.iter().find(|a| !a.starts_with("--"));

    let (t, c) = (Instant::now(), cpu_ms());
    let g = Gazetteer::builtin();
    println!(
        "builtin: {} places loaded in {:.1} ms wall, {:.1} ms on-CPU; heap ~{:.1} MB; peak RSS {:.1} MB",
        g.len(),
        t.elapsed().as_secs_f64() * 1e3,
        cpu_ms() - c,
        g.heap_bytes() as f64 / 1e6,
        peak_rss_mb()
    );
    if rebuild {
        for _ in 0..3 {
            let (t, c) = (Instant::now(), cpu_ms());
            let g2 = Gazetteer::builtin_rebuilt();
            println!(
                "run-time rebuild: {:.1} ms wall, {:.1} ms on-CPU (same index: {})",
                t.elapsed().as_secs_f64() * 1e3,
                cpu_ms() - c,
                g2.same_as(g)
            );
        }
    }
    let Some(path) = file else { return };
    let text = std::fs::read_to_string(path).expect("readable file");
    let mut big = String::with_capacity(21_000_000);
    while big.len() < 20_000_000 {
        big.push_str(&text);
        big.push('\n');
    }
    let c = cpu_ms();
    let n = g.find(&big).len();
    println!(
        "find: {} matches in {} bytes, {:.1} MB/s on-CPU",
        n,
        big.len(),
        big.len() as f64 / 1e3 / (cpu_ms() - c)
    );
    if list {
        for m in g.find(&text) {
            let p = g.place(g.resolve(&m.candidates, &[]));
            println!(
                "{:>8} {:<30} -> {} {} {:?} common={}",
                m.start,
                &text[m.start..m.end],
                p.name,
                p.country,
                p.kind,
                m.common_word
            );
        }
    }
}
