//! Unit tests of the parser and the matching rules on small hand-written dictionaries.

use super::*;

const SMALL: &str = "\
# test dictionary
@kind country
[PRK]
name: North Korea; Democratic People's Republic of Korea; N. Korea
abbrev: DPRK
adjective: North Korean
capital: Pyongyang
[KOR]
name: South Korea; Korea
adjective: South Korean
capital: Seoul
[RUS]
name: Russia
adjective: Russian
capital: Moscow
[USA]
name: United States
abbrev: US; U.S.
capital: Washington
region: Guam = Guam Island
[TUR]
name: Türkiye = Turkey
[MDV]
name: Maldives
capital: \"Malé\"
[SGP]
name: Singapore
capital: Singapore
@kind organization
[UN]
name: United Nations
abbrev: UN; U.N.
code: IGO | cameo: IGOUNO
[UNSC]
name: UN Security Council; United Nations Security Council
code: IGO | cameo: IGOUNOSCU
[ISIS]
name: Islamic State
abbrev: ISIS
abbrev-strict: IS
code: IMG | sector: REB
@kind person
[kim-jong-un]
name: Kim Jong Un; Kim Jong-un
code: PRK | sector: GOV | role: leader | leader: yes
[]
name: Recep Tayyip Erdoğan
surname: Erdoğan
code: TUR | sector: GOV | role: president | leader: yes
@kind role
[president]
singular: president | plural: presidents | sector: GOV | leader: yes
[general]
singular: general | plural: generals | sector: MIL
[army]
singular: army | plural: armies | sector: MIL
[!ignore]
form: general election; general elections
";

fn small() -> ActorDictionary {
    ActorDictionary::from_sources(&[("test.txt", SMALL)]).expect("valid test dictionary")
}

/// (matched text, entry id, form) for every match.
fn found<'a>(dict: &'a ActorDictionary, text: &'a str) -> Vec<(&'a str, &'a str, FormKind)> {
    dict.find(text)
        .into_iter()
        .map(|m| {
            (
                &text[m.start..m.end],
                dict.entry(m.entry).id.as_str(),
                m.form,
            )
        })
        .collect()
}

fn ids<'a>(dict: &'a ActorDictionary, text: &'a str) -> Vec<&'a str> {
    found(dict, text).into_iter().map(|(_, id, _)| id).collect()
}

#[test]
fn parses_entries_and_derived_places() {
    let d = small();
    let prk = d.entry(d.by_id("PRK").unwrap());
    assert_eq!(prk.kind, ActorKind::Country);
    assert_eq!(prk.canonical, "North Korea");
    assert_eq!(prk.code.as_deref(), Some("PRK"));
    let pyongyang = d.entry(d.by_id("PRK:pyongyang").unwrap());
    assert_eq!(pyongyang.kind, ActorKind::City);
    assert_eq!(pyongyang.code.as_deref(), Some("PRK"));
    let guam = d.entry(d.by_id("USA:guam").unwrap());
    assert_eq!(guam.kind, ActorKind::Region);
    let un = d.entry(d.by_id("UN").unwrap());
    assert_eq!(un.org.as_deref(), Some("UN"));
    assert_eq!(un.cameo.as_deref(), Some("IGOUNO"));
    let erdogan = d.entry(d.by_id("recep-tayyip-erdogan").unwrap());
    assert_eq!(erdogan.role.as_deref(), Some("president"));
    assert!(erdogan.leader);
    let president = d.entry(d.by_id("president").unwrap());
    assert_eq!(president.kind, ActorKind::Role);
    assert_eq!(president.sector.as_deref(), Some("GOV"));
    assert!(president.leader);
    assert!(!d.entry(d.by_id("general").unwrap()).leader);
}

