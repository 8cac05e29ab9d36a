//! Frames: what an act means depends on what governs it (issue #9, part 1).
//!
//! The lexicon codes an act as if it happened ("hold talks" is 046). CAMEO codes it by the
//! frame it stands in: "offered to hold talks with Y" is an intent to meet (036), "urged Y to
//! accept a ceasefire" an appeal to Y (0256), "refused to release the hostages" a refusal
//! (1243), "failed to pay" an act that did not happen. This layer runs inside the coder on
//! the events of one sentence, before its filter: for each act it looks for a frame cue
//! (`sitrep-lexicon`'s `data/frames.txt`) that ends where the act's verb group begins, and
//! rewrites the act with the frame's mirror table. It also codes reacting verbs by their
//! manner ("responded fiercely to" = 111), codes reported wrongdoing ("The United States
//! said Iran is defying the Security Council": an accusation of Iran) and denials after
//! their accusation ("a charge New Delhi rejected"), and then fills missing recipients
//! ([`crate::recipients`]).
//!
//! Everything here is a bounded scan over the sentence's tokens; the cues and the tables
//! are data.

use sitrep_lexicon::{CueMatch, CueModality, FrameParties, Frames, MirrorResult, Ontology};
use sitrep_parser::Rel;
use sitrep_record::{EntityType, Modality};
use sitrep_tagger::Tag;
use std::fmt::Write as _;

use crate::doc::Doc;
use crate::doc::Sentence;
use crate::doc::{CodedEvent, DropStage, Dropped, FrameOver, RecipientSource};
use crate::knowledge::Knowledge;
use crate::syntax::{Clause, Slot, Subject};
use crate::words::{
    ASPECTUAL_VERBS, AUTHORED_ACT_NOUNS, CLAIM_NOUNS, EVALUATED_ACT_NOUNS, EVIDENCE_NOUNS,
    EVIDENCE_VERBS, EXPELLING_ACT_NOUNS, FINDING_NOUNS, FINDING_VERBS, RELATIVE_ACCUSING_VERBS,
    SOURCE_NOUNS, UNDERGONE_ACT_NOUNS,
};

/// The frame layer over the events `out[first_new..]` of one sentence. Called by the coder
/// (`events::code_sentence`) before it filters and deduplicates them.
pub fn apply(
    clause: &Clause,
    sentence: usize,
    ontology: &Ontology,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
    dropped: &mut Option<&mut Vec<Dropped>>,
) {
    let frames = clause.knowledge.frames;
    ongoing(clause, frames, out, first_new, dropped);
    reactions(clause, sentence, ontology, frames, out);
    govern(clause, ontology, frames, out, first_new, dropped);
    generic(clause, sentence, ontology, frames, out, first_new);
    wrongdoing(clause, sentence, ontology, frames, out, first_new, dropped);
    accusations_judged_false(clause, sentence, ontology, frames, out, first_new);
    relative_accusations(clause, sentence, ontology, out, first_new);
    denials_after_accusation(clause, sentence, ontology, frames, out, first_new);
    crate::recipients::fill(clause, out, first_new);
    criticised_act_doers(clause, out, first_new);
    complaints_before_a_forum(clause, out, first_new);
}

/// A complaint or a case brought before a forum (114, 115 with an international body as
/// recipient) over another party's act is aimed at that party, CAMEO's target: "filed a
/// complaint with the U.N. Security Council over Israel's repeated violations", "lodged a
/// complaint with the United Nations over Turkish warships entering its waters". The
/// party is the first one named, or the first country adjective, in the `over`, `about`
/// or `against` phrase after the trigger (before a comma); the forum stays the recipient
/// when that phrase names no other party.
fn complaints_before_a_forum(clause: &Clause, out: &mut [CodedEvent], first_new: usize) {
    let doc = clause.doc;
    let words = &clause.words;
    let code = |m: usize| doc.entities[doc.mentions[m].entity].code.as_deref();
    for ev in out[first_new..].iter_mut() {
        if !(ev.cameo.starts_with("114") || ev.cameo.starts_with("115")) {
            continue;
        }
        let (Some(actor), Some(forum)) = (ev.actor, ev.recipient) else {
            continue;
        };
        if code(forum) != Some("IGO") {
            continue;
        }
        let from = ev.trigger.1 - clause.first;
        let limit = clause.len().min(from + 14);
        let Some(over) = (from..limit)
            .take_while(|&k| !matches!(words[k], "," | ";" | "that" | "which"))
            .find(|&k| matches!(words[k], "over" | "about" | "against"))
        else {
            continue;
        };
        let target = (over + 1..clause.len().min(over + 8))
            .take_while(|&k| !matches!(words[k], "," | ";" | "\""))
            .find_map(|k| {
                clause.mention(k).map(Some).or_else(|| {
                    doc.modifier_starting_at(clause.first + k)
                        .map(|md| doc.first_mention_of(md.entity))
                })
            })
            .flatten();
        let Some(target) = target else {
            continue;
        };
        let entity = |m: usize| doc.mentions[m].entity;
        if entity(target) == entity(actor) || entity(target) == entity(forum) {
            continue;
        }
        ev.recipient = Some(target);
        let _ = write!(
            ev.rule,
            "; recipient: the party of the `{}` phrase, complained of before the forum",
            words[over]
        );
    }
}

/// A criticism, disapproval or investigation (ACCUSE) with no recipient is aimed at the
/// party its object names as the act's owner or `by` author: "expressed alarm at the
/// detention of Istanbul's mayor by Turkish authorities", "voiced concern over Serbia's
/// decision". The object is the phrase after the trigger, past one preposition (a `by`
/// phrase of the critic is passed over), to the next comma or clause word; its doer is
/// found as for a wrong said of an act (`act_doers`) and must be another party than the
/// critic. Runs after the other recipient rules (`recipients::fill`).
fn criticised_act_doers(clause: &Clause, out: &mut Vec<CodedEvent>, first_new: usize) {
    let doc = clause.doc;
    let words = &clause.words;
    let mut more = Vec::new();
    for ev in out[first_new..].iter_mut() {
        if ev.plover != "ACCUSE" {
            continue;
        }
        let Some(actor) = ev.actor else {
            continue;
        };
        if let Some(target) = ev.recipient {
            target_of_owned_act(clause, ev, actor, target, &mut more);
            if ev.recipient == Some(target) {
                doer_of_act_in_object(clause, ev, actor, target, &mut more);
            }
            continue;
        }
        let mut from = ev.trigger.1 - clause.first;
        let limit = clause.len().min(from + 12);
        let mut k = from;
        // An investigation's object is the act looked `into`, past the body set up to do
        // it ("set up a commission of inquiry on Friday into alleged abuses by Ethiopian
        // troops").
        if ev.cameo.starts_with("09") {
            if let Some(into) = (k..limit)
                .take_while(|&l| !matches!(words[l], "," | ";" | "that" | "which"))
                .find(|&l| words[l] == "into")
            {
                k = into;
            }
        }
        while k < limit && !matches!(words[k], "," | ";" | "that" | "which") {
            if matches!(
                words[k],
                "at" | "over" | "about" | "of" | "into" | "with" | "on"
            ) {
                from = k + 1;
                break;
            }
            k += 1;
        }
        if from >= clause.len() {
            continue;
        }
        let to = (from..clause.len().min(from + 14))
            .find(|&l| matches!(words[l], "," | ";" | "that" | "which" | "\""))
            .unwrap_or(clause.len().min(from + 14));
        // Only a doer the object names itself (its owner or `by` author): an act coded in
        // the object took its doer by the coder's rules, often the critic's own.
        let critic = doc.mentions[actor].entity;
        act_doer_as_recipient(clause, ev, (from, to), &[critic], "", &mut more);
    }
    out.extend(more);
    // A criticism whose object is the relative pronoun before its subject, still without
    // a recipient: the antecedent's act.
    let relative: Vec<(usize, usize, &'static str, RecipientSource)> = (first_new..out.len())
        .filter_map(|i| {
            let ev = &out[i];
            if ev.plover != "ACCUSE" || ev.recipient.is_some() || ev.noun {
                return None;
            }
            let (m, how, source) =
                relative_object_author(clause, ev, ev.actor?, &out[first_new..])?;
            Some((i, m, how, source))
        })
        .collect();
    for (i, m, how, source) in relative {
        out[i].recipient = Some(m);
        out[i].slots.recipient = source;
        let _ = write!(
            out[i].rule,
            "; recipient: {how}, the antecedent of the relative pronoun object"
        );
    }
}

/// "Israel's strikes on Lebanon, which France criticized, continued overnight", "North Korea
/// fired a missile on Monday, which Japan condemned as a threat", "Iran, which Washington calls
/// a rogue state": a criticism in a relative clause whose object is the relative pronoun before
/// its subject (the critic, right before the verb group) is aimed at what the pronoun stands
/// for: the party heading the phrase just before it, or the doer of the act its antecedent
/// names (the act's owner, or the actor of an act coded there; first in the phrase after the
/// nearest verb, "held a meeting on North Korea's missile launch, which", then in the whole
/// clause before it). Another party than the critic, and not its side.
fn relative_object_author(
    clause: &Clause,
    ev: &CodedEvent,
    actor: usize,
    coded: &[CodedEvent],
) -> Option<(usize, &'static str, RecipientSource)> {
    let doc = clause.doc;
    let words = &clause.words;
    let mut k = ev.trigger.0.checked_sub(clause.first)?;
    while k > 0 && (crate::words::AUX.contains(words[k - 1]) || clause.tags[k - 1].is_adverb()) {
        k -= 1;
    }
    let critic = &doc.mentions[actor];
    let first = critic.first.checked_sub(clause.first)?;
    if critic.last.checked_sub(clause.first)? != k {
        return None;
    }
    let subject = if first > 0 && words[first - 1] == "the" {
        first - 1
    } else {
        first
    };
    let pronoun = subject.checked_sub(1)?;
    if !(words[pronoun] == "which"
        || (words[pronoun] == "that" && clause.tags[pronoun] == Tag::WDT))
    {
        return None;
    }
    let to = if pronoun > 0 && words[pronoun - 1] == "," {
        pronoun - 1
    } else {
        pronoun
    };
    if to == 0 {
        return None;
    }
    let other = |d: usize| {
        doc.mentions[d].entity != critic.entity
            && doc.entities[doc.mentions[d].entity].code.is_some()
            && !crate::events::same_side(clause, actor, d, true)
    };
    // A party heading the phrase before the pronoun, not one a preposition governs ("strikes
    // on Lebanon, which": the strikes are criticised).
    if let Some(d) = clause.mention(to - 1).filter(|&d| other(d)) {
        let mut opens = doc.mentions[d].first.saturating_sub(clause.first);
        if opens > 0 && clause.tags[opens - 1] == Tag::DT {
            opens -= 1;
        }
        if opens == 0 || clause.tags[opens - 1] != Tag::IN {
            return Some((
                d,
                "the party the pronoun stands for",
                RecipientSource::Other,
            ));
        }
    }
    let near = (0..to)
        .rev()
        .take(16)
        .find(|&l| clause.is_verb(l) || words[l] == ";")
        .map_or(0, |l| l + 1);
    let mut starts = vec![near];
    if near > 0 {
        starts.push(0);
    }
    starts.into_iter().find_map(|from| {
        let (doers, how, source) = act_doers(clause, coded, from, to)?;
        doers
            .into_iter()
            .find(|&d| other(d))
            .map(|d| (d, how, source))
    })
}

/// "The State Department denounced the arrest of opposition leaders by Tanzanian police",
/// "Britain condemned the jailing of a journalist by a Moscow court", "opened an inquiry
/// into suspected Russian sabotage of army vehicles at a depot in Bavaria": a criticism or
/// an investigation whose object is an act noun (`[evaluated-act-nouns]`) named with its
/// doer (a possessive or country adjective before it, or a `by` author after it) is aimed
/// at that doer, not at a party the coder read inside the act's phrase (its victim, its
/// place). The recipient must lie inside the object, after the act noun's start; the doer
/// must be another party than the critic and the recipient read.
fn doer_of_act_in_object(
    clause: &Clause,
    ev: &mut CodedEvent,
    actor: usize,
    target: usize,
    more: &mut Vec<CodedEvent>,
) {
    let doc = clause.doc;
    let words = &clause.words;
    let trigger_end = ev.trigger.1 - clause.first;
    let Some(t) = doc.mentions[target].first.checked_sub(clause.first) else {
        return;
    };
    if t < trigger_end || t >= clause.len() {
        return;
    }
    let stop = |l: usize| matches!(words[l], "," | ";" | "that" | "which" | "\"" | "whether");
    let to = (trigger_end..clause.len().min(trigger_end + 16))
        .find(|&l| stop(l))
        .unwrap_or(clause.len().min(trigger_end + 16));
    if t >= to {
        return;
    }
    // The object starts right after the trigger ("denounced | the arrest of ...") or past
    // one preposition ("opened an inquiry | into the sabotage", "expressed alarm | at").
    let mut starts = vec![trigger_end];
    if let Some(p) = (trigger_end..to).find(|&l| {
        matches!(words[l], "into" | "at" | "over" | "about" | "of" | "on")
            && clause.tags[l] == Tag::IN
    }) {
        starts.push(p + 1);
    }
    for from in starts {
        if from >= to || t < from {
            continue;
        }
        // The object must open with its act noun (a determiner, adjectives or an owner
        // before it): "the arrest of", "Iran's role in", "suspected Russian sabotage".
        let Some(noun) = (from..to)
            .find(|&l| EVALUATED_ACT_NOUNS.contains(words[l]) && clause.tags[l].is_noun())
        else {
            continue;
        };
        if (from..noun).any(|l| {
            matches!(
                words[l],
                "of" | "to" | "on" | "in" | "against" | "by" | "for" | "with"
            )
        }) {
            continue;
        }
        let (a, r) = (doc.mentions[actor].entity, doc.mentions[target].entity);
        if act_doer_as_recipient(
            clause,
            ev,
            (from, to),
            &[a, r],
            ", not a party inside it",
            more,
        ) {
            return;
        }
    }
}

/// "Qatar condemned the Israeli strike on Hamas leaders in Doha", "Seoul denounced
/// Pyongyang's attack on the island": a criticism whose recipient was read in the `on` or
/// `against` phrase of an act noun (`[evaluated-act-nouns]`) owned by another party (a
/// country adjective or a possessive before it) is aimed at the owner, the doer of the act
/// criticised, not at its target. Investigations and complaints keep their own reading.
fn target_of_owned_act(
    clause: &Clause,
    ev: &mut CodedEvent,
    actor: usize,
    target: usize,
    more: &mut Vec<CodedEvent>,
) {
    let doc = clause.doc;
    let words = &clause.words;
    if ev.cameo.starts_with("09") || ev.cameo.starts_with("114") || ev.cameo.starts_with("115") {
        return;
    }
    let trigger_end = ev.trigger.1 - clause.first;
    let Some(mut k) = doc.mentions[target].first.checked_sub(clause.first) else {
        return;
    };
    if k <= trigger_end || k >= clause.len() {
        return;
    }
    while k > trigger_end + 1 && np_word(clause, k - 1) && !matches!(words[k - 1], "on" | "against")
    {
        k -= 1;
    }
    if k < trigger_end + 3 || !matches!(words[k - 1], "on" | "against") {
        return;
    }
    let noun = k - 2;
    if !EVALUATED_ACT_NOUNS.contains(words[noun]) || !clause.tags[noun].is_noun() {
        return;
    }
    let mut start = noun;
    // Over an "and" between coordinated owners too: "the American and British strikes".
    let owner_before_and = |l: usize| {
        words[l] == "and"
            && l > trigger_end + 1
            && (clause.mention(l - 1).is_some()
                || doc.modifier_starting_at(clause.first + l - 1).is_some())
    };
    while start > trigger_end && (np_word(clause, start - 1) || owner_before_and(start - 1)) {
        start -= 1;
    }
    let (a, t) = (doc.mentions[actor].entity, doc.mentions[target].entity);
    act_doer_as_recipient(
        clause,
        ev,
        (start, noun + 1),
        &[a, t],
        ", not its target",
        more,
    );
}

/// Where `act_doers` finds the doers of the act at local `from..to`, makes the first whose
/// entity is none of `others` (the critic's, the target the coder read) the recipient of
/// `ev`, its rule telling how it was found and then `tail` ("; recipient: the owner of the
/// act noun, the act criticised, not its target"), and pushes a copy of `ev` onto `more`
/// for each further doer (coordinated owners); false where it finds no doers.
fn act_doer_as_recipient(
    clause: &Clause,
    ev: &mut CodedEvent,
    (from, to): (usize, usize),
    others: &[usize],
    tail: &str,
    more: &mut Vec<CodedEvent>,
) -> bool {
    let doc = clause.doc;
    let Some((doers, how, source)) = act_doers(clause, &[], from, to) else {
        return false;
    };
    // The recipient read may already be one of coordinated owners ("condemned the U.S. and
    // British strikes", the object "U.S."): it stays, and the other owners are added.
    let entity = |m: usize| doc.mentions[m].entity;
    let read = ev.recipient.map(entity);
    let already_owner = doers.len() > 1 && doers.iter().any(|&d| Some(entity(d)) == read);
    let mut doers = doers.into_iter().filter(|&d| !others.contains(&entity(d)));
    if already_owner {
        for other in doers {
            let mut copy = CodedEvent {
                recipient: Some(other),
                ..ev.clone()
            };
            copy.slots.recipient = source;
            let _ = write!(
                copy.rule,
                "; recipient: {how}, the act criticised, beside the one read{tail}"
            );
            more.push(copy);
        }
        return true;
    }
    if let Some(doer) = doers.next() {
        ev.recipient = Some(doer);
        ev.slots.recipient = source;
        let _ = write!(ev.rule, "; recipient: {how}, the act criticised{tail}");
        // Each other coordinated owner is criticised too ("condemned the US and UK strikes").
        for other in doers {
            more.push(CodedEvent {
                recipient: Some(other),
                ..ev.clone()
            });
        }
    }
    true
}

/// The coder's sentence gate: a sentence with an actor and a reacting verb coded by its
/// manner, or an appeal or demand cue that makes a generic event ("asked Iran to clarify"),
/// is analysed even when no lexicon pattern matches in it.
pub(crate) fn gate(k: &Knowledge, doc: &Doc, s: &Sentence) -> bool {
    let frames = k.frames;
    // One hash probe a token; the words are collected only when a cue word is there.
    if !s
        .tokens()
        .any(|g| frames.opens_gate_cue_keyed(doc.norm(g), doc.key(g)))
    {
        return false;
    }
    let words: Vec<&str> = s.tokens().map(|g| doc.norm(g)).collect();
    let keys = &doc.tokens.keys[s.tokens()];
    if (0..words.len()).any(|i| {
        frames.is_reaction_verb_keyed(words[i], keys[i]) && frames.reaction_at(&words, i).is_some()
    }) {
        return true;
    }
    if reported_wrongdoing_words(k, doc, s, &words) {
        return true;
    }
    // Without tags, any word may stand in a cue's noun phrase; a modal cue counts only
    // after a reporting verb ("said Russia must").
    let word_ok = |l: usize| words[l].bytes().any(|b| b.is_ascii_alphanumeric());
    let mut found = Vec::new();
    for i in 0..words.len() {
        if !frames.starts_generic_cue_keyed(words[i], keys[i]) {
            continue;
        }
        found.clear();
        frames.cues_at(&words, i, &word_ok, &|_| false, &mut found);
        // The reporting verb shortly before ("said Russia must") or after a comma
        // ("Russia must withdraw, the ministry said"), as `reported_modal_subject` wants.
        let reporting = |w: &&str| k.cues.reporting_verb(w).is_some() || *w == "according";
        // The sayer after the comma may be a long description ("the European Union's
        // foreign policy chief said").
        let reported = || {
            words[i.saturating_sub(10)..i].iter().any(reporting)
                || words[i..]
                    .iter()
                    .position(|w| *w == ",")
                    .is_some_and(|c| words[i + c..].iter().take(14).any(reporting))
        };
        if found.iter().any(|m| {
            let cue = frames.cue(m.cue);
            cue.generic && (m.addressee.is_some() || (!cue.starts_with_verb && reported()))
        }) {
            return true;
        }
    }
    false
}

/// For the gate: a predicate of wrongdoing (frames.txt `[wrongdoing]`) in a sentence that
/// reports someone's words (a reporting verb, or inside a quotation).
fn reported_wrongdoing_words(k: &Knowledge, doc: &Doc, s: &Sentence, words: &[&str]) -> bool {
    let frames = k.frames;
    let keys = &doc.tokens.keys[s.tokens()];
    let mut found = Vec::new();
    let any_word = |l: usize| words[l].bytes().any(|b| b.is_ascii_alphanumeric());
    // As `wrongdoing` skips them (without tags): a quotation mark and an adverb in -ly
    // ("was \"extremely selfish\"", "is deeply harmful").
    let skip = |l: usize| {
        let w = words[l];
        matches!(w, "\"" | "very" | "so" | "too" | "most")
            || (w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase()))
    };
    // Whether the sentence reports someone's words, asked first: it is cheaper than
    // matching the predicates, which a sentence reporting nobody's words need not try.
    let reports = || {
        // A headline's label before its colon speaks ("Germany: Russian hackers behind").
        if words
            .iter()
            .zip(keys)
            .any(|(w, &key)| k.cues.reporting_verb_keyed(w, key).is_some())
            || words.windows(2).any(|p| p == ["according", "to"])
            || words.iter().take(7).skip(1).any(|w| *w == ":")
        {
            return true;
        }
        let (Some(first), Some(last)) = (s.tokens().next(), s.tokens().last()) else {
            return false;
        };
        let (from, to) = (
            doc.tokens.get(first).start as usize,
            doc.tokens.get(last).start as usize,
        );
        quote_overlapping(doc, from, to).is_some_and(|q| q.speaker_mention.is_some())
    };
    reports()
        && (0..words.len()).any(|i| {
            frames.starts_wrongdoing_keyed(words[i], keys[i]) && {
                found.clear();
                frames.wrongdoing_at(words, i, &any_word, &skip, &mut found);
                !found.is_empty()
            }
        })
}

