//! Events whose category is certain but whose doer the text leaves unnamed (issue #9):
//! "a Yemeni government official was assassinated in Aden", "German lawmaker killed in
//! targeted attack". The coder drops an act with no actor, because the party is also a
//! sense filter ("a man was killed in a car crash"); this module says when the act is
//! kept all the same, with the actor unnamed (null), and the event's rule says why.
//!
//! The convention (events.txt's header, the golden README): an attack, killing, bombing,
//! kidnapping or assassination (`[unnamed-actor-codes]`) told as done, in a sentence not
//! dated to another time and naming no mishap (`[mishap-words]`), whose victim is a
//! political party of a stated country: a state, its organs and officials, the opposition
//! or an armed group (`[political-victim-sectors]`). Ordinary victims, companies and the
//! press leave it a crime or a casualty count, unless the act is one of war: a bombing,
//! shelling, an air or drone strike (`[war-attack-codes]`), or an attack or killing in a
//! sentence naming a weapon of war (`[war-weapon-words]`: "a car bomb exploded near a
//! market in Manbij, killing six civilians"), whose victims are of a stated country (their
//! own, or the country of the place the act happened in) and which is no running total of
//! a war's dead (`[running-total-cues]`). The state's legal acts are
//! `context::state_agent`'s.

use crate::doc::{ActorSource, CodedEvent, Doc};
use crate::syntax::Clause;
use crate::words::{
    ANONYMOUS_CROWD_WORDS, BACK_REFERRING_DETERMINERS, MISHAP_WORDS, NARRATIVE_WORKS,
    POLITICAL_VICTIM_SECTORS, RUNNING_TOTAL_CUES, UNNAMED_ACTOR_CODES, UNREALISED_PROTEST_CUES,
    WAR_ATTACK_CODES, WAR_WEAPON_WORDS,
};

/// The rule text of an event kept with its actor unnamed.
const UNNAMED_ACTOR: &str =
    "actor unnamed: an act of political violence told without its doer, done to a political party";

/// The rule text of an act of war on ordinary victims kept with its actor unnamed.
pub(crate) const UNNAMED_WAR_ATTACK: &str =
    "actor unnamed: an attack with weapons of war told without its \
     doer, on ordinary people or places of a stated country";

/// The rule text of a state's legal act kept with its actor unnamed.
const UNNAMED_STATE: &str =
    "actor unnamed: a state's legal act against its opposition, the state not named";

/// How many of the story's latest events are searched for an earlier telling of the act:
/// a bound on the work per candidate, as in `context`.
const RECENT: usize = 64;