#[test]
fn whole_words_and_possessives() {
    let d = small();
    assert_eq!(ids(&d, "Russia's army"), ["RUS", "army"]);
    assert_eq!(ids(&d, "Russia\u{2019}s army"), ["RUS", "army"]);
    assert_eq!(ids(&d, "Russian troops"), ["RUS"]);
    assert_eq!(found(&d, "Russian troops")[0].2, FormKind::Adjective);
    assert!(ids(&d, "Russians Russiaville Prussia").is_empty());
    assert_eq!(ids(&d, "pro-Russia rally"), ["RUS"]);
    // A rejected candidate inside a word must not hide a later valid match.
    assert_eq!(ids(&d, "thus army"), ["army"]);
}

#[test]
fn leftmost_longest() {
    let d = small();
    assert_eq!(ids(&d, "South Korea and Korea"), ["KOR", "KOR"]);
    assert_eq!(found(&d, "South Korea")[0].0, "South Korea");
    assert_eq!(ids(&d, "the UN Security Council met"), ["UNSC"]);
    assert_eq!(ids(&d, "the UN security council met"), ["UN"]);
    assert_eq!(ids(&d, "North Korean soldiers"), ["PRK"]);
    assert_eq!(found(&d, "North Korean")[0].0, "North Korean");
}

#[test]
fn case_rules() {
    let d = small();
    assert_eq!(ids(&d, "US troops"), ["USA"]);
    assert!(ids(&d, "told us that").is_empty());
    assert!(ids(&d, "Us and them").is_empty());
    assert_eq!(ids(&d, "the U.S. said"), ["USA"]);
    assert_eq!(ids(&d, "NORTH KOREA FIRES MISSILE"), ["PRK"]);
    assert!(ids(&d, "north korea").is_empty());
    assert!(ids(&d, "North korea").is_empty());
    // Role nouns match in any case.
    assert_eq!(ids(&d, "President Kim"), ["president"]);
    assert_eq!(ids(&d, "the president"), ["president"]);
    assert_eq!(ids(&d, "PRESIDENTS"), ["president"]);
    assert_eq!(found(&d, "presidents")[0].2, FormKind::RolePlural);
    // Lower-case letters of a name accept capitals (title case).
    assert_eq!(ids(&d, "Democratic People's Republic Of Korea"), ["PRK"]);
}

#[test]
fn strict_abbreviation_outside_headlines() {
    let d = small();
    assert_eq!(ids(&d, "IS fighters attacked"), ["ISIS"]);
    assert_eq!(ids(&d, "the IS deputy caliph"), ["ISIS"]);
    assert!(ids(&d, "WHAT IS NEXT").is_empty());
    assert!(ids(&d, "It is here").is_empty());
    assert_eq!(ids(&d, "ISIS AND IS"), ["ISIS"]);
}

#[test]
fn spelling_variants() {
    let d = small();
    assert_eq!(
        ids(&d, "Democratic People\u{2019}s Republic of Korea"),
        ["PRK"]
    );
    assert_eq!(ids(&d, "Kim Jong\u{2013}un"), ["kim-jong-un"]);
    assert_eq!(
        ids(&d, "Kim Jong-un and Kim Jong Un"),
        ["kim-jong-un", "kim-jong-un"]
    );
    assert_eq!(
        ids(&d, "Erdogan and Erdoğan"),
        ["recep-tayyip-erdogan", "recep-tayyip-erdogan"]
    );
    assert_eq!(found(&d, "Erdogan")[0].2, FormKind::Surname);
    assert_eq!(
        ids(&d, "Turkey and Türkiye and Turkiye"),
        ["TUR", "TUR", "TUR"]
    );
    // Quoted forms are literal: no ASCII-folded "Male".
    assert_eq!(ids(&d, "Malé"), ["MDV:male"]);
    assert!(ids(&d, "Male voters").is_empty());
    // Alternate spellings of a region map to one entry.
    assert_eq!(ids(&d, "Guam Island"), ["USA:guam"]);
}

