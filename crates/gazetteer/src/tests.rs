use super::*;

fn g() -> &'static Gazetteer {
    Gazetteer::builtin()
}

/// Surface strings of the matches in `text`.
fn found(text: &str) -> Vec<&str> {
    g().find(text)
        .iter()
        .map(|m| &text[m.start..m.end])
        .collect()
}

fn best(name: &str, doc: &[&str]) -> Place {
    let ids = g().lookup(name);
    assert!(!ids.is_empty(), "{name} not in gazetteer");
    g().place(g().resolve(&ids, doc))
}

#[test]
fn builtin_loads_with_expected_counts() {
    let g = g();
    assert!(g.len() >= 180_000, "only {} places", g.len());
    let count = |k: PlaceKind| g.places().filter(|p| p.kind == k).count();
    let capitals = g.places().filter(|p| p.capital).count();
    assert!((190..=260).contains(&capitals), "capitals: {capitals}");
    assert!(g.places().all(|p| !p.capital || p.kind == PlaceKind::City));
    assert!(
        count(PlaceKind::Country) >= 240,
        "countries: {}",
        count(PlaceKind::Country)
    );
    assert!(
        count(PlaceKind::Region) >= 3_000,
        "regions: {}",
        count(PlaceKind::Region)
    );
    assert!(
        count(PlaceKind::City) >= 140_000,
        "cities: {}",
        count(PlaceKind::City)
    );
    assert!(
        count(PlaceKind::District) >= 25_000,
        "districts: {}",
        count(PlaceKind::District)
    );
    assert!(
        count(PlaceKind::Place) >= 50,
        "places: {}",
        count(PlaceKind::Place)
    );
    for p in g.places() {
        assert!(!p.name.is_empty());
        assert!(
            p.country.is_empty()
                || (p.country.len() == 3 && p.country.bytes().all(|b| b.is_ascii_uppercase())),
            "{p:?}"
        );
        if p.kind != PlaceKind::Place {
            assert!(!p.country.is_empty(), "{p:?}");
        }
    }
}

#[test]
fn every_country_has_a_unique_iso3_and_is_findable() {
    let mut codes: Vec<&str> = g()
        .places()
        .filter(|p| p.kind == PlaceKind::Country)
        .map(|p| p.country)
        .collect();
    let n = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), n, "duplicate country codes");
    for code in [
        "USA", "FRA", "PRK", "KOR", "PSE", "XKX", "UKR", "RUS", "IRQ", "SYR", "ISR", "CHN", "GBR",
        "COD",
    ] {
        assert!(codes.binary_search(&code).is_ok(), "{code} missing");
    }
    let kosovo = g().country("xkx").expect("Kosovo");
    assert_eq!(g().place(kosovo).name, "Kosovo");
    assert_eq!(g().country("ZZZ"), None);
    for p in g().places().filter(|p| p.kind == PlaceKind::Country) {
        assert_eq!(
            g().country(p.country).map(|id| g().place(id)),
            Some(p.clone())
        );
        let ids = g().lookup(p.name);
        assert!(
            ids.iter()
                .any(|&id| g().place(id).kind == PlaceKind::Country
                    && g().place(id).country == p.country),
            "lookup({}) misses the country",
            p.name
        );
    }
}

#[test]
fn pyongyang_is_in_north_korea() {
    let p = best("Pyongyang", &[]);
    assert_eq!(p.country, "PRK");
    assert_eq!(p.kind, PlaceKind::City);
    assert!(
        (p.lat - 39.03).abs() < 0.1 && (p.lon - 125.75).abs() < 0.1,
        "{p:?}"
    );
    // Alternate spelling with a curly apostrophe.
    let m = g().find("Talks in P\u{2019}yongyang ended.");
    assert_eq!(m.len(), 1);
    assert_eq!(g().place(m[0].candidates[0]).country, "PRK");
}

