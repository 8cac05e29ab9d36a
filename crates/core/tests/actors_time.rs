//! Actors across time and the world (issue #11): sentences written for the purpose,
//! before the engine ran on them, across decades and regions. Each names the publication
//! date, the text, and the country codes (or IGO/IMG) of the actor and the recipient
//! expected in one coded event. Groups of cases: leaders chosen by the publication date
//! (names and surnames), bare titles ("the Kenyan president"), groups described by place
//! ("residents of Goma"), and names that exist in several countries or times. The test
//! prints each miss and the score per group, and asserts the floor the issue sets (90%).
//!
//! A case is right when some event of its record has that actor code and that recipient
//! code. Codes follow the dictionaries' conventions: a state's leaders carry today's code
//! of the state (the Soviet Union RUS, Zaire COD, Yugoslavia SRB), Hezbollah LBN, Hamas
//! and the PLO PSE, UN, NATO, EU and AU bodies and officials IGO.

use sitrep_core::Pipeline;
use sitrep_record::{InputDocument, Record};

/// group | published | text | actor code | recipient code
const CASES: &str = "\
date|1991-01-16|President Bush met with Prime Minister Shamir in Washington on Tuesday.|USA|ISR
date|2003-03-18|President Bush accused Saddam Hussein of hiding weapons.|USA|IRQ
date|1995-06-10|President Mobutu met with Belgian officials in Gbadolite.|COD|BEL
date|1994-10-26|Prime Minister Rabin met with King Hussein at the border crossing.|ISR|JOR
date|1997-05-12|Netanyahu criticized Arafat over the delays.|ISR|PSE
date|2004-01-10|Sharon accused Arafat of encouraging attacks.|ISR|PSE
date|1988-05-30|Reagan met with Gorbachev in Moscow on Monday.|USA|RUS
date|1986-10-12|Gorbachev criticized Reagan over the talks in Reykjavik.|RUS|USA
date|1999-03-25|Yeltsin condemned NATO over the bombing of Yugoslavia.|RUS|IGO
date|1999-04-05|Milosevic met with Russian envoys in Belgrade.|SRB|RUS
date|2001-09-20|Blair met with Bush at the White House.|GBR|USA
date|1982-04-10|Thatcher condemned Galtieri over the invasion of the Falklands.|GBR|ARG
date|1990-07-30|Saddam Hussein accused Kuwait of stealing Iraqi oil.|IRQ|KWT
date|1995-02-02|Rabin met with Arafat in Cairo.|ISR|PSE
date|2006-07-20|Olmert accused Hezbollah of starting the war.|ISR|LBN
date|2007-01-10|Nasrallah accused Olmert of lying about the war.|LBN|ISR
date|2013-06-01|Assad accused Erdogan of supporting terrorists.|SYR|TUR
date|1998-11-20|Kabila accused Museveni of backing the rebels.|COD|UGA
date|2005-06-10|Kabila met with Kagame in Kigali.|COD|RWA
date|1977-11-20|Sadat met with Begin in Jerusalem.|EGY|ISR
date|1979-11-10|Khomeini condemned Carter over the shah.|IRN|USA
date|2009-06-20|Ahmadinejad accused Britain of meddling in the election.|IRN|GBR
date|2012-03-26|Medvedev met with Obama in Seoul.|RUS|USA
date|2010-04-08|Obama praised Medvedev for the new treaty.|USA|RUS
date|2000-06-13|Kim Dae-jung met with Kim Jong Il in Pyongyang.|KOR|PRK
date|1994-06-16|Carter met with Kim Il Sung in Pyongyang.|USA|PRK
date|2018-04-27|Moon Jae-in met with Kim Jong Un at Panmunjom.|KOR|PRK
date|2017-11-08|Trump met with Xi Jinping in Beijing.|USA|CHN
date|1972-02-21|Nixon met with Mao in Beijing.|USA|CHN
date|1979-01-29|Deng Xiaoping met with Carter at the White House.|CHN|USA
date|1997-10-29|Jiang Zemin met with Clinton in Washington.|CHN|USA
date|2006-04-20|Hu Jintao met with Bush at the White House.|CHN|USA
date|1999-05-12|Zhu Rongji criticized NATO over the embassy bombing.|CHN|IGO
date|1998-05-28|Nawaz Sharif accused Vajpayee of threatening Pakistan.|PAK|IND
date|1999-07-05|Clinton urged Sharif to withdraw troops from Kargil.|USA|PAK
date|2001-12-20|Musharraf accused Vajpayee of warmongering.|PAK|IND
date|1995-02-05|Benazir Bhutto criticized India over Kashmir.|PAK|IND
date|2002-01-15|Karzai met with Musharraf in Islamabad.|AFG|PAK
date|2010-11-20|Karzai criticized NATO over the night raids.|AFG|IGO
date|1989-02-15|Najibullah accused Pakistan of arming the mujahideen.|AFG|PAK
date|2008-02-20|Kibaki met with Kofi Annan in Nairobi.|KEN|IGO
date|1999-10-22|Moi met with Albright in Nairobi.|KEN|USA
date|1985-07-20|Nyerere condemned South Africa over apartheid.|TZA|ZAF
date|1990-02-27|Mandela met with Kaunda in Lusaka.|ZAF|ZMB
date|1996-11-20|Mandela criticized Mobutu over the crisis in eastern Zaire.|ZAF|COD
date|2000-04-20|Mugabe accused Britain of backing the white farmers.|ZWE|GBR
date|2008-07-01|Mbeki met with Mugabe in Harare.|ZAF|ZWE
date|1999-12-01|Obasanjo met with Clinton at the White House.|NGA|USA
date|2011-03-20|Gaddafi condemned France over the air strikes.|LBY|FRA
date|2004-03-25|Gaddafi met with Blair in Tripoli.|LBY|GBR
date|2008-04-28|Ben Ali met with Sarkozy in Tunis.|TUN|FRA
date|2009-06-04|Obama met with Mubarak in Cairo.|USA|EGY
date|2012-11-21|Morsi condemned Israel over the Gaza strikes.|EGY|ISR
date|1990-08-05|Mubarak criticized Saddam over the invasion of Kuwait.|EGY|IRQ
date|2007-08-06|Abbas met with Olmert in Jericho.|PSE|ISR
date|2006-04-10|Haniyeh criticized the European Union over the aid cut.|PSE|IGO
date|2013-09-28|Rouhani praised Obama for the phone call.|IRN|USA
date|2001-03-12|Khatami met with Putin in Moscow.|IRN|RUS
date|1997-02-20|Primakov met with Albright in Moscow.|RUS|USA
date|2003-02-14|Colin Powell criticized France over its stance on Iraq.|USA|FRA
date|2014-03-01|Kerry accused Russia of aggression in Crimea.|USA|RUS
date|2016-02-12|Lavrov met with Kerry in Munich.|RUS|USA
date|2019-05-14|Pompeo met with Lavrov in Sochi.|USA|RUS
date|2021-07-15|Biden met with Merkel at the White House.|USA|DEU
date|2008-08-12|Sarkozy met with Medvedev in Moscow.|FRA|RUS
date|2008-08-10|Saakashvili accused Russia of invading Georgia.|GEO|RUS
date|2004-12-10|Yushchenko accused Moscow of meddling in the election.|UKR|RUS
date|2013-11-25|Yanukovych met with Putin in Sochi.|UKR|RUS
date|2014-06-20|Poroshenko accused Russia of arming the separatists.|UKR|RUS
date|1993-10-05|Clinton praised Yeltsin for his handling of the crisis.|USA|RUS
date|2002-05-26|Chirac met with Bush in Paris.|FRA|USA
date|1990-11-10|Kohl met with Gorbachev in Bonn.|DEU|RUS
date|2000-06-27|Schröder met with Chirac in Berlin.|DEU|FRA
date|1985-11-19|Reagan met with Gorbachev in Geneva.|USA|RUS
date|1962-10-25|Kennedy accused Khrushchev of lying about the missiles.|USA|RUS
date|1956-11-01|Eisenhower criticized Eden over the Suez operation.|USA|GBR
date|1967-06-10|Nasser accused Washington of helping Israel.|EGY|USA
date|1973-11-01|Golda Meir met with Nixon at the White House.|ISR|USA
date|1989-05-16|Deng Xiaoping met with Gorbachev in Beijing.|CHN|RUS
date|1975-08-01|Brezhnev met with Ford in Helsinki.|RUS|USA
date|1994-07-25|Rabin met with King Hussein at the White House.|ISR|JOR
date|2005-08-20|Abbas praised Sharon for the Gaza withdrawal.|PSE|ISR
date|1991-03-01|Bush praised Ozal for his support during the war.|USA|TUR
date|2016-07-20|Erdogan accused Washington of harboring Gulen.|TUR|USA
date|2011-05-10|Zardari criticized Washington over the raid.|PAK|USA
date|2011-06-01|Gilani criticized the United States over the drone strikes.|PAK|USA
date|2015-10-20|Netanyahu accused Abbas of incitement.|ISR|PSE
date|2017-12-10|Abbas condemned Trump over the Jerusalem decision.|PSE|USA
date|2019-09-20|Imran Khan accused India of oppression in Kashmir.|PAK|IND
date|2021-08-20|Biden criticized Ghani over the collapse of the army.|USA|AFG
date|2020-01-05|Trump accused Soleimani of plotting attacks.|USA|IRN
date|2010-10-18|Maliki met with Ahmadinejad in Tehran.|IRQ|IRN
date|2016-10-05|Abadi criticized Turkey over its troops near Mosul.|IRQ|TUR
date|2012-10-20|Mikati met with Hollande in Paris.|LBN|FRA
date|2017-11-18|Macron met with Hariri in Paris.|FRA|LBN
date|1998-10-25|Clinton praised King Hussein for his courage.|USA|JOR
date|2010-09-01|Mahmoud Abbas met with Netanyahu at the White House.|PSE|ISR
date|1993-09-13|Arafat met with Clinton at the White House.|PSE|USA
date|1984-05-20|Indira Gandhi accused Pakistan of aiding Sikh militants.|IND|PAK
date|2008-12-01|Manmohan Singh accused Pakistan of harboring the attackers.|IND|PAK
date|2014-05-27|Modi met with Nawaz Sharif in New Delhi.|IND|PAK
date|2002-09-17|Junichiro Koizumi met with Kim Jong Il in Pyongyang.|JPN|PRK
date|2013-12-26|China criticized Abe over the shrine visit.|CHN|JPN
date|2016-09-06|Duterte criticized Obama over the drug war remarks.|PHL|USA
date|1986-02-20|Reagan urged Ferdinand Marcos to step down.|USA|PHL
date|1998-05-20|Clinton urged Suharto to step down.|USA|IDN
date|2019-10-01|Mahathir criticized India over Kashmir.|MYS|IND
date|2003-02-01|Thaksin accused Cambodia of failing to protect the embassy.|THA|KHM
date|2011-02-08|Hun Sen accused Thailand of aggression at the border.|KHM|THA
date|2012-11-20|Kabila accused Rwanda of backing the M23 rebels.|COD|RWA
date|2010-03-01|Zuma met with Museveni in Kampala.|ZAF|UGA
date|1979-03-01|Idi Amin accused Tanzania of invading Uganda.|UGA|TZA
date|2003-07-01|Bush urged Charles Taylor to step down.|USA|LBR
date|2004-08-20|Bashir criticized the United Nations over Darfur.|SDN|IGO
date|2007-05-10|Ban Ki-moon urged Bashir to allow peacekeepers into Darfur.|IGO|SDN
date|2014-11-12|Stoltenberg accused Russia of sending troops into Ukraine.|IGO|RUS
date|2004-09-16|Kofi Annan criticized Washington over the war.|IGO|USA
date|1995-07-15|Boutros-Ghali condemned Karadzic over the attack on Srebrenica.|IGO|BIH
date|2008-06-14|Javier Solana urged Iran to resume talks.|IGO|IRN
date|1998-07-01|Aliyev met with Yeltsin in Moscow.|AZE|RUS
date|2020-11-10|Aliyev accused Armenia of attacking civilians.|AZE|ARM
date|1975-03-01|Kenyatta met with Nyerere in Arusha.|KEN|TZA
date|2018-03-09|Kenyatta met with Tillerson in Nairobi.|KEN|USA
date|1986-11-27|Rajiv Gandhi met with Gorbachev in New Delhi.|IND|RUS
date|1998-07-16|Assad met with Chirac in Paris.|SYR|FRA
date|1982-09-20|Kim Il Sung met with Deng Xiaoping in Beijing.|PRK|CHN
date|2000-10-30|Fidel Castro met with Chavez in Havana.|CUB|VEN
date|2006-09-20|Chavez accused Bush of imperialism.|VEN|USA
date|2005-05-10|Lula met with Chavez in Caracas.|BRA|VEN
date|1974-05-10|Juan Peron criticized the United States over its trade policy.|ARG|USA
date|1998-10-20|Pinochet accused Spain of meddling in Chilean affairs.|CHL|ESP
date|1995-02-10|Fujimori accused Ecuador of attacking Peruvian posts.|PER|ECU
date|2008-03-05|Uribe accused Chavez of backing the FARC.|COL|VEN
date|2008-03-05|Correa condemned Colombia over the raid.|ECU|COL
date|2008-09-12|Evo Morales accused the U.S. ambassador of backing the opposition.|BOL|USA
date|1989-12-21|Bush accused Noriega of drug trafficking.|USA|PAN
date|1985-05-05|Reagan accused Daniel Ortega of exporting revolution.|USA|NIC
title|1998-03-01|The Iraqi president accused the United States of aggression.|IRQ|USA
title|2002-09-12|Iraq's foreign minister accused Washington of lying.|IRQ|USA
title|2021-05-10|The Kenyan president met with the Ugandan president in Nairobi.|KEN|UGA
title|1996-10-10|Egypt's foreign minister criticized Israel over the settlements.|EGY|ISR
title|2011-02-10|The Egyptian president met with the U.S. envoy in Cairo.|EGY|USA
title|1995-12-10|The Israeli prime minister met with the Jordanian king in Aqaba.|ISR|JOR
title|2005-05-20|The French president criticized Britain over the budget.|FRA|GBR
title|2010-07-10|The Russian president met with the Ukrainian president in Kyiv.|RUS|UKR
title|2003-01-20|Pakistan's president criticized India over Kashmir.|PAK|IND
title|1990-06-01|The Soviet leader met with the American president in Washington.|RUS|USA
title|2012-08-10|The Syrian president accused Turkey of arming rebels.|SYR|TUR
title|2016-03-10|The Chinese foreign minister criticized Japan over the islands.|CHN|JPN
title|1999-09-20|The Indonesian president met with the Australian prime minister in Jakarta.|IDN|AUS
title|2014-02-10|The Venezuelan president accused Colombia of harboring plotters.|VEN|COL
title|2007-10-10|Nigeria's president met with the Ghanaian president in Accra.|NGA|GHA
title|2018-06-12|The North Korean leader met with the U.S. president in Singapore.|PRK|USA
title|2009-03-10|Sudan's president accused the International Criminal Court of bias.|SDN|IGO
title|1996-10-20|The Ugandan president criticized Zaire over the refugee camps.|UGA|COD
title|2022-03-01|Ukraine's foreign minister accused Russia of war crimes.|UKR|RUS
title|2023-10-20|Jordan's king criticized Israel over the Gaza strikes.|JOR|ISR
place|2005-04-26|Opposition groups in Togo accused France of backing the president.|TGO|FRA
place|2012-11-21|Residents of Goma accused Rwanda of backing the rebels.|COD|RWA
place|2012-11-22|Residents of Goma criticized the United Nations over the fall of the city.|COD|IGO
place|2019-03-10|Protesters in Algiers criticized France over its support for Bouteflika.|DZA|FRA
place|2011-03-05|Rebels in Benghazi urged France to provide weapons.|LBY|FRA
place|2014-08-10|Tribal leaders in Anbar accused Iran of backing the militias.|IRQ|IRN
place|2018-07-10|Lawmakers in Kenya criticized China over the railway loans.|KEN|CHN
place|2021-01-10|Villagers in Mali accused France of killing civilians in an air strike.|MLI|FRA
place|2016-08-10|Opposition parties in Zimbabwe criticized South Africa over its silence.|ZWE|ZAF
place|2009-07-10|Elders in Kandahar accused Pakistan of sheltering the Taliban.|AFG|PAK
place|2023-06-20|Civilians in Darfur urged the United Nations to send peacekeepers.|SDN|IGO
place|2024-02-10|Local officials in Rafah accused Israel of shelling shelters.|PSE|ISR
place|2016-10-10|Rebels in eastern Aleppo accused Russia of bombing hospitals.|SYR|RUS
place|2022-04-05|Residents of Bucha accused Russian troops of killing civilians.|UKR|RUS
place|2021-11-10|Fighters in Tigray accused Eritrean troops of looting.|ETH|ERI
place|2013-01-15|Militants in northern Mali attacked French troops.|MLI|FRA
place|2020-06-10|Police in Lagos arrested two Chinese nationals.|NGA|CHN
place|2019-11-20|Protesters in Baghdad accused Iran of meddling.|IRQ|IRN
place|2015-04-10|Students in Caracas accused Cuba of propping up the government.|VEN|CUB
place|2017-09-10|Activists in Hong Kong urged Britain to defend their rights.|HKG|GBR
name|2002-04-22|The National Front criticized Germany over the euro, French officials said.|FRA|DEU
name|2013-05-06|In Malaysia, the National Front accused Singapore of interference.|MYS|SGP
name|2011-11-21|Spain's People's Party criticized Britain over Gibraltar.|ESP|GBR
name|2008-02-20|The Pakistan People's Party accused the United States of interference.|PAK|USA
name|2012-12-20|The Liberal Democratic Party criticized China over the islands, Japanese media said.|JPN|CHN
name|2020-11-05|The Democratic Party accused Russia of interfering in the U.S. election.|USA|RUS
name|1994-07-04|The Rwandan Patriotic Front accused France of protecting the killers.|RWA|FRA
name|2009-01-10|President Bush criticized Hamas over the rocket attacks.|USA|PSE
name|1992-06-10|President Bush criticized Serbia over the siege of Sarajevo.|USA|SRB
name|2015-06-10|Prime Minister Abe criticized China over the reclamation work.|JPN|CHN
name|2007-01-15|Prime Minister Abe met with Merkel in Berlin.|JPN|DEU
name|1968-05-10|Prime Minister Trudeau criticized the United States over Vietnam.|CAN|USA
name|2017-02-10|Prime Minister Trudeau met with Trump at the White House.|CAN|USA
name|2015-09-28|Putin met with Obama at the United Nations.|RUS|USA
name|2009-03-10|Putin accused Ukraine of stealing gas.|RUS|UKR
name|2018-12-10|Sharif criticized India over Kashmir.|PAK|IND
";

