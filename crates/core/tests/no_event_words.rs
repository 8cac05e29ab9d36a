//! Event words that tell no event (issue #9 precision): wire sentences that carry the
//! vocabulary of events but report no codable act of the day — background told in passing,
//! anniversaries, analysis, forecasts, titles and names that hold event words ("defence
//! minister", "Peace Council"), the topics of talks, figures, generic statements, feelings
//! quoted about no act, vague conditionals and event words in another sense — beside wire
//! sentences of the same vocabulary that report one event each, so that a filter cannot
//! buy precision with recall. `tests/no_event_words/paragraphs.txt` (format and
//! conventions in its header) was written and coded by hand before the engine ran on it.
//!
//! Every event counts (`Counted::NotNegated`): the golden stories score planned,
//! hypothetical and negated events too. The test prints each line coded wrong, the figures
//! per section, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn event_words_in_background_titles_and_figures_code_nothing_and_wire_acts_still_code() {
    let total = score_sections(
        include_str!("no_event_words/paragraphs.txt"),
        Counted::NotNegated,
        &[],
        40,
        100,
    );
    let spurious_per_none_line = total.none_coded as f64 / total.none_lines as f64;
    println!(
        "total: category {:.2} dyad {:.2} precision {:.2}; NONE lines coded {} of {} ({:.3})",
        total.category(),
        total.dyad(),
        total.precision(),
        total.none_coded,
        total.none_lines,
        spurious_per_none_line
    );
    // Floors at the first run (session 12, before any change: the honest held-out figures):
    // NONE lines coded 2 of 109 (3 events: "during the fighting between Armenia and
    // Azerbaijan", "soldiers killed in China's 1979 war with Vietnam"); event lines category
    // 38/42 (0.90), dyad 37/42 (0.88), precision 41 of 51 events (0.80). After the
    // reduced passive relative ("the soldiers killed in ...": the soldiers are its victims,
    // not its doers): NONE lines coded 1, precision 41 of 50 (0.82). After a known act named
    // as the time of another ("during the fighting", undated) and missiles fired into a
    // named sea read as a test, not an attack: NONE lines coded 0, category 39/42 (0.93),
    // dyad 38/42 (0.90), precision 42 of 48 (0.88).
    assert!(
        total.category() >= 0.92,
        "category found {:.2} fell",
        total.category()
    );
    assert!(total.dyad() >= 0.90, "dyad right {:.2} fell", total.dyad());
    assert!(
        total.precision() >= 0.87,
        "precision {:.2} fell",
        total.precision()
    );
    total.assert_none_coded_at_most(0);
}

/// The events of `text` as (category, actor code, recipient code).
fn coded(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let record = sitrep_core::Pipeline::new().process(&sitrep_record::InputDocument {
        id: "t".into(),
        text: text.into(),
        published: Some("2026-03-02".into()),
        ..sitrep_record::InputDocument::default()
    });
    record
        .events
        .iter()
        .map(|e| {
            (
                e.event.clone(),
                common::code(&e.actor).map(str::to_string),
                common::code(&e.recipient).map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn a_participle_hung_on_its_victims_is_no_act_of_theirs() {
    // "the soldiers killed near Bakhmut": the soldiers were killed; they are no attackers.
    for (text, category, not_actor) in [
        (
            "Families of the Ukrainian soldiers killed near Bakhmut gathered in Kyiv on Monday.",
            "ASSAULT",
            "UKR",
        ),
        (
            "The videos showed Russian prisoners captured in the Kursk region.",
            "COERCE",
            "RUS",
        ),
    ] {
        let got = coded(text);
        assert!(
            !got.iter()
                .any(|(c, a, _)| c == category && a.as_deref() == Some(not_actor)),
            "{text}: {got:?}"
        );
    }
    // Forces moved are their own side's act, and the active verb keeps its doer.
    for (text, category, actor) in [
        (
            "Russian troops stationed in Transnistria held drills on Monday.",
            "MOBILIZE",
            "RUS",
        ),
        (
            "Ukrainian soldiers killed five Russian troops near Bakhmut on Monday.",
            "ASSAULT",
            "UKR",
        ),
    ] {
        let got = coded(text);
        assert!(
            got.iter()
                .any(|(c, a, _)| c == category && a.as_deref() == Some(actor)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_known_act_named_as_the_time_of_another_is_not_coded_again() {
    // Undated and definite: the fighting is known (told before, or background).
    for text in [
        "Many houses in the village were burned during the fighting between Sudan's army and the RSF.",
        "Kenyan and Somali officials spoke to reporters after the talks between Kenya and Somalia.",
    ] {
        let got = coded(text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // Dated, or ranked by a superlative, it is the news.
    for (text, category) in [
        (
            "Two soldiers were killed during the clashes between Armenian and Azerbaijani forces on Monday.",
            "ASSAULT",
        ),
        (
            "The blast came amid the heaviest fighting between Ukrainian forces and Russian troops in months.",
            "ASSAULT",
        ),
    ] {
        let got = coded(text);
        assert!(got.iter().any(|(c, _, _)| c == category), "{text}: {got:?}");
    }
}