#[test]
fn paris_depends_on_document_countries() {
    assert_eq!(best("Paris", &[]).country, "FRA");
    assert_eq!(best("Paris", &["FRA", "USA"]).country, "FRA");
    let us = best("Paris", &["USA"]);
    assert_eq!(us.country, "USA");
    assert_eq!(us.kind, PlaceKind::City);
}

#[test]
fn resolve_prefers_countries_and_big_cities_over_regions() {
    assert_eq!(best("Georgia", &[]).country, "GEO");
    assert_eq!(best("Georgia", &[]).kind, PlaceKind::Country);
    let ga = best("Georgia", &["USA"]);
    assert_eq!((ga.country, ga.kind), ("USA", PlaceKind::Region));
    let kyiv = best("Kyiv", &[]);
    assert_eq!((kyiv.country, kyiv.kind), ("UKR", PlaceKind::City));
    let ny = best("New York", &[]);
    assert_eq!((ny.country, ny.kind), ("USA", PlaceKind::City));
    assert_eq!(best("Gaza", &[]).country, "PSE");
    assert_eq!(g().try_resolve(&[], &["USA"]), None);
}

#[test]
fn first_level_regions_and_news_places() {
    let anbar = best("Anbar", &[]);
    assert_eq!((anbar.country, anbar.kind), ("IRQ", PlaceKind::Region));
    assert!(
        (anbar.lat - 33.5).abs() < 2.0 && (anbar.lon - 42.0).abs() < 3.0,
        "{anbar:?}"
    );
    for (name, iso3) in [
        ("Gaza Strip", "PSE"),
        ("West Bank", "PSE"),
        ("Crimea", "UKR"),
        ("Donbas", "UKR"),
        ("Kursk region", "RUS"),
        ("Kharkiv region", "UKR"),
        ("Xinjiang", "CHN"),
        ("Darfur", "SDN"),
    ] {
        assert_eq!(best(name, &[]).country, iso3, "{name}");
    }
    assert!(best("Black Sea", &[]).country.is_empty());
    // The longer region name wins over the city inside it.
    let text = "Fighting in the Kursk region continued.";
    let m = g().find(text);
    assert_eq!(m.len(), 1);
    assert_eq!(&text[m[0].start..m[0].end], "Kursk region");
    assert_eq!(g().place(m[0].candidates[0]).kind, PlaceKind::Region);
}

#[test]
fn cities_know_their_admin1() {
    let fallujah = best("Fallujah", &[]);
    assert_eq!(fallujah.country, "IRQ");
    assert!(
        fallujah.admin1.is_some_and(|a| a.contains("Anbar")),
        "{fallujah:?}"
    );
}

#[test]
fn leftmost_longest_whole_words() {
    assert_eq!(
        found("He flew to New York City on Monday."),
        ["New York City"]
    );
    assert_eq!(
        found("Rio de Janeiro and Bosnia and Herzegovina"),
        ["Rio de Janeiro", "Bosnia and Herzegovina"]
    );
    assert_eq!(found("Parisian cafes"), Vec::<&str>::new());
    assert_eq!(found("Gaza's hospitals"), ["Gaza"]);
    assert_eq!(found("the Kyiv-based group"), ["Kyiv"]);
    assert_eq!(found("Anbar province"), ["Anbar"]);
    assert_eq!(found("in the Gaza Strip"), ["Gaza Strip"]);
}

#[test]
fn capitalisation_required() {
    assert_eq!(
        found("the police said nice things in mobile units"),
        Vec::<&str>::new()
    );
    assert_eq!(found("gaza and paris"), Vec::<&str>::new());
    // Acronyms match capitals only.
    assert_eq!(found("US troops"), ["US"]);
    assert_eq!(found("Us too"), Vec::<&str>::new());
    assert_eq!(found("the U.S. Army"), ["U.S"]);
    // Short all-capital words are acronyms, not names in capitals.
    assert!(!g().lookup("Bla").is_empty());
    assert_eq!(found("the BLA and the UN said"), Vec::<&str>::new());
    assert_eq!(found("PARIS (AP) \u{2014} KYIV"), ["PARIS", "KYIV"]);
    assert_eq!(
        g().place(g().find("US troops")[0].candidates[0]).country,
        "USA"
    );
}

