//! People named again later (issue #9, section 3): wire copy names a person in full once
//! and then by surname ("Grossi urged"), by title alone ("the envoy", "the minister"), by
//! title and surname ("Mr. Macron", "Gen. Tiani"), by a role with the organisation ("the
//! NATO chief") or by a description ("the 81-year-old leader"); a person in no dictionary
//! takes the country of the title or apposition that introduces them. Every act of such a
//! later reference must carry the person's country. The passages
//! (`tests/person_references/passages.txt`, a blind set in every category and region) were
//! coded by hand before the engine ran on them, each with the exact set of events a coder
//! must emit, and are scored as a multiset like `one_act_one_event.rs`. The traps (last
//! section) share a surname or given name between two people of different countries, use a
//! title that fits two people, name an indefinite envoy again, or quote a person of another
//! country who only reports the act. The test prints every passage coded wrong and the
//! figures per section, and asserts floors just under the measured figures (raise them as
//! the coder improves, never lower them to pass).

mod common;

use common::event_sets::{parse, score_file, traps_of};
use sitrep_core::Pipeline;

#[test]
fn a_person_named_again_keeps_their_country() {
    let file = include_str!("person_references/passages.txt");
    let all = parse(file);
    assert!(all.len() >= 40, "the set needs at least 40 passages");
    let (total, per_section) = score_file(&Pipeline::new(), file);
    let traps = traps_of(&per_section);
    println!("traps: {}", traps.line());
    // Floors just under the measured figures. First run, before any change: precision
    // 89/106 (0.84), recall 89/112 (0.79), exact sets 24/54, traps exact 7 of 10; most
    // misses were a later "the minister", "the 81-year-old leader", "the 37-year-old
    // captain", "the intelligence chief" or "President Pena" left without a country. After
    // a definite role with no country of its own refers back to the person of that office,
    // title, service or (an age) any person of the two sentences before, a title before a
    // surname names the person named in full, and an envoy's posting comes between the
    // role and the name in apposition: precision 98/112 (0.88), recall 98/112 (0.88),
    // exact sets 31/54, traps 7 of 10. After a lowercase "the general" refers back to a
    // person titled "Gen." or "General": precision 100/114 (0.88), recall 100/112 (0.89),
    // exact sets 33/54, traps 7 of 10.
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.86, "precision {precision:.2} fell");
    assert!(recall >= 0.88, "recall {recall:.2} fell");
    assert!(
        traps.exact >= 7,
        "traps coded exactly {} of {}",
        traps.exact,
        traps.passages
    );
}
