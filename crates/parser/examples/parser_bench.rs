//! Measures load time and parsing throughput of the shipped parser (tags are
//! computed beforehand and not timed).
//!
//! ```text
//! cargo run --release -p sitrep-parser --example parser_bench [-- /tmp/parser-data/heldout.tsv]
//! ```
//! Without a TSV argument it parses built-in news sentences repeatedly.
//! With `PARSER_TREES=FILE` it first writes every sentence's tree to FILE (CoNLL-like
//! columns, a blank line between sentences), so two builds can be checked to parse
//! alike (`cmp` the files).
//! Throughput is reported per CPU second of the parsing thread (Linux
//! schedstat), which stays meaningful on a shared, loaded machine.

use sitrep_parser::train::read_tsv;
use sitrep_parser::{Parser, Scratch, Tok, Tree};
use sitrep_tagger::Tagger;
use std::time::Instant;

fn cpu_time() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

const SENTENCES: &[&str] = &[
    "Kyrgyzstan and Tajikistan agreed on Wednesday to pull troops back from a contested stretch of their border after two days of fighting that killed at least 14 people , officials in both capitals said .",
    "The truce was brokered by Russia , whose foreign minister spoke by phone with his Kyrgyz and Tajik counterparts late on Tuesday .",
    "Sergei Shoigu , Russia 's defence minister , met North Korean leader Kim Jong Un in Pyongyang and pledged further military cooperation .",
    "Israeli aircraft struck a convoy near the Syrian border overnight , the military said , adding that the trucks were carrying weapons bound for Hezbollah .",
    "The European Union imposed new sanctions on Belarus on Monday over its role in the war in Ukraine .",
    "Aid agencies said a convoy of 20 trucks carrying food and medicine reached El Fasher on Saturday after weeks of negotiations with the Rapid Support Forces .",
    "Protesters who gathered outside parliament were dispersed by police using tear gas , witnesses told Reuters .",
    "China condemned the visit as a provocation and summoned the U.S. ambassador .",
];

fn main() {
    let c0 = cpu_time();
    let t0 = Instant::now();
    let parser: &Parser = match std::env::var("PARSER_MODEL") {
        // Benchmark another weights file (load time then includes reading it).
        Ok(path) => Box::leak(Box::new(
            Parser::from_bytes(&std::fs::read(path).expect("PARSER_MODEL file"))
                .expect("valid weights"),
        )),
        Err(_) => Parser::builtin(),
    };
    let load = t0.elapsed();
    let c1 = cpu_time();
    println!(
        "load: {:.2} ms wall, {:.2} ms cpu ({} bytes, {} features, {} weights)",
        load.as_secs_f64() * 1e3,
        c1.zip(c0).map_or(f64::NAN, |(a, b)| (a - b) * 1e3),
        std::env::var("PARSER_MODEL").map_or(Parser::builtin_weights_size(), |p| {
            std::fs::metadata(p).map_or(0, |m| m.len() as usize)
        }),
        parser.n_features(),
        parser.n_weights()
    );
    let sentences: Vec<Vec<String>> = match std::env::args().nth(1) {
        Some(path) => {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            read_tsv(&text).0.into_iter().map(|s| s.words).collect()
        }
        None => SENTENCES
            .iter()
            .map(|s| s.split(' ').map(String::from).collect())
            .collect(),
    };
    let tagger = Tagger::builtin();
    let toks: Vec<Vec<Tok>> = sentences
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.iter().map(String::as_str).collect();
            Tok::tag_all(tagger, &words)
        })
        .collect();
    if let Ok(path) = std::env::var("PARSER_TREES") {
        let mut scratch = Scratch::default();
        let mut tree = Tree::default();
        let mut out = String::new();
        for (s, t) in sentences.iter().zip(&toks) {
            parser.parse_toks(t, &mut scratch, &mut tree);
            let words: Vec<&str> = s.iter().map(String::as_str).collect();
            out.push_str(&tree.to_conll(&words));
            out.push('\n');
        }
        std::fs::write(&path, out).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let n_words: usize = toks.iter().map(Vec::len).sum();
    let rounds = (2_000_000 / n_words.max(1)).max(1);
    let mut scratch = Scratch::default();
    let mut tree = Tree::default();
    let mut checksum = 0usize;
    let c2 = cpu_time();
    let t2 = Instant::now();
    for _ in 0..rounds {
        for s in &toks {
            parser.parse_toks(s, &mut scratch, &mut tree);
            checksum += tree.root().unwrap_or(0);
        }
    }
    let wall = t2.elapsed().as_secs_f64();
    let cpu = cpu_time().zip(c2).map(|(a, b)| a - b);
    let n_sent = (rounds * toks.len()) as f64;
    let secs = cpu.unwrap_or(wall);
    println!(
        "parse: {} sentences ({:.1} words each), {:.0} sentences/s and {:.0} words/s per CPU second \
         ({:.0} sentences/s wall) [checksum {checksum}]",
        n_sent,
        n_words as f64 / toks.len().max(1) as f64,
        n_sent / secs,
        n_sent * (n_words as f64 / toks.len().max(1) as f64) / secs,
        n_sent / wall
    );
    println!("parser_sentences_per_s {:.0}", n_sent / secs);
}