#[test]
fn apostrophe_and_dash_variants() {
    for text in [
        "C\u{f4}te d\u{2019}Ivoire",
        "C\u{f4}te d'Ivoire",
        "Cote d\u{2018}Ivoire",
    ] {
        let m = g().find(text);
        assert_eq!(m.len(), 1, "{text}");
        assert_eq!((m[0].start, m[0].end), (0, text.len()), "{text}");
        assert_eq!(g().place(m[0].candidates[0]).country, "CIV");
    }
    for text in [
        "Ivano-Frankivsk",
        "Ivano\u{2011}Frankivsk",
        "Ivano\u{2013}Frankivsk",
        "Ivano\u{2014}Frankivsk",
    ] {
        let m = g().find(text);
        assert_eq!(m.len(), 1, "{text}");
        assert_eq!(m[0].end, text.len(), "{text}");
    }
    // A spaced dash separates names.
    assert_eq!(found("Gaza \u{2014} Israel"), ["Gaza", "Israel"]);
}

#[test]
fn common_word_flags() {
    for name in [
        "Nice", "Mobile", "Split", "Male", "Of", "Police", "Man", "Chad", "Jordan", "Georgia",
    ] {
        assert!(!g().lookup(name).is_empty(), "{name} missing");
        assert!(g().is_common_word(name), "{name} should be flagged");
    }
    for name in [
        "Paris",
        "Pyongyang",
        "Israel",
        "Kyiv",
        "Baghdad",
        "China",
        "Turkey",
    ] {
        assert!(!g().is_common_word(name), "{name} should not be flagged");
    }
    let m = g().find("Nice is lovely; Paris too.");
    assert_eq!(m.len(), 2);
    assert!(m[0].common_word);
    assert!(!m[1].common_word);
}

#[test]
fn byte_offsets_on_non_ascii_text() {
    let text = "«Réunion» — São Paulo, Zürich and Tōkyō; Kraków’s mayor in Łódź. 東京 Москва";
    let m = g().find(text);
    let surfaces: Vec<&str> = m.iter().map(|m| &text[m.start..m.end]).collect();
    for want in ["São Paulo", "Zürich", "Kraków", "Łódź"] {
        assert!(surfaces.contains(&want), "{want} not in {surfaces:?}");
    }
    for m in &m {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(m.start < m.end && !m.candidates.is_empty());
    }
}

#[test]
fn matches_are_ordered_and_disjoint() {
    let text =
        "Officials in Kyiv, Moscow, Washington, Beijing and Tehran met in Geneva, Switzerland, \
                after strikes near Kharkiv and Avdiivka in the Donetsk region.";
    let m = g().find(text);
    assert!(m.len() >= 10, "{:?}", found(text));
    for w in m.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
}

#[test]
fn lookup_is_case_insensitive_and_normalised() {
    assert_eq!(g().lookup("PYONGYANG"), g().lookup("pyongyang"));
    assert_eq!(
        g().lookup("ivano\u{2013}frankivsk"),
        g().lookup("Ivano-Frankivsk")
    );
    assert!(g().lookup("").is_empty());
    assert!(g().lookup("Xqzzyv").is_empty());
}

