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

fn error_of(content: &str) -> DictionaryError {
    ActorDictionary::from_sources(&[("ok.txt", SMALL), ("bad.txt", content)])
        .expect_err("should fail")
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
