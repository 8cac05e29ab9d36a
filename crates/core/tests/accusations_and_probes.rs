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
    // Floors just under the measured figures. First run, before any change (session 15):
    // category 106/133 (0.80), dyad 101/133 (0.76), precision 109/176 (0.62), 4 of 16 traps
    // coded; by section, reports and rights groups telling a wrong 4/18 (the weakest: "a
    // report by Amnesty found that", "U.N. experts said the RSF had committed mass
    // killings", "had forcibly disappeared", "had ill-treated detainees"), blame 17/18,
    // accused of and its nouns 23/27, condemned acts 15/18, investigations 16/18, verdicts
    // 8/8, lawsuits and complaints 13/14, headlines 7/8. Traps coded: investigations of a
    // plane crash, a warehouse fire and a cholera outbreak (ACCUSE 09x), "denied any
    // wrongdoing" with no accuser (REJECT). After a finding verb or noun speaks for its
    // author (words.txt `[finding-verbs]`, `[finding-nouns]`), killings committed,
    // "forcibly" and ill-treatment as reported wrongs (frames.txt `[wrongdoing 1122]`), and
    // the doer of an act criticised or investigated named by its owner or `by` author over
    // a party read inside the act (frames.rs `doer_of_act_in_object`): category 109/133
    // (0.82), dyad 107/133 (0.80), precision 112/179 (0.63), 4 of 16 traps coded. Then a
    // finding noun's author in its `by` phrase ("A report by Amnesty International found"),
    // REJECT of an accusation "made by" its author, both sides of one country named before
    // the sayer, and deadly force or the unarmed shot as reported wrongs: category 113/133
    // (0.85), dyad 111/133 (0.83), precision 116/183 (0.63), 4 of 16 traps coded (reports
    // and rights groups 10/18). The later rules are general (the dev sets moved with them,
    // docs/BENCHMARKS.md h/accuse), but the first run is the honest held-out estimate.
    assert!(category >= 0.84, "category found {category:.2} fell");
    assert!(dyad >= 0.82, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.62, "category precision {precision:.2} fell");
    assert!(
        total.none_coded <= 4,
        "{} NONE lines coded: a rumour, an accident or a defendant became an event",
        total.none_coded
    );
}
