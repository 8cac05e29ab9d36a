//! ACCUSE in depth (issue #9, session 15): accusations, blame, allegations and
//! investigations in the shapes wire copy uses. Blame and responsibility ("blamed X for",
//! "held X responsible", "said X was behind", "pointed the finger at", "laid the blame on",
//! "attributed the breach to"), "accused X of" in every voice and its nominal forms
//! ("stands accused of", "faces accusations from", "allegations that", "a report accusing
//! X", "X's alleged role"), reports and rights groups telling a wrong ("a report by Amnesty
//! found that soldiers had tortured", "rights groups say police used excessive force"),
//! condemned acts whose doer the phrase names ("condemned the killing of protesters by
//! police"), acts called crimes, investigations (09x), guilty verdicts (116), lawsuits (115),
//! formal complaints, protests lodged and envoys summoned (114), headlines, denials, and
//! traps (rumours with no accuser, investigations of accidents, "the accused" as a noun,
//! blame of a fault, charges of another era). The passages
//! (`tests/accusations_and_probes/paragraphs.txt`) were coded by hand before the engine ran
//! on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, then for each section and category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn accusations_and_probes_are_coded_from_accuser_to_accused() {
    let total = score_sections(
        include_str!("accusations_and_probes/paragraphs.txt"),
        Counted::NotNegated,
        &["ACCUSE", "REJECT"],
        110,
        14,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change: FIRST_RUN.
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
    assert!(
        total.none_coded <= 16,
        "{} NONE lines coded: a rumour, an accident or a defendant became an event",
        total.none_coded
    );
}
