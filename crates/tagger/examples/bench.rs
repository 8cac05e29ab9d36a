//! Measures load time and tagging throughput of the shipped tagger.
//!
//! ```text
//! cargo run --release -p sitrep-tagger --example bench -- /tmp/tagger-data/heldout.tsv
//! ```
//! Without a TSV argument it tags a built-in paragraph repeatedly.
//! With `TAGGER_TAGS=FILE` it first writes every sentence's tags to FILE (one
//! sentence a line), so two builds can be checked to tag alike (`cmp` the files).

use sitrep_tagger::train::read_tsv;
use sitrep_tagger::{Tag, Tagger};
use std::time::Instant;

/// CPU time of this thread in seconds (Linux schedstat), so numbers stay
/// meaningful on a shared, loaded machine; None elsewhere.
fn cpu_time() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

fn main() {
    let c0 = cpu_time();
    let t0 = Instant::now();
    let tagger: &Tagger = match std::env::var("TAGGER_MODEL") {
        // Benchmark another weights file (load time then includes reading it).
        Ok(path) => Box::leak(Box::new(
            Tagger::from_bytes(&std::fs::read(path).unwrap()).unwrap(),
        )),
        Err(_) => Tagger::builtin(),
    };
    let load = t0.elapsed();
    let c1 = cpu_time();
    println!(
        "load: {:.2} ms wall, {:.2} ms cpu ({} bytes, {} features, {} weights, {} lexicon words, {} dictionary words)",
        load.as_secs_f64() * 1e3,
        c1.zip(c0).map_or(f64::NAN, |(a, b)| (a - b) * 1e3),
        std::env::var("TAGGER_MODEL").map_or(Tagger::builtin_weights_size(), |p| {
            std::fs::metadata(p).unwrap().len() as usize
        }),
        tagger.n_features(),
        tagger.n_weights(),
        tagger.lexicon_len(),
        tagger.dict_len()
    );
    // Re-load from bytes a few times for a steadier number.
    let path = std::env::var("TAGGER_MODEL")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/data/tagger.bin").to_string());
    let bytes = std::fs::read(path).unwrap();
    let t1 = Instant::now();
    for _ in 0..10 {
        std::hint::black_box(Tagger::from_bytes(&bytes).unwrap());
    }
    println!(
        "load (mean of 10 from_bytes): {:.2} ms",
        t1.elapsed().as_secs_f64() * 1e2
    );

    let sentences: Vec<Vec<String>> = match std::env::args().nth(1) {
        Some(path) => {
            let text = std::fs::read_to_string(path).unwrap();
            read_tsv(&text).0.into_iter().map(|s| s.words).collect()
        }
        None => {
            let s = "North Korea has pledged support for the talks , the official KCNA news agency said on Tuesday , after the treaty was signed by both sides in Geneva .";
            vec![s.split(' ').map(String::from).collect(); 1000]
        }
    };
    let sents: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    let mut out: Vec<Tag> = Vec::new();
    if let Ok(path) = std::env::var("TAGGER_TAGS") {
        let mut dump = String::new();
        for s in &sents {
            tagger.tag(s, &mut out);
            let tags: Vec<&str> = out.iter().map(|t| t.as_str()).collect();
            dump.push_str(&tags.join(" "));
            dump.push('\n');
        }
        std::fs::write(&path, dump).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let n_tokens: usize = sents.iter().map(Vec::len).sum();
    let mut checksum = 0usize;
    let rounds = (2_000_000 / n_tokens.max(1)).max(1);
    let c2 = cpu_time();
    let t2 = Instant::now();
    for _ in 0..rounds {
        for s in &sents {
            tagger.tag(s, &mut out);
            checksum += out.iter().map(|&t| t as usize).sum::<usize>();
        }
    }
    let secs = t2.elapsed().as_secs_f64();
    let cpu = cpu_time().zip(c2).map_or(f64::NAN, |(a, b)| a - b);
    let total = (n_tokens * rounds) as f64;
    println!(
        "tagged {total} tokens in {secs:.3} s wall / {cpu:.3} s cpu: {:.0} tokens/s wall, {:.0} tokens/s cpu (checksum {checksum})",
        total / secs,
        total / cpu
    );
}
