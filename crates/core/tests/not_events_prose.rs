//! Not events in real prose (issue #9 precision): feature and background sentences a good
//! coder codes as nothing (history, statistics, human interest, business, health, sport,
//! weather, states of affairs, generic statements, quoted opinion about no act), beside
//! wire sentences of the same vocabulary that must still code, so a filter cannot simply
//! trade recall for precision. `tests/not_events_prose/sentences.txt` (format in its
//! header) was coded by hand before the engine ran on it.
//!
//! Each sentence is one document. The test prints how many NONE lines code nothing, the
//! wire lines' category recall and actor/recipient agreement, every spurious event and
//! every miss, and asserts floors just under the measured figures (raise them as the
//! engine improves; never lower them to make a change pass).

use std::path::Path;

mod common;

use common::code;
use common::coded_lines::{parse, show, side_agrees, Parties};
use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument};

/// Whether the event's actor and recipient are those expected.
fn parties_agree(p: &Parties, e: &Event) -> bool {
    let (a, r) = (code(&e.actor), code(&e.recipient));
    match p {
        Parties::Directed(ea, er) => side_agrees(ea, a) && side_agrees(er, r),
        Parties::Mutual(x, y) => {
            (a == Some(x.as_str()) && r == Some(y.as_str()))
                || (a == Some(y.as_str()) && r == Some(x.as_str()))
        }
    }
}

#[test]
fn feature_prose_codes_nothing_and_wire_sentences_still_code() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/not_events_prose/sentences.txt");
    let lines = parse(&std::fs::read_to_string(path).unwrap());
    let verbose = std::env::var_os("NOT_EVENTS_VERBOSE").is_some();
    let pipeline = Pipeline::new();
    let (mut none_lines, mut none_silent, mut spurious) = (0usize, 0usize, 0usize);
    let (mut wire_lines, mut wire_found, mut wire_parties, mut wire_events) =
        (0usize, 0usize, 0usize, 0usize);
    let mut report: Vec<String> = Vec::new();
    for l in &lines {
        let r = pipeline.process(&InputDocument {
            id: format!("prose-{}", l.line),
            text: l.text.clone(),
            published: Some("2026-03-02".into()),
            ..InputDocument::default()
        });
        let got: Vec<String> = r.events.iter().map(show).collect();
        let Some(cat) = &l.category else {
            none_lines += 1;
            spurious += r.events.len();
            if r.events.is_empty() {
                none_silent += 1;
            } else {
                report.push(format!(
                    "  line {:>3} NONE: coded {} | {}",
                    l.line,
                    got.join("; "),
                    l.text
                ));
                if verbose {
                    report.extend(r.events.iter().map(|e| format!("      {}", e.rule)));
                }
            }
            continue;
        };
        wire_lines += 1;
        wire_events += r.events.len();
        let hits: Vec<&Event> = r.events.iter().filter(|e| &e.event == cat).collect();
        if hits.is_empty() {
            report.push(format!(
                "  line {:>3} {cat} {:?}: coded {} | {}",
                l.line,
                l.parties,
                if got.is_empty() {
                    "nothing".to_string()
                } else {
                    got.join("; ")
                },
                l.text
            ));
            continue;
        }
        wire_found += 1;
        if hits.iter().any(|e| parties_agree(&l.parties, e)) {
            wire_parties += 1;
        } else if verbose {
            report.push(format!(
                "  line {:>3} {cat} parties {:?}: coded {} | {}",
                l.line,
                l.parties,
                got.join("; "),
                l.text
            ));
        }
    }
    let none_share = none_silent as f64 / none_lines as f64;
    let recall = wire_found as f64 / wire_lines as f64;
    let parties = wire_parties as f64 / wire_found.max(1) as f64;
    println!(
        "\nnot-events prose: {none_lines} NONE lines, {none_silent} code nothing ({none_share:.3}), \
         {spurious} spurious events\nwire lines: {wire_lines}, category found {wire_found} \
         (recall {recall:.3}), parties right on {wire_parties} ({parties:.3}), {wire_events} events"
    );
    for m in &report {
        println!("{m}");
    }
    assert!(none_lines >= 60 && wire_lines >= 30, "the set shrank");
    // Floors just under the measured figures (session 7: NONE lines coding nothing 71/73,
    // 63/73 before its filters; wire recall 37/39, parties right on 33 of 37).
    assert!(
        none_share >= 0.97,
        "NONE lines coding nothing {none_share:.3}"
    );
    assert!(recall >= 0.94, "wire recall {recall:.3}");
    assert!(parties >= 0.88, "wire party agreement {parties:.3}");
}