/// The quotation whose span (outer byte offsets) overlaps bytes `from..=to`, if any: a
/// binary search, the quotations being sorted and disjoint (`sitrep-quotes`).
fn quote_overlapping<'d>(
    doc: &'d Doc,
    from: usize,
    to: usize,
) -> Option<&'d crate::doc::ResolvedQuote> {
    let i = doc.quotes.partition_point(|q| q.outer_end <= from);
    doc.quotes.get(i).filter(|q| q.outer_start <= to)
}

/// A lasting state named by a noun ("in its war against Ukraine", "its military campaign
/// in Ukraine") is background each time a story mentions it; it is an event only where an
/// onset verb governs it: as its object ("launched a war", "stepped up its campaign") or
/// as the next verb after it ("the war between the army and the RSF began in 2023").
fn ongoing(
    clause: &Clause,
    frames: &Frames,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
    dropped: &mut Option<&mut Vec<Dropped>>,
) {
    crate::events::retain_tail(out, first_new, |_, ev| {
        let reason = if !ongoing_is_coded(clause, frames, ev) {
            Some("a lasting state no onset verb governs")
        } else if known_act_as_the_time(clause, ev) {
            Some("a known act named as the time of another (`during the fighting`), undated")
        } else if counted_in_periods(clause, frames, ev) {
            Some("an act counted in long periods (`years of`): a lasting state")
        } else {
            None
        };
        if let Some(reason) = reason {
            crate::events::record_drop(dropped, ev, DropStage::Frame, reason);
        }
        reason.is_none()
    });
}

/// "The town was damaged during the fighting between Armenia and Azerbaijan", "told
/// reporters after the talks": an act noun with the definite article, the object of a
/// preposition that makes it the time of another act (`[time-setting-prepositions]`), in a
/// sentence with no date, names an act the reader already knows (told before in the story,
/// or background), not a new one. An indefinite or bare noun ("during a meeting with
/// Shoigu", "following talks with Ramgoolam") and a dated one ("during the clashes on
/// Monday") may be the news and stay, as may one ranked by a superlative.
fn known_act_as_the_time(clause: &Clause, ev: &CodedEvent) -> bool {
    if !ev.noun {
        return false;
    }
    let head = ev.trigger.0 - clause.first;
    let (np_start, _) = clause.np_around(head);
    np_start >= 1
        && np_start < head
        && clause.words[np_start] == "the"
        && crate::words::TIME_SETTING_PREPOSITIONS.contains(clause.words[np_start - 1])
        // "amid the worst fighting in months", "after the latest talks": a superlative
        // ranks the act among its kind, which is how news is told.
        && !(np_start..head).any(|l| clause.tags[l] == Tag::JJS)
        && clause
            .doc
            .dates_in(&clause.doc.sentences[ev.sentence])
            .is_empty()
}

/// "years of U.S. sanctions on Venezuela", "after decades of Chinese loans": an act noun
/// that is the `of` complement of a long period (frames.txt `[ongoing] periods`) names
/// acts repeated over that time, a lasting state, not the story's news.
fn counted_in_periods(clause: &Clause, frames: &Frames, ev: &CodedEvent) -> bool {
    if !ev.noun {
        return false;
    }
    let head = ev.trigger.0 - clause.first;
    let (np_start, _) = clause.np_around(head);
    np_start >= 2
        && clause.words[np_start - 1] == "of"
        && frames.is_ongoing_period(clause.words[np_start - 2])
}

/// Is event `ev` an act, not a lasting state ([`ongoing`])?
fn ongoing_is_coded(clause: &Clause, frames: &Frames, ev: &CodedEvent) -> bool {
    {
        if !ev.noun {
            return true;
        }
        let head = ev.trigger.0 - clause.first;
        if !frames.is_ongoing_noun(clause.words[head]) {
            return true;
        }
        let (np_start, _) = clause.np_around(head);
        let mut l = np_start;
        // A particle or adverb between verb and object: "stepped up its campaign".
        if l > 0 && (clause.tags[l - 1] == Tag::RP || clause.tags[l - 1].is_adverb()) {
            l -= 1;
        }
        if l > 0 && frames.is_onset_verb(clause.words[l - 1]) {
            return true;
        }
        let limit = (head + 12).min(clause.len());
        for k in head + 1..limit {
            let w = clause.words[k];
            if matches!(w, "," | ";" | "\"" | "which" | "who" | "that") {
                break;
            }
            if clause.is_verb(k) && !aux_word(w) {
                return frames.is_onset_verb(w);
            }
        }
        false
    }
}

/// Words of a verb group before its main verb (auxiliaries, negation, "to").
fn aux_word(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "'ll"
            | "'d"
            | "to"
            | "not"
            | "n't"
            | "never"
            | "be"
            | "been"
            | "being"
            | "is"
            | "are"
            | "was"
            | "were"
            | "'s"
            | "'re"
            | "am"
            | "has"
            | "have"
            | "had"
            | "'ve"
            | "do"
            | "does"
            | "did"
    )
}

/// Whether a predicate of wrongdoing (frames.txt `[wrongdoing]`) starts at local token
/// `at`: "were \"a flagrant violation of", "is illegal", "was an unfriendly act".
pub(crate) fn wrongdoing_starts_at(clause: &Clause, frames: &Frames, at: usize) -> bool {
    let words = &clause.words;
    if at >= words.len() || !frames.starts_wrongdoing(words[at]) {
        return false;
    }
    let np_ok = |l: usize| {
        np_token(clause, l) || matches!(words[l], "very" | "most") || count_qualifier(clause, l)
    };
    let skip_ok = |l: usize| {
        skippable(clause, l) || matches!(words[l], "\"" | "very" | "so" | "too" | "most")
    };
    let mut found = Vec::new();
    frames.wrongdoing_at(words, at, &np_ok, &skip_ok, &mut found);
    !found.is_empty()
}

/// The accused of a headline's predicate of wrongdoing written without its copula at
/// local token `pred` ("Russian hackers behind attack", "says Belarus behind balloon
/// incursions"): the noun phrase right before it, when it names coded parties and no verb
/// stands between (a verb would make the phrase an object, "the group behind the attack"
/// a description). Only in a headline that opens its document. Returns the phrase's first
/// local token and its mentions.
fn dropped_copula_accused(
    clause: &Clause,
    sentence: usize,
    pred: usize,
) -> Option<(usize, Vec<usize>)> {
    let doc = clause.doc;
    if sentence != 0 || !crate::syntax::is_headline(doc, sentence) || pred == 0 {
        return None;
    }
    let mut start = pred;
    while start > 0 && np_token(clause, start - 1) && !clause.is_verb(start - 1) {
        start -= 1;
    }
    // The phrase opens the clause, follows a headline label's colon or a reporting verb.
    let opens = start == 0
        || clause.words[start - 1] == ":"
        || (clause.is_verb(start - 1)
            && clause
                .knowledge
                .cues
                .reporting_verb(clause.words[start - 1])
                .is_some());
    if start == pred || !opens {
        return None;
    }
    let mut ms: Vec<usize> = Vec::new();
    for l in start..pred {
        if let Some(m) = clause.mention(l) {
            let coded = doc.entities[doc.mentions[m].entity].code.is_some();
            if coded && !ms.contains(&m) {
                ms.push(m);
            }
        }
    }
    (!ms.is_empty()).then_some((start, ms))
}

/// Can local token `l` be part of the `*` noun phrase of a cue (the party asked to act)?
/// A coordination counts ("urged Russia and Ukraine to", "hopes the US and the UK can"):
/// each conjunct is a party asked to act; so does an `of` complement ("urged the
/// government of Pakistan to", "called on the leaders of both countries to").
fn np_token(clause: &Clause, l: usize) -> bool {
    np_word(clause, l)
        || (clause.words[l] == "of"
            && l > 0
            && l + 1 < clause.len()
            && np_word(clause, l - 1)
            && np_word(clause, l + 1))
        || (matches!(clause.words[l], "and" | ",")
            && l > 0
            && l + 1 < clause.len()
            && (np_word(clause, l - 1) || clause.words[l - 1] == ",")
            && (np_word(clause, l + 1) || clause.words[l + 1] == "and"))
        // "urged both the protesters and the authorities to": "both" opening a
        // coordination, which the tagger may read as a conjunction.
        || (matches!(clause.words[l], "both" | "either" | "neither")
            && l + 1 < clause.len()
            && np_word(clause, l + 1))
}

/// A word of a count's qualifier before its number, inside a noun phrase: "executed at
/// least 60 villagers", "killed more than 30 detainees", "beat nearly 100 migrants".
fn count_qualifier(clause: &Clause, l: usize) -> bool {
    matches!(
        clause.words[l],
        "at" | "least" | "more" | "than" | "nearly" | "almost" | "about" | "some" | "over"
    ) && (l + 1..(l + 3).min(clause.len())).any(|k| clause.tags[k] == Tag::CD)
}

/// A token of a noun phrase: a party mention, a noun, determiner, adjective or pronoun.
fn np_word(clause: &Clause, l: usize) -> bool {
    if clause.mention(l).is_some() {
        return true;
    }
    let t = clause.tags[l];
    t.is_noun()
        || matches!(
            t,
            Tag::DT
                | Tag::JJ
                | Tag::JJR
                | Tag::JJS
                | Tag::CD
                | Tag::POS
                | Tag::PRP
                | Tag::PRPS
                | Tag::PDT
        )
}

/// A day, a month or a word of a time span ("monday", "week", "june"): a `match` on the
/// word's bytes (byte-string patterns compile to a decision on its length and bytes; string
/// patterns compare the word with each in turn), since `skippable` asks it of most words
/// of a clause.
fn time_adverbial_word(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"today"
            | b"yesterday"
            | b"tonight"
            | b"week"
            | b"month"
            | b"year"
            | b"weekend"
            | b"morning"
            | b"afternoon"
            | b"evening"
            | b"night"
            | b"minutes"
            | b"hours"
            | b"days"
            | b"weeks"
            | b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
    )
}

/// Words of a time adverbial ("on Saturday", "last week", "within hours") or a manner
/// adverb, which may stand between the words of a cue ("threatened on Saturday to", "vowed
/// repeatedly to", "agreed within hours to send a force").
fn skippable(clause: &Clause, l: usize) -> bool {
    clause.kept(crate::syntax::Kept::Skippable, l, || {
        skippable_worked(clause, l)
    })
}

/// [`skippable`], worked out.
fn skippable_worked(clause: &Clause, l: usize) -> bool {
    let w = clause.words[l];
    if time_adverbial_word(w) || w == "later" {
        return true;
    }
    let next_is_time = clause
        .words
        .get(l + 1)
        .is_some_and(|n| time_adverbial_word(n));
    (matches!(
        w,
        "on" | "last" | "this" | "next" | "early" | "late" | "earlier" | "within"
    ) && next_is_time)
        || (clause.tags[l].is_adverb() && w.ends_with("ly"))
        || in_medium_phrase(clause, l)
}

/// Whether token `l` lies in a phrase naming the medium a party speaks through, "in an
/// audio message", "in a statement", "on Twitter", "during a phone call" (words.txt
/// `[speech-medium-nouns]`): a preposition, then at most three determiners or modifiers,
/// then the medium noun heading the phrase (no noun after it). Such a phrase stands
/// between the words of a cue as a time adverbial does ("threatened in an audio message
/// to attack").
fn in_medium_phrase(clause: &Clause, l: usize) -> bool {
    let w = |i: usize| clause.words.get(i).copied().unwrap_or("");
    (l.saturating_sub(4)..=l).any(|p| {
        if !matches!(w(p), "in" | "on" | "via" | "during" | "through") {
            return false;
        }
        (p + 1..=(p + 4).min(clause.len().saturating_sub(1))).any(|m| {
            m >= l
                && crate::words::SPEECH_MEDIUM_NOUNS.contains(w(m))
                && !clause.tags.get(m + 1).is_some_and(|t| t.is_noun())
                && (p + 1..m)
                    .all(|i| !clause.tags[i].is_verb() && !matches!(w(i), "," | "\"" | ";" | "to"))
        })
    })
}

