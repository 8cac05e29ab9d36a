//! Builders of realistic records with events, so store tests do not depend on the engine.
#![allow(dead_code)]

use sitrep_record::{
    Entity, EntityType, Event, Location, Modality, Party, Precision, Quad, Quantity, QuantityActor,
    QuantityKind, Quote, Record, SentenceRef, Span, Trigger,
};

pub fn party(text: &str, code: &str, sector: Option<&str>) -> Party {
    Party {
        text: text.into(),
        entity: None,
        code: Some(code.into()),
        sector: sector.map(String::from),
        org: None,
        cameo_actor: Some(format!("{code}{}", sector.unwrap_or(""))),
    }
}

pub fn quad_of(category: &str) -> Quad {
    match category {
        "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "REQUEST" => Quad::VerbalCooperation,
        "COOPERATE" | "AID" | "RETREAT" => Quad::MaterialCooperation,
        "ACCUSE" | "REJECT" | "THREATEN" | "PROTEST" => Quad::VerbalConflict,
        _ => Quad::MaterialConflict,
    }
}

/// A spec of one event: the sentence it is coded from must occur in the text.
pub struct Ev<'a> {
    pub category: &'a str,
    pub cameo: &'a str,
    pub goldstein: f64,
    pub actor: Party,
    pub recipient: Option<Party>,
    pub sentence: &'a str,
    pub trigger: &'a str,
    pub date: Option<&'a str>,
    pub place: Option<(&'a str, &'a str)>,
    pub modality: Modality,
}

fn char_pos(text: &str, needle: &str) -> (usize, usize) {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

pub fn event(text: &str, index: usize, spec: &Ev) -> Event {
    let (ss, se) = char_pos(text, spec.sentence);
    let sentence_index = text[..text.find(spec.sentence).unwrap()]
        .matches(". ")
        .count();
    let (ts, te) = char_pos(text, spec.trigger);
    Event {
        id: format!("v{}", index + 1),
        event: spec.category.into(),
        mode: None,
        context: vec!["military".into()],
        cameo: spec.cameo.into(),
        goldstein: Some(spec.goldstein),
        quad: quad_of(spec.category),
        actor: Some(spec.actor.clone()),
        recipient: spec.recipient.clone(),
        trigger: Trigger {
            text: spec.trigger.into(),
            start: ts,
            end: te,
        },
        sentence: SentenceRef {
            index: sentence_index,
            start: ss,
            end: se,
        },
        date: spec.date.map(String::from),
        date_precision: spec.date.map(|_| Precision::Day),
        location: spec.place.map(|(name, code)| Location {
            text: name.into(),
            code: Some(code.into()),
            lat: Some(50.0),
            lon: Some(36.2),
            ..Location::default()
        }),
        modality: spec.modality,
        negated: false,
        sources: vec![Party {
            text: "Korean Central News Agency".into(),
            entity: Some("e9".into()),
            code: Some("PRK".into()),
            sector: Some("MED".into()),
            org: Some("KCNA".into()),
            cameo_actor: Some("PRKMED".into()),
        }],
        quantities: vec![],
        rule: format!("{} coded from '{}'", spec.category, spec.trigger),
    }
}

pub fn record(
    id: &str,
    url: Option<&str>,
    published: &str,
    title: &str,
    text: &str,
    events: &[Ev],
) -> Record {
    let mut entities = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let p = &e.actor;
        if let Some(b) = text.find(&p.text) {
            let s = text[..b].chars().count();
            entities.push(Entity {
                id: format!("e{}", i + 1),
                text: p.text.clone(),
                entity_type: EntityType::Gpe,
                code: p.code.clone(),
                sector: p.sector.clone(),
                org: None,
                role: None,
                cameo_actor: p.cameo_actor.clone(),
                mentions: vec![Span {
                    start: s,
                    end: s + p.text.chars().count(),
                }],
            });
        }
    }
    let quotes = text
        .find('"')
        .and_then(|a| text[a + 1..].find('"').map(|b| (a, a + 1 + b)))
        .map(|(a, b)| {
            let s = text[..a].chars().count();
            let e = text[..=b].chars().count();
            vec![Quote {
                text: text[a + 1..b].into(),
                start: s + 1,
                end: e - 1,
                speaker: None,
            }]
        })
        .unwrap_or_default();
    let quantities = text
        .find(" soldiers")
        .map(|b| {
            let s = text[..b].rfind(' ').map(|x| x + 1).unwrap_or(0);
            vec![Quantity {
                id: "n1".into(),
                text: text[s..b + 9].into(),
                start: text[..s].chars().count(),
                end: text[..b + 9].chars().count(),
                value: text[s..b].parse().ok(),
                min: None,
                max: None,
                approx: false,
                unit: Some("soldiers".into()),
                kind: QuantityKind::Troops,
                actor: Some(QuantityActor {
                    code: Some("PRK".into()),
                    sector: Some("MIL".into()),
                }),
                sources: Vec::new(),
                modality: None,
            }]
        })
        .unwrap_or_default();
    Record {
        id: id.into(),
        title: Some(title.into()),
        published: Some(published.into()),
        url: url.map(String::from),
        language: Some("en".into()),
        text: text.into(),
        events: events
            .iter()
            .enumerate()
            .map(|(i, e)| event(text, i, e))
            .collect(),
        entities,
        quotes,
        quantities,
        ..Record::default()
    }
}

