//! The word lists the stages read (`crates/lexicon/data/words.txt`, one list each, each
//! documented there), as process-wide statics: they are language knowledge like the
//! tokeniser's rules, not a user's dictionary, so they are not part of `Knowledge`.

use std::sync::LazyLock;

use sitrep_lexicon::{WordList, WordLists};

fn list(name: &str) -> WordList {
    WordLists::builtin()
        .get(name)
        .cloned()
        .unwrap_or_else(|| panic!("words.txt has no list [{name}]"))
}

/// `[feature-headline-openers]`
pub(crate) static FEATURE_HEADLINE_OPENERS: LazyLock<WordList> =
    LazyLock::new(|| list("feature-headline-openers"));
/// `[narrative-works]`
pub(crate) static NARRATIVE_WORKS: LazyLock<WordList> = LazyLock::new(|| list("narrative-works"));
/// `[private-party-heads]`
pub(crate) static PRIVATE_PARTY_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("private-party-heads"));
/// `[habitual-adverbs]`
pub(crate) static HABITUAL_ADVERBS: LazyLock<WordList> = LazyLock::new(|| list("habitual-adverbs"));
/// `[lasting-conflict-nouns]`
pub(crate) static LASTING_CONFLICT_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("lasting-conflict-nouns"));
/// `[term-participles]`
pub(crate) static TERM_PARTICIPLES: LazyLock<WordList> = LazyLock::new(|| list("term-participles"));
/// `[history-adverbs]`
pub(crate) static HISTORY_ADVERBS: LazyLock<WordList> = LazyLock::new(|| list("history-adverbs"));
/// `[aggregate-spans]`
pub(crate) static AGGREGATE_SPANS: LazyLock<WordList> = LazyLock::new(|| list("aggregate-spans"));

/// `[home-unrest-words]`
pub(crate) static HOME_UNREST_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("home-unrest-words"));

/// `[opposition-protest-words]`
pub(crate) static OPPOSITION_PROTEST_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("opposition-protest-words"));

/// `[unrealised-protest-cues]`
pub(crate) static UNREALISED_PROTEST_CUES: LazyLock<WordList> =
    LazyLock::new(|| list("unrealised-protest-cues"));

/// `[anonymous-crowd-words]`
pub(crate) static ANONYMOUS_CROWD_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("anonymous-crowd-words"));

/// `[back-referring-determiners]`
pub(crate) static BACK_REFERRING_DETERMINERS: LazyLock<WordList> =
    LazyLock::new(|| list("back-referring-determiners"));

/// `[untold-passive-auxiliaries]`
pub(crate) static UNTOLD_PASSIVE_AUXILIARIES: LazyLock<WordList> =
    LazyLock::new(|| list("untold-passive-auxiliaries"));

/// `[announced-passive-modals]`
pub(crate) static ANNOUNCED_PASSIVE_MODALS: LazyLock<WordList> =
    LazyLock::new(|| list("announced-passive-modals"));

/// `[announced-passive-verbs]`
pub(crate) static ANNOUNCED_PASSIVE_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("announced-passive-verbs"));

/// `[possessed-agent-heads]`
pub(crate) static POSSESSED_AGENT_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("possessed-agent-heads"));

/// `[taking-effect-phrases]`
pub(crate) static TAKING_EFFECT_PHRASES: LazyLock<WordList> =
    LazyLock::new(|| list("taking-effect-phrases"));

/// `[occurrence-verbs]`
pub(crate) static OCCURRENCE_VERBS: LazyLock<WordList> = LazyLock::new(|| list("occurrence-verbs"));

/// `[closing-occurrence-verbs]`
pub(crate) static CLOSING_OCCURRENCE_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("closing-occurrence-verbs"));

/// `[halted-occurrence-verbs]`
pub(crate) static HALTED_OCCURRENCE_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("halted-occurrence-verbs"));

/// `[act-course-verbs]`
pub(crate) static ACT_COURSE_VERBS: LazyLock<WordList> = LazyLock::new(|| list("act-course-verbs"));

/// `[truce-concluded-passives]`
pub(crate) static TRUCE_CONCLUDED_PASSIVES: LazyLock<WordList> =
    LazyLock::new(|| list("truce-concluded-passives"));

/// `[truce-words]`
pub(crate) static TRUCE_WORDS: LazyLock<WordList> = LazyLock::new(|| list("truce-words"));

/// `[custody-words]`
pub(crate) static CUSTODY_WORDS: LazyLock<WordList> = LazyLock::new(|| list("custody-words"));

/// `[bare-restriction-nouns]`
pub(crate) static BARE_RESTRICTION_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("bare-restriction-nouns"));

/// `[describing-participles]`
pub(crate) static DESCRIBING_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| list("describing-participles"));
/// `[enforcer-sectors]`
pub(crate) static ENFORCER_SECTORS: LazyLock<WordList> = LazyLock::new(|| list("enforcer-sectors"));
/// `[count-words]`
pub(crate) static COUNT_WORDS: LazyLock<WordList> = LazyLock::new(|| list("count-words"));
/// `[force-sending-verbs]`
pub(crate) static FORCE_SENDING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("force-sending-verbs"));
/// `[reporting-verbs]`
pub(crate) static REPORTING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("reporting-verbs"));
/// `[denied-accusation-nouns]`
pub(crate) static DENIED_ACCUSATION_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("denied-accusation-nouns"));
/// `[legal-action-nouns]`
pub(crate) static LEGAL_ACTION_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("legal-action-nouns"));
/// `[subject-attack-nouns]`
pub(crate) static SUBJECT_ATTACK_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("subject-attack-nouns"));
/// `[un-envoy-titles]`
pub(crate) static UN_ENVOY_TITLES: LazyLock<WordList> = LazyLock::new(|| list("un-envoy-titles"));
/// `[operational-agents]`
pub(crate) static OPERATIONAL_AGENTS: LazyLock<WordList> =
    LazyLock::new(|| list("operational-agents"));
/// `[participle-auxiliaries]`
pub(crate) static PARTICIPLE_AUXILIARIES: LazyLock<WordList> =
    LazyLock::new(|| list("participle-auxiliaries"));
/// `[object-complement-verbs]`
pub(crate) static OBJECT_COMPLEMENT_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("object-complement-verbs"));
/// `[own-time-words]`
pub(crate) static OWN_TIME_WORDS: LazyLock<WordList> = LazyLock::new(|| list("own-time-words"));

/// `[holding-participles]`
pub(crate) static HOLDING_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| list("holding-participles"));

/// `[known-not-done]`
pub(crate) static KNOWN_NOT_DONE: LazyLock<WordList> = LazyLock::new(|| list("known-not-done"));

/// `[abbreviations]`
pub(crate) static ABBREVIATIONS: LazyLock<WordList> = LazyLock::new(|| list("abbreviations"));
/// `[instrument-roles]`
pub(crate) static INSTRUMENT_ROLES: LazyLock<WordList> = LazyLock::new(|| list("instrument-roles"));
/// `[role-adjectives]`
pub(crate) static ROLE_ADJECTIVES: LazyLock<WordList> = LazyLock::new(|| list("role-adjectives"));
/// `[name-particles]`
pub(crate) static NAME_PARTICLES: LazyLock<WordList> = LazyLock::new(|| list("name-particles"));
/// `[not-names]`
pub(crate) static NOT_NAMES: LazyLock<WordList> = LazyLock::new(|| list("not-names"));
/// `[country-descriptions]`
pub(crate) static COUNTRY_DESCRIPTIONS: LazyLock<WordList> =
    LazyLock::new(|| list("country-descriptions"));