#[test]
fn byte_offsets_and_capitals() {
    let d = small();
    let text = "«Kim» Seoul, Pyongyang";
    let m = d.find(text);
    assert_eq!(m.len(), 2, "a lone \"Kim\" is not a form");
    assert_eq!(
        found(&d, text).iter().map(|f| f.0).collect::<Vec<_>>(),
        ["Seoul", "Pyongyang"]
    );
    assert_eq!(found(&d, text)[1].2, FormKind::Capital);
    assert_eq!(m[0].start, text.find("Seoul").unwrap());
}

#[test]
fn ignore_forms_block_shorter_ones() {
    let d = small();
    assert!(ids(&d, "the general election").is_empty());
    assert!(ids(&d, "General Elections").is_empty());
    assert_eq!(ids(&d, "the general said"), ["general"]);
}

#[test]
fn city_state_capital_does_not_steal_country_name() {
    let d = small();
    assert_eq!(ids(&d, "Singapore"), ["SGP"]);
    assert!(d.by_id("SGP:singapore").is_some());
}

#[test]
fn user_file_extends_and_overrides() {
    let user = "@kind country\n[PRK]\ncity: Nampo\n@kind organization\n[KCNA]\nname: Korean Central News Agency\nabbrev: KCNA\ncode: PRK | sector: MED\n";
    let d = ActorDictionary::from_sources(&[("base.txt", SMALL), ("user.txt", user)]).unwrap();
    assert_eq!(ids(&d, "Nampo and North Korea"), ["PRK:nampo", "PRK"]);
    assert_eq!(ids(&d, "KCNA said"), ["KCNA"]);
    // A later file overrides the meaning of a form.
    let override_korea = "@kind country\n[XKR]\nname: Korea\n";
    let d = ActorDictionary::from_sources(&[("base.txt", SMALL), ("user.txt", override_korea)])
        .unwrap();
    assert_eq!(ids(&d, "Korea"), ["XKR"]);
    let built = ActorDictionary::builder()
        .add_source("base.txt", SMALL)
        .add_source("user.txt", user)
        .build()
        .unwrap();
    assert_eq!(built.len(), d.len() + 1);
}

fn errors_of(content: &str) -> DictionaryErrors {
    ActorDictionary::from_sources(&[("ok.txt", SMALL), ("bad.txt", content)])
        .expect_err("should fail")
}

fn error_of(content: &str) -> DictionaryError {
    errors_of(content).first().clone()
}

/// `(line, message)` of every error, all of them in `bad.txt`.
fn lines_of(content: &str) -> Vec<(usize, String)> {
    errors_of(content)
        .errors()
        .iter()
        .map(|e| {
            assert_eq!(e.file, "bad.txt");
            (e.line, e.message.clone())
        })
        .collect()
}

#[test]
fn every_error_is_reported_with_its_line() {
    // A malformed field, an unknown key, an entry without a name, a bad scalar; the good
    // entries between them load, and each mistake gives one error.
    let found = lines_of(
        "@kind organization\n\
         [UNX]\n\
         name: United Nations X\n\
         code IGO\n\
         [ABC]\n\
         name: Abc Org | colour: red\n\
         code: IGO\n\
         [NONAME]\n\
         code: IGO\n\
         [OKAY]\n\
         name: Okay Org\n\
         code: IGO\n\
         [LOW]\n\
         name: Low Org\n\
         code: igo\n",
    );
    let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [4, 6, 8, 15], "{found:?}");
    assert!(found[0].1.contains("expected `key: value`"), "{found:?}");
    assert!(found[1].1.contains("unknown key `colour`"), "{found:?}");
    assert!(found[2].1.contains("has no `name`"), "{found:?}");
    assert!(found[3].1.contains("three upper-case letters"), "{found:?}");
}

#[test]
fn one_mistake_is_not_reported_again_by_the_lines_after_it() {
    // Fields before any entry: reported once.
    assert_eq!(lines_of("@kind country\nname: A\nadjective: B\n").len(), 1);
    // A bad header: its fields are skipped.
    let found = lines_of("@kind country\n[A:B]\nname: A\nnmae: B\n[CCC]\nnmae: C\n");
    let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [2, 6], "{found:?}");
    // A bad `@kind`: its entries are skipped; a good one starts reporting again.
    let found = lines_of("@kind planet\n[X]\nname: X\n@kind country\n[Yy]\nname: Y\n");
    let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [1, 5], "{found:?}");
}