/// The frame cue governing an event, if any: the cue that starts earliest among those
/// ending where the act's verb group starts (or inside its auxiliaries).
fn find_frame(clause: &Clause, frames: &Frames, ev: &CodedEvent) -> Option<CueMatch> {
    let head = ev.trigger.0 - clause.first;
    let own_vg = ev.verb_group.min(head);
    let vg = through_aspect(clause, own_vg);
    // Where the act's own verb starts: past the auxiliaries of its group ("will | visit",
    // "to | launch strikes").
    let mut k = vg;
    while k < head && (aux_word(clause.words[k]) || clause.tags[k].is_adverb()) {
        k += 1;
    }
    let np_ok = |l: usize| np_token(clause, l);
    let skip_ok = |l: usize| skippable(clause, l);
    let mut found: Vec<CueMatch> = Vec::new();
    let lowest = k.saturating_sub(sitrep_lexicon::frames::MAX_CUE_TOKENS);
    for s in (lowest..k).rev() {
        // A cue does not run across a clause break or a quotation mark.
        if matches!(clause.words[s], ";" | "\"") {
            break;
        }
        frames.cues_at(&clause.words, s, &np_ok, &skip_ok, &mut found);
    }
    // An event noun may also sit right after a cue that holds its governing verb
    // ("refused to rule out | new sanctions", "raised the possibility of | sanctions"):
    // the cue ends where the noun phrase begins.
    let np_start = if ev.noun {
        Some(clause.np_around(head).0)
    } else {
        None
    };
    // A denied act noun, the object of the denying verb itself ("Kyiv denies | drone
    // attack on Moscow region", "Israel denied | the strike"): the noun's verb group is the
    // denying verb, so the scan above stopped before it.
    // Only a hostile act, or an accusation (rejected, `rejects_claim` below), is denied so:
    // "denied medical assistance", "denied them access" refuse a good, they deny no act.
    let deniable = matches!(
        ev.plover.as_str(),
        "ASSAULT" | "COERCE" | "MOBILIZE" | "ACCUSE"
    );
    if let Some(n) = np_start.filter(|&n| deniable && n > k && n <= clause.len()) {
        let mut more = Vec::new();
        for s in (k..n).rev() {
            if matches!(clause.words[s], ";" | "\"") {
                break;
            }
            frames.cues_at(&clause.words, s, &np_ok, &skip_ok, &mut more);
        }
        found.extend(more.into_iter().filter(|m| {
            m.end == n && frames.frame(frames.cue(m.cue).frame).parties == FrameParties::Denier
        }));
    }
    // "UK considers new sanctions on Iran", "EU weighs new sanctions on Russia": a verb of
    // weighing whose object is the act noun governs it as it governs a verb after it (a
    // commit cue announces the act, as "is considering" does; a `weigh` cue leaves an
    // option weighed, CAMEO 014, uncoded): the cue is the noun's own governing verb, so the
    // scan above stopped before it. Not a cue ending in "to" or "of": "agreed to | a ceasefire" and
    // "accused X of | the attack" say more than an act announced; nor a verb of a free
    // relative, where weighing is judging ("rejects what Beijing considers | illegal
    // unilateral sanctions"), or one whose object is followed by what it is judged to be
    // ("Russia considers this arms embargo to be very advantageous", "regards the
    // sanctions as illegal").
    let in_free_relative =
        (k.saturating_sub(3)..k).any(|l| matches!(clause.words[l], "what" | "which"));
    let judged = ev.noun && {
        let end = clause.np_around(head).1;
        let w = |l: usize| clause.words.get(l).copied().unwrap_or("");
        w(end) == "as" || (w(end) == "to" && w(end + 1) == "be")
    };
    if let Some(n) =
        np_start.filter(|&n| n > k && n <= clause.len() && !in_free_relative && !judged)
    {
        let mut more = Vec::new();
        frames.cues_at(&clause.words, k, &np_ok, &skip_ok, &mut more);
        found.extend(more.into_iter().filter(|m| {
            m.start == k
                && m.end == n
                && m.addressee.is_none()
                && !matches!(clause.words[m.end - 1], "to" | "of")
                && matches!(
                    frames.frame(frames.cue(m.cue).frame).name.as_str(),
                    "commit" | "weigh"
                )
        }));
    }
    // Through an aspectual verb only a cue of commitment governs: "vowed to keep
    // attacking" is a threat, but "will continue to engage with" and "will keep sending
    // ships" tell an ongoing practice, not an announced act.
    // A cue with a noun phrase before its final "to" ("vowed * to", "pledged * to") reads
    // an infinitive: before an event noun that "to" is a preposition, and the noun is no
    // act announced ("vowed a harsh response to | Israel's strike", "pledged support to |
    // Ukraine's counteroffensive" announce no strike or offensive of Israel or Ukraine).
    let prepositional_to =
        |m: &CueMatch| m.addressee.is_some() && m.end > 0 && clause.words[m.end - 1] == "to";
    // "gathered outside the base demanding his release, and police fired tear gas"
    // (session 30): a noun phrase that runs across ", and" into a clause whose verb is a
    // finite past is no addressee of the demand; the past verb is the next clause's own
    // act, not one demanded (a demanded act is an infinitive or a base form).
    let across_a_new_clause = |m: &CueMatch| {
        m.addressee.is_some_and(|(a, b)| {
            (a..b.min(clause.len()).saturating_sub(1))
                .any(|l| clause.words[l] == "," && clause.words[l + 1] == "and")
        }) && clause.tags.get(head) == Some(&Tag::VBD)
    };
    // Where the act's own verb starts in its own group, before any aspectual verb is gone
    // through: a cue holding the aspectual verb ("would continue to | play a constructive
    // role", session 31) ends there, for a cooperative act (04-08) only; a hostile one
    // carried on ("will continue to send patrol ships") is an ongoing practice.
    let cooperative = matches!(ev.cameo.get(..2), Some("04" | "05" | "06" | "07" | "08"));
    let mut k_own = own_vg;
    while k_own < head && (aux_word(clause.words[k_own]) || clause.tags[k_own].is_adverb()) {
        k_own += 1;
    }
    // "Serbia agreed to lift the ban after two days of talks with EU envoys", "promised
    // to speed up returns following a meeting with the Bolivian minister" (session 32): an
    // act noun in a closing `after` phrase names what came before the framed act, and a
    // cue told in the past (agreed, promised, offered) was made after it too: the noun
    // is done, not announced.
    let done_before = |m: &CueMatch| {
        ev.noun
            && clause.tags.get(m.start) == Some(&Tag::VBD)
            && np_start.is_some_and(|n| {
                (n.saturating_sub(6)..head)
                    .rev()
                    .find(|&a| matches!(clause.words[a], "after" | "following"))
                    .is_some_and(|a| {
                        a > m.end
                            && (a + 1..n).all(|l| !clause.is_verb(l) && clause.words[l] != ",")
                    })
            })
    };
    // "there would be no | negotiations with Hamas": a refusal cue ending in the "no" that
    // opens the act noun's own phrase (session 32).
    let none_of_the_noun = |m: &CueMatch| {
        np_start.is_some_and(|n| m.end == n + 1 && clause.words.get(n) == Some(&"no"))
            && frames.frame(frames.cue(m.cue).frame).name == "refuse"
    };
    found.retain(|m| {
        m.end > m.start
            && !across_a_new_clause(m)
            && !done_before(m)
            && ((m.end >= vg && m.end <= k)
                || (cooperative && own_vg > vg && m.end >= own_vg && m.end <= k_own)
                || Some(m.end) == np_start
                || none_of_the_noun(m))
            && !(Some(m.end) == np_start && prepositional_to(m))
            && (m.end >= own_vg || !is_modal_cue(clause, m))
            && own_side_named(clause, frames, ev, m)
    });
    found
        .into_iter()
        .min_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)))
        .or_else(|| headline_future(clause, frames, vg, head))
        .or_else(|| coordinated_frame(clause, frames, ev, head, vg))
        .or_else(|| occurrence_frame(clause, frames, ev, head))
}

/// A cue with a `*own` noun phrase ("^say *own could": "A U.S. envoy said Washington could
/// impose sanctions", "the minister said the government may expel ...") holds only where that
/// phrase names the act's actor, and the actor is the speaker's own side: a state or a
/// party of its government (a capital, a ministry, "the government", "the country") of the
/// country of a speaker who speaks for a state (the state itself or a party of its
/// government or forces). Another party's speculation ("analysts said Russia could", "Japan
/// said China could", "a Russian political scientist said Russia might") is no cue: the act
/// stays hypothetical. A cue with no `*own` always holds.
fn own_side_named(clause: &Clause, frames: &Frames, ev: &CodedEvent, m: &CueMatch) -> bool {
    m.own_side.is_none() || own_side_speaker(clause, frames, ev, m).is_some()
}

/// The speaker a `*own` cue's noun phrase stands for (see [`own_side_named`]): a mention
/// of the cue verb's subject that speaks for the state the act's actor belongs to. An actor
/// named "the government" or "the country" with no code of its own ("A Philippine security
/// official said the government could expel ...": the actors stage left it uncoded) is the
/// speaker's own government, and the speaker's mention stands for it.
fn own_side_speaker(
    clause: &Clause,
    frames: &Frames,
    ev: &CodedEvent,
    m: &CueMatch,
) -> Option<usize> {
    let (a, b) = m.own_side?;
    let doc = clause.doc;
    let actor = ev.actor?;
    let am = &doc.mentions[actor];
    // `last` is one past the mention's last token.
    if am.first < clause.first + a || am.last > clause.first + b {
        return None;
    }
    // A state's voice: the state itself, or a party of its government or forces.
    let state_like = |mi: usize| {
        (doc.entities[doc.mentions[mi].entity].entity_type == EntityType::Gpe
            || matches!(doc.mention_sector(mi), Some("GOV" | "MIL")))
            && !doc.against_the_state(mi)
    };
    let code = |mi: usize| doc.entities[doc.mentions[mi].entity].code.as_deref();
    if !state_like(actor) {
        return None;
    }
    let uncoded_own = code(actor).is_none()
        && am.last - am.first == 2
        && doc.norm(am.first) == "the"
        && matches!(doc.norm(am.first + 1), "government" | "country");
    if code(actor).is_none() && !uncoded_own {
        return None;
    }
    let starts_with_verb = frames.cue(m.cue).starts_with_verb;
    frame_actors(clause, m, starts_with_verb)
        .into_iter()
        .find(|&s| {
            s != actor
                && state_like(s)
                && code(s).is_some()
                && (uncoded_own || code(s) == code(actor))
        })
}

/// An event noun heading the clause's subject takes the mood of the verb telling that it
/// happens (`Clause::occurrence_predicate`): a cue ending where that verb starts governs
/// the noun ("talks between Egypt and Ethiopia will resume next month", "are due to
/// begin", "are expected to resume"), as it governs a verb. Only for meetings, support and
/// cooperation (CAMEO 04-06): talks, visits and signings announced are intents to meet or
/// cooperate (03x), where a hostile noun's announced course ("fighting will escalate") is
/// no party's threat.
fn occurrence_frame(
    clause: &Clause,
    frames: &Frames,
    ev: &CodedEvent,
    head: usize,
) -> Option<CueMatch> {
    if !ev.noun || !matches!(ev.cameo.get(..2), Some("04" | "05" | "06")) {
        return None;
    }
    let Some((group, main)) = clause.occurrence_predicate(head) else {
        return object_of_framed_verb(clause, frames, ev, head);
    };
    let np_ok = |l: usize| np_token(clause, l);
    let skip_ok = |l: usize| skippable(clause, l);
    let mut found = Vec::new();
    for s in (group..main).rev() {
        frames.cues_at(&clause.words, s, &np_ok, &skip_ok, &mut found);
    }
    found
        .into_iter()
        .filter(|m| m.end == main && m.start >= group)
        .min_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)))
}

/// A meeting noun that is the direct object of a verb a frame governs shares its frame:
/// "Kenya is due to host talks between Sudan's warring parties" (the talks are planned,
/// as the hosting is). Only the verb right before the noun's phrase is asked.
fn object_of_framed_verb(
    clause: &Clause,
    frames: &Frames,
    ev: &CodedEvent,
    head: usize,
) -> Option<CueMatch> {
    let start = clause.np_around(head).0;
    let v = start.checked_sub(1)?;
    if !clause.is_verb(v) || v + 1 > head {
        return None;
    }
    let probe = CodedEvent {
        trigger: (clause.first + v, clause.first + v + 1),
        verb_group: clause.verb_group_start(v),
        noun: false,
        ..ev.clone()
    };
    find_frame(clause, frames, &probe)
}

/// "vowed to keep attacking", "will continue to strike": an aspectual verb right before
/// the act's verb group ([aspectual-verbs], with or without "to") carries the act on, so a
/// cue ending where the aspectual verb's group starts governs the act. The start of that
/// group, else `vg`.
fn through_aspect(clause: &Clause, vg: usize) -> usize {
    let aspectual = |l: usize| clause.is_verb(l) && ASPECTUAL_VERBS.contains(clause.words[l]);
    let at = if vg >= 2 && clause.words[vg - 1] == "to" && aspectual(vg - 2) {
        vg - 2
    } else if vg >= 1 && aspectual(vg - 1) {
        vg - 1
    } else {
        return vg;
    };
    clause.verb_group_start(at)
}

/// Is the cue a bare modal of the future ("will", "would", "is going to")?
fn is_modal_cue(clause: &Clause, m: &CueMatch) -> bool {
    (m.start..m.end).all(|l| aux_word(clause.words[l]) || clause.words[l] == "going")
}

/// A bare verb coordinated with a framed one shares its frame: "threatened to close or
/// suspend U.S. operations", "hopes the two countries can coordinate their efforts and
/// work together". Only a base-form verb with no auxiliary of its own, whose tree head it
/// is the conjunct of, is looked at (so the tree is asked only then).
fn coordinated_frame(
    clause: &Clause,
    frames: &Frames,
    ev: &CodedEvent,
    head: usize,
    vg: usize,
) -> Option<CueMatch> {
    let t = clause.tree()?;
    // "urged both sides to refrain from violence and return to | dialogue": an event noun
    // is governed through the bare verb that governs it (directly or through one
    // preposition), when that verb is the coordinated one.
    let (head, vg) = if ev.noun {
        let mut g = t.head(head)?;
        if clause.tags[g] == Tag::IN {
            g = t.head(g)?;
        }
        if g >= head || !clause.tags[g].is_verb() {
            return None;
        }
        (g, clause.verb_group_start(g))
    } else {
        (head, vg)
    };
    if vg != head || clause.tags[head] != Tag::VB {
        return None;
    }
    if t.rel(head) != sitrep_parser::Rel::Conj {
        return None;
    }
    let first = t
        .head(head)
        .filter(|&p| p < head && clause.tags[p].is_verb())?;
    let probe = CodedEvent {
        trigger: (clause.first + first, clause.first + first + 1),
        verb_group: clause.verb_group_start(first),
        noun: false,
        ..ev.clone()
    };
    // The conjunct's own conjunct is not followed further: one step, no recursion.
    if t.rel(first) == sitrep_parser::Rel::Conj {
        return None;
    }
    find_frame(clause, frames, &probe)
}

/// A headline's future: "Modi to visit Washington", "Israel, UAE to share intelligence".
/// A noun phrase naming parties opens the sentence and "to" + the act follows it with no
/// verb before: the "to" reads as the commit frame's "will" (frames.txt), its span the "to".
fn headline_future(clause: &Clause, frames: &Frames, vg: usize, head: usize) -> Option<CueMatch> {
    if vg == 0 || vg >= head || clause.words[vg] != "to" || clause.tags[head] != Tag::VB {
        return None;
    }
    // "Mali's decision to sever relations": the infinitive of a decision taken is the act
    // itself, not a headline's future ([decision-nouns]).
    if crate::words::DECISION_NOUNS.contains(clause.words[vg - 1]) {
        return None;
    }
    // Only parties (and the commas and "and" between them) before "to".
    let mut l = 0;
    let mut parties = 0;
    while l < vg {
        if let Some(m) = clause.mention(l) {
            parties += 1;
            l = (clause.doc.mentions[m].last - clause.first).max(l + 1);
        } else if matches!(clause.words[l], "," | "and" | "'s" | "the")
            || (!clause.is_verb(l) && (clause.tags[l].is_noun() || clause.tags[l] == Tag::JJ))
        {
            // "Japan's prime minister to visit ...": the noun phrase around the parties.
            l += 1;
        } else {
            return None;
        }
    }
    if parties == 0 {
        return None;
    }
    let mut will = Vec::new();
    frames.cues_at(&["will"], 0, &|_| false, &|_| false, &mut will);
    let cue = will.into_iter().find(|m| m.end == 1)?;
    Some(CueMatch {
        start: vg,
        end: vg + 1,
        ..cue
    })
}

fn entity(doc: &Doc, m: Option<usize>) -> Option<usize> {
    m.map(|m| doc.mentions[m].entity)
}

/// The subject of the cue's verb, or for a modal cue ("Y must ...") the party that says so:
/// the subject of a reporting verb before it, or of a trailing ", X said".
fn frame_actors(clause: &Clause, cm: &CueMatch, starts_with_verb: bool) -> Vec<usize> {
    let slot_of = |s: Subject| match s {
        Subject::Actors(slot) => slot.mentions,
        _ => Vec::new(),
    };
    if starts_with_verb {
        return slot_of(clause.subject(clause.verb_group_start(cm.start), 0));
    }
    // A nominal cue ("an investigation into"): the subject of the verb that governs it
    // ("launched an investigation into"), a few words before.
    if clause.tags[cm.start].is_noun() {
        let from = cm.start.saturating_sub(5);
        return match (from..cm.start).rev().find(|&v| clause.is_verb(v)) {
            Some(v) => slot_of(clause.subject(clause.verb_group_start(v), 0)),
            None => Vec::new(),
        };
    }
    let cues = &clause.knowledge.cues;
    let words = &clause.words;
    if let Some(r) = (0..cm.start)
        .rev()
        .find(|&r| cues.reporting_verb(words[r]).is_some() && clause.is_verb(r))
    {
        return slot_of(clause.subject(clause.verb_group_start(r), 0));
    }
    // "UN rights chief: Myanmar junta must free ...": a headline's label speaks.
    if let Some(colon) = headline_label_colon(clause).filter(|&c| c < cm.start) {
        let speakers = label_speakers(clause, colon);
        if !speakers.is_empty() {
            return speakers;
        }
    }
    let n = words.len();
    // "According to Lebanon's prime minister, Israel must ...", "... must withdraw,
    // according to the ministry": the source `according to` names, before the cue's
    // subject or after the cue. A source whose country is only guessed names no one.
    if let Some(ms) = according_to_source(clause, cm.start, cm.end, true) {
        return ms;
    }
    // ", Zelenskyy said." / ", said Zelenskyy."
    for c in cm.end..n {
        if words[c] != "," {
            continue;
        }
        let j = c + 1;
        if j < n && cues.reporting_verb(words[j]).is_some() {
            if let Some((_, ms)) = clause.np_after(j + 1, n) {
                return ms;
            }
        } else if let Some((end, ms)) = clause.np_after(j, n) {
            if end < n && cues.reporting_verb(words[end]).is_some() {
                return ms;
            }
        }
    }
    // A sayer the flat reading above cannot span: a quote closed before it ('...soil,"
    // French President Emmanuel Macron told reporters'), an of-phrase ("the head of the
    // U.N. human rights office said") or a long description ("a Turkish defence ministry
    // official told"): the subject of the first reporting verb after a comma.
    (cm.end..n)
        .find(|&r| {
            cues.reporting_verb(words[r]).is_some()
                && clause.is_verb(r)
                && words[cm.end..r].contains(&",")
        })
        .map(|r| slot_of(clause.subject(clause.verb_group_start(r), 0)))
        .unwrap_or_default()
}

/// The source of an `according to` phrase ("According to Kyiv, ...", "..., according to
/// the ministry") that stands before local token `before` (with a comma after it where
/// `comma_after_fronted`), or at or after local token `after`: its mentions with a code
/// not only guessed.
fn according_to_source(
    clause: &Clause,
    before: usize,
    after: usize,
    comma_after_fronted: bool,
) -> Option<Vec<usize>> {
    let doc = clause.doc;
    let words = &clause.words;
    let n = words.len();
    for k in 0..n.saturating_sub(2) {
        if words[k] != "according" || words[k + 1] != "to" || (k >= before && k < after) {
            continue;
        }
        let Some((end, ms)) = according_to_np(clause, k, n) else {
            continue;
        };
        let fronted = end <= before && (!comma_after_fronted || words[end..before].contains(&","));
        if !(fronted || k >= after) {
            continue;
        }
        let ms: Vec<usize> = ms
            .into_iter()
            .filter(|&m| {
                let e = &doc.entities[doc.mentions[m].entity];
                e.code.is_some() && !e.code_inferred
            })
            .collect();
        if !ms.is_empty() {
            return Some(ms);
        }
    }
    None
}

/// The noun phrase after `according to` at local token `k`, its end and mentions; a
/// statement or speaker that names no party itself stands for the party of its
/// of/from/by/for complement (words.txt `[source-nouns]`: "according to a statement from
/// Pakistan's military", "according to a spokesman for the ministry").
fn according_to_np(clause: &Clause, k: usize, n: usize) -> Option<(usize, Vec<usize>)> {
    let words = &clause.words;
    let doc = clause.doc;
    let (end, ms) = clause.np_after(k + 2, n)?;
    let coded = ms.iter().any(|&m| {
        let e = &doc.entities[doc.mentions[m].entity];
        e.code.is_some() && !e.code_inferred
    });
    if !coded
        && end + 1 < n
        && matches!(words[end], "from" | "by" | "of" | "for")
        && (k + 2..end).any(|l| SOURCE_NOUNS.contains(words[l]))
    {
        return clause.np_after(end + 1, n);
    }
    Some((end, ms))
}

