use sitrep_quotes::{find_quotes, QuoteMatch};

#[path = "../../textview/testing/harness.rs"]
mod harness;

fn sp(text: &str, s: Option<(usize, usize)>) -> &str {
    s.map_or("", |(a, b)| &text[a..b])
}

/// (content, speaker, cue, partial)
fn view(text: &str) -> Vec<(String, String, String, bool)> {
    find_quotes(text)
        .iter()
        .map(|q: &QuoteMatch| {
            (
                text[q.start..q.end].to_string(),
                sp(text, q.speaker).to_string(),
                sp(text, q.cue_verb).to_string(),
                q.partial,
            )
        })
        .collect()
}

#[test]
fn reference_article() {
    let Some(text) = harness::seed_text() else {
        return;
    };
    let f = view(&text);
    let got = |content_start: &str| {
        f.iter()
            .find(|q| q.0.starts_with(content_start))
            .unwrap_or_else(|| panic!("{content_start}: {f:#?}"))
    };
    let kim = got("Kim expressed expectation");
    assert_eq!(
        (kim.1.as_str(), kim.2.as_str(), kim.3),
        ("KCNA", "reported", false)
    );
    assert!(
        kim.0.ends_with("cause of justice"),
        "trailing comma trimmed"
    );
    let lim = got("Prospects for restoring");
    assert_eq!(
        (lim.1.as_str(), lim.2.as_str(), lim.3),
        ("Lim Eul-chul", "noted", false)
    );
    let mistake = got("It is a mistake if Macron thinks");
    assert_eq!(
        (mistake.1.as_str(), mistake.2.as_str()),
        ("the commentary", "asserted")
    );
    let support = got("unconditional support");
    assert_eq!(
        (
            support.0.as_str(),
            support.1.as_str(),
            support.2.as_str(),
            support.3
        ),
        (
            "unconditional support",
            "North Korean leader Kim Jong Un",
            "pledged",
            true
        )
    );
    let unlawful = got("unlawful");
    assert_eq!((unlawful.0.as_str(), unlawful.3), ("unlawful", true));
    assert_eq!(unlawful.1, "A multilateral sanctions monitoring group");
    let claptrap = got("shocking claptrap");
    assert!(claptrap.3);
    let wicked = got("aggressive and wicked intention");
    assert_eq!(wicked.1, "analyst Choe Ju Hyun");
    assert_eq!(f.len(), 7, "{f:#?}");
    // The first sentence's partial quote also carries its "according to" source.
    let q = &find_quotes(&text)[0];
    assert_eq!(
        sp(&text, q.according_to),
        "a Thursday report by Korean Central News Agency (KCNA)"
    );
}

#[test]
fn attribution_shapes() {
    let f = view("Kallas said: “We need to be firm.” Then she left.");
    assert_eq!(
        f,
        vec![(
            "We need to be firm.".into(),
            "Kallas".into(),
            "said".into(),
            false
        )]
    );
    let f = view("Rubio told reporters, “It will take time.”");
    assert_eq!((f[0].1.as_str(), f[0].2.as_str()), ("Rubio", "told"));
    let f = view("According to the ministry, “the situation is stable.”");
    assert_eq!(
        (f[0].1.as_str(), f[0].2.as_str()),
        ("the ministry", "According to")
    );
    let f = view("“We will respond,” he told VOA.");
    assert_eq!((f[0].1.as_str(), f[0].2.as_str()), ("he", "told"));
    let f = view("“Ceasefire now,” said European Union foreign policy chief Kaja Kallas during an interview.");
    assert_eq!(
        (f[0].1.as_str(), f[0].2.as_str()),
        ("European Union foreign policy chief Kaja Kallas", "said")
    );
    let f = view("\"Today the leader was killed,\" Trump wrote, using another acronym.");
    assert_eq!(
        (f[0].0.as_str(), f[0].1.as_str(), f[0].2.as_str()),
        ("Today the leader was killed", "Trump", "wrote")
    );
    // Split quote: the second half inherits the speaker through "he said,".
    let f = view("“First part,” he said, “second part.”");
    assert_eq!(f.len(), 2);
    assert_eq!((f[1].0.as_str(), f[1].1.as_str()), ("second part.", "he"));
    // No attribution at all.
    let f = view("“Nobody knows.” The end.");
    assert_eq!((f[0].1.as_str(), f[0].2.as_str()), ("", ""));
}

#[test]
fn multi_paragraph_quote() {
    let t = "The minister said:\n“We will not give up. We never have.\n“We will win,” he added.\nNext paragraph.";
    let q = find_quotes(t);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(t[q[0].start..q[0].end].starts_with("We will not give up."));
    assert!(t[q[0].start..q[0].end].ends_with("We will win"));
    assert_eq!(sp(t, q[0].speaker), "he");
    // Flattened paragraphs (one line): the same convention after a sentence end.
    let t = "He said: “One. Two. “Three,” he added.";
    let q = find_quotes(t);
    assert_eq!(q.len(), 1, "{q:#?}");
    // An unterminated quote at a line break not followed by an opener is dropped.
    let t = "He said “open\nand never closed. Later “ok” again.";
    let q = view(t);
    assert_eq!(q.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["ok"]);
}

#[test]
fn straight_quotes_and_stray_marks() {
    let q = view(r#"She called it "a disgrace" and left. "It ends," Ali said. A 5'10" man. "#);
    assert_eq!(q[0].0, "a disgrace");
    assert!(q[0].3);
    assert_eq!((q[1].0.as_str(), q[1].1.as_str()), ("It ends", "Ali"));
    for t in [
        "”",
        "“",
        "\"",
        "“”",
        "” “",
        "a “ b",
        "“a",
        "a”",
        "\"\"\"",
        "“ ”",
        "x “y” z “",
    ] {
        let f = find_quotes(t);
        for q in &f {
            assert!(q.start < q.end && q.end <= t.len());
        }
    }
}

#[test]
fn fuzz_never_panics() {
    let alphabet: &[&str] = &[
        "“",
        "”",
        "\"",
        "'",
        "’",
        " ",
        " ",
        "\n",
        ",",
        ".",
        ":",
        "said",
        "he",
        "KCNA",
        "reported",
        "according",
        "to",
        "the",
        "commentary",
        "Kim",
        "Lim",
        "Eul",
        "-",
        "chul",
        "é",
        "ü",
        "—",
        "told",
        "VOA",
        "unlawful",
        "as",
        "noted",
        "(",
        ")",
        "a",
        "We",
        "win",
        "?",
        "!",
        "…",
    ];
    for s in harness::random_strings(alphabet, 0x853C49E6748FEA9B, 5000, 50, 4) {
        let f = find_quotes(&s);
        let mut last = 0;
        for q in &f {
            assert!(q.outer_start >= last, "overlap {s:?} {f:#?}");
            assert!(
                q.outer_start <= q.start
                    && q.start < q.end
                    && q.end <= q.outer_end
                    && q.outer_end <= s.len(),
                "{s:?} {q:#?}"
            );
            for (a, b) in [(q.start, q.end), (q.outer_start, q.outer_end)]
                .into_iter()
                .chain(q.speaker)
                .chain(q.cue_verb)
                .chain(q.according_to)
            {
                assert!(
                    a <= b && b <= s.len() && s.is_char_boundary(a) && s.is_char_boundary(b),
                    "{s:?} {q:#?}"
                );
            }
            last = q.outer_end;
        }
        assert_eq!(f, find_quotes(&s));
    }
}
