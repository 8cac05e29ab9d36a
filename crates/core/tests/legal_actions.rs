//! Police, courts and investigations the way wire copy and conflict monitors tell them
//! (issue #9, session 11): "opened a probe into", "set up a commission of inquiry",
//! "filed a case against ... at the International Court of Justice", "registered a case
//! against", "accused the former minister of", "detained", "the arrest of", "faces charges
//! of", "went on trial", "was sentenced to 27 years of house arrest", "convicted of",
//! "fined", "granted bail", "pardoned", "raided the offices of", "confiscated the
//! properties of", "outlawed", "imposed a curfew", "a violent crackdown on", "extradited".
//! The passages (`tests/legal_actions/paragraphs.txt`) were coded by hand before the
//! engine ran on them; the file's header gives the conventions and each section is one
//! family of acts. The NONE lines are traps: a trial date set, a hearing postponed, a
//! lawyer's comment, a crime with no political party, a private lawsuit, a clinical trial,
//! a grammatical sentence, a cardiac arrest, a space probe, a tennis court.
//!
//! The test prints each passage coded wrong, then per section and per category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn legal_actions_are_coded_with_their_parties() {
    // Every line tells an act as done: an event the coder frames as intended or denied is
    // not the act the line expects.
    let total = score_sections(
        include_str!("legal_actions/paragraphs.txt"),
        Counted::Done,
        &["ACCUSE", "COERCE", "RETREAT", "ASSAULT"],
        100,
        15,
    );
    println!("{}", total.with_traps());
    let (category, precision, dyad) = (total.category(), total.precision(), total.dyad());
    // First run, before any change (the honest held-out estimate): category 86/122 (0.70),
    // precision 91/110 (0.83), dyad 70/122 (0.57), no trap coded; ACCUSE 26/39, COERCE
    // 53/75, RETREAT 3/4, ASSAULT 4/4.
    assert!(category >= 0.69, "category found {category:.2} fell");
    assert!(precision >= 0.82, "category precision {precision:.2} fell");
    assert!(dyad >= 0.56, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded an event",
        total.none_coded
    );
}
