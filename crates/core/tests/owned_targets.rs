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
    assert!(cases.len() >= 114, "the task asks for at least 100 lines and 14 traps");
    let f = score(&cases, Counted::NotNegated);
    println!("{}", f.with_traps());
    println!("{}", f.parties());
    let (category, dyad) = (f.category(), f.dyad());
    // Floors: set after the first run.
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(f.none_coded <= 99, "{} NONE lines coded an event", f.none_coded);
}
