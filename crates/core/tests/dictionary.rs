//! User dictionaries through `Pipeline::builder()`: a user's entry wins over a built-in
//! one, user patterns and files load at run time, and mistakes are reported with their
//! file and line.

use sitrep_core::Pipeline;
use sitrep_record::{InputDocument, Record};

fn code(pipeline: &Pipeline, text: &str) -> Record {
    pipeline.process(&InputDocument {
        id: "t".into(),
        text: text.into(),
        published: Some("2026-03-02".into()),
        ..InputDocument::default()
    })
}

fn actor_codes(r: &Record) -> Vec<(String, Option<String>, Option<String>)> {
    r.events
        .iter()
        .map(|e| {
            (
                e.event.clone(),
                e.actor.as_ref().and_then(|p| p.code.clone()),
                e.recipient.as_ref().and_then(|p| p.code.clone()),
            )
        })
        .collect()
}

/// A minister the built-in dictionary does not know, added as a user would.
const NEW_MINISTER: &str = "\
@kind person
[]
name: Bakary Yaou Sangaré | surname: Sangaré
code: NER | sector: GOV | role: foreign minister
";

const SENTENCE: &str = "Bakary Yaou Sangaré met Marco Rubio in Washington on Monday.";

#[test]
fn a_new_minister_codes_with_their_country() {
    let builtin = code(&Pipeline::new(), SENTENCE);
    assert!(
        !builtin
            .entities
            .iter()
            .any(|e| e.code.as_deref() == Some("NER")),
        "the built-in dictionary does not know the minister"
    );
    let pipeline = Pipeline::builder()
        .actor_source("ministers.txt", NEW_MINISTER)
        .build()
        .expect("a valid user file");
    let r = code(&pipeline, SENTENCE);
    let minister = r
        .entities
        .iter()
        .find(|e| e.text.contains("Sangaré"))
        .expect("the minister is an entity");
    assert_eq!(minister.code.as_deref(), Some("NER"));
    assert_eq!(minister.sector.as_deref(), Some("GOV"));
    assert!(
        actor_codes(&r).iter().any(|(ev, a, rc)| ev == "CONSULT"
            && a.as_deref() == Some("NER")
            && rc.as_deref() == Some("USA")),
        "{:?}",
        actor_codes(&r)
    );
    // Later mentions by surname resolve to the same person.
    let r = code(
        &pipeline,
        "Bakary Yaou Sangaré arrived on Sunday. Sangaré met Marco Rubio on Monday.",
    );
    assert!(
        actor_codes(&r)
            .iter()
            .any(|(_, a, _)| a.as_deref() == Some("NER")),
        "{:?}",
        actor_codes(&r)
    );
}

#[test]
fn a_user_entry_wins_over_a_built_in_one() {
    // The user's file claims a built-in person's name for another entry.
    let user =
        "@kind person\n[rubio-user]\nname: Marco Rubio\ncode: CUB | sector: GOV | role: envoy\n";
    let sentence = "Marco Rubio met Bakary Yaou Sangaré in Niamey on Monday.";
    let builtin = code(&Pipeline::new(), sentence);
    let rubio = |r: &Record| {
        r.entities
            .iter()
            .find(|e| e.text.contains("Rubio"))
            .and_then(|e| e.code.clone())
    };
    assert_eq!(rubio(&builtin).as_deref(), Some("USA"));
    let pipeline = Pipeline::builder()
        .actor_source("people.txt", user)
        .build()
        .unwrap();
    assert_eq!(rubio(&code(&pipeline, sentence)).as_deref(), Some("CUB"));
    // Of two user sources the later wins.
    let later = user.replace("CUB", "VEN");
    let pipeline = Pipeline::builder()
        .actor_source("a.txt", user)
        .actor_source("b.txt", later)
        .build()
        .unwrap();
    assert_eq!(rubio(&code(&pipeline, sentence)).as_deref(), Some("VEN"));
}

#[test]
fn without_built_ins_only_the_users_knowledge_codes() {
    let pipeline = Pipeline::builder()
        .builtin_actors(false)
        .actor_source("ministers.txt", NEW_MINISTER)
        .build()
        .unwrap();
    let r = code(&pipeline, SENTENCE);
    assert!(
        !r.entities.iter().any(|e| e.code.as_deref() == Some("USA")),
        "Rubio is not known without the built-ins: {:?}",
        r.entities
    );
    let none = Pipeline::builder().builtin_events(false).build().unwrap();
    assert!(code(&none, SENTENCE).events.is_empty());
}

#[test]
fn user_event_patterns_are_coded_with_their_file_in_the_rule() {
    // A verb the built-in lexicon does not need: the user's file makes it an event.
    let patterns = "[040] Consult\nverb: huddle > with\n";
    let sentence = "Marco Rubio huddled with Chinese Foreign Minister Wang Yi on Monday.";
    let pipeline = Pipeline::builder()
        .builtin_events(false)
        .event_source("mine.events.txt", patterns)
        .build()
        .unwrap();
    let r = code(&pipeline, sentence);
    let ev = r
        .events
        .iter()
        .find(|e| e.event == "CONSULT")
        .unwrap_or_else(|| panic!("coded: {:?}", actor_codes(&r)));
    assert!(ev.rule.contains("mine.events.txt line 2"), "{}", ev.rule);
    assert_eq!(
        ev.actor.as_ref().and_then(|p| p.code.as_deref()),
        Some("USA")
    );
}

#[test]
fn files_and_directories_load_and_errors_name_file_and_line() {
    let dir = std::env::temp_dir().join(format!("sitrep-dict-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/ministers.txt"), NEW_MINISTER).unwrap();
    std::fs::write(dir.join("README.md"), "not a dictionary").unwrap();
    let pipeline = Pipeline::builder().dictionary_path(&dir).build().unwrap();
    let r = code(&pipeline, SENTENCE);
    assert!(r.entities.iter().any(|e| e.code.as_deref() == Some("NER")));

    std::fs::write(
        dir.join("broken.txt"),
        "@kind person\n[]\nname: A B\nrank: 3\n",
    )
    .unwrap();
    let err = Pipeline::builder()
        .dictionary_path(&dir)
        .build()
        .err()
        .expect("an unknown key fails the build");
    assert!(err.first().file.ends_with("broken.txt"), "{err}");
    assert_eq!(err.first().line, 4, "{err}");
    let checked = sitrep_core::check_dictionary(&dir);
    assert_eq!(checked.len(), 2);
    assert!(checked.iter().any(|c| c.result.is_err()));
    assert!(checked.iter().any(|c| c.result.is_ok()));
    std::fs::remove_dir_all(&dir).ok();

    let missing = Pipeline::builder()
        .dictionary_path(dir.join("nope"))
        .build()
        .err()
        .expect("a missing path fails the build");
    assert_eq!(missing.first().line, 0);
}
