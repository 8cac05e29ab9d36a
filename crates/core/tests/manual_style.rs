//! Manual-style dev set (issue #9): short sentences in the style of the CAMEO manual's
//! examples and of wire copy, coded by hand before the engine ran on them: the verbal and
//! diplomatic families 02-13 (`tests/manual_style/sentences.txt`, format in its header) and
//! the cooperative and material families 04-08 and 14-20 (`tests/manual_style/material.txt`,
//! same format), and a blind set for the families 02-12 (`tests/manual_style/blind_coop.txt`,
//! same format) written in session 8 before the engine ran on it, whose first-run figures are
//! a held-out estimate, and blind sets for the families 13-20 and for headlines
//! (`blind_hostile.txt`, `blind_headlines.txt`), and one for yielding, 08x and 035x
//! (`blind_yield.txt`, session 9), and one for criticism and accusation as wire copy tells
//! them (`blind_accuse.txt`, session 9). Each file is its own test with its own floors.
//!
//! Each sentence is one document. A sentence counts as found when an event of the expected
//! PLOVER category is coded; the test prints recall and precision per category, CAMEO
//! agreement (exact code and two-digit family) and actor/recipient agreement on the found
//! ones, lists every miss with what was coded instead, and asserts floors just under the
//! measured figures (raise them as the engine improves; never lower them to make a change
//! pass). `MANUAL_STYLE_VERBOSE=1` also prints the rule of every event of a missed line.

use std::collections::BTreeMap;
use std::path::Path;

mod common;

use common::code;
use common::coded_lines::{parse, show, side_agrees, Parties};
use sitrep_core::Pipeline;
use sitrep_record::{Event, InputDocument};

fn actor_agrees(p: &Parties, e: &Event) -> bool {
    match p {
        Parties::Directed(a, _) => side_agrees(a, code(&e.actor)),
        Parties::Mutual(a, r) => {
            code(&e.actor) == Some(a.as_str()) || code(&e.actor) == Some(r.as_str())
        }
    }
}

fn recipient_agrees(p: &Parties, e: &Event) -> bool {
    match p {
        Parties::Directed(_, r) => side_agrees(r, code(&e.recipient)),
        Parties::Mutual(a, r) => {
            (code(&e.actor) == Some(a.as_str()) && code(&e.recipient) == Some(r.as_str()))
                || (code(&e.actor) == Some(r.as_str()) && code(&e.recipient) == Some(a.as_str()))
        }
    }
}

#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    expected: usize,
    found: usize,
    coded: usize,
    coded_right: usize,
    cameo_exact: usize,
    cameo_family: usize,
    actor: usize,
    recipient: usize,
    /// Found lines whose best event has both the actor and the recipient right.
    parties: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.expected += o.expected;
        self.found += o.found;
        self.coded += o.coded;
        self.coded_right += o.coded_right;
        self.cameo_exact += o.cameo_exact;
        self.cameo_family += o.cameo_family;
        self.actor += o.actor;
        self.recipient += o.recipient;
        self.parties += o.parties;
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

/// The figures a set is held to.
struct Floors {
    lines: usize,
    recall: f64,
    precision: f64,
    actor: f64,
    recipient: f64,
    /// NONE lines allowed to code something (known misreadings, named where set).
    none_with_events: usize,
}

#[test]
fn manual_style_sentences() {
    check_set(
        "sentences.txt",
        &Floors {
            lines: 250,
            // Raised after the session-6 merges (measured R 0.872 P 0.918, recipient 0.931),
            // and after the session-7 merges (measured R 0.911 P 0.952, recipient 0.926).
            recall: 0.89,
            precision: 0.93,
            actor: 0.99,
            recipient: 0.92,
            none_with_events: 0,
        },
    );
}

#[test]
fn manual_style_material_families() {
    check_set(
        "material.txt",
        &Floors {
            lines: 150,
            // Measured after the session-6 merges: R 0.932 P 0.911; after the session-7
            // merges: R 0.932 P 0.951.
            recall: 0.92,
            precision: 0.93,
            actor: 0.96,
            recipient: 0.89,
            none_with_events: 0,
        },
    );
}

