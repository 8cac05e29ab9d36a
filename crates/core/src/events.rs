//! Stage `events`: the coder.
//!
//! For each candidate sentence, every lexicon pattern whose head occurs is tried (most
//! specific first per head word). A satisfied pattern becomes an event when its actor
//! and recipient can be found in the sentence's structure:
//! - verb, active voice: actor = subject; recipient = the pattern's slots (direct object
//!   or prepositional object) to the right, within the clause;
//! - verb, passive voice: recipient = subject (its possessor for verbal reactions: "Israel's
//!   plan was condemned by Jordan"); actor = the `by` agent, or `from` for transfers
//!   ("rounds were shipped from North Korea to Russia");
//! - a line that names the subject's role says otherwise, in either voice: a victim is
//!   the recipient and the slots name the doer ("came under fire from militants"); an
//!   experiencer is the actor and the slots name what it reacts to ("was angered by
//!   China's decision"; active: "China's decision angered Japan", the object reacts);
//! - a visit's destination named as a place is its country's (the gazetteer's country,
//!   the story's mention of it);
//! - a target named only by its country's adjective belongs to that country, after an
//!   article or a possessive ("its Sudanese counterpart") or inside the object phrase the
//!   pattern required ("denounced the Israeli strike");
//! - noun: actor = an actor inside the noun phrase ("Ukraine's strike", "Ukrainian
//!   strike", "Russia-North Korea pact"), else the `by` agent, else the subject of the
//!   verb governing the phrase ("Ukraine launched a drone strike");
//! - coordinated actors give one event each; two coordinated actors with no recipient
//!   (a "Russia and North Korea signed") give the event in both directions;
//! - an accusation or denial governs the event inside it ("accused North Korea of
//!   supplying weapons": the supply is coded too, with the accused as its actor);
//! - an event noun inside a quotation is the speaker's description ("this civil
//!   disobedience movement"), not an event; a quoted verb is ("our forces shelled ..."),
//!   unless a quotation opening its sentence tells in the past tense an act of the same
//!   category and parties the story has already coded (one mention per event).
//!
//! Every event records the pattern line and how each slot was filled, as its `rule`.

use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;

use sitrep_lexicon::{
    EventLexicon, Ontology, PatternMatch, Slot as LexSlot, SubjectRole, TriggerPos,
};
use sitrep_tagger::Tag;

use crate::doc::{
    ActorSource, CodedEvent, Doc, DropStage, Dropped, EventOrigin, MentionKind, SlotSources,
};
use crate::knowledge::Knowledge;
use crate::syntax::{Clause, Slot, Subject};
use crate::words::{
    ABUSE_NOUNS, BE_FORMS, COMMENTATOR_ROLES, DEMONSTRATION_CUES, DISASTER_RELIEF_WORDS,
    ENACTING_VERBS, ENDING_OFF_VERBS, ENDING_VERBS, EXPELLING_VERBS, EXPLOSIVE_SUBJECT_NOUNS,
    HOLDING_PARTICIPLES, LINKING_VERBS, MONITOR_NOUNS, MOTION_PREPOSITIONS, NARRATIVE_WORKS,
    NON_STATE_SECTORS, OBJECT_CONTROL, OPENING_TIME_WORDS, PLACE_RECIPIENT_CODES,
    PRIVATE_PARTY_HEADS, PRIVATE_VISITOR_SECTORS, PROTESTER_SECTORS, PUBLICATION_NOUNS,
    STATE_AUXILIARIES, STATE_COMPLAINT_VERBS, TELLING_VERBS, UNREALISED_PROTEST_CUES,
    WITHDRAWAL_SITES,
};

/// Stage `events`: codes every analysed sentence.
pub(crate) fn run(k: &Knowledge, doc: &mut Doc) {
    let quotes = quoted_spans(doc);
    // Events of the sentences before, for quotations that restate one (golden convention
    // 7: "Our forces got rid of six militants who attacked a hotel," after the attack was
    // told): an act a quotation tells again with the same parties is not a second event.
    let mut categories = ToldCategories::default();
    let mut told: HashSet<ToldKey> = HashSet::default();
    // The same keys with either party or both left open, for definite event nouns.
    let mut told_any_parties: HashSet<ToldKey> = HashSet::default();
    // Arrests told: the arresting side and the person arrested, by entity (session 24).
    let mut told_arrests: HashSet<(PartyKey, usize)> = HashSet::default();
    let mut events = Vec::new();
    let mut dropped = doc.dropped.take();
    for (si, s) in doc.sentences.iter().enumerate() {
        let Some(tags) = doc.tags[si].as_deref() else {
            continue;
        };
        let clause = Clause::new(k, doc, s.first, s.last, tags);
        let first_new = events.len();
        if !doc.analysed[si] {
            // A sentence tagged for the detector only (or for its figures).
            crate::detector::backstop(k, &clause, si, &mut events);
            continue;
        }
        code_sentence(
            &clause,
            si,
            doc.prepared.get(si).and_then(Option::as_ref),
            &k.lexicon,
            k.ontology,
            &mut events,
            dropped.as_mut(),
        );
        let reasons: Vec<bool> = events[first_new..]
            .iter()
            .map(|ev| reason_of_a_reaction(&clause, ev, &events[first_new..]))
            .collect();
        retain_tail(&mut events, first_new, |i, ev| {
            let quoted = is_quoted(doc, ev, &quotes);
            let reason = if quoted {
                (ev.noun
                    || (tells_the_past(&clause, ev)
                        && quotation_opens_sentence(&clause, ev, &quotes)
                        || told_again(&clause, ev))
                        && categories
                            .told_key(restatement_key(doc, ev))
                            .is_some_and(|key| told.contains(&key)))
                .then_some(if ev.noun {
                    "an event noun inside a quotation is the speaker's description"
                } else {
                    "a quotation tells again an act the story has coded"
                })
            } else {
                // "The shelling damaged a school", "Beijing made the accusation",
                // "Pedersen issued his appeal Friday": a definite event noun points back
                // to an act the story has told (golden convention 7).
                (!ev.negated
                    && names_a_known_act(&clause, &k.lexicon, ev)
                    && categories
                        .told_key(restatement_key(doc, ev))
                        .is_some_and(|key| told_any_parties.contains(&key)))
                .then_some("a definite event noun points back to an act the story has coded")
                .or_else(|| {
                    // "The agreement was signed by the two ministers": a passive whose
                    // subject is a definite noun of the act tells the act told before.
                    (!ev.negated
                        && definite_subject_names_the_act(&clause, &k.lexicon, ev)
                        && told_with_a_party(&categories, &told_any_parties, doc, ev))
                    .then_some("a passive with a definite noun of the act points back to it")
                })
                .or_else(|| {
                    // "Trump thanked Putin for freeing him", "condemned Moscow for
                    // shelling the city": the reason a reaction gives is the act the story
                    // has told.
                    (!ev.negated
                        && reasons[i - first_new]
                        && categories.find(&ev.plover).is_some_and(|p| {
                            told_any_parties.contains(&(p, PartyKey::Nobody, PartyKey::Nobody))
                        }))
                    .then_some("the reason of a reaction is the act the story has told")
                })
                .or_else(|| {
                    named_by_an_earlier_year(doc, ev)
                        .then_some("an event noun named by an earlier year is a past act")
                })
                .or_else(|| {
                    // "IS claimed responsibility for the raid, saying its fighters had
                    // seized weapons", after the raid was told: the claim is CAMEO 015, no
                    // PLOVER category (golden convention 10), and the acts it names or
                    // says are the attack the story has coded (convention 7). An attack
                    // told only through the claim ("Hamas claimed responsibility for an
                    // attack Sunday in which five soldiers were killed") stays.
                    (categories.find("ASSAULT").is_some_and(|p| {
                        told_any_parties.contains(&(p, PartyKey::Nobody, PartyKey::Nobody))
                    }) && told_in_a_claim_of_responsibility(&clause, ev.trigger.0 - clause.first))
                    .then_some("an act told in a claim of responsibility for an attack told")
                })
                .or_else(|| {
                    // "Aoun told reporters after meeting the envoys", "Rubio said after
                    // wrapping up meetings with G7 foreign ministers", after the meeting was
                    // told: a meeting named as when a statement was made is its setting,
                    // the meeting the story has coded (golden convention 7). A meeting the
                    // story has not told stays.
                    (ev.plover == "CONSULT"
                        && setting_of_a_statement(&clause, ev.trigger.0 - clause.first)
                        && told_with_either_party(&categories, &told_any_parties, doc, ev))
                    .then_some("a meeting told as a statement's setting, coded before")
                })
                .or_else(|| {
                    // "The kidnappers have demanded a ransom", "the gunmen demanded a ransom
                    // of 5 million CFA francs for each hostage", after the attack or
                    // abduction was told: the demand is part of the abduction the story
                    // has coded (golden convention 7), not a second one.
                    (ev.cameo == "181"
                        && !ev.noun
                        && clause.words[ev.trigger.0 - clause.first].starts_with("demand")
                        && categories.find("ASSAULT").is_some_and(|p| {
                            told_any_parties.contains(&(p, PartyKey::Nobody, PartyKey::Nobody))
                        }))
                    .then_some("a ransom demand is part of the abduction the story has coded")
                })
                .or_else(|| {
                    // "The Israeli military said it had killed a Hezbollah commander",
                    // "the army said its troops had repelled the assailants", after the
                    // strike was told: a reported pluperfect of an attack by the party told
                    // attacking before, with no day of its own, is the doer's account of
                    // that attack (golden convention 7). The other side's account ("said
                    // Kyrgyz units had attacked a Tajik post first") is its own event.
                    (!ev.negated
                        && ev.plover == "ASSAULT"
                        && reported_pluperfect(&clause, ev)
                        && !has_own_day(&clause, ev.trigger.0 - clause.first)
                        && told_by_the_same_actor(&categories, &told, doc, ev))
                    .then_some("a reported pluperfect retells an attack the story has coded")
                })
                .or_else(|| {
                    // "Agents of SEBIN detained the activist at her home", after
                    // "Venezuela's intelligence service arrested the activist": the same
                    // person arrested by the same side, told again with no day of its own,
                    // is the arrest the story has coded (golden convention 7). The person
                    // is the same entity (a name, or a definite description pointing back);
                    // other people arrested are a new arrest.
                    (is_an_arrest(doc, ev)
                        && !has_own_day(&clause, ev.trigger.0 - clause.first)
                        && !clause.words.iter().any(|w| is_a_year(w))
                        && ev.recipient.is_some_and(|m| {
                            told_arrests
                                .contains(&(party_key(doc, ev.actor), doc.mentions[m].entity))
                        }))
                    .then_some("an arrest of a person the same side was told arresting")
                })
            };
            if let Some(reason) = reason {
                let stage = if quoted {
                    DropStage::Quotation
                } else {
                    DropStage::Dedupe
                };
                record_drop(&mut dropped.as_mut(), ev, stage, reason);
            }
            reason.is_none()
        });
        // An act told with its target is also told when a quotation names none ("Russian
        // troops shelled Kharkiv through the night" after "shelled the Ukrainian city").
        // A definite noun may name either party or neither ("the shelling").
        for ev in &events[first_new..] {
            if let (true, Some(m)) = (is_an_arrest(doc, ev), ev.recipient) {
                told_arrests.insert((party_key(doc, ev.actor), doc.mentions[m].entity));
            }
            let (plover, actor, recipient) = restatement_key(doc, ev);
            let plover = categories.number(plover);
            if recipient != PartyKey::Nobody {
                told.insert((plover, actor, PartyKey::Nobody));
            }
            told.insert((plover, actor, recipient));
            told_any_parties.insert((plover, actor, PartyKey::Nobody));
            told_any_parties.insert((plover, PartyKey::Nobody, recipient));
            told_any_parties.insert((plover, PartyKey::Nobody, PartyKey::Nobody));
            told_any_parties.insert((plover, actor, recipient));
        }
        // The recall backstop runs only where no pattern of the lexicon matched (above): a
        // sentence whose candidates the rules dropped (a habit, a forecast, a commentator's
        // view, no party in reach) is one the rules decided on.
    }
    drop_restated_headline(doc, &mut events, &mut dropped.as_mut());
    crate::recipients::joined_criticism(doc, &mut events);
    crate::recipients::from_story(doc, &mut events, &mut dropped.as_mut());
    if let Some(d) = dropped.as_mut() {
        never_tried(k, doc, &events, d);
    }
    doc.events = events;
    doc.dropped = dropped;
}

/// Records, for the tools that count where candidates are lost (`Doc::dropped` set), the
/// patterns the lexicon finds over a whole sentence that the coder never tried: the gate
/// left the sentence unanalysed (a heading, no party, the pattern's words too far from its
/// head), or the pattern's words cross the clause bound the coder reads within
/// (`Clause::region_end`), or another pattern of the same head won. Only for a category
/// the sentence neither coded nor dropped a candidate of, so each such miss has one reason
/// and the normal path never comes here.
fn never_tried(k: &Knowledge, doc: &Doc, events: &[CodedEvent], dropped: &mut Vec<Dropped>) {
    let lexicon = &k.lexicon;
    let plover_of_pattern = |cameo: &str| {
        k.ontology
            .cameo(cameo)
            .and_then(|c| plover_of(cameo, c.plover.as_deref()))
            .unwrap_or_default()
    };
    let recorded = dropped.len();
    for (si, s) in doc.sentences.iter().enumerate() {
        let words: Vec<&str> = s.tokens().map(|g| doc.norm(g)).collect();
        let n = words.len();
        if n == 0 || !s.tokens().any(|g| lexicon.is_head_word(doc.norm(g))) {
            continue;
        }
        let flat = lexicon.find_all(&words, |_| n);
        if flat.is_empty() {
            continue;
        }
        let analysed = doc.analysed.get(si).copied().unwrap_or(false);
        let bounded = match doc.tags[si].as_deref() {
            Some(tags) if analysed => {
                let clause = Clause::new(k, doc, s.first, s.last, tags);
                lexicon.find_all(&words, |i| clause.region_end(i))
            }
            _ => Vec::new(),
        };
        let gate_region = lexicon.find_all(&words, |i| (i + 16).min(n));
        let mut seen: Vec<(usize, String)> = Vec::new();
        for m in &flat {
            let pattern = lexicon.pattern(m.pattern);
            let plover = plover_of_pattern(&pattern.cameo);
            let trigger = s.first + m.head;
            let told = events
                .iter()
                .any(|ev| ev.sentence == si && ev.plover == plover)
                || dropped[..recorded]
                    .iter()
                    .any(|d| d.sentence == si && d.plover == plover);
            if told || seen.iter().any(|(h, p)| *h == m.head && *p == plover) {
                continue;
            }
            let same = |o: &PatternMatch| o.head == m.head && o.pattern == m.pattern;
            let reason = if s.kind != crate::doc::SentenceKind::Body {
                "gate: a heading or recap line is not coded"
            } else if n > crate::syntax::MAX_ANALYSED_TOKENS {
                "gate: the sentence is over the length cap"
            } else if !analysed && gate_region.iter().any(same) {
                "gate: no party in the sentence (mention, pair phrase, located place)"
            } else if !analysed {
                "gate: the pattern's words lie beyond 16 words of its head"
            } else if !bounded.iter().any(same) {
                "the pattern's words cross the clause bound (Clause::region_end)"
            } else if bounded.iter().any(|o| o.head == m.head && !same(o)) {
                "another pattern of its head was tried first and won or was dropped"
            } else {
                "the coder dropped the match before slots (a month in a date, a town taken)"
            };
            seen.push((m.head, plover.clone()));
            dropped.push(Dropped {
                sentence: si,
                trigger,
                source: format!("{} line {}", pattern.file, pattern.line),
                cameo: pattern.cameo.clone(),
                plover,
                stage: DropStage::Untried,
                reason,
                shape: None,
                position: None,
            });
        }
    }
}

/// Records that `ev` was dropped at `stage` for `reason`, when recording was asked for.
pub(crate) fn record_drop(
    dropped: &mut Option<&mut Vec<Dropped>>,
    ev: &CodedEvent,
    stage: DropStage,
    reason: &'static str,
) {
    if let Some(d) = dropped {
        d.push(Dropped::of_event(ev, stage, reason));
    }
}

/// Does the event name an act the reader already knows, by a definite noun: the noun
/// trigger after "the", "this", "its" or a possessive with nothing but adjectives between
/// ("the shelling damaged a school", "Pyongyang's threat came in a statement"), or the
/// event noun a verb pattern requires after its verb when that noun alone is an act of
/// the same CAMEO root ("made the accusation", "issued his appeal", "carried out the
/// strike")? A noun with a phrase of its own after it ("Israel's crackdown on protests",
/// "the war between the army and the RSF") names its parties anew, and a verb acting on a
/// known act ("rejected the allegation", "revoked Zamora's house arrest") is a new act.
fn names_a_known_act(clause: &Clause, lexicon: &EventLexicon, ev: &CodedEvent) -> bool {
    let trigger = ev.trigger.0 - clause.first;
    // A frame may have moved a noun event's trigger to its cue verb ("rejected the
    // allegation"): only a trigger tagged as a noun is read as one.
    let noun = if ev.noun {
        let next = trigger + 1;
        // "the talks with Iran" may name another act; "described the discussions as
        // constructive" names the noun's own act ("as" opens no phrase of the noun).
        if !clause.tags[trigger].is_noun()
            || next < clause.len()
                && matches!(clause.tags[next], Tag::IN | Tag::TO)
                && clause.words[next] != "as"
        {
            return false;
        }
        trigger
    } else {
        match ev.object_keyword {
            Some(o) if o > ev.trigger.0 && names_an_act_of_root(clause, lexicon, o, ev) => {
                o - clause.first
            }
            _ => return false,
        }
    };
    let mut k = noun;
    while k > 0 {
        k -= 1;
        let (word, tag) = (clause.words[k], clause.tags[k]);
        if matches!(
            word,
            "the" | "this" | "that" | "these" | "those" | "its" | "his" | "her" | "their"
        ) || tag == Tag::POS && ev.noun
        {
            return true;
        }
        if !(tag.is_adj() || word == "same") {
            return false;
        }
    }
    false
}

/// Is the verb event's subject a definite noun of its act ("The agreement was signed by
/// ...", "The sanctions were imposed on ..."): the pattern's keyword before a passive
/// trigger, after "the", "this" or "these", and a noun pattern of the event's CAMEO root?
fn definite_subject_names_the_act(
    clause: &Clause,
    lexicon: &EventLexicon,
    ev: &CodedEvent,
) -> bool {
    if ev.noun {
        return false;
    }
    let Some(o) = ev.object_keyword.filter(|&o| o < ev.trigger.0) else {
        return false;
    };
    let (o, trigger) = (o - clause.first, ev.trigger.0 - clause.first);
    // The noun is the passive's own subject (not "the threat posed by", a participle after
    // its noun, nor "the protest, which was led by"), and names an act, not a party ("the
    // police were deployed").
    if !clause.is_passive(trigger)
        || clause.mention(o).is_some()
        || !clause.tree().is_some_and(|t| {
            t.head(o) == Some(trigger) && t.rel(o) == sitrep_parser::Rel::Nsubjpass
        })
        || !names_an_act_of_root(clause, lexicon, o + clause.first, ev)
    {
        return false;
    }
    let mut k = o;
    while k > 0 {
        k -= 1;
        let word = clause.words[k];
        if matches!(word, "the" | "this" | "these") {
            return true;
        }
        if !(clause.tags[k].is_adj() || clause.tags[k].is_noun()) {
            return false;
        }
    }
    false
}

/// Is the verb event a pluperfect ("had killed", "had been repelled") in a clause reported
/// by a speech verb before it ("said it had killed", "saying its fighters had targeted"),
/// whose sayer is of the actor's own country?
fn reported_pluperfect(clause: &Clause, ev: &CodedEvent) -> bool {
    if ev.noun {
        return false;
    }
    let trigger = ev.trigger.0 - clause.first;
    if !matches!(clause.tags[trigger], Tag::VBN) {
        return false;
    }
    let vg = clause.verb_group_start(trigger).min(trigger);
    if !(vg..trigger).any(|i| clause.words[i] == "had") {
        return false;
    }
    // "He said the militants had also set fire to a school": "also" in the verb group adds
    // an act to the one told, it does not retell it (wire-j-philippines-marawi).
    if (vg..trigger).any(|i| clause.words[i] == "also") {
        return false;
    }
    let doc = clause.doc;
    let code = |m: usize| doc.entities[doc.mentions[m].entity].code.as_deref();
    let Some(actor) = ev.actor.and_then(code) else {
        return false;
    };
    // The sayer is the doer's own side: a party of the actor's country before the speech
    // verb ("The Israeli military said it had", "the RSF said its fighters had"); "its
    // foreign ministry said Kyrgyz units had attacked" is the other side's charge.
    (0..vg).any(|k| {
        clause.tags[k].is_verb()
            && (crate::words::SPEECH_VERBS.contains(clause.words[k])
                || matches!(clause.words[k], "say" | "saying"))
            && (0..k)
                .rev()
                .take_while(|&l| clause.words[l] != ";")
                .take(12)
                .filter_map(|l| clause.mention(l))
                .any(|m| code(m) == Some(actor))
    })
}

/// Was an act of the event's category told before with its actor (with any recipient or
/// none: the act told may have had no recipient yet, the story giving it one later)?
fn told_by_the_same_actor(
    categories: &ToldCategories,
    told: &HashSet<ToldKey>,
    doc: &Doc,
    ev: &CodedEvent,
) -> bool {
    let (plover, actor, _) = restatement_key(doc, ev);
    actor != PartyKey::Nobody
        && categories
            .find(plover)
            .is_some_and(|p| told.contains(&(p, actor, PartyKey::Nobody)))
}

/// Was an act of the event's category told with its actor or its recipient (either)?
fn told_with_a_party(
    categories: &ToldCategories,
    told_any_parties: &HashSet<ToldKey>,
    doc: &Doc,
    ev: &CodedEvent,
) -> bool {
    let (plover, actor, recipient) = restatement_key(doc, ev);
    categories.find(plover).is_some_and(|p| {
        (actor != PartyKey::Nobody && told_any_parties.contains(&(p, actor, PartyKey::Nobody)))
            || (recipient != PartyKey::Nobody
                && told_any_parties.contains(&(p, PartyKey::Nobody, recipient)))
    })
}

/// Was an act of the event's category told with the event's actor or recipient in either
/// role ("the envoys met Aoun" told before "Aoun ... after meeting the envoys")?
fn told_with_either_party(
    categories: &ToldCategories,
    told_any_parties: &HashSet<ToldKey>,
    doc: &Doc,
    ev: &CodedEvent,
) -> bool {
    let (plover, actor, recipient) = restatement_key(doc, ev);
    categories.find(plover).is_some_and(|p| {
        [actor, recipient]
            .into_iter()
            .filter(|k| *k != PartyKey::Nobody)
            .any(|k| {
                told_any_parties.contains(&(p, k, PartyKey::Nobody))
                    || told_any_parties.contains(&(p, PartyKey::Nobody, k))
            })
    })
}

/// Does the trigger at local `head` hang, through words that are no verbs, under an
/// "after", "following" or "before" that hangs on a verb of saying ("told reporters after
/// meeting the envoys", "said following his meetings with counterparts")? The words are
/// checked first, so that only such a sentence is parsed.
fn setting_of_a_statement(clause: &Clause, head: usize) -> bool {
    let time = |w: &str| matches!(w, "after" | "following" | "before");
    if !clause.words.iter().any(|w| time(w)) {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    first_ancestor_answer(t, head, 5, |h| {
        if time(clause.words[h]) {
            Some(
                t.head(h).is_some_and(|v| {
                    v != h && crate::words::SPEECH_VERBS.contains(clause.words[v])
                }),
            )
        } else {
            clause.tags[h].is_verb().then_some(false)
        }
    })
}

/// Climbs the tree from token `from` through at most `steps` heads and returns the first
/// answer `at` gives for a head (`None`: climb on); false at the root or past `steps`.
fn first_ancestor_answer(
    t: &sitrep_parser::Tree,
    from: usize,
    steps: usize,
    mut at: impl FnMut(usize) -> Option<bool>,
) -> bool {
    let mut i = from;
    for _ in 0..steps {
        let Some(h) = t.head(i) else {
            return false;
        };
        if h == i {
            return false;
        }
        if let Some(answer) = at(h) {
            return answer;
        }
        i = h;
    }
    false
}

/// Is the verb event a gerund after "for" or "over" that gives the reason of another event
/// of its sentence told before it ("thanked Putin for freeing him", "condemned Moscow for
/// shelling the city")?
fn reason_of_a_reaction(clause: &Clause, ev: &CodedEvent, events: &[CodedEvent]) -> bool {
    if ev.noun {
        return false;
    }
    let trigger = ev.trigger.0 - clause.first;
    if trigger == 0
        || clause.tags[trigger] != Tag::VBG
        || !matches!(clause.words[trigger - 1], "for" | "over")
    {
        return false;
    }
    events
        .iter()
        .any(|o| o.sentence == ev.sentence && o.trigger.0 < ev.trigger.0 && o.plover != ev.plover)
}

/// Does a quoted verb say it tells its act again ("I once again call on the Israeli
/// authorities", "we again urge")? "again" in its verb group or right before it.
fn told_again(clause: &Clause, ev: &CodedEvent) -> bool {
    if ev.noun {
        return false;
    }
    let trigger = ev.trigger.0 - clause.first;
    let from = clause
        .verb_group_start(trigger)
        .min(trigger)
        .saturating_sub(2);
    (from..trigger).any(|i| clause.words[i] == "again")
}

/// Is the word at global token `token` the head of a noun pattern of the event's CAMEO
/// root ("accusation" for an accusation, 11x; "appeal" for an appeal, 02x)?
fn names_an_act_of_root(
    clause: &Clause,
    lexicon: &EventLexicon,
    token: usize,
    ev: &CodedEvent,
) -> bool {
    let word = clause.words[token - clause.first];
    let root = ev.cameo.get(..2);
    let of_root = |w: &str| {
        lexicon.patterns_for(w).iter().any(|&id| {
            let p = lexicon.pattern(id);
            p.pos == TriggerPos::Noun && p.cameo.get(..2) == root
        })
    };
    of_root(word) || lexicon.lemma_of(word).is_some_and(of_root)
}

/// A headline given as the document's first line (its own paragraph, one sentence with no
/// closing stop, "Ukraine says Russian drones hit Odesa port") tells in short what the
/// lede tells in full: its events that a later sentence codes again, with the same
/// category and parties, are dropped there, so that the act is coded once, at its fullest
/// mention (golden conventions 1 and 7). A headline act the body does not retell stays.
fn drop_restated_headline(
    doc: &Doc,
    events: &mut Vec<CodedEvent>,
    dropped: &mut Option<&mut Vec<Dropped>>,
) {
    let [first, second, ..] = doc.sentences[..] else {
        return;
    };
    let last = first.last.saturating_sub(1);
    if first.paragraph == second.paragraph
        || first.last <= first.first
        || matches!(doc.norm(last), "." | "!" | "?" | "\"" | "'" | "...")
        || doc.norm(last).ends_with('.')
    {
        return;
    }
    let told_later = |ev: &CodedEvent| {
        let (plover, actor, recipient) = restatement_key(doc, ev);
        events.iter().any(|o| {
            let (p, a, r) = restatement_key(doc, o);
            o.sentence > 0
                && p == plover
                && (actor == PartyKey::Nobody || a == actor)
                && (recipient == PartyKey::Nobody || r == recipient)
        })
    };
    let restated: Vec<bool> = events
        .iter()
        .map(|ev| ev.sentence == 0 && told_later(ev))
        .collect();
    drop_marked(
        events,
        &restated,
        dropped,
        DropStage::Dedupe,
        "a headline act the lede tells again",
    );
}

/// Drops the events whose flag in `marks` (one per event, in order) is set, recording each
/// under `stage` and `reason`.
pub(crate) fn drop_marked(
    events: &mut Vec<CodedEvent>,
    marks: &[bool],
    dropped: &mut Option<&mut Vec<Dropped>>,
    stage: DropStage,
    reason: &'static str,
) {
    if !marks.contains(&true) {
        return;
    }
    retain_tail(events, 0, |i, ev| {
        if marks[i] {
            record_drop(dropped, ev, stage, reason);
        }
        !marks[i]
    });
}

/// Does the quotation holding the trigger open its sentence (or run on from an earlier
/// one)? Then the sentence is the speaker's telling; a few quoted words inside the
/// writer's sentence ("said his forces had \"killed and injured 1,000\" fighters") are
/// the writer's report, with its own place in the story.
fn quotation_opens_sentence(clause: &Clause, ev: &CodedEvent, quotes: &[(usize, usize)]) -> bool {
    let doc = clause.doc;
    let trigger_byte = doc.tokens.get(ev.trigger.0).start as usize;
    let after = quotes.partition_point(|&(s, _)| s <= trigger_byte);
    after > 0 && quotes[after - 1].0 <= doc.tokens.get(clause.first).start as usize
}

/// Is the verb trigger in the past tense ("attacked", "have killed")? A quotation that
/// tells again what happened restates it; one in the present is the speaker's own act
/// ("We support Mauritius") or an ongoing one ("militants are still fighting").
fn tells_the_past(clause: &Clause, ev: &CodedEvent) -> bool {
    matches!(
        clause.tags[ev.trigger.0 - clause.first],
        Tag::VBD | Tag::VBN
    )
}

/// What a restatement shares with the event it restates: the category and both parties,
/// each by its country code, or by its entity where it has none. The category is
/// borrowed from the event.
type RestatementKey<'e, 'd> = (&'e str, PartyKey<'d>, PartyKey<'d>);

/// The key of the sets of acts told, with the category as its number among the
/// document's categories told (`ToldCategories`): the events it came from are gone by
/// the time it is looked up, and a number costs no copy of the name.
type ToldKey<'d> = (usize, PartyKey<'d>, PartyKey<'d>);

/// The PLOVER categories of the acts told so far in a document, numbered in the order
/// they were first told (a handful per document: a linear search).
#[derive(Default)]
struct ToldCategories(Vec<String>);

impl ToldCategories {
    /// The number of `plover`, if an act of it was told.
    fn find(&self, plover: &str) -> Option<usize> {
        self.0.iter().position(|p| p == plover)
    }

    /// The number of `plover`, numbering it if it is new.
    fn number(&mut self, plover: &str) -> usize {
        self.find(plover).unwrap_or_else(|| {
            self.0.push(plover.to_string());
            self.0.len() - 1
        })
    }

    /// `key` with its category numbered, if an act of that category was told (a key
    /// of a category never told is in no set).
    fn told_key<'d>(&self, key: RestatementKey<'_, 'd>) -> Option<ToldKey<'d>> {
        let (plover, actor, recipient) = key;
        Some((self.find(plover)?, actor, recipient))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum PartyKey<'d> {
    Code(&'d str),
    Entity(usize),
    Nobody,
}

fn restatement_key<'e, 'd>(doc: &'d Doc, ev: &'e CodedEvent) -> RestatementKey<'e, 'd> {
    (
        &ev.plover,
        party_key(doc, ev.actor),
        party_key(doc, ev.recipient),
    )
}

/// What a mention stands for: its entity's country code, or the entity where it has none
/// ("Taipei", "Taiwan's ruling party" and "Taiwan" are one party).
fn party_key<'d>(doc: &'d Doc, mention: Option<usize>) -> PartyKey<'d> {
    match mention {
        None => PartyKey::Nobody,
        Some(m) => {
            let e = doc.mentions[m].entity;
            match doc.entities[e].code.as_deref() {
                Some(code) => PartyKey::Code(code),
                None => PartyKey::Entity(e),
            }
        }
    }
}

/// Is the event's trigger in a participle clause after a comma (", saying Taipei was
/// provoking ...", ", cutting off funding to ...")? Such a clause elaborates the act of
/// the clause it hangs on.
fn participle_clause(clause: &Clause, ev: &CodedEvent) -> bool {
    let start = ev.verb_group.min(ev.trigger.0 - clause.first);
    (start.saturating_sub(3)..=start.min(clause.len() - 1))
        .any(|k| k > 0 && clause.tags[k] == Tag::VBG && clause.words[k - 1] == ",")
}

/// Is the event noun inside a quotation? There it names what the speaker talks about
/// ("the cooperation between X and Y still stands", "this civil disobedience movement",
/// "economic warfare"): a description, not an act the story reports (golden conventions 7
/// and 10); the acts a speaker reports are verbs ("our forces killed six militants").
/// Measured on the 40 earlier golden stories: 16 quoted event nouns wrong, 1 right. Event
/// nouns in a reported clause outside quotation marks are kept: there they are more often
/// the news itself ("a source said negotiations between France and Germany were
/// continuing"; NGEC lost 40 stories with them dropped, 8 without).
fn is_quoted(doc: &Doc, ev: &CodedEvent, quotes: &[(usize, usize)]) -> bool {
    let trigger_byte = doc.tokens.get(ev.trigger.0).start as usize;
    let after = quotes.partition_point(|&(s, _)| s <= trigger_byte);
    after > 0 && trigger_byte < quotes[after - 1].1
}

/// The byte ranges the document's quotations cover, sorted and merged (a quote nested in
/// another lies inside it), so that one binary search answers whether a byte is quoted.
fn quoted_spans(doc: &Doc) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = doc
        .quotes
        .iter()
        .map(|q| (q.outer_start, q.outer_end))
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Categories where two coordinated actors without a recipient act on each other.
fn is_reciprocal(plover: &str) -> bool {
    matches!(plover, "CONSULT" | "AGREE" | "SUPPORT" | "COOPERATE")
}

/// Acts that two coordinated parties do with each other ("Russia and North Korea signed a
/// pact", "Kyrgyzstan and Tajikistan agreed"): meeting, agreeing, signing, cooperating.
/// "Poland and Latvia welcomed the decision" is two acts with no recipient, not one
/// between them.
pub(crate) fn is_reciprocal_code(cameo: &str, trigger: &str) -> bool {
    // Donors promising aid together ("Australia and Canada offered to resettle the
    // refugees") promise it to a third party, not to each other.
    (cameo.starts_with("03") && !cameo.starts_with("033"))
        // Two mediators ("talks mediated by Kenya and the African Union") mediate between
        // others, not with each other.
        || (cameo.starts_with("04") && cameo != "045")
        || cameo.starts_with("06")
        || cameo == "057"
        // "Congo and the M23 rebels signed a truce": a ceasefire is between its parties;
        // one brokered by two mediators is not.
        || (cameo == "0871" && !trigger.starts_with("broker"))
        // "Russia and Ukraine exchanged prisoners": a swap goes both ways.
        || (cameo == "0841" && is_swap(trigger))
        // "Kenya and Ethiopia established diplomatic ties", "... expanded ties": relations
        // are between the two; recognising a third state is not.
        || cameo == "050"
        || (cameo == "054" && !trigger.starts_with("recogni"))
        // "Kyrgyz troops and Tajik border guards exchanged fire", "the two sides clashed".
        || (cameo.starts_with("19") && is_mutual_fight(trigger))
        // "China and the United States traded accusations", "the two ministers traded
        // barbs", "sparred over": criticism or accusation traded goes both ways; one
        // hurled or levelled by two parties at a third does not.
        || (cameo.starts_with("11") && is_trading_words(trigger))
        // "Chinese and Indian troops disengaged along the border": disengaging is a
        // pullback of two forces from each other (a withdrawal of two allies is not).
        || (cameo == "087" && trigger.starts_with("disengag"))
}

/// Whether the noun phrase starting at local token `np_start` follows `in` or `at` after
/// the trigger at `head`, past only determiners and adjectives ("in the Chinese city of
/// Kunming", "at Norway's"): the phrase says where the act took place.
fn setting_preposition_before(clause: &Clause, head: usize, np_start: usize) -> bool {
    let mut k = np_start.min(clause.len());
    while k > head + 1 {
        k -= 1;
        if matches!(clause.tags[k], Tag::DT | Tag::PDT | Tag::JJ) {
            continue;
        }
        return matches!(clause.words[k], "in" | "at");
    }
    false
}

/// Verbs of words traded between two parties ("traded accusations", "exchanged insults",
/// "sparred", "bickered").
fn is_trading_words(w: &str) -> bool {
    ["trad", "exchang", "swap", "sparr", "bicker", "squabbl"]
        .iter()
        .any(|p| w.starts_with(p))
        || matches!(w, "spar" | "spars")
}

fn is_swap(w: &str) -> bool {
    w.starts_with("exchang") || w.starts_with("swap")
}

fn is_mutual_fight(w: &str) -> bool {
    matches!(
        w,
        "clash"
            | "clashed"
            | "clashes"
            | "clashing"
            | "fought"
            | "fight"
            | "fighting"
            | "exchanged"
            | "exchange"
            | "exchanging"
            | "traded"
            | "trade"
            | "trading"
            | "trades"
            | "battled"
            | "battle"
            | "battling"
            | "skirmished"
            | "skirmishes"
            | "skirmish"
    )
}

/// Is the word at local index `k` a month name that a date mention covers ("in March
/// 2011", "on March 3")?
fn month_in_date(clause: &Clause, k: usize) -> bool {
    sitrep_lexicon::is_month_name(clause.words[k])
        && clause.doc.date_tokens_covering(clause.first + k).is_some()
}

/// Code all events of one sentence.
/// `prepared` is the gate's preparation of the sentence's words, where it made one.
pub fn code_sentence(
    clause: &Clause,
    sentence: usize,
    prepared: Option<&sitrep_lexicon::PreparedSentence>,
    lexicon: &EventLexicon,
    ontology: &Ontology,
    out: &mut Vec<CodedEvent>,
    mut dropped: Option<&mut Vec<Dropped>>,
) {
    let region_end = |i| clause.region_end(i);
    let mut matches = match prepared {
        Some(prepared) => lexicon.find_all_prepared(&clause.words, prepared, region_end),
        None => lexicon.find_all(&clause.words, region_end),
    };
    // The words with their towns read as "town", where the sentence has one; the matches
    // over the words as written are kept for it as found (before the month test below).
    let alt = crate::syntax::place_words(clause.doc, clause.first, &clause.words);
    let written = alt.as_ref().map(|_| matches.clone());
    // "launched a study into the causes of the March 2011 earthquake", "the war began in
    // March": a month inside a date mention is no protest march, as head or object word.
    matches.retain(|m| {
        ![Some(m.head), m.object_token]
            .into_iter()
            .flatten()
            .any(|k| month_in_date(clause, k))
    });
    // "Russian forces captured Toretsk": a town taken by name.
    if let (Some(alt), Some(written)) = (alt, written) {
        let taken =
            crate::syntax::place_taking_matches(lexicon, &clause.words, &written, &alt, region_end);
        if !taken.is_empty() {
            let heads: Vec<usize> = taken.iter().map(|m| m.head).collect();
            matches.retain(|m| !heads.contains(&m.head));
            matches.extend(taken);
            matches.sort_by_key(|m| m.head);
        }
    }
    let verb_acts = verb_acts(lexicon, ontology, &matches);
    let first_new = out.len();
    // (verb head, object keyword token) of every verb pattern that produced an event.
    let mut objects: Vec<(usize, usize)> = Vec::new();
    // The words each coded verb pattern covers past its head ("laid | the blame"): (head,
    // one past the last).
    let mut verb_spans: Vec<(usize, usize)> = Vec::new();
    // The object keywords of official complaints coded on a verb ("lodged a protest").
    let mut complaints: Vec<usize> = Vec::new();
    // The winner of each head: (first match, end of the head's matches, index of the
    // chosen candidate, its category), for the fallback after the filter.
    let mut winners: Vec<(usize, usize, usize, String)> = Vec::new();
    let mut i = 0;
    while i < matches.len() {
        let head = matches[i].head;
        let mut j = i;
        while j < matches.len() && matches[j].head == head {
            j += 1;
        }
        // Most specific pattern first; the first that yields an event wins. The
        // patterns that failed are recorded only when none of the head's did.
        let recorded = dropped.as_ref().map_or(0, |d| d.len());
        let candidates = object_first(clause, &matches[i..j]);
        for (n, m) in candidates.iter().enumerate() {
            let before = out.len();
            let outcome = code_match(clause, sentence, lexicon, ontology, &verb_acts, m, out);
            if out.len() > before {
                // "suspended military cooperation with France": the narrower code's
                // slots (1622, `to|for|from`) miss the recipient a broader pattern of the
                // same category at this head finds (160, `with`); that one is the act.
                let chosen = broader_with_recipient(
                    clause,
                    sentence,
                    lexicon,
                    ontology,
                    &verb_acts,
                    &candidates[n + 1..],
                    out,
                    before,
                )
                .unwrap_or(m);
                let index = candidates
                    .iter()
                    .position(|c| std::ptr::eq(c, chosen))
                    .unwrap_or(n);
                if let Some(ev) = out.get(before) {
                    winners.push((i, j, index, ev.plover.clone()));
                }
                if lexicon.pattern(chosen.pattern).pos == TriggerPos::Verb {
                    verb_spans.push((chosen.head, chosen.end));
                }
                if let Some(o) = chosen.object_token {
                    objects.push((chosen.head, o));
                    let p = lexicon.pattern(chosen.pattern);
                    if p.cameo == "114" && p.pos == TriggerPos::Verb {
                        complaints.push(o);
                    }
                }
                if let Some(d) = dropped.as_mut() {
                    d.truncate(recorded);
                }
                break;
            }
            if let (Some(d), Err(reason)) = (dropped.as_mut(), outcome) {
                let pattern = lexicon.pattern(m.pattern);
                d.push(Dropped {
                    sentence,
                    trigger: clause.first + m.head,
                    source: format!("{} line {}", pattern.file, pattern.line),
                    cameo: pattern.cameo.clone(),
                    plover: ontology
                        .cameo(&pattern.cameo)
                        .and_then(|c| plover_of(&pattern.cameo, c.plover.as_deref()))
                        .unwrap_or_default(),
                    stage: DropStage::NoEventFromSlots,
                    reason,
                    shape: doer_shape(clause, m, pattern.pos, reason)
                        .or_else(|| mistag_shape(clause, m.head, pattern.pos, reason)),
                    position: mistag_position(clause, sentence, m.head, reason),
                });
            }
        }
        i = j;
    }
    // A noun in the object phrase of a coded verb's own object keyword ("threatened to
    // suspend | talks with Egypt", the pattern `threaten +suspend +talks`): the verb's
    // event says it, and the noun is no event of its own, whatever frame governs it later.
    // A noun inside a coded verb pattern's own words ("laid the blame for the attack on the
    // embassy squarely on Iran": the pattern `lay_the_blame`) is that verb's event, not one
    // of its own, where it reads its recipient elsewhere than the verb does (the same
    // parties are left to the dedupe, which may prefer the noun's narrower code).
    let inside_verb_pattern: Vec<usize> = (first_new..out.len())
        .filter(|&i| {
            let ev = &out[i];
            let head = ev.trigger.0 - clause.first;
            ev.noun
                && verb_spans.iter().any(|&(h, end)| {
                    h < head
                        && head < end
                        && out[first_new..].iter().any(|o| {
                            !o.noun
                                && o.trigger.0 == clause.first + h
                                && o.plover == ev.plover
                                && o.recipient != ev.recipient
                        })
                })
        })
        .collect();
    retain_tail(out, first_new, |i, ev| {
        let head = ev.trigger.0 - clause.first;
        if inside_verb_pattern.contains(&i) {
            return false;
        }
        let keep = !(ev.noun
            && objects.iter().any(|&(verb_head, obj)| {
                obj > verb_head
                    && obj < head
                    && head - obj <= 4
                    && clause.is_verb(obj)
                    && (obj + 1..head).all(|l| {
                        matches!(
                            clause.tags[l],
                            Tag::DT | Tag::JJ | Tag::PRPS | Tag::CD | Tag::NN | Tag::NNS
                        )
                    })
            }));
        if !keep {
            record_drop(
                &mut dropped,
                ev,
                DropStage::Filter,
                "noun in the object phrase of a coded verb's keyword",
            );
        }
        keep
    });
    // The protest a state lodges, delivers or hands over ("delivered a formal protest to
    // Kenya", "handed a note of protest to the ambassador") is the complaint its verb codes
    // (114), no demonstration of its own.
    retain_tail(out, first_new, |_, ev| {
        let head = ev.trigger.0 - clause.first;
        let keep = !(ev.noun
            && ev.plover == "PROTEST"
            && complaints.iter().any(|&o| (o..=o + 2).contains(&head)));
        if !keep {
            record_drop(
                &mut dropped,
                ev,
                DropStage::Filter,
                "the protest an official complaint lodges",
            );
        }
        keep
    });
    link_governed(clause, out, first_new);
    inherit_agreed_parties(clause, out, first_new);
    // Frames (intent, threat, demand, appeal, refusal) rewrite the acts they govern, and
    // recipients the slots missed are filled, before the filter judges completeness.
    crate::frames::apply(clause, sentence, ontology, out, first_new, &mut dropped);
    forces_sent_to_no_one(clause, out, first_new);
    forces_entering_at_home(clause, out, first_new);
    let lost = filter(clause, out, first_new, &objects, &mut dropped);
    if !lost.is_empty() {
        let ctx = Fallback {
            clause,
            sentence,
            lexicon,
            ontology,
            verb_acts: &verb_acts,
            matches: &matches,
            first_new,
        };
        for (i, j, index, plover) in &winners {
            fall_back(
                &ctx,
                (*i, *j, *index),
                plover,
                &lost,
                out,
                &mut objects,
                &mut dropped,
            );
        }
    }
    dedupe(clause, out, first_new, &mut dropped);
    protest_takes_demanded_change(out, first_new);
}

/// "Thousands marched in Belgrade demanding the president's resignation", "teachers went on
/// hunger strike to demand the restoration of an independent judiciary": a protest whose
/// protesters demand a change of leadership, policy, rights or institutions in the same
/// sentence (a demand or appeal 1041-1044 / 0241-0244 by the protest's own actor) is a
/// protest for that change, CAMEO's 14x1-14x4 by the demand's last digit. The demand stays
/// an event of its own.
fn protest_takes_demanded_change(out: &mut [CodedEvent], first_new: usize) {
    for p in first_new..out.len() {
        let ev = &out[p];
        if ev.plover != "PROTEST" || ev.negated || ev.cameo.len() != 3 || ev.actor.is_none() {
            continue;
        }
        if !matches!(ev.cameo.as_str(), "141" | "142" | "143" | "144" | "145") {
            continue;
        }
        let change = out[first_new..].iter().find_map(|d| {
            let aim = match d.cameo.as_str() {
                "1041" | "0241" => '1',
                "1042" | "0242" => '2',
                "1043" | "0243" => '3',
                "1044" | "0244" => '4',
                _ => return None,
            };
            (d.plover == "REQUEST" && !d.negated && d.actor == ev.actor)
                .then_some((aim, d.cameo.clone()))
        });
        if let Some((aim, demand)) = change {
            let ev = &mut out[p];
            ev.cameo.push(aim);
            ev.rule.push_str(&format!(
                "; protest for the change its protesters demand ({demand})"
            ));
        }
    }
}

/// What [`fall_back`] reads of the sentence being coded.
struct Fallback<'a, 'c> {
    clause: &'a Clause<'a, 'c>,
    sentence: usize,
    lexicon: &'a EventLexicon,
    ontology: &'a Ontology,
    verb_acts: &'a [(usize, String)],
    matches: &'a [PatternMatch],
    first_new: usize,
}

/// When the filter dropped every event of a head's winning pattern because its category
/// needs a party the sentence does not name ("Iran's navy began a three-day exercise":
/// joint exercise 062 with no partner; "withdrew tanks and artillery from the region":
/// 1622 with no one whose aid is cut), the next candidate of the same head, in rank order,
/// of another category that may stand in ([`FALLBACK_CATEGORIES`]), whose events pass the
/// frames and the filter on their own and name their doer, is the act (MOBILIZE 150,
/// RETREAT 087); not in a sentence that tells a joint act (`[joint-act-words]`), which
/// names a partner the coder could not resolve. The dropped winner stays in the
/// diagnostics; the stand-in's rule says what it replaced.
fn fall_back(
    ctx: &Fallback,
    (i, j, index): (usize, usize, usize),
    plover: &str,
    lost: &[(usize, &'static str)],
    out: &mut Vec<CodedEvent>,
    objects: &mut Vec<(usize, usize)>,
    dropped: &mut Option<&mut Vec<Dropped>>,
) {
    let clause = ctx.clause;
    let head = ctx.matches[i].head;
    let trigger = clause.first + head;
    let Some(&(_, reason)) = lost.iter().find(|&&(t, _)| t == trigger) else {
        return;
    };
    if out[ctx.first_new..].iter().any(|e| e.trigger.0 == trigger)
        || clause
            .words
            .iter()
            .any(|w| crate::words::JOINT_ACT_WORDS.contains(w))
    {
        return;
    }
    let candidates = object_first(clause, &ctx.matches[i..j]);
    // Only a deed gives way to a deed: the words of a statement ("Egypt called for an
    // immediate ceasefire": an appeal with no one asked) are not read again as the act
    // they speak of (a truce called, 0871).
    let deed = candidates
        .get(index)
        .is_some_and(|w| is_material_code(&ctx.lexicon.pattern(w.pattern).cameo));
    if !deed {
        return;
    }
    for m in candidates.iter().skip(index + 1) {
        let cameo = &ctx.lexicon.pattern(m.pattern).cameo;
        let category = ctx
            .ontology
            .cameo(cameo)
            .and_then(|c| plover_of(cameo, c.plover.as_deref()));
        if category
            .as_deref()
            .is_none_or(|c| c == plover || !FALLBACK_CATEGORIES.contains(&c))
        {
            continue;
        }
        let before = out.len();
        let outcome = code_match(
            clause,
            ctx.sentence,
            ctx.lexicon,
            ctx.ontology,
            ctx.verb_acts,
            m,
            out,
        );
        if outcome.is_err() || out.len() == before {
            out.truncate(before);
            continue;
        }
        let mut trial = m.object_token.map(|o| (m.head, o));
        let mut local: Vec<(usize, usize)> = objects.clone();
        local.extend(trial);
        crate::frames::apply(clause, ctx.sentence, ctx.ontology, out, before, dropped);
        forces_sent_to_no_one(clause, out, before);
        forces_entering_at_home(clause, out, before);
        filter(clause, out, before, &local, dropped);
        // A stand-in names its doer: with neither party ("after Diplomats Expelled") the
        // words are too bare to read in another sense than the winner's.
        if out.len() > before && out[before..].iter().all(|e| e.actor.is_some()) {
            for ev in &mut out[before..] {
                ev.rule.push_str(&format!(
                    "; the more specific {plover} pattern at this word was dropped ({reason})"
                ));
            }
            objects.extend(trial.take());
            return;
        }
        out.truncate(before);
    }
}

/// "Cambodia sent tanks and several hundred troops to the disputed border area", "has
/// sent eight warships to the southern Caribbean": one's own forces sent with no party
/// named (nor found in the story) to help are a deployment (154), not military aid (072),
/// which needs a recipient.
fn forces_sent_to_no_one(clause: &Clause, out: &mut [CodedEvent], first_new: usize) {
    let doc = clause.doc;
    for ev in out[first_new..].iter_mut() {
        let Some(actor) = ev.actor else {
            continue;
        };
        if ev.plover != "AID" || !ev.cameo.starts_with("072") || ev.noun || ev.recipient.is_some() {
            continue;
        }
        let head = ev.trigger.0 - clause.first;
        if !crate::words::FORCE_SENDING_VERBS.contains(clause.words[head]) {
            continue;
        }
        let actor_code = doc.entities[doc.mentions[actor].entity].code.as_deref();
        let own_forces = (head + 1..(head + 9).min(clause.len())).any(|k| {
            clause.mention(k).is_some_and(|m| {
                let mention = &doc.mentions[m];
                let e = &doc.entities[mention.entity];
                mention.sector.as_deref().or(e.sector.as_deref()) == Some("MIL")
                    && (e.code.is_none() || e.code_inferred || e.code.as_deref() == actor_code)
            }) || (clause.mention(k).is_none()
                // "sent eight warships": a weapon or vessel with no owner named is no
                // mention (words.txt `[instrument-roles]`), but still forces sent.
                && doc.role_at[clause.first + k] != crate::doc::NONE
                && crate::words::OPERATIONAL_AGENTS.contains(clause.words[k]))
        });
        if own_forces {
            ev.plover = "MOBILIZE".into();
            ev.cameo = "154".into();
            ev.rule.push_str(
                "; forces sent with no one named to aid: a deployment (154), not military aid",
            );
        }
    }
}

/// "Kenyan troops poured into the western town of Kisumu after two days of riots": a force
/// moving into a place of its own country (words.txt `[entering-motion-verbs]` + "into")
/// with no one it attacks is deployed there (MOBILIZE 154, police 153; golden README
/// convention 13, forces sent against unrest at home), not an assault; the recipient, its
/// own country where the sentence names what it answers, is the assembler's
/// (`home_force_country`). Into another country's place ("Russian troops poured into
/// Ukraine") the act stays as coded, and so does any act with a party it is aimed at.
fn forces_entering_at_home(clause: &Clause, out: &mut [CodedEvent], first_new: usize) {
    let doc = clause.doc;
    for ev in out[first_new..].iter_mut() {
        let Some(actor) = ev.actor else {
            continue;
        };
        if ev.plover != "ASSAULT" || ev.cameo != "190" || ev.noun || ev.recipient.is_some() {
            continue;
        }
        let head = ev.trigger.0 - clause.first;
        if head + 1 >= clause.len()
            || clause.words[head + 1] != "into"
            || !crate::words::ENTERING_MOTION_VERBS.contains(clause.words[head])
        {
            continue;
        }
        let Some(actor_code) = doc.entities[doc.mentions[actor].entity].code.as_deref() else {
            continue;
        };
        // The place entered: the first coded place in the phrase after "into".
        let (from, to) = (
            ev.trigger.0 + 2,
            (ev.trigger.0 + 10).min(clause.first + clause.len()),
        );
        let place = doc
            .places
            .iter()
            .find(|p| p.first >= from && p.first < to)
            .and_then(|p| p.code.as_deref());
        if place != Some(actor_code) {
            continue;
        }
        let police = doc.mention_sector(actor) == Some("COP");
        ev.plover = "MOBILIZE".into();
        ev.cameo = if police { "153" } else { "154" }.into();
        ev.rule.push_str(
            "; a force moving into a place of its own country, attacking no one: a deployment, not an assault",
        );
    }
}

/// The candidates of one head in the order they are tried: as the lexicon ranked them,
/// except that a pattern whose object keyword lies past a preposition ("launched a probe
/// into | the drone incursion") comes after those whose keyword is in the verb's own
/// object ("probe"): the object says what was launched, the phrase after it what it is
/// about. "of" is no boundary ("a wave of drone strikes").
fn object_first<'m>(clause: &Clause, candidates: &'m [PatternMatch]) -> Cow<'m, [PatternMatch]> {
    let past_preposition = |m: &PatternMatch| {
        m.object_token.is_some_and(|o| {
            !m.object_before_head
                && o > m.head
                && (m.head + 1..o).any(|k| clause.tags[k] == Tag::IN && clause.words[k] != "of")
        })
    };
    let in_object = |m: &PatternMatch| {
        m.object_token.is_some() && !m.object_before_head && !past_preposition(m)
    };
    if !(candidates.iter().any(in_object) && candidates.iter().any(past_preposition)) {
        return Cow::Borrowed(candidates);
    }
    let (far, near): (Vec<PatternMatch>, Vec<PatternMatch>) =
        candidates.iter().cloned().partition(past_preposition);
    // "rejected U.S. calls for him to step down", "turned down the request for funding": an
    // object that is only a demand or request (`[demand-nouns]`) says nothing of its own;
    // what was asked for, past the preposition, is the act (1231, 122x).
    let asks_only = near.iter().filter(|m| in_object(m)).all(|m| {
        m.object_token
            .is_some_and(|o| crate::words::DEMAND_NOUNS.contains(clause.words[o]))
    });
    if asks_only {
        return Cow::Owned(far.into_iter().chain(near).collect());
    }
    Cow::Owned(near.into_iter().chain(far).collect())
}

/// When the events a pattern just made (`out[before..]`) have no recipient and their
/// category needs one, the first later pattern of the same head and category (`rest`, in
/// rank order) whose events all have one replaces them; it is returned. Otherwise `out`
/// is left as it was.
#[allow(clippy::too_many_arguments)]
fn broader_with_recipient<'m>(
    clause: &Clause,
    sentence: usize,
    lexicon: &EventLexicon,
    ontology: &Ontology,
    verb_acts: &[(usize, String)],
    rest: &'m [PatternMatch],
    out: &mut Vec<CodedEvent>,
    before: usize,
) -> Option<&'m PatternMatch> {
    let plover = out[before..].first()?.plover.clone();
    if recipient_optional(&plover) || out[before..].iter().any(|e| e.recipient.is_some()) {
        return None;
    }
    let made = out.split_off(before);
    for m in rest {
        let cameo = &lexicon.pattern(m.pattern).cameo;
        let same = ontology
            .cameo(cameo)
            .and_then(|c| plover_of(cameo, c.plover.as_deref()))
            .is_some_and(|p| p == plover);
        if !same {
            continue;
        }
        // The trial codes into `out` itself: the story's earlier events answer an
        // agentless act's doer (`context::hostile_agent`).
        let outcome = code_match(clause, sentence, lexicon, ontology, verb_acts, m, out);
        if outcome.is_ok()
            && out.len() > before
            && out[before..].iter().all(|e| e.recipient.is_some())
        {
            return Some(m);
        }
        out.truncate(before);
    }
    out.extend(made);
    None
}

/// Categories whose events are worth keeping without a named recipient ("militants
/// attacked a hotel", "protesters rallied", "troops were mobilised").
fn recipient_optional(plover: &str) -> bool {
    matches!(
        plover,
        "ASSAULT"
            | "PROTEST"
            | "MOBILIZE"
            | "COERCE"
            | "THREATEN"
            | "RETREAT"
            | "REJECT"
            | "CONCEDE"
    )
}

/// May the event stand with no recipient: its category allows it, it is an intent to
/// yield told by a verb, or its verb's object is an event and its category allows that.
fn complete_without_recipient(ev: &CodedEvent) -> bool {
    recipient_optional(&ev.plover)
        || is_intent_at_home_by_verb(ev)
        || (ev.event_object && recipient_optional_with_event_object(&ev.plover))
        || walks_out_of_talks(ev)
}

/// Talks or a mediation broken off by a verb ("the rebels broke off peace talks", "Qatar
/// suspended its mediation", CAMEO 164, 165) are complete with the other side unnamed: the
/// act is the actor's leaving them.
fn walks_out_of_talks(ev: &CodedEvent) -> bool {
    !ev.noun && matches!(ev.cameo.as_str(), "164" | "165")
}

/// A state's legal action told by a verb whose object names a person by a role of public
/// life but no party ("accused a former deputy defence minister of taking bribes", "placed a former
/// tourism minister under investigation"): the person is of the acting state's own
/// country, which `assemble` gives as the recipient.
/// Does the subject of the passive verb at local token `head` name a person by a role of
/// public life ("a former interior minister", "a jailed politician")?
fn passive_subject_names_a_public_role(clause: &Clause, head: usize) -> bool {
    subject_names_a_public_role(clause, head, sitrep_parser::Rel::Nsubjpass)
}

/// Does the subject (relation `rel`: nsubj or nsubjpass) of the verb at local token `head`
/// name a person by a role of public life?
fn subject_names_a_public_role(clause: &Clause, head: usize, rel: sitrep_parser::Rel) -> bool {
    clause
        .tree()
        .and_then(|t| t.child(head, rel))
        .is_some_and(|p| names_a_public_role(clause, p))
}

/// Does the noun phrase around local token `l` hold a role noun of public life: an
/// official, politician, officer, judge, journalist or activist, not a private person, a
/// criminal suspect or a business ("a man", "a suspect", "a trader")?
fn names_a_public_role(clause: &Clause, l: usize) -> bool {
    let dict = &clause.knowledge.actors;
    let (s, e) = clause.np_around(l);
    (s..e).any(|k| {
        let r = clause.doc.role_at[clause.first + k];
        r != crate::doc::NONE
            && (dict.entry(r).sector.as_deref().is_some_and(|sector| {
                !crate::words::PRIVATE_ROLE_SECTORS.contains(&sector.to_ascii_lowercase())
            }) || (s..e).any(|j| crate::words::PUBLIC_ROLE_WORDS.contains(clause.words[j])))
    })
}

fn legal_action_on_unnamed_person(clause: &Clause, ev: &CodedEvent) -> bool {
    let doc = clause.doc;
    if ev.noun
        || !is_legal_action(&ev.cameo)
        || ev
            .actor
            .is_none_or(|a| crate::context::national_state_code(doc, a).is_none())
    {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    let head = ev.trigger.0 - clause.first;
    // The person acted on: the verb's direct object, or the subject of its passive.
    let patient = t
        .child(head, sitrep_parser::Rel::Dobj)
        .or_else(|| t.child(head, sitrep_parser::Rel::Nsubjpass));
    patient.is_some_and(|p| names_a_public_role(clause, p))
}

/// A court action (CAMEO 115, told by a verb) by a party of a country whose direct object
/// is a measure, a pronoun pointing back to one or the case itself (`[challenged-measures]`:
/// "said they would challenge it in court", "would challenge the law at the Constitutional
/// Court", "would take the case to the International Court of Justice"): the party sued,
/// the measure's author or the other side, is named by no slot of the sentence; the
/// recipients from the story supply it (for a measure at home, the actor's own state)
/// (session 31).
fn legal_challenge_of_a_measure(clause: &Clause, ev: &CodedEvent) -> bool {
    if ev.noun
        || ev.cameo != "115"
        || ev.actor.is_none_or(|a| {
            let doc = clause.doc;
            doc.entities[doc.mentions[a].entity]
                .code
                .as_deref()
                .is_none_or(|c| c.len() != 3 || crate::doc::is_transnational_code(c))
        })
    {
        return false;
    }
    // A court hears a challenge; it brings none ("the Supreme Court began hearing petitions
    // challenging the result": the petitions challenge it, the parse hangs the participle
    // on the court's verb).
    if ev
        .actor
        .and_then(|a| clause.doc.mention_sector(a))
        .is_some_and(|s| s.eq_ignore_ascii_case("JUD"))
    {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    t.child(ev.trigger.0 - clause.first, sitrep_parser::Rel::Dobj)
        .and_then(|o| clause.words.get(o))
        .is_some_and(|w| crate::words::CHALLENGED_MEASURES.contains(w))
}

/// An intent to yield (035x: "will lift the curfew", "agreed to suspend the strike") announces a
/// CONCEDE or RETREAT act, which is complete without a recipient (an easing at home), so the
/// intent is too when the yielding act is a verb. So is an intent to reform (034, 0342-0344:
/// "promised political reforms", "pledged to rewrite the constitution"): the reform it
/// announces, done, is a CONCEDE act at home (083x), and a state's reforms are addressed to no
/// other party. Not an intent to change leadership (0341): "announced his resignation" mostly
/// tells the resignation itself, an intent only where it names to whom power passes. A
/// concession noun under an intent cue ("aims to understand what concessions Ukraine might
/// make") is too loosely tied to its doer. The pattern's part of speech is read from the event's
/// origin, since the frame moved the trigger to the cue.
fn is_intent_at_home_by_verb(ev: &CodedEvent) -> bool {
    (ev.cameo.starts_with("035") || (ev.cameo.starts_with("034") && ev.cameo != "0341"))
        && ev.origin == EventOrigin::VerbPattern
}

/// An appeal (CAMEO 02x) told by a verb whose next few words address the world at large
/// (`[world-addressee-words]`: "Malawi appealed for international aid", "pleaded for
/// foreign help"): no party is asked, so the appeal is complete without a recipient.
pub(crate) fn appeal_to_the_world(clause: &Clause, ev: &CodedEvent) -> bool {
    if ev.noun || !ev.cameo.starts_with("02") {
        return false;
    }
    let head = ev.trigger.0 - clause.first;
    let end = clause.region_end(head).min(head + 5);
    clause.words[head + 1..end]
        .iter()
        .any(|w| crate::words::WORLD_ADDRESSEE_WORDS.contains(w))
}

/// Is the verb event aimed at a collective of states that no organisation names: "the
/// West" ("Ghana Suspends Relations with the West"), or "Western" or a foreign modifier
/// before a collective head ("accused Western governments", "cut ties with foreign
/// powers"), or "the international community" addressed after the verb? Such a target is a
/// party with no single code (golden README convention 14), so the act stands without a
/// recipient.
pub(crate) fn aimed_at_a_collective(clause: &Clause, ev: &CodedEvent) -> bool {
    collective_target_at(clause, ev).is_some()
}

/// Where (a clause index) the verb event's own words name a collective of states or the
/// world at large as its target ([`aimed_at_a_collective`]), if they do.
pub(crate) fn collective_target_at(clause: &Clause, ev: &CodedEvent) -> Option<usize> {
    if ev.noun {
        return None;
    }
    let head = ev.trigger.0 - clause.first;
    let end = clause.region_end(head).min(head + 6).min(clause.len());
    let capitalized = |i: usize| clause.doc.tokens.get(clause.first + i).capitalized;
    let named = (head + 1..end).find(|&i| {
        let w = clause.words[i];
        // "the West", not "the West Bank" nor "the west of the country".
        let the_west = w == "west"
            && clause.words[i - 1] == "the"
            && capitalized(i)
            && (i + 1 >= clause.len() || !capitalized(i + 1) || clause.words[i + 1] == ".");
        let collective = crate::words::COLLECTIVE_STATE_NOUNS.contains(w)
            && (crate::words::FOREIGN_MODIFIERS.contains(clause.words[i - 1]));
        the_west || collective
    });
    named.or_else(|| {
        // "the international community" anywhere in the verb's clause after it ("expresses
        // willingness to work with the international community", session 33): no
        // organisation names it either.
        // Its addressee, right after the verb or a preposition of address ("work with",
        // "appealed to", "called on"), not a party beside the actor ("along with donors
        // and the international community").
        let end = clause.region_end(head).min(clause.len());
        (head + 3..end)
            .find(|&i| {
                let w = |k: usize| clause.words[k];
                w(i) == "community"
                    && w(i - 1) == "international"
                    && w(i - 2) == "the"
                    && (i - 3 == head
                        || (matches!(w(i - 3), "with" | "to" | "on" | "upon")
                            && (i < 4 || w(i - 4) != "along")))
            })
            .map(|i| i - 2)
    })
}

/// Is the verb event a criticism or an accusation (CAMEO 111, 112x) whose direct object
/// the text names but no party code reaches ("called the ruling arbitrary", "denounced
/// the moves against the autonomous republic", "accusing the office of publishing biased
/// reports", "deplored the latest strikes")? The act has a target; the story's recipient
/// rule (`recipients::from_story`) finds its party, mostly the story's other side or, in a
/// dispute at home, the actor's own country (session 20: held-out accusations dropped for
/// want of a recipient were coded by hand against the actor's own country in 4 of 5).
/// Not a pronoun object (its antecedent is for the coreference stage to find) nor a
/// clause ("accused that ..."); not by a party of no country nor a blame (below).
fn criticism_of_an_uncoded_target(clause: &Clause, ev: &CodedEvent) -> bool {
    if ev.noun || !(ev.cameo == "111" || ev.cameo.starts_with("112")) {
        return false;
    }
    // A party of a stated country makes the charge ("Critics accuse the director", "the
    // country's opposition had accused" name none), and not a blame, whose object is as
    // often a cause as a party ("blamed the heavy rains for the collapse of a dam").
    if ev.actor.is_none_or(|a| {
        clause.doc.entities[clause.doc.mentions[a].entity]
            .code
            .is_none()
    }) || clause.words[ev.trigger.0 - clause.first].starts_with("blam")
        // Only where the story's rule will name the recipient (a story of its length):
        // a short text ("The Senegal goalkeeper criticised the referee") has no story.
        || clause.doc.sentences.len() < crate::recipients::STORY_SENTENCES
    {
        return false;
    }
    let head = ev.trigger.0 - clause.first;
    let end = clause.region_end(head).min(clause.len());
    let mut k = clause.past_particles(head + 1, end);
    while k < end && (clause.tags[k].is_adverb() || matches!(clause.words[k], "\"" | "'")) {
        k += 1;
    }
    // "condemned what he called a campaign of repression": the phrase the sayer names.
    let k = clause.past_naming_relative(k, end);
    if k >= end {
        return false;
    }
    let t = clause.tags[k];
    matches!(
        clause.words[k],
        "the" | "a" | "an" | "its" | "their" | "his" | "her"
    ) || (t.is_noun() && clause.mention(k).is_none())
        || (t == Tag::JJ && clause.tags.get(k + 1).is_some_and(|n| n.is_noun()))
}

/// Categories kept without a party recipient when their verb's object is an event
/// ("police are investigating the shooting", "condemned the killings", "held talks"):
/// measured on the dev sets (issue #9) for the six verbal categories PLOVER leaves the
/// recipient optional for; only these two raised manual-style and headline accuracy
/// without losing golden recall.
fn recipient_optional_with_event_object(plover: &str) -> bool {
    matches!(plover, "ACCUSE" | "CONSULT")
}

/// A yield that names what it gives up in its object: a concession (CONCEDE 08x), the
/// intent to yield (AGREE 035x) or the refusal to (REJECT 124x). Releases, returns and
/// withdrawals (RETREAT) are left out: what they name ("the activists arrested in May") may
/// be news of its own.
fn yields_what_it_names(ev: &CodedEvent) -> bool {
    ev.plover == "CONCEDE"
        || (ev.plover == "AGREE" && ev.cameo.starts_with("035"))
        || (ev.plover == "REJECT" && ev.cameo.starts_with("124"))
        // "halted its missile tests", "said Russia must stop its air strikes on Ukrainian
        // cities", "urged Israel to end its offensive": a de-escalation done (087), or
        // demanded or appealed for (1056, 0256), stops the act its object names; that act
        // is no event of the sentence (issue #9, session 20).
        || (ev.plover == "RETREAT" && ev.cameo.starts_with("087"))
        || (ev.plover == "REQUEST" && matches!(ev.cameo.as_str(), "1056" | "0256"))
}

/// The clause position of an event's trigger that follows "to" (an infinitive, or a "to"
/// the trigger stands after), if it does.
fn to_infinitive_at(clause: &Clause, ev: &CodedEvent) -> Option<usize> {
    let l = ev.trigger.0.checked_sub(clause.first)?;
    (l > 0 && l < clause.len() && clause.words[l - 1] == "to").then_some(l)
}

/// Whether a verb event of a material or cooperative act is the aim of a purpose clause:
/// its verb follows the "to" of a
/// purpose phrase ("in order to", "so as to", "in a bid to": `words::purpose_opener_at`), or
/// is a bare "to" infinitive that the parser hangs as an adverbial clause on the verb of
/// another verb event of the clause, a done act ("Nigeria deployed soldiers to protect the
/// elections", "diplomats met to coordinate their response"). A catenative verb's or a
/// frame cue's infinitive ("agreed to", "threatened to", "used drones to") is its
/// complement (xcomp) or the infinitive of a verb coded as no event, and stays. The aim of
/// a sending coded as aid is the sending told again (`filter`), and its beneficiary the
/// aid's recipient (`Clause::beneficiary`); an aim of the main act's category is that act.
fn aim_of_a_purpose(clause: &Clause, ev: &CodedEvent, snapshot: &[CodedEvent]) -> bool {
    // A verbal act is done by the act it is the aim of: protesters who "took to the streets
    // to demand" his resignation demanded it, ministers who "will travel to Moscow to
    // discuss trade" are meeting, a president who "visited Manila to offer aid" offered it,
    // troops "massed to intimidate" threaten.
    if matches!(
        ev.plover.as_str(),
        "CONSULT" | "REQUEST" | "ACCUSE" | "PROTEST" | "REJECT" | "SUPPORT" | "THREATEN" | "AGREE"
    ) {
        return false;
    }
    let Some(l) = to_infinitive_at(clause, ev) else {
        return false;
    };
    if (l.saturating_sub(5)..l - 1)
        .any(|k| crate::words::purpose_opener_at(&clause.words, k) == Some(l - 1))
    {
        return true;
    }
    // An aim of the main act's own category tells the same act ("fired tear gas to disperse
    // the crowd"), and an aim naming the party a main act that names none is done against
    // ("launched an offensive on Monday to retake the town from the rebels") carries its
    // parties: the restatement filter keeps one of the two.
    let verb_events: Vec<usize> = snapshot
        .iter()
        .filter(|o| !o.noun && o.trigger.0 >= clause.first && o.trigger.0 < ev.trigger.0)
        .filter(|o| o.plover != ev.plover && !(o.recipient.is_none() && ev.recipient.is_some()))
        .map(|o| o.trigger.0 - clause.first)
        .collect();
    if verb_events.is_empty() {
        return false;
    }
    clause.tree().is_some_and(|t| {
        t.rel(l) == sitrep_parser::Rel::Advcl && t.head(l).is_some_and(|h| verb_events.contains(&h))
    })
}

/// Whether a verb event of meeting is the infinitive aim ("to meet", "to hold talks") of
/// a trip of the same actor that a commitment frame made an intent to meet (036): the
/// parser hangs the infinitive on the trip's verb as an adverbial clause.
fn meeting_a_planned_trip_is_for(
    clause: &Clause,
    ev: &CodedEvent,
    snapshot: &[CodedEvent],
) -> bool {
    let Some(l) = to_infinitive_at(clause, ev) else {
        return false;
    };
    let Some(tree) = clause.tree() else {
        return false;
    };
    let Some(trip) = (tree.rel(l) == sitrep_parser::Rel::Advcl)
        .then(|| tree.head(l))
        .flatten()
    else {
        return false;
    };
    // The intent is coded on the trip's verb ("will travel") or on the frame cue that
    // governs it ("plans to fly").
    let trip_or_cue = [Some(trip), tree.head(trip)];
    snapshot.iter().any(|o| {
        !o.noun
            && o.cameo == "036"
            && o.trigger
                .0
                .checked_sub(clause.first)
                .is_some_and(|at| trip_or_cue.contains(&Some(at)))
            && o.actor.map(|m| clause.doc.mentions[m].entity)
                == ev.actor.map(|m| clause.doc.mentions[m].entity)
    })
}

/// Drop what the structure shows is not a separate, complete event.
fn filter(
    clause: &Clause,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
    objects: &[(usize, usize)],
    dropped: &mut Option<&mut Vec<Dropped>>,
) -> Vec<(usize, &'static str)> {
    let doc = clause.doc;
    let entity = |m: Option<usize>| m.map(|m| doc.mentions[m].entity);
    // The reasons are decided on the sentence's events as coded, before any is dropped
    // (an event compares itself with the others), then applied: no copy of the events.
    let snapshot: &[CodedEvent] = &out[first_new..];
    // With the events a fallback pass tries, those the sentence kept before it.
    let whole: &[CodedEvent] = &out[..];
    let span = if snapshot
        .iter()
        .any(|e| matches!(e.plover.as_str(), "ASSAULT" | "COERCE"))
    {
        long_span_of_a_count(clause)
    } else {
        None
    };
    let why_dropped = |ev: &CodedEvent| -> Option<&'static str> {
        // "sent 1,000 soldiers into Congo to help the Congolese army fight the rebels",
        // "sent 200 officers to Haiti to reinforce the force": the purpose of a sending
        // coded as aid tells the same act again, no cooperation or mobilisation beside it.
        if matches!(ev.plover.as_str(), "COOPERATE" | "MOBILIZE") && !ev.noun {
            let l = ev.trigger.0 - clause.first;
            if l > 0
                && clause.words[l - 1] == "to"
                && (crate::words::HELPING_VERBS.contains(clause.words[l])
                    || matches!(clause.words[l], "reinforce" | "bolster"))
                && snapshot.iter().any(|o| {
                    o.plover == "AID"
                        && !o.noun
                        && o.trigger.0 < ev.trigger.0
                        && ev.trigger.0 - o.trigger.0 <= 14
                })
            {
                return Some("the purpose of a sending coded as aid");
            }
        }
        // "deployed soldiers across the northeast to protect the elections", "massed troops
        // in order to pressure Kurdish fighters", "met on Monday to coordinate their
        // response": the act of a purpose clause is an aim, not an act done.
        if !ev.noun && aim_of_a_purpose(clause, ev, snapshot) {
            return Some("the aim of a purpose clause, not an act done");
        }
        // "offered to play a constructive role in easing tensions between Iran and
        // Pakistan" (session 30): the easing is what a mediator's role is for, the pair's
        // de-escalation, not the mediator's own; the role is coded as mediation (045, or
        // the intent to mediate, 039).
        if !ev.noun && matches!(ev.plover.as_str(), "RETREAT" | "CONCEDE") {
            let l = ev.trigger.0 - clause.first;
            // ("a \"constructive role\" in easing": a closing quote may stand between.)
            let role_in = l >= 2
                && clause.words[l - 1] == "in"
                && (clause.words[l - 2] == "role"
                    || l >= 3 && clause.words[l - 2] == "\"" && clause.words[l - 3] == "role");
            if role_in
                && snapshot.iter().any(|o| {
                    matches!(o.cameo.as_str(), "045" | "039") && o.trigger.0 < ev.trigger.0
                })
            {
                return Some("the aim of a mediating role, not the mediator's own yield");
            }
        }
        // "will travel to Kyiv next week to meet Zelenskyy": the meeting a planned trip is
        // for is the trip's intent to meet (036), coded on the trip; a meeting told as done
        // ("travelled to Kyiv to meet") stays.
        if ev.plover == "CONSULT" && !ev.noun && meeting_a_planned_trip_is_for(clause, ev, snapshot)
        {
            return Some("the meeting a planned trip is for: its intent to meet says it");
        }
        // "In the last 15 months, 1,250 terrorists have been killed": a total over a
        // long span, not one act (golden convention 10: statistics are not coded). The
        // span must be near the act: another clause's span counts other things.
        if let Some(at) = span {
            let head = ev.trigger.0 - clause.first;
            let near = if at <= head {
                head - at <= 15
            } else {
                at - head <= 6
            };
            if matches!(ev.plover.as_str(), "ASSAULT" | "COERCE") && near {
                return Some("a count over a long span is a statistic");
            }
        }
        let head = ev.trigger.0 - clause.first;
        // "The two countries fought two wars over Nagorno-Karabakh", "have fought three
        // of their four wars over Kashmir": a count of wars is the pair's history told as a
        // statistic (golden convention 10), no one act of the story's days.
        if ev.plover == "ASSAULT" && !ev.noun && counts_wars(clause, head) {
            return Some("a count of wars is history, not an act");
        }
        // A noun event needs someone doing it.
        // A protest told without its protesters has the people of its place (`assemble.rs`).
        // An act of war in an "after" phrase told without its doer is kept with the actor
        // unnamed and its place's country as the recipient (`assemble.rs`).
        let unnamed_war_attack = ev.slots.actor == ActorSource::UnnamedWarAttack;
        if ev.noun
            && ev.actor.is_none()
            && ev.slots.actor != ActorSource::PeopleWhereItHappens
            && !unnamed_war_attack
        {
            return Some("noun event without an actor");
        }
        // ... and, unless it is a protest or a mobilisation, someone it is done to
        // ("military operations", "aggression" alone are descriptions, not events).
        let needs_no_recipient =
            unnamed_war_attack || matches!(ev.plover.as_str(), "PROTEST" | "MOBILIZE");
        if ev.noun
            && ev.recipient.is_none()
            && !needs_no_recipient
            && !(ev.plover == "ASSAULT" && doer_bound_to_noun(clause, head, ev.actor))
            // "made a string of arrests", "issued a flat rejection": a light verb's object
            // is the verb's own act, coded as a verb event would be.
            && !ev.slots.light_verb_object
            && !(ev.plover == "ASSAULT" && reported_by_a_fragment(clause, head, ev.actor))
            // A curfew or an emergency in force where the state rules ("Curfew in Conakry
            // after deadly clashes") restricts its own country (`assemble.rs`).
            && !(matches!(ev.cameo.as_str(), "1723" | "1724")
                && ev.slots.actor == ActorSource::StateWhereItHappened)
            // An easing or yielding act done at home is complete without a foreign
            // party ("the government's easing of restrictions", "Thailand announced the
            // end of martial law"); a truce noun is mostly one hoped for or holding, as
            // in the mutual-act rule above.
            && !(matches!(ev.plover.as_str(), "CONCEDE" | "RETREAT")
                && ev.cameo != "0871"
                && (doer_bound_to_noun(clause, head, ev.actor)
                    || object_of_doers_verb(clause, head, ev.actor)))
        {
            return Some("noun event without a recipient");
        }
        if ev.noun {
            if let Some(t) = clause.tree() {
                let rel = t.rel(head);
                // ... unless a verb says it began or took effect ("joint naval patrols
                // began on Monday"): cooperation starting now is an act, not a state.
                if rel.is_subject() && ev.plover == "COOPERATE" && !took_effect(clause, head) {
                    return Some("cooperation noun as the subject");
                }
                // "The Saudi-led blockade of Qatar, lifted in 2021, cost ...", "the
                // curfew, eased last week, ...": a participle of ending (`[ending-verbs]`)
                // on the act noun tells the act as over; its ending is the news, not it.
                // Set off by a comma: "the visit ended with a pledge" is the act's own verb.
                if t.children(head).any(|c| {
                    t.rel(c) == sitrep_parser::Rel::Acl
                        && ENDING_VERBS.contains(clause.words[c])
                        && c > 0
                        && clause.words[c - 1] == ","
                }) {
                    return Some("an act told as ended by a participle");
                }
                // "the union called off its strike", "suspended their protests",
                // "postponed the rally": a protest called off, suspended or ended is told
                // by its ending (082, golden README convention 12), not as one held.
                if ev.plover == "PROTEST" && rel == sitrep_parser::Rel::Dobj {
                    if let Some(v) = t.head(head).filter(|&v| clause.is_verb(v)) {
                        let w = clause.words[v];
                        let ending = ENDING_VERBS.contains(w)
                            || (ENDING_OFF_VERBS.contains(w)
                                && clause.words.get(v + 1).is_some_and(|&n| n == "off"))
                            || w.starts_with("cancel")
                            || w.starts_with("postpon");
                        if ending {
                            return Some(
                                "a protest called off, suspended or ended is no protest held",
                            );
                        }
                    }
                }
                // "Farmers plan protest in Paris next week", "unions fear a wave of
                // strikes", "the opposition's planned rally": a protest noun that a verb
                // of planning, fear or warning has as its object, or a participle of one
                // qualifies, is not held yet (golden README convention 12), whoever its
                // protesters are: the cues that leave an unattributed protest undone
                // (words.txt `[unrealised-protest-cues]`).
                if ev.plover == "PROTEST" {
                    // Not "announced" or "called": a strike announced or called is as
                    // often begun as scheduled ("Jailed activist announces hunger
                    // strike", "its leaders had called the protests").
                    let object_of_cue = rel == sitrep_parser::Rel::Dobj
                        && t.head(head).is_some_and(|v| {
                            let w = clause.words[v];
                            clause.is_verb(v)
                                && UNREALISED_PROTEST_CUES.contains(w)
                                && !w.starts_with("announc")
                                && !w.starts_with("call")
                        });
                    let qualified_by_cue = t.children(head).any(|c| {
                        matches!(t.rel(c), sitrep_parser::Rel::Amod | sitrep_parser::Rel::Acl)
                            && c < head
                            && UNREALISED_PROTEST_CUES.contains(clause.words[c])
                    });
                    if object_of_cue || qualified_by_cue {
                        return Some("a protest planned, feared or warned of is not held yet");
                    }
                }
            }
        }
        // "opened its prisons to visits by the ICRC": an event noun with no recipient whose
        // doer is the one a verb's act of the category, done by a party, reaches tells that
        // act again from the other side, not an act of its own (session 17).
        if ev.noun
            && ev.recipient.is_none()
            && ev.actor.is_some()
            && snapshot.iter().any(|o| {
                !o.noun && o.plover == ev.plover && o.actor.is_some() && o.recipient == ev.actor
            })
        {
            return Some("event noun restates a verb's act from its recipient's side");
        }
        // The event noun is the object of a coded verb ("pledged support",
        // "formalized their cooperation"): the verb's event already says it.
        // So is aid named inside the phrase of an intent to give it ("announced a $200
        // million economic aid package": the verb's keyword is "million", the noun "aid"):
        // the package announced is the intent (AGREE 033x), not aid given as well (07x);
        // one act, one code (session 24). Other nouns in an object's phrase may be acts of
        // their own ("welcomed the agreement"), so only aid under an intent is read so.
        if ev.noun
            && objects.iter().any(|&(verb_head, obj)| {
                verb_head != head
                    && (obj == head
                        || (ev.plover == "AID"
                            && in_one_noun_phrase(clause, obj, head)
                            && snapshot.iter().any(|o| {
                                o.plover == "AGREE" && o.trigger.0 == clause.first + verb_head
                            })))
            })
        {
            return Some("event noun is the object of a coded verb");
        }
        // The event noun names what another event targets ("condemned the Russia-North
        // Korea military alliance"): it is that event's object, not an event of its own.
        if ev.noun
            && snapshot.iter().any(|o| {
                o.object_np.is_some_and(|(s, e)| s <= head && head < e) && o.trigger != ev.trigger
            })
        {
            return Some("event noun names what another event targets");
        }
        // "dropped its plan to deport the refugees", "withdrew its order to expel the
        // activists", "declared the cancellation of its march", "refused to lift the curfew
        // imposed on the city": the act a yield (or its intent or refusal) drops, lifts or
        // ends, named in the yield's object just after its first keyword, is not done: no
        // threat, expulsion, protest or veto beside the yield ("lifted its veto on the aid
        // package") (issue #9, session 19).
        if matches!(
            ev.plover.as_str(),
            "THREATEN" | "COERCE" | "SANCTION" | "ASSAULT" | "PROTEST" | "MOBILIZE" | "REJECT"
        ) && whole.iter().any(|o| {
            yields_what_it_names(o)
                && o.sentence == ev.sentence
                && o.trigger.0 < ev.trigger.0
                && o.act_keyword.is_some_and(|k| {
                    k <= ev.trigger.0
                        && ev.trigger.0 - k <= 5
                        // The yield's object is a thing named by a noun (the plan, the
                        // order, the strike), not a verb phrase it shares with the act
                        // ("announced that they would withdraw").
                        && k >= clause.first
                        && clause.tags.get(k - clause.first).is_some_and(|t| t.is_noun())
                })
        }) {
            return Some("the act a yield drops or ends is not done");
        }
        if ev.recipient.is_none()
            && !complete_without_recipient(ev)
            && !legal_action_on_unnamed_person(clause, ev)
            && !legal_challenge_of_a_measure(clause, ev)
            && !appeal_to_the_world(clause, ev)
            && !aimed_at_a_collective(clause, ev)
            && !criticism_of_an_uncoded_target(clause, ev)
        {
            return Some("required recipient missing");
        }
        // "mobilised soldiers and rescue workers to search for survivors after a
        // landslide": forces sent to a disaster are domestic administration (golden
        // convention 10), no force posture; one sent against a rival is aimed at it.
        // Forces sent to a disaster in their own country ("The army deployed soldiers to
        // rescue families stranded by floods in Pakistan's Sindh province") are aimed at
        // no one either, though the place names their country.
        let at_home = |r: usize| {
            let actor = ev.actor.and_then(|a| doc_code(clause, a));
            actor.is_none() || actor == doc_code(clause, r)
        };
        if ev.plover == "MOBILIZE"
            && ev.recipient.is_none_or(at_home)
            && clause
                .words
                .iter()
                .any(|w| DISASTER_RELIEF_WORDS.contains(w))
            && !clause
                .words
                .iter()
                .any(|w| crate::words::HOME_UNREST_WORDS.contains(w))
        {
            return Some("forces sent to a disaster's relief");
        }
        // Concern or opposition voiced at no one ("expressed concern about heightened
        // tensions", "opposing any unilateral attempts"): a comment without a target, which
        // CAMEO does not code (golden convention 10). Criticism and condemnation (111 and
        // finer) of an event keep their event object: someone did what is condemned.
        if ev.recipient.is_none() && ev.cameo == "110" {
            return Some("concern voiced at no one");
        }
        // An analyst's or expert's praise, criticism or welcome is an opinion the
        // reporter quotes, not an act between political parties (`[commentator-roles]`).
        if is_commentator(doc, ev.actor) {
            return Some("a commentator's opinion");
        }
        // "Turkey hosts three million Syrian refugees", "China buys Russian oil": a
        // material act in the simple present, undated, describes a standing state or a
        // practice; news tells a new material act in the past tense (stances stated in
        // the present, "accuses", "rejects", are verbal and stay). A document's first
        // sentence may be its headline, which uses the present for the past ("Peru and
        // Chile sign border agreement."), and keeps its act.
        if !ev.noun && present_simple_state(clause, head, &ev.plover) {
            return Some("a material act in the simple present: a state or practice");
        }
        // A person the story ties to no country, body or sector, acting at no coded party
        // (an academic quoted by name: "'we will renounce their support,' said Huseyin
        // Bagci"): nothing makes the act one between political parties. A protest, hunger
        // strike included, is a political act of anyone.
        if ev.plover != "PROTEST"
            && unaffiliated_person(doc, ev.actor)
            && ev
                .recipient
                .is_none_or(|r| doc.entities[doc.mentions[r].entity].code.is_none())
        {
            return Some("an unaffiliated person acting at no party");
        }
        // "Local elders and government officials were meeting at the hotel": a country's
        // officials meeting or working with its own civilians is domestic administration,
        // not consultation between political parties (golden convention 10).
        if matches!(ev.plover.as_str(), "CONSULT" | "COOPERATE")
            && same_country_with_civilians(doc, ev.actor, ev.recipient)
        {
            return Some("officials meeting their own country's civilians");
        }
        // "The film tells the story of a soldier who fought at Bakhmut": a work's content.
        if told_by_a_narrative_work(clause, head) {
            return Some("an act a film, book or exhibition tells");
        }
        // "Chinese companies have released models", "the Indian team attacked from the
        // start": commerce and sport, not acts between political parties. What a business
        // says ("Russian oil companies condemned Ukraine") is lobbying and stays.
        if is_private_party(doc, ev.actor) && is_material(&ev.plover) {
            return Some("the actor is a private party (a business or a sports side)");
        }
        // "Boeing delivered 40 aircraft to Chinese airlines": a business supplying buyers
        // named only by their country's adjective is trade, not aid or cooperation with
        // that state.
        if matches!(ev.plover.as_str(), "AID" | "COOPERATE")
            && ev
                .recipient
                .is_some_and(|r| doc.mentions[r].kind == MentionKind::Adjective)
            && ev.actor.is_some_and(|a| {
                let mention = &doc.mentions[a];
                mention
                    .sector
                    .as_deref()
                    .or(doc.entities[mention.entity].sector.as_deref())
                    == Some("BUS")
            })
        {
            return Some("a business supplying buyers named by their country's adjective");
        }
        // Tourists, citizens or families visiting a country travel, they do not make a
        // state visit (CAMEO 042/043 are visits between parties): "2.8 million Chinese
        // tourists visited Vietnam", "Americans visiting Cuba" (`[private-visitor-sectors]`).
        if (ev.cameo.starts_with("042") || ev.cameo.starts_with("043"))
            && ev.actor.is_some_and(|m| {
                let mention = &doc.mentions[m];
                mention
                    .sector
                    .as_deref()
                    .or(doc.entities[mention.entity].sector.as_deref())
                    .is_some_and(|s| PRIVATE_VISITOR_SECTORS.contains(&s.to_ascii_lowercase()))
            })
        {
            return Some("private visitors travel, they make no state visit");
        }
        // A news outlet talking with someone ("VOA spoke with the envoy", "the minister
        // told Reuters") is an interview, not a consultation between parties.
        if ev.plover == "CONSULT" && (is_media(doc, ev.actor) || is_media(doc, ev.recipient)) {
            return Some("an interview with a news outlet");
        }
        // What a party is urged or threatened to do has not happened: "urged Russia to
        // accept a ceasefire" is the appeal, not an acceptance.
        let infinitive = is_infinitive(clause, ev);
        if !ev.noun
            && infinitive
            && snapshot.iter().any(|o| {
                matches!(o.plover.as_str(), "REQUEST" | "THREATEN")
                    && o.trigger.0 < ev.trigger.0
                    && ev.trigger.0 - o.trigger.0 <= 14
            })
        {
            return Some("the act a party is urged or threatened to do");
        }
        // No recipient, while a nearby event of the same actor has one: a restatement.
        // That event may share the trigger, a frame having moved it to its cue verb
        // ("refused" of "refused to rule out sanctions against Iran"). Anywhere in the
        // sentence, an act of the same category says it again ("China imposed tariffs
        // on U.S. coal on Tuesday, hitting back at new U.S. duties").
        // For an easing act, the restriction noun it undoes is the object of its verb,
        // dropped below, and restates nothing ("Pakistan's ban on the party was lifted");
        // so is the protest noun a verb holds with no protester named ("a rally against
        // the junta was held"), coded as the verb's protest.
        let object_of_coded_verb = |o: &CodedEvent| {
            let o_head = o.trigger.0 - clause.first;
            (matches!(ev.plover.as_str(), "CONCEDE" | "RETREAT")
                || ev.plover == "PROTEST" && ev.slots.actor == ActorSource::PeopleWhereItHappens)
                && o.noun
                && objects.iter().any(|&(v, obj)| obj == o_head && v != o_head)
        };
        // A denied act and its denial are two events, neither restating the other
        // ("Tajikistan denied targeting civilians": the denial and the shelling, denied).
        let denial_of = |o: &CodedEvent, e: &CodedEvent| {
            e.governed_modality == Some(sitrep_record::Modality::Denied)
                && o.plover == "REJECT"
                && e.plover != "REJECT"
        };
        // Clauses a semicolon joins report acts of their own ("RSF shelled El Fasher,
        // killing 12; next day ambushed a convoy"): monitors chain a party's acts so.
        let semicolon_between = |o: &CodedEvent| {
            let (a, b) = if o.trigger.0 < ev.trigger.0 {
                (o.trigger.0, ev.trigger.0)
            } else {
                (ev.trigger.0, o.trigger.0)
            };
            (a + 1..b).any(|g| doc.norm(g) == ";")
        };
        // Two coordinated verbs of different acts, each with its own object, are two
        // acts ("killed three civilians ... and abducted a local chief"); "attacked and
        // killed five soldiers" shares one object and stays one.
        let coordinated_act = |o: &CodedEvent| {
            let (a, b) = if o.trigger.0 < ev.trigger.0 {
                (o, ev)
            } else {
                (ev, o)
            };
            let (la, lb) = (a.trigger.0 - clause.first, b.trigger.0 - clause.first);
            let own_object = |l: usize| {
                clause
                    .tree()
                    .is_some_and(|t| t.child(l, sitrep_parser::Rel::Dobj).is_some())
            };
            !a.noun
                && !b.noun
                && a.cameo != b.cameo
                && own_object(la)
                && own_object(lb)
                && clause.coordinated_with(la, lb)
        };
        // A refusal and the verb coordinated with it are two acts, whatever their objects
        // ("Porras said she would not resign and asked the courts to clear the roads"):
        // a refusal rewritten by its frame restates no act of another category.
        let refusal_beside = |o: &CodedEvent| {
            let (la, lb) = (o.trigger.0 - clause.first, ev.trigger.0 - clause.first);
            (ev.plover == "REJECT") != (o.plover == "REJECT")
                && !o.noun
                && !ev.noun
                && (clause.coordinated_with(la, lb) || clause.coordinated_with(lb, la))
        };
        // A protest and the demand it voices are two acts ("held a rally in Peshawar
        // demanding the release of Imran Khan"): the demonstration is done whatever the
        // demand's address, and an analyst codes it (14x) beside the demand.
        let protest_voicing = |o: &CodedEvent| ev.plover == "PROTEST" && o.plover == "REQUEST";
        // A concession and the pressure it answers are two acts ("Mali's prime minister
        // stepped down amid protests against the government", "withdrew the bill after
        // demands from the unions"): yielding restates no protest, demand or threat.
        let yielding_to_pressure = |o: &CodedEvent| {
            matches!(ev.plover.as_str(), "CONCEDE" | "RETREAT")
                && matches!(o.plover.as_str(), "PROTEST" | "REQUEST" | "THREATEN")
        };
        if ev.recipient.is_none()
            && snapshot.iter().any(|o| {
                o.recipient.is_some()
                    && !protest_voicing(o)
                    && !yielding_to_pressure(o)
                    && !semicolon_between(o)
                    && !coordinated_act(o)
                    && !refusal_beside(o)
                    && !denial_of(o, ev)
                    && !denial_of(ev, o)
                    && entity(o.actor) == entity(ev.actor)
                    && (o.trigger.0.abs_diff(ev.trigger.0) <= 6 || o.plover == ev.plover)
                    && !object_of_coded_verb(o)
            })
        {
            return Some("restates a nearby event of the same actor that has a recipient");
        }
        None
    };
    let reasons: Vec<Option<&'static str>> = snapshot.iter().map(why_dropped).collect();
    // "tried to assassinate the governor", "shelled the city, killing two civilians": an
    // attack dropped as restated by the attack it governs, which names the victim, tells
    // how that attack was done (an attempt, 185; the weapon, 183x and 19x), so the attack
    // kept takes the governing verb's code.
    let restated = "restates a nearby event of the same actor that has a recipient";
    let manner: Vec<(usize, String)> = (0..snapshot.len())
        .filter(|&i| reasons[i] == Some(restated) && snapshot[i].plover == "ASSAULT")
        .filter_map(|i| {
            let ev = &snapshot[i];
            let governor = ev.trigger.0 - clause.first;
            let tree = clause.tree()?;
            let j = (0..snapshot.len()).find(|&j| {
                let o = &snapshot[j];
                j != i
                    && reasons[j].is_none()
                    && o.plover == "ASSAULT"
                    && !o.noun
                    && !ev.noun
                    && o.recipient.is_some()
                    && entity(o.actor) == entity(ev.actor)
                    && tree.head(o.trigger.0 - clause.first) == Some(governor)
                    && matches!(
                        tree.rel(o.trigger.0 - clause.first),
                        sitrep_parser::Rel::Xcomp | sitrep_parser::Rel::Advcl
                    )
            })?;
            Some((first_new + j, ev.cameo.clone()))
        })
        .collect();
    for (j, cameo) in manner {
        let ev = &mut out[j];
        ev.rule.push_str(&format!(
            "; code {cameo} of the governing attack it restates"
        ));
        ev.cameo = cameo;
    }
    let mut lost = Vec::new();
    retain_tail(out, first_new, |i, ev| match reasons[i - first_new] {
        None => true,
        Some(reason) => {
            if FALLBACK_REASONS.contains(&reason) {
                lost.push((ev.trigger.0, reason));
            }
            record_drop(dropped, ev, DropStage::Filter, reason);
            false
        }
    });
    lost
}

/// The filter's reasons that let the next pattern at the same head stand in
/// ([`fall_back`]): the winner's category needed a party the sentence does not name.
/// (A noun event without a recipient is no stand-in's place: "the protest note accused
/// Vilnius" is no protest held; measured on the dev sets, session 13.)
const FALLBACK_REASONS: &[&str] = &["required recipient missing"];

/// The categories a stand-in ([`fall_back`]) may have: a show of force or a deployment
/// (MOBILIZE) and a pull-back (RETREAT), the deeds that military words name when their
/// joint or aid reading finds no partner ("began a three-day exercise", "withdrew tanks and
/// artillery"). Measured on the dev sets and the blind tests (session 13): stand-ins of
/// other categories read the words in another sense than the story's ("Chisinau Expels
/// Diplomats" is no deportation, convention 13; "FBI agents searched the home" no
/// coercion; "called a cabinet meeting" no consultation; "blocking the aid package" no
/// veto).
const FALLBACK_CATEGORIES: &[&str] = &["MOBILIZE", "RETREAT"];

/// Is the CAMEO code a material act (roots 06-09 and 15-20: cooperation, aid, yielding,
/// investigation, force posture, sanctions, coercion, violence), not a verbal one (01-05,
/// 10-14: statements, appeals, intents, meetings, support, demands, criticism, rejection,
/// threats, protests)?
fn is_material_code(cameo: &str) -> bool {
    cameo
        .get(..2)
        .and_then(|r| r.parse::<u8>().ok())
        .is_some_and(|r| matches!(r, 6..=9 | 15..=20))
}

/// Where the sentence counts acts over months or years: the start of an
/// `[aggregate-spans]` phrase followed within three words by a month, year or decade,
/// with a number outside it ("In the last 15 months, 1,250 terrorists have been killed").
fn long_span_of_a_count(clause: &Clause) -> Option<usize> {
    let list = &*crate::words::AGGREGATE_SPANS;
    let n = clause.len();
    for i in 0..n {
        for len in 3..=6 {
            if i + len > n {
                break;
            }
            if !list.contains_phrase_keyed(&clause.words[i..i + len], &clause.keys[i..i + len]) {
                continue;
            }
            let end = (i + len + 3).min(n);
            let Some(unit) = (i..end).find(|&k| {
                matches!(
                    clause.words[k],
                    "month" | "months" | "year" | "years" | "decade" | "decades"
                )
            }) else {
                continue;
            };
            // "has killed thousands of civilians over the past decade": a count word
            // counts as a number does.
            if (0..n).any(|k| (k < i || k > unit) && is_count_word(clause, k)) {
                return Some(i);
            }
        }
    }
    None
}

/// Is the assault noun at local `head` the report itself, a live-map or headline fragment
/// with no verb ("Israeli drone strike on car in Nabatieh, 1 killed", "Russian missile
/// attack on Odesa overnight")? The line has no final punctuation, no finite verb, and
/// its doer stands inside the noun's phrase (a country adjective or a name before it).
/// In prose the same phrase mostly points back at an act told before; a line
/// with a finite verb ("Taliban attack on army checkpoint kills seven") tells it by that
/// verb.
fn reported_by_a_fragment(clause: &Clause, head: usize, actor: Option<usize>) -> bool {
    let Some(actor) = actor else {
        return false;
    };
    let doc = clause.doc;
    let si = doc.sentence_of[clause.first] as usize;
    let s = doc.sentences[si];
    let unpunctuated = s.last > s.first && !matches!(doc.norm(s.last - 1), "." | "!" | "?" | "\"");
    if !unpunctuated || clause.tags.iter().any(|t| t.is_finite()) {
        return false;
    }
    let (np_start, _) = clause.np_around(head);
    let a = &doc.mentions[actor];
    a.first >= clause.first + np_start && a.first < clause.first + head
}

/// Is the actor of the event noun at `head` named as its doer in the noun's own phrase,
/// with the act's victims or agent after it: its possessor or modifier with an `of`
/// complement ("Boko Haram's 2014 abduction of 276 schoolgirls"), the `by` agent
/// right after it ("Tuesday's train hijacking by armed militants") or after its `of`
/// complement ("the killing of a journalist by soldiers")? Such an attack is
/// one act by one party, complete without a party as target (the place gives it one
/// when the record is assembled), unlike "Russia's military operations", a description.
/// Measured on the dev sets: coercion nouns ("his trial", "the imposition of tariffs")
/// lost precision this way and are left out.
fn doer_bound_to_noun(clause: &Clause, head: usize, actor: Option<usize>) -> bool {
    let Some(actor) = actor else {
        return false;
    };
    let (np_start, _) = clause.np_around(head);
    // The subject of a verb telling only the act's course (`[act-course-verbs]`: "Russian
    // shelling of Zaporizhzhia continued", "Russia's offensive on Pokrovsk entered its
    // third week") may name its target with `on` or `against` too, and its doer by a
    // country adjective, a mention the clause's token index leaves out (its first token
    // places it). A verb of the act's effect ("... attack on checkpoint kills seven")
    // codes the act itself; deeper in a phrase ("memories of the 2008 Russian invasion
    // of Georgia", "highlighted the Taliban's curbs on women") such a noun is mostly
    // background.
    let named_inside = (np_start..head).any(|l| clause.mention(l) == Some(actor));
    let first = clause.doc.mentions[actor].first;
    // Asked last: the tree is wanted only when the words allow the reading.
    let subject = || {
        clause.tree().is_some_and(|t| {
            t.rel(head).is_subject()
                && t.head(head)
                    .is_some_and(|v| crate::words::ACT_COURSE_VERBS.contains(clause.words[v]))
        })
    };
    let adjective_inside = first >= clause.first + np_start && first < clause.first + head;
    let next = clause.words.get(head + 1).copied();
    let inside = (named_inside && next == Some("of"))
        || ((named_inside || adjective_inside)
            && matches!(next, Some("of" | "on" | "against"))
            && subject());
    let by_agent = clause.words.get(head + 1) == Some(&"by")
        && (head + 2..(head + 6).min(clause.len())).any(|l| clause.mention(l) == Some(actor));
    // "the killing of a journalist by soldiers at a checkpoint"
    let by_after_object = || {
        by_agent_after_object(clause, np_start, head + 1)
            .is_some_and(|s| s.mentions.contains(&actor))
    };
    inside || by_agent || by_after_object()
}

/// CAMEO codes that ease a restriction a party imposed: administrative sanctions and
/// freedoms (081x, curfews and states of emergency among them), economic sanctions
/// (085), a blockade (0872).
fn eases_a_restriction(cameo: &str) -> bool {
    cameo.starts_with("081") || cameo == "085" || cameo == "0872"
}

/// The party owning the restriction a passive easing verb lifts ("Pakistan's ban on the
/// party was lifted"): a mention marked possessive (`'s`) inside the noun phrase of the
/// pattern's object keyword, which stands before the passive head.
fn owner_of_lifted_restriction(clause: &Clause, m: &PatternMatch) -> Option<usize> {
    if !m.object_before_head || !clause.is_passive(m.head) {
        return None;
    }
    let keyword = m.object_token?;
    let (np_start, _) = clause.np_around(keyword);
    (np_start..keyword).find_map(|l| {
        let mention = clause.mention(l)?;
        (clause.tags.get(l + 1) == Some(&Tag::POS)).then_some(mention)
    })
}

/// CAMEO codes of a withdrawal or retreat of forces (087, 0874), whose noun names the
/// forces withdrawn in its `of` phrase ("the withdrawal of French troops").
fn withdraws_forces(cameo: &str) -> bool {
    matches!(cameo, "087" | "0874")
}

/// A withdrawal of forces or a blockade or siege lifted: yielded to the state whose
/// territory is left or freed (`withdrawn_from_country`).
fn yields_territory(cameo: &str) -> bool {
    withdraws_forces(cameo) || cameo == "0872"
}

/// The party an easing, withdrawal or aid-cut noun's `of` phrase names as the owner of
/// what is lifted, withdrawn or cut ("the lifting of Japan's export curbs", "the lifting
/// of EU sanctions", "the withdrawal of French troops", "the suspension of Japanese aid"):
/// a mention in the object keyword's noun phrase, up to the keyword, or the country of a
/// country adjective there, when that phrase (after determiners) is the noun's `of`
/// object. Releases are left out by the callers: the people released are the recipient's
/// ("the release of Palestinian prisoners").
fn owner_in_of_phrase(clause: &Clause, m: &PatternMatch) -> Option<usize> {
    if m.object_before_head || clause.words.get(m.head + 1) != Some(&"of") {
        return None;
    }
    let keyword = m.object_token?;
    let (np_start, _) = clause.np_around(keyword);
    if np_start < m.head + 2 || !(m.head + 2..np_start).all(|l| clause.tags[l] == Tag::DT) {
        return None;
    }
    let doc = clause.doc;
    (np_start..=keyword).find_map(|l| {
        clause.mention(l).or_else(|| {
            doc.modifier_covering(clause.first + l)
                .and_then(|md| doc.first_mention_of(md.entity))
        })
    })
}

/// CAMEO codes of reducing or stopping aid (162x), whose noun names the giver's aid in
/// its `of` phrase ("the suspension of Japanese aid to Myanmar").
fn cuts_aid(cameo: &str) -> bool {
    cameo.starts_with("162")
}

/// Is the event noun at `head` the direct object of an enacting verb (`[enacting-verbs]`)
/// whose subject is the actor ("Thailand announced the end of martial law", "the junta
/// ordered the release of the detainees")? An easing or yielding act is often done at home, to no party
/// (lifting a curfew, freeing prisoners): the doer named as the verb's subject makes
/// it one complete act, as a party's own possessive does (`doer_bound_to_noun`).
fn object_of_doers_verb(clause: &Clause, head: usize, actor: Option<usize>) -> bool {
    let (Some(actor), Some(t)) = (actor, clause.tree()) else {
        return false;
    };
    if t.rel(head) != sitrep_parser::Rel::Dobj {
        return false;
    }
    // A gerund ("before granting any relaxation of sanctions") names a condition or a
    // manner, not the act done.
    let Some(verb) = t.head(head).filter(|&v| {
        clause.is_verb(v) && clause.tags[v] != Tag::VBG && ENACTING_VERBS.contains(clause.words[v])
    }) else {
        return false;
    };
    matches!(
        clause.subject(clause.verb_group_start(verb), 0),
        Subject::Actors(s) if s.mentions.contains(&actor)
    )
}

/// Does the verb at `after` take a direct object that names no party and whose head is an
/// event noun of the lexicon ("investigating the shooting", "condemned the killings")?
/// An act aimed at an event is complete without a party recipient.
/// An accusation (112x) is aimed at what its object names, so there the noun must be an
/// act by a pattern whose object keywords, if any, follow it: "blamed heavy rains for the
/// landslide" accuses no one ("a rain of rockets" is an act, "rains" alone is not).
fn has_event_object(
    clause: &Clause,
    lexicon: &EventLexicon,
    after: usize,
    to: usize,
    accusation: bool,
) -> bool {
    let k = clause.past_particles(after, to);
    let Some((end, ms)) = clause.np_after(k, to) else {
        return false;
    };
    let keyword_after = |group: &Vec<String>| {
        group.iter().any(|kw| {
            let first = kw.split('_').next().unwrap_or(kw);
            clause.words[end..to.min(clause.len())]
                .iter()
                .any(|w| *w == first || w.strip_suffix('s') == Some(first))
        })
    };
    // The phrase's head is a common noun ("agreed on Monday" has no object), and a
    // definite act, not any act of its kind ("would condemn any attempt to change the
    // status quo by force" is a stance with no target, golden convention 10).
    ms.is_empty()
        && clause.words.get(k) != Some(&"any")
        && matches!(clause.tags[end - 1], Tag::NN | Tag::NNS)
        && lexicon
            .patterns_for(clause.words[end - 1])
            .iter()
            .any(|&p| {
                let pattern = lexicon.pattern(p);
                pattern.pos == TriggerPos::Noun
                    && (!accusation || pattern.objects.iter().all(keyword_after))
            })
}

/// Is the mention a news organisation (sector `MED` in the actor dictionary)?
/// Is the mention an analyst, expert or academic (`[commentator-roles]`)? Observers
/// share the analyst role but also name monitoring missions ("international observers
/// condemned the arrests"), which act, so a mention with one of the `[monitor-nouns]`
/// is not a commentator; nor are experts of an international organisation or of a
/// body that is not itself academic or a medium ("U.N. experts", "United Nations human
/// rights experts condemned"): they speak for it.
/// A verb above the trigger at local `head` in the tree has a narrative work for its
/// subject (`[narrative-works]`). The words are checked first, so that only a sentence
/// naming such a work is parsed.
fn told_by_a_narrative_work(clause: &Clause, head: usize) -> bool {
    if !clause
        .words
        .iter()
        .zip(clause.keys)
        .any(|(w, &key)| NARRATIVE_WORKS.contains_keyed(w, key))
    {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    let mut at = head;
    // A tree's depth is bounded by the sentence's length.
    for _ in 0..clause.len() {
        let Some(up) = t.head(at) else {
            return false;
        };
        if t.children(up)
            .any(|c| t.rel(c).is_subject() && c != at && NARRATIVE_WORKS.contains(clause.words[c]))
        {
            return true;
        }
        at = up;
    }
    false
}

/// A category of material acts (PLOVER's material cooperation and conflict).
fn is_material(plover: &str) -> bool {
    matches!(
        plover,
        "AID" | "COOPERATE" | "ASSAULT" | "COERCE" | "MOBILIZE" | "RETREAT" | "SANCTION"
    )
}

/// A material act's verb at local `head` in the simple present, with no auxiliary or
/// modal before it, in a sentence after the document's first that ends with a full stop
/// and names no date.
fn present_simple_state(clause: &Clause, head: usize, plover: &str) -> bool {
    if !is_material(plover)
        || !matches!(clause.tags[head], Tag::VBZ | Tag::VBP)
        || clause.verb_group_start(head) != head
        || clause.words.last().is_none_or(|w| *w != ".")
        || clause.first == 0
    {
        return false;
    }
    let doc = clause.doc;
    let sentence = doc.sentences[doc.sentence_of[clause.first] as usize];
    let dated = !doc.dates_in(&sentence).is_empty();
    // In a quotation the present is the speaker's act of the moment ("'The army calls
    // upon all conscripts ...'"); only a few quotations, looked at only here.
    let at = doc.tokens.get(clause.first + head).start as usize;
    let quoted = doc
        .quotes
        .iter()
        .any(|q| q.outer_start <= at && at < q.outer_end);
    !dated && !quoted
}

/// Both parties have the same country code (or neither has one yet) and one of them is
/// civilian (sector CVL) while the other is no rebel, militia, opposition or party.
fn same_country_with_civilians(doc: &Doc, a: Option<usize>, r: Option<usize>) -> bool {
    let (Some(a), Some(r)) = (a, r) else {
        return false;
    };
    let (ea, er) = (
        &doc.entities[doc.mentions[a].entity],
        &doc.entities[doc.mentions[r].entity],
    );
    let (sa, sr) = (doc.mention_sector(a), doc.mention_sector(r));
    // Elders or civilians meeting rebels, militants or an opposition of their own country
    // ("tribal elders met Taliban commanders to discuss a truce") are a contact between
    // political sides, not administration.
    let non_state = |s: Option<&str>| matches!(s, Some("REB" | "SEP" | "UAF" | "OPP" | "PTY"));
    let civilian = |s: Option<&str>| s == Some("CVL");
    // Two parties with no country yet both take the story's later ("local elders and
    // officials met"): one country too.
    ea.code == er.code && ((civilian(sa) && !non_state(sr)) || (civilian(sr) && !non_state(sa)))
}

/// A person with no country, sector or organisation of their own.
fn unaffiliated_person(doc: &Doc, m: Option<usize>) -> bool {
    let Some(m) = m else { return false };
    let mention = &doc.mentions[m];
    let entity = &doc.entities[mention.entity];
    entity.entity_type == sitrep_record::EntityType::Person
        && entity.code.is_none()
        && entity.org.is_none()
        && mention
            .sector
            .as_deref()
            .or(entity.sector.as_deref())
            .is_none()
}

/// A role phrase headed by a business or sports noun (`[private-party-heads]`) in a
/// private sector: a named company, or a state's "negotiating team" (GOV), is not one.
fn is_private_party(doc: &Doc, m: Option<usize>) -> bool {
    let Some(m) = m else { return false };
    let mention = &doc.mentions[m];
    let sector = mention
        .sector
        .as_deref()
        .or(doc.entities[mention.entity].sector.as_deref());
    mention.kind == crate::doc::MentionKind::Nominal
        && matches!(sector, None | Some("BUS" | "NGO" | "EDU"))
        && mention.last > mention.first
        && PRIVATE_PARTY_HEADS.contains(doc.norm(mention.last - 1))
}

pub(crate) fn is_commentator(doc: &Doc, m: Option<usize>) -> bool {
    let Some(m) = m else { return false };
    let mention = &doc.mentions[m];
    let entity = &doc.entities[mention.entity];
    if !entity
        .role
        .as_deref()
        .is_some_and(|r| COMMENTATOR_ROLES.contains(r))
        || entity.code.as_deref() == Some("IGO")
        || (mention.first..=mention.last).any(|i| MONITOR_NOUNS.contains(doc.norm(i)))
    {
        return false;
    }
    let sentence = doc.sentence_of[mention.first];
    let speaks_for_a_body = (mention.first.saturating_sub(4)..mention.first)
        .filter(|&i| doc.sentence_of[i] == sentence)
        .filter_map(|i| doc.mention_at.get(i).copied())
        .filter(|&at| at != crate::doc::NONE)
        .any(|at| {
            let body = &doc.entities[doc.mentions[at as usize].entity];
            body.entity_type == sitrep_record::EntityType::Org
                && !matches!(body.sector.as_deref(), Some("EDU" | "MED"))
        });
    !speaks_for_a_body
}

fn is_media(doc: &Doc, m: Option<usize>) -> bool {
    m.is_some_and(|m| doc.entities[doc.mentions[m].entity].sector.as_deref() == Some("MED"))
}

fn pos_agrees(clause: &Clause, head: usize, pattern: &sitrep_lexicon::Pattern) -> bool {
    let t = clause.tags[head];
    match pattern.pos {
        TriggerPos::Verb => {
            t.is_verb()
                // "was deeply concerned about", "said it was disappointed by": a participle
                // the tagger reads as an adjective is a verb only to a pattern that names
                // the inflections it takes (`concern@ed`, `disappoint@ed`: the lexicon's own
                // readings of the adjective). To any other verb pattern it is the state the
                // tag says ("remained committed to the deal", "armed groups", "upgraded
                // ties"), no act: session 25 found those readings coded one wrong event on
                // the held-out stories and one on the wire set, and no right one anywhere.
                || (t == Tag::JJ
                    && clause.words[head].ends_with("ed")
                    && pattern.head_forms.is_some())
                || clause.arrival_due(head)
        }
        TriggerPos::Noun => {
            t.is_noun()
                || (t == Tag::VBG
                    && head > 0
                    && (matches!(
                        clause.tags[head - 1],
                        Tag::DT | Tag::PRPS | Tag::POS | Tag::JJ
                    )
                        // "the train hijacking by militants": a compound's head, its
                        // complement right after it.
                        || (clause.tags[head - 1] == Tag::NN
                            && matches!(clause.words.get(head + 1), Some(&("by" | "of"))))))
                // "Fighting between Armenian and Azerbaijani troops erupted overnight",
                // "YANGON - Shelling of the town continued": a gerund opening the sentence
                // (or its dateline's text) as the subject of a verb telling that it happens.
                || (t == Tag::VBG
                    && (head == 0 || matches!(clause.words[head - 1], "-" | "—" | "–" | ":"))
                    && clause.occurrence_predicate(head).is_some())
        }
    }
}

/// Does the verb telling that the event noun at `head` happens say it did not: negated
/// ("talks did not take place", "the ceasefire failed to take effect") or halted
/// (`[halted-occurrence-verbs]`: "talks have stalled", "the summit was postponed")? A
/// negated verb of ending (`[closing-occurrence-verbs]`: "the fighting has not ended")
/// says the event goes on.
fn occurrence_denied(clause: &Clause, head: usize) -> bool {
    let Some((group, main)) = clause.occurrence_predicate(head) else {
        return false;
    };
    let cues = &clause.knowledge.cues;
    let verb_in = |list: &sitrep_lexicon::WordList| {
        (1..=2)
            .filter(|len| main + len <= clause.len())
            .any(|len| list.contains_phrase(&clause.words[main..main + len]))
    };
    if verb_in(&crate::words::CLOSING_OCCURRENCE_VERBS) {
        return false;
    }
    verb_in(&crate::words::HALTED_OCCURRENCE_VERBS)
        || (group..=main).any(|k| {
            matches!(
                cues.negation_at(&clause.words, k),
                Some((_, sitrep_lexicon::CueModality::Negated))
            )
        })
}

/// Is the verb trigger at `head` a participle or adjective used before a noun ("the
/// detained journalists", "a U.S.-designated group"): after a determiner, possessive,
/// hyphen or preposition, and followed directly by the noun or adjective it modifies? Right
/// after a verb
/// of its own or a preposition ("called for the release of jailed demonstrators", "urged
/// Tbilisi to free detained protesters") it opens that word's object phrase when the tree
/// says it modifies the noun (`amod`): an auxiliary before it ("has jailed protesters")
/// makes it the act.
fn is_attributive_participle(clause: &Clause, head: usize) -> bool {
    if head == 0 || head + 1 >= clause.len() {
        return false;
    }
    // "Reaches an Agreement with Striking Workers", "met the protesting farmers": a present
    // participle the tree makes a modifier of the party named right after it, after a
    // determiner or a preposition, names who the people are; the act is theirs and told as
    // background, not the clause's subject's. ("mounting pressure" names no party.)
    if clause.tags[head] == Tag::VBG {
        return matches!(clause.tags[head - 1], Tag::DT | Tag::PRPS | Tag::IN)
            && matches!(
                clause.tags[head + 1],
                Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS
            )
            && clause.mention(head + 1).is_some()
            && clause
                .tree()
                .is_some_and(|t| t.rel(head) == sitrep_parser::Rel::Amod);
    }
    if !matches!(clause.tags[head], Tag::VBN | Tag::JJ) {
        return false;
    }
    if !matches!(clause.tags[head + 1], Tag::NN | Tag::NNS | Tag::JJ) {
        return false;
    }
    // "has since fired missiles": an auxiliary a word or two back makes it the act.
    let after_auxiliary = (head.saturating_sub(2)..head)
        .any(|i| crate::words::PARTICIPLE_AUXILIARIES.contains(clause.words[i]));
    // After a determiner, possessive or hyphen, or after a preposition with no auxiliary
    // before it ("the release of detained foreigners", "in occupied territories").
    let modifier_slot = matches!(clause.tags[head - 1], Tag::DT | Tag::PRPS | Tag::POS)
        || clause.words[head - 1] == "-"
        || (clause.tags[head - 1] == Tag::IN && !after_auxiliary);
    if modifier_slot && clause.mention(head + 1).is_none() {
        return true;
    }
    // The noun may name a party here ("jailed demonstrators"): the tree decides. After a
    // verb of any form ("transporting injured civilians", "evacuated wounded soldiers").
    let opens_object = matches!(
        clause.tags[head - 1],
        Tag::VB | Tag::VBG | Tag::VBD | Tag::VBZ | Tag::VBP | Tag::IN
    ) && !after_auxiliary;
    opens_object
        && clause
            .tree()
            .is_some_and(|t| t.rel(head) == sitrep_parser::Rel::Amod)
}

/// Is the verb trigger at `head` a participle of a standing relation (`[describing-
/// participles]`) that the tree hangs on a noun (`acl`: a reduced relative or an
/// apposition between commas, never with an auxiliary), with no time of its own in its
/// phrase (`[own-time-words]`: "backed by air strikes on Sunday" tells an act) and no
/// forces as its agent (`[operational-agents]`)? A year or a span ("banned in 2019",
/// "detained since May") dates the standing state, not an act.
fn is_describing_participle(clause: &Clause, head: usize) -> bool {
    if clause.tags[head] != Tag::VBN
        || !crate::words::DESCRIBING_PARTICIPLES.contains(clause.words[head])
    {
        return false;
    }
    let Some(tree) = clause.tree() else {
        return false;
    };
    let Some(noun) = tree.head(head).filter(|&n| clause.tags[n].is_noun()) else {
        return false;
    };
    if tree.rel(head) != sitrep_parser::Rel::Acl {
        return false;
    }
    // "Main opposition party banned ahead of election": with no verb of its own the
    // sentence (a headline) predicates the participle of its noun: that is the act.
    if tree.rel(noun) == sitrep_parser::Rel::Root || clause.headline_participle(tree, head) {
        return false;
    }
    // "ordered an American journalist held": the participle completes the verb's object
    // (`[object-complement-verbs]`), the act ordered, not a description of the journalist.
    if tree.rel(noun) == sitrep_parser::Rel::Dobj
        && tree
            .head(noun)
            .is_some_and(|v| crate::words::OBJECT_COMPLEMENT_VERBS.contains(clause.words[v]))
    {
        return false;
    }
    // The participle's own phrase: the words after it that the tree hangs under it (a
    // bounded climb; such phrases are short).
    let under_participle = |mut i: usize| {
        for _ in 0..6 {
            match tree.head(i) {
                Some(h) if h == head => return true,
                Some(h) => i = h,
                None => return false,
            }
        }
        false
    };
    let own_time = (head + 1..clause.len().min(head + 12))
        .any(|i| crate::words::OWN_TIME_WORDS.contains(clause.words[i]) && under_participle(i));
    // "soldiers backed by African Union troops": forces backing a party in an operation
    // fight alongside it, an act of its own (062), unlike a state or a movement behind it.
    let backed_by_forces = tree
        .child(head, sitrep_parser::Rel::Agent)
        .and_then(|by| tree.child(by, sitrep_parser::Rel::Pobj))
        .is_some_and(|agent| {
            std::iter::once(agent)
                .chain(
                    tree.children(agent)
                        .filter(|&c| tree.rel(c) == sitrep_parser::Rel::Conj),
                )
                .any(|w| crate::words::OPERATIONAL_AGENTS.contains(clause.words[w]))
        });
    !own_time && !backed_by_forces
}

/// Does the verb at local token `head` count wars in its object, a count just before
/// "wars" within six words ("fought two wars", "have fought two of their three wars",
/// "fought several wars")? One war fought ("fought a war", "fought the war") is left as it is.
fn counts_wars(clause: &Clause, head: usize) -> bool {
    let end = (head + 7).min(clause.len());
    (head + 2..end).any(|k| {
        clause.words[k] == "wars"
            && (clause.tags[k - 1] == Tag::CD
                || matches!(
                    clause.words[k - 1],
                    "several" | "multiple" | "numerous" | "many"
                ))
    })
}

/// Is the event a noun named by a year before the story's ("the 2016 peace agreement", "the
/// 2004 Madrid train bombings")? Such a phrase names a past act as background, not a new
/// one.
fn named_by_an_earlier_year(doc: &Doc, ev: &CodedEvent) -> bool {
    use chrono::Datelike;
    let Some(year) = doc.published.map(|d| d.year()) else {
        return false;
    };
    let t = ev.trigger.0;
    let first = doc.sentences[ev.sentence].first;
    ev.noun
        && (t.saturating_sub(3).max(first + 1)..t).any(|k| {
            let w = doc.norm(k);
            is_year_number(w)
                && doc.norm(k - 1) == "the"
                && w.parse::<i32>().is_ok_and(|y| y < year)
        })
}

/// Is the verb at `head` the head of a relative clause whose noun is named by a year
/// before the story's, "the" and the year at most three words before it ("the 1994
/// genocide, in which", "the 2024 protests in which", "the 1988 chemical attack ...,
/// which")?
fn relative_of_an_earlier_year(clause: &Clause, head: usize) -> bool {
    use chrono::Datelike;
    let Some(year) = clause.doc.published.map(|d| d.year()) else {
        return false;
    };
    // The noun is named by "the" and an earlier year: without such a pair in the
    // clause the tree is not asked for.
    let the_earlier_year = |k: usize| {
        let w = clause.words[k];
        is_year_number(w)
            && clause.words[k - 1] == "the"
            && w.parse::<i32>().is_ok_and(|y| y < year)
    };
    if !(1..clause.len()).any(the_earlier_year) {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    if t.rel(head) != sitrep_parser::Rel::Relcl {
        return false;
    }
    let Some(noun) = t
        .head(head)
        .filter(|&n| n < head && clause.tags[n].is_noun())
    else {
        return false;
    };
    (noun.saturating_sub(3).max(1)..noun).any(the_earlier_year)
}

/// Is the verb at `head` the head of a relative clause set off by a comma right after a
/// party's name, whose subject is the party and which names a year before the story's
/// before the aside closes ("The African Union, which suspended Sudan after the 2021 coup,
/// urged ...", "Russia, which annexed Crimea in 2014, said ...")? As with
/// `describing_present_relative`, the clause describes the party; the year makes what it
/// tells history.
fn describing_relative_of_an_earlier_year(clause: &Clause, head: usize) -> bool {
    use chrono::Datelike;
    let Some(year) = clause.doc.published.map(|d| d.year()) else {
        return false;
    };
    let words = &clause.words;
    let Some(rel) = relative_word_after_comma(clause, head) else {
        return false;
    };
    // The year stands inside the aside: from the relative word to the comma closing it
    // (a relative clause ending the sentence, "mines left by Russian forces, who occupied
    // the village ... in 2022.", may be what the story tells).
    let Some(end) = (head + 1..clause.len()).find(|&i| words[i] == ",") else {
        return false;
    };
    if !(rel + 1..end)
        .any(|k| is_year_number(words[k]) && words[k].parse::<i32>().is_ok_and(|y| y < year))
    {
        return false;
    }
    relative_describes_its_party(clause, head, rel)
}

/// The relative word ("which", "who", "whose") nearest before the verb at `head`, where a
/// comma stands right before it: a relative clause set off as an aside. Without one the
/// tree is not asked for.
fn relative_word_after_comma(clause: &Clause, head: usize) -> Option<usize> {
    let words = &clause.words;
    (1..head)
        .rev()
        .find(|&i| matches!(words[i], "which" | "who" | "whose"))
        .filter(|&i| words[i - 1] == ",")
}

/// Does the verb at `head`, of a relative clause opened by the relative word at `rel`, tell
/// something of the party named right before the comma? The clause hangs on that name in
/// the tree, the name is a party, and the party is the clause's subject ("which backs",
/// "whose troops are fighting"): an object relative tells another's act on it ("Iran, which
/// Washington calls a rogue state": Washington's label, coded as its accusation).
fn relative_describes_its_party(clause: &Clause, head: usize, rel: usize) -> bool {
    let words = &clause.words;
    let Some(t) = clause.tree() else {
        return false;
    };
    if t.rel(head) != sitrep_parser::Rel::Relcl {
        return false;
    }
    let Some(noun) = t.head(head).filter(|&n| n < rel) else {
        return false;
    };
    let mut subjects = t
        .children(head)
        .filter(|&c| t.rel(c) == sitrep_parser::Rel::Nsubj)
        .peekable();
    let party_subject = subjects.peek().is_some()
        && subjects.all(|c| c == rel || words[rel] == "whose" && t.head(rel) == Some(c));
    party_subject && clause.mention(noun).is_some() && rel == noun + 2
}

/// Is `w` a year of the last two centuries written in four digits ("1994", "2021")?
fn is_year_number(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// Is the participle at `head` a reduced relative after a noun (not a headline's
/// predicate) whose own phrase dates it before the story: "last year", "last winter", "in
/// 2022", "during the war"?
fn is_dated_participle(clause: &Clause, head: usize) -> bool {
    if clause.tags[head] != Tag::VBN {
        return false;
    }
    let words = &clause.words;
    let end = (head + 12).min(clause.len());
    let dated_at = |i: usize| {
        let w = words[i];
        let next = words.get(i + 1).copied().unwrap_or("");
        (w == "last"
            && matches!(
                next,
                "year" | "year's" | "winter" | "summer" | "spring" | "autumn" | "month" | "decade"
            ))
            || (is_year_number(w) && i > 0 && matches!(words[i - 1], "in" | "since" | "of"))
            || (w == "during"
                && words.get(i + 2).is_some_and(|n| {
                    matches!(
                        *n,
                        "war" | "fighting" | "conflict" | "invasion" | "occupation"
                    )
                }))
    };
    if !(head + 1..end).any(dated_at) {
        return false;
    }
    let Some(tree) = clause.tree() else {
        return false;
    };
    if tree.rel(head) != sitrep_parser::Rel::Acl {
        return false;
    }
    let Some(noun) = tree.head(head).filter(|&n| clause.tags[n].is_noun()) else {
        return false;
    };
    if tree.rel(noun) == sitrep_parser::Rel::Root {
        return false;
    }
    (head + 1..end)
        .filter(|&i| dated_at(i))
        .any(|i| under_verb(clause, head, i))
}

/// Is the participle at `k` a charge labelling the noun right before it, whatever the
/// parse ("former officials accused of plotting", "two men suspected of spying"): "accused"
/// or "suspected" with no auxiliary, after a noun, before "of"/"for", and no `by` agent
/// naming the accuser after it.
fn labelling_participle(clause: &Clause, k: usize) -> bool {
    k > 0
        && matches!(clause.words[k], "accused" | "suspected" | "blamed")
        && clause.tags[k] == Tag::VBN
        && (clause.tags[k - 1].is_noun() || clause.mention(k - 1).is_some())
        && matches!(clause.words.get(k + 1).copied(), Some("of" | "for"))
        && !clause.words[k + 1..(k + 10).min(clause.len())].contains(&"by")
}

/// Is the act at `head` what a charge labelling a noun names, further into the charge's
/// `for`/`of` phrase than its first word ("militants blamed for the attack on the embassy",
/// "the militias blamed for a campaign of killing and burning")? Only determiners,
/// adjectives, nouns, possessives and "of" lie between: the charge's own phrase.
fn inside_a_labelling_charge(clause: &Clause, head: usize) -> bool {
    (head.saturating_sub(8)..head.saturating_sub(1)).any(|k| {
        labelling_participle(clause, k)
            && (k + 2..head).all(|i| {
                clause.words[i] == "of"
                    || clause.tags[i].is_noun()
                    || matches!(clause.tags[i], Tag::DT | Tag::JJ | Tag::PRPS | Tag::CD)
            })
    })
}

/// Is the participle at `head` a present-tense passive of state: right after a present
/// form of "be" or "remain" (`[state-auxiliaries]`), an adverb between them at most?
fn is_present_state(clause: &Clause, head: usize) -> bool {
    if clause.tags[head] != Tag::VBN || head == 0 {
        return false;
    }
    let mut at = head - 1;
    if matches!(clause.tags[at], Tag::RB) && at > 0 {
        at -= 1;
    }
    STATE_AUXILIARIES.contains(clause.words[at])
}

/// Does a habitual adverb modify the verb at `head`: inside its verb group or right
/// before it ("has routinely detained", "frequently conducts"), right after it ("denied
/// for years", "meets regularly"), or as its adverbial modifier further on in the tree
/// ("hold joint exercises every year", "conduct drills annually", "meet twice a year")?
pub(crate) fn is_habitual(clause: &Clause, head: usize) -> bool {
    clause.kept(crate::syntax::Kept::Habitual, head, || {
        habitual_worked(clause, head)
    })
}

/// [`is_habitual`], worked out.
fn habitual_worked(clause: &Clause, head: usize) -> bool {
    // Every habitual phrase ends in a word that ends an entry: a clause with none (most
    // clauses; the answer is kept per clause) holds no habit, and its verbs need no search.
    if !may_tell_a_habit(clause) {
        return false;
    }
    let list = &*crate::words::HABITUAL_ADVERBS;
    let from = clause.verb_group_start(head).min(head.saturating_sub(1));
    let to = (head + 3).min(clause.len());
    // An adjective is not a frequency adverbial: "shortened the nightly curfew", "gave
    // its daily briefing" say nothing of how often the act itself happens.
    let near = (from..to)
        .filter(|&i| i != head && clause.tags[i] != Tag::JJ)
        .any(|i| list.entry_at(&clause.words[..to], i));
    let habit = near || frequency_modifier(clause, head, list) || far_habit(clause, head, list);
    // "On Sunday, police repeatedly fired tear gas": a verb with its own day is one act,
    // however often it was done that day.
    habit && !has_own_day(clause, head)
}

/// A word of a verb group that tells an act not done: a future, a modal of possibility or
/// obligation, or a negation ("would hold", "must not withdraw", "will never").
fn is_future_modal_or_negation(w: &str) -> bool {
    matches!(
        w,
        "would"
            | "will"
            | "'ll"
            | "could"
            | "can"
            | "must"
            | "should"
            | "shall"
            | "not"
            | "n't"
            | "never"
    )
}

/// Is the verb at `head` an infinitive of purpose ("to discuss") hung on a verb of a trip
/// or a meeting (words.txt `[purposeful-meeting-verbs]`) whose group is future, modal or
/// negated ("would hold a summit ... to discuss the tensions", "will not travel to Beijing
/// to meet")? Without "to" and such a word in the clause the tree is not asked for.
fn purpose_of_a_future_act(clause: &Clause, head: usize) -> bool {
    use sitrep_parser::Rel;
    let words = &clause.words;
    let not_done = is_future_modal_or_negation;
    if head == 0 || words[head - 1] != "to" || !words[..head].iter().any(|w| not_done(w)) {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    if t.rel(head) != Rel::Advcl || t.rel(head - 1) != Rel::Aux {
        return false;
    }
    let Some(gov) = t.head(head).filter(|&g| {
        g < head
            && clause.tags[g].is_verb()
            && crate::words::PURPOSEFUL_MEETING_VERBS.contains(words[g])
    }) else {
        return false;
    };
    (clause.verb_group_start(gov)..gov).any(|k| not_done(words[k]))
}

/// Is the verb at `head` the head of a `before`/`until`/`unless` clause whose governing
/// verb is future, modal or negated ("would not withdraw ... before Hamas gave up its
/// weapons", "will keep the sanctions until Russia withdraws")? A gerund after `before` or
/// `until` is the same ("would stay on until stepping down", "would finish the reform
/// before stepping down"), and so is a governing verb that is the infinitive of an intent
/// ("plans to serve until stepping down": cues.txt `[intent]`): the resignation is to come.
fn condition_of_a_future_act(clause: &Clause, head: usize) -> bool {
    use sitrep_parser::Rel;
    let words = &clause.words;
    if !words
        .iter()
        .any(|w| matches!(*w, "before" | "until" | "unless"))
    {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    let is_marker = |w: usize| matches!(words[w], "before" | "until" | "unless");
    let gov = if t.rel(head) == Rel::Advcl && t.children(head).any(|c| c < head && is_marker(c)) {
        t.head(head)
    } else if t.rel(head) == Rel::Pcomp && clause.tags[head] == Tag::VBG {
        // "until | stepping down": the gerund hangs on the preposition, the preposition on
        // the governing verb.
        t.head(head)
            .filter(|&p| p + 1 == head && is_marker(p))
            .and_then(|p| t.head(p))
    } else {
        None
    };
    let Some(gov) = gov.filter(|&g| g != head && g < head && clause.tags[g].is_verb()) else {
        return false;
    };
    let future =
        |v: usize| (clause.verb_group_start(v)..v).any(|k| is_future_modal_or_negation(words[k]));
    if future(gov) {
        return true;
    }
    // "plans to serve until ...": the governing verb is the infinitive of an intent.
    t.rel(gov) == Rel::Xcomp
        && t.head(gov).is_some_and(|x| {
            x < gov
                && (future(x)
                    || (clause.verb_group_start(x)..gov).any(|k| {
                        clause
                            .knowledge
                            .cues
                            .intent_at(words, k)
                            .is_some_and(|end| end <= gov)
                    }))
        })
}

/// Is the word at `head` the gerund of a "without" phrase ("without consulting
/// downstream countries", "without formally joining"), or a noun or verb under that gerund
/// through no other verb ("without reaching a deal", "without agreeing on a timetable for
/// the withdrawal")?
fn under_without(clause: &Clause, head: usize) -> bool {
    let words = &clause.words;
    (0..head.min(words.len()))
        .filter(|&w| words[w] == "without")
        .any(|w| {
            let Some(g) = (w + 1..(w + 3).min(clause.len())).find(|&g| clause.tags[g] != Tag::RB)
            else {
                return false;
            };
            clause.tags[g] == Tag::VBG && (g == head || (head > g && under_verb(clause, g, head)))
        })
}

/// Does the word at `i` hang under the verb at `head` in the sentence's tree, through no
/// other verb (a bounded climb)?
fn under_verb(clause: &Clause, head: usize, mut i: usize) -> bool {
    let Some(t) = clause.tree() else {
        return false;
    };
    for _ in 0..6 {
        match t.head(i) {
            Some(h) if h == head => return true,
            Some(h) if clause.tags[h].is_verb() => return false,
            Some(h) => i = h,
            None => return false,
        }
    }
    false
}

/// The length of a habitual phrase of up to five words starting at `i` (0: none).
fn habit_phrase_at(list: &sitrep_lexicon::WordList, clause: &Clause, i: usize) -> usize {
    let (words, keys) = (&clause.words, clause.keys);
    (1..=5)
        .rev()
        .filter(|&n| i + n <= words.len())
        .find(|&n| list.contains_phrase_keyed(&words[i..i + n], &keys[i..i + n]))
        .unwrap_or(0)
}

/// A habitual phrase after the verb, past its object, in the verb's own phrase ("have
/// clashed sporadically in Upper Nile", "traded fire almost daily", "have struck
/// refineries dozens of times this year"). Only a clause with a word ending an entry is
/// parsed for it.
fn far_habit(clause: &Clause, head: usize, list: &sitrep_lexicon::WordList) -> bool {
    if !may_tell_a_habit(clause) {
        return false;
    }
    let end = (head + 12).min(clause.len());
    (head + 1..end).any(|i| {
        let n = habit_phrase_at(list, clause, i);
        n > 0 && !(n == 1 && clause.tags[i] == Tag::JJ) && under_verb(clause, head, i + n - 1)
    })
}

/// Does a day of the story ("Sunday", "overnight", `[own-time-words]`) hang under the
/// verb at `head`?
/// Is the event an arrest told by a verb of arrest (CAMEO 173, words.txt `[arrest-verbs]`;
/// charging or sentencing, also 173, are acts of their own)?
fn is_an_arrest(doc: &Doc, ev: &CodedEvent) -> bool {
    !ev.negated
        && !ev.noun
        && ev.cameo.starts_with("173")
        && crate::words::ARREST_VERBS.contains(doc.norm(ev.trigger.0))
}

/// A year written in figures ("in 2022"): a time of its own.
fn is_a_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// Do local tokens `a` and `b` lie in one noun phrase: a few words apart with only nouns,
/// adjectives, numbers and currency signs from one to the other ("$200 million economic
/// aid package")?
fn in_one_noun_phrase(clause: &Clause, a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    hi - lo <= 4
        && hi < clause.tags.len()
        && (lo..=hi).all(|k| {
            let t = clause.tags[k];
            t.is_noun() || matches!(t, Tag::JJ | Tag::CD | Tag::Dollar)
        })
}

/// Is the verb at `head` the present simple or present progressive head of a relative
/// clause set off by a comma after a party's name ("Iran, which backs the Houthis,",
/// "Serbia, which is seeking membership of the EU,", "Uganda, whose troops are fighting
/// the ADF,")? Such a clause describes the party by a standing relation or an ongoing
/// course; news tells its act in the main clause. A clause with a day of its own ("which
/// on Monday sends ...") is left as it is, and so is a restrictive one ("the rebels who
/// are fighting the army", "a gang that rejects every offer").
fn describing_present_relative(clause: &Clause, head: usize) -> bool {
    let words = &clause.words;
    let tags = &clause.tags;
    let progressive = tags[head] == Tag::VBG
        && (clause.verb_group_start(head)..head)
            .any(|i| matches!(words[i], "is" | "are" | "'re" | "'s"))
        && !(clause.verb_group_start(head)..head)
            .any(|i| matches!(words[i], "has" | "have" | "had" | "was" | "were" | "been"));
    if !(matches!(tags[head], Tag::VBZ | Tag::VBP) || progressive) {
        return false;
    }
    let Some(rel) = relative_word_after_comma(clause, head) else {
        return false;
    };
    relative_describes_its_party(clause, head, rel) && !has_own_day(clause, head)
}

fn has_own_day(clause: &Clause, head: usize) -> bool {
    let own = &*crate::words::OWN_TIME_WORDS;
    (0..clause.len())
        .filter(|&i| i != head && own.contains(clause.words[i]))
        .any(|i| under_verb(clause, head, i))
}

/// Is the verb at `head` a lasting act: a perfect ("have patrolled", "has been stationed",
/// "had barred") with a "since" phrase that dates its start to a year ("since 2021",
/// "since June 2024"; "since February 1" may be weeks and is left as it is), or
/// a "for" phrase counting years, decades or months ("for more than six decades")? It
/// tells a state that holds, not an act of the story's day (golden README 10: habitual
/// activity). A "since" of a day of the story ("since Sunday") and a "since" clause with
/// a verb of its own ("since the withdrawal started") are left as they are.
pub(crate) fn is_lasting(clause: &Clause, head: usize) -> bool {
    let words = &clause.words;
    if lasting_conflict(clause, head) {
        return true;
    }
    if !words.iter().any(|w| matches!(*w, "since" | "for")) {
        return false;
    }
    let perfect = (clause.verb_group_start(head)..head)
        .any(|i| matches!(words[i], "has" | "have" | "had" | "'s" | "'ve"));
    if !perfect {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    let own = &*crate::words::OWN_TIME_WORDS;
    // A "since" phrase opening the clause before the verb counts too ("Since then,
    // protesters have demanded ...", "Since a 2023 security agreement, Baghdad has moved
    // ..."): fronted, it dates the span of the perfect all the same.
    let fronted = |c: usize| {
        c < head
            && words[c] == "since"
            && (t.head(c) == Some(head) || under_verb(clause, head, c))
            && (0..c).all(|i| !clause.tags[i].is_verb())
    };
    // "has hosted Syrian refugees since the civil war began in 2011": the parser may make
    // "since" the mark of a clause hung on the verb; that clause dates the span all the
    // same (an earlier year inside it is asked for below).
    let marks_a_clause_of_head = |c: usize| {
        t.rel(c) == sitrep_parser::Rel::Mark
            && t.head(c)
                .is_some_and(|v| t.rel(v) == sitrep_parser::Rel::Advcl && t.head(v) == Some(head))
    };
    (0..clause.len())
        .filter(|&c| {
            (c > head || fronted(c))
                && matches!(words[c], "since" | "for")
                && (t.head(c) == Some(head)
                    || words[c] == "since"
                        && (under_verb(clause, head, c) || marks_a_clause_of_head(c)))
        })
        .any(|c| {
            // The phrase: up to six words ("since" up to ten: "since Russia's full-scale
            // invasion of Ukraine in February 2022"), to the first comma or verb.
            let span = if words[c] == "since" { 11 } else { 7 };
            let phrase: Vec<usize> = (c + 1..(c + span).min(clause.len()))
                .take_while(|&i| words[i] != "," && !clause.tags[i].is_verb())
                .collect();
            if phrase.iter().any(|&i| own.contains(words[i])) {
                return false;
            }
            // A year or a decade ("2021", "the 1990s").
            let is_year = |w: &str| is_year_number(w.trim_end_matches('s'));
            if words[c] == "since" {
                // A clause ("since the withdrawal started") is another act's time.
                let clause_follows = (c + 1..(c + 8).min(clause.len()))
                    .take_while(|&i| words[i] != ",")
                    .any(|i| clause.tags[i].is_verb());
                // "since last year", "since last March": a start before this year.
                let last_year = phrase.iter().any(|&i| {
                    words[i] == "last"
                        && words.get(i + 1).is_some_and(|n| {
                            matches!(*n, "year" | "decade") || crate::syntax::is_date_word(n)
                        })
                });
                // "since a canopy collapsed in Novi Sad in November 2024": a clause dated
                // to an earlier year starts a lasting span too.
                let earlier_clause = clause_follows && {
                    use chrono::Datelike;
                    let year = clause.doc.published.map(|d| d.year());
                    (c + 1..(c + 14).min(clause.len()))
                        .take_while(|&i| words[i] != ",")
                        .any(|i| {
                            is_year_number(words[i])
                                && year
                                    .is_some_and(|y| words[i].parse::<i32>().is_ok_and(|w| w < y))
                        })
                };
                // "since then": from an earlier time the story told, a span.
                let since_then = words.get(c + 1) == Some(&"then");
                earlier_clause
                    || !clause_follows
                        && (since_then || last_year || phrase.iter().any(|&i| is_year(words[i])))
            } else {
                // "has been jailed for four years": the term given, not a span lived
                // (words.txt `[term-participles]`); "for several years" stays a span.
                let term = crate::words::TERM_PARTICIPLES.contains(words[head]);
                // "for a decade", "for nearly a decade": a span of years with no figure.
                let a_decade = !term && phrase.iter().any(|&i| words[i] == "decade");
                a_decade
                    || phrase
                        .iter()
                        .any(|&i| matches!(words[i], "years" | "decades" | "months"))
                        && phrase
                            .iter()
                            .any(|&i| (clause.tags[i] == Tag::CD && !term) || words[i] == "several")
            }
        })
}

/// Is the verb at `head` a perfect progressive whose object names a conflict that lasts
/// ("has been fighting a deadly insurgency against the Pakistani state", "have been
/// waging a war on"), with no day of the story under it (words.txt
/// `[lasting-conflict-nouns]`)?
fn lasting_conflict(clause: &Clause, head: usize) -> bool {
    let words = &clause.words;
    if clause.tags[head] != Tag::VBG
        || !(clause.verb_group_start(head)..head).any(|i| words[i] == "been")
        || !(clause.verb_group_start(head)..head)
            .any(|i| matches!(words[i], "has" | "have" | "had" | "'s" | "'ve"))
    {
        return false;
    }
    let list = &*crate::words::LASTING_CONFLICT_NOUNS;
    if !words.iter().any(|w| list.contains(w)) {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    t.child(head, sitrep_parser::Rel::Dobj)
        .is_some_and(|o| list.contains(words[o]))
        && !has_own_day(clause, head)
}

/// Is the word at local token `k` a count: a number, or a count word that counts as one
/// ("dozens", "thousands of civilians")?
fn is_count_word(clause: &Clause, k: usize) -> bool {
    clause.tags[k] == Tag::CD || crate::words::COUNT_WORDS.contains(clause.words[k])
}

/// Does the verb at `head` count the dead of a period ("have killed more than 1,500 people
/// since January", "more than 14,000 civilians have been killed since the invasion
/// began", "gangs killed more than 1,500 people between April and June")? A perfect with
/// a count and a `[running-total-cues]` word after it, or a past with a count and a span
/// ("this year", "so far", "since", "between April and June"). A sentence
/// with a day of the story ("since Sunday", "overnight", "since dawn") tells the day's toll
/// and is left as it is.
pub(crate) fn running_total(clause: &Clause, head: usize) -> bool {
    let words = &clause.words;
    if !matches!(clause.tags[head], Tag::VBN | Tag::VBD) {
        return false;
    }
    let group = clause.verb_group_start(head).min(head)..head;
    let perfect = group
        .clone()
        .any(|i| matches!(words[i], "has" | "have" | "had" | "'s" | "'ve"));
    let passive = clause.tags[head] == Tag::VBN
        && group
            .clone()
            .any(|i| BE_FORMS.contains(words[i]) || words[i] == "been");
    let is_count = |i: usize| is_count_word(clause, i);
    // The count: the object ("have killed more than 1,500 people"), or the subject of a
    // passive ("more than 14,000 civilians have been killed").
    let count = (head + 1..(head + 7).min(clause.len()))
        .take_while(|&i| words[i] != ",")
        .any(is_count)
        || passive
            && (group.start.saturating_sub(8)..group.start)
                .rev()
                .take_while(|&i| words[i] != ",")
                .any(is_count);
    if !count {
        return false;
    }
    let own = &*crate::words::OWN_TIME_WORDS;
    if words
        .iter()
        .any(|w| own.contains(w) || matches!(*w, "dawn" | "morning" | "midnight"))
    {
        return false;
    }
    let after = &words[head + 1..];
    // "between April and June": a span of months.
    let month = sitrep_lexicon::is_month_name;
    let span = after
        .windows(4)
        .any(|w| w[0] == "between" && month(w[1]) && w[2] == "and" && month(w[3]));
    // A simple past tells one act unless a span or total names a period ("gangs killed
    // more than 1,500 people between April and June"); "bringing the toll to" after a
    // strike's dead does not.
    let cue = if perfect {
        crate::words::RUNNING_TOTAL_CUES.named_in(after)
    } else {
        after.contains(&"since")
            || after.windows(2).any(|w| {
                matches!(
                    w,
                    ["this", "year"] | ["so", "far"] | ["to", "date"] | ["in", "total"]
                )
            })
            || after.contains(&"altogether")
    };
    cue || span || long_span_of_a_count(clause).is_some_and(|i| i > head)
}

/// Is the verb at `head` a perfect that tells history: "has accused Moscow of similar
/// attacks before", "has previously struck sites in Syria", "have used tear gas against
/// protesters in the past", "has made similar accusations", "has criticised such
/// exercises"? A perfect ("has", "have", "had") with a phrase of `[history-adverbs]` in its
/// verb group or under it, a clause-final "before" under it, or "similar" or "such" on
/// its object, tells earlier acts of a kind, not one of the story's days. A verb with a
/// day of its own ("has fired three missiles since Thursday") stays an act.
pub(crate) fn is_history(clause: &Clause, head: usize) -> bool {
    history(clause, head, false)
}

/// `is_history` for a rejection or denial: "has previously dismissed the balloon
/// allegations" answers the charge the story tells and stands as the current reply
/// (golden `eu-belarus-sanctions`); only "similar"/"such" acts ("has turned down similar
/// offers in the past") tell history there.
fn is_history_of_kind(clause: &Clause, head: usize) -> bool {
    history(clause, head, true)
}

/// Has the clause the words `history` needs (a perfect's auxiliary and a cue word)?
/// A word test, so that a rejection built on `is_history` asks for the tree only when
/// it can hold.
fn may_tell_history(clause: &Clause) -> bool {
    let list = &*crate::words::HISTORY_ADVERBS;
    clause
        .words
        .iter()
        .any(|w| matches!(*w, "has" | "have" | "had" | "'ve"))
        && clause.words.iter().zip(clause.keys).any(|(w, &key)| {
            matches!(*w, "before" | "similar" | "such") || list.ends_an_entry_keyed(w, key)
        })
}

fn history(clause: &Clause, head: usize, kinds_only: bool) -> bool {
    let words = &clause.words;
    let list = &*crate::words::HISTORY_ADVERBS;
    // The perfect's auxiliary: up to six words back, past adverbs and an adverbial phrase
    // ("has in the past described"), not past another verb. (Looked for before the cue
    // words, which are searched over the whole clause: most verbs have no auxiliary.)
    let mut aux = None;
    for i in (head.saturating_sub(6)..head).rev() {
        if matches!(words[i], "has" | "have" | "had" | "'ve") {
            aux = Some(i);
            break;
        }
        if clause.tags[i].is_verb() || words[i] == "," {
            break;
        }
    }
    let Some(aux) = aux else {
        return false;
    };
    let cue = |w: &str, key| {
        matches!(w, "before" | "similar" | "such") || list.ends_an_entry_keyed(w, key)
    };
    if !words.iter().zip(clause.keys).any(|(w, &key)| cue(w, key)) {
        return false;
    }
    if has_own_day(clause, head) {
        return false;
    }
    // Between the auxiliary and the verb ("has previously struck", "has in the past").
    if !kinds_only && (aux + 1..head).any(|i| habit_phrase_at(list, clause, i) > 0) {
        return true;
    }
    let end = (head + 16).min(clause.len());
    (head + 1..end).any(|i| {
        let w = words[i];
        let n = habit_phrase_at(list, clause, i);
        let phrase = n > 0 && in_verb_phrase(clause, head, i + n - 1);
        // "... of similar attacks before." / "before, a charge": an adverb ending its
        // clause.
        let before = w == "before"
            && words
                .get(i + 1)
                .is_none_or(|n| matches!(*n, "." | "," | ";" | "\"" | "'"))
            && in_verb_phrase(clause, head, i);
        // "similar accusations", "such exercises": a kind of act, not one.
        let kind = matches!(w, "similar" | "such")
            && clause
                .tags
                .get(i + 1)
                .is_some_and(|t| t.is_noun() || t.is_adj())
            && in_verb_phrase(clause, head, i);
        kind || !kinds_only && (phrase || before)
    })
}

/// Makes the sayer `slot`, the subject of the verb at `verb` that the coder found for an act
/// with no doer of its own (`announcer_of_passive`, `sayer_of_existential_refusal`), the
/// act's actor: its parties leave the recipients, and the rule notes `who` it is, the verb,
/// then `tail`.
fn sayer_as_actor(
    clause: &Clause,
    (verb, slot): (usize, Slot),
    (who, tail): (&str, &str),
    how: &mut How,
    actors: &mut Slot,
    recipients: &mut Slot,
) {
    how.push(format!(
        "actor: {who} (subject of `{}`){tail}",
        clause.words[verb]
    ));
    recipients.mentions.retain(|r| !slot.mentions.contains(r));
    actors.mentions.extend(slot.mentions);
}

/// The party announcing the passive at `head` as its own act to come: "The Interior
/// Ministry warned that protesters would be arrested" (`[announced-passive-modals]` and
/// "be" before the participle, nothing else but adverbs; conjoined participles share the
/// first one's auxiliaries: "would be caught and prosecuted"), its clause the complement
/// of a verb of announcing (`[announced-passive-verbs]`) whose subject names a party.
/// Returns that verb and its subject.
fn announcer_of_passive(clause: &Clause, head: usize) -> Option<(usize, Slot)> {
    use sitrep_parser::Rel;
    let t = clause.tree()?;
    let mut v = head;
    for _ in 0..3 {
        match t.head(v) {
            Some(h) if h < v && t.rel(v) == Rel::Conj && clause.tags[h].is_verb() => v = h,
            _ => break,
        }
    }
    let vg = clause.verb_group_start(v);
    let aux = &clause.words[vg..v];
    let modal = aux
        .iter()
        .any(|w| crate::words::ANNOUNCED_PASSIVE_MODALS.contains(w));
    let plain = aux.iter().all(|w| {
        crate::words::ANNOUNCED_PASSIVE_MODALS.contains(w)
            || *w == "be"
            || (w.len() > 4 && w.ends_with("ly"))
            || matches!(*w, "also" | "soon" | "now" | "then" | "all")
    });
    if !modal || !plain || !aux.contains(&"be") {
        return None;
    }
    if t.rel(v) != Rel::Ccomp {
        return None;
    }
    let gov = t.head(v).filter(|&h| h < v)?;
    if !crate::words::ANNOUNCED_PASSIVE_VERBS.contains(clause.words[gov]) {
        return None;
    }
    // "did not say when the measures would be introduced", "said no officer will be
    // dispatched": nothing announced. "warned that any gathering would be dispersed": a
    // passive of "any" is a vague conditional (golden README convention 8), no one act.
    let cues = &clause.knowledge.cues;
    if t.children(gov).any(|c| t.rel(c) == Rel::Neg)
        || (gov + 1..head).any(|k| cues.is_negation(clause.words[k]))
        || t.children(v)
            .filter(|&c| t.rel(c) == Rel::Nsubjpass)
            .any(|c| {
                t.children(c)
                    .any(|d| matches!(clause.words[d], "any" | "every" | "no"))
            })
    {
        return None;
    }
    // Ordinary people fearing an act ("residents say their village will be destroyed")
    // announce nothing of their own.
    party_sayer(clause, gov)
}

/// `gov` with its subject where the subject names parties and none of them ordinary people
/// (sector CVL): who announces or refuses in their own name.
fn party_sayer(clause: &Clause, gov: usize) -> Option<(usize, Slot)> {
    let doc = clause.doc;
    let ordinary = |m: usize| {
        let sector = doc.mentions[m]
            .sector
            .as_deref()
            .or(doc.entities[doc.mentions[m].entity].sector.as_deref());
        sector == Some("CVL")
    };
    match clause.subject(clause.verb_group_start(gov), 0) {
        Subject::Actors(s)
            if !s.mentions.is_empty() && !s.mentions.iter().any(|&m| ordinary(m)) =>
        {
            Some((gov, s))
        }
        _ => None,
    }
}

/// The reporting verb and its party where the act noun at `head` is what a party says there
/// will, would or can be none of ("Azerbaijan's president said there can be no talks with
/// Armenia while ...", "\"There will be no talks with Moscow until ...,\" the minister
/// said"): the noun is the attribute of an existential "be" ("there") under a modal, with
/// "no" as its determiner, and the "be" is the reported clause of a reporting verb whose
/// subject is a party (not ordinary people), itself not negated.
fn sayer_of_existential_refusal(clause: &Clause, head: usize) -> Option<(usize, Slot)> {
    use sitrep_parser::Rel;
    let t = clause.tree()?;
    let words = &clause.words;
    if t.rel(head) != Rel::Attr || !t.children(head).any(|c| c < head && words[c] == "no") {
        return None;
    }
    let be = t.head(head).filter(|&b| b < head && words[b] == "be")?;
    if !t
        .children(be)
        .any(|c| c < be && t.rel(c) == Rel::Expl && words[c] == "there")
    {
        return None;
    }
    if !(clause.verb_group_start(be)..be).any(|k| {
        matches!(
            words[k],
            "will" | "would" | "'ll" | "can" | "could" | "shall"
        )
    }) {
        return None;
    }
    if t.rel(be) != Rel::Ccomp {
        return None;
    }
    let gov = t
        .head(be)
        .filter(|&g| g != be && clause.tags[g].is_verb())?;
    let cues = &clause.knowledge.cues;
    cues.reporting_verb(words[gov])?;
    if t.children(gov).any(|c| t.rel(c) == Rel::Neg) {
        return None;
    }
    party_sayer(clause, gov)
}

/// A hostile act (CAMEO 15-20: force postures, cuts, coercion, violence) that a party
/// announcing it to come threatens ("protesters would be arrested": 132).
fn announced_as_threat(cameo: &str) -> bool {
    matches!(
        cameo.get(..2),
        Some("15" | "16" | "17" | "18" | "19" | "20")
    )
}

/// Does the word at `i` hang under the verb at `head` in the sentence's tree, through
/// nouns, prepositions and verbs with no subject of their own ("has accused Russia of
/// striking hospitals before": "before" under "striking", under "accused")? A bounded
/// climb.
fn in_verb_phrase(clause: &Clause, head: usize, mut i: usize) -> bool {
    let Some(t) = clause.tree() else {
        return false;
    };
    for _ in 0..8 {
        match t.head(i) {
            Some(h) if h == head => return true,
            Some(h) if h == i => return false,
            Some(h)
                if clause.tags[h].is_verb()
                    && (t.child(h, sitrep_parser::Rel::Nsubj).is_some()
                        || t.child(h, sitrep_parser::Rel::Nsubjpass).is_some()) =>
            {
                return false
            }
            Some(h) => i = h,
            None => return false,
        }
    }
    false
}

/// Is the act at `head` what a plan, proposal, draft or deal sets out: governed, through
/// objects, complements and prepositions, by a verb of content (`[content-verbs]`: "calls
/// for", "envisages", "would require ... to") whose subject is such a document
/// (`[plan-documents]`, or any noun after "draft" or "proposed")? The climb stops at the
/// first verb with a subject of its own.
/// Is the verb at `head` an infinitive hanging under a demand noun (`[demand-nouns]`:
/// "calls from the African Union to lift the embargo", "the demand to release")? What
/// is asked for is not an act done.
fn content_of_demand_noun(clause: &Clause, head: usize) -> bool {
    if head == 0 || clause.words[head - 1] != "to" || !clause.tags[head].is_verb() {
        return false;
    }
    // "bowed to calls to lift the curfew", "heeded demands to free them": a demand yielded
    // to is met, and its act is done.
    let yielded_to = |h: usize| {
        let mut k = h;
        while k > 0 && h - k < 4 {
            k -= 1;
            let w = clause.words[k];
            if matches!(w, "to" | "into" | "with")
                || w.starts_with("heed")
                || w.starts_with("accept")
                || matches!(
                    w,
                    "met" | "meet" | "meets" | "meeting" | "granted" | "answered"
                )
            {
                return true;
            }
            let article = matches!(
                w,
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "'s"
            );
            if !(clause.tags[k].is_adj() || clause.tags[k].is_noun() || article) {
                return false;
            }
        }
        false
    };
    let demand = |h: usize| {
        clause.tags[h].is_noun()
            && crate::words::DEMAND_NOUNS.contains(clause.words[h])
            && !yielded_to(h)
    };
    // Both tests below need a demand noun before the trigger: without one the tree is
    // not asked for.
    if !(0..head)
        .any(|h| clause.tags[h].is_noun() && crate::words::DEMAND_NOUNS.contains(clause.words[h]))
    {
        return false;
    }
    if clause
        .tree()
        .and_then(|t| t.head(head))
        .is_some_and(|h| h < head && demand(h))
    {
        return true;
    }
    // The parser may hang the infinitive on the main verb ("extended the embargo, despite
    // calls from the African Union and the government in Juba to lift it"): a demand noun
    // a few words back with no verb or comma between is its head.
    let to = head - 1;
    (to.saturating_sub(12)..to)
        .rev()
        .take_while(|&k| !clause.tags[k].is_verb() && clause.words[k] != ",")
        .any(demand)
}

/// Does the trigger at `head`, or a word it hangs under through at most six steps up the
/// tree, have a "whether" opening its clause (a child before it)? The words are checked
/// first, so that only a sentence with "whether" is parsed.
fn asked_whether(clause: &Clause, head: usize) -> bool {
    // "asked if Berlin would send more tanks": an "if" clause under a verb of asking or
    // wondering is the same question ("if" elsewhere is a condition).
    let asking = |w: &str| w.starts_with("ask") || w.starts_with("wonder");
    let if_asked = clause.words.contains(&"if") && clause.words.iter().any(|w| asking(w));
    if !clause.words.contains(&"whether") && !if_asked {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    let mut i = head;
    for _ in 0..7 {
        let parent = t.head(i);
        if t.children(i).any(|c| {
            c < i
                && (clause.words[c] == "whether"
                    || (clause.words[c] == "if"
                        && parent.is_some_and(|h| h != i && asking(clause.words[h]))))
        }) {
            return true;
        }
        match parent {
            Some(h) if h != i => i = h,
            _ => return false,
        }
    }
    false
}

/// Is the verb at `head` a form of "ask" or "question" that puts a question rather than
/// a call to act: its asker is the press (`[press-askers]`: "reporters asked", "asked by
/// journalists"), or what follows it, past a short object, is "about", "whether" or "if"
/// before any "to" or "for" ("asked the spokeswoman about the figures", "asked if Berlin
/// would send tanks"; "asked Germany for tanks", "asked Iran to free" stay appeals)?
fn question_put(clause: &Clause, head: usize) -> bool {
    use sitrep_parser::Rel;
    let w = clause.words[head];
    if !(w.starts_with("ask") || w.starts_with("question")) {
        return false;
    }
    let press = &*crate::words::PRESS_ASKERS;
    if let Some(t) = clause.tree() {
        let by_press = t.children(head).any(|c| {
            let r = t.rel(c);
            ((r == Rel::Nsubj || r == Rel::Nsubjpass) && press.contains(clause.words[c]))
                || (r == Rel::Agent
                    && t.child(c, Rel::Pobj)
                        .is_some_and(|p| press.contains(clause.words[p])))
        });
        if by_press {
            return true;
        }
    } else if head > 0 && press.contains(clause.words[head - 1]) {
        return true;
    }
    for k in head + 1..clause.len().min(head + 8) {
        match clause.words[k] {
            "about" | "whether" | "if" => return true,
            "to" | "for" | "that" | "," | ";" | ":" => return false,
            _ if clause.is_verb(k) => return false,
            _ => {}
        }
    }
    false
}

/// Does a named party's possessive ("the Somali government's", "Iran's") stand in the
/// noun phrase of the match's object keyword, after the head: the act the keyword names
/// is that party's?
fn keyword_owned_by_party(clause: &Clause, m: &PatternMatch) -> bool {
    let Some(o) = m
        .object_token
        .filter(|&o| o > m.head && !m.object_before_head)
    else {
        return false;
    };
    // Back from the keyword over its own phrase (adjectives and nouns only: a number or a
    // determiner opens another phrase, "gave Niger's junta one week") to the possessive
    // marker.
    let mut k = o;
    while k > m.head + 1 {
        k -= 1;
        let w = clause.words[k];
        if w == "'s" || w == "'" {
            return clause.mention(k - 1).is_some();
        }
        let t = clause.tags[k];
        if !(t.is_noun() || t == Tag::JJ) {
            return false;
        }
    }
    false
}

/// Is the verb at `head` a form of "release" whose object, within the next few words
/// before a preposition or a verb, is something published (`[published-works]`: "released
/// video", "released a new song", "released satellite images of the airfield")?
fn published_not_released(clause: &Clause, head: usize) -> bool {
    if !clause.words[head].starts_with("releas") {
        return false;
    }
    let works = &*crate::words::PUBLISHED_WORKS;
    for k in head + 1..clause.len().min(head + 6) {
        if works.contains(clause.words[k]) {
            return true;
        }
        if clause.is_verb(k) || matches!(clause.tags[k], Tag::IN | Tag::TO | Tag::Comma) {
            return false;
        }
    }
    false
}

/// Does the trigger at `head` hang, through at most six steps up the tree, under a verb
/// of claiming (`[responsibility-claiming-verbs]`) whose direct object is a noun of
/// responsibility (`[responsibility-nouns]`): the act the claim names ("claimed
/// responsibility for the attack") or what the claim says ("..., saying its fighters had
/// killed dozens")? The words are checked first, so that only such a sentence is parsed.
fn told_in_a_claim_of_responsibility(clause: &Clause, head: usize) -> bool {
    use sitrep_parser::Rel;
    let claims = &*crate::words::RESPONSIBILITY_CLAIMING_VERBS;
    let nouns = &*crate::words::RESPONSIBILITY_NOUNS;
    if !clause.words.iter().any(|w| nouns.contains(w))
        || !clause.words.iter().any(|w| claims.contains(w))
    {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    first_ancestor_answer(t, head, 6, |h| {
        (claims.contains(clause.words[h])
            && t.children(h)
                .any(|c| t.rel(c) == Rel::Dobj && nouns.contains(clause.words[c])))
        .then_some(true)
    })
}

fn content_of_plan(clause: &Clause, head: usize) -> bool {
    use sitrep_parser::Rel;
    let docs = &*crate::words::PLAN_DOCUMENTS;
    if !clause
        .words
        .iter()
        .zip(clause.keys)
        .any(|(w, &key)| docs.contains_keyed(w, key) || matches!(*w, "draft" | "proposed"))
    {
        return false;
    }
    // Both tests below need more words: a proposed document and "whereby" or "which"
    // (the terms set on it), or a verb telling content (`[content-verbs]`). Without
    // them the tree is not asked for.
    let words = &clause.words;
    let terms = words
        .iter()
        .zip(clause.keys)
        .any(|(w, &key)| crate::words::PROPOSED_DOCUMENTS.contains_keyed(w, key))
        && words.iter().any(|w| matches!(*w, "whereby" | "which"));
    if !terms
        && !words
            .iter()
            .zip(clause.keys)
            .any(|(w, &key)| crate::words::CONTENT_VERBS.contains_keyed(w, key))
    {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    let is_document = |n: usize| {
        docs.contains(clause.words[n])
            || t.children(n)
                .any(|c| c < n && matches!(clause.words[c], "draft" | "proposed"))
    };
    // "The envoys presented a plan under which the Lebanese army would deploy 6,000
    // soldiers and Israel would halt its strikes": a clause set on a proposed document by
    // "under which" or "whereby" tells its terms, not acts of its parties (golden
    // wire-a-lebanon-strikes: "the content of a proposed plan, not an act"). A deal or
    // accord under which parties will act is their agreement and is not read so.
    let terms_of_a_proposal = |v: usize| {
        matches!(t.rel(v), Rel::Acl | Rel::Relcl)
            && t.head(v)
                .is_some_and(|n| crate::words::PROPOSED_DOCUMENTS.contains(clause.words[n]))
            && t.children(v).any(|c| {
                c < v
                    && (clause.words[c] == "whereby"
                        || matches!(clause.words[c], "under" | "by")
                            && t.children(c).any(|w| clause.words[w] == "which"))
            })
    };
    if clause.tags[head].is_verb() && terms_of_a_proposal(head) {
        return true;
    }
    let mut i = head;
    for _ in 0..6 {
        let Some(h) = t.head(i) else {
            return false;
        };
        if h == i {
            return false;
        }
        if clause.tags[h].is_verb() {
            if terms_of_a_proposal(h) {
                return true;
            }
            if let Some(subject) = t.child(h, Rel::Nsubj) {
                return crate::words::CONTENT_VERBS.contains(clause.words[h])
                    && is_document(subject);
            }
        }
        i = h;
    }
    false
}

/// Can `is_habitual` hold for any verb of the clause? Only where some word is a habitual
/// adverb or ends one ("frequently", "for years"): both of its tests look for such a word.
/// Asked before a tree is wanted for the habit alone, so that a sentence without one is not
/// parsed for it (most event nouns are checked here, and most sentences have no such word).
fn may_tell_a_habit(clause: &Clause) -> bool {
    *clause.habit_words.get_or_init(|| {
        let list = &*crate::words::HABITUAL_ADVERBS;
        clause
            .words
            .iter()
            .zip(clause.keys)
            .any(|(w, &key)| list.ends_an_entry_keyed(w, key))
    })
}

/// The verb at `head` is a "to" infinitive (`xcomp`, `advcl`) of a habitual verb, a
/// "when" clause of one ("regularly escape when attacked"), or a participle after a comma that goes with it ("had long refused IMF help, calling the
/// fund's conditions an attack": the same practice told on). The sentence's words are
/// checked first, so that only a sentence with a habitual adverb is parsed.
fn infinitive_of_habitual(clause: &Clause, head: usize) -> bool {
    use sitrep_parser::Rel;
    // "had long refused to seek help": a two-word entry ends at its last word. A clause
    // with no word ending an entry of `[habitual-adverbs]` (most: the answer is kept per
    // clause, `may_tell_a_habit`) tells no habit, whatever precedes the head.
    // "regularly escape to Cameroon when attacked by government forces": a "when" clause
    // of a habitual verb tells the occasions of the practice, not an act of its own.
    let when = |t: &sitrep_parser::Tree| {
        matches!(clause.words[head - 1], "when" | "whenever")
            || t.children(head)
                .any(|c| c < head && matches!(clause.words[c], "when" | "whenever"))
    };
    if head == 0
        || !may_tell_a_habit(clause)
        || !(clause.words[head - 1] == "to"
            || (clause.words[head - 1] == "," && clause.tags[head] == Tag::VBG)
            || clause.words[..head]
                .iter()
                .any(|w| matches!(*w, "when" | "whenever")))
    {
        return false;
    }
    if !matches!(clause.words[head - 1], "to" | ",") && !clause.tree().is_some_and(when) {
        return false;
    }
    // Up the chain of such clauses: "had long refused to seek help, calling ...".
    clause.tree().is_some_and(|t| {
        let mut v = head;
        for _ in 0..3 {
            // "pass through when attacked": an elliptical "when" clause may hang on a
            // preposition as its complement.
            let elliptical_when =
                v == head && t.rel(v) == Rel::Pcomp && clause.words[head - 1] == "when";
            if !matches!(t.rel(v), Rel::Xcomp | Rel::Advcl) && !elliptical_when {
                return false;
            }
            // A "when" clause the parser hangs on a noun of the verb's phrase ("escape to
            // villages when attacked") belongs to the verb above that noun.
            let mut up = t.head(v);
            if clause.words[..v]
                .iter()
                .any(|w| matches!(*w, "when" | "whenever"))
            {
                for _ in 0..3 {
                    match up {
                        Some(h) if !clause.tags[h].is_verb() && t.head(h) != Some(h) => {
                            up = t.head(h)
                        }
                        _ => break,
                    }
                }
            }
            match up {
                Some(h) if is_habitual(clause, h) => return true,
                Some(h) => v = h,
                None => return false,
            }
        }
        false
    })
}

/// Does the cue verb of a frame at `at` tell a practice, history or a span rather than an
/// act of the story's days (habitual, a perfect of history, a lasting perfect, or a
/// participle clause of a lasting act: "has long urged Kyiv to", "has been fighting an
/// insurgency, accusing the government of"), or describe a party in a present-tense
/// relative clause ("Egypt, which is pressing Ethiopia to sign a deal, ...")? The frames
/// drop the cue and what it governs.
pub(crate) fn cue_tells_a_practice(clause: &Clause, at: usize) -> bool {
    is_habitual(clause, at)
        || is_history(clause, at)
        || is_lasting(clause, at)
        || participle_of_a_span(clause, at)
        || describing_present_relative(clause, at)
}

/// Is the verb at `head` a participle clause set off by a comma ("..., accusing the
/// government of robbing the province") hung on a verb that tells a lasting act or a
/// running total (`is_lasting`, `running_total`)? Such a clause tells the span's course,
/// as `infinitive_of_habitual` reads one of a habitual verb.
fn participle_of_a_span(clause: &Clause, head: usize) -> bool {
    if head == 0 || clause.tags[head] != Tag::VBG || clause.words[head - 1] != "," {
        return false;
    }
    let Some(t) = clause.tree() else {
        return false;
    };
    t.rel(head) == sitrep_parser::Rel::Advcl
        && t.head(head).is_some_and(|g| {
            g < head
                && clause.tags[g].is_verb()
                && (is_lasting(clause, g) || running_total(clause, g))
        })
}

/// A frequency adverbial among the verb's modifiers: the modifier word itself
/// ("annually"), or with the one or two words before it ("every year", "twice a year").
/// The words are checked first, so that only a sentence with such a phrase is parsed.
fn frequency_modifier(clause: &Clause, head: usize, list: &sitrep_lexicon::WordList) -> bool {
    use sitrep_parser::Rel;
    let (words, keys) = (&clause.words, clause.keys);
    let ends_phrase = |c: usize| {
        list.contains_keyed(words[c], keys[c])
            || (c > head + 1 && list.contains_phrase_keyed(&words[c - 1..=c], &keys[c - 1..=c]))
            || (c > head + 2 && list.contains_phrase_keyed(&words[c - 2..=c], &keys[c - 2..=c]))
    };
    (head + 1..clause.len())
        .filter(|&c| ends_phrase(c))
        .any(|c| {
            clause.tree().is_some_and(|t| {
                t.head(c) == Some(head) && matches!(t.rel(c), Rel::Npadvmod | Rel::Advmod)
            })
        })
}

/// "the European Union's special representative for the dialogue between Belgrade and
/// Pristina", "the U.N. envoy for the peace talks", "the commissioner for negotiations": a
/// noun after "for" (past an article and up to two modifiers) right after a person's role
/// is the remit of the office, part of its title, not an act told.
fn in_office_title(clause: &Clause, head: usize) -> bool {
    let mut k = head;
    let mut skipped = 0;
    while k > 0 && skipped < 3 {
        let t = clause.tags[k - 1];
        if clause.words[k - 1] == "for" {
            break;
        }
        if !(matches!(t, Tag::DT | Tag::JJ | Tag::NN | Tag::NNS) && clause.mention(k - 1).is_none())
        {
            return false;
        }
        k -= 1;
        skipped += 1;
    }
    if k < 2 || clause.words[k - 1] != "for" {
        return false;
    }
    let doc = clause.doc;
    crate::words::REMIT_TITLED_OFFICES.contains(clause.words[k - 2])
        && clause.mention(k - 2).is_some_and(|r| {
            let mm = &doc.mentions[r];
            mm.kind == crate::doc::MentionKind::Nominal && mm.last == clause.first + k - 1
        })
}

#[allow(clippy::too_many_arguments)]
fn code_match(
    clause: &Clause,
    sentence: usize,
    lexicon: &EventLexicon,
    ontology: &Ontology,
    verb_acts: &[(usize, String)],
    m: &PatternMatch,
    out: &mut Vec<CodedEvent>,
) -> Result<(), &'static str> {
    let start = out.len();
    let pattern = lexicon.pattern(m.pattern);
    if !pos_agrees(clause, m.head, pattern) {
        return Err("trigger tagged as another part of speech");
    }
    // A trigger word inside a name is part of the name ("Baloch Liberation Army").
    if clause.mention(m.head).is_some() {
        return Err("trigger inside a name");
    }
    if pattern.pos == TriggerPos::Noun && in_office_title(clause, m.head) {
        return Err("trigger inside an office's title");
    }
    if pattern.pos == TriggerPos::Verb {
        // The lexicon took the keyword before a participle for its object ("a pact
        // signed", "troops were deployed"); when the verb is active with an object of
        // its own, that word is its subject ("the military removed Bashir" is no
        // withdrawal of the military; "troops deployed to the border" still is).
        if m.object_before_head
            && !clause.is_passive(m.head)
            && clause
                .tree()
                .is_some_and(|t| t.child(m.head, sitrep_parser::Rel::Dobj).is_some())
        {
            return Err("the keyword before the participle is its subject");
        }
        // "The EU has imposed 16 rounds of sanctions": an auxiliary is no verb of its own,
        // whatever object words follow the verb it helps. Only a verb followed by another
        // (adverbs aside) can be one, so the tree is asked only then; and only a word of
        // the auxiliaries' closed class is one, whatever the parser says ("EU mulls easing
        // sanctions": "mulls" is the verb, "easing" its complement).
        let next_verb = (m.head + 1..clause.len())
            .find(|&i| clause.tags[i] != Tag::RB)
            .is_some_and(|i| clause.tags[i].is_verb());
        let head_word = clause.words[m.head];
        let auxiliary_word =
            crate::words::AUX.contains(head_word) || crate::words::BE_FORMS.contains(head_word);
        if next_verb
            && auxiliary_word
            && clause.tree().is_some_and(|t| {
                matches!(
                    t.rel(m.head),
                    sitrep_parser::Rel::Aux | sitrep_parser::Rel::Auxpass
                )
            })
        {
            return Err("an auxiliary of another verb");
        }
        // A participle modifying a noun names a kind of thing, not an act: "a
        // U.S.-designated terrorist group", "its detained centers".
        if is_attributive_participle(clause, m.head) {
            return Err("a participle modifying a noun");
        }
        // "Separatists supported by Moscow shelled the town", "Hezbollah, the group funded
        // by Iran, accused Israel": a standing relation told after its noun describes the
        // party; the sentence's own verb tells the act.
        if is_describing_participle(clause, m.head) || labelling_participle(clause, m.head) {
            return Err("a participle describing a noun");
        }
        // "officials accused of plotting against the government", "men suspected of
        // spying for Russia": the charge a describing participle labels its noun with is
        // no act the story tells, and no one is named making it.
        if m.head >= 2
            && clause.tags[m.head] == Tag::VBG
            && matches!(clause.words[m.head - 1], "of" | "for")
            && (is_describing_participle(clause, m.head - 2)
                || labelling_participle(clause, m.head - 2))
        {
            return Err("the charge a describing participle labels a noun with");
        }
        // "villages shelled by Russian forces last winter", "prisoners released under last
        // year's amnesty": an act told after its noun with a time of its own before the
        // story's is background that names the thing, not news.
        if is_dated_participle(clause, m.head) {
            return Err("a participle of an earlier time describing a noun");
        }
        // "the 1994 genocide, in which Hutu extremists killed about 800,000 people", "the
        // 2024 protests in which police shot dead dozens": a relative clause telling what
        // happened in an event named by an earlier year tells history, as the noun does.
        if relative_of_an_earlier_year(clause, m.head) {
            return Err("a relative clause of an event named by an earlier year");
        }
        // "The African Union, which suspended Sudan after the 2021 coup, urged ...": a
        // relative clause set off by commas that tells a party's act of an earlier year
        // describes the party with its history; the news is the main clause.
        if describing_relative_of_an_earlier_year(clause, m.head) {
            return Err("a relative clause describing a party by an act of an earlier year");
        }
        // "has frequently conducted drills", "has denied for years": a practice, not an act;
        // so is what a habitual verb is done for ("have often used emergency laws to
        // silence critics": the infinitive of a habitual verb).
        if is_habitual(clause, m.head) || infinitive_of_habitual(clause, m.head) {
            return Err("a habitual act");
        }
        // "has been fighting a deadly insurgency against the state, accusing the government
        // of robbing the province", "gangs have seized a string of towns since early 2025,
        // killing hundreds of people": a participle clause after the comma of a lasting act
        // or a running total tells how that span went, not an act of the story's day.
        if participle_of_a_span(clause, m.head) {
            return Err("a participle clause of a lasting act or a running total");
        }
        // "Rwandan troops have patrolled the towns since 2021", "Washington has kept an
        // embargo for more than six decades": a lasting act, not one of the story's day.
        if is_lasting(clause, m.head) {
            return Err("a lasting act (a perfect since a year or for years)");
        }
        // "Gangs have killed more than 1,500 people in Haiti since January", "airstrikes
        // have killed 600 civilians this year": a perfect counting the dead of a period is
        // a running total, no one attack (golden README 10 and 11).
        if matches!(pattern.cameo.get(..2), Some("18" | "19" | "20"))
            && !pattern.cameo.starts_with("201")
            && running_total(clause, m.head)
        {
            return Err("a running total of a period's dead (a perfect with a count)");
        }
        // "Kyiv has accused Moscow of similar attacks before", "Israel has previously
        // struck sites in Syria": a perfect telling history, not the story's news.
        let rejection = pattern.cameo.starts_with("12");
        if if rejection {
            is_history_of_kind(clause, m.head)
        } else {
            is_history(clause, m.head)
        } {
            return Err("history told in a perfect tense (before, previously, similar acts)");
        }
        // "the vessels are sanctioned by the Treasury", "the PKK is designated a terrorist
        // group", "the kingdom, which is backed by the United States": a present-tense
        // passive describes a standing state; news tells a new act in the past tense.
        // An experiencer's present passive is its reaction now ("Seoul is deeply
        // disappointed by the ruling").
        if pattern.subject != SubjectRole::Experiencer
            && is_present_state(clause, m.head)
            && !clause.arrival_due(m.head)
        {
            return Err("a present-tense passive: a standing state");
        }
        // "Iran, which backs the Houthis, condemned the strikes", "Serbia, which is seeking
        // membership of the EU, ...": a present-tense relative clause set off by a comma
        // after a party tells what the party is or does as a rule, placing it; the main
        // clause tells the act of the day.
        if describing_present_relative(clause, m.head) {
            return Err("a present-tense relative clause describing a party");
        }
    }
    // "the militias blamed for a campaign of killing", "militants blamed for the attack on
    // the embassy": the act a charge labels its noun with, named a few words into the
    // charge, is no act the story tells, and no one is named making the charge.
    if inside_a_labelling_charge(clause, m.head) {
        return Err("the charge a describing participle labels a noun with");
    }
    // "frequently conducts missile tests": the event noun's verb is habitual; so is that of
    // a noun coordinated with its object ("frequently conducts bombings and gun assaults").
    // The words come first, so that only a sentence that can hold such a verb is parsed:
    // a habit needs a habitual adverb (`may_tell_a_habit`); a lasting act or history
    // needs a perfect's auxiliary and one of their cue words.
    if pattern.pos == TriggerPos::Noun
        && (may_tell_a_habit(clause)
            || clause
                .words
                .iter()
                .any(|w| matches!(*w, "has" | "have" | "had" | "'s" | "'ve"))
                && (clause
                    .words
                    .iter()
                    .any(|w| matches!(*w, "since" | "for" | "before" | "similar" | "such"))
                    || clause.words.iter().zip(clause.keys).any(|(w, &key)| {
                        crate::words::HISTORY_ADVERBS.ends_an_entry_keyed(w, key)
                    })))
        && clause.tree().is_some_and(|t| {
            let mut noun = m.head;
            // A bounded climb: coordination chains are short.
            for _ in 0..8 {
                match (t.rel(noun), t.head(noun)) {
                    (sitrep_parser::Rel::Conj, Some(first)) => noun = first,
                    // "has carried out dozens of attacks since January": the acts counted
                    // stand where their count does.
                    (sitrep_parser::Rel::Pobj, Some(of))
                        if clause.words[of] == "of"
                            && t.head(of)
                                .is_some_and(|c| c < of && is_count_word(clause, c)) =>
                    {
                        noun = t.head(of).unwrap_or(noun)
                    }
                    _ => break,
                }
            }
            t.rel(noun) == sitrep_parser::Rel::Dobj
                && t.head(noun).is_some_and(|v| {
                    is_habitual(clause, v)
                        || is_lasting(clause, v)
                        || is_history(clause, v)
                        || running_total(clause, v)
                })
        })
    {
        return Err("event noun of a habitual verb");
    }
    // "since Russia's full-scale invasion of Ukraine in February 2022", "the first talks
    // since the truce": an act named as the start of a period is background.
    if pattern.pos == TriggerPos::Noun
        && clause.words[..m.head].contains(&"since")
        && clause.tree().is_some_and(|t| {
            t.rel(m.head) == sitrep_parser::Rel::Pobj
                && t.head(m.head).is_some_and(|p| clause.words[p] == "since")
        })
    {
        return Err("an act named as the start of a period (since ...)");
    }
    // "Iran has previously agreed to similar visits", "has taken part in such talks
    // before": the object of a preposition under a perfect telling history.
    // `is_history` needs a perfect's auxiliary and a cue word in the clause: without
    // them the tree is not asked for (a parse is a fifth of the run).
    if pattern.pos == TriggerPos::Noun
        && may_tell_history(clause)
        && clause.tree().is_some_and(|t| {
            t.rel(m.head) == sitrep_parser::Rel::Pobj
                && t.head(m.head)
                    .and_then(|p| t.head(p))
                    .is_some_and(|v| clause.tags[v].is_verb() && is_history(clause, v))
        })
    {
        return Err("event noun under a perfect telling history");
    }
    // "The plan calls for a phased withdrawal of troops", "A U.S. proposal would require
    // both sides to pull out": what a plan or proposal sets out is its content.
    // "despite calls from the African Union to lift the embargo", "demands by the
    // opposition to free the prisoners": what a demand noun asks for (`[demand-nouns]`)
    // has not been done.
    if content_of_demand_noun(clause, m.head) {
        return Err("what a demand or call asks for");
    }
    if content_of_plan(clause, m.head) {
        return Err("the content of a plan or proposal");
    }
    // "lawmakers are expected to debate whether prisoners should be eligible for such
    // exchanges", "asked whether Iran had supplied the drones": an act inside a question
    // put is not told as done or meant.
    if asked_whether(clause, m.head) {
        return Err("an act inside a question (whether ...)");
    }
    // "reporters asked whether Iran had supplied drones", "correspondents questioned the
    // president about his plans", "when asked about the election": a question put, by the
    // press or about a matter, is no appeal nor accusation (`[press-askers]`).
    if pattern.pos == TriggerPos::Verb && question_put(clause, m.head) {
        return Err("a question put, not an appeal or a charge");
    }
    // "released video showing the vessel's windows", "released figures showing ...": what
    // is released by publishing it (`[published-works]`) is no release of people, property
    // or funds.
    if pattern.pos == TriggerPos::Verb && published_not_released(clause, m.head) {
        return Err("publication, not a release");
    }
    let Some(code) = ontology.cameo(&pattern.cameo) else {
        return Err("CAMEO code not in the ontology");
    };
    let Some(plover) = plover_of(&pattern.cameo, code.plover.as_deref()) else {
        return Err("CAMEO code without a PLOVER category");
    };
    // "warned that the Somali government's actions would destabilise the region": the
    // act a threat pattern's keyword names is a named party's own (its possessor), so the
    // warning is about that party's act, not a threat the warner makes ("warned it would
    // take action", "warned of retaliation" are).
    if pattern.pos == TriggerPos::Verb && plover == "THREATEN" && keyword_owned_by_party(clause, m)
    {
        return Err("the act warned of is another party's (its possessor's), no threat");
    }
    // "Pakistan pressed the Taliban government to act against militants": a verb that
    // asks its object to act ("press", "push", "force" + object + "to" + verb) asks; its
    // military sense ("pressed their offensive") takes no such complement.
    if pattern.pos == TriggerPos::Verb
        && plover == "ASSAULT"
        && asks_its_object_to_act(clause, m.head)
    {
        return Err("a verb asking its object to act is no attack");
    }
    // "Germany will send more tanks to Ukraine if Russia attacks": weapons or forces sent
    // *to* a party are supplied to it, not used against it (a context word of fighting
    // elsewhere in the sentence does not aim them); the head's supply and deployment
    // patterns, tried next, code the act.
    if pattern.pos == TriggerPos::Verb
        && plover == "ASSAULT"
        && m.object_token
            .is_some_and(|o| o > m.head && sent_to_a_party(clause, o + 1))
    {
        return Err("weapons sent to a party are supplied to it, not fired at it");
    }
    let region_end = clause.slot_region_end(m.end.saturating_sub(1).max(m.head));
    let mut how = How::default();
    // Which slot searches failed, when neither found a party.
    let mut no_slots = "no actor or recipient slot";
    let (mut actors, mut recipients, mut vg) = match pattern.pos {
        TriggerPos::Verb => verb_slots(
            clause,
            m,
            &pattern.recipient,
            region_end,
            &plover,
            &mut how,
            &mut no_slots,
        ),
        TriggerPos::Noun => noun_slots(
            clause,
            m,
            &pattern.recipient,
            region_end,
            &plover,
            verb_acts,
            &mut how,
            &mut no_slots,
        ),
    };
    // A state that protests complains officially (CAMEO 114, golden README convention 9):
    // "Japan protested to China", "Seoul protested Tokyo's textbook decision", "the Chinese
    // embassy protested the video" are a state's complaints, not demonstrations; its
    // people, students or crowds protesting stay PROTEST. The line is re-coded as the
    // complaint, its recipient the addressee of "to"/"with", else the party protested
    // (`[state-complaint-verbs]`, `[demonstration-cues]`).
    let complaint;
    let (pattern, code, plover) =
        match state_complaint(clause, pattern, &plover, &actors.mentions, &how, m.head) {
            Some(p) => {
                complaint = p;
                let Some(code) = ontology.cameo(&complaint.cameo) else {
                    return Err("CAMEO code not in the ontology");
                };
                let Some(plover) = plover_of(&complaint.cameo, code.plover.as_deref()) else {
                    return Err("CAMEO code without a PLOVER category");
                };
                how.clear();
                no_slots = "no actor or recipient slot";
                (actors, recipients, vg) = match complaint.pos {
                    TriggerPos::Verb => verb_slots(
                        clause,
                        m,
                        &complaint.recipient,
                        region_end,
                        &plover,
                        &mut how,
                        &mut no_slots,
                    ),
                    TriggerPos::Noun => noun_slots(
                        clause,
                        m,
                        &complaint.recipient,
                        region_end,
                        &plover,
                        verb_acts,
                        &mut how,
                        &mut no_slots,
                    ),
                };
                how.push(
                    "a state's protest: an official complaint (114), not a demonstration".into(),
                );
                (&complaint, code, plover)
            }
            None => (pattern, code, plover),
        };
    // "Pakistan's ban on the party was lifted", "Oslo's curfew was eased": a restriction
    // is lifted by the party that owns it, the one that imposed it.
    if actors.mentions.is_empty()
        && pattern.pos == TriggerPos::Verb
        && eases_a_restriction(&pattern.cameo)
    {
        if let Some(owner) = owner_of_lifted_restriction(clause, m) {
            how.push("actor: the owner of the restriction lifted (its possessor)".into());
            actors.mentions.push(owner);
        }
    }
    // "The lifting of Japan's export curbs on South Korea", "the withdrawal of French
    // troops from Niger", "the suspension of Japanese aid to Myanmar": the noun's doer
    // owns the restriction, the forces or the aid its `of` phrase names.
    if actors.mentions.is_empty()
        && pattern.pos == TriggerPos::Noun
        && (eases_a_restriction(&pattern.cameo)
            || withdraws_forces(&pattern.cameo)
            || cuts_aid(&pattern.cameo))
    {
        if let Some(owner) = owner_in_of_phrase(clause, m) {
            how.push(
                "actor: the owner of the restriction, forces or aid in the `of` phrase".into(),
            );
            recipients.mentions.retain(|&r| r != owner);
            actors.mentions.push(owner);
        }
    }
    // "pulled 500 troops out of northeastern Syria", "Israeli forces pulled back from
    // villages in Syria's Quneitra province", "the withdrawal of Russian forces from
    // Homs": a withdrawal of forces yields to the state whose territory is left.
    if yields_territory(&pattern.cameo)
        && !actors.mentions.is_empty()
        && recipients
            .mentions
            .iter()
            .all(|&r| on_actor_side(clause, &actors.mentions, r))
    {
        if let Some(s) = withdrawn_from_country(clause, m, region_end, &actors.mentions) {
            how.push(format!("recipient: {}", s.how));
            recipients = s;
        }
    }
    // "Ten Russian diplomats were expelled from Estonia": the state or body people are
    // sent out of sends them.
    if actors.mentions.is_empty()
        && pattern.pos == TriggerPos::Verb
        // Expulsions (166x) and deportations (174); a member expelled from a party
        // (1722) is the party's own affair.
        && (plover == "SANCTION" || pattern.cameo == "174")
        && EXPELLING_VERBS.contains(clause.words[m.head])
        && clause.is_passive(m.head)
        && !(m.end..region_end).any(|k| clause.words[k] == "by")
    {
        if let Some(s) = clause.prep_object("from", m.end, region_end) {
            // A deportation is out of a country; "expelled from the party" is no
            // deportation.
            let doc = clause.doc;
            let senders = s.mentions.iter().copied().filter(|&a| {
                plover == "SANCTION"
                    || doc.entities[doc.mentions[a].entity].entity_type
                        == sitrep_record::EntityType::Gpe
            });
            let before = actors.mentions.len();
            actors.mentions.extend(senders);
            if actors.mentions.len() > before {
                how.push("actor: the place or body they were sent out of (`from`)".into());
            }
        }
    }
    // "The dissident was granted asylum in Germany": asylum is granted by the country
    // where it is granted.
    if actors.mentions.is_empty()
        && pattern.pos == TriggerPos::Verb
        && pattern.cameo == "075"
        && clause.is_passive(m.head)
        && !(m.end..region_end).any(|k| clause.words[k] == "by")
    {
        if let Some(s) = clause.prep_object("in", m.end, region_end) {
            let doc = clause.doc;
            let before = actors.mentions.len();
            actors
                .mentions
                .extend(s.mentions.iter().copied().filter(|&a| {
                    doc.entities[doc.mentions[a].entity].entity_type
                        == sitrep_record::EntityType::Gpe
                }));
            if actors.mentions.len() > before {
                how.push("actor: the country where asylum was granted (`in`)".into());
            }
        }
    }
    // A passive verb with no `by` phrase: the act's doer is left untold.
    let agentless_passive = pattern.pos == TriggerPos::Verb
        && pattern.subject == SubjectRole::Doer
        && clause.is_passive(m.head)
        && !(m.end..region_end).any(|k| clause.words[k] == "by");
    // "Five people were arrested in Irbil": an arrest, ban or deportation with no doer is
    // the state's where it happened, also when its patients name no party (`assemble`
    // then gives the place's country as the recipient). Only when told as done: not "will
    // be deported", "the risk of being deported", "were not deported".
    let told_as_done = (vg..m.head).all(|k| {
        !crate::words::UNTOLD_PASSIVE_AUXILIARIES.contains(clause.words[k])
            && !clause.knowledge.cues.is_negation(clause.words[k])
    });
    // "An emergency was declared at the hospital": no state's restriction ("a state of
    // emergency was declared" is one).
    let bare_restriction = vg > 0
        && crate::words::BARE_RESTRICTION_NOUNS.contains(clause.words[vg - 1])
        && !(vg > 1 && clause.words[vg - 2] == "of");
    // "Former rebel leaders went on trial in Baku", "forty activists face charges": the
    // state's legal action undergone by its subject (`> victim`) with no doer named is
    // the state's where it happened, as the passive is.
    // Only people of public life undergo it here: "a new vaccine went on trial" is a
    // clinical trial, "a man went on trial for murder" a crime story.
    let undergone_legal_act = pattern.pos == TriggerPos::Verb
        && pattern.subject == SubjectRole::Victim
        && crate::context::is_state_legal_act(&pattern.cameo)
        && (!recipients.mentions.is_empty()
            || subject_names_a_public_role(clause, m.head, sitrep_parser::Rel::Nsubj));
    // "Curfew in Conakry after deadly clashes", "State of Emergency in Ecuador After
    // Prison Riots": a headline with no verb naming a curfew or an emergency in force
    // tells it as the passive does ("a curfew was imposed in Conakry").
    let verbless_restriction = pattern.pos == TriggerPos::Noun
        && matches!(pattern.cameo.as_str(), "1723" | "1724")
        && (0..clause.len()).all(|k| !clause.is_verb(k))
        && crate::syntax::is_headline(clause.doc, sentence);
    // "HANOI - A Vietnamese activist was arrested": the state found for the act is the
    // country its patients are named by (`context::state_agent`), and the act is that
    // state's against its own people, X>X.
    let mut state_on_own_people = false;
    if actors.mentions.is_empty()
        && (agentless_passive || undergone_legal_act || verbless_restriction)
        && told_as_done
        && !bare_restriction
    {
        // The side the story names for such acts comes first ("Myanmar security forces
        // detained dozens ... more than 20 activists were detained").
        let hostile =
            crate::context::hostile_agent(clause.doc, sentence, &plover, &recipients.mentions, out);
        let from_state = hostile.is_none();
        let found = hostile.or_else(|| {
            crate::context::state_agent(
                clause.doc,
                sentence,
                &pattern.cameo,
                &recipients.mentions,
                clause.first + m.head,
            )
        });
        if let Some(found) = found {
            let found_mention = &clause.doc.mentions[found.mention];
            let entity = found_mention.entity;
            state_on_own_people = found_mention.kind == crate::doc::MentionKind::Adjective
                && recipients
                    .mentions
                    .iter()
                    .any(|&r| clause.doc.mentions[r].entity == entity);
            // "Curfew Imposed in Kenya": a curfew or an emergency imposed where the state
            // rules is laid on its own country (golden README convention 13), X>X.
            if from_state && matches!(pattern.cameo.as_str(), "1723" | "1724") {
                state_on_own_people |= recipients
                    .mentions
                    .iter()
                    .any(|&r| clause.doc.mentions[r].entity == entity);
            }
            how.actor(found.source, found.how);
            actors.mentions.push(found.mention);
            // "DHAKA - A former cabinet minister was remanded in custody": people of no
            // stated country held by the state where it happened are its own (golden
            // README convention 11: the recipient takes the place's country), X>X.
            if from_state && recipients.mentions.is_empty() && pattern.cameo == "173" {
                state_on_own_people = true;
                how.push("recipient: people of no stated country held where it happened, the state's own".into());
                recipients.mentions.push(found.mention);
            }
        }
    }
    // "Portuguese soldiers have been sent to the border", "police were deployed to the
    // Capitol", "Indian troops were placed on maximum alert": forces moved or put on alert
    // with no one named doing it are their own state's move, and they stand for it; so are
    // forces pulled back ("Eritrean troops have been withdrawn from Tigray").
    let forces_pulled_back =
        plover == "RETREAT" && matches!(pattern.cameo.as_str(), "087" | "0872" | "0874");
    if actors.mentions.is_empty()
        && agentless_passive
        && told_as_done
        && (plover == "MOBILIZE" || forces_pulled_back)
    {
        let doc = clause.doc;
        let is_force = |r: usize| {
            let mention = &doc.mentions[r];
            let sector = mention
                .sector
                .as_deref()
                .or(doc.entities[mention.entity].sector.as_deref());
            matches!(sector, Some("MIL" | "COP"))
        };
        if let Some(forces) = recipients.mentions.iter().copied().find(|&r| is_force(r)) {
            how.push(
                "actor: the forces moved, for their state (a passive without an agent)".into(),
            );
            recipients.mentions.retain(|&r| r != forces);
            actors.mentions.push(forces);
            // "... have been sent to the border with Spain": the party across it.
            if plover == "MOBILIZE" && recipients.mentions.is_empty() {
                if let Some(s) = border_with(clause, m.end, region_end)
                    .or_else(|| border_adjective(clause, m.end, region_end))
                    .filter(|s| {
                        !s.mentions
                            .iter()
                            .any(|&r| same_side(clause, forces, r, false))
                    })
                {
                    how.push(format!("recipient: {}", s.how));
                    recipients.mentions = s.mentions;
                }
            }
        }
    }
    // "The Interior Ministry warned that protesters would be arrested", "Moscow said the
    // British diplomats will be expelled": a passive without its doer told as what will be
    // done, in the reported clause of a party's verb of announcing, is that party's own act
    // announced (the modal's frame makes it an intent or a threat).
    if actors.mentions.is_empty()
        && agentless_passive
        && !told_as_done
        && announced_as_threat(&pattern.cameo)
    {
        if let Some(sayer) = announcer_of_passive(clause, m.head) {
            let note = (
                "the party announcing it",
                ", a passive of what will be done",
            );
            sayer_as_actor(clause, sayer, note, &mut how, &mut actors, &mut recipients);
        }
    }
    // "The prime minister said there would be no negotiations with Hamas until ...": an act
    // noun that a party says there will (or can) be none of is that party's to refuse
    // (`[frame refuse]`'s "there will be no" makes it the refusal, 12x).
    if actors.mentions.is_empty() && pattern.pos == TriggerPos::Noun {
        if let Some(sayer) = sayer_of_existential_refusal(clause, m.head) {
            let note = ("the party saying there will be none", "");
            sayer_as_actor(clause, sayer, note, &mut how, &mut actors, &mut recipients);
        }
    }
    // An act of war told with no party at all ("a missile struck an apartment building in
    // Dnipro") still hits the country where it happened (`unattributed.rs`; the record's
    // recipient is that country, `assemble.rs`): its doer is looked for below.
    // "Explosions were heard in Zaporizhzhia after a drone attack", "Fire broke out at an
    // oil depot in Tuapse after a drone attack": an act of war named by a noun in an
    // "after" phrase is told as done, what the sentence reports followed from it.
    let war_noun_after = pattern.pos == TriggerPos::Noun
        && crate::unattributed::in_an_after_phrase(clause, m.start, m.head);
    let war_at_place = || {
        (pattern.pos == TriggerPos::Verb || war_noun_after)
            && crate::unattributed::war_attack(clause, &pattern.cameo)
            && crate::unattributed::place_country(clause.doc, sentence).is_some()
    };
    // A protest, strike or riot told without its protesters ("Protests erupted in several
    // Iranian cities", "Riots broke out in Dakar") is the people's of the country where it
    // happens, against its government: `assemble.rs` names both from the place.
    let protest_at_place = || {
        plover == "PROTEST"
            && crate::unattributed::place_country(clause.doc, sentence).is_some()
            && crate::unattributed::protest_told_as_done(clause, sentence, m.head)
    };
    // The state's legal coercion told in a passive of people the text names by a role of
    // public life but no party ("a jailed Kurdish politician was sentenced to 42 years in
    // prison"; not "a man was jailed for robbery", a crime story): its doer is the state
    // where it happened (`context::state_agent`, below).
    let legal_act_at_place = || {
        pattern.pos == TriggerPos::Verb
            && crate::context::is_state_legal_act(&pattern.cameo)
            && !pattern.cameo.starts_with("08")
            && clause.is_passive(m.head)
            && passive_subject_names_a_public_role(clause, m.head)
            && crate::unattributed::place_country(clause.doc, sentence).is_some()
    };
    if actors.mentions.is_empty()
        && recipients.mentions.is_empty()
        && !war_at_place()
        && !protest_at_place()
        && !legal_act_at_place()
    {
        return Err(no_slots);
    }
    // An event needs someone doing it: "five people were killed" with no agent is a
    // casualty count (kept as a quantity), not an event between actors, unless the story
    // says who did it ("Russia shelled Kharkiv ... three civilians were killed").
    if actors.mentions.is_empty() && protest_at_place() {
        how.actor(
            ActorSource::PeopleWhereItHappens,
            PROTEST_WITHOUT_PROTESTERS,
        );
    } else if actors.mentions.is_empty() {
        // A passive verb with no `by` phrase at all ("by the Austrian trade ministry"
        // names an agent the dictionary does not know, and the story's is not it), or an
        // act as the subject ("the attack killed three soldiers"). Nouns ("the attack on
        // Kharkiv", "the crackdown") were measured and left: they name acts of any time
        // and party, not this story's latest.
        // A line that says what its subject is has no hidden agent to look for.
        let agentless = pattern.pos == TriggerPos::Verb
            && pattern.subject == SubjectRole::Doer
            && if clause.is_passive(m.head) {
                !(m.end..region_end).any(|k| clause.words[k] == "by")
            } else {
                crate::context::act_as_subject(clause, lexicon, ontology, vg)
            };
        // "jihadist violence has killed more than 2,000 civilians since 2023": a count of
        // a war's dead over a span is no one act of the story's side (convention 11).
        let found = if agentless
            && (plover != "ASSAULT" || !crate::unattributed::running_total(clause))
        {
            crate::context::hostile_agent(clause.doc, sentence, &plover, &recipients.mentions, out)
        } else {
            None
        };
        // An act told without its doer, by an act or a weapon as the subject or in a
        // passive, whose doer a claim or a blame in the story's next sentences names
        // ("A suicide bombing killed 12 soldiers ... Al-Shabab claimed responsibility for
        // the attack").
        let found = found.or_else(|| {
            let told_without_doer = pattern.pos == TriggerPos::Verb
                && pattern.subject == SubjectRole::Doer
                && (agentless || clause.is_passive(m.head) || explosive_subject(clause, vg));
            (told_without_doer
                && (plover != "ASSAULT" || !crate::unattributed::running_total(clause))
                && !crate::context::dated_to_another_time(clause.doc, sentence))
            .then(|| {
                crate::context::claimed_doer(
                    clause.doc,
                    lexicon,
                    ontology,
                    sentence,
                    &plover,
                    &recipients.mentions,
                )
            })
            .flatten()
        });
        // Political violence told in a passive without its doer (no party in any `by`
        // phrase), or undergone by its subject with no doer named ("the patrol came under
        // fire"), keeps its category with the actor unnamed (`unattributed.rs`). Not an
        // act as the subject ("an offensive ... pushing IS out of its strongholds"),
        // whose doer the sentence names elsewhere, unless it is an explosive weapon ("a
        // roadside bomb killed two soldiers", `[explosive-subject-nouns]`), which has none.
        let unnamed = if found.is_none()
            && (war_noun_after || pattern.pos == TriggerPos::Verb)
            && match pattern.subject {
                _ if war_noun_after => true,
                // A weapon of war as the subject tells an act of war without its doer
                // even where the subject is no act ("Shelling of residential
                // neighbourhoods in Omdurman killed").
                SubjectRole::Doer => {
                    clause.is_passive(m.head)
                        || ((agentless || crate::unattributed::war_attack(clause, &pattern.cameo))
                            && explosive_subject(clause, vg))
                        || (agentless && indefinite_subject(clause, vg))
                }
                SubjectRole::Victim => true,
                SubjectRole::Experiencer => false,
            } {
            crate::unattributed::unnamed_actor(
                clause,
                sentence,
                &pattern.cameo,
                &plover,
                vg,
                m.head,
                &recipients.mentions,
                out,
            )
        } else {
            None
        };
        if let Some((source, why)) = unnamed {
            how.actor(source, why);
        } else {
            let Some(found) = found else {
                return Err(if !agentless {
                    "no actor: the subject or agent is not a party"
                } else if pattern.pos == TriggerPos::Verb && clause.is_passive(m.head) {
                    "no actor: a passive without an agent, none in the story"
                } else {
                    "no actor: an act as the subject, no doer in the story"
                });
            };
            how.actor(found.source, found.how);
            actors.mentions.push(found.mention);
        }
    }
    // "The truce was brokered by Russia", "talks mediated by Kenya": a mediator acts
    // between the parties, which the sentence leaves to the story; the story's pair, when
    // the mediator is neither of them, is mediated between (045 to each).
    if pattern.cameo == "045" && recipients.mentions.is_empty() && !actors.mentions.is_empty() {
        if let Some(pair) = story_pair(clause, m.head) {
            let outside = pair.iter().all(|&p| {
                actors
                    .mentions
                    .iter()
                    .all(|&a| !same_side(clause, a, p, false))
            });
            if outside {
                how.push("recipient: the pair the story is about, mediated between".into());
                recipients.mentions = pair;
            }
        }
    }
    // "did not attack nor threaten": the verb after "nor" is negated as its partner is,
    // though the negator stands outside its group.
    let after_nor = pattern.pos == TriggerPos::Verb && vg > 0 && clause.words[vg - 1] == "nor";
    // "neither confirmed nor denied the report", "neither accepted nor rejected the plan":
    // a party declining to take either position (CAMEO 011) does neither act.
    if after_nor && (vg.saturating_sub(6)..vg).any(|k| clause.words[k] == "neither")
        || pattern.pos == TriggerPos::Verb
            && vg > 0
            && clause.words[vg - 1] == "neither"
            && (m.head + 1..clause.len().min(m.head + 4)).any(|k| clause.words[k] == "nor")
    {
        return Err("neither ... nor: neither act was done");
    }
    // "signed a peace deal without consulting Asmara", "bought drones without joining
    // Western sanctions": what is done "without" is not done, and names no act the story
    // tells (no event, as "neither ... nor").
    if under_without(clause, m.head) {
        return Err("an act told as not done (without + gerund)");
    }
    // "Israel would not withdraw from Gaza before Hamas gave up its weapons", "will not
    // lift sanctions until Moscow withdraws": the act of a `before`/`until`/`unless` clause
    // under a future, modal or negated verb is a condition set, not an act done.
    if condition_of_a_future_act(clause, m.head) {
        return Err("the condition of a future or refused act (before, until, unless)");
    }
    // "its heads of state would hold an emergency summit on November 12 to discuss the
    // tensions", "the envoy will travel to Naypyitaw next week to press the junta": the
    // purpose of a future, modal or refused act is part of what is meant, not done.
    if purpose_of_a_future_act(clause, m.head) {
        return Err("the purpose of a future or refused act (to + verb)");
    }
    let negated = (vg..m.head).any(|k| clause.knowledge.cues.is_negation(clause.words[k]))
        || (m.head > 0 && matches!(clause.words[m.head - 1], "no"))
        || after_nor
        || (pattern.pos == TriggerPos::Noun && occurrence_denied(clause, m.head));
    // One string, written in place (no joined copy of `how` to format again), by
    // pieces: `format!` of the five fields was 2,200 instructions an event.
    let mut rule = String::with_capacity(
        pattern.source.len() + pattern.file.len() + code.description.len() + 64,
    );
    for piece in [
        "pattern `",
        pattern.source.as_str(),
        "` (",
        &pattern.file,
        " line ",
    ] {
        rule.push_str(piece);
    }
    {
        use std::fmt::Write as _;
        let _ = write!(rule, "{}", pattern.line);
    }
    for piece in [
        ", CAMEO ",
        pattern.cameo.as_str(),
        " ",
        &code.description,
        "); ",
    ] {
        rule.push_str(piece);
    }
    for (n, step) in how.iter().enumerate() {
        if n > 0 {
            rule.push_str("; ");
        }
        rule.push_str(step);
    }
    let base = CodedEvent {
        cameo: pattern.cameo.clone(),
        plover: plover.clone(),
        sentence,
        trigger: (clause.first + m.head, clause.first + m.head + 1),
        actor: None,
        recipient: None,
        negated,
        verb_group: vg,
        noun: pattern.pos == TriggerPos::Noun,
        object_np: recipients.np_is_object.then_some(recipients.np),
        event_object: recipients.mentions.is_empty()
            && pattern.pos == TriggerPos::Verb
            && has_event_object(
                clause,
                lexicon,
                m.end,
                region_end,
                pattern.cameo.starts_with("112"),
            ),
        object_keyword: m.object_token.map(|o| clause.first + o),
        act_keyword: m.object_token.map(|o| clause.first + o),
        governed_modality: None,
        framed_by: None,
        slots: how.slots,
        origin: match pattern.pos {
            TriggerPos::Verb => EventOrigin::VerbPattern,
            TriggerPos::Noun => EventOrigin::NounPattern,
        },
        frame_over: crate::doc::FrameOver::None,
        rule,
    };
    // A country and one of its own people or bodies are one party here ("the U.S." and
    // "Trump" in one clash), so they are not coded as acting on each other.
    // A state coercing or attacking its own opposition, civilians or press acts on
    // another party; one speaking for them ("denounced the detention of British aid
    // workers") does not target them, nor does a place naming where an act noun happened
    // ("the Kabul attack", "Nigeria is seeing a wave of kidnappings of school children").
    // An act noun whose doer its own phrase names, as possessor or `by` agent, with the
    // people it falls on ("Turkey's arrest of the Istanbul mayor", "the killing of a
    // journalist by soldiers") acts on them as a verb does.
    let against_own_people = matches!(plover.as_str(), "COERCE" | "ASSAULT")
        && (pattern.pos == TriggerPos::Verb
            || (!actors.mentions.is_empty()
                && actors
                    .mentions
                    .iter()
                    .all(|&a| doer_bound_to_noun(clause, m.head, Some(a)))));
    // "France's foreign minister said the arrest of a French citizen in Baku was
    // arbitrary": a state party (actor `a`) that only tells of an act noun (not its bound
    // doer) falling on its own country's people (recipient `b`: civilians, press,
    // opposition, not armed groups) speaks for them, even where neither is the country
    // itself.
    let speaks_for_own = |a: usize, b: usize| {
        let doc = clause.doc;
        let sector = |m: usize| {
            let e = &doc.entities[doc.mentions[m].entity];
            doc.mentions[m]
                .sector
                .as_deref()
                .or(e.sector.as_deref())
                .map(|s| s.to_ascii_lowercase())
        };
        // Courts, prosecutors, police and intelligence ordering or making an arrest
        // ("a Bolivian judge ordered the arrest of former President Evo Morales") do it.
        let enforcer = || {
            is_legal_action(&pattern.cameo)
                && sector(a).is_some_and(|s| crate::words::ENFORCER_SECTORS.contains(&s))
        };
        pattern.pos == TriggerPos::Noun
            && !against_own_people
            && !enforcer()
            && coded(doc, a).is_some()
            && coded(doc, a) == coded(doc, b)
            && sector(a).is_some_and(|s| !NON_STATE_SECTORS.contains(&s))
            && sector(b).is_some_and(|s| {
                NON_STATE_SECTORS.contains(&s)
                    && !matches!(s.as_str(), "reb" | "uaf" | "sep" | "ins")
            })
    };
    // A state's courts, prosecutors and police investigating, charging, trying or
    // sentencing one of its own people or bodies ("a former Pakistani intelligence chief
    // was charged", "Brazil's Supreme Court convicted former President Bolsonaro",
    // "prosecutors raided the defence ministry") act on another party: only the country
    // itself is the state that acts.
    let legal_action_on_body_or_person = |b: usize| {
        let doc = clause.doc;
        is_legal_action(&pattern.cameo)
            && doc.entities[doc.mentions[b].entity].entity_type != sitrep_record::EntityType::Gpe
    };
    // A state's aid to its own people or bodies ("The Kenyan government distributed food to
    // drought-hit families in Turkana") is domestic administration (golden README
    // convention 10), not aid between two parties: one side here, whatever their sectors.
    // Armed groups and a region's own government stay parties apart, as in `same_side`.
    let domestic_aid = |a: usize, b: usize| {
        let doc = clause.doc;
        let state_side = |m: usize| {
            let e = &doc.entities[doc.mentions[m].entity];
            let sector = doc.mentions[m].sector.as_deref().or(e.sector.as_deref());
            !matches!(sector, Some("REB" | "UAF" | "SEP" | "INS"))
                && !e.dict_id.as_deref().is_some_and(|id| id.contains(':'))
        };
        let code = |m: usize| doc.entities[doc.mentions[m].entity].code.as_deref();
        plover == "AID"
            && code(a).is_some_and(|c| !matches!(c, "IGO" | "NGO" | "IMG"))
            && code(a) == code(b)
            && state_side(a)
            && state_side(b)
    };
    let same_entity = |a: usize, b: usize| {
        domestic_aid(a, b)
            || (same_side(clause, a, b, against_own_people)
                && !(clause.doc.mentions[a].entity != clause.doc.mentions[b].entity
                    && legal_action_on_body_or_person(b)))
            || speaks_for_own(a, b)
    };
    if actors.how == PAIR_HOW {
        // The pair acts on each other ("both countries withdrew their ambassadors": "their"
        // is the pair itself); a third party named as the object stays the recipient.
        let pair_codes: Vec<Option<&str>> = actors
            .mentions
            .iter()
            .map(|&a| doc_code(clause, a))
            .collect();
        recipients.mentions.retain(|&r| {
            doc_code(clause, r).is_some() && !pair_codes.contains(&doc_code(clause, r))
        });
    }
    // What two parties swap ("exchanged hundreds of prisoners") is not a third party.
    let mut dropped = "";
    // "Malawi's ruling Democratic Progressive Party and the opposition Malawi Congress
    // Party accused each other": the subject found may be the last conjunct alone; "each
    // other" needs the party coordinated before it.
    if actors.mentions.len() == 1 && recipients.mentions.is_empty() && mutual_object(clause, m.head)
    {
        if let Some(first) = conjunct_before(clause, actors.mentions[0]) {
            actors.mentions.insert(0, first);
        }
    }
    if actors.mentions.len() >= 2 && is_swap(clause.words[m.head]) {
        let n = recipients.mentions.len();
        recipients
            .mentions
            .retain(|&r| doc_code(clause, r).is_some());
        if recipients.mentions.len() < n {
            dropped = "; what they swap is no party";
        }
    }
    // "Kim and Putin held a summit in Russia", "Russia and China held talks in Moscow": a
    // recipient on one of the parties' own side is where they met, not a third party;
    // the two meet each other.
    if actors.mentions.len() >= 2
        && recipients.how == "prepositional object"
        && is_reciprocal_code(&pattern.cameo, clause.words[m.head])
        && recipients
            .mentions
            .iter()
            .all(|&r| actors.mentions.iter().any(|&a| same_entity(a, r)))
    {
        recipients.mentions.clear();
        dropped = "; the prepositional object is one party's own side, where they met";
    }
    // "Colombia's government and the ELN opened peace talks in Mexico City", "Houthi
    // negotiators and Saudi officials held talks in the Omani capital, Muscat": a country
    // or city after `in` or `at` where two coordinated parties meet is the venue, not a
    // third party; the two meet each other (golden README: a meeting at a third location).
    if actors.mentions.len() >= 2
        && ((recipients.how == "prepositional object"
            && setting_preposition_before(clause, m.head, recipients.np.0))
            || recipients.how.ends_with("of the object of `in`")
            || recipients.how.ends_with("of the object of `at`"))
        && is_reciprocal_code(&pattern.cameo, clause.words[m.head])
        && !recipients.mentions.is_empty()
        && recipients.mentions.iter().all(|&r| {
            clause.doc.entities[clause.doc.mentions[r].entity].entity_type
                == sitrep_record::EntityType::Gpe
        })
    {
        recipients.mentions.clear();
        dropped = "; the place after `in`/`at` is where they met, no party";
    }
    // "India and Canada expelled each other's top diplomats", "the two navies seized each
    // other's boats": the reciprocal owns the object, which names no third party; the
    // two act on each other. A role noun there is theirs even where the story gave it a
    // country ("NEW DELHI - India and Canada expelled each other's top diplomats": the
    // dateline's, session 33).
    if actors.mentions.len() >= 2
        && !recipients.mentions.is_empty()
        && recipients.mentions.iter().all(|&r| {
            doc_code(clause, r).is_none() || clause.doc.mentions[r].kind == MentionKind::Nominal
        })
        && matches!(
            (
                clause.words.get(m.head + 1),
                clause.words.get(m.head + 2),
                clause.words.get(m.head + 3)
            ),
            (Some(&"each"), Some(&"other"), Some(&"'s" | &"'"))
                | (Some(&"one"), Some(&"another"), Some(&"'s" | &"'"))
        )
    {
        recipients.mentions.clear();
        dropped = "; the object is each other's, no third party";
    }
    if recipients.mentions.is_empty()
        && actors.mentions.len() >= 2
        && !distributive_each(clause, m.head)
        // "The United States, along with Britain and France, called a meeting": parties an
        // aside of accompaniment adds act beside the subject, not with it.
        && !actors.mentions.iter().any(|&a| accompanying(clause, a))
        && ((is_reciprocal_code(&pattern.cameo, clause.words[m.head])
            // "a ceasefire between Russia and Ukraine" is mostly one hoped for or holding,
            // not declared: only the verb ("signed a truce") declares it, or a verb that
            // says it took effect ("a ceasefire between Russia and Ukraine came into
            // force", `[taking-effect-phrases]`).
            && !(pattern.pos == TriggerPos::Noun
                && pattern.cameo == "0871"
                && !took_effect(clause, m.head)))
            // "The three denied the charge": a pair or counted group denying answers its
            // accuser (the recipients stage finds it), not each other.
            // A counted group of three or more ("the three countries called on ...")
            // acts on a third party or none: one member acting on another is a pair's.
            || (actors.how == PAIR_HOW
                && actors.mentions.len() == 2
                && !crate::recipients::is_denial(clause, &base))
            // "a war between the army and the RSF": the two sides of a war (a standoff or
            // a confrontation between two parties is no attack by either).
            || (actors.how == BETWEEN_HOW
                && plover == "ASSAULT"
                && matches!(clause.words[m.head], "war" | "wars" | "conflict"))
            || mutual_object(clause, m.head))
    {
        let before = out.len();
        // One side facing a list (`one_side_and_a_list`): each of the list with the one
        // side only, not with the others of the list.
        let one_side = (actors.how == BETWEEN_ONE_AND_LIST_HOW).then(|| actors.mentions[0]);
        for &a in &actors.mentions {
            for &r in &actors.mentions {
                if one_side.is_some_and(|o| a != o && r != o) {
                    continue;
                }
                if a != r && !same_entity(a, r) {
                    out.push(CodedEvent {
                        actor: Some(a),
                        recipient: Some(r),
                        rule: format!(
                            "{}{dropped}; recipient: the other coordinated party (a mutual act)",
                            base.rule
                        ),
                        ..base.clone()
                    });
                }
            }
        }
        // Coordinated parties that are one side ("the U.S. and Trump") still act, with
        // no recipient, below.
        if out.len() > before {
            return Ok(());
        }
    }
    let actor_list = each_or_none(&actors.mentions);
    let recipient_list = each_or_none(&recipients.mentions);
    // "the detention of a prominent Russian human rights lawyer by security services in
    // Moscow": people named by their country's adjective, held, tried or expelled by that
    // country's own agents, are its people, not the state itself (golden README
    // convention 11, X>X), as `state_on_own_people` reads the agentless passive.
    let legal_act = plover == "COERCE" && crate::context::is_state_legal_act(&pattern.cameo);
    let own_people =
        |r: usize| legal_act && clause.doc.mentions[r].kind == crate::doc::MentionKind::Adjective;
    let mut pairs = actor_list
        .clone()
        .flat_map(|a| recipient_list.clone().map(move |r| (a, r)))
        .filter(|&pair| {
            state_on_own_people
                || !matches!(pair, (Some(a), Some(r)) if same_entity(a, r) && !own_people(r))
        })
        .peekable();
    while let Some((a, r)) = pairs.next() {
        if pairs.peek().is_none() {
            // The last pair takes `base` itself (no copy of its strings); with an event
            // made, none of the fallbacks below applies.
            out.push(CodedEvent {
                actor: a,
                recipient: r,
                ..base
            });
            return Ok(());
        }
        out.push(CodedEvent {
            actor: a,
            recipient: r,
            ..base.clone()
        });
    }
    // A concession or retreat at home names the yielding party's own country or people
    // as its object ("lifted its curfew on its southern coast", "Iran freed Iranian
    // activists"): the act stands without a recipient, as these categories allow. Only a
    // verb's subject surely yields: the subject of the verb governing an act noun may be
    // imposing it on another ("Congo ordered the withdrawal of the force from its territory").
    // So does a force sent within one's own side ("sent troops to its own border",
    // "enlisted recruits into its army") and a protest at home, told by a verb or a noun
    // ("marched through Mexico City", "is on hunger strike in his home"): assemble aims
    // the protest at the country where it happens.
    if out.len() == start
        && (pattern.pos == TriggerPos::Verb
            && matches!(plover.as_str(), "CONCEDE" | "RETREAT" | "MOBILIZE")
            || plover == "PROTEST")
    {
        for a in actor_list.clone() {
            out.push(CodedEvent {
                actor: a,
                recipient: None,
                rule: format!("{}; the recipient is the actor's own side", base.rule),
                ..base.clone()
            });
        }
    }
    // An appeal whose object names the appealing party's own people or side ("Canada
    // called for the release of two Canadians detained in China", "Peru sought the
    // extradition of its former president") asks someone else to act: the event stands
    // without a recipient, for the story or the place the sentence names to supply the
    // party asked (`recipients::fill`), or for the filter to drop it.
    if out.len() == start && pattern.pos == TriggerPos::Verb && plover == "REQUEST" {
        for a in actor_list.clone() {
            let holder = a.and_then(|a| holder_after(clause, m.head, doc_code(clause, a)));
            out.push(CodedEvent {
                actor: a,
                recipient: holder,
                rule: format!(
                    "{}; the party named is the actor's own side, not the one asked{}",
                    base.rule,
                    if holder.is_some() {
                        "; recipient: the party that holds them (`[holding-participles]`)"
                    } else {
                        ""
                    }
                ),
                ..base.clone()
            });
        }
    }
    // "N'Djamena recalled its ambassador", "Lithuania closed its embassy": what a sanction
    // withdraws or cuts is the actor's own (its envoy, mission, aid), and the party it is
    // aimed at is named elsewhere. The event stands without a recipient, for
    // `recipients::fill` to find that party in the sentences before, or for the filter to
    // drop it. (Aid and cooperation, "offered Chad $150 million ... by its president",
    // compete with other patterns at the same verb that find the party: left out.)
    if out.len() == start && pattern.pos == TriggerPos::Verb && plover == "SANCTION" {
        for a in actor_list.clone() {
            out.push(CodedEvent {
                actor: a,
                recipient: None,
                rule: format!(
                    "{}; the object is the actor's own, not the party acted on",
                    base.rule
                ),
                ..base.clone()
            });
        }
    }
    // "accused Pakistan of violating Afghan sovereignty and warned that Afghan forces would
    // respond": a threat whose slot names only the threatening party's own side warns
    // the party the same actor has just accused in the sentence (an accusation coded
    // before it), or no one.
    if out.len() == start && pattern.pos == TriggerPos::Verb && plover == "THREATEN" {
        let entity = |m: usize| clause.doc.mentions[m].entity;
        for a in actor_list.clone() {
            let Some(a) = a else { continue };
            let own = doc_code(clause, a);
            let accused = out
                .iter()
                .rev()
                .take_while(|e| e.sentence == sentence)
                .filter(|e| {
                    e.plover == "ACCUSE"
                        && e.trigger.0 < m.head + clause.first
                        && e.actor.map(entity) == Some(entity(a))
                })
                .filter_map(|e| e.recipient)
                .find(|&r| doc_code(clause, r).is_some() && doc_code(clause, r) != own);
            if let Some(r) = accused {
                out.push(CodedEvent {
                    actor: Some(a),
                    recipient: Some(r),
                    rule: format!("{}; {OWN_FORCE_THREAT}", base.rule),
                    ..base.clone()
                });
            }
        }
    }
    // "Poland condemned the detention of a Polish citizen by Belarusian KGB officers"
    // (session 32, h/nominal32): a reaction whose object names only the reacting party's
    // own side (the victim's adjective) answers the act's `by` author, as a reaction to "a
    // hearing by the UN court" does (recipients.rs `object_author`).
    if out.len() == start
        && pattern.pos == TriggerPos::Verb
        && matches!(plover.as_str(), "ACCUSE" | "SUPPORT" | "REJECT")
    {
        let end = clause.region_end(m.head);
        let author = (m.head + 1..end)
            .find(|&k| clause.words[k] == "by" && clause.tags[k - 1].is_noun())
            .and_then(|k| {
                (k + 1..end.min(k + 5))
                    .take_while(|&l| {
                        clause.tags[l].is_noun() || matches!(clause.tags[l], Tag::DT | Tag::JJ)
                    })
                    .find_map(|l| clause.mention(l))
            });
        for a in actor_list.clone() {
            let Some(a) = a else { continue };
            let Some(r) = author.filter(|&r| {
                doc_code(clause, r).is_some() && doc_code(clause, r) != doc_code(clause, a)
            }) else {
                continue;
            };
            out.push(CodedEvent {
                actor: Some(a),
                recipient: Some(r),
                rule: format!(
                    "{}; recipient: the `by` author of the act its object names",
                    base.rule
                ),
                ..base.clone()
            });
        }
    }
    if out.len() > start {
        Ok(())
    } else {
        Err("actor and recipient are one party")
    }
}

/// CAMEO codes of the state's legal action against a person: investigations (09x),
/// accusations of crime (1121), lawsuits (115) and the legal and administrative coercion
/// of `context::is_state_legal_act` (convictions, arrests, charges, sentences, bans).
pub(crate) fn is_legal_action(cameo: &str) -> bool {
    cameo.starts_with("09")
        || matches!(cameo, "1121" | "115")
        || crate::context::is_state_legal_act(cameo)
}

/// The PLOVER category of CAMEO code `cameo` whose ontology entry gives `plover`: the
/// appeals (02) the ontology leaves without one are requests.
/// The official complaint (CAMEO 114) a demonstration pattern whose head is one of
/// `[state-complaint-verbs]` ("Japan protested", "Japan's protest") stands for when every actor is a state: a country, its capital, government,
/// ministry, embassy or officials, none of them people outside the state
/// (`[non-state-sectors]`), and the sentence names no demonstration (`[demonstration-cues]`).
/// The complaint is addressed to the party protested (a verb's object, or its owner, or
/// what a noun is "against"), else to the party after "to" or "with", or after "over".
fn state_complaint(
    clause: &Clause,
    pattern: &sitrep_lexicon::Pattern,
    plover: &str,
    actors: &[usize],
    how: &[String],
    head: usize,
) -> Option<sitrep_lexicon::Pattern> {
    if plover != "PROTEST"
        || !STATE_COMPLAINT_VERBS.contains(pattern.lemma.as_str())
        || actors.is_empty()
    {
        return None;
    }
    let doc = clause.doc;
    let state = |m: usize| {
        let mention = &doc.mentions[m];
        let entity = &doc.entities[mention.entity];
        let sector = mention.sector.as_deref().or(entity.sector.as_deref());
        let code_ok = entity
            .code
            .as_deref()
            .is_some_and(|c| c.len() == 3 && !entity.code_inferred);
        // The country itself, its capital, or its government and diplomats (GOV): its
        // police, soldiers or legislators protesting demonstrate, as its people outside
        // the state (`[non-state-sectors]`) do.
        let diplomatic = match sector {
            None => {
                matches!(
                    entity.entity_type,
                    sitrep_record::EntityType::Gpe | sitrep_record::EntityType::Org
                ) && entity.dict_id.is_some()
            }
            // A state's governing body stands for it whatever its sector ("Niger's
            // military government summoned ... to protest": a junta, MIL).
            Some(s) => {
                s == "GOV"
                    || entity
                        .role
                        .as_deref()
                        .is_some_and(|r| crate::words::STATE_BODY_ROLES.contains(r))
            }
        };
        // A noun's protester is its possessor ("Japan's protest", "the ministry's strong
        // protest"); "Chinese protests" names a people (an adjective), and a party found
        // further off ("the government refused to discuss the protests") is no protester.
        let named = pattern.pos == TriggerPos::Verb
            || !matches!(
                mention.kind,
                crate::doc::MentionKind::Adjective | crate::doc::MentionKind::Place
            ) && possessor_of(clause, mention.last, head);
        code_ok && diplomatic && named
    };
    // An actor taken from a coordinated verb is too far from the protest to tell a state's
    // complaint from its people's ("the authorities agreed ... after Jordanians protested"),
    // and "protesting youths" is no act of its own.
    if !actors.iter().all(|&a| state(a))
        || how.iter().any(|h| h.contains("coordinated verb"))
        || is_attributive_participle(clause, head)
    {
        return None;
    }
    // The protesters are named before the verb ("thousands of Kenyans protested"); what
    // follows it is what is protested ("protested the arrest of two activists").
    if (0..head).any(|k| DEMONSTRATION_CUES.contains(clause.words[k])) {
        return None;
    }
    let mut complaint = pattern.clone();
    complaint.cameo = "114".into();
    let slots: &[&str] = match pattern.pos {
        TriggerPos::Verb => &["obj", "to", "with", "against", "over"],
        // "China's protests against the U.S. arms sale to Taiwan": what a protest noun is
        // against comes first; a "to" may sit inside it.
        TriggerPos::Noun => &["against", "to", "with", "over"],
    };
    complaint.recipient = slots
        .iter()
        .map(|s| match *s {
            "obj" => sitrep_lexicon::Slot::Object,
            p => sitrep_lexicon::Slot::Prep(p.to_string()),
        })
        .collect::<Vec<_>>()
        .into();
    Some(complaint)
}

/// Does the mention ending before global token `end` own the noun at local token `head`:
/// a genitive ("'s") and at most two adjectives between them ("Japan's strong protest")?
fn possessor_of(clause: &Clause, end: usize, head: usize) -> bool {
    let Some(from) = end.checked_sub(clause.first) else {
        return false;
    };
    from < head
        && head - from <= 3
        && matches!(clause.words[from], "'s" | "'")
        && (from + 1..head).all(|l| clause.tags[l] == Tag::JJ)
}

fn plover_of(cameo: &str, plover: Option<&str>) -> Option<String> {
    match plover {
        Some(p) => Some(p.to_string()),
        None if cameo.starts_with("02") => Some("REQUEST".to_string()),
        None => None,
    }
}

/// Are mentions `a` and `b` one party: the same entity, or a country and one of its own
/// people or bodies ("the U.S." and "Trump")? With `people_apart`, a country's people
/// outside its state (`[non-state-sectors]`) are a party of their own.
pub(crate) fn same_side(clause: &Clause, a: usize, b: usize, people_apart: bool) -> bool {
    let doc = clause.doc;
    let (ea, eb) = (
        &doc.entities[doc.mentions[a].entity],
        &doc.entities[doc.mentions[b].entity],
    );
    // Insurgents and armed groups fight or treat with their country's state; they are no
    // body of it ("Congo and the M23 rebels signed a truce").
    // Only a group whose country is stated: "militants" given the story's country could
    // be anyone's.
    let armed_group = |e: &crate::doc::EntityInfo| {
        matches!(e.sector.as_deref(), Some("REB" | "UAF" | "SEP" | "INS")) && !e.code_inferred
    };
    // A country's opposition, civilians, press or business are not its state
    // (`[non-state-sectors]`): "Belarus jailed opposition activists" is two parties.
    // The opposition (sector OPP: opposition parties and leaders, dissidents, protesters)
    // is a party apart from its state whatever the act: "Zimbabwe's opposition accused
    // Harare of rigging the vote", "Bangladesh rejected the opposition's demand" are
    // disputes at home, never one party's talk to itself (CAMEO `ZWE OPP` against `ZWE`).
    let non_state = |m: usize| {
        let sector = doc.mention_sector(m);
        sector == Some("OPP")
            || (people_apart
                && sector.is_some_and(|s| NON_STATE_SECTORS.contains(&s.to_ascii_lowercase())))
    };
    // A region's own government ("Puntland", "the Kurdistan Regional Government": a
    // `governed-region` entry, id CODE:slug) deals with its state's as another party.
    let regional_government =
        |e: &crate::doc::EntityInfo| e.dict_id.as_deref().is_some_and(|id| id.contains(':'));
    // "Ethiopia's prime minister and his cabinet", "the president and his ministers": a
    // body owned, through a possessive pronoun right before it, by the other party is that
    // party's own (a leader and the government he heads are one side, not two that meet).
    let owned_by = |owned: usize, owner: usize| {
        let first = doc.mentions[owned].first;
        // Never a rival or an armed foe ("Kiir and his rival, opposition leader Machar").
        let opponent = matches!(
            doc.mention_sector(owned),
            Some("OPP" | "REB" | "INS" | "SEP" | "UAF" | "CRM")
        );
        !opponent
            && first > 0
            && matches!(doc.norm(first - 1), "his" | "her" | "its" | "their")
            && doc.mention_at[first - 1] != crate::doc::NONE
            && doc.mentions[doc.mention_at[first - 1] as usize].entity == doc.mentions[owner].entity
    };
    doc.mentions[a].entity == doc.mentions[b].entity
        || (ea.code.is_some() && ea.code == eb.code && (owned_by(a, b) || owned_by(b, a)))
        || (ea.code.is_some()
            && ea.code == eb.code
            && !armed_group(ea)
            && !armed_group(eb)
            && !regional_government(ea)
            && !regional_government(eb)
            && !non_state(a)
            && !non_state(b)
            && (ea.entity_type == sitrep_record::EntityType::Gpe
                || eb.entity_type == sitrep_record::EntityType::Gpe))
}

/// "two Canadians detained in China", "the crew held by Iran": the party after a holding
/// participle's "in" or "by" (`[holding-participles]`) within a few words after the
/// trigger `head`, of another country than the appealing party's `own`.
pub(crate) fn holder_after(clause: &Clause, head: usize, own: Option<&str>) -> Option<usize> {
    let end = clause.len().min(head + 14);
    (head + 1..end.saturating_sub(2))
        .take_while(|&l| !matches!(clause.words[l], ";" | "saying" | "who" | "which"))
        .find_map(|l| {
            if !HOLDING_PARTICIPLES.contains(clause.words[l])
                || !matches!(clause.words[l + 1], "in" | "by")
            {
                return None;
            }
            let at = if clause.words[l + 2] == "the" {
                l + 3
            } else {
                l + 2
            };
            let at = at.min(clause.len() - 1);
            // "Armenian prisoners held in Baku", "hostages held in Gaza": a country named
            // only through the place they are held in (its `Place` mention) holds them.
            let r = clause.mention(at).or_else(|| {
                let doc = clause.doc;
                (clause.words[l + 1] == "in")
                    .then(|| {
                        (0..doc.mentions.len()).find(|&m| {
                            doc.mentions[m].kind == crate::doc::MentionKind::Place
                                && doc.mentions[m].first == clause.first + at
                        })
                    })
                    .flatten()
            })?;
            let code = doc_code(clause, r)?;
            (Some(code) != own).then_some(r)
        })
}

fn doc_code<'c>(clause: &'c Clause, m: usize) -> Option<&'c str> {
    let doc = clause.doc;
    doc.entities[doc.mentions[m].entity].code.as_deref()
}

/// The rule's note on a noun event that is the direct object of a light verb ("made a
/// string of arrests"): the verb and the noun tell one act, which needs no recipient more
/// than the verb would.
const LIGHT_VERB_OBJECT: &str = "the noun is the direct object of a light verb";

/// The notes of how a pattern's slots were filled, in order, for the event's rule (read as
/// the list of them), with the sources later stages ask about, typed: a note naming such a
/// source is pushed with it ([`How::actor`], [`How::actor_slot`], [`How::light_verb_object`]),
/// so the two never part.
#[derive(Default)]
struct How {
    notes: Vec<String>,
    slots: SlotSources,
}

impl How {
    /// A note on the actor found at `source`.
    fn actor(&mut self, source: ActorSource, note: impl Into<String>) {
        self.slots.actor = source;
        self.notes.push(note.into());
    }

    /// A note on the actor a syntactic slot gave: a `by` agent's, or another
    /// ([`Slot::by_agent`]).
    fn actor_slot(&mut self, slot: &Slot, note: String) {
        let source = if slot.by_agent {
            ActorSource::ByAgent
        } else {
            ActorSource::Other
        };
        self.actor(source, note);
    }

    /// The note that the noun trigger is a light verb's direct object.
    fn light_verb_object(&mut self) {
        self.slots.light_verb_object = true;
        self.notes.push(LIGHT_VERB_OBJECT.into());
    }

    /// Forget every note and source (a pattern read again as another).
    fn clear(&mut self) {
        self.notes.clear();
        self.slots = SlotSources::default();
    }
}

impl std::ops::Deref for How {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.notes
    }
}

impl std::ops::DerefMut for How {
    fn deref_mut(&mut self) -> &mut Vec<String> {
        &mut self.notes
    }
}

/// The rule text of a protest told without its protesters (`assemble.rs` names the
/// people of the country where it happens as its actor).
pub(crate) const PROTEST_WITHOUT_PROTESTERS: &str =
    "actor: the people of the country where it happens (a protest told without its protesters)";
/// A definite mutual act noun's two sides, named by the sentences before.
const STORY_PAIR_HOW: &str = "the two sides the sentences before name";
const BETWEEN_HOW: &str = "the two sides named after `between`";
/// "talks between Iran and the United States, Britain, France, Germany, Russia and China":
/// one side, then after its `and` a list of three or more, the other side (two sides,
/// not every pair of the seven).
const BETWEEN_ONE_AND_LIST_HOW: &str =
    "the one side named after `between` and each of the list after its `and`";

/// After `between`, is the first party joined by `and` to a list of at least two more that
/// is itself comma-separated ("Iran and the United States, Britain, ... and China")?
/// Then the first is one side and the list the other; "between A, B and C" stays three
/// sides.
fn one_side_and_a_list(clause: &Clause, ms: &[usize]) -> bool {
    if ms.len() < 3 {
        return false;
    }
    let doc = clause.doc;
    let local = |t: usize| t.checked_sub(clause.first);
    let (Some(end0), Some(start1), Some(end1), Some(start2)) = (
        local(doc.mentions[ms[0]].last),
        local(doc.mentions[ms[1]].first),
        local(doc.mentions[ms[1]].last),
        local(doc.mentions[ms[2]].first),
    ) else {
        return false;
    };
    let joined_by_and = end0 <= start1
        && (end0..start1).all(|k| matches!(clause.words[k], "and" | "the"))
        && (end0..start1).any(|k| clause.words[k] == "and");
    let listed_by_comma = end1 <= start2 && (end1..start2).any(|k| clause.words[k] == ",");
    joined_by_and && listed_by_comma
}

/// Is the noun at local token `head` the subject of a verb saying it took effect ("the
/// truce came into force", "took hold", "began")? Such a truce was declared and holds now,
/// where one named alone may be hoped for, proposed or long past.
fn took_effect(clause: &Clause, head: usize) -> bool {
    let Some(tree) = clause.tree() else {
        return false;
    };
    let Some(verb) = tree.head(head).filter(|_| tree.rel(head).is_subject()) else {
        return false;
    };
    // "a truce between Israel and Lebanon was agreed": concluded, so declared ("was not
    // agreed" concludes nothing).
    if tree.rel(head) == sitrep_parser::Rel::Nsubjpass
        && crate::words::TRUCE_CONCLUDED_PASSIVES.contains(clause.words[verb])
        && tree
            .children(verb)
            .all(|c| tree.rel(c) != sitrep_parser::Rel::Neg)
    {
        return true;
    }
    (1..=3).any(|n| {
        clause
            .words
            .get(verb..verb + n)
            .is_some_and(|phrase| crate::words::TAKING_EFFECT_PHRASES.contains_phrase(phrase))
    })
}

/// The rule's words for a threat whose slot named the actor's own side, aimed at the party
/// the actor accused in the sentence.
const OWN_FORCE_THREAT: &str =
    "the party named is the actor's own side; recipient: the party the same actor accused earlier in the sentence (the threat warns the accused)";
const THEY_LIST_HOW: &str =
    "the parties a plural reference points back to (`they`: the list or pair named before)";
const PAIR_HOW: &str = "the pair the story is about (`both sides`, `the two countries`)";

/// "accused each other", "blamed one another", "expressed respect for each other",
/// "imposed sanctions on one another", "pledged to support each other": the object of
/// the verb at `head`, of a preposition in its phrase or of an infinitive right after it
/// (a few words on, no clause between), is its coordinated subject, each party acting on
/// the other.
fn mutual_object(clause: &Clause, head: usize) -> bool {
    // "Each side accused the other": after a subject "each ...", "the other" is the
    // other side.
    let each_subject = (0..head).any(|k| {
        clause.words[k] == "each" && crate::words::EACH_PAIR_NOUNS.contains(clause.words[k + 1])
    });
    let reciprocal = |k: usize| {
        matches!(
            (clause.words.get(k), clause.words.get(k + 1)),
            (Some(&"each"), Some(&"other")) | (Some(&"one"), Some(&"another"))
        ) || (each_subject
            && clause.words.get(k) == Some(&"the")
            && clause.words.get(k + 1) == Some(&"other")
            && clause
                .tags
                .get(k + 2)
                .is_none_or(|t| !t.is_noun() && *t != Tag::JJ))
    };
    if reciprocal(head + 1) {
        return true;
    }
    let end = (head + 6).min(clause.len());
    for k in head + 2..end {
        let w = clause.words[k];
        // "pledged to support each other", "vowed to defend one another": the
        // infinitive the pattern's keyword names takes the reciprocal as its object.
        if clause.is_verb(k) && clause.words[k - 1] == "to" && reciprocal(k + 1) {
            return true;
        }
        if matches!(w, "," | ";" | ":" | "and" | "but") || clause.is_verb(k) {
            return false;
        }
        if reciprocal(k) {
            return clause.tags[k - 1] == Tag::IN;
        }
    }
    false
}

/// "both sides", "both countries", "the two governments", "the two neighbouring
/// countries": a phrase that names the story's two parties without naming them.
pub(crate) fn is_pair_phrase(clause: &Clause, s: usize, e: usize) -> bool {
    s < e
        && e <= clause.len()
        && crate::words::is_pair_phrase(&clause.words[s..e])
        // "Each side accused the other": "each" names the pair only with "the other" after
        // it ("each side freed 390 prisoners" tells the swap again, each on its own).
        && (clause.words[s] != "each" || other_after(&clause.words, e))
}

/// The start of the last pair phrase ("both governments", "the two sides") that ends before
/// local token `before` in the clause, if there is one.
fn pair_phrase_before(clause: &Clause, before: usize) -> Option<usize> {
    (0..before).rev().find(|&s| {
        (2..=4)
            .map(|n| s + n)
            .filter(|&e| e <= before)
            .any(|e| is_pair_phrase(clause, s, e))
    })
}

/// A mediation (045) whose recipient slot holds only parties named in an aside of
/// accompaniment ("Oman mediated the exchange together with Qatar") names no sides: the
/// `with` slot took a co-mediator, who shares the mediation, so it joins the actor and the
/// recipient is left empty (session 33, active and passive alike).
fn co_mediators_join_the_actor(
    clause: &Clause,
    m: &PatternMatch,
    actor: &mut Slot,
    recipient: &mut Slot,
    how: &mut How,
) {
    if clause.knowledge.lexicon.pattern(m.pattern).cameo == "045"
        && !recipient.mentions.is_empty()
        && recipient.mentions.iter().all(|&r| accompanying(clause, r))
    {
        actor
            .mentions
            .extend(std::mem::take(&mut recipient.mentions));
        *recipient = Slot::default();
        how.push(
            "actor: also the party the mediation was shared with (`together with`: a co-mediator, no side)"
                .to_string(),
        );
    }
}

/// Is mention `a` named in an aside of accompaniment ("along with Britain", "together with
/// the EU", "as well as Japan")?
fn accompanying(clause: &Clause, a: usize) -> bool {
    // A party of the story's pair may be named in another sentence.
    let Some(mut l) =
        (clause.doc.mentions[a].first.checked_sub(clause.first)).filter(|&l| l < clause.len())
    else {
        return false;
    };
    // "along with the EU", "together with his Mozambican counterpart".
    if l >= 1
        && matches!(
            clause.words[l - 1],
            "the" | "a" | "an" | "his" | "her" | "its" | "their"
        )
    {
        l -= 1;
    }
    let w = |n: usize| l.checked_sub(n).map(|k| clause.words[k]);
    matches!((w(2), w(1)), (Some("along" | "together"), Some("with")))
        || (w(3), w(2), w(1)) == (Some("as"), Some("well"), Some("as"))
        // "together with Qatar and the United States": a party coordinated after one named
        // so accompanies too (session 33).
        || conjunct_before(clause, a).is_some_and(|c| c != a && accompanying(clause, c))
}

/// The coded party coordinated by "and" right before mention `m` ("X and the opposition
/// Y": X), past an article and qualifiers of a party's name (words.txt
/// `[party-qualifiers]`) opening `m`'s phrase; a possessive "'s" after it is its own.
fn conjunct_before(clause: &Clause, m: usize) -> Option<usize> {
    let doc = clause.doc;
    let mut k = doc.mentions[m].first.checked_sub(clause.first)?;
    while k > 0
        && (clause.words[k - 1] == "the"
            || crate::words::PARTY_QUALIFIERS.contains(clause.words[k - 1]))
    {
        k -= 1;
    }
    if k < 2 || clause.words[k - 1] != "and" {
        return None;
    }
    clause.mention(k - 2).filter(|&c| {
        c != m
            && doc.mentions[c].entity != doc.mentions[m].entity
            && doc.entities[doc.mentions[c].entity].code.is_some()
    })
}

/// Does "the other" follow at or after local token `from`?
pub(crate) fn other_after(words: &[&str], from: usize) -> bool {
    (from..words.len().saturating_sub(1)).any(|k| words[k] == "the" && words[k + 1] == "other")
}

/// The start of a pair phrase owning the phrase that ends at local token `end` ("the two
/// countries' presidents", "both sides' chief negotiators": the pair phrase, a possessive
/// marker, then one to three words), if there is one.
fn possessive_pair(clause: &Clause, end: usize) -> Option<usize> {
    (end.saturating_sub(4)..end.saturating_sub(1))
        .filter(|&p| matches!(clause.words[p], "'" | "'s"))
        .find_map(|p| {
            (2..=4)
                .filter(|&n| p >= n)
                .map(|n| p - n)
                .find(|&s| is_pair_phrase(clause, s, p))
        })
}

/// The two coded parties the story is about at local token `before` (`Doc::story_pair`).
pub(crate) fn story_pair(clause: &Clause, before: usize) -> Option<Vec<usize>> {
    story_pair_acted_on(clause, before, &[])
}

/// [`story_pair`] for a pair acted on by `actors`, who are not one of its two sides.
pub(crate) fn story_pair_acted_on(
    clause: &Clause,
    before: usize,
    actors: &[usize],
) -> Option<Vec<usize>> {
    // "the United Nations says both sides have committed abuses": the reporter is not one
    // of the sides, so this sentence's text before the phrase is no guide.
    let mut r = before;
    if r > 0 && clause.words[r - 1] == "that" {
        r -= 1;
    }
    let reported = r > 0 && crate::words::REPORTING_VERBS.contains(clause.words[r - 1]);
    let doc = clause.doc;
    let without: Vec<&str> = actors
        .iter()
        .filter_map(|&a| doc.entities[doc.mentions[a].entity].code.as_deref())
        .collect();
    doc.story_pair_without(clause.first + before, reported, &without)
}

/// Meetings, support and intents to cooperate: the acts diplomatic copy tells of "the two"
/// leaders it has just named.
fn is_cooperative(plover: &str) -> bool {
    matches!(plover, "CONSULT" | "SUPPORT" | "AGREE" | "COOPERATE")
}

/// Verbal reactions target the owner of what they react to ("condemned Russia's
/// invasion", "labeled Macron's remarks"); material acts do not ("backing of Russia's
/// stance" is no act on Russia).
fn possessor_is_target(plover: &str) -> bool {
    matches!(
        plover,
        "ACCUSE" | "REJECT" | "SUPPORT" | "REQUEST" | "THREATEN"
    )
}

/// The object of the slot preposition `prep` that the parse hangs on the verb at local
/// token `head`, where an earlier `prep` of `from..to` hangs on something else: "laid the
/// blame for the attack on the embassy squarely on Iran" is laid on Iran, not on the
/// embassy attacked. `None` where the first `prep` is the verb's own or not inside another
/// preposition's object, or no later one is the verb's (the linear reading then stands).
fn verb_attached_prep_object(
    clause: &Clause,
    prep: &str,
    head: usize,
    from: usize,
    to: usize,
) -> Option<Slot> {
    let tree = clause.tree()?;
    let to = to.min(clause.len());
    let mut found = (from..to).filter(|&k| clause.words[k] == prep);
    let first = found.next()?;
    // Only a first preposition inside another preposition's object ("for the attack on
    // the embassy") is set aside: one on the direct object ("reached a deal with Armenia")
    // names the partner as often as the parse hangs it there.
    let inside_prep_object = tree
        .head(first)
        .is_some_and(|h| h != head && tree.rel(h) == sitrep_parser::Rel::Pobj);
    if !inside_prep_object {
        return None;
    }
    let own = found.find(|&k| tree.head(k) == Some(head))?;
    clause.prep_object(prep, own, to)
}

/// The first of the pattern's slots that names a party, in the pattern's order, except
/// where a later `obj` slot is plainly the better reading:
/// - a setting preposition ("in", "at") whose object is the actor's own side is where the
///   act took place ("Trump hosted Erdogan in the White House", "Putin received him in the
///   Kremlin"), not its recipient;
/// - a `by` phrase after a direct object that already names a party qualifies part of that
///   object ("dismissed the U.N. findings and statements by Bennett"): the object's party
///   is the recipient.
fn find_recipient(
    clause: &Clause,
    slots: &[LexSlot],
    from: usize,
    to: usize,
    plover: &str,
    actors: &[usize],
    head: usize,
) -> Option<Slot> {
    // Whether the slot's noun phrase holds a word of `list`, and a coded party.
    let phrase_has = |s: &Slot, list: &sitrep_lexicon::WordList| {
        clause.words[s.np.0..s.np.1.min(clause.len())]
            .iter()
            .any(|w| list.contains(w))
    };
    let names_coded = |s: &Slot| s.mentions.iter().any(|&r| coded(clause.doc, r).is_some());
    // A state expelling another's diplomats acts on their state ("declared Serbia's
    // ambassador persona non grata", "expelled Russia's military attache"), as a verbal
    // reaction targets the owner of what it reacts to.
    let object = || {
        clause.direct_object(from, to).filter(|s| {
            s.how != "possessor in the direct object"
                || possessor_is_target(plover)
                || plover == "SANCTION"
                // A concession to a party's demand, call or conditions ("complied with
                // Washington's demand") is made to that party (`[demand-nouns]`).
                || (plover == "CONCEDE"
                    && phrase_has(s, &crate::words::DEMAND_NOUNS))
                // A material act on a party's property, forces, positions, territory
                // or assets ("attacked Ukraine's power plants", "froze the Central Bank
                // of Russia's reserves") is done to their owner, unless they are the
                // actor's own (`[owner-standing-heads]`).
                // An armed group of the actor's own country is no part of the actor's
                // side (session 30, wire-p: "the army attacked positions of Boko Haram",
                // "fired missiles at hideouts of Jaish al-Adl").
                || (matches!(plover, "ASSAULT" | "COERCE" | "RETREAT")
                    && phrase_has(s, &crate::words::OWNER_STANDING_HEADS)
                    && names_coded(s)
                    && !s.mentions.iter().any(|&r| {
                        on_actor_side(clause, actors, r)
                            && !actors.iter().any(|&a| armed_apart(clause, a, r))
                    }))
                // The same for a party's own people ("police arrested hundreds of its
                // members", "soldiers abducted his supporters": `[party-people-nouns]`),
                // who stand for it; an opposition or a union is a side apart from its
                // state's police (`same_side`), though of the same country.
                || (matches!(plover, "ASSAULT" | "COERCE")
                    && phrase_has(s, &crate::words::PARTY_PEOPLE_NOUNS)
                    && names_coded(s)
                    && !s
                        .mentions
                        .iter()
                        .any(|&r| actors.iter().any(|&a| same_side(clause, a, r, true))))
                // Aid goes to the owner of what it pays for, refills or rebuilds
                // ("restocked Israel's interceptors", "funds Malawi's school meals"),
                // unless that is the giver's own ("sent its jets to Poland").
                || (plover == "AID"
                    && !actors.is_empty()
                    && s.mentions.iter().any(|&r| coded(clause.doc, r).is_some())
                    && !s
                        .mentions
                        .iter()
                        .all(|&r| on_actor_side(clause, actors, r)))
        })
    };
    let has_object_slot = slots.iter().any(|s| matches!(s, LexSlot::Object));
    let prep_slot = |p: &str| {
        verb_attached_prep_object(clause, p, head, from, to)
            .or_else(|| clause.prep_object(p, from, to))
    };
    for slot in slots {
        let found = match slot {
            LexSlot::Object => match object() {
                Some(o) if !o.mentions.is_empty() => Some(o),
                o => small_clause_subject(clause, head, from, to).or(o),
            },
            LexSlot::Prep(p) => prep_slot(p).filter(|s| {
                let setting = matches!(p.as_str(), "in" | "at");
                // "fired tear gas at protesters marching on parliament": the people of the
                // state's own country (protesters, the opposition, civilians: words.txt
                // `[non-state-sectors]`) are whom its act is aimed at, not where it happens.
                let sector =
                    |m: usize| clause.doc.mention_sector(m).map(|s| s.to_ascii_lowercase());
                let non_state =
                    |m: usize| sector(m).is_some_and(|s| NON_STATE_SECTORS.contains(&s));
                let state_at_its_people = |r: usize| {
                    non_state(r) && actors.iter().all(|&a| sector(a).is_some() && !non_state(a))
                };
                let own_setting = setting
                    && !actors.is_empty()
                    && s.mentions
                        .iter()
                        .all(|&r| on_actor_side(clause, actors, r) && !state_at_its_people(r));
                // "hosted Ukrainian officials in Saudi Arabia": the place comes after a
                // direct object that names a party of its own (coded in the text, not the
                // actor's side, not a force whose country is guessed, nor one that takes
                // its country from the place: "deployed troops in Mali").
                let code = |r: usize| {
                    clause.doc.entities[clause.doc.mentions[r].entity]
                        .code
                        .as_deref()
                };
                let place_after_party = setting
                    && has_object_slot
                    && clause.direct_object(head + 1, to).is_some_and(|o| {
                        o.how == "direct object"
                            && o.np.1 <= s.np.0
                            && !o.mentions.is_empty()
                            && o.mentions.iter().all(|&r| {
                                let e = &clause.doc.entities[clause.doc.mentions[r].entity];
                                e.code.is_some()
                                    && !e.code_inferred
                                    && !on_actor_side(clause, actors, r)
                                    && s.mentions.iter().all(|&q| code(q) != code(r))
                            })
                    });
                // From the verb: the pattern may end on a keyword inside the object
                // ("the U.N. findings").
                let by_inside_object = p == "by"
                    && has_object_slot
                    && clause.direct_object(head + 1, to).is_some_and(|o| {
                        o.how != "possessor in the direct object" && o.np.1 < s.np.0
                    });
                // "voiced concern, with Blinken speaking by phone": the noun of an
                // absolute `with` clause is its participle's subject, not a party.
                let absolute = p == "with"
                    && s.np.1 < clause.len()
                    && clause.tags[s.np.1] == Tag::VBG
                    && clause
                        .tree()
                        .is_some_and(|t| t.rel(s.np.1) == sitrep_parser::Rel::Pcomp);
                // "denounced Uganda's detention of two Kenyan activists", "condemned
                // Russia's shelling of Kharkiv", "slammed Washington's decision to revoke
                // the visas of Supreme Court judges": the phrase qualifies an object (or
                // the infinitive that completes it) whose possessor did the act reacted
                // to, and that author is the target (`possessor_is_target`), not the
                // act's own victim. A comma or a semicolon ends the object.
                let inside_owned_object = matches!(p.as_str(), "of" | "against" | "on")
                    && has_object_slot
                    && possessor_is_target(plover)
                    && object().is_some_and(|o| {
                        o.how == "possessor in the direct object"
                            && o.np.1 < s.np.0
                            && (clause.words[o.np.1] == p.as_str()
                                || (clause.words[o.np.1] == "to"
                                    && !clause.words[o.np.1..s.np.0]
                                        .iter()
                                        .any(|w| matches!(*w, "," | ";"))))
                            && !o.mentions.iter().any(|&r| on_actor_side(clause, actors, r))
                    });
                // "condemned the U.S. and British strikes as a violation of Yemen's
                // sovereignty": a phrase inside the `as` predicate said of an object that
                // names a party of its own describes that object; the object's party is
                // the target, not the one the predicate names.
                let inside_as_predicate = has_object_slot
                    && object().is_some_and(|o| {
                        o.how == "direct object"
                            && o.np.1 < s.np.0
                            && clause.words[o.np.1] == "as"
                            && !o.mentions.is_empty()
                            && !o.mentions.iter().any(|&r| on_actor_side(clause, actors, r))
                    });
                !own_setting
                    && !place_after_party
                    && !by_inside_object
                    && !absolute
                    && !inside_owned_object
                    && !inside_as_predicate
            }),
        };
        if found.is_some() {
            return found;
        }
    }
    // "Kikwete, along with his Mozambican counterpart, signed agreements": a partner set
    // off before the verb by `along with` or `together with` is whom the act is done
    // with, the pattern's `with` slot.
    if slots
        .iter()
        .any(|sl| matches!(sl, LexSlot::Prep(p) if p == "with"))
    {
        if let Some(partner) = comitative_partner(clause, head, actors) {
            return Some(partner);
        }
    }
    // "welcomed the announcement that Ukraine had agreed to a ceasefire", "condemned
    // reports that Russia had moved troops": a reaction to news of an act (`[news-nouns]`)
    // targets the party the news is about, the subject of its `that` clause.
    if possessor_is_target(plover) {
        const MAX_OBJECT_WORDS: usize = 5;
        let end = to.min(clause.len());
        let news_that = (from + 1..end.min(from + MAX_OBJECT_WORDS + 1)).find(|&k| {
            clause.words[k] == "that" && crate::words::NEWS_NOUNS.contains(clause.words[k - 1])
        });
        if let Some(slot) = news_that
            .and_then(|k| clause.np_slot(k + 1, end, "the subject of the news reacted to"))
            .filter(|o| !o.mentions.iter().any(|&r| on_actor_side(clause, actors, r)))
        {
            return Some(slot);
        }
    }
    // "pledged $1 billion to help Zambia rebuild": a `to` slot that holds an infinitive of
    // helping (`[helping-verbs]`) is for that verb's object.
    if slots
        .iter()
        .any(|sl| matches!(sl, LexSlot::Prep(p) if p == "to"))
    {
        let end = to.min(clause.len());
        if let Some(k) = (from..end.saturating_sub(2)).find(|&k| {
            clause.words[k] == "to"
                && clause.tags[k] == Tag::TO
                && crate::words::HELPING_VERBS.contains(clause.words[k + 1])
        }) {
            return clause
                .direct_object(k + 2, end)
                .filter(|o| !o.mentions.iter().any(|&r| on_actor_side(clause, actors, r)))
                .map(|o| Slot {
                    how: "the object of the helping verb after `to`",
                    ..o
                });
        }
    }
    None
}

const COMITATIVE_HOW: &str = "the partner set off by `along with` before the verb";

/// The parties of a comma-enclosed `along with` / `together with` phrase between the
/// subject and the trigger at local index `head` ("Kenya, together with Uganda, signed"),
/// when no other party stands between that phrase and the trigger; those on the actor's
/// side are left out.
fn comitative_partner(clause: &Clause, head: usize, actors: &[usize]) -> Option<Slot> {
    let k = (1..head.saturating_sub(2)).find(|&k| {
        clause.words[k - 1] == ","
            && matches!(clause.words[k], "along" | "together")
            && clause.words[k + 1] == "with"
    })?;
    let (end, mut parties) = clause.np_after(k + 2, head)?;
    let closed = end < head && clause.words[end] == ",";
    let nothing_between = (end..head).all(|l| clause.mention(l).is_none());
    // "his Mozambican counterpart": the possessive pronoun is the actor's own. The aside's
    // own parties, which the subject reading adds as co-actors, are not.
    let own: Vec<usize> = actors
        .iter()
        .copied()
        .filter(|&a| !accompanying(clause, a))
        .collect();
    parties.retain(|&r| !on_actor_side(clause, &own, r));
    (closed && nothing_between && !parties.is_empty()).then(|| Slot {
        mentions: parties,
        how: COMITATIVE_HOW,
        np: (k + 2, end),
        ..Slot::default()
    })
}

/// "the leaders of Kenya and Ethiopia", "troops from Russia and Belarus", "countries such
/// as Kenya and Tanzania": the parties of the `of`/`from`/`such as`/`including` phrase
/// after a plural noun phrase ending at local token `np_end`, when
/// that phrase names two or more and runs up to the verb group at `vg`, or up to a date
/// right before it ("the leaders of Kenya and Ethiopia on Monday signed": wire copy puts
/// the day between subject and verb).
fn parties_of_plural(clause: &Clause, np_end: usize, vg: usize) -> Option<Slot> {
    members_of_plural(clause, np_end, vg, true)
}

/// The parties a plural's `of`/`from`/`such as`/`including` phrase at local index `np_end`
/// lists, before `limit` (or a date right before it); with `to_limit`, only when the list
/// runs up to there.
fn members_of_plural(clause: &Clause, np_end: usize, limit: usize, to_limit: bool) -> Option<Slot> {
    let vg = limit;
    if np_end == 0 || np_end + 3 > vg {
        return None;
    }
    // "African countries such as Kenya and Tanzania", "Gulf states including Qatar and
    // Oman": the parties listed as the plural's members are the ones that act.
    let start = match clause.words[np_end] {
        "of" | "from" | "including" => np_end + 1,
        "such" if clause.words[np_end + 1] == "as" => np_end + 2,
        _ => return None,
    };
    if !matches!(clause.tags[np_end - 1], Tag::NNS | Tag::NNPS) {
        return None;
    }
    let phrase_end = clause.date_before(vg).filter(|&s| s > start).unwrap_or(vg);
    let (end, mut parties) = clause.np_after(start, phrase_end)?;
    // "Representatives of Venezuela's government and opposition": a country owning the
    // party named right after it ("Venezuela's government") is that party, not a member
    // of its own.
    let doc = clause.doc;
    let owner_of_next = |i: usize| {
        let (m, next) = (parties[i], parties.get(i + 1).copied());
        next.is_some_and(|n| {
            let last = doc.mentions[m].last;
            doc.entities[doc.mentions[m].entity].entity_type == sitrep_record::EntityType::Gpe
                && last < doc.tokens.len()
                && doc.norm(last) == "'s"
                && doc.mentions[n].first == last + 1
                && doc_code(clause, m) == doc_code(clause, n)
        })
    };
    let owners: Vec<usize> = (0..parties.len()).filter(|&i| owner_of_next(i)).collect();
    for i in owners.into_iter().rev() {
        parties.remove(i);
    }
    ((end == phrase_end || !to_limit) && parties.len() >= 2).then(|| Slot {
        mentions: parties,
        how: "the parties named after the plural subject",
        np: (start, end),
        ..Slot::default()
    })
}

/// "arrived in Islamabad", "visited Sevastopol", "a visit to Sochi": a visit's destination
/// named as a place (the gazetteer gives its country) is a visit to that country's
/// state. The recipient is the story's mention of that country nearest the place (the
/// country itself or its government first), else the country the place stands for; none
/// when the visitor is of that country (travel at home).
fn visited_country(
    clause: &Clause,
    slots: &[LexSlot],
    from: usize,
    to: usize,
    actors: &[usize],
) -> Option<Slot> {
    let to = to.min(clause.len());
    // The place is the object ("visited Sevastopol") or follows a slot preposition
    // ("arrived in Islamabad", "flew into Tel Aviv").
    let at_object = slots.iter().any(|sl| matches!(sl, LexSlot::Object))
        && from < to
        && clause.tags[from] == Tag::NNP;
    let k = if at_object {
        from
    } else {
        // A head's own particle may be the preposition ("fly_into": "flew into Tel Aviv").
        1 + (from.saturating_sub(1)..to.saturating_sub(1)).find(|&k| {
            matches!(clause.words[k], "in" | "into" | "to" | "at")
                && slots
                    .iter()
                    .any(|sl| matches!(sl, LexSlot::Prep(p) if p == clause.words[k]))
        })?
    };
    place_country_at(
        clause,
        k,
        actors,
        "the country of the place visited (gazetteer)",
    )
}

/// "NAIROBI - Somalia's president arrived on Tuesday for a two-day state visit": a visit
/// told in a datelined wire lead that names no destination goes to the dateline's country,
/// where the story is told from. Not for a visitor of that country or of none known
/// (travel at home), nor where the lead names a place in another country (the visit may be
/// there), nor in a later sentence (the story may follow the visitor on).
fn dateline_visited(clause: &Clause, actors: &[usize]) -> Option<Slot> {
    let doc = clause.doc;
    let (p, body) = crate::places::dateline(doc)?;
    let lead = doc.sentences.first()?;
    if clause.first >= lead.last {
        return None;
    }
    let place = &doc.places[p];
    let code = place.code.as_deref()?;
    if actors.is_empty()
        || !actors
            .iter()
            .all(|&a| coded(doc, a).is_some_and(|c| c != code))
    {
        return None;
    }
    let elsewhere = doc.places.iter().any(|q| {
        q.first >= body && q.last <= lead.last && q.code.as_deref().is_some_and(|c| c != code)
    });
    if elsewhere {
        return None;
    }
    let m = country_mention_near(doc, code, place.first, true)?;
    Some(Slot {
        mentions: vec![m],
        how: "the dateline's country (a visit told from where it happens)",
        np: (
            place.first.saturating_sub(clause.first),
            (place.last + 1).saturating_sub(clause.first),
        ),
        ..Slot::default()
    })
}

/// The party of the country a place named at local token `k` lies in (the gazetteer
/// gives its country): the story's mention of that country nearest the place (the country
/// itself or its government first), else the country the place stands for; none when an
/// actor is of that country (an act at home).
fn place_country_at(
    clause: &Clause,
    k: usize,
    actors: &[usize],
    how: &'static str,
) -> Option<Slot> {
    let doc = clause.doc;
    let at = clause.first + k;
    let i = doc.places.partition_point(|p| p.first < at);
    let place = doc.places.get(i).filter(|p| p.first == at)?;
    let code = place.code.as_deref()?;
    if actors.iter().any(|&a| coded(doc, a) == Some(code)) {
        return None;
    }
    // "arrived in Baghdad" in a story that never names Iraq: the country the place stands
    // for (its `Place` mention) is the one meant; only for an actor of known country, as
    // an uncoded one ("the minister arrived in Baghdad") may be coming home.
    let visitor_known = actors.iter().any(|&a| coded(doc, a).is_some());
    let m = country_mention_near(doc, code, at, visitor_known)?;
    Some(Slot {
        mentions: vec![m],
        how,
        np: (
            k,
            (place.last + 1)
                .saturating_sub(clause.first)
                .min(clause.len()),
        ),
        ..Slot::default()
    })
}

/// The code of mention `m`'s party, unless it was only guessed from the document.
pub(crate) fn coded<'a>(doc: &'a Doc, m: usize) -> Option<&'a str> {
    let e = &doc.entities[doc.mentions[m].entity];
    (!e.code_inferred).then_some(e.code.as_deref()).flatten()
}

/// The story's mention of country `code` that stands for a place at token `at`: the one
/// nearest the place (the country itself or its government first, then any of its
/// parties), else, where `place_mention` allows, the `Place` mention of a country the story
/// names only through its places.
pub(crate) fn country_mention_near(
    doc: &Doc,
    code: &str,
    at: usize,
    place_mention: bool,
) -> Option<usize> {
    let state = |m: usize| {
        let e = &doc.entities[doc.mentions[m].entity];
        e.entity_type == sitrep_record::EntityType::Gpe
            && matches!(
                doc.mentions[m].sector.as_deref().or(e.sector.as_deref()),
                None | Some("GOV")
            )
    };
    let distance = |m: usize| doc.mentions[m].first.abs_diff(at);
    let nearest = |filter: &dyn Fn(usize) -> bool| {
        (0..doc.mentions.len())
            .filter(|&m| doc.mentions[m].kind != MentionKind::Place)
            .filter(|&m| coded(doc, m) == Some(code) && filter(m))
            .min_by_key(|&m| distance(m))
    };
    let place_mention = || {
        (0..doc.mentions.len()).find(|&m| {
            place_mention
                && doc.mentions[m].kind == MentionKind::Place
                && doc.entities[doc.mentions[m].entity].code.as_deref() == Some(code)
        })
    };
    nearest(&state)
        .or_else(|| nearest(&|_| true))
        .or_else(place_mention)
}

/// "Qatar sent food aid to Gaza", "Turkey deployed troops to Dohuk province", "India
/// withdrew its high commissioner from Dhaka", "France pulled its soldiers out of Gao": an
/// act whose recipient is where something is sent, deployed or withdrawn from
/// (`[place-recipient-codes]`) and whose slots named no party goes to the country of a
/// foreign city or region after the verb's slot preposition of motion
/// (`[motion-prepositions]`; "out of" as "from"). Tight, as real news names places for
/// many other reasons:
/// - the act names what is sent or withdrawn (the pattern's object keyword after the
///   verb: "withdrew its troops from Jenin"); forces that themselves fall back ("Russian
///   forces withdrew from Kherson") leave a place, and whom they yield to goes unnamed;
/// - the preposition hangs on the pattern's verb in the tree ("sent troops who had fought
///   in Gaza to ..." is no transfer to Gaza), and the place is its object, perhaps as
///   "<place> province" or "the town of <place>";
/// - the gazetteer ranks the place as a city, town or region (not a landmark: a sea, a
///   desert, a crossing), or, one it does not know, the text calls it a town or region;
/// - every actor has a known country and the place is in none of them ("Russia deployed
///   troops to Kaliningrad" goes to no one);
/// - the sentence names no party of a third country (its structure is then unclear: the
///   place may be a stop on the way to that party).
fn destination_country(
    clause: &Clause,
    m: &PatternMatch,
    slots: &[LexSlot],
    to: usize,
    actors: &[usize],
) -> Option<Slot> {
    let doc = clause.doc;
    let cameo = clause.knowledge.lexicon.pattern(m.pattern).cameo.as_str();
    let names_what_is_moved = m
        .object_token
        .is_some_and(|o| o > m.head && !m.object_before_head);
    if !PLACE_RECIPIENT_CODES.contains(cameo) || actors.is_empty() || !names_what_is_moved {
        return None;
    }
    let actor_codes: Vec<&str> = actors
        .iter()
        .map(|&a| coded(doc, a))
        .collect::<Option<_>>()?;
    let tree = clause.tree()?;
    let to = to.min(clause.len());
    let is_slot = |p: &str| {
        slots
            .iter()
            .any(|sl| matches!(sl, LexSlot::Prep(s) if s == p))
    };
    let place = (m.end..to).find_map(|k| {
        // "out of Gao" is "from Gao": "of" hangs on "out", "out" on the verb.
        let out_of = clause.words[k] == "of" && k > 0 && clause.words[k - 1] == "out";
        // "deployed troops in North Kivu": forces sent in a place are sent to it.
        let sent_in = clause.words[k] == "in" && cameo.starts_with("15") && is_slot("to");
        let prep = if out_of {
            "from"
        } else if sent_in {
            "to"
        } else {
            clause.words[k]
        };
        if !MOTION_PREPOSITIONS.contains(prep) || !is_slot(prep) {
            return None;
        }
        // "called its ambassador back from Minsk": the preposition may hang on the
        // verb's particle or adverb right before it, as "of" on "out", and the tree may
        // hang that particle on the verb's direct object.
        let particle_before =
            |g: usize| g + 1 == k && (out_of || matches!(clause.tags[g], Tag::RP | Tag::RB));
        let on_the_verb = |g: usize| {
            g == m.head || tree.rel(g) == sitrep_parser::Rel::Dobj && tree.head(g) == Some(m.head)
        };
        let governor = tree.head(k).and_then(|g| {
            if particle_before(g) {
                tree.head(g)
            } else {
                Some(g)
            }
        });
        let through_particle = tree.head(k).is_some_and(particle_before);
        let governed = match governor {
            Some(g) if through_particle => on_the_verb(g),
            Some(g) => g == m.head,
            None => false,
        };
        if out_of && tree.head(k) != Some(k - 1) || !governed {
            return None;
        }
        place_object_of(clause, tree, k, to)
    })?;
    // A place the gazetteer does not know counts only where the text says it is a town
    // or region ("the southern Lebanese town of Khiam"). A country as a place is the
    // dateline's "the country" (`places::dateline_descriptions`: "sent supplies to the
    // country").
    let settlement = match place.place.as_ref() {
        Some(located) => matches!(
            located.feature,
            "populated place" | "admin1" | "admin2" | "country"
        ),
        None => crate::places::place_of(doc, place.first),
    };
    if !settlement {
        return None;
    }
    let code = place.code.as_deref().filter(|c| !c.is_empty())?;
    if actor_codes.contains(&code) {
        return None;
    }
    let third_party = (0..clause.len())
        .filter_map(|l| clause.mention(l))
        .any(|r| {
            let e = &doc.entities[doc.mentions[r].entity];
            let sector = doc.mentions[r].sector.as_deref().or(e.sector.as_deref());
            coded(doc, r).is_some_and(|c| {
                c != code && !actor_codes.contains(&c) && !crate::doc::is_transnational_code(c)
            }) && sector != Some("MED")
        });
    if third_party {
        return None;
    }
    let r = country_mention_near(doc, code, place.first, true)?;
    Some(Slot {
        mentions: vec![r],
        how: "the country of the place sent to or withdrawn from (gazetteer)",
        np: (
            place.first.saturating_sub(clause.first),
            place.last.saturating_sub(clause.first).min(clause.len()),
        ),
        ..Slot::default()
    })
}

/// "pulled 500 troops out of northeastern Syria", "Israeli forces pulled back from three
/// villages in Syria's Quneitra province", "the withdrawal of Russian forces from Homs",
/// "withdrew from the Congolese town of Bunia": a withdrawal of forces (087, 0874) yields
/// to the state whose territory is left (golden README on withdrawals), named in the
/// `from` / `out of` phrase that hangs on the trigger: a country that is the object of a
/// preposition there, or the possessor or adjective of a site of withdrawal
/// (`[withdrawal-sites]`), or the country of a place there (gazetteer) that is such an
/// object or names a site. None when that state is an actor's own (a force falling back
/// at home) or an actor has no known country; the first such country in the phrase
/// decides.
fn withdrawn_from_country(
    clause: &Clause,
    m: &PatternMatch,
    region_end: usize,
    actors: &[usize],
) -> Option<Slot> {
    use sitrep_parser::Rel;
    let doc = clause.doc;
    let actor_codes: Vec<&str> = actors
        .iter()
        .map(|&a| coded(doc, a))
        .collect::<Option<_>>()?;
    if actor_codes.is_empty() {
        return None;
    }
    let tree = clause.tree()?;
    let to = region_end.min(clause.len());
    let site = |w: &str| WITHDRAWAL_SITES.contains(w);
    let cameo = clause.knowledge.lexicon.pattern(m.pattern).cameo.as_str();
    // A blockade or siege is "of" or "on" the place; forces leave "from" or "out of" it.
    let opens = |k: usize| match clause.words[k] {
        "from" => cameo != "0872",
        "of" if clause.words[k - 1] == "out" => cameo != "0872",
        "of" | "on" | "around" => cameo == "0872",
        _ => false,
    };
    // The preposition hangs on the trigger, perhaps through its particle, its object or
    // the noun's `of` object ("the withdrawal of Russian forces from Homs"), never
    // through another verb.
    let governed = |k: usize| {
        let mut g = tree.head(k);
        for _ in 0..4 {
            match g {
                Some(h) if h == m.head => return true,
                Some(h) if clause.is_verb(h) && clause.tags[h] != Tag::RP => return false,
                Some(h) => g = tree.head(h),
                None => return false,
            }
        }
        false
    };
    // The phrase's root: the preposition, or a verb's direct object that is itself a site
    // left ("vacated two outposts in Iraq's Duhok province", "abandoned Snake Island").
    let (k, first) = match (m.head + 1..to).find(|&k| opens(k) && governed(k)) {
        Some(k) => (k, k + 1),
        None => {
            let o = (m.head + 1..to).find(|&o| {
                tree.head(o) == Some(m.head)
                    && tree.rel(o) == Rel::Dobj
                    && (site(clause.words[o])
                        || doc
                            .places
                            .iter()
                            .any(|p| p.last.checked_sub(1) == Some(clause.first + o)))
            })?;
            (o, m.head + 1)
        }
    };
    let under_k = |j: usize| {
        if j == k {
            return true;
        }
        let mut h = tree.head(j);
        for _ in 0..12 {
            match h {
                Some(x) if x == k => return true,
                Some(x) if x == m.head => return false,
                Some(x) => h = tree.head(x),
                None => return false,
            }
        }
        false
    };
    // The noun a word qualifies names a site, or is a place's name.
    let names_site = |j: usize| {
        tree.head(j).is_some_and(|h| {
            site(clause.words[h])
                || doc
                    .places
                    .iter()
                    .any(|p| p.last.checked_sub(1) == Some(clause.first + h))
        })
    };
    // The object of the phrase's own preposition ("out of Niger"), or of one that places a
    // site ("from a base near Mosul in northern Iraq"), not of one that places anything
    // else ("out of the African Union mission in Somalia").
    let object_of_site = |j: usize| tree.head(j).is_some_and(|p| p == k || names_site(p));
    let site_follows = |j: usize| (j + 1..(j + 4).min(to)).any(|l| site(clause.words[l]));
    let how = "the country whose territory the forces leave (`from` phrase)";
    let found = |mention: usize, at: usize, end: usize| -> Option<Option<Slot>> {
        let code = coded(doc, mention)?;
        if actor_codes.contains(&code) {
            // A force falling back at home yields to no one.
            return Some(None);
        }
        if crate::doc::is_transnational_code(code) {
            return None;
        }
        Some(Some(Slot {
            mentions: vec![mention],
            how,
            np: (at, end),
            ..Slot::default()
        }))
    };
    let mut j = first;
    while j < to {
        if !under_k(j) {
            j += 1;
            continue;
        }
        let at = clause.first + j;
        if let Some(r) = clause.mention(j) {
            let e = &doc.entities[doc.mentions[r].entity];
            let last = doc.mentions[r].last.saturating_sub(clause.first).min(to);
            // "evacuated their base": the actor's own pronoun names no territory.
            if e.entity_type == sitrep_record::EntityType::Gpe
                && doc.mentions[r].kind != MentionKind::Pronoun
            {
                let head = last.saturating_sub(1).max(j);
                let rel = tree.rel(head);
                let fits = (rel == Rel::Pobj && object_of_site(head))
                    || (matches!(rel, Rel::Poss | Rel::Compound) && names_site(head));
                if fits {
                    if let Some(out) = found(r, j, last) {
                        return out;
                    }
                }
            }
            j = last.max(j + 1);
            continue;
        }
        if let Some(md) = doc.modifier_covering(at) {
            let last = md.last.saturating_sub(clause.first).max(j + 1);
            if site_follows(last.saturating_sub(1)) {
                if let Some(mi) = doc.first_mention_of(md.entity) {
                    if let Some(out) = found(mi, j, last) {
                        return out;
                    }
                }
            }
            j = last;
            continue;
        }
        let i = doc.places.partition_point(|p| p.first < at);
        if let Some(place) = doc.places.get(i).filter(|p| p.first == at) {
            let last = place.last.saturating_sub(clause.first).max(j + 1);
            let head = last - 1;
            let fits = (tree.rel(head) == Rel::Pobj && object_of_site(head))
                || tree.rel(head) == Rel::Poss
                || names_site(head)
                || tree
                    .head(head)
                    .filter(|&h| clause.words[h] == "of")
                    .and_then(|h| tree.head(h))
                    .is_some_and(|n| site(clause.words[n]));
            if let Some(code) = place.code.as_deref().filter(|c| !c.is_empty() && fits) {
                if actor_codes.contains(&code) {
                    return None;
                }
                let r = country_mention_near(doc, code, at, true)?;
                return Some(Slot {
                    mentions: vec![r],
                    how: "the country of the place the forces leave (gazetteer)",
                    np: (j, last),
                    ..Slot::default()
                });
            }
            j = last;
            continue;
        }
        j += 1;
    }
    None
}

/// The place that is the object of the preposition at local token `k`: its name's head is
/// the preposition's object, or hangs on a place noun that is ("to Dohuk province", "from
/// the town of Khiam").
fn place_object_of<'a>(
    clause: &Clause<'a, '_>,
    tree: &sitrep_parser::Tree,
    k: usize,
    to: usize,
) -> Option<&'a crate::doc::PlaceMention> {
    use sitrep_parser::Rel;
    let doc = clause.doc;
    let object = (k + 1..to).find(|&o| tree.head(o) == Some(k) && tree.rel(o) == Rel::Pobj)?;
    let from = doc
        .places
        .partition_point(|p| p.first < clause.first + k + 1);
    doc.places[from..]
        .iter()
        .take_while(|p| p.first < clause.first + to)
        .find(|p| {
            let head = p.last - 1 - clause.first;
            head == object
                || (crate::places::is_place_noun(clause.words[object])
                    && match tree.head(head) {
                        Some(h) if h == object => true,
                        Some(of) if clause.words[of] == "of" => tree.head(of) == Some(object),
                        _ => false,
                    })
        })
}

/// "the border with Ukraine", "its frontier with Kenya": the party after "with" that a
/// border noun in `from..to` names.
fn border_with(clause: &Clause, from: usize, to: usize) -> Option<Slot> {
    let to = to.min(clause.len());
    let (_, end) = (from..to.saturating_sub(2))
        .filter_map(|k| Some((k, border_phrase_end(&clause.words[..to], k)?)))
        .find(|&(_, end)| end + 1 < to && clause.words[end] == "with")?;
    clause.np_slot(end + 1, to, "the party across the border (`border with X`)")
}

/// The end of a border phrase starting at local token `k`: a border noun, or a ceasefire
/// line that serves as one ("the Line of Control", "the Line of Actual Control").
fn border_phrase_end(words: &[&str], k: usize) -> Option<usize> {
    match words[k] {
        "border" | "borders" | "frontier" | "boundary" => Some(k + 1),
        "line" => match words.get(k + 1..(k + 4).min(words.len())) {
            Some(["of", "control", ..]) => Some(k + 3),
            Some(["of", "actual", "control"]) => Some(k + 4),
            _ => None,
        },
        _ => None,
    }
}

/// "to the Ukrainian border", "along its disputed Himalayan frontier": the country whose
/// adjective modifies the first border noun in `from..to`, one descriptive word at most
/// between them ("the Cambodian border area", "the Indian northern border").
fn border_adjective(clause: &Clause, from: usize, to: usize) -> Option<Slot> {
    let doc = clause.doc;
    let to = to.min(clause.len());
    let k = (from..to).find(|&k| {
        matches!(
            clause.words[k],
            "border" | "borders" | "frontier" | "boundary"
        )
    })?;
    (k.saturating_sub(2).max(from)..k).rev().find_map(|j| {
        let md = doc.modifier_covering(clause.first + j)?;
        let mi = doc.first_mention_of(md.entity)?;
        Some(Slot {
            mentions: vec![mi],
            how: "the country whose adjective names the border (`the Ukrainian border`)",
            np: (j, k + 1),
            ..Slot::default()
        })
    })
}

/// Is one of mentions `a` and `b` an armed group of a stated country (sector REB, UAF, SEP
/// or INS, its code not inferred) and the other not: two sides of one country's war ("the
/// army" and "Boko Haram"), never one party's own?
fn armed_apart(clause: &Clause, a: usize, b: usize) -> bool {
    let doc = clause.doc;
    let armed = |m: usize| {
        matches!(doc.mention_sector(m), Some("REB" | "UAF" | "SEP" | "INS"))
            && !doc.entities[doc.mentions[m].entity].code_inferred
    };
    armed(a) != armed(b)
}

/// Does mention `r` belong to the side of one of `actors`: the same entity, or a party
/// with the same country code (a government's seat, capital or office: "the White
/// House" for Trump)?
fn on_actor_side(clause: &Clause, actors: &[usize], r: usize) -> bool {
    let doc = clause.doc;
    let code = |m: usize| doc.entities[doc.mentions[m].entity].code.as_deref();
    actors.iter().any(|&a| {
        doc.mentions[a].entity == doc.mentions[r].entity
            || (code(a).is_some() && code(a) == code(r))
    })
}

/// Categories whose passive names the giver with "from" ("weapons were supplied from
/// Iran"). Not RETREAT: what forces are withdrawn or people released from is the place or
/// custody left ("French troops were withdrawn from Mali"), never the one who withdrew.
fn is_transfer(plover: &str) -> bool {
    matches!(plover, "AID" | "COOPERATE")
}

/// What a subject search found: no subject, a subject with no party in it, or parties.
#[derive(Clone, Copy)]
enum SubjectFound {
    Missing,
    NotParty,
    Party,
}

impl SubjectFound {
    fn of(subject: &Subject) -> Self {
        match subject {
            Subject::Actors(s) if !s.mentions.is_empty() => SubjectFound::Party,
            Subject::Actors(_) | Subject::NonActor(_) => SubjectFound::NotParty,
            Subject::Missing => SubjectFound::Missing,
        }
    }
}

/// A passive verb's `by` agent: absent from its region, or there with no party in it.
#[derive(Clone, Copy)]
enum AgentFound {
    Missing,
    NotParty,
}

/// How the search for the verb governing an event noun ended.
#[derive(Clone, Copy)]
enum Governing {
    NotSearched,
    NoVerb,
    Passive,
    /// The governing verb is an act of another category, whose topic the noun is.
    OtherAct,
    /// The governing verb's subject causes the act the noun names ("sparked protests").
    Caused,
    /// The governing verb heads a present-tense relative clause describing a party ("The
    /// United States, which gives Uganda $1 billion in aid a year, ...").
    Described,
    Subject(SubjectFound),
}

/// The protesters of a protest noun told as the setting ("during", "at") of the act of
/// verb `k`: the verb's direct object, before the noun's phrase at `np_start`, when every
/// party it names is of a sector protests are made of (`[protester-sectors]`).
fn protesters_of_setting(clause: &Clause, k: usize, np_start: usize) -> Option<Slot> {
    if !matches!(clause.words[np_start - 1], "during" | "at") {
        return None;
    }
    let doc = clause.doc;
    clause
        .direct_object(k + 1, np_start - 1)
        .filter(|o| o.how == "direct object" && !o.mentions.is_empty())
        .filter(|o| {
            o.mentions.iter().all(|&m| {
                let mention = &doc.mentions[m];
                mention
                    .sector
                    .as_deref()
                    .or(doc.entities[mention.entity].sector.as_deref())
                    .is_some_and(|s| PROTESTER_SECTORS.contains(&s.to_ascii_lowercase()))
            })
        })
}

/// Is the subject of the verb group at `vg` an indefinite description ("an attack on an
/// army post killed 15 soldiers", "an ambush killed nine soldiers"): an act the story
/// introduces as new, its doer unsaid, as a passive without an agent leaves it. A definite
/// act ("the offensive ... pushing IS out") is one the story tells with its doer.
fn indefinite_subject(clause: &Clause, vg: usize) -> bool {
    let Subject::NonActor((start, _)) = clause.subject(vg, 0) else {
        return false;
    };
    clause
        .words
        .get(start)
        .is_some_and(|&w| matches!(w, "a" | "an"))
}

/// Is the subject of the verb group at `vg` an explosive weapon, whose head noun is in
/// `[explosive-subject-nouns]` ("a roadside bomb killed", "the blast hit")?
fn explosive_subject(clause: &Clause, vg: usize) -> bool {
    let Subject::NonActor((start, end)) = clause.subject(vg, 0) else {
        return false;
    };
    // "No shells hit the city": no act.
    if clause.words.get(start).is_some_and(|&w| w == "no") {
        return false;
    }
    // A weapon of war heading the phrase before its first preposition ("shelling of
    // residential neighbourhoods", "air strikes on villages", "a drone strike on a
    // market"), not one that only qualifies it ("a bomb disposal team").
    let before_prep = (start..end)
        .find(|&k| clause.tags[k] == Tag::IN)
        .unwrap_or(end);
    end.checked_sub(1)
        .is_some_and(|head| EXPLOSIVE_SUBJECT_NOUNS.contains(clause.words[head]))
        || (before_prep > start && before_prep <= clause.len()) && {
            let head = before_prep - 1;
            crate::unattributed::is_war_weapon(&clause.words[start..=head], head - start)
        }
}

/// Why the pattern's recipient slots found no party: the pattern has none, neither its
/// object nor its preposition is there, or the phrase there names no party.
#[derive(Clone, Copy)]
enum RecipientSearch {
    NoSlot,
    Absent,
    PrepObjectNotParty,
    ObjectNotParty,
}

/// Which of the pattern's recipient slots is present after the trigger (`from..to`),
/// once the slot search found no party in any.
fn recipient_search(clause: &Clause, slots: &[LexSlot], from: usize, to: usize) -> RecipientSearch {
    if slots.is_empty() {
        return RecipientSearch::NoSlot;
    }
    let to = to.min(clause.len());
    let prep_there = slots.iter().any(
        |sl| matches!(sl, LexSlot::Prep(p) if (from..to).any(|k| clause.words[k] == p.as_str())),
    );
    if prep_there {
        return RecipientSearch::PrepObjectNotParty;
    }
    let k = clause.past_particles(from, to);
    let object_there = slots.iter().any(|sl| matches!(sl, LexSlot::Object))
        && k < to
        && (clause.tags[k].is_noun()
            || matches!(
                clause.tags[k],
                Tag::DT | Tag::JJ | Tag::PRP | Tag::PRPS | Tag::CD
            ));
    if object_there {
        RecipientSearch::ObjectNotParty
    } else {
        RecipientSearch::Absent
    }
}

/// One static reason per actor-side cause and recipient search outcome.
macro_rules! with_recipient {
    ($actor:literal, $recipient:expr) => {
        match $recipient {
            RecipientSearch::NoSlot => concat!($actor, "; the pattern has no recipient slot"),
            RecipientSearch::Absent => concat!($actor, "; no object or slot preposition"),
            RecipientSearch::PrepObjectNotParty => {
                concat!($actor, "; the slot preposition's object is not a party")
            }
            RecipientSearch::ObjectNotParty => concat!($actor, "; the object is not a party"),
        }
    };
}

/// Why an active verb pattern found no party in any slot.
fn active_no_slots(subject: SubjectFound, recipient: RecipientSearch) -> &'static str {
    match subject {
        SubjectFound::Missing => with_recipient!("verb: no subject", recipient),
        SubjectFound::NotParty => with_recipient!("verb: the subject is not a party", recipient),
        SubjectFound::Party => with_recipient!("verb: the subject's party set aside", recipient),
    }
}

/// Why a passive verb pattern found no party: its `by` agent and its subject (the
/// recipient of a passive).
fn passive_no_slots(agent: AgentFound, subject: SubjectFound) -> &'static str {
    match (agent, subject) {
        (AgentFound::Missing, SubjectFound::Missing) => "passive verb: no `by` agent, no subject",
        (AgentFound::Missing, SubjectFound::NotParty) => {
            "passive verb: no `by` agent, the subject is not a party"
        }
        (AgentFound::Missing, SubjectFound::Party) => {
            "passive verb: no `by` agent, the subject's party set aside"
        }
        (AgentFound::NotParty, SubjectFound::Missing) => {
            "passive verb: the `by` agent is not a party, no subject"
        }
        (AgentFound::NotParty, _) => "passive verb: the `by` agent and the subject are not parties",
    }
}

/// "the bombing of a market in Idlib by government aircraft", "the expulsion of two
/// diplomats by Poland", "a visit to Tehran by Iraq's prime minister", "an attack on the
/// convoy by militants": the `by` agent of an act noun after its `of`, `to`, `on` or
/// `against` object (the object and its own prepositional phrases, no verb, clause
/// boundary or coordination between).
/// Not for a noun counted by another ("a wave of kidnappings of school children by
/// criminal gangs", "dozens of arrests of activists by police"): that names a trend of
/// many acts, which the golden stories do not code.
fn by_agent_after_object(clause: &Clause, np_start: usize, after: usize) -> Option<Slot> {
    if !matches!(
        clause.words.get(after),
        Some(&("of" | "to" | "on" | "against"))
    ) || (np_start > 0
        && clause.words[np_start - 1] == "of"
        // "a night of shelling of Homs by Syrian forces": a span of the act (words.txt
        // `[act-span-nouns]`) before it leaves the `by` agent the act's.
        && !(np_start > 1 && crate::words::ACT_SPAN_NOUNS.contains(clause.words[np_start - 2])))
    {
        return None;
    }
    let limit = (after + 12).min(clause.len());
    let by = (after + 1..limit)
        .take_while(|&k| {
            !clause.is_verb(k)
                && !matches!(
                    clause.words[k],
                    "," | ";" | ":" | "\"" | "(" | "which" | "who" | "that" | "and" | "or"
                )
        })
        .find(|&k| clause.words[k] == "by")?;
    let end = (by + 1..(by + 10).min(clause.len()))
        .find(|&k| clause.is_verb(k) || matches!(clause.words[k], "," | ";" | "\""))
        .unwrap_or_else(|| (by + 10).min(clause.len()));
    clause
        .prep_object("by", by, end.max(by + 2))
        .filter(|s| s.np.0 == by + 1)
}

/// "Talks, the first since 2019, between Kyiv and Moscow", "Negotiations on the border
/// temples, the fourth round this year, between Thailand and Cambodia": the `between` that
/// follows an apposition in commas after the noun (and the noun's own complement before
/// it), no verb or clause word on the way: local token of the `between`.
fn between_after_apposition(clause: &Clause, end: usize) -> Option<usize> {
    let to = (end + 16).min(clause.len());
    let mut commas = 0;
    for k in end..to {
        let w = clause.words[k];
        if w == "between" {
            return (commas == 2 && clause.words[k - 1] == ",").then_some(k);
        }
        if w == "," {
            commas += 1;
            if commas > 2 {
                return None;
            }
            continue;
        }
        if clause.is_verb(k)
            || matches!(
                w,
                ";" | ":" | "\"" | "(" | "which" | "who" | "that" | "and" | "or" | "but"
            )
        {
            return None;
        }
    }
    None
}

/// Where a trailing attribution begins (", an Omani official said", ", officials said"):
/// the last comma followed by a verb of saying, else the clause's end.
fn attribution_start(clause: &Clause) -> usize {
    let n = clause.len();
    (0..n)
        .rev()
        .find(|&k| clause.words[k] == ",")
        .filter(|&c| {
            (c + 1..n)
                .any(|k| clause.is_verb(k) && crate::words::SPEECH_VERBS.contains(clause.words[k]))
        })
        .unwrap_or(n)
}

/// "The strike was the first by Israel on Iranian soil", "Monday's expulsion of the
/// ambassador is the first by Mali of an Algerian envoy", "The accusation, made at the UN
/// on Friday, was the most direct yet by Kinshasa against Kigali": the event noun is the
/// subject of a copula whose predicate ranks it ("the first", "the largest", "the most
/// direct yet") among acts of a doer or between two sides; the local token of `prep`
/// ("by" or "between") that follows the ranking. The noun's own complement and a
/// participle or apposition may stand between noun and copula, no finite verb.
fn copular_predicate_prep(clause: &Clause, end: usize, prep: &str) -> Option<usize> {
    let to = (end + 16).min(clause.len());
    let copula = (end..to)
        .take_while(|&k| {
            let clause_word =
                matches!(clause.words[k], ";" | ":" | "\"" | "which" | "who" | "that");
            let finite_verb = clause.is_verb(k)
                && !matches!(clause.words[k], "is" | "are" | "was" | "were")
                && matches!(clause.tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD);
            !(clause_word || finite_verb)
        })
        .find(|&k| matches!(clause.words[k], "is" | "are" | "was" | "were"))?;
    let mut k = copula + 1;
    if !matches!(clause.words.get(k), Some(&("the" | "its" | "their"))) {
        return None;
    }
    k += 1;
    let ranked = (k..(k + 3).min(clause.len())).any(|j| {
        matches!(clause.tags[j], Tag::JJS | Tag::RBS)
            || matches!(
                clause.words[j],
                "first" | "second" | "third" | "fourth" | "fifth" | "latest" | "only"
            )
    });
    if !ranked {
        return None;
    }
    (k..(k + 5).min(clause.len()))
        .take_while(|&j| !clause.is_verb(j) && clause.words[j] != ",")
        .find(|&j| clause.words[j] == prep)
}

/// "sanctions imposed by Washington on Caracas", "airstrikes carried out by Turkish jets",
/// "The arrests, carried out by Turkish police", "New sanctions announced on Monday by the
/// European Union", "a warning issued by Beijing to Taipei": a light verb's participle
/// (`[light-verbs]` in cues.txt) reducing a relative clause on the event noun names the
/// noun's doer as its `by` agent. A mediator's or host's participle is no light verb ("talks
/// hosted by Egypt", "a truce brokered by Qatar"): its agent does not do the act.
///
/// Not when the participle is itself an act the lexicon codes ("sanctions imposed by
/// Washington on Caracas" is the verb's event, with its slots): the noun only restates it.
fn light_participle_agent(
    clause: &Clause,
    after: usize,
    verb_acts: &[(usize, String)],
) -> Option<Slot> {
    let mut k = after;
    if clause.words.get(k) == Some(&",") {
        k += 1;
    }
    if k >= clause.len() || clause.tags[k] != Tag::VBN {
        return None;
    }
    let n = clause.knowledge.cues.light_verb_at(&clause.words, k)?;
    if verb_acts.iter().any(|(h, _)| (k..k + n).contains(h)) {
        return None;
    }
    // A particle, a time phrase or a short adverb may stand before the `by`: "flown in
    // by", "announced on Monday by", "signed last week by".
    let mut by = k + n;
    let limit = (by + 4).min(clause.len());
    while by < limit
        && (clause.tags[by] == Tag::RP
            || clause.tags[by] == Tag::RB
            || clause.doc.date_tokens_covering(clause.first + by).is_some()
            || (matches!(
                clause.words[by],
                "on" | "in" | "last" | "this" | "early" | "late"
            ) && by + 1 < clause.len()
                && clause
                    .doc
                    .date_tokens_covering(clause.first + by + 1)
                    .is_some()))
    {
        by += 1;
    }
    if clause.words.get(by) != Some(&"by") {
        return None;
    }
    let end = (by + 1..(by + 10).min(clause.len()))
        .find(|&j| clause.is_verb(j) || matches!(clause.words[j], "," | ";" | "\""))
        .unwrap_or_else(|| (by + 10).min(clause.len()));
    clause
        .prep_object("by", by, end.max(by + 2))
        .filter(|s| s.np.0 == by + 1 && !s.mentions.is_empty())
}

/// "The arrests that Turkish police carried out among opposition mayors", "the raids which
/// Israeli forces conducted in Jenin": an object relative on the event noun whose verb is a
/// light verb (`[light-verbs]` in cues.txt) names the noun's doer as its subject, as the
/// `by` agent of the reduced passive does ([`light_participle_agent`]). Not when the verb is
/// an act the lexicon codes itself ("the sanctions that Britain imposed on Russia" is the
/// verb's event).
fn light_relative_subject(
    clause: &Clause,
    after: usize,
    verb_acts: &[(usize, String)],
) -> Option<Slot> {
    if !matches!(clause.words.get(after), Some(&("that" | "which"))) {
        return None;
    }
    let limit = (after + 10).min(clause.len());
    let (end, ms) = clause.np_after(after + 1, limit)?;
    if ms.is_empty() || end >= clause.len() {
        return None;
    }
    // An auxiliary may stand before the verb ("that police had carried out").
    let mut v = end;
    if matches!(clause.words[v], "has" | "have" | "had") && v + 1 < clause.len() {
        v += 1;
    }
    if !matches!(clause.tags[v], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VBN) {
        return None;
    }
    let n = clause.knowledge.cues.light_verb_at(&clause.words, v)?;
    if verb_acts.iter().any(|(h, _)| (v..v + n).contains(h)) {
        return None;
    }
    clause.np_slot(after + 1, end, "subject of an object relative")
}

/// "ready to help Iran ship its spent fuel", "will help Kenya build": a verb taking a bare
/// infinitive clause (a `ccomp` not finite, though tagged a noun: "ship"; with no auxiliary
/// or "that") acts on
/// that clause's subject, standing right after the verb, as on an object; the positional
/// reading fails where the infinitive could be a noun ("Iran ship" as one phrase).
/// Session 32 (`dropped_wire`).
fn small_clause_subject(clause: &Clause, head: usize, from: usize, to: usize) -> Option<Slot> {
    use sitrep_parser::Rel;
    let t = clause.tree()?;
    let c = t.children(head).find(|&c| {
        t.rel(c) == Rel::Ccomp
            && c < to
            && !matches!(
                clause.tags[c],
                Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VBG | Tag::VBN | Tag::MD
            )
    })?;
    if t.children(c)
        .any(|k| matches!(t.rel(k), Rel::Aux | Rel::Auxpass | Rel::Mark))
    {
        return None;
    }
    // The subject's head names the party: "help its members protect" names none (a
    // possessor alone, as the direct object's reading sets it aside).
    let n = t
        .child(c, Rel::Nsubj)
        .filter(|&n| n >= from && n < c && clause.mention(n).is_some())?;
    let mut start = from;
    while start < n && (clause.tags[start].is_adverb() || clause.tags[start] == Tag::RP) {
        start += 1;
    }
    clause.np_slot(
        start,
        n + 1,
        "subject of the bare infinitive clause the verb takes",
    )
}

/// The words of a wire dateline opening the clause ("ADDIS ABABA -"), which the parser
/// hangs on the root as `meta`; 0 without one or without a tree.
fn leading_dateline_words(clause: &Clause) -> usize {
    clause.tree().map_or(0, |t| {
        (0..clause.len())
            .take_while(|&k| t.rel(k) == sitrep_parser::Rel::Meta)
            .count()
    })
}

/// The words of a short time phrase and its comma opening the clause at `from` ("On
/// Tuesday ,", "Late on Monday ,", "Early on Wednesday ,"): only time words and the words
/// that open a time phrase (`[opening-time-words]`), ending on a time word; 0 without one.
fn leading_time_phrase_words(clause: &Clause, from: usize) -> usize {
    const MAX_PHRASE: usize = 4;
    let n = clause.len();
    let mut k = from;
    while k < n && k - from < MAX_PHRASE {
        let w = clause.words[k];
        if w == "," {
            let ends_on_time = k > from && crate::syntax::is_date_word(clause.words[k - 1]);
            return if ends_on_time { k + 1 - from } else { 0 };
        }
        if !(crate::syntax::is_date_word(w) || OPENING_TIME_WORDS.contains(w)) {
            return 0;
        }
        k += 1;
    }
    0
}

/// Why a noun pattern found no party: none in its phrase, then its `by` agent or the
/// verb governing it, and its recipient slots.
fn noun_no_slots(by_agent: bool, governing: Governing, recipient: RecipientSearch) -> &'static str {
    if by_agent {
        return with_recipient!("noun: the `by` agent is not a party", recipient);
    }
    match governing {
        Governing::NotSearched | Governing::NoVerb => {
            with_recipient!("noun: no party in its phrase, no governing verb", recipient)
        }
        Governing::Passive => with_recipient!("noun: the governing verb is passive", recipient),
        Governing::OtherAct => with_recipient!(
            "noun: the topic of the governing verb's act of another category",
            recipient
        ),
        Governing::Caused => with_recipient!(
            "noun: the governing verb's subject causes the act, it does not do it",
            recipient
        ),
        Governing::Described => with_recipient!(
            "noun: the governing verb is a present-tense relative clause describing a party",
            recipient
        ),
        Governing::Subject(SubjectFound::Missing) => {
            with_recipient!("noun: the governing verb has no subject", recipient)
        }
        Governing::Subject(SubjectFound::NotParty) => {
            with_recipient!(
                "noun: the governing verb's subject is not a party",
                recipient
            )
        }
        Governing::Subject(SubjectFound::Party) => {
            with_recipient!("noun: the governing verb's subject set aside", recipient)
        }
    }
}

/// For a candidate dropped because its subject or `by` agent named no party ("no actor:
/// the subject or agent is not a party", "verb: the subject is not a party", "noun: the
/// governing verb's subject is not a party", "... the `by` agent is not a party"), the
/// shape of that phrase: the map of which references to a doer the actor stage leaves
/// unresolved, counted over stories no one may read (`bench/golden_losses.py --dropped`).
/// Asked only where the coder records its drops (the `dropped` and `trace` tools), so it
/// costs the pipeline nothing.
fn doer_shape(
    clause: &Clause,
    m: &PatternMatch,
    pos: TriggerPos,
    reason: &str,
) -> Option<&'static str> {
    let doerless = reason.starts_with("no actor: the subject or agent is not a party")
        || reason.starts_with("verb: the subject is not a party")
        || reason.starts_with("noun: the governing verb's subject is not a party")
        || reason.contains("`by` agent is not a party")
        || reason.contains("`by` agent and the subject");
    if !doerless {
        return None;
    }
    Some(match doer_phrase(clause, m, pos) {
        Ok(np) => phrase_shape(clause, np),
        Err(missing) => missing,
    })
}

/// For a candidate dropped because its trigger was tagged as another part of speech than
/// its pattern's (`pos_agrees`), the shape of the mistag: the part the pattern wanted and
/// the tag the word was given ("a verb read as a plural noun (NNS)", "a noun read as a
/// present verb (VBP)"). Counted, with `mistag_position`, over stories no one may read.
fn mistag_shape(
    clause: &Clause,
    head: usize,
    pos: TriggerPos,
    reason: &str,
) -> Option<&'static str> {
    if reason != "trigger tagged as another part of speech" {
        return None;
    }
    let t = clause.tags[head];
    Some(match pos {
        TriggerPos::Verb => match t {
            Tag::NN => "a verb read as a singular noun (NN)",
            Tag::NNS => "a verb read as a plural noun (NNS)",
            Tag::NNP | Tag::NNPS => "a verb read as a proper noun (NNP)",
            Tag::JJ | Tag::JJR | Tag::JJS => "a verb read as an adjective (JJ)",
            Tag::IN | Tag::RP => "a verb read as a preposition or particle",
            Tag::RB => "a verb read as an adverb (RB)",
            _ => "a verb read as another part",
        },
        TriggerPos::Noun => match t {
            Tag::VB => "a noun read as a base verb (VB)",
            Tag::VBP => "a noun read as a present verb (VBP)",
            Tag::VBZ => "a noun read as a present verb (VBZ)",
            Tag::VBD => "a noun read as a past tense (VBD)",
            Tag::VBN => "a noun read as a past participle (VBN)",
            Tag::VBG => "a noun read as a gerund (VBG)",
            Tag::JJ | Tag::JJR | Tag::JJS => "a noun read as an adjective (JJ)",
            _ => "a noun read as another part",
        },
    })
}

/// Where a trigger dropped for its tag stands (`Dropped::position`): the word before it, the
/// word after it, and the kind of line.
fn mistag_position(
    clause: &Clause,
    sentence: usize,
    head: usize,
    reason: &str,
) -> Option<[&'static str; 3]> {
    if reason != "trigger tagged as another part of speech" {
        return None;
    }
    let (words, tags) = (&clause.words, clause.tags);
    let before = match head.checked_sub(1) {
        None => "sentence start",
        Some(k) => {
            let (w, t) = (words[k], tags[k]);
            if clause.mention(k).is_some() {
                "after a name"
            } else if matches!(t, Tag::OpenQuote | Tag::CloseQuote) || matches!(w, "\"" | "“" | "”")
            {
                "after a quotation mark"
            } else if matches!(w, "-" | "—" | "–" | ":") {
                "after a dash or colon"
            } else if t == Tag::Hyph || w.ends_with('-') {
                "after a hyphen"
            } else if t == Tag::CD {
                "after a number"
            } else if t == Tag::CC {
                "inside a coordination"
            } else if t == Tag::Comma {
                "after a comma"
            } else if matches!(t, Tag::DT | Tag::PRPS | Tag::POS | Tag::PDT) {
                "after a determiner or possessive"
            } else if matches!(t, Tag::JJ | Tag::JJR | Tag::JJS) {
                "after an adjective"
            } else if t.is_proper_noun() {
                "after a capitalised word, no party"
            } else if t.is_noun() {
                "after a common noun"
            } else if t == Tag::TO {
                "after `to`"
            } else if t == Tag::MD
                || crate::words::AUX.contains(w)
                || crate::words::BE_FORMS.contains(w)
            {
                "after a modal or auxiliary"
            } else if t.is_verb() {
                "after a verb"
            } else if matches!(t, Tag::IN | Tag::RP) {
                "after a preposition"
            } else if matches!(t, Tag::RB | Tag::RBR | Tag::RBS) {
                "after an adverb"
            } else if matches!(t, Tag::PRP | Tag::WP | Tag::WDT) {
                "after a pronoun"
            } else {
                "after another word"
            }
        }
    };
    let after = match words.get(head + 1) {
        None => "at the end",
        Some(&w) => {
            let t = tags[head + 1];
            if clause.mention(head + 1).is_some() {
                "before a name"
            } else if w == "by" {
                "before `by`"
            } else if w == "of" {
                "before `of`"
            } else if t == Tag::TO {
                "before `to`"
            } else if matches!(t, Tag::DT | Tag::PRPS | Tag::CD | Tag::PDT) {
                "before a determiner, possessive or number"
            } else if t.is_noun() || matches!(t, Tag::JJ | Tag::JJR | Tag::JJS) {
                "before a noun or adjective"
            } else if matches!(t, Tag::IN | Tag::RP) {
                "before a preposition"
            } else if t.is_verb() {
                "before a verb"
            } else if matches!(t, Tag::RB | Tag::RBR | Tag::RBS) {
                "before an adverb"
            } else if t == Tag::CC {
                "before a conjunction"
            } else {
                "before a punctuation mark"
            }
        }
    };
    let doc = clause.doc;
    let line = if crate::syntax::is_headline(doc, sentence) {
        "headline"
    } else if doc.sentences[sentence].kind != crate::doc::SentenceKind::Body {
        "heading or recap line"
    } else {
        "body"
    };
    Some([before, after, line])
}

/// The phrase that stands where the doer of the act at `m` would: the `by` agent of a
/// passive verb or of a noun ("the attack on the convoy by militants"), else the subject
/// of the verb, or of the verb governing the noun ("launched an attack").
/// Without one, what is missing.
fn doer_phrase(
    clause: &Clause,
    m: &PatternMatch,
    pos: TriggerPos,
) -> Result<(usize, usize), &'static str> {
    let len = clause.len();
    let by_after = |from: usize| {
        (from..(from + 10).min(len))
            .take_while(|&k| {
                !matches!(clause.words[k], "," | ";" | "\"")
                    && (k == from || !clause.is_verb(k) || clause.tags[k] == Tag::VBN)
            })
            .find(|&k| clause.words[k] == "by")
    };
    let passive = pos == TriggerPos::Verb && clause.is_passive(m.head);
    if passive || pos == TriggerPos::Noun {
        if let Some(by) = by_after(m.end.max(m.head + 1)) {
            return Ok(clause
                .np_after(by + 1, (by + 8).min(len))
                .map_or((by + 1, (by + 2).min(len)), |(end, _)| {
                    (by + 1, end.max(by + 2).min(len))
                }));
        }
        if passive {
            return Err("a passive with no `by` agent");
        }
    }
    let verb = if pos == TriggerPos::Verb {
        m.head
    } else {
        (m.head.saturating_sub(8)..m.head)
            .rev()
            .find(|&j| clause.is_verb(j) && !crate::words::AUX.contains(clause.words[j]))
            .ok_or("a noun with no verb governing it")?
    };
    match clause.subject(clause.verb_group_start(verb), 0) {
        Subject::Actors(s) => Ok(s.np),
        Subject::NonActor(np) => Ok(np),
        Subject::Missing => Err("no subject"),
    }
}

/// The shape of a doer phrase `np` that names no party, by its head (its last noun or
/// pronoun) and its first word.
fn phrase_shape(clause: &Clause, (s, e): (usize, usize)) -> &'static str {
    let e = e.min(clause.len());
    if s >= e {
        return "other";
    }
    if (s..e).any(|k| clause.mention(k).is_some()) {
        return "a phrase naming a party the slots set aside";
    }
    let Some(head) = (s..e).rev().find(|&k| {
        clause.tags[k].is_noun()
            || matches!(
                clause.tags[k],
                Tag::PRP | Tag::CD | Tag::DT | Tag::WDT | Tag::WP
            )
    }) else {
        return if (s..e).any(|k| clause.is_verb(k)) {
            "a clause"
        } else {
            "other"
        };
    };
    let first = clause.words[s];
    let definite =
        first == "the" || (s..head).any(|k| matches!(clause.tags[k], Tag::PRPS | Tag::POS));
    let role = (s..=head).any(|k| clause.doc.role_at[clause.first + k] != crate::doc::NONE);
    let lexicon = &clause.knowledge.lexicon;
    let act = !role
        && lexicon
            .patterns_for(clause.words[head])
            .iter()
            .any(|&p| lexicon.pattern(p).pos == TriggerPos::Noun);
    // (definite, indefinite, counted, bare) x (role or group, act noun, other) heads.
    const DESCRIPTIONS: [[&str; 3]; 4] = [
        [
            "a definite description, role or group head",
            "a definite description, act noun head",
            "a definite description, another head",
        ],
        [
            "an indefinite description, role or group head",
            "an indefinite description, act noun head",
            "an indefinite description, another head",
        ],
        [
            "a counted description, role or group head",
            "a counted description, act noun head",
            "a counted description, another head",
        ],
        [
            "a plural or bare common noun, role or group head",
            "a plural or bare common noun, act noun head",
            "a plural or bare common noun, another head",
        ],
    ];
    let kind = if definite {
        0
    } else if matches!(first, "a" | "an") {
        1
    } else if matches!(
        first,
        "some" | "several" | "many" | "dozens" | "hundreds" | "thousands"
    ) || clause.tags[s] == Tag::CD
    {
        2
    } else {
        3
    };
    let head_class = if role {
        0
    } else if act {
        1
    } else {
        2
    };
    match clause.tags[head] {
        Tag::PRP => "a personal pronoun",
        Tag::WDT | Tag::WP => "a relative pronoun",
        Tag::DT => "a demonstrative",
        Tag::NNP | Tag::NNPS => "a name the actor stage did not resolve",
        Tag::CD => "a bare count",
        _ if (s..head).any(|k| clause.tags[k] == Tag::VBG) && !definite => "a clause",
        Tag::NN | Tag::NNS => DESCRIPTIONS[kind][head_class],
        _ => "other",
    }
}

/// "Top diplomats from the Group of Seven leading democracies urged Russia": a verb the
/// parser gave two subjects (only one can be) whose nearer one, `s..e`, names no party;
/// the other, before the verb, does.
fn other_tree_subject(clause: &Clause, s: usize, e: usize) -> Option<Slot> {
    use sitrep_parser::Rel;
    let tree = clause.tree()?;
    let is_subject = |d: usize| matches!(tree.rel(d), Rel::Nsubj | Rel::Nsubjpass);
    let h = (s..e).find(|&k| is_subject(k))?;
    let verb = tree.head(h)?;
    let other = tree
        .children(verb)
        .filter(|&d| d != h && d < verb && is_subject(d))
        .filter(|&d| !matches!(clause.tags[d], Tag::WDT | Tag::WP))
        .min_by_key(|&d| d.abs_diff(verb))?;
    let (os, oe) = tree.span(other);
    clause.np_slot(
        os,
        oe.min(verb),
        "subject (the other subject the parser attached)",
    )
}

/// "The Ukrainian soldiers killed near Bakhmut", "schoolgirls kidnapped in Zamfara": a
/// participle hung on the party noun right before it, of a verb whose pattern takes a
/// direct object (or took that noun for it), with no subject or object of its own, is a
/// reduced passive relative clause: the
/// party is what was done to, not the doer (read as the doer, the victims of a war named in
/// passing became its attackers). Forces moved or raised ("troops stationed near the
/// border", "troops deployed to the border": `[own-side-participles]`, or a participle
/// followed by where they went) stay their own side's act. A headline's participles are
/// read by `Clause::is_passive` (its dropped auxiliaries), not here.
fn reduced_passive_of_its_object(clause: &Clause, m: &PatternMatch, slots: &[LexSlot]) -> bool {
    let takes_object = slots.iter().any(|s| matches!(s, LexSlot::Object));
    (takes_object || (m.object_before_head && m.object_token == Some(m.start.wrapping_sub(1))))
        && m.start > 0
        && clause.tags[m.head] == Tag::VBN
        && !crate::syntax::is_headline(clause.doc, clause.doc.sentence_of[clause.first] as usize)
        && clause.mention(m.start - 1).is_some()
        && !crate::words::OWN_SIDE_PARTICIPLES.contains(clause.words[m.head])
        && !matches!(
            clause.words.get(m.end),
            Some(&("to" | "into" | "toward" | "towards"))
        )
        && clause.tree().is_some_and(|t| {
            t.rel(m.head) == sitrep_parser::Rel::Acl
                && t.head(m.head) == Some(m.start - 1)
                && !t
                    .children(m.head)
                    .any(|d| t.rel(d) == sitrep_parser::Rel::Dobj || t.rel(d).is_subject())
        })
}

/// "Talks between Israel and Hamas mediated by Qatar resumed", "negotiations brokered by
/// Turkey": a mediation participle modifying the talks, with its `by` agent, is a passive
/// whose agent mediates (session 17). `Clause::is_passive` reads a participle with an agent
/// so only after a party; talks are no party, but their mediator is always the agent.
fn mediated_by_agent(clause: &Clause, m: &PatternMatch) -> bool {
    clause.tags[m.head] == Tag::VBN
        && clause.knowledge.lexicon.pattern(m.pattern).cameo == "045"
        && clause.tree().is_some_and(|t| {
            t.rel(m.head) == sitrep_parser::Rel::Acl
                && t.child(m.head, sitrep_parser::Rel::Agent).is_some()
        })
}

fn verb_slots(
    clause: &Clause,
    m: &PatternMatch,
    slots: &[LexSlot],
    region_end: usize,
    plover: &str,
    how: &mut How,
    no_slots: &mut &'static str,
) -> (Slot, Slot, usize) {
    let mut vg = clause.verb_group_start(m.head);
    // What the subject search found, for the reason given when no slot holds a party.
    let subject_found;
    let mut passive = clause.is_passive(m.head)
        || reduced_passive_of_its_object(clause, m, slots)
        || mediated_by_agent(clause, m);
    let mut actor = Slot::default();
    let mut recipient = Slot::default();
    let after = m.end;
    let role = clause.knowledge.lexicon.pattern(m.pattern).subject;
    // "said it was \"very concerned\" by", "Tokyo is seriously worried about": an
    // experiencer's participle the tagger reads as an adjective, after "be" and any
    // adverbs or quotation marks, is its passive; the verb group starts at "be".
    let adjective = clause.tags[m.head] == Tag::JJ;
    if role == SubjectRole::Experiencer
        && !passive
        && (adjective || clause.tags[m.head] == Tag::VBN)
    {
        let mut k = m.head;
        while k > 0
            && (clause.tags[k - 1].is_adverb() || clause.words[k - 1] == "\"")
            && m.head - k < 4
        {
            k -= 1;
        }
        // A linking verb stands for "be" here (session 21): "Japan remains deeply
        // concerned over", "Seoul grew alarmed at" (words.txt `[linking-verbs]`).
        // (A participle only after a linking verb: after "be" it is already a passive.)
        if k > 0
            && ((adjective && BE_FORMS.contains(clause.words[k - 1]))
                || LINKING_VERBS.contains(clause.words[k - 1]))
        {
            passive = true;
            vg = clause.verb_group_start(k - 1);
        }
    }
    if role != SubjectRole::Doer {
        // "the convoy came under fire from militants" (a victim subject), "Japan was
        // angered by China's decision" (an experiencer): the line says what the subject
        // is, in either voice, and its slots name the other party.
        // An experiencer verb in the active voice has the stimulus as its subject and
        // the one who reacts as its object: "Beijing's move angered Tokyo" (Tokyo
        // disapproves of Beijing, the possessor of the move).
        let active_experiencer = role == SubjectRole::Experiencer && !passive;
        // "Israel's plan drew praise from Washington" (a `> receiver` line): a reaction
        // received by a thing falls on its owner, as a passive reaction's does
        // (`possessor_is_target`).
        let reaction_undergone = role == SubjectRole::Victim && possessor_is_target(plover);
        clause
            .possessor_subjects
            .set(active_experiencer || reaction_undergone);
        let subject = clause.subject(vg, 0);
        clause.possessor_subjects.set(false);
        subject_found = SubjectFound::of(&subject);
        let subject = match subject {
            Subject::Actors(s) => s,
            _ => Slot::default(),
        };
        let other = if active_experiencer {
            clause
                .direct_object(after, region_end)
                .filter(|o| o.how == "direct object")
        } else {
            find_recipient(clause, slots, after, region_end, plover, &[], m.head)
        };
        if active_experiencer {
            if let Some(o) = other {
                how.actor_slot(&o, format!("actor: {} (the one the act angers)", o.how));
                actor = o;
            }
            if !subject.mentions.is_empty() {
                how.push(format!(
                    "recipient: {} (what angers the object)",
                    subject.how
                ));
            }
            recipient = subject;
        } else if role == SubjectRole::Victim {
            if !subject.mentions.is_empty() {
                how.push(format!(
                    "recipient: {} (the line's subject is the victim)",
                    subject.how
                ));
            }
            recipient = subject;
            if let Some(s) = other {
                how.actor_slot(&s, format!("actor: {} (the doer)", s.how));
                actor = s;
            } else if let Some(mi) = m
                .object_token
                .filter(|&o| o > m.head && !m.object_before_head)
                .and_then(|o| object_adjective(clause, m.head + 1, o))
            {
                // "repelled a Russian assault": the country adjective of the act
                // undergone names its doer.
                how.push("actor: the country adjective of the act undergone".into());
                actor.mentions.push(mi);
            } else if let Some(o) = clause
                .direct_object(after, region_end)
                .filter(|o| !o.mentions.is_empty())
            {
                // "suffered Russia's heaviest bombardment", "came under Hezbollah rocket
                // fire": the object is the act undergone, and a party named in it is its
                // doer.
                how.push("actor: the party named in the act undergone".into());
                actor = o;
            }
        } else {
            if !subject.mentions.is_empty() {
                how.actor_slot(
                    &subject,
                    format!("actor: {} (the line's subject reacts)", subject.how),
                );
            }
            actor = subject;
            if let Some(s) = other {
                how.push(format!("recipient: {} (what the subject reacts to)", s.how));
                recipient = s;
            }
        }
    } else if passive {
        // "Israel's settlement plan was condemned by Jordan": a verbal reaction to
        // something targets its owner, as in the active voice.
        clause.possessor_subjects.set(possessor_is_target(plover));
        clause.plural_role_subjects.set(true);
        let subject = clause.subject(vg, 0);
        clause.plural_role_subjects.set(false);
        clause.possessor_subjects.set(false);
        subject_found = SubjectFound::of(&subject);
        match subject {
            Subject::Actors(s) => {
                how.push(format!("recipient: {} of the passive verb", s.how));
                recipient = s;
            }
            // "Two Ukrainian grain ships were confiscated by Moscow", "A British-owned
            // tanker was seized by Iran": what a seizure or an attack undergoes belongs to
            // the country its adjective names, as the active voice's object does (session
            // 17).
            Subject::NonActor((a, e)) if matches!(plover, "COERCE" | "ASSAULT") => {
                // "The Russian assets of two German companies": the owner after `of`.
                let owner = (a..e)
                    .filter(|&k| clause.words[k] == "of")
                    .find_map(|k| adjective_target(clause, k + 1, e));
                if let Some(mis) = owner.or_else(|| adjective_target(clause, a, e)) {
                    how.push("recipient: the country adjective of the passive subject".into());
                    recipient = Slot {
                        mentions: mis,
                        how: "the country adjective of the passive subject",
                        np: (a, e),
                        ..Slot::default()
                    };
                }
            }
            _ => {}
        }
        // "Criticized by the UN and the U.S., Iran said ...": the agent ends where the
        // main clause's subject, the recipient, begins.
        let agent_end = if recipient.np.0 > after {
            region_end.min(recipient.np.0)
        } else {
            region_end
        };
        if let Some(mut s) = clause.prep_object("by", after, agent_end) {
            how.actor(ActorSource::ByAgent, "actor: `by` agent");
            // "by the opposition and by the United States": each agent acts.
            let mut end = s.np.1;
            while end + 2 < agent_end
                && matches!(clause.words[end], "and" | "or" | ",")
                && clause.words[end + 1] == "by"
            {
                let Some(more) = clause.np_slot(end + 2, agent_end, "`by` agent") else {
                    break;
                };
                for m in more.mentions {
                    if !s.mentions.contains(&m) {
                        s.mentions.push(m);
                    }
                }
                end = more.np.1;
            }
            // "signed by the foreign ministers of Andorra and the Netherlands": a plural
            // agent whose `of` phrase lists several parties stands for them all.
            let list_at = (s.np.0 + 1..(s.np.0 + 6).min(agent_end))
                .find(|&k| matches!(clause.words[k], "of" | "from" | "including" | "such"));
            if let Some(members) =
                list_at.and_then(|k| members_of_plural(clause, k, agent_end, false))
            {
                s = members;
            }
            actor = s;
        } else if is_transfer(plover) {
            if let Some(s) = clause.prep_object("from", after, region_end) {
                how.push("actor: `from` source of the transfer".into());
                actor = s;
            }
        }
        if recipient.mentions.is_empty() {
            if let Some(s) = find_recipient(
                clause,
                slots,
                after,
                region_end,
                plover,
                &actor.mentions,
                m.head,
            ) {
                how.push(format!("recipient: {}", s.how));
                recipient = s;
            }
        }
        // "Sanctions on Belarus were extended by the EU", "a ban on Belarusian potash
        // imposed by the European Union": the pattern's keyword stands before the passive
        // participle, and its own slot preposition names whom the act is aimed at.
        if recipient.mentions.is_empty() {
            if let Some(s) = keyword_slot_before_head(clause, m, slots, &actor.mentions) {
                how.push(format!("recipient: {}", s.how));
                recipient = s;
            }
        }
        // "The truce was brokered by Egypt together with Qatar": as in the active voice
        // (below), a co-mediator the `with` slot took shares the mediation (session 33).
        if !actor.mentions.is_empty() {
            co_mediators_join_the_actor(clause, m, &mut actor, &mut recipient, how);
        }
    } else {
        let mut subject = clause.subject(vg, 0);
        // "Rwanda denied carrying out the strike", "accused Kyiv of staging the raid": a
        // gerund with no subject of its own is done by the doer of the verb it complements.
        if !matches!(subject, Subject::Actors(_)) && vg == m.head {
            if let found @ Subject::Actors(_) = clause.gerund_doer(m.head) {
                subject = found;
            }
        }
        subject_found = SubjectFound::of(&subject);
        // "The leaders of Kenya and Ethiopia signed", "troops from Russia and Belarus held
        // drills": a plural phrase whose `of`/`from` complement, running to the verb,
        // names several parties stands for all of them (the caller pairs them for acts
        // done with each other).
        let subject_end = match &subject {
            Subject::Actors(s) => Some(s.np.1),
            Subject::NonActor((_, e)) => Some(*e),
            Subject::Missing => None,
        };
        // "the leaders of Brazil, India and South Africa, who condemned": the antecedent
        // of a relative clause lists its parties up to the relative pronoun.
        let list_limit = |e: usize| match &subject {
            Subject::Actors(s) if s.how == "antecedent of the relative clause" => (e..vg)
                .find(|&k| matches!(clause.words[k], "who" | "which" | "that"))
                .map_or(vg, |k| if clause.words[k - 1] == "," { k - 1 } else { k }),
            _ => vg,
        };
        if let Some(parties) = subject_end.and_then(|e| parties_of_plural(clause, e, list_limit(e)))
        {
            how.push(
                "actor: the parties named after the plural subject (`the leaders of X and Y`)"
                    .into(),
            );
            actor = parties;
        } else {
            match subject {
                Subject::Actors(s) => {
                    if let Some(sayers) = is_cooperative(plover)
                        .then(|| coordinated_sayers_of_they(clause, &s))
                        .flatten()
                    {
                        how.push(
                            "actor: the coordinated sayers a reported `they` stands for (`X and Y said they`)"
                                .into(),
                        );
                        actor = sayers;
                    } else {
                        how.actor_slot(&s, format!("actor: {}", s.how));
                        actor = s;
                    }
                }
                Subject::NonActor((s, e)) => {
                    // "the protest note accused Vilnius": a publication acts for its author,
                    // the subject of the reporting verb that introduces it.
                    if (s..e).any(|k| PUBLICATION_NOUNS.contains(clause.words[k])) {
                        if let Some(author) = publication_author(clause, e, vg) {
                            // "A commentary published by KCNA labeled ...", "a statement
                            // issued by the ministry condemned ...".
                            how.push(
                                "actor: the `by` author of the publication that is the subject"
                                    .into(),
                            );
                            actor = author;
                        } else if let Some(author) = reporting_subject(clause, s) {
                            how.push(
                                "actor: the author of the publication that is the subject".into(),
                            );
                            actor = author;
                        }
                    } else if let Some(other) = other_tree_subject(clause, s, e) {
                        how.actor_slot(&other, format!("actor: {}", other.how));
                        actor = other;
                    } else if let Some(sayer) = sayer_of_coordinated_speech(
                        clause,
                        plover,
                        &clause.knowledge.lexicon.pattern(m.pattern).cameo,
                        s,
                        vg,
                    ) {
                        how.push(
                            "actor: the sayer, whose reported clause the coordinated verb follows"
                                .into(),
                        );
                        actor = sayer;
                    }
                }
                Subject::Missing => {}
            }
        }
        // "both sides will withdraw", "when both countries withdrew their ambassadors":
        // the story's pair, each acting on the other, whatever the subject search found.
        // "The two discussed trade", "the ministers agreed to restore relations", "the
        // foreign ministers signed": after a sentence naming two leaders, a bare count or
        // a definite plural of the pair's nouns (`[pair-nouns]`) is the pair in diplomatic
        // copy; for other acts ("the two were killed", "the ministers resigned") it is as
        // often people of one side, or ones the story never codes.
        // A name ending in such a noun ("the United States", "the United Nations") is
        // no description of the pair.
        // "The two countries on Thursday signed": a date between the phrase and the verb
        // is no part of the subject.
        let pair_end = clause.date_before(vg).filter(|&d| d >= 2).unwrap_or(vg);
        let bare_pair = |s: usize| {
            let head = clause.words[pair_end - 1];
            let named = (s..pair_end).any(|k| {
                clause
                    .mention(k)
                    .is_some_and(|m| clause.doc.mentions[m].kind == MentionKind::Name)
            });
            // "The two agreed to reopen the border", "Both condemned the attack": a bare
            // count opening the sentence, for the pair's meetings, agreements and what it
            // says together.
            let bare_count = s == 0
                && ((pair_end == 2 && clause.words[0] == "the" && head == "two")
                    || (pair_end == 1 && head == "both"))
                && matches!(plover, "ACCUSE" | "REQUEST" | "REJECT" | "SUPPORT");
            // "The three rejected the proposal", "All four sent aid": a bare count of three
            // to five opening the sentence stands for the last list of exactly that many
            // coded parties (`Doc::last_coordination`, which `story_pair` reads), a match
            // too close for people of one side ("the two were killed") to take it.
            // "On Monday, the three accused ...": after an opening time phrase too.
            let opening = leading_time_phrase_words(clause, 0);
            let bare_group = (s == 0 || (opening > 0 && s == opening))
                && pair_end == s + 2
                && matches!(clause.words[s], "the" | "all")
                && crate::words::group_count(head).is_some_and(|n| n > 2);
            bare_count
                || bare_group
                || (is_cooperative(plover)
                    && clause.words[s] == "the"
                    && !named
                    && ((pair_end == s + 2 && head == "two")
                        || ((pair_end == s + 2 || pair_end == s + 3)
                            && head != "countries"
                            && crate::words::PAIR_NOUNS.contains(head)
                            // "The six nations agreed to set up working groups": a
                            // count other than two names a group, not the pair.
                            && !(s + 1..pair_end - 1).any(|k| {
                                clause.words[k] != "two"
                                    && (clause.tags[k] == Tag::CD
                                        || crate::words::group_count(clause.words[k])
                                            .is_some())
                            }))))
        };
        // "The two men signed a treaty", "Both men accused Russia": two people a diplomatic
        // story has named, for its meetings, agreements and verbal acts
        // (`[pair-person-nouns]`).
        let person_pair = |s: usize| {
            let head = clause.words[pair_end - 1];
            (is_cooperative(plover)
                || matches!(plover, "ACCUSE" | "REQUEST" | "REJECT" | "SUPPORT"))
                && crate::words::PAIR_PERSON_NOUNS.contains(head)
                && ((pair_end == s + 3 && clause.words[s] == "the" && clause.words[s + 1] == "two")
                    || (pair_end == s + 2 && clause.words[s] == "both"))
        };
        // "France and Germany met on Monday. They called on Russia ...": a sentence-opening
        // "they" is the list the sentence before opened with (`Doc::opening_list_before`),
        // when no earlier stage resolved it or resolved it to one of the list ("Estonia and
        // Latvia said they had expelled": the sayer, Estonia, is one of the two who did).
        let they_list = (pair_end >= 1 && clause.words[pair_end - 1] == "they")
            .then(|| clause.doc.opening_list_before(clause.first + pair_end - 1))
            .flatten()
            .filter(|list| {
                clause.mention(pair_end - 1).is_none_or(|m| {
                    list.iter()
                        .any(|&l| clause.doc.party_key(l) == clause.doc.party_key(m))
                })
            });
        if let Some(list) = they_list {
            how.push(format!("actor: {THEY_LIST_HOW}"));
            actor = Slot {
                mentions: list,
                how: THEY_LIST_HOW,
                np: (pair_end - 1, pair_end),
                ..Slot::default()
            };
        } else if let Some(s) = (2..=4)
            .filter(|&n| pair_end >= n)
            .map(|n| pair_end - n)
            .chain((pair_end == 1).then_some(0))
            .find(|&s| is_pair_phrase(clause, s, pair_end) || bare_pair(s) || person_pair(s))
        {
            if let Some(pair) = story_pair(clause, s) {
                how.push(format!("actor: {PAIR_HOW}"));
                actor = Slot {
                    mentions: pair,
                    how: PAIR_HOW,
                    np: (s, pair_end),
                    ..Slot::default()
                };
            }
        } else if let Some(s) = possessive_pair(clause, pair_end).or_else(|| {
            // "... presidents had spoken by phone and agreed": the subject a coordinated
            // verb shares.
            (actor.np.1 > actor.np.0 && actor.np.1 < vg)
                .then(|| possessive_pair(clause, actor.np.1))
                .flatten()
        }) {
            // "the two countries' presidents spoke by phone", "both sides' negotiators
            // met": the pair owns the people who act, each side's acting on the other.
            if let Some(pair) = story_pair(clause, s) {
                how.push(format!("actor: {PAIR_HOW}, as the owner of the subject"));
                actor = Slot {
                    mentions: pair,
                    how: PAIR_HOW,
                    np: (s, pair_end),
                    ..Slot::default()
                };
            }
        }
        // "pledged support for Russia", "affirmed backing of Russia's stance", "hosted
        // talks between Russia and Ukraine": the recipient is the complement of the event
        // noun the pattern required.
        // A party the verb takes as its own object before the keyword is the recipient
        // instead: "warned Russia that any attack on NATO territory would ..." warns
        // Russia, the attack's target being only what the warning is about.
        let party_object_first = |o: usize| {
            clause.tree().is_some_and(|t| {
                t.child(m.head, sitrep_parser::Rel::Dobj)
                    .is_some_and(|d| d < o && clause.mention(d).is_some())
            })
        };
        // A keyword owned by another party ("backed Morocco's autonomy plan for Western
        // Sahara") makes the owner the target of a verbal reaction; its complement is only
        // what the plan is about. The actor's own ("affirmed North Korea's backing of
        // Russia's stance") leaves the complement the target.
        let owned_keyword = |o: usize| {
            possessor_is_target(plover)
                && (m.head + 2..o).any(|k| {
                    clause.words[k] == "'s"
                        && clause.mention(k - 1).is_some_and(|p| {
                            actor.mentions.is_empty() || !on_actor_side(clause, &actor.mentions, p)
                        })
                })
        };
        // People or goods released that are themselves a party ("handed over three Israeli
        // hostages to the Red Cross", "returned the Ukrainian prisoners to a U.N. team") are
        // the release's recipient: whoever they are handed to after the keyword is only the
        // channel (session 22). The slots then take the object.
        let released_party = |o: usize| {
            plover == "RETREAT"
                && clause.mention(o).is_some_and(|p| {
                    actor.mentions.is_empty() || !on_actor_side(clause, &actor.mentions, p)
                })
        };
        if let Some(o) = m.object_token.filter(|&o| {
            o > m.head
                && !m.object_before_head
                && !party_object_first(o)
                && !owned_keyword(o)
                && !released_party(o)
        }) {
            for prep in ["for", "of", "to", "with", "against", "on", "between"] {
                // Intelligence, data or aid "on" or "of" something is about it ("passed
                // intelligence on an Islamic State cell to Iraqi authorities", "the names of
                // Islamic State financiers"): no party it goes to.
                if matches!(prep, "on" | "of") && matches!(plover, "COOPERATE" | "AID") {
                    continue;
                }
                // Talks or a deal "between" two parties are with both; a conflict between
                // them is theirs, not aimed at them by whoever started it.
                if prep == "between" && !is_reciprocal(plover) {
                    continue;
                }
                // A case taken "to" a court names the forum it is brought before ("would
                // take the case to the International Court of Justice"), not the party
                // sued: the slots or the story find that one (session 31).
                if prep == "to" && clause.knowledge.lexicon.pattern(m.pattern).cameo == "115" {
                    continue;
                }
                if clause.words.get(o + 1) == Some(&prep)
                    || (o + 2 < clause.len()
                        && clause.words[o + 2] == prep
                        && clause.words[o + 1] == "\"")
                {
                    // What aid or cooperation is for on the giver's own side ("the
                    // technology for its rocket launchers to Poland") is no party it goes
                    // to: the slots find that one.
                    let givers_own = |s: &Slot| {
                        matches!(plover, "COOPERATE" | "AID")
                            && !actor.mentions.is_empty()
                            && !s.mentions.is_empty()
                            && s.mentions
                                .iter()
                                .all(|&r| on_actor_side(clause, &actor.mentions, r))
                    };
                    if let Some(s) = clause
                        .prep_object(prep, o + 1, region_end)
                        .filter(|s| !givers_own(s))
                    {
                        how.push(format!(
                            "recipient: object of `{prep}` after `{}`",
                            clause.words[o]
                        ));
                        recipient = s;
                        break;
                    }
                }
            }
        }
        if recipient.mentions.is_empty() {
            if let Some(s) = find_recipient(
                clause,
                slots,
                after,
                region_end,
                plover,
                &actor.mentions,
                m.head,
            ) {
                how.push(format!("recipient: {}", s.how));
                // "Kenya, together with Uganda, signed a peace agreement": a partner the
                // `with` slot takes from an aside of accompaniment is acted with, not a
                // co-actor besides.
                if s.how == COMITATIVE_HOW {
                    actor.mentions.retain(|&a| {
                        !(accompanying(clause, a) && on_actor_side(clause, &s.mentions, a))
                    });
                }
                recipient = s;
            }
        }
        // "Qatar mediated the talks between Israel and Hamas together with Egypt": where
        // the recipients are the two sides of a `between` phrase, a party named after the
        // verb in an aside of accompaniment ("together with", "along with") shares the act
        // with the subject, a co-mediator, never a side (session 30). "Sudan signed the
        // agreement together with South Sudan" names no sides: its partner stays the
        // recipient the `with` slot gives.
        // "Oman mediated the exchange together with Qatar": with no sides named, the `with`
        // slot took the co-mediator for a side; a mediation is shared with such a party,
        // not done to it.
        co_mediators_join_the_actor(clause, m, &mut actor, &mut recipient, how);
        let sides_between = recipient.mentions.len() >= 2
            && (m.head + 1..=recipient.np.0.min(clause.len().saturating_sub(1)))
                .any(|k| clause.words[k] == "between");
        if sides_between && !actor.mentions.is_empty() {
            let co: Vec<usize> = (m.head + 1..region_end.min(clause.len()))
                .filter_map(|k| clause.mention(k))
                .filter(|&a| {
                    accompanying(clause, a)
                        && !recipient.mentions.contains(&a)
                        && !actor.mentions.contains(&a)
                        && coded(clause.doc, a).is_some()
                })
                .collect();
            if !co.is_empty() {
                actor.mentions.extend(co);
                actor.mentions.dedup();
                how.push("actor: also the party named in an aside of accompaniment after the verb (a co-mediator)".to_string());
            }
        }
        // "arrived in Riyadh for talks on the war in Ukraine": the place right after the
        // visit's preposition is where the visit goes, before any later party; so does a
        // visit due ("is due in Hanoi", "is expected in Kyiv").
        if clause.knowledge.lexicon.pattern(m.pattern).cameo == "042" || clause.arrival_due(m.head)
        {
            if let Some(s) = visited_country(clause, slots, after, region_end, &actor.mentions)
                .filter(|s| recipient.mentions.is_empty() || s.np.0 < recipient.np.0)
                .or_else(|| {
                    recipient
                        .mentions
                        .is_empty()
                        .then(|| dateline_visited(clause, &actor.mentions))
                        .flatten()
                })
            {
                how.push(format!("recipient: {}", s.how));
                recipient = s;
            }
        }
        // "Qatar sent food aid to Gaza": where aid, troops or envoys go, or are withdrawn
        // from, when no slot names a party.
        // The forces or envoys moved are no party acted on ("deployed troops to Gomel",
        // "withdrew its troops from Jenin"): an object slot holding only the pattern's
        // object keyword, of the actor's side or of no known country, names no recipient.
        let only_what_is_moved = !recipient.mentions.is_empty()
            && recipient.np_is_object
            && m.object_token
                .is_some_and(|o| o >= recipient.np.0 && o < recipient.np.1)
            && recipient.mentions.iter().all(|&r| {
                coded(clause.doc, r).is_none() || on_actor_side(clause, &actor.mentions, r)
            });
        if (recipient.mentions.is_empty() || only_what_is_moved)
            && !passive
            && role == SubjectRole::Doer
        {
            if let Some(s) = destination_country(clause, m, slots, region_end, &actor.mentions) {
                how.push(format!("recipient: {}", s.how));
                recipient = s;
            }
        }
        // "criticised all three for blocking the deal", "urged the three to": a bare count
        // of three or more right after the verb is the group last listed (as a bare count
        // opening a sentence is its subject), for what is said or done to parties; one
        // arrested, freed or expelled is people ("Police arrested the three").
        if recipient.mentions.is_empty()
            && !passive
            && m.head + 2 < region_end
            && (is_cooperative(plover)
                || matches!(
                    plover,
                    "ACCUSE" | "REQUEST" | "REJECT" | "SUPPORT" | "THREATEN"
                ))
        {
            let k = m.head + 1;
            let bare = matches!(clause.words[k], "all" | "the")
                && crate::words::group_count(clause.words[k + 1]).is_some_and(|n| n > 2)
                && !clause.tags[k + 2].is_noun()
                && clause.tags[k + 2] != Tag::JJ;
            if bare {
                if let Some(group) = story_pair_acted_on(clause, k, &actor.mentions) {
                    how.push(format!("recipient: {PAIR_HOW}, a bare count as the object"));
                    recipient = Slot {
                        mentions: group,
                        how: PAIR_HOW,
                        np: (k, k + 2),
                        np_is_object: true,
                        ..Slot::default()
                    };
                }
            }
        }
        // "urged both governments to respect the ceasefire": the object is the pair, even
        // when its noun is a role the slots took for a party of its own.
        if !recipient.mentions.is_empty() && is_pair_phrase(clause, recipient.np.0, recipient.np.1)
        {
            if let Some(pair) = story_pair_acted_on(clause, recipient.np.0, &actor.mentions) {
                how.push(format!("recipient: {PAIR_HOW}"));
                recipient.mentions = pair;
            }
        } else if let Some(s) = (!recipient.mentions.is_empty())
            .then(|| possessive_pair(clause, recipient.np.1))
            .flatten()
            .filter(|&s| s + 5 >= recipient.np.0 && s < recipient.np.1)
        {
            // "held talks with the three countries' envoys", "urged both sides' leaders":
            // the people a pair or counted group owns are that group, each member's.
            if let Some(pair) = story_pair_acted_on(clause, s, &actor.mentions) {
                how.push(format!("recipient: {PAIR_HOW}, as the owner of the object"));
                recipient.mentions = pair;
            }
        }
        // "Ethiopia and Eritrea have massed troops ... The United Nations urged them to pull
        // back": a "them" object that the actor stage gave an uncoded group or one of the
        // list is the list the sentence before opened with or named as a pair.
        if recipient.np.1 == recipient.np.0 + 1 && clause.words[recipient.np.0] == "them" {
            if let Some(list) = clause
                .doc
                .plural_object_before(clause.first + recipient.np.0)
                .filter(|list| {
                    recipient.mentions.iter().all(|&r| {
                        clause.doc.entities[clause.doc.mentions[r].entity]
                            .code
                            .is_none()
                            || list
                                .iter()
                                .any(|&l| clause.doc.party_key(l) == clause.doc.party_key(r))
                    }) && !list.iter().any(|&l| {
                        actor
                            .mentions
                            .iter()
                            .any(|&a| clause.doc.party_key(a) == clause.doc.party_key(l))
                    })
                })
            {
                how.push(format!(
                    "recipient: {THEY_LIST_HOW}, which `them` stands for"
                ));
                recipient.mentions = list;
            }
        }
        if recipient.mentions.is_empty() {
            // From the verb, not the pattern's end: the pattern may run on to its object
            // keyword ("urged both governments to respect the ceasefire"); past the
            // preposition of a visit or a meeting ("would travel to both capitals", "met
            // with both sides").
            let mut k = m.head + 1;
            while k < region_end
                && (clause.tags[k].is_adverb()
                    || clause.tags[k] == Tag::RP
                    || matches!(clause.words[k], "on" | "upon")
                    || (matches!(clause.words[k], "to" | "with")
                        && k + 1 < region_end
                        && clause.tags[k + 1] != Tag::VB))
            {
                k += 1;
            }
            // "was in touch with both governments and urged them to maintain the
            // ceasefire": a "them" after a pair phrase of its own sentence is that pair.
            let them_pair = (clause.words.get(k) == Some(&"them"))
                .then(|| pair_phrase_before(clause, k))
                .flatten();
            // "Ethiopia and Eritrea have massed troops ... The United Nations urged them to
            // pull back", "China urged both to show restraint": the list or pair the
            // sentence before opened with (`Doc::plural_object_before`).
            let them_list = (them_pair.is_none()
                && k < region_end
                && (clause.words[k] == "them"
                    || (clause.words[k] == "both"
                        && matches!(clause.words.get(k + 1), Some(&("to" | "of" | "," | ".")))))
                && clause.mention(k).is_none_or(|p| {
                    actor
                        .mentions
                        .iter()
                        .all(|&a| clause.doc.party_key(a) != clause.doc.party_key(p))
                }))
            .then(|| clause.doc.plural_object_before(clause.first + k))
            .flatten()
            .filter(|list| {
                !list.iter().any(|&l| {
                    actor
                        .mentions
                        .iter()
                        .any(|&a| clause.doc.party_key(a) == clause.doc.party_key(l))
                })
            });
            if let Some(list) = them_list {
                how.push(format!(
                    "recipient: {THEY_LIST_HOW}, which `them` stands for"
                ));
                recipient.mentions = list;
            } else if let Some(s) = them_pair {
                if let Some(pair) = story_pair_acted_on(clause, s, &actor.mentions) {
                    how.push(format!(
                        "recipient: {PAIR_HOW}, which a `them` after the phrase stands for"
                    ));
                    recipient.mentions = pair;
                }
            } else if let Some((e, _)) = clause.np_after(k, region_end) {
                if is_pair_phrase(clause, k, e) {
                    if let Some(pair) = story_pair_acted_on(clause, k, &actor.mentions) {
                        how.push(format!("recipient: {PAIR_HOW}"));
                        recipient.mentions = pair;
                    }
                } else if let Some(s) = (k..region_end.saturating_sub(2))
                    .take_while(|&j| clause.mention(j).is_none() && !clause.is_verb(j))
                    .find(|&j| matches!(clause.words[j], "with" | "to"))
                    .map(|j| j + 1)
                    .filter(|&s| {
                        clause
                            .np_after(s, region_end)
                            .is_some_and(|(pe, _)| is_pair_phrase(clause, s, pe))
                    })
                {
                    // "will maintain trade and security relations with the trio", "signed
                    // deals with both countries": the object's own `with`/`to` phrase names
                    // the pair (or the group last listed), each a recipient.
                    if let Some(pair) = story_pair_acted_on(clause, s, &actor.mentions) {
                        how.push(format!("recipient: {PAIR_HOW}, named after the object"));
                        recipient.mentions = pair;
                    }
                } else if e + 1 < region_end && clause.words[e] == "between" {
                    // "closed the main trade route between the two countries": what the
                    // act is done to lies between the pair, and the party acted on is the
                    // pair's side other than the actor's.
                    if let Some((pe, _)) = clause.np_after(e + 1, region_end) {
                        if is_pair_phrase(clause, e + 1, pe) {
                            if let Some(pair) = story_pair(clause, e + 1) {
                                let pair: Vec<usize> = pair
                                    .into_iter()
                                    .filter(|&r| !on_actor_side(clause, &actor.mentions, r))
                                    .collect();
                                if !pair.is_empty() {
                                    how.push(format!(
                                        "recipient: the side of {PAIR_HOW} other than the actor's, between which the object lies"
                                    ));
                                    recipient.mentions = pair;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // "spoke with his Israeli counterpart": the actor's own possessive pronoun is no
    // party acted on; the country adjectives of the phrase it opens are.
    let doc = clause.doc;
    let own_possessive = |r: usize| {
        doc.mentions[r].kind == crate::doc::MentionKind::Pronoun
            && doc.mentions[r]
                .first
                .checked_sub(clause.first)
                .and_then(|l| clause.tags.get(l))
                == Some(&Tag::PRPS)
            && actor
                .mentions
                .iter()
                .any(|&a| doc.mentions[a].entity == doc.mentions[r].entity)
    };
    if !recipient.mentions.is_empty() && recipient.mentions.iter().all(|&r| own_possessive(r)) {
        let parties = adjective_parties(clause, recipient.np.0, recipient.np.1);
        if !parties.is_empty() {
            how.push("recipient: the country adjectives after the actor's own possessive".into());
            recipient.mentions = parties;
        }
    }
    // "accused Philippine vessels of ramming one of its ships": the verb's own object,
    // named only by its country adjective, is the recipient rather than the actor itself
    // named again in a later prepositional phrase ("launched Iranian-made drones at
    // Ukraine" keeps Ukraine).
    let actor_again = |r: usize| {
        actor
            .mentions
            .iter()
            .any(|&a| clause.doc.mentions[a].entity == clause.doc.mentions[r].entity)
    };
    if !recipient.mentions.is_empty()
        && recipient.mentions.iter().all(|&r| actor_again(r))
        && !passive
        && role == SubjectRole::Doer
    {
        let object = clause
            .tree()
            .and_then(|t| t.child(m.head, sitrep_parser::Rel::Dobj))
            .filter(|&d| d >= after && d < recipient.np.0 && clause.mention(d).is_none());
        if let Some(mis) = object.and_then(|d| adjective_target(clause, after, d)) {
            how.push("recipient: the country adjective of the object, before a later party".into());
            recipient = Slot {
                mentions: mis,
                how: "the country adjective of the object",
                np: (after, object.map_or(after, |d| d + 1)),
                ..Slot::default()
            };
        }
    }
    // "confiscated a Venezuelan government aircraft in the Dominican Republic": what is
    // seized belongs to the country its adjective names; the place of the seizure after
    // it is only where it happened.
    if plover == "COERCE"
        && !passive
        && role == SubjectRole::Doer
        && recipient.how == "prepositional object"
        && recipient.np.0 > after
        && matches!(clause.words[recipient.np.0 - 1], "in" | "at")
    {
        if let Some(mis) = adjective_target(clause, after, recipient.np.0 - 1) {
            how.push("recipient: the country adjective of the object, before its place".into());
            recipient = Slot {
                mentions: mis,
                how: "the country adjective of the object",
                np: (after, recipient.np.0 - 1),
                ..Slot::default()
            };
        }
    }
    // "Thailand deported 40 Uyghur men to China": people deported or expelled whose country
    // the text does not say (only guessed from where they were) are sent home, to the
    // country after `to`.
    if clause.knowledge.lexicon.pattern(m.pattern).cameo == "174"
        && !passive
        && !recipient.mentions.is_empty()
        && recipient.mentions.iter().all(|&r| {
            let e = &clause.doc.entities[clause.doc.mentions[r].entity];
            e.code.is_none() || e.code_inferred
        })
    {
        if let Some(dest) = clause
            .prep_object("to", recipient.np.1, region_end)
            .filter(|d| {
                d.mentions.iter().all(|&r| {
                    let e = &clause.doc.entities[clause.doc.mentions[r].entity];
                    // The country named, not an adjective ("to the Libyan border").
                    clause.doc.mentions[r].kind == MentionKind::Name
                        && e.entity_type == sitrep_record::EntityType::Gpe
                        && e.code.is_some()
                        && !e.code_inferred
                })
            })
            .filter(|d| !d.mentions.is_empty())
        {
            how.push("recipient: the country the people are deported to (their own)".into());
            recipient = Slot {
                how: "the country deported to",
                ..dest
            };
        }
    }
    // "attacked a Tajik border post", "shelled a Ukrainian city": a target named only by
    // its country's adjective belongs to that country (after a verb whose subject is the
    // doer: the object of "suffered Russian shelling" is the act, not its target).
    if recipient.mentions.is_empty() && !passive && role == SubjectRole::Doer {
        if let Some(mis) = adjective_target(clause, after, region_end) {
            how.push("recipient: the country adjective of the object".into());
            recipient.mentions.extend(mis);
            coordinated_adjective_recipients(clause, after, region_end, &mut recipient.mentions);
        } else if let Some((o, mi)) = m
            .object_token
            .filter(|&o| o > m.head && !m.object_before_head)
            .and_then(|o| object_adjective(clause, m.head + 1, o).map(|mi| (o, mi)))
        {
            // "denounced the Israeli strike": the pattern's object keyword ends the
            // match, so the adjective before it is looked for inside the object phrase.
            how.push("recipient: the country adjective of the object".into());
            recipient.mentions.push(mi);
            // "rejected on Saturday a British, French and German demand": the list is read
            // within the object's own phrase, whatever time phrase comes before it.
            let np_from = (m.head + 1..o)
                .rev()
                .find(|&l| {
                    let t = clause.tags[l];
                    !(t.is_noun()
                        || matches!(t, Tag::DT | Tag::JJ | Tag::CD | Tag::CC)
                        || clause.words[l] == ",")
                })
                .map_or(m.head + 1, |l| l + 1);
            coordinated_adjective_recipients(clause, np_from, o, &mut recipient.mentions);
        } else {
            // "imposed tariffs on German and Italian vehicles", "sanctions against Iranian
            // firms": the countries whose adjectives qualify the pattern's prepositional
            // object, each a recipient.
            let is_slot_prep = |w: &str| {
                slots
                    .iter()
                    .any(|sl| matches!(sl, LexSlot::Prep(p) if p == w))
            };
            // "Houthi negotiators and Saudi officials held talks in the Omani capital":
            // where two coordinated parties meet is no party of their meeting.
            let venue = |k: usize| {
                matches!(clause.words[k], "in" | "at")
                    && actor.mentions.len() >= 2
                    && is_reciprocal_code(
                        &clause.knowledge.lexicon.pattern(m.pattern).cameo,
                        clause.words[m.head],
                    )
            };
            if let Some(k) = (after..region_end)
                .find(|&k| is_slot_prep(clause.words[k]))
                .filter(|&k| !venue(k))
            {
                let mut parties = adjective_parties(clause, k + 1, region_end);
                // "imposed a ban on imports of Moldovan fruit", "tariffs on shipments of
                // Chinese steel": the goods' country qualifies the `of` phrase of the
                // trade named.
                if parties.is_empty() {
                    let end = (k + 1..region_end.min(clause.len()))
                        .find(|&l| {
                            !(clause.tags[l].is_noun()
                                || matches!(clause.tags[l], Tag::DT | Tag::JJ | Tag::CD))
                        })
                        .unwrap_or(region_end);
                    if end > k + 1 && clause.words.get(end) == Some(&"of") {
                        parties = adjective_parties(clause, end + 1, region_end);
                    }
                }
                // "imposed duties on cheese, cream and other dairy products from the
                // European Union", "a ban on imports from Moldova": a trade measure on goods
                // named by where they come from falls on that party.
                if parties.is_empty() && matches!(plover, "COERCE" | "SANCTION") {
                    // The goods phrase may run past the clause region ("duties of up to
                    // 42.7 percent on cheese, cream and other dairy products from ..."): it
                    // stops at its first word that is no noun phrase's anyway.
                    parties = origin_parties(clause, k + 1, clause.len());
                    if !parties.is_empty() {
                        how.push(format!(
                            "recipient: the party the goods come from (`{} ... from`)",
                            clause.words[k]
                        ));
                        recipient.mentions = parties;
                        parties = Vec::new();
                    }
                }
                if !parties.is_empty() {
                    how.push(format!(
                        "recipient: the country adjectives of the object of `{}`",
                        clause.words[k]
                    ));
                    recipient.mentions = parties;
                }
            }
        }
    }
    // "released six billion dollars in frozen Iranian funds", "returned $3.5 billion of
    // Afghan central bank reserves": a release or return (CAMEO 084) yields to the party
    // whose property it frees, named by the country adjectives of the `in`/`of` phrase
    // that says what the sum or goods are, as the noun's `of` object does ("the release
    // of three Lithuanian citizens"). Never the actor's own side.
    if recipient.mentions.is_empty()
        && !passive
        && role == SubjectRole::Doer
        && is_release(clause, m)
    {
        let to = region_end.min(clause.len());
        let mut k = after;
        while k < to
            && (clause.tags[k].is_noun()
                || matches!(clause.tags[k], Tag::CD | Tag::DT | Tag::JJ | Tag::Dollar))
        {
            k += 1;
        }
        if k > after && k < to && matches!(clause.words[k], "in" | "of") {
            adjectives_as_recipient(
                clause,
                (k + 1, to),
                |r| !on_actor_side(clause, &actor.mentions, r),
                || {
                    format!(
                        "recipient: the country adjectives of what is released (`{}`)",
                        clause.words[k]
                    )
                },
                &mut recipient,
                how,
            );
        }
    }
    // "condemned human rights abuses in Myanmar": abuses committed in a country, with no
    // party named, are its government's (CAMEO codes the country as the accused).
    if recipient.mentions.is_empty() && !passive && plover == "ACCUSE" {
        if let Some(s) = abuse_place(clause, m.head + 1, region_end) {
            how.push(format!("recipient: {}", s.how));
            recipient = s;
        }
    }
    // "pulled troops back", "sent troops", "mobilised 45,000 police": one's forces are
    // the means, not the target.
    if matches!(plover, "AID" | "MOBILIZE" | "RETREAT" | "COOPERATE")
        && recipient.how == "direct object"
    {
        let doc = clause.doc;
        let actor_code = actor
            .mentions
            .first()
            .and_then(|&a| doc.entities[doc.mentions[a].entity].code.clone());
        recipient.mentions.retain(|&r| {
            let e = &doc.entities[doc.mentions[r].entity];
            let own_forces = e.dict_id.is_none()
                && e.entity_type != sitrep_record::EntityType::Person
                && matches!(e.sector.as_deref(), Some("MIL" | "COP"))
                && (e.code.is_none() || e.code_inferred || e.code == actor_code);
            !own_forces
        });
    }
    // "massed troops on the border with Ukraine", "threatened to close its frontier with
    // Kenya": the party across the border that forces massed there or a threat face (after one's own
    // forces are set aside). A town "on the border with Uganda" that rebels seized is no
    // act on Uganda: attacks and seizures keep their own target.
    // One's own side named by the slot ("to its eastern border with Guyana", "to the
    // Turkish border" for Turkey) gives way to the party across the border.
    if !passive && matches!(plover, "MOBILIZE" | "THREATEN") {
        let own_side = recipient.mentions.iter().all(|&r| {
            actor
                .mentions
                .iter()
                .any(|&a| same_side(clause, a, r, false))
        });
        if own_side {
            if let Some(s) = border_with(clause, after, region_end)
                .or_else(|| border_adjective(clause, after, region_end))
                .filter(|s| {
                    s.mentions.iter().all(|&r| {
                        !actor
                            .mentions
                            .iter()
                            .any(|&a| same_side(clause, a, r, false))
                    })
                })
            {
                how.push(format!("recipient: {}", s.how));
                recipient = s;
            }
        }
    }
    if recipient.mentions.is_empty()
        && (plover == "AID" || plover == "MOBILIZE" || plover == "COOPERATE")
    {
        if let Some(s) = clause.beneficiary(after, (region_end + 8).min(clause.len())) {
            how.push(format!("recipient: {}", s.how));
            recipient = s;
        }
    }
    // "In what Human Rights Watch called a war crime, Israeli forces struck a school",
    // "were killed in what Kyiv described as a deliberate attack by Russian troops": a bad
    // name given to `what` in an `in` phrase names the act of the verb the phrase hangs
    // on, whose subject is the one accused.
    if recipient.mentions.is_empty() && plover == "ACCUSE" && !passive {
        if let Some(s) = in_what_named_act_doer(clause, m.head) {
            how.push(format!(
                "recipient: {} of the act named by `in what`",
                s.how
            ));
            recipient = s;
        }
    }
    // The actor cannot also be the recipient's phrase.
    recipient.mentions.retain(|r| !actor.mentions.contains(r));
    if actor.mentions.is_empty() && recipient.mentions.is_empty() {
        *no_slots = if passive {
            let agent = if (after..region_end).any(|k| clause.words[k] == "by") {
                AgentFound::NotParty
            } else {
                AgentFound::Missing
            };
            passive_no_slots(agent, subject_found)
        } else {
            active_no_slots(
                subject_found,
                recipient_search(clause, slots, after, region_end),
            )
        };
    }
    (actor, recipient, vg)
}

/// The party named by a slot preposition right after the pattern's keyword when that
/// keyword stands before a passive participle ("sanctions on Belarus were extended", "a
/// ban on Belarusian potash imposed by the EU"): the preposition's object up to the
/// participle, or the country adjectives of that object; never the actor's own side.
fn keyword_slot_before_head(
    clause: &Clause,
    m: &PatternMatch,
    slots: &[LexSlot],
    actors: &[usize],
) -> Option<Slot> {
    let keyword = m
        .object_token
        .filter(|&o| m.object_before_head && o < m.head)?;
    let prep = clause.words.get(keyword + 1).copied()?;
    if !slots
        .iter()
        .any(|sl| matches!(sl, LexSlot::Prep(p) if p == prep))
    {
        return None;
    }
    let named = clause
        .prep_object(prep, keyword + 1, m.head)
        .filter(|s| !s.mentions.is_empty());
    let slot = named.or_else(|| {
        let parties = adjective_parties(clause, keyword + 2, m.head);
        (!parties.is_empty()).then(|| Slot {
            mentions: parties,
            how: "the country adjectives of the keyword's slot before the participle",
            np: (keyword + 2, m.head),
            ..Slot::default()
        })
    })?;
    (!slot
        .mentions
        .iter()
        .any(|&r| on_actor_side(clause, actors, r)))
    .then_some(slot)
}

/// The party goods come from, named in the `of` object after the noun ending before local
/// token `after`: its parties ("a shipment of U.S. weapons"), else its country adjectives
/// ("a convoy of Turkish aid"); none without an `of` or a party there.
fn goods_origin(clause: &Clause, after: usize, region_end: usize) -> Option<Slot> {
    const HOW: &str = "the origin of the goods (the parties of the noun's `of` object)";
    if clause.words.get(after) != Some(&"of") {
        return None;
    }
    let limit = region_end.max(after + 2).min(clause.len());
    let (end, named) = clause.np_after(after + 1, limit)?;
    let mentions = if named.is_empty() {
        adjective_parties(clause, after + 1, end)
    } else {
        named
    };
    (!mentions.is_empty()).then(|| Slot {
        mentions,
        how: HOW,
        np: (after + 1, end),
        ..Slot::default()
    })
}

/// Where the aid noun at local token `noun` arrived, when it is the subject of a verb of
/// arrival (`[arrival-verbs]`: "the convoy reached Idlib in Syria", "arrived in Gaza"):
/// the first party after the verb, in its object or locative phrase and before the clause
/// ends, that is not on the giver's side; else the country of the first place there.
fn arrival_destination(clause: &Clause, noun: usize, actors: &[usize]) -> Option<Slot> {
    const HOW: &str = "where the aid arrived (the object of its verb of arrival)";
    let tree = clause.tree()?;
    use sitrep_parser::Rel;
    let arrival = |v: usize| v > noun && crate::words::ARRIVAL_VERBS.contains(clause.words[v]);
    // The parser may hang the verb on the participle describing the noun ("a convoy
    // carrying flour and medicine entered ...": `entered` a conjunct of `carrying`).
    let verb = if tree.rel(noun) == Rel::Nsubj {
        tree.head(noun).filter(|&v| arrival(v))?
    } else {
        tree.children(noun)
            .filter(|&c| tree.rel(c) == Rel::Acl)
            .flat_map(|c| tree.children(c))
            .find(|&v| tree.rel(v) == Rel::Conj && arrival(v))?
    };
    let end = (verb + 10).min(clause.region_end(verb)).min(clause.len());
    let mut k = verb + 1;
    while k < end {
        let w = clause.words[k];
        // A clause of its own ends the verb's phrase; a participle describing a place
        // ("the besieged city of") does not.
        if matches!(
            w,
            "," | ";" | "after" | "before" | "from" | "with" | "carrying"
        ) || matches!(
            tree.rel(k),
            Rel::Ccomp | Rel::Advcl | Rel::Relcl | Rel::Conj | Rel::Xcomp
        ) {
            break;
        }
        if let Some(r) = clause.mention(k) {
            if coded(clause.doc, r).is_some() && !on_actor_side(clause, actors, r) {
                return Some(Slot {
                    mentions: vec![r],
                    how: HOW,
                    np: (k, k + 1),
                    ..Slot::default()
                });
            }
        }
        k += 1;
    }
    (verb + 1..k).find_map(|k| place_country_at(clause, k, actors, HOW))
}

/// Does local token `k` open a `to` phrase whose whole object is a party ("to Ukraine", "to
/// the Philippines", "to Haiti")? A party named inside a longer phrase ("to the Ukrainian
/// border", "to the border with Estonia") is not where the things sent go: they are moved
/// towards it, which may aim them at it.
pub(crate) fn sent_to_a_party(clause: &Clause, k: usize) -> bool {
    if clause.words.get(k) != Some(&"to") {
        return false;
    }
    let at = if clause.words.get(k + 1) == Some(&"the") {
        k + 2
    } else {
        k + 1
    };
    let Some(m) = (at < clause.len()).then(|| clause.mention(at)).flatten() else {
        return false;
    };
    let mention = &clause.doc.mentions[m];
    let end = mention.last.saturating_sub(clause.first);
    mention.first == clause.first + at
        && mention.kind != MentionKind::Adjective
        && !clause
            .tags
            .get(end)
            .is_some_and(|&t| t.is_noun() || t == Tag::POS)
}

/// Is the verb at local token `head` an object-control verb followed by its object and an
/// infinitive ("pressed the Taliban government to act", "pushed Kyiv to accept")?
fn asks_its_object_to_act(clause: &Clause, head: usize) -> bool {
    if !OBJECT_CONTROL.contains(clause.words[head]) {
        return false;
    }
    // The object: a short noun phrase (determiners, possessives, adjectives, nouns, names).
    let mut k = head + 1;
    let limit = (head + 9).min(clause.len());
    while k < limit
        && (clause.mention(k).is_some()
            || matches!(
                clause.tags[k],
                Tag::DT
                    | Tag::PRPS
                    | Tag::PRP
                    | Tag::POS
                    | Tag::JJ
                    | Tag::CD
                    | Tag::NN
                    | Tag::NNS
                    | Tag::NNP
                    | Tag::NNPS
            ))
    {
        k += 1;
    }
    k > head + 1 && k + 1 < clause.len() && clause.words[k] == "to" && clause.tags[k + 1] == Tag::VB
}

/// (head, PLOVER category) of every verb pattern matched in the sentence, whether or not
/// it is coded: what act each verb would be.
fn verb_acts(
    lexicon: &EventLexicon,
    ontology: &Ontology,
    matches: &[PatternMatch],
) -> Vec<(usize, String)> {
    let mut acts: Vec<(usize, String)> = Vec::new();
    for m in matches {
        let pattern = lexicon.pattern(m.pattern);
        if pattern.pos != TriggerPos::Verb {
            continue;
        }
        let Some(plover) = ontology
            .cameo(&pattern.cameo)
            .and_then(|c| plover_of(&pattern.cameo, c.plover.as_deref()))
        else {
            continue;
        };
        if !acts.iter().any(|(h, p)| *h == m.head && *p == plover) {
            acts.push((m.head, plover));
        }
    }
    acts
}

/// The subject of the verb whose act a naming verb at `head` calls by a name in an `in what`
/// phrase ("In what Human Rights Watch called a war crime, Israeli forces struck"): the
/// tree hangs `what` on the naming verb as its object, the naming verb on `in`, and `in`
/// on the verb of the act named. An active verb only: "were killed in what police called
/// a robbery" names no doer.
fn in_what_named_act_doer(clause: &Clause, head: usize) -> Option<Slot> {
    if !clause.words[..head].contains(&"what") {
        return None;
    }
    let t = clause.tree()?;
    let what = t.child(head, sitrep_parser::Rel::Dobj)?;
    if clause.words[what] != "what" || what == 0 || clause.words[what - 1] != "in" {
        return None;
    }
    let prep = t.head(head).filter(|&p| p == what - 1)?;
    let verb = t
        .head(prep)
        .filter(|&v| clause.is_verb(v) && !clause.is_passive(v))?;
    match clause.subject(clause.verb_group_start(verb), 0) {
        Subject::Actors(s) => Some(s),
        _ => None,
    }
}

/// Is the event noun whose phrase starts at `np_start` the topic of the act of its
/// governing verb at `k` rather than that verb's subject's own act? A verb that reacts
/// to, discusses, asks for or refuses an act ("expressed concern over the arrests",
/// "ordered an inquiry into the clash", "held talks on the release of the hostages",
/// "demanded the release of", "denied involvement in the incursion") is no doer of it.
/// A verb of the noun's own category is its light verb ("launched strikes", "held
/// talks"); a verb that announces, agrees to or signs the act ("announced the
/// suspension of talks", "signed a cooperation agreement") is its doer; a verb no
/// pattern knows ("came during a meeting") says nothing, unless it ends or undoes the act
/// (`[ending-verbs]`: "agreed to dismantle the curfew"). An accusation or denial with
/// "of"/"for" ("accused Moscow of attacks") keeps the noun for the accused, who takes it
/// over later (`link_governed`).
fn is_topic_of_other_act(
    clause: &Clause,
    verb_acts: &[(usize, String)],
    k: usize,
    np_start: usize,
    plover: &str,
) -> bool {
    let linked = np_start > 0 && matches!(clause.words[np_start - 1], "of" | "for");
    // A verb that ends or undoes the act ("agreed to dismantle the curfew") is no doer of
    // it, whether or not a pattern knows the verb.
    let mut topical = ENDING_VERBS.contains(clause.words[k]);
    // A verb of telling governing a material act ("reiterated the claim that the attack
    // was planned abroad") tells of it: its subject is a speaker, not the doer.
    topical |= TELLING_VERBS.contains(clause.words[k])
        && matches!(
            plover,
            "ASSAULT"
                | "COERCE"
                | "AID"
                | "COOPERATE"
                | "MOBILIZE"
                | "RETREAT"
                | "SANCTION"
                | "PROTEST"
                | "CONCEDE"
        );
    for (_, p) in verb_acts.iter().filter(|(h, _)| *h == k) {
        if p == plover {
            return false;
        }
        // Denying an act, its direct object ("denied kidnapping them", "denied the
        // attack"), denies doing it: the denier is its doer, the act framed as denied
        // (frames.txt [frame deny]). "denied involvement in the incursion" is no such act.
        let denies = p == "REJECT" && clause.words[k].starts_with("den") && np_start == k + 1;
        topical |= match p.as_str() {
            "REJECT" if denies => false,
            "ACCUSE" | "REJECT" => !linked,
            "AGREE" | "SUPPORT" | "MOBILIZE" | "AID" | "COOPERATE" => false,
            _ => true,
        };
    }
    topical
}

#[allow(clippy::too_many_arguments)]
fn noun_slots(
    clause: &Clause,
    m: &PatternMatch,
    slots: &[LexSlot],
    region_end: usize,
    plover: &str,
    verb_acts: &[(usize, String)],
    how: &mut How,
    no_slots: &mut &'static str,
) -> (Slot, Slot, usize) {
    let (np_start, _np_end) = clause.np_around(m.head);
    // "handed Kyiv another package of air defence systems": a determiner after a noun or
    // a name opens a second noun phrase (the direct object after the indirect one), and
    // the event noun's phrase starts there.
    let np_start = (np_start + 1..m.head)
        .rev()
        .find(|&l| {
            clause.tags[l] == Tag::DT
                && (clause.tags[l - 1].is_noun() || clause.mention(l - 1).is_some())
        })
        .unwrap_or(np_start);
    // What the search for the verb governing the noun found, for the reason given when
    // no slot holds a party.
    let mut governing = Governing::NotSearched;
    let mut actor = Slot::default();
    let mut recipient = Slot::default();
    // "fighting between rebels and government forces", "talks between Kyiv and Moscow":
    // the parties act on each other (the caller pairs them in both directions).
    // The noun's own verb may come first: "clashes erupted between ...", "fighting broke
    // out between ...", "exchange of fire reported between ...".
    let between = (m.end..(m.end + 4).min(clause.len()))
        .take_while(|&k| {
            clause.words[k] == "between" || clause.is_verb(k) || clause.tags[k] == Tag::RP
        })
        .find(|&k| clause.words[k] == "between")
        // ... or further on, its own phrase hung on that verb: "fighting broke out on
        // Sunday between Thai and Cambodian troops" (the noun the verb's subject). Only
        // a "between" after the noun can be that phrase: without one the sentence is not
        // parsed for it.
        .or_else(|| {
            if !clause.words[m.end.min(clause.len())..].contains(&"between") {
                return None;
            }
            let tree = clause.tree()?;
            let verb = tree
                .head(m.head)
                .filter(|_| tree.rel(m.head) == sitrep_parser::Rel::Nsubj)?;
            tree.children(verb).find(|&c| {
                c > m.end && tree.rel(c) == sitrep_parser::Rel::Prep && clause.words[c] == "between"
            })
        })
        // ... or hung on the noun itself past its own complement: "exchanges of fire
        // between Israel and Hezbollah", "talks on the dam between Egypt and Ethiopia".
        .or_else(|| {
            // Only a "between" in those six words can be that phrase: without one the
            // sentence is not parsed for it.
            if !clause.words[(m.end + 1).min(clause.len())..(m.end + 7).min(clause.len())]
                .contains(&"between")
            {
                return None;
            }
            let tree = clause.tree()?;
            tree.children(m.head).find(|&c| {
                c > m.end
                    && c <= m.end + 6
                    && tree.rel(c) == sitrep_parser::Rel::Prep
                    && clause.words[c] == "between"
            })
        })
        // ... or hung on the last noun of the noun's own `of` complement, which the parse
        // gives it as often: "the exchange of hundreds of prisoners of war between Russia
        // and Ukraine" (session 32). Only a reciprocal act's noun: its `between` names its
        // two sides, where "the release of prisoners between 2019 and 2021" names none.
        .or_else(|| {
            let cameo = &clause.knowledge.lexicon.pattern(m.pattern).cameo;
            if !is_reciprocal_code(cameo, clause.words[m.head]) {
                return None;
            }
            let to = (m.end + 9).min(clause.len());
            let b = (m.end + 1..to).find(|&k| clause.words[k] == "between")?;
            let tree = clause.tree()?;
            if tree.rel(b) != sitrep_parser::Rel::Prep {
                return None;
            }
            // Up from the `between` to the noun through `of` complements alone.
            let mut k = tree.head(b)?;
            for _ in 0..8 {
                if k == m.head {
                    return Some(b);
                }
                let up = tree.head(k)?;
                let of_link = (tree.rel(k) == sitrep_parser::Rel::Pobj && clause.words[up] == "of")
                    || (clause.words[k] == "of" && tree.rel(k) == sitrep_parser::Rel::Prep);
                if !of_link {
                    return None;
                }
                k = up;
            }
            None
        })
        // ... or past an apposition in commas that describes the noun: "Talks, the first
        // since 2019, between Kyiv and Moscow", "a defence pact, the first of its kind,
        // between Riyadh and Islamabad".
        .or_else(|| between_after_apposition(clause, m.end))
        // ... or in the predicate the noun is the subject of: "The agreement signed on
        // Friday is the first between Armenia and Azerbaijan".
        .or_else(|| copular_predicate_prep(clause, m.end, "between"));
    if let Some(b) = between {
        let limit = if b == m.end {
            region_end.max(b + 2)
        } else {
            (b + 16).min(clause.len())
        };
        // "between the presidents of Venezuela and Guyana": one plural role standing for
        // the parties its `of` phrase lists (`Clause::np_slot`).
        let sides = clause.np_after(b + 1, limit).map(|(_, ms)| {
            if ms.len() >= 2 {
                ms
            } else {
                clause
                    .np_slot(b + 1, limit, BETWEEN_HOW)
                    .map(|s| s.mentions)
                    .filter(|listed| listed.len() >= 2)
                    .unwrap_or(ms)
            }
        });
        // "Thailand and Cambodia have disputed the area ... Fresh fighting between them":
        // the list or pair the sentence before opened with or named
        // (`Doc::plural_object_before`).
        let sides = if clause.words.get(b + 1) == Some(&"them") {
            clause
                .doc
                .plural_object_before(clause.first + b + 1)
                .or(sides)
        } else {
            sides
        };
        if let Some(ms) = sides {
            if ms.len() >= 2 {
                actor.how = if one_side_and_a_list(clause, &ms) {
                    BETWEEN_ONE_AND_LIST_HOW
                } else {
                    BETWEEN_HOW
                };
                how.push(format!("parties: {}", actor.how));
                actor.mentions = ms;
                return (actor, recipient, np_start);
            }
        }
    }
    // Actors inside the phrase before the head: "Ukraine's", "Ukrainian", "Russia-North Korea";
    // with none, a name the pattern itself requires before its head ("new U.S. sanctions"),
    // not one that only qualifies a doer named before it ("Vietnam Military Withdrawal").
    let mut inner: Vec<usize> = Vec::new();
    for l in np_start..m.start {
        if let Some(mi) = clause.mention(l) {
            if !inner.contains(&mi) {
                inner.push(mi);
            }
        }
    }
    if inner.is_empty() {
        for l in m.start..m.head {
            if let Some(mi) = clause.mention(l) {
                if !inner.contains(&mi) {
                    inner.push(mi);
                }
            }
        }
    }
    let mut inner_modifier: Option<usize> = None;
    if inner.is_empty() {
        // A country adjective: "a Ukrainian drone strike", also as a word the pattern
        // itself requires before its head ("israeli *strikes").
        let doc = clause.doc;
        for md in &doc.modifiers {
            let l = md.first.wrapping_sub(clause.first);
            if l >= np_start && l < m.head {
                inner_modifier = Some(md.entity);
                break;
            }
        }
    }
    if inner.len() >= 2 {
        how.push("actor and recipient: the two parties named in the phrase".into());
        actor.mentions.push(inner[0]);
        recipient.mentions.push(inner[1]);
        if !is_reciprocal(plover) {
            recipient.mentions.truncate(1);
        }
    } else if inner.len() == 1 {
        how.actor(ActorSource::NamedInPhrase, "actor: named in the phrase");
        actor.mentions.push(inner[0]);
    }
    let after = m.end;
    // The `of` object of a coercion or an attack, the people or things it falls on, is
    // the party of its country adjectives: "China's seizure of a Philippine supply boat",
    // "the detention of two Canadian citizens", "the seizure of an Iranian tanker ... in
    // the Gulf of Oman" (not a later `of` phrase's party). Not of a transfer: "the
    // delivery of Russian weapons to Mali" names where the goods come from.
    if recipient.mentions.is_empty()
        && clause.words.get(after) == Some(&"of")
        && matches!(plover, "COERCE" | "ASSAULT" | "SANCTION")
        && slots
            .iter()
            .any(|sl| matches!(sl, LexSlot::Prep(p) if p == "of"))
    {
        adjectives_as_recipient(
            clause,
            (after + 1, region_end),
            |r| !actor.mentions.contains(&r),
            || "recipient: the country adjectives of the object of `of`".into(),
            &mut recipient,
            how,
        );
    }
    if recipient.mentions.is_empty() {
        if let Some(s) = find_recipient(
            clause,
            slots,
            after,
            region_end,
            plover,
            &actor.mentions,
            m.head,
        ) {
            how.push(format!("recipient: {}", s.how));
            recipient = s;
        }
    }
    // "announced the release of two French nationals", "the return of Ukrainian
    // children": a release or return (CAMEO 084) yields to the party whose people or
    // property it frees, named by the country adjectives of its `of` object, when no slot
    // names the party it is handed to. The actor's own people freed at home are no other
    // party.
    if recipient.mentions.is_empty()
        && clause.words.get(after) == Some(&"of")
        && is_release(clause, m)
    {
        adjectives_as_recipient(
            clause,
            (after + 1, region_end),
            |r| !actor.mentions.contains(&r) && !on_actor_side(clause, &actor.mentions, r),
            || "recipient: the country adjectives of what is released (`of`)".into(),
            &mut recipient,
            how,
        );
    }
    if recipient.mentions.is_empty() {
        // "new tariffs on Chinese vehicles", "a tariff increase on German and Italian
        // cars", "sanctions against Iranian firms": the countries whose adjectives qualify
        // the pattern's prepositional object, as the verb's slots read them. The
        // preposition follows the noun's phrase directly and names a target (`on`,
        // `against`): "several trips to the Afghan capital" is a place visited over the
        // years, a setting rather than the party a single act is aimed at.
        let to = region_end.min(clause.len());
        let mut k = after;
        while k < to && k < after + 3 && clause.tags[k].is_noun() {
            k += 1;
        }
        let slot_prep = k < to
            && matches!(clause.words[k], "on" | "against")
            && slots
                .iter()
                .any(|sl| matches!(sl, LexSlot::Prep(p) if p == clause.words[k]));
        if slot_prep {
            adjectives_as_recipient(
                clause,
                (k + 1, to),
                |r| !actor.mentions.contains(&r),
                || {
                    format!(
                        "recipient: the country adjectives of the object of `{}`",
                        clause.words[k]
                    )
                },
                &mut recipient,
                how,
            );
        }
    }
    // "their forces came under a calculated attack from Assad loyalists", "the convoy came
    // under fire by militants": the one under the act is the subject of "come under", the
    // doer follows the noun with `from` or `by`; so with a receiving verb ("faced sharp
    // criticism from the EU", "received drones from Iran", `[receiving-verbs]`).
    // A reaction is also called out by an act or its doer ("Israel's decision prompted a
    // rare rebuke from Washington", `[eliciting-verbs]`), and met with or come in for
    // ("the plan met with strong criticism from Paris", "Kenya came in for criticism
    // from rights groups").
    let reaction = crate::recipients::is_reaction(plover);
    let receives = |w: &str| {
        crate::words::RECEIVING_VERBS.contains(w)
            || reaction && crate::words::ELICITING_VERBS.contains(w)
    };
    let is_come = |w: &str| matches!(w, "come" | "came" | "comes" | "coming");
    let receiving_verb = if np_start >= 2
        && clause.words[np_start - 1] == "under"
        && is_come(clause.words[np_start - 2])
    {
        Some(np_start - 2)
    } else if let Some(v) = (np_start >= 1)
        .then(|| {
            // "has faced mounting criticism from", "drew increasingly sharp criticism
            // from": a participle or adverb the noun phrase reading leaves out of the
            // phrase stands between the verb and its object.
            let mut v = np_start - 1;
            while v > 0
                && np_start - v <= 2
                && !receives(clause.words[v])
                && (clause.tags[v] == Tag::VBG || clause.tags[v].is_adverb())
            {
                v -= 1;
            }
            v
        })
        .filter(|&v| clause.is_verb(v) && receives(clause.words[v]))
    {
        Some(v)
    } else if np_start >= 2
        && clause.words[np_start - 1] == "with"
        && matches!(
            clause.words[np_start - 2],
            "met" | "meet" | "meets" | "meeting"
        )
        && reaction
    {
        Some(np_start - 2)
    } else if np_start >= 3
        && clause.words[np_start - 1] == "for"
        && clause.words[np_start - 2] == "in"
        && is_come(clause.words[np_start - 3])
        && reaction
    {
        Some(np_start - 3)
    } else if np_start >= 1
        && np_start < m.start
        && clause.tags[np_start] == Tag::VBN
        && matches!(
            clause.words[np_start - 1],
            "has" | "have" | "had" | "having"
        )
        && receives(clause.words[np_start])
    {
        // "has drawn criticism from the EU", "had faced condemnation from": a participle
        // after the auxiliary of the perfect is the verb, though the noun phrase reading
        // (`Clause::np_around`) takes it for an adjective of the noun.
        Some(np_start)
    } else {
        None
    };
    if let Some(verb) = receiving_verb.filter(|_| {
        actor.mentions.is_empty() && matches!(clause.words.get(after), Some(&("from" | "by")))
    }) {
        let agent = clause
            .prep_object(clause.words[after], after, region_end.max(after + 2))
            .filter(|s| s.np.0 == after + 1);
        if let Some(agent) = agent {
            let g = clause.verb_group_start(verb);
            // "Russia's missile attack on the grid drew condemnation from Poland": the
            // owner of an act the subject names is the one criticised, as the governing
            // verb's search below reads a possessor subject.
            clause.possessor_subjects.set(true);
            let subject = clause.subject(g, 0);
            clause.possessor_subjects.set(false);
            match subject {
                Subject::Actors(s) => {
                    how.push("actor: the `from` agent of the act the subject came under".into());
                    how.push("recipient: the subject that came under the act".into());
                    actor = agent;
                    recipient = s;
                    recipient.mentions.retain(|r| !actor.mentions.contains(r));
                    return (actor, recipient, g);
                }
                // "Militants attacked an army base ... The attack drew condemnation from
                // the African Union": a reaction drawn by an act the subject names is the
                // agent's; its recipient is the act's doer, told before
                // (recipients.rs `drawn_reaction_author`).
                Subject::NonActor((a, _)) if matches!(plover, "ACCUSE" | "SUPPORT" | "REJECT") => {
                    how.push(
                        "actor: the `from` agent of the reaction the subject's act drew".into(),
                    );
                    actor = agent;
                    recipient.mentions.retain(|r| !actor.mentions.contains(r));
                    // "The killing of an opposition leader by Chadian security forces
                    // prompted condemnation from the African Union": the act the subject
                    // names has its doer in its own `by` phrase, the one reacted to.
                    if recipient.mentions.is_empty() {
                        if let Some(doer) = (a..g)
                            .filter(|&k| clause.words[k] == "by")
                            .find_map(|k| clause.prep_object("by", k, g))
                            .filter(|s| !s.mentions.iter().any(|r| actor.mentions.contains(r)))
                        {
                            how.push("recipient: the `by` agent of the subject's act".into());
                            recipient = doer;
                        }
                    }
                    return (actor, recipient, g);
                }
                _ => {}
            }
        }
    }
    // "Israel's crackdown on protests by Palestinians": repression aimed at a protest is
    // aimed at the party protesting, the `by` agent of the protest noun (a protest
    // pattern's noun in the lexicon). After other targets ("attacks on positions by
    // Russian forces") the `by` phrase is the attack's own agent, so only protests count.
    if recipient.mentions.is_empty()
        && plover == "ASSAULT"
        && matches!(clause.words.get(after), Some(&("on" | "against")))
    {
        let to = region_end.max(after + 2).min(clause.len());
        if let Some((e, ms)) = clause.np_after(after + 1, to) {
            let lexicon = &clause.knowledge.lexicon;
            let protest = ms.is_empty()
                && e < clause.len()
                && clause.words[e] == "by"
                && lexicon.patterns_for(clause.words[e - 1]).iter().any(|&p| {
                    let p = lexicon.pattern(p);
                    p.pos == TriggerPos::Noun && p.cameo.starts_with("14")
                });
            if protest {
                if let Some(s) = clause.np_slot(
                    e + 1,
                    (e + 12).min(clause.len()),
                    "`by` agent of the protest",
                ) {
                    how.push(
                        "recipient: the protesters (`by` agent of the protest targeted)".into(),
                    );
                    recipient = s;
                }
            }
        }
    }
    if actor.mentions.is_empty() {
        // "a strike by Ukraine", "a visit by Indian Prime Minister Narendra Modi to
        // Mauritius": the agent follows the noun directly; its phrase runs as far as the
        // region allows (a name of several words). After the noun's object see
        // `by_agent_after_object`.
        let by = after;
        if clause.words.get(by) == Some(&"by") {
            if let Some(s) = clause
                .prep_object("by", by, region_end.max(by + 2))
                .filter(|s| s.np.0 == by + 1)
            {
                how.actor(ActorSource::ByAgent, "actor: `by` agent of the noun");
                actor = s;
            }
        }
    }
    if actor.mentions.is_empty() {
        if let Some(s) = by_agent_after_object(clause, np_start, after) {
            how.actor(
                ActorSource::ByAgent,
                "actor: `by` agent after the noun's object",
            );
            actor = s;
        }
    }
    if actor.mentions.is_empty() {
        // "The strike was the first by Israel on Iranian soil", "The deportations were the
        // largest by the Dominican Republic this year": the `by` phrase of a ranking
        // predicate names the doer of the act its subject noun names.
        if let Some(by) = copular_predicate_prep(clause, after, "by") {
            let end = (by + 1..(by + 10).min(clause.len()))
                .find(|&j| clause.is_verb(j) || matches!(clause.words[j], "," | ";" | "\""))
                .unwrap_or_else(|| (by + 10).min(clause.len()));
            if let Some(s) = clause
                .prep_object("by", by, end.max(by + 2))
                .filter(|s| s.np.0 == by + 1 && !s.mentions.is_empty())
            {
                how.actor(
                    ActorSource::ByAgent,
                    "actor: `by` agent of the ranking predicate the noun is subject of",
                );
                actor = s;
            }
        }
    }
    if actor.mentions.is_empty() {
        if let Some(s) = light_participle_agent(clause, after, verb_acts) {
            how.actor(
                ActorSource::ByAgent,
                "actor: `by` agent of the light verb's participle after the noun",
            );
            actor = s;
        }
    }
    if actor.mentions.is_empty() {
        if let Some(s) = light_relative_subject(clause, after, verb_acts) {
            how.push("actor: subject of the light verb in the object relative on the noun".into());
            actor = s;
        }
    }
    if actor.mentions.is_empty() {
        if let Some(e) = inner_modifier {
            // Represent the adjective's country by any mention of that entity in the doc.
            if let Some(mi) = clause.doc.first_mention_of(e) {
                how.push("actor: the country adjective in the phrase".into());
                actor.mentions.push(mi);
            }
        }
    }
    let mut vg = np_start;
    // "Following talks with Ramgoolam, both leaders reaffirmed ...", "After a meeting with
    // Putin, Macron said ...": a meeting with a named party in a sentence-opening adverbial
    // is the main clause subject's own. Other acts there ("During a rally, X said") were
    // measured and are mostly not the subject's. Talks that name no partner are among the
    // main clause's parties when it names two or more ("After two days of talks in Cairo,
    // Egypt and Ethiopia agreed ...": the caller pairs them as it pairs `between`).
    // The phrase may start after a measure of the talks ("two days of", "three rounds of").
    // A wire dateline before the phrase ("ADDIS ABABA - After three rounds of talks with
    // Somalia, Ethiopia agreed ...") is no part of the sentence: its words hang on the root
    // as `meta` (session 32).
    // An opening time phrase and its comma before the phrase ("On Tuesday, after two days
    // of talks with Chinese officials, Vietnam agreed ...", "Late on Monday, after ...") are
    // passed as the dateline is (session 33).
    let lead = leading_dateline_words(clause);
    let lead = lead + leading_time_phrase_words(clause, lead);
    let opening = (lead + 1..=lead + 5).contains(&np_start)
        && matches!(clause.words[lead], "following" | "after" | "during")
        && (lead + 1..np_start).all(|l| !clause.is_verb(l) && clause.words[l] != ",");
    if actor.mentions.is_empty() && plover == "CONSULT" && opening {
        if let Some(main) = clause
            .tree()
            .and_then(|t| t.head(lead))
            .filter(|&v| clause.is_verb(v))
        {
            let g = clause.verb_group_start(main);
            let subject = match clause.subject(g, 0) {
                Subject::Actors(s) if !recipient.mentions.is_empty() => Some(s),
                Subject::Actors(s) if s.mentions.len() >= 2 => Some(Slot {
                    how: BETWEEN_HOW,
                    ..s
                }),
                _ => None,
            };
            if let Some(s) = subject {
                how.actor_slot(
                    &s,
                    format!(
                        "actor: {} of `{}`, whose opening adverbial holds the noun",
                        s.how, clause.words[main]
                    ),
                );
                actor = s;
                vg = g;
            }
        }
    }
    // "The presidents of Sudan and South Sudan signed a series of agreements ..., after
    // four days of summit talks mediated by the African Union", "Dacic and Thaci initialed
    // the accord after a tenth round of talks hosted by Ashton": talks that name no
    // partner in a closing `after` phrase are the main clause's two or more parties' own,
    // as in an opening one (the verb the phrase hangs on, else the sentence's main verb,
    // before the phrase). Measured on the `wire-m-*` stories (session 27).
    // A "following" tagged as a participle can stand inside the noun's phrase ("on Monday
    // following talks with"): it is the preposition all the same.
    let closing = (np_start.saturating_sub(6)..m.head)
        .rev()
        .find(|&a| matches!(clause.words[a], "after" | "following"))
        .filter(|&a| {
            a >= 3 && (a + 1..np_start).all(|l| !clause.is_verb(l) && clause.words[l] != ",")
        });
    // "Qatar released the frozen funds after lengthy negotiations with Iran", "Kenya lifted
    // the curbs after talks with Tanzania's trade minister": talks that name their partner
    // in a closing `after` phrase are the main clause's subject's own with that partner, as
    // in an opening one (session 32, `dropped_wire`); the subject may then be one party.
    if actor.mentions.is_empty() && plover == "CONSULT" {
        if let Some((a, tree)) = closing.zip(clause.tree()) {
            let partnered = !recipient.mentions.is_empty();
            let pair_subject = |v: usize| {
                if v >= a || !clause.is_verb(v) {
                    return None;
                }
                let g = clause.verb_group_start(v);
                // "The presidents of Sudan and South Sudan": the parties of a plural
                // subject's `of` phrase.
                let subject = clause.subject(g, 0);
                let subject_end = match &subject {
                    Subject::Actors(s) => Some(s.np.1),
                    Subject::NonActor((_, e)) => Some(*e),
                    Subject::Missing => None,
                };
                if partnered {
                    // The subject's parties that are not the partner named.
                    let Subject::Actors(s) = subject else {
                        return None;
                    };
                    let mentions: Vec<usize> = s
                        .mentions
                        .iter()
                        .copied()
                        .filter(|&mi| !recipient.mentions.contains(&mi))
                        .collect();
                    return (!mentions.is_empty()).then_some((v, g, Slot { mentions, ..s }));
                }
                let s = match subject {
                    Subject::Actors(s) if s.mentions.len() >= 2 => s,
                    _ => subject_end.and_then(|e| parties_of_plural(clause, e, g))?,
                };
                Some((
                    v,
                    g,
                    Slot {
                        how: BETWEEN_HOW,
                        ..s
                    },
                ))
            };
            // The phrase may hang on the main verb's object ("released the frozen funds
            // after lengthy negotiations"): the verb above it.
            let found = std::iter::successors(tree.head(a), |&h| tree.head(h))
                .take(3)
                .find(|&h| clause.is_verb(h))
                .and_then(pair_subject)
                .or_else(|| tree.root().and_then(pair_subject));
            if let Some((v, g, s)) = found {
                how.actor_slot(
                    &s,
                    format!(
                        "actor: {} of `{}`, whose closing `after` phrase holds the noun",
                        s.how, clause.words[v]
                    ),
                );
                actor = s;
                vg = g;
            }
        }
    }
    // "Iraqi Doctors on Strike Over Unpaid Salaries", "Jailed Activist on Hunger Strike":
    // a headline drops the "is" of being on a protest (the governing-verb search below
    // reads "are on strike"); the party the "on" phrase follows is its doer.
    // Not a month ("on 10 March"), which a date mention covers.
    if actor.mentions.is_empty()
        && plover == "PROTEST"
        && np_start >= 2
        && clause
            .doc
            .date_tokens_covering(clause.first + m.head)
            .is_none()
    {
        let mut k = np_start - 1;
        if clause.words[k] == "on" {
            while k > 0 && matches!(clause.words[k - 1], "now" | "out" | "still" | "again") {
                k -= 1;
            }
            if let Some(mi) = k.checked_sub(1).and_then(|p| clause.mention(p)) {
                how.push("actor: the party on the protest (a headline's dropped `is`)".into());
                actor.mentions.push(mi);
            }
        }
    }
    // "In a rebuke to Washington, China said it would keep buying Iranian oil", "In a rare
    // public rebuke of Israel, the minister said ...": a reaction noun in the `in` phrase
    // that opens the sentence tells what the main clause's act was, so its author is the
    // subject of the verb the phrase hangs on (the noun's slot names its target).
    if actor.mentions.is_empty()
        && !recipient.mentions.is_empty()
        && crate::recipients::is_reaction(plover)
        && np_start >= 1
        && clause.words[np_start - 1] == "in"
        && (0..np_start - 1).all(|k| !clause.is_verb(k) && clause.words[k] != ",")
    {
        if let Some(v) = clause.tree().and_then(|t| {
            t.head(np_start - 1)
                .filter(|&v| v > m.end && clause.is_verb(v))
                .filter(|&v| (m.end..v).any(|k| clause.words[k] == ","))
        }) {
            if let Subject::Actors(s) = clause.subject(clause.verb_group_start(v), 0) {
                let others: Vec<usize> = s
                    .mentions
                    .iter()
                    .copied()
                    .filter(|a| !recipient.mentions.contains(a))
                    .collect();
                if !others.is_empty() {
                    how.actor_slot(
                        &s,
                        format!(
                            "actor: {} of the verb `{}` the opening `in` phrase tells",
                            s.how, clause.words[v]
                        ),
                    );
                    actor = Slot {
                        mentions: others,
                        ..s
                    };
                }
            }
        }
    }
    if actor.mentions.is_empty() {
        // The verb governing the phrase: "Ukraine launched a drone strike", "formalized
        // their cooperation through a military pact".
        governing = Governing::NoVerb;
        let mut k = np_start;
        let mut hops = 0;
        // At most one preposition between verb and noun ("came during a meeting"):
        // "arrested people for participation in demonstrations" does not make the
        // police demonstrate.
        let mut prepositions = 0;
        // Whether the only preposition crossed is the `of` of a measure ("made a string
        // of arrests", "carried out a wave of airstrikes").
        let mut measure_only = true;
        // The preposition crossed between verb and noun, if any.
        let mut crossed: Option<&str> = None;
        while k > 0 && hops < 10 {
            k -= 1;
            hops += 1;
            let w = clause.words[k];
            if w == "," || w == ";" || w == "\"" {
                break;
            }
            // "led more than eight hours of peace talks": "than" belongs to the count.
            if clause.tags[k] == sitrep_tagger::Tag::IN && w != "than" {
                measure_only &= w == "of";
                prepositions += 1;
                crossed = Some(w);
                if prepositions > 1 {
                    break;
                }
            }
            // "Britain, which lost one citizen in the attacks", "soldiers died in the
            // ambush": the subject of a verb of loss is a victim of the act its `in`
            // phrase names, never its doer (`[losing-verbs]`).
            if clause.is_verb(k)
                && matches!(crossed, Some("in" | "during"))
                && crate::words::LOSING_VERBS.contains(w)
            {
                break;
            }
            // "has been on hunger strike since May", "workers are on strike": being on
            // an act is doing it, and the subject of "be" is its doer.
            // "Ghana is in talks with the IMF", "Armenia is in direct negotiations with
            // Azerbaijan": being in talks is holding them (session 32; talks only: "has
            // been in custody" is no act of the subject's).
            let on_the_act = matches!(w, "is" | "are" | "was" | "were" | "be" | "been")
                && ((clause.words.get(k + 1) == Some(&"on")
                    || plover == "CONSULT" && clause.words.get(k + 1) == Some(&"in"))
                    && np_start == k + 2
                    // "he was open to talks with", "is ready for dialogue with": the
                    // subject of "be" stands ready for the act (`[readiness-adjectives]`).
                    || (np_start == k + 3
                        && crate::words::READINESS_ADJECTIVES.contains(clause.words[k + 1])
                        && matches!(clause.words[k + 2], "to" | "for")));
            if clause.is_verb(k)
                && (on_the_act
                    || !matches!(
                        w,
                        "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had"
                    ))
            {
                let g = clause.verb_group_start(k);
                if clause.is_passive(k) {
                    governing = Governing::Passive;
                    break;
                }
                // "The United States, which gives Uganda nearly $1 billion in aid a year, has
                // not commented": the noun of a present-tense relative clause describing a
                // party is that description, as the verb is (`describing_present_relative`).
                if describing_present_relative(clause, k) {
                    governing = Governing::Described;
                    break;
                }
                // "The United Nations says jihadist violence has killed ...": a verb of
                // saying opens the reported clause the noun is in, and an international
                // body or aid group reporting it does not do the act (golden convention
                // 2).
                // Measured: a state's sayer often is the doer ("police said the raid"),
                // so only an international body's or aid group's report is set apart.
                let opens_reported_clause =
                    np_start == k + 1 || (np_start == k + 2 && clause.words[k + 1] == "that");
                let reports_others = opens_reported_clause
                    && ((crate::words::SPEECH_VERBS.contains(w)
                        && !matches!(w, "warned" | "asked" | "told" | "claimed"))
                        || matches!(w, "say" | "saying"))
                    && matches!(clause.subject(g, 0), Subject::Actors(ref s)
                    if !s.mentions.is_empty() && s.mentions.iter().all(|&mi| {
                        let e = &clause.doc.entities[clause.doc.mentions[mi].entity];
                        matches!(e.code.as_deref(), Some("IGO" | "NGO"))
                    }));
                if reports_others {
                    break;
                }
                // "Niger's foreign ministry said the expulsions were \"a flagrant
                // violation\"": a sayer who calls the act a wrong judges another's act,
                // told before; the sayer does not do it.
                let judges_a_wrong = opens_reported_clause
                    && (crate::words::SPEECH_VERBS.contains(w) || matches!(w, "say" | "saying"))
                    && crate::frames::wrongdoing_starts_at(clause, clause.knowledge.frames, m.end);
                if judges_a_wrong {
                    break;
                }
                // "arrested 23 demonstrators during a protest", "detained 50 people at
                // a rally": a protest told as the setting of another act is done by that
                // act's object, when it is people a protest is made of
                // (`[protester-sectors]`).
                if plover == "PROTEST" && np_start > 0 {
                    if let Some(o) = protesters_of_setting(clause, k, np_start) {
                        how.push(format!(
                            "actor: direct object of the verb `{}`, at whose protest it was",
                            clause.words[k]
                        ));
                        actor = o;
                        vg = clause.verb_group_start(k);
                        break;
                    }
                }
                // "Guyana accused Venezuela of an unprovoked attack on Guyanese soldiers",
                // "blamed Kyiv for the strike": the act the accusing verb's `of`/`for`
                // phrase names is the accused's (its direct object), told as alleged, never
                // the accuser's (session 32, `[relative-accusing-verbs]`).
                // Hostile material acts only: an accusation noun so named ("accusing Israel
                // of genocide") is the accuser's charge, not the accused's act.
                if np_start > k + 1
                    && matches!(plover, "ASSAULT" | "COERCE" | "MOBILIZE")
                    && matches!(clause.words[np_start - 1], "of" | "for")
                    && crate::words::RELATIVE_ACCUSING_VERBS.contains(w)
                {
                    if let Some(o) = clause
                        .direct_object(k + 1, np_start)
                        .filter(|o| o.how == "direct object" && !o.mentions.is_empty())
                    {
                        how.push(format!(
                            "actor: the party accused (direct object of `{}`), whose act it is",
                            clause.words[k]
                        ));
                        actor = o;
                        vg = clause.verb_group_start(k);
                        break;
                    }
                }
                if is_topic_of_other_act(clause, verb_acts, k, np_start, plover) {
                    governing = Governing::OtherAct;
                    break;
                }
                // "Venezuela and Chile are accompanying the talks as observers", "U.N.
                // envoys observed the talks", "reporters covering the summit": who
                // accompanies, watches or reports on talks does not hold them
                // (`[talk-onlooker-verbs]`).
                if plover == "CONSULT" && crate::words::TALK_ONLOOKER_VERBS.contains(w) {
                    break;
                }
                // "the army's takeover sparked nationwide protests", "the arrest set off
                // protests": the subject of a verb of causing (`[causing-verbs]`) is the
                // act's cause, not its doer.
                if np_start == k + 1 && crate::words::CAUSING_VERBS.contains(w)
                    || np_start == k + 2
                        && clause.words[k + 1] == "off"
                        && crate::words::CAUSING_OFF_VERBS.contains(w)
                {
                    governing = Governing::Caused;
                    break;
                }
                clause.possessor_subjects.set(true);
                let mut subject = clause.subject(g, 0);
                clause.possessor_subjects.set(false);
                // "denied carrying out the drone strike", "accused Kyiv of conducting the
                // raid": a gerund with no subject of its own does the act of the noun it
                // governs for the doer of the verb it complements.
                if !matches!(subject, Subject::Actors(_)) {
                    if let found @ Subject::Actors(_) = clause.gerund_doer(k) {
                        subject = found;
                    }
                }
                governing = Governing::Subject(SubjectFound::of(&subject));
                if let Subject::Actors(s) = subject {
                    how.actor_slot(
                        &s,
                        format!(
                            "actor: {} of the verb `{}` governing the noun",
                            s.how, clause.words[k]
                        ),
                    );
                    // "Iranian authorities made a string of arrests", "Moscow issued a
                    // flat rejection of the plan", "Brazil gave its full backing to":
                    // the noun is the direct object of a light verb (`[light-verbs]`),
                    // and the two tell one act, as complete as the verb alone would.
                    if measure_only
                        && crate::words::ACT_PERFORMING_VERBS.contains(clause.words[k])
                        && clause
                            .knowledge
                            .cues
                            .light_verb_at(&clause.words, k)
                            .is_some_and(|n| k + n <= np_start)
                    {
                        how.light_verb_object();
                    }
                    actor = s;
                    // "told Trump in phone conversations", "hit Ukraine in a drone strike":
                    // the governing verb's own object, before the noun's phrase, is what
                    // the act is aimed at.
                    // Only a manner or setting ("in", "with", "during"): after "of" or
                    // "for" the noun is what the verb's own act is about ("blamed
                    // Hezbollah for the attack", "asked the IMF for a loan").
                    let setting = np_start > 0
                        && matches!(
                            clause.words[np_start - 1],
                            "in" | "with" | "during" | "through" | "at"
                        );
                    if recipient.mentions.is_empty() && setting {
                        if let Some(o) = clause
                            .direct_object(k + 1, np_start)
                            .filter(|o| o.how == "direct object")
                            // "told reporters after the talks": the press hears of the
                            // act, it is not its party.
                            .filter(|o| !o.mentions.iter().any(|&m| is_media(clause.doc, Some(m))))
                        {
                            how.push(format!(
                                "recipient: direct object of the verb `{}` governing the noun",
                                clause.words[k]
                            ));
                            recipient = o;
                        }
                    }
                    // "handed Kyiv another package of air defence systems", "gave Jordan
                    // $845 million in budget support": a party standing between the verb
                    // and the noun's phrase, with no preposition, is the verb's indirect
                    // object, who receives the act the noun names.
                    if recipient.mentions.is_empty() && np_start > k + 1 {
                        if let Some(o) = clause
                            .direct_object(k + 1, np_start)
                            .filter(|o| o.how == "direct object" && o.np.1 == np_start)
                            .filter(|o| !o.mentions.iter().any(|&m| is_media(clause.doc, Some(m))))
                            .filter(|o| {
                                !o.mentions
                                    .iter()
                                    .any(|&r| on_actor_side(clause, &actor.mentions, r))
                            })
                        {
                            how.push(format!(
                                "recipient: indirect object of the verb `{}` governing the noun",
                                clause.words[k]
                            ));
                            recipient = o;
                        }
                    }
                }
                vg = g;
                break;
            }
        }
    }
    // "a $500 million loan from China to Sri Lanka", "a gift of two patrol boats from Japan
    // to Vietnam": aid told by a noun whose giver stands in a `from` phrase right before
    // the `to` phrase of its receiver is the giver's (session 32). Only with the `to`
    // phrase: "aid from Turkey" alone may name where it came from, not who gave it.
    // Not the object of a verb of its own ("experts detailed prohibited transfers of arms
    // from North Korea to Russia" reports them; the verb's frame decides).
    let object_of_a_verb = clause
        .tree()
        .is_some_and(|t| t.rel(m.head) == sitrep_parser::Rel::Dobj);
    if actor.mentions.is_empty() && plover == "AID" && !object_of_a_verb {
        let end = (m.end + 6).min(clause.len());
        let from = (m.end..end)
            .take_while(|&k| !clause.is_verb(k) && clause.words[k] != ",")
            .find(|&k| clause.words[k] == "from");
        if let Some(k) = from {
            if let Some(s) =
                clause.np_slot(k + 1, (k + 8).min(clause.len()), "prepositional object")
            {
                // The receiver is a party with a code ("loans from China to African
                // governments" tells a trend, no one loan).
                let doc = clause.doc;
                let coded = |m: &usize| {
                    let e = &doc.entities[doc.mentions[*m].entity];
                    e.code.is_some() && !e.code_inferred
                };
                let receiver = clause
                    .np_slot(
                        s.np.1 + 1,
                        (s.np.1 + 8).min(clause.len()),
                        "prepositional object",
                    )
                    .is_some_and(|r| !r.mentions.is_empty() && r.mentions.iter().all(coded));
                if clause.words.get(s.np.1) == Some(&"to") && receiver {
                    how.push("actor: the giver after `from` (`a loan from X to Y`)".into());
                    actor = s;
                }
            }
        }
    }
    // "In a telephone conversation with Putin on Tuesday, Erdogan offered ...", "During a
    // phone call with Trump, Netanyahu discussed ...": a call with a party (041), told in
    // the phrase that opens the sentence, is had by the main clause's subject (session
    // 17). Meetings told so ("At a meeting with the ambassador, Obama admitted") are as
    // often right, but as background they outnumbered the story's own act on NGEC.
    if actor.mentions.is_empty()
        && plover == "CONSULT"
        && clause.knowledge.lexicon.pattern(m.pattern).cameo == "041"
        && clause.words.get(after) == Some(&"with")
        && (1..=4).contains(&np_start)
        && matches!(clause.words[0], "in" | "during" | "at" | "over")
        && !(1..np_start).any(|k| clause.words[k] == "," || clause.is_verb(k))
    {
        let comma = (after..(after + 20).min(clause.len())).find(|&k| clause.words[k] == ",");
        let verb =
            comma.and_then(|c| (c + 1..(c + 14).min(clause.len())).find(|&k| clause.is_verb(k)));
        if let (Some(c), Some(k)) = (comma, verb) {
            if let Subject::Actors(s) = clause.subject(clause.verb_group_start(k), 0) {
                if s.np.0 > c {
                    how.actor_slot(
                        &s,
                        format!(
                            "actor: {} of the verb `{}` after the opening phrase",
                            s.how, clause.words[k]
                        ),
                    );
                    actor = s;
                }
            }
        }
    }
    if clause.knowledge.lexicon.pattern(m.pattern).cameo == "042" || clause.arrival_due(m.head) {
        if let Some(s) = visited_country(clause, slots, after, region_end, &actor.mentions)
            .filter(|s| recipient.mentions.is_empty() || s.np.0 < recipient.np.0)
            .or_else(|| {
                recipient
                    .mentions
                    .is_empty()
                    .then(|| dateline_visited(clause, &actor.mentions))
                    .flatten()
            })
        {
            how.push(format!("recipient: {}", s.how));
            recipient = s;
        }
    }
    // "the deployment of troops along the border with Azerbaijan by Armenia": the forces a
    // mobilisation noun's `of` phrase names are the doer's own, found before its `by`
    // agent was; the party across the border, if any, is the one it is aimed at.
    if plover == "MOBILIZE"
        && !actor.mentions.is_empty()
        && !recipient.mentions.is_empty()
        && recipient
            .mentions
            .iter()
            .all(|&r| on_actor_side(clause, &actor.mentions, r))
    {
        let to = (after + 16).min(clause.len());
        recipient = border_with(clause, after, to).unwrap_or_default();
        how.push(if recipient.mentions.is_empty() {
            "recipient set aside: the doer's own forces".into()
        } else {
            format!("recipient: {}", recipient.how)
        });
    }
    // "Russia's shelling of Kharkiv", "Israeli strikes on Gaza City": an attack noun
    // whose `of`, `on` or `against` object is a place names that place's country as the
    // one attacked (none when it is the attacker's own: `place_country_at`); so does a
    // retreat's `from` place ("Russia's withdrawal from the city of Kherson").
    let place_how = match (plover, clause.words.get(after)) {
        ("ASSAULT", Some(&("of" | "on" | "against"))) => {
            Some("the country of the place attacked (gazetteer)")
        }
        ("RETREAT", Some(&"from")) => Some("the country of the place withdrawn from (gazetteer)"),
        _ => None,
    };
    if let Some(place_how) =
        place_how.filter(|_| recipient.mentions.is_empty() && !actor.mentions.is_empty())
    {
        // The name may follow "the" or a place noun's "of": "the city of Kherson".
        let places = &clause.doc.places;
        let k = (after + 1..(after + 5).min(clause.len())).find(|&k| {
            let at = clause.first + k;
            let named_there = places
                .get(places.partition_point(|p| p.first < at))
                .is_some_and(|p| p.first == at);
            named_there
                && (k == after + 1
                    || (k == after + 2 && clause.words[after + 1] == "the")
                    || crate::places::place_of(clause.doc, at))
        });
        if let Some(s) = k.and_then(|k| place_country_at(clause, k, &actor.mentions, place_how)) {
            how.push(format!("recipient: {}", s.how));
            recipient = s;
        }
    }
    // "A Turkish aid convoy reached Idlib in Syria", "the U.N. aid convoy entered Sudan":
    // aid whose noun is the subject of a verb of arrival (`[arrival-verbs]`) has been
    // delivered, to the party named where it arrived or the country of that place (one
    // the story names; none for the giver's own). Only with its giver named: an aid
    // convoy whose sender is not told codes nothing.
    // "A new shipment of U.S. weapons arrived in Israel", "a convoy of Turkish aid reached
    // Aleppo": with no giver in the phrase before the head, the party the goods come from
    // is named in its `of` object, and the noun arriving says they were delivered.
    if plover == "AID" && actor.mentions.is_empty() && recipient.mentions.is_empty() {
        if let Some(origin) = goods_origin(clause, after, region_end) {
            if let Some(s) = arrival_destination(clause, m.head, &origin.mentions) {
                how.actor_slot(&origin, format!("actor: {}", origin.how));
                actor = origin;
                how.push(format!("recipient: {}", s.how));
                recipient = s;
            }
        }
    }
    if plover == "AID" && recipient.mentions.is_empty() && !actor.mentions.is_empty() {
        if let Some(s) = arrival_destination(clause, m.head, &actor.mentions) {
            how.push(format!("recipient: {}", s.how));
            recipient = s;
        }
    }
    // "Delegations from Iran and the United States arrived in Muscat. The talks ended
    // without a breakthrough", "Tensions between Pakistan and Afghanistan have risen. The
    // clashes along the border killed 12 soldiers": a definite noun of a mutual act opening
    // a sentence that names no party is between the two parties the text before names
    // (`Doc::story_pair`); the caller pairs them both ways.
    if actor.mentions.is_empty()
        && recipient.mentions.is_empty()
        && np_start == 0
        && clause.words.first() == Some(&"the")
        && is_reciprocal_code(
            &clause.knowledge.lexicon.pattern(m.pattern).cameo,
            clause.words[m.head],
        )
        && (0..attribution_start(clause)).all(|l| clause.mention(l).is_none())
    {
        if let Some(pair) = clause
            .doc
            .story_pair(clause.first + m.head, true)
            .filter(|p| p.len() == 2)
            // Named by the sentence just before, not a pair the story told earlier ("The
            // fighting has choked aid routes" after a paragraph about aid groups).
            .filter(|p| {
                let doc = clause.doc;
                let si = doc.sentence_of[clause.first] as usize;
                p.iter().all(|&mi| {
                    let s = doc.sentence_of[doc.mentions[mi].first] as usize;
                    s + 1 == si
                })
            })
        {
            how.push(
                "parties: the two sides the sentences before name (a definite mutual act)".into(),
            );
            actor.mentions = pair;
            actor.how = STORY_PAIR_HOW;
        }
    }
    // "Brazil gave its full backing to", "Kenya paid a state visit to China": the phrase
    // is the direct object of a light verb whatever slot named its actor (here the
    // possessive).
    if !actor.mentions.is_empty()
        && !how.slots.light_verb_object
        && (np_start.saturating_sub(3)..np_start).any(|k| {
            clause.is_verb(k)
                && crate::words::ACT_PERFORMING_VERBS.contains(clause.words[k])
                && clause
                    .knowledge
                    .cues
                    .light_verb_at(&clause.words, k)
                    .is_some_and(|n| k + n == np_start)
        })
    {
        how.light_verb_object();
    }
    recipient.mentions.retain(|r| !actor.mentions.contains(r));
    if actor.mentions.is_empty() && recipient.mentions.is_empty() {
        let by_agent = clause.words.get(after) == Some(&"by");
        *no_slots = noun_no_slots(
            by_agent,
            governing,
            recipient_search(clause, slots, after, region_end),
        );
    }
    (actor, recipient, vg)
}

/// Every mention of a slot as `Some`, or one `None` when the slot found none: one event
/// per party, or one without that party (an iterator: no vector per candidate event).
fn each_or_none(mentions: &[usize]) -> impl Iterator<Item = Option<usize>> + Clone + '_ {
    let none = mentions.is_empty().then_some(None);
    mentions.iter().map(|&m| Some(m)).chain(none)
}

/// How many words after an accusing or denying verb a governed act told by a closing
/// participle (", wounding two soldiers") may stand; other governed acts stand within 12.
const GOVERNED_REACH: usize = 24;

/// "accused North Korea of supplying weapons": the supply event's actor is the accused,
/// and it is framed as alleged; "denied attacking" frames it as denied.
fn link_governed(clause: &Clause, out: &mut [CodedEvent], first_new: usize) {
    for gi in first_new..out.len() {
        let framing = match out[gi].plover.as_str() {
            "ACCUSE" => sitrep_record::Modality::Alleged,
            "REJECT" if clause.words[out[gi].trigger.0 - clause.first].starts_with("den") => {
                sitrep_record::Modality::Denied
            }
            _ => continue,
        };
        // Only accusations and denials are copied (the loop below changes `out`).
        let g = out[gi].clone();
        let gl = g.trigger.0 - clause.first;
        #[allow(clippy::needless_range_loop)] // `out[ei]` is mutated below
        for ei in first_new..out.len() {
            if ei == gi {
                continue;
            }
            let el = out[ei].trigger.0 - clause.first;
            // "accused Armenian units of shelling Azerbaijani positions in the Kalbajar
            // district overnight, wounding a serviceman": the gerund phrase with its places
            // and time runs past twelve words; the participle closing it after a comma is
            // still the accused's act (the phrase test below).
            let closing_participle =
                el > 0 && clause.words[el - 1] == "," && clause.tags[el] == Tag::VBG;
            let reach = if closing_participle {
                GOVERNED_REACH
            } else {
                12
            };
            if el <= gl || el > gl + reach {
                continue;
            }
            // The governed event follows "of"/"for" + gerund, or "that", inside that
            // phrase: "Turkey, which blames Kurdish militants for the bombing, launched
            // air strikes" closes the `for` phrase with a comma, and the main verb is
            // Turkey's own act ("blamed India, accusing it of providing support" keeps
            // its comma before the `of`).
            let last_link = (gl + 1..el)
                .rev()
                .find(|&k| matches!(clause.words[k], "of" | "for" | "that"));
            // A list of gerunds runs on past its commas ("accuses the rebel group of
            // killing, maiming, raping").
            let closes_phrase = |k: usize| {
                let next = if clause.words.get(k + 1) == Some(&"and") {
                    k + 2
                } else {
                    k + 1
                };
                clause.words[k] == ";"
                    || (clause.words[k] == ","
                        && clause.tags.get(next).is_none_or(|&t| t != Tag::VBG))
            };
            let linked = last_link.is_some_and(|l| !(l + 1..el).any(closes_phrase));
            // "blamed the Taliban for the violence and called on all parties": a verb
            // coordinated with the accusing one is the accuser's own next act.
            if !linked || clause.coordinated_with(gl, el) {
                continue;
            }
            // "condemned the attack, calling it a violation of its sovereignty, and blamed
            // Israel": a finite verb after `and` with the accuser as its own subject is the
            // accuser's next act, even where a participle clause hides the coordination.
            let own_next_act = el > 0
                && clause.words[el - 1] == "and"
                && matches!(clause.tags[el], Tag::VBD | Tag::VBZ | Tag::VBP)
                && out[ei].actor.is_some()
                && out[ei].actor == g.actor;
            if own_next_act {
                continue;
            }
            if g.recipient.is_some() && (out[ei].actor.is_none() || out[ei].actor == g.actor) {
                out[ei].actor = g.recipient;
                out[ei]
                    .rule
                    .push_str("; actor: the party accused by the governing verb");
            } else if g.recipient.is_none()
                && out[ei].actor == g.actor
                && aimed_at_a_collective(clause, &g)
            {
                // "Lavrov accused the West of escalating the war by supplying weapons to
                // Kyiv": the accused is a collective no code names (golden README
                // convention 14), so the act it is charged with has no actor either; never
                // the accuser's own (session 33).
                out[ei].actor = None;
                out[ei]
                    .rule
                    .push_str("; actor: the collective accused by the governing verb (no code)");
            } else if g.recipient.is_some()
                && out[ei].recipient == g.actor
                && out[ei].actor != g.recipient
                && out[ei]
                    .rule
                    .contains("recipient: subject of the main clause")
            {
                // A pattern whose subject receives ("accused Russia of obtaining weapons
                // from North Korea": `obtain > receiver from`): the gerund's subject is the
                // accused, not the accuser its main clause opens with.
                out[ei].recipient = g.recipient;
                out[ei]
                    .rule
                    .push_str("; recipient: the party accused by the governing verb");
            }
            out[ei].governed_modality = Some(framing);
            out[ei].framed_by = g.actor;
        }
    }
}

/// One event per (actor, recipient, category) in a sentence: keep the first (a verb
/// pattern and its nominal restatement, "launched a drone strike", are one event).
fn dedupe(
    clause: &Clause,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
    dropped: &mut Option<&mut Vec<Dropped>>,
) {
    let doc = clause.doc;
    let entity = |m: Option<usize>| m.map(|m| doc.mentions[m].entity);
    // Indexed from `first_new`: the sentence's events only.
    // Why each event is dropped; `None` keeps it.
    let mut why: Vec<Option<&'static str>> = vec![None; out.len() - first_new];
    let keep_at = |k: usize| k - first_new;
    for i in first_new..out.len() {
        if why[keep_at(i)].is_some() {
            continue;
        }
        for j in i + 1..out.len() {
            let (a, b) = (&out[i], &out[j]);
            // Two names of one party are one party where the second event only elaborates
            // the first: the same trigger read twice ("attacks on security forces,
            // settlers and workers"), or a participle clause that tells the act again
            // ("accused Taiwan's ruling party ..., saying Taipei was provoking
            // confrontation"; "suspended aid to Mali, cutting off funding to the
            // government in Bamako"). Two finite verbs of one country's pair stay two
            // acts ("shelled Kharkiv and bombed Odesa").
            // A mutual act of two parties of one country ("clashes between the Sudanese
            // army and the RSF") is coded both ways, one event each.
            let mutual = entity(a.actor) == entity(b.recipient)
                && entity(a.recipient) == entity(b.actor)
                && entity(a.actor) != entity(a.recipient);
            // A state and an armed group or opposition of its own country are two
            // parties, however the act is told ("mediated talks between the Congolese
            // government and the M23 rebels", "urged both the army and the RSF": the act
            // with each side). Two kinds of victim of one attack ("attacks on security
            // forces, settlers and workers") stay one act.
            let apart = |x: Option<usize>, y: Option<usize>| match (x, y) {
                (Some(x), Some(y)) => {
                    doc.mentions[x].entity != doc.mentions[y].entity
                        && doc.against_the_state(x) != doc.against_the_state(y)
                        && !same_side(clause, x, y, false)
                }
                _ => false,
            };
            let elaborates = !mutual
                && (a.trigger == b.trigger || participle_clause(clause, b))
                && !apart(a.actor, b.actor)
                && !apart(a.recipient, b.recipient);
            if why[keep_at(j)].is_none()
                && a.plover == b.plover
                && (entity(a.actor) == entity(b.actor)
                    && entity(a.recipient) == entity(b.recipient)
                    || elaborates
                        && party_key(doc, a.actor) == party_key(doc, b.actor)
                        && party_key(doc, a.recipient) == party_key(doc, b.recipient))
            {
                let reason = if entity(a.actor) == entity(b.actor)
                    && entity(a.recipient) == entity(b.recipient)
                {
                    "same category and parties as another event of the sentence"
                } else {
                    "the act of another event of the sentence, its parties named otherwise"
                };
                // "condemned | human rights abuses in Myanmar": the verb's object restates
                // the act more precisely (1122 under 11), so the noun's code is kept.
                if !a.noun && b.noun && is_refinement(&a.cameo, &b.cameo) {
                    why[keep_at(i)] = Some(reason);
                    break;
                }
                why[keep_at(j)] = Some(reason);
            }
            // Same trigger, one with the actor missing: keep the complete one.
            if why[keep_at(j)].is_none()
                && a.trigger == b.trigger
                && a.plover == b.plover
                && (a.actor.is_none() || b.actor.is_none())
            {
                if a.actor.is_none() {
                    why[keep_at(i)] = Some("same trigger and category as an event with an actor");
                } else {
                    why[keep_at(j)] = Some("same trigger and category as an event with an actor");
                }
            }
        }
    }
    // "pledged $500 million in export credits for Uzbek companies", "offered billions in
    // relief aid": an aid noun just after a verb of the sentence that promises aid to the
    // same party (AGREE 033x) is what the pledge promises, not aid given. Announced and
    // approved aid ("announced the transfer of aid", "approved debt relief") is often
    // aid given, and keeps its noun.
    for i in first_new..out.len() {
        let aid = &out[i];
        if why[keep_at(i)].is_some() || !aid.noun || aid.plover != "AID" {
            continue;
        }
        let promised = (first_new..out.len()).any(|j| {
            let p = &out[j];
            j != i
                && why[keep_at(j)].is_none()
                && !p.noun
                && p.plover == "AGREE"
                && p.cameo.starts_with("033")
                && promising_verb(clause.words[p.trigger.0 - clause.first])
                && p.trigger.0 < aid.trigger.0
                && aid.trigger.0 - p.trigger.0 <= 8
                && party_key(doc, p.recipient) == party_key(doc, aid.recipient)
        });
        if promised {
            why[keep_at(i)] = Some("an aid noun that a pledge of the sentence promises");
        }
    }
    retain_tail(out, first_new, |i, ev| match why[keep_at(i)] {
        None => true,
        Some(reason) => {
            record_drop(dropped, ev, DropStage::Dedupe, reason);
            false
        }
    });
}

/// A verb that only promises what it names ("pledged", "offered", "vowed").
fn promising_verb(w: &str) -> bool {
    ["pledg", "promis", "vow", "offer", "commit"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// A distributive "each" on the verb at `head` ("Singapore and Malaysia pledged $50
/// million each", "the two countries each sent a battalion"): each party acts on its own,
/// not on the other, unlike "each other".
fn distributive_each(clause: &Clause, head: usize) -> bool {
    let from = head.saturating_sub(2);
    let to = (head + 10).min(clause.len());
    (from..to).any(|k| {
        clause.words[k] == "each"
            && !matches!(clause.words.get(k + 1).copied(), Some("other"))
            && !(k > 0 && matches!(clause.words[k - 1], "to" | "with" | "at" | "against"))
    })
}

/// Is CAMEO code `specific` a narrower code of the same two-digit family as `general`
/// ("1122" for "111", "0312" for "031")?
fn is_refinement(general: &str, specific: &str) -> bool {
    specific.len() > general.len() && general.get(..2) == specific.get(..2)
}

/// Keeps the events of `out[from..]` for which `keep(index, event)` holds and leaves
/// `out[..from]` (earlier sentences) untouched. The work is proportional to the sentence's
/// events: a `retain` over the whole list per sentence made coding quadratic in the number
/// of events of a document (issue #17).
pub(crate) fn retain_tail(
    out: &mut Vec<CodedEvent>,
    from: usize,
    mut keep: impl FnMut(usize, &CodedEvent) -> bool,
) {
    // In place: splitting the tail off would allocate a vector per call (per sentence).
    let mut i = 0;
    out.retain(|ev| {
        let k = i < from || keep(i, ev);
        i += 1;
        k
    });
}

/// The author named after a publication noun phrase ending at local token `np_end`, before
/// its verb group at `vg`: "(a commentary) published by KCNA", "(a statement) by the
/// ministry", "(a statement) from Iran's foreign ministry". Only a participle, adverbs and
/// a preposition of `[author-prepositions]` may come between.
fn publication_author(clause: &Clause, np_end: usize, vg: usize) -> Option<Slot> {
    let mut k = np_end;
    while k < vg && (clause.tags[k] == Tag::VBN || clause.tags[k].is_adverb()) {
        k += 1;
    }
    if k >= vg || !crate::words::AUTHOR_PREPOSITIONS.contains(clause.words[k]) {
        return None;
    }
    clause.np_slot(k + 1, vg, "author of the publication")
}

/// "the party said the charges were politically motivated and called on the president
/// to ...", "Albusaidi said the exchange followed months of talks and praised both
/// governments": a verbal act (an appeal, a demand, praise, an accusation, a rejection, a
/// threat, an intent) coordinated after a reported clause whose subject is no party, a
/// thing or an act, is the sayer's: things and acts do not speak. Acts of force keep the
/// reported clause's subject ("said the attack killed five and wounded ten" names no
/// doer), and so does defying a norm (CAMEO 128: "said the launch was unacceptable and
/// violated U.N. resolutions": the launch violated them).
fn sayer_of_coordinated_speech(
    clause: &Clause,
    plover: &str,
    cameo: &str,
    subject_start: usize,
    vg: usize,
) -> Option<Slot> {
    let verbal = matches!(
        plover,
        "ACCUSE" | "REQUEST" | "SUPPORT" | "REJECT" | "THREATEN" | "AGREE"
    ) && !cameo.starts_with("128");
    // Past ("said ... and called on") or, after a present reporting verb, present ("China
    // says the shoal is its territory and accuses the Philippines of provocations").
    if !verbal
        || vg < 2
        || clause.words[vg - 1] != "and"
        || !matches!(clause.tags[vg], Tag::VBD | Tag::VBZ)
    {
        return None;
    }
    let cues = &clause.knowledge.cues;
    let mut r = subject_start;
    if r > 0 && clause.words[r - 1] == "that" {
        r -= 1;
        // "said in a statement on Wednesday evening that the gathering ...": where and
        // when it was said may come between the verb and "that".
        const MAX_SETTING: usize = 10;
        if let Some(v) = (r.saturating_sub(MAX_SETTING)..r)
            .rev()
            .take_while(|&k| !matches!(clause.words[k], "," | ";" | "\""))
            .find(|&k| clause.is_verb(k))
        {
            if cues.reporting_verb(clause.words[v]).is_some() {
                r = v + 1;
            }
        }
    }
    let reported =
        r > 0 && cues.reporting_verb(clause.words[r - 1]).is_some() && clause.is_verb(r - 1);
    if !reported || (clause.tags[vg] == Tag::VBZ && clause.tags[r - 1] != Tag::VBZ) {
        return None;
    }
    reporting_subject(clause, subject_start)
}

/// The subject of the nearest reporting verb before local token `before` ("The ministry
/// said the note ...").
fn reporting_subject(clause: &Clause, before: usize) -> Option<Slot> {
    let cues = &clause.knowledge.cues;
    let r = (0..before)
        .rev()
        .find(|&k| cues.reporting_verb(clause.words[k]).is_some() && clause.is_verb(k))?;
    match clause.subject(clause.verb_group_start(r), 0) {
        Subject::Actors(s) => Some(s),
        _ => None,
    }
}

/// "Chile and Peru said they had signed a trade agreement", "the two governments announced
/// they were expanding ties": a `they` (or `we`) opening the clause a reporting verb
/// introduces, whose coordinated subject names several parties, stands for all of them,
/// not for the first one alone that the pronoun was resolved to; the caller pairs them
/// for acts done with each other (asked for the cooperative categories only, whose acts
/// the pair does together). Only when the reporting verb comes right before the
/// pronoun (an optional `that` between) and its subject lists the pronoun's party.
fn coordinated_sayers_of_they(clause: &Clause, s: &Slot) -> Option<Slot> {
    let &[m] = s.mentions.as_slice() else {
        return None;
    };
    let doc = clause.doc;
    let mention = &doc.mentions[m];
    if mention.kind != MentionKind::Pronoun || !matches!(clause.words[s.np.0], "they" | "we") {
        return None;
    }
    let mut r = s.np.0;
    if r > 0 && clause.words[r - 1] == "that" {
        r -= 1;
    }
    // "announced Tuesday they": the day it was said may come between verb and pronoun.
    if let Some(d) = clause.date_before(r).filter(|&d| d > 0) {
        r = d;
    }
    if r == 0
        || clause
            .knowledge
            .cues
            .reporting_verb(clause.words[r - 1])
            .is_none()
        || !clause.is_verb(r - 1)
    {
        return None;
    }
    let mut sayers = reporting_subject(clause, r)?;
    // "The leaders of Peru and Greece announced they": the parties the plural names.
    let vg = clause.verb_group_start(r - 1);
    if let Some(parties) = parties_of_plural(clause, sayers.np.1, vg) {
        sayers = parties;
    }
    // The pronoun was resolved to one of them, or to the plural phrase that names them
    // ("the top leaders of the Philippines and Japan": a group of the first's country).
    let codes: Vec<Option<&str>> = sayers
        .mentions
        .iter()
        .map(|&a| doc_code(clause, a))
        .collect();
    let own = doc.entities[mention.entity].code.as_deref();
    (sayers.mentions.len() >= 2
        && own.is_some()
        && codes.contains(&own)
        && codes.iter().any(|&c| c.is_some() && c != own))
    .then_some(sayers)
}

/// The country of an object named only by its adjective: a mention standing for the
/// country whose adjective modifies the direct object ("a Tajik border post", "more than
/// 500 Mexican nationals", "at least 20 Palestinian workers"), one mention a country when
/// adjectives are coordinated ("Ukrainian and Georgian ships").
fn adjective_target(clause: &Clause, from: usize, to: usize) -> Option<Vec<usize>> {
    let doc = clause.doc;
    let mut k = from;
    while k < to.min(clause.len())
        && (clause.tags[k] == Tag::CD
            || matches!(
                clause.words[k],
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "two"
                    | "three"
                    | "several"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "scores"
                    | "of"
                    | "more"
                    | "than"
                    | "at"
                    | "least"
                    | "about"
                    | "nearly"
                    | "some"
            ))
    {
        k += 1;
    }
    let g = clause.first + k;
    let md = doc
        .modifier_starting_at(g)
        .or_else(|| doc.modifier_starting_at(g + 1))?;
    let mut parties = vec![doc.first_mention_of(md.entity)?];
    // "seized Ukrainian and Georgian cargo ships": coordinated adjectives of one noun
    // name one target each (a modifier's `last` is one past its last token).
    let end = clause.first + to.min(clause.len());
    let word = |g: usize| clause.words[g - clause.first];
    let mut next_at = md.last;
    while next_at + 1 < end && matches!(word(next_at), "and" | "or" | ",") {
        let mut j = next_at + 1;
        if word(next_at) == "," && word(j) == "and" {
            j += 1;
        }
        let Some(next) = doc.modifier_starting_at(j).filter(|n| n.last <= end) else {
            break;
        };
        if let Some(mi) = doc.first_mention_of(next.entity) {
            if !parties
                .iter()
                .any(|&p| doc.mentions[p].entity == next.entity)
            {
                parties.push(mi);
            }
        }
        next_at = next.last;
    }
    Some(parties)
}

/// The country where the abuses named by the object starting at local token `from` took
/// place: "human rights abuses in Myanmar", "violations of human rights in Ethiopia",
/// "the crackdown on protesters in Belarus". The object (with its `of` and `on`
/// complements) must name an abuse (`[abuse-nouns]`) and no party of its own, and the
/// place after `in` must be a state or a place in one.
fn abuse_place(clause: &Clause, from: usize, to: usize) -> Option<Slot> {
    let to = to.min(clause.len());
    let k = clause.past_particles(from, to);
    let (mut end, parties) = clause.np_after(k, to)?;
    if !parties.is_empty() {
        return None;
    }
    let mut abuse = (k..end).any(|l| ABUSE_NOUNS.contains(clause.words[l]));
    // The victims or the right violated: "abuses of Rohingya", "the crackdown on dissent".
    while end + 1 < to && matches!(clause.words[end], "of" | "on" | "against") {
        let Some((e, _)) = clause.np_after(end + 1, to) else {
            break;
        };
        abuse |= (end + 1..e).any(|l| ABUSE_NOUNS.contains(clause.words[l]));
        end = e;
    }
    if !abuse || end + 1 >= to || clause.words[end] != "in" {
        return None;
    }
    let mut slot = clause.np_slot(end + 1, to, "the state where the abuses took place")?;
    let doc = clause.doc;
    slot.mentions.retain(|&mi| {
        let e = &doc.entities[doc.mentions[mi].entity];
        e.entity_type == sitrep_record::EntityType::Gpe && e.code.is_some()
    });
    (!slot.mentions.is_empty()).then_some(slot)
}

/// Is `m` a release or return (CAMEO 084)? It yields to the party whose people or property
/// it frees, named by the country adjectives of what is released.
fn is_release(clause: &Clause, m: &PatternMatch) -> bool {
    clause
        .knowledge
        .lexicon
        .pattern(m.pattern)
        .cameo
        .starts_with("084")
}

/// Makes the countries of the adjectives in the noun phrase at local `from..to`
/// (`adjective_parties`) that `keep` lets through the recipient, with `why` told in `how`;
/// where none is let through, nothing changes. The side filter is the caller's: an act's
/// object leaves out the actor's own mentions, a release also the parties on its side.
fn adjectives_as_recipient(
    clause: &Clause,
    (from, to): (usize, usize),
    keep: impl Fn(usize) -> bool,
    why: impl FnOnce() -> String,
    recipient: &mut Slot,
    how: &mut How,
) {
    let parties: Vec<usize> = adjective_parties(clause, from, to)
        .into_iter()
        .filter(|&r| keep(r))
        .collect();
    if !parties.is_empty() {
        how.push(why());
        recipient.mentions = parties;
    }
}

/// The countries of the adjectives in the noun phrase starting at local token `from`
/// ("German and Italian vehicles", "Mexican- and Canadian-made cars"): a mention of each
/// country, in order; none when the phrase has a party of its own.
fn adjective_parties(clause: &Clause, from: usize, to: usize) -> Vec<usize> {
    let doc = clause.doc;
    let mut parties: Vec<usize> = Vec::new();
    let to = to.min(clause.len());
    let mut k = from;
    while k < to {
        // "his Israeli counterpart": a possessive pronoun is the doer's own, not a party
        // of the phrase.
        if clause.mention(k).is_some() && clause.tags[k] != Tag::PRPS {
            return Vec::new();
        }
        if let Some(md) = doc.modifier_starting_at(clause.first + k) {
            if let Some(mi) = doc.first_mention_of(md.entity) {
                if !parties.contains(&mi) {
                    parties.push(mi);
                }
            }
            k = md.last - clause.first;
            continue;
        }
        let t = clause.tags[k];
        let np_word = t.is_noun()
            || matches!(
                t,
                Tag::DT | Tag::JJ | Tag::JJR | Tag::CD | Tag::VBN | Tag::PRPS
            )
            || matches!(clause.words[k], "and" | "or" | "-" | ",");
        if !np_word {
            break;
        }
        k += 1;
    }
    parties
}

/// The parties named after a `from` that closes the goods phrase starting at local token
/// `from` ("cheese, cream and other dairy products from the European Union", "imports from
/// China and Vietnam"): the phrase holds only nouns, determiners, adjectives, numbers and
/// coordination, and the parties are named (not only by an adjective), coordinated after
/// the `from`. Empty otherwise.
fn origin_parties(clause: &Clause, from: usize, to: usize) -> Vec<usize> {
    let doc = clause.doc;
    let to = to.min(clause.len());
    let mut k = from;
    while k < to
        && clause.mention(k).is_none()
        && (clause.tags[k].is_noun()
            || matches!(clause.tags[k], Tag::DT | Tag::JJ | Tag::CD | Tag::CC)
            || clause.words[k] == ",")
    {
        k += 1;
    }
    if k == from || k >= to || clause.words[k] != "from" || !clause.tags[k - 1].is_noun() {
        return Vec::new();
    }
    let mut parties: Vec<usize> = Vec::new();
    let mut l = k + 1;
    while l < to {
        if let Some(mi) = clause.mention(l) {
            if doc.mentions[mi].kind.is_indirect()
                || doc.entities[doc.mentions[mi].entity].code.is_none()
            {
                return Vec::new();
            }
            if !parties.contains(&mi) {
                parties.push(mi);
            }
            l = doc.mentions[mi].last.max(clause.first + l + 1) - clause.first;
            continue;
        }
        if matches!(clause.words[l], "the" | "and" | ",") {
            l += 1;
            continue;
        }
        break;
    }
    parties
}

/// "expelled Latvian, Estonian and Lithuanian diplomats", "deported Indonesian,
/// Bangladeshi and Nepali workers" (session 32, h/nominal32): the country adjectives
/// coordinated before the object's noun in `from..to` each name a recipient, not the first
/// (or the last) alone. A coordinated adjective the recognizer folded into a mention of the
/// role ("Estonian diplomats", EST) adds that mention; one whose country is already among
/// `mentions` adds nothing. Stops at the first word that is no part of the noun phrase.
fn coordinated_adjective_recipients(
    clause: &Clause,
    from: usize,
    to: usize,
    mentions: &mut Vec<usize>,
) {
    let Some(tree) = clause.tree() else {
        return;
    };
    let doc = clause.doc;
    let code = |mi: usize| doc.entities[doc.mentions[mi].entity].code.clone();
    let mut found = Vec::new();
    for l in from..to.min(clause.len()) {
        let t = clause.tags[l];
        if !(t.is_noun()
            || matches!(t, Tag::DT | Tag::JJ | Tag::CD | Tag::CC)
            || clause.words[l] == ",")
        {
            break;
        }
        let coordinated = tree.rel(l) == sitrep_parser::Rel::Conj
            || tree
                .children(l)
                .any(|c| tree.rel(c) == sitrep_parser::Rel::Conj);
        if !coordinated || t != Tag::JJ {
            continue;
        }
        let Some(md) = doc.modifier_covering(clause.first + l) else {
            continue;
        };
        if let Some(mi) = doc
            .first_mention_of(md.entity)
            .or_else(|| clause.mention(l))
        {
            found.push(mi);
        }
    }
    // Only a list: one adjective alone is the object's country, already read.
    if found.len() < 2 {
        return;
    }
    for mi in found {
        let c = code(mi);
        if c.is_some() && !mentions.iter().any(|&r| code(r) == c) {
            mentions.push(mi);
        }
    }
}

/// The country adjective modifying the object keyword at local token `object` ("the
/// Israeli strike", "its Sudanese counterpart"): a modifier between `from` and the
/// keyword, with only determiners, adjectives and nouns of the same phrase around it.
fn object_adjective(clause: &Clause, from: usize, object: usize) -> Option<usize> {
    let doc = clause.doc;
    let mut k = object;
    while k > from {
        k -= 1;
        let t = clause.tags[k];
        if let Some(md) = doc.modifiers.iter().find(|md| md.first == clause.first + k) {
            return doc.mentions.iter().position(|m| m.entity == md.entity);
        }
        if !(t.is_noun() || matches!(t, Tag::DT | Tag::JJ | Tag::PRPS | Tag::CD | Tag::POS)) {
            return None;
        }
    }
    None
}

/// "agreed to pull troops back": the act agreed to is between the same parties as the
/// agreement, when it names no party of its own.
fn inherit_agreed_parties(clause: &Clause, out: &mut [CodedEvent], first_new: usize) {
    let doc = clause.doc;
    let entity = |m: Option<usize>| m.map(|m| doc.mentions[m].entity);
    for i in first_new..out.len() {
        let ev = &out[i];
        if ev.recipient.is_some() || ev.noun || !is_infinitive(clause, ev) {
            continue;
        }
        let found = out[first_new..].iter().find(|o| {
            o.plover == "AGREE"
                && o.recipient.is_some()
                && o.trigger.0 < ev.trigger.0
                && ev.trigger.0 - o.trigger.0 <= 10
                && entity(o.actor) == entity(ev.actor)
        });
        if let Some(o) = found {
            let recipient = o.recipient;
            out[i].recipient = recipient;
            out[i]
                .rule
                .push_str("; recipient: the other party of the agreement it carries out");
        }
    }
}

/// Is the event's verb an infinitive ("to accept", "to pull back")?
fn is_infinitive(clause: &Clause, ev: &CodedEvent) -> bool {
    let head = ev.trigger.0 - clause.first;
    let vg = ev.verb_group;
    (head > 0 && clause.words[head - 1] == "to")
        || clause.words.get(vg) == Some(&"to")
        || (vg > 0 && clause.words[vg - 1] == "to")
}

/// The parties of the recall backstop's event (`detector::backstop`), read as the rules
/// read a verb pattern's slots.
pub(crate) struct BackstopParties {
    pub actor: usize,
    pub recipient: Option<usize>,
    /// Local index of the verb the parties hang on.
    pub head: usize,
    /// How the slots were filled, for the event's rule.
    pub how: &'static str,
}

/// The slots the backstop reads a recipient from, in order, when it has no pattern: the
/// direct object, then the prepositions that name a target or a partner.
const BACKSTOP_SLOTS: &[&str] = &[
    "against", "on", "with", "to", "at", "over", "from", "for", "into",
];

/// The verb a detected act hangs on: the trigger when it is a verb, else the nearest verb
/// above it in the tree ("laid the blame on": "laid"), else the tree's root.
fn backstop_head(clause: &Clause, trigger: usize) -> Option<usize> {
    if trigger < clause.len() && clause.is_verb(trigger) {
        return Some(trigger);
    }
    let tree = clause.tree()?;
    let mut h = trigger;
    for _ in 0..8 {
        match tree.head(h) {
            Some(up) => {
                if clause.is_verb(up) {
                    return Some(up);
                }
                h = up;
            }
            None => break,
        }
    }
    tree.root().filter(|&r| clause.is_verb(r))
}

/// The actor and recipient of a backstop event whose trigger (the word weighing most for
/// the category) is at local index `trigger`: the coder's own slot readings of the verb it
/// hangs on (`backstop_slots`), or, when they find no party, of the verbs governing it in
/// the tree ("passed legislation targeting Turkey": "passed"; "South Africa said Israel's
/// blockade amounted to collective punishment": "said"). Where no verb's slots name a coded
/// doer, the `by` party or else the sentence's first coded party acts. (Refusing the event
/// when the subject is a phrase naming no party, "The strikes hit ...", was measured on the
/// detector's tuning lines: 19 of 39 backstop events right on both parties, against 27 of 55
/// without the refusal: the same precision, fewer events.) A recipient the slots do not name is the sentence's nearest other party not on
/// the actor's side, after the actor where there is one (what the reader takes as the
/// other side of a sentence whose grammar the slots miss). `None` when no coded party acts.
pub(crate) fn backstop_parties(
    clause: &Clause,
    trigger: usize,
    plover: &str,
) -> Option<BackstopParties> {
    let first_head = backstop_head(clause, trigger);
    let mut head = first_head.unwrap_or(trigger);
    let mut found = None;
    for _ in 0..if first_head.is_some() { 3 } else { 0 } {
        match backstop_slots(clause, head, plover) {
            SlotReading::Found(p) => {
                found = Some(p);
                break;
            }
            // "South Africa said Israel's blockade amounted to collective punishment": a
            // clause whose subject names no party is told by the verb above it.
            SlotReading::NonParty | SlotReading::Missing => {}
        }
        let up = clause.tree().and_then(|t| {
            let mut h = head;
            loop {
                h = t.head(h)?;
                if clause.is_verb(h) {
                    return Some(h);
                }
            }
        });
        match up {
            Some(u) => head = u,
            None => break,
        }
    }
    let parties: Vec<usize> = {
        let mut v: Vec<usize> = Vec::new();
        for l in 0..clause.len() {
            if let Some(m) = clause.mention(l) {
                if v.last() != Some(&m) {
                    v.push(m);
                }
            }
        }
        v
    };
    let p = match found {
        Some(p) => p,
        None => {
            // No verb's slots name a doer: the `by` party, else the first party.
            let coded_parties = parties
                .iter()
                .copied()
                .filter(|&m| coded(clause.doc, m).is_some());
            let by = coded_parties.clone().find(|&m| {
                let at = clause.doc.mentions[m].first;
                at > clause.first && clause.words[at - clause.first - 1] == "by"
            });
            let actor = by.or_else(|| coded_parties.clone().next())?;
            BackstopParties {
                actor,
                recipient: None,
                head: first_head.unwrap_or(trigger),
                how: "actor: the by party or the sentence's first coded party (no verb's slots name one)",
            }
        }
    };
    Some(p)
}

/// The recipient of a backstop event that neither its slots nor the coder's recipient
/// fallbacks found: the sentence's nearest other coded party not on the actor's side,
/// after the actor where there is one (what a reader takes as the other side of a sentence
/// whose grammar the slots miss).
pub(crate) fn backstop_other_party(clause: &Clause, actor: usize) -> Option<usize> {
    let mut parties: Vec<usize> = Vec::new();
    for l in 0..clause.len() {
        if let Some(m) = clause.mention(l) {
            if parties.last() != Some(&m) {
                parties.push(m);
            }
        }
    }
    let at = |m: usize| clause.doc.mentions[m].first;
    let other = |m: &usize| coded(clause.doc, *m).is_some() && !on_actor_side(clause, &[actor], *m);
    parties
        .iter()
        .copied()
        .filter(|&m| at(m) > at(actor))
        .find(other)
        .or_else(|| parties.iter().copied().rev().find(other))
}

enum SlotReading {
    Found(BackstopParties),
    /// The subject is a phrase naming no party.
    NonParty,
    /// No subject, or an agentless passive.
    Missing,
}

/// The slots of the verb at local index `head`, read as the rules read a verb pattern's:
/// active, the subject (`Clause::subject`) acts and the direct object or a target
/// preposition's party not on its side receives (`find_recipient`); passive, the `by` agent
/// acts on the subject. A criticism detected in a clause a reporting verb reports ("The
/// coast guard said Chinese vessels were behaving like bullies") is the sayer's, against the
/// clause's subject (reported wrongdoing).
fn backstop_slots(clause: &Clause, head: usize, plover: &str) -> SlotReading {
    let vg = clause.verb_group_start(head);
    let region = clause.region_end(head);
    let coded_party = |m: &usize| coded(clause.doc, *m).is_some();
    let (subject, non_party) = match clause.subject(vg, 0) {
        Subject::Actors(s) => (s.mentions.iter().copied().find(coded_party), false),
        Subject::NonActor(_) => (None, true),
        Subject::Missing => (None, false),
    };
    if clause.is_passive(head) {
        let Some(agent) = clause
            .prep_object("by", head + 1, region)
            .and_then(|s| s.mentions.into_iter().find(coded_party))
        else {
            return SlotReading::Missing;
        };
        let recipient = subject.filter(|&r| !on_actor_side(clause, &[agent], r));
        return SlotReading::Found(BackstopParties {
            actor: agent,
            recipient,
            head,
            how: "actor: the passive's by agent; recipient: its subject",
        });
    }
    let Some(subject) = subject else {
        return if non_party {
            SlotReading::NonParty
        } else {
            SlotReading::Missing
        };
    };
    if plover == "ACCUSE" {
        let cues = &clause.knowledge.cues;
        let reported = clause.tree().and_then(|t| {
            (t.rel(head) == sitrep_parser::Rel::Ccomp)
                .then(|| t.head(head))
                .flatten()
                .filter(|&r| cues.reporting_verb(clause.words[r]).is_some())
        });
        if let Some(r) = reported {
            if let Subject::Actors(s) = clause.subject(clause.verb_group_start(r), 0) {
                if let Some(sayer) = s.mentions.iter().copied().find(coded_party) {
                    if !on_actor_side(clause, &[sayer], subject) {
                        return SlotReading::Found(BackstopParties {
                            actor: sayer,
                            recipient: Some(subject),
                            head,
                            how: "actor: the reporting verb's subject; recipient: the subject of the clause it reports",
                        });
                    }
                }
            }
        }
    }
    let slots: Vec<LexSlot> = std::iter::once(LexSlot::Object)
        .chain(BACKSTOP_SLOTS.iter().map(|p| LexSlot::Prep(p.to_string())))
        .collect();
    let recipient = find_recipient(clause, &slots, head + 1, region, plover, &[subject], head)
        .and_then(|s| {
            s.mentions
                .into_iter()
                .find(|&r| coded_party(&r) && !on_actor_side(clause, &[subject], r))
        });
    SlotReading::Found(BackstopParties {
        actor: subject,
        recipient,
        head,
        how: "actor: the verb's subject; recipient: its object or target preposition",
    })
}

#[cfg(test)]
mod tests {
    use crate::testing::doc_through;

    fn coded(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let doc = doc_through("events", text);
        let code =
            |m: Option<usize>| m.and_then(|m| doc.entities[doc.mentions[m].entity].code.clone());
        doc.events
            .iter()
            .map(|e| (e.plover.clone(), code(e.actor), code(e.recipient)))
            .collect()
    }

    /// Whether any of the events `coded` returned is of `category`.
    fn has_category(got: &[(String, Option<String>, Option<String>)], category: &str) -> bool {
        got.iter().any(|e| e.0 == category)
    }

    /// The accusations `coded` finds in `text`.
    fn accusations(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        coded(text)
            .into_iter()
            .filter(|e| e.0 == "ACCUSE")
            .collect()
    }

    fn ev(plover: &str, a: &str, r: Option<&str>) -> (String, Option<String>, Option<String>) {
        (plover.into(), Some(a.into()), r.map(Into::into))
    }

    #[test]
    fn a_criticised_act_of_coordinated_owners_is_aimed_at_each() {
        // Session 33 (lead): "the US and UK strikes", "the American and British strikes":
        // each owner is criticised, whether the coder first read a target inside the act's
        // phrase ("on Yemen") or one of the owners as the object ("the U.S.").
        for text in [
            "Iran condemned the US and UK strikes on Yemen.",
            "Iran condemned the American and British strikes on Yemen.",
            "Iran's foreign ministry spokesman condemned the U.S. and British strikes as a \
             violation of Yemen's sovereignty.",
        ] {
            let got = accusations(text);
            for owner in ["USA", "GBR"] {
                assert!(
                    got.contains(&ev("ACCUSE", "IRN", Some(owner))),
                    "{text}: {got:?}"
                );
            }
            assert!(
                !got.iter().any(|e| e.2.as_deref() == Some("YEM")),
                "{text}: the target is no owner: {got:?}"
            );
        }
        // One owner stays one recipient; a target list is no owner list.
        let got = accusations("Iran condemned the Israeli strikes on Lebanon and Syria.");
        assert_eq!(got, vec![ev("ACCUSE", "IRN", Some("ISR"))], "{got:?}");
    }

    #[test]
    fn a_series_after_a_day_after_clause_goes_on_with_that_clause() {
        // Session 32 (h/freshS32, wire-s-gabon): the house arrest is the officers', not
        // the African Union's, though the parser hung the series on the main verb.
        let got = coded(
            "The African Union suspended Gabon on Thursday, a day after Gabonese army \
             officers seized power, annulled the result of the election and placed \
             President Ali Bongo Ondimba under house arrest.",
        );
        let arrest = got
            .iter()
            .find(|e| e.0 == "COERCE" && e.2.as_deref() == Some("GAB"));
        assert_eq!(arrest.and_then(|e| e.1.as_deref()), Some("GAB"), "{got:?}");
    }

    #[test]
    fn a_refusal_and_a_coordinated_request_are_two_acts() {
        // Session 32 (h/freshS32, wire-s-guatemala): the refusal to resign, with no
        // recipient, was dropped as restating the request that named the courts.
        let got = coded(
            "Protesters in Guatemala demanded the resignation of Guatemalan Attorney General \
             Consuelo Porras. Porras said on Tuesday that she would not resign and asked \
             the Guatemalan courts to order police to clear the roads.",
        );
        assert!(has_category(&got, "REJECT"), "{got:?}");
        assert!(has_category(&got, "REQUEST"), "{got:?}");
    }

    #[test]
    fn a_criticism_told_with_also_joins_the_one_before() {
        // Session 32 (h/freshS32, wire-s-bolivia): the second criticism's act noun ("the
        // attempt") is the act the first criticised, not an act of the first critic.
        let got = accusations(
            "Troops stormed the palace in La Paz, Bolivia. Bolivian President Luis Arce said \
             the army had rebelled. Peru condemned the Bolivian troops' mobilization. \
             Brazil and Chile also condemned the attempt.",
        );
        assert!(got.contains(&ev("ACCUSE", "BRA", Some("BOL"))), "{got:?}");
        assert!(got.contains(&ev("ACCUSE", "CHL", Some("BOL"))), "{got:?}");
        assert!(
            !got.iter().any(|e| e.2.as_deref() == Some("PER")),
            "{got:?}"
        );
    }

    #[test]
    fn the_purpose_of_a_planned_trip_or_meeting_is_not_done() {
        // Session 31 (h/quiet31): "to discuss" under "would hold a summit" is what the
        // summit is for; the summit is the intent coded.
        let got = coded(
            "Kenya said its foreign minister would meet his Somali counterpart in Nairobi on \
             Friday to discuss the border dispute.",
        );
        assert!(!has_category(&got, "CONSULT"), "{got:?}");
        // A trip done: its purpose is told as done with it.
        let got = coded(
            "Kenya's foreign minister met his Somali counterpart in Nairobi on Friday to \
             discuss the border dispute.",
        );
        assert!(has_category(&got, "CONSULT"), "{got:?}");
    }

    #[test]
    fn a_relative_aside_of_an_earlier_year_describes_its_party() {
        // Session 32 (lead): the suspension of 2021 describes the bloc; the appeal is news.
        let got = coded(
            "The African Union, which suspended Sudan after the 2021 coup, urged the army \
             on Monday to return to talks.",
        );
        assert!(!has_category(&got, "SANCTION"), "{got:?}");
        assert!(has_category(&got, "REQUEST"), "{got:?}");
        // An aside of the story's own days is news told in passing.
        let got = coded(
            "Israel, which struck Iran on Friday, said on Monday it had hit military targets.",
        );
        assert!(has_category(&got, "ASSAULT"), "{got:?}");
    }

    #[test]
    fn a_present_relative_clause_describes_its_party() {
        // Session 31 (h/quiet31): the standing relation places Iran; the condemnation is
        // the act of the day.
        let got = coded(
            "Iran, which backs the Houthi movement in Yemen, condemned Saudi Arabia on Monday \
             over the air strikes.",
        );
        assert!(!has_category(&got, "SUPPORT"), "{got:?}");
        assert!(has_category(&got, "ACCUSE"), "{got:?}");
    }

    #[test]
    fn off_ends_a_protest_only_after_a_verb_of_ending() {
        // "called off", "put off": the protest is told by its ending, no protest held.
        for text in [
            "Students in Bangladesh called off their protests in Dhaka on Monday.",
            "Opposition supporters in Kenya put off their protests outside parliament.",
        ] {
            let got = coded(text);
            assert!(got.iter().all(|e| e.0 != "PROTEST"), "{text}: {got:?}");
        }
        // "kicked off": the protest begins; it is held.
        let got = coded("Students in Bangladesh kicked off protests in Dhaka on Monday.");
        assert!(has_category(&got, "PROTEST"), "{got:?}");
    }

    #[test]
    fn the_cause_of_an_act_does_not_do_it() {
        // The subject of a verb of causing is the act's cause: the army does not protest.
        for text in [
            "The Myanmar army's takeover sparked nationwide protests.",
            "The Myanmar army's takeover set off nationwide protests.",
            "The arrest of the Myanmar army chief triggered riots in Yangon.",
        ] {
            let got = coded(text);
            assert!(
                got.iter().all(|e| e.1.as_deref() != Some("MMR")
                    || !matches!(e.0.as_str(), "PROTEST" | "ASSAULT")),
                "{text}: {got:?}"
            );
        }
        // Who does the act it names still does it: "Students staged protests".
        let got = coded("Students in Myanmar staged nationwide protests.");
        assert!(has_category(&got, "PROTEST"), "{got:?}");
    }

    #[test]
    fn readings_from_the_ngec_headlines() {
        // Session 19. A headline's participle after a noun phrase the parser split ("Human
        // Rights NGOs" read as "Rights" with "NGOs" hung on it) is still the headline's
        // passive, and the state of the label's country bans.
        assert_eq!(
            coded("Poland: Three Human Rights NGOs Banned for Ties to Foreign Governments."),
            vec![ev("COERCE", "POL", Some("NGO"))]
        );
        // A curfew imposed with no doer is the state's, on its own country (X>X).
        assert_eq!(
            coded("A curfew was imposed in Kenya after the riots."),
            vec![ev("COERCE", "KEN", Some("KEN"))]
        );
        // Observers let into a country with no doer named: its state admits them.
        let got = coded("UN inspectors were allowed into the plant in Ukraine.");
        assert_eq!(got, vec![ev("RETREAT", "UKR", Some("IGO"))], "{got:?}");
        // An act aimed at the West or at foreign powers stands with no recipient.
        assert_eq!(
            coded("Ghana Suspends Relations with the West in Ongoing Tensions."),
            vec![ev("SANCTION", "GHA", None)]
        );
        assert_eq!(
            coded("Mali cut ties with foreign powers."),
            vec![ev("SANCTION", "MLI", None)]
        );
        // "with Striking Workers": the participle names who the workers are; the strike
        // is theirs, no act of the mayor's.
        assert!(
            coded("Mayor of Kyiv Reaches an Agreement with Striking Workers.")
                .iter()
                .all(|e| e.0 != "PROTEST")
        );
        // "the West Bank" is a place, no collective: the act keeps needing its party.
        assert!(coded("Jordan cut ties with the West Bank authorities.")
            .iter()
            .all(|e| e.0 != "SANCTION" || e.2.is_some()));
    }

    #[test]
    fn accusations_from_the_session_28_stories() {
        // A rights group's count after a participial toll clause is its charge, and
        // "people protesting" are protesters.
        let got = coded(
            "Nigerian soldiers opened fire on people protesting against police brutality in \
             Lagos on Tuesday night, killing at least 12, Amnesty International said.",
        );
        assert!(got.contains(&ev("ACCUSE", "NGO", Some("NGA"))), "{got:?}");
        // "condemned what he called ...": the phrase the sayer names is the criticism's
        // object, whose party the story gives (the story's first nine lines, up to
        // Borrell's condemnation; without the phrase read, the criticism found no party
        // and was dropped).
        let story: Vec<&str> =
            include_str!("../tests/golden/wire-blind/wire-n-nicaragua-candidate-arrests.txt")
                .lines()
                .take(9)
                .collect();
        let got = coded(&story.join("\n"));
        assert!(got.contains(&ev("ACCUSE", "IGO", Some("NIC"))), "{got:?}");
        // A verdict called perverse is condemned.
        let got = coded("Britain said the Russian court's ruling was perverse.");
        assert_eq!(got, vec![ev("ACCUSE", "GBR", Some("RUS"))]);
    }

    #[test]
    fn parties_places_and_intents_from_the_session_28_stories() {
        // A person's supporters are a party of the person's country.
        let got = coded(
            "Russian opposition leader Alexei Navalny was jailed on Tuesday. Navalny's \
             supporters took to the streets in Moscow.",
        );
        assert!(
            got.iter()
                .any(|e| e.0 == "PROTEST" && e.1.as_deref() == Some("RUS")),
            "{got:?}"
        );
        // Where a traveller came from is not where the arrest told without its doer
        // happened.
        let got = coded(
            "Russian opposition leader Alexei Navalny was arrested at a Moscow airport as he \
             returned from Germany.",
        );
        assert_eq!(got, vec![ev("COERCE", "RUS", Some("RUS"))]);
        // A time adverbial between "agreed" and "to" keeps the act an intent.
        let got = coded("Russia agreed within hours to send troops to help Kazakhstan.");
        assert_eq!(got, vec![ev("AGREE", "RUS", Some("KAZ"))]);
        // Ships offered are help held out, no threat.
        let got = coded(
            "Malaysia deported 1,086 Myanmar nationals on Tuesday. Myanmar had offered to send \
             three navy ships for them.",
        );
        assert!(got.contains(&ev("AGREE", "MMR", Some("MYS"))), "{got:?}");
        assert!(got.iter().all(|e| e.0 != "THREATEN"), "{got:?}");
        // A traveller's own return releases no one.
        let got = coded(
            "Nicaraguan police detained former diplomat Arturo Cruz at the Managua airport as \
             he returned from the United States.",
        );
        assert!(got.iter().all(|e| e.0 != "RETREAT"), "{got:?}");
    }

    #[test]
    fn readings_from_the_session_24_stories() {
        // A charge labelling a noun, its act a few words into the charge: no act.
        assert_eq!(
            coded("Police arrested three militants blamed for the attack on the embassy.")
                .into_iter()
                .filter(|e| e.0 == "ASSAULT")
                .count(),
            0
        );
        assert_eq!(
            coded(
                "Powell urged Khartoum to rein in the militias blamed for a campaign of \
                 killing and burning in Darfur."
            )
            .into_iter()
            .filter(|e| e.0 == "ASSAULT")
            .count(),
            0
        );
        // A party named by a compound after "from a" is the role's.
        assert!(
            coded("Warplanes from a Saudi-led coalition pounded Houthi positions.").contains(&ev(
                "ASSAULT",
                "SAU",
                Some("YEM")
            ))
        );
        // An appeal to "the West" in a story: no recipient guessed from the story.
        let story = "Ukraine launched an operation against armed men in the east on Sunday. \
                     Russia said Ukraine was waging war on its own people. \
                     Ukraine rejected the charge. \
                     Russia's envoy called on the West to restrain the government in Kyiv.";
        assert!(coded(story).contains(&ev("REQUEST", "RUS", None)));
        // A denial in a relative clause after a comma whose antecedent is the accusation
        // the sentence codes.
        assert!(
            coded("Ukraine accused Russia of shelling Kharkiv, which Moscow denies.")
                .contains(&ev("REJECT", "RUS", Some("UKR")))
        );
    }

    #[test]
    fn readings_from_the_session_16_wire_stories() {
        let of = |text: &str, plover: &str| {
            coded(text)
                .into_iter()
                .filter(|e| e.0 == plover)
                .collect::<Vec<_>>()
        };
        // A charge labelling a noun names no accuser: no accusation, no act charged.
        assert_eq!(
            coded(
                "Nicaraguan police began arresting priests and former officials accused of \
                 plotting against the government."
            )
            .into_iter()
            .filter(|e| e.0 != "COERCE")
            .collect::<Vec<_>>(),
            vec![]
        );
        // A count's qualifier inside a reported wrong: an accusation by the sayer.
        assert!(of(
            "Human Rights Watch said Burkinabe soldiers executed at least 60 villagers in March.",
            "ACCUSE"
        )
        .contains(&ev("ACCUSE", "NGO", Some("BFA"))));
        // ", and it" after the sayer's reported clause goes on with the sayer.
        assert!(of(
            "The Israeli military said gunmen had opened fire on troops in Rafah, and it \
             accused Hamas of using the lull to rearm.",
            "ACCUSE"
        )
        .contains(&ev("ACCUSE", "ISR", Some("PSE"))));
        // A preposition inside a name is no slot of the rejection.
        assert_eq!(
            of(
                "Malaysia dismissed a suggestion by Indonesian lawmakers that the case be \
                 taken to the International Court of Justice.",
                "REJECT"
            ),
            vec![ev("REJECT", "MYS", Some("IDN"))]
        );
        // A definite act noun points back to the sentence that named the act by it.
        assert!(of(
            "The European Union approved new sanctions against Russia on Thursday. Moscow \
             banned 30 EU officials from entering Russia. President Vladimir Putin signed a \
             decree. Kremlin spokesman Dmitry Peskov said the sanctions were illegal.",
            "ACCUSE"
        )
        .contains(&ev("ACCUSE", "RUS", Some("IGO"))));
    }

    #[test]
    fn accusations_in_the_shapes_wire_copy_uses() {
        // The subject of a receiving verb undergoes the act; its doer follows `from`.
        assert_eq!(
            accusations("Zimbabwe's government faced sharp criticism from the European Union."),
            vec![ev("ACCUSE", "IGO", Some("ZWE"))]
        );
        assert_eq!(
            coded("Ukraine received new air defence systems from Germany on Monday."),
            vec![ev("AID", "DEU", Some("UKR"))]
        );
        // A wrong told by its adverb, or by breaking a truce, accuses its doer.
        assert_eq!(
            accusations("Seoul said North Korea was illegally operating factories at Kaesong."),
            vec![ev("ACCUSE", "KOR", Some("PRK"))]
        );
        assert_eq!(
            accusations("Armenia said Azerbaijani troops had broken the ceasefire on Saturday."),
            vec![ev("ACCUSE", "ARM", Some("AZE"))]
        );
        // Manner of one's own side, and no adverb of wrongdoing: no accusation.
        assert!(accusations("Armenia said its troops had deliberately held fire.").is_empty());
        assert!(accusations("Armenia said Azerbaijani troops had quickly crossed.").is_empty());
        // An extraposed `it`: the subject of the `that` clause is accused.
        assert_eq!(
            accusations(
                "Serbia said it was unacceptable that Kosovo police had closed the crossings."
            ),
            vec![ev("ACCUSE", "SRB", Some("XKX"))]
        );
        // A verb after `and` with the accuser as subject is the accuser's next act, not an
        // act it alleges of the party its participle clause names.
        assert_eq!(
            accusations(
                "Iran's foreign ministry spokesman condemned the attack, calling it a violation of \
                 Iranian sovereignty, and blamed Israel."
            )
            .into_iter()
            .filter(|e| e.2.is_some())
            .collect::<Vec<_>>(),
            vec![ev("ACCUSE", "IRN", Some("ISR"))]
        );
        // The source named by `according to`, before the subject or after the predicate;
        // a source whose country is only guessed accuses nobody.
        assert_eq!(
            accusations("According to Ukraine's foreign ministry, Russia violated the truce."),
            vec![ev("ACCUSE", "UKR", Some("RUS"))]
        );
        assert_eq!(
            accusations("Russia violated the truce 20 times, according to Kyiv."),
            vec![ev("ACCUSE", "UKR", Some("RUS"))]
        );
        assert!(accusations("Russia violated the truce, according to reports.").is_empty());
        // Guilt named by an idiom.
        assert_eq!(
            accusations("Bolivia said Peru was using the crisis as a pretext to close the border."),
            vec![ev("ACCUSE", "BOL", Some("PER"))]
        );
        // A relative clause of blame ends at its comma: the main verb is the
        // antecedent's own act, not one it alleges of the party it blames.
        assert!(coded(
            "Turkey, which blames Kurdish militants for the bombing, launched air strikes in \
             northern Syria."
        )
        .contains(&ev("ASSAULT", "TUR", Some("SYR"))));
        // A participle on a publication after `in` speaks for the main clause's subject.
        assert_eq!(
            accusations("In a statement accusing Moscow of nuclear blackmail, NATO said it would not yield."),
            vec![ev("ACCUSE", "IGO", Some("RUS"))]
        );
        // The owner of a criticised decision, not the object of its infinitive.
        assert_eq!(
            accusations(
                "Brazil slammed Washington's decision to revoke the visas of Brazilian judges."
            ),
            vec![ev("ACCUSE", "BRA", Some("USA"))]
        );
    }

    #[test]
    fn a_document_speaks_for_the_author_its_from_phrase_names() {
        // Session 28 (syntax.rs `author_of_document`).
        assert_eq!(
            accusations(
                "A statement from Iran's foreign ministry accused Israel of violating the ceasefire."
            ),
            vec![ev("ACCUSE", "IRN", Some("ISR"))]
        );
        // A place after `from` is no author.
        assert!(
            accusations("A report from Gaza accused Israel of violating the ceasefire.")
                .iter()
                .all(|e| e.1.as_deref() != Some("PSE"))
        );
    }

    #[test]
    fn a_criticism_whose_object_is_a_relative_pronoun_aims_at_the_antecedents_act() {
        // Session 28 (frames.rs `relative_object_author`): the owner of the act the
        // antecedent names, not the party a preposition governs inside it.
        assert_eq!(
            accusations(
                "Israel's strikes on Lebanon, which France criticized, continued overnight."
            ),
            vec![ev("ACCUSE", "FRA", Some("ISR"))]
        );
        // The act coded in the clause before the pronoun: its actor.
        assert_eq!(
            accusations(
                "North Korea fired a ballistic missile on Monday, which Japan condemned as a threat to regional peace."
            ),
            vec![ev("ACCUSE", "JPN", Some("PRK"))]
        );
        // The party the pronoun stands for.
        assert_eq!(
            accusations("Iran, which Washington calls a rogue state, rejected the proposal."),
            vec![ev("ACCUSE", "USA", Some("IRN"))]
        );
        // A party a preposition governs is no antecedent of its own, past its article.
        assert!(accusations(
            "Kyiv wants closer ties with the European Union, which Moscow opposes."
        )
        .iter()
        .all(|e| e.2.as_deref() != Some("IGO")));
    }

    #[test]
    fn recipients_outside_the_plain_clause() {
        // The one party the sentence before names, when the act names none.
        let got = coded(
            "Cyclone winds flattened villages across Mozambique this week. Portugal sent two planeloads of medicine on Sunday.",
        );
        assert!(got.contains(&ev("AID", "PRT", Some("MOZ"))), "{got:?}");
        // Two parties there: no single one the act answers, and the aid names no one.
        let got = coded(
            "Ethiopia and Eritrea traded accusations this week. Egypt sent two planeloads of medicine on Sunday.",
        );
        assert!(got.iter().all(|(p, _, _)| p != "AID"), "{got:?}");
        // An own envoy recalled: the party of the pair before is the one acted on.
        let got = coded(
            "Algeria accused Morocco of backing separatists. Algiers recalled its ambassador on Friday.",
        );
        assert!(got.contains(&ev("SANCTION", "DZA", Some("MAR"))), "{got:?}");
        // The indirect object of the verb governing an aid noun.
        let got = coded("Sweden handed Ukraine a new package of artillery shells on Tuesday.");
        assert!(got.contains(&ev("AID", "SWE", Some("UKR"))), "{got:?}");
        // The possessor of a condemned act, not the victims in its `of` phrase.
        let got = coded("Spain condemned Morocco's detention of three Spanish fishermen.");
        assert!(got.contains(&ev("ACCUSE", "ESP", Some("MAR"))), "{got:?}");
        // Whose people a release frees.
        let got = coded("Belarus announced the release of three Lithuanian citizens.");
        assert!(got.contains(&ev("RETREAT", "BLR", Some("LTU"))), "{got:?}");
        // The goods' country in the `of` phrase of the trade a measure falls on.
        let got = coded("Washington slapped tariffs on shipments of Chinese steel.");
        assert!(got.contains(&ev("COERCE", "USA", Some("CHN"))), "{got:?}");
        // Two coordinated parties of an act the intent frame makes a mutual pledge.
        let got = coded("Ghana and Togo agreed on Monday to reopen their border crossings.");
        assert!(got.contains(&ev("AGREE", "GHA", Some("TGO"))), "{got:?}");
        assert!(got.contains(&ev("AGREE", "TGO", Some("GHA"))), "{got:?}");
    }

    #[test]
    fn a_force_sent_to_a_border_faces_the_party_across_it() {
        // The border is one's own ("its"), the party across it the target.
        let got = coded("Venezuela deployed troops to its eastern border with Guyana on Thursday.");
        assert!(got.contains(&ev("MOBILIZE", "VEN", Some("GUY"))), "{got:?}");
        // A border named by its country's adjective.
        let got = coded("Turkey dispatched commando units and howitzers to the Syrian border.");
        assert!(got.contains(&ev("MOBILIZE", "TUR", Some("SYR"))), "{got:?}");
        // One's own border by adjective: the act stays, aimed at no one.
        let got = coded("Turkey dispatched commando units to the Turkish border.");
        assert!(got.contains(&ev("MOBILIZE", "TUR", None)), "{got:?}");
        // Forces moved in an agentless passive act for their state.
        let got =
            coded("Thousands of Portuguese soldiers have been sent to the border with Spain.");
        assert!(got.contains(&ev("MOBILIZE", "PRT", Some("ESP"))), "{got:?}");
    }

    #[test]
    fn only_an_auxiliary_word_is_an_auxiliary() {
        // The parser may hang a gerund's subject on it and call the verb before it an
        // auxiliary; a word outside the auxiliaries' class is the verb.
        let got = coded("Japan mulls lifting sanctions on Iran after the nuclear deal");
        assert!(got.contains(&ev("AGREE", "JPN", Some("IRN"))), "{got:?}");
        // A true auxiliary is still no verb of its own.
        let got = coded("The EU has imposed 16 rounds of sanctions on Russia.");
        assert!(got.iter().all(|(p, _, _)| p != "CONSULT"), "{got:?}");
    }

    #[test]
    fn forces_sent_to_a_disaster_are_no_force_posture() {
        let got = coded(
            "Indonesia mobilised hundreds of soldiers on Sunday to search for survivors after a landslide.",
        );
        assert!(got.iter().all(|(p, _, _)| p != "MOBILIZE"), "{got:?}");
        // Against a rival, the same mobilisation is one, whatever else the sentence says.
        let got =
            coded("Armenia mobilised its reservists after Azerbaijan shelled its border villages.");
        assert!(got.iter().any(|(p, _, _)| p == "MOBILIZE"), "{got:?}");
    }

    #[test]
    fn forces_sent_to_no_one_are_a_deployment() {
        let got =
            coded("Cambodia sent tanks and several hundred troops to the disputed border area.");
        assert!(got.contains(&ev("MOBILIZE", "KHM", None)), "{got:?}");
        assert!(got.iter().all(|(p, _, _)| p != "AID"), "{got:?}");
        // Sent to a party, they are its military aid.
        let got = coded("Britain sent 800 troops to Estonia to bolster NATO's eastern flank.");
        assert!(got.contains(&ev("AID", "GBR", Some("EST"))), "{got:?}");
        assert!(got.iter().all(|(p, _, _)| p != "MOBILIZE"), "{got:?}");
    }

    #[test]
    fn anti_country_protesters_are_not_of_that_country() {
        for text in [
            "Anti-Japanese protesters rallied in Beijing on Sunday.",
            "Thousands of anti-American protesters rallied in Baghdad on Tuesday.",
        ] {
            let got = coded(text);
            assert!(
                got.iter().any(|(p, _, _)| p == "PROTEST"),
                "{text}: {got:?}"
            );
            assert!(
                got.iter()
                    .all(|(_, a, _)| !matches!(a.as_deref(), Some("JPN" | "USA"))),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn being_on_strike_is_striking() {
        let got = coded("Thousands of Nigerian workers have been on strike since May.");
        assert!(
            got.iter()
                .any(|(p, a, _)| p == "PROTEST" && a.as_deref() == Some("NGA")),
            "{got:?}"
        );
    }

    #[test]
    fn a_feed_fragment_naming_its_doer_by_an_adjective_reports_the_attack() {
        let got = coded("Russian drone attack on Odesa overnight, 1 killed");
        assert!(got.contains(&ev("ASSAULT", "RUS", None)), "{got:?}");
        // The same phrase in a prose sentence points back at an act told before.
        let got = coded("Officials said repairs after the Russian drone attack on Odesa began.");
        assert!(got.iter().all(|(p, _, _)| p != "ASSAULT"), "{got:?}");
    }

    #[test]
    fn acts_a_semicolon_or_a_coordination_joins_are_not_restatements() {
        let got = coded(
            "Anglophone separatists 2 June killed three civilians in Bamenda, North West region, \
             and abducted local chief.",
        );
        assert_eq!(
            got.iter().filter(|(p, _, _)| p == "ASSAULT").count(),
            2,
            "{got:?}"
        );
        let got =
            coded("Rebels shelled the town, killing 12 civilians; next day ambushed a convoy.");
        assert_eq!(
            got.iter().filter(|(p, _, _)| p == "ASSAULT").count(),
            2,
            "{got:?}"
        );
        // One act told by two verbs sharing their object stays one.
        let got = coded("Militants attacked and killed five soldiers near Gao.");
        assert_eq!(
            got.iter().filter(|(p, _, _)| p == "ASSAULT").count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn neither_confirming_nor_denying_is_neither_act() {
        assert!(coded("Moscow neither confirmed nor denied the report.").is_empty());
        // Without "neither", the denial stands.
        assert!(!coded("Moscow denied the report.").is_empty());
    }

    #[test]
    fn an_event_noun_takes_the_between_phrase_its_verb_governs() {
        let got = coded(
            "Heavy fighting broke out on Sunday between Thai and Cambodian troops along the \
             disputed border.",
        );
        assert!(
            got.contains(&ev("ASSAULT", "THA", Some("KHM")))
                || got.contains(&ev("ASSAULT", "KHM", Some("THA"))),
            "{got:?}"
        );
    }

    #[test]
    fn a_participle_after_a_preposition_before_its_noun_is_no_act() {
        let got = coded(
            "Qatar's foreign minister met Taliban officials in Kabul to discuss the release of \
             detained foreigners.",
        );
        assert!(got.iter().all(|(p, _, _)| p != "COERCE"), "{got:?}");
    }

    #[test]
    fn the_verbs_party_object_before_its_keyword_is_the_recipient() {
        let got = coded(
            "Poland's prime minister warned Russia that any attack on NATO territory would \
             meet a decisive military response.",
        );
        assert!(got.contains(&ev("THREATEN", "POL", Some("RUS"))), "{got:?}");
        assert!(
            !got.contains(&ev("THREATEN", "POL", Some("IGO"))),
            "{got:?}"
        );
    }

    #[test]
    fn an_object_named_by_its_country_adjective_before_the_actor_named_again() {
        let got = coded(
            "China accused Philippine vessels of deliberately ramming one of its ships near \
             the shoal.",
        );
        assert!(got.contains(&ev("ACCUSE", "CHN", Some("PHL"))), "{got:?}");
    }

    #[test]
    fn a_verb_with_two_subjects_takes_the_one_that_names_a_party() {
        // The parser reads "leading democracies" as a second subject of "urged".
        let got = coded(
            "Top diplomats from the Group of Seven leading democracies urged Russia on Friday \
             to accept a ceasefire.",
        );
        assert!(got.contains(&ev("REQUEST", "IGO", Some("RUS"))), "{got:?}");
    }

    #[test]
    fn a_participle_describing_a_party_is_no_act_unless_it_has_its_own_time() {
        // A reduced relative or an apposition of a standing relation describes the party.
        let got = coded("Separatists supported by Moscow shelled the town on Tuesday.");
        assert!(got.iter().all(|(p, _, _)| p != "SUPPORT"), "{got:?}");
        assert!(got.iter().any(|(p, _, _)| p == "ASSAULT"), "{got:?}");
        let got = coded("The Houthi rebels, supported by Tehran, threatened to strike ships.");
        assert!(got.iter().all(|(p, _, _)| p != "SUPPORT"), "{got:?}");
        // With a day of its own the participle tells an act; so does a finite verb.
        let got = coded("Rebels, backed by Russia on Sunday, seized the town.");
        assert!(got.iter().any(|(p, _, _)| p == "SUPPORT"), "{got:?}");
        let got = coded("Russia backed the separatists in Donetsk on Tuesday.");
        assert!(got.iter().any(|(p, _, _)| p == "SUPPORT"), "{got:?}");
    }

    #[test]
    fn a_subject_named_by_its_apposition_or_by_whose_acts() {
        assert_eq!(
            coded("The Kremlin's envoy, Sergei Lavrov, spoke with Antony Blinken on Friday."),
            vec![ev("CONSULT", "RUS", Some("USA"))]
        );
        let got = coded(
            "Iran and Saudi Arabia traded accusations. Qatar, whose foreign minister spoke by \
             phone with his Iranian and Saudi counterparts, urged calm.",
        );
        assert!(got.contains(&ev("CONSULT", "QAT", Some("IRN"))), "{got:?}");
        assert!(got.contains(&ev("CONSULT", "QAT", Some("SAU"))), "{got:?}");
    }

    #[test]
    fn an_analyst_s_opinion_is_not_an_act_but_observers_act() {
        // Praise by commentators is quoted opinion, not an act between parties.
        assert!(
            coded("Security analysts praised ECOWAS for activating its standby force.").is_empty()
        );
        // The same verb with a state as its subject is coded ...
        assert_eq!(
            coded("Nigeria praised ECOWAS for activating its standby force."),
            vec![ev("SUPPORT", "NGA", Some("IGO"))]
        );
        // ... and observers, who share the analyst role, are monitors that act.
        assert!(!coded("International observers condemned Myanmar for the arrests.").is_empty());
        // Experts of an international body speak for it.
        assert!(
            !coded("United Nations human rights experts condemned Myanmar for the arrests.")
                .is_empty()
        );
    }

    #[test]
    fn tourists_travel_while_leaders_visit() {
        assert!(coded("Thousands of tourists from China visited Japan last year.").is_empty());
        assert_eq!(
            coded("The Chinese premier visited Japan last year."),
            vec![ev("CONSULT", "CHN", Some("JPN"))]
        );
    }

    #[test]
    fn a_present_passive_is_a_standing_state() {
        assert!(coded("Both tankers are sanctioned by the U.S. Treasury Department.").is_empty());
        assert!(
            coded("Saudi Arabia, which is backed by the United States, kept quiet.").is_empty()
        );
        // The same verbs telling an act in the past tense are coded.
        assert!(!coded("Both tankers were sanctioned by the U.S. Treasury Department.").is_empty());
        assert_eq!(
            coded("Saudi Arabia, which was backed by the United States, kept quiet."),
            vec![ev("SUPPORT", "USA", Some("SAU"))]
        );
    }

    #[test]
    fn coming_under_attack_from_a_party_is_its_attack() {
        assert_eq!(
            coded("Malian troops came under heavy attack from jihadists near Gao."),
            vec![ev("ASSAULT", "MLI", Some("MLI"))]
        );
        // The doer comes after the noun; without one the attack on a state's troops is
        // kept with the actor unnamed (`unattributed.rs`, golden convention 11).
        assert_eq!(
            coded("Malian troops came under heavy attack near Gao."),
            vec![("ASSAULT".into(), None, Some("MLI".into()))]
        );
    }

    #[test]
    fn a_victim_subject_is_the_target_of_the_act_it_undergoes() {
        // The doer after `from`/`by`, or named inside the act undergone.
        assert_eq!(
            coded("Malian troops suffered an attack by jihadists near Gao."),
            vec![ev("ASSAULT", "MLI", Some("MLI"))]
        );
        assert_eq!(
            coded("Israeli troops came under fire from Hezbollah."),
            vec![ev("ASSAULT", "LBN", Some("ISR"))]
        );
        assert_eq!(
            coded("Ukraine suffered Russia's heaviest bombardment of the war."),
            vec![ev("ASSAULT", "RUS", Some("UKR"))]
        );
        assert_eq!(
            coded("Israeli troops came under Hezbollah rocket fire."),
            vec![ev("ASSAULT", "LBN", Some("ISR"))]
        );
        // Who survives an attempt on their life is its target, not the one attacking.
        assert_eq!(
            coded("Former President Trump survived an assassination attempt by a gunman.")
                .into_iter()
                .filter(|e| e.2.is_some())
                .collect::<Vec<_>>(),
            vec![("ASSAULT".to_string(), None, Some("USA".to_string()))]
        );
        // Criticism is no fire: no soldier, weapon or armed group in the sentence. It is
        // criticism of the minister (session 23: `under *fire` in events.txt's 111), never
        // an attack.
        let criticised = coded("The minister came under fire from opposition lawmakers.");
        assert!(
            !criticised.is_empty() && criticised.iter().all(|e| e.0 == "ACCUSE"),
            "{criticised:?}"
        );
    }

    #[test]
    fn an_experiencer_reacts_to_what_angers_it_in_either_voice() {
        assert_eq!(
            coded("Japan was deeply disappointed by China's decision to expand the base."),
            vec![ev("ACCUSE", "JPN", Some("CHN"))]
        );
        // A present-tense passive of an experiencer is its reaction now, not a state.
        assert_eq!(
            coded("Seoul is alarmed at Pyongyang's latest missile launch.")
                .into_iter()
                .filter(|e| e.0 == "ACCUSE")
                .collect::<Vec<_>>(),
            vec![ev("ACCUSE", "KOR", Some("PRK"))]
        );
        assert_eq!(
            coded("China's decision angered Japan."),
            vec![ev("ACCUSE", "JPN", Some("CHN"))]
        );
        // Nobody to disapprove of: no event.
        assert!(coded("Residents were outraged by the price increase.").is_empty());
    }

    #[test]
    fn a_visit_s_destination_place_names_its_country() {
        // The gazetteer puts Islamabad in Pakistan, which the story names.
        assert_eq!(
            coded(
                "The Chinese foreign minister arrived in Islamabad on Saturday for a \
                 three-day visit. Pakistan welcomed him."
            )[0],
            ev("CONSULT", "CHN", Some("PAK"))
        );
        // The place as the visit's object.
        assert_eq!(
            coded(
                "Indian Prime Minister Narendra Modi visited Sochi on Monday. He met Russian \
                 President Vladimir Putin."
            )[0],
            ev("CONSULT", "IND", Some("RUS"))
        );
        // Travel at home is no visit to another state.
        assert!(
            !coded("Pakistan's prime minister arrived in Lahore for a visit.")
                .iter()
                .any(|e| e.0 == "CONSULT")
        );
    }

    /// A visit in a datelined lead that names no destination goes to the dateline's
    /// country; not at home, not where the lead names a place elsewhere, not in a later
    /// sentence.
    #[test]
    fn a_visit_in_a_datelined_lead_is_to_the_dateline_s_country() {
        assert!(coded(
            "NAIROBI - Somalia's president arrived on Tuesday for a two-day state visit."
        )
        .contains(&ev("CONSULT", "SOM", Some("KEN"))));
        for text in [
            "NAIROBI - Kenya's president arrived on Tuesday for a two-day state visit.",
            "NAIROBI - Somalia's president arrived in Kampala on Tuesday for a state visit.",
            "NAIROBI - Police arrested five men on Monday. Somalia's president arrived on \
             Tuesday for a two-day state visit.",
        ] {
            let doc = doc_through("events", text);
            assert!(
                doc.events
                    .iter()
                    .all(|e| !e.rule.contains("the dateline's country")),
                "{text}: {:?}",
                coded(text)
            );
        }
    }

    #[test]
    fn a_foreign_place_sent_to_or_withdrawn_from_names_its_country() {
        // The story never names the Palestinian territories: the place's own mention.
        assert_eq!(
            coded("Qatar sent food aid to Gaza on Sunday."),
            vec![ev("AID", "QAT", Some("PSE"))]
        );
        // The forces withdrawn are no party acted on; the place they leave is.
        assert_eq!(
            coded("Israel withdrew its troops from Jenin on Thursday."),
            vec![ev("RETREAT", "ISR", Some("PSE"))]
        );
        // Forces that themselves fall back yield to the state whose territory they leave
        // (session 13, issue #9: golden README on withdrawals)...
        assert_eq!(
            coded("Russian forces withdrew from Kherson.")[0],
            ev("RETREAT", "RUS", Some("UKR"))
        );
        // ... and to no one when they fall back at home.
        assert!(coded("Ukrainian forces withdrew from Kherson.")
            .iter()
            .all(|e| e.2.is_none()));
        // A place of the actor's own country names no one.
        assert!(coded("Pakistan deployed troops to Quetta on Monday.")
            .iter()
            .all(|e| e.2.is_none() || e.2.as_deref() == Some("PAK")));
        // The slot names the party; the place is only a stop on the way.
        assert_eq!(
            coded("Turkey sent 50 trucks of aid to Syria through Gaziantep on Monday.")[0],
            ev("AID", "TUR", Some("SYR"))
        );
        // Aid cut off from a place goes to its country as aid sent there does.
        assert_eq!(
            coded("Israel suspended aid to Gaza on Monday."),
            vec![ev("SANCTION", "ISR", Some("PSE"))]
        );
        // An envoy called back from a capital: the preposition hangs on the particle,
        // which the tree hangs on the verb or on the envoy.
        assert_eq!(
            coded("Peru called its ambassador back from Caracas on Monday."),
            vec![ev("SANCTION", "PER", Some("VEN"))]
        );
        assert_eq!(
            coded("Ghana called its envoy back from Lagos after the row."),
            vec![ev("SANCTION", "GHA", Some("NGA"))]
        );
        // Where talks happen is no party to them.
        assert!(!coded("Armenian and Azerbaijani officials met in Geneva.")
            .iter()
            .any(|e| e.1.as_deref() == Some("CHE") || e.2.as_deref() == Some("CHE")));
    }

    #[test]
    fn a_keyword_before_a_passive_participle_names_the_target_in_its_slot() {
        assert_eq!(
            coded("Sanctions on Belarus were extended by the European Union on Saturday."),
            vec![ev("COERCE", "IGO", Some("BLR"))]
        );
        // The slot's object named by its country adjective.
        assert_eq!(
            coded("Tariffs on Chinese steel were raised by Washington on Monday."),
            vec![ev("COERCE", "USA", Some("CHN"))]
        );
    }

    #[test]
    fn a_host_receives_the_delegation_from_a_party() {
        assert_eq!(
            coded("Pakistan hosted a delegation from Afghanistan."),
            vec![ev("CONSULT", "PAK", Some("AFG"))]
        );
        // Aid received is no visit, whatever visit the sentence mentions.
        assert!(!coded("Kenya received aid from China during the visit.")
            .iter()
            .any(|e| e.0 == "CONSULT" && e.2.is_some()));
    }

    #[test]
    fn an_object_owned_by_each_other_is_no_third_party() {
        // Session 32 (dyads32): the two act on each other.
        assert_eq!(
            coded("India and Canada expelled each other's top diplomats on Monday."),
            vec![
                ev("SANCTION", "IND", Some("CAN")),
                ev("SANCTION", "CAN", Some("IND"))
            ]
        );
    }

    #[test]
    fn missiles_fired_at_a_party_target_it() {
        assert_eq!(
            coded("The Houthis fired missiles at an American destroyer in the Red Sea."),
            vec![ev("ASSAULT", "YEM", Some("USA"))]
        );
    }

    #[test]
    fn a_plural_subject_of_several_parties_stands_for_them_all() {
        assert_eq!(
            coded("The leaders of Kenya and Ethiopia signed a border agreement on Monday."),
            vec![
                ev("SUPPORT", "KEN", Some("ETH")),
                ev("SUPPORT", "ETH", Some("KEN"))
            ]
        );
        // Members listed after `such as` or `including` are the ones that act.
        assert_eq!(
            coded("African countries such as Kenya and Tanzania thanked Saudi Arabia."),
            vec![
                ev("SUPPORT", "KEN", Some("SAU")),
                ev("SUPPORT", "TZA", Some("SAU"))
            ]
        );
        // The reciprocal object of an infinitive after the verb.
        assert_eq!(
            coded("Kenya and Tanzania pledged to support each other during the crisis."),
            vec![
                ev("SUPPORT", "KEN", Some("TZA")),
                ev("SUPPORT", "TZA", Some("KEN"))
            ]
        );
        // A plural `by` agent of a passive listing its parties.
        assert_eq!(
            coded("The accord was signed by the foreign ministers of Andorra and the Netherlands."),
            vec![
                ev("SUPPORT", "AND", Some("NLD")),
                ev("SUPPORT", "NLD", Some("AND"))
            ]
        );
        // The story's pair, with the day between the phrase and the verb.
        assert!(coded(
            "Egypt and Sudan held talks in Cairo on Monday. \
             The two countries on Thursday signed a water-sharing accord."
        )
        .contains(&ev("SUPPORT", "EGY", Some("SDN"))));
        // The day between the subject and the verb, as wire copy puts it.
        assert_eq!(
            coded("The leaders of Kenya and Ethiopia on Monday signed a border agreement."),
            vec![
                ev("SUPPORT", "KEN", Some("ETH")),
                ev("SUPPORT", "ETH", Some("KEN"))
            ]
        );
        assert_eq!(
            coded("Troops from Russia and Belarus held joint drills near the Polish border."),
            vec![
                ev("COOPERATE", "RUS", Some("BLR")),
                ev("COOPERATE", "BLR", Some("RUS"))
            ]
        );
    }

    #[test]
    fn a_partner_set_off_by_along_with_is_whom_the_act_is_done_with() {
        assert_eq!(
            coded("Kenya, together with Uganda, signed a peace agreement on Monday."),
            vec![ev("SUPPORT", "KEN", Some("UGA"))]
        );
        // The actor's own possessive is no partner; the counterpart is.
        assert_eq!(
            coded(
                "Tanzanian President Jakaya Kikwete, along with his Mozambican counterpart, \
                 signed agreements on border control."
            ),
            vec![ev("SUPPORT", "TZA", Some("MOZ"))]
        );
        // A `with` phrase after the verb names the partner; the one before is a co-actor,
        // with an event of its own (golden README convention 6; session 21).
        assert_eq!(
            coded("Israel, along with the United States, signed an accord with the UAE."),
            vec![
                ev("SUPPORT", "ISR", Some("ARE")),
                ev("SUPPORT", "USA", Some("ARE"))
            ]
        );
    }

    #[test]
    fn trading_fire_is_mutual_like_exchanging_it() {
        assert_eq!(
            coded("Kyrgyz troops and Tajik border guards traded fire on Monday."),
            vec![
                ev("ASSAULT", "KGZ", Some("TJK")),
                ev("ASSAULT", "TJK", Some("KGZ"))
            ]
        );
    }

    #[test]
    fn a_mediator_mediates_between_the_story_s_pair() {
        assert_eq!(
            coded("Azerbaijan and Armenia fought for two days. The truce was brokered by Russia.")
                .into_iter()
                .filter(|e| e.0 == "CONSULT")
                .collect::<Vec<_>>(),
            vec![
                ev("CONSULT", "RUS", Some("AZE")),
                ev("CONSULT", "RUS", Some("ARM"))
            ]
        );
    }

    #[test]
    fn an_attack_noun_with_its_doer_bound_to_it_stands_alone() {
        assert_eq!(
            coded("Boko Haram's abduction of 110 schoolgirls from Dapchi shocked the country."),
            vec![ev("ASSAULT", "NGA", None)]
        );
        // A description of a party's acts, with no victims or agent after the noun, is not
        // one act.
        assert!(coded("Russia's military operations continued for months.").is_empty());
    }

    #[test]
    fn a_with_clause_has_its_own_subject_and_is_no_recipient() {
        // Egypt's concern is aimed at no one: Blinken is the subject of "speaking", and
        // "his" is Blinken's own, so the counterpart's adjective names the other party.
        assert_eq!(
            coded(
                "Israel was hit. Egypt voiced concern, with Antony Blinken speaking by phone \
                 with his Israeli counterpart."
            ),
            vec![ev("CONSULT", "USA", Some("ISR"))]
        );
        assert_eq!(
            coded("Antony Blinken led more than eight hours of talks with Ukrainian officials."),
            vec![ev("CONSULT", "USA", Some("UKR"))]
        );
    }

    #[test]
    fn a_meeting_opening_the_sentence_is_the_subject_s() {
        assert_eq!(
            coded(
                "Following talks with Antony Blinken, Egyptian President Abdel Fattah el-Sisi \
                 said the border would stay open."
            ),
            vec![ev("CONSULT", "EGY", Some("USA"))]
        );
        // Other acts in such an adverbial are not the subject's.
        assert!(coded(
            "During a rally in Cairo, Egyptian President Abdel Fattah el-Sisi said the border \
             would stay open."
        )
        .is_empty());
    }

    #[test]
    fn a_fight_breaking_out_between_two_parties_is_theirs() {
        assert_eq!(
            coded("Heavy clashes erupted between the Sudanese army and the RSF in Khartoum."),
            vec![
                ev("ASSAULT", "SDN", Some("SDN")),
                ev("ASSAULT", "SDN", Some("SDN"))
            ]
        );
        // A verb that is not the noun's own ends the phrase: the parties after it are not
        // the clash's.
        assert!(coded("The clashes worried diplomats between Sudan and Chad.").is_empty());
    }

    #[test]
    fn a_crackdown_on_protests_targets_the_protesters() {
        let got = coded("Israel's crackdown on rallies by Palestinians in Hebron drew criticism.");
        assert!(got.contains(&ev("ASSAULT", "ISR", Some("PSE"))), "{got:?}");
        // After a target that is no protest, `by` names the attacker, not the target.
        let got = coded("Attacks on positions by Russian forces continued near Bakhmut.");
        assert!(got.iter().all(|e| e.2.as_deref() != Some("RUS")), "{got:?}");
    }

    #[test]
    fn a_count_over_months_or_years_is_a_statistic() {
        assert!(coded(
            "Over the past two years, Egyptian police have arrested 3,000 members of the \
             Muslim Brotherhood."
        )
        .is_empty());
        // A span of days is a report of recent acts, and a span elsewhere in the sentence
        // counts something else.
        assert_eq!(
            coded("Egyptian police arrested 30 members of the Muslim Brotherhood on Monday.").len(),
            1
        );
        assert_eq!(
            coded(
                "Egyptian police arrested 30 members of the Muslim Brotherhood on Monday, \
                 a group whose support has fallen sharply over the past two decades."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_war_between_two_parties_is_coded_where_it_begins() {
        assert_eq!(
            coded("Sudan's war between the army and the RSF began in April 2023."),
            vec![
                ev("ASSAULT", "SDN", Some("SDN")),
                ev("ASSAULT", "SDN", Some("SDN"))
            ]
        );
        // The war as an ongoing state is background, and a standoff is no attack.
        assert!(
            !codes("The war between the army and the RSF dragged on.").contains(&"190".to_string())
        );
        assert!(
            coded("The standoff between Britain and Spain over Gibraltar escalated.")
                .iter()
                .all(|e| e.0 != "ASSAULT")
        );
    }

    #[test]
    fn security_forces_clashing_with_fighters_is_armed_clash() {
        assert_eq!(
            coded("Syrian security forces clashed with fighters loyal to Assad."),
            vec![ev("ASSAULT", "SYR", Some("SYR"))]
        );
        assert_eq!(
            coded("Protesters clashed with riot police in Nairobi.")
                .iter()
                .map(|e| e.0.as_str())
                .collect::<Vec<_>>(),
            vec!["PROTEST"]
        );
    }

    #[test]
    fn abuses_in_a_country_accuse_that_country() {
        let t = |a: &str, c: &str| vec![("ACCUSE".to_string(), Some(a.into()), Some(c.into()))];
        assert_eq!(
            coded("Amnesty International condemned violations of human rights in Myanmar."),
            t("NGO", "MMR")
        );
        assert_eq!(
            coded("Human Rights Watch denounced abuses in Ethiopia."),
            t("NGO", "ETH")
        );
        // Violence anyone may have done is not the state's without a party named.
        let attack = coded("Canada criticized the attack in Kabul.");
        assert!(attack.iter().all(|e| e.2.is_none()), "{attack:?}");
    }

    #[test]
    fn the_nominal_restatement_keeps_its_narrower_code() {
        let doc = doc_through(
            "events",
            "Amnesty International condemned human rights violations in Myanmar.",
        );
        let cameo: Vec<&str> = doc.events.iter().map(|e| e.cameo.as_str()).collect();
        assert_eq!(cameo, vec!["1122"]);
        assert!(super::is_refinement("111", "1122"));
        assert!(!super::is_refinement("111", "190"));
        assert!(!super::is_refinement("1122", "111"));
    }

    #[test]
    fn coordinated_by_agents_each_accuse_the_passive_subject() {
        let ev = coded("Iran was condemned by the United Nations, Turkey and Chinese diplomats.");
        let actors: Vec<Option<String>> = ev.iter().map(|e| e.1.clone()).collect();
        assert_eq!(
            actors,
            vec![Some("IGO".into()), Some("TUR".into()), Some("CHN".into())],
            "{ev:?}"
        );
        assert!(ev.iter().all(|e| e.2.as_deref() == Some("IRN")), "{ev:?}");
    }

    #[test]
    fn wire_story_constructions_of_session_15() {
        // A reporter's question is no appeal by the one who answers it.
        assert_eq!(
            coded(
                "Asked about the drone deal, Kremlin spokesman Dmitry Peskov said Moscow \
                 respected the right of states to choose their partners."
            ),
            vec![]
        );
        // An object "him" is not its clause's subject.
        let ev = coded(
            "Afghanistan's commerce minister telephoned his Pakistani counterpart and asked \
             him to suspend the new duties.",
        );
        assert!(
            ev.iter()
                .any(|e| e.0 == "REQUEST" && e.2.as_deref() == Some("PAK")),
            "{ev:?}"
        );
        // A distributive "each" makes no mutual act.
        let ev = coded("Singapore and Malaysia pledged $50 million each to the fund.");
        assert!(
            !ev.iter()
                .any(|e| e.1.as_deref() == Some("SGP") && e.2.as_deref() == Some("MYS")),
            "{ev:?}"
        );
        // Duties doubled on another country's goods are a sanction imposed.
        assert_eq!(
            coded("India doubled import duties on Chinese steel on Monday."),
            vec![("COERCE".to_string(), Some("IND".into()), Some("CHN".into()))]
        );
    }

    #[test]
    fn passive_forms_take_the_party_acted_on_as_recipient() {
        let t = |a: &str, c: &str| ("ACCUSE".to_string(), Some(a.into()), Some(c.into()));
        // A pronoun subject of an adverbial clause stands for the party before it.
        assert_eq!(
            coded("Iran resumed enrichment after it was criticized by the IAEA."),
            vec![t("IGO", "IRN")]
        );
        // A participle with its agent, after a named party or opening the sentence; its
        // agent ends where the main clause's subject begins.
        for text in [
            "Iran, criticized by France and Germany, said it would continue the program.",
            "Criticized by France and Germany, Iran said it would continue the program.",
        ] {
            assert_eq!(
                coded(text),
                vec![t("FRA", "IRN"), t("DEU", "IRN")],
                "{text}"
            );
        }
        // Each of several `by` agents acts.
        assert_eq!(
            coded("Iran was condemned by France and by Germany."),
            vec![t("FRA", "IRN"), t("DEU", "IRN")]
        );
        // "It was reported by" is no party.
        assert!(
            coded("It was reported by state media that Iran had resumed enrichment.")
                .iter()
                .all(|e| e.2.is_none())
        );
    }

    #[test]
    fn a_participle_coordinated_with_a_passive_is_passive() {
        // The second participle shares the auxiliary: its subject is the victim.
        for text in [
            "The Somali mayor was kidnapped and killed on Monday.",
            "A Kenyan aid worker was abducted and killed near the border.",
        ] {
            let got = coded(text);
            assert!(
                got.iter()
                    .all(|e| !matches!(e.1.as_deref(), Some("SOM" | "KEN"))),
                "{text}: the subject is no doer: {got:?}"
            );
        }
        // With its `by` agent, the agent does both.
        let got = coded("The Somali mayor was kidnapped and killed by Kenyan soldiers.");
        assert!(got.contains(&ev("ASSAULT", "KEN", Some("SOM"))), "{got:?}");
        assert!(got.iter().all(|e| e.1.as_deref() == Some("KEN")), "{got:?}");
        // A conjunct with its own auxiliary is its own active verb group.
        assert!(
            coded("Iran was criticized by France and has attacked Iraq.").contains(&ev(
                "ASSAULT",
                "IRN",
                Some("IRQ")
            ))
        );
    }

    #[test]
    fn a_from_phrase_of_a_passive_withdrawal_is_no_doer() {
        // "from" names the place left, not who withdrew the troops.
        for text in [
            "French troops were withdrawn from Mali last year.",
            "Russian forces were pulled out of Syria and withdrawn from Libya.",
        ] {
            let got = coded(text);
            assert!(
                got.iter()
                    .all(|e| e.1.as_deref() != Some("MLI") && e.1.as_deref() != Some("LBY")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_pair_owning_the_subject_acts_both_ways() {
        // "the two countries' presidents": the pair owns the people who act; the party
        // named alone before the phrase is one of the story's dominant pair, whatever the
        // sentence before names in passing.
        let got = coded(
            "Peru accused Chile of pushing migrants across the border. Chile rejected the \
             charge. Peru recalled its ambassador from Chile. Bolivia sent 600 police \
             officers to its own border on Thursday, its interior ministry said. The \
             Peruvian presidency said the two countries' presidents had spoken by phone.",
        );
        assert!(got.contains(&ev("CONSULT", "PER", Some("CHL"))), "{got:?}");
        assert!(got.contains(&ev("CONSULT", "CHL", Some("PER"))), "{got:?}");
        assert!(
            !got.iter().any(|e| e.0 == "CONSULT"
                && (e.1.as_deref() == Some("BOL") || e.2.as_deref() == Some("BOL"))),
            "{got:?}"
        );
    }

    #[test]
    fn a_coordinated_verb_after_a_clause_shares_the_main_subject() {
        // ", saying ..., and thanked": the comma closed the participle clause.
        let got = coded(
            "Iran's spokesman accused Copenhagen of acting in bad faith, saying Danish \
             officials had stalled his release for weeks, and thanked Oman for its mediation.",
        );
        assert!(got.contains(&ev("SUPPORT", "IRN", Some("OMN"))), "{got:?}");
        assert!(
            !got.iter().any(|e| e.1.as_deref() == Some("DNK")),
            "{got:?}"
        );
        // "said [a thing did ...] and praised": things do not speak; the sayer praised.
        let got = coded(
            "Oman's foreign minister said the exchange followed months of patient talks and \
             praised Iran for its courage.",
        );
        assert!(got.contains(&ev("SUPPORT", "OMN", Some("IRN"))), "{got:?}");
        // An act of force keeps the reported clause's subject: no doer named.
        let got =
            coded("Kenyan police said the blast killed five people and wounded ten soldiers.");
        assert!(
            !got.iter()
                .any(|e| e.0 == "ASSAULT" && e.1.as_deref() == Some("KEN")),
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_participle_with_a_charge_is_passive() {
        // "with" naming no party is the charge: the subject is charged, not charging. The
        // state of the country the headline names may charge it (a headline's state act,
        // `context::headline_country`): then the subject is the recipient.
        for text in [
            "Pakistan President Charged With Treason",
            "Kenyan Journalist Charged With Spying",
        ] {
            let got = coded(text);
            assert!(
                got.iter().all(|e| {
                    !matches!(e.1.as_deref(), Some("PAK" | "KEN"))
                        || (e.0 == "COERCE" && e.2 == e.1)
                }),
                "{text}: {got:?}"
            );
        }
        // "with" a party is an act done with it.
        let got = coded("Indian Prime Minister Met With Chinese President");
        assert!(got.iter().any(|e| e.1.as_deref() == Some("IND")), "{got:?}");
    }

    #[test]
    fn active_passive_and_coordinated_actors() {
        let t =
            |a: &str, b: &str, c: &str| (a.to_string(), Some(b.to_string()), Some(c.to_string()));
        assert_eq!(
            coded("Russia attacked Ukraine."),
            vec![t("ASSAULT", "RUS", "UKR")]
        );
        assert_eq!(
            coded("Ukraine was attacked by Russia."),
            vec![t("ASSAULT", "RUS", "UKR")]
        );
        // Two coordinated actors of a reciprocal act: the event in both directions.
        let both = coded("Russia and North Korea signed a pact.");
        assert_eq!(both.len(), 2, "{both:?}");
        assert_eq!(both[0].0, both[1].0);
        assert_eq!(
            (both[0].1.clone(), both[0].2.clone()),
            (both[1].2.clone(), both[1].1.clone())
        );
    }

    #[test]
    fn a_count_before_the_object_is_read_past() {
        for text in [
            "Belarusian police detained dozens of Polish activists.",
            "Belarusian police detained more than 100 Polish activists.",
            "Belarusian police detained 12 Polish activists.",
        ] {
            let got = coded(text);
            assert!(
                got.contains(&ev("COERCE", "BLR", Some("POL"))),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_vetoed_draft_is_its_authors_put_forward_before() {
        // The draft's author named in the sentence before is the one the veto rejects,
        // whatever the document is called in the veto.
        for (text, author) in [
            (
                "The United States put forward a draft resolution on Gaza on Monday. \
                 Russia vetoed the text on Tuesday.",
                "USA",
            ),
            (
                "France circulated a draft resolution on Mali. China vetoed the draft on Friday.",
                "FRA",
            ),
            (
                "Britain tabled a resolution on Myanmar on Monday. Russia vetoed the resolution.",
                "GBR",
            ),
        ] {
            let got = coded(text);
            let veto = |e: &(String, Option<String>, Option<String>)| e.0 == "REJECT";
            assert!(
                got.iter()
                    .filter(|e| veto(e))
                    .any(|e| e.2.as_deref() == Some(author)),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn an_accusation_judged_false_is_the_sayers_denial_of_its_content() {
        for (text, sayer, content) in [
            (
                "Russia said on Monday that the accusation that its diplomat had joined a protest in Tbilisi was unfounded.",
                "RUS",
                "PROTEST",
            ),
            (
                "China said the allegation that its coast guard had rammed a Philippine vessel was completely false.",
                "CHN",
                "ASSAULT",
            ),
        ] {
            let doc = doc_through("events", text);
            let code = |m: Option<usize>| {
                m.and_then(|m| doc.entities[doc.mentions[m].entity].code.as_deref())
            };
            assert!(
                doc.events
                    .iter()
                    .any(|e| e.cameo == "120" && code(e.actor) == Some(sayer)),
                "{text}: {:?}",
                coded(text)
            );
            // The content is denied, never done, and the sayer accuses no one.
            assert!(
                doc.events.iter().all(|e| (e.plover != content
                    || e.governed_modality == Some(sitrep_record::Modality::Denied))
                    && e.plover != "ACCUSE"),
                "{text}: {:?}",
                coded(text)
            );
        }
    }

    #[test]
    fn a_pronoun_possessors_supporters_protest_as_the_persons_side() {
        for (text, country) in [
            (
                "Opposition leader Ousmane Sonko was arrested on Friday. \
                 Thousands of his supporters marched in Dakar on Saturday.",
                "SEN",
            ),
            (
                "Venezuelan opposition leader Maria Corina Machado was detained on Thursday. \
                 Hundreds of her supporters demonstrated in Caracas on Friday.",
                "VEN",
            ),
        ] {
            let got = coded(text);
            assert!(
                got.iter()
                    .any(|e| e.0 == "PROTEST" && e.1.as_deref() == Some(country)),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn both_governments_asked_are_the_story_s_pair() {
        let got = coded(
            "Chile and Peru agreed to a ceasefire on Monday. \
             The United Nations urged both governments to respect the ceasefire.",
        );
        for party in ["CHL", "PER"] {
            assert!(
                got.contains(&ev("REQUEST", "IGO", Some(party))),
                "{party}: {got:?}"
            );
        }
    }

    #[test]
    fn both_sides_after_three_parties_are_the_two_joined_by_and() {
        // Session 18: the party acting on the two is not one of them; the pair is the two
        // the sentence joins by a bare "and", but not the tail of a longer list.
        let got = coded(
            "Kenya presented a new truce plan to Ethiopia and Eritrea on Saturday. \
             Both sides rejected it within hours.",
        );
        for party in ["ETH", "ERI"] {
            assert!(
                got.iter()
                    .any(|e| e.0 == "REJECT" && e.1.as_deref() == Some(party)),
                "{party}: {got:?}"
            );
        }
        let listed = coded(
            "Kenya met envoys of Sudan, Ethiopia and Eritrea on Saturday. \
             Both sides rejected the plan.",
        );
        assert!(
            !listed
                .iter()
                .any(|e| e.0 == "REJECT" && e.1.as_deref() == Some("ERI")),
            "{listed:?}"
        );
    }

    #[test]
    fn a_publication_acts_for_its_author() {
        let got = coded("A statement issued by Kenya condemned Somalia on Monday.");
        assert!(got.contains(&ev("ACCUSE", "KEN", Some("SOM"))), "{got:?}");
        // Its author after "from" (session 28); a place after it is no author.
        let got = coded("A statement from Kenya's foreign ministry condemned Somalia on Monday.");
        assert!(got.contains(&ev("ACCUSE", "KEN", Some("SOM"))), "{got:?}");
        let got = coded("A report from the region accused Somalia of abuses.");
        assert!(got.iter().all(|e| e.0 != "ACCUSE"), "{got:?}");
    }

    #[test]
    fn a_name_and_a_country_adjective_before_one_noun_are_two_parties() {
        // Session 17 (wire-g-red-sea-houthis): one event per conjunct, and the `as`
        // predicate's "of Yemen's" names no target.
        let got = coded(
            "Britain backed the United States on Monday. Iran condemned the U.S. and British strikes as a violation of Yemen's sovereignty.",
        );
        assert!(got.contains(&ev("ACCUSE", "IRN", Some("USA"))), "{got:?}");
        assert!(got.contains(&ev("ACCUSE", "IRN", Some("GBR"))), "{got:?}");
        assert!(!got.contains(&ev("ACCUSE", "IRN", Some("YEM"))), "{got:?}");
    }

    #[test]
    fn a_visit_to_both_capitals_is_to_the_pair() {
        let got = coded(
            "Serbia accused Kosovo on Tuesday. The EU envoy traveled to both capitals on Wednesday.",
        );
        assert!(got.contains(&ev("CONSULT", "IGO", Some("SRB"))), "{got:?}");
        assert!(got.contains(&ev("CONSULT", "IGO", Some("XKX"))), "{got:?}");
    }

    #[test]
    fn a_crossing_between_the_two_countries_is_closed_to_the_other() {
        let got = coded(
            "Pakistan accused Afghanistan of shelling on Monday. Pakistan closed the main border crossing between the two countries.",
        );
        assert!(got.contains(&ev("COERCE", "PAK", Some("AFG"))), "{got:?}");
    }

    #[test]
    fn the_remit_in_an_office_title_is_no_act() {
        let got = coded(
            "The European Union's special representative for the dialogue between Belgrade and Pristina arrived on Monday.",
        );
        assert!(got.iter().all(|e| e.0 != "CONSULT"), "{got:?}");
    }

    #[test]
    fn a_threat_naming_the_actors_own_forces_warns_the_accused() {
        let got = coded(
            "The Taliban government accused Pakistan of violating Afghan sovereignty and warned that Afghan forces would respond to any aggression.",
        );
        assert!(got.contains(&ev("THREATEN", "AFG", Some("PAK"))), "{got:?}");
        // No one accused: no one warned.
        let got = coded(
            "The Taliban government warned that Afghan forces would respond to any aggression.",
        );
        assert!(
            got.iter().all(|e| e.0 != "THREATEN" || e.2.is_some()),
            "{got:?}"
        );
    }

    #[test]
    fn coordinated_country_adjectives_are_two_parties() {
        let t =
            |a: &str, b: &str, c: &str| (a.to_string(), Some(b.to_string()), Some(c.to_string()));
        let got = coded("Russian and North Korean troops attacked Ukraine.");
        assert!(got.contains(&t("ASSAULT", "RUS", "UKR")), "{got:?}");
        assert!(got.contains(&t("ASSAULT", "PRK", "UKR")), "{got:?}");
        let got = coded("Ukraine attacked Russian and North Korean troops.");
        assert!(got.contains(&t("ASSAULT", "UKR", "RUS")), "{got:?}");
        assert!(got.contains(&t("ASSAULT", "UKR", "PRK")), "{got:?}");
        let got = coded(
            "Germany and Italy backed the plan. China imposed tariffs on German and Italian cars.",
        );
        assert!(got.contains(&t("COERCE", "CHN", "DEU")), "{got:?}");
        assert!(got.contains(&t("COERCE", "CHN", "ITA")), "{got:?}");
        // Session 32: a list of adjectives before the pattern's object keyword names each
        // recipient, not the first alone.
        let got = coded("Russia expelled Latvian, Estonian and Lithuanian diplomats on Friday.");
        for c in ["LVA", "EST", "LTU"] {
            assert!(got.contains(&t("SANCTION", "RUS", c)), "{got:?}");
        }
    }

    #[test]
    fn a_reaction_to_an_act_on_its_own_side_answers_the_by_author() {
        let got =
            coded("Poland condemned the detention of a Polish citizen by Belarusian KGB officers.");
        assert!(
            got.iter().any(|e| e.0 == "ACCUSE"
                && e.1.as_deref() == Some("POL")
                && e.2.as_deref() == Some("BLR")),
            "{got:?}"
        );
    }

    #[test]
    fn the_two_after_a_meeting_are_the_pair_for_cooperative_acts_only() {
        let got = coded(
            "Netanyahu telephoned Rubio on Thursday. The two discussed the ceasefire in Gaza.",
        );
        assert!(got.contains(&ev("CONSULT", "ISR", Some("USA"))), "{got:?}");
        assert!(got.contains(&ev("CONSULT", "USA", Some("ISR"))), "{got:?}");
        // Two people the story never codes are no pair of states.
        let got = coded("Israel met Egypt on Monday. The two were killed in a raid.");
        assert!(got.iter().all(|e| e.0 != "ASSAULT"), "{got:?}");
        // A definite plural of the pair's nouns is the pair too, a name ending in one not.
        let got = coded(
            "The foreign ministers of Egypt and Turkey met in Ankara. The ministers agreed to \
             restore full diplomatic relations.",
        );
        assert!(got.contains(&ev("AGREE", "TUR", Some("EGY"))), "{got:?}");
        let got = coded(
            "Trump met Zelensky on Friday. The United States said it would cease military \
             aid to Ukraine.",
        );
        assert!(!got.contains(&ev("AGREE", "UKR", Some("USA"))), "{got:?}");
    }

    #[test]
    fn a_visit_goes_to_the_place_right_after_its_preposition() {
        let got =
            coded("A U.S. delegation arrived in Riyadh on Monday for talks on the war in Ukraine.");
        assert!(got.contains(&ev("CONSULT", "USA", Some("SAU"))), "{got:?}");
        assert!(!got.contains(&ev("CONSULT", "USA", Some("UKR"))), "{got:?}");
    }

    #[test]
    fn support_for_an_owned_plan_goes_to_its_owner() {
        let got = coded("France backed Morocco's autonomy plan for Western Sahara.");
        assert!(got.contains(&ev("SUPPORT", "FRA", Some("MAR"))), "{got:?}");
        assert!(!got.contains(&ev("SUPPORT", "FRA", Some("ESH"))), "{got:?}");
    }

    #[test]
    fn a_pledge_to_help_a_party_is_for_that_party() {
        let got = coded("China pledged $1 billion on Thursday to help Zambia rebuild its grid.");
        assert!(got.contains(&ev("AGREE", "CHN", Some("ZMB"))), "{got:?}");
        // Only verbs of helping: a pledge to fight a party is not for it.
        let got = coded("Washington pledged $1 billion to fight Hamas.");
        assert!(!got.contains(&ev("AGREE", "USA", Some("PSE"))), "{got:?}");
    }

    #[test]
    fn pledges_beside_another_clause_s_doer_go_to_the_story_s_country() {
        // A donor conference for Haiti: the sayer and the other pledger of the sentence
        // are each their own clause's subject, no party the pledge might be aimed at.
        let text = "Donors met in New York to rebuild Haiti. Haiti's president asked for \
                    help. Haiti's prime minister presented a plan. Hillary Clinton announced \
                    that Washington would give $1.15 billion, and the European Union \
                    pledged 1.3 billion euros.";
        let got = coded(text);
        assert!(got.contains(&ev("AGREE", "USA", Some("HTI"))), "{got:?}");
        assert!(got.contains(&ev("AGREE", "IGO", Some("HTI"))), "{got:?}");
        // An object the slots did not take still leaves the structure unclear.
        let got = coded(
            "Donors met in New York to rebuild Haiti. Haiti's president asked for help. \
             Haiti's prime minister presented a plan. The European Union pledged 1.3 \
             billion euros after talks with Venezuela.",
        );
        assert!(!got.contains(&ev("AGREE", "IGO", Some("HTI"))), "{got:?}");
    }

    #[test]
    fn a_reaction_pointing_back_to_a_proposal_targets_its_author() {
        let got = coded(
            "Armenia accepted a Russian proposal for a ceasefire on Monday, but Azerbaijan \
             rejected it.",
        );
        assert!(got.contains(&ev("REJECT", "AZE", Some("RUS"))), "{got:?}");
        assert!(!got.contains(&ev("REJECT", "AZE", Some("ARM"))), "{got:?}");
        let got = coded("Ukraine endorsed the French initiative. Poland also backed the plan.");
        assert!(got.contains(&ev("SUPPORT", "POL", Some("FRA"))), "{got:?}");
        // A proposal told with no author leaves the rejection to the act before it.
        let got = coded("Azerbaijan proposed a peace plan on Monday. Armenia rejected it.");
        assert!(got.contains(&ev("REJECT", "ARM", Some("AZE"))), "{got:?}");
    }

    #[test]
    fn a_protest_against_an_act_told_before_targets_its_author() {
        let got = coded(
            "Barack Obama began a state visit to India on Saturday. Hundreds of Indian \
             students protested against the visit on Monday.",
        );
        assert!(got.contains(&ev("PROTEST", "IND", Some("USA"))), "{got:?}");
        // A protest with no act named keeps its own country's government.
        let got = coded(
            "Barack Obama began a state visit to India on Saturday. Hundreds of Indian \
             students protested in New Delhi on Monday.",
        );
        assert!(!got.contains(&ev("PROTEST", "IND", Some("USA"))), "{got:?}");
    }

    #[test]
    fn a_reaction_to_news_of_an_act_targets_the_party_it_is_about() {
        let got =
            coded("Lawmakers in Washington welcomed the announcement that Ukraine had agreed.");
        assert!(got.contains(&ev("SUPPORT", "USA", Some("UKR"))), "{got:?}");
        let got = coded("Kyiv condemned reports that Russia had moved troops to the border.");
        assert!(got.contains(&ev("ACCUSE", "UKR", Some("RUS"))), "{got:?}");
    }

    #[test]
    fn a_time_phrase_after_coordinated_names_keeps_every_name() {
        for text in [
            "China criticised Egypt and Kenya last week.",
            "China criticised Egypt and Kenya yesterday.",
        ] {
            let got = coded(text);
            for party in ["EGY", "KEN"] {
                assert!(
                    got.contains(&ev("ACCUSE", "CHN", Some(party))),
                    "{party} in {text}: {got:?}"
                );
            }
        }
    }

    #[test]
    fn talks_between_two_parties_are_held_with_both() {
        let got = coded("Turkey hosted talks between Russia and Ukraine in Istanbul.");
        for party in ["RUS", "UKR"] {
            assert!(
                got.contains(&ev("CONSULT", "TUR", Some(party))),
                "{party}: {got:?}"
            );
        }
    }

    #[test]
    fn title_case_headlines_are_read_as_sentences() {
        // The tagger reads a title-case headline's verbs lowercased (syntax.rs).
        let got = coded("China Denounces Actions By Brazil.");
        assert!(
            got.iter()
                .any(|(e, a, _)| e == "ACCUSE" && a.as_deref() == Some("CHN")),
            "{got:?}"
        );
        let got = coded("Kenya and Ethiopia Establish Diplomatic Ties.");
        assert!(got.contains(&ev("SUPPORT", "KEN", Some("ETH"))), "{got:?}");
    }

    #[test]
    fn a_keyword_subject_of_an_active_verb_is_not_its_object() {
        // "military" before "removed" is the subject: no withdrawal of the military.
        let got = coded("In April, the Sudanese military removed Bashir and jailed him.");
        assert!(got.iter().all(|e| e.0 != "RETREAT"), "{got:?}");
        // An intransitive participle keeps the reading: the troops are what is deployed.
        let got = coded("Kenyan troops deployed to the Somali border on Monday.");
        assert!(has_category(&got, "MOBILIZE"), "{got:?}");
    }

    #[test]
    fn a_participle_before_a_noun_is_no_act() {
        for text in [
            "Al-Shabab, a U.S.-designated terrorist group, claimed the attack on Tuesday.",
            "Turkey said the U.S.-sanctioned Iranian ships docked in Istanbul.",
        ] {
            let got = coded(text);
            assert!(got.iter().all(|e| e.0 != "COERCE"), "{text}: {got:?}");
        }
        let got = coded("Thailand detained Afghan nationals on Monday.");
        assert!(has_category(&got, "COERCE"), "{got:?}");
    }

    #[test]
    fn a_cooperation_noun_as_subject_describes_a_relationship() {
        let got = coded("Military cooperation between Russia and North Korea is dangerous.");
        assert!(got.iter().all(|e| e.0 != "COOPERATE"), "{got:?}");
        let got = coded("Russia and North Korea held joint military exercises.");
        assert!(has_category(&got, "COOPERATE"), "{got:?}");
    }

    #[test]
    fn dismantling_needs_armed_forces_to_be_a_demobilisation() {
        let got = coded(
            "Sudanese authorities approved a law to dismantle the foundations of former \
             president Omar al-Bashir's government.",
        );
        assert!(got.iter().all(|e| e.0 != "RETREAT"), "{got:?}");
        let got = coded("The Sudanese army dismantled the militia camps in Darfur.");
        assert!(has_category(&got, "RETREAT"), "{got:?}");
    }

    #[test]
    fn returning_somewhere_is_no_release() {
        let got = coded("Guatemalan journalist Jose Ruben Zamora returned to prison on Monday.");
        assert!(got.iter().all(|e| e.0 != "RETREAT"), "{got:?}");
        let got = coded("Russia returned the captured Ukrainian soldiers on Monday.");
        assert!(has_category(&got, "RETREAT"), "{got:?}");
    }

    /// The CAMEO codes the rules give (the detector's backstop events, rule `classifier:`,
    /// left out: these tests are of the patterns).
    fn codes(text: &str) -> Vec<String> {
        doc_through("events", text)
            .events
            .iter()
            .filter(|e| e.origin != crate::doc::EventOrigin::Classifier)
            .map(|e| e.cameo.clone())
            .collect()
    }

    #[test]
    fn an_act_noun_topic_of_another_category_s_verb_is_not_its_subject_s() {
        // Concern over, talks on, an inquiry into, a denial of involvement in an act: the
        // subject of the governing verb did not do the act.
        let got = coded("The United Nations expressed concern over the arrests of journalists.");
        assert!(got.iter().all(|e| e.0 != "COERCE"), "{got:?}");
        let got = coded("Qatar held talks on the release of the hostages with Hamas.");
        assert!(got.contains(&ev("CONSULT", "QAT", Some("PSE"))), "{got:?}");
        assert!(got.iter().all(|e| e.0 != "RETREAT"), "{got:?}");
        let got = coded("India ordered an inquiry into the border clash with China.");
        assert!(got.iter().all(|e| e.0 != "ASSAULT"), "{got:?}");
        let got = coded("Moscow denied involvement in the drone incursion into Poland.");
        assert!(got.iter().all(|e| e.0 != "ASSAULT"), "{got:?}");
        // Agreeing to undo a restriction threatens none: the curfew is being removed.
        let got = coded("The Jordanian authorities agreed to dismantle the nationwide curfew.");
        assert!(
            got.iter().all(|e| e.0 != "THREATEN" && e.0 != "COERCE"),
            "{got:?}"
        );
        // Declining to end a curfew imposes none.
        let got = coded("The Kenyan government declined to end the curfew in Nairobi.");
        assert!(
            got.iter().all(|e| e.0 != "COERCE" && e.0 != "THREATEN"),
            "{got:?}"
        );
        // A light verb of the noun's own category, or one announcing it, is its doer.
        let got = coded("Russia launched a wave of drone strikes on Ukraine.");
        assert!(got.contains(&ev("ASSAULT", "RUS", Some("UKR"))), "{got:?}");
        let got = coded("Britain announced the suspension of arms sales to Israel.");
        assert!(got.contains(&ev("SANCTION", "GBR", Some("ISR"))), "{got:?}");
    }

    #[test]
    fn attacking_a_policy_is_criticism_and_attacking_a_town_is_force() {
        let got = coded(
            "Germany's opposition leader attacked the Polish government's handling of the crisis.",
        );
        assert!(has_category(&got, "ACCUSE"), "{got:?}");
        assert!(got.iter().all(|e| e.0 != "ASSAULT"), "{got:?}");
        // Armed doers keep the physical sense whatever the sentence discusses.
        let got = coded("Russian troops attacked Ukrainian positions after the Polish decision to close the border.");
        assert!(has_category(&got, "ASSAULT"), "{got:?}");
        assert!(got.iter().all(|e| e.0 != "ACCUSE"), "{got:?}");
    }

    #[test]
    fn the_west_bank_is_no_bank_under_sanctions() {
        let got = codes("Israel blocked Palestinians from entering the West Bank.");
        assert!(!got.iter().any(|c| c == "163"), "{got:?}");
        let got = codes("Israel agreed to halt settlement construction in the West Bank.");
        assert!(!got.iter().any(|c| c.starts_with("131")), "{got:?}");
        let got = codes("China banned imports of Japanese seafood.");
        assert!(got.iter().any(|c| c == "163"), "{got:?}");
    }

    #[test]
    fn a_broader_pattern_of_the_category_finds_the_recipient_the_narrower_misses() {
        // 1622 (stop military assistance, `to|for|from`) ranks first; 160 (reduce
        // relations, `with`) names France.
        let got = coded("Niger suspended military cooperation with France.");
        assert!(got.contains(&ev("SANCTION", "NER", Some("FRA"))), "{got:?}");
        assert!(got.iter().all(|e| e.0 != "COOPERATE"), "{got:?}");
        let got = codes("The United States suspended military aid to Ukraine.");
        assert!(got.iter().any(|c| c == "1622"), "{got:?}");
    }

    #[test]
    fn a_dropped_winner_gives_way_to_the_next_pattern_at_its_word() {
        // Joint exercise (062) ranks first and names no partner: the show of force (150).
        let got = coded("Iran's navy began a three-day exercise in the Strait of Hormuz.");
        assert!(got.contains(&ev("MOBILIZE", "IRN", None)), "{got:?}");
        // Aid cut (1622) to no one: the pull-back (087).
        let got = coded("Russia withdrew tanks and artillery from the region.");
        assert!(has_category(&got, "RETREAT"), "{got:?}");
        // A partner named, even one the coder cannot resolve, keeps the winner's reading.
        let got =
            coded("Japan held the Malabar Joint Maritime Exercise with the other three countries.");
        assert!(got.iter().all(|e| e.0 != "MOBILIZE"), "{got:?}");
        // A deed is not read again as a statement: no veto for an aid package blocked.
        let got = coded("Germany blasted Hungary for blocking the aid package.");
        assert!(got.iter().all(|e| e.0 != "REJECT"), "{got:?}");
        // Nor a statement as a deed: an appeal for a truce with no one asked is no truce.
        let got = coded("Egypt called for an immediate ceasefire in Gaza.");
        assert!(got.iter().all(|e| e.0 != "RETREAT"), "{got:?}");
    }

    #[test]
    fn pressing_a_party_to_act_is_a_demand_and_pressing_an_offensive_is_force() {
        let got =
            coded("Pakistan pressed Afghanistan's Taliban government to act against militants.");
        assert!(has_category(&got, "REQUEST"), "{got:?}");
        assert!(got.iter().all(|e| e.0 != "ASSAULT"), "{got:?}");
        let got = coded("Russian forces pressed their offensive near Bakhmut.");
        assert!(has_category(&got, "ASSAULT"), "{got:?}");
    }

    #[test]
    fn the_verb_s_object_outranks_a_keyword_in_the_phrase_after_it() {
        // "probe" (an investigation, 093) is what was launched; the drone is what the
        // probe is about.
        let got = codes("Poland launched a probe into the drone incursion from Belarus.");
        assert!(got.iter().any(|c| c.starts_with("09")), "{got:?}");
        assert!(!got.iter().any(|c| c.starts_with("19")), "{got:?}");
        // "of" is no boundary: a wave of drone strikes is drone strikes.
        let got = codes("Ukraine launched a wave of drone strikes on Russia.");
        assert!(got.iter().any(|c| c == "195"), "{got:?}");
    }

    #[test]
    fn engaging_in_an_activity_is_no_consultation() {
        let got = coded("Kenya engaged in a trade dispute with Somalia.");
        assert!(got.iter().all(|e| e.0 != "CONSULT"), "{got:?}");
        let got = coded("The United States engaged directly with Iran on Monday.");
        assert!(has_category(&got, "CONSULT"), "{got:?}");
    }

    /// A context word that is a form of the line's own head is always present when the
    /// head is: the context must come from the rest of the sentence.
    #[test]
    fn a_head_does_not_satisfy_its_own_context() {
        for (text, not) in [
            ("Erdogan calls Macron a disgrace.", "041"),
            ("Kenya has beaten Uganda twice this year.", "18"),
            ("The IMF released $1 billion to Pakistan.", "0842"),
        ] {
            let got = codes(text);
            assert!(got.iter().all(|c| !c.starts_with(not)), "{text}: {got:?}");
        }
        let got = coded("Russia charged that Ukraine shelled the nuclear plant.");
        assert!(got.iter().all(|e| e.0 != "COERCE"), "{got:?}");
        // The same lines with a real context.
        let got = codes("Biden called Netanyahu by phone on Sunday.");
        assert!(got.iter().any(|c| c == "041"), "{got:?}");
        let got = coded("Prosecutors in Kenya charged the former finance minister with fraud.");
        assert!(has_category(&got, "COERCE"), "{got:?}");
        let got = codes("Seoul released six billion dollars in frozen Iranian funds to Iran.");
        assert!(got.iter().any(|c| c == "0842"), "{got:?}");
    }

    #[test]
    fn a_habitual_practice_is_no_event() {
        for text in [
            "North Korea frequently conducts missile tests near Japan.",
            "Russia has denied for years that it supplies weapons to the rebels.",
            "Iranian police routinely detain critics of the government.",
        ] {
            let got = coded(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        let got = coded("Iranian police detained critics of the government on Monday.");
        assert!(has_category(&got, "COERCE"), "{got:?}");
    }

    #[test]
    fn a_meeting_as_a_statement_s_setting_or_a_ransom_demand_is_coded_once() {
        // Session 21 (h/quiet21), written before the engine ran on them: the meeting
        // told first is coded; "told reporters after meeting" it again is its setting.
        // (One meeting per country of the coordinated envoys, convention 6: since session
        // 29 reads "envoys" before "met" as the noun it is, both are coded.)
        let got = coded(
            "French and U.S. envoys met President Joseph Aoun in Beirut on Tuesday. \
             \"The occupation must end,\" Aoun told reporters after meeting the envoys.",
        );
        let mut met: Vec<_> = got
            .iter()
            .filter(|e| e.0 == "CONSULT")
            .map(|e| &e.1)
            .collect();
        let all = met.len();
        met.sort();
        met.dedup();
        assert_eq!(all, met.len(), "a meeting told again: {got:?}");
        assert!(!met.is_empty(), "{got:?}");
        // A ransom demand after the abduction was told is part of it.
        let got = coded(
            "Gunmen kidnapped 20 Nigerien soldiers near Tamou on Tuesday. The gunmen \
             demanded a ransom for the hostages, officials said.",
        );
        assert_eq!(
            got.iter().filter(|e| e.0 == "ASSAULT").count(),
            1,
            "{got:?}"
        );
        // A meeting the story has not told stays.
        let got = coded(
            "Rubio told reporters after meeting Saudi Crown Prince Mohammed bin Salman that \
             the talks were useful.",
        );
        assert!(has_category(&got, "CONSULT"), "{got:?}");
    }

    #[test]
    fn acts_told_in_a_claim_a_question_or_a_plan_s_terms_are_not_coded() {
        // Session 21 (h/quiet21), written before the engine ran on them. A claim of
        // responsibility after the attack was told retells it (golden conventions 7, 10).
        let got = coded(
            "Militants attacked a military post in Niger on Tuesday. The Islamic State group \
             claimed responsibility for the raid, saying its fighters had seized weapons from \
             the soldiers.",
        );
        assert!(has_category(&got, "ASSAULT"), "{got:?}");
        assert!(!has_category(&got, "COERCE"), "{got:?}");
        for text in [
            // The terms of a proposed plan are not acts of its parties.
            "The envoys presented a plan under which the Lebanese army would deploy 6,000 \
             soldiers south of the Litani river.",
            // An act inside a question put is not told as done or meant.
            "Danish lawmakers will debate on Thursday whether Denmark should impose sanctions \
             on Russia.",
        ] {
            let got = coded(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        // "poses a threat" judges a danger; no threat is made.
        let got = coded("Pakistan said the militants in Afghanistan pose a threat to the region.");
        assert!(!has_category(&got, "THREATEN"), "{got:?}");
    }

    #[test]
    fn a_material_act_a_speaker_tells_of_is_not_the_speakers_act() {
        // Written for session 10 (precision): the subject of a verb of telling is the
        // speaker, not the doer of the act noun it governs.
        for (text, speaker) in [
            (
                "Kenyan officials reiterated the claim that Saturday's attack was planned by \
                 militants based in Somalia.",
                "KEN",
            ),
            (
                "Indian officials recounted how Monday's bombing was carried out by militants \
                 trained in Pakistan.",
                "IND",
            ),
        ] {
            let got = coded(text);
            assert!(
                got.iter().all(|e| e.1.as_deref() != Some(speaker)),
                "{text}: {got:?}"
            );
        }
        // A doer's own act told with another verb keeps its doer.
        let got = coded("Russia repeated its attacks on the Ukrainian port of Odesa.");
        assert!(
            got.iter()
                .any(|e| e.0 == "ASSAULT" && e.1.as_deref() == Some("RUS")),
            "{got:?}"
        );
    }

    #[test]
    fn a_recipientless_act_of_the_same_category_in_the_sentence_restates_it() {
        let got = coded(
            "China imposed tariffs on U.S. coal and liquefied natural gas on Tuesday, hitting \
             back at new U.S. duties on Chinese goods.",
        );
        let coerce: Vec<_> = got.iter().filter(|e| e.0 == "COERCE").collect();
        assert_eq!(coerce.len(), 1, "{got:?}");
    }

    #[test]
    fn an_auxiliary_is_no_trigger_of_its_own() {
        let got = coded("The European Union has imposed new rounds of sanctions on Russia.");
        assert!(got.iter().all(|e| e.0 != "CONSULT"), "{got:?}");
        assert!(has_category(&got, "COERCE"), "{got:?}");
        let got = coded("The European Union had a round of talks with Russia.");
        assert!(has_category(&got, "CONSULT"), "{got:?}");
    }

    #[test]
    fn a_participle_opening_an_object_phrase_describes_its_noun() {
        // Written for session 9 before the change: the participle modifies the noun of
        // another verb's or a preposition's object; an auxiliary makes it the act.
        for text in [
            "The European Parliament has called on Tbilisi to release jailed demonstrators.",
            "Rights groups called for the release of detained activists.",
        ] {
            let got = coded(text);
            assert!(got.iter().all(|e| e.0 != "COERCE"), "{text}: {got:?}");
        }
        for text in [
            "Police have jailed demonstrators in Minsk.",
            "Russia has since fired missiles at Kyiv.",
        ] {
            let got = coded(text);
            assert!(
                got.iter().any(|e| e.0 == "COERCE" || e.0 == "ASSAULT"),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_long_standing_or_daily_practice_is_no_event() {
        for text in [
            "The government has long restricted public concerts by women.",
            "The group frequently conducts bombings and gun assaults in Somalia.",
            "Militias raid villages in the province nightly.",
        ] {
            let got = coded(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        let got = coded("Militias raided villages in the province on Sunday.");
        assert!(has_category(&got, "ASSAULT"), "{got:?}");
    }

    #[test]
    fn a_frequency_adverbial_after_the_verb_makes_a_practice() {
        for text in [
            "Russia and China hold joint military exercises every year.",
            "India and Japan conduct naval drills annually.",
            "The Chinese and Russian presidents meet twice a year.",
        ] {
            let got = coded(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
        let got = coded("Russia and China held joint military exercises on Monday.");
        assert!(has_category(&got, "COOPERATE"), "{got:?}");
    }

    #[test]
    fn what_a_habitual_verb_is_done_for_is_a_practice_too() {
        let got = coded("Iran has often used its proxies to attack Israel.");
        assert!(got.is_empty(), "{got:?}");
        let got = coded("Iran used its proxies to attack Israel on Monday.");
        assert!(has_category(&got, "ASSAULT"), "{got:?}");
    }

    #[test]
    fn the_denial_of_a_standing_charge_is_standing() {
        let rejects = |text: &str| coded(text).iter().filter(|e| e.0 == "REJECT").count();
        // A charge told as a practice ("have long accused") and a denial told as one
        // ("has always denied") are no rejection of the story's days.
        let text = "Rights groups have long accused Beijing of repressing Tibetan religion \
                    and culture, a charge China denies.";
        assert_eq!(rejects(text), 0, "{:?}", coded(text));
        let text = "Azerbaijan has long accused Armenia of occupying its territory, a charge \
                    Yerevan has always denied.";
        assert_eq!(rejects(text), 0, "{:?}", coded(text));
        // The denial of a charge of the day stays a rejection.
        let text = "India accused Pakistan of providing support to militants, a charge \
                    Islamabad quickly rejected.";
        assert_eq!(rejects(text), 1, "{:?}", coded(text));
    }

    #[test]
    fn harm_counted_over_a_span_is_no_accusation() {
        let accuses = |text: &str| has_category(&coded(text), "ACCUSE");
        // A running total of the dead is a statistic of the war, no charge of the day.
        assert!(!accuses(
            "Russian strikes have killed more than 12,000 civilians in Ukraine since the \
             invasion began in February 2022, according to the United Nations."
        ));
        // Harm of the day told by a party is still its accusation (convention 3).
        assert!(accuses(
            "The United Nations said Russian troops killed 12 civilians in Kharkiv on Sunday."
        ));
    }

    #[test]
    fn a_participle_clause_of_a_lasting_act_or_a_running_total_is_its_course() {
        let cats = |text: &str| coded(text).into_iter().map(|e| e.0).collect::<Vec<_>>();
        // The participle after the comma tells how the span went: no act of its own, by a
        // pattern or by the accusation frame.
        let got = cats(
            "The separatist group has been fighting a deadly insurgency against the \
             Pakistani state, accusing the government of robbing the province.",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = cats(
            "Gangs have seized a string of towns since early 2025, killing hundreds of people.",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = cats(
            "The government has kept a tight grip on the press for a decade, suppressing \
             independent media.",
        );
        assert!(got.is_empty(), "{got:?}");
        // A participle of an act of the day stays an act.
        let got = cats("The rebels attacked the town on Sunday, accusing the army of abuses.");
        assert!(got.contains(&"ACCUSE".to_string()), "{got:?}");
        let got = cats("Gunmen stormed a village on Sunday, killing 12 people.");
        assert!(got.contains(&"ASSAULT".to_string()), "{got:?}");
    }

    #[test]
    fn goods_arriving_are_delivered_by_the_party_of_their_of_object() {
        // Session 29: the giver named in the `of` object of the arriving shipment.
        let got = coded("The first shipment of U.S. weapons arrived in Israel on Sunday.");
        assert!(
            got.iter().any(|e| e.0 == "AID"
                && e.1.as_deref() == Some("USA")
                && e.2.as_deref() == Some("ISR")),
            "{got:?}"
        );
        // Shells as cargo are no shelling.
        let got = coded("A new shipment of American artillery shells arrived in Ukraine.");
        assert!(has_category(&got, "AID"), "{got:?}");
        assert!(!has_category(&got, "ASSAULT"), "{got:?}");
        // No arrival, no delivery told.
        let got = coded("A shipment of Iranian weapons was seized by the navy.");
        assert!(!has_category(&got, "AID"), "{got:?}");
    }

    #[test]
    fn a_quantifier_over_a_party_is_the_party() {
        // "Thousands of supporters of X", "dozens of members of Y": the quantifier heads the
        // subject the tree gives, and its `of` object names the party.
        let got = coded("Thousands of supporters of Imran Khan marched in Islamabad on Sunday.");
        assert!(got.contains(&ev("PROTEST", "PAK", None)), "{got:?}");
        let got = coded("Hundreds of members of Hamas attacked an Israeli army post on Monday.");
        assert!(
            got.iter()
                .any(|e| e.0 == "ASSAULT" && e.1.as_deref() == Some("PSE")),
            "{got:?}"
        );
        // A quantifier over people who are no party stays no party.
        let got = coded("Thousands of people marched through the streets of the city.");
        assert!(got.iter().all(|e| e.1.is_none()), "{got:?}");
    }

    #[test]
    fn every_event_carries_its_rule() {
        let doc = doc_through("events", "Russia attacked Ukraine.");
        assert!(
            doc.events[0].rule.contains("events.txt line"),
            "{}",
            doc.events[0].rule
        );
    }
    #[test]
    fn readings_from_the_session_19_ngec_threats() {
        let cats = |text: &str| coded(text).into_iter().map(|e| e.0).collect::<Vec<_>>();
        // A passive of a hostile act to come, announced by a party, is its threat; an
        // expulsion so announced is the expulsion decided (session 26: golden README
        // convention 13, `tests/sayer_pronouns/`, [mirror commit] in frames.txt), still
        // the sayer's against the diplomats' state.
        assert!(
            coded("Russia's foreign ministry said the British diplomats would be expelled.")
                .contains(&ev("SANCTION", "RUS", Some("GBR")))
        );
        assert!(coded(
            "Somalia's government said journalists who publish the reports will be detained."
        )
        .iter()
        .any(|e| e.0 == "THREATEN" && e.1.as_deref() == Some("SOM")));
        // Not announced: a negated saying, people fearing an act.
        assert!(
            !cats("Hollande did not say when the security measures would be introduced.")
                .contains(&"THREATEN".to_string())
        );
        assert!(
            !cats("Residents in Peru say they are worried their village will be destroyed.")
                .contains(&"THREATEN".to_string())
        );
        // A passive of "any" is a vague conditional.
        assert!(
            !cats("Police in Tanzania have warned that any gathering would be dispersed.")
                .contains(&"THREATEN".to_string())
        );
        // A month inside a date is no protest march.
        assert!(!cats(
            "The Japanese government has launched a three-year study into the causes of the \
             March 2011 earthquake."
        )
        .contains(&"PROTEST".to_string()));
        assert!(
            cats("Thousands of Kenyan protesters held a march in Nairobi on March 3.")
                .contains(&"PROTEST".to_string())
        );
        // Rioters attacking offices riot; police attacking homes do not.
        assert!(
            cats("Rioters attacked the offices of the ruling party in Bangkok.")
                .contains(&"PROTEST".to_string())
        );
        assert!(
            !cats("Nigerian police attacked the homes of suspected militants in Lagos.")
                .contains(&"PROTEST".to_string())
        );
        assert!(
            !cats("Hindu nationalist mobs attacked Muslim homes in a town in India.")
                .contains(&"PROTEST".to_string())
        );
        // A hostile act hinted at as a possibility is the threat, not the act done.
        let hinted = cats(
            "Somalia's president hinted towards the possibility of suspending relations with \
             Ethiopia.",
        );
        assert!(hinted.contains(&"THREATEN".to_string()));
        assert!(!hinted.contains(&"SANCTION".to_string()));
    }
}
