//! Story context (issue #9, part 3): the agent a sentence leaves implicit, taken from what
//! the earlier sentences of the story coded.
//!
//! Wire stories name the attacker once and then write "three soldiers were killed" or "the
//! crew was detained". The coder would drop such an event for its missing actor (a
//! casualty count is no event between parties); this layer gives it the story's agent when
//! the story leaves one reading only, and keeps dropping it otherwise: an agentless
//! passive of a hostile material act (an attack, a detention, sanctions), or one whose
//! subject is an act ("the strikes killed four civilians"), done to a party of a known
//! country takes the side the story's earlier acts of the same category against that
//! country came from, when they all came from one side.
//!
//! The filled event's rule says the actor came from the story and from which sentence; it
//! adds no confidence. The scan is bounded (the last [`RECENT`] events).
//!
//! Measured and left out (golden stories and NGEC, issue #9): the other side of the
//! story's most frequent pair; earlier acts of any hostile category rather than the same
//! one; nouns ("the attack on Kharkiv", "the arrest of the diplomats"), which name acts of
//! any time and party (golden unchanged, NGEC 11 of 26 in the story's category); countries guessed from the story's main country; and missing recipients taken
//! from the previous two sentences' events of the same category (beyond what
//! `recipients.rs` takes from the previous sentence): each filled more wrong parties than
//! right ones, mostly reviving events of patterns the filter rightly dropped.

use sitrep_lexicon::{EventLexicon, Ontology, TriggerPos};
use sitrep_record::Modality;

use crate::doc::{ActorSource, CodedEvent, Doc, NONE};
use crate::syntax::{Clause, Subject};

/// How many of the story's latest events the context looks at: a bound on the work per
/// event, not on the story (wire stories code few events).
const RECENT: usize = 64;

/// A party found in the story for an empty slot, with the rule text that says where from.
pub(crate) struct FromContext {
    pub mention: usize,
    pub how: String,
    /// Where it was found, of the sources later stages ask about.
    pub source: ActorSource,
}

/// Material acts of force or pressure whose agent a story states once and then leaves
/// implicit ("were killed", "was seized", "were imposed").
fn is_hostile_material(plover: &str) -> bool {
    matches!(plover, "ASSAULT" | "COERCE" | "SANCTION")
}

fn code_of<'a>(doc: &'a Doc, m: usize) -> Option<&'a str> {
    doc.entities[doc.mentions[m].entity].code.as_deref()
}

/// The story's events before sentence `sentence` that stand as told: not negated, not
/// denied, latest first.
fn earlier<'e>(
    events: &'e [CodedEvent],
    sentence: usize,
) -> impl Iterator<Item = &'e CodedEvent> + 'e {
    events
        .iter()
        .rev()
        .filter(move |e| e.sentence < sentence)
        .take(RECENT)
        .filter(|e| !e.negated && e.governed_modality != Some(Modality::Denied))
}

/// The country the patient of an act in sentence `sentence` belongs to: its own code, or,
/// for a party with none of its own ("three civilians"), the country of the places the
/// sentence names ("in Kharkiv"). A country guessed from the story's main country
/// (`code_inferred`) is no evidence of the patient's side: measured, it lent the attacker's
/// country to its own casualties.
fn patient_country<'d>(doc: &'d Doc, patient: usize, sentence: usize) -> Option<&'d str> {
    let e = &doc.entities[doc.mentions[patient].entity];
    if e.code.is_some() && !e.code_inferred {
        return e.code.as_deref();
    }
    // Places in two countries: no single one.
    doc.sentence_place_country(&doc.sentences[sentence])
}

