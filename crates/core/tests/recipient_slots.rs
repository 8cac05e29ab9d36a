//! Recipients that stand where a simple reader of the clause misses them (issue #9): the act
//! and its doer are found, but the recipient its category needs is elsewhere, and a coder
//! that misses it drops the event ("required recipient missing", "noun event without a
//! recipient"). Each section of `tests/recipient_slots/paragraphs.txt` is one place the
//! recipient stands: "talks between X and Y" and "X and Y met/signed" (mutual acts), "with"
//! phrases, indirect objects and "to" phrases, "against"/"on", possessors, the sentence
//! before, the complement of an appeal, nouns with "of"/"to"/"by", passives with a `by`
//! agent; the last section holds paragraphs that name two parties side by side and report
//! no event. The paragraphs were coded by hand before the engine ran on them; the file's
//! header gives the conventions.
//!
//! The test prints each paragraph coded wrong, the category recall and dyad share per
//! section and per category, and asserts floors just under the measured figures (raise them
//! as the coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

/// The categories whose events need a recipient (PLOVER's `required`, and the verbal ones
/// sitrep drops without one), printed apart.
const CATEGORIES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "REQUEST",
    "ACCUSE",
    "SANCTION",
];

#[test]
fn recipients_where_the_clause_does_not_name_them() {
    // Pledges and offers (AGREE) are intents: every event counts, not only acts told as done.
    let total = score_sections(
        include_str!("recipient_slots/paragraphs.txt"),
        Counted::NotNegated,
        CATEGORIES,
        100,
        12,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): category 113/128 (0.88), dyad 107/128 (0.84), category precision
    // 144/172 (0.84), one NONE line of 13 coded (a company's contract with a Turkish
    // shipyard read as 057). Misses: the recipient only in the sentence before (6 of 13:
    // aid, a demand, a recalled ambassador, praise of "the mission"), aid nouns and verbs
    // with a "to" phrase or an indirect object ("handed Kyiv", "disbursed ... to Moldova",
    // "Japan's gift of ... to Indonesia"), act nouns whose parties are a possessor and a
    // "by" agent ("the closure of Russia's consulate ... was ordered by Poland").
    // After reading the sentence before for a lone party, the indirect object of the verb
    // governing an aid noun ("handed Kyiv another package"), the possessor of a reacted-to
    // act over its own `of` phrase ("denounced Uganda's detention of two Kenyan
    // activists") and an own envoy recalled: category 119/128 (0.93), dyad 114/128 (0.89),
    // precision 150/178 (0.84), the same trap coded; with the country of the people a
    // release frees ("the release of two French nationals"): dyad 115/128 (0.90); with
    // the coordinated partner of an act a frame makes mutual ("Sudan and South Sudan
    // agreed to reopen ..."): dyad 116/128 (0.91), precision 150/176 (0.85); with the
    // reacted-to act nouns in words.txt and "mission", "operation", "visit", "invasion",
    // "release" ... among them ("praised the mission"): 120/128 (0.94), 117/128 (0.91);
    // with the goods' country in the trade a measure falls on ("a ban on imports of
    // Moldovan fruit"): dyad 118/128 (0.92).
    assert!(category >= 0.93, "category found {category:.2} fell");
    assert!(dyad >= 0.91, "dyad right {dyad:.2} fell");
    total.assert_none_coded_at_most(1);
}