#[test]
fn errors_are_bounded_and_counted() {
    let content = format!(
        "@kind country\n[AAA]\nname: A\n{}",
        "nmae: B\n".repeat(DictionaryErrors::MAX_LISTED + 20)
    );
    let e = errors_of(&content);
    assert_eq!(e.errors().len(), DictionaryErrors::MAX_LISTED);
    assert_eq!(e.unlisted(), 20);
    assert!(e.to_string().ends_with("... and 20 more errors"), "{e}");
}

#[test]
fn parser_errors_carry_file_and_line() {
    let e = error_of("@kind country\n[AAA]\nname: A\n\nnmae: B\n");
    assert_eq!((e.file.as_str(), e.line), ("bad.txt", 5));
    assert!(e.message.contains("unknown key `nmae`"), "{e}");
    assert!(e.to_string().starts_with("bad.txt:5: "));

    let e = error_of("# comment\nname: A\n");
    assert_eq!(e.line, 2);
    assert!(e.message.contains("outside of an entry"));

    let e = error_of("@kind organization\n[X]\nname: X Org\ncode: igo\n");
    assert_eq!(e.line, 4);

    let e = error_of("@kind country\n[BBB]\nname: B\n[BBB]\nname: C\n");
    assert_eq!(e.line, 4);
    assert!(e.message.contains("already defined at line 2"));

    let e = error_of("@kind planet\n");
    assert_eq!(e.line, 1);

    let e = error_of("[CCC]\nname: C\n");
    assert_eq!(e.line, 1, "kind cannot be inferred from bad.txt");

    let e = error_of("@kind organization\n[NOCODE]\nname: No Code Org\n");
    assert_eq!(e.line, 2);
    assert!(e.message.contains("needs a `code`"));

    let e = error_of("@kind person\n[p]\nname: P Q\ncode: USA | leader: maybe\n");
    assert_eq!(e.line, 4);

    let e = error_of("@kind country\n[DDD]\nname D\n");
    assert_eq!(e.line, 3);
    assert!(e.message.contains("expected `key: value`"));

    let e = error_of("@kind country\n[Dd1]\nname: D\n");
    assert!(e.message.contains("ISO 3166-1"));

    let e = error_of("@kind country\n[PRK]\nname: X\n@kind person\n[PRK]\nname: Y\ncode: PRK\n");
    assert_eq!(e.line, 5, "extending a country as a person");
}

#[test]
fn find_into_appends() {
    let d = small();
    let mut out = Vec::new();
    d.find_into("Russia", &mut out);
    d.find_into("Seoul and Moscow", &mut out);
    assert_eq!(out.len(), 3);
    assert_eq!(out[1].start, 0);
}

#[test]
fn non_ascii_word_starts_and_boundaries() {
    let src = "@kind country\n[FRA]\nname: France\ncity: Évian\n[TUR]\nname: Türkiye\n";
    let d = ActorDictionary::from_sources(&[("countries.txt", src)]).unwrap();
    let text = "Évian, Evian, éÉvian, xÉvian, Éviané, «Türkiye»";
    let got: Vec<&str> = d.find(text).iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(got, ["Évian", "Evian", "Türkiye"]);
    // Offsets are byte offsets on character boundaries.
    let m = d.find(text);
    assert_eq!(m[2].start, text.find("Türkiye").unwrap());
}

#[test]
fn forms_must_start_with_a_word_character() {
    let e = ActorDictionary::from_sources(&[("c.txt", "@kind country\n[AAA]\nname: -Aland\n")])
        .expect_err("leading hyphen");
    let e = e.first();
    assert_eq!(e.line, 3);
    assert!(
        e.message.contains("must start with a letter or digit"),
        "{e}"
    );
}

