//! Tests of the built-in event lexicon against the ontology and hand-written wire copy.

use sitrep_lexicon::{EventLexicon, Ontology, PatternMatch, Slot, TriggerPos};

/// Lowercase and split a sentence into tokens the way the coder hands them over: words,
/// with punctuation split off and curly apostrophes normalised.
fn tokens(s: &str) -> Vec<String> {
    let s = s.replace(['\u{2019}', '\u{2018}'], "'");
    let mut out = Vec::new();
    for raw in s.split_whitespace() {
        let w = raw.trim_matches(|c: char| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '"' | '\u{201c}' | '\u{201d}' | '(' | ')'
            )
        });
        if w.is_empty() {
            continue;
        }
        let lower = w.to_lowercase();
        if let Some(stem) = lower.strip_suffix("'s") {
            out.push(stem.to_string());
            out.push("'s".to_string());
        } else {
            out.push(lower);
        }
    }
    out
}

fn matches(s: &str) -> (Vec<String>, Vec<PatternMatch>) {
    let t = tokens(s);
    let w: Vec<&str> = t.iter().map(String::as_str).collect();
    let m = EventLexicon::builtin().find_all(&w, |_| w.len());
    (t, m)
}

/// CAMEO codes matched at the token `head_word`, most specific first.
fn codes_at(s: &str, head_word: &str) -> Vec<String> {
    let (t, m) = matches(s);
    let lex = EventLexicon::builtin();
    m.iter()
        .filter(|m| t[m.head] == head_word)
        .map(|m| lex.pattern(m.pattern).cameo.clone())
        .collect()
}

fn best_at(s: &str, head_word: &str) -> Option<String> {
    codes_at(s, head_word).into_iter().next()
}

#[test]
fn builtin_builds_and_reports() {
    let t0 = std::time::Instant::now();
    let lex = EventLexicon::builtin();
    let elapsed = t0.elapsed();
    let st = lex.stats();
    println!("lexicon: {st:?}, built in {elapsed:?}");
    assert!(st.lines >= 700, "{st:?}");
    assert!(st.patterns >= 3000, "{st:?}");
}

#[test]
fn every_pattern_code_is_codable() {
    let o = Ontology::builtin();
    for p in EventLexicon::builtin().patterns() {
        let c = o
            .cameo(&p.cameo)
            .unwrap_or_else(|| panic!("line {}: unknown {}", p.line, p.cameo));
        assert!(
            c.plover.is_some() || p.cameo.starts_with("02"),
            "line {}: {}",
            p.line,
            p.cameo
        );
    }
}

#[test]
fn coverage_of_codable_codes() {
    let o = Ontology::builtin();
    let reach = EventLexicon::builtin().reachable_codes();
    // Two-digit codes are category headings, not event codes a coder emits.
    let codable: Vec<&str> = o
        .codes()
        .filter(|c| c.plover.is_some() && c.code.len() >= 3)
        .map(|c| c.code.as_str())
        .collect();
    let missing: Vec<&str> = codable
        .iter()
        .copied()
        .filter(|c| !reach.contains(c))
        .collect();
    println!(
        "coverage: {} of {} codable codes reachable; unreachable: {:?}",
        codable.len() - missing.len(),
        codable.len(),
        missing
    );
    assert!(
        missing.is_empty() && codable.len() == 281,
        "missing {missing:?}"
    );
}

#[test]
fn signed_military_pact() {
    let s = "Russia and North Korea signed a military pact";
    assert_eq!(best_at(s, "signed").as_deref(), Some("057"));
    let (t, m) = matches(s);
    let lex = EventLexicon::builtin();
    let signed = m.iter().find(|m| t[m.head] == "signed").unwrap();
    assert_eq!(t[signed.object_token.unwrap()], "pact");
    assert!(lex
        .pattern(signed.pattern)
        .recipient
        .contains(&Slot::Prep("with".into())));
    // The noun pattern with its modifier covers "military pact".
    let pact = m.iter().find(|m| t[m.head] == "pact").unwrap();
    assert_eq!((t[pact.start].as_str(), pact.end), ("military", t.len()));
    assert_eq!(lex.pattern(pact.pattern).pos, TriggerPos::Noun);
}

#[test]
fn drone_strike_is_aerial() {
    let s = "Ukraine launched a drone strike on Russia";
    assert_eq!(best_at(s, "strike").as_deref(), Some("195"));
    let light = codes_at(s, "launched");
    assert!(light.iter().any(|c| c == "195" || c == "190"), "{light:?}");
    let (t, m) = matches(s);
    let lex = EventLexicon::builtin();
    let noun = m.iter().find(|m| t[m.head] == "strike").unwrap();
    assert_eq!(t[noun.start], "drone");
    assert!(lex
        .pattern(noun.pattern)
        .recipient
        .contains(&Slot::Prep("on".into())));
}

