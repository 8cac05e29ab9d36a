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
    // Floors just under the measured figures (first run, before any change: see below).
    assert!(category >= 0.0, "category found {category:.2} fell");
    assert!(dyad >= 0.0, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.0, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(7);
}