#[test]
fn small_custom_gazetteer() {
    let data = "C\tAlpha\tAlphaland|AL\tAAA\t\t\t1.0\t2.0\t100\n\
                T\tBeta Town\t\tAAA\tNorth\tGamma\t1.5\t2.5\t50\n\
                T\tBeta\t\tBBB\t\t\t3.0\t4.0\t10\n";
    let g = Gazetteer::from_tsv(data, "beta\n").unwrap();
    assert_eq!(g.len(), 3);
    let text = "Alphaland and Beta Town, not Beta.";
    let m = g.find(text);
    let s: Vec<&str> = m.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(s, ["Alphaland", "Beta Town", "Beta"]);
    assert!(!m[1].common_word);
    assert!(m[2].common_word);
    assert_eq!(g.place(1).admin1, Some("North"));
    assert_eq!(g.place(1).admin2, Some("Gamma"));
    assert_eq!(g.place(2).admin2, None);
    assert!(g.find("Al said").is_empty());
    assert_eq!(g.find("AL said").len(), 1);
    assert!(Gazetteer::from_tsv("X\tbad\n", "").is_err());
    assert!(Gazetteer::from_tsv("C\tA\t\tAAA\t\t\t99.0\t0\t0\n", "").is_err());
    // The pre-admin2 layout (8 columns) is rejected, not misread.
    assert!(Gazetteer::from_tsv("C\tA\t\tAAA\t\t9.0\t0\t0\n", "").is_err());
}

#[test]
fn no_panic_on_tricky_input() {
    let tricky = [
        "",
        " ",
        "A",
        "'",
        "’’’",
        "-",
        "New",
        "New York-",
        "New York-'",
        "U.S.",
        "U.",
        "Paris\u{0301}",
        "e\u{0301}Paris",
        "\u{0301}",
        "İstanbul",
        "ǅ",
        "ß",
        "ﬁ",
        "\u{FEFF}Paris",
        "Paris\0Lyon",
        "Gaza\u{2028}Strip",
        "Bosnia and",
        "Bosnia and Herz",
        "🇺🇸 U.S.🇺🇸",
        "a\u{10FFFF}B",
    ];
    for t in tricky {
        check_invariants(t);
    }
    // Deterministic pseudo-random strings over an alphabet of awkward pieces.
    let pieces = [
        "New", " ", "York", "City", "-", "\u{2013}", "’", "'", ".", ", ", "é", "Ł", "ódź", "Gaza",
        "Strip", "of", "US", "U", "S", "\n", "\t", "\u{0301}", "日本", "Sana", "a", "İ", "Of",
        "Man", "Isle",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut s = String::new();
        let len = (state % 12) as usize;
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            s.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        check_invariants(&s);
    }
}

fn check_invariants(text: &str) {
    let m = g().find(text);
    let mut last = 0;
    for m in &m {
        assert!(
            m.start >= last && m.start < m.end && m.end <= text.len(),
            "{text:?}: {m:?}"
        );
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "{text:?}"
        );
        assert!(!m.candidates.is_empty());
        let _ = g().resolve(&m.candidates, &["USA"]);
        last = m.end;
    }
    let _ = g().lookup(text);
}

#[test]
fn candidate_order_is_class_then_main_name_then_population() {
    for name in [
        "Springfield",
        "Paris",
        "Georgia",
        "Islamabad",
        "Washington",
        "Victoria",
        "Santa Cruz",
    ] {
        let ids = g().lookup(name);
        assert!(ids.len() >= 2, "{name}");
        let key = |id: PlaceId| {
            let p = g().place(id);
            let main = p.name.eq_ignore_ascii_case(name);
            (
                index::place_class(p.kind, p.capital, p.population),
                main,
                p.population,
            )
        };
        for w in ids.windows(2) {
            assert!(
                key(w[0]) >= key(w[1]),
                "{name}: {:?} before {:?}",
                g().place(w[0]),
                g().place(w[1])
            );
        }
    }
    let isl = best("Islamabad", &[]);
    assert_eq!((isl.name, isl.country), ("Islamabad", "PAK"));
    let dc = best("Washington", &[]);
    assert_eq!(
        (dc.country, dc.kind, dc.capital),
        ("USA", PlaceKind::City, true)
    );
    // A large but not major city does not displace the homonymous province.
    let on = best("Ontario", &[]);
    assert_eq!((on.country, on.kind), ("CAN", PlaceKind::Region));
    let on_us = best("Ontario", &["USA"]);
    assert_eq!((on_us.country, on_us.kind), ("USA", PlaceKind::City));
    // A small capital does not displace a large city elsewhere.
    assert_eq!(best("Hamilton", &[]).country, "CAN");
}

