//! Engine bugs the session-21 closing notes list (issue #9; session 22), each shown by
//! sentences written for this file and coded by hand before the engine ran on them
//! (`tests/noted_bugs/paragraphs.txt`; the file's header gives the conventions): a
//! conditional future read as a threat against the party helped, released funds with no
//! owner, a coordinated `by` agent, an "along with" aside read as the subject, a warning
//! about another party's acts read as a threat, mutual pullbacks and traded accusations
//! with no recipient, an aid convoy arriving, and a country adjective coordinated with an
//! organisation name; with traps. Session 23 added forces promised to the party they go to,
//! aid convoys with their sender named, coordinated country adjectives before a force noun,
//! abbreviations compounded with a participle, a prepositional recipient on its own verb,
//! and pardons and amnesties that free people held. Session 24 added the session-23 notes'
//! bugs (`tests/noted_bugs/session24.txt`, floors of their own), the CAMEO codes those lines
//! name, a restated arrest (exact event sets, `passages.txt`) and junk sources
//! (`sources.txt`). Session 29 added the bugs issue #9 listed for it
//! (`tests/noted_bugs/session29.txt`, floors of their own), session 30 those listed for it
//! (`tests/noted_bugs/session30.txt`), session 31's bugs31 helper those listed for it
//! (`tests/noted_bugs/session31.txt`), session 32's left32 helper those left after it
//! (`tests/noted_bugs/session32.txt`), session 33's left33 helper those session 32's
//! helpers left (`tests/noted_bugs/session33.txt`).
//!
//! The test prints each line coded wrong and the figures, and asserts floors just under the
//! measured figures (raise them as the engine improves, never lower them to pass).

mod common;

use common::event_sets::score_file;
use common::paragraph_cases::{codes_agree, score_sections, Counted};
use sitrep_core::Pipeline;

#[test]
fn noted_bugs_are_coded_in_general() {
    let file = include_str!("noted_bugs/paragraphs.txt");
    let total = score_sections(file, Counted::NotNegated, &[], 38, 3);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run, before session 22's fixes (the
    // honest estimate): category 12/17 (0.71), dyad 5/17 (0.29), precision 19/22 (0.86),
    // traps coded 0 of 2. After them (traded accusations and disengagement mutual; the owner
    // adjective of released funds; "along with" no subject; a warning about another party's
    // acts no threat): category 12/17 (0.71), dyad 10/17 (0.59), precision 21/23 (0.91).
    // Still wrong: the conditional promise of tanks or troops, read as a threat (the hostile
    // reading of "send tanks" comes from the condition's "offensive"; tried and dropped, see
    // the commit), the warning about another's acts coded as nothing rather than criticism,
    // the recipient after "take action against", "pulled back" by two sides (a withdrawal
    // is not mutual by itself), and the aid convoys (no party delivers them).
    // Session 23 added sections 10-14 (written and coded before the engine ran): first run
    // category 23/35 (0.66), dyad 20/35 (0.57), precision 35/43 (0.81). After its fixes
    // (forces promised to the party they go to are protection offered, 0334, and weapons
    // sent to a party supplied, 0332; an aid convoy's verb of arrival names where the aid
    // was delivered; an abbreviation without periods before "-brokered" names the
    // author): category 31/35 (0.89), dyad 29/35 (0.83), precision 43/45 (0.96). Section 15
    // (pardons and amnesties that free people held: 0841), added after its fix was begun,
    // codes 3/3; before it the brief's traces read them 082 and 056. Whole file: category
    // 34/38 (0.89), dyad 32/38 (0.84), precision 46/48 (0.96). Still wrong: aid convoys with
    // no sender named (no actor, no event: on purpose), and a place whose country the story
    // names only through it ("reached the northern Gaza Strip").
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.83, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.95, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
}

