//! Where candidate events are lost, for counting tools (`bench/golden_losses.py
//! --dropped`): JSON Lines documents in (`id`, `text`, optional `title` and `published`, as
//! the `accuracy` example reads them), one JSON line out per candidate the engine did not
//! code: the document id, the sentence's offsets (in characters, as the record's), the trigger word, its CAMEO and
//! PLOVER codes, the rule's source, and the stage and reason that dropped it.
//!
//! ```sh
//! cargo run -p sitrep-core --example dropped -- docs.jsonl > dropped.jsonl
//! ```

use std::io::{BufRead, BufWriter, Write};

use serde_json::{json, Value};
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: dropped DOCS.jsonl > DROPPED.jsonl");
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
        let (_, dropped) = pipeline.dropped(&doc);
        // The record counts offsets in characters; the engine in bytes.
        let chars = |byte: usize| doc.text[..byte].chars().count();
        for d in dropped {
            let line = json!({
                "id": doc.id,
                "sentence_start": chars(d.sentence_start),
                "sentence_end": chars(d.sentence_end),
                "trigger": d.trigger,
                "cameo": d.cameo,
                "plover": d.plover,
                "source": d.source,
                "stage": d.stage,
                "reason": d.reason,
            });
            serde_json::to_writer(&mut out, &line).expect("write");
            out.write_all(b"\n").expect("write");
        }
    }
}
