//! Long wire sentences whose event pattern fires but whose slots must survive the sentence
//! around the act (issue #9, #10): attribution after the act, fronted phrases, relative
//! clauses and appositions between subject and verb, coordinated verbs, the act in a
//! participle clause, reduced relatives, recipients as possessors, acts "between X and Y",
//! and objects that are persons named by a country adjective. The sentences
//! (`tests/wire_slots/paragraphs.txt`) were coded by hand before the engine ran on them;
//! the file's header gives the conventions, and each of its sections is one construction.
//!
//! The test prints each sentence coded wrong, then for each construction the category
//! recall (an event of the expected category) and the dyad share (an event of the category
//! with both scored parties right), and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted, Figures};

const SECTION_MARK: &str = "# ---";

/// The file cut at its section rules: (construction name, the lines under it).
fn sections(file: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    for line in file.lines() {
        if let Some(rule) = line.strip_prefix(SECTION_MARK) {
            out.push((rule.trim_start_matches('-').trim(), String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

#[test]
fn wire_sentences_keep_their_slots() {
    let file = include_str!("wire_slots/paragraphs.txt");
    let all = parse(file);
    let none_lines = all.iter().filter(|c| c.category.is_none()).count();
    assert!(
        all.len() - none_lines >= 80 && none_lines >= 10,
        "the task asks for at least 80 event lines and 10 NONE lines"
    );
    let mut total = Figures::default();
    let mut table = Vec::new();
    for (construction, body) in sections(file) {
        let cases = parse(&body);
        let f = score(&cases, Counted::NotNegated);
        table.push(format!(
            "{construction:<70} {:>2}/{:<2} category {:.2}  dyad {:.2}",
            f.found,
            f.expected,
            f.category(),
            f.dyad()
        ));
        total.paragraphs += f.paragraphs;
        total.expected += f.expected;
        total.found += f.found;
        total.dyad_ok += f.dyad_ok;
        total.none_lines += f.none_lines;
        total.none_coded += f.none_coded;
    }
    assert_eq!(total.paragraphs, all.len(), "a line outside every section");
    println!("\nper construction:");
    for row in &table {
        println!("  {row}");
    }
    let (category, dyad) = (total.category(), total.dyad());
    println!(
        "all: {} sentences, {} events expected: category {} ({category:.2}), dyad {} \
         ({dyad:.2}); NONE lines coded {} of {}",
        total.paragraphs,
        total.expected,
        total.found,
        total.dyad_ok,
        total.none_coded,
        total.none_lines
    );
    // Floors just under the measured figures. First run, before any change: category
    // 73/85 (0.86), dyad 68/85 (0.80), no NONE line coded (69/85 and 65/85 counting only
    // acts told as done; a threat is told as intended). After the session-9 slot work
    // (owned agents, misparsed relative clauses, `by` agents of the subject, `between`
    // on the noun's verb, the verb's own object before its keyword): 80/85 (0.94),
    // 76/85 (0.89).
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.88, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded an event",
        total.none_coded
    );
}
