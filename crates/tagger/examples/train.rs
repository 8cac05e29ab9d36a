//! Trains the tagger from annotate.py's TSV files and writes the weights.
//!
//! ```text
//! cargo run --release -p sitrep-tagger --example train -- \
//!     --data /tmp/tagger-data --epochs 10 --min-weight 1.5 \
//!     --lex-min-count 5 --dict-min-count 50 --dict-min-ratio 0.995 \
//!     --out crates/tagger/data/tagger.bin
//! ```
//! Reads `train.tsv`, and reports accuracy on `heldout.tsv` and (if
//! present) `voa.tsv` in the same directory.

use sitrep_tagger::train::{confusions, evaluate, export, read_tsv, Perceptron, Sentence};
use sitrep_tagger::Tagger;
use std::time::Instant;

fn load(path: &str) -> Option<Vec<Sentence>> {
    let text = std::fs::read_to_string(path).ok()?;
    let (s, skipped) = read_tsv(&text);
    eprintln!("{path}: {} sentences ({skipped} skipped)", s.len());
    Some(s)
}

fn main() {
    let mut data = "/tmp/tagger-data".to_string();
    let mut epochs = 10usize;
    let mut min_weights = vec![1.5f32];
    let mut out = None;
    let mut dict_min_count = 50usize;
    let mut lex_min_count = 5usize;
    let mut dict_min_ratio = 0.995f64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().expect("missing value");
        match a.as_str() {
            "--data" => data = val(),
            "--epochs" => epochs = val().parse().unwrap(),
            "--min-weight" => min_weights = val().split(',').map(|x| x.parse().unwrap()).collect(),
            "--out" => out = Some(val()),
            "--dict-min-count" => dict_min_count = val().parse().unwrap(),
            "--lex-min-count" => lex_min_count = val().parse().unwrap(),
            "--dict-min-ratio" => dict_min_ratio = val().parse().unwrap(),
            _ => panic!("unknown argument {a}"),
        }
    }
    let train = load(&format!("{data}/train.tsv")).expect("train.tsv");
    let heldout = load(&format!("{data}/heldout.tsv")).unwrap_or_default();
    let voa = load(&format!("{data}/voa.tsv")).unwrap_or_default();
    let t0 = Instant::now();
    let mut p = Perceptron::default();
    p.build_lexicon(&train, lex_min_count, dict_min_count, dict_min_ratio);
    let dict = p.lexicon();
    eprintln!("lexicon: {} words", dict.len());
    p.train(&train, epochs, |e, acc| {
        eprintln!("epoch {e}: train acc {:.4} ({:.1?})", acc, t0.elapsed())
    });
    let avg = p.averaged();
    let mut last = None;
    for &mw in &min_weights {
        let bytes = export(&avg, &dict, mw);
        let tagger = Tagger::from_bytes(&bytes).unwrap();
        let acc = |d: &[Sentence]| {
            let (ok, n) = evaluate(&tagger, d, false);
            let (oks, _) = evaluate(&tagger, d, true);
            format!(
                "{:.4} ({ok}/{n}), with spacing {:.4}",
                ok as f64 / n.max(1) as f64,
                oks as f64 / n.max(1) as f64
            )
        };
        println!(
            "min_weight {mw}: {} bytes, {} features, {} weights; heldout {}; voa {}",
            bytes.len(),
            tagger.n_features(),
            tagger.n_weights(),
            acc(&heldout),
            acc(&voa)
        );
        for (name, d) in [("heldout", &heldout), ("voa", &voa)] {
            let top: Vec<String> = confusions(&tagger, d, 12)
                .iter()
                .map(|(g, p, n)| format!("{g}->{p} {n}"))
                .collect();
            println!(
                "  {name} top confusions (gold->predicted): {}",
                top.join(", ")
            );
        }
        last = Some(bytes);
    }
    if let (Some(path), Some(bytes)) = (out, last) {
        std::fs::write(&path, bytes).unwrap();
        eprintln!("wrote {path}");
    }
}