#[test]
fn precomputed_index_equals_runtime_build() {
    let rebuilt = Gazetteer::builtin_rebuilt();
    assert!(
        g().same_as(&rebuilt),
        "build.rs index differs from a run-time build"
    );
}

#[test]
fn index_round_trips_and_rejects_corruption() {
    let tsv: &'static str =
        "C\tAlpha\tAL\tAAA\t\t\t1.0\t2.0\t100\nT\tBeta Town\t\tAAA\tNorth\tGamma\t1.5\t2.5\t50\n";
    let raw = index::parse_places(tsv).unwrap();
    let idx = index::Index::build(&raw, "");
    let bytes = idx.encode(tsv, &raw);
    let view = index::IndexView::new(bytes.clone().into(), tsv).unwrap();
    view.validate().unwrap();
    let read: Vec<_> = (0..view.len()).map(|id| view.place(id)).collect();
    assert_eq!(raw, read);
    assert_eq!(view.countries(), &[0]);
    let e = view.find_entry("beta town").expect("the town's key");
    assert_eq!(view.entry_ids(&view.entry(e)), vec![1]);
    assert!(view.find_entry("gamma").is_none());
    let new = |b: &[u8], t: &'static str| index::IndexView::new(b.to_vec().into(), t);
    assert!(new(&bytes[..bytes.len() - 1], tsv).is_err());
    assert!(new(&bytes, "other data").is_err());
    let mut bad = bytes.clone();
    bad[0] ^= 1;
    assert!(new(&bad, tsv).is_err());
}

#[test]
fn embedded_index_is_valid() {
    g().validate()
        .expect("every offset and table invariant holds");
}

/// A small world for the disambiguator: two countries far apart sharing town names.
fn world() -> Gazetteer {
    Gazetteer::from_tsv(
        "C\tAlpha\t\tAAA\t\t\t10.0\t10.0\t1000000\n\
         C\tBeta\t\tBBB\t\t\t-30.0\t-60.0\t1000000\n\
         R\tNorth Province\tNorth\tAAA\t\t\t11.0\t10.0\t500000\n\
         D\tRiver District\tRiver\tAAA\tNorth Province\t\t11.2\t10.1\t50000\n\
         T\tSpring\t\tAAA\tNorth Province\tRiver District\t11.21\t10.11\t5000\n\
         T\tSpring\t\tBBB\t\t\t-30.5\t-60.5\t200000\n\
         T\tMill\t\tAAA\tNorth Province\t\t11.5\t10.5\t3000\n\
         T\tMill\t\tBBB\t\t\t-31.0\t-61.0\t4000\n\
         T\tRiver\t\tBBB\t\t\t-32.0\t-62.0\t8000\n",
        "",
    )
    .unwrap()
}

/// Every match of `text` as a query (locative when after "in"/"near"), placed.
fn placed(g: &Gazetteer, text: &str, countries: &[&str]) -> Vec<(String, Option<Placed>)> {
    let queries: Vec<PlaceQuery> = g
        .find(text)
        .into_iter()
        .map(|m| PlaceQuery {
            locative: text[..m.start].ends_with("in ") || text[..m.start].ends_with("near "),
            start: m.start,
            end: m.end,
            candidates: m.candidates,
        })
        .collect();
    let out = g.place_mentions(text, &queries, countries);
    queries
        .iter()
        .zip(out)
        .map(|(q, p)| (text[q.start..q.end].to_string(), p))
        .collect()
}