/// `[prepositions]`
pub(crate) static PREPOSITIONS: LazyLock<WordList> = LazyLock::new(|| list("prepositions"));
/// `[country-form-heads]`
pub(crate) static COUNTRY_FORM_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("country-form-heads"));
/// `[country-forms]`
pub(crate) static COUNTRY_FORMS: LazyLock<WordList> = LazyLock::new(|| list("country-forms"));
/// `[compass-descriptions]`
pub(crate) static COMPASS_DESCRIPTIONS: LazyLock<WordList> =
    LazyLock::new(|| list("compass-descriptions"));
/// `[organisation-descriptions]`
pub(crate) static ORGANISATION_DESCRIPTIONS: LazyLock<WordList> =
    LazyLock::new(|| list("organisation-descriptions"));
/// `[counterpart-descriptions]`
pub(crate) static COUNTERPART_DESCRIPTIONS: LazyLock<WordList> =
    LazyLock::new(|| list("counterpart-descriptions"));
/// `[modified-country-descriptions]`
pub(crate) static MODIFIED_COUNTRY_DESCRIPTIONS: LazyLock<WordList> =
    LazyLock::new(|| list("modified-country-descriptions"));
/// `[modified-organisation-descriptions]`
pub(crate) static MODIFIED_ORGANISATION_DESCRIPTIONS: LazyLock<WordList> =
    LazyLock::new(|| list("modified-organisation-descriptions"));
/// `[state-body-roles]`
pub(crate) static STATE_BODY_ROLES: LazyLock<WordList> = LazyLock::new(|| list("state-body-roles"));
/// `[foreign-roles]`
pub(crate) static FOREIGN_ROLES: LazyLock<WordList> = LazyLock::new(|| list("foreign-roles"));
/// `[foreign-modifiers]`
pub(crate) static FOREIGN_MODIFIERS: LazyLock<WordList> =
    LazyLock::new(|| list("foreign-modifiers"));
/// `[posted-roles]`
pub(crate) static POSTED_ROLES: LazyLock<WordList> = LazyLock::new(|| list("posted-roles"));
/// `[person-roles]`
pub(crate) static PERSON_ROLES: LazyLock<WordList> = LazyLock::new(|| list("person-roles"));
/// `[pronoun-roles]`
pub(crate) static PRONOUN_ROLES: LazyLock<WordList> = LazyLock::new(|| list("pronoun-roles"));
/// `[settler-nouns]`: (noun, territory code, state code) records.
pub(crate) static SETTLER_NOUNS: LazyLock<Vec<(String, String, String)>> = LazyLock::new(|| {
    list("settler-nouns")
        .entries()
        .filter_map(|entry| {
            let mut words = entry.split_whitespace();
            let noun = words.next()?.to_string();
            let territory = words.next()?.to_ascii_uppercase();
            let state = words.next()?.to_ascii_uppercase();
            Some((noun, territory, state))
        })
        .collect()
});
/// `[currency-nouns]`
pub(crate) static CURRENCY_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("currency-nouns"));
/// `[dateline-namesakes]`
pub(crate) static DATELINE_NAMESAKES: LazyLock<WordList> =
    LazyLock::new(|| list("dateline-namesakes"));
/// `[union-seats]`
pub(crate) static UNION_SEATS: LazyLock<WordList> = LazyLock::new(|| list("union-seats"));
/// `[bloc-member-nouns]`
pub(crate) static BLOC_MEMBER_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("bloc-member-nouns"));
/// `[regional-bloc-adjectives]`
pub(crate) static REGIONAL_BLOC_ADJECTIVES: LazyLock<WordList> =
    LazyLock::new(|| list("regional-bloc-adjectives"));
/// `[speaking-for-roles]`
pub(crate) static SPEAKING_FOR_ROLES: LazyLock<WordList> =
    LazyLock::new(|| list("speaking-for-roles"));
/// `[branch-nouns]`
pub(crate) static BRANCH_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("branch-nouns"));
/// `[city-place-nouns]`
pub(crate) static CITY_PLACE_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("city-place-nouns"));
/// `[act-span-nouns]`
pub(crate) static ACT_SPAN_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("act-span-nouns"));
/// `[multinational-force-roles]`
pub(crate) static MULTINATIONAL_FORCE_ROLES: LazyLock<WordList> =
    LazyLock::new(|| list("multinational-force-roles"));
/// `[office-nouns]`
pub(crate) static OFFICE_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("office-nouns"));
/// `[partitives]`
pub(crate) static PARTITIVES: LazyLock<WordList> = LazyLock::new(|| list("partitives"));
/// `[honorifics]`
pub(crate) static HONORIFICS: LazyLock<WordList> = LazyLock::new(|| list("honorifics"));
/// `[disaster-relief-words]`
pub(crate) static DISASTER_RELIEF_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("disaster-relief-words"));
/// `[joint-act-words]`
pub(crate) static JOINT_ACT_WORDS: LazyLock<WordList> = LazyLock::new(|| list("joint-act-words"));
/// `[collective-state-nouns]`
pub(crate) static COLLECTIVE_STATE_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("collective-state-nouns"));
/// `[world-addressee-words]`
pub(crate) static WORLD_ADDRESSEE_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("world-addressee-words"));
/// `[arrest-verbs]`
pub(crate) static ARREST_VERBS: LazyLock<WordList> = LazyLock::new(|| list("arrest-verbs"));
/// `[force-spending-words]`
pub(crate) static FORCE_SPENDING_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("force-spending-words"));
/// `[weapons-test-words]`
pub(crate) static WEAPONS_TEST_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("weapons-test-words"));
/// `[member-nouns]`
pub(crate) static MEMBER_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("member-nouns"));
/// `[military-unit-name-heads]`
pub(crate) static MILITARY_UNIT_NAME_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("military-unit-name-heads"));
/// `[civil-society-name-heads]`
pub(crate) static CIVIL_SOCIETY_NAME_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("civil-society-name-heads"));
/// `[plural-collectives]`
pub(crate) static PLURAL_COLLECTIVES: LazyLock<WordList> =
    LazyLock::new(|| list("plural-collectives"));
/// `[disposition-adjectives]`
pub(crate) static DISPOSITION_ADJECTIVES: LazyLock<WordList> =
    LazyLock::new(|| list("disposition-adjectives"));
/// `[engaged-state-nouns]`
pub(crate) static ENGAGED_STATE_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("engaged-state-nouns"));
/// `[party-object-verbs]`
pub(crate) static PARTY_OBJECT_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("party-object-verbs"));
/// `[organisation-head-synonyms]`
pub(crate) static ORGANISATION_HEAD_SYNONYMS: LazyLock<WordList> =
    LazyLock::new(|| list("organisation-head-synonyms"));
