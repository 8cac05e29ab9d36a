//! The coder for the accuracy harness (`bench/accuracy.sh`): JSON Lines documents in (`id`,
//! `text`, optional `title` and `published`; other fields ignored), one record a line out,
//! in input order. It links only the pipeline, so the harness builds in a fraction of the
//! time the full CLI takes; the records are the same as `sitrep extract` writes.
//!
//! ```sh
//! cargo run --release -p sitrep-core --example accuracy -- docs.jsonl > records.jsonl
//! ```

use std::io::{BufWriter, Write};

#[path = "../../cli/src/alloc.rs"]
mod alloc;
/// The allocator `sitrep extract` links (crates/cli/src/main.rs).
#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

#[path = "common/documents.rs"]
mod documents;

fn main() {
    let pipeline = documents::pipeline();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    documents::for_each_document("usage: accuracy DOCS.jsonl > RECORDS.jsonl", |doc| {
        let record = pipeline.process(&doc);
        serde_json::to_writer(&mut out, &record).expect("write");
        out.write_all(b"\n").expect("write");
    });
}