/// Is the recipient mention `r` of the force posture `ev` the whole object of a `to` phrase
/// after its trigger ("send troops to Estonia")? Where the forces go, not at whom.
fn forces_sent_to(clause: &Clause, ev: &CodedEvent, r: usize) -> bool {
    let Some(first) = clause.doc.mentions[r].first.checked_sub(clause.first) else {
        return false;
    };
    let act = ev.trigger.0.saturating_sub(clause.first);
    let to = match first.checked_sub(1) {
        Some(l) if clause.words[l] == "the" => l.checked_sub(1),
        other => other,
    };
    to.is_some_and(|k| k > act && crate::events::sent_to_a_party(clause, k))
}

fn plover_of(ontology: &Ontology, code: &str) -> Option<String> {
    match ontology.cameo(code)?.plover.as_deref() {
        Some(p) => Some(p.to_string()),
        None if code.starts_with("02") => Some("REQUEST".to_string()),
        None => None,
    }
}

/// Whether an act announced by the cue at local token `cue` (its trigger at global token
/// `trigger`) hangs on a condition: an "if" or "unless" after the trigger, or before the cue
/// ("If Paris does not apologise, Algeria will expel ...").
fn announced_on_condition(clause: &Clause, cue: usize, trigger: usize) -> bool {
    let words = &clause.words;
    let after = (trigger + 1).saturating_sub(clause.first).min(words.len());
    words[..cue.min(words.len())]
        .iter()
        .chain(&words[after..])
        .any(|w| matches!(*w, "if" | "unless"))
}

/// Rewrite each act of the sentence by the frame that governs it.
fn govern(
    clause: &Clause,
    ontology: &Ontology,
    frames: &Frames,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
    dropped: &mut Option<&mut Vec<Dropped>>,
) {
    let doc = clause.doc;
    let cues = &clause.knowledge.cues;
    let end = out.len();
    // Indexed from `first_new`: one flag per event of this sentence, not of the document.
    let mut remove = vec![false; end - first_new];
    let mut added: Vec<CodedEvent> = Vec::new();
    for i in first_new..end {
        if remove[i - first_new] {
            continue;
        }
        // Most events have no frame: they are copied only when one is found.
        let Some(cm) = find_frame(clause, frames, &out[i]) else {
            continue;
        };
        let ev = out[i].clone();
        let cue = frames.cue(cm.cue);
        let frame = frames.frame(cue.frame);
        let Some((mut result, mut mirror_line)) = frames.mirror(cue.frame, &ev.cameo) else {
            continue;
        };
        // An act its doer announces that [mirror commit] keeps as the act decided ("said it
        // would expel 23 diplomats") is a threat when the sentence makes it hang on a
        // condition ("would expel the ambassador unless Paris apologised"), as "threatened
        // to expel ... if" is: it is read through [mirror threaten].
        // So is one it says it "could", "may" or "might" do ("said it could expel the
        // envoys", "said the government may expel Somali diplomats"): an option held out,
        // not a decision.
        let hedged = cm.end > 0 && matches!(clause.words[cm.end - 1], "could" | "may" | "might");
        if frame.name == "commit"
            && matches!(result, MirrorResult::Keep)
            && (hedged || announced_on_condition(clause, cm.start, ev.trigger.0))
        {
            if let Some(threat) = frames
                .frames()
                .iter()
                .position(|f| f.name == "threaten")
                .and_then(|t| frames.mirror(t, &ev.cameo))
            {
                (result, mirror_line) = threat;
            }
        }
        let what = format!(
            "frame {} `{}` (frames.txt line {}) over CAMEO {}",
            frame.name, cue.text, cue.line, ev.cameo
        );
        // The act's code the note names, for the event a rewrite makes (`FrameOver`).
        let over = ev.cameo.clone();
        // "have not accepted the offer of mediation" refuses it; "has not released details of
        // the offer" (an act noun) and "did not respond to requests" (an answer not given)
        // refuse nothing: those acts stay as coded, negated.
        if frame.name == "withhold"
            && (ev.noun || crate::words::UNANSWERING_VERBS.contains(doc.norm(ev.trigger.0)))
        {
            continue;
        }
        // "The AU has asked the council to ease the ban at least three times since 2021",
        // "has long urged Kyiv to": a cue verb telling a practice or history frames no act
        // of the story's days, and the act it governs was asked for, not done. An act a
        // kept frame tells with it ("Thailand has long accused Cambodia of violating the
        // truce", "has consistently denied arming") is the same practice's: a standing
        // charge or denial, not an act of the story's days either.
        if cue.starts_with_verb && crate::events::cue_tells_a_practice(clause, cm.start) {
            remove[i - first_new] = true;
            continue;
        }
        // "Tinubu ordered the police and the army to deploy more units", "Petro ordered the
        // army to send 1,500 troops to the area": a leader ordering the forces of its own
        // country to move mobilises them (CAMEO 15x): the act is the orderer's, no demand
        // made of another party.
        if frame.name == "demand" && ev.plover == "MOBILIZE" && cue.text.starts_with("^order") {
            let code = |m: Option<usize>| {
                m.and_then(|m| doc.entities[doc.mentions[m].entity].code.as_deref())
            };
            let orderer = frame_actors(clause, &cm, cue.starts_with_verb)
                .first()
                .copied();
            if orderer.is_some() && (ev.actor.is_none() || code(orderer) == code(ev.actor)) {
                out[i].actor = orderer;
                let _ = write!(
                    out[i].rule,
                    "; {what}: an order to one's own forces is their mobilisation, by the orderer"
                );
                out[i].frame_over.first(FrameOver::Kept);
                continue;
            }
        }
        // Who the frame's event is between.
        let pairs: Vec<(Option<usize>, Option<usize>)> = match frame.parties {
            FrameParties::Act => vec![(ev.actor, ev.recipient)],
            // The denier is the subject of the denying verb ("Moscow denied that its
            // forces shelled"), else the act's own actor ("denying carrying out the
            // attack"); whom the denial answers is the accuser search's to find.
            FrameParties::Denier => {
                let deniers = frame_actors(clause, &cm, cue.starts_with_verb);
                if deniers.is_empty() {
                    vec![(ev.actor, None)]
                } else {
                    deniers.into_iter().map(|a| (Some(a), None)).collect()
                }
            }
            FrameParties::Addressee => {
                let actors = frame_actors(clause, &cm, cue.starts_with_verb);
                let mut asked: Vec<usize> = Vec::new();
                // "urged both governments to": the story's two parties.
                if let Some(pair) = cm
                    .addressee
                    .filter(|&(s, e)| crate::events::is_pair_phrase(clause, s, e))
                    .and_then(|(s, _)| crate::events::story_pair_acted_on(clause, s, &actors))
                {
                    asked = pair;
                } else if let Some((s, e)) = cm.addressee {
                    for l in s..e {
                        if let Some(m) = clause.mention(l) {
                            if !asked.contains(&m) {
                                asked.push(m);
                            }
                        }
                    }
                }
                // The act's own actor is the party asked to act when the cue named one
                // (object control: "urged Russia to accept" coded the acceptance with
                // Russia as its actor), or when the cue has no noun phrase ("Y must").
                let recipient: Vec<Option<usize>> = match ev.actor {
                    Some(a) if asked.is_empty() || asked.contains(&a) => vec![Some(a)],
                    _ if !asked.is_empty() => asked.iter().map(|&m| Some(m)).collect(),
                    other => vec![other],
                };
                let mut pairs = Vec::new();
                for &a in &actors {
                    for &r in &recipient {
                        if entity(doc, Some(a)) != entity(doc, r) {
                            pairs.push((Some(a), r));
                        }
                    }
                }
                pairs
            }
        };
        // "denied the findings of U.N. experts that its troops ...": a bare denying cue
        // that runs across a claim, report or finding ([denial] nouns) rejects the claim,
        // 120 against its author (golden README convention 5), as [frame deny_claims] does;
        // so does one over an accusation ("denied Washington's accusations of espionage")
        // or a request, which is refused ("the court denied Cuba's requests to lift").
        let rejects_claim = frame.parties == FrameParties::Denier
            && matches!(result, MirrorResult::Keep)
            && (matches!(ev.plover.as_str(), "ACCUSE" | "REQUEST")
                || (cm.start..cm.end).any(|l| frames.is_accusation_noun(clause.words[l])));
        match result {
            MirrorResult::Negate => {
                out[i].negated = true;
                let _ = write!(out[i].rule, "; {what}: not done (negated)");
                out[i].frame_over.first(FrameOver::Kept);
                continue;
            }
            MirrorResult::Drop => {
                remove[i - first_new] = true;
                continue;
            }
            MirrorResult::Keep if frame.parties == FrameParties::Act => {
                let _ = write!(out[i].rule, "; {what}: kept as coded");
                out[i].frame_over.first(FrameOver::Kept);
                continue;
            }
            // Denying one's own act ("Tajikistan denied targeting civilians") is the act
            // told as denied (golden README conventions 5 and 13), with no denial beside
            // it: a denial coded on the denying verb itself restates it and goes.
            // (A denial coded on the denying verb itself is no denied act: it keeps its
            // code through the mirror below.)
            MirrorResult::Keep
                if frame.parties == FrameParties::Denier
                    && !rejects_claim
                    && !(clause.first + cm.start..clause.first + cm.end)
                        .contains(&ev.trigger.0) =>
            {
                out[i].governed_modality = Some(Modality::Denied);
                out[i].rule.push_str(&format!("; {what}: kept, denied"));
                out[i].frame_over.first(FrameOver::Kept);
                let cue_words = clause.first + cm.start..clause.first + cm.end;
                for j in first_new..end {
                    if j != i && out[j].plover == "REJECT" && cue_words.contains(&out[j].trigger.0)
                    {
                        remove[j - first_new] = true;
                    }
                }
                continue;
            }
            _ => {}
        }
        if pairs.is_empty() {
            // A demand nobody makes ("Russia must withdraw" in an analyst's voice) is no
            // event, and the act it names has not happened.
            if !frame.keep_act {
                remove[i - first_new] = true;
            }
            continue;
        }
        let (code, plover) = match result {
            MirrorResult::Code(c) => match plover_of(ontology, c) {
                Some(p) => (c.clone(), p),
                None => continue,
            },
            _ if rejects_claim => match plover_of(ontology, "120") {
                Some(p) => ("120".to_string(), p),
                None => continue,
            },
            _ => (ev.cameo.clone(), ev.plover.clone()),
        };
        // "Britain would send more troops to Estonia", "Kenya to send police officers to
        // Haiti": forces promised *to* a party, the whole object of the `to` phrase, go
        // where that party lets them in, to protect it; they are not aimed at it. The
        // intent is to provide military protection (CAMEO 0334), not a threat of force
        // against the host; forces moved "along the border with" or "near" a party are
        // still its threat (the mirror's 138).
        // Forces offered ("had offered to send the navy ships", "offered to deploy
        // troops") are help held out to the party offered them, never a threat to it
        // (golden README convention 9: offers are AGREE 03x).
        let offered = (cm.start..cm.end)
            .any(|l| matches!(clause.words[l], "offer" | "offers" | "offered" | "offering"));
        let (code, plover) = if frame.name == "commit"
            && ev.plover == "MOBILIZE"
            && code.starts_with("13")
            && (offered || ev.recipient.is_some_and(|r| forces_sent_to(clause, &ev, r)))
        {
            match plover_of(ontology, "0334") {
                Some(p) => ("0334".to_string(), p),
                None => (code, plover),
            }
        } else {
            (code, plover)
        };
        // A modal demand to refrain ("Thailand should not send the Uyghurs back to China",
        // "Israel must never annex the West Bank", the speaker said) asks the party not to
        // do the act: no mirror code says that, so it is the frame's generic demand.
        let act_at = ev.trigger.0 - clause.first;
        let (code, plover) = match frame.generic.as_deref() {
            Some(generic)
                if frame.parties == FrameParties::Addressee
                    && !cue.starts_with_verb
                    && act_at >= cm.end
                    && clause.words[cm.end..act_at]
                        .iter()
                        .any(|w| matches!(*w, "not" | "n't" | "never")) =>
            {
                match plover_of(ontology, generic) {
                    Some(p) => (generic.to_string(), p),
                    None => (code, plover),
                }
            }
            _ => (code, plover),
        };
        // The frame's verb is the trigger ("refused", "urged"), except a modal or a
        // reporting verb ("will visit", "said it would").
        // A denying verb is a reporting verb too ("denied that ...") but is the denial's
        // own trigger.
        let cue_verb = cue.starts_with_verb
            && (frame.parties == FrameParties::Denier
                || cues.reporting_verb(clause.words[cm.start]).is_none());
        let (trigger, verb_group) = if cue_verb {
            (
                (clause.first + cm.start, clause.first + cm.start + 1),
                clause.verb_group_start(cm.start),
            )
        } else {
            (ev.trigger, ev.verb_group)
        };
        // A negation on the frame's own verb ("did not offer to") negates the frame; a
        // refusal or a demand is itself not negated by its "not" ("will not release").
        let negated =
            match frame.name.as_str() {
                "refuse" | "demand" | "appeal" => (verb_group..cm.start)
                    .any(|k| matches!(clause.words[k], "not" | "n't" | "never")),
                _ if cue_verb => (verb_group..cm.start)
                    .any(|k| matches!(clause.words[k], "not" | "n't" | "never")),
                // A negation inside the cue is the cue's own ("would not rule out | a
                // ground operation", "would not hesitate to"): it negates no act.
                _ => {
                    ev.negated
                        && !(cm.start..cm.end.min(clause.len()))
                            .any(|k| matches!(clause.words[k], "not" | "n't" | "never"))
                }
            };
        // The frame's own verb may stand in a negating frame ("failed to press X to").
        let negated = negated
            || (cue_verb && {
                let probe = CodedEvent {
                    trigger,
                    verb_group,
                    ..ev.clone()
                };
                find_frame(clause, frames, &probe)
                    .is_some_and(|f| frames.frame(frames.cue(f.cue).frame).name == "negate")
            });
        let mut made: Vec<CodedEvent> = Vec::new();
        for (a, r) in pairs {
            let mut m = CodedEvent {
                cameo: code.clone(),
                plover: plover.clone(),
                trigger,
                verb_group,
                actor: a,
                recipient: r,
                negated,
                noun: false,
                object_np: None,
                event_object: false,
                object_keyword: None,
                ..ev.clone()
            };
            m.frame_over.first(FrameOver::Rewrote(over.clone()));
            // "the government" of no code named for the speaker's own side: the speaker.
            if cm.own_side.is_some()
                && a.is_some_and(|x| doc.entities[doc.mentions[x].entity].code.is_none())
            {
                if let Some(s) = own_side_speaker(clause, frames, &ev, &cm) {
                    m.actor = Some(s);
                }
            }
            let _ = write!(
                m.rule,
                "; {what}: CAMEO {code} (mirror line {mirror_line}){}",
                match frame.parties {
                    FrameParties::Addressee => {
                        "; actor: who asks; recipient: the party asked to act"
                    }
                    FrameParties::Denier => "; actor: who denies the act",
                    FrameParties::Act => "",
                }
            );
            // A noun framed through the verb telling that it happens ("talks ... are
            // expected to begin, diplomats said": `occurrence_frame`) is intended whoever
            // reports it: the cue stands after the noun, out of provenance's reach.
            if ev.noun && cm.start > act_at && code.starts_with("03") {
                m.governed_modality = Some(Modality::Intended);
            }
            made.push(m);
        }
        if !frame.keep_act {
            remove[i - first_new] = true;
        } else if frame.parties == FrameParties::Denier {
            // The denied act stays, framed as denied: never read as done.
            out[i].governed_modality = Some(Modality::Denied);
            let _ = write!(out[i].rule, "; {what}: kept, denied");
            out[i].frame_over.first(FrameOver::Kept);
        }
        // The cue's own verb may already be an event ("pledged", "urged Russia",
        // "threatened"): the governed act says what was pledged or asked, so that event
        // takes the mirrored code instead of a second event.
        for m in made {
            let twin = (first_new..end).find(|&j| {
                j != i
                    && !remove[j - first_new]
                    && out[j].trigger.0 >= clause.first + cm.start
                    && out[j].trigger.0 < clause.first + cm.end
                    && out[j].plover == m.plover
                    && entity(doc, out[j].actor) == entity(doc, m.actor)
                    && (out[j].recipient.is_none()
                        || entity(doc, out[j].recipient) == entity(doc, m.recipient))
            });
            match twin {
                Some(j) => {
                    let o = &mut out[j];
                    if o.recipient.is_none() {
                        o.recipient = m.recipient;
                    }
                    if o.cameo != m.cameo
                        && (o.cameo.ends_with('0') || m.cameo.len() > o.cameo.len())
                    {
                        let _ = write!(
                            o.rule,
                            "; CAMEO {} -> {} by the governed act ({what})",
                            o.cameo, m.cameo
                        );
                        o.frame_over.first(FrameOver::Kept);
                        o.cameo = m.cameo.clone();
                    } else {
                        let _ = write!(o.rule, "; governs the act ({what})");
                        o.frame_over.first(FrameOver::Kept);
                    }
                }
                None => added.push(m),
            }
        }
    }
    crate::events::retain_tail(out, first_new, |i, ev| {
        let keep = i >= end || !remove[i - first_new];
        if !keep {
            crate::events::record_drop(
                dropped,
                ev,
                DropStage::Frame,
                "the frame's mirrored act replaces it",
            );
        }
        keep
    });
    out.extend(added);
}

