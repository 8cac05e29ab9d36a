//! Acts on what a party owns (issue #9, recipients; session 15): property, forces,
//! positions, territory, goods, assets, proposals, plans and decisions stand for their
//! owner, and an act on them is coded against that owner ("Russia attacked Ukraine's power
//! plants" RUS>UKR, "the coast guard seized a Venezuelan tanker" >VEN, "rejected the plan
//! put forward by Kyiv" >UKR, "Qatar mediated talks between Kinshasa and the M23" QAT>COD).
//! The paragraphs (`tests/owned_targets/paragraphs.txt`) were coded by hand before the
//! engine ran on them; the file's header gives the conventions and the traps (a party's own
//! property, places named only as the location, makers and backers who are no party).
//!
//! The test prints each paragraph coded wrong, then the figures; it asserts floors just
//! under the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{parse, score, Counted};

#[test]
fn acts_on_owned_things_target_their_owner() {
    let cases = parse(include_str!("owned_targets/paragraphs.txt"));
    assert!(
        cases.len() >= 114,
        "the task asks for at least 100 lines and 14 traps"
    );
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    let (category, dyad) = (f.category(), f.dyad());
    // Floors just under the measured figures. First run, before any change (the project's
    // estimate of held-out accuracy on acts on owned things): category recall 117/134
    // (0.87), precision 129/148 (0.87), dyad 107/134 (0.80), recipient right 108/117, 0 of
    // 8 NONE lines coded. After a material act (ASSAULT, COERCE, RETREAT) takes its
    // recipient from the owner of an object whose head stands for it (words.txt
    // `[owner-standing-heads]`: "attacked Ukraine's power plants", "struck Hezbollah's
    // weapons depots", "the energy infrastructure of Ukraine") and "belonging to"/"owned
    // by" name an object's owner (`[owning-participles]`): category 117/134 (0.87), dyad
    // 112/134 (0.84), recipient right 113/117, 0 of 8. After licences and permits stand for
    // their owner and a place people are "held in" names its country as their holder:
    // category 118/134 (0.88), precision 130/149, dyad 114/134 (0.85), recipient right
    // 115/118, 0 of 8.
    assert!(category >= 0.87, "category found {category:.2} fell");
    assert!(dyad >= 0.84, "dyad right {dyad:.2} fell");
    assert!(
        f.none_coded == 0,
        "{} NONE lines coded an event",
        f.none_coded
    );
}