#[test]
fn hierarchy_next_to_a_name_decides() {
    let g = world();
    let r = placed(&g, "Fighting near Spring, North Province, on Monday.", &[]);
    let spring = r[0].1.unwrap();
    assert_eq!(g.place(spring.place).country, "AAA");
    assert_eq!(spring.evidence, Evidence::Hierarchy);
    // The province only locates the town: an event's place is the town.
    let north = r[1].1.unwrap();
    assert_eq!(north.qualifies, Some(0));
    assert_eq!(g.place(north.place).kind, PlaceKind::Region);
    // "X (Y district)" and "X, a town in Y" read the same way.
    for text in [
        "Fighting near Spring (River district) on Monday.",
        "Fighting near Spring, a small town in North Province.",
    ] {
        let r = placed(&g, text, &[]);
        assert_eq!(g.place(r[0].1.unwrap().place).country, "AAA", "{text}");
    }
}

#[test]
fn without_context_population_decides_and_document_countries_override() {
    let g = world();
    let r = placed(&g, "Fighting near Spring on Monday.", &[]);
    assert_eq!(g.place(r[0].1.unwrap().place).country, "BBB");
    assert_eq!(r[0].1.unwrap().evidence, Evidence::Prominence);
    let r = placed(&g, "Fighting near Spring on Monday.", &["AAA"]);
    assert_eq!(g.place(r[0].1.unwrap().place).country, "AAA");
    assert_eq!(r[0].1.unwrap().evidence, Evidence::DocumentCountry);
}

#[test]
fn kind_words_pick_the_admin_unit() {
    let g = world();
    let r = placed(&g, "An air strike in River district killed five.", &[]);
    let p = g.place(r[0].1.unwrap().place);
    assert_eq!((p.kind, p.country), (PlaceKind::District, "AAA"));
    let l = g.located(r[0].1.unwrap().place);
    assert_eq!((l.feature, l.precision), ("admin2", "admin2"));
    assert_eq!(
        (l.admin1, l.admin2, l.country),
        (
            Some("North Province"),
            Some("River District"),
            Some("Alpha")
        )
    );
    // Unmarked, the populated place of that name wins.
    let r = placed(&g, "An air strike in River killed five.", &[]);
    assert_eq!(g.place(r[0].1.unwrap().place).kind, PlaceKind::City);
}

#[test]
fn the_story_s_other_places_pull_a_name_toward_them() {
    let g = world();
    let r = placed(
        &g,
        "Clashes in Spring, North Province, spread to Mill on Tuesday.",
        &[],
    );
    let mill = r.iter().find(|(n, _)| n == "Mill").unwrap().1.unwrap();
    assert_eq!(g.place(mill.place).country, "AAA");
    assert_eq!(mill.evidence, Evidence::NearbyPlace);
}

#[test]
fn small_places_need_evidence() {
    let g = world();
    // No locative word, no kind word, no hierarchy: a village name is not enough.
    let r = placed(&g, "Mill officials said the talks failed.", &[]);
    assert_eq!(r[0].1, None);
    // A bigger town is placed as before.
    let r = placed(&g, "Spring officials said the talks failed.", &[]);
    assert!(r[0].1.is_some());
    // A locative list shares its preposition: "in Spring and Mill".
    let r = placed(&g, "Fighting in Spring and Mill went on.", &["AAA"]);
    assert!(r.iter().all(|(_, p)| p.is_some()), "{r:?}");
    // "north of Mill" is locative too.
    let r = placed(&g, "Fighting 20 km north of Mill went on.", &["AAA"]);
    assert!(r[0].1.is_some());
}

