//! The scoring of the background sets (story_background.rs, background_acts.rs): an event
//! line expects exactly one event coded as done (two on a mutual `<>` line); every other
//! event coded as done, and any on a NONE line, is background coded as news, a surplus.

use super::code;
use super::paragraph_cases::{dyad_right, parse, ratio, sections};
use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Modality};

#[derive(Default)]
pub struct Tally {
    pub none_lines: usize,
    pub none_clean: usize,
    pub event_lines: usize,
    pub found: usize,
    pub dyad: usize,
    /// Events coded as done, on every line, and those that were a line's expected hit.
    pub done: usize,
    pub right: usize,
    pub denied_done: usize,
}

impl Tally {
    pub fn add(&mut self, t: &Tally) {
        self.none_lines += t.none_lines;
        self.none_clean += t.none_clean;
        self.event_lines += t.event_lines;
        self.found += t.found;
        self.dyad += t.dyad;
        self.done += t.done;
        self.right += t.right;
        self.denied_done += t.denied_done;
    }
    pub fn surplus(&self) -> usize {
        self.done - self.right
    }
    pub fn line(&self) -> String {
        format!(
            "NONE lines clean {}/{} ({:.2}); event lines: category {}/{} ({:.2}), dyad {}/{} \
             ({:.2}); events coded as done {}, right {}, surplus {} (precision {:.2}); denied \
             acts coded as done {}",
            self.none_clean,
            self.none_lines,
            ratio(self.none_clean, self.none_lines),
            self.found,
            self.event_lines,
            ratio(self.found, self.event_lines),
            self.dyad,
            self.event_lines,
            ratio(self.dyad, self.event_lines),
            self.done,
            self.right,
            self.surplus(),
            ratio(self.right, self.done),
            self.denied_done
        )
    }
}

fn done(e: &Event) -> bool {
    !e.negated
        && !matches!(
            e.modality,
            Modality::Intended | Modality::Denied | Modality::Hypothetical
        )
}

fn show(e: &Event) -> String {
    format!(
        "{} {} {}>{} ({:?})",
        e.event,
        e.cameo,
        code(&e.actor).unwrap_or("-"),
        code(&e.recipient).unwrap_or("-"),
        e.modality
    )
}

pub fn score(pipeline: &Pipeline, body: &str) -> Tally {
    let mut t = Tally::default();
    for case in parse(body) {
        let record = pipeline.process(&InputDocument {
            id: "paragraph".into(),
            text: case.text.into(),
            published: Some("2026-03-02".into()),
            ..InputDocument::default()
        });
        let events: Vec<&Event> = record.events.iter().filter(|e| done(e)).collect();
        t.done += events.len();
        t.denied_done += case.denied.is_some_and(|d| {
            events
                .iter()
                .any(|e| e.event == d && e.modality != Modality::Denied)
        }) as usize;
        let wrong = match case.category {
            None => {
                t.none_lines += 1;
                t.none_clean += events.is_empty() as usize;
                !events.is_empty()
            }
            Some(category) => {
                t.event_lines += 1;
                let of_category: Vec<&&Event> =
                    events.iter().filter(|e| e.event == category).collect();
                let hits = of_category.iter().filter(|e| dyad_right(&case, e)).count();
                t.found += !of_category.is_empty() as usize;
                t.dyad += (hits > 0) as usize;
                let allowed = if case.mutual { 2 } else { 1 };
                t.right += hits.min(allowed);
                hits == 0 || events.len() > hits.min(allowed)
            }
        };
        if wrong {
            let got: Vec<String> = events.iter().map(|e| show(e)).collect();
            println!(
                "  [{} {}>{}] got {:?}\n      {}",
                case.category.unwrap_or("NONE"),
                case.actor.unwrap_or("?"),
                case.recipient.unwrap_or("?"),
                got,
                case.text
            );
            if std::env::var_os("STORY_BACKGROUND_VERBOSE").is_some() {
                for e in events {
                    println!("        {}", e.rule);
                }
            }
        }
    }
    t
}

/// Scores every section of a background file (`story_background.rs`, `background_acts.rs`):
/// prints each section's lines as [`score`] does, then a line per section and the whole
/// file's line under `label`, and returns the whole file's tally.
pub fn score_file(file: &str, label: &str) -> Tally {
    let pipeline = Pipeline::new();
    let mut total = Tally::default();
    let mut per_section = Vec::new();
    for (name, body) in sections(file) {
        println!("-- {name}");
        let t = score(&pipeline, &body);
        total.add(&t);
        per_section.push(format!("{name}: {}", t.line()));
    }
    println!();
    for s in &per_section {
        println!("{s}");
    }
    println!("\n{label}: {}", total.line());
    total
}
