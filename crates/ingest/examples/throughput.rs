//! Reads the given inputs with `sitrep-ingest` and prints how many documents and failures
//! came out, the text bytes produced, and the time taken.
//!
//! `cargo run -p sitrep-ingest --example throughput -- PATH_OR_URL...`

use std::time::Instant;

use sitrep_ingest::{read_inputs, Item, ReadOptions};

fn main() {
    let inputs: Vec<String> = std::env::args().skip(1).collect();
    let input_bytes: u64 = inputs
        .iter()
        .map(|p| bytes_under(std::path::Path::new(p)))
        .sum();
    let start = Instant::now();
    let (mut documents, mut failures, mut text_bytes) = (0usize, 0usize, 0usize);
    for item in read_inputs(&inputs, &ReadOptions::default()) {
        match item {
            Item::Document(doc) => {
                documents += 1;
                text_bytes += doc.text.len();
            }
            Item::Failed(failure) => {
                failures += 1;
                eprintln!("{failure}");
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{documents} documents, {failures} failures, {text_bytes} text bytes from {input_bytes} input-file bytes in {seconds:.3} s ({:.1} MB/s of input files, {:.1} MB/s of text)",
        input_bytes as f64 / seconds / 1e6,
        text_bytes as f64 / seconds / 1e6,
    );
}

/// Bytes of the files at or under `path` (0 for what is not a local file or directory).
fn bytes_under(path: &std::path::Path) -> u64 {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => std::fs::read_dir(path)
            .map(|entries| entries.flatten().map(|e| bytes_under(&e.path())).sum())
            .unwrap_or(0),
        Ok(m) => m.len(),
        Err(_) => 0,
    }
}