/// The agent of an agentless passive of a hostile material act ("three soldiers were
/// killed", "the crew was detained") done to `patients`: the side all the story's earlier
/// acts of the same category against the patients' country came from. None when the
/// patients have no country or are on two sides, or the story names two such sides.
pub(crate) fn hostile_agent(
    doc: &Doc,
    sentence: usize,
    plover: &str,
    patients: &[usize],
    events: &[CodedEvent],
) -> Option<FromContext> {
    if !is_hostile_material(plover) {
        return None;
    }
    let &patient = patients.first()?;
    let target = patient_country(doc, patient, sentence)?;
    // Every patient of the act is on one side.
    if patients
        .iter()
        .any(|&p| patient_country(doc, p, sentence) != Some(target))
    {
        return None;
    }
    let mut agent: Option<(usize, usize)> = None;
    for e in earlier(events, sentence).filter(|e| e.plover == plover) {
        let (Some(a), Some(r)) = (e.actor, e.recipient) else {
            continue;
        };
        if code_of(doc, r) != Some(target) {
            continue;
        }
        // A country's own forces may be the side ("security forces fired on protesters
        // ... eight demonstrators were killed"), but never the patient itself.
        let own_patient = patients
            .iter()
            .any(|&p| doc.mentions[p].entity == doc.mentions[a].entity);
        let Some(code) = code_of(doc, a).filter(|_| !own_patient) else {
            continue;
        };
        match agent {
            None => agent = Some((a, e.sentence)),
            // Two sides did it to the patient: the story does not say which one this was.
            Some((m, _)) if code_of(doc, m) != Some(code) => return None,
            Some(_) => {}
        }
    }
    let (m, s) = agent?;
    Some(FromContext {
        mention: m,
        source: ActorSource::Other,
        how: format!(
            "actor: from the story, the side of its earlier {plover} acts against {target} (sentence {})",
            s + 1
        ),
    })
}

/// CAMEO codes of the state's legal and administrative coercion: convictions (116),
/// confiscation (1711; not 171, whose damage, looting and sabotage anyone does),
/// restrictions (bans, curfews, emergencies), arrests, charges and custodial sentences,
/// deportations.
/// Told without a doer ("five people were arrested in Irbil", "a curfew was imposed in
/// Dhaka") they are the state's acts: only a state arrests, bans or deports. Killings,
/// attacks and kidnappings (ASSAULT) are not among them: their doer is unknown. Easing
/// such a restriction (081x: "the curfew in Djibouti has been lifted") is the state's act
/// as imposing it is; releases are not among them (kidnappers free hostages too).
pub(crate) fn is_state_legal_act(cameo: &str) -> bool {
    matches!(
        cameo,
        "116"
            | "1711"
            | "172"
            | "1721"
            | "1722"
            | "1723"
            | "1724"
            | "173"
            | "174"
            | "081"
            | "0811"
            | "0812"
            | "0813"
            | "0814"
    )
}

/// The country code of mention `m` when it names a state party acting at home: a country,
/// or its government, courts, prosecutors, police, intelligence or legislature, of one
/// country (not an international or transnational body).
pub(crate) fn national_state_code<'d>(doc: &'d Doc, m: usize) -> Option<&'d str> {
    let mention = &doc.mentions[m];
    let e = &doc.entities[mention.entity];
    let sector = mention.sector.as_deref().or(e.sector.as_deref());
    let state = e.entity_type == sitrep_record::EntityType::Gpe
        || matches!(sector, Some("GOV" | "JUD" | "COP" | "SPY" | "LEG"));
    e.code
        .as_deref()
        .filter(|c| state && c.len() == 3 && !crate::doc::is_transnational_code(c))
}

/// The country where the act of sentence `sentence` happened: the locative places the
/// sentence names, all in one country ("in the northern Iraqi city of Irbil"), else the
/// country the story is about (`recipients::story_country`).
fn act_country<'d>(doc: &'d Doc, sentence: usize) -> Option<&'d str> {
    let s = &doc.sentences[sentence];
    let mut places = doc
        .places
        .iter()
        .filter(|p| p.locative && p.first >= s.first && p.last <= s.last)
        .filter(|p| !journey_origin(doc, p.first))
        .filter_map(|p| p.code.as_deref());
    match places.next() {
        Some(first) => places.all(|o| o == first).then_some(first),
        None => {
            crate::recipients::story_country(doc, s).or_else(|| headline_country(doc, sentence))
        }
    }
}