#[test]
fn a_far_small_place_outside_the_story_is_dropped() {
    let g = world();
    let text = "Troops in Spring, North Province, crossed near River.";
    let mut queries: Vec<PlaceQuery> = g
        .find(text)
        .into_iter()
        .map(|m| PlaceQuery {
            locative: true,
            start: m.start,
            end: m.end,
            candidates: m.candidates,
        })
        .collect();
    // Keep only the Beta town for "River": 4,500 km from the story, outside its country.
    let river = queries.len() - 1;
    queries[river]
        .candidates
        .retain(|&id| g.place(id).country == "BBB");
    assert_eq!(queries[river].candidates.len(), 1);
    let out = g.place_mentions(text, &queries, &["AAA"]);
    assert_eq!(out[river], None);
    // With no story around it, the same town is accepted.
    let alone = g.place_mentions(text, &queries[river..], &[]);
    assert!(alone[0].is_some());
}

#[test]
fn builtin_reads_conflict_copy() {
    let g = g();
    let check = |text: &str, countries: &[&str], name: &str, iso3: &str| {
        let r = placed(g, text, countries);
        let (_, p) = r
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} not found in {text}: {r:?}"));
        let p = g.place(p.unwrap_or_else(|| panic!("{name} unplaced")).place);
        assert_eq!(p.country, iso3, "{name} in {text}: {p:?}");
    };
    check(
        "Insurgents overran Palma, Cabo Delgado, in March.",
        &[],
        "Palma",
        "MOZ",
    );
    check(
        "Clashes broke out in Tripoli, in northern Lebanon.",
        &[],
        "Tripoli",
        "LBN",
    );
    check(
        "Cattle raiders struck near Bor, Jonglei state.",
        &[],
        "Bor",
        "SSD",
    );
    check(
        "Police in Cordoba, Argentina, arrested five men.",
        &[],
        "Cordoba",
        "ARG",
    );
    check(
        "Militants attacked Bannu on Monday.",
        &["PAK"],
        "Bannu",
        "PAK",
    );
    // "Congo" alone names either Congo (the DR Congo in most news): the place it
    // locates decides, not a district of Brazil that shares the name.
    check(
        "Rebels killed 40 villagers near Beni in eastern Congo on Saturday.",
        &[],
        "Beni",
        "COD",
    );
    check(
        "Protesters marched in Brazzaville, Congo, on Friday.",
        &[],
        "Brazzaville",
        "COG",
    );
}

#[test]
fn dates_and_common_words_are_not_places() {
    let g = g();
    for text in [
        "The talks began in March and resumed in May, officials said.",
        "Lawmakers in Congress voted on Friday.",
    ] {
        let r = placed(g, text, &["USA"]);
        assert!(r.iter().all(|(_, p)| p.is_none()), "{text}: {r:?}");
    }
    // Written with its county, March is the English town.
    let r = placed(g, "Police in March, Cambridgeshire, arrested two men.", &[]);
    let march = r[0].1.expect("March placed");
    assert_eq!(g.place(march.place).country, "GBR");
}

#[test]
fn country_by_code_is_the_first_country_with_that_code() {
    let g = Gazetteer::builtin();
    let scan = |code: &str| {
        g.index
            .countries()
            .iter()
            .copied()
            .find(|&id| g.index.country_code(id as usize).eq_ignore_ascii_case(code))
    };
    let mut asked = 0;
    for &id in g.index.countries() {
        let code = g.index.country_code(id as usize);
        for c in [
            code.to_string(),
            code.to_ascii_lowercase(),
            code.to_ascii_uppercase(),
        ] {
            assert_eq!(g.country(&c), scan(&c), "{c:?}");
            asked += 1;
        }
    }
    assert!(asked > 600);
    for c in [
        "",
        "X",
        "ZZZ",
        "usa",
        "Usa",
        "ÉTA",
        "a-code-longer-than-sixteen-bytes",
    ] {
        assert_eq!(g.country(c), scan(c), "{c:?}");
    }
}