/// Whether the act of CAMEO `cameo` and category `plover` at local token `head`, verb
/// group at `vg`, with no actor found, is kept with the actor unnamed: the source to record
/// and the rule text to add, or None. `earlier` are the story's events coded so far.
#[allow(clippy::too_many_arguments)] // the candidate's own facts, each used once
pub(crate) fn unnamed_actor(
    clause: &Clause,
    sentence: usize,
    cameo: &str,
    plover: &str,
    vg: usize,
    head: usize,
    recipients: &[usize],
    earlier: &[CodedEvent],
) -> Option<(ActorSource, &'static str)> {
    // The state's legal acts ("Main opposition party banned ahead of election") come here
    // only when `context::state_agent` found no state where they happened: done to a
    // political party, they are still the state's acts, its country left unsaid.
    let state_act = crate::context::is_state_legal_act(cameo);
    if !UNNAMED_ACTOR_CODES.contains(cameo) && !state_act {
        return None;
    }
    // Told as done: no "be"/"being" of an infinitive, a modal or a gerund ("will be
    // killed", "could be assassinated"), no negation ("was never attacked").
    let told_as_done = (vg..head).all(|k| {
        !crate::words::UNTOLD_PASSIVE_AUXILIARIES.contains(clause.words[k])
            && !clause.knowledge.cues.is_negation(clause.words[k])
    });
    let mishap = clause.words.iter().any(|w| MISHAP_WORDS.contains(w));
    let doc = clause.doc;
    let victims: Vec<usize> = recipients
        .iter()
        .copied()
        .filter(|&r| political_victim(doc, r, state_act, !clause.is_passive(head)))
        .collect();
    // A story that has already coded an act of this category against the victim's country
    // tells the act, or the fighting it is part of, with its doer (golden convention 7:
    // one mention per event): "... BLA militants attacked the convoy ... the convoy came
    // under attack".
    let told_before = |v: usize| {
        let code = code_of(doc, v);
        earlier.iter().rev().take(RECENT).any(|e| {
            e.sentence < sentence
                && e.plover == plover
                && e.recipient.is_some_and(|r| code_of(doc, r) == code)
        })
    };
    if !told_as_done || mishap || crate::context::dated_to_another_time(doc, sentence) {
        return None;
    }
    if victims.iter().any(|&v| !told_before(v)) {
        return Some((
            ActorSource::Unnamed,
            if state_act {
                UNNAMED_STATE
            } else {
                UNNAMED_ACTOR
            },
        ));
    }
    // An act of war on ordinary people, places or buildings: their country is the one the
    // victims name, else the one of the place the act happened in. A political victim
    // seen attacked before keeps the story's earlier telling (convention 7).
    if state_act
        || !victims.is_empty()
        || !war_attack(clause, cameo)
        || running_total(clause)
        || names_an_earlier_year(clause)
        || inside_a_narrative_work(clause)
    {
        return None;
    }
    let country = ordinary_victims_country(doc, sentence, recipients)?;
    // An earlier act of the category by a named doer on that country, on no party named
    // (its target is where it happened), or by that country's own side ("Iraqi forces
    // killed the IS leader ... he was killed in an airstrike in Iraq's Anbar desert") is
    // the attack, or the fighting, this sentence tells again.
    // A sentence that, before the act, has a party act on another country names the doer
    // it blames or that denies it ("The Houthis blamed the United States and Britain for
    // air strikes that killed 12 people in Hodeidah"): the attack is theirs to tell.
    let blamed = earlier.iter().rev().take(RECENT).any(|e| {
        e.sentence == sentence
            && e.actor.is_some()
            && e.recipient
                .is_some_and(|r| code_of(doc, r).is_some_and(|c| c != country))
    });
    // Only an act told nearby or at the same place can be the one told again: the same
    // paragraph, the two sentences before, or a sentence naming a place this one names
    // (the lead's "killing six people in Kharkiv and Odesa", then "In Odesa, a drone
    // struck a port warehouse"). A war story tells many attacks ("U.S. and Iraqi troops
    // pushed into Fallujah ... In Baghdad, a car bomb exploded near a church"): a bombing
    // elsewhere, paragraphs after an offensive, is another act. A sentence naming no
    // place cannot be told apart from the earlier act: any earlier one still counts.
    let paragraph = doc.sentences[sentence].paragraph;
    let here = place_names(doc, sentence);
    let nearby = |e: &CodedEvent| {
        here.is_empty()
            || e.sentence + 2 >= sentence
            || doc.sentences[e.sentence].paragraph == paragraph
            || place_names(doc, e.sentence)
                .iter()
                .any(|p| here.contains(p))
    };
    let told = blamed
        || earlier.iter().rev().take(RECENT).any(|e| {
            e.sentence < sentence
                && nearby(e)
                && e.plover == plover
                && e.actor.is_some_and(|a| {
                    code_of(doc, a) == Some(country)
                        || e.recipient.is_none_or(|r| code_of(doc, r) == Some(country))
                })
        });
    (!told).then_some((ActorSource::UnnamedWarAttack, UNNAMED_WAR_ATTACK))
}

