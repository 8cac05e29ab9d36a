//! Doers named once and then referred to (session 24): the held-out VOA stories lose more
//! expected events than the readable sets to "no actor: the subject or agent is not a party"
//! (23 of 169 misses with nothing coded, against 5 of 83 on dev), so real copy names its
//! doers in ways the readable sets rarely do. The paragraphs
//! (`tests/anaphoric_doers/paragraphs.txt`) name a party in full in their first sentence and
//! tell its act in a later one by a surname, a bare title, a group noun, a description of a
//! body or force, or a pronoun; the last section holds traps (two candidate antecedents,
//! none, or a doer the story never makes a party), where nothing may be coded. They were
//! coded by hand before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each paragraph coded wrong, then per section the category recall and the
//! dyad share, and asserts floors just under the measured figures (raise them as the coder
//! improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn later_sentences_name_their_doers_as_the_story_did() {
    let total = score_sections(
        include_str!("anaphoric_doers/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        30,
        10,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before any change (session 24):
    // category 33/34 (0.97), dyad 31/34 (0.91), precision 35/67 (0.52), 7 of 12 traps
    // coded. The references themselves already resolve: surnames 7/8 (the miss is a
    // signing coded as a meeting and an endorsement), bare titles 6/6, group nouns 7/7,
    // pronouns 7/7, bodies and forces 6/6; the two dyads missed lack a recipient, not an
    // actor. Of the traps coded, five are acts kept with the actor unnamed (allowed by the
    // file's convention only as no actor: they count here as coded), one an arrest in the
    // first sentence ("were arrested in Lahore", the located place's state), and two guess
    // an actor where two were in view: "the group" after the Pakistani Taliban and Baloch
    // separatists, "He" after an Indian and a Chinese minister.
    // After a description of an armed group with an armed party of another kind or country
    // beside the group it would name, and a "he"/"she" after two people of different
    // parties joined as one subject, stay unresolved (`actors::rival_armed_party`,
    // `actors::joined_to`): precision 35/65 (0.54), 6 of 12 traps coded (the four kept with
    // the actor unnamed, the arrest, and the Taliban fighters' "stepped up attacks" in the
    // first sentence, an event the passage itself tells); category and dyad unchanged.
    assert!(category >= 0.96, "category found {category:.2} fell");
    assert!(dyad >= 0.90, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.53, "category precision {precision:.2} fell");
    total.assert_none_coded_at_most(6);
}

/// Checks written after the first run, not blind: what the two rules that leave a
/// reference unresolved must still resolve. A description of the chosen group's own kind
/// is not made ambiguous by a force of another kind, and people told in separate phrases
/// leave "he" to the first of them.
#[test]
fn references_with_one_fitting_antecedent_still_resolve() {
    let cases = [
        (
            "Islamic State fighters clashed with Kurdish militias near Raqqa on Sunday. \
             On Monday the militants attacked a checkpoint outside the city.",
            "ASSAULT",
            "IMG",
        ),
        (
            "Al-Shabab has fought the Somali government since 2006. On Monday the \
             militants attacked an army base near Mogadishu.",
            "ASSAULT",
            "SOM",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Monday \
             after meeting his Chinese counterpart. He accused Ukraine of attacking a \
             nuclear power plant.",
            "ACCUSE",
            "RUS",
        ),
    ];
    for (text, event, actor) in cases {
        let record = common::run(text);
        assert!(
            record
                .events
                .iter()
                .any(|e| e.event == event && common::code(&e.actor) == Some(actor)),
            "{text}\n{:?}",
            record
                .events
                .iter()
                .map(|e| format!("{} {:?}", e.event, common::code(&e.actor)))
                .collect::<Vec<_>>()
        );
    }
}
