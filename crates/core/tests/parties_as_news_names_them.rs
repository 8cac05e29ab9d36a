//! Parties as international news of 2000-2025 names them (session 23): ministers by title
//! only ("Pakistan's interior minister"), ministries and agencies ("the Pentagon", "Iran's
//! Revolutionary Guards", "Ukraine's SBU"), capitals and seats as metonyms ("Kiev",
//! "Number 10", "N'Djamena"), a surname after a first mention, the armed groups of the
//! period's wars (Sudan to the Philippines), security forces by nationality ("Indian
//! paratroopers", "the junta's security forces"), regional bodies and their missions
//! (ECOWAS, SADC, IGAD, AMISOM, MONUSCO), and heads of state and ministers of the period
//! named in full, each line read on its own date so that the date chooses the office
//! holder. The lines (`tests/parties_as_news_names_them/paragraphs.txt`) were coded by
//! hand before the engine ran on them; the file's header gives the conventions.
//!
//! What it measures is party recognition, the loss the held-out VOA stories show (misses
//! with no coded party in their sentence, actors dropped as "not a party"): the share of
//! event lines whose expected actor (recipient) is the party of an event of the expected
//! category, over every event line, not only those whose category was found. The test
//! prints each line coded wrong, the figures per section, and asserts floors just under
//! the measured figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::code;
use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Party};

struct Line<'a> {
    category: Option<&'a str>,
    date: &'a str,
    actor: Option<&'a str>,
    recipient: Option<&'a str>,
    mutual: bool,
    text: &'a str,
}

fn slot(s: &str) -> Option<&str> {
    (s != "?").then_some(s)
}

fn parse(line: &str) -> Line<'_> {
    let f: Vec<&str> = line.splitn(4, '|').collect();
    assert_eq!(f.len(), 4, "malformed line: {line}");
    assert!(
        f[1].len() == 10 && f[1].as_bytes()[4] == b'-',
        "malformed date in: {line}"
    );
    let category = (f[0] != "NONE").then_some(f[0]);
    let (mutual, (actor, recipient)) =
        common::paragraph_cases::dyad(f[2], category.is_some(), line);
    Line {
        category,
        date: f[1],
        actor: slot(actor),
        recipient: slot(recipient),
        mutual,
        text: f[3],
    }
}

fn agrees(want: Option<&str>, got: &Option<Party>) -> bool {
    want.is_none_or(|w| code(got) == Some(w))
}

fn shown(e: &Event) -> String {
    format!(
        "{}{} {} {}>{}",
        if e.negated { "not " } else { "" },
        e.event,
        e.cameo,
        code(&e.actor).unwrap_or("-"),
        code(&e.recipient).unwrap_or("-")
    )
}

#[derive(Default)]
struct Tally {
    expected: usize,
    found: usize,
    actor_n: usize,
    actor_ok: usize,
    recipient_n: usize,
    recipient_ok: usize,
    dyad_ok: usize,
    none_lines: usize,
    none_coded: usize,
}

