//! What real stories say that is not a new event (issue #9, precision; session 14): wire
//! paragraphs whose habitual or lasting acts ("have carried out joint patrols since
//! January", "has consistently denied"), background named in passing ("since Russia's
//! invasion in 2022", "the 2016 peace agreement"), planned, plotted or refused acts ("had
//! been plotting arson attacks", "has refused to join sanctions", "has not responded"), the
//! contents of a plan ("the plan calls for a withdrawal of troops"), participles inside a
//! noun phrase ("troops promised for the mission", "a decree freezing the assets"), claims
//! of responsibility and restatements of an act already told code nothing, beside
//! paragraphs where the one new event of the day must still be coded next to such
//! background. `tests/story_background/paragraphs.txt` (conventions in its header) was
//! written and coded by hand before the engine ran on it.
//!
//! Scoring: an event line expects exactly one event coded as done (two on a mutual `<>`
//! line): its hit is an event of the category with the scored parties; every other event
//! coded as done (not intended, hypothetical, denied or negated) is a surplus, a false
//! positive, as is any event coded as done on a NONE line. The test prints every paragraph
//! with a miss or a surplus, per section the recall and the surplus, and asserts floors just
//! under the measured figures (raise them as the engine improves; never lower them to pass).

mod common;

use common::code;
use common::paragraph_cases::{dyad_right, parse, ratio, sections};
use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Modality};

#[derive(Default)]
struct Tally {
    none_lines: usize,
    none_clean: usize,
    event_lines: usize,
    found: usize,
    dyad: usize,
    /// Events coded as done, on every line, and those that were a line's expected hit.
    done: usize,
    right: usize,
    denied_done: usize,
}

impl Tally {
    fn add(&mut self, t: &Tally) {
        self.none_lines += t.none_lines;
        self.none_clean += t.none_clean;
        self.event_lines += t.event_lines;
        self.found += t.found;
        self.dyad += t.dyad;
        self.done += t.done;
        self.right += t.right;
        self.denied_done += t.denied_done;
    }
    fn surplus(&self) -> usize {
        self.done - self.right
    }
    fn line(&self) -> String {
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

fn score(pipeline: &Pipeline, body: &str) -> Tally {
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

#[test]
fn background_codes_nothing_and_the_new_event_still_codes() {
    let file = include_str!("story_background/paragraphs.txt");
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
    println!("\nstory background: {}", total.line());
    assert!(
        total.none_lines >= 70 && total.event_lines >= 50,
        "the set shrank"
    );
    // Floors just under the measured figures. First run, before any change (the honest
    // held-out estimate): NONE lines clean 50/84 (0.60); event lines category 53/55 (0.96),
    // dyad 48/55 (0.87); events coded as done 131, right 52, surplus 79 (precision 0.40);
    // denied acts coded as done 1 (Rwanda "has consistently denied arming the M23": the
    // AID coded is its troops "there only to defend its territory"). After the session's
    // changes (habitual phrases after the object and longer ones, "sporadically", "dozens
    // of times", "almost every week"; a perfect since a year or for years is a lasting act;
    // what a plan or proposal "calls for" is its content; a participle after a noun dated
    // before the story is background): NONE lines clean 61/84 (0.73); category 53/55
    // (0.96), dyad 48/55 (0.87); done 108, right 51, surplus 57 (precision 0.47); denied 1.
    // (The one hit lost, Jenin, was coded from the habitual background "have raided Jenin
    // repeatedly over the past two years"; "repeatedly" is not habitual any more, and the
    // day's air strike names no recipient.)
    let none_share = ratio(total.none_clean, total.none_lines);
    let category = ratio(total.found, total.event_lines);
    let dyad = ratio(total.dyad, total.event_lines);
    let precision = ratio(total.right, total.done);
    assert!(none_share >= 0.72, "NONE lines clean {none_share:.2}");
    assert!(category >= 0.94, "category recall {category:.2}");
    assert!(dyad >= 0.85, "dyad {dyad:.2}");
    assert!(precision >= 0.46, "precision {precision:.2}");
    assert!(total.denied_done <= 1, "denied acts coded as done");
}
