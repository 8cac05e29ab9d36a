//! The hand-coded paragraph files of the party tests (`generic_parties.rs`,
//! `adjective_parties.rs`, `recipients_context.rs`): one case a line, read into
//! [`Case`]s, each paragraph coded as its own document and scored as an analyst would:
//! was an event of the expected category found, with the expected actor and recipient.
//!
//! Two line formats, told apart by their number of `|`-separated fields:
//! - `CATEGORY|ACTOR|RECIPIENT|paragraph`;
//! - `CATEGORY|ACTOR>RECIPIENT|paragraph`, or `ACTOR<>RECIPIENT` for a mutual act (either
//!   direction is right), and `NONE|-|paragraph` for a paragraph that codes no event;
//!   `CATEGORY!DENIED` names the category of an act the paragraph says was denied, which
//!   must not be coded as done;
//! - `CATEGORY@CAMEO|...` in either format names the CAMEO code the line illustrates
//!   (`tests/codebook.rs` scores its two-digit root); the other tests ignore it.
//!
//! Parties are country codes, or a country code and a side of a war inside it (`SDN.GOV`:
//! the state's sectors; `SDN.REB`: rebels, militias, gangs, the armed opposition; `KEN.OPP`: the
//! opposition, parties and protesters; any other sector names itself, `PER.LEG`); `?` is not scored; `-` expects the party left unnamed (the
//! event's party is null or has no code).

use super::code;
use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Modality, Party};

/// Every paragraph is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

pub struct Case<'a> {
    /// `None` for a NONE line: no event at all.
    pub category: Option<&'a str>,
    /// Expected country codes; `None` = not scored (`?`).
    pub actor: Option<&'a str>,
    pub recipient: Option<&'a str>,
    /// The category of an act the paragraph says was denied (`CATEGORY!DENIED`): none may
    /// be coded as done.
    pub denied: Option<&'a str>,
    /// `ACTOR<>RECIPIENT`: either direction is right.
    pub mutual: bool,
    /// The CAMEO code the line illustrates (`CATEGORY@CAMEO`), where it names one.
    pub cameo: Option<&'a str>,
    pub text: &'a str,
}

/// The cases of a paragraph file; panics on a malformed line or an unknown category.
pub fn parse(file: &str) -> Vec<Case<'_>> {
    let ontology = sitrep_lexicon::Ontology::builtin();
    let categories: Vec<&str> = ontology.plover_events().map(|p| p.event.as_str()).collect();
    file.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.splitn(4, '|').collect();
            let (head, cameo) = match f[0].split_once('@') {
                Some((head, cameo)) => (head, Some(cameo.trim())),
                None => (f[0], None),
            };
            assert!(
                cameo.is_none_or(
                    |c| (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit())
                ),
                "malformed CAMEO code in: {line}"
            );
            let (scored, denied) = match head.split_once('!') {
                Some((scored, denied)) => (scored, Some(denied)),
                None => (head, None),
            };
            let category = (scored != "NONE").then_some(scored);
            assert!(
                category
                    .into_iter()
                    .chain(denied)
                    .all(|c| categories.contains(&c)),
                "unknown PLOVER category in: {line}"
            );
            let (actor, recipient, mutual, text) = match f.len() {
                4 => (f[1], f[2], false, f[3]),
                3 => {
                    let (mutual, (a, r)) = dyad(f[1], category.is_some(), line);
                    (a, r, mutual, f[2])
                }
                _ => panic!("malformed case: {line}"),
            };
            Case {
                category,
                actor: slot(actor),
                recipient: slot(recipient),
                denied,
                mutual,
                cameo,
                text,
            }
        })
        .collect()
}