fn run(pipeline: &Pipeline, published: &str, text: &str) -> Record {
    pipeline.process(&InputDocument {
        id: "case".into(),
        text: text.into(),
        published: Some(published.into()),
        ..InputDocument::default()
    })
}

fn code(p: &Option<sitrep_record::Party>) -> &str {
    p.as_ref().and_then(|p| p.code.as_deref()).unwrap_or("-")
}

#[test]
fn actors_across_time_and_the_world() {
    let pipeline = Pipeline::new();
    let mut by_group: Vec<(&str, usize, usize)> = Vec::new();
    let mut misses = Vec::new();
    let mut total = 0;
    let mut right = 0;
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('|').collect();
        assert_eq!(f.len(), 5, "malformed case: {line}");
        let (group, published, text, actor, recipient) = (f[0], f[1], f[2], f[3], f[4]);
        let record = run(&pipeline, published, text);
        let ok = record
            .events
            .iter()
            .any(|e| code(&e.actor) == actor && code(&e.recipient) == recipient);
        total += 1;
        right += ok as usize;
        match by_group.iter_mut().find(|g| g.0 == group) {
            Some(g) => {
                g.1 += ok as usize;
                g.2 += 1;
            }
            None => by_group.push((group, ok as usize, 1)),
        }
        if !ok {
            let got: Vec<String> = record
                .events
                .iter()
                .map(|e| format!("{} {}->{}", e.event, code(&e.actor), code(&e.recipient)))
                .collect();
            misses.push(format!(
                "[{group}] {published} {text}\n    want {actor}->{recipient}, got {got:?}"
            ));
        }
    }
    for m in &misses {
        println!("miss: {m}");
    }
    for (group, ok, n) in &by_group {
        println!(
            "{group:<6} {ok}/{n} ({:.0}%)",
            100.0 * *ok as f64 / *n as f64
        );
    }
    let share = right as f64 / total as f64;
    println!("total  {right}/{total} ({:.1}%)", 100.0 * share);
    assert!(
        total >= 150,
        "the issue asks for at least 150 cases ({total})"
    );
    assert!(
        share >= 0.90,
        "{right}/{total} right: below the 90% the issue sets"
    );
}