/// Appeals and demands whose act matches no pattern: "urged Pakistan to address the
/// concerns", "asked Iran to clarify", "Germany said Russia must respond" are still an
/// appeal (020) or a demand (100) to the party asked to act (the frame's `generic=CODE`).
/// Only a cue that names a party asked to act, or a modal whose subject is a party after a
/// reporting verb, makes one: "called for calm", "urged restraint" name nobody, and "we
/// must" said by the speaker of itself is no demand (the asked party is the speaker).
fn generic(
    clause: &Clause,
    sentence: usize,
    ontology: &Ontology,
    frames: &Frames,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
) {
    let doc = clause.doc;
    let cues = &clause.knowledge.cues;
    let np_ok = |l: usize| np_token(clause, l);
    let skip_ok = |l: usize| skippable(clause, l);
    let mut found: Vec<CueMatch> = Vec::new();
    let mut made: Vec<CodedEvent> = Vec::new();
    let mut s = 0;
    while s < clause.len() {
        if !frames.starts_generic_cue_keyed(clause.words[s], clause.keys[s]) {
            s += 1;
            continue;
        }
        found.clear();
        frames.cues_at(&clause.words, s, &np_ok, &skip_ok, &mut found);
        found.retain(|m| {
            let cue = frames.cue(m.cue);
            cue.generic && frames.frame(cue.frame).generic.is_some()
        });
        // The longest cue at this word ("called on Russia to" over "called on").
        let Some(cm) = found.iter().copied().max_by_key(|m| m.end) else {
            s += 1;
            continue;
        };
        s = cm.end.max(s + 1);
        let cue = frames.cue(cm.cue);
        let frame = frames.frame(cue.frame);
        let Some(code) = frame.generic.as_deref() else {
            continue;
        };
        // The asked act: a verb right after the cue (auxiliaries and adverbs between).
        let mut act = cm.end;
        while act < clause.len()
            && act < cm.end + 3
            && (aux_word(clause.words[act]) || clause.tags[act].is_adverb())
        {
            act += 1;
        }
        // A base form ("urged Pakistan to address", "demanded that Tokyo retract"), not
        // a passive ("must be invited": who is asked is unsaid) nor a finite verb ("insisted
        // that the coast remains": a claim, not a demand).
        // Nor knowing ("should know that they will not win"): a warning, not an act.
        // A frame that keeps its act tells of one done, in any tense: "alleged that U.S.
        // agencies had recruited an engineer" accuses them whatever the verb (112), but
        // never the passive's subject, who underwent it ("alleged that he was beaten").
        let told_done = frame.keep_act;
        let passive = (cm.end..act).any(|l| {
            matches!(
                clause.words[l],
                "be" | "been" | "being" | "is" | "are" | "was" | "were"
            )
        }) && act < clause.len()
            && clause.tags[act] == Tag::VBN;
        if act >= clause.len()
            || !(if told_done {
                clause.is_verb(act)
            } else {
                matches!(clause.tags[act], Tag::VB | Tag::VBP)
            })
            || (if told_done {
                passive
            } else {
                (cm.end..act).any(|l| matches!(clause.words[l], "be" | "been" | "being"))
            })
            || crate::words::KNOWN_NOT_DONE.contains(clause.words[act])
        {
            continue;
        }
        // An act some pattern coded is the frame's business in `govern` (its event noun
        // may follow the verb: "must hold talks"), and an event at the cue's own verb
        // ("urged Pakistan": 020 by events.txt) already says it.
        // An appeal or demand the asked party is to make in turn ("asked the United States
        // to pressure Israel to reopen the crossing", "asked the court to order Israel to
        // halt") is that party's act, not this cue's: the cue still asks it (020 or 100).
        if out[first_new..].iter().any(|e| {
            let t = e.trigger.0.wrapping_sub(clause.first);
            let asks_in_turn = t == act && e.plover == "REQUEST";
            t >= cm.start && t <= act + 6 && !asks_in_turn
        }) {
            continue;
        }
        // The party asked to act: the cue's noun phrase, or the modal's subject.
        let mut asked: Vec<usize> = Vec::new();
        if let Some((a, e)) = cm.addressee {
            if crate::events::is_pair_phrase(clause, a, e) {
                asked = crate::events::story_pair(clause, a).unwrap_or_default();
            } else {
                for l in a..e {
                    if let Some(m) = clause.mention(l) {
                        if !asked.contains(&m) {
                            asked.push(m);
                        }
                    }
                }
            }
        } else if !cue.starts_with_verb && may_report_a_modal(clause, cm.start) {
            if let Subject::Actors(slot) = clause.subject(clause.verb_group_start(cm.start), 0) {
                if reported_modal_subject(clause, slot.np.0, cm.start) {
                    asked = slot.mentions;
                }
            }
        }
        // "Russian television has long accused Turkey of trying to ...": a habitual cue
        // verb tells a practice, as it does over an act a pattern codes; so does a perfect
        // over a span ("Since then, each side has accused the other of violating ...").
        if cue.starts_with_verb && crate::events::cue_tells_a_practice(clause, cm.start) {
            continue;
        }
        // An accusation needs an accused with a code: "alleged the journalist had posted"
        // names no party.
        if told_done {
            asked.retain(|&m| doc.entities[doc.mentions[m].entity].code.is_some());
        }
        if asked.is_empty() {
            continue;
        }
        let mut actors = frame_actors(clause, &cm, cue.starts_with_verb);
        // "Analysts said India needs to step up its engagement" is commentary, not a
        // demand: a modal is a demand only in the voice of a party with a country or
        // organisation code.
        if cm.addressee.is_none() {
            actors.retain(|&a| doc.entities[doc.mentions[a].entity].code.is_some());
        }
        let Some(plover) = plover_of(ontology, code) else {
            continue;
        };
        // A denying verb is a reporting verb too ("denied that ...") but is the denial's
        // own trigger.
        let cue_verb = cue.starts_with_verb
            && (frame.parties == FrameParties::Denier
                || cues.reporting_verb(clause.words[cm.start]).is_none());
        let (trigger, verb_group) = if cue_verb {
            (cm.start, clause.verb_group_start(cm.start))
        } else {
            (act, cm.start)
        };
        let negated =
            (verb_group..cm.start).any(|k| matches!(clause.words[k], "not" | "n't" | "never"));
        let roles = if told_done {
            "actor: who tells it; recipient: the party said to do it"
        } else {
            "actor: who asks; recipient: the party asked to act"
        };
        let rule = format!(
            "frame {} `{}` (frames.txt line {}) over `{}`, an act no pattern codes: generic CAMEO {code}; {roles}",
            frame.name, cue.text, cue.line, clause.words[act]
        );
        for &a in &actors {
            for &r in &asked {
                if entity(doc, Some(a)) == entity(doc, Some(r)) {
                    continue;
                }
                made.push(CodedEvent {
                    actor: Some(a),
                    recipient: Some(r),
                    negated,
                    verb_group,
                    ..CodedEvent::at_word(
                        clause.first + trigger,
                        sentence,
                        code.to_string(),
                        plover.clone(),
                        rule.clone(),
                    )
                });
            }
        }
    }
    out.extend(made);
}

/// The colon closing a headline's label ("Iran: ...", "UN rights chief: ..."), which the
/// tree leaves outside the clause (`syntax::headline_label_words`): a local index.
fn headline_label_colon(clause: &Clause) -> Option<usize> {
    let words = &clause.words;
    let colon = (1..words.len().min(7)).find(|&c| words[c] == ":")?;
    let tree = clause.tree()?;
    (tree.rel(colon) == Rel::Meta).then_some(colon)
}

/// The coded parties a headline's label names before its colon: the label's speakers.
fn label_speakers(clause: &Clause, colon: usize) -> Vec<usize> {
    let doc = clause.doc;
    let mut out: Vec<usize> = (0..colon)
        .filter_map(|l| doc.mention_index(clause.first + l))
        .filter(|&m| {
            let mention = &doc.mentions[m];
            !mention.kind.is_indirect() && doc.entities[mention.entity].code.is_some()
        })
        .collect();
    out.dedup();
    out
}

/// Can [`reported_modal_subject`] hold for the modal at `modal`, whatever its subject:
/// the modal is not negated, and the clause has a reporting verb or a headline label's
/// colon (each of its answers needs one). A word test, so that the subject, which asks
/// for the tree, is looked for only where it can make a demand.
fn may_report_a_modal(clause: &Clause, modal: usize) -> bool {
    let words = &clause.words;
    let cues = &clause.knowledge.cues;
    !(modal > 0 && matches!(words[modal - 1], "not" | "n't" | "never"))
        && ((0..words.len()).any(|r| cues.reporting_verb(words[r]).is_some() && clause.is_verb(r))
            || (1..words.len().min(7)).any(|c| words[c] == ":")
            || words.windows(2).any(|p| p == ["according", "to"]))
}

/// Is the subject of a modal cue starting at `np_start` (the modal at `modal`) the content
/// of a report: after a reporting verb with no other verb or clause opener between ("said
/// Russia must", "said that, despite the crisis, Brazil must", "told reporters on Monday the
/// U.N. must"), or opening the sentence with the speaker after a comma (", the ministry
/// said", "NATO, he said, must")? A modal in an embedded clause ("no jurisdiction to
/// determine where the man should reside") or a negated one ("did not need to": no
/// obligation) is no demand.
fn reported_modal_subject(clause: &Clause, np_start: usize, modal: usize) -> bool {
    let words = &clause.words;
    if (modal > 0 && matches!(words[modal - 1], "not" | "n't" | "never"))
        || (np_start..modal).any(|l| matches!(words[l], "not" | "n't" | "never"))
    {
        return false;
    }
    let cues = &clause.knowledge.cues;
    let reporting = |r: usize| cues.reporting_verb(words[r]).is_some() && clause.is_verb(r);
    let according = |r: usize| words[r] == "according" && words.get(r + 1) == Some(&"to");
    // "According to Lebanon's prime minister, Israel must ...": the sentence opens with
    // the source, a comma, then the subject, no verb between.
    if np_start > 2 && words[np_start - 1] == "," {
        if let Some(k) = (0..np_start).find(|&k| according(k)) {
            if !(k + 2..np_start).any(|l| clause.is_verb(l)) {
                return true;
            }
        }
    }
    // The nearest verb before the subject must be the reporting verb.
    for r in (0..np_start).rev() {
        if clause.is_verb(r) {
            return reporting(r);
        }
        if matches!(
            words[r],
            ";" | "(" | "to" | "who" | "which" | "where" | "when" | "whether" | "if" | "because"
        ) {
            break;
        }
    }
    // "UN rights chief: Myanmar junta must ...": the clause after a headline's label is
    // what the label says.
    if np_start > 0
        && headline_label_colon(clause) == Some(np_start - 1)
        && !label_speakers(clause, np_start - 1).is_empty()
    {
        return true;
    }
    let opens = np_start == 0 || matches!(words[np_start - 1], "\"" | ":");
    opens
        && (np_start + 1..words.len())
            .any(|r| (reporting(r) || according(r)) && words[np_start..r].contains(&","))
}

/// Reacting verbs coded by their manner: "North Korea responded fiercely to comments made
/// by Macron" is criticism of Macron (111).
fn reactions(
    clause: &Clause,
    sentence: usize,
    ontology: &Ontology,
    frames: &Frames,
    out: &mut Vec<CodedEvent>,
) {
    for i in 0..clause.len() {
        if !frames.is_reaction_verb_keyed(clause.words[i], clause.keys[i]) || !clause.is_verb(i) {
            continue;
        }
        let Some(rm) = frames.reaction_at(&clause.words, i) else {
            continue;
        };
        let r = frames.reaction(rm.reaction);
        let Some(plover) = plover_of(ontology, &r.cameo) else {
            continue;
        };
        let vg = clause.verb_group_start(i);
        let actor = match clause.subject(vg, 0) {
            Subject::Actors(s) => s,
            _ => continue,
        };
        let region_end = clause.region_end(rm.end.max(rm.adverb));
        let from = rm.end.max(rm.adverb + 1);
        let mut recipient: Option<(Slot, &str)> = None;
        for prep in &r.slots {
            if let Some(s) = crate::recipients::prep_target(clause, prep, from, region_end) {
                recipient = Some((s, prep.as_str()));
                break;
            }
        }
        let Some((recipient, prep)) = recipient else {
            continue;
        };
        let code = ontology
            .cameo(&r.cameo)
            .map(|c| c.description.clone())
            .unwrap_or_default();
        let rule = format!(
            "reaction `{}` (frames.txt line {}, CAMEO {} {}); actor: {}; recipient: {} after `{prep}`",
            r.text, r.line, r.cameo, code, actor.how, recipient.how
        );
        let negated = (vg..i).any(|k| matches!(clause.words[k], "not" | "n't" | "never"));
        for &a in &actor.mentions {
            for &m in &recipient.mentions {
                if entity(clause.doc, Some(a)) == entity(clause.doc, Some(m)) {
                    continue;
                }
                out.push(CodedEvent {
                    actor: Some(a),
                    recipient: Some(m),
                    negated,
                    verb_group: vg,
                    ..CodedEvent::at_word(
                        clause.first + i,
                        sentence,
                        r.cameo.clone(),
                        plover.clone(),
                        rule.clone(),
                    )
                });
            }
        }
    }
}

