//! Tests of the built-in dictionary data: coverage counts, no unintended clashes, and
//! matching on wire-copy style sentences.

use sitrep_actors::{ActorDictionary, ActorKind, FormKind};
use std::collections::BTreeSet;

fn dict() -> &'static ActorDictionary {
    ActorDictionary::builtin()
}

fn count(kind: ActorKind) -> usize {
    dict().entries().iter().filter(|e| e.kind == kind).count()
}

/// (matched text, entry id) pairs.
fn found(text: &str) -> Vec<(String, String)> {
    let d = dict();
    d.find(text)
        .into_iter()
        .map(|m| {
            (
                text[m.start..m.end].to_string(),
                d.entry(m.entry).id.clone(),
            )
        })
        .collect()
}

fn ids(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(_, id)| id).collect()
}

#[test]
fn every_iso_country_is_present() {
    const ISO: &str = "AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE";
    let codes: Vec<&str> = ISO.split_whitespace().collect();
    assert_eq!(codes.len(), 249);
    for code in codes.iter().chain(&["XKX"]) {
        let id = dict()
            .by_id(code)
            .unwrap_or_else(|| panic!("missing country {code}"));
        assert_eq!(dict().entry(id).kind, ActorKind::Country);
    }
    assert_eq!(count(ActorKind::Country), 250);
}

#[test]
fn coverage_counts() {
    let d = dict();
    let orgs = count(ActorKind::Organization);
    let media = count(ActorKind::Media);
    let groups = count(ActorKind::Group);
    let people = count(ActorKind::Person);
    let roles = count(ActorKind::Role);
    let people_countries: BTreeSet<&str> = d
        .entries()
        .iter()
        .filter(|e| e.kind == ActorKind::Person)
        .filter_map(|e| e.code.as_deref())
        .filter(|c| !matches!(*c, "IGO" | "NGO" | "IMG"))
        .collect();
    println!(
        "entries {} (countries {}, cities {}, regions {}, organizations {orgs}, media {media}, groups {groups}, people {people} from {} countries, roles {roles}); patterns {}",
        d.len(),
        count(ActorKind::Country),
        count(ActorKind::City),
        count(ActorKind::Region),
        people_countries.len(),
        d.pattern_count()
    );
    assert!(orgs >= 100, "{orgs} organizations");
    assert!(media >= 40, "{media} media");
    assert!(groups >= 150, "{groups} groups");
    assert!(
        people_countries.len() >= 60,
        "{} countries with people",
        people_countries.len()
    );
    assert!(roles >= 150, "{roles} roles");
    // Role nouns counted as distinct singular forms, which is how the brief counts them.
    let role_forms = d
        .entries()
        .iter()
        .filter(|e| e.kind == ActorKind::Role)
        .count();
    assert!(role_forms >= 100);
}