/// Whether the protest, strike or riot at local token `head`, told without its
/// protesters, is told as done: not dated to another time or year ("the protests that
/// toppled the government in 1989"), its protesters not named after it ("a rally of the
/// ruling party", "a strike by doctors": theirs, when coded), and no verb it depends on
/// leaves it planned, feared or called off (`[unrealised-protest-cues]`: "plan protests",
/// "ahead of the planned protests", "a march ... was called off").
pub(crate) fn protest_told_as_done(clause: &Clause, sentence: usize, head: usize) -> bool {
    let w = &clause.words;
    let unrealised = |v: usize| {
        UNREALISED_PROTEST_CUES.contains(w[v]) || w.get(v + 1).is_some_and(|&n| n == "off")
    };
    let protesters_after = |n: usize| w.get(n + 1).is_some_and(|&n| n == "of" || n == "by");
    let awaited = (head.saturating_sub(5)..head)
        .any(|k| k + 1 < w.len() && UNREALISED_PROTEST_CUES.contains_phrase(&w[k..k + 2]));
    // "a drone strike hit the hospital": a weapon's strike is no walk-out.
    if crate::context::dated_to_another_time(clause.doc, sentence)
        || names_an_earlier_year(clause)
        || protesters_after(head)
        || awaited
        || is_war_weapon(w, head)
    {
        return false;
    }
    let Some(tree) = clause.tree() else {
        return true;
    };
    // A verb trigger ("plan protests", "a rally ... was held"): the verb itself, and the
    // protest it has as object or passive subject.
    if clause.tags[head].is_verb()
        && (unrealised(head)
            || tree.children(head).any(|c| {
                matches!(
                    tree.rel(c),
                    sitrep_parser::Rel::Dobj | sitrep_parser::Rel::Nsubjpass
                ) && protesters_after(c)
            }))
    {
        return false;
    }
    let modified_unrealised = |n: usize| {
        tree.children(n).any(|c| {
            matches!(
                tree.rel(c),
                sitrep_parser::Rel::Acl | sitrep_parser::Rel::Amod
            ) && unrealised(c)
        })
    };
    if clause.tags[head].is_verb() {
        // A verb with a subject names its protesters ("millions of fans took to the
        // streets"): a party when they are one, else no protest without protesters,
        // unless it only counts them ("About 50 people demonstrated").
        let named = |c: usize| {
            !ANONYMOUS_CROWD_WORDS.contains(w[c]) || tree.children(c).any(|d| w[d] == "of")
        };
        // With no subject at all, only a passive tells the protest without its
        // protesters ("a rally ... was held"); an active verb without one is a participle
        // misread ("hundreds of people, many waving flags, massed ...").
        let subject = tree.children(head).find(|&c| {
            matches!(
                tree.rel(c),
                sitrep_parser::Rel::Nsubj | sitrep_parser::Rel::Nsubjpass
            )
        });
        match subject {
            Some(c) if tree.rel(c) == sitrep_parser::Rel::Nsubj && named(c) => return false,
            None => return false,
            Some(_) => {}
        }
        // The verb trigger's own governing verb ("called off plans to hold a rally").
        let mut v = head;
        for _ in 0..4 {
            match tree.head(v) {
                Some(h) if h != v => v = h,
                _ => break,
            }
            if clause.tags[v].is_verb() && unrealised(v) {
                return false;
            }
        }
        return true;
    }
    // A noun trigger (through coordination: "protests and strikes") tells the protest as
    // done when it is what its clause is about: the subject of its verb ("Riots broke
    // out", "a rally ... was held") or a note's heading with no verb ("Protest in
    // Kathmandu"). As an object or inside a phrase it is the setting of another act ("a
    // journalist covering a protest") or one feared or planned ("fear a wave of riots").
    let mut n = head;
    for _ in 0..8 {
        match (tree.rel(n), tree.head(n)) {
            (sitrep_parser::Rel::Conj, Some(first)) if first != n => n = first,
            _ => break,
        }
    }
    if modified_unrealised(n) || (n != head && modified_unrealised(head)) {
        return false;
    }
    // "The unrest, which coincides with Ramadan, ...", "after last week's riots": a
    // definite or possessed protest noun refers back to one the story has told.
    if tree.children(n).any(|c| {
        tree.rel(c) == sitrep_parser::Rel::Poss
            || tree.rel(c) == sitrep_parser::Rel::Det && BACK_REFERRING_DETERMINERS.contains(w[c])
    }) {
        return false;
    }
    match (tree.rel(n), tree.head(n)) {
        (sitrep_parser::Rel::Nsubj | sitrep_parser::Rel::Nsubjpass, Some(v)) => !unrealised(v),
        (_, None) => true,
        // "28 Feb: Riot in Nyala ...": the heading's apposition to its date.
        (sitrep_parser::Rel::Appos, Some(h)) => tree.head(h).is_none_or(|r| r == h),
        (_, Some(h)) => h == n,
    }
}

