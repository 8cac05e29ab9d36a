//! Where candidate events are lost, for counting tools (`bench/golden_losses.py
//! --dropped`): JSON Lines documents in (`id`, `text`, optional `title` and `published`, as
//! the `accuracy` example reads them), one JSON line out per candidate the engine did not
//! code: the document id, the sentence's offsets (in characters, as the record's), the trigger word, its CAMEO and
//! PLOVER codes, the rule's source, the stage and reason that dropped it, and, for a
//! candidate whose subject or agent named no party, that phrase's shape (`shape`, else null);
//! for a trigger tagged as another part of speech than its pattern's, the tag given and the
//! part wanted (`shape`) and where the word stands (`position`: before it, after it, the kind
//! of line; else null).
//!
//! ```sh
//! cargo run -p sitrep-core --example dropped -- docs.jsonl > dropped.jsonl
//! ```

use std::io::{BufWriter, Write};

use serde_json::json;
#[path = "common/documents.rs"]
mod documents;

fn main() {
    let pipeline = documents::pipeline();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    documents::for_each_document("usage: dropped DOCS.jsonl > DROPPED.jsonl", |doc| {
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
                "shape": d.shape,
                "position": d.position,
            });
            serde_json::to_writer(&mut out, &line).expect("write");
            out.write_all(b"\n").expect("write");
        }
    });
}
