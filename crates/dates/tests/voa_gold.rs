//! Hand-annotated dates from three VOA stories (annotations written before the
//! extractor was run on these stories). Prints precision/recall; asserts a floor.
//! A predicted date is correct when its span overlaps the gold span and its value
//! (first value for ranges) is equal.

use chrono::NaiveDate;
use sitrep_dates::find_dates;

#[path = "../../textview/testing/harness.rs"]
mod harness;

/// (story id, publication date, [(gold span text, occurrence index, value)])
type Gold = (
    &'static str,
    (i32, u32, u32),
    &'static [(&'static str, usize, &'static str)],
);

/// Development set: these three stories were used while writing the rules.
const GOLD: &[Gold] = &[
    (
        "8011115",
        (2025, 3, 14),
        &[
            ("Friday", 0, "2025-03-14"),
            ("Thursday", 0, "2025-03-13"),
            ("Thursday", 1, "2025-03-13"),
            ("in July", 0, "2024-07"),
            ("in December", 0, "2024-12"),
            ("earlier this month", 0, "2025-03"),
        ],
    ),
    (
        "8008152",
        (2025, 3, 12),
        &[
            ("early Wednesday", 0, "2025-03-12"),
            ("on Tuesday", 0, "2025-03-11"),
            ("Since August 2022", 0, "2022-08"),
            ("Since 2009", 0, "2009"),
            ("in 2009", 0, "2009"),
            ("this week", 0, "2025-03-10"),
            ("Wednesday", 1, "2025-03-12"),
        ],
    ),
    (
        "8011076",
        (2025, 3, 14),
        &[
            ("Friday", 0, "2025-03-14"),
            ("Tuesday", 0, "2025-03-11"),
            ("on Tuesday", 0, "2025-03-11"),
            ("Tuesday", 2, "2025-03-11"),
            ("In 2024", 0, "2024"),
            ("Tuesday", 3, "2025-03-11"),
            ("Thursday", 0, "2025-03-13"),
            ("this year", 0, "2025"),
            ("last year", 0, "2024"),
        ],
    ),
];

/// Held-out set: annotated after development, scored once before any further change.
const HELD_OUT: &[Gold] = &[
    (
        "8007760",
        (2025, 3, 12),
        &[
            ("Wednesday", 0, "2025-03-12"),
            ("Tuesday", 0, "2025-03-11"),
            ("Tuesday", 1, "2025-03-11"),
            ("Wednesday", 1, "2025-03-12"),
            ("Wednesday", 2, "2025-03-12"),
            ("Tuesday", 2, "2025-03-11"),
            ("last week", 0, "2025-03-03"),
            ("last year", 0, "2024"),
            ("to 2023", 0, "2023"),
            ("in 2024", 0, "2024"),
            ("in 2023", 0, "2023"),
            ("in 2023", 1, "2023"),
            ("in 2024", 1, "2024"),
            ("Tuesday", 3, "2025-03-11"),
            ("Earlier this month", 0, "2025-03"),
            ("Last month", 0, "2025-02"),
        ],
    ),
    (
        "6184384",
        (2020, 2, 17),
        &[
            ("in 2015", 0, "2015"),
            ("January", 0, "2020-01"),
            ("in 2017", 0, "2017"),
            ("until January of this year", 0, "2020-01"),
            ("in 2015", 1, "2015"),
            ("since 2011", 0, "2011"),
            ("in January", 0, "2020-01"),
        ],
    ),
];

#[test]
fn voa_hand_annotated_dates() {
    let Some(stories) = harness::voa_stories() else {
        return;
    };
    score(&stories, GOLD, "development");
    score(&stories, HELD_OUT, "held-out");
}

fn score(stories: &[(String, String)], gold_set: &[Gold], name: &str) {
    let (mut tp, mut npred, mut ngold) = (0usize, 0usize, 0usize);
    for (id, (y, m, d), gold) in gold_set {
        let text = harness::voa_text(stories, id);
        let pubd = NaiveDate::from_ymd_opt(*y, *m, *d).unwrap();
        let found = find_dates(text, Some(pubd));
        npred += found.len();
        ngold += gold.len();
        let gold_spans: Vec<((usize, usize), &str)> = gold
            .iter()
            .map(|(s, n, val)| {
                (
                    harness::nth_span(text, s, *n).unwrap_or_else(|| panic!("{id}: {s} #{n}")),
                    *val,
                )
            })
            .collect();
        for f in &found {
            let val = f.value.map(|v| v.to_string()).unwrap_or_default();
            let hit = gold_spans
                .iter()
                .any(|((a, b), gv)| f.start < *b && *a < f.end && val == *gv);
            if hit {
                tp += 1;
            } else {
                eprintln!("{id} FP: {:?} = {val}", &text[f.start..f.end]);
            }
        }
        for ((a, b), gv) in &gold_spans {
            if !found.iter().any(|f| {
                f.start < *b && *a < f.end && f.value.map(|v| v.to_string()).as_deref() == Some(*gv)
            }) {
                eprintln!("{id} FN: {:?} = {gv}", &text[*a..*b]);
            }
        }
    }
    let p = tp as f64 / npred.max(1) as f64;
    let r = tp as f64 / ngold.max(1) as f64;
    println!("dates on hand-annotated VOA ({name}): tp={tp} predicted={npred} gold={ngold} precision={p:.2} recall={r:.2}");
    assert!(p >= 0.7 && r >= 0.7, "precision {p:.2} recall {r:.2}");
}