#[test]
fn accused_of_supplying_weapons() {
    let s = "South Korea accused North Korea of supplying weapons";
    assert_eq!(best_at(s, "accused").as_deref(), Some("112"));
    let lex = EventLexicon::builtin();
    let (t, m) = matches(s);
    let acc = m.iter().find(|m| t[m.head] == "accused").unwrap();
    assert_eq!(lex.pattern(acc.pattern).recipient[0], Slot::Object);
    // The accused act is itself a military-aid pattern (the coder marks it as alleged).
    assert_eq!(best_at(s, "supplying").as_deref(), Some("072"));
}

#[test]
fn passive_praise_and_deployment() {
    assert_eq!(
        best_at("The agreement was praised by Shoigu", "praised").as_deref(),
        Some("051")
    );
    let s = "troops were deployed to support Russia";
    let (t, m) = matches(s);
    let dep: Vec<&PatternMatch> = m.iter().filter(|m| t[m.head] == "deployed").collect();
    assert!(!dep.is_empty());
    // Object keyword found before the participle head (passive).
    assert!(dep[0].object_before_head);
    assert_eq!(t[dep[0].object_token.unwrap()], "troops");
    let lex = EventLexicon::builtin();
    let codes: Vec<&str> = dep
        .iter()
        .map(|m| lex.pattern(m.pattern).cameo.as_str())
        .collect();
    // Troops sent to support an ally: military aid first, mobilisation second.
    assert_eq!(codes[0], "072");
    assert!(codes.contains(&"154"), "{codes:?}");
}

#[test]
fn pledged_support_is_endorsement_and_pledged_arms_are_intent() {
    // The record contract's own example codes this pledge as 051 (praise or endorse).
    let s = "Kim Jong Un has pledged \u{201c}unconditional support\u{201d} for Russia";
    assert_eq!(best_at(s, "pledged").as_deref(), Some("051"));
    let s = "Germany pledged more air defense systems to Ukraine";
    assert_eq!(best_at(s, "pledged").as_deref(), Some("0332"));
}

#[test]
fn labour_strike_is_not_an_attack() {
    for s in [
        "Thousands of workers went on strike over pay",
        "The union called a strike at the factory",
        "Teachers will strike next week over wages",
    ] {
        let (t, m) = matches(s);
        let lex = EventLexicon::builtin();
        let codes: Vec<&str> = m
            .iter()
            .filter(|m| t[m.head].starts_with("strike"))
            .map(|m| lex.pattern(m.pattern).cameo.as_str())
            .collect();
        assert!(!codes.is_empty(), "{s}");
        assert!(codes.iter().all(|c| c.starts_with("14")), "{s}: {codes:?}");
    }
    // And an air strike is not a labour strike.
    let (t, m) = matches("Israeli jets carried out an air strike on Gaza");
    let lex = EventLexicon::builtin();
    let codes: Vec<&str> = m
        .iter()
        .filter(|m| t[m.head] == "strike")
        .map(|m| lex.pattern(m.pattern).cameo.as_str())
        .collect();
    assert_eq!(codes.first(), Some(&"195"));
    assert!(!codes.iter().any(|c| c.starts_with("14")), "{codes:?}");
}

#[test]
fn reporting_verbs_are_not_events() {
    let lex = EventLexicon::builtin();
    for w in [
        "say", "said", "says", "told", "tell", "reported", "noted", "added", "stated",
    ] {
        assert!(!lex.is_head_word(w), "{w} must not be an event head");
    }
    // "write" only heads "write off (debt)": the particle is required.
    for &id in lex.patterns_for("wrote") {
        assert!(!lex.pattern(id).after.is_empty());
    }
    for s in [
        "The ministry said on Tuesday that it was ready",
        "He wrote in a column that the economy was growing",
        "KCNA reported that the leader had inspected a farm",
    ] {
        let (_, m) = matches(s);
        assert!(m.is_empty(), "{s}: {m:?}");
    }
}

#[test]
fn more_wire_copy() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Police arrested dozens of protesters in the capital",
            "arrested",
            "173",
        ),
        ("Putin's visit to North Korea last year", "visit", "042"),
        ("Shoigu met with Kim in Pyongyang", "met", "040"),
        (
            "The United States imposed new sanctions on Iran",
            "imposed",
            "163",
        ),
        (
            "Washington urged Beijing to release the activists",
            "urged",
            "0253",
        ),
        ("The rebels kidnapped two aid workers", "kidnapped", "181"),
        (
            "Moscow threatened to cut off gas supplies",
            "threatened",
            "130",
        ),
        ("The army shelled the town overnight", "shelled", "194"),
        ("Israel and Hamas agreed to a ceasefire", "agreed", "0356"), // a commitment, as the golden data codes it
        (
            "Russian forces captured the village of Krasnohorivka",
            "captured",
            "192",
        ),
        ("The president condemned the attack", "condemned", "111"),
        ("Kyiv rejected the peace plan", "rejected", "127"),
        ("China vetoed the resolution", "vetoed", "129"),
        (
            "The court convicted the former minister of corruption",
            "convicted",
            "116",
        ),
        (
            "Prosecutors launched an investigation into the deaths",
            "launched",
            "090",
        ),
        (
            "Thousands protested against the new tax law",
            "protested",
            "1412",
        ),
        (
            "North Korea test-fired a ballistic missile into the sea",
            "test-fired",
            "150",
        ),
        (
            "The government declared a state of emergency",
            "declared",
            "1724",
        ),
        ("Japan expelled two Russian diplomats", "expelled", "166"),
        (
            "The EU will provide humanitarian aid to Gaza",
            "provide",
            "073",
        ),
        (
            "He apologized to the victims' families",
            "apologized",
            "055",
        ),
        (
            "Turkey offered to mediate between the two sides",
            "offered",
            "039",
        ),
        ("The two sides held talks in Geneva", "held", "040"),
        (
            "The militants used civilians as human shields",
            "used",
            "184",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint",
            "bomber",
            "1831",
        ),
    ];
    for (s, head, code) in cases {
        assert_eq!(
            best_at(s, head).as_deref(),
            Some(*code),
            "{s}: {:?}",
            codes_at(s, head)
        );
    }
}