/// Reported wrongdoing: "The United States said Iran is flagrantly defying the Security
/// Council", "said Kabul was failing to rein in Baloch separatists" accuse the predicate's
/// subject (frames.txt `[wrongdoing CODE]`, golden conventions 2-4). The sayer is the
/// subject of the reporting verb whose complement holds the predicate, of a trailing ",
/// X said", or the speaker of the quotation around it. A wrong the lexicon also codes as an
/// act ("defying the Security Council", 128) stays an event, alleged by the sayer.
///
/// A consequence promised in the future or the conditional (`[menace CODE]`: "Iran said
/// Israel would pay a heavy price for the strike") is the sayer's threat against the
/// predicate's subject, by the same reading; what the subject is to pay for ("the strike")
/// is its own act told again, no new one.
fn wrongdoing(
    clause: &Clause,
    sentence: usize,
    ontology: &Ontology,
    frames: &Frames,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
    dropped: &mut Option<&mut Vec<Dropped>>,
) {
    let doc = clause.doc;
    let words = &clause.words;
    let np_ok = |l: usize| {
        np_token(clause, l) || matches!(words[l], "very" | "most") || count_qualifier(clause, l)
    };
    // A quotation mark may open inside the predicate: "the EU is “one of the most hostile";
    // an intensifier before the bad name: "was a very dangerous escalation".
    let skip_ok = |l: usize| {
        skippable(clause, l) || matches!(words[l], "\"" | "very" | "so" | "too" | "most")
    };
    let mut found: Vec<CueMatch> = Vec::new();
    let mut made: Vec<CodedEvent> = Vec::new();
    // Per menace: the predicate's span to the end of what is paid for, and the threatened.
    let mut paid_for: Vec<((usize, usize), Vec<usize>)> = Vec::new();
    // Per predicate told with a `!must` cue's "must": its verb group to its end, whose
    // words the demand frame also read ("must | bear": a demand, 10x, of no act).
    let mut must_told: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    while s < clause.len() {
        if !frames.starts_wrongdoing_keyed(words[s], clause.keys[s]) {
            s += 1;
            continue;
        }
        found.clear();
        frames.wrongdoing_at(words, s, &np_ok, &skip_ok, &mut found);
        // No predicate here (the usual case): the tense tests below have nothing to sort.
        if found.is_empty() {
            s += 1;
            continue;
        }
        // A consequence promised ("would bear full responsibility for any escalation") is
        // read as a menace, never as the wrong its words also tell when done ("bore full
        // responsibility for the escalation", an accusation): each reading stands only in
        // its own tense, so the other is set aside before the longest is chosen.
        let before = &words[clause.verb_group_start(s)..s];
        // "told Manila to remove the ship or face the consequences": the alternative an
        // ultimatum sets after "or" is promised as a future is (session 32).
        let promised_here = clause.is_verb(s)
            && ((before.is_empty() && s > 0 && words[s - 1] == "or") || {
                let (promised, hedged) = promise(before);
                promised && !hedged
            });
        // "could face sanctions": promised for the cues whose section says so
        // (`[menace CODE could]`), where "could" is the only hedge.
        let could_here = clause.is_verb(s) && could_promise(before);
        // "said Manila must bear the consequences": promised, for the cues written with
        // `!must` (a menace; a charge: "must bear full responsibility for the downing").
        let must_here = clause.is_verb(s) && must_tells(before);
        found.retain(|m| {
            let cue = frames.wrongdoing_cue(m.cue);
            let promised = promised_here || (cue.could && could_here);
            if cue.must && must_here {
                // A charge laid with "must" is no promise; a menace told with it is one.
                return cue.menace || !promised;
            }
            cue.menace == promised
        });
        // The longest predicate; of equal ones the narrower code ("commit * abuses" 1122
        // over a general one).
        let Some(cm) = found.iter().copied().max_by(|a, b| {
            a.end.cmp(&b.end).then(
                frames
                    .wrongdoing_cue(a.cue)
                    .cameo
                    .len()
                    .cmp(&frames.wrongdoing_cue(b.cue).cameo.len()),
            )
        }) else {
            s += 1;
            continue;
        };
        s = cm.end.max(s + 1);
        // A predicate is a verb group: "defying", "is | the aggressor", "not | lived up to"
        // (the noun "abuses" or "the lie" is no predicate), or an adverb of wrongdoing
        // before its verb ("had | illegally blocked", "illegally | seized").
        let adverb_before_verb = clause.tags[cm.start].is_adverb()
            && cm.end == cm.start + 1
            && cm.end < clause.len()
            && clause.is_verb(cm.end);
        // ... or right after it ("said the trawler had been fishing | illegally in Chinese
        // waters", "said the militia had fired | indiscriminately on the crowd").
        let adverb_after_verb = !adverb_before_verb
            && clause.tags[cm.start].is_adverb()
            && cm.end == cm.start + 1
            && cm.start > 0
            && clause.is_verb(cm.start - 1);
        // A phrase of the rule broken after its act ("had fired on a boat | in breach of
        // the order"): the act is the nearest verb before it in the clause.
        let rule_phrase_verb = (words[cm.start] == "in" && clause.tags[cm.start] == Tag::IN)
            .then(|| verb_before_rule_phrase(clause, cm.start))
            .flatten();
        if words[cm.start] == "in" && rule_phrase_verb.is_none() {
            continue;
        }
        // A headline's predicate with its copula dropped, right after the accused ("Germany:
        // Russian hackers | behind attack on ruling party"): the parties just before it.
        let copula_dropped = words[cm.start] == "behind";
        let dropped_accused = if copula_dropped {
            match dropped_copula_accused(clause, sentence, cm.start) {
                Some(found) => Some(found),
                None => continue,
            }
        } else {
            None
        };
        // A progressive the tagger read as an adjective ("said Egypt was arming | rebels":
        // arming/JJ) after its auxiliary.
        let progressive_read_as_adjective = clause.tags[cm.start] == Tag::JJ
            && words[cm.start].ends_with("ing")
            && cm.start > 0
            && matches!(
                words[cm.start - 1],
                "is" | "are" | "was" | "were" | "been" | "be"
            );
        if !(clause.is_verb(cm.start)
            || progressive_read_as_adjective
            || matches!(words[cm.start], "not" | "n't")
            || adverb_before_verb
            || adverb_after_verb
            || rule_phrase_verb.is_some()
            || copula_dropped)
        {
            continue;
        }
        // A copula and a bare adjective before a common noun ("said the gangs were criminal
        // | organisations") describe what the subject is, an attribute of the noun, not the
        // bad name it calls an act ("said the strike was criminal"); a verb's adjective
        // ("had opened unprovoked | fire") and a longer predicate ("is one of the most
        // hostile | governments") stay.
        if cm.end == cm.start + 2
            && matches!(
                words[cm.start],
                "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "'re"
            )
            && clause.tags[cm.end - 1] == Tag::JJ
            && clause
                .tags
                .get(cm.end)
                .is_some_and(|t| matches!(t, Tag::NN | Tag::NNS))
        {
            continue;
        }
        let verb_at = match rule_phrase_verb {
            Some(v) => v,
            None if adverb_before_verb => cm.end,
            None if adverb_after_verb => cm.start - 1,
            None => cm.start,
        };
        let vg = clause.verb_group_start(verb_at);
        // Harm to people in no fight (`[wrongdoing CODE harm]`) is a wrong only as a
        // party's act: a bare participle ("struck a house, killing 12 civilians") tells
        // the toll of the act before it, and an act noun ("the strike killed"), a headline
        // or "the attackers" (the story's attack told again) name no party's deed anew.
        let harm = frames.wrongdoing_cue(cm.cue).harm;
        if harm
            && (copula_dropped
                || rule_phrase_verb.is_some()
                || (clause.tags[verb_at] == Tag::VBG && vg == verb_at)
                || !matches!(clause.subject(vg, 0), Subject::Actors(ref slot)
                    if !(words[slot.np.0] == "the"
                        && (slot.np.0..slot.np.1)
                            .any(|l| crate::words::ACT_NAMED_DOERS.contains(words[l])))))
        {
            continue;
        }
        // (The tests of the words come before the passive's, which asks for the tree: a
        // predicate they set aside leaves the sentence unparsed.)
        // A gerund after a preposition is what an accusation, suspicion or ruling is about
        // ("accused X of violating", "held on suspicion of violating"): the pattern of the
        // governing word codes it, not a report of a wrong.
        if clause.tags[verb_at] == Tag::VBG && vg > 0 && clause.tags[vg - 1] == Tag::IN {
            continue;
        }
        // A menace was kept above only where its verb group promises it ("would pay",
        // "will face", "is going to regret"), never negated or hedged ("would not face
        // charges", "could face", "may regret").
        let menace = frames.wrongdoing_cue(cm.cue).menace;
        // A cue written `!must` told with "must": the predicate, not a demand (below).
        let told_with_must = frames.wrongdoing_cue(cm.cue).must && must_tells(&words[vg..cm.start]);
        // Negated or conditional: "has not violated", "would violate", "could be behind".
        if !menace
            && (vg..cm.start).any(|l| {
                matches!(
                    words[l],
                    "not"
                        | "n't"
                        | "never"
                        | "cannot"
                        | "would"
                        | "could"
                        | "might"
                        | "will"
                        | "'ll"
                        | "'d"
                        | "should"
                ) || (words[l] == "must" && !told_with_must)
            })
        {
            continue;
        }
        if told_with_must {
            must_told.push((vg, cm.end));
        }
        // "Russian strikes have killed more than 12,000 civilians since the invasion began,
        // according to the United Nations": harm counted over a span is a running total
        // (golden README 10), no wrong of the story's days for its source to charge.
        if harm
            && clause.is_verb(verb_at)
            && (crate::events::running_total(clause, verb_at)
                || crate::events::is_lasting(clause, verb_at))
        {
            continue;
        }
        // A passive names the victim as subject: "means to be persecuted", "threatened
        // with execution and tortured by their jailers". A cue that ends with its `by`
        // is passive itself, its author after it ("had been | rigged by"). A menace may be
        // passive: its subject is the threatened ("would be held responsible").
        if !menace
            && words[cm.end - 1] != "by"
            && clause.is_verb(verb_at)
            && (clause.is_passive(verb_at)
                || (clause.tags[verb_at] == Tag::VBN
                    && (verb_at + 1..(verb_at + 3).min(words.len())).any(|k| {
                        // "acted unlawfully by detaining": a means, no agent
                        words[k] == "by" && clause.tags.get(k + 1) != Some(&Tag::VBG)
                    })))
        {
            continue;
        }
        // The accused: the author named after a passive cue's "by" ("was orchestrated by
        // militants with bases in Afghanistan"), to the clause's end.
        let by_agent = words[cm.end - 1] == "by";
        // Where the accused were found, of the sources a later stage asks about.
        let mut accused_source = RecipientSource::Other;
        let (np, accused, accused_how) = if let Some((start, ms)) = dropped_accused {
            (
                (start, cm.start),
                ms,
                "the party before a headline's predicate",
            )
        } else if by_agent {
            let mut ms: Vec<usize> = Vec::new();
            let mut l = cm.end;
            while l < clause.len() && !matches!(words[l], "," | ";" | "\"" | "that" | "which") {
                if let Some(m) = clause.mention(l) {
                    if !ms.contains(&m) {
                        ms.push(m);
                    }
                }
                l += 1;
            }
            if ms.is_empty() {
                continue;
            }
            // The clause's subject still says where it starts, for the sayer.
            let start = match clause.subject(vg, 0) {
                Subject::Actors(slot) => slot.np,
                Subject::NonActor(span) => span,
                Subject::Missing => (vg, vg),
            };
            (start, ms, "the party named after `by`")
        } else if let Some((doers, how, source, start)) = act_noun_with_infinitive(clause, vg)
            .and_then(|start| {
                act_doers(clause, &out[first_new..], start, vg)
                    .map(|(doers, how, source)| (doers, how, source, start))
            })
        {
            // "said Washington's decision to expel its ambassador was regrettable": the
            // subject is the act noun, not the object of its infinitive.
            accused_source = source;
            ((start, vg), doers, how)
        } else {
            match clause.subject(vg, 0) {
                Subject::Actors(slot) => (slot.np, slot.mentions, slot.how),
                Subject::NonActor((a, e)) if crate::events::is_pair_phrase(clause, a, e) => {
                    match crate::events::story_pair(clause, a) {
                        Some(pair) => ((a, e), pair, "the pair the story is about"),
                        None => match sides_of_one_country(clause, a) {
                            Some(m) => (
                                (a, e),
                                vec![m],
                                "the two sides of one country the sentence names before its sayer",
                            ),
                            None => continue,
                        },
                    }
                }
                // "said it was unacceptable that Serbia had closed the crossings": an
                // extraposed `it` stands for the `that` clause after the predicate, whose
                // subject is accused.
                Subject::NonActor((a, e))
                    if e == a + 1
                        && words[a] == "it"
                        && extraposed_that(words, cm.end).is_some() =>
                {
                    let k = extraposed_that(words, cm.end).unwrap_or(cm.end);
                    match clause.np_slot(k + 1, clause.len(), "the subject of the `that` clause") {
                        Some(slot) => ((a, e), slot.mentions, slot.how),
                        None => continue,
                    }
                }
                // "said Russia's use of chemical agents was a flagrant violation", "said
                // the Israeli strikes were a violation of the ceasefire": the wrong is the
                // act the subject names, and its doer is accused.
                Subject::NonActor((a, _)) => match act_doers(clause, &out[first_new..], a, vg) {
                    Some((doers, how, source)) => {
                        accused_source = source;
                        ((a, vg), doers, how)
                    }
                    None => continue,
                },
                Subject::Missing => continue,
            }
        };
        // "said its troops violated the truce", "admitted that his government was
        // responsible": what a party says of its own side accuses nobody.
        if matches!(
            words[np.0],
            "its" | "their" | "our" | "his" | "her" | "my" | "we" | "i"
        ) {
            continue;
        }
        if np.0 > cm.start
            || words[np.0.saturating_sub(2)..np.0]
                .iter()
                .any(|w| matches!(*w, "if" | "unless" | "whether"))
        {
            continue;
        }
        let Some((sayers, how)) = sayers(clause, cm.start, np.0) else {
            continue;
        };
        // Harm told by witnesses or residents (civilians, no party) accuses nobody, nor
        // harm told by "rights groups" none of which is named (the golden wire stories
        // code their account as the act alone): the act is coded, attributed to them.
        if harm
            && sayers.iter().all(|&a| {
                doc.mention_sector(a) == Some("CVL")
                    || (doc.mentions[a].kind == crate::doc::MentionKind::Nominal
                        && doc.entities[doc.mentions[a].entity].code.as_deref() == Some("NGO"))
            })
        {
            continue;
        }
        let cue = frames.wrongdoing_cue(cm.cue);
        // "said Washington's accusations were groundless", "said U.S. allegations that it
        // supplied drones were baseless": an accusation judged false is rejected by the
        // sayer, against its author (golden README convention 13: REJECT 120), not a new
        // accusation (words.txt `[falsity-judgements]`).
        let rejected = accusation_subject(clause, frames, np.0, cm.start)
            && (cm.start..cm.end).any(|l| crate::words::FALSITY_JUDGEMENTS.contains(words[l]));
        // "said the Kosovo government's plan was unacceptable": a plan or proposal put to
        // the sayer and called unacceptable is rejected (REJECT 127, golden README
        // convention 13), against its author; another's conduct called so stays criticism
        // (words.txt `[plan-documents]`).
        let plan_rejected = !rejected
            && (cm.start..cm.end).any(|l| words[l] == "unacceptable")
            && plan_subject(clause, np.0, cm.start);
        let cameo = if rejected {
            "120"
        } else if plan_rejected {
            "127"
        } else {
            cue.cameo.as_str()
        };
        let predicate_kind = if cue.menace { "menace" } else { "wrongdoing" };
        let Some(plover) = plover_of(ontology, cameo) else {
            continue;
        };
        let rule = if plan_rejected {
            format!(
                "a plan judged unacceptable `{}` (frames.txt line {}, CAMEO 127) reported: actor: {how}; recipient: the plan's author, {}",
                cue.text, cue.line, accused_how
            )
        } else if rejected {
            format!(
                "an accusation judged false `{}` (frames.txt line {}, CAMEO 120) reported: actor: {how}; recipient: the accusation's author, {}",
                cue.text, cue.line, accused_how
            )
        } else {
            format!(
                "{predicate_kind} `{}` (frames.txt line {}, CAMEO {}) reported: actor: {how}; recipient: {} of the predicate",
                cue.text, cue.line, cue.cameo, accused_how
            )
        };
        // The predicate's verb ("defying", "is" of "is the aggressor", "lived" of "not
        // lived up to").
        let verb = (cm.start..cm.end)
            .find(|&l| clause.is_verb(l))
            .unwrap_or(verb_at);
        let mut accuser = None;
        let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
        for &a in &sayers {
            for &y in &accused {
                // One accusation a pair: "U.S. spy planes" names the United States twice.
                let pair = (entity(doc, Some(a)), entity(doc, Some(y)));
                if pair.0 == pair.1 || pairs.contains(&pair) {
                    continue;
                }
                // "Nigeria's army said soldiers had killed villagers": harm a state tells
                // of its own forces is an admission, no accusation.
                if harm && crate::events::same_side(clause, a, y, true) {
                    continue;
                }
                pairs.push(pair);
                accuser.get_or_insert(a);
                made.push(CodedEvent {
                    actor: Some(a),
                    recipient: Some(y),
                    negated: false,
                    verb_group: vg,
                    slots: crate::doc::SlotSources {
                        recipient: accused_source,
                        ..Default::default()
                    },
                    ..CodedEvent::at_word(
                        clause.first + verb,
                        sentence,
                        cameo.to_string(),
                        plover.clone(),
                        rule.clone(),
                    )
                });
            }
        }
        if rejected {
            continue;
        }
        if menace {
            // What the threatened is to pay for runs to the clause's next break: "for the
            // strike", "for any attack on the plant", "of its decision to auction oil blocks".
            let end = (cm.end..clause.len())
                .find(|&l| {
                    matches!(
                        words[l],
                        "," | ";" | ":" | "\"" | "if" | "unless" | "and" | "but" | "because"
                    )
                })
                .unwrap_or(clause.len());
            if accuser.is_some() {
                paid_for.push(((cm.start, end), accused.clone()));
            }
            continue;
        }
        // The wrong coded as an act ("defying the Security Council": 128) is alleged, by
        // the accuser.
        if let Some(a) = accuser {
            for ev in &mut out[first_new..] {
                let t = ev.trigger.0 - clause.first;
                let in_predicate = (t >= cm.start && t < cm.end.max(verb_at + 1)) || t == verb_at;
                if in_predicate && ev.governed_modality.is_none() {
                    ev.governed_modality = Some(Modality::Alleged);
                    ev.framed_by = Some(a);
                    ev.rule.push_str("; alleged: a reported wrongdoing");
                }
            }
        }
    }
    // "would pay a heavy price for the strike": the strike is the threatened party's act
    // told again (or no party's), not an act the promise of a price makes intended.
    if !paid_for.is_empty() {
        crate::events::retain_tail(out, first_new, |_, ev| {
            let t = ev.trigger.0 - clause.first;
            let told_again = paid_for.iter().any(|((from, to), threatened)| {
                t >= *from
                    && t < *to
                    && ev.actor.is_none_or(|a| {
                        threatened
                            .iter()
                            .any(|&y| doc.mentions[y].entity == doc.mentions[a].entity)
                    })
            });
            if told_again {
                crate::events::record_drop(
                    dropped,
                    ev,
                    DropStage::Frame,
                    "what a threatened party is to pay for: its act told again",
                );
            }
            !told_again
        });
    }
    // "said the Philippines must bear the consequences": the menace or charge the cue
    // tells, not a demand of the words its "must" governs.
    if !must_told.is_empty() && !made.is_empty() {
        crate::events::retain_tail(out, first_new, |_, ev| {
            let t = ev.trigger.0 - clause.first;
            let demand_read = ev.cameo.starts_with("10")
                && must_told.iter().any(|&(from, to)| t >= from && t < to);
            if demand_read {
                crate::events::record_drop(
                    dropped,
                    ev,
                    DropStage::Frame,
                    "a menace or charge told with \"must\" (a `!must` cue), no demand",
                );
            }
            !demand_read
        });
    }
    out.extend(made);
}

/// Whether a verb group's words before its verb tell "must" and no negation or hedge
/// ("must bear", "must now bear"; not "must not", "may"): a `!must` cue's predicate.
fn must_tells(before: &[&str]) -> bool {
    before.contains(&"must")
        && !before.iter().any(|w| {
            matches!(
                *w,
                "not" | "n't" | "never" | "cannot" | "might" | "may" | "could" | "should"
            )
        })
}

/// Of a verb group's words before its verb: whether they promise the act ("will",
/// "would", "is going to") and whether they hedge or negate it ("could", "may", "not").
fn promise(before: &[&str]) -> (bool, bool) {
    let promised = before
        .iter()
        .any(|w| matches!(*w, "will" | "would" | "'ll" | "'d" | "shall"))
        || before.windows(2).any(|p| p == ["going", "to"]);
    let hedged = before.iter().any(|w| {
        matches!(
            *w,
            "not" | "n't" | "never" | "cannot" | "could" | "might" | "may" | "should"
        )
    });
    (promised, hedged)
}

/// Whether the verb group before a menace's verb holds "could" and no other hedge ("could
/// face sanctions"; not "could not", "could possibly"... "might", "may").
fn could_promise(before: &[&str]) -> bool {
    before.contains(&"could")
        && !before.iter().any(|w| {
            matches!(
                *w,
                "not" | "n't" | "never" | "cannot" | "might" | "may" | "should"
            )
        })
}

/// Is the subject running from local token `from` to the predicate at `to` a plan or
/// proposal (words.txt `[plan-documents]`: "the Kosovo government's plan", "the American
/// peace plan")? Its head noun comes before any clause or complement of its own.
fn plan_subject(clause: &Clause, from: usize, to: usize) -> bool {
    (from..to.min(clause.len()))
        .take_while(|&l| {
            !matches!(
                clause.words[l],
                "that" | "which" | "who" | "," | "of" | "by" | "for" | "to"
            )
        })
        .any(|l| clause.tags[l].is_noun() && crate::words::PLAN_DOCUMENTS.contains(clause.words[l]))
}

/// Is the subject running from local token `from` to the predicate at `to` an accusation,
/// charge, claim or report ("Washington's accusations", "U.S. allegations that it supplied
/// drones", "accusations by the Taliban government of airstrikes")? Its head noun comes
/// before any clause or complement of its own.
fn accusation_subject(clause: &Clause, frames: &Frames, from: usize, to: usize) -> bool {
    let words = &clause.words;
    // The party named as the author after the noun: "accusations by the Taliban".
    let mut k = from;
    while k > 0 && matches!(words[k - 1], "the" | "a" | "an") {
        k -= 1;
    }
    if k >= 2 && matches!(words[k - 1], "by" | "from") && frames.is_accusation_noun(words[k - 2]) {
        return true;
    }
    (from..to.min(clause.len()))
        .take_while(|&l| {
            !matches!(
                clause.words[l],
                "that" | "which" | "who" | "," | "of" | "by"
            )
        })
        .any(|l| clause.tags[l].is_noun() && frames.is_accusation_noun(clause.words[l]))
}

/// "The Rapid Support Forces has been fighting the Sudanese Armed Forces, and the United
/// Nations says both sides have committed grave abuses": a pair phrase after a reporting
/// verb stands for the parties its sentence names before the sayer when they are two or
/// more parties of one country, which codes cannot tell apart (a story pair needs two
/// codes). The first of them, for the accusation against that country.
fn sides_of_one_country(clause: &Clause, pair_start: usize) -> Option<usize> {
    let doc = clause.doc;
    let words = &clause.words;
    let cues = &clause.knowledge.cues;
    let mut r = pair_start;
    if r > 0 && words[r - 1] == "that" {
        r -= 1;
    }
    let r = r.checked_sub(1)?;
    if !(clause.is_verb(r) && cues.reporting_verb(words[r]).is_some()) {
        return None;
    }
    let sayer_start = match clause.subject(clause.verb_group_start(r), 0) {
        Subject::Actors(slot) => slot.np.0,
        _ => return None,
    };
    let code = |m: usize| doc.entities[doc.mentions[m].entity].code.as_deref();
    let mut sides: Vec<usize> = Vec::new();
    for l in 0..sayer_start {
        if let Some(m) = clause.mention(l) {
            if code(m).is_some() && !sides.contains(&m) {
                sides.push(m);
            }
        }
    }
    let first = *sides.first()?;
    (sides.len() >= 2 && sides.iter().all(|&m| code(m) == code(first))).then_some(first)
}

