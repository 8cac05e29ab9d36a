//! What each feature template of a trained model is worth: for every feature
//! position, how often its feature has stored weights in the scored states of
//! the held-out sentences, and the held-out attachment scores when it alone is
//! left out at parse time (without retraining: an upper bound of the loss).
//! Templates that are rarely found in the table cost a cache-missing lookup
//! per state for little; the cheapest to remove lose the least.
//!
//! ```text
//! cargo run --release -p sitrep-parser --example parser_ablate -- /work/parser-data/heldout.tsv
//! ```
//! `PARSER_MODEL=FILE` measures another weights file; `-- FILE --sets 13,14;13,14,23`
//! scores each set of positions left out at once.

use sitrep_parser::train::{ablate, evaluate_without, read_tsv, tokens};
use sitrep_parser::Parser;
use sitrep_tagger::Tagger;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/work/parser-data/heldout.tsv".to_string());
    let parser: &Parser = match std::env::var("PARSER_MODEL") {
        Ok(p) => Box::leak(Box::new(
            Parser::from_bytes(&std::fs::read(p).expect("PARSER_MODEL file"))
                .expect("valid weights"),
        )),
        Err(_) => Parser::builtin(),
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let tagger = Tagger::builtin();
    let data: Vec<_> = read_tsv(&text)
        .0
        .into_iter()
        .map(|s| {
            let t = tokens(tagger, &s);
            (s, t)
        })
        .collect();
    let voa: Vec<_> = data
        .iter()
        .filter(|(s, _)| s.source == "voa")
        .cloned()
        .collect();
    // `--sets 13,14;13,14,23`: the scores with each set of positions left out
    // at once, instead of the one-at-a-time table.
    if let Some(sets) = std::env::args().nth(2).filter(|a| a == "--sets") {
        let _ = sets;
        let spec = std::env::args().nth(3).expect("--sets K,L;M");
        for set in spec.split(';') {
            let masked: Vec<usize> = set
                .split(',')
                .map(|k| k.parse().expect("feature position"))
                .collect();
            let (a, v) = (
                evaluate_without(parser, &data, &masked),
                evaluate_without(parser, &voa, &masked),
            );
            println!(
                "without {set}: all UAS {:.4} LAS {:.4}, VOA UAS {:.4} LAS {:.4}",
                a.uas(),
                a.las(),
                v.uas(),
                v.las()
            );
        }
        return;
    }
    let all = ablate(parser, &data);
    let real = ablate(parser, &voa);
    println!(
        "{} scored states; full model: all UAS {:.4} LAS {:.4}, VOA UAS {:.4} LAS {:.4}",
        all.states,
        all.full.uas(),
        all.full.las(),
        real.full.uas(),
        real.full.las()
    );
    println!("position\tfound\tdUAS_all\tdLAS_all\tdUAS_voa\tdLAS_voa");
    for k in 0..all.hits.len() {
        println!(
            "{k}\t{:.3}\t{:+.4}\t{:+.4}\t{:+.4}\t{:+.4}",
            all.hits[k] as f64 / all.states.max(1) as f64,
            all.without[k].uas() - all.full.uas(),
            all.without[k].las() - all.full.las(),
            real.without[k].uas() - real.full.uas(),
            real.without[k].las() - real.full.las(),
        );
    }
}