/// Whether the act of CAMEO `cameo` in `clause` is an act of war: one of
/// `[war-attack-codes]`, or one of `[unnamed-actor-codes]` in a sentence naming a weapon
/// of war.
pub(crate) fn war_attack(clause: &Clause, cameo: &str) -> bool {
    UNNAMED_ACTOR_CODES.contains(cameo)
        && (WAR_ATTACK_CODES.contains(cameo) || WAR_WEAPON_WORDS.named_in(&clause.words))
}

/// Whether the act noun whose phrase starts at local token `start` (head `head`) is the
/// object of "after", a few modifiers at most between them ("after a drone attack", "after
/// overnight missile strikes"): the act told as done before what the sentence reports.
pub(crate) fn in_an_after_phrase(clause: &Clause, start: usize, head: usize) -> bool {
    const MAX_MODIFIERS: usize = 3;
    let first = start.min(head);
    (first.saturating_sub(MAX_MODIFIERS + 1)..first)
        .rev()
        .take_while(|&k| k == first - 1 || !clause.tags[k].is_verb())
        .find(|&k| {
            clause.words[k] == "after"
                || !(clause.tags[k].is_noun()
                    || clause.tags[k].is_adj()
                    || matches!(clause.words[k], "a" | "an" | "the"))
        })
        .is_some_and(|k| clause.words[k] == "after")
}

/// Whether the word at `k` of `words` is a weapon of war, alone ("shelling") or with the
/// word before it ("air strikes", "drone strike").
pub(crate) fn is_war_weapon(words: &[&str], k: usize) -> bool {
    WAR_WEAPON_WORDS.contains(words[k])
        || (k > 0 && WAR_WEAPON_WORDS.contains_phrase(&words[k - 1..=k]))
}

/// Whether the clause counts a war's dead over a span of time ("since January", "this
/// year", "the death toll"), not one attack.
pub(crate) fn running_total(clause: &Clause) -> bool {
    RUNNING_TOTAL_CUES.named_in(&clause.words)
}

/// Whether the clause names a year before the publication's ("the 2004 Madrid train
/// bombings", "the 1995 bombing, which killed 168"): an act of war of that year is
/// history, also where no date expression dates the clause itself.
fn names_an_earlier_year(clause: &Clause) -> bool {
    use chrono::Datelike;
    let Some(published) = clause.doc.published else {
        return false;
    };
    clause.words.iter().any(|w| {
        w.len() == 4
            && w.parse::<i32>()
                .is_ok_and(|y| (1900..published.year()).contains(&y))
    })
}

/// Whether the clause tells what happens in a film, a book or a show ("In the new
/// thriller, a bomb explodes ...", `[narrative-works]` after "in"), not the news.
fn inside_a_narrative_work(clause: &Clause) -> bool {
    let w = &clause.words;
    (0..w.len())
        .any(|k| NARRATIVE_WORKS.contains(w[k]) && w[k.saturating_sub(3)..k].contains(&"in"))
}

/// The country of an act of war's ordinary victims: the first victim's own country when
/// the text states it (not guessed from the story, and a state's, not an international
/// body's), else the country of the place in the sentence the act happened in.
fn ordinary_victims_country<'d>(
    doc: &'d Doc,
    sentence: usize,
    recipients: &[usize],
) -> Option<&'d str> {
    let own = recipients.first().and_then(|&r| {
        let code = crate::events::coded(doc, r)?;
        (code.len() == 3 && !crate::doc::is_transnational_code(code)).then_some(code)
    });
    own.or_else(|| place_country(doc, sentence))
}