/// The parties field of a case line: whether the act is mutual (`A<>B`) and its two sides
/// as written (`ACTOR>RECIPIENT`); a NONE line (`event` false) with neither scores none
/// (`?`, `?`). Panics, naming the line, where an event line has neither.
pub fn dyad<'a>(field: &'a str, event: bool, line: &str) -> (bool, (&'a str, &'a str)) {
    match field.split_once("<>") {
        Some(pair) => (true, pair),
        None if !event => (false, ("?", "?")),
        None => (
            false,
            field
                .split_once('>')
                .unwrap_or_else(|| panic!("no ACTOR>RECIPIENT in: {line}")),
        ),
    }
}

/// An expected party: `?` is not scored.
fn slot(s: &str) -> Option<&str> {
    (s.trim() != "?").then(|| s.trim())
}

/// Which of a paragraph's events are scored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Events the record tells as done: a negated, intended, denied or hypothetical event
    /// is neither a hit nor a miss of its parties.
    Done,
    /// Every event: an intended or hypothetical act is what the line expects ("is expected
    /// to visit" is an intent). A negated event is never a hit, but it still counts among
    /// the events coded (the precision) and as an event on a NONE line.
    NotNegated,
}

/// The figures of one paragraph file.
#[derive(Debug, Default)]
pub struct Figures {
    pub paragraphs: usize,
    /// Lines expecting an event (not NONE).
    pub expected: usize,
    /// ... with an event of the expected category.
    pub found: usize,
    /// On the found lines whose actor (recipient) is scored: how many agree.
    pub actor_ok: usize,
    pub actor_n: usize,
    pub recipient_ok: usize,
    pub recipient_n: usize,
    /// An event of the category with both scored parties right.
    pub dyad_ok: usize,
    /// An event of any category with both scored parties right.
    pub dyad_any_ok: usize,
    pub none_lines: usize,
    /// NONE lines that coded an event.
    pub none_coded: usize,
    /// Lines naming a denied act, and those where it was coded as done anyway.
    pub denied_lines: usize,
    pub denied_done: usize,
    /// Every event counted, on any line, and those of the line's expected category: the
    /// category precision.
    pub events_coded: usize,
    pub events_of_category: usize,
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Figures {
    pub fn category(&self) -> f64 {
        ratio(self.found, self.expected)
    }
    pub fn dyad(&self) -> f64 {
        ratio(self.dyad_ok, self.expected)
    }
    pub fn dyad_any(&self) -> f64 {
        ratio(self.dyad_any_ok, self.expected)
    }
    pub fn actor(&self) -> f64 {
        ratio(self.actor_ok, self.actor_n)
    }
    pub fn recipient(&self) -> f64 {
        ratio(self.recipient_ok, self.recipient_n)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.events_of_category, self.events_coded)
    }

    /// The summary line of a set of events with traps (NONE lines): recall, precision and
    /// dyad with their counts, and how many traps coded an event.
    pub fn with_traps(&self) -> String {
        format!(
            "category recall {}/{} ({:.2}), precision {}/{} ({:.2}), dyad {:.2}, traps coded {} of {}",
            self.found,
            self.expected,
            self.category(),
            self.events_of_category,
            self.events_coded,
            self.precision(),
            self.dyad(),
            self.none_coded,
            self.none_lines
        )
    }

    /// The line of a set that scores actors and recipients apart.
    pub fn parties(&self) -> String {
        format!(
            "actor right {}/{} ({:.2}), recipient right {}/{} ({:.2})",
            self.actor_ok,
            self.actor_n,
            self.actor(),
            self.recipient_ok,
            self.recipient_n,
            self.recipient()
        )
    }

    /// The floor of the traps: at most `most` NONE lines coded an event (the caller's line
    /// is the one a failure names).
    #[track_caller]
    pub fn assert_none_coded_at_most(&self, most: usize) {
        assert!(
            self.none_coded <= most,
            "{} NONE lines coded an event",
            self.none_coded
        );
    }

    /// No act the paragraphs say was denied is coded as done.
    #[track_caller]
    pub fn assert_no_denied_done(&self) {
        assert!(
            self.denied_done == 0,
            "{} denied acts coded as done",
            self.denied_done
        );
    }
}