/// `[organisation-body-heads]`
pub(crate) static ORGANISATION_BODY_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("organisation-body-heads"));
/// `[institution-name-heads]`
pub(crate) static INSTITUTION_NAME_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("institution-name-heads"));
/// `[named-outlet-roles]`
pub(crate) static NAMED_OUTLET_ROLES: LazyLock<WordList> =
    LazyLock::new(|| list("named-outlet-roles"));
/// `[clause-subordinators]`
pub(crate) static CLAUSE_SUBORDINATORS: LazyLock<WordList> =
    LazyLock::new(|| list("clause-subordinators"));
/// `[not-description-modifiers]`
pub(crate) static NOT_DESCRIPTION_MODIFIERS: LazyLock<WordList> =
    LazyLock::new(|| list("not-description-modifiers"));
/// `[party-name-heads]`
pub(crate) static PARTY_NAME_HEADS: LazyLock<WordList> = LazyLock::new(|| list("party-name-heads"));
/// `[entering-motion-verbs]`
pub(crate) static ENTERING_MOTION_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("entering-motion-verbs"));
/// `[party-qualifiers]`
pub(crate) static PARTY_QUALIFIERS: LazyLock<WordList> = LazyLock::new(|| list("party-qualifiers"));
/// `[armed-group-name-heads]`
pub(crate) static ARMED_GROUP_NAME_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("armed-group-name-heads"));
/// `[criminal-group-name-heads]`
pub(crate) static CRIMINAL_GROUP_NAME_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("criminal-group-name-heads"));
/// `[movement-name-heads]`
pub(crate) static MOVEMENT_NAME_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("movement-name-heads"));
/// `[speech-verbs]`
pub(crate) static SPEECH_VERBS: LazyLock<WordList> = LazyLock::new(|| list("speech-verbs"));
/// `[person-pronouns]`
pub(crate) static PERSON_PRONOUNS: LazyLock<WordList> = LazyLock::new(|| list("person-pronouns"));
/// `[head-followers]`
pub(crate) static HEAD_FOLLOWERS: LazyLock<WordList> = LazyLock::new(|| list("head-followers"));
/// `[locative]`
pub(crate) static LOCATIVE: LazyLock<WordList> = LazyLock::new(|| list("locative"));
/// `[spokesperson-roles]`
pub(crate) static SPOKESPERSON_ROLES: LazyLock<WordList> =
    LazyLock::new(|| list("spokesperson-roles"));
/// `[sayer-verbs]`
pub(crate) static SAYER_VERBS: LazyLock<WordList> = LazyLock::new(|| list("sayer-verbs"));
/// `[sayer-setting-words]`
pub(crate) static SAYER_SETTING_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("sayer-setting-words"));
/// `[place-taking-verbs]`
pub(crate) static PLACE_TAKING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("place-taking-verbs"));
/// `[press-askers]`
pub(crate) static PRESS_ASKERS: LazyLock<WordList> = LazyLock::new(|| list("press-askers"));
/// `[published-works]`
pub(crate) static PUBLISHED_WORKS: LazyLock<WordList> = LazyLock::new(|| list("published-works"));
/// `[aimed-at]`
pub(crate) static AIMED_AT: LazyLock<WordList> = LazyLock::new(|| list("aimed-at"));
pub(crate) static SENT_FROM_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("sent-from-nouns"));
/// `[openers]`
pub(crate) static OPENERS: LazyLock<WordList> = LazyLock::new(|| list("openers"));
/// `[arrival-due-words]`
pub(crate) static ARRIVAL_DUE_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("arrival-due-words"));
/// `[act-named-doers]`
pub(crate) static ACT_NAMED_DOERS: LazyLock<WordList> = LazyLock::new(|| list("act-named-doers"));
/// `[falsity-judgements]`
pub(crate) static FALSITY_JUDGEMENTS: LazyLock<WordList> =
    LazyLock::new(|| list("falsity-judgements"));
/// `[demand-nouns]`
pub(crate) static DEMAND_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("demand-nouns"));
/// `[each-pair-nouns]`
pub(crate) static EACH_PAIR_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("each-pair-nouns"));
/// `[remit-titled-offices]`
pub(crate) static REMIT_TITLED_OFFICES: LazyLock<WordList> =
    LazyLock::new(|| list("remit-titled-offices"));
/// `[subheading-breakers]`
pub(crate) static SUBHEADING_BREAKERS: LazyLock<WordList> =
    LazyLock::new(|| list("subheading-breakers"));
/// `[publication-nouns]`
pub(crate) static PUBLICATION_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("publication-nouns"));
/// `[speech-medium-nouns]`
pub(crate) static SPEECH_MEDIUM_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("speech-medium-nouns"));
/// `[clause-breaks]`
pub(crate) static CLAUSE_BREAKS: LazyLock<WordList> = LazyLock::new(|| list("clause-breaks"));
/// Whether `w`, after `prev`, opens a condition: "if", "unless", "in case", and the "that"
/// of "in the event that", "on condition that", "provided that". An act inside a condition
/// is not asserted ("in the event that Serbia sends troops", "in case China fires
/// missiles"), whatever its modality (golden README convention 8).
pub(crate) fn opens_condition(prev: &str, w: &str) -> bool {
    match w {
        "if" | "unless" => true,
        "case" => prev == "in",
        "that" => matches!(prev, "event" | "condition" | "provided" | "providing"),
        _ => false,
    }
}

/// The index of the "to" of a purpose phrase opening at `k` of `words` ("in order to", "so
/// as to", "in a bid to", "in an effort to", "in an attempt to"): what follows is an aim,
/// not an act done, and no object of the clause before it.
///
/// Asked at every word of a clause's region (`Clause::region_end`): a word other than "in"
/// or "so" is refused by that one test, inlined, before the words after it are read.
#[inline]
pub(crate) fn purpose_opener_at(words: &[&str], k: usize) -> Option<usize> {
    if !matches!(words.get(k), Some(&("in" | "so"))) {
        return None;
    }
    let at = |i: usize| words.get(k + i).copied().unwrap_or("");
    let to = match (at(0), at(1), at(2)) {
        ("in", "order", "to") | ("so", "as", "to") => k + 2,
        ("in", "a" | "an", "bid" | "effort" | "attempt") if at(3) == "to" => k + 3,
        _ => return None,
    };
    Some(to)
}

/// `[be-forms]`
pub(crate) static BE_FORMS: LazyLock<WordList> = LazyLock::new(|| list("be-forms"));
/// `[linking-verbs]`
pub(crate) static LINKING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("linking-verbs"));
/// `[aux]`
pub(crate) static AUX: LazyLock<WordList> = LazyLock::new(|| list("aux"));
/// `[parenthetical-openers]`
pub(crate) static PARENTHETICAL_OPENERS: LazyLock<WordList> =
    LazyLock::new(|| list("parenthetical-openers"));
/// `[participle-prepositions]`
pub(crate) static PARTICIPLE_PREPOSITIONS: LazyLock<WordList> =
    LazyLock::new(|| list("participle-prepositions"));
/// `[strong-openers]`
pub(crate) static STRONG_OPENERS: LazyLock<WordList> = LazyLock::new(|| list("strong-openers"));
pub(crate) static QUANTIFIER_ASIDES: LazyLock<WordList> =
    LazyLock::new(|| list("quantifier-asides"));