#[test]
fn shadowed_forms_are_reported() {
    let user = "@kind country\n[XKR]\nname: Korea\n";
    let d = ActorDictionary::from_sources(&[("base.txt", SMALL), ("user.txt", user)]).unwrap();
    let clash = d
        .shadowed_forms()
        .iter()
        .find(|s| s.form == "Korea")
        .expect("Korea is claimed twice");
    assert_eq!(clash.kept, d.by_id("XKR"));
    assert_eq!(clash.dropped, d.by_id("KOR"));
}

#[test]
fn case_variants_of_one_form_prefer_the_exact_one() {
    let src = "@kind country\n[SRB]\nname: Serbia\ncity: Nis\n@kind organization\n[NIS]\nname: National Intelligence Service\nabbrev: NIS\ncode: KOR | sector: SPY\n";
    let d = ActorDictionary::from_sources(&[("x.txt", src)]).unwrap();
    assert_eq!(ids(&d, "NIS said"), ["NIS"]);
    assert_eq!(ids(&d, "in Nis"), ["SRB:nis"]);
    assert!(ids(&d, "nis").is_empty());
    assert!(d.shadowed_forms().is_empty());
}

// ---- dates, namesakes and longer names ----

const HISTORY: &str = "\
@kind country
[ISR]
name: Israel | adjective: Israeli
[USA]
name: United States | abbrev: U.S.
[ESP]
name: Spain | adjective: Spanish
[FRA]
name: France | adjective: French
[MYS]
name: Malaysia | adjective: Malaysian
[PAK]
name: Pakistan | adjective: Pakistani
[JPN]
name: Japan | adjective: Japanese
[RWA]
name: Rwanda | adjective: Rwandan
[ZMB]
name: Zambia | adjective: Zambian
[KEN]
name: Kenya | adjective: Kenyan
@kind person
[]
name: Yitzhak Rabin | surname: Rabin
code: ISR | sector: GOV | role: prime minister | leader: yes | from: 1992-07 | to: 1995-11
[]
name: Shimon Peres | surname: Peres
code: ISR | sector: GOV | role: prime minister | leader: yes | from: 1995-11 | to: 1996-06
[]
name: Benjamin Netanyahu | surname: Netanyahu
code: ISR | sector: GOV | role: prime minister | leader: yes | from: 1996-06 | to: 1999-07
[]
name: Benjamin Netanyahu | surname: Netanyahu
code: ISR | sector: GOV | role: prime minister | leader: yes | from: 2009-03-31
[]
name: George Bush | surname: Bush
code: USA | sector: GOV | role: president | leader: yes | from: 1989-01-20 | to: 1993-01-20
[]
name: Bill Clinton | surname: Clinton
code: USA | sector: GOV | role: president | leader: yes | from: 1993-01-20 | to: 2001-01-20
[]
name: George W. Bush; George Bush | surname: Bush
code: USA | sector: GOV | role: president | leader: yes | from: 2001-01-20 | to: 2009-01-20
[]
name: Colin Powell
code: USA | sector: GOV | role: secretary of state | from: 2001-01 | to: 2005-01
[]
name: Joe Biden | surname: Biden
code: USA | sector: ELI | role: former president
[]
name: Joe Biden | surname: Biden
code: USA | sector: GOV | role: president | leader: yes | from: 2021-01-20 | to: 2025-01-20
@kind group
[PP-ESP]
name: People's Party | code: ESP | sector: PTY
[PP]
name: People's Party | sector: PTY
[NF-FRA]
name: National Front | code: FRA | sector: PTY | from: 1972 | to: 2018-06
[BN-MYS]
name: National Front | code: MYS | sector: PTY | from: 1973
[PF-ZMB]
name: Patriotic Front | code: ZMB | sector: PTY
[DEM-USA]
name: Democratic Party | code: USA | sector: PTY
@kind role
[prime minister]
singular: prime minister | sector: GOV | leader: yes
[president]
singular: president | sector: GOV | leader: yes
[foreign minister]
singular: foreign minister; secretary of state | sector: GOV
[leader]
singular: leader | sector: GOV | leader: yes
";