#[test]
fn manual_style_blind_cooperative_families() {
    check_set(
        "blind_coop.txt",
        &Floors {
            lines: 200,
            // First run (session 8, before any fix; the held-out estimate): category R 0.756
            // P 0.901, actor 1.000, recipient 0.871, category+parties recall 0.659. After
            // the session-8 events.txt lines for 04x-12x: R 0.820 P 0.917, recipient 0.875,
            // category+parties recall 0.717.
            recall: 0.81,
            precision: 0.90,
            actor: 0.99,
            recipient: 0.86,
            none_with_events: 0,
        },
    );
}

#[test]
fn manual_style_blind_hostile_families() {
    // Written blind (session 8) for the families 13-20: a held-out estimate of how the
    // rules tuned on the two sets above carry over to wording they have not seen.
    check_set(
        "blind_hostile.txt",
        &Floors {
            lines: 150,
            // First run, before any change made for it: R 0.745 P 0.893, actor 0.951,
            // recipient 0.833, category and both parties 0.599; two NONE lines coded
            // (a commemoration read as a rally, "officers killed in the line of duty").
            // After the session-8 lexicon fixes: R 0.781 P 0.919, actor 0.953, recipient
            // 0.832, category and both parties 0.628; one NONE line coded (the second).
            // Session 27: precision 0.915 -> 0.909, one event more and no line lost:
            // "Eritrean troops massacred hundreds of civilians in Axum, Amnesty
            // International said" now codes Amnesty's ACCUSE beside the massacre (golden
            // convention 3, harm to people in no fight told by a party), as the line on
            // human shields already did; the line scores its ASSAULT only.
            recall: 0.77,
            precision: 0.905,
            actor: 0.94,
            recipient: 0.82,
            none_with_events: 1,
        },
    );
}

#[test]
fn manual_style_blind_headlines() {
    // Written blind (session 8): headlines whose simple present stands for a past act,
    // headline verbs, and -s forms that are also nouns ("funds", "arms", "sanctions").
    check_set(
        "blind_headlines.txt",
        &Floors {
            lines: 60,
            // First run, before any change made for it: R 0.729 P 0.900, actor 1.000,
            // recipient 0.814, category and both parties 0.593; no NONE line coded. After
            // the -s forms and headline verbs in events.txt: R 0.864 P 0.930, recipient
            // 0.824, category and both parties 0.712.
            recall: 0.85,
            precision: 0.92,
            actor: 0.99,
            recipient: 0.81,
            none_with_events: 0,
        },
    );
}

#[test]
fn manual_style_blind_material_families() {
    // Written blind (session 9) for 06x, 07x, 15x and 16x: three sentences per code in
    // varied news wording, convictions (173/116), and NONE lines with the same words in
    // other senses.
    check_set(
        "blind_material.txt",
        &Floors {
            lines: 100,
            // First run, before any change made for it (the held-out estimate): category
            // R 0.652 P 0.853, actor 1.000, recipient 0.883, category and both parties
            // 0.576; no NONE line coded. After the session-9 events.txt lines for 06x-16x:
            // R 0.750 P 0.914, recipient 0.884, category and both parties 0.663. After the
            // features merge, R 0.739: "was placed on heightened alert" had been coded from
            // the attributive participle "heightened" alone; an agentless passive of an alert
            // whose subject is the force itself still finds no actor.
            recall: 0.73,
            precision: 0.90,
            actor: 0.99,
            recipient: 0.87,
            none_with_events: 0,
        },
    );
}

