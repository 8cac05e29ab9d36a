//! Checks of every line of the built-in event lexicon (`data/events.txt`): its code is
//! codable, its examples (`= "..."`) match it and code to its section, and every codable
//! CAMEO code is reachable by several distinct phrasings.
//!
//! The examples are checked with the lexicon's own matcher (`EventLexicon::find_all` over
//! the example's lowercased words, object region = rest of the sentence), not the full
//! pipeline: an example proves the line's words, particles, object keywords and exclusions
//! fit a real sentence and that no other line of the same part of speech outranks it at that
//! head (the coder only tries verb patterns on tokens tagged as verbs and noun patterns on
//! nouns, so a verb line is compared with verb lines). Which actor and recipient the coder
//! then finds is tested in `crates/core`.

use sitrep_lexicon::{EventLexicon, Ontology, Pattern, Slot, SubjectRole, TriggerPos};
use std::collections::{BTreeMap, BTreeSet};

/// Lowercase and split a sentence the way the coder hands it over: words, punctuation split
/// off, curly apostrophes normalised, possessive "'s" a token of its own.
fn tokens(s: &str) -> Vec<String> {
    let s = s.replace(['\u{2019}', '\u{2018}'], "'");
    let mut out = Vec::new();
    for raw in s.split_whitespace() {
        let w = raw.trim_matches(|c: char| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '"' | '\u{201c}' | '\u{201d}' | '(' | ')' | '?' | '!'
            )
        });
        if w.is_empty() {
            continue;
        }
        let lower = w.to_lowercase();
        if let Some(stem) = lower.strip_suffix("'s") {
            out.push(stem.to_string());
            out.push("'s".to_string());
        } else if let Some(stem) = lower.strip_suffix("s'") {
            out.push(format!("{stem}s"));
            out.push("'".to_string());
        } else {
            out.push(lower);
        }
    }
    out
}

/// The first pattern of each source line (head alternatives share line, code and examples).
fn lines(lex: &EventLexicon) -> Vec<&Pattern> {
    let mut seen = BTreeSet::new();
    lex.patterns()
        .iter()
        .filter(|p| seen.insert(p.line))
        .collect()
}

#[test]
fn every_line_codes_to_a_codable_code() {
    let o = Ontology::builtin();
    let lex = EventLexicon::builtin();
    for p in lines(lex) {
        let c = o
            .cameo(&p.cameo)
            .unwrap_or_else(|| panic!("events.txt:{}: unknown CAMEO {}", p.line, p.cameo));
        // 02x appeals are coded as PLOVER REQUEST (see data/cameo.tsv); everything else
        // needs its own PLOVER category, and two-digit headings are not event codes.
        assert!(
            (c.plover.is_some() || p.cameo.starts_with("02")) && p.cameo.len() >= 3,
            "events.txt:{}: CAMEO {} is not codable",
            p.line,
            p.cameo
        );
    }
}

#[test]
fn every_example_matches_its_line_and_codes_to_it() {
    let lex = EventLexicon::builtin();
    let mut checked = 0;
    let mut failures = Vec::new();
    for p in lines(lex) {
        for ex in p.examples.iter() {
            checked += 1;
            let t = tokens(ex);
            let w: Vec<&str> = t.iter().map(String::as_str).collect();
            let all = lex.find_all(&w, |_| w.len());
            let heads: BTreeSet<usize> = all
                .iter()
                .filter(|m| lex.pattern(m.pattern).line == p.line)
                .map(|m| m.head)
                .collect();
            if heads.is_empty() {
                failures.push(format!(
                    "events.txt:{} [{}] example does not match `{}`: {ex:?}",
                    p.line, p.cameo, p.source
                ));
                continue;
            }
            // `find_all` orders the matches of one head most specific first: the line must
            // win at one of its heads among lines of its part of speech (a line that always
            // loses to another is dead weight).
            let best: Vec<&Pattern> = heads
                .iter()
                .filter_map(|&h| {
                    all.iter()
                        .find(|m| m.head == h && lex.pattern(m.pattern).pos == p.pos)
                })
                .map(|m| lex.pattern(m.pattern))
                .collect();
            if !best.iter().any(|b| b.cameo == p.cameo) {
                let b = best[0];
                failures.push(format!(
                    "events.txt:{} [{}] example {ex:?} is outranked at {:?} by line {} [{}] `{}`",
                    p.line,
                    p.cameo,
                    heads.iter().map(|&h| w[h]).collect::<Vec<_>>(),
                    b.line,
                    b.cameo,
                    b.source
                ));
            }
        }
    }
    println!("{checked} examples checked, {} failing", failures.len());
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    assert!(checked >= 600, "only {checked} examples");
}