/// `[date-nouns]`
pub(crate) static DATE_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("date-nouns"));
/// `[act-measure-nouns]`
pub(crate) static ACT_MEASURE_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("act-measure-nouns"));
/// `[reacted-act-nouns]`
pub(crate) static REACTED_ACT_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("reacted-act-nouns"));
/// An act noun's entry of `[act-noun-senses]`: the PLOVER categories (upper case) an
/// event of its act is coded under, and the verbs of other stems that tell it.
pub(crate) struct ActNounSense {
    pub categories: Vec<String>,
    pub verbs: Vec<String>,
}

/// `[act-noun-senses]`, by the noun (singular).
pub(crate) static ACT_NOUN_SENSES: LazyLock<rustc_hash::FxHashMap<String, ActNounSense>> =
    LazyLock::new(|| {
        list("act-noun-senses")
            .entries()
            .filter_map(|e| {
                let (head, verbs) = e.split_once(" : ").unwrap_or((e, ""));
                let mut words = head.split(' ');
                let noun = words.next()?.to_string();
                let sense = ActNounSense {
                    categories: words.map(|c| c.to_ascii_uppercase()).collect(),
                    verbs: verbs.split_whitespace().map(str::to_string).collect(),
                };
                Some((noun, sense))
            })
            .collect()
    });

/// The entry of `[act-noun-senses]` of a noun, singular or plural.
pub(crate) fn act_noun_senses(noun: &str) -> Option<&'static ActNounSense> {
    ACT_NOUN_SENSES
        .get(noun)
        .or_else(|| noun.strip_suffix('s').and_then(|n| ACT_NOUN_SENSES.get(n)))
}

/// `[proposal-nouns]`
pub(crate) static PROPOSAL_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("proposal-nouns"));
/// `[plan-documents]`
pub(crate) static PLAN_DOCUMENTS: LazyLock<WordList> = LazyLock::new(|| list("plan-documents"));
/// `[proposed-documents]`
pub(crate) static PROPOSED_DOCUMENTS: LazyLock<WordList> =
    LazyLock::new(|| list("proposed-documents"));
/// `[content-verbs]`
pub(crate) static CONTENT_VERBS: LazyLock<WordList> = LazyLock::new(|| list("content-verbs"));
/// `[opening-time-words]`
pub(crate) static OPENING_TIME_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("opening-time-words"));
/// `[object-control]`
pub(crate) static OBJECT_CONTROL: LazyLock<WordList> = LazyLock::new(|| list("object-control"));
/// `[addressing-verbs]`
pub(crate) static ADDRESSING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("addressing-verbs"));
/// `[addressee-fate-verbs]`
pub(crate) static ADDRESSEE_FATE_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("addressee-fate-verbs"));
/// `[aspectual-verbs]`
pub(crate) static ASPECTUAL_VERBS: LazyLock<WordList> = LazyLock::new(|| list("aspectual-verbs"));
/// `[arrival-verbs]`
pub(crate) static ARRIVAL_VERBS: LazyLock<WordList> = LazyLock::new(|| list("arrival-verbs"));
/// `[unanswering-verbs]`
pub(crate) static UNANSWERING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("unanswering-verbs"));
/// `[author-prepositions]`
pub(crate) static AUTHOR_PREPOSITIONS: LazyLock<WordList> =
    LazyLock::new(|| list("author-prepositions"));
/// `[doer-naming-phrases]`
pub(crate) static DOER_NAMING_PHRASES: LazyLock<WordList> =
    LazyLock::new(|| list("doer-naming-phrases"));
/// `[blaming-verbs]`
pub(crate) static BLAMING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("blaming-verbs"));
/// `[responsibility-claiming-verbs]`
pub(crate) static RESPONSIBILITY_CLAIMING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("responsibility-claiming-verbs"));
/// `[responsibility-nouns]`
pub(crate) static RESPONSIBILITY_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("responsibility-nouns"));
/// `[intent-nouns]`
pub(crate) static INTENT_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("intent-nouns"));
/// `[decision-nouns]`
pub(crate) static DECISION_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("decision-nouns"));
/// `[summoning-verbs]`
pub(crate) static SUMMONING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("summoning-verbs"));
/// `[intent-declaring-verbs]`
pub(crate) static INTENT_DECLARING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("intent-declaring-verbs"));
/// `[ending-verbs]`
pub(crate) static ENDING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("ending-verbs"));
/// `[causing-verbs]`
pub(crate) static CAUSING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("causing-verbs"));
/// `[causing-off-verbs]`
pub(crate) static CAUSING_OFF_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("causing-off-verbs"));
/// `[ending-off-verbs]`
pub(crate) static ENDING_OFF_VERBS: LazyLock<WordList> = LazyLock::new(|| list("ending-off-verbs"));
/// `[telling-verbs]`
pub(crate) static TELLING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("telling-verbs"));
/// `[mandative-verbs]`
pub(crate) static MANDATIVE_VERBS: LazyLock<WordList> = LazyLock::new(|| list("mandative-verbs"));
/// `[enacting-verbs]`
pub(crate) static ENACTING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("enacting-verbs"));
/// `[expelling-verbs]`
pub(crate) static EXPELLING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("expelling-verbs"));

/// `[civilian-targets]`
pub(crate) static CIVILIAN_TARGETS: LazyLock<WordList> = LazyLock::new(|| list("civilian-targets"));
/// `[military-targets]`
pub(crate) static MILITARY_TARGETS: LazyLock<WordList> = LazyLock::new(|| list("military-targets"));
/// `[office-holder-qualifiers]`
pub(crate) static OFFICE_HOLDER_QUALIFIERS: LazyLock<WordList> =
    LazyLock::new(|| list("office-holder-qualifiers"));
/// `[calling-verbs]`
pub(crate) static CALLING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("calling-verbs"));
/// `[readiness-adjectives]`
pub(crate) static READINESS_ADJECTIVES: LazyLock<WordList> =
    LazyLock::new(|| list("readiness-adjectives"));
/// `[talk-onlooker-verbs]`
pub(crate) static TALK_ONLOOKER_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("talk-onlooker-verbs"));
/// `[purposeful-meeting-verbs]`
pub(crate) static PURPOSEFUL_MEETING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("purposeful-meeting-verbs"));
/// `[journey-verbs]`
pub(crate) static JOURNEY_VERBS: LazyLock<WordList> = LazyLock::new(|| list("journey-verbs"));
/// `[party-people-nouns]`
pub(crate) static PARTY_PEOPLE_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("party-people-nouns"));
/// `[owner-standing-heads]`
pub(crate) static OWNER_STANDING_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("owner-standing-heads"));
/// `[owning-participles]`
pub(crate) static OWNING_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| list("owning-participles"));
/// `[apposed-act-nouns]`
pub(crate) static APPOSED_ACT_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("apposed-act-nouns"));
/// `[naming-verbs]`
pub(crate) static NAMING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("naming-verbs"));
/// `[adjectival-participles]`
pub(crate) static ADJECTIVAL_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| list("adjectival-participles"));
/// `[receiving-verbs]`
pub(crate) static RECEIVING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("receiving-verbs"));
/// `[losing-verbs]`
pub(crate) static LOSING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("losing-verbs"));
/// `[eliciting-verbs]`
pub(crate) static ELICITING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("eliciting-verbs"));
/// `[act-performing-verbs]`
pub(crate) static ACT_PERFORMING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("act-performing-verbs"));
/// `[undergone-act-nouns]`
pub(crate) static UNDERGONE_ACT_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("undergone-act-nouns"));
/// `[evaluated-act-nouns]`
pub(crate) static EVALUATED_ACT_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("evaluated-act-nouns"));
/// `[sayer-participles]`
pub(crate) static SAYER_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| list("sayer-participles"));
/// `[sayer-acts]`
pub(crate) static SAYER_ACTS: LazyLock<WordList> = LazyLock::new(|| list("sayer-acts"));
/// `[expelling-act-nouns]`
pub(crate) static EXPELLING_ACT_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("expelling-act-nouns"));
/// `[challenged-measures]`
pub(crate) static CHALLENGED_MEASURES: LazyLock<WordList> =
    LazyLock::new(|| list("challenged-measures"));