/// The sectors of a side of a war inside one country (`CCC.GOV`, `CCC.REB`): the state's
/// (government, army, police, intelligence, courts, legislature) and the side in arms against
/// it or the opposition that leads it (rebels, insurgents, separatists, militias, gangs).
const STATE_SECTORS: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG"];
const ARMED_SECTORS: &[&str] = &["REB", "INS", "SEP", "UAF", "CRM", "OPP"];
/// The political side of a country outside its state (`CCC.OPP`, `tests/domestic_rivals/`):
/// the opposition, its leaders and parties, protesters and their movements.
const POLITICAL_SECTORS: &[&str] = &["OPP", "PTY", "CVL", "LAB", "EDU"];
/// The record's other sectors, each a side of its own (`CCC.LEG`, `CCC.MIL`, `CCC.REL`).
const SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "OPP", "REB", "INS", "SEP", "UAF", "CRM",
    "CVL", "LAB", "EDU", "REL", "MED", "BUS", "HRI", "REF", "NGO", "IGO",
];

fn agrees(want: Option<&str>, got: &Option<Party>) -> bool {
    want.is_none_or(|w| match w {
        "-" => code(got).is_none(),
        w => match w.split_once('.') {
            Some((country, side)) => {
                let sectors = match side {
                    "GOV" => STATE_SECTORS,
                    "REB" => ARMED_SECTORS,
                    "OPP" => POLITICAL_SECTORS,
                    _ if SECTORS.contains(&side) => std::slice::from_ref(&side),
                    _ => panic!("unknown side {side} (GOV, REB, OPP or a sector)"),
                };
                code(got) == Some(country)
                    && got
                        .as_ref()
                        .and_then(|p| p.sector.as_deref())
                        .is_some_and(|s| sectors.contains(&s))
            }
            None => code(got) == Some(w),
        },
    })
}

/// A party as a wrong line shows it: its code and sector ("SDN MIL"), `-` for none.
fn party_shown(p: &Option<Party>) -> String {
    match (code(p), p.as_ref().and_then(|p| p.sector.as_deref())) {
        (Some(c), Some(s)) => format!("{c} {s}"),
        (Some(c), None) => c.to_string(),
        (None, _) => "-".to_string(),
    }
}

/// Whether `e` has the line's scored actor and recipient (either way round for a mutual act).
pub fn dyad_right(case: &Case, e: &Event) -> bool {
    let straight = agrees(case.actor, &e.actor) && agrees(case.recipient, &e.recipient);
    let turned = agrees(case.recipient, &e.actor) && agrees(case.actor, &e.recipient);
    straight || (case.mutual && turned)
}

/// Codes every case, prints each one coded wrong and a summary line, and returns the
/// figures.
pub fn score(cases: &[Case], counted: Counted) -> Figures {
    score_with(&Pipeline::new(), cases, counted)
}