/// The share of events on the VOA corpus whose actor has no country code (the issue's
/// measure of actors lost for want of a country). Prints the figures; skips when the
/// corpus is absent.
#[test]
fn voa_events_without_actor_country() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/voa/voa_stories.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("notice: {} not found; skipping", path.display());
        return;
    };
    let pipeline = Pipeline::new();
    let (mut events, mut no_actor_code, mut recipients, mut no_recipient_code) = (0, 0, 0, 0);
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("VOA line is JSON");
        let record = pipeline.process(&InputDocument {
            id: v["id"].as_str().unwrap_or("").to_string(),
            text: v["text"].as_str().unwrap_or("").to_string(),
            title: v["title"].as_str().map(str::to_string),
            published: v["published"].as_str().map(str::to_string),
            ..InputDocument::default()
        });
        for e in &record.events {
            events += 1;
            no_actor_code += (code(&e.actor) == "-") as usize;
            if e.recipient.is_some() {
                recipients += 1;
                no_recipient_code += (code(&e.recipient) == "-") as usize;
            }
        }
    }
    println!(
        "VOA: {events} events, {no_actor_code} ({:.1}%) with an actor without a country code; {recipients} recipients, {no_recipient_code} ({:.1}%) without",
        100.0 * no_actor_code as f64 / events.max(1) as f64,
        100.0 * no_recipient_code as f64 / recipients.max(1) as f64
    );
    assert!(events > 0);
    // 10.8% before office holders by date and groups by place (issue #11), 9.6% after,
    // 3.7% after the roles work (issue #9: unknown people take a clearly dominant story
    // country): a ceiling just above the measured figure.
    assert!(
        no_actor_code as f64 / events as f64 <= 0.040,
        "more VOA events without an actor country than measured"
    );
}