/// A phrasing is what a reader sees: the head lemma with its required neighbours and
/// particles, as verb or noun. Object keywords refine a phrasing but do not make a new one,
/// and a noun written in singular and plural ("threat|threats") is one phrasing.
fn phrasing(p: &Pattern) -> String {
    let mut s = String::from(if p.pos == TriggerPos::Verb {
        "v:"
    } else {
        "n:"
    });
    for alts in p.before.iter() {
        s.push_str(&alts.join("|"));
        s.push(' ');
    }
    let lemma = match p.pos {
        TriggerPos::Noun if p.lemma.ends_with('s') && !p.lemma.ends_with("ss") => {
            &p.lemma[..p.lemma.len() - 1]
        }
        _ => p.lemma.as_str(),
    };
    s.push_str(lemma);
    for alts in &p.after {
        s.push(' ');
        s.push_str(&alts.join("|"));
    }
    s
}

#[test]
fn every_codable_code_has_five_phrasings() {
    let o = Ontology::builtin();
    let lex = EventLexicon::builtin();
    let mut per_code: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut lines_per_code: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for p in lex.patterns() {
        per_code.entry(&p.cameo).or_default().insert(phrasing(p));
        lines_per_code.entry(&p.cameo).or_default().insert(p.line);
    }
    let codable: Vec<&str> = o
        .codes()
        .filter(|c| c.plover.is_some() && c.code.len() >= 3)
        .map(|c| c.code.as_str())
        .collect();
    let count = |c: &str| per_code.get(c).map_or(0, BTreeSet::len);
    let mut thin: Vec<(usize, &str)> = codable
        .iter()
        .map(|&c| (count(c), c))
        .filter(|&(n, _)| n < 5)
        .collect();
    thin.sort();
    let mut by_count: Vec<(usize, &str)> = codable.iter().map(|&c| (count(c), c)).collect();
    by_count.sort();
    println!(
        "phrasings per code: min {:?}, median {}, max {:?}",
        by_count.first(),
        by_count[by_count.len() / 2].0,
        by_count.last()
    );
    println!(
        "thinnest codes (phrasings, pattern lines): {}",
        by_count
            .iter()
            .take(15)
            .map(|&(n, c)| format!("{c}:{n}/{}", lines_per_code.get(c).map_or(0, |l| l.len())))
            .collect::<Vec<_>>()
            .join(" ")
    );
    // The cooperative and yielding roots (02-09, issue #9's breadth task).
    let mut cooperative: Vec<usize> = codable
        .iter()
        .filter(|c| ("02".."10").contains(&&c[..2]))
        .map(|&c| count(c))
        .collect();
    cooperative.sort();
    println!(
        "roots 02-09: {} codes, {} with at least five phrasings, min {:?}, median {}",
        cooperative.len(),
        cooperative.iter().filter(|&&n| n >= 5).count(),
        cooperative.first(),
        cooperative[cooperative.len() / 2]
    );
    if !thin.is_empty() {
        println!("codes below five phrasings: {thin:?}");
    }
    assert_eq!(codable.len(), 281);
    assert!(thin.is_empty(), "codes below five phrasings: {thin:?}");
}

#[test]
fn lexicon_size() {
    let lex = EventLexicon::builtin();
    let st = lex.stats();
    let examples = lines(lex).iter().filter(|p| !p.examples.is_empty()).count();
    println!("{st:?}; {examples} lines with examples");
    // Pattern lines and patterns (one per head alternative) of the grown lexicon.
    assert!(st.lines >= 1900, "{st:?}");
    assert!(st.patterns >= 12_000, "{st:?}");
}

/// A line that says what its subject is (`> victim ...`, `> receiver ...`, `> experiencer
/// ...`) inverts the usual roles, so its category must fit the inversion: a victim
/// undergoes force and a receiver gets aid, a concession ("the union won concessions from
/// the government"), praise and backing ("the reform drew praise from the World Bank") or
/// assurances ("Poland received assurances from Washington", AGREE, session 17) (its
/// slots, prepositions only, name the doer; the object is the act undergone), and an
/// experiencer reacts (a disapproval, a rejection or support of what it reacts to).
#[test]
fn subject_roles_fit_their_categories() {
    let o = Ontology::builtin();
    let lex = EventLexicon::builtin();
    let mut seen = (0, 0);
    for p in lines(lex) {
        let plover = o.cameo(&p.cameo).and_then(|c| c.plover.clone());
        match p.subject {
            SubjectRole::Doer => continue,
            SubjectRole::Victim => {
                seen.0 += 1;
                assert!(
                    matches!(
                        plover.as_deref(),
                        Some("ASSAULT" | "COERCE" | "AID" | "CONCEDE" | "SUPPORT" | "AGREE")
                    ),
                    "events.txt:{}: a victim undergoes force and a receiver gets aid, a concession, praise or assurances, not {plover:?}",
                    p.line
                );
                assert!(
                    p.recipient.iter().all(|s| matches!(s, Slot::Prep(_))),
                    "events.txt:{}: a victim's doer is a prepositional object",
                    p.line
                );
            }
            SubjectRole::Experiencer => {
                seen.1 += 1;
                assert!(
                    matches!(plover.as_deref(), Some("ACCUSE" | "REJECT" | "SUPPORT")),
                    "events.txt:{}: an experiencer reacts, not {plover:?}",
                    p.line
                );
            }
        }
        assert_eq!(p.pos, TriggerPos::Verb, "events.txt:{}", p.line);
    }
    assert!(seen.0 > 0 && seen.1 > 0, "{seen:?}");
}