impl Tally {
    fn add(&mut self, t: &Tally) {
        self.expected += t.expected;
        self.found += t.found;
        self.actor_n += t.actor_n;
        self.actor_ok += t.actor_ok;
        self.recipient_n += t.recipient_n;
        self.recipient_ok += t.recipient_ok;
        self.dyad_ok += t.dyad_ok;
        self.none_lines += t.none_lines;
        self.none_coded += t.none_coded;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn score(pipeline: &Pipeline, line: &Line, t: &mut Tally) {
    let record = pipeline.process(&InputDocument {
        id: "line".into(),
        text: line.text.into(),
        published: Some(line.date.into()),
        ..InputDocument::default()
    });
    let Some(category) = line.category else {
        t.none_lines += 1;
        if !record.events.is_empty() {
            t.none_coded += 1;
            let got: Vec<String> = record.events.iter().map(shown).collect();
            println!("wrong [NONE] {}\n    got {got:?}", line.text);
        }
        return;
    };
    t.expected += 1;
    let hits: Vec<&Event> = record
        .events
        .iter()
        .filter(|e| e.event == category && !e.negated)
        .collect();
    let turned = |e: &&Event| {
        line.mutual && agrees(line.actor, &e.recipient) && agrees(line.recipient, &e.actor)
    };
    let actor_ok = hits
        .iter()
        .any(|e| agrees(line.actor, &e.actor) || turned(e));
    let recipient_ok = hits
        .iter()
        .any(|e| agrees(line.recipient, &e.recipient) || turned(e));
    let dyad_ok = hits.iter().any(|e| {
        (agrees(line.actor, &e.actor) && agrees(line.recipient, &e.recipient)) || turned(e)
    });
    t.found += !hits.is_empty() as usize;
    if line.actor.is_some() {
        t.actor_n += 1;
        t.actor_ok += actor_ok as usize;
    }
    if line.recipient.is_some() {
        t.recipient_n += 1;
        t.recipient_ok += recipient_ok as usize;
    }
    t.dyad_ok += dyad_ok as usize;
    if !dyad_ok {
        let got: Vec<String> = record.events.iter().map(shown).collect();
        println!(
            "wrong [{category} {}>{}] {}\n    got {got:?}",
            line.actor.unwrap_or("?"),
            line.recipient.unwrap_or("?"),
            line.text
        );
    }
}

#[test]
fn parties_named_as_news_of_2000_to_2025_names_them() {
    let file = include_str!("parties_as_news_names_them/paragraphs.txt");
    let pipeline = Pipeline::new();
    let mut total = Tally::default();
    let mut sections: Vec<(&str, Tally)> = Vec::new();
    for raw in file.lines() {
        if let Some(rule) = raw.strip_prefix("# ---") {
            sections.push((rule.trim_start_matches('-').trim(), Tally::default()));
            continue;
        }
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let (_, tally) = sections.last_mut().expect("a line before every section");
        score(&pipeline, &parse(raw), tally);
    }
    println!("\nper section (category found, actor right, recipient right, dyad right):");
    for (name, t) in &sections {
        println!(
            "  {name:<40} {:>3} lines: category {:>3} ({:.2})  actor {:>3}/{:<3} ({:.2})  \
             recipient {:>3}/{:<3} ({:.2})  dyad {:>3} ({:.2})",
            t.expected,
            t.found,
            ratio(t.found, t.expected),
            t.actor_ok,
            t.actor_n,
            ratio(t.actor_ok, t.actor_n),
            t.recipient_ok,
            t.recipient_n,
            ratio(t.recipient_ok, t.recipient_n),
            t.dyad_ok,
            ratio(t.dyad_ok, t.expected)
        );
        total.add(t);
    }
    let (category, actor, recipient, dyad) = (
        ratio(total.found, total.expected),
        ratio(total.actor_ok, total.actor_n),
        ratio(total.recipient_ok, total.recipient_n),
        ratio(total.dyad_ok, total.expected),
    );
    println!(
        "all: {} event lines: category {} ({category:.2}), actor right {}/{} ({actor:.2}), \
         recipient right {}/{} ({recipient:.2}), dyad right {} ({dyad:.2}); NONE lines coded \
         {} of {}",
        total.expected,
        total.found,
        total.actor_ok,
        total.actor_n,
        total.recipient_ok,
        total.recipient_n,
        total.dyad_ok,
        total.none_coded,
        total.none_lines
    );
    assert!(total.expected >= 250 && total.none_lines >= 8);
    // Floors just under the measured figures. First run, before any change (session 23):
    // category 240/256 (0.94), actor right 235/255 (0.92), recipient right 221/251 (0.88),
    // dyad 221 (0.86), no NONE line coded. The dictionaries knew most of the period's
    // parties; what failed was forms: a title after a participle of appointment ("Myanmar's
    // military-appointed foreign minister"), the armed men of a named armed group
    // ("paramilitaries of the United Self-Defense Forces of Colombia"), a name that begins
    // with "anti-" (the anti-Balaka, read as opposing someone), and a few names (Belarus's
    // KGB, Thein Sein, "Walid al-Moualem"). After them: category 243 (0.95), actor
    // 240/255 (0.94), recipient 223/251 (0.89), dyad 225 (0.88). Most of what is left is
    // category (a claim of responsibility, "exchanged fire", "drove ... out of", a
    // suspension) or a domestic recipient named by a role alone ("accused the opposition",
    // "urged communist rebels"), which the line's only country would give but which no
    // rule guesses.
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(actor >= 0.93, "actor right {actor:.2} fell");
    assert!(recipient >= 0.88, "recipient right {recipient:.2} fell");
    assert!(dyad >= 0.87, "dyad right {dyad:.2} fell");
}

/// The forms and names this session's work added, one case each (written with the fixes,
/// so a regression test, not a blind measure): the date chooses between namesakes, and the
/// document's countries between same-dated ones.
#[test]
fn the_forms_and_names_session_23_added_code_their_party() {
    // published | text | event | actor | recipient (`-`: not scored)
    const CASES: &[(&str, &str, &str, &str, &str)] = &[
        // A participle of appointment between the owner and the title.
        (
            "2024-03-01",
            "Kenya's newly appointed defence minister accused Somalia of meddling.",
            "ACCUSE",
            "KEN",
            "SOM",
        ),
        (
            "2021-02-03",
            "Myanmar's military-appointed foreign minister accused Thailand of sheltering rebels.",
            "ACCUSE",
            "MMR",
            "THA",
        ),
        // The armed men of a named armed group are the group.
        (
            "2021-04-05",
            "Gunmen of the Indigenous People of Biafra attacked a police station in Owerri.",
            "ASSAULT",
            "NGA",
            "-",
        ),
        (
            "2001-01-20",
            "Paramilitaries of the United Self-Defense Forces of Colombia killed 26 villagers.",
            "ASSAULT",
            "COL",
            "-",
        ),
        // A name that begins with "anti-" is its own party, not what it opposes.
        (
            "2014-05-10",
            "The anti-Balaka attacked a Seleka base near Bangui.",
            "ASSAULT",
            "CAF",
            "CAF",
        ),
        // Names.
        (
            "2021-05-24",
            "Belarus's KGB detained an opposition blogger in Minsk.",
            "COERCE",
            "BLR",
            "-",
        ),
        (
            "2024-07-30",
            "Agents of the Bolivarian National Intelligence Service detained an opposition leader.",
            "COERCE",
            "VEN",
            "-",
        ),
        (
            "2012-11-19",
            "President Thein Sein met President Barack Obama in Yangon.",
            "CONSULT",
            "MMR",
            "USA",
        ),
        (
            "2008-06-24",
            "Opposition leader Morgan Tsvangirai accused President Robert Mugabe of waging war.",
            "ACCUSE",
            "ZWE",
            "ZWE",
        ),
        (
            "2020-09-01",
            "Alexei Navalny accused the Kremlin of poisoning him.",
            "ACCUSE",
            "RUS",
            "RUS",
        ),
        (
            "2012-09-11",
            "Rebel leader Michel Djotodia accused President Francois Bozize of breaking the peace deal.",
            "ACCUSE",
            "CAF",
            "CAF",
        ),
        (
            "2009-10-18",
            "Jundallah attacked a Revolutionary Guards convoy in Sistan-Baluchestan.",
            "ASSAULT",
            "IRN",
            "IRN",
        ),
        (
            "2013-09-23",
            "Jundallah attacked a church in Peshawar, Pakistan.",
            "ASSAULT",
            "PAK",
            "-",
        ),
    ];
    let pipeline = Pipeline::new();
    let mut wrong = Vec::new();
    for &(published, text, event, actor, recipient) in CASES {
        let record = pipeline.process(&InputDocument {
            id: "case".into(),
            text: text.into(),
            published: Some(published.into()),
            ..InputDocument::default()
        });
        let right = record.events.iter().any(|e| {
            e.event == event
                && code(&e.actor) == Some(actor)
                && (recipient == "-" || code(&e.recipient) == Some(recipient))
        });
        if !right {
            let got: Vec<String> = record.events.iter().map(shown).collect();
            wrong.push(format!(
                "{text}\n    want {event} {actor}>{recipient}, got {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
