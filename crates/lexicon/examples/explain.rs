//! Show which event patterns and frame cues fire in sentences read from stdin (one per line).
//!
//! `echo "Ukraine launched a drone strike on Russia" | cargo run -p sitrep-lexicon --example explain`
//!
//! Tokenisation here is a simple whitespace/punctuation split for inspecting the lexicon;
//! the real coder supplies its own tokens.
//!
//! Each sentence is printed, then one line per event pattern that fires (`  [CODE] ...`),
//! then one line per frame cue that could code an event (`  frame [CODE] ...`): a predicate
//! of wrongdoing after a speech verb ("said Iran had harassed ..."), a reacting verb with its
//! manner adverb, a frame cue with a generic event ("urged Pakistan to"), or a frame cue
//! right before a pattern's words that its mirror table rewrites to another code
//! ("threatened to | impose sanctions"). The frame check is as flat as the pattern check:
//! no tags, no parties, a `*` noun phrase is any run of words without a clause word, and
//! nothing may stand between the words of a cue. `bench/golden_losses.py` reads both kinds
//! of line, so that a miss a frame could code is not counted as a vocabulary gap.
//!
//! With `--forms`, each stdin line is one word instead, and every pattern headed by that
//! form is printed (`  [CODE] verb|noun (line N: source)`): the patterns a trigger has
//! under each part of speech.

use sitrep_lexicon::{EventLexicon, Frames, MirrorResult, Ontology, TriggerPos, WordLists};
use std::io::BufRead;

fn tokens_of(line: &str) -> Vec<String> {
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
    tokens
}

/// Words that end a `*` noun phrase in the flat frame check: the phrase names one party,
/// and a clause word or conjunction starts something else.
const NOT_IN_PHRASE: &[&str] = &[
    "that", "and", "but", "or", "who", "which", "to", "if", "because", "while", "as",
];

fn print_forms(lex: &EventLexicon) {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let word = line.trim().to_lowercase();
        println!("{}", line.trim());
        for &id in lex.patterns_for(&word) {
            let p = lex.pattern(id);
            let pos = match p.pos {
                TriggerPos::Verb => "verb",
                TriggerPos::Noun => "noun",
            };
            println!("  [{}] {} (line {}: {})", p.cameo, pos, p.line, p.source);
        }
    }
}

fn main() {
    let lex = EventLexicon::builtin();
    if std::env::args().any(|a| a == "--forms") {
        print_forms(lex);
        return;
    }
    let ontology = Ontology::builtin();
    let frames = Frames::builtin();
    let speech = WordLists::builtin().get("speech-verbs");
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let tokens = tokens_of(&line);
        let words: Vec<&str> = tokens.iter().map(String::as_str).collect();
        println!("{line}");
        let matches = lex.find_all(&words, |_| words.len());
        for m in &matches {
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
        let np_ok = |i: usize| !NOT_IN_PHRASE.contains(&words[i]);
        let skip_ok = |_: usize| false;
        let said_before = |i: usize| {
            words[..i]
                .iter()
                .any(|w| speech.is_some_and(|l| l.contains(w)) || *w == "alleged")
        };
        // One line per distinct cue reading: a `*` phrase of several lengths, or a pattern
        // of several lines with one code, would print the same line again.
        let mut lines: Vec<String> = Vec::new();
        let mut found = Vec::new();
        for i in 0..words.len() {
            found.clear();
            if said_before(i) {
                frames.wrongdoing_at(&words, i, &np_ok, &skip_ok, &mut found);
                for c in &found {
                    let cue = frames.wrongdoing_cue(c.cue);
                    lines.push(format!(
                        "  frame [{}] wrongdoing at {:>2} \"{}\"  (line {})",
                        cue.cameo, i, cue.text, cue.line
                    ));
                }
            }
            if let Some(r) = frames.reaction_at(&words, i) {
                let r = frames.reaction(r.reaction);
                lines.push(format!(
                    "  frame [{}] reaction at {:>2} \"{}\"  (line {})",
                    r.cameo, i, r.text, r.line
                ));
            }
            found.clear();
            frames.cues_at(&words, i, &np_ok, &skip_ok, &mut found);
            for c in &found {
                let cue = frames.cue(c.cue);
                let frame = frames.frame(cue.frame);
                if let (true, Some(code)) = (cue.generic, &frame.generic) {
                    lines.push(format!(
                        "  frame [{}] {} at {:>2} \"{}\" generic  (line {})",
                        code, frame.name, i, cue.text, cue.line
                    ));
                }
                // The act the cue governs starts where the cue ends, an auxiliary or a
                // light verb between ("will | visit", "threatened to | launch strikes").
                for m in matches
                    .iter()
                    .filter(|m| (c.end..=c.end + 2).contains(&m.start))
                {
                    let act = &lex.pattern(m.pattern).cameo;
                    if let Some((MirrorResult::Code(code), mirror_line)) =
                        frames.mirror(cue.frame, act)
                    {
                        lines.push(format!(
                            "  frame [{}] {} at {:>2} \"{}\" over [{}] {}  (line {}, mirror line {})",
                            code, frame.name, i, cue.text, act, words[m.head], cue.line, mirror_line
                        ));
                    }
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        for l in lines.into_iter().filter(|l| seen.insert(l.clone())) {
            println!("{l}");
        }
    }
}