fn categories(pipeline: &Pipeline, text: &str) -> Vec<String> {
    let r = pipeline.process(&InputDocument {
        id: "t".into(),
        text: text.into(),
        published: Some("2026-03-02".into()),
        ..InputDocument::default()
    });
    r.events.iter().map(|e| e.event.clone()).collect()
}

#[test]
fn an_act_dated_decades_back_is_history_but_a_recent_past_act_codes() {
    let pipeline = Pipeline::new();
    // Decades before the story: background, not news.
    for text in [
        "NATO bombed Serbia for 78 days in 1999.",
        "In 1990, Iraqi forces invaded Kuwait.",
    ] {
        let got = categories(&pipeline, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // A few years back: the golden convention codes it with its own date.
    let got = categories(&pipeline, "NATO bombed Serbia for 78 days in 2019.");
    assert!(got.iter().any(|c| c == "ASSAULT"), "{got:?}");
    // An old date that starts a lasting state or dates a relative clause is not the act's.
    for (text, category) in [
        (
            "Lukashenko, who has ruled Belarus since 1994, rejected the Lithuanian proposal.",
            "REJECT",
        ),
        (
            "The rebels, who took up arms against Mali in 1990, attacked an army base in Kidal.",
            "ASSAULT",
        ),
    ] {
        let got = categories(&pipeline, text);
        assert!(got.iter().any(|c| c == category), "{text}: {got:?}");
    }
}

#[test]
fn a_business_or_a_sports_side_is_no_political_actor() {
    let pipeline = Pipeline::new();
    for text in [
        "The Indian team attacked from the start and scored three goals.",
        "Chinese companies such as DeepSeek have released new models.",
    ] {
        let got = categories(&pipeline, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // A state's team is no private party.
    let got = categories(
        &pipeline,
        "The Ukrainian negotiating team met Russian officials in Istanbul on Monday.",
    );
    assert!(got.iter().any(|c| c == "CONSULT"), "{got:?}");
}

#[test]
fn what_analysts_believe_or_foresee_is_no_event_but_what_they_report_done_is() {
    let pipeline = Pipeline::new();
    for text in [
        "Analysts believe North Korea is strengthening its military collaboration with Russia.",
        "Analysts say Iran would welcome the closure of the base by Turkey.",
    ] {
        let got = categories(&pipeline, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    let got = categories(
        &pipeline,
        "Analysts said Russian forces shelled Kharkiv on Monday.",
    );
    assert!(got.iter().any(|c| c == "ASSAULT"), "{got:?}");
}

#[test]
fn a_future_act_anyone_believes_in_or_expects_is_no_event() {
    let pipeline = Pipeline::new();
    // A third party's forecast, whoever holds it.
    for text in [
        "Japan believes China will attack Taiwan.",
        "He predicts Iran will attack Israel next year.",
        "Officials expect Russia will impose sanctions on Georgia.",
        // Hedged by its likelihood, with or without a believer.
        "It is likely that Russia will attack Ukraine again.",
        "Iran will probably attack Israel.",
    ] {
        let got = categories(&pipeline, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // What a party says it will do is its own intent (CAMEO 03x/13x), and what it
    // believes was done is a reported act.
    for (text, category) in [
        ("Iran said it will attack Israel.", "THREATEN"),
        ("Japan believes China attacked Taiwan.", "ASSAULT"),
        // A reported plan is no forecast. Troops sent to the party that hosts them are an
        // intent to protect it (AGREE 0334, session 23), no threat against it.
        (
            "Russia will reportedly send troops to Belarus next week.",
            "AGREE",
        ),
    ] {
        let got = categories(&pipeline, text);
        assert!(got.iter().any(|c| c == category), "{text}: {got:?}");
    }
}

#[test]
fn a_person_tied_to_no_party_acting_at_no_party_is_no_event() {
    let pipeline = Pipeline::new();
    let text = "\"We will reject any such deal,\" said Mehmet Yilmaz.";
    let got = categories(&pipeline, text);
    assert!(got.is_empty(), "{text}: {got:?}");
    // The same words from a party's spokesman are its rejection.
    let text =
        "\"We will reject any such deal,\" said Turkish foreign ministry spokesman Mehmet Yilmaz.";
    let got = categories(&pipeline, text);
    assert!(got.iter().any(|c| c == "REJECT"), "{text}: {got:?}");
}

#[test]
fn a_material_act_in_the_simple_present_is_a_state_unless_dated_quoted_or_a_headline() {
    let pipeline = Pipeline::new();
    let text = "The war has reshaped the region. Turkey hosts more than three million Syrian \
                refugees. China buys huge amounts of Russian oil.";
    let got = categories(&pipeline, text);
    assert!(got.is_empty(), "{text}: {got:?}");
    // A first sentence may be a headline, which tells news in the present.
    let got = categories(&pipeline, "Peru and Chile sign border agreement.");
    assert!(got.iter().any(|c| c == "SUPPORT"), "{got:?}");
    // Past tense news after it codes as before.
    let text = "The war has reshaped the region. Turkey sent troops to Syria on Monday.";
    let got = categories(&pipeline, text);
    assert!(!got.is_empty(), "{text}: {got:?}");
}

#[test]
fn an_act_inside_a_condition_is_not_asserted() {
    let pipeline = Pipeline::new();
    let text = "If Russia attacks a NATO member, the alliance will respond.";
    let got = categories(&pipeline, text);
    assert!(!got.iter().any(|c| c == "ASSAULT"), "{text}: {got:?}");
    // The consequence is the party's threat; the condition's act is not coded.
    let text = "Iran said it would attack Israel if Israel struck its nuclear sites.";
    let got = categories(&pipeline, text);
    assert_eq!(got, ["THREATEN"], "{text}");
    // A condition in one sentence says nothing of the next one's act.
    let text = "Turkey will retaliate if the United States imposes sanctions. Russian forces \
                attacked Kharkiv on Monday.";
    let got = categories(&pipeline, text);
    assert!(got.iter().any(|c| c == "ASSAULT"), "{text}: {got:?}");
}

#[test]
fn an_act_a_film_or_book_tells_is_its_content() {
    let pipeline = Pipeline::new();
    let text = "The documentary tells the story of an Afghan pilot who fought the Taliban.";
    let got = categories(&pipeline, text);
    assert!(got.is_empty(), "{text}: {got:?}");
    // An act done to a work is news.
    let text = "China banned the film on Monday.";
    let got = categories(&pipeline, text);
    assert!(!got.is_empty(), "{text}: {got:?}");
}

#[test]
fn officials_meeting_their_own_civilians_is_domestic() {
    let pipeline = Pipeline::new();
    let text = "Somali elders met government officials in Mogadishu on Monday.";
    let got = categories(&pipeline, text);
    assert!(!got.iter().any(|c| c == "CONSULT"), "{text}: {got:?}");
    let text = "Somali officials met Kenyan officials in Nairobi on Monday.";
    let got = categories(&pipeline, text);
    assert!(got.iter().any(|c| c == "CONSULT"), "{text}: {got:?}");
}