/// The one country of the places a sentence names: of its locative places ("in Kirkuk",
/// "near Goma") when it has any, else of every place it names ("Kharkiv: drone strike
/// hits ..."); none when they lie in different countries.
pub(crate) fn place_country<'d>(doc: &'d Doc, sentence: usize) -> Option<&'d str> {
    let s = &doc.sentences[sentence];
    let from = doc.places.partition_point(|p| p.first < s.first);
    let places = || doc.places[from..].iter().take_while(|p| p.first < s.last);
    let locative = places().any(|p| p.locative);
    let mut codes = places()
        .filter(|p| p.locative || !locative)
        .map(|p| p.code.as_deref());
    let Some(first) = codes.next() else {
        // No place named: a headline's country label says where ("Vietnam: Four killed
        // in air strike").
        return headline_label_code(doc, sentence);
    };
    let first = first?;
    codes.all(|c| c == Some(first)).then_some(first)
}

/// The names of the places a sentence names ("Odesa", "Baghdad").
fn place_names<'d>(doc: &'d Doc, sentence: usize) -> Vec<&'d str> {
    let s = &doc.sentences[sentence];
    let from = doc.places.partition_point(|p| p.first < s.first);
    doc.places[from..]
        .iter()
        .take_while(|p| p.first < s.last)
        .map(|p| p.name.as_str())
        .collect()
}

fn code_of<'a>(doc: &'a Doc, m: usize) -> Option<&'a str> {
    doc.entities[doc.mentions[m].entity].code.as_deref()
}

/// The country of a headline's label opening the document ("Mali: Seven Soldiers Killed
/// in Ambush Near Gao", "Vietnam: Four killed in air strike"): the label names where the
/// headline's act happened, as a dateline does. `sentence` must be the first.
pub(crate) fn headline_label_code<'d>(doc: &'d Doc, sentence: usize) -> Option<&'d str> {
    let s = doc.sentences.first().filter(|_| sentence == 0)?;
    let label = doc.mention_index(s.first)?;
    let l = &doc.mentions[label];
    let e = &doc.entities[l.entity];
    (l.last + 1 < s.last
        && doc.norm(l.last) == ":"
        && e.entity_type == sitrep_record::EntityType::Gpe)
        .then_some(e.code.as_deref())
        .flatten()
}

/// Does the mention `m`, of a role its country was inferred for, stand in a headline
/// whose country label opens it ("Mali: Seven Soldiers Killed in Ambush Near Gao")? The
/// label states the country as an adjective would ("Seven Malian Soldiers Killed").
fn headline_label_country(doc: &Doc, m: usize) -> bool {
    let mention = &doc.mentions[m];
    doc.sentences.first().is_some_and(|s| {
        mention.first > s.first
            && mention.last <= s.last
            && headline_label_code(doc, 0).is_some_and(|c| code_of(doc, m) == Some(c))
    })
}

/// Is the country guessed for mention `m` ("15 soldiers" in a story about Mali) the one of
/// every place its sentence names ("an attack on an army post in central Mali killed 15
/// soldiers")? Then the sentence states it: the people of a role with no country of their
/// own, where they were attacked, are that country's.
fn placed_at_home(doc: &Doc, m: usize) -> bool {
    let mention = &doc.mentions[m];
    let Some(&sentence) = doc.sentence_of.get(mention.first) else {
        return false;
    };
    doc.sentences
        .get(sentence as usize)
        .and_then(|s| doc.sentence_place_country(s))
        .is_some_and(|c| code_of(doc, m) == Some(c))
}