/// `push_lower` folds ASCII tokens in place and others per character, as a per-character
/// `to_lowercase` would, appending to what the key already holds.
#[test]
fn push_lower_appends_the_folded_token() {
    for token in [
        "Kyiv",
        "NEW",
        "york",
        "Saint-Denis",
        "ÉLYSÉE",
        "Düsseldorf",
        "İzmir",
        "x9Y",
    ] {
        let mut key = String::from("new ");
        crate::index::push_lower(&mut key, token);
        let expected: String = token.chars().flat_map(char::to_lowercase).collect();
        assert_eq!(key, format!("new {expected}"), "{token}");
    }
}

/// `next_token` (a byte-class table) splits text as a per-character scan does: tokens are
/// runs of alphanumeric characters and combining accents.
#[test]
fn next_token_splits_as_the_character_scan() {
    let token_char = |c: char| c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c);
    let reference = |text: &str, from: usize| -> Option<(usize, usize)> {
        let (start, _) = text[from..].char_indices().find(|&(_, c)| token_char(c))?;
        let start = from + start;
        let end = text[start..]
            .char_indices()
            .find(|&(_, c)| !token_char(c))
            .map_or(text.len(), |(k, _)| start + k);
        Some((start, end))
    };
    let texts = [
        "",
        "  ,.;",
        "KYIV, Ukraine (AP) -- Troops of the 3rd brigade left Bakhmut's outskirts.",
        "São Paulo e Ñuñoa; Düsseldorf—İzmir «Québec» 東京 x_y 1,000 e\u{0301}te\u{0301}",
        "end9",
    ];
    for text in texts {
        let mut from = 0;
        loop {
            let got = crate::index::next_token(text, from);
            assert_eq!(got, reference(text, from), "{text:?} from {from}");
            match got {
                Some((_, end)) => from = end,
                None => break,
            }
        }
    }
}

/// The tokens read from a text view are the tokens the byte scanner finds, over texts
/// built from the characters where the two could part: letters and digits touching,
/// accents precomposed and combining, digits outside ASCII, separators of names, spaces
/// of every kind and capitals.
#[test]
fn view_tokens_are_the_scanners_tokens() {
    let pieces = [
        "Kyiv", "al", "-", "Qaida", "U", ".", "S", ". ", ", ", " ", "\u{a0}", "\t", "\u{b}", "G7",
        "2025", "é", "e\u{301}", "\u{301}", "\u{345}", "²", "٣", "’", "'", "`", "ʻ", "日本", "ß",
        "—", "\u{2010}", "(", "\"", "x", "İ", "\u{200b}", "\n", "½", "_",
    ];
    // A fixed pseudo-random walk over the pieces (xorshift), so the test is repeatable.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..12 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        let mut scanned = Vec::new();
        let mut pos = 0;
        while let Some((s, e)) = index::next_token(&text, pos) {
            scanned.push((s, e));
            pos = e;
        }
        let view = sitrep_textview::View::new(&text);
        assert_eq!(index::tokens_of_view(&view), scanned, "{text:?}");
        assert_eq!(g().find_in_view(&view), g().find(&text), "{text:?}");
    }
}

/// Over real news copy, a view gives the matches the text gives.
#[test]
fn find_in_view_finds_what_find_finds() {
    let texts = [
        "Officials in Kyiv said Russian forces shelled Kharkiv overnight, while talks in \
         Geneva between the United States and Iran stalled.",
        "The U.N. office in New York said al-Qaida fighters left Mogadishu's Bakara market.",
        "Fighting in São Paulo and Bogotá; a strike near Kunduz province, South Kivu (DRC).",
        "UPDATE 2-Ukraine says Kursk region shelled; Côte d’Ivoire and Xi’an reported calm.",
    ];
    for text in texts {
        let view = sitrep_textview::View::new(text);
        assert_eq!(g().find_in_view(&view), g().find(text), "{text}");
        assert!(!g().find(text).is_empty(), "{text}");
    }
}
