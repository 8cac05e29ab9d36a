//! Phrasing breadth for the cooperative codes, CAMEO 02-08 (issue #9): the codes news uses
//! most (appeals 02x, intents 03x, consultations 04x, support 05x, cooperation 06x, aid 07x,
//! concessions, releases and withdrawals 08x), each said three to five ways with a
//! different verb, noun, idiom or phrasal verb ("landed in Tokyo for a two-day visit",
//! "rolled out the red carpet for", "buried the hatchet with", "let the teacher go",
//! "handed back", "airdropped food parcels over"), and traps with the same words and no
//! political act (`tests/paraphrases_cooperative/paragraphs.txt`, format in its header:
//! `CATEGORY@CAMEO|ACTOR>RECIPIENT|sentence`). Written and coded by hand before the engine
//! ran on it: its first-run figures are an honest held-out estimate of how many ways of
//! saying a cooperative act the lexicon reaches.
//!
//! Each sentence is its own document. Every event counts except a negated one, which is
//! never a hit: an intent (03x) is what its line expects. The test prints each line coded
//! wrong (no event of its category, or a trap that coded one) with what was coded, then per
//! CAMEO root the category recall, the root share (an event of the line's two-digit root)
//! and the dyad share; then for the whole file the category recall and precision, the root
//! and exact-code shares, the dyad share and the traps coded. It asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use std::collections::BTreeMap;

use common::paragraph_cases::{cameo_root, code_outcome, parse, ratio, shown, Case, CodeTally};
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

/// Every sentence is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn cooperative_codes_are_reached_by_many_phrasings() {
    let cases: Vec<Case> = parse(include_str!("paraphrases_cooperative/paragraphs.txt"));
    let pipeline = Pipeline::new();
    let mut all = CodeTally::default();
    let mut per_root: BTreeMap<String, CodeTally> = BTreeMap::new();
    let (mut traps, mut traps_coded) = (0, 0);
    let (mut events_coded, mut events_of_category) = (0, 0);
    for case in &cases {
        let record = pipeline.process(&InputDocument {
            id: "paraphrases".into(),
            text: case.text.into(),
            published: Some(PUBLISHED.into()),
            ..InputDocument::default()
        });
        let events = &record.events;
        events_coded += events.len();
        let Some(category) = case.category else {
            traps += 1;
            if !events.is_empty() {
                traps_coded += 1;
                println!("wrong [NONE] {}\n    got {:?}", case.text, shown(events));
            }
            continue;
        };
        let cameo = case
            .cameo
            .unwrap_or_else(|| panic!("no CAMEO code on: {}", case.text));
        let outcome = code_outcome(case, category, cameo, events);
        events_of_category += outcome.of_category;
        all.add(&outcome);
        per_root
            .entry(cameo_root(cameo).to_string())
            .or_default()
            .add(&outcome);
        if std::env::var("SHOW_EXTRA").is_ok()
            && events.iter().any(|e| !e.negated && e.event != category)
        {
            println!(
                "extra [{category} {cameo}] {}\n    got {:?}",
                case.text,
                shown(events)
            );
        }
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
    println!("\nper CAMEO root:  lines  category  root  dyad");
    for (r, t) in &per_root {
        println!(
            "  {r}  {:>3}/{:<3}  {:.2}      {:.2}  {:.2}",
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
        "all: {} lines: category {} ({category:.2}), CAMEO root {} ({root_share:.2}), exact \
         code {} ({exact:.2}), dyad {} ({dyad:.2}); events coded {events_coded}, of the line's \
         category {events_of_category} ({precision:.2}); traps coded {traps_coded} of {traps}",
        all.lines, all.found, all.root, all.exact, all.dyad
    );
    assert!(
        all.lines >= 150 && traps >= 12,
        "the set needs 150 event lines and 12 traps"
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 153/180 (0.85), CAMEO root 151 (0.84), exact code 131
    // (0.73), dyad 143 (0.79), precision 184/212 (0.87), traps coded 1 of 14 ("the hospital
    // released the patient"). Weakest: cooperation 06x 9/15 (trained together, exercises
    // alongside, coordinated output cuts, sent to face trial, passed information). After
    // lexicon lines for the phrasings missed (prodded, made a pitch to investors, pledged to
    // pull its troops out, plans to travel to, hammered out, coordinated output
    // cuts, trained together/alongside, sent to face trial, passed information to, airdropped,
    // let the emergency expire, let the teacher go, returned bases, held their fire,
    // disarmed, burned its weapons), plural "intelligence chiefs" as a role, `alongside` as a
    // slot and a visit's place after the head's own particle ("flew into Tel Aviv"): category
    // 171 (0.95), root 169 (0.94), exact 149 (0.83), dyad 161 (0.89), precision 205/230
    // (0.89), no trap coded ("said sorry" stays a miss: "say" is a reporting verb, never a
    // pattern head). Precision: "lifted its naval blockade" no longer codes the blockade
    // too (the 0872 line's `naval_blockade` keyword dropped, so its object keyword is the
    // noun itself), nor "attack helicopters" an attack. `SHOW_EXTRA=1` prints the lines that coded another category too.
    assert!(category >= 0.94, "category recall {category:.2} fell");
    assert!(root_share >= 0.93, "CAMEO root share {root_share:.2} fell");
    assert!(dyad >= 0.89, "dyad share {dyad:.2} fell");
    assert!(precision >= 0.88, "category precision {precision:.2} fell");
    assert!(traps_coded == 0, "{traps_coded} traps coded an event");
}