/// Is the place at token `first` where a journey began ("as he returned from Germany",
/// "arrived back from Paris": words.txt `[journey-verbs]`), not where the act happened?
fn journey_origin(doc: &Doc, first: usize) -> bool {
    if first < 2 || doc.norm(first - 1) != "from" {
        return false;
    }
    let mut v = first - 2;
    if matches!(doc.norm(v), "back" | "home") && v > 0 {
        v -= 1;
    }
    crate::words::JOURNEY_VERBS.contains(doc.norm(v))
}

/// The one country a headline that opens its document names ("Hong Kong activist jailed
/// under national security law", "Chinese journalist detained"): a headline names no
/// place when its act happened in the country of the people it names, and a one-line
/// story has no other to count. None when it names parties of two countries or of none,
/// or for a sentence after the document's first.
fn headline_country<'d>(doc: &'d Doc, sentence: usize) -> Option<&'d str> {
    if sentence != 0 || !crate::syntax::is_headline(doc, sentence) {
        return None;
    }
    let s = &doc.sentences[sentence];
    let from = doc.mentions.partition_point(|m| m.first < s.first);
    let upto = doc.mentions.partition_point(|m| m.first < s.last);
    let mut country: Option<&str> = None;
    for mention in &doc.mentions[from..upto] {
        let e = &doc.entities[mention.entity];
        let Some(code) = e.code.as_deref().filter(|_| !e.code_inferred) else {
            continue;
        };
        // A bare role of no country ("Three Human Rights NGOs Banned", "Aid Workers
        // Detained") names no second country beside the one the headline names.
        if code == "NGO" && mention.kind == crate::doc::MentionKind::Nominal {
            continue;
        }
        if code.len() != 3 || crate::doc::is_transnational_code(code) {
            return None;
        }
        match country {
            None => country = Some(code),
            Some(c) if c != code => return None,
            Some(_) => {}
        }
    }
    country
}

/// Does the sentence date its act to another time or a period: a year ("was arrested in
/// 1998", "2,000 people were arrested last year", "between 2019 and 2021"), or a day
/// before the publication year? Such a sentence tells a past act or a count of acts,
/// not the story's news.
pub(crate) fn dated_to_another_time(doc: &Doc, sentence: usize) -> bool {
    doc.dates_in(&doc.sentences[sentence]).iter().any(|d| {
        d.value.is_some_and(|v| {
            v.precision() == sitrep_record::Precision::Year
                || doc.published.is_some_and(|p| {
                    use chrono::Datelike;
                    v.year < p.year()
                })
        })
    })
}

/// Is the act at global token `trigger` dated to another time or a period? As
/// [`dated_to_another_time`], but only the sentence's date nearest the trigger decides, and a
/// date qualifying a noun ("last year's protests", "2019's election") dates that noun, not
/// the act: "was remanded in custody on Monday after being arrested over the killing of a
/// student during last year's protests" and "was sentenced on Wednesday ..., the second
/// opposition figure convicted this year" tell the day's act; "2,000 people were arrested
/// last year, police said on Tuesday" still tells a past count.
fn act_dated_to_another_time(doc: &Doc, sentence: usize, trigger: usize) -> bool {
    let possessive = |end: usize| {
        let t = doc.token_at_byte(end);
        t < doc.tokens.tokens.len()
            && doc.tokens.tokens[t].start as usize == end
            && matches!(doc.norm(t), "'s" | "\u{2019}s" | "'")
    };
    let distance = |d: &sitrep_dates::DateMatch| {
        let (first, last) = (
            doc.token_at_byte(d.start),
            doc.token_at_byte(d.end.saturating_sub(1)),
        );
        if trigger < first {
            first - trigger
        } else {
            trigger.saturating_sub(last)
        }
    };
    let published_year = doc.published.map(|p| {
        use chrono::Datelike;
        p.year()
    });
    doc.dates_in(&doc.sentences[sentence])
        .iter()
        .filter(|d| !possessive(d.end))
        .min_by_key(|d| distance(d))
        .and_then(|d| d.value)
        .is_some_and(|v| {
            v.precision() == sitrep_record::Precision::Year
                || published_year.is_some_and(|y| v.year < y)
        })
}