/// A party of a stated country (not guessed from the story) that is a state, or one of its
/// organs, its opposition or an armed group by sector, and is not negated ("no soldiers were
/// killed"). The object of an `active` verb may take its country from the places of its
/// sentence (`placed_at_home`); the subject of a passive may not: "eight demonstrators were
/// killed in Aungban" mostly follows the story's telling of its doer. The patient of a state's
/// legal act (`state_act`) needs no country but must be its opposition
/// (`[state-act-victim-sectors]`: "opposition party banned").
fn political_victim(doc: &Doc, m: usize, state_act: bool, active: bool) -> bool {
    let mention = &doc.mentions[m];
    let e = &doc.entities[mention.entity];
    let sector = mention.sector.as_deref().or(e.sector.as_deref());
    let negated = mention.first > 0 && doc.norm(mention.first - 1) == "no";
    if state_act {
        // Only the opposition and party politicians: a state or its organs restricted
        // ("restrictions imposed on Ankara") are another state's target, not its own.
        return !negated
            && sector.is_some_and(|s| {
                crate::words::STATE_ACT_VICTIM_SECTORS.contains(&s.to_ascii_lowercase())
            });
    }
    e.code.is_some()
        && (!e.code_inferred
            || headline_label_country(doc, m)
            || (active && placed_at_home(doc, m)))
        && !negated
        && match sector {
            None => e.entity_type == sitrep_record::EntityType::Gpe,
            Some(s) => POLITICAL_VICTIM_SECTORS.contains(&s.to_ascii_lowercase()),
        }
}

#[cfg(test)]
mod tests {
    use crate::testing::doc_through;