#[test]
fn manual_style_blind_yield() {
    // Written blind (session 9) for 08x yielding and de-escalation and 035x intent to
    // yield: three sentences per code and NONE lines with the same words in other senses.
    check_set(
        "blind_yield.txt",
        &Floors {
            lines: 110,
            // First run, before any change made for it (the held-out estimate): R 0.698
            // P 0.802, actor 0.985, recipient 0.896, category and both parties 0.615; two
            // NONE lines coded ("conceded that growth had been slower", "tourists returned").
            // After the session-9 yielding families in events.txt, intents to yield and
            // concessions at home kept without a recipient, and the owner in an easing
            // noun's `of` phrase: R 0.865 P 0.878, actor 0.988, recipient 0.892, category
            // and both parties 0.760; no NONE line coded.
            recall: 0.86,
            precision: 0.87,
            actor: 0.98,
            recipient: 0.88,
            none_with_events: 0,
        },
    );
}

#[test]
fn manual_style_blind_accuse() {
    // Written blind (session 9) for 09x, 110-116 and 1121-1125 the way wire copy tells
    // them: evaluative naming, acts said to be illegal, blame and responsibility, phrasal
    // verbs, noun forms, participle clauses, and NONE lines with the same words about no
    // party's act (critics, analysts, the weather, self-criticism, private lawsuits).
    check_set(
        "blind_accuse.txt",
        &Floors {
            lines: 180,
            // First run, before any change made for it (the held-out estimate): category
            // R 0.665 P 0.715, actor 0.963, recipient 0.897, category and both parties
            // 0.596; one NONE line coded ("Residents blamed heavy rains"). After the
            // session-9 evaluative predicates and act owners in frames.rs/frames.txt:
            // R 0.832 P 0.762, actor 0.970, recipient 0.918, category and both parties
            // 0.764; no NONE line coded. Precision counts the criticised acts, which are
            // coded too ("the Israeli strikes"), as other categories. Session 10 codes more
            // of those acts in their own right (nominal events with their doers: "the
            // killing of a teenager by Indian border guards", "the Turkish air strikes";
            // alleged mobilisations: "accused Eritrea of mobilising troops"): P 0.749 with
            // recall unchanged, so the precision floor is 0.74 (one wrong code among the
            // new events: "had armed clan militias" as 154 instead of 072). Session 11
            // codes one act once when a clause names its party again ("U.S. spy planes
            // were deliberately provoking Chinese forces" and "the International Criminal
            // Court found ... guilty" each gave two ACCUSE events of the same dyad): two
            // right duplicates fewer, recall unchanged, P 0.739, floor 0.73.
            recall: 0.82,
            precision: 0.73,
            actor: 0.96,
            recipient: 0.90,
            none_with_events: 0,
        },
    );
}