#[test]
fn no_unintended_clashes_between_builtin_files() {
    let d = dict();
    let clashes: Vec<String> = d
        .shadowed_forms()
        .iter()
        .map(|s| {
            let name = |e: Option<u32>| e.map_or("!ignore".to_string(), |e| d.entry(e).id.clone());
            format!("{:?}: {} over {}", s.form, name(s.kept), name(s.dropped))
        })
        .collect();
    // City-states share their name with their capital; the country keeps it.
    let allowed = |c: &String| {
        ["SGP:", "MCO:", "LUX:", "DJI:", "KWT:", "GIB:", "VAT:"]
            .iter()
            .any(|p| c.contains(&format!(" over {p}")))
    };
    let unexpected: Vec<&String> = clashes.iter().filter(|c| !allowed(c)).collect();
    assert!(
        unexpected.is_empty(),
        "unexpected clashes:\n{}",
        unexpected
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn entries_have_expected_metadata() {
    let d = dict();
    let e = |id: &str| d.entry(d.by_id(id).unwrap_or_else(|| panic!("no entry {id}")));
    assert_eq!(e("NATO").cameo.as_deref(), Some("IGOWSTNAT"));
    assert_eq!(e("NATO").code.as_deref(), Some("IGO"));
    assert_eq!(e("KCNA").sector.as_deref(), Some("MED"));
    assert_eq!(e("KCNA").code.as_deref(), Some("PRK"));
    assert_eq!(e("KREMLIN").code.as_deref(), Some("RUS"));
    assert_eq!(e("PENTAGON").sector.as_deref(), Some("MIL"));
    assert_eq!(e("HAMAS").kind, ActorKind::Group);
    assert_eq!(e("ISIS").code.as_deref(), Some("IMG"));
    let kim = e("kim-jong-un");
    assert_eq!(
        (kim.code.as_deref(), kim.role.as_deref(), kim.leader),
        (Some("PRK"), Some("leader"), true)
    );
    assert_eq!(e("sergei-shoigu").code.as_deref(), Some("RUS"));
    assert_eq!(e("lee-jae-myung").role.as_deref(), Some("president"));
    assert_eq!(e("yoon-suk-yeol").role.as_deref(), Some("former president"));
    assert_eq!(e("antonio-guterres").code.as_deref(), Some("IGO"));
    assert!(e("president").leader && e("prime minister").leader && !e("troops").leader);
    assert_eq!(e("troops").sector.as_deref(), Some("MIL"));
    assert_eq!(e("PRK:pyongyang").kind, ActorKind::City);
    assert_eq!(e("UKR:crimea").kind, ActorKind::Region);
    assert_eq!(e("PSE:gaza-strip").code.as_deref(), Some("PSE"));
}

fn expect(text: &str, expected: &[&str]) {
    let got = ids(text);
    assert_eq!(got, expected, "in {text:?}: {:?}", found(text));
}

#[test]
fn wire_copy_sentences() {
    expect(
        "North Korean leader Kim Jong Un met Russian Security Council Secretary Sergei Shoigu in Pyongyang on Wednesday, KCNA said.",
        &["PRK", "leader", "kim-jong-un", "RUS-SECCOUNCIL", "secretary", "sergei-shoigu", "PRK:pyongyang", "KCNA"],
    );
    expect(
        "SEOUL, South Korea (AP) — South Korea's Joint Chiefs of Staff said North Korean troops fired artillery near the border.",
        // "artillery" is a role noun (the force that fires it); with no country or
        // owner the pipeline does not take it for an actor.
        &["KOR:seoul", "KOR", "AP", "KOR-JCS", "PRK", "troops", "artillery"],
    );
    expect(
        "U.S. Secretary of State Marco Rubio told reporters the White House and the Pentagon back NATO's plan.",
        &["USA", "foreign minister", "marco-rubio", "journalist", "WHITEHOUSE", "PENTAGON", "NATO"],
    );
    expect(
        "The UN Security Council met as Hamas and Israeli forces clashed in the Gaza Strip and the West Bank, the U.N. said.",
        &["UNSC", "HAMAS", "ISR", "forces", "PSE:gaza-strip", "PSE:west-bank", "UN"],
    );
    expect(
        "Ukrainian President Volodymyr Zelenskyy said the Kremlin's strikes on Kharkiv killed three civilians; Zelensky urged the EU to act.",
        &["UKR", "president", "volodymyr-zelenskyy", "KREMLIN", "UKR:kharkiv", "civilians", "volodymyr-zelenskyy", "EU"],
    );
    expect(
        "Islamic State militants and al-Shabab fighters attacked; IS claimed the raid, while the RSF shelled El Fasher in Darfur.",
        &["ISIS", "militants", "ALSHABAB", "fighters", "ISIS", "RSF", "SDN:el-fasher", "SDN:darfur"],
    );
    expect(
        "Russia’s foreign ministry spokeswoman Maria Zakharova said Moscow would respond.",
        &[
            "RUS",
            "foreign ministry",
            "spokesperson",
            "maria-zakharova",
            "RUS:moscow",
        ],
    );
}

#[test]
fn headline_and_case_rules_on_builtin() {
    // "US" and "IS" in an all-caps headline: "US" is still the country; "IS" is a verb.
    assert_eq!(ids("PUTIN SAYS RUSSIA IS READY"), ["vladimir-putin", "RUS"]);
    assert_eq!(ids("US TROOPS LEAVE SYRIA"), ["USA", "troops", "SYR"]);
    assert!(ids("let us know what it is").is_empty());
    // Adjective vs name and possessives.
    assert_eq!(
        found("Russia's"),
        [("Russia".to_string(), "RUS".to_string())]
    );
    let m = dict().find("Russian");
    assert_eq!(m[0].form, FormKind::Adjective);
    // Longest match wins.
    assert_eq!(
        ids("South Korean President Lee Jae-myung"),
        ["KOR", "president", "lee-jae-myung"]
    );
    // Blocking forms.
    assert!(ids("in the general election").is_empty());
    assert_eq!(ids("Latin American leaders"), ["leader"]);
}

#[test]
fn seed_article_finds_key_actors() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpora/seed/kim-shoigu-pyongyang.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("notice: {path} not found; skipping");
        return;
    };
    let found: BTreeSet<String> = ids(&text).into_iter().collect();
    for id in [
        "PRK",
        "KOR",
        "RUS",
        "UKR",
        "USA",
        "JPN",
        "CHN",
        "FRA",
        "SGP",
        "kim-jong-un",
        "sergei-shoigu",
        "vladimir-putin",
        "lee-jae-myung",
        "yoon-suk-yeol",
        "emmanuel-macron",
        "KCNA",
        "NATO",
        "PRK:pyongyang",
        "RUS:moscow",
        "KOR:seoul",
        "lawmaker",
        "professor",
        "analyst",
        "troops",
        "IFES-KYUNGNAM",
        "lee-seong-kweun",
    ] {
        assert!(
            found.contains(id),
            "seed article: {id} not found in {found:?}"
        );
    }
}

