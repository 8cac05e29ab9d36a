//! Prints what `sitrep-ingest` makes of the given inputs: one JSON object a line, either the
//! input document or `{"failed": {id, origin, message}}`.
//!
//! `cargo run -p sitrep-ingest --example dump -- PATH_OR_URL...` (none: standard input)

use std::io::Write;

use sitrep_ingest::{read_inputs, Item, ReadOptions};

fn main() -> std::io::Result<()> {
    let inputs: Vec<String> = std::env::args().skip(1).collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for item in read_inputs(&inputs, &ReadOptions::default()) {
        let line = match item {
            Item::Document(doc) => serde_json::to_string(&doc)?,
            Item::Failed(f) => serde_json::json!({
                "failed": {"id": f.id, "origin": f.origin, "message": f.message}
            })
            .to_string(),
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}