/// Codes every line of `tests/manual_style/<file>`, prints the figures per category and
/// every miss, and asserts the floors (and how many NONE lines may code something).
fn check_set(file: &str, floors: &Floors) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/manual_style")
        .join(file);
    let lines = parse(&std::fs::read_to_string(&path).unwrap());
    assert!(
        lines.len() >= floors.lines,
        "the set has {} lines",
        lines.len()
    );
    let verbose = std::env::var_os("MANUAL_STYLE_VERBOSE").is_some();
    let pipeline = Pipeline::new();
    // Per expected category (NONE lines count under "NONE").
    let mut per: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    let mut silent_misses = 0usize;
    let mut none_with_events = 0usize;
    for l in &lines {
        let r = pipeline.process(&InputDocument {
            id: format!("manual-{}", l.line),
            text: l.text.clone(),
            published: Some("2026-03-02".into()),
            ..InputDocument::default()
        });
        let key = l.category.clone().unwrap_or_else(|| "NONE".into());
        let t = per.entry(key).or_default();
        t.coded += r.events.len();
        let Some(cat) = &l.category else {
            if !r.events.is_empty() {
                none_with_events += 1;
                let got: Vec<String> = r.events.iter().map(show).collect();
                misses.push(format!(
                    "  line {:>3} NONE: coded {} | {}",
                    l.line,
                    got.join("; "),
                    l.text
                ));
            }
            continue;
        };
        t.expected += 1;
        let hits: Vec<&Event> = r.events.iter().filter(|e| &e.event == cat).collect();
        t.coded_right += hits.len();
        if hits.is_empty() {
            if r.events.is_empty() {
                silent_misses += 1;
            }
            let got: Vec<String> = r.events.iter().map(show).collect();
            misses.push(format!(
                "  line {:>3} {} {} {:?}: coded {} | {}",
                l.line,
                cat,
                l.cameo.as_deref().unwrap_or("-"),
                l.parties,
                if got.is_empty() {
                    "nothing".to_string()
                } else {
                    got.join("; ")
                },
                l.text
            ));
            if verbose {
                for e in &r.events {
                    misses.push(format!("      {}", e.rule));
                }
            }
            continue;
        }
        t.found += 1;
        if verbose && hits.len() < r.events.len() {
            let other: Vec<String> = r
                .events
                .iter()
                .filter(|e| &e.event != cat)
                .map(show)
                .collect();
            misses.push(format!(
                "  line {:>3} {} found, also coded {} | {}",
                l.line,
                cat,
                other.join("; "),
                l.text
            ));
        }
        // The best of the category's events: parties first, then the code.
        let best = hits
            .iter()
            .max_by_key(|e| {
                (
                    actor_agrees(&l.parties, e) as u8 + recipient_agrees(&l.parties, e) as u8,
                    l.cameo.as_deref() == Some(e.cameo.as_str()),
                )
            })
            .unwrap();
        let expected_cameo = l.cameo.as_deref().unwrap_or("");
        t.cameo_exact += (best.cameo == expected_cameo) as usize;
        t.cameo_family += (best.cameo.get(..2) == expected_cameo.get(..2)) as usize;
        t.actor += actor_agrees(&l.parties, best) as usize;
        t.recipient += recipient_agrees(&l.parties, best) as usize;
        t.parties +=
            (actor_agrees(&l.parties, best) && recipient_agrees(&l.parties, best)) as usize;
        if verbose && !(actor_agrees(&l.parties, best) && recipient_agrees(&l.parties, best)) {
            misses.push(format!(
                "  line {:>3} {} parties {:?}: coded {} | {}",
                l.line,
                cat,
                l.parties,
                show(best),
                l.text
            ));
        }
    }
    let mut all = Tally::default();
    println!(
        "\nmanual-style set {}: {} sentences\n{:<10} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        file,
        lines.len(),
        "category",
        "n",
        "recall",
        "prec",
        "cameo",
        "family",
        "actor",
        "recip"
    );
    for (cat, t) in &per {
        all.add(t);
        println!(
            "{:<10} {:>4} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
            cat,
            t.expected,
            ratio(t.found, t.expected),
            ratio(t.coded_right, t.coded),
            ratio(t.cameo_exact, t.found),
            ratio(t.cameo_family, t.found),
            ratio(t.actor, t.found),
            ratio(t.recipient, t.found)
        );
    }
    let recall = ratio(all.found, all.expected);
    let precision = ratio(all.coded_right, all.coded);
    let actor = ratio(all.actor, all.found);
    let recipient = ratio(all.recipient, all.found);
    println!(
        "{:<10} {:>4} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
        "ALL",
        all.expected,
        recall,
        precision,
        ratio(all.cameo_exact, all.found),
        ratio(all.cameo_family, all.found),
        actor,
        recipient
    );
    println!(
        "category+parties recall {:.3} ({} of {} lines coded with both parties right)",
        ratio(all.parties, all.expected),
        all.parties,
        all.expected
    );
    println!(
        "misses: {} ({} with no event at all); NONE lines with events: {}",
        all.expected - all.found,
        silent_misses,
        none_with_events
    );
    for m in &misses {
        println!("{m}");
    }
    // Floors just under the measured figures.
    assert!(recall >= floors.recall, "category recall {recall:.3}");
    assert!(precision >= floors.precision, "precision {precision:.3}");
    assert!(actor >= floors.actor, "actor agreement {actor:.3}");
    assert!(
        recipient >= floors.recipient,
        "recipient agreement {recipient:.3}"
    );
    assert!(
        none_with_events <= floors.none_with_events,
        "{none_with_events} NONE lines coded an event"
    );
}
