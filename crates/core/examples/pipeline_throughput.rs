//! Single-thread throughput of the pipeline alone (no reader, no JSON output), with the
//! time of each stage: the quick measurement for a change to `sitrep-core`, which needs
//! only this crate built in release (`bench/run.sh` measures the whole binary).
//!
//! `cargo run --release -p sitrep-core --example pipeline_throughput -- FILE.jsonl [ROUNDS]`
//!
//! The documents (JSON Lines with `id`, `text`, optional `published`) are read into
//! memory first, then coded ROUNDS times (default 5); the figure is text MB (10^6 bytes)
//! per second over all rounds, after one untimed warm-up round. On Linux it also prints
//! MB per CPU second of the coding thread (`/proc/thread-self/schedstat`): on a shared,
//! loaded machine the wall-clock figure measures the neighbours as much as the pipeline.

use std::time::Instant;

#[path = "../../cli/src/alloc.rs"]
mod alloc;
/// The allocator `sitrep extract` links (crates/cli/src/main.rs), so the figure is the CLI's.
#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

use sitrep_core::{Pipeline, StageTimes, STAGES};
use sitrep_record::InputDocument;

/// CPU time of this thread so far, in seconds (Linux; `None` elsewhere).
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: pipeline_throughput FILE.jsonl [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(path).expect("a readable file");
    let docs: Vec<InputDocument> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON document per line"))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let pipeline = Pipeline::new();
    pipeline.warm_up();
    let mut events = 0;
    for d in &docs {
        events += pipeline.process(d).events.len();
    }
    let mut times = StageTimes::default();
    let cpu_started = thread_cpu_seconds();
    let started = Instant::now();
    for _ in 0..rounds {
        for d in &docs {
            std::hint::black_box(pipeline.process_timed(d, &mut times));
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu_secs = thread_cpu_seconds().zip(cpu_started).map(|(b, a)| b - a);
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "documents {} bytes {bytes} rounds {rounds} events {events}",
        docs.len()
    );
    println!("seconds {secs:.3} mb_per_s {:.3}", mb / secs);
    if let Some(cpu) = cpu_secs {
        println!("cpu_seconds {cpu:.3} mb_per_cpu_s {:.3}", mb / cpu);
    }
    let total: u64 = times.nanos.iter().sum::<u64>().max(1);
    for (name, n) in STAGES.iter().zip(times.nanos.iter()) {
        println!(
            "stage {name:<10} {:>8.1} ms/MB {:>5.1}%",
            *n as f64 / 1e6 / mb,
            *n as f64 * 100.0 / total as f64
        );
    }
}