/// The act a phrase of the rule it breaks follows ("Venezuelan soldiers had fired on a
/// Guyanese army boat on the river | in breach of the order"): the nearest verb before
/// local token `at` in the clause, not a reporting verb, with no clause break between.
fn verb_before_rule_phrase(clause: &Clause, at: usize) -> Option<usize> {
    let words = &clause.words;
    let lo = at.saturating_sub(14);
    let mut k = at;
    while k > lo {
        k -= 1;
        if matches!(words[k], "," | ";" | ":" | "that" | "which" | "who" | "\"") {
            return None;
        }
        // A participle describing a noun on the way ("balloons carrying rubbish") is not
        // the act.
        if clause.tags[k] == Tag::VBG {
            continue;
        }
        if clause.is_verb(k) {
            let reporting = matches!(
                words[k],
                "said" | "says" | "say" | "told" | "tells" | "added" | "stated" | "reported"
            );
            return (!reporting).then_some(k);
        }
    }
    None
}

/// "said Washington's decision to expel its ambassador was regrettable", "said the
/// Taliban's failure to act against militants was unacceptable", "said Iran's detention
/// of two French teachers was arbitrary", "said the military's air strikes on villages
/// were unconscionable": an act noun (`[evaluated-act-nouns]`) with an infinitive or a
/// prepositional complement that runs up to the predicate at `vg` is the predicate's
/// subject, where the clause's subject reading stops inside the complement ("its
/// ambassador", "two French teachers"). The act noun phrase's start (a local token).
fn act_noun_with_infinitive(clause: &Clause, vg: usize) -> Option<usize> {
    let words = &clause.words;
    let lo = vg.saturating_sub(16);
    let mut k = vg;
    while k > lo {
        k -= 1;
        if matches!(words[k], "," | ";" | ":" | "that" | "which" | "who" | "\"") {
            return None;
        }
        if matches!(clause.tags[k], Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD) {
            return None;
        }
        let complement = match words.get(k + 1) {
            Some(&"to") => clause.tags.get(k + 2) == Some(&Tag::VB),
            Some(&("of" | "on" | "against" | "by" | "in" | "into" | "near" | "at")) => true,
            _ => false,
        };
        if EVALUATED_ACT_NOUNS.contains(words[k]) && clause.tags[k].is_noun() && complement {
            let mut start = k;
            while start > 0 && np_word(clause, start - 1) {
                start -= 1;
            }
            return Some(start);
        }
    }
    None
}

/// The `that` opening the clause an extraposed `it` stands for, right after a predicate
/// ending at `end` (a closing quotation mark may come first): "it was \"regrettable\" that".
fn extraposed_that(words: &[&str], end: usize) -> Option<usize> {
    let k = if words.get(end) == Some(&"\"") {
        end + 1
    } else {
        end
    };
    (words.get(k) == Some(&"that")).then_some(k)
}

/// An accusation told in a relative clause about its target: "recalled its ambassador
/// from Algeria, a neighbour it accuses of harbouring armed groups", "banned UNRWA, the
/// agency that it accuses of being infiltrated by Hamas". The accusing verb (words.txt
/// `[relative-accusing-verbs]`) heads a relative clause and has no object of its own: the
/// accused is its antecedent, or the party the antecedent stands in apposition to; the
/// accuser is the clause's own subject when that is a party by name, else (a pronoun,
/// "it", "they") the subject of the clause the antecedent belongs to.
fn relative_accusations(
    clause: &Clause,
    sentence: usize,
    ontology: &Ontology,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
) {
    let doc = clause.doc;
    let words = &clause.words;
    // Only an accusing verb makes an event here: a sentence without one is not parsed for
    // this reading.
    if !words
        .iter()
        .zip(clause.keys)
        .any(|(w, &key)| RELATIVE_ACCUSING_VERBS.contains_keyed(w, key))
    {
        return;
    }
    let Some(tree) = clause.tree() else {
        return;
    };
    let Some(plover) = plover_of(ontology, "112") else {
        return;
    };
    let coded = |m: usize| doc.entities[doc.mentions[m].entity].code.is_some();
    let mut made: Vec<CodedEvent> = Vec::new();
    for v in 0..clause.len() {
        if !RELATIVE_ACCUSING_VERBS.contains(words[v])
            || !clause.is_verb(v)
            || tree.rel(v) != Rel::Relcl
        {
            continue;
        }
        // "a man who was accused of", "the party which accuses": the antecedent is the
        // accused of a passive or the accuser, not the object.
        if clause.is_passive(v)
            || tree.children(v).any(|d| {
                matches!(tree.rel(d), Rel::Nsubj | Rel::Nsubjpass)
                    && matches!(clause.tags[d], Tag::WDT | Tag::WP)
            })
        {
            continue;
        }
        // Its own object ("a group that accuses Kigali of"): the coder's pattern codes it.
        if tree
            .children(v)
            .any(|d| tree.rel(d) == Rel::Dobj && !matches!(clause.tags[d], Tag::WDT | Tag::WP))
        {
            continue;
        }
        if out[first_new..]
            .iter()
            .any(|ev| ev.trigger.0 == clause.first + v && ev.plover == plover)
        {
            continue;
        }
        let Some(antecedent) = tree.head(v) else {
            continue;
        };
        // The antecedent's party, or the party it stands in apposition to: by the tree,
        // or a party right before the comma that opens the antecedent's phrase, which the
        // parser may attach elsewhere ("Somalia, a neighbour it accuses of").
        let appositive_of = || {
            let start = tree.span(antecedent).0;
            (start >= 2 && words[start - 1] == ",")
                .then(|| clause.mention(start - 2))
                .flatten()
        };
        let accused = clause
            .mention(antecedent)
            .or_else(|| {
                (tree.rel(antecedent) == Rel::Appos)
                    .then(|| tree.head(antecedent))
                    .flatten()
                    .and_then(|h| clause.mention(h))
            })
            .or_else(appositive_of);
        let Some(accused) = accused.filter(|&m| coded(m)) else {
            continue;
        };
        // The relative clause's own subject, when it names a party ("a group Israel
        // accuses of"), else the subject of the clause above.
        let own = tree
            .children(v)
            .find(|&d| tree.rel(d) == Rel::Nsubj)
            .filter(|&d| !matches!(clause.tags[d], Tag::PRP | Tag::WDT | Tag::WP))
            .and_then(|d| clause.mention(d));
        let accusers = match own {
            Some(m) => vec![m],
            None => {
                let mut node = antecedent;
                let mut main = None;
                for _ in 0..6 {
                    let Some(h) = tree.head(node) else { break };
                    if clause.is_verb(h) {
                        main = Some(h);
                        break;
                    }
                    node = h;
                }
                let Some(main) = main else { continue };
                match clause.subject(clause.verb_group_start(main), 0) {
                    Subject::Actors(slot) => slot.mentions,
                    _ => continue,
                }
            }
        };
        for a in accusers.into_iter().filter(|&a| coded(a)) {
            if doc.mentions[a].entity == doc.mentions[accused].entity {
                continue;
            }
            made.push(CodedEvent {
                actor: Some(a),
                recipient: Some(accused),
                negated: false,
                verb_group: clause.verb_group_start(v),
                ..CodedEvent::at_word(
                    clause.first + v,
                    sentence,
                    "112".to_string(),
                    plover.clone(),
                    format!(
                    "relative accusation `{}` (words.txt [relative-accusing-verbs], CAMEO 112): actor: {}; recipient: the antecedent of the relative clause",
                    words[v],
                    if own.is_some() { "subject of the relative clause" } else { "subject of the clause the antecedent belongs to" }
                ),
                )            });
        }
    }
    out.extend(made);
}

/// The doers of the act named by a predicate's subject that is no party (local tokens
/// `from..to`): the actor of an act coded in the sentence whose trigger lies in the
/// subject ("Russia's use of chemical agents", "the Israeli strikes on villages"), else
/// the party owning a noun of an act or stance (words.txt `[evaluated-act-nouns]`) by a
/// possessive or a country adjective before it ("Finland's decision", "the Chinese
/// vessels' manoeuvres"). None for an act of one's own ("its decision"). With the doers,
/// the rule's words for where they were found and, typed, the source a later stage asks
/// about (`RecipientSource::OpenerOfSentenceBefore` for the party opening the sentence
/// before; `Other` for the rest).
fn act_doers(
    clause: &Clause,
    coded: &[CodedEvent],
    from: usize,
    to: usize,
) -> Option<(Vec<usize>, &'static str, RecipientSource)> {
    let doc = clause.doc;
    let words = &clause.words;
    if from >= to
        || matches!(
            words[from],
            "its" | "their" | "our" | "his" | "her" | "my" | "we" | "i"
        )
    {
        return None;
    }
    let in_subject = |t: usize| t >= clause.first + from && t < clause.first + to;
    // The first noun phrase: its owner (a possessive or a country adjective) and whether
    // its head is an act noun: "Finland's decision", "the Chinese vessels' use".
    // Owners coordinated by "and" each own the act: "the US and UK strikes", "the American
    // and British strikes" (session 33).
    let mut owners: Vec<usize> = Vec::new();
    let mut possessive = false;
    let mut act_noun: Option<&str> = None;
    let mut l = from;
    while l < to {
        let w = words[l];
        if matches!(
            w,
            "of" | "to" | "on" | "in" | "against" | "by" | "," | "that" | "which"
        ) {
            break;
        }
        let owner_at = |l: usize| match clause.mention(l) {
            Some(m) => (clause.tags[l] != Tag::PRPS).then_some(m),
            None => doc
                .modifier_starting_at(clause.first + l)
                .and_then(|md| doc.first_mention_of(md.entity)),
        };
        if EVALUATED_ACT_NOUNS.contains(w) && clause.tags[l].is_noun() {
            act_noun = Some(w);
        } else if owners.is_empty() && act_noun.is_none() {
            owners.extend(owner_at(l));
        } else if !owners.is_empty() && act_noun.is_none() && matches!(w, "'s" | "'") {
            possessive = true;
        } else if !owners.is_empty()
            && act_noun.is_none()
            && !possessive
            && l > from
            && words[l - 1] == "and"
        {
            if let Some(m) = owner_at(l) {
                let entity = doc.mentions[m].entity;
                if owners.iter().all(|&o| doc.mentions[o].entity != entity) {
                    owners.push(m);
                }
            }
        }
        l += 1;
    }
    // "Zamora's detention": the possessor underwent the act; "Venezuela's detention of
    // opposition figures" names its doer.
    let undergone = possessive
        && act_noun.is_some_and(|w| UNDERGONE_ACT_NOUNS.contains(w))
        && words.get(l) != Some(&"of");
    if undergone {
        owners.clear();
    }
    if act_noun.is_some() && !owners.is_empty() {
        let how = if owners.len() > 1 {
            "the coordinated owners of the act named by the subject"
        } else {
            "the owner of the act named by the subject"
        };
        return Some((owners, how, RecipientSource::Other));
    }
    if act_noun.is_some() {
        // The act's author after `by`: "the execution of surrendering soldiers by Russian
        // troops", "the seizure of the tanker by U.S. forces".
        if let Some(by) = (l..to).find(|&k| words[k] == "by") {
            if let Some(m) = (by + 1..(by + 4).min(to)).find_map(|k| clause.mention(k)) {
                return Some((
                    vec![m],
                    "the `by` author of the act named by the subject",
                    RecipientSource::Other,
                ));
            }
            // "by Tanzanian police": a country adjective names the author's country.
            if let Some(m) = (by + 1..(by + 3).min(to)).find_map(|k| {
                doc.modifier_starting_at(clause.first + k)
                    .and_then(|md| doc.first_mention_of(md.entity))
            }) {
                return Some((
                    vec![m],
                    "the `by` author of the act named by the subject",
                    RecipientSource::Other,
                ));
            }
        }
        // The state sending people out, in the `from` phrase of a deportation or an
        // expulsion: "the deportation of two Kenyan activists from Tanzania" (words.txt
        // `[expelling-act-nouns]`).
        if act_noun.is_some_and(|w| EXPELLING_ACT_NOUNS.contains(w)) {
            if let Some(m) = (l..to)
                .filter(|&k| words[k] == "from")
                .find_map(|k| (k + 1..(k + 3).min(to)).find_map(|j| clause.mention(j)))
                .filter(|&m| doc.entities[doc.mentions[m].entity].sector.is_none())
            {
                return Some((
                    vec![m],
                    "the state in the `from` phrase of the expulsion",
                    RecipientSource::Other,
                ));
            }
        }
        // A decision's or a stance's author in its `of` phrase: "the decision of the
        // Kosovo mission" (words.txt `[authored-act-nouns]`).
        if words.get(l) == Some(&"of") && act_noun.is_some_and(|w| AUTHORED_ACT_NOUNS.contains(w)) {
            if let Some(m) = (l + 1..(l + 5).min(to)).find_map(|k| clause.mention(k)) {
                return Some((
                    vec![m],
                    "the `of` author of the act named by the subject",
                    RecipientSource::Other,
                ));
            }
        }
    }
    // "The House passed a bill on Wednesday ... China said the move was bullying": a
    // definite act noun standing alone ("the move", "this decision", "the latest
    // measures") is the act the sentence before told, and its doer is the party that
    // opened that sentence.
    if let Some(n) = act_noun.and_then(|w| (from..l).rfind(|&k| words[k] == w)) {
        let bare = matches!(words[from], "the" | "this" | "that" | "these" | "those")
            && (from + 1..n).all(|k| clause.tags[k].is_adj())
            && (n + 1..to).all(|k| words[k] == "\"");
        if bare && owners.is_empty() {
            // "EU governments approved a package of sanctions ... Moscow banned ... Putin
            // signed a decree ... Peskov said the sanctions were illegal": a noun of a kind
            // of act (words.txt `[act-noun-senses]`) points back to the sentence that named
            // that act by the same noun, when the sentence before does not.
            if let Some(m) = party_naming_act_before(clause, words[n]) {
                return Some((
                    vec![m],
                    "the party that opened the sentence naming that act before",
                    RecipientSource::Other,
                ));
            }
            if let Some(m) = party_opening_previous_sentence(clause) {
                return Some((
                    vec![m],
                    "the party that opened the sentence before, whose act it names",
                    RecipientSource::OpenerOfSentenceBefore,
                ));
            }
        }
    }
    // The coder read the possessor of an undergone act as its doer too.
    if undergone {
        return None;
    }
    // An act the lexicon coded in the subject whose doer is named there too (a noun whose
    // doer was taken from the reporting verb's subject is the coder's guess, not the text).
    let mut doers: Vec<usize> = Vec::new();
    for ev in coded {
        if let Some(a) = ev.actor {
            if in_subject(ev.trigger.0) && in_subject(doc.mentions[a].first) && !doers.contains(&a)
            {
                doers.push(a);
            }
        }
    }
    (!doers.is_empty()).then_some((
        doers,
        "the doer of the act named by the subject",
        RecipientSource::Other,
    ))
}

/// The first party named in the sentence before the clause's (a direct mention with a
/// code, not a dateline or an adjective): the subject of a wire story's sentence.
/// The first party of the nearest body sentence before the sentence before (up to eight
/// back) that names the act `noun` stands for by the same noun, when the sentence just
/// before does not name it (`party_opening_previous_sentence` answers then). Only a noun
/// of a kind of act ("the sanctions", "the strikes", "the ban"), whose word recurs where
/// the act was told.
fn party_naming_act_before(clause: &Clause, noun: &str) -> Option<usize> {
    const BACK: usize = 8;
    let sense = crate::words::act_noun_senses(noun)?;
    let doc = clause.doc;
    let s = doc.sentence_of[clause.first] as usize;
    let stem = noun.strip_suffix('s').unwrap_or(noun);
    // The noun itself, or a verb that tells its act (words.txt `[act-noun-senses]` after
    // ":": "seized" for "the seizure", told in the lead).
    let names = |p: usize| {
        doc.sentences[p].tokens().any(|g| {
            doc.norm(g).strip_suffix('s').unwrap_or(doc.norm(g)) == stem
                || sense.verbs.iter().any(|v| v == doc.norm(g))
        })
    };
    let prev = s.checked_sub(1)?;
    if names(prev) {
        return None;
    }
    let p = (prev.saturating_sub(BACK)..prev)
        .rev()
        .find(|&p| doc.sentences[p].kind == crate::doc::SentenceKind::Body && names(p))?;
    let sent = &doc.sentences[p];
    let at = doc.mentions.partition_point(|m| m.first < sent.first);
    (at..doc.mentions.len())
        .take_while(|&m| doc.mentions[m].first < sent.last)
        .find(|&m| {
            let mention = &doc.mentions[m];
            !mention.kind.is_indirect() && doc.entities[mention.entity].code.is_some()
        })
}

fn party_opening_previous_sentence(clause: &Clause) -> Option<usize> {
    let doc = clause.doc;
    let s = doc.sentence_of[clause.first] as usize;
    let prev = doc.sentences.get(s.checked_sub(1)?)?;
    let at = doc.mentions.partition_point(|m| m.first < prev.first);
    // `last` is exclusive: a sentence before that names no party must not lend the first
    // party of this one ("The raid drew condemnation. Brazil's government said the
    // operation was a clear violation": Brazil accused no one of its own).
    (at..doc.mentions.len())
        .take_while(|&m| doc.mentions[m].first < prev.last)
        .find(|&m| {
            let mention = &doc.mentions[m];
            !mention.kind.is_indirect() && doc.entities[mention.entity].code.is_some()
        })
}

/// Does a clause starting at `subject_start` stand after "no evidence that", "little proof
/// that", "no sign that", "no indication to suggest that" (a negator, a noun of evidence,
/// words.txt `[evidence-nouns]`, and "that")? The finding says the wrong was not shown:
/// nobody accuses its doer of it ([frame negate] leaves the act itself negated).
fn unshown_by_evidence(words: &[&str], subject_start: usize) -> bool {
    let Some(that) = subject_start.checked_sub(1).filter(|&t| words[t] == "that") else {
        return false;
    };
    let noun = match that.checked_sub(2) {
        Some(v) if matches!(words[that - 1], "suggest" | "show") && words[v] == "to" => {
            v.checked_sub(1)
        }
        _ => that.checked_sub(1),
    };
    noun.filter(|&n| n >= 1 && EVIDENCE_NOUNS.contains(words[n]))
        .is_some_and(|n| matches!(words[n - 1], "no" | "little" | "scant"))
}

