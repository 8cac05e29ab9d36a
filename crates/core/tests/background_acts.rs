//! Background acts beside the news (issue #9, precision; session 16, `h/background2`): short
//! wire paragraphs that tell one new act of the story's time beside background a coder does
//! not code: acts in `after`/`before`/`since`/`until`/`when` clauses, `without` + gerund,
//! perfect and perfect progressive states ("has been fighting", "has long backed"), habits
//! ("regularly hosts", "already hosts"), relative clauses recalling history (", which seized
//! power in 2022"), wars named by their beginning, anniversaries, "the first since", and
//! restatements of the lead act; plus lines where such a form is the news (an act of the
//! story's days in an `after` clause or a relative clause, "has fired three missiles since
//! Thursday"). `tests/background_acts/paragraphs.txt` (conventions in its header) was written
//! and coded by hand, and committed, before the engine ran on it.
//!
//! Scoring as `story_background.rs`: an event line expects exactly one event coded as done
//! (two on a mutual `<>` line); every other event coded as done (not intended, hypothetical,
//! denied or negated), and any on a NONE line, is background coded as news, a surplus. The
//! test prints every paragraph with a miss or a surplus (`STORY_BACKGROUND_VERBOSE=1` adds the
//! rules), per section the figures, and asserts floors just under the measured figures.
//!
//! First run, before any change (the honest held-out estimate of how the engine tells
//! background from news): NONE lines clean 37/74 (0.50); event lines category 81/88 (0.92),
//! dyad 78/88 (0.89); events coded as done 187, right 83, background coded as news 104
//! (precision 0.44). After the session's changes (an act under "without" + gerund is not
//! done; a relative clause of an event named by an earlier year is history; habitual spans
//! of several words, "every six months", "most weekends", "in recent years"; a perfect since
//! last year is lasting; a gathering to bury or remember the dead is no protest; the act of
//! a `before`/`until`/`unless` clause under a future, modal or negated verb is a
//! condition): NONE lines clean 44/74 (0.59); category 81/88 (0.92), dyad 78/88 (0.89);
//! done 171, right 83, surplus 88 (precision 0.49).
//!
//! Most of what is left is a past act with a date of its own in a subordinate or relative
//! clause ("their first meeting since Ecuadorian police stormed the Mexican embassy in April
//! 2024", ", whose rebel coalition toppled Assad in December 2024", "a year after Bogota
//! refused"): this file codes them NONE, but the golden and wire stories code such acts
//! with their date (golden README, second wave: "a past act told with its own date is
//! coded"), and a rule dropping them cost golden dev, wire and held-out events. The two
//! conventions disagree; the lead settles which one holds.

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
fn background_acts_code_nothing_and_the_news_still_codes() {
    let file = include_str!("background_acts/paragraphs.txt");
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
    println!("\nbackground acts: {}", total.line());
    assert!(
        total.none_lines >= 70 && total.event_lines >= 80,
        "the set shrank"
    );
    let none_share = ratio(total.none_clean, total.none_lines);
    let category = ratio(total.found, total.event_lines);
    let dyad = ratio(total.dyad, total.event_lines);
    let precision = ratio(total.right, total.done);
    // Floors just under the measured figures (raise them as the engine improves; never
    // lower them to pass).
    assert!(none_share >= 0.58, "NONE lines clean {none_share:.2}");
    assert!(category >= 0.91, "category recall {category:.2}");
    assert!(dyad >= 0.87, "dyad {dyad:.2}");
    assert!(precision >= 0.48, "precision {precision:.2}");
}
