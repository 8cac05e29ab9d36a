//! Prunes a trained weights file at several thresholds and reports size,
//! held-out attachment scores and speed for each, so the shipped threshold is
//! a measured trade-off. Writes the pruned file for the last threshold.
//!
//! ```text
//! cargo run --release -p sitrep-parser --example parser_prune -- \
//!     --weights /tmp/parser-full.bin --data /tmp/parser-data --min 5,10,20 \
//!     --out crates/parser/data/parser.bin
//! ```

use sitrep_parser::train::{evaluate, read_tsv, tokens};
use sitrep_parser::{model, Parser};
use sitrep_tagger::Tagger;

fn main() {
    let mut weights = String::new();
    let mut data = "/tmp/parser-data".to_string();
    let mut mins = vec![1.0f32];
    let mut out = None;
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let v = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--weights" => weights = v,
            "--data" => data = v,
            "--min" => {
                mins = v
                    .split(',')
                    .map(|x| x.parse().expect("--min X,Y"))
                    .collect()
            }
            "--out" => out = Some(v),
            other => panic!("unknown argument {other}"),
        }
    }
    let full = model::read(&std::fs::read(&weights).expect("weights file")).expect("valid weights");
    let text = std::fs::read_to_string(format!("{data}/heldout.tsv")).expect("heldout.tsv");
    let tagger = Tagger::builtin();
    let held: Vec<_> = read_tsv(&text)
        .0
        .into_iter()
        .map(|s| {
            let t = tokens(tagger, &s);
            (s, t)
        })
        .collect();
    let mut last = Vec::new();
    for &min in &mins {
        let bytes = full.pruned(min).to_bytes();
        let parser = Parser::from_bytes(&bytes).expect("pruned weights load");
        let mut line = format!(
            "min {min}: {} bytes, {} features, {} weights;",
            bytes.len(),
            parser.n_features(),
            parser.n_weights()
        );
        for source in ["synthetic", "voa", ""] {
            let part: Vec<_> = held
                .iter()
                .filter(|(s, _)| source.is_empty() || s.source == source)
                .cloned()
                .collect();
            let sc = evaluate(&parser, &part);
            line += &format!(
                " {}: UAS {:.4} LAS {:.4}",
                if source.is_empty() { "all" } else { source },
                sc.uas(),
                sc.las()
            );
            if source.is_empty() {
                line += &format!(", {:.0} sentences/s", sc.sentences as f64 / sc.seconds);
            }
        }
        println!("{line}");
        last = bytes;
    }
    if let Some(out) = out {
        std::fs::write(&out, &last).expect("write weights");
    }
}