/// [`score`] with a pipeline of the caller's (another detector operating point, say).
pub fn score_with(pipeline: &Pipeline, cases: &[Case], counted: Counted) -> Figures {
    let mut f = Figures {
        paragraphs: cases.len(),
        ..Figures::default()
    };
    for case in cases {
        let record = pipeline.process(&InputDocument {
            id: "paragraph".into(),
            text: case.text.into(),
            published: Some(PUBLISHED.into()),
            ..InputDocument::default()
        });
        let events: Vec<&Event> = record
            .events
            .iter()
            .filter(|e| match counted {
                Counted::Done => {
                    !e.negated
                        && !matches!(
                            e.modality,
                            Modality::Intended | Modality::Denied | Modality::Hypothetical
                        )
                }
                Counted::NotNegated => true,
            })
            .collect();
        // A denied act coded as done (neither negated nor framed as denied) is the denial
        // read backwards.
        let denied_done = case.denied.is_some_and(|denied| {
            events
                .iter()
                .any(|e| e.event == denied && !e.negated && e.modality != Modality::Denied)
        });
        f.denied_lines += case.denied.is_some() as usize;
        f.events_coded += events.len();
        f.events_of_category += events
            .iter()
            .filter(|e| case.category == Some(e.event.as_str()) && !e.negated)
            .count();
        f.denied_done += denied_done as usize;
        let right = match case.category {
            None => {
                f.none_lines += 1;
                f.none_coded += !events.is_empty() as usize;
                events.is_empty()
            }
            Some(category) => {
                f.expected += 1;
                let hits: Vec<&&Event> = events
                    .iter()
                    .filter(|e| e.event == category && !e.negated)
                    .collect();
                f.dyad_any_ok += events.iter().any(|e| dyad_right(case, e)) as usize;
                let right = hits.iter().any(|e| dyad_right(case, e));
                f.dyad_ok += right as usize;
                if !hits.is_empty() {
                    f.found += 1;
                    if case.actor.is_some() {
                        f.actor_n += 1;
                        f.actor_ok += hits.iter().any(|e| agrees(case.actor, &e.actor)) as usize;
                    }
                    if case.recipient.is_some() {
                        f.recipient_n += 1;
                        f.recipient_ok +=
                            hits.iter().any(|e| agrees(case.recipient, &e.recipient)) as usize;
                    }
                }
                right && !denied_done
            }
        };
        if !right {
            let got: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{}{}{} {} {}>{}",
                        if e.negated { "not " } else { "" },
                        if e.modality == Modality::Denied {
                            "denied "
                        } else {
                            ""
                        },
                        e.event,
                        e.cameo,
                        party_shown(&e.actor),
                        party_shown(&e.recipient)
                    )
                })
                .collect();
            println!(
                "wrong [{}{} {}>{}] {}\n    got {got:?}",
                case.category.unwrap_or("NONE"),
                case.denied.map(|d| format!("!{d}")).unwrap_or_default(),
                case.actor.unwrap_or("?"),
                case.recipient.unwrap_or("?"),
                case.text
            );
        }
    }
    println!(
        "\n{} paragraphs, {} events expected: category found {} ({:.2}); on those, actor {}/{} \
         ({:.2}), recipient {}/{} ({:.2}); dyad right {} ({:.2}), on any category {} ({:.2}); \
         NONE lines coded {} of {}; denied acts coded as done {} of {}",
        f.paragraphs,
        f.expected,
        f.found,
        f.category(),
        f.actor_ok,
        f.actor_n,
        f.actor(),
        f.recipient_ok,
        f.recipient_n,
        f.recipient(),
        f.dyad_ok,
        f.dyad(),
        f.dyad_any_ok,
        f.dyad_any(),
        f.none_coded,
        f.none_lines,
        f.denied_done,
        f.denied_lines
    );
    f
}

/// The rule line that opens a section of a paragraph file (`# ---- name ----`).
const SECTION_MARK: &str = "# ---";

