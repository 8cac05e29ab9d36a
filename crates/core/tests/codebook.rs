//! The codebook, code by code (issue #9): one manual-style sentence for every CAMEO code
//! that maps to a PLOVER category, 030 to 2042, and NONE lines
//! (`tests/codebook/paragraphs.txt`, format in its header: `CATEGORY@CAMEO|ACTOR>RECIPIENT|
//! sentence`). The other manual-style sets cover the common codes several times over; this
//! one covers the codebook's breadth, so a code no pattern reaches shows here. Written and
//! coded by hand before the engine ran on it: its first-run figures are an honest held-out
//! estimate.
//!
//! Each sentence is its own document. Every event counts except a negated one, which is
//! never a hit: an intent (03x) or a threat (13x) is what its line expects. The test prints
//! each line coded wrong (no event of its category, or a NONE line that coded one) with what
//! was coded, then per PLOVER category the recall, the share of its lines with an event of
//! the line's CAMEO root (two digits) and the dyad share; then for the whole file the
//! category recall and precision, the CAMEO root share and exact-code share, the dyad share
//! and the NONE lines coded. It asserts floors just under the measured figures (raise them
//! as the coder improves, never lower them to pass).

mod common;

use std::collections::BTreeMap;

use common::paragraph_cases::{code_outcome, parse, ratio, shown, Case, CodeTally};
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

/// Every sentence is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn every_cameo_code_has_a_sentence_coded_in_its_category() {
    let cases: Vec<Case> = parse(include_str!("codebook/paragraphs.txt"));
    let ontology = sitrep_lexicon::Ontology::builtin();
    let pipeline = Pipeline::new();
    let mut all = CodeTally::default();
    let mut per_category: BTreeMap<&str, CodeTally> = BTreeMap::new();
    let (mut none_lines, mut none_coded) = (0, 0);
    let (mut events_coded, mut events_of_category) = (0, 0);
    for case in &cases {
        let record = pipeline.process(&InputDocument {
            id: "codebook".into(),
            text: case.text.into(),
            published: Some(PUBLISHED.into()),
            ..InputDocument::default()
        });
        let events = &record.events;
        events_coded += events.len();
        let Some(category) = case.category else {
            none_lines += 1;
            if !events.is_empty() {
                none_coded += 1;
                println!("wrong [NONE] {}\n    got {:?}", case.text, shown(events));
            }
            continue;
        };
        let cameo = case
            .cameo
            .unwrap_or_else(|| panic!("no CAMEO code on: {}", case.text));
        assert_eq!(
            ontology.cameo(cameo).and_then(|c| c.plover.as_deref()),
            Some(category),
            "the line's category is not its code's: {}",
            case.text
        );
        let outcome = code_outcome(case, category, cameo, events);
        events_of_category += outcome.of_category;
        all.add(&outcome);
        per_category.entry(category).or_default().add(&outcome);
        if !outcome.found {
            println!(
                "wrong [{category} {cameo} {}>{}] {}\n    got {:?}",
                case.actor.unwrap_or("?"),
                case.recipient.unwrap_or("?"),
                case.text,
                shown(events)
            );
        }
    }
    println!("\nper category:      lines  category  root  dyad");
    for (category, t) in &per_category {
        println!(
            "  {category:<10} {:>3}/{:<3}  {:.2}      {:.2}  {:.2}",
            t.found,
            t.lines,
            ratio(t.found, t.lines),
            ratio(t.root, t.lines),
            ratio(t.dyad, t.lines)
        );
    }
    let (category, root_share, exact, dyad, precision) = (
        ratio(all.found, all.lines),
        ratio(all.root, all.lines),
        ratio(all.exact, all.lines),
        ratio(all.dyad, all.lines),
        ratio(events_of_category, events_coded),
    );
    println!(
        "all: {} codes: category {} ({category:.2}), CAMEO root {} ({root_share:.2}), exact \
         code {} ({exact:.2}), dyad {} ({dyad:.2}); events coded {events_coded}, of the line's \
         category {events_of_category} ({precision:.2}); NONE lines coded {none_coded} of \
         {none_lines}",
        all.lines, all.found, all.root, all.exact, all.dyad
    );
    assert!(
        all.lines >= 250 && none_lines >= 20,
        "the set needs a line for every code and 20 NONE lines"
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 226/254 (0.89), CAMEO root 222 (0.87), exact code 168
    // (0.66), dyad 206 (0.81), precision 236/261 (0.90), NONE lines coded 0 of 21. Weakest:
    // SUPPORT 5/8 (050 working together, 053 lobbying for, 056 forgiving), intent to reform
    // (034x: 1 of 5), COERCE 10/13. With intents to reform kept without a recipient and
    // lexicon lines for granting rights, rewriting a constitution, joint projects, a force
    // handing over its own weapons, people driven from their villages, blocked social
    // networks and shops shut in protest, and helicopters and shopkeepers as roles: category
    // 234 (0.92), root 229 (0.90), exact 174 (0.69), dyad 213 (0.84), precision 245/269
    // (0.91), no NONE line coded.
    assert!(category >= 0.91, "category recall {category:.2} fell");
    assert!(root_share >= 0.89, "CAMEO root share {root_share:.2} fell");
    assert!(dyad >= 0.83, "dyad share {dyad:.2} fell");
    assert!(precision >= 0.90, "category precision {precision:.2} fell");
    assert!(none_coded == 0, "{none_coded} NONE lines coded an event");
}
