//! Recipients named away from the verb (issue #9, session 14): the act and its doer are in
//! the clause, but the party the act is done to stands elsewhere, and a coder that looks only
//! in the clause drops the event ("required recipient missing", "noun event without a
//! recipient", "noun: no party in its phrase, no governing verb") or codes it without its
//! party. Each section of `tests/implicit_recipients/paragraphs.txt` is one place the
//! recipient stands: the sentence before, the possessor of the act or thing acted on, "each
//! other" / "both sides" / "the two countries" / "the neighbouring country", the dateline's
//! "country" and "capital", a place standing for its state, "against"/"on"/"over", an act
//! noun's `by` agent, and the other party of the pair a story is about; then acts that name
//! no recipient or one at home, and paragraphs with no event where no party may be invented.
//! The paragraphs were coded by hand before the engine ran on them; the file's header gives
//! the conventions.
//!
//! The test prints each paragraph coded wrong, category recall and dyad share per section and
//! per category, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

const CATEGORIES: &[&str] = &[
    "ACCUSE", "SUPPORT", "AGREE", "CONSULT", "REQUEST", "REJECT", "THREATEN", "COERCE", "SANCTION",
    "RETREAT", "AID", "ASSAULT", "MOBILIZE",
];

#[test]
fn recipients_named_away_from_the_verb() {
    let total = score_sections(
        include_str!("implicit_recipients/paragraphs.txt"),
        Counted::NotNegated,
        CATEGORIES,
        100,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 100/114 (0.88), dyad 85/114 (0.75), category precision
    // 112/153 (0.73), NONE lines coded 0 of 14. Weakest: the dateline's "the country" and
    // "the capital" (dyad 2/11), act nouns with a `by` agent reacted to (6/10: "the seizure
    // of a tanker by Iran's Revolutionary Guards was condemned by the United States"),
    // "each other" / "each side" (11/15). After the dateline's "the country" / "the
    // capital" as its places (`places::dateline_descriptions`): category 101, dyad 88;
    // after a reciprocal pronoun making an act of coordinated actors mutual: dyad 89; after
    // an envoy of no country taking the party of the sentence before ("Manila summoned the
    // ambassador"): category 101, dyad 90; after a passive reaction to an act noun coded
    // in its sentence taking the act's doer ("The killing of three soldiers by Afghan
    // border forces was denounced by Islamabad"): category 103/114 (0.90), dyad 92/114
    // (0.81), precision 115/156 (0.74), NONE lines coded 0 of 14.
    assert!(category >= 0.90, "category found {category:.2} fell");
    assert!(dyad >= 0.80, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(0);
}
