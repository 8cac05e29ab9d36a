//! Measures the build time of the built-in dictionary and matching throughput on the VOA
//! corpus. Run: `cargo run --release -p sitrep-actors --example actor_bench [PATH.jsonl]`
//! (defaults to ../shared/corpora/voa/voa_stories.jsonl relative to the workspace).
//! With `--dump` it prints every match instead, for reviewing the dictionary.

use sitrep_actors::ActorDictionary;
use std::time::Instant;

/// CPU time of this thread in seconds (from /proc; falls back to None elsewhere). The
/// build machine is shared, so wall-clock time overstates the cost.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let dump = args.iter().any(|a| a == "--dump");
    args.retain(|a| a != "--dump");
    let path = args.first().cloned().unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpora/voa/voa_stories.jsonl"
        )
        .to_string()
    });

    let cpu_before = thread_cpu_seconds();
    let started = Instant::now();
    let dict = ActorDictionary::builtin();
    let build = started.elapsed();
    let build_cpu = thread_cpu_seconds().zip(cpu_before).map(|(a, b)| a - b);
    println!(
        "builtin(): {:.1} ms wall, {:.1} ms CPU, {} entries, {} patterns",
        build.as_secs_f64() * 1e3,
        build_cpu.unwrap_or(f64::NAN) * 1e3,
        dict.len(),
        dict.pattern_count()
    );

    let corpus =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let texts: Vec<String> = corpus
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("valid JSON line");
            format!(
                "{}\n{}",
                v["title"].as_str().unwrap_or(""),
                v["text"].as_str().unwrap_or("")
            )
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();

    if dump {
        for text in &texts {
            for m in dict.find(text) {
                let e = dict.entry(m.entry);
                println!(
                    "{}\t{}\t{:?}\t{}",
                    &text[m.start..m.end],
                    e.id,
                    m.form,
                    e.kind
                );
            }
        }
        return;
    }

    let mut out = Vec::new();
    let mut matches = 0usize;
    for text in &texts {
        out.clear();
        dict.find_into(text, &mut out);
        matches += out.len();
    }
    let rounds = 20;
    let cpu_before = thread_cpu_seconds();
    let started = Instant::now();
    for _ in 0..rounds {
        for text in &texts {
            out.clear();
            dict.find_into(text, &mut out);
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds().zip(cpu_before).map(|(a, b)| a - b);

    // Calibration on this (possibly shared) machine: a bare scan that counts word starts,
    // the minimum any whole-word matcher has to do.
    let cpu_before = thread_cpu_seconds();
    let mut word_starts = 0usize;
    for _ in 0..rounds {
        for text in &texts {
            let mut prev = false;
            for b in std::hint::black_box(text.as_bytes()) {
                let word = b.is_ascii_alphanumeric() || *b >= 0x80;
                word_starts += usize::from(word && !prev);
                prev = word;
            }
        }
    }
    let scan_cpu = thread_cpu_seconds().zip(cpu_before).map(|(a, b)| a - b);
    let total_mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} texts, {:.2} MB, {} matches; throughput {:.1} MB/s wall, {:.1} MB/s CPU ({} rounds, single thread)",
        texts.len(),
        bytes as f64 / 1e6,
        matches,
        total_mb / secs,
        cpu.map_or(f64::NAN, |c| total_mb / c),
        rounds
    );
    println!(
        "calibration: bare word-start scan {:.1} MB/s CPU ({} word starts)",
        scan_cpu.map_or(f64::NAN, |c| total_mb / c),
        word_starts / rounds
    );

    // What the pipeline runs: the same scan plus the document rules (dates, namesakes,
    // names inside longer names).
    let day = sitrep_actors::Day::new(2025, 3, 12);
    let cpu_before = thread_cpu_seconds();
    let mut doc_matches = 0usize;
    for _ in 0..rounds {
        for text in &texts {
            doc_matches += dict.find_in_document(text, day).len();
        }
    }
    let doc_cpu = thread_cpu_seconds().zip(cpu_before).map(|(a, b)| a - b);
    println!(
        "find_in_document: {:.1} MB/s CPU ({} matches per round; {} forms chosen by date or place)",
        doc_cpu.map_or(f64::NAN, |c| total_mb / c),
        doc_matches / rounds,
        dict.ambiguous_form_count()
    );
}