#[test]
fn data_is_consistent() {
    // Every code names a country of the dictionary (or IGO/NGO/MNC/IMG), every sector is
    // known, and no single-holder office has two holders at once.
    let problems = dict().check();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// (text, date) -> entry ids through the document rules.
fn in_doc(text: &str, published: &str) -> Vec<String> {
    let d = dict();
    d.find_in_document(text, sitrep_actors::Day::parse(published))
        .into_iter()
        .map(|m| d.entry(m.entry).id.clone())
        .collect()
}

#[test]
fn names_inside_longer_names_and_namesakes() {
    assert_eq!(
        in_doc("The Pakistan People's Party won.", "2008-02-20"),
        ["PPP-PAK"]
    );
    assert_eq!(
        in_doc("In Spain, the People's Party won.", "2011-11-21"),
        ["ESP", "PP-ESP"]
    );
    assert_eq!(
        in_doc("The People's Party won.", "2011-11-21"),
        ["PEOPLES-PARTY"]
    );
    assert_eq!(
        in_doc("Malaysia's National Front won.", "2013-05-06"),
        ["MYS", "BN-MYS"]
    );
    assert_eq!(
        in_doc("France's National Front won.", "2002-04-22"),
        ["FRA", "FN-FRA"]
    );
    assert_eq!(
        in_doc(
            "U.S. Democrats and the Democratic Party of Albania",
            "2009-08-30"
        ),
        ["USA", "DEM-USA", "ALB"]
    );
    // A bare "Treasury" is the U.S. one unless the story names Britain.
    let us = in_doc(
        "The Treasury sanctioned three Iranian oil traders.",
        "2026-03-02",
    );
    assert!(us.contains(&"US-TREASURY".to_string()), "{us:?}");
    let uk = in_doc(
        "Britain's Treasury froze the assets of a Russian bank.",
        "2026-03-02",
    );
    assert!(uk.contains(&"HM-TREASURY".to_string()), "{uk:?}");
    assert!(!uk.contains(&"US-TREASURY".to_string()), "{uk:?}");
}

#[test]
fn office_holders_across_time() {
    let d = dict();
    let dated: Vec<&sitrep_actors::ActorEntry> = d
        .entries()
        .iter()
        .filter(|e| e.kind == ActorKind::Person && e.tenure.is_some())
        .collect();
    let countries: BTreeSet<&str> = dated
        .iter()
        .filter_map(|e| e.code.as_deref())
        .filter(|c| !matches!(*c, "IGO" | "NGO" | "IMG" | "MNC"))
        .collect();
    let years = |e: &&sitrep_actors::ActorEntry| {
        let t = e.tenure.expect("dated");
        (
            t.from.map(|p| p.first.year),
            t.to.map(|p| p.last.year).or(Some(2026)),
        )
    };
    let first = dated.iter().filter_map(|e| years(e).0).min().unwrap_or(0);
    let mut covered = BTreeSet::new();
    for e in &dated {
        if let (Some(a), Some(b)) = years(e) {
            covered.extend(a.max(1900)..=b.min(2026));
        }
    }
    let by_kind = |k: ActorKind| d.entries().iter().filter(|e| e.kind == k).count();
    println!(
        "people {} ({} dated, from {} countries and IGOs: {} countries), organizations {}, media {}, groups {} ({} dated); years covered {first}-2026 ({} distinct); forms chosen by date or place {}",
        by_kind(ActorKind::Person),
        dated.len(),
        countries.len() + 1,
        countries.len(),
        by_kind(ActorKind::Organization),
        by_kind(ActorKind::Media),
        by_kind(ActorKind::Group),
        d.entries()
            .iter()
            .filter(|e| e.kind == ActorKind::Group && e.tenure.is_some())
            .count(),
        covered.len(),
        d.ambiguous_form_count()
    );
    assert!(dated.len() >= 500, "{} dated office holders", dated.len());
    assert!(
        countries.len() >= 80,
        "{} countries with dated holders",
        countries.len()
    );
    assert!(first <= 1946, "holders since {first}");
}

#[test]
fn builtin_holders_by_date() {
    let role = |text: &str, date: &str| -> Vec<(String, String)> {
        let d = dict();
        in_doc(text, date)
            .into_iter()
            .map(|id| {
                let e = d.entry(d.by_id(&id).unwrap());
                (
                    e.code.clone().unwrap_or_default(),
                    e.role.clone().unwrap_or_default(),
                )
            })
            .collect()
    };
    let pair = |c: &str, r: &str| (c.to_string(), r.to_string());
    assert_eq!(role("Putin", "2005-01-01"), [pair("RUS", "president")]);
    assert_eq!(role("Putin", "2010-01-01"), [pair("RUS", "prime minister")]);
    assert_eq!(role("Bush", "1991-01-01")[0].0, "USA");
    assert_eq!(role("Mobutu", "1995-01-01"), [pair("COD", "president")]);
    assert_eq!(role("Rabin", "1994-01-01"), [pair("ISR", "prime minister")]);
    assert_eq!(role("Biden", "2022-01-01"), [pair("USA", "president")]);
    assert_eq!(role("Biden", "2012-01-01"), [pair("USA", "vice president")]);
    // A bare title: who held the office that day.
    let d = dict();
    let holder = |code: &str, office: &str, date: &str| {
        d.holder(code, office, sitrep_actors::Day::parse(date))
            .map(|e| d.entry(e).canonical.clone())
    };
    assert_eq!(
        holder("IRQ", "president", "2002-06-01").as_deref(),
        Some("Saddam Hussein")
    );
    assert_eq!(
        holder("KEN", "president", "2005-06-01").as_deref(),
        Some("Mwai Kibaki")
    );
    assert_eq!(
        holder("KEN", "president", "2024-06-01").as_deref(),
        Some("William Ruto")
    );
    assert_eq!(
        holder("GBR", "prime minister", "1985-06-01").as_deref(),
        Some("Margaret Thatcher")
    );
    assert_eq!(
        holder("USA", "foreign minister", "2010-06-01").as_deref(),
        Some("Hillary Clinton")
    );
    assert_eq!(
        holder("IGO", "secretary-general", "1999-01-01"),
        None,
        "several organisations"
    );
}

/// The Taliban governed Afghanistan in 1996-2001 and again from August 2021; between, copy
/// of those years tells of an insurgency. The document's date chooses the sector.
#[test]
fn the_taliban_by_date() {
    let d = dict();
    let sector = |date: &str| -> Vec<String> {
        d.find_in_document(
            "The Taliban attacked a checkpoint.",
            sitrep_actors::Day::parse(date),
        )
        .into_iter()
        .filter_map(|m| d.entry(m.entry).sector.clone())
        .collect()
    };
    assert_eq!(sector("1998-08-20"), ["GOV"]);
    assert_eq!(sector("2009-06-01"), ["REB"]);
    assert_eq!(sector("2021-05-10"), ["REB"]);
    assert_eq!(sector("2023-03-01"), ["GOV"]);
    // No date: the most recent entry.
    assert_eq!(
        d.find_in_document("The Taliban attacked a checkpoint.", None)
            .into_iter()
            .filter_map(|m| d.entry(m.entry).sector.clone())
            .collect::<Vec<_>>(),
        ["GOV"]
    );
}

/// Entry ids of `text` read as a document (longer names and namesakes resolved).
fn ids_in_document(text: &str) -> Vec<String> {
    let d = dict();
    d.find_in_document(text, None)
        .into_iter()
        .map(|m| d.entry(m.entry).id.clone())
        .collect()
}

#[test]
fn a_capital_ending_a_longer_place_name_is_not_the_capital() {
    // "Praia" is Cape Verde's capital; "Mocimboa da Praia" a town in Mozambique.
    assert!(
        !ids_in_document("Insurgents attacked Mocimboa da Praia on Monday.")
            .contains(&"CPV:praia".to_string())
    );
    assert_eq!(
        ids_in_document("Talks opened in Praia on Monday."),
        ["CPV:praia"]
    );
}

#[test]
fn parties_news_names_by_building_agency_variant_or_region() {
    let d = dict();
    let code = |text: &str| -> Vec<String> {
        d.find_in_document(text, None)
            .into_iter()
            .filter_map(|m| d.entry(m.entry).code.clone())
            .collect()
    };
    for (text, want) in [
        ("Foggy Bottom said", "USA"),
        ("Whitehall said", "GBR"),
        ("the Quai d'Orsay said", "FRA"),
        ("the Bundeswehr said", "DEU"),
        ("the Huthis said", "YEM"),
        ("Huthi rebels said", "YEM"),
        ("the Taleban said", "AFG"),
        ("ADF rebels said", "COD"),
        ("the Kurdistan Regional Government said", "IRQ"),
        ("the KRG said", "IRQ"),
        ("the Catalan government said", "ESP"),
        ("Puntland said", "SOM"),
    ] {
        assert_eq!(code(text), [want], "{text}");
    }
}