/// Who says the predicate at `pred` (its subject at `subject_start`): the subject of the
/// reporting verb whose complement holds it ("The United States said Iran is defying"),
/// of a trailing ", the ministry said", or the speaker of the quotation around it. Only
/// parties with a code; a denial ("Iran denied it violated") or a negated report says
/// nothing. With how the sayer was found.
fn sayers(
    clause: &Clause,
    pred: usize,
    subject_start: usize,
) -> Option<(Vec<usize>, &'static str)> {
    let doc = clause.doc;
    let words = &clause.words;
    let cues = &clause.knowledge.cues;
    if unshown_by_evidence(words, subject_start) {
        return None;
    }
    let coded = |ms: Vec<usize>| -> Vec<usize> {
        ms.into_iter()
            .filter(|&m| doc.entities[doc.mentions[m].entity].code.is_some())
            .collect()
    };
    // A report's or an inquiry's finding tells a wrong as a reporting verb does ("A report
    // by Amnesty found that soldiers had tortured detainees": words.txt `[finding-verbs]`).
    let reports = |r: usize| {
        clause.is_verb(r)
            && (matches!(cues.reporting_verb(words[r]), Some(CueModality::Modality(m)) if m != Modality::Denied)
                || FINDING_VERBS.contains(words[r]))
            && !(clause.verb_group_start(r)..r).any(|l| matches!(words[l], "not" | "n't" | "never"))
    };
    // "Iran denied that it was defying the council(, the US said)": a denied wrong is
    // nobody's accusation here, whoever reports the denial.
    let denies = |r: usize| {
        clause.is_verb(r)
            && matches!(
                cues.reporting_verb(words[r]),
                Some(CueModality::Modality(Modality::Denied))
            )
    };
    // "Pakistan's permanent representative ... said": the possessor speaks for its party.
    let subject_of = |r: usize| {
        clause.possessor_subjects.set(true);
        let subject = clause.subject(clause.verb_group_start(r), 0);
        clause.possessor_subjects.set(false);
        match subject {
            Subject::Actors(slot) => coded(slot.mentions),
            // "A report by Amnesty International found", "Human Rights Watch's study
            // concluded": a finding speaks for the party its phrase names as author.
            Subject::NonActor((a, e)) if (a..e).any(|l| FINDING_NOUNS.contains(words[l])) => {
                let mut ms: Vec<usize> = Vec::new();
                // The author in the phrase's own `by`/`from`/`of` complement, up to the
                // verb: "A report | by Amnesty International | found".
                let end = if e < r && matches!(words[e], "by" | "from" | "of") {
                    r
                } else {
                    e
                };
                for l in a..end {
                    if let Some(m) = clause.mention(l) {
                        if !ms.contains(&m) {
                            ms.push(m);
                        }
                    }
                }
                coded(ms)
            }
            _ => Vec::new(),
        }
    };
    // The tree: up from the predicate through auxiliaries, open complements and
    // conjuncts to the clause it is the complement of.
    if let Some(tree) = clause.tree() {
        let mut node = pred;
        for _ in 0..6 {
            match tree.rel(node) {
                Rel::Aux
                | Rel::Auxpass
                | Rel::Neg
                | Rel::Xcomp
                | Rel::Conj
                | Rel::Acomp
                | Rel::Attr => match tree.head(node) {
                    Some(h) => node = h,
                    None => break,
                },
                // "said it had credible evidence that police had tortured detainees",
                // "saying there were strong indications that the forces had committed
                // grave violations": a wrong told as what a noun of evidence (words.txt
                // `[evidence-nouns]`) holds passes up to the verb that has the noun, and on
                // to the verb that reports it. Not "no evidence", "little evidence", nor a
                // negated holder ("did not find evidence").
                Rel::Acl => {
                    let Some(noun) = tree.head(node) else { break };
                    // "Pakistan's claim that India was violating the ceasefire": a claim
                    // noun's owner says its "that" clause (words.txt `[claim-nouns]`,
                    // session 33).
                    if CLAIM_NOUNS.contains(words[noun])
                        && tree
                            .child(node, Rel::Mark)
                            .is_some_and(|m| words[m] == "that")
                    {
                        let owner = tree
                            .child(noun, Rel::Poss)
                            .and_then(|p| clause.mention(p))
                            .map(|m| coded(vec![m]))
                            .unwrap_or_default();
                        if !owner.is_empty() {
                            return Some((owner, "owner of the claim"));
                        }
                        break;
                    }
                    let held = EVIDENCE_NOUNS.contains(words[noun])
                        && tree
                            .child(node, Rel::Mark)
                            .is_some_and(|m| words[m] == "that")
                        && !tree
                            .children(noun)
                            .any(|d| matches!(words[d], "no" | "little" | "scant" | "any"))
                        && matches!(tree.rel(noun), Rel::Dobj | Rel::Attr);
                    let Some(h) = tree.head(noun).filter(|&h| held && clause.is_verb(h)) else {
                        break;
                    };
                    if (clause.verb_group_start(h)..h)
                        .any(|l| matches!(words[l], "not" | "n't" | "never"))
                    {
                        break;
                    }
                    node = h;
                }
                Rel::Ccomp => {
                    let Some(h) = tree.head(node) else { break };
                    if denies(h) {
                        return None;
                    }
                    if reports(h) && h < subject_start {
                        let ms = subject_of(h);
                        if !ms.is_empty() {
                            return Some((ms, "subject of the reporting verb"));
                        }
                    }
                    // "said the attack showed that the Houthis remained a threat", "said
                    // the arrests proved that Minsk was silencing critics": a verb of
                    // evidence whose subject is no party passes the clause up to the
                    // verb that reports it (words.txt `[evidence-verbs]`).
                    if h < subject_start
                        && clause.is_verb(h)
                        && EVIDENCE_VERBS.contains(words[h])
                        && subject_of(h).is_empty()
                    {
                        node = h;
                        continue;
                    }
                    break;
                }
                _ => break,
            }
        }
    }
    // "Germany: Russian hackers behind attack": a headline's label speaks.
    if let Some(colon) = headline_label_colon(clause).filter(|&c| c < subject_start) {
        let ms = coded(label_speakers(clause, colon));
        if !ms.is_empty() {
            return Some((ms, "the headline's label"));
        }
    }
    // No tree answer: the nearest verb before the subject is the reporting verb ("said
    // Kabul was failing", "said that Iran").
    for r in (0..subject_start).rev() {
        if clause.is_verb(r) {
            if denies(r) {
                return None;
            }
            if reports(r) {
                let ms = subject_of(r);
                if !ms.is_empty() {
                    return Some((ms, "subject of the reporting verb"));
                }
            }
            // A verb of evidence with no party as its subject ("said the attack showed
            // that"): the verb reporting it, further back, is the sayer's.
            if EVIDENCE_VERBS.contains(words[r]) && subject_of(r).is_empty() {
                continue;
            }
            // A verb holding a noun of evidence whose "that" clause is the wrong ("said it
            // had gathered evidence that soldiers had beaten detainees", the tree hanging
            // the clause on the verb): the verb reporting it is the sayer's, as above.
            let evidence_that = (r + 1..subject_start)
                .find(|&l| EVIDENCE_NOUNS.contains(words[l]) && words.get(l + 1) == Some(&"that"));
            if let Some(l) = evidence_that {
                let negated = (clause.verb_group_start(r)..l)
                    .any(|k| matches!(words[k], "not" | "n't" | "never" | "no" | "little" | "any"));
                if !negated {
                    continue;
                }
            }
            break;
        }
        if matches!(
            words[r],
            ";" | "(" | "who" | "which" | "when" | "because" | "if"
        ) {
            break;
        }
    }
    // ", the ministry said." / ", said Zelenskyy." A participial clause that tells the
    // act's toll between them (", killing at least 12, Amnesty International said") is
    // passed over to the next comma.
    let n = words.len();
    for c in pred..n {
        if words[c] != "," {
            continue;
        }
        let mut j = c + 1;
        while j < n && words[j] == "\"" {
            j += 1;
        }
        if j < n && clause.tags[j] == Tag::VBG && !reports(j) {
            continue;
        }
        if j < n && reports(j) {
            if let Some((_, ms)) = clause.np_after(j + 1, n) {
                let ms = coded(ms);
                if !ms.is_empty() {
                    return Some((ms, "who says so after the clause"));
                }
            }
        } else if let Some((end, ms)) = clause.np_after(j, n) {
            if end < n && reports(end) {
                let ms = coded(ms);
                if !ms.is_empty() {
                    return Some((ms, "who says so after the clause"));
                }
            }
        }
        // An aside with no verb between two commas (", most of them for drug offences,
        // Amnesty International said") is passed over as well.
        if let Some(next) = (j..n).find(|&l| words[l] == ",") {
            if (j..next).all(|l| !clause.tags[l].is_verb()) {
                continue;
            }
        }
        break;
    }
    // "According to Ukraine's foreign ministry, Russia violated the truce", "... violated
    // the truce, according to Kyiv": the source named by `according to`, before the
    // predicate's subject or after the predicate.
    // A source whose country is only guessed ("according to a spokesman", "state media")
    // names no accuser.
    if let Some(ms) = according_to_source(clause, subject_start, pred + 1, false) {
        return Some((ms, "the source named by `according to`"));
    }
    // Inside a quotation: its speaker.
    let at = doc.tokens.get(clause.first + pred).start as usize;
    quote_overlapping(doc, at, at)
        .and_then(|q| q.speaker_mention)
        .map(|m| coded(vec![m]))
        .filter(|ms| !ms.is_empty())
        .map(|ms| (ms, "the speaker of the quotation"))
}

/// A denial after the accusation it denies: "accusing it of providing support to
/// militants, a charge New Delhi quickly rejected", "espionage charges which Washington has
/// dismissed as baseless". The relative clause's subject rejects the accuser (120): the
/// nearest accusation against it in the sentence, else in the story (frames.txt
/// `[denial]`). No accuser found, no event.
fn denials_after_accusation(
    clause: &Clause,
    sentence: usize,
    ontology: &Ontology,
    frames: &Frames,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
) {
    let words = &clause.words;
    let n = words.len();
    let mut made: Vec<CodedEvent> = Vec::new();
    for v in 1..n {
        if !frames.is_denial_verb_keyed(words[v], clause.keys[v]) || !clause.is_verb(v) {
            continue;
        }
        // Nothing denied after the verb: the clause ends, or only "as baseless", a time or
        // a manner follows.
        let open_end = v + 1 >= n
            || matches!(
                words[v + 1],
                "." | "," | ";" | "as" | "on" | "\"" | "-" | "--" | "—"
            )
            || skippable(clause, v + 1);
        if !open_end {
            continue;
        }
        let vg = clause.verb_group_start(v);
        if (vg..v).any(|l| matches!(words[l], "not" | "n't" | "never")) {
            continue;
        }
        // The denying party: the noun phrase right before the verb group.
        let mut np_start = vg;
        while np_start > 0
            && vg - np_start < 8
            && np_word(clause, np_start - 1)
            && !frames.is_accusation_noun(words[np_start - 1])
        {
            np_start -= 1;
        }
        let deniers: Vec<usize> =
            (np_start..vg)
                .filter_map(|l| clause.mention(l))
                .fold(Vec::new(), |mut ms, m| {
                    if !ms.contains(&m) {
                        ms.push(m);
                    }
                    ms
                });
        if deniers.is_empty() || np_start == 0 {
            continue;
        }
        // The accusation it denies: "a charge | New Delhi", "charges which | Washington",
        // "a report in February, which | Moscow".
        let mut p = np_start - 1;
        let relative = p;
        if matches!(words[p], "which" | "that") {
            if p == 0 {
                continue;
            }
            p -= 1;
            let lowest = p.saturating_sub(4);
            while p > lowest && !frames.is_accusation_noun(words[p]) {
                p -= 1;
            }
        }
        let here: Vec<(usize, Option<usize>, Option<usize>)> = out[first_new..]
            .iter()
            .chain(made.iter())
            .filter(|e| e.plover == "ACCUSE")
            .map(|e| (e.trigger.0, e.actor, e.recipient))
            .collect();
        // "accused Libya of using cluster munitions, which the government denied": a
        // relative "which" after a comma whose antecedent is the clause before it, the
        // accusation the sentence has coded (no accusation noun to point to).
        let sentential = words[relative] == "which"
            && relative > 0
            && words[relative - 1] == ","
            && here.iter().any(|&(t, _, _)| t < clause.first + relative);
        // The noun phrase ends with the accusation noun ("a charge", not "a charge of
        // treason New Delhi"): the noun phrase before the denier is the antecedent.
        // (A tagger may read "a charge" before a name as an adjective.)
        let nominal = clause.tags[p].is_noun()
            || (p > 0 && matches!(clause.tags[p - 1], Tag::DT | Tag::PRPS | Tag::JJ));
        if !sentential && (!frames.is_accusation_noun(words[p]) || !nominal) {
            continue;
        }
        // "Rights groups have long accused Beijing of repressing ..., a charge China
        // denies", "a charge Yerevan has always denied": the denial of a standing charge,
        // or one told as a practice, is a standing denial, no act of the story's days.
        if (0..=v).any(|k| clause.is_verb(k) && crate::events::cue_tells_a_practice(clause, k)) {
            continue;
        }
        let Some(plover) = plover_of(ontology, "120") else {
            return;
        };
        for &d in &deniers {
            let probe = CodedEvent {
                actor: Some(d),
                recipient: None,
                negated: false,
                verb_group: vg,
                ..CodedEvent::at_word(
                    clause.first + v,
                    sentence,
                    "120".to_string(),
                    plover.clone(),
                    format!(
                    "denial `{}` of the accusation `{}` named before it (frames.txt [denial]); actor: the relative clause's subject; recipient: the accuser (the nearest accusation against the denying party)",
                    words[v], words[p]
                ),
                )            };
            let accuser = crate::recipients::accuser(clause.doc, &probe, &out[..first_new], &here)
                .or_else(|| author_of_accusation(clause, p, d));
            if let Some(a) = accuser {
                made.push(CodedEvent {
                    recipient: Some(a),
                    ..probe
                });
            }
        }
    }
    out.extend(made);
}

/// "Russia's foreign ministry said the accusation that its diplomat had joined a protest was
/// unfounded", "China said the allegation that its coast guard had rammed a vessel was
/// false": an accusation its content clause names, reported and judged false
/// (`[falsity-judgements]`), is the sayer's denial, REJECT 120 (golden README convention
/// 13, accusations judged false), against the accuser where the story names one
/// (`recipients::accuser`). The acts of the content clause are told as denied, not done,
/// and the accusation noun is no accusation of the sayer's.
fn accusations_judged_false(
    clause: &Clause,
    sentence: usize,
    ontology: &Ontology,
    frames: &Frames,
    out: &mut Vec<CodedEvent>,
    first_new: usize,
) {
    let words = &clause.words;
    let n = words.len();
    let mut k = 0;
    while k + 3 < n {
        // "the accusation that", "these allegations that": a definite accusation noun
        // opening a content clause.
        let (the, noun, that) = (k, k + 1, k + 2);
        k += 1;
        if !matches!(words[the], "the" | "this" | "these" | "that")
            || words[that] != "that"
            || !clause.tags[noun].is_noun()
            || !frames.is_accusation_noun(words[noun])
        {
            continue;
        }
        // Its predicate: a form of "be" with a falsity judgement, an adverb between ("was
        // completely false"), after the content clause and before any other clause.
        let Some(pred) = (that + 2..n).find(|&j| {
            matches!(words[j], "is" | "was" | "are" | "were")
                && (j + 1..(j + 3).min(n)).any(|l| {
                    crate::words::FALSITY_JUDGEMENTS.contains(words[l])
                        && (j + 1..l).all(|a| clause.tags[a].is_adverb())
                })
        }) else {
            continue;
        };
        if (that + 1..pred).any(|l| matches!(words[l], ";" | "\"")) {
            continue;
        }
        let Some((deniers, how)) = sayers(clause, pred, the) else {
            continue;
        };
        let Some(plover) = plover_of(ontology, "120") else {
            return;
        };
        let here: Vec<(usize, Option<usize>, Option<usize>)> = Vec::new();
        // The content clause's acts are denied by the sayer; the noun's own accusation,
        // whose author the sayer is not, goes.
        let first_denier = deniers.first().copied();
        out.retain(|ev| ev.trigger.0 != clause.first + noun || ev.sentence != sentence);
        for ev in out.iter_mut().skip(first_new) {
            let t = ev.trigger.0 - clause.first;
            if ev.sentence == sentence && t > that && t < pred {
                ev.governed_modality = Some(Modality::Denied);
                ev.framed_by = first_denier;
                ev.rule
                    .push_str("; denied: the content of an accusation judged false");
            }
        }
        let vg = clause.verb_group_start(pred);
        for &d in &deniers {
            let probe = CodedEvent {
                actor: Some(d),
                recipient: None,
                negated: false,
                verb_group: vg,
                ..CodedEvent::at_word(
                    clause.first + pred,
                    sentence,
                    "120".to_string(),
                    plover.clone(),
                    format!(
                        "an accusation `{}` judged false (words.txt [falsity-judgements]) reported: actor: {how}; recipient: the accuser, where the story names one",
                        words[noun]
                    ),
                )
            };
            let accuser = crate::recipients::accuser(clause.doc, &probe, &out[..first_new], &here);
            out.push(CodedEvent {
                recipient: accuser,
                ..probe
            });
        }
        k = pred;
    }
}

/// "U.N. sanctions experts detailed transfers of munitions to Russia in a report in
/// February, which Moscow denied", "Pakistan's army said the attackers trained in India, a
/// charge New Delhi rejected": with no coded accusation, the author of the accusation noun
/// (at local token `noun`) is the subject of the verb that governs it, when that subject is
/// a party of another country than the denying one (`denier`, a mention).
fn author_of_accusation(clause: &Clause, noun: usize, denier: usize) -> Option<usize> {
    let doc = clause.doc;
    let code = |m: usize| doc.entities[doc.mentions[m].entity].code.as_deref();
    let denier_code = code(denier)?;
    // A finite verb, or a participle after its auxiliaries ("has detailed"): a bare
    // participle ("prohibited transfers") modifies a noun.
    let verb = (0..noun).rev().find(|&k| {
        clause.is_verb(k)
            && (matches!(clause.tags[k], Tag::VBD | Tag::VBZ | Tag::VBP)
                || clause.verb_group_start(k) < k)
    })?;
    match clause.subject(clause.verb_group_start(verb), 0) {
        Subject::Actors(slot) => slot
            .mentions
            .into_iter()
            .find(|&m| code(m).is_some_and(|c| c != denier_code)),
        _ => None,
    }
}