    /// (category, actor code, recipient code, rule) of every event coded from `text`.
    fn coded(text: &str) -> Vec<(String, Option<String>, Option<String>, String)> {
        let doc = doc_through("events", text);
        let code =
            |m: Option<usize>| m.and_then(|m| doc.entities[doc.mentions[m].entity].code.clone());
        doc.events
            .iter()
            .map(|e| {
                (
                    e.plover.clone(),
                    code(e.actor),
                    code(e.recipient),
                    e.rule.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_protest_without_its_protesters_is_coded_only_when_told_as_done() {
        let rule = crate::events::PROTEST_WITHOUT_PROTESTERS;
        for text in [
            "Riots broke out in Dakar after the opposition leader's arrest on Thursday.",
            "A rally against the junta was held in Bamako on Sunday.",
        ] {
            let events = coded(text);
            assert!(
                events
                    .iter()
                    .any(|(p, a, _, r)| p == "PROTEST" && a.is_none() && r.contains(rule)),
                "{text}: {events:?}"
            );
        }
        for text in [
            "Opposition groups plan protests in Belgrade next week.",
            "Organisers called off a march planned for Sunday in Nairobi.",
            "A rally of the ruling party was held in Kampala to launch the campaign.",
            "The protests that toppled the government in 1989 are remembered in Prague.",
            "On 2 June, a group of men assaulted a journalist covering a protest in Guwahati.",
            "On 10 June, a drone strike hit a hospital in El Fasher, killing nine health workers.",
        ] {
            let events = coded(text);
            assert!(
                events.iter().all(|(_, _, _, r)| !r.contains(rule)),
                "{text}: {events:?}"
            );
        }
    }

    /// An indefinite act as the subject ("An ambush killed") is an act told without its
    /// doer; soldiers with no country of their own, attacked in a place of the story's
    /// country, are that country's. A definite act ("The offensive killed") is not: its
    /// doer is the story's.
    #[test]
    fn an_indefinite_act_as_the_subject_has_its_doer_unnamed() {
        let got = coded(
            "BAMAKO - An ambush near an army post in central Mali killed 15 soldiers on Thursday.",
        );
        assert!(
            got.iter().any(|(p, a, r, rule)| p == "ASSAULT"
                && a.is_none()
                && r.as_deref() == Some("MLI")
                && rule.contains("actor unnamed")),
            "{got:?}"
        );
        let got = coded(
            "BAMAKO - The offensive near an army post in central Mali killed 15 soldiers on Thursday.",
        );
        assert!(
            got.iter()
                .all(|(_, _, _, rule)| !rule.contains("actor unnamed")),
            "a definite act has the story's doer: {got:?}"
        );
    }

    /// A claim or a blame in the next sentence names the doer of an act told without one;
    /// a claim about another act, or a blame naming no act, names none.
    #[test]
    fn a_claim_or_blame_in_the_next_sentence_names_the_doer() {
        for text in [
            "An attack on an army post in central Mali killed 15 soldiers on Thursday. JNIM said its fighters were behind the assault.",
            "A bombing killed seven police officers in Mali on Tuesday. Officials blamed JNIM for the attack.",
            "A bombing killed seven police officers in Mali on Tuesday. JNIM said it had launched the attack.",
        ] {
            let got = coded(text);
            assert!(
                got.iter().any(|(p, a, r, rule)| p == "ASSAULT"
                    && a.as_deref() == Some("MLI")
                    && r.as_deref() == Some("MLI")
                    && rule.contains("a claim or blame names")),
                "{text}: {got:?}"
            );
        }
        for text in [
            "A bombing killed seven police officers in Mali on Tuesday. JNIM said its fighters were behind the protests.",
            "A bombing killed seven police officers in Mali on Tuesday. Officials blamed JNIM for the unrest.",
        ] {
            let got = coded(text);
            assert!(
                got.iter().all(|(_, _, _, rule)| !rule.contains("a claim or blame names")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn political_violence_without_its_doer_keeps_the_actor_unnamed() {
        let got =
            coded("A senior Yemeni government official was assassinated in Aden on Saturday.");
        assert_eq!(got.len(), 1, "{got:?}");
        let (category, actor, recipient, rule) = &got[0];
        assert_eq!(
            (category.as_str(), actor, recipient.as_deref()),
            ("ASSAULT", &None, Some("YEM"))
        );
        assert!(rule.contains("actor unnamed:"), "{rule}");
    }

    #[test]
    fn a_ban_of_the_opposition_with_no_state_named_keeps_the_actor_unnamed() {
        let got = coded("Main opposition party banned ahead of presidential election");
        assert!(
            got.iter().any(|(c, a, _, rule)| c == "COERCE"
                && a.is_none()
                && rule.contains("a state's legal act")),
            "{got:?}"
        );
        // A state's own organs restricted are another state's target: no unnamed actor.
        let got = coded("Fresh restrictions were imposed on the Turkish government on Monday.");
        assert!(
            got.iter()
                .all(|(_, _, _, rule)| !rule.contains("actor unnamed")),
            "{got:?}"
        );
    }

    #[test]
    fn an_act_of_war_on_ordinary_victims_keeps_the_actor_unnamed() {
        // The civilians have no country of their own: the place of the act gives it.
        let got = coded(
            "On 3 February, a car bomb exploded at a crowded market in Kirkuk, killing at \
             least nine civilians.",
        );
        assert!(
            got.iter().any(|(c, a, _, rule)| c == "ASSAULT"
                && a.is_none()
                && rule.contains("weapons of war")),
            "{got:?}"
        );
        // A killing with no weapon of war named may be a crime; a gas blast is a mishap; a
        // war's running total is a casualty count; a year before the story's is history.
        for text in [
            "Gunmen killed a shopkeeper during a robbery in Port Harcourt on Saturday.",
            "A man was shot dead outside a nightclub in Cape Town early on Sunday.",
            "A gas leak caused a blast that killed four residents in Ryazan on Tuesday.",
            "Airstrikes have killed more than 600 civilians in Myanmar this year.",
            "Survivors of the 2004 Madrid train bombings remembered the 193 people killed.",
        ] {
            let got = coded(text);
            assert!(
                got.iter()
                    .all(|(_, _, _, rule)| !rule.contains("weapons of war")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn an_act_of_war_told_with_its_doer_is_not_coded_again_unnamed() {
        let got = coded(
            "Russian forces shelled the town of Kupiansk overnight. The shelling killed two \
             civilians and damaged a school, the regional governor said.",
        );
        assert!(
            got.iter()
                .all(|(_, _, _, rule)| !rule.contains("actor unnamed")),
            "{got:?}"
        );
    }

    #[test]
    fn ordinary_victims_mishaps_and_other_times_code_nothing() {
        for text in [
            "A man was killed in a car crash on the motorway on Sunday.",
            "A Nigerian soldier was killed in a training accident in Kaduna on Monday.",
            "A Turkish diplomat was assassinated in Paris in 1984.",
            "The Iraqi minister could be assassinated if he returns, his aides fear.",
        ] {
            let got = coded(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }
}