/// `[authored-act-nouns]`
pub(crate) static AUTHORED_ACT_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("authored-act-nouns"));
/// `[relative-accusing-verbs]`
pub(crate) static RELATIVE_ACCUSING_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("relative-accusing-verbs"));
/// `[located-participles]`
pub(crate) static LOCATED_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| list("located-participles"));
/// `[territory-nouns]`
pub(crate) static TERRITORY_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("territory-nouns"));
/// `[abuse-nouns]`
pub(crate) static ABUSE_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("abuse-nouns"));
/// `[definite-pair-nouns]`
pub(crate) static DEFINITE_PAIR_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("definite-pair-nouns"));
/// `[speculative-hedges]`
pub(crate) static SPECULATIVE_HEDGES: LazyLock<WordList> =
    LazyLock::new(|| list("speculative-hedges"));
/// `[commentator-roles]`
pub(crate) static COMMENTATOR_ROLES: LazyLock<WordList> =
    LazyLock::new(|| list("commentator-roles"));
/// `[private-visitor-sectors]`
pub(crate) static PRIVATE_VISITOR_SECTORS: LazyLock<WordList> =
    LazyLock::new(|| list("private-visitor-sectors"));
/// `[state-auxiliaries]`
pub(crate) static STATE_AUXILIARIES: LazyLock<WordList> =
    LazyLock::new(|| list("state-auxiliaries"));
/// `[state-complaint-verbs]`
pub(crate) static STATE_COMPLAINT_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("state-complaint-verbs"));
/// `[country-description-heads]`
pub(crate) static COUNTRY_DESCRIPTION_HEADS: LazyLock<WordList> =
    LazyLock::new(|| list("country-description-heads"));
/// `[finding-verbs]`
pub(crate) static FINDING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("finding-verbs"));
/// `[evidence-verbs]`
pub(crate) static EVIDENCE_VERBS: LazyLock<WordList> = LazyLock::new(|| list("evidence-verbs"));
/// `[evidence-nouns]`
pub(crate) static EVIDENCE_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("evidence-nouns"));
/// `[claim-nouns]`
pub(crate) static CLAIM_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("claim-nouns"));
/// `[finding-nouns]`
pub(crate) static FINDING_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("finding-nouns"));
/// `[source-nouns]`
pub(crate) static SOURCE_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("source-nouns"));
/// `[demonstration-cues]`
pub(crate) static DEMONSTRATION_CUES: LazyLock<WordList> =
    LazyLock::new(|| list("demonstration-cues"));
/// `[non-state-sectors]`
pub(crate) static NON_STATE_SECTORS: LazyLock<WordList> =
    LazyLock::new(|| list("non-state-sectors"));
/// `[third-party-nouns]`
pub(crate) static THIRD_PARTY_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("third-party-nouns"));
/// `[venue-compound-nouns]`
pub(crate) static VENUE_COMPOUND_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("venue-compound-nouns"));
/// `[party-demand-nouns]`
pub(crate) static PARTY_DEMAND_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("party-demand-nouns"));
/// `[group-branch-nouns]`
pub(crate) static GROUP_BRANCH_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("group-branch-nouns"));
/// `[domestic-adversary-sectors]`
pub(crate) static DOMESTIC_ADVERSARY_SECTORS: LazyLock<WordList> =
    LazyLock::new(|| list("domestic-adversary-sectors"));
/// `[own-government-roles]`
pub(crate) static OWN_GOVERNMENT_ROLES: LazyLock<WordList> =
    LazyLock::new(|| list("own-government-roles"));
/// `[private-role-sectors]`
pub(crate) static PRIVATE_ROLE_SECTORS: LazyLock<WordList> =
    LazyLock::new(|| list("private-role-sectors"));
/// `[public-role-words]`
pub(crate) static PUBLIC_ROLE_WORDS: LazyLock<WordList> =
    LazyLock::new(|| list("public-role-words"));
/// `[motion-prepositions]`
pub(crate) static MOTION_PREPOSITIONS: LazyLock<WordList> =
    LazyLock::new(|| list("motion-prepositions"));
/// `[place-recipient-codes]`
pub(crate) static PLACE_RECIPIENT_CODES: LazyLock<WordList> =
    LazyLock::new(|| list("place-recipient-codes"));
/// `[withdrawal-sites]`
pub(crate) static WITHDRAWAL_SITES: LazyLock<WordList> = LazyLock::new(|| list("withdrawal-sites"));
/// `[unnamed-actor-codes]`
pub(crate) static UNNAMED_ACTOR_CODES: LazyLock<WordList> =
    LazyLock::new(|| list("unnamed-actor-codes"));
/// `[political-victim-sectors]`
pub(crate) static POLITICAL_VICTIM_SECTORS: LazyLock<WordList> =
    LazyLock::new(|| list("political-victim-sectors"));
/// `[time-setting-prepositions]`
pub(crate) static TIME_SETTING_PREPOSITIONS: LazyLock<WordList> =
    LazyLock::new(|| list("time-setting-prepositions"));
/// `[own-side-participles]`
pub(crate) static OWN_SIDE_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| list("own-side-participles"));
/// `[intransitive-act-verbs]`
pub(crate) static INTRANSITIVE_ACT_VERBS: LazyLock<WordList> =
    LazyLock::new(|| list("intransitive-act-verbs"));
/// `[victim-participles]`
pub(crate) static VICTIM_PARTICIPLES: LazyLock<WordList> =
    LazyLock::new(|| list("victim-participles"));
/// `[state-act-victim-sectors]`
pub(crate) static STATE_ACT_VICTIM_SECTORS: LazyLock<WordList> =
    LazyLock::new(|| list("state-act-victim-sectors"));
/// `[explosive-subject-nouns]`
pub(crate) static EXPLOSIVE_SUBJECT_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("explosive-subject-nouns"));
/// `[war-attack-codes]`
pub(crate) static WAR_ATTACK_CODES: LazyLock<WordList> = LazyLock::new(|| list("war-attack-codes"));
/// `[war-weapon-words]`
pub(crate) static WAR_WEAPON_WORDS: LazyLock<WordList> = LazyLock::new(|| list("war-weapon-words"));
/// `[running-total-cues]`
pub(crate) static RUNNING_TOTAL_CUES: LazyLock<WordList> =
    LazyLock::new(|| list("running-total-cues"));