pub const STORY_A: &str = "North Korea has sent 3000 soldiers to Russia, South Korean intelligence said on Tuesday. Russian forces shelled Kharkiv overnight, officials in Ukraine said. \"We will respond,\" a Ukrainian commander said. Kim Jong Un met Sergei Shoigu in Pyongyang and pledged support for Russia.";

pub const STORY_B: &str = "Russian troops bombarded the city of Kharkiv during the night, according to Ukrainian officials. The attack damaged apartment buildings and a school. In Pyongyang, the North Korean leader promised continued backing for Moscow during talks with Shoigu.";

pub fn story_a() -> Record {
    record(
        "a1",
        Some("https://news.example/a1"),
        "2025-06-05",
        "North Korea sends troops",
        STORY_A,
        &[
            Ev {
                category: "ASSAULT",
                cameo: "195",
                goldstein: -10.0,
                actor: party("Russian forces", "RUS", Some("MIL")),
                recipient: Some(party("Ukraine", "UKR", None)),
                sentence: "Russian forces shelled Kharkiv overnight, officials in Ukraine said.",
                trigger: "shelled",
                date: Some("2025-06-04"),
                place: Some(("Kharkiv", "UKR")),
                modality: Modality::Reported,
            },
            Ev {
                category: "SUPPORT",
                cameo: "051",
                goldstein: 3.4,
                actor: party("Kim Jong Un", "PRK", Some("GOV")),
                recipient: Some(party("Russia", "RUS", None)),
                sentence:
                    "Kim Jong Un met Sergei Shoigu in Pyongyang and pledged support for Russia.",
                trigger: "pledged",
                date: Some("2025-06-04"),
                place: Some(("Pyongyang", "PRK")),
                modality: Modality::Asserted,
            },
        ],
    )
}

pub fn story_b() -> Record {
    record(
        "b1",
        Some("https://other.example/b1"),
        "2025-06-05",
        "Kharkiv shelled",
        STORY_B,
        &[
            Ev {
                category: "ASSAULT",
                cameo: "190",
                goldstein: -10.0,
                actor: party("Russian troops", "RUS", Some("MIL")),
                recipient: Some(party("Ukrainian", "UKR", None)),
                sentence: "Russian troops bombarded the city of Kharkiv during the night, according to Ukrainian officials.",
                trigger: "bombarded",
                date: Some("2025-06-04"),
                place: Some(("Kharkiv", "UKR")),
                modality: Modality::Reported,
            },
            Ev {
                category: "SUPPORT",
                cameo: "051",
                goldstein: 3.4,
                actor: party("the North Korean leader", "PRK", Some("GOV")),
                recipient: Some(party("Moscow", "RUS", None)),
                sentence: "In Pyongyang, the North Korean leader promised continued backing for Moscow during talks with Shoigu.",
                trigger: "promised",
                date: Some("2025-06-04"),
                place: Some(("Pyongyang", "PRK")),
                modality: Modality::Asserted,
            },
        ],
    )
}

/// The VOA corpus texts, when the shared folder is present.
pub fn voa_texts() -> Option<Vec<(String, String)>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpora/voa/voa_stories.jsonl"
    );
    let data = std::fs::read_to_string(path).ok()?;
    Some(
        data.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (
                    v["id"].as_str().unwrap().to_string(),
                    v["text"].as_str().unwrap().to_string(),
                )
            })
            .collect(),
    )
}

/// An edited copy as wire services republish: new first words, one sentence dropped, one
/// added at the end, and every `every`-th word replaced.
pub fn edited_copy(text: &str, every: usize) -> String {
    let sentences: Vec<&str> = text.split(". ").collect();
    let mut kept: Vec<String> = sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != sentences.len() / 2)
        .map(|(_, s)| s.to_string())
        .collect();
    kept.push("This report was updated with additional details from officials".into());
    let joined = format!("UPDATED: {}", kept.join(". "));
    joined
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i % every == every - 1 {
                "redacted"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
