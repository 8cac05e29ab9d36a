//! Validate an event pattern file and print its statistics and CAMEO coverage.
//!
//! `cargo run -p sitrep-lexicon --example check_lexicon [path/to/events.txt]`
//! (default: the crate's `data/events.txt`, read from disk so edits need no rebuild).

use sitrep_lexicon::{Cues, EventLexicon, Ontology};
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/events.txt").to_string());
    let src = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let t0 = Instant::now();
    let ontology = Ontology::builtin();
    let t_ontology = t0.elapsed();
    let t0 = Instant::now();
    let _ = Cues::builtin();
    let t_cues = t0.elapsed();
    println!(
        "ontology built in {:.2} ms, cues in {:.2} ms",
        t_ontology.as_secs_f64() * 1e3,
        t_cues.as_secs_f64() * 1e3
    );
    let t0 = Instant::now();
    let lex = match EventLexicon::from_source(&path, &src) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    // The first build includes one-time work (irregular table); report the fastest of a
    // few rebuilds too, since shared machines make single timings noisy.
    let first = t0.elapsed();
    let mut built = first;
    for _ in 0..9 {
        let t = Instant::now();
        let again = EventLexicon::from_source(&path, &src);
        built = built.min(t.elapsed());
        assert_eq!(
            again.map(|l| l.patterns().len()).ok(),
            Some(lex.patterns().len())
        );
    }
    let st = lex.stats();
    println!(
        "{} pattern lines, {} patterns, {} head lemmas, {} head forms, built in {:.1} ms (first {:.1} ms)",
        st.lines,
        st.patterns,
        st.head_lemmas,
        st.head_forms,
        built.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3
    );
    let reach = lex.reachable_codes();
    let codable: Vec<&str> = ontology
        .codes()
        .filter(|c| c.plover.is_some() && c.code.len() >= 3)
        .map(|c| c.code.as_str())
        .collect();
    let missing: Vec<&str> = codable
        .iter()
        .copied()
        .filter(|c| !reach.contains(c))
        .collect();
    println!(
        "coverage: {} of {} codable CAMEO codes (02x-20x, 3-4 digits) reachable",
        codable.len() - missing.len(),
        codable.len()
    );
    if !missing.is_empty() {
        println!("unreachable: {}", missing.join(" "));
    }
    // Matching throughput over a corpus (default: the shared VOA stories), tokenised naively
    // on whitespace and punctuation; the whole JSON line is scanned, which is close enough.
    let corpus = std::env::args().nth(2).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpora/voa/voa_stories.jsonl"
        )
        .to_string()
    });
    let Ok(text) = std::fs::read_to_string(&corpus) else {
        println!("no corpus at {corpus}: matching throughput not measured");
        return;
    };
    let lower = text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
    let sentences: Vec<Vec<&str>> = lower
        .split(['.', '!', '?', '\n'])
        .map(|s| {
            s.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '"' | '(' | ')'))
                .filter(|w| !w.is_empty())
                .collect()
        })
        .filter(|s: &Vec<&str>| !s.is_empty())
        .collect();
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..5 {
        for s in &sentences {
            n += lex.find_all(s, |_| s.len()).len();
        }
    }
    let secs = t.elapsed().as_secs_f64() / 5.0;
    println!(
        "matching: {} sentences, {} matches, {:.1} MB/s ({:.2} ms per pass over {:.2} MB)",
        sentences.len(),
        n / 5,
        text.len() as f64 / 1e6 / secs,
        secs * 1e3,
        text.len() as f64 / 1e6
    );
}
