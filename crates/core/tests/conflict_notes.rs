//! Material conflict coded like an analyst would (issue #9, conflict side): conflict-monitor
//! notes and wire sentences across regions (`tests/conflict_notes/notes.txt`), each coded
//! by hand with one expected event before the engine ran on them: CAMEO 08 (yield), 14
//! (protest), 15 (force posture), 16 (reduce relations), 17 (coerce), 18 (assault), 19
//! (fight), 20 (mass violence), and sentences that report no new act.
//!
//! The test prints each miss and false event, a table per PLOVER category (recall,
//! precision), the agreement of actor and recipient on the events found, and the share of
//! exact CAMEO codes, and asserts floors just under the measured figures (raise them as
//! the coder improves; never lower them to make a change pass).
//!
//! Only events told as done count: a negated, denied, intended or hypothetical event is
//! neither a hit nor a false event (the engine flagged it as not having happened).

use std::collections::BTreeMap;

use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument, Modality, Party};

const NOTES: &str = include_str!("conflict_notes/notes.txt");
/// Notes written blind (session 8) for the families 14-20: a held-out estimate of how the
/// rules tuned on `NOTES` carry over.
const BLIND_NOTES: &str = include_str!("conflict_notes/blind_notes.txt");
/// Situation reports written blind (session 9) in three styles the ACLED-style notes do
/// not cover: CrisisWatch monthly entries, UN OCHA reports and live-map feed items, up to
/// three events a note.
const BLIND_SITREPS: &str = include_str!("conflict_notes/blind_sitreps.txt");
/// ACLED-style notes written blind (session 10) across ACLED's whole taxonomy, one style
/// per event type: protests, riots, strategic developments, explosions/remote violence,
/// battles, violence against civilians, and strategic notes that report no act.
const BLIND_ACLED_TYPES: &str = include_str!("conflict_notes/blind_acled_types.txt");
/// Monitor notes written blind (session 31) in eight styles the other sets lack: ISW daily
/// assessments, UN Security Council and Secretary-General reports, Human Rights Watch and
/// Amnesty findings, ceasefire monitors, Crisis Group briefings, ACLED weekly overviews with
/// several events a note, Long War Journal / Critical Threats notes and diplomatic monitors
/// (meetings, agreements, sanctions, expulsions), and notes that report no new act.
const BLIND_MONITORS: &str = include_str!("conflict_notes/blind_monitors.txt");
const PUBLISHED: &str = "2025-06-15";

/// An expected party: the country code and sector the analyst wrote, either of which may be
/// left open (`None` = not scored).
#[derive(Debug, Clone, Copy)]
struct Want<'a> {
    code: Option<&'a str>,
    sector: Option<&'a str>,
}

impl<'a> Want<'a> {
    /// `CCC:SEC`, `CCC`, `:SEC`, or `?` (nothing scored).
    fn parse(s: &'a str) -> Option<Want<'a>> {
        let s = s.trim();
        if s == "?" {
            return None;
        }
        let (code, sector) = match s.split_once(':') {
            Some((c, sec)) => (c, Some(sec)),
            None => (s, None),
        };
        Some(Want {
            code: (!code.is_empty()).then_some(code),
            sector,
        })
    }

    fn matches(&self, party: Option<&Party>) -> bool {
        let Some(p) = party else { return false };
        self.code.is_none_or(|c| p.code.as_deref() == Some(c))
            && self.sector.is_none_or(|s| p.sector.as_deref() == Some(s))
    }
}

/// One expected event of a note.
struct Expected<'a> {
    category: &'a str,
    cameo: &'a str,
    actor: Option<Want<'a>>,
    recipient: Option<Want<'a>>,
}

/// A note, the events an analyst codes from it (one for the one-line format; a NONE note
/// has the one expectation NONE), and the monitor style it is written in.
struct Case<'a> {
    style: &'a str,
    expected: Vec<Expected<'a>>,
    text: &'a str,
}

