use sitrep_quantities::{find_quantities, QuantityKind, QuantityMatch};

#[path = "../../textview/testing/harness.rs"]
mod harness;

fn one(text: &str) -> QuantityMatch {
    let f = find_quantities(text);
    assert_eq!(f.len(), 1, "{text}: {f:#?}");
    f.into_iter().next().unwrap()
}

fn span(text: &str, s: Option<(usize, usize)>) -> &str {
    s.map_or("", |(a, b)| &text[a..b])
}

#[test]
fn reference_article() {
    let Some(text) = harness::seed_text() else {
        return;
    };
    let f = find_quantities(&text);
    for m in &f {
        eprintln!("{:?} {:?} {:?}", &text[m.start..m.end], m.kind, m.value);
    }
    let soldiers = f.iter().find(|m| m.value == Some(600.0)).expect("600");
    assert_eq!(
        &text[soldiers.start..soldiers.end],
        "around 600 North Korean soldiers have died"
    );
    assert!(soldiers.approx);
    assert_eq!(soldiers.kind, QuantityKind::Killed);
    assert_eq!(soldiers.unit.as_deref(), Some("soldiers"));
    assert_eq!(span(&text, soldiers.noun_phrase), "North Korean soldiers");
    assert_eq!(span(&text, soldiers.cue), "died");

    let injured = f
        .iter()
        .find(|m| text[m.start..m.end].starts_with("thousands"))
        .expect("thousands");
    assert_eq!(injured.kind, QuantityKind::Injured);
    assert_eq!(injured.value, None);
    assert_eq!(injured.min, Some(1000.0));
    assert!(injured.approx);
    assert_eq!(
        injured.unit.as_deref(),
        Some("soldiers"),
        "inherited from the 600"
    );

    let rounds = f.iter().find(|m| m.max == Some(9e6)).expect("nine million");
    assert_eq!(rounds.value, Some(9e6));
    assert_eq!(rounds.kind, QuantityKind::Munitions);
    assert_eq!(rounds.unit.as_deref(), Some("rounds"));
    assert!(text[rounds.start..rounds.end].starts_with("as many as nine million rounds"));

    // "two-line" is an adjective, "2023" a year, "the first time" an ordinal.
    assert_eq!(f.len(), 3, "{f:#?}");
}

#[test]
fn money_and_percent() {
    let t = "The U.S. pledged $2 billion in aid.";
    let m = one(t);
    assert_eq!(
        (m.value, m.kind, m.unit.as_deref()),
        (Some(2e9), QuantityKind::Money, Some("USD"))
    );
    assert_eq!(&t[m.number_start..m.number_end], "$2 billion");
    let m = one("Brussels approved €5m for repairs.");
    assert_eq!((m.value, m.unit.as_deref()), (Some(5e6), Some("EUR")));
    let m = one("Seoul spent 2 billion dollars on it.");
    assert_eq!(
        (m.value, m.kind, m.unit.as_deref()),
        (Some(2e9), QuantityKind::Money, Some("USD"))
    );
    let m = one("Turnout fell to 30% this year.");
    assert_eq!(
        (m.value, m.kind, m.unit.as_deref()),
        (Some(30.0), QuantityKind::Other, Some("percent"))
    );
}

#[test]
fn ranges_and_bounds() {
    let m = one("Between 1,500 and 3,000 people fled the town.");
    assert_eq!(
        (m.value, m.min, m.max, m.kind),
        (None, Some(1500.0), Some(3000.0), QuantityKind::Displaced)
    );
    let m = one("Officials said 1,500 to 3,000 civilians were trapped.");
    assert_eq!(
        (m.min, m.max, m.kind),
        (Some(1500.0), Some(3000.0), QuantityKind::People)
    );
    let m = one("The storm displaced up to 9 million people.");
    assert_eq!(
        (m.value, m.max, m.kind),
        (Some(9e6), Some(9e6), QuantityKind::Displaced)
    );
    let m = one("The blast killed at least 20 people.");
    assert_eq!(
        (m.value, m.min, m.kind),
        (Some(20.0), Some(20.0), QuantityKind::Killed)
    );
    let m = one("More than 600 protesters were arrested.");
    assert_eq!((m.min, m.kind), (Some(600.0), QuantityKind::Arrested));
    let m = one("Fewer than 50 troops remain.");
    assert_eq!((m.max, m.kind), (Some(50.0), QuantityKind::Troops));
    let m = one("An estimated 1.5 to 2 million people are displaced.");
    assert_eq!((m.min, m.max, m.approx), (Some(1.5e6), Some(2e6), true));
    let m = one("Nearly 300 soldiers were wounded.");
    assert_eq!(
        (m.value, m.approx, m.kind),
        (Some(300.0), true, QuantityKind::Injured)
    );
    let m = one("Hundreds of civilians are missing.");
    assert_eq!(
        (m.value, m.min, m.kind),
        (None, Some(100.0), QuantityKind::Missing)
    );
    let m = one("Tens of thousands of residents were evacuated.");
    assert_eq!((m.min, m.kind), (Some(10_000.0), QuantityKind::Displaced));
    let m = one("A dozen hostages were freed.");
    assert_eq!((m.value, m.kind), (Some(12.0), QuantityKind::People));
}

