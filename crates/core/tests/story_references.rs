//! Parties told by reference in a story (issue #9, session 17: who did it). On the held-out
//! VOA stories, expected events were lost with nothing coded because the doer was told again
//! only by reference: a state as "the country", "it", "the government" of a state named
//! earlier or its capital; an armed group as "the group", "the militants", "the fighters",
//! "the rebels"; courts, prosecutors, ministries and agencies of a country named before or by
//! their owner ("a Pakistani court", "Kenya's law society"); a bloc, alliance, agency or
//! company named before; an acronym after its full name; "they" and "the two countries".
//! The passages (`tests/story_references/paragraphs.txt`, 2-4 sentences each, several lines
//! per passage where it holds several events) were coded by hand before the engine ran on
//! them; the file's header gives the conventions, and each section is one way of referring
//! to a party. The last section holds the traps: a reference to another sentence's party that
//! is not the doer, a reference with two candidates, "it" and "the group" that are no party,
//! an act the group denied.
//!
//! The test prints each passage coded wrong, then per section the category recall and the
//! dyad share (an event of the category with both scored parties right), and asserts floors
//! just under the measured figures (raise them as the coder improves, never lower them to
//! pass).

mod common;

use common::paragraph_cases::{score_passage_sections, Counted};

#[test]
fn references_stand_for_the_party_named_before() {
    let total = score_passage_sections(
        include_str!("story_references/paragraphs.txt"),
        Counted::NotNegated,
        100,
        3,
    );
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (session 17):
    // category 88/106 (0.83), precision 114/212 (0.54), dyad 77/106 (0.73), actor right on
    // 82 of the 88 found, recipient 80/86 (0.93), 0 of 4 NONE lines coded; per section dyad:
    // armed groups 15/21, states 21/26, institutions 9/15, organisations 8/16, acronyms 9/10,
    // they and pairs 9/11, traps 6/7. The one denied line counts as coded done: Human Rights
    // Watch's accusation of burning villages is rightly coded as the alleged burning
    // (convention 4), which the scorer reads as done; and "The group denied" went to the
    // rights group, not the armed group it accused. Two lines disagree with settled choices
    // and were left as coded (a visit due, "will visit Canberra", is AGREE 036 by
    // convention 13; a ceasefire signed is coded as the truce, 0871). Misses by cause: a
    // definite institution noun ("the agency", "the commission", "the tribunal", "the
    // medical charity", "the justices") not taken back to the institution named before by
    // a description or another head word (7 lines); a possessive pronoun ("its territorial
    // waters", "its local leader") not resolved (2); "the alliance's secretary general" (1);
    // an acronym of an unknown institution (1); "the two mediators" taken as the last pair
    // named (1); the rest are acts the lexicon does not read ("kidnapped a soldier", "seized
    // its campus", a fine).
    // After session 17's fixes (a definite institution noun taken back to a role phrase
    // of that head or to the body an organisation's name modifies, and to names by head
    // synonyms, words.txt [organisation-body-heads], [organisation-head-synonyms]; "the
    // Gulf state" as a country, [modified-country-descriptions]; "them" after a verb aimed
    // at a party, [party-object-verbs]; an armed group named as a possessor in another's
    // description passed over; a description opening its sentence owning the office after
    // its possessive, "The country's foreign minister"; "Its foreign minister"; "the
    // medical charity" as an organisation description): category 94/106 (0.89),
    // precision 120/221 (0.54), dyad 85/106 (0.80), actor 91/94, recipient 86/92, 0 of 4
    // NONE lines coded; per section dyad: armed groups 17/21, states 21/26, institutions
    // 12/15, organisations 11/16, acronyms 9/10, they and pairs 9/11, traps 6/7. The denied line stays coded as done (the alleged burning, convention 4).
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.78, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.54, "precision {precision:.2} fell");
    assert_eq!(
        total.none_coded, 0,
        "{} NONE lines coded an event",
        total.none_coded
    );
    // The one denied line is also an accusation whose act is rightly coded as alleged
    // (convention 4), which the scorer counts as done: at most that one.
    assert!(total.denied_done <= 1, "a denied act coded as done");
}
