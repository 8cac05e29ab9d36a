//! Events told as nouns that are the subject of their clause or stand on their own (issue
//! #9, session 11): "Talks between Armenia and Azerbaijan resumed", "A ceasefire between
//! the army and the RSF took effect", "Israeli strikes on Gaza killed 40", "the Sudan peace
//! talks", an event noun as the subject of a passive ("A truce ... was agreed"), a
//! cooperation noun as a subject, headline nouns; and the same nouns as background ("years
//! of war", "the talks, which collapsed in 2019,", "past sanctions", a title), which are no
//! event of the story. The passages (`tests/subject_nouns/paragraphs.txt`) were coded by
//! hand before the engine ran on them; the file's header gives the conventions, and each
//! of its sections is one construction. `nominal_events` covers the nouns with a `by` agent.
//!
//! The test prints each passage coded wrong, then for each section and category the
//! category recall and the dyad share, and asserts floors just under the measured figures
//! (raise them as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn act_nouns_as_subjects_or_headlines_are_coded_with_their_parties() {
    // Every line's act is told as happening or done; "are set to resume" is an intent the
    // line expects (AGREE), so intended events count.
    let total = score_sections(
        include_str!("subject_nouns/paragraphs.txt"),
        Counted::NotNegated,
        &[
            "ASSAULT",
            "COERCE",
            "SANCTION",
            "AID",
            "CONSULT",
            "RETREAT",
            "MOBILIZE",
            "PROTEST",
            "SUPPORT",
            "COOPERATE",
        ],
        80,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (session 11):
    // category 60/85 (0.71), dyad 55/85 (0.65), precision 74/81 (0.91), no trap coded.
    // Missed: nouns whose governing verb tells only their aspect ("entered its third week",
    // "continued", "came into force", "took effect", "held", "began"), a truce or deal as
    // the subject of a passive ("was agreed", "was announced"), "talks with X", compounds
    // ("the Sudan peace talks", "Inter-Korean talks").
    // After a truce noun as the subject of a concluding passive ("a truce between Israel
    // and Lebanon was agreed", `[truce-concluded-passives]`): category 61/85 (0.72), dyad
    // 56/85 (0.66), precision 76/83 (0.92), no trap coded. After a country adjective as
    // the doer of a subject attack noun with a target ("Russian shelling of Zaporizhzhia
    // continued") and cooperation begun ("joint naval patrols ... began"): category 65/85
    // (0.76), dyad 61/85 (0.72), precision 82/89 (0.92), no trap coded. The adjective
    // doer then kept to subjects of verbs telling the act's course (`[act-course-verbs]`;
    // a verb of its effect, "... killed 40", codes the act itself, as the `headlines`
    // test expects): category 65/85 (0.76), dyad 60/85 (0.71), precision 82/89 (0.92).
    assert!(category >= 0.75, "category found {category:.2} fell");
    assert!(dyad >= 0.70, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.91, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded: a background noun became an event",
        total.none_coded
    );
}