fn history() -> ActorDictionary {
    ActorDictionary::from_sources(&[("history.txt", HISTORY)]).expect("valid dictionary")
}

fn day(s: &str) -> Day {
    Day::parse(s).unwrap_or_else(|| panic!("bad day {s}"))
}

/// Entry ids found in a document published on `published` ("" for no date).
fn in_doc<'a>(d: &'a ActorDictionary, text: &str, published: &str) -> Vec<&'a str> {
    let published = (!published.is_empty()).then(|| day(published));
    d.find_in_document(text, published)
        .into_iter()
        .map(|m| d.entry(m.entry).id.as_str())
        .collect()
}

#[test]
fn dates_parse_at_three_precisions() {
    let p = Period::parse("1995").unwrap();
    assert_eq!((p.first, p.last), (day("1995-01-01"), day("1995-12-31")));
    let p = Period::parse("2024-02").unwrap();
    assert_eq!((p.first, p.last), (day("2024-02-01"), day("2024-02-29")));
    let p = Period::parse("1995-11-04").unwrap();
    assert_eq!(p.first, p.last);
    for bad in ["95", "1995-13", "1995-02-30", "1995-1-04", "1995/11", "x"] {
        assert!(Period::parse(bad).is_err(), "{bad}");
    }
    assert_eq!(Day::parse("2025-03-14 20:30:26Z"), Day::new(2025, 3, 14));
    assert_eq!(Day::parse("2025-03-14T20:30:26Z"), Day::new(2025, 3, 14));
    assert_eq!(Day::parse("2025-03"), None);
}

#[test]
fn dated_entries_parse_and_derive_distinct_ids() {
    let d = history();
    let current = d.entry(
        d.by_id("benjamin-netanyahu")
            .expect("open-ended keeps the slug"),
    );
    assert!(current.tenure.unwrap().to.is_none());
    let first = d.entry(d.by_id("benjamin-netanyahu@1996-06").expect("earlier term"));
    assert_eq!(first.tenure.unwrap().from.unwrap().first, day("1996-06-01"));
    assert_eq!(first.tenure.unwrap().to.unwrap().last, day("1999-07-31"));
    assert!(d.by_id("joe-biden").is_some() && d.by_id("joe-biden@2021-01-20").is_some());
    assert!(d.entry(d.by_id("PP").unwrap()).tenure.is_none());

    let e = error_of("@kind person\n[x]\nname: X Y\ncode: USA | from: 2001 | to: 1999\n");
    assert_eq!(e.line, 2);
    assert!(e.message.contains("after `to`"), "{e}");
    let e = error_of("@kind person\n[x]\nname: X Y\ncode: USA | from: 2001-13\n");
    assert_eq!(e.line, 4);
    let e = error_of("@kind country\n[XXA]\nname: X\nfrom: 1991\n");
    assert!(e.message.contains("unknown key `from`"), "{e}");
}