/// Reads a notes file: `CATEGORY|CAMEO|actor|recipient|text` a note; `+CATEGORY|CAMEO|actor|
/// recipient` one more expected event of the note above; `# style: NAME` the style of the
/// notes below it (the files without one are all style `notes`).
fn cases(notes: &'static str) -> Vec<Case<'static>> {
    let ontology = sitrep_lexicon::Ontology::builtin();
    let mut style = "notes";
    let mut out: Vec<Case<'static>> = Vec::new();
    for line in notes.lines() {
        if let Some(name) = line.strip_prefix("# style:") {
            style = name.split_whitespace().next().unwrap_or("notes");
            continue;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (more, body) = match line.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let f: Vec<&str> = body.splitn(5, '|').collect();
        let expected = Expected {
            category: f[0],
            cameo: f.get(1).copied().unwrap_or(""),
            actor: f.get(2).and_then(|a| Want::parse(a)),
            recipient: f.get(3).and_then(|r| Want::parse(r)),
        };
        // The hand coding is itself checked: the CAMEO code exists and its PLOVER
        // category is the one written beside it.
        if expected.category != "NONE" {
            let code = ontology
                .cameo(expected.cameo)
                .unwrap_or_else(|| panic!("unknown CAMEO code in: {line}"));
            assert_eq!(
                code.plover.as_deref(),
                Some(expected.category),
                "category and CAMEO code disagree in: {line}"
            );
        }
        if more {
            assert_eq!(f.len(), 4, "malformed added event: {line}");
            let case = out
                .last_mut()
                .unwrap_or_else(|| panic!("added event before any note: {line}"));
            assert!(
                case.expected[0].category != "NONE" && expected.category != "NONE",
                "a NONE note codes nothing else: {line}"
            );
            case.expected.push(expected);
        } else {
            assert_eq!(f.len(), 5, "malformed case: {line}");
            out.push(Case {
                style,
                expected: vec![expected],
                text: f[4],
            });
        }
    }
    out
}

/// Events the record tells as done (see the module documentation).
fn done(e: &Event) -> bool {
    !e.negated
        && !matches!(
            e.modality,
            Modality::Intended | Modality::Denied | Modality::Hypothetical
        )
}

fn party(p: &Option<Party>) -> String {
    match p {
        None => "-".into(),
        Some(p) => format!(
            "{}:{}",
            p.code.as_deref().unwrap_or(""),
            p.sector.as_deref().unwrap_or("")
        ),
    }
}

#[derive(Default)]
struct Tally {
    cases: usize,
    found: usize,
    events: usize,
    correct_events: usize,
}

/// Category recall, event precision, and actor and recipient agreement on the found.
struct Figures {
    recall: f64,
    precision: f64,
    actor: f64,
    recipient: f64,
}

impl Figures {
    /// One line of the figures, headed by the set's name.
    fn print(&self, set: &str) {
        println!(
            "{set}: recall {:.2}, precision {:.2}, actor {:.2}, recipient {:.2}",
            self.recall, self.precision, self.actor, self.recipient
        );
    }
}

/// The size of a blind set, for its test to check it holds what it was written to hold.
struct SetShape {
    /// Distinct styles of note.
    styles: usize,
    /// Notes that report no new act.
    none: usize,
    /// Expected events over the other notes.
    events: usize,
}

impl SetShape {
    fn of(cases: &[Case]) -> SetShape {
        let styles: std::collections::BTreeSet<&str> = cases.iter().map(|c| c.style).collect();
        let none = |c: &&Case| c.expected[0].category == "NONE";
        SetShape {
            styles: styles.len(),
            none: cases.iter().filter(none).count(),
            events: cases
                .iter()
                .filter(|c| !none(c))
                .map(|c| c.expected.len())
                .sum(),
        }
    }
}

#[test]
fn conflict_notes_coded_like_an_analyst() {
    let cases = cases(NOTES);
    assert!(
        cases.len() >= 200,
        "the issue asks for at least 200 sentences"
    );
    // Floors just under the measured figures (first run, before any change: recall 0.76,
    // precision 0.90, actor 0.51, recipient 0.30; then 0.87, 0.93, 0.83, 0.48; after the
    // roles work of issue #10, 0.86, 0.94, 0.85, 0.67; docs/BENCHMARKS.md has the history).
    assert_floors(
        &score(&cases),
        &Figures {
            recall: 0.85,
            precision: 0.92,
            actor: 0.83,
            recipient: 0.65,
        },
    );
}

#[test]
fn blind_conflict_notes_coded_like_an_analyst() {
    let cases = cases(BLIND_NOTES);
    assert!(cases.len() >= 25, "the blind set has {} notes", cases.len());
    // Floors just under the measured figures (first run, before any change made for it:
    // recall 0.93, precision 1.00, actor 0.87, recipient 0.67).
    assert_floors(
        &score(&cases),
        &Figures {
            recall: 0.92,
            precision: 0.99,
            actor: 0.86,
            recipient: 0.66,
        },
    );
}

#[test]
fn blind_situation_reports_coded_like_an_analyst() {
    let cases = cases(BLIND_SITREPS);
    let shape = SetShape::of(&cases);
    assert!(
        cases.len() >= 115 && shape.events >= 100,
        "the blind set has {} notes, {} expected events",
        cases.len(),
        shape.events
    );
    let got = score(&cases);
    got.print("blind situation reports");
    // Floors just under the measured figures (first run, before any change made for it:
    // recall 0.51, precision 0.95, actor 0.64, recipient 0.51; per style recall/precision
    // CrisisWatch 0.49/0.97, OCHA 0.36/0.93, live map 0.69/0.94; NONE notes 0 events).
    // With dates between subject and verb skipped, subjects elided after a semicolon taken
    // from the clause before, and "May" the month no modal: recall 0.67, precision 0.94
    // (109/116: the 28 more events found include three the hand coding did not expect, two
    // "overran a base" also coded as capture, 192, and "recruitment centre" as
    // mobilisation), actor 0.70, recipient 0.54; CrisisWatch 0.79/0.94. With feed fragments
    // whose doer is a country adjective ("Israeli drone strike on car in Nabatieh, 1
    // killed") and past verbs chained by a comma ("IDF raided Nablus, arrested 12
    // Palestinians"): recall 0.70, precision 0.94 (114/121), actor 0.70, recipient 0.56;
    // live map 0.82/0.95. With a subject of armed force named by a country adjective
    // ("Israeli airstrikes hit several buildings": Israel): recall 0.71 (107/151),
    // precision 0.94, actor 0.69 (71/103: the event it adds has the country right and no
    // sector, where the note wants ISR:MIL), recipient 0.56; OCHA 0.44. With a bracketed
    // aside skipped before the verb and a target place after a direction word: recall
    // 0.72 (108/151), precision 0.94 (117/124), actor 0.68, recipient 0.56; CrisisWatch
    // 0.81/0.94, OCHA 0.44/0.94, live map 0.82/0.95.
    assert_floors(
        &got,
        &Figures {
            recall: 0.71,
            precision: 0.93,
            actor: 0.68,
            recipient: 0.55,
        },
    );
}

#[test]
fn blind_acled_event_types_coded_like_an_analyst() {
    let cases = cases(BLIND_ACLED_TYPES);
    let shape = SetShape::of(&cases);
    assert!(
        cases.len() >= 110 && shape.styles >= 7 && shape.none >= 15,
        "the blind set has {} notes in {} styles, {} NONE",
        cases.len(),
        shape.styles,
        shape.none
    );
    let got = score(&cases);
    got.print("blind ACLED event types");
    // Floors just under the measured figures (first run, before any change made for it:
    // recall 0.78 (133/170), precision 0.90 (143/159), actor 0.76, recipient 0.59; per
    // style recall/precision protests 0.72/0.80, riots 0.72/0.81, strategic 0.70/0.84,
    // explosions 0.83/1.00, battles 0.90/1.00, civilians 0.90/1.00; the 16 `other` notes
    // 0 events, the two NONE strategic notes 1). After the fixes of session 10 (perpetrator
    // adjectives and protesting social groups as roles, a party's supporters, a protest
    // beside its demand and as the setting of a police act, an indefinite role's sector
    // for the target, lexicon lines for weapons caches, gangs and guerrillas fighting,
    // bases set up, beatings and marches, explosives as subjects, armed
    // men of a militia keeping its sector, a country adjective before what was hit):
    // recall 0.89 (152/170), precision 0.90 (163/181), actor 0.81, recipient 0.68;
    // protests 0.91/0.82, riots 0.78/0.82, strategic 0.84/0.84, explosions 0.90/1.00,
    // battles 1.00/1.00, civilians 0.95/1.00; `other` notes 0 events (the strategic note
    // of an explosive safely detonated by police still codes an attack).
    assert_floors(
        &got,
        &Figures {
            recall: 0.88,
            precision: 0.89,
            actor: 0.80,
            recipient: 0.67,
        },
    );
}

#[test]
fn blind_monitor_notes_coded_like_an_analyst() {
    let cases = cases(BLIND_MONITORS);
    let shape = SetShape::of(&cases);
    assert!(
        cases.len() >= 115 && shape.events >= 120 && shape.styles >= 9 && shape.none >= 12,
        "the blind set has {} notes in {} styles, {} expected events, {} NONE",
        cases.len(),
        shape.styles,
        shape.events,
        shape.none
    );
    let got = score(&cases);
    got.print("blind monitor notes");
    // Floors just under the measured figures (first run, before any change made for it:
    // recall 0.82 (127/155), precision 0.93 (138/148), actor 0.92 (115/125), recipient 0.86
    // (104/121); per style recall/precision ISW 0.83/0.83, UN Security Council 0.67/1.00,
    // rights findings 0.64/0.83, ceasefire monitors 0.79/1.00, Crisis Group 0.89/0.95, ACLED
    // weekly 0.81/0.95, Long War Journal 0.93/1.00, diplomatic 0.96/0.96; the 14 NONE notes
    // 1 event). After session 31's fixes (a military subject or weapon keeps "struck" from
    // a labour strike, a facility struck by forces, missiles launched "against" a target,
    // consensus blocked as a veto, "redeployed ... to" a deployment, a state and an armed
    // group of one country kept apart in dedupe, a count of acts in a running total, and
    // "struggled to" no act done): recall 0.85 (131/155), precision 0.96 (143/149), actor
    // 0.92 (119/129), recipient 0.87 (109/125); ISW 0.94/0.94, monitors 0.86/1.00,
    // diplomatic 1.00/0.97, NONE notes 0 events. With a verbless aside passed over on the
    // way to the sayer after the clause and unknown names ending in "Cartel" or "Clan" as
    // criminal groups: recall 0.86 (134/155), precision 0.96 (146/152), actor 0.92
    // (122/132), recipient 0.88 (112/128).
    assert_floors(
        &got,
        &Figures {
            recall: 0.85,
            precision: 0.95,
            actor: 0.91,
            recipient: 0.87,
        },
    );
}

/// Each measured figure is at least its floor (raise the floors as the coder improves,
/// never lower them to pass).
fn assert_floors(got: &Figures, floor: &Figures) {
    let pairs = [
        ("category recall", got.recall, floor.recall),
        ("event precision", got.precision, floor.precision),
        ("actor agreement", got.actor, floor.actor),
        ("recipient agreement", got.recipient, floor.recipient),
    ];
    for (what, value, min) in pairs {
        assert!(value >= min, "{what} {value:.2} fell below {min:.2}");
    }
}

/// Recall, precision and party agreement of one style of note.
#[derive(Default)]
struct StyleTally {
    expected: usize,
    found: usize,
    events: usize,
    correct_events: usize,
    actor_ok: usize,
    actor_n: usize,
    recip_ok: usize,
    recip_n: usize,
}

/// Codes every case, prints each miss and false event, the table per category and the one
/// per style, and returns the figures.
///
/// An event is correct if its category is one the note expects. Where a note expects one
/// event of a category, any coded event of that category finds it and the actor and the
/// recipient may agree on any of them (the one-line format's meaning); where it expects
/// several, each takes a coded event of its own (the one agreeing on most parties, in the
/// order written), and its parties are scored on that event.
fn score(cases: &[Case<'static>]) -> Figures {
    let pipeline = Pipeline::new();
    let mut per: BTreeMap<String, Tally> = BTreeMap::new();
    let mut styles: BTreeMap<&str, StyleTally> = BTreeMap::new();
    let (mut exact, mut root, mut found, mut both, mut all_expected) = (0, 0, 0, 0, 0);
    let mut report = Vec::new();
    for case in cases {
        let record = pipeline.process(&InputDocument {
            id: "note".into(),
            text: case.text.into(),
            published: Some(PUBLISHED.into()),
            ..InputDocument::default()
        });
        let events: Vec<&Event> = record.events.iter().filter(|e| done(e)).collect();
        let st = styles.entry(case.style).or_default();
        let none = case.expected[0].category == "NONE";
        for e in &events {
            let right = case.expected.iter().any(|x| x.category == e.event);
            let t = per.entry(e.event.clone()).or_default();
            t.events += 1;
            t.correct_events += right as usize;
            st.events += 1;
            st.correct_events += right as usize;
        }
        let got: Vec<String> = events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {}->{}",
                    e.event,
                    e.cameo,
                    party(&e.actor),
                    party(&e.recipient)
                )
            })
            .collect();
        if none {
            per.entry("NONE".into()).or_default().cases += 1;
            if !events.is_empty() {
                report.push(format!("false  {}\n    got {got:?}", case.text));
            }
            continue;
        }
        let mut used = vec![false; events.len()];
        for want in &case.expected {
            all_expected += 1;
            st.expected += 1;
            per.entry(want.category.to_string()).or_default().cases += 1;
            let agree = |e: &Event| {
                want.actor.is_none_or(|w| w.matches(e.actor.as_ref())) as usize
                    + want
                        .recipient
                        .is_none_or(|w| w.matches(e.recipient.as_ref()))
                        as usize
            };
            let alone = case
                .expected
                .iter()
                .filter(|x| x.category == want.category)
                .count()
                == 1;
            // The coded events this expectation is scored on.
            let hits: Vec<&Event> = if alone {
                events
                    .iter()
                    .copied()
                    .filter(|e| e.event == want.category)
                    .collect()
            } else {
                let best = (0..events.len())
                    .filter(|&i| !used[i] && events[i].event == want.category)
                    .max_by_key(|&i| (agree(events[i]), std::cmp::Reverse(i)));
                best.map(|i| {
                    used[i] = true;
                    events[i]
                })
                .into_iter()
                .collect()
            };
            if hits.is_empty() {
                report.push(format!(
                    "miss   [{} {}] {}\n    got {got:?}",
                    want.category, want.cameo, case.text
                ));
                continue;
            }
            per.get_mut(want.category).unwrap().found += 1;
            found += 1;
            st.found += 1;
            exact += hits.iter().any(|e| e.cameo == want.cameo) as usize;
            root += hits.iter().any(|e| e.cameo.get(..2) == want.cameo.get(..2)) as usize;
            let mut slot_misses = Vec::new();
            if let Some(w) = want.actor {
                st.actor_n += 1;
                if hits.iter().any(|e| w.matches(e.actor.as_ref())) {
                    st.actor_ok += 1;
                } else {
                    slot_misses.push("actor");
                }
            }
            if let Some(w) = want.recipient {
                st.recip_n += 1;
                if hits.iter().any(|e| w.matches(e.recipient.as_ref())) {
                    st.recip_ok += 1;
                } else {
                    slot_misses.push("recipient");
                }
            }
            both += hits.iter().any(|e| agree(e) == 2) as usize;
            if !slot_misses.is_empty() {
                report.push(format!(
                    "slot   {} wrong [{}]: {}\n    want {:?} -> {:?}, got {got:?}",
                    slot_misses.join("+"),
                    want.category,
                    case.text,
                    want.actor,
                    want.recipient
                ));
            }
        }
    }
    for line in &report {
        println!("{line}");
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!("\ncategory    cases found recall  events correct precision");
    let (mut all_found, mut all_events, mut all_correct) = (0, 0, 0);
    for (cat, t) in &per {
        println!(
            "{cat:<10} {:>6} {:>5} {:>6.2} {:>7} {:>7} {:>9.2}",
            t.cases,
            t.found,
            ratio(t.found, t.cases),
            t.events,
            t.correct_events,
            ratio(t.correct_events, t.events)
        );
        if cat != "NONE" {
            all_found += t.found;
        }
        all_events += t.events;
        all_correct += t.correct_events;
    }
    let recall = ratio(all_found, all_expected);
    let precision = ratio(all_correct, all_events);
    let none = per.get("NONE").map_or(0, |t| t.cases);
    println!(
        "ALL        {all_expected:>6} {all_found:>5} {recall:>6.2} {all_events:>7} {all_correct:>7} {precision:>9.2}   ({none} sentences without a new act)"
    );
    if styles.len() > 1 {
        println!("\nstyle        expected found recall  events correct precision  actor recipient");
        for (style, t) in &styles {
            println!(
                "{style:<12} {:>8} {:>5} {:>6.2} {:>7} {:>7} {:>9.2} {:>6.2} {:>9.2}",
                t.expected,
                t.found,
                ratio(t.found, t.expected),
                t.events,
                t.correct_events,
                ratio(t.correct_events, t.events),
                ratio(t.actor_ok, t.actor_n),
                ratio(t.recip_ok, t.recip_n)
            );
        }
    }
    let (actor_ok, actor_n, recip_ok, recip_n) = styles.values().fold((0, 0, 0, 0), |a, t| {
        (
            a.0 + t.actor_ok,
            a.1 + t.actor_n,
            a.2 + t.recip_ok,
            a.3 + t.recip_n,
        )
    });
    let actor = ratio(actor_ok, actor_n);
    let recipient = ratio(recip_ok, recip_n);
    println!(
        "on the {found} found: actor agrees {actor_ok}/{actor_n} ({:.2}), recipient {recip_ok}/{recip_n} ({:.2}), exact CAMEO code {exact} ({:.2}), same root {root} ({:.2})",
        actor,
        recipient,
        ratio(exact, found),
        ratio(root, found)
    );
    println!(
        "category and both parties right (one event): {both} of {all_expected} ({:.2})",
        ratio(both, all_expected)
    );
    Figures {
        recall,
        precision,
        actor,
        recipient,
    }
}