/// `[mishap-words]`
pub(crate) static MISHAP_WORDS: LazyLock<WordList> = LazyLock::new(|| list("mishap-words"));
/// `[protester-sectors]`
pub(crate) static PROTESTER_SECTORS: LazyLock<WordList> =
    LazyLock::new(|| list("protester-sectors"));
/// `[place-local-sectors]`
pub(crate) static PLACE_LOCAL_SECTORS: LazyLock<WordList> =
    LazyLock::new(|| list("place-local-sectors"));
/// `[monitor-nouns]`
pub(crate) static MONITOR_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("monitor-nouns"));
/// `[local-roles]`
pub(crate) static LOCAL_ROLES: LazyLock<WordList> = LazyLock::new(|| list("local-roles"));
/// `[ownership-compounds]`
pub(crate) static OWNERSHIP_COMPOUNDS: LazyLock<WordList> =
    LazyLock::new(|| list("ownership-compounds"));
/// `[base-compounds]`
pub(crate) static BASE_COMPOUNDS: LazyLock<WordList> = LazyLock::new(|| list("base-compounds"));
/// `[origin-compounds]`
pub(crate) static ORIGIN_COMPOUNDS: LazyLock<WordList> = LazyLock::new(|| list("origin-compounds"));
/// `[authorship-compounds]`
pub(crate) static AUTHORSHIP_COMPOUNDS: LazyLock<WordList> =
    LazyLock::new(|| list("authorship-compounds"));
/// `[sides-agreements]`
pub(crate) static SIDES_AGREEMENTS: LazyLock<WordList> = LazyLock::new(|| list("sides-agreements"));
/// `[backing-compounds]`
pub(crate) static BACKING_COMPOUNDS: LazyLock<WordList> =
    LazyLock::new(|| list("backing-compounds"));
/// `[arms-nouns]`
pub(crate) static ARMS_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("arms-nouns"));
/// `[document-nouns]`
pub(crate) static DOCUMENT_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("document-nouns"));
/// `[pair-nouns]`
pub(crate) static PAIR_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("pair-nouns"));
/// `[state-pair-nouns]`
pub(crate) static STATE_PAIR_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("state-pair-nouns"));
/// `[pair-person-nouns]`
pub(crate) static PAIR_PERSON_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| list("pair-person-nouns"));
/// `[pair-adjectives]`
pub(crate) static PAIR_ADJECTIVES: LazyLock<WordList> = LazyLock::new(|| list("pair-adjectives"));
/// `[news-nouns]`
pub(crate) static NEWS_NOUNS: LazyLock<WordList> = LazyLock::new(|| list("news-nouns"));
/// `[helping-verbs]`
pub(crate) static HELPING_VERBS: LazyLock<WordList> = LazyLock::new(|| list("helping-verbs"));

/// Do the normalised words of a noun phrase name the story's two parties without naming
/// them: "both sides", "the two countries", "the two neighbouring nations" (`[pair-nouns]`),
/// "the sides", "the warring parties" (`[definite-pair-nouns]`), "the rival forces" (a
/// `[pair-adjectives]` word before a pair noun)?
pub(crate) fn is_pair_phrase(phrase: &[&str]) -> bool {
    let (Some(&first), Some(&head)) = (phrase.first(), phrase.last()) else {
        return false;
    };
    if phrase.len() < 2 || phrase.len() > 4 {
        return false;
    }
    (PAIR_NOUNS.contains(head)
        && (first == "both"
            || (first == "the" && group_count(phrase[1]).is_some())
            // "all three countries", "all four ministers": "all" before a count of three
            // or more names the group listed before as "the" does.
            || (first == "all" && group_count(phrase[1]).is_some_and(|n| n > 2))))
        || (first == "the" && phrase.len() <= 3 && DEFINITE_PAIR_NOUNS.contains(head))
        || (first == "each" && phrase.len() == 2 && EACH_PAIR_NOUNS.contains(head))
        || (first == "the"
            && phrase.len() == 3
            && PAIR_ADJECTIVES.contains(phrase[1])
            && PAIR_NOUNS.contains(head))
}