#[test]
fn publication_date_chooses_the_holder() {
    let d = history();
    assert_eq!(
        in_doc(&d, "Netanyahu spoke.", "1997-05-01"),
        ["benjamin-netanyahu@1996-06"]
    );
    assert_eq!(
        in_doc(&d, "Netanyahu spoke.", "2015-05-01"),
        ["benjamin-netanyahu"]
    );
    // Between terms: the latest term begun before the date; before all: the earliest.
    assert_eq!(
        in_doc(&d, "Netanyahu spoke.", "2005-05-01"),
        ["benjamin-netanyahu@1996-06"]
    );
    assert_eq!(
        in_doc(&d, "Netanyahu spoke.", "1980-05-01"),
        ["benjamin-netanyahu@1996-06"]
    );
    // No date: the most recent.
    assert_eq!(in_doc(&d, "Netanyahu spoke.", ""), ["benjamin-netanyahu"]);
    assert_eq!(ids(&d, "Netanyahu spoke."), ["benjamin-netanyahu"]);
    // One name, two presidents.
    assert_eq!(
        in_doc(&d, "President George Bush", "1990-08-02"),
        ["president", "george-bush"]
    );
    assert_eq!(
        in_doc(&d, "President Bush", "2003-03-20"),
        ["president", "george-w-bush"]
    );
    assert_eq!(in_doc(&d, "Bush", ""), ["george-w-bush"]);
    // The last day of a tenure is inside it.
    assert_eq!(in_doc(&d, "Bush", "1993-01-20"), ["george-bush"]);
    // A dated entry before an undated one; outside its range the undated one holds.
    assert_eq!(
        in_doc(&d, "Biden said", "2022-06-01"),
        ["joe-biden@2021-01-20"]
    );
    assert_eq!(in_doc(&d, "Biden said", "2025-06-01"), ["joe-biden"]);
    assert_eq!(in_doc(&d, "Biden said", ""), ["joe-biden"]);
    // Handover month shared by Rabin and Peres: "Peres" is only Peres anyway.
    assert_eq!(
        in_doc(&d, "Rabin and Peres", "1995-11-10"),
        ["yitzhak-rabin", "shimon-peres"]
    );
}

#[test]
fn bare_titles_resolve_to_the_holder_on_the_date() {
    let d = history();
    let holder = |code: &str, office: &str, date: &str| {
        let date = (!date.is_empty()).then(|| day(date));
        d.holder(code, office, date).map(|e| d.entry(e).id.as_str())
    };
    assert_eq!(
        holder("ISR", "prime minister", "1995-12-01"),
        Some("shimon-peres")
    );
    assert_eq!(
        holder("ISR", "prime minister", "1994-01-01"),
        Some("yitzhak-rabin")
    );
    assert_eq!(
        holder("ISR", "prime minister", "2005-01-01"),
        None,
        "gap: the role stays"
    );
    assert_eq!(
        holder("ISR", "prime minister", ""),
        Some("benjamin-netanyahu")
    );
    assert_eq!(
        holder("USA", "president", "1990-01-01"),
        Some("george-bush")
    );
    assert_eq!(holder("USA", "leader", "1998-01-01"), Some("bill-clinton"));
    // The role noun's canonical form: a secretary of state is a foreign minister.
    assert_eq!(
        holder("USA", "foreign minister", "2003-01-01"),
        Some("colin-powell")
    );
    assert_eq!(
        holder("USA", "secretary of state", "2003-01-01"),
        Some("colin-powell")
    );
    assert_eq!(holder("KEN", "president", "2003-01-01"), None);
    // The undated former president answers for no date in the past.
    assert_eq!(holder("USA", "former president", "2003-01-01"), None);
}

#[test]
fn namesakes_resolve_by_the_documents_countries() {
    let d = history();
    assert_eq!(
        in_doc(&d, "In Spain, the People's Party won.", "2011-11-21"),
        ["ESP", "PP-ESP"]
    );
    assert_eq!(in_doc(&d, "The People's Party won.", "2011-11-21"), ["PP"]);
    assert_eq!(
        in_doc(&d, "Malaysia votes: the National Front lost.", "2018-05-10"),
        ["MYS", "BN-MYS"]
    );
    assert_eq!(
        in_doc(
            &d,
            "French voters backed the National Front, France said.",
            "2002-04-21"
        ),
        ["FRA", "NF-FRA", "FRA"]
    );
    // Dates first: the French party was renamed in 2018.
    assert_eq!(
        in_doc(
            &d,
            "French voters backed the National Front, France said.",
            "2022-04-21"
        ),
        ["FRA", "BN-MYS", "FRA"]
    );
}