/// The doer of an agentless passive of the state's legal or administrative coercion
/// ("five people were arrested in Irbil", "two French journalists were arrested in Iran",
/// "a curfew was imposed in Dhaka"): the state of the country where it happened, as the
/// story names it up to this sentence (the country itself, its government, police, courts
/// or forces; latest first). Its patients keep their own party ("French journalists":
/// FRA). None when the act is dated to another time or a period, when the country is
/// unclear, or when the story names no state party of it.
pub(crate) fn state_agent(
    doc: &Doc,
    sentence: usize,
    cameo: &str,
    patients: &[usize],
    trigger: usize,
) -> Option<FromContext> {
    // A release from the state's custody ("was released from prison", "freed under an
    // amnesty") is the state's act as the arrest was; one naming no custody may be
    // kidnappers' ("hostages were released").
    let custody_release = matches!(cameo, "084" | "0841")
        && doc.sentences[sentence]
            .tokens()
            .any(|t| crate::words::CUSTODY_WORDS.contains(doc.norm(t)));
    // Acceding to demands (083x) told without its doer ("the finance bill was withdrawn
    // after protests", "the energy minister was sacked", "the police unit was disbanded")
    // is done with the state's own instruments: its laws, offices and bodies.
    let acceded = cameo.starts_with("083");
    // A truce declared or fighters demobilised with no one named doing it ("a ceasefire was
    // declared in Shan state", "militiamen were demobilised in Ituri") are announced and
    // run by the authorities where they happened, as an easing of their restrictions is.
    let names_truce = || {
        doc.sentences[sentence]
            .tokens()
            .any(|t| crate::words::TRUCE_WORDS.contains(doc.norm(t)))
    };
    let de_escalation = cameo == "0873" || (cameo == "0871" && names_truce());
    // Peacekeepers or inspectors let into a country with no one named letting them in
    // ("Election Observers Allowed Back into Iran") are admitted by its state: only a
    // state admits them to its territory.
    let admitted = matches!(cameo, "0861" | "0862");
    // Diplomats, peacekeepers or inspectors expelled with no one named doing it ("five
    // Russian diplomats were expelled on Friday") are sent out by the state where it
    // happened: only a state expels a foreign mission (golden README convention 13). Aid
    // agencies (1663) are left out: "three NGOs were banned" is as often the state's
    // restriction of its own groups (172), which keeps its own reading.
    let expulsion = matches!(cameo, "166" | "1661" | "1662");
    if !(is_state_legal_act(cameo)
        || custody_release
        || acceded
        || de_escalation
        || admitted
        || expulsion)
        || act_dated_to_another_time(doc, sentence, trigger)
    {
        return None;
    }
    let country = act_country(doc, sentence)?;
    // A state never expels its own envoys: "Five Russian diplomats were expelled" in a story
    // about Russia is no act of Russia's, whose state is not the one that sent them out.
    if expulsion
        && patients
            .iter()
            .any(|&p| doc.entities[doc.mentions[p].entity].code.as_deref() == Some(country))
    {
        return None;
    }
    // An easing of the state's restrictions is done in and to its own country: "martial law
    // was lifted in Thailand" names Thailand as the place (the recipient slot `in`) and as
    // the state that lifted it. An arrest's patients are never its doer.
    // A curfew or an emergency imposed is the same state's act on its own country ("Curfew
    // imposed in Kenya": KEN>KEN, golden README convention 13), as its easing is.
    let easing = cameo.starts_with("081") || de_escalation || matches!(cameo, "1723" | "1724");
    // "HANOI - A Vietnamese activist was arrested": where the sentence places the act in the
    // country, a patient's adjective names the people's country, not a doer, and the
    // country it names is still the state that arrests there (the act X>X).
    let placed = doc
        .locative_place_codes(&doc.sentences[sentence])
        .next()
        .is_some();
    let state = |m: usize| {
        let mention = &doc.mentions[m];
        let e = &doc.entities[mention.entity];
        let sector = mention.sector.as_deref().or(e.sector.as_deref());
        let own_place = easing && e.entity_type == sitrep_record::EntityType::Gpe;
        let adjective_here = placed && mention.kind == crate::doc::MentionKind::Adjective;
        !e.code_inferred
            && e.code.as_deref() == Some(country)
            && (own_place
                || adjective_here
                || !patients
                    .iter()
                    .any(|&p| doc.mentions[p].entity == mention.entity))
            && match sector {
                None => e.entity_type == sitrep_record::EntityType::Gpe,
                Some(s) => matches!(s, "GOV" | "COP" | "JUD" | "MIL" | "SPY"),
            }
    };
    // Mentions up to the end of this sentence, latest first; a bound on the scan, as in
    // `hostile_agent`.
    let last = doc.sentences[sentence].last;
    let upto = doc.mentions.partition_point(|m| m.first < last);
    let m = (0..upto).rev().take(RECENT).find(|&m| state(m))?;
    Some(FromContext {
        mention: m,
        source: ActorSource::StateWhereItHappened,
        how: format!(
            "actor: the state of {country}, where the act happened (an arrest, ban, curfew, deportation or seizure told without its doer)"
        ),
    })
}

