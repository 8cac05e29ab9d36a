//! Hand-annotated quantities from three VOA stories (annotations written before the
//! extractor was run on these stories). Prints precision/recall of detection and
//! kind accuracy; asserts a floor. A prediction is correct when its number span
//! overlaps the gold number text and its value (or min/max) equals the gold number.

use sitrep_quantities::{find_quantities, QuantityKind as K};

#[path = "../../textview/testing/harness.rs"]
mod harness;

/// (story id, [(number text as written, occurrence, number, kind)])
type Gold = (&'static str, &'static [(&'static str, usize, f64, K)]);

/// Development set: these three stories were used while writing the rules.
const GOLD: &[Gold] = &[
    (
        "8011115",
        &[
            ("six months", 0, 6.0, K::Other),
            ("seven additional", 0, 7.0, K::Arrested),
            ("two women", 0, 2.0, K::Arrested),
            ("five people", 0, 5.0, K::Arrested),
            ("1,500 and 3,000", 0, 1500.0, K::Troops),
        ],
    ),
    (
        "8008152",
        &[
            ("six attackers", 0, 6.0, K::Killed),
            ("50 al-Shabab", 0, 50.0, K::Killed),
            ("six militants", 0, 6.0, K::Killed),
            ("18 hours", 0, 18.0, K::Other),
            ("two militants", 0, 2.0, K::Killed),
            ("four of them", 0, 4.0, K::Killed),
            ("Seven other people", 0, 7.0, K::Killed),
            ("two prominent", 0, 2.0, K::Killed),
            ("300 kilometers", 0, 300.0, K::Other),
            ("hundreds of people", 0, 100.0, K::Killed),
            ("25 people", 0, 25.0, K::Killed),
            ("60 others", 0, 60.0, K::Injured),
            ("50 militants", 0, 50.0, K::Killed),
            ("dozens", 0, 12.0, K::Killed),
            ("50 al-Shabab", 1, 50.0, K::Killed),
            ("12 media", 0, 12.0, K::Other),
            ("30 al-Shabab", 0, 30.0, K::Other),
        ],
    ),
    (
        "8011076",
        &[
            ("31 people", 0, 31.0, K::Killed),
            ("23 security", 0, 23.0, K::Killed),
            ("18 off-duty", 0, 18.0, K::Killed),
            ("three railway", 0, 3.0, K::Killed),
            ("five civilian", 0, 5.0, K::Killed),
            ("Five Frontier", 0, 5.0, K::Killed),
            ("30 hours", 0, 30.0, K::Other),
            ("33 BLA", 0, 33.0, K::Killed),
            ("354 passengers", 0, 354.0, K::People),
            ("37 of whom", 0, 37.0, K::Injured),
            ("425 from", 0, 425.0, K::People),
            ("440", 0, 440.0, K::People),
            ("425 tickets", 0, 425.0, K::Other),
            ("400 people", 0, 400.0, K::Killed),
            ("500 attacks", 0, 500.0, K::Other),
            ("thousands of intelligence", 0, 1000.0, K::Other),
            ("11,654", 0, 11654.0, K::Other),
            ("60,000", 0, 60000.0, K::Other),
            ("15 months", 0, 15.0, K::Other),
            ("1,250", 0, 1250.0, K::Killed),
            ("563", 0, 563.0, K::Killed),
        ],
    ),
];

/// Held-out set: annotated after development, scored once before any further change.
const HELD_OUT: &[Gold] = &[
    (
        "8007760",
        &[
            ("190 passengers", 0, 190.0, K::People),
            ("30 terrorists", 0, 30.0, K::Killed),
            ("450 people", 0, 450.0, K::People),
            ("24 hours", 0, 24.0, K::Other),
            ("37 injured", 0, 37.0, K::Injured),
            ("200 hostages", 0, 200.0, K::People),
            ("three different", 0, 3.0, K::Other),
            ("48 hours", 0, 48.0, K::Other),
            ("70 passengers", 0, 70.0, K::People),
            ("6 kilometers", 0, 6.0, K::Other),
            ("dozens of women", 0, 12.0, K::People),
            ("150 kilometers", 0, 150.0, K::Other),
            ("45%", 0, 45.0, K::Other),
            ("504 attacks", 0, 504.0, K::Other),
            ("116", 0, 116.0, K::Other),
            ("88", 0, 88.0, K::Killed),
            ("388", 0, 388.0, K::Killed),
            ("one security worker", 0, 1.0, K::Killed),
            ("four others", 0, 4.0, K::Injured),
            ("18 of those", 0, 18.0, K::Killed),
            ("11 coal miners", 0, 11.0, K::Killed),
            ("eight security", 0, 8.0, K::Injured),
        ],
    ),
    (
        "6184384",
        &[
            ("five years", 0, 5.0, K::Other),
            ("two children", 0, 2.0, K::People),
            ("six other civilians", 0, 6.0, K::Killed),
            ("one man", 0, 1.0, K::People),
            ("five years", 1, 5.0, K::Other),
            ("Three Americans", 0, 3.0, K::Killed),
        ],
    ),
];

#[test]
fn voa_hand_annotated_quantities() {
    let Some(stories) = harness::voa_stories() else {
        return;
    };
    score(&stories, GOLD, "development", 0.7);
    score(&stories, HELD_OUT, "held-out", 0.6);
}

fn score(stories: &[(String, String)], gold_set: &[Gold], name: &str, floor: f64) {
    let (mut tp, mut kind_ok, mut npred, mut ngold) = (0usize, 0usize, 0usize, 0usize);
    for (id, gold) in gold_set {
        let text = harness::voa_text(stories, id);
        let found = find_quantities(text);
        npred += found.len();
        ngold += gold.len();
        let spans: Vec<((usize, usize), f64, K)> = gold
            .iter()
            .map(|(s, n, val, k)| {
                let span =
                    harness::nth_span(text, s, *n).unwrap_or_else(|| panic!("{id}: {s} #{n}"));
                (span, *val, *k)
            })
            .collect();
        let matches = |f: &sitrep_quantities::QuantityMatch, (a, b): (usize, usize), val: f64| {
            f.number_start < b && a < f.number_end && [f.value, f.min, f.max].contains(&Some(val))
        };
        for f in &found {
            match spans.iter().find(|(sp, val, _)| matches(f, *sp, *val)) {
                Some((_, _, k)) => {
                    tp += 1;
                    if f.kind == *k {
                        kind_ok += 1;
                    } else {
                        eprintln!(
                            "{id} KIND: {:?} got {:?} want {:?}",
                            &text[f.start..f.end],
                            f.kind,
                            k
                        );
                    }
                }
                None => eprintln!("{id} FP: {:?} {:?}", &text[f.start..f.end], f.kind),
            }
        }
        for (sp, val, _) in &spans {
            if !found.iter().any(|f| matches(f, *sp, *val)) {
                eprintln!("{id} FN: {:?}", &text[sp.0..sp.1]);
            }
        }
    }
    let p = tp as f64 / npred.max(1) as f64;
    let r = tp as f64 / ngold.max(1) as f64;
    let ka = kind_ok as f64 / tp.max(1) as f64;
    println!("quantities on hand-annotated VOA ({name}): tp={tp} predicted={npred} gold={ngold} precision={p:.2} recall={r:.2} kind-accuracy={ka:.2}");
    assert!(
        p >= floor && r >= floor,
        "{name}: precision {p:.2} recall {r:.2}"
    );
}