#[test]
fn names_inside_longer_capitalised_names_are_dropped() {
    let d = history();
    assert_eq!(
        in_doc(&d, "the Pakistan People's Party said", "2008-02-18"),
        ["PAK"]
    );
    assert_eq!(
        in_doc(
            &d,
            "the Liberal Democratic Party of Japan won",
            "2012-12-16"
        ),
        ["JPN"]
    );
    assert_eq!(
        in_doc(&d, "the Democratic Party of Japan won", "2009-08-30"),
        ["JPN"]
    );
    assert_eq!(
        in_doc(&d, "the Rwandan Patriotic Front took Kigali", "1994-07-04"),
        ["RWA"]
    );
    assert_eq!(
        in_doc(&d, "a Democratic Party Congress", "2020-08-01"),
        Vec::<&str>::new()
    );
    // The group's own country, sentence starts and plain words around keep the name.
    assert_eq!(
        in_doc(&d, "the Spanish People's Party said", "2011-11-21"),
        ["ESP", "PP-ESP"]
    );
    assert_eq!(
        in_doc(&d, "Democratic Party leaders met.", "2020-08-01"),
        ["DEM-USA"]
    );
    assert_eq!(
        in_doc(
            &d,
            "Voters left. Democratic Party officials said so.",
            "2020-08-01"
        ),
        ["DEM-USA"]
    );
    assert_eq!(
        in_doc(&d, "The Patriotic Front won in Zambia", "2011-09-23"),
        ["PF-ZMB", "ZMB"]
    );
    // find() alone does not apply the document rules.
    assert_eq!(
        ids(&d, "the Pakistan People's Party said"),
        ["PAK", "PP-ESP"]
    );
}

#[test]
fn check_reports_overlaps_and_unknown_codes() {
    assert!(history().check().is_empty(), "{:?}", history().check());
    let bad =
        "@kind person\n[a]\nname: A A\ncode: ISR | role: prime minister | from: 1994 | to: 1996\n\
               [b]\nname: B B\ncode: XYZ | sector: GOV | role: president\n\
               [c]\nname: C C\ncode: USA | sector: QQQ\n";
    let d = ActorDictionary::from_sources(&[("history.txt", HISTORY), ("bad.txt", bad)]).unwrap();
    let problems = d.check();
    // `a` overlaps Rabin and Peres (not Netanyahu, who begins as `a` ends).
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("unknown code XYZ")));
    assert!(problems.iter().any(|p| p.contains("unknown sector QQQ")));
    assert!(problems.iter().any(|p| p.contains("ISR prime minister")
        && p.contains("`a`")
        && p.contains("yitzhak-rabin")));
}

#[test]
fn direct_tables_take_non_ascii_labels() {
    // Ten keys continue "k" with an ASCII byte, two with the first byte of "é" or "ö":
    // the node gets a direct table, which must find the non-ASCII edge too.
    let mut seconds: Vec<&[u8]> = [b"a", b"b", b"c", b"d", b"e", b"f", b"g", b"h", b"i", b"j"]
        .iter()
        .map(|s| s.as_slice())
        .collect();
    seconds.extend(["é".as_bytes(), "ö".as_bytes()]);
    let keys: Vec<(Vec<u8>, u32)> = seconds
        .iter()
        .enumerate()
        .map(|(i, s)| ([b"k".as_slice(), s, b"x"].concat(), i as u32))
        .collect();
    let trie = Trie::build(keys.into_iter());
    let k = trie.root_child(b'k').expect("a node for k");
    let node = trie.nodes[k as usize];
    assert_ne!(node.dense, NO_NODE);
    for b in b'a'..=b'j' {
        assert!(trie.child(&node, b).is_some(), "edge {b}");
    }
    assert!(trie.child(&node, 0xc3).is_some());
    assert!(trie.child(&node, b'z').is_none());
    assert!(trie.child(&node, 0xc4).is_none());
}

#[test]
fn no_match_starts_inside_a_word() {
    let d = small();
    // After a word start with no form, the rest of the word is passed over, ASCII
    // letters and accented ones alike.
    assert_eq!(ids(&d, "xRussia éRussia Russiax aéRussia Russia"), ["RUS"]);
    assert_eq!(
        found(&d, "Anti-Russia"),
        [("Russia", "RUS", FormKind::Name)]
    );
}