/// Is the subject of the verb group at local token `vg` an act rather than a party ("the
/// attack killed three soldiers", "shelling destroyed homes in Kharkiv"): a phrase naming
/// no actor whose head is a noun the lexicon codes as a hostile material act? Such a
/// sentence says what happened without saying who did it, as an agentless passive does.
pub(crate) fn act_as_subject(
    clause: &Clause,
    lexicon: &EventLexicon,
    ontology: &Ontology,
    vg: usize,
) -> bool {
    let Subject::NonActor((_, end)) = clause.subject(vg, 0) else {
        return false;
    };
    let Some(head) = end.checked_sub(1) else {
        return false;
    };
    // "Rebel forces fired ...": a role noun names people, not an act.
    clause.tags[head].is_noun()
        && clause.doc.role_at[clause.first + head] == NONE
        && is_hostile_act_noun(lexicon, ontology, clause.words[head])
}

/// Is `word` a noun the lexicon codes as a hostile material act ("attack", "bombing",
/// "raid", "arrests")?
fn is_hostile_act_noun(lexicon: &EventLexicon, ontology: &Ontology, word: &str) -> bool {
    lexicon.patterns_for(word).iter().any(|&p| {
        let pattern = lexicon.pattern(p);
        pattern.pos == TriggerPos::Noun
            && ontology
                .cameo(&pattern.cameo)
                .and_then(|c| c.plover.as_deref())
                .is_some_and(is_hostile_material)
    })
}

/// How many sentences after an act told without its doer a claim or a blame may name the
/// doer: the wire's next sentence, or the one after a line of detail ("A bombing killed
/// ... . Several were wounded. Al-Shabab claimed responsibility for the attack").
const CLAIM_REACH: usize = 2;

/// How many words after a doer-naming phrase or a blaming verb its party and the act it
/// names may stand ("blamed Malay Muslim separatist insurgents for the bombing").
const ACT_REACH: usize = 8;

