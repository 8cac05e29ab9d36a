//! Headlines and wire ledes that drop the auxiliary of a passive (issue #9): "Afghan police
//! commander shot dead in Kandahar" tells of a victim, not a doer, while "Russia bombs
//! Kharkiv" and "Ukraine shot down Russian drones" keep their subject as the doer. The
//! headlines (`tests/headline_passives/paragraphs.txt`) were coded by hand before the engine
//! ran on them; each section of the file is one family: reduced passives with the doer
//! unnamed, with a `by` agent, of the state's own acts, active headlines (the traps), and
//! headlines that report no political event.
//!
//! The test prints each headline coded wrong, then per section the category recall and the
//! dyad share (an event of the category with both scored parties right), and asserts floors
//! just under the measured figures (raise them as the coder improves, never lower them).

mod common;

use common::paragraph_cases::{parse, score, sections, Counted, Figures};

#[test]
fn headline_passives_code_the_victim_as_recipient() {
    let file = include_str!("headline_passives/paragraphs.txt");
    let all = parse(file);
    let none_lines = all.iter().filter(|c| c.category.is_none()).count();
    assert!(
        all.len() >= 40 && none_lines >= 3,
        "the task asks for at least 40 headlines"
    );
    let mut by_section: Vec<(&str, Figures)> = Vec::new();
    for (section, body) in sections(file) {
        by_section.push((section, score(&parse(&body), Counted::Done)));
    }
    let lines: usize = by_section.iter().map(|(_, f)| f.paragraphs).sum();
    assert_eq!(lines, all.len(), "a line outside every section");
    println!("\nper section:");
    for (section, f) in &by_section {
        println!(
            "  {section:<45} {:>2}/{:<2} category {:.2}  dyad {:.2}  NONE coded {}/{}",
            f.found,
            f.expected,
            f.category(),
            f.dyad(),
            f.none_coded,
            f.none_lines
        );
    }
    let figures = |prefix: &str| -> (f64, f64) {
        let (found, dyad_ok, expected) = by_section
            .iter()
            .filter(|(s, _)| s.starts_with(prefix))
            .fold((0, 0, 0), |(a, b, c), (_, f)| {
                (a + f.found, b + f.dyad_ok, c + f.expected)
            });
        (
            common::paragraph_cases::ratio(found, expected),
            common::paragraph_cases::ratio(dyad_ok, expected),
        )
    };
    let (passive_category, passive_dyad) = figures("reduced passives");
    let (active_category, active_dyad) = figures("active");
    let none_coded: usize = by_section.iter().map(|(_, f)| f.none_coded).sum();
    println!(
        "reduced passives: category {passive_category:.2} dyad {passive_dyad:.2}; \
         active: category {active_category:.2} dyad {active_dyad:.2}; NONE coded {none_coded}"
    );
    // Floors just under the measured figures. First run, before any change: reduced
    // passives category 19/24 (0.79), dyad 6/24 (0.25) (the victim coded as the doer);
    // active headlines 12/15 (0.80) and 12/15 (0.80); no NONE line coded. After the
    // reduced passive is pinned (a `VBN` the tagger read, a resultative "shot dead in",
    // a root participle with a subject and no auxiliary) and candidates count as
    // political victims: passives 19/24 (0.79), dyad 17/24 (0.71); active unchanged.
    assert!(
        passive_category >= 0.79,
        "passive category {passive_category:.2} fell"
    );
    assert!(passive_dyad >= 0.70, "passive dyad {passive_dyad:.2} fell");
    assert!(
        active_category >= 0.80,
        "active category {active_category:.2} fell"
    );
    assert!(active_dyad >= 0.80, "active dyad {active_dyad:.2} fell");
    assert!(none_coded == 0, "{none_coded} NONE lines coded an event");
}