#[test]
fn words_and_kinds() {
    let m = one("Twenty-five militants were killed.");
    assert_eq!((m.value, m.kind), (Some(25.0), QuantityKind::Killed));
    let m = one("Russia fired 40 missiles and drones overnight.");
    assert_eq!(
        (m.value, m.kind, m.unit.as_deref()),
        (Some(40.0), QuantityKind::Munitions, Some("missiles"))
    );
    let m = one("One soldier was killed.");
    assert_eq!((m.value, m.kind), (Some(1.0), QuantityKind::Killed));
    let m = one("The death toll rose to 112.");
    assert_eq!((m.value, m.kind), (Some(112.0), QuantityKind::Killed));
    let m = one("Police detained 45 activists.");
    assert_eq!((m.value, m.kind), (Some(45.0), QuantityKind::Arrested));
    let m = one("Some 3,000 troops crossed the border.");
    assert_eq!(
        (m.value, m.approx, m.kind),
        (Some(3000.0), true, QuantityKind::Troops)
    );
    let t = "The strike killed 20 people and wounded 50 others.";
    let f = find_quantities(t);
    assert_eq!(
        f.iter().map(|m| m.kind).collect::<Vec<_>>(),
        [QuantityKind::Killed, QuantityKind::Injured]
    );
}

#[test]
fn not_quantities() {
    for t in [
        "The report was published in 2023.",
        "Leaders of the G7 met the M23 rebels.",
        "The Group of 20 met on March 9.",
        "He was aged 25 at the time.",
        "A 25-year-old man was there.",
        "It was the first time.",
        "It began at 10:30 and ended at 7 p.m.",
        "Security Council Resolution 2231 expired.",
        "No one was hurt.",
        "One of the officers said so.",
        "A brief, two-line mention.",
        "Call 202-555-0100 now.",
        "COVID-19 spread fast.",
        "On 13 February talks began.",
    ] {
        let f = find_quantities(t);
        assert!(f.is_empty(), "{t}: {f:#?}");
    }
}

#[test]
fn non_ascii_boundaries() {
    let t = "Über 600 Soldaten — “about 600 soldiers” – in Kyïv; ≈ 5 °C, 90 € and €90.";
    for m in find_quantities(t) {
        assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
        assert!(t.is_char_boundary(m.number_start) && t.is_char_boundary(m.number_end));
    }
}

#[test]
fn fuzz_never_panics() {
    let alphabet: &[&str] = &[
        "600",
        "1",
        ",",
        "500",
        ".",
        "5",
        "million",
        "billion",
        "m",
        "bn",
        "$",
        "€",
        "US",
        "%",
        "thousands",
        "of",
        "tens",
        "hundreds",
        "a",
        "dozen",
        "one",
        "twenty",
        "-",
        "–",
        "five",
        "between",
        "and",
        "to",
        "or",
        "at",
        "least",
        "up",
        "more",
        "than",
        "as",
        "many",
        "soldiers",
        "killed",
        "died",
        "people",
        "rounds",
        "ammunition",
        " ",
        " ",
        "é",
        "“",
        "2023",
        "in",
        "half",
        "several",
        "others",
        "more",
        "’",
        "s",
        "March",
        "aged",
        "per",
        "cent",
        "0",
        "00000000000000000000",
    ];
    for s in harness::random_strings(alphabet, 0x2545F4914F6CDD1D, 4000, 40, 3) {
        let f = find_quantities(&s);
        let mut last = 0;
        for m in &f {
            assert!(m.start >= last, "overlap in {s:?}: {f:#?}");
            assert!(
                m.start <= m.number_start
                    && m.number_end <= m.end.max(m.number_end)
                    && m.end <= s.len(),
                "{s:?}: {m:#?}"
            );
            for (a, b) in [(m.start, m.end), (m.number_start, m.number_end)]
                .into_iter()
                .chain(m.noun_phrase)
                .chain(m.cue)
            {
                assert!(
                    a <= b && b <= s.len() && s.is_char_boundary(a) && s.is_char_boundary(b),
                    "{s:?}: {m:#?}"
                );
            }
            last = m.end;
        }
        assert_eq!(f, find_quantities(&s));
    }
}
