//! Frames and recipients (issue #9, parts 1 and 3): what governs an act decides its code,
//! and the party asked to act is the recipient. Sentences written for the purpose in the
//! style of wire copy.

mod common;

use common::{code, find, run, show};
use sitrep_record::{Event, Modality};

#[test]
fn intent_to_meet_is_not_a_meeting() {
    let r = run("Russia offered to hold talks with Ukraine on Monday.");
    let e = find(&r, "AGREE", "RUS", Some("UKR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "036", "{}", show(&r));
    assert!(e.rule.contains("frame commit"), "{}", e.rule);
    assert!(
        r.events.iter().all(|e| e.event != "CONSULT"),
        "the talks have not happened: {}",
        show(&r)
    );
    let r = run("Japan's foreign minister will visit Vietnam next week.");
    let e = find(&r, "AGREE", "JPN", Some("VNM")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "036");
    assert_eq!(e.modality, Modality::Intended);
    assert!(
        r.events.iter().all(|e| e.event != "CONSULT"),
        "{}",
        show(&r)
    );
}

#[test]
fn a_pledged_retreat_is_an_intent_to_de_escalate() {
    let r = run("Chad said it is ready to pull its troops out of Sudan.");
    assert!(
        r.events.iter().all(|e| e.event != "RETREAT"),
        "no withdrawal has happened: {}",
        show(&r)
    );
}

#[test]
fn threatened_hostile_acts_are_threats() {
    let r = run("Trump threatened to impose sanctions on Turkey.");
    let e = find(&r, "THREATEN", "USA", Some("TUR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1312", "{}", show(&r));
    assert!(
        r.events
            .iter()
            .all(|e| e.event != "SANCTION" && e.event != "COERCE"),
        "{}",
        show(&r)
    );
    // A time adverbial inside the cue.
    let r = run("China threatened on Saturday to impose sanctions on Lithuania.");
    let e = find(&r, "THREATEN", "CHN", Some("LTU")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1312", "{}", show(&r));
    let r = run("China will impose tariffs on Canada.");
    let e = find(&r, "THREATEN", "CHN", Some("CAN")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.modality, Modality::Intended);
}

#[test]
fn appeals_and_demands_go_to_the_party_asked_to_act() {
    let r = run("The United Nations urged Russia to accept a ceasefire.");
    let e = find(&r, "REQUEST", "IGO", Some("RUS")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.cameo.starts_with("02"), "an appeal: {}", show(&r));
    assert!(
        find(&r, "AGREE", "RUS", None).is_none()
            && r.events.iter().all(|e| code(&e.actor) != Some("RUS")),
        "Russia has not accepted anything: {}",
        show(&r)
    );
    let r = run("Poland demanded that Belarus release the detained journalist.");
    let e = find(&r, "REQUEST", "POL", Some("BLR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.cameo.starts_with("10"), "a demand: {}", show(&r));
    assert!(
        r.events.iter().all(|e| e.event != "RETREAT"),
        "{}",
        show(&r)
    );
}

#[test]
fn a_modal_demand_to_refrain_is_no_demand_for_the_act() {
    // "should not lift its sanctions" asks Japan to keep them: not 1054 (demand easing of
    // sanctions), the demand to refrain is a demand not specified (100).
    for text in [
        "Japan should not lift its sanctions on Russia, the U.S. ambassador said on Monday.",
        "The U.S. ambassador said Japan shouldn't lift its sanctions on Russia.",
    ] {
        let r = run(text);
        let e = find(&r, "REQUEST", "USA", Some("JPN")).unwrap_or_else(|| panic!("{}", show(&r)));
        assert_eq!(e.cameo, "100", "{text}: {}", show(&r));
    }
    // Without the negation the mirrored act keeps its code.
    let r = run("Japan should lift its sanctions on Russia, the U.S. ambassador said on Monday.");
    let e = find(&r, "REQUEST", "USA", Some("JPN")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_ne!(e.cameo, "100", "{}", show(&r));
}

#[test]
fn refusals_mirror_what_is_refused() {
    let r = run("Iran refused to release the Canadian citizens held in Tehran.");
    let e = r
        .events
        .iter()
        .find(|e| e.event == "REJECT")
        .unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1243", "{}", show(&r));
    assert_eq!(e.trigger.text, "refused");
    assert!(
        r.events.iter().all(|e| e.event != "RETREAT"),
        "{}",
        show(&r)
    );
}

#[test]
fn announcing_one_will_no_longer_act_refuses_the_act() {
    let r = run("Mali said it would no longer cooperate with France.");
    let e = find(&r, "REJECT", "MLI", Some("FRA")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "121", "{}", show(&r));
    assert!(
        r.events.iter().all(|e| e.event != "COOPERATE"),
        "{}",
        show(&r)
    );
    // Without the modal, "no longer" is a negated state, not a refusal.
    let r = run("Russia no longer cooperates with the court.");
    assert!(r.events.iter().all(|e| e.event != "REJECT"), "{}", show(&r));
}

#[test]
fn failed_and_negated_acts_are_not_done() {
    let r = run("Russia failed to withdraw its troops from Georgia.");
    let e = find(&r, "RETREAT", "RUS", Some("GEO")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.negated, "the withdrawal did not happen: {}", show(&r));
    assert!(e.rule.contains("frame negate"), "{}", e.rule);
}

#[test]
fn reactions_are_coded_by_their_manner_and_target_the_author() {
    let r = run(
        "North Korea responded fiercely to comments made by French President Emmanuel Macron at a forum in Singapore.",
    );
    let e = find(&r, "ACCUSE", "PRK", Some("FRA")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "111");
    assert!(e.rule.contains("frames.txt"), "{}", e.rule);
    let r = run("North Korea responded to comments made by French President Emmanuel Macron.");
    assert!(
        find(&r, "ACCUSE", "PRK", Some("FRA")).is_none(),
        "{}",
        show(&r)
    );
}

#[test]
fn the_previous_sentence_gives_the_pair() {
    let r = run(
        "South Korean President Lee Jae-myung signaled a softer stance toward Pyongyang on Wednesday. \
         In his speech, Lee pledged efforts to reinitiate dialogue and build peace.",
    );
    assert!(
        find(&r, "AGREE", "KOR", Some("PRK")).is_some(),
        "the offer of dialogue goes to the other party of the pair: {}",
        show(&r)
    );
}

#[test]
fn an_investigation_targets_the_party_investigated() {
    let r = run(
        "The United Nations launched an investigation into the killing of protesters by Myanmar's military.",
    );
    let e = find(&r, "ACCUSE", "IGO", Some("MMR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.cameo.starts_with("09"), "{}", show(&r));
}

#[test]
fn an_ongoing_war_is_not_a_new_attack() {
    let r = run(
        "Kim Jong Un pledged support for Russia in its war against Ukraine. \
         Russia launched a war against Ukraine in 2022.",
    );
    let attacks: Vec<&Event> = r.events.iter().filter(|e| e.event == "ASSAULT").collect();
    assert_eq!(
        attacks.len(),
        1,
        "only the launch is an attack: {}",
        show(&r)
    );
    assert!(r.text[attacks[0].sentence.start..].starts_with("Russia launched"));
}

#[test]
fn an_agreed_pullback_is_an_intent_even_with_a_date_inside_the_cue() {
    let r =
        run("Kyrgyzstan and Tajikistan agreed on Wednesday to pull back troops from the border.");
    let e = find(&r, "AGREE", "KGZ", Some("TJK")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "0356", "{}", show(&r));
    assert!(
        r.events.iter().all(|e| e.event != "RETREAT"),
        "{}",
        show(&r)
    );
}

#[test]
fn a_headline_future_is_an_intent() {
    // "X to visit Y" in a headline is "X will visit Y": an intent to meet, not a visit.
    let r = run("Japan's prime minister to visit Vietnam next month");
    let e = find(&r, "AGREE", "JPN", Some("VNM")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "036", "{}", show(&r));
    assert!(
        r.events.iter().all(|e| e.event != "CONSULT"),
        "{}",
        show(&r)
    );
    // A purpose clause after a finite verb is no headline future.
    let r = run("Japan's prime minister flew to Hanoi to meet Vietnam's president.");
    assert!(r.events.iter().all(|e| e.cameo != "036"), "{}", show(&r));
}

/// A reaction to "the decision" / "the move" reacts to the act the story reported before
/// it: its author is the recipient, even paragraphs later; with no earlier act by another
/// party there is no recipient and no event.
#[test]
fn reaction_to_an_act_noun_targets_the_author_of_the_act() {
    let r = run(
        "Japan imposed sanctions on North Korea on Monday. The measures target three \
                 banks and a shipping firm. Officials said more names could follow. South \
                 Korea welcomed the decision.",
    );
    assert!(
        find(&r, "SUPPORT", "KOR", Some("JPN")).is_some(),
        "{}",
        show(&r)
    );
    let alone = run("South Korea welcomed the decision on Tuesday.");
    assert!(
        !alone.events.iter().any(|e| e.event == "SUPPORT"),
        "{}",
        show(&alone)
    );
    // The earlier act is the reacting party's own: no one else to react to.
    let own = run("South Korea imposed sanctions on three banks. South Korea defended the move.");
    assert!(
        !own.events
            .iter()
            .any(|e| e.event == "SUPPORT" && code(&e.recipient) == Some("KOR")),
        "{}",
        show(&own)
    );
}

/// A denial of an accusation is the accused rejecting its accuser (issue #9's convention),
/// when the accusation was coded before it; a bare rejection of a plan keeps no accuser.
#[test]
fn a_denial_rejects_the_accuser() {
    let r = run(
        "The United States accused China of hacking government networks on \
                 Monday. Beijing denies the allegations.",
    );
    assert!(
        find(&r, "REJECT", "CHN", Some("USA")).is_some(),
        "{}",
        show(&r)
    );
    let none = run("Beijing denies the allegations.");
    assert!(
        !none.events.iter().any(|e| code(&e.recipient).is_some()),
        "{}",
        show(&none)
    );
}

/// A noun event's `by` agent is a whole name, title and all: "a visit by German Chancellor
/// Olaf Scholz to China" is Germany visiting China.
#[test]
fn a_noun_event_takes_a_titled_by_agent() {
    let r = run("The deal follows a three-day visit by German Chancellor Olaf Scholz to China.");
    assert!(
        find(&r, "CONSULT", "DEU", Some("CHN")).is_some(),
        "{}",
        show(&r)
    );
}

/// "both countries", "the two sides" stand for the story's pair, each acting on the other;
/// when the sentence's reporter precedes the phrase, the reporter is not one of the sides.
#[test]
fn both_countries_are_the_pair_of_the_story() {
    let r = run(
        "Ties between Morocco and Algeria have been frozen since 2021, when both \
                 countries recalled their ambassadors.",
    );
    assert!(
        find(&r, "SANCTION", "MAR", Some("DZA")).is_some(),
        "{}",
        show(&r)
    );
    assert!(
        find(&r, "SANCTION", "DZA", Some("MAR")).is_some(),
        "{}",
        show(&r)
    );
    let reported = run("The United Nations says both countries recalled their ambassadors.");
    assert!(
        !reported
            .events
            .iter()
            .any(|e| code(&e.actor) == Some("IGO") || code(&e.recipient) == Some("IGO")),
        "{}",
        show(&reported)
    );
}

#[test]
fn an_allegation_accuses_the_doer_of_the_act() {
    // "alleges X violated": the speaker accuses X (1121, breaking the law); the violation
    // itself is still coded, as X's act.
    let r = run("Chile alleges Bangladesh violated the laws of war.");
    let e = find(&r, "ACCUSE", "CHL", Some("BGD")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1121", "{}", show(&r));
    assert!(e.rule.contains("frame accuse"), "{}", e.rule);
    assert!(
        r.events
            .iter()
            .any(|e| e.event == "REJECT" && code(&e.actor) == Some("BGD")),
        "the alleged act stays: {}",
        show(&r)
    );
    // "alleged that X tortured": human rights abuse (1122).
    let r = run("Germany alleged that Russia tortured the detained sailors.");
    let e = find(&r, "ACCUSE", "DEU", Some("RUS")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1122", "{}", show(&r));
}

/// Every alternative of a reported-wrongdoing predicate is inflected ("^support|^back|^arm
/// ..." in frames.txt): "was backing militants" is a wrong as "supports militants" is.
#[test]
fn every_alternative_of_a_wrongdoing_predicate_is_inflected() {
    let r = run("The United States said Iran was backing militants in Iraq.");
    find(&r, "ACCUSE", "USA", Some("IRN")).unwrap_or_else(|| panic!("{}", show(&r)));
    let r = run("Kyiv said Moscow was not respecting the ceasefire.");
    find(&r, "ACCUSE", "UKR", Some("RUS")).unwrap_or_else(|| panic!("{}", show(&r)));
}

#[test]
fn not_ruling_out_a_hostile_act_is_a_threat() {
    let r = run("Lithuania did not rule out imposing new sanctions on Belarus.");
    let e = find(&r, "THREATEN", "LTU", Some("BLR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1312", "{}", show(&r));
    assert!(
        r.events
            .iter()
            .all(|e| e.event != "COERCE" && e.event != "REJECT"),
        "no sanctions were imposed and nothing was refused: {}",
        show(&r)
    );
    let r = run("France raised the possibility of suspending talks with Egypt.");
    let e = find(&r, "THREATEN", "FRA", Some("EGY")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "134", "{}", show(&r));
    assert!(
        r.events.iter().all(|e| e.event != "SANCTION"),
        "the talks were not suspended: {}",
        show(&r)
    );
}

#[test]
fn a_phrase_between_cue_and_to_still_governs_the_act() {
    // "threatened on Saturday to arrest": a threat (132), not arrests.
    let r = run("Myanmar police threatened on Saturday to arrest the demonstrators.");
    assert!(
        r.events
            .iter()
            .any(|e| e.event == "THREATEN" && e.cameo == "132"),
        "{}",
        show(&r)
    );
    assert!(r.events.iter().all(|e| e.event != "COERCE"), "{}", show(&r));
    // Threatening to expel international observers: threat to halt their involvement.
    let r = run("Poland threatened to expel international observers.");
    assert!(
        r.events
            .iter()
            .any(|e| e.event == "THREATEN" && e.cameo == "136" && code(&e.actor) == Some("POL")),
        "{}",
        show(&r)
    );
}

#[test]
fn a_declined_request_rejects_its_author() {
    // "declined a request from Peru for a meeting": Bolivia rejects Peru (125); the request
    // is Peru's act, not an appeal by Bolivia.
    let r = run("Bolivia declined a request from Peru for a meeting on the border.");
    let e = find(&r, "REJECT", "BOL", Some("PER")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "125", "{}", show(&r));
    assert!(
        find(&r, "REQUEST", "BOL", Some("PER")).is_none(),
        "Bolivia asked nothing: {}",
        show(&r)
    );
}

#[test]
fn expressed_willingness_makes_the_act_an_intent() {
    let r = run("Turkey signalled its willingness to send weapons to Ukraine.");
    let e = find(&r, "AGREE", "TUR", Some("UKR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "0332", "{}", show(&r));
    assert!(
        r.events.iter().all(|e| e.event != "AID"),
        "no weapons were sent: {}",
        show(&r)
    );
}

/// An appeal or demand whose act no pattern codes is still an appeal (020) or a demand
/// (100) to the party asked to act (frames.txt `generic=`).
#[test]
fn an_appeal_for_an_uncoded_act_is_a_generic_appeal_to_the_party_asked() {
    let r = run("France asked Iran to clarify its position on the inspections.");
    let e = find(&r, "REQUEST", "FRA", Some("IRN")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "020", "{}", show(&r));
    assert!(e.rule.contains("generic"), "{}", e.rule);
    assert_eq!(e.trigger.text, "asked");
    let r = run("Germany pressed Serbia to explain the delay.");
    let e = find(&r, "REQUEST", "DEU", Some("SRB")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "100", "a demand: {}", show(&r));
    let r = run("Germany did not ask Poland to explain the delay.");
    let e = find(&r, "REQUEST", "DEU", Some("POL")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.negated, "{}", show(&r));
}

#[test]
fn each_party_of_a_coordination_is_asked() {
    let r = run("The European Union asked Serbia and Kosovo to explain the delay.");
    for asked in ["SRB", "XKX"] {
        let e = find(&r, "REQUEST", "IGO", Some(asked)).unwrap_or_else(|| panic!("{}", show(&r)));
        assert_eq!(e.cameo, "020", "{}", show(&r));
    }
}

#[test]
fn said_a_party_must_act_is_a_demand_by_the_speaker() {
    let r = run("Germany said Russia must respond to the proposal.");
    let e = find(&r, "REQUEST", "DEU", Some("RUS")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "100", "{}", show(&r));
    assert!(e.rule.contains("frame demand"), "{}", e.rule);
    // The speaker about itself, a thing, or no reporting verb: no demand.
    for text in [
        "Russia said it must protect its people.",
        "Russia said we must protect our people.",
        "Germany said the talks must continue.",
        "Russia must respond to the proposal.",
    ] {
        let r = run(text);
        assert!(
            r.events.iter().all(|e| e.event != "REQUEST"),
            "{text}: {}",
            show(&r)
        );
    }
}

#[test]
fn an_appeal_with_no_party_asked_is_no_generic_event() {
    for text in [
        "Britain called for calm.",
        "The United Nations urged restraint.",
        "Russia asked to explain the delay.",
        "The minister was forced to explain the delay.",
        "Japan invited Vietnam to explain the delay.",
        "Analysts expect Iran to clarify its position.",
    ] {
        let r = run(text);
        assert!(
            r.events.iter().all(|e| !e.rule.contains("generic")),
            "{text}: {}",
            show(&r)
        );
    }
}

#[test]
fn a_reported_wrongdoing_accuses_its_doer() {
    // "X said Y is defying Z": the United States accuses Iran (112); the defiance is
    // still Iran's act (128), alleged by the United States.
    let r = run(
        "The United States said Iran is flagrantly defying the International Atomic Energy Agency.",
    );
    let e = find(&r, "ACCUSE", "USA", Some("IRN")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("wrongdoing"), "{}", e.rule);
    let act = r
        .events
        .iter()
        .find(|e| e.event == "REJECT" && code(&e.actor) == Some("IRN"))
        .unwrap_or_else(|| panic!("the defiance stays: {}", show(&r)));
    assert_eq!(act.modality, Modality::Alleged, "{}", show(&r));
    // A failure no pattern codes is still a wrong said of a party.
    let r = run("Kenya said Somalia was failing to rein in the militants.");
    assert!(
        find(&r, "ACCUSE", "KEN", Some("SOM")).is_some(),
        "{}",
        show(&r)
    );
    // Rights abuses are 1122; the sayer may follow the clause.
    let r = run("Myanmar's army has committed grave human rights abuses, the United Nations said.");
    let e = find(&r, "ACCUSE", "IGO", Some("MMR")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1122", "{}", show(&r));
    // A quotation may open inside the predicate.
    let r =
        run("Moscow contended that Warsaw is \"one of the most hostile governments in Europe.\"");
    assert!(
        find(&r, "ACCUSE", "RUS", Some("POL")).is_some(),
        "{}",
        show(&r)
    );
    // A passive wrong accuses its author after "by"; a denial after it rejects the sayer.
    let r = run(
        "Kenya said the raid was orchestrated by commanders based in Somalia, a charge Mogadishu rejected.",
    );
    assert!(
        find(&r, "ACCUSE", "KEN", Some("SOM")).is_some(),
        "{}",
        show(&r)
    );
    assert!(
        find(&r, "REJECT", "SOM", Some("KEN")).is_some(),
        "{}",
        show(&r)
    );
    // The speaker of a quotation says it.
    let r = run("\"Russia is the aggressor,\" the Polish foreign ministry said.");
    let e = find(&r, "ACCUSE", "POL", Some("RUS")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert_eq!(e.cameo, "1123", "{}", show(&r));
}

#[test]
fn a_wrong_denied_negated_or_suffered_accuses_nobody() {
    for text in [
        "Kenya said Somalia has not violated the agreement.",
        "Kenya said Somalia would violate the agreement if it sent troops.",
        "Somalia denied that it had violated the agreement.",
        "Somalia denied that it was violating the agreement, Kenya said.",
        "Kenya said its diplomats were persecuted in Somalia.",
        "Somalia is violating the agreement.",
    ] {
        assert_no_event(text, "ACCUSE");
    }
}

#[test]
fn a_wrong_said_of_a_partys_act_accuses_the_doer() {
    // The subject is an act, not a party: its owner, its `by` author or the doer the coder
    // found inside it is accused by the sayer.
    for (text, sayer, accused) in [
        (
            "Ghana said Togo's closure of the border crossing at Aflao was a breach of the regional trade treaty.",
            "GHA",
            "TGO",
        ),
        (
            "Chile's foreign minister said the Bolivian decision to expel its consul was unacceptable.",
            "CHL",
            "BOL",
        ),
        (
            "Georgia said the detention of two Georgian shepherds by Russian border guards was an act of provocation.",
            "GEO",
            "RUS",
        ),
        (
            "Kenya's foreign ministry said the Ugandan army's incursions into Turkana amounted to a violation of its sovereignty.",
            "KEN",
            "UGA",
        ),
    ] {
        let r = run(text);
        let e = find(&r, "ACCUSE", sayer, Some(accused))
            .unwrap_or_else(|| panic!("{text}: {}", show(&r)));
        assert!(e.rule.contains("wrongdoing"), "{text}: {}", e.rule);
    }
    // One's own act, or an act no party owns, accuses nobody.
    for text in [
        "Ghana said its decision to close the border was a breach of nothing.",
        "Ghana said the weather was unacceptable for fishing.",
        "Doctors said the heat was putting unacceptable strain on hospitals in Accra.",
    ] {
        assert_no_event(text, "ACCUSE");
    }
}

#[test]
fn a_criticism_of_an_act_targets_the_author_its_object_names() {
    let r = run(
        "The African Union voiced alarm at the arrest of an opposition leader by Ugandan police.",
    );
    let e = find(&r, "ACCUSE", "IGO", Some("UGA")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("the act criticised"), "{}", e.rule);
}

#[test]
fn an_accusation_of_no_party_is_not_coded() {
    // "blamed" with an object that names no act and no party accuses no one.
    assert_no_event(
        "Farmers in Malawi blamed the floods for the loss of their maize crop.",
        "ACCUSE",
    );
    // A participle standing as an adjective before a name leaves the name the object.
    let r = run("Sudan accused neighbouring Chad of letting weapons cross the border.");
    assert!(
        find(&r, "ACCUSE", "SDN", Some("TCD")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn a_denial_after_its_accusation_rejects_the_accuser() {
    // The accusation is named before the denial, in a relative clause.
    let r = run(
        "Armenia accused Azerbaijan of shelling border villages, a charge Baku quickly rejected.",
    );
    let e = find(&r, "REJECT", "AZE", Some("ARM")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("denial"), "{}", e.rule);
    let r = run(
        "Armenia accused Azerbaijan of shelling border villages, allegations which Baku dismissed as baseless on Monday.",
    );
    assert!(
        find(&r, "REJECT", "AZE", Some("ARM")).is_some(),
        "{}",
        show(&r)
    );
    // A denial with its own object, or not denied, is no such rejection.
    let r = run(
        "Armenia accused Azerbaijan of shelling border villages, a charge Baku did not reject.",
    );
    assert!(
        find(&r, "REJECT", "AZE", Some("ARM")).is_none(),
        "{}",
        show(&r)
    );
}

#[test]
fn a_consequence_in_a_relative_clause_is_no_announced_act() {
    assert_no_event("North Korea is seeking military assistance from Russia, which would violate U.N. sanctions.", "REJECT");
    // A party's own "would" is still its intent or threat.
    let r = run("Russia said it would impose sanctions on Georgia.");
    assert!(
        find(&r, "THREATEN", "RUS", Some("GEO")).is_some(),
        "{}",
        show(&r)
    );
}

#[test]
fn a_verb_coordinated_with_a_framed_verb_shares_its_frame() {
    // A wish governs both conjuncts: neither cooperation has happened.
    assert_no_event("She hopes the United States and Britain can coordinate their efforts and work together to free him.", "COOPERATE");
    // An agreement to do two things is an intent to do each, not talks held.
    assert_no_event(
        "Russia and Ukraine agreed to exchange prisoners and resume talks.",
        "CONSULT",
    );
}

/// Asserts that `text` codes no event of `category`, showing every event it codes if it does.
fn assert_no_event(text: &str, category: &str) {
    let r = run(text);
    assert!(
        !r.events.iter().any(|e| e.event == category),
        "{text}: {}",
        show(&r)
    );
}

#[test]
fn an_owned_act_judged_bad_by_a_speaker_criticises_its_owner() {
    let r = run("Germany said Russia's closure of the consulates was a step backwards.");
    find(&r, "ACCUSE", "DEU", Some("RUS")).unwrap_or_else(|| panic!("{}", show(&r)));
    let r = run("Beijing said Tokyo's release of the water was \"extremely selfish\".");
    find(&r, "ACCUSE", "CHN", Some("JPN")).unwrap_or_else(|| panic!("{}", show(&r)));
    // A thing no party did is judged, not a party.
    let r = run("Forecasters in Manila said the storm was extremely dangerous.");
    assert!(r.events.iter().all(|e| e.event != "ACCUSE"), "{}", show(&r));
}

#[test]
fn a_bare_definite_act_noun_names_the_act_of_the_sentence_before() {
    let r = run(
        "Niger's junta expelled the French ambassador on Friday. Paris said the decision was \"unacceptable\".",
    );
    let e = find(&r, "ACCUSE", "FRA", Some("NER")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("sentence before"), "{}", e.rule);
}

#[test]
fn a_feeling_told_with_an_adjective_after_be_is_the_speakers_disapproval() {
    let r = run("The European Union said it was \"very concerned\" by Georgia's decision to suspend the talks.");
    find(&r, "ACCUSE", "IGO", Some("GEO")).unwrap_or_else(|| panic!("{}", show(&r)));
}

#[test]
fn a_complaint_before_a_forum_targets_the_party_complained_of() {
    let r = run(
        "Ukraine lodged a complaint with the United Nations over Russian strikes on its ports.",
    );
    find(&r, "ACCUSE", "UKR", Some("RUS")).unwrap_or_else(|| panic!("{}", show(&r)));
    // No other party named: the forum stays.
    let r = run("Ukraine lodged a complaint with the United Nations over the deportations.");
    find(&r, "ACCUSE", "UKR", Some("IGO")).unwrap_or_else(|| panic!("{}", show(&r)));
}

#[test]
fn an_accusation_in_a_relative_clause_accuses_its_antecedent() {
    let r = run("Kenya recalled its envoy from Somalia, a neighbour it accuses of meddling in its elections.");
    let e = find(&r, "ACCUSE", "KEN", Some("SOM")).unwrap_or_else(|| panic!("{}", show(&r)));
    assert!(e.rule.contains("relative"), "{}", e.rule);
    // "a man who was accused of": the antecedent is the accused of a passive, not an object.
    let r = run("Kenyan police arrested a Somali man who was accused of smuggling.");
    assert!(
        r.events
            .iter()
            .all(|e| !(e.event == "ACCUSE" && e.rule.contains("relative"))),
        "{}",
        show(&r)
    );
}

#[test]
fn a_group_placed_by_where_it_operates_takes_that_country() {
    let r = run("Pakistan blamed the bombing on militants operating from Afghan soil.");
    find(&r, "ACCUSE", "PAK", Some("AFG")).unwrap_or_else(|| panic!("{}", show(&r)));
    let r = run("Kabul blamed the raid on fighters based in Pakistan.");
    find(&r, "ACCUSE", "AFG", Some("PAK")).unwrap_or_else(|| panic!("{}", show(&r)));
}
