//! The coder for the accuracy harness (`bench/accuracy.sh`): JSON Lines documents in (`id`,
//! `text`, optional `title` and `published`; other fields ignored), one record a line out,
//! in input order. It links only the pipeline, so the harness builds in a fraction of the
//! time the full CLI takes; the records are the same as `sitrep extract` writes.
//!
//! ```sh
//! cargo run --release -p sitrep-core --example accuracy -- docs.jsonl > records.jsonl
//! ```

use std::io::{BufRead, BufWriter, Write};

use serde_json::Value;
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: accuracy DOCS.jsonl > RECORDS.jsonl");
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let pipeline = Pipeline::new();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1));
        if line.trim().is_empty() {
            continue;
        }
        let v: Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1));
        let field = |k: &str| v[k].as_str().map(str::to_string);
        let doc = InputDocument {
            id: field("id").unwrap_or_else(|| format!("line-{}", n + 1)),
            text: field("text").unwrap_or_default(),
            title: field("title"),
            published: field("published"),
            ..InputDocument::default()
        };
        let record = pipeline.process(&doc);
        serde_json::to_writer(&mut out, &record).expect("write");
        out.write_all(b"\n").expect("write");
    }
}
