use chrono::NaiveDate;
use sitrep_dates::{find_dates, DateMatch, Precision};

#[path = "../../textview/testing/harness.rs"]
mod harness;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// (span text, value string, end value string) for each match.
fn run(text: &str, published: NaiveDate) -> Vec<(String, String, String)> {
    find_dates(text, Some(published))
        .into_iter()
        .map(|m: DateMatch| {
            (
                text[m.start..m.end].to_string(),
                m.value.map(|x| x.to_string()).unwrap_or_default(),
                m.end_value.map(|x| x.to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

fn has(found: &[(String, String, String)], span: &str, value: &str) -> bool {
    found.iter().any(|(s, v, _)| s == span && v == value)
}

#[test]
fn reference_article() {
    let Some(text) = harness::seed_text() else {
        return;
    };
    let found = run(&text, d(2025, 6, 5));
    eprintln!("{found:#?}");
    assert!(has(&found, "on Wednesday", "2025-06-04"));
    assert!(has(&found, "In April", "2025-04"));
    assert!(has(&found, "last year", "2024"));
    assert!(has(&found, "in March", "2025-03"));
    assert!(has(&found, "Thursday", "2025-06-05"));
    assert!(has(&found, "in 2023", "2023"));
    // "may enhance" is the modal verb.
    assert!(!found
        .iter()
        .any(|(s, _, _)| s.to_lowercase().contains("may")));
    assert_eq!(found.len(), 6, "{found:?}");
}

#[test]
fn weekday_before_publication_on_monday() {
    // 2025-06-02 is a Monday.
    let f = run(
        "The talks ended on Wednesday without agreement.",
        d(2025, 6, 2),
    );
    assert_eq!(
        f,
        vec![("on Wednesday".into(), "2025-05-28".into(), "".into())]
    );
    let f = run(
        "Officials said Monday that the talks had ended.",
        d(2025, 6, 2),
    );
    assert_eq!(f[0].1, "2025-06-02");
}

#[test]
fn weekday_future_and_modifiers() {
    let p = d(2025, 6, 5); // Thursday
    assert_eq!(
        run("The ministers will meet on Wednesday in Geneva.", p)[0].1,
        "2025-06-11"
    );
    assert_eq!(run("He will travel on Friday.", p)[0].1, "2025-06-06");
    assert_eq!(
        run("They meet again next Wednesday.", p)[0],
        ("next Wednesday".into(), "2025-06-11".into(), "".into())
    );
    assert_eq!(
        run("The vote is this coming Friday.", p)[0],
        ("this coming Friday".into(), "2025-06-06".into(), "".into())
    );
    assert_eq!(run("It happened last Thursday.", p)[0].1, "2025-05-29");
    assert_eq!(
        run("Kim said on Wednesday it will hold talks.", p)[0].1,
        "2025-06-04"
    );
}

#[test]
fn relative_words() {
    let p = d(2025, 6, 5);
    let f = run(
        "Yesterday the army struck; today it paused; tomorrow it may resume.",
        p,
    );
    assert_eq!(
        f.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
        ["2025-06-04", "2025-06-05", "2025-06-06"]
    );
    assert_eq!(run("Prices rose this year.", p)[0].1, "2025");
    assert_eq!(run("Prices rose next year.", p)[0].1, "2026");
    assert_eq!(run("Prices rose last month.", p)[0].1, "2025-05");
    assert_eq!(
        run("He resigned earlier this month.", p)[0],
        ("earlier this month".into(), "2025-06".into(), "".into())
    );
    assert_eq!(run("He resigned earlier this year.", p)[0].1, "2025");
    assert_eq!(
        run("The deal collapsed two years ago.", p)[0],
        ("two years ago".into(), "2023".into(), "".into())
    );
    assert_eq!(
        run("The deal collapsed three days ago.", p)[0].1,
        "2025-06-02"
    );
    assert_eq!(run("The war began a decade ago.", p)[0].1, "2015");
    let w = &run("Fighting flared last week.", p)[0];
    assert_eq!((w.1.as_str(), w.2.as_str()), ("2025-05-26", "2025-06-01"));
}

#[test]
fn months() {
    let p = d(2025, 6, 5);
    assert_eq!(run("The clash happened in September.", p)[0].1, "2024-09");
    assert_eq!(
        run("Elections will be held in September.", p)[0].1,
        "2025-09"
    );
    assert_eq!(
        run("It was signed in April 2023.", p)[0],
        ("in April 2023".into(), "2023-04".into(), "".into())
    );
    assert_eq!(
        run("It was signed Feb. 13, 2024, in Paris.", p)[0],
        ("Feb. 13, 2024".into(), "2024-02-13".into(), "".into())
    );
    assert_eq!(
        run("It was signed on 13 February 2024.", p)[0],
        ("on 13 February 2024".into(), "2024-02-13".into(), "".into())
    );
    assert_eq!(run("It was signed February 13.", p)[0].1, "2025-02-13");
    assert_eq!(
        run("Talks ran March 9-14 in Doha.", p)[0],
        (
            "March 9-14".into(),
            "2025-03-09".into(),
            "2025-03-14".into()
        )
    );
    assert_eq!(
        run("Fighting raged from March to May.", p)[0],
        (
            "from March to May".into(),
            "2025-03".into(),
            "2025-05".into()
        )
    );
    assert_eq!(
        run("He served between 2019 and 2021.", p)[0],
        ("between 2019 and 2021".into(), "2019".into(), "2021".into())
    );
    let dec = &run("Famine struck in the 1990s.", p)[0];
    assert_eq!(
        (dec.0.as_str(), dec.1.as_str(), dec.2.as_str()),
        ("in the 1990s", "1990", "1999")
    );
    assert_eq!(run("Filed on 2025-06-04 at noon.", p)[0].1, "2025-06-04");
    assert_eq!(run("Filed on 6/4/2025 at noon.", p)[0].1, "2025-06-04");
    assert_eq!(
        run("The offensive began in early April.", p)[0],
        ("in early April".into(), "2025-04".into(), "".into())
    );
}

#[test]
fn non_dates() {
    let p = d(2025, 6, 5);
    assert!(run("Drones may enhance its capabilities.", p).is_empty());
    assert!(run("May we never forget.", p).is_empty());
    assert!(run("Thousands of protesters march through the capital.", p).is_empty());
    assert!(run("March organizers said nothing.", p).is_empty());
    assert!(run("Russia sent 2023 troops to the front.", p).is_empty());
    assert!(run("The toll reached 2,023 deaths.", p).is_empty());
    assert!(run("It cost $2023 in fees.", p).is_empty());
    assert_eq!(run("The report was published in 2023.", p)[0].1, "2023");
}

#[test]
fn precision_and_display() {
    let f = find_dates("in April 2023 and on 2024-01-02 and in 1999", None);
    let p: Vec<Precision> = f.iter().map(|m| m.value.unwrap().precision()).collect();
    assert_eq!(p, [Precision::Month, Precision::Day, Precision::Year]);
    // Without a publication date relative dates have no value but are still found.
    let f = find_dates("He left on Wednesday.", None);
    assert_eq!(f.len(), 1);
    assert!(f[0].value.is_none() && f[0].relative);
}

/// Deterministic fuzz loop: random slices of tricky material never panic, spans are
/// in range, on char boundaries, sorted and non-overlapping.
#[test]
fn fuzz_never_panics() {
    let alphabet: &[&str] = &[
        "May",
        "March",
        "on",
        "in",
        "Wednesday",
        "last",
        "next",
        "this",
        "coming",
        "2023",
        "1990s",
        "-",
        "–",
        "/",
        ",",
        ".",
        " ",
        "13",
        "31",
        "99",
        "Feb",
        "ago",
        "years",
        "a",
        "between",
        "and",
        "to",
        "early",
        "mid",
        "é",
        "“",
        "”",
        "9",
        "2025",
        "0",
        "will",
        "Sept",
        "of",
        "the",
        "yesterday",
        "week",
        "weekend",
        "\n",
        "9999",
        "1800",
        "s",
        "th",
    ];
    for s in harness::random_strings(alphabet, 0x9E3779B97F4A7C15, 3000, 40, 3) {
        for pubd in [
            None,
            Some(d(2025, 6, 5)),
            Some(d(2000, 1, 1)),
            Some(d(2024, 2, 29)),
        ] {
            let f = find_dates(&s, pubd);
            let mut last = 0;
            for m in &f {
                assert!(m.start < m.end && m.end <= s.len(), "{s:?}");
                assert!(m.start >= last, "overlap in {s:?}");
                assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
                assert_eq!(m.start, m.text_start);
                last = m.end;
            }
            assert_eq!(f, find_dates(&s, pubd), "non-deterministic");
        }
    }
}