/// The doer a later sentence of the story names for an act of violence told without one in
/// sentence `sentence` ("A suicide bombing killed 12 soldiers. Al-Shabab claimed
/// responsibility for the attack", "Officials blamed Boko Haram insurgents for the
/// attack", "The army said CODECO militiamen carried out the raid"): within
/// [`CLAIM_REACH`] body sentences, a phrase of `[doer-naming-phrases]` right after a party
/// (a perfect's auxiliary between them), or a verb of `[blaming-verbs]` with a party after
/// it, followed by a back-referring act noun ("the attack", "this bombing"). The claim
/// itself is no event (convention 10); it only says who did the act. None when the party
/// is one of the act's `patients`, or the story's next sentences name two doers.
pub(crate) fn claimed_doer(
    doc: &Doc,
    lexicon: &EventLexicon,
    ontology: &Ontology,
    sentence: usize,
    plover: &str,
    patients: &[usize],
) -> Option<FromContext> {
    // Claims and blames name the doers of violence; an arrest or a sanction told without
    // its doer is the state's (`state_agent`).
    if plover != "ASSAULT" {
        return None;
    }
    let party = |m: usize| {
        let mention = &doc.mentions[m];
        !mention.kind.is_indirect()
            && code_of(doc, m).is_some()
            && !patients
                .iter()
                .any(|&p| doc.mentions[p].entity == mention.entity)
    };
    let mut doer: Option<(usize, usize)> = None;
    let after = doc.sentences.iter().enumerate().skip(sentence + 1);
    for (s, sent) in after.take(CLAIM_REACH) {
        if sent.kind != crate::doc::SentenceKind::Body {
            break;
        }
        for k in sent.tokens() {
            let blaming = crate::words::BLAMING_VERBS.contains(doc.norm(k));
            let naming = !blaming && doer_naming_phrase_at(doc, k, sent.last);
            if !(blaming || naming) {
                continue;
            }
            let found = if blaming {
                // The first party after the verb: "blamed Boko Haram for the attack",
                // "blamed the bombing on separatists".
                (k + 1..sent.last.min(k + 1 + ACT_REACH))
                    .map(|t| doc.mention_at[t])
                    .find(|&m| m != NONE && party(m as usize))
                    .map(|m| m as usize)
            } else {
                // The party the phrase follows, at most a perfect's auxiliary between:
                // "its fighters were behind", "Houthi rebels said they had launched".
                let mut t = k;
                if t > sent.first && crate::words::AUX.contains(doc.norm(t - 1)) {
                    t -= 1;
                }
                (t > sent.first)
                    .then(|| doc.mention_at[t - 1])
                    .filter(|&m| m != NONE && party(m as usize))
                    .map(|m| m as usize)
            };
            let Some(m) = found else {
                continue;
            };
            let act_named = (k + 1..sent.last.min(k + 1 + ACT_REACH)).any(|t| {
                crate::words::BACK_REFERRING_DETERMINERS.contains(doc.norm(t))
                    && (t + 1..sent.last.min(t + 3))
                        .any(|n| is_hostile_act_noun(lexicon, ontology, doc.norm(n)))
            });
            if !act_named {
                continue;
            }
            match doer {
                None => doer = Some((m, s)),
                Some((d, _)) if doc.mentions[d].entity != doc.mentions[m].entity => return None,
                Some(_) => {}
            }
        }
    }
    let (m, s) = doer?;
    Some(FromContext {
        mention: m,
        source: ActorSource::Other,
        how: format!(
            "actor: from the story, the doer a claim or blame names for the act (sentence {})",
            s + 1
        ),
    })
}

/// Does a phrase of `[doer-naming-phrases]` ("claimed responsibility", "were behind",
/// "carried out") begin at token `k`, inside a sentence ending at token `last`?
fn doer_naming_phrase_at(doc: &Doc, k: usize, last: usize) -> bool {
    let phrases = &*crate::words::DOER_NAMING_PHRASES;
    phrases.contains(doc.norm(k))
        || (k + 1 < last && phrases.contains_phrase(&[doc.norm(k), doc.norm(k + 1)]))
}
