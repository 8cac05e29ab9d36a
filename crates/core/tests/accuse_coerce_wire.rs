//! Accusations and coercion told the way wire copy tells them (issue #9, session 28): the
//! shapes that the held-out misses' counts point at, in phrasings the earlier blind sets do
//! not have. Accusations made at a meeting, session or news conference ("told the Security
//! Council that", "used a meeting with X to accuse"), told with a verb of naming ("branded",
//! "labelled", "termed", "likened"), harm whose doer is named only by blame in a relative
//! clause ("The shelling, which Ukraine blamed on Russian forces"), investigations, lawsuits
//! and complaints against states, the wire's criticism verbs ("hit out at", "took aim at");
//! arrests and detentions in many phrasings, bans, dissolutions, closures, curfews, martial
//! law, confiscations, raids, censorship and forced returns; and passages that must code
//! nothing. The passages (`tests/accuse_coerce_wire/paragraphs.txt`) were coded by hand,
//! each with its `why`, before the engine ran on them.
//!
//! The test prints each passage coded wrong and the figures per category, and asserts floors
//! just under the measured figures (raise them as the coder improves, never lower them to
//! pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

const FILE: &str = include_str!("accuse_coerce_wire/paragraphs.txt");

#[test]
fn wire_accusations_and_coercion_are_coded() {
    let total = score_sections(FILE, Counted::NotNegated, &["ACCUSE", "COERCE"], 70, 7);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (session 28):
    // category 57/72 (0.79), dyad 55/72 (0.76), precision 61/88 (0.69), 1 of 7 NONE lines
    // coded (an ordinary crime's arrest); ACCUSE 38/49 (dyad 37), COERCE 19/23 (dyad 18).
    // Missed: verbs of naming with a bad name the lexicon lacked ("labelled ... draconian",
    // "termed ... an act of repression", "referred to X as genocide", "likened X to a
    // dictatorship"), "attributed to" with the harm before it, "had a hand in", a deportation
    // of children told by the victim's envoy, "snapped mobile internet" read as criticism,
    // a confiscated apartment. After the lexicon and frames lines of session 28: category
    // 66/72 (0.92), dyad 64/72 (0.89), precision 70/95 (0.74), 1 of 7 NONE lines; ACCUSE
    // 45/49 (dyad 44), COERCE 21/23 (dyad 20). Still missed: a tagger error ("envoys" read as
    // a verb), a possessive compound that splits the patient ("Iranian women's rights
    // activists"), an office holder of no party ("a former army chief"). With the session's
    // other branches merged, one more event is coded beside the expected ones: precision
    // 70/96 (0.729).
    assert!(category >= 0.91, "category found {category:.2} fell");
    assert!(dyad >= 0.88, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.72, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(1);
}
