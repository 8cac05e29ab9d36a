//! Events a lexicon pattern matched that the coder used to drop or miscode (issue #9):
//! an apposed name as the recipient, optional recipients, complements of a frame, news
//! outlets interviewing someone. Sentences written for the purpose in the style of wire copy.

use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Record};

fn run(text: &str) -> Record {
    Pipeline::new().process(&InputDocument {
        id: "t".into(),
        text: text.into(),
        published: Some("2026-03-02".into()),
        ..InputDocument::default()
    })
}

fn code(p: &Option<sitrep_record::Party>) -> Option<&str> {
    p.as_ref().and_then(|p| p.code.as_deref())
}

fn find<'r>(r: &'r Record, event: &str, actor: &str, recipient: Option<&str>) -> Option<&'r Event> {
    r.events.iter().find(|e| {
        e.event == event && code(&e.actor) == Some(actor) && code(&e.recipient) == recipient
    })
}

fn show(r: &Record) -> String {
    r.events
        .iter()
        .map(|e| {
            format!(
                "{} {} {:?}->{:?} `{}`\n    {}",
                e.event,
                e.cameo,
                code(&e.actor),
                code(&e.recipient),
                e.trigger.text,
                e.rule
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_name_in_apposition_to_the_object_is_the_recipient() {
    let r = run("Germany attacked its neighbor, Poland, on Monday.");
    assert!(
        find(&r, "ASSAULT", "DEU", Some("POL")).is_some(),
        "{}",
        show(&r)
    );
    let r = run("Russia criticized its rival, the United States, over the decision.");
    assert!(
        find(&r, "ACCUSE", "RUS", Some("USA")).is_some(),
        "{}",
        show(&r)
    );
    // A new clause after the comma is not an apposition: its subject is no recipient.
    let r = run("Iran seized the tanker, Britain said.");
    assert!(
        r.events.iter().all(|e| code(&e.recipient) != Some("GBR")),
        "{}",
        show(&r)
    );
}