/// Session 24: the bugs the session-23 closing notes list (`tests/noted_bugs/session24.txt`,
/// written and coded before the engine ran on them): a capital inside an office's name, a
/// raid by police or tax officials, a court dissolving a party, an aid package announced,
/// export controls, a rise in defence spending, a warning with no target, a country's
/// possessive before a compound modifier; with traps.
#[test]
fn session_24_noted_bugs_are_coded_in_general() {
    let file = include_str!("noted_bugs/session24.txt");
    let total = score_sections(file, Counted::NotNegated, &[], 24, 2);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run (the engine of main 71ef9ee8, before
    // any fix): category 19/24 (0.79), dyad 15/24 (0.62), precision 19/21 (0.90), traps 0/2.
    // After the session's fixes: category 22/24 (0.92), dyad 20/24 (0.83), precision 22/24
    // (0.92), traps 0/2. Still wrong: "The Kabul office of the United Nations condemned"
    // (the office names no party now, and the U.N. after "of" is not read as its owner),
    // the recipient of "raided the offices of the BBC" (the owner after "of" in the object),
    // "South Korean labour inspectors" (no country for the role), and "a record rise in
    // defence spending" approved (no pattern). Sections 24-26 (the lead's summoned envoy,
    // "general strike" and embassy, written after the bugs were seen, not blind) add 9
    // lines: 31/33 (0.94), dyad 28/33 (0.85), precision 31/33 (0.94); the protesters of "Police
    // in Dhaka said protesters had attacked the Indian embassy" get no country. Sections 27-30
    // (session 25, the lead's, written after the bugs were seen: a portfolio between a country
    // adjective and the role, a raid on a party's premises, civilians meeting rebels, the
    // meeting a planned trip is for; one trap) add 10 lines: 39/41 (0.95), dyad 37/41 (0.90),
    // precision 40/42 (0.95).
    assert!(category >= 0.90, "category found {category:.2} fell");
    assert!(dyad >= 0.80, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.90, "category precision {precision:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
}

/// Session 29: the noted bugs of issue #9 listed for session 29
/// (`tests/noted_bugs/session29.txt`, written and coded before the engine ran on them): a
/// pronoun possessor's supporters, agentless arrests of a country's people, "accusing
/// them" after a list, an accusation judged false, a directive verb coordinated after a
/// reported clause, words the tagger reads as another part of speech, an ordinary crime's
/// arrest and a vetoed draft's author; with traps.
#[test]
fn session_29_noted_bugs_are_coded_in_general() {
    let file = include_str!("noted_bugs/session29.txt");
    let total = score_sections(file, Counted::NotNegated, &[], 26, 1);
    println!("{}", total.with_traps());
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run (main 3e2b45de, before any fix):
    // category 14/26 (0.54), dyad 8/26 (0.31), precision 15/37 (0.41), 2 of the 3 acts
    // judged falsely alleged coded as done. After the session's fixes (a pronoun
    // possessor's supporters, "accusing them" after a list, a directive verb after a
    // perfect reported clause, an accusation judged false, "would consider sanctions", a
    // vetoed draft's author): category 23/26 (0.88), dyad 22/26 (0.85), precision 32/53
    // (0.60; the lines' other events, the sayer's REJECT beside a denial, count against
    // it), no act judged falsely alleged coded as done. Still wrong: the four agentless
    // arrests whose state the text names only by the victims' nationality (no party of
    // the state to be the doer; left to the lead, see the session's report).
    assert!(category >= 0.88, "category found {category:.2} fell");
    assert!(dyad >= 0.84, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.60, "category precision {precision:.2} fell");
    let (found, agree) = codes_agree(file);
    println!("codes agree on {agree} of {found} lines found");
    assert!(agree + 1 >= found, "codes agree on {agree} of {found}");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
    assert!(
        total.denied_done == 0,
        "{} acts judged falsely alleged coded as done",
        total.denied_done
    );
}

/// Session 30: the noted bugs of issue #9 listed for session 30
/// (`tests/noted_bugs/session30.txt`, written and coded before the engine ran on them): a
/// co-mediator after "together with", a name apposed to a possessive title, "the front's"
/// and its kin before a role, "both sides" after a host or mediator, "failed to agree", an
/// economy strangled, demands of an adjective's side, the dateline's government, aid that
/// arrives and an armed group's branch named by a country; with traps.
#[test]
fn session_30_noted_bugs_are_coded_in_general() {
    let (total, found, agree) = scored_with_codes(include_str!("noted_bugs/session30.txt"), 53, 6);
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run (main 69ad8d51, before any fix):
    // category 43/53 (0.81), dyad 28/53 (0.53), precision 60/89 (0.67), traps 0/6, codes
    // agree 7 of 7, a strangled economy coded ASSAULT twice. Already right before any fix:
    // a name apposed to a possessive title (section 39, 5/5) and "failed to agree" (the
    // agreement negated on all five lines). After the session's fixes (the government of a
    // domestic adversary opening the sentence; an armed group's branch named by a country;
    // a people's role owning a demand; aid that arrives; a co-mediator after "together
    // with"; "strangle" an economy; a group's officers in the group's sector; a mediator is
    // no side of "both sides"; an organisation's branch is its owner): category 51/53
    // (0.96), dyad 51/53 (0.96), precision 81/108 (0.75), traps 0/6, codes agree 7 of 7, no
    // figurative assault coded. Still wrong: "The parties signed a ceasefire agreement"
    // (the lexicon reads a signed ceasefire as RETREAT 0871, the golden stories as SUPPORT
    // 057; the pair is right) and "A United Nations ship carrying food and fuel reached the
    // port of Hodeidah" (no pattern reads a ship's cargo as aid).
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(dyad >= 0.94, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.74, "category precision {precision:.2} fell");
    assert_codes_and_readings(&total, found, agree, 0);
}

/// Session 31: the noted bugs of issue #9 listed for session 31's bugs31 helper
/// (`tests/noted_bugs/session31.txt`, written and coded before the engine ran on them):
/// threats told with "could", "would not" or "or face", a continued constructive role, an
/// appeal in a relative clause, civil society under a dateline, bare UN actors, a mandate
/// extended, "marred by", "documented" strikes, sanctions threatened, gas cut, a word
/// opening a longer proper name, interceptions, "was to travel", a caller's offer, a menace,
/// "unacceptable", a court with no country and a resignation to come; with traps.
#[test]
fn session_31_noted_bugs_are_coded_in_general() {
    let (total, found, agree) = scored_with_codes(include_str!("noted_bugs/session31.txt"), 51, 6);
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run (main d9fe6e9c, before any fix):
    // category 22/51 (0.43), dyad 17/51 (0.33), precision 26/65 (0.40), traps 1/6 (the
    // interception coded as an Israeli attack), codes agree 3 of 4, 4 readings that must not
    // be coded coded as done (the three trips "was to travel ... to meet" as meetings, the
    // resignation "until stepping down"). After the session's fixes (civil society of the
    // dateline's country; a threat naming sanctions 1312; gas cut SANCTION; "documented"
    // strikes ACCUSE; a mandate extended AID 074; no attack in an interception; no place
    // "Ben" in "Ben Gurion Airport"; "was to" scheduled; "could face sanctions" a threat;
    // "will pay for its crimes" a menace; a plan called unacceptable REJECT 127; a bare
    // capitalised "Special Envoy" IGO; "would continue to play a constructive role" the
    // intent to mediate): category 40/51 (0.78), dyad 38/51 (0.75), precision 47/66 (0.71),
    // traps 0/6, codes agree 13 of 13, 1 reading coded as done (the resignation). Still
    // wrong: "or face consequences" (parsed as a compound noun), the appeal in a relative
    // clause "that called on both governments", "marred by" (the vote names no party for
    // the wrongdoing reading), "called Y to offer assistance" (no recipient for the
    // purpose clause), a court's conviction coded COERCE 170 not ACCUSE 116, the
    // airport's country, "until stepping down" read as a resignation.
    assert!(category >= 0.76, "category found {category:.2} fell");
    assert!(dyad >= 0.73, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.69, "category precision {precision:.2} fell");
    assert_codes_and_readings(&total, found, agree, 1);
}

/// Session 32: the constructions session 30's and 31's helpers noticed and left, listed in
/// issue #9 for session 32's left32 helper (`tests/noted_bugs/session32.txt`, written and
/// coded before the engine ran on them): noun acts with their parties in from/to/by/against
/// phrases, existential refusals, "open to talks", threat idioms, unprovoked attacks, appeals
/// in relative clauses, calls to offer help, "until stepping down", named ships and
/// "Congolese", resumed broadcasts and postponed elections, and investigators' probes; with
/// traps.
#[test]
fn session_32_noted_bugs_are_coded_in_general() {
    let (total, found, agree) = scored_with_codes(include_str!("noted_bugs/session32.txt"), 49, 13);
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run (main 85ab72a3, before any fix):
    // category 28/49 (0.57), dyad 27/49 (0.55), precision 28/43 (0.65), traps coded 4 of 13
    // (a resignation "until/before stepping down" twice, resumed broadcasts CONCEDE, a
    // postponed election REJECT), codes agree 5 of 5, 7 readings that must not be coded
    // coded as done. After the session's fixes (a gerund after until/before under a
    // future or intent; "there will be no talks" the sayer's refusal; "open to / ready for
    // talks" an intent; "or face the consequences" a menace; "legitimate targets" a threat
    // of force; the purpose of a call told to the party called; a state's "vessels" its
    // forces; a loan "from X to Y"; resumed
    // broadcasts and postponed elections no longer coded): category 43/49 (0.88), dyad
    // 42/49 (0.86), precision 43/53 (0.81), traps 0/13, no reading coded as done. Still
    // wrong: "the transfer of 40 armoured vehicles from Germany to Ukraine" (the noun read
    // as a verb), "an unprovoked attack on its soldiers" ("its" read as the accused's),
    // "Congolese police in Brazzaville" (COD: the adjective is the DRC's in the
    // dictionary), "resumed fuel deliveries to Gaza" (Gaza only a place), and three probes
    // "investigating whether X was behind" a party of no code (no recipient, left uncoded,
    // which the golden conventions allow).
    assert!(category >= 0.86, "category found {category:.2} fell");
    assert!(dyad >= 0.84, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.79, "category precision {precision:.2} fell");
    assert_codes_and_readings(&total, found, agree, 0);
}

/// Session 33: the constructions session 32's helpers noticed and left, listed in issue #9
/// for session 33's left33 helper (`tests/noted_bugs/session33.txt`, written and coded before
/// the engine ran on them): noun acts owned by a party, a transfer noun, "said it was in
/// contact", an after-phrase behind a time phrase, a report as the speaker, co-mediators and
/// sidelines, rejecting the criticism, bearing the consequences, denials of one's own act and
/// each other's diplomats under a dateline; with traps.
#[test]
fn session_33_noted_bugs_are_coded_in_general() {
    let (total, found, agree) = scored_with_codes(include_str!("noted_bugs/session33.txt"), 37, 10);
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run (main 9e4dbf65, before any fix):
    // category 25/37 (0.68), dyad 20/37 (0.54), precision 28/44 (0.64), traps coded 3 of 10
    // (the company's call for investors, two denials of one's own act read as REJECT), codes
    // agree 6 of 6, 2 readings that must not be coded coded as done. Already right before
    // any fix: "X's call for Y to", a report or its author as the speaker, the co-mediator
    // after "together with" between commas (but for the warring generals' country), the
    // meetings on the sidelines of a summit. After the session's fixes ("said it was in
    // contact with" resolves "it"; an after-phrase behind an opening time phrase; "denied
    // that its ..." no REJECT; `!must` menaces and charges; each other's diplomats under a
    // dateline; the recall noun's recipient; "rejected the criticism the same day";
    // "Sudan's warring generals"; transfer and import-ban nouns; a claim noun's owner):
    // category 36/37 (0.97), dyad 35/37 (0.95), precision 44/54 (0.81), traps coded 1 of 10,
    // codes agree 8 of 8, no reading coded as done. Still wrong: "Officials confirmed the
    // transfer of two air-defence batteries from Germany to Poland" (the confirming
    // officials, a party of no code, are the governing verb's actor, so the `from` giver is
    // not read), the trap "The company's call for investors to buy its new bonds" (an
    // appeal between two businesses of no country is coded with no codes), and "China's
    // ban on wine imports from Australia was lifted" read as the lifting (RETREAT 085, a
    // defensible reading) with no recipient. Section 80 (two lines written after tracing
    // "brokered the truce together with Qatar and the United States", which coded Egypt
    // acting on both co-mediators; not blind) codes 2/2 after a party coordinated after a
    // co-mediator was read as one too: whole file category 38/39 (0.97), dyad 37/39 (0.95),
    // precision 53/63 (0.84).
    assert!(category >= 0.94, "category found {category:.2} fell");
    assert!(dyad >= 0.92, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.79, "category precision {precision:.2} fell");
    assert!(agree + 1 >= found, "codes agree on {agree} of {found}");
    // The company's appeal to investors (above) is the one trap coded.
    assert!(
        total.none_coded <= 1,
        "{} NONE lines coded",
        total.none_coded
    );
    assert!(
        total.denied_done == 0,
        "{} readings that must not be coded coded as done",
        total.denied_done
    );
}

/// Session 24: the lines that name a CAMEO code are coded with it where their category is
/// found (an export control is an embargo, 163, not the administrative restriction of 172;
/// a court dissolving a party bans it, 1722; an aid package announced is an intent, 033x;
/// a raid by police or tax officials is coercion, 170).
#[test]
fn noted_bugs_take_their_codes() {
    let file = include_str!("noted_bugs/session24.txt");
    let (found, agree) = codes_agree(file);
    println!("codes agree on {agree} of {found} lines found");
    // Measured: 14 of 14 (before the session's fixes the export restriction was 172 and
    // the economic aid package 0331 beside an AID 071); 19 of 19 with sections 24-25.
    assert!(agree + 1 >= found, "codes agree on {agree} of {found}");
}

/// Session 24: an arrest told again by the same state's service named another way, of the
/// same person, is one event (`tests/noted_bugs/passages.txt`, exact event sets).
#[test]
fn a_restated_arrest_is_coded_once() {
    let file = include_str!("noted_bugs/passages.txt");
    let (total, _) = score_file(&Pipeline::new(), file);
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.99, "precision {precision:.2} fell");
    assert!(recall >= 0.99, "recall {recall:.2} fell");
}

/// Session 24: a source is a party, person, organisation or medium: never a quantifier
/// ("that much remains"), what was said (", says a reset in ties is possible") or the tail
/// of a place's name ("Addis Ababa said": "Ababa"). `tests/noted_bugs/sources.txt`; the
/// nearest source of each event is checked.
#[test]
fn sources_are_parties_people_or_media() {
    let file = include_str!("noted_bugs/sources.txt");
    let (mut lines, mut right) = (0, 0);
    for line in file
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (want, text) = line.split_once('|').expect("SOURCE|sentence");
        let record = common::run(text);
        // The nearest source of each event (the first; a person's apposition, "Lim
        // Kwang-il, a South Korean military official", may follow as a second).
        let got: Vec<&str> = record
            .events
            .iter()
            .filter_map(|e| e.sources.first().map(|s| s.text.as_str()))
            .collect();
        let ok = if want == "-" {
            got.is_empty()
        } else {
            got.iter().all(|s| s.contains(want))
        };
        lines += 1;
        if ok {
            right += 1;
        } else {
            println!("wrong sources {got:?}, expected {want}: {text}");
        }
    }
    println!("sources right on {right} of {lines} lines");
    assert!(right == lines, "sources right on {right} of {lines}");
}