#[test]
fn match_at_respects_region_and_constraints() {
    let lex = EventLexicon::builtin();
    let t = tokens("Russia and North Korea signed a military pact");
    let w: Vec<&str> = t.iter().map(String::as_str).collect();
    let sign_pact = lex
        .patterns_for("signed")
        .iter()
        .copied()
        .find(|&id| lex.pattern(id).cameo == "057")
        .unwrap();
    assert!(lex.match_at(sign_pact, &w, 4, w.len()).is_some());
    // The object region ends before "pact": no match.
    assert!(lex.match_at(sign_pact, &w, 4, 6).is_none());
    // Wrong head position.
    assert!(lex.match_at(sign_pact, &w, 3, w.len()).is_none());
    assert!(lex.head_pos_of_form("signed", sign_pact).unwrap().is_past());
    assert!(lex.head_pos_of_form("pact", sign_pact).is_none());
}

#[test]
fn ambiguous_forms_are_restricted() {
    // Nouns/adjectives that share a form with an event verb do not trigger it.
    for (s, w) in [
        (
            "A multilateral sanctions monitoring group published its findings",
            "sanctions",
        ),
        ("The support was substantial", "support"),
        ("The base is located close to the border", "close"),
        ("The United States and Japan", "united"),
        ("Armed groups roam the region", "armed"),
        ("Reporters attended the press conference", "press"),
    ] {
        assert!(codes_at(s, w).is_empty(), "{s}: {:?}", codes_at(s, w));
    }
    // ... while the verb forms still do.
    assert_eq!(
        best_at("Washington sanctioned three companies", "sanctioned").as_deref(),
        Some("163")
    );
    assert_eq!(
        best_at("The army closed the border crossing", "closed").as_deref(),
        Some("191")
    );
}

#[test]
fn british_spellings_match() {
    assert_eq!(
        best_at("Moscow mobilised 300,000 reservists", "mobilised").as_deref(),
        Some("154")
    );
    assert_eq!(
        best_at("The minister criticised the decision", "criticised").as_deref(),
        Some("111")
    );
    assert_eq!(
        best_at("Seoul signed a defence pact with Washington", "signed").as_deref(),
        Some("057")
    );
}

/// A context word that is a form of the line's own head is present whenever the head is,
/// so the context must come from elsewhere in the sentence.
#[test]
fn a_head_is_not_its_own_context() {
    for (s, w, not) in [
        (
            "The company executed the order on Monday",
            "executed",
            "1823",
        ),
        (
            "Floods isolated the town from the capital",
            "isolated",
            "113",
        ),
        (
            "The embassy was protesting against the visit",
            "protesting",
            "141",
        ),
        ("Erdogan calls Macron a disgrace", "calls", "041"),
        ("Kenya has beaten Uganda twice", "beaten", "182"),
        ("Investors seized control of the company", "seized", "192"),
        (
            "He has engaged in secessionist activity with Moscow",
            "engaged",
            "040",
        ),
    ] {
        let got = codes_at(s, w);
        assert!(!got.iter().any(|c| c == not), "{s}: {got:?}");
    }
    // The same lines where the sentence supplies the context.
    for (s, w, code) in [
        (
            "Iran executed two protesters convicted of spying",
            "executed",
            "1823",
        ),
        (
            "Students were protesting in the capital",
            "protesting",
            "141",
        ),
        ("Biden calls Netanyahu by phone", "calls", "041"),
        ("Troops seized control of the town", "seized", "192"),
        (
            "Washington engaged directly with the Taliban",
            "engaged",
            "040",
        ),
    ] {
        let got = codes_at(s, w);
        assert!(got.iter().any(|c| c == code), "{s}: {got:?}");
    }
}

/// "charged the opposition leader with treason" is a legal charge (173), not a baton
/// charge on a crowd (175): the crowd-charge line steps aside when the sentence is legal.
#[test]
fn a_legal_charge_is_no_crowd_charge() {
    let s = "Prosecutors charged the opposition leader with treason";
    assert_eq!(
        best_at(s, "charged").as_deref(),
        Some("173"),
        "{:?}",
        codes_at(s, "charged")
    );
    let s = "Riot police charged the protesters outside parliament";
    assert_eq!(
        best_at(s, "charged").as_deref(),
        Some("175"),
        "{:?}",
        codes_at(s, "charged")
    );
}