/// A paragraph file cut at its section rules: (section name, the lines under it).
pub fn sections(file: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    for line in file.lines() {
        if let Some(rule) = line.strip_prefix(SECTION_MARK) {
            out.push((rule.trim_start_matches('-').trim(), String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

/// The paragraph-break mark of the passage files (`story_descriptions/`,
/// `story_references/`), read as a blank line.
const PARAGRAPH_BREAK: &str = " \u{b6} ";

/// Scores a sectioned file of multi-paragraph passages (a line is one passage, its
/// paragraphs joined by the break mark `" \u{b6} "`) as [`score_sections`] does, without the
/// per-category table, and prints the whole file's figures with its traps and parties.
pub fn score_passage_sections(
    file: &str,
    counted: Counted,
    min_events: usize,
    min_none: usize,
) -> Figures {
    let total = score_each_section(file, counted, min_events, min_none, true);
    println!("all: {}", total.with_traps());
    println!("{}", total.parties());
    total
}

/// The part of [`score_sections`] and [`score_passage_sections`] they share: asserts the
/// file holds at least `min_events` event lines and `min_none` NONE lines, scores and
/// prints each section (with `passages`, a line's break marks read as blank lines), asserts
/// no line lies outside every section, and returns the whole file's figures.
fn score_each_section(
    file: &str,
    counted: Counted,
    min_events: usize,
    min_none: usize,
    passages: bool,
) -> Figures {
    let all = parse(file);
    let none_lines = all.iter().filter(|c| c.category.is_none()).count();
    assert!(
        all.len() - none_lines >= min_events && none_lines >= min_none,
        "the set needs at least {min_events} event lines and {min_none} NONE lines"
    );
    let mut total = Figures::default();
    println!("\nper section:");
    for (section, body) in sections(file) {
        let parsed = parse(&body);
        let f = if passages {
            let texts: Vec<String> = parsed
                .iter()
                .map(|c| c.text.replace(PARAGRAPH_BREAK, "\n\n"))
                .collect();
            let cases: Vec<Case> = parsed
                .iter()
                .zip(&texts)
                .map(|(c, text)| Case { text, ..*c })
                .collect();
            score(&cases, counted)
        } else {
            score(&parsed, counted)
        };
        let width = if passages { 75 } else { 70 };
        println!(
            "  {section:<width$} {:>2}/{:<2} category {:.2}  dyad {:.2}",
            f.found,
            f.expected,
            f.category(),
            f.dyad()
        );
        total.add(&f);
    }
    assert_eq!(total.paragraphs, all.len(), "a line outside every section");
    total
}

impl Figures {
    /// Adds another part's counts (a section's) to these.
    pub fn add(&mut self, f: &Figures) {
        self.paragraphs += f.paragraphs;
        self.expected += f.expected;
        self.found += f.found;
        self.actor_ok += f.actor_ok;
        self.actor_n += f.actor_n;
        self.recipient_ok += f.recipient_ok;
        self.recipient_n += f.recipient_n;
        self.dyad_ok += f.dyad_ok;
        self.dyad_any_ok += f.dyad_any_ok;
        self.none_lines += f.none_lines;
        self.none_coded += f.none_coded;
        self.denied_lines += f.denied_lines;
        self.denied_done += f.denied_done;
        self.events_coded += f.events_coded;
        self.events_of_category += f.events_of_category;
    }
}

/// Scores a sectioned paragraph file (the wire tests: one family of phrasings or one
/// construction a section) and prints category recall and dyad share per section, then
/// per category of `categories`, then for the whole file; returns the whole file's
/// figures for the caller's floors. Asserts the file holds at least `min_events` event
/// lines and `min_none` NONE lines, and no line outside every section.
pub fn score_sections(
    file: &str,
    counted: Counted,
    categories: &[&str],
    min_events: usize,
    min_none: usize,
) -> Figures {
    let total = score_each_section(file, counted, min_events, min_none, false);
    if !categories.is_empty() {
        println!("per category:");
    }
    for category in categories {
        let lines: String = file
            .lines()
            .filter(|l| {
                l.strip_prefix(category)
                    .is_some_and(|rest| rest.starts_with(['|', '@', '!']))
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let f = score(&parse(&lines), counted);
        println!(
            "  {category:<8} {:>2}/{:<2} category {:.2}  dyad {:.2}",
            f.found,
            f.expected,
            f.category(),
            f.dyad()
        );
    }
    println!(
        "all: {} passages, {} events expected: category {} ({:.2}), dyad {} ({:.2}); events \
         coded {}, of the line's category {} ({:.2}); NONE lines coded {} of {}",
        total.paragraphs,
        total.expected,
        total.found,
        total.category(),
        total.dyad_ok,
        total.dyad(),
        total.events_coded,
        total.events_of_category,
        total.precision(),
        total.none_coded,
        total.none_lines
    );
    total
}

/// The file with the `@CAMEO` of each category field removed: the shared reader's format.
pub fn without_codes(file: &str) -> String {
    file.lines()
        .map(|line| match line.split_once('|') {
            Some((first, rest)) if !line.starts_with('#') => {
                let category = first.split_once('@').map_or(first, |(c, _)| c);
                format!("{category}|{rest}\n")
            }
            _ => format!("{line}\n"),
        })
        .collect()
}

/// Of the lines with an expected code whose category the coder found (an event of it, not
/// negated): (how many, how many with an event of the category whose CAMEO code starts
/// with the expected one). Prints each line whose code differs.
pub fn codes_agree(file: &str) -> (usize, usize) {
    let (mut found, mut agree) = (0, 0);
    for line in file.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.splitn(3, '|');
        let (Some(first), Some(_), Some(text)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let Some((category, cameo)) = first.split_once('@') else {
            continue;
        };
        let record = super::run(text);
        let of_category: Vec<&str> = record
            .events
            .iter()
            .filter(|e| e.event == category && !e.negated)
            .map(|e| e.cameo.as_str())
            .collect();
        if of_category.is_empty() {
            continue;
        }
        found += 1;
        if of_category.iter().any(|code| code.starts_with(cameo)) {
            agree += 1;
        } else {
            println!("code {of_category:?}, expected {cameo}: {text}");
        }
    }
    (found, agree)
}

/// Per-line tallies of a codebook-style set (`codebook.rs`, `paraphrases_cooperative.rs`),
/// whose lines each name the CAMEO code they illustrate.
#[derive(Default)]
pub struct CodeTally {
    pub lines: usize,
    /// Lines with an event of their category.
    pub found: usize,
    /// Lines with an event of their code's two-digit root, of any category.
    pub root: usize,
    /// Lines with an event of their exact code.
    pub exact: usize,
    /// Lines with an event of their category and both scored parties right.
    pub dyad: usize,
}

impl CodeTally {
    pub fn add(&mut self, o: &CodeOutcome) {
        self.lines += 1;
        self.found += o.found as usize;
        self.root += o.root as usize;
        self.exact += o.exact as usize;
        self.dyad += o.dyad as usize;
    }
}

/// How one line with an expected category and CAMEO code was coded (events not negated).
pub struct CodeOutcome {
    pub found: bool,
    pub root: bool,
    pub exact: bool,
    pub dyad: bool,
    /// Events of the line's category.
    pub of_category: usize,
}

pub fn code_outcome(case: &Case, category: &str, cameo: &str, events: &[Event]) -> CodeOutcome {
    let done: Vec<&Event> = events.iter().filter(|e| !e.negated).collect();
    let hits: Vec<&&Event> = done.iter().filter(|e| e.event == category).collect();
    CodeOutcome {
        found: !hits.is_empty(),
        root: done
            .iter()
            .any(|e| cameo_root(&e.cameo) == cameo_root(cameo)),
        exact: done.iter().any(|e| e.cameo == cameo),
        dyad: hits.iter().any(|e| dyad_right(case, e)),
        of_category: hits.len(),
    }
}

/// The figures of a codebook set (`codebook.rs`, `codebook_ii.rs`): one line per CAMEO code
/// and NONE lines, each its own document.
pub struct CodebookScore {
    pub all: CodeTally,
    pub none_lines: usize,
    pub none_coded: usize,
    pub events_coded: usize,
    /// Events of their line's category.
    pub events_of_category: usize,
}

impl CodebookScore {
    /// Category recall, CAMEO root share, exact-code share, dyad share, category precision.
    pub fn figures(&self) -> (f64, f64, f64, f64, f64) {
        let all = &self.all;
        (
            ratio(all.found, all.lines),
            ratio(all.root, all.lines),
            ratio(all.exact, all.lines),
            ratio(all.dyad, all.lines),
            ratio(self.events_of_category, self.events_coded),
        )
    }
}

/// Codes every line of a codebook set as its own document published on `published`, checks
/// that each line's category is its code's, prints each line missed (and, with
/// `show_partial`, each found with another code or wrong parties), the per-category table
/// and the whole file's figures, and returns them.
pub fn score_codebook(
    cases: &[Case],
    id: &str,
    published: &str,
    show_partial: bool,
) -> CodebookScore {
    let ontology = sitrep_lexicon::Ontology::builtin();
    let pipeline = Pipeline::new();
    let mut score = CodebookScore {
        all: CodeTally::default(),
        none_lines: 0,
        none_coded: 0,
        events_coded: 0,
        events_of_category: 0,
    };
    let mut per_category: std::collections::BTreeMap<&str, CodeTally> = Default::default();
    for case in cases {
        let record = pipeline.process(&InputDocument {
            id: id.into(),
            text: case.text.into(),
            published: Some(published.into()),
            ..InputDocument::default()
        });
        let events = &record.events;
        score.events_coded += events.len();
        let Some(category) = case.category else {
            score.none_lines += 1;
            if !events.is_empty() {
                score.none_coded += 1;
                println!("wrong [NONE] {}\n    got {:?}", case.text, shown(events));
            }
            continue;
        };
        let cameo = case
            .cameo
            .unwrap_or_else(|| panic!("no CAMEO code on: {}", case.text));
        assert_eq!(
            ontology.cameo(cameo).and_then(|c| c.plover.as_deref()),
            Some(category),
            "the line's category is not its code's: {}",
            case.text
        );
        let outcome = code_outcome(case, category, cameo, events);
        score.events_of_category += outcome.of_category;
        score.all.add(&outcome);
        per_category.entry(category).or_default().add(&outcome);
        let label = if !outcome.found {
            Some("wrong")
        } else if show_partial && !outcome.exact {
            Some("code")
        } else if show_partial && !outcome.dyad {
            Some("dyad")
        } else {
            None
        };
        if let Some(label) = label {
            println!(
                "{label} [{category} {cameo} {}>{}] {}\n    got {:?}",
                case.actor.unwrap_or("?"),
                case.recipient.unwrap_or("?"),
                case.text,
                shown(events)
            );
        }
    }
    println!("\nper category:      lines  category  root  dyad");
    for (category, t) in &per_category {
        println!(
            "  {category:<10} {:>3}/{:<3}  {:.2}      {:.2}  {:.2}",
            t.found,
            t.lines,
            ratio(t.found, t.lines),
            ratio(t.root, t.lines),
            ratio(t.dyad, t.lines)
        );
    }
    let (category, root_share, exact, dyad, precision) = score.figures();
    let all = &score.all;
    println!(
        "all: {} codes: category {} ({category:.2}), CAMEO root {} ({root_share:.2}), exact \
         code {} ({exact:.2}), dyad {} ({dyad:.2}); events coded {}, of the line's \
         category {} ({precision:.2}); NONE lines coded {} of {}",
        all.lines,
        all.found,
        all.root,
        all.exact,
        all.dyad,
        score.events_coded,
        score.events_of_category,
        score.none_coded,
        score.none_lines
    );
    score
}

/// The root (two digits) of a CAMEO code.
pub fn cameo_root(cameo: &str) -> &str {
    cameo.get(..2).unwrap_or(cameo)
}

/// Events as `[not ]CATEGORY CAMEO ACTOR>RECIPIENT`, for a failure line.
pub fn shown(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            format!(
                "{}{} {} {}>{}",
                if e.negated { "not " } else { "" },
                e.event,
                e.cameo,
                code(&e.actor).unwrap_or("-"),
                code(&e.recipient).unwrap_or("-")
            )
        })
        .collect()
}

/// The 16 PLOVER categories, for a set that reports every one by section.
pub const PLOVER_CATEGORIES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "RETREAT",
    "CONCEDE",
];