/// Scores a sectioned file of noted bugs (events, traps, the codes of the lines found and
/// the readings coded as done) and prints its figures.
fn scored_with_codes(
    file: &str,
    min_events: usize,
    min_none: usize,
) -> (common::paragraph_cases::Figures, usize, usize) {
    let total = score_sections(file, Counted::NotNegated, &[], min_events, min_none);
    println!("{}", total.with_traps());
    let (found, agree) = codes_agree(file);
    println!("codes agree on {agree} of {found} lines found");
    println!(
        "readings that must not be coded, coded as done: {}",
        total.denied_done
    );
    (total, found, agree)
}

/// The floors every noted-bugs file shares: the codes of the lines found agree but for one,
/// no NONE line is coded, and at most `max_done` readings that must not be coded are.
fn assert_codes_and_readings(
    total: &common::paragraph_cases::Figures,
    found: usize,
    agree: usize,
    max_done: usize,
) {
    assert!(agree + 1 >= found, "codes agree on {agree} of {found}");
    assert!(
        total.none_coded == 0,
        "{} NONE lines coded",
        total.none_coded
    );
    assert!(
        total.denied_done <= max_done,
        "{} readings that must not be coded coded as done",
        total.denied_done
    );
}

/// Session 33's selfside33 helper (`tests/noted_bugs/selfside33.txt`, written and coded
/// before the engine ran on them): a party the sayer names for its own side (its state, its
/// capital, "the government", "the country", "our country") with "could", "may" or "might"
/// announces the sayer's act (a threat or an intent), as "said it could" does; another
/// party's speculation stays hypothetical.
#[test]
fn selfside33_own_side_named_is_the_sayer() {
    let (total, found, agree) = scored_with_codes(include_str!("noted_bugs/selfside33.txt"), 37, 0);
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    // Floors just under the measured figures. First run (branch h/selfside33 at 032b317e,
    // before any fix): category 3/37 (0.08), dyad 3/37 (0.08), precision 4/8 (0.50), no
    // look-alike coded THREATEN. After the `*own` cues of frames.txt (the speaker's own
    // side named: state, capital, "the government", "the country"), an expulsion said to be
    // possible read as a threat, and "the government" of no code standing for the speaker:
    // category 20/37 (0.54), dyad 19/37 (0.51), precision 21/21, codes agree 5 of 5, no
    // look-alike coded THREATEN. The nine look-alikes count as misses by design: their
    // speculation is a hypothetical act the record leaves out. Still wrong: acts with no
    // pattern ("block Sweden's bid", "close the last border crossing", "take China to the
    // WTO", "close its airspace to"), "our country" (no mention), cooperative acts said
    // possible (hypothetical intents are left out of the record, `assemble.rs`).
    assert!(category >= 0.52, "category found {category:.2} fell");
    assert!(dyad >= 0.49, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.95, "category precision {precision:.2} fell");
    assert!(agree + 1 >= found, "codes agree on {agree} of {found}");
    assert!(
        total.denied_done == 0,
        "{} look-alikes coded as a threat",
        total.denied_done
    );
}