/// How many parties a count word in a group phrase names ("the two countries", "the three
/// military-led nations"): news names up to five parties by a count before describing
/// them together; a larger group is listed, not counted back.
pub(crate) fn group_count(w: &str) -> Option<usize> {
    match w {
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "trio" => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pair_phrases() {
        for yes in [
            &["both", "sides"][..],
            &["the", "two", "countries"],
            &["the", "two", "neighbouring", "nations"],
            &["the", "warring", "parties"],
            &["the", "rival", "forces"],
            &["the", "sides"],
            &["the", "three", "military-led", "nations"],
            &["all", "four", "ministers"],
        ] {
            assert!(super::is_pair_phrase(yes), "{yes:?}");
        }
        for no in [
            &["the", "countries"][..],
            &["both", "arms"],
            &["two", "countries"],
            &["all", "two", "countries"],
            &["all", "countries"],
            &["the", "two", "main", "opposition", "parties"],
            &["sides"],
        ] {
            assert!(!super::is_pair_phrase(no), "{no:?}");
        }
    }

    #[test]
    fn every_list_is_in_the_data_file() {
        assert!(!super::ABBREVIATIONS.is_empty(), "abbreviations");
        assert!(!super::ROLE_ADJECTIVES.is_empty(), "role-adjectives");
        assert!(!super::NAME_PARTICLES.is_empty(), "name-particles");
        assert!(!super::NOT_NAMES.is_empty(), "not-names");
        assert!(!super::SPEECH_VERBS.is_empty(), "speech-verbs");
        assert!(!super::PERSON_PRONOUNS.is_empty(), "person-pronouns");
        assert!(!super::HEAD_FOLLOWERS.is_empty(), "head-followers");
        assert!(!super::LOCATIVE.is_empty(), "locative");
        assert!(
            !super::VENUE_COMPOUND_NOUNS.is_empty(),
            "venue-compound-nouns"
        );
        assert!(
            !super::SAYER_SETTING_WORDS.is_empty(),
            "sayer-setting-words"
        );
        assert!(!super::SPOKESPERSON_ROLES.is_empty(), "spokesperson-roles");
        assert!(!super::OPENERS.is_empty(), "openers");
        assert!(!super::AIMED_AT.is_empty(), "aimed-at");
        assert!(!super::PRESS_ASKERS.is_empty(), "press-askers");
        assert!(!super::PUBLISHED_WORKS.is_empty(), "published-works");
        assert!(!super::SENT_FROM_NOUNS.is_empty(), "sent-from-nouns");
        assert!(!super::PLACE_TAKING_VERBS.is_empty(), "place-taking-verbs");
        assert!(!super::ARRIVAL_VERBS.is_empty(), "arrival-verbs");
        assert!(
            !super::MOTION_PREPOSITIONS.is_empty(),
            "motion-prepositions"
        );
        assert!(
            !super::PLACE_RECIPIENT_CODES.is_empty(),
            "place-recipient-codes"
        );
        assert!(!super::WITHDRAWAL_SITES.is_empty(), "withdrawal-sites");
        assert!(!super::PUBLICATION_NOUNS.is_empty(), "publication-nouns");
        assert!(!super::CLAUSE_BREAKS.is_empty(), "clause-breaks");
        assert!(!super::SIDES_AGREEMENTS.is_empty(), "sides-agreements");
        assert!(!super::BE_FORMS.is_empty(), "be-forms");
        assert!(!super::LINKING_VERBS.is_empty(), "linking-verbs");
        assert!(!super::AUX.is_empty(), "aux");
        assert!(
            !super::PARENTHETICAL_OPENERS.is_empty(),
            "parenthetical-openers"
        );
        assert!(!super::STRONG_OPENERS.is_empty(), "strong-openers");
        assert!(!super::QUANTIFIER_ASIDES.is_empty(), "quantifier-asides");
        assert!(
            !super::PARTICIPLE_PREPOSITIONS.is_empty(),
            "participle-prepositions"
        );
        assert!(!super::DATE_NOUNS.is_empty(), "date-nouns");
        assert!(!super::OBJECT_CONTROL.is_empty(), "object-control");
        assert!(!super::OPENING_TIME_WORDS.is_empty(), "opening-time-words");
        assert!(!super::ENDING_VERBS.is_empty(), "ending-verbs");
        assert!(!super::ENDING_OFF_VERBS.is_empty(), "ending-off-verbs");
        assert!(!super::CAUSING_VERBS.is_empty(), "causing-verbs");
        assert!(!super::CAUSING_OFF_VERBS.is_empty(), "causing-off-verbs");
        assert!(!super::INTENT_NOUNS.is_empty(), "intent-nouns");
        assert!(!super::DECISION_NOUNS.is_empty(), "decision-nouns");
        assert!(!super::CITY_PLACE_NOUNS.is_empty(), "city-place-nouns");
        assert!(!super::ACT_SPAN_NOUNS.is_empty(), "act-span-nouns");
        assert!(
            !super::MULTINATIONAL_FORCE_ROLES.is_empty(),
            "multinational-force-roles"
        );
        assert!(
            !super::CRIMINAL_GROUP_NAME_HEADS.is_empty(),
            "criminal-group-name-heads"
        );
        assert!(
            !super::SPEECH_MEDIUM_NOUNS.is_empty(),
            "speech-medium-nouns"
        );
        assert!(!super::SOURCE_NOUNS.is_empty(), "source-nouns");
        assert!(!super::ASPECTUAL_VERBS.is_empty(), "aspectual-verbs");
        assert!(!super::ADDRESSING_VERBS.is_empty(), "addressing-verbs");
        assert!(
            !super::ADDRESSEE_FATE_VERBS.is_empty(),
            "addressee-fate-verbs"
        );
        assert!(
            !super::INTENT_DECLARING_VERBS.is_empty(),
            "intent-declaring-verbs"
        );
        assert!(!super::TELLING_VERBS.is_empty(), "telling-verbs");
        assert!(!super::ENACTING_VERBS.is_empty(), "enacting-verbs");
        assert!(!super::MANDATIVE_VERBS.is_empty(), "mandative-verbs");
        assert!(!super::EXPELLING_VERBS.is_empty(), "expelling-verbs");
        assert!(!super::CIVILIAN_TARGETS.is_empty(), "civilian-targets");
        assert!(!super::MILITARY_TARGETS.is_empty(), "military-targets");
        assert!(
            !super::OWNER_STANDING_HEADS.is_empty(),
            "owner-standing-heads"
        );
        assert!(!super::PARTY_PEOPLE_NOUNS.is_empty(), "party-people-nouns");
        assert!(!super::JOURNEY_VERBS.is_empty(), "journey-verbs");
        assert!(
            !super::PURPOSEFUL_MEETING_VERBS.is_empty(),
            "purposeful-meeting-verbs"
        );
        assert!(!super::ACT_NAMED_DOERS.is_empty(), "act-named-doers");
        assert!(!super::OWNING_PARTICIPLES.is_empty(), "owning-participles");
        assert!(!super::ABUSE_NOUNS.is_empty(), "abuse-nouns");
        assert!(
            !super::ADJECTIVAL_PARTICIPLES.is_empty(),
            "adjectival-participles"
        );
        assert!(!super::NAMING_VERBS.is_empty(), "naming-verbs");
        assert!(!super::APPOSED_ACT_NOUNS.is_empty(), "apposed-act-nouns");
        assert!(
            !super::UNDERGONE_ACT_NOUNS.is_empty(),
            "undergone-act-nouns"
        );
        assert!(
            !super::EVALUATED_ACT_NOUNS.is_empty(),
            "evaluated-act-nouns"
        );
        assert!(!super::AUTHORED_ACT_NOUNS.is_empty(), "authored-act-nouns");
        assert!(
            !super::CHALLENGED_MEASURES.is_empty(),
            "challenged-measures"
        );
        assert!(!super::SAYER_PARTICIPLES.is_empty(), "sayer-participles");
        assert!(!super::SAYER_ACTS.is_empty(), "sayer-acts");
        assert!(
            !super::EXPELLING_ACT_NOUNS.is_empty(),
            "expelling-act-nouns"
        );
        assert!(
            !super::RELATIVE_ACCUSING_VERBS.is_empty(),
            "relative-accusing-verbs"
        );
        assert!(
            !super::LOCATED_PARTICIPLES.is_empty(),
            "located-participles"
        );
        assert!(!super::TERRITORY_NOUNS.is_empty(), "territory-nouns");
        assert!(!super::PAIR_NOUNS.is_empty(), "pair-nouns");
        assert!(!super::STATE_PAIR_NOUNS.is_empty(), "state-pair-nouns");
        assert!(!super::HELPING_VERBS.is_empty(), "helping-verbs");
        assert!(!super::NEWS_NOUNS.is_empty(), "news-nouns");
        assert!(!super::FINDING_VERBS.is_empty(), "finding-verbs");
        assert!(!super::EVIDENCE_VERBS.is_empty(), "evidence-verbs");
        assert!(!super::EVIDENCE_NOUNS.is_empty(), "evidence-nouns");
        assert!(!super::CLAIM_NOUNS.is_empty(), "claim-nouns");
        assert!(
            !super::COUNTRY_DESCRIPTION_HEADS.is_empty(),
            "country-description-heads"
        );
        assert!(!super::FINDING_NOUNS.is_empty(), "finding-nouns");
        assert!(!super::LOCAL_ROLES.is_empty(), "local-roles");
        assert!(!super::POSTED_ROLES.is_empty(), "posted-roles");
        assert!(!super::PERSON_ROLES.is_empty(), "person-roles");
        assert!(!super::PRONOUN_ROLES.is_empty(), "pronoun-roles");
        assert!(!super::UNION_SEATS.is_empty(), "union-seats");
        assert!(
            !super::REGIONAL_BLOC_ADJECTIVES.is_empty(),
            "regional-bloc-adjectives"
        );
        assert!(!super::BLOC_MEMBER_NOUNS.is_empty(), "bloc-member-nouns");
        assert!(!super::DATELINE_NAMESAKES.is_empty(), "dateline-namesakes");
        assert!(!super::CURRENCY_NOUNS.is_empty(), "currency-nouns");
        assert!(!super::SETTLER_NOUNS.is_empty(), "settler-nouns");
        assert!(!super::COMMENTATOR_ROLES.is_empty(), "commentator-roles");
        assert!(
            !super::RESPONSIBILITY_NOUNS.is_empty(),
            "responsibility-nouns"
        );
        assert!(!super::PROPOSED_DOCUMENTS.is_empty(), "proposed-documents");
        assert!(!super::SPECULATIVE_HEDGES.is_empty(), "speculative-hedges");
        assert!(!super::MONITOR_NOUNS.is_empty(), "monitor-nouns");
        assert!(
            !super::PLACE_LOCAL_SECTORS.is_empty(),
            "place-local-sectors"
        );
        assert!(!super::STATE_AUXILIARIES.is_empty(), "state-auxiliaries");
        assert!(!super::PROTESTER_SECTORS.is_empty(), "protester-sectors");
        assert!(!super::WAR_ATTACK_CODES.is_empty(), "war-attack-codes");
        assert!(!super::WAR_WEAPON_WORDS.is_empty(), "war-weapon-words");
        assert!(!super::RUNNING_TOTAL_CUES.is_empty(), "running-total-cues");
        assert!(
            !super::EXPLOSIVE_SUBJECT_NOUNS.is_empty(),
            "explosive-subject-nouns"
        );
        assert!(
            !super::PRIVATE_VISITOR_SECTORS.is_empty(),
            "private-visitor-sectors"
        );
        assert!(!super::NON_STATE_SECTORS.is_empty(), "non-state-sectors");
        assert!(
            !super::DOMESTIC_ADVERSARY_SECTORS.is_empty(),
            "domestic-adversary-sectors"
        );
        assert!(
            !super::OWN_GOVERNMENT_ROLES.is_empty(),
            "own-government-roles"
        );
        assert!(
            !super::PRIVATE_ROLE_SECTORS.is_empty(),
            "private-role-sectors"
        );
        assert!(!super::PUBLIC_ROLE_WORDS.is_empty(), "public-role-words");
        assert!(
            !super::OWNERSHIP_COMPOUNDS.is_empty(),
            "ownership-compounds"
        );
        assert!(!super::BASE_COMPOUNDS.is_empty(), "base-compounds");
        assert!(!super::PARTY_QUALIFIERS.is_empty(), "party-qualifiers");
        assert!(
            !super::ENTERING_MOTION_VERBS.is_empty(),
            "entering-motion-verbs"
        );
        assert!(!super::BRANCH_NOUNS.is_empty(), "branch-nouns");
        assert!(!super::ARREST_VERBS.is_empty(), "arrest-verbs");
        assert!(
            !super::FORCE_SPENDING_WORDS.is_empty(),
            "force-spending-words"
        );
        assert!(!super::ORIGIN_COMPOUNDS.is_empty(), "origin-compounds");
        assert!(!super::ARMS_NOUNS.is_empty(), "arms-nouns");
        assert!(!super::BACKING_COMPOUNDS.is_empty(), "backing-compounds");
        assert!(
            !super::AUTHORSHIP_COMPOUNDS.is_empty(),
            "authorship-compounds"
        );
        assert!(
            !super::DEFINITE_PAIR_NOUNS.is_empty(),
            "definite-pair-nouns"
        );
        assert!(!super::HABITUAL_ADVERBS.is_empty(), "habitual-adverbs");
        assert!(!super::VICTIM_PARTICIPLES.is_empty(), "victim-participles");
        assert!(
            !super::INTRANSITIVE_ACT_VERBS.is_empty(),
            "intransitive-act-verbs"
        );
        assert!(!super::HISTORY_ADVERBS.is_empty(), "history-adverbs");
        assert!(
            !super::DESCRIBING_PARTICIPLES.is_empty(),
            "describing-participles"
        );
        assert!(!super::OWN_TIME_WORDS.is_empty(), "own-time-words");
        assert!(
            !super::LASTING_CONFLICT_NOUNS.is_empty(),
            "lasting-conflict-nouns"
        );
        assert!(!super::TERM_PARTICIPLES.is_empty(), "term-participles");
        assert!(!super::PLAN_DOCUMENTS.is_empty(), "plan-documents");
        assert!(!super::CONTENT_VERBS.is_empty(), "content-verbs");
        assert!(
            !super::PARTICIPLE_AUXILIARIES.is_empty(),
            "participle-auxiliaries"
        );
        assert!(
            !super::OBJECT_COMPLEMENT_VERBS.is_empty(),
            "object-complement-verbs"
        );
        assert!(!super::ENFORCER_SECTORS.is_empty(), "enforcer-sectors");
        assert!(!super::COUNT_WORDS.is_empty(), "count-words");
        assert!(
            !super::FORCE_SENDING_VERBS.is_empty(),
            "force-sending-verbs"
        );
        assert!(!super::UN_ENVOY_TITLES.is_empty(), "un-envoy-titles");
        assert!(!super::REPORTING_VERBS.is_empty(), "reporting-verbs");
        assert!(
            !super::DENIED_ACCUSATION_NOUNS.is_empty(),
            "denied-accusation-nouns"
        );
        assert!(!super::LEGAL_ACTION_NOUNS.is_empty(), "legal-action-nouns");
        assert!(
            !super::SUBJECT_ATTACK_NOUNS.is_empty(),
            "subject-attack-nouns"
        );
        assert!(!super::OPERATIONAL_AGENTS.is_empty(), "operational-agents");
        assert!(!super::INSTRUMENT_ROLES.is_empty(), "instrument-roles");
        assert!(!super::CUSTODY_WORDS.is_empty(), "custody-words");
        assert!(!super::TRUCE_WORDS.is_empty(), "truce-words");
        assert!(!super::ACT_COURSE_VERBS.is_empty(), "act-course-verbs");
        assert!(!super::OCCURRENCE_VERBS.is_empty(), "occurrence-verbs");
        assert!(
            !super::CLOSING_OCCURRENCE_VERBS.is_empty(),
            "closing-occurrence-verbs"
        );
        assert!(
            !super::HALTED_OCCURRENCE_VERBS.is_empty(),
            "halted-occurrence-verbs"
        );
        assert!(
            !super::TRUCE_CONCLUDED_PASSIVES.is_empty(),
            "truce-concluded-passives"
        );
        assert!(
            !super::TAKING_EFFECT_PHRASES.is_empty(),
            "taking-effect-phrases"
        );
        assert!(
            !super::BARE_RESTRICTION_NOUNS.is_empty(),
            "bare-restriction-nouns"
        );
        assert!(
            !super::UNTOLD_PASSIVE_AUXILIARIES.is_empty(),
            "untold-passive-auxiliaries"
        );
        assert!(
            !super::ANNOUNCED_PASSIVE_MODALS.is_empty(),
            "announced-passive-modals"
        );
        assert!(
            !super::ANNOUNCED_PASSIVE_VERBS.is_empty(),
            "announced-passive-verbs"
        );
        assert!(
            !super::PRIVATE_PARTY_HEADS.is_empty(),
            "private-party-heads"
        );
        assert!(!super::KNOWN_NOT_DONE.is_empty(), "known-not-done");
        assert!(
            !super::HOLDING_PARTICIPLES.is_empty(),
            "holding-participles"
        );
        assert!(!super::AGGREGATE_SPANS.is_empty(), "aggregate-spans");
        assert!(!super::CALLING_VERBS.is_empty(), "calling-verbs");
        assert!(
            !super::READINESS_ADJECTIVES.is_empty(),
            "readiness-adjectives"
        );
    }
}
