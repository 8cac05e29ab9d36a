//! Show which event patterns fire in sentences read from stdin (one per line).
//!
//! `echo "Ukraine launched a drone strike on Russia" | cargo run -p sitrep-lexicon --example explain`
//!
//! Tokenisation here is a simple whitespace/punctuation split for inspecting the lexicon;
//! the real coder supplies its own tokens.

use sitrep_lexicon::{EventLexicon, Ontology};
use std::io::BufRead;

fn main() {
    let lex = EventLexicon::builtin();
    let ontology = Ontology::builtin();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let norm = line.replace(['\u{2019}', '\u{2018}'], "'").to_lowercase();
        let mut tokens: Vec<String> = Vec::new();
        for raw in norm.split_whitespace() {
            let w = raw.trim_matches(|c: char| {
                c.is_ascii_punctuation() && c != '\'' && c != '-'
                    || matches!(c, '\u{201c}' | '\u{201d}')
            });
            if let Some(stem) = w.strip_suffix("'s") {
                tokens.push(stem.to_string());
                tokens.push("'s".to_string());
            } else if !w.is_empty() {
                tokens.push(w.to_string());
            }
        }
        let words: Vec<&str> = tokens.iter().map(String::as_str).collect();
        println!("{line}");
        for m in lex.find_all(&words, |_| words.len()) {
            let p = lex.pattern(m.pattern);
            let c = ontology
                .cameo(&p.cameo)
                .map(|c| c.description.as_str())
                .unwrap_or("?");
            println!(
                "  [{}] {:<12} spec {:>2} head {:>2} {:<14} obj {:<14} {}  (line {}: {})",
                p.cameo,
                c.chars().take(12).collect::<String>(),
                m.specificity,
                m.head,
                words[m.head],
                m.object_token.map(|j| words[j]).unwrap_or("-"),
                if m.object_before_head {
                    "(before head)"
                } else {
                    ""
                },
                p.line,
                p.source.chars().take(70).collect::<String>()
            );
        }
    }
}
