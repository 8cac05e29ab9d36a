//! `assemble` (after the stages): the document record. Byte offsets become code-point offsets
//! here, once; ids are numbered in document order (`e1`, `v1`, `n1`), so the same input
//! always gives the same record.

use chrono::Datelike;
use sitrep_lexicon::Ontology;
use sitrep_record::{
    DateMention, Entity, Event, InputDocument, Location, Party, Precision, Quad, Quantity,
    QuantityActor, Quote, Record, SentenceRef, Span, Trigger,
};
use std::fmt::Write as _;

use crate::doc::{CodedEvent, SourceRef};
use crate::doc::{Doc, MentionKind, NONE};
use crate::knowledge::Knowledge;
use crate::text::CharIndex;
use crate::words::{
    CIVILIAN_TARGETS, HOME_UNREST_WORDS, MILITARY_TARGETS, OPPOSITION_PROTEST_WORDS,
    PLACE_LOCAL_SECTORS,
};

/// The quad class of a PLOVER category (the ontology's; a category it lacks is verbal
/// conflict). One function for the pipeline's events and those of an external coder
/// (`external.rs`), so both records class a category alike.
pub(crate) fn quad_of(ontology: &Ontology, plover: &str) -> Quad {
    match ontology.quad(plover).unwrap_or("verbal-conflict") {
        "verbal-cooperation" => Quad::VerbalCooperation,
        "material-cooperation" => Quad::MaterialCooperation,
        "verbal-conflict" => Quad::VerbalConflict,
        _ => Quad::MaterialConflict,
    }
}

struct Ids {
    /// Output id of each internal entity (None when it has no mention).
    entity: Vec<Option<String>>,
}

fn party(doc: &Doc, ids: &Ids, mention: usize) -> Party {
    let m = &doc.mentions[mention];
    let e = &doc.entities[m.entity];
    let single_surname = m.last - m.first == 1 && e.name_words.len() > 1;
    // A country named only through a place in it is the country, not the place's name.
    let text = if matches!(m.kind, MentionKind::Pronoun | MentionKind::Place)
        || (single_surname && e.entity_type == sitrep_record::EntityType::Person)
    {
        e.text.clone()
    } else {
        doc.text[m.start..m.end].to_string()
    };
    // "fired mortars at Armenian positions", "demolished Palestinian homes": a country
    // named by its adjective before what was hit is that country's military (a base,
    // positions) or civilians (homes, villages), as `target_sector` reads a bare object.
    let sector = m.sector.clone().or_else(|| e.sector.clone()).or_else(|| {
        let next = (m.kind == MentionKind::Adjective && m.last < doc.tokens.len())
            .then(|| doc.norm(m.last))?;
        if MILITARY_TARGETS.contains(next) {
            Some("MIL".to_string())
        } else if CIVILIAN_TARGETS.contains(next) {
            Some("CVL".to_string())
        } else {
            None
        }
    });
    Party {
        text,
        entity: ids.entity[m.entity].clone(),
        code: e.code.clone(),
        sector: sector.clone(),
        org: e.org.clone(),
        cameo_actor: e.cameo_actor(sector.as_deref()),
    }
}

fn phrase_party(doc: &Doc, first: usize, last: usize) -> Party {
    Party {
        text: doc.span_text(first, last).to_string(),
        ..Party::default()
    }
}

/// The record of a document that went through every stage.
pub(crate) fn record(input: &InputDocument, doc: &Doc, knowledge: &Knowledge) -> Record {
    let ontology: &Ontology = knowledge.ontology;
    let chars = CharIndex::new(doc.text);
    let c = |b: usize| chars.chars(b);

    // Entities: those with at least one mention or country-adjective reference.
    let mut spans: Vec<Vec<Span>> = vec![Vec::new(); doc.entities.len()];
    // An adjective's mention is its modifier's span, added below.
    for m in doc.mentions.iter().filter(|m| !m.kind.is_indirect()) {
        spans[m.entity].push(Span {
            start: c(m.start),
            end: c(m.end),
        });
    }
    for md in &doc.modifiers {
        let start = doc.tokens.get(md.first).start as usize;
        let end = doc.tokens.get(md.last - 1).end as usize;
        spans[md.entity].push(Span {
            start: c(start),
            end: c(end),
        });
    }
    let mut ids = Ids {
        entity: vec![None; doc.entities.len()],
    };
    // Number entities by first mention.
    let mut order: Vec<usize> = (0..doc.entities.len())
        .filter(|&e| !spans[e].is_empty())
        .collect();
    for s in &mut spans {
        s.sort_by_key(|sp| sp.start);
        s.dedup();
    }
    order.sort_by_key(|&e| spans[e][0].start);
    let mut entities = Vec::with_capacity(order.len());
    for (k, &e) in order.iter().enumerate() {
        let id = format!("e{}", k + 1);
        ids.entity[e] = Some(id.clone());
        let info = &doc.entities[e];
        entities.push(Entity {
            id,
            text: info.text.clone(),
            entity_type: info.entity_type,
            code: info.code.clone(),
            sector: info.sector.clone(),
            org: info.org.clone(),
            role: info.role.clone(),
            cameo_actor: info.cameo_actor(None),
            mentions: std::mem::take(&mut spans[e]),
        });
    }

    // Quantities.
    let quantities: Vec<Quantity> = doc
        .quantities
        .iter()
        .enumerate()
        .map(|(i, q)| Quantity {
            id: format!("n{}", i + 1),
            text: doc.text[q.start..q.end].to_string(),
            start: c(q.start),
            end: c(q.end),
            value: q.value,
            min: q.min,
            max: q.max,
            approx: q.approx,
            unit: q.unit.clone(),
            kind: q.kind,
            actor: q.noun_phrase.and_then(|(s, e)| quantity_actor(doc, s, e)),
            sources: doc.figure_provenance[i]
                .iter()
                .flat_map(|p| p.sources.iter())
                .map(|s| match s {
                    SourceRef::Mention(m) => party(doc, &ids, *m),
                    SourceRef::Phrase(a, b) => phrase_party(doc, *a, *b),
                })
                .collect(),
            modality: doc.figure_provenance[i].as_ref().map(|p| p.modality),
        })
        .collect();

    // Dates.
    let dates: Vec<DateMention> = doc
        .dates
        .iter()
        .map(|d| DateMention {
            text: doc.text[d.start..d.end].to_string(),
            start: c(d.start),
            end: c(d.end),
            value: d.value.map(|v| v.to_string()),
            precision: d.value.map(|v| v.precision()),
        })
        .collect();

    // Events.
    let published = doc.published.map(|d| d.format("%Y-%m-%d").to_string());
    let mut events = Vec::with_capacity(doc.events.len());
    for (i, ev) in doc.events.iter().enumerate() {
        let Some(code) = ontology.cameo(&ev.cameo) else {
            continue;
        };
        let prov = &doc.provenance[i];
        if left_out_of_record(doc, i).is_some() {
            continue;
        }
        let link = &doc.linked[i];
        let sent = doc.sentences[ev.sentence];
        let trig_start = doc.tokens.get(ev.trigger.0).start as usize;
        let trig_end = doc.tokens.get(ev.trigger.1 - 1).end as usize;
        let (date, date_precision) = match link.date.and_then(|d| doc.dates[d].value) {
            Some(v) => (Some(v.to_string()), Some(v.precision())),
            None => (
                published.clone(),
                published.as_ref().map(|_| Precision::Day),
            ),
        };
        let location = link.place.map(|p| {
            let pl = &doc.places[p];
            Location {
                text: pl.name.clone(),
                code: pl.code.clone(),
                lat: pl.lat.map(|x| (x * 10000.0).round() / 10000.0),
                lon: pl.lon.map(|x| (x * 10000.0).round() / 10000.0),
                start: Some(c(pl.start)),
                end: Some(c(pl.end)),
                name: pl.place.map(|g| g.name.to_string()),
                country: pl.place.and_then(|g| g.country).map(String::from),
                admin1: pl.place.and_then(|g| g.admin1).map(String::from),
                admin2: pl.place.and_then(|g| g.admin2).map(String::from),
                feature: pl.place.map(|g| g.feature.to_string()),
                precision: pl.place.map(|g| g.precision.to_string()),
            }
        });
        let sources = prov
            .sources
            .iter()
            .map(|s| match s {
                SourceRef::Mention(m) => party(doc, &ids, *m),
                SourceRef::Phrase(a, b) => phrase_party(doc, *a, *b),
            })
            .collect();
        let mut rule = ev.rule.clone();
        if !prov.sources.is_empty() || prov.modality != sitrep_record::Modality::Asserted {
            let _ = write!(rule, "; modality {}", prov.modality.as_str());
        }
        if ev.negated {
            rule.push_str("; negated in its verb group");
        }
        // Where a party named by a pronoun came from (session 31): the party the actor stage
        // resolved it to (a role's country taken from the story says so below).
        for (role, m) in [("actor", ev.actor), ("recipient", ev.recipient)] {
            let Some(m) = m else { continue };
            let mention = &doc.mentions[m];
            let e = &doc.entities[mention.entity];
            if mention.kind == crate::doc::MentionKind::Pronoun {
                let _ = write!(
                    rule,
                    "; {role} `{}` refers back to {}",
                    doc.norm(mention.first),
                    e.text
                );
            }
        }
        let place_country = location.as_ref().and_then(|l| l.code.as_deref());
        let mut placed = |role: &str, m: usize| {
            let (p, from_place) = placed_party(doc, &ids, m, place_country);
            if from_place {
                let _ = write!(rule, "; {role}'s country taken from the event's place");
            }
            p
        };
        // A protest told without its protesters is the people's of the country where it
        // happens: its opposition where the sentence says so ("opposition protests",
        // "anti-government demonstrations"), else its civilians.
        let people = (ev.actor.is_none()
            && ev.slots.actor == crate::doc::ActorSource::PeopleWhereItHappens)
            .then(|| {
                crate::unattributed::place_country(doc, ev.sentence)
                    .or(place_country)
                    .map(String::from)
            })
            .flatten();
        let actor = ev.actor.map(|m| placed("actor", m)).or_else(|| {
            let code = people.as_deref()?;
            let s = &doc.sentences[ev.sentence];
            let opposition =
                (s.first..s.last).any(|k| OPPOSITION_PROTEST_WORDS.contains(doc.norm(k)));
            let sector = if opposition { "OPP" } else { "CVL" };
            let mut p = country_party(doc, &ids, code);
            p.sector = Some(sector.to_string());
            p.cameo_actor = Some(format!("{code}{sector}"));
            Some(p)
        });
        let recipient = ev.recipient.map(|m| placed("recipient", m));
        for (role, m) in [("actor", ev.actor), ("recipient", ev.recipient)] {
            if let Some(m) = m {
                if doc.entities[doc.mentions[m].entity].code_inferred {
                    let _ = write!(
                        rule,
                        "; {role}'s country taken from the document's main country"
                    );
                }
            }
        }
        events.push(Event {
            id: format!("v{}", events.len() + 1),
            event: ev.plover.clone(),
            mode: code.mode.clone(),
            context: code.context.clone(),
            cameo: ev.cameo.clone(),
            goldstein: Some(code.goldstein),
            quad: quad_of(ontology, &ev.plover),
            actor,
            recipient: recipient.or_else(|| {
                // An attack or a siege with no named target hits the country where it
                // happened ("gunmen stormed a hotel in Beledweyne": Somalia); a protest
                // with none is aimed at the authorities where it happens ("protesters
                // marched in Lagos": Nigeria), as CAMEO codes demonstrations.
                // A state's courts, prosecutors, police or government investigating,
                // accusing, suing or convicting people or acts the text names no party for
                // ("opened an investigation into a former coal secretary", "accused a
                // former deputy minister of taking bribes", "police are investigating the
                // shooting") act in their own country.
                // So do its courts, police and government releasing, freeing on bail or
                // pardoning people held in their custody ("a Turkish court released a
                // jailed journalist", CAMEO 0841).
                let release_from_custody = ev.cameo == "0841"
                    && ev.actor.is_some_and(|a| {
                        let m = &doc.mentions[a];
                        let sector = m
                            .sector
                            .as_deref()
                            .or(doc.entities[m.entity].sector.as_deref());
                        matches!(sector, Some("JUD" | "COP" | "GOV"))
                    });
                if (ev.plover == "ACCUSE" && crate::events::is_legal_action(&ev.cameo))
                    || release_from_custody
                {
                    let code = crate::context::national_state_code(doc, ev.actor?)?;
                    rule.push_str(
                        "; recipient: the acting state's own country (its legal action names no party)",
                    );
                    return Some(country_party(doc, &ids, code));
                }
                // A force a state sends within its own country against the unrest, attacks
                // or armed groups the sentence names is aimed at its own country ("Venezuela
                // deployed troops to Valencia after the riots"; golden README convention 13);
                // not where the sentence names a party of another country ("to its border
                // after Hezbollah attacks").
                if ev.plover == "MOBILIZE" && matches!(ev.cameo.as_str(), "153" | "154") {
                    let code = home_force_country(doc, ev, place_country)?;
                    rule.push_str(
                        "; recipient: the actor's own country (a force sent against unrest at home)",
                    );
                    return Some(country_party(doc, &ids, &code));
                }
                // A state's threat of restrictions or repression at home (CAMEO 1321-1324:
                // curbs on freedoms, bans of parties, curfews, martial law; 133 and 137:
                // against protest and dissent) that names no target falls on its own
                // country, as the restrictions it imposes do (172x below): "Kenya's interior
                // minister warned that a curfew would be imposed in Nakuru". Not the bare
                // 132, which is also a threatened deportation of foreigners (174).
                if ev.plover == "THREATEN"
                    && (ev.cameo.starts_with("132") && ev.cameo.len() == 4
                        || matches!(ev.cameo.as_str(), "133" | "137"))
                {
                    let code = crate::context::national_state_code(doc, ev.actor?)?;
                    rule.push_str(
                        "; recipient: the threatening state's own country (a restriction or repression at home, no named target)",
                    );
                    return Some(country_party(doc, &ids, code));
                }
                let protest = ev.plover == "PROTEST";
                if !matches!(ev.plover.as_str(), "ASSAULT" | "COERCE") && !protest {
                    return None;
                }
                let target = if protest {
                    None
                } else {
                    target_sector(doc, &knowledge.actors, ev)
                };
                let aimed_at = |code: &str, rule: &mut String| {
                    let mut p = country_party(doc, &ids, code);
                    if let Some(sector) = target {
                        let _ = write!(rule, " (its {sector} sector: the object names no party, only where they are)");
                        p.sector = Some(sector.to_string());
                        p.cameo_actor = Some(format!("{code}{sector}"));
                    }
                    p
                };
                if let Some(place_country) = location.as_ref().and_then(|l| l.code.clone()) {
                    rule.push_str("; recipient: the country where it happened");
                    return Some(aimed_at(&place_country, &mut rule));
                }
                // Police arresting people, rebels attacking villages: a domestic actor's
                // act on its own country's people.
                if let Some(code) = &people {
                    rule.push_str("; recipient: the government of the country where it happened");
                    return Some(country_party(doc, &ids, code));
                }
                let actor_mention = &doc.mentions[ev.actor?];
                let actor = &doc.entities[actor_mention.entity];
                let actor_sector = actor_mention.sector.as_deref().or(actor.sector.as_deref());
                // A curfew, martial law, a state of emergency, a ban (CAMEO 172x) is
                // imposed by a state on its own country; so are its arrests and seizures
                // of people and goods the text names no party for (173, 171x: "huge
                // quantities of ammunition were seized"). Not deportations, whose people
                // are foreign.
                let restriction = (ev.cameo.starts_with("172")
                    || matches!(ev.cameo.as_str(), "171" | "1711" | "173"))
                    && actor.entity_type != sitrep_record::EntityType::Person
                    && actor
                        .code
                        .as_deref()
                        .is_some_and(|c| c.len() == 3 && !crate::doc::is_transnational_code(c));
                if restriction {
                    let code = actor.code.clone()?;
                    rule.push_str(
                        "; recipient: the actor's own country (a restriction it imposed)",
                    );
                    return Some(aimed_at(&code, &mut rule));
                }
                // Only for actors whose country was itself taken from the document: "Tajik
                // forces shelled a school" names a foreign force, not a domestic one.
                // Insurgents, militias, gangs, police, intelligence services and courts,
                // named or not, act inside their own country ("the BLA took credit for
                // attacking a military vehicle", "authorities arrested him").
                let national = actor
                    .code
                    .as_deref()
                    .is_some_and(|c| !crate::doc::is_transnational_code(c));
                let internal_force = matches!(
                    actor_sector,
                    Some("REB" | "SEP" | "UAF" | "CRM" | "INS" | "COP" | "SPY" | "JUD")
                );
                // A country's own people protesting with no target and no place
                // ("tens of thousands of Sudanese began protesting") protest at home, like
                // protesters whose country was taken from the document.
                // A protest by a person or a named body of its own country ("jailed critic
                // Alexei Navalny went on hunger strike", "the CGT staged a general
                // strike") is aimed at home too; a state's own protest is a diplomatic one.
                let person = actor.entity_type == sitrep_record::EntityType::Person;
                let domestic = national
                    && ((!person
                        && (internal_force
                            || actor.dict_id.is_none() && (actor.code_inferred || protest)))
                        || protest && actor.entity_type != sitrep_record::EntityType::Gpe);
                if !domestic {
                    return None;
                }
                let code = actor.code.clone()?;
                rule.push_str("; recipient: the actor's own country (no named target)");
                Some(aimed_at(&code, &mut rule))
            }),
            trigger: Trigger {
                text: doc.text[trig_start..trig_end].to_string(),
                start: c(trig_start),
                end: c(trig_end),
            },
            sentence: SentenceRef {
                index: ev.sentence,
                start: c(sent.start),
                end: c(sent.end),
            },
            date,
            date_precision,
            location,
            modality: prov.modality,
            negated: ev.negated,
            sources,
            quantities: link
                .quantities
                .iter()
                .map(|&q| format!("n{}", q + 1))
                .collect(),
            rule,
        });
    }

    // Quotes.
    let quotes = doc
        .quotes
        .iter()
        .map(|q| Quote {
            text: doc.text[q.start..q.end].to_string(),
            start: c(q.start),
            end: c(q.end),
            speaker: match (q.speaker_mention, &q.speaker_text) {
                (Some(m), _) => Some(party(doc, &ids, m)),
                (None, Some(t)) => Some(Party {
                    text: t.clone(),
                    ..Party::default()
                }),
                (None, None) => None,
            },
        })
        .collect();

    Record {
        id: input.id.clone(),
        title: input.title.clone(),
        published,
        url: input.url.clone(),
        language: Some("en".into()),
        text: input.text.clone(),
        meta: input.meta.clone(),
        entities,
        events,
        quotes,
        quantities,
        dates,
        key_points: doc.key_points.clone(),
        error: None,
    }
}

/// Whose a quantity is: "North Korean soldiers" -> PRK MIL.
fn quantity_actor(doc: &Doc, start: usize, end: usize) -> Option<QuantityActor> {
    let toks = &doc.tokens.tokens;
    let first = toks.partition_point(|t| (t.end as usize) <= start);
    let mut code: Option<String> = None;
    let mut sector: Option<String> = None;
    let mut t = first;
    while t < toks.len() && (toks[t].start as usize) < end {
        if let Some(md) = doc.modifier_starting_at(t) {
            code.get_or_insert_with(|| md.code.clone());
        }
        if let Some(m) = doc.mention_of(t) {
            let e = &doc.entities[m.entity];
            if code.is_none() {
                code = e.code.clone();
            }
            if sector.is_none() {
                sector = m.sector.clone().or_else(|| e.sector.clone());
            }
        }
        if doc.role_at[t] != NONE && sector.is_none() {
            // The role noun's sector ("soldiers" -> MIL) comes from the mention above when
            // the phrase was recognised as one; a bare role falls back to the dictionary.
        }
        t += 1;
    }
    if code.is_none() && sector.is_none() {
        return None;
    }
    Some(QuantityActor { code, sector })
}

/// The party for a country named only by a place in it.
/// The party of an event's actor or recipient. A group with no country of its own
/// ("gunmen", "police", "residents") takes the country of the place where its event
/// happened when the sentence names one ("gunmen attacked a police post in Zamfara":
/// Nigerian gunmen), as CAMEO's agent coding does for conflict reports; the second value
/// says so. Not people, not dictionary entries, not aid groups or international bodies, and
/// not refugees and migrants, who are often foreign where they are. Unlike the
/// document-wide inference in `actors.rs`, journalists and students are included: those
/// arrested or attacked at a place are local unless the text says otherwise ("a French
/// journalist" has its country already), while a story's quoted analysts need not be.
fn placed_party(
    doc: &Doc,
    ids: &Ids,
    mention: usize,
    place_country: Option<&str>,
) -> (Party, bool) {
    let mut p = party(doc, ids, mention);
    let e = &doc.entities[doc.mentions[mention].entity];
    // "Western governments", "foreign donors": placed outside the story's country, and
    // outside the event's place too (words.txt `[foreign-modifiers]`).
    let first = doc.mentions[mention].first;
    let foreign = first > 0 && crate::words::FOREIGN_MODIFIERS.contains(doc.norm(first - 1));
    let local = !matches!(p.sector.as_deref(), Some("IGO" | "NGO" | "REF")) && !foreign;
    // A country guessed from the document ("police" in a story about Russia) gives way to
    // the event's place for parties that act where they are ("police in London arrested
    // a man": British police), `[place-local-sectors]`; troops may act abroad.
    let guessed_elsewhere = |country: &str| {
        e.code_inferred
            && p.code.as_deref() != Some(country)
            && p.sector
                .as_deref()
                .is_some_and(|s| PLACE_LOCAL_SECTORS.contains(&s.to_ascii_lowercase()))
    };
    match place_country {
        Some(country)
            if (p.code.is_none() || guessed_elsewhere(country))
                && e.cameo.is_none()
                && e.dict_id.is_none()
                && e.entity_type != sitrep_record::EntityType::Person
                && local =>
        {
            p.code = Some(country.to_string());
            p.cameo_actor = Some(match p.sector.as_deref() {
                Some(s) => format!("{country}{s}"),
                None => country.to_string(),
            });
            (p, true)
        }
        _ => (p, false),
    }
}

/// The sector an attack with no named party hits, from what its object is: a village,
/// homes, a bus are civilians' (CVL), a base or an outpost the military's (MIL), and a
/// role the dictionary knows its sector ("kidnapped a soldier": MIL, "killed a local
/// journalist": MED; an indefinite role names no party of its own, `actors.rs`, but says
/// whom the act hit). The object is the first such noun after the trigger, before the
/// clause moves on (a comma, a locative, a verb of its own).
fn target_sector<'d>(
    doc: &Doc,
    dict: &'d sitrep_actors::ActorDictionary,
    ev: &CodedEvent,
) -> Option<&'d str> {
    let sent = doc.sentences[ev.sentence];
    let end = (ev.trigger.1 + 8).min(sent.last);
    for t in ev.trigger.1..end {
        let w = doc.norm(t);
        if CIVILIAN_TARGETS.contains(w) {
            return Some("CVL");
        }
        if MILITARY_TARGETS.contains(w) {
            return Some("MIL");
        }
        if doc.role_at[t] != NONE {
            if let Some(sector) = dict.entry(doc.role_at[t]).sector.as_deref() {
                return Some(sector);
            }
        }
        if matches!(
            w,
            "," | ";"
                | "."
                | "in"
                | "near"
                | "at"
                | "outside"
                | "from"
                | "after"
                | "and"
                | "killing"
                | "during"
        ) {
            return None;
        }
    }
    None
}

fn country_party(doc: &Doc, ids: &Ids, code: &str) -> Party {
    let entity = doc.entities.iter().position(|e| {
        e.entity_type == sitrep_record::EntityType::Gpe
            && e.code.as_deref() == Some(code)
            && e.dict_id.as_deref() == Some(code)
    });
    Party {
        text: entity
            .map(|e| doc.entities[e].text.clone())
            .unwrap_or_else(|| code.to_string()),
        entity: entity.and_then(|e| ids.entity[e].clone()),
        code: Some(code.to_string()),
        sector: None,
        org: None,
        cameo_actor: Some(code.to_string()),
    }
}

/// Why an event the coder found stays out of the record, when it does. CAMEO codes acts that
/// happened, were promised or were threatened. A hypothetical act is kept only as the
/// consequence of a stated condition ("Moscow could send peacekeepers if the truce fails",
/// "If the route stays open, a second convoy could be sent"); a modal guess with no condition
/// ("analysts believe the EU may make compromises", "rebels could attack villages again") and
/// an act inside the condition itself ("NATO could play a role if China failed to pressure
/// Pyongyang") are left out: the golden stories' coders list such sentences as non-events (their
/// README, convention 8). Threats are conditional by nature and stay. `Pipeline::explain`
/// prints the reason beside the event.
///
/// An act dated by its own date more than [`HISTORY_YEARS`] years before the publication
/// ("NATO bombed Serbia in 1999", "Japan occupied the peninsula from 1910 to 1945") is
/// history told as background, not news: the golden stories code a past act with its own
/// date when the story retells it (acts up to eleven years old), but not history named in
/// passing (their README). An older date beside a recent one in the same sentence
/// ("Rebels, who took up arms in 1990, attacked a base on Monday") keeps the sentence's
/// events, since the nearest date need not be the act's.
pub(crate) fn left_out_of_record(doc: &Doc, event: usize) -> Option<&'static str> {
    use sitrep_record::Modality::{Believed, Hypothetical, Intended};
    let (ev, prov) = (&doc.events[event], &doc.provenance[event]);
    if history(doc, event) {
        return Some("history: an act dated years before the story");
    }
    if restates_an_earlier_event(doc, event) {
        return Some(
            "a later sentence tells again an act coded before (same act, parties and verb)",
        );
    }
    // "Analysts believe Pyongyang's focus is tilted toward strengthening its collaboration
    // with Moscow", "Analysts say Tehran would welcome the closure": an act analysts or
    // experts believe in or foresee is their analysis, not a reported act (golden
    // convention 8: analysts' scenarios are not events), as their own acts are opinion.
    // What they report as done ("analysts said Russian forces shelled Kharkiv") stays.
    if let (Some(SourceRef::Mention(m)), Believed | Intended | Hypothetical) =
        (prov.sources.first(), prov.modality)
    {
        if crate::events::is_commentator(doc, Some(*m)) {
            return Some("an analyst's or expert's reading, not a reported act");
        }
    }
    // "He believes leaders from the U.S. and China will meet at some point", "Kyiv expects
    // Moscow to launch an offensive": a future act inside what someone believes, expects
    // or predicts is that party's forecast, not a reported act (golden convention 8),
    // whoever holds it. The believer's own intent ("Iran expects to sign the deal": the
    // actor is the subject, so no other source) and what it says ("X said it will ...")
    // stay.
    if prov.under_belief_verb
        && foreseen(doc, ev, prov.modality)
        && prov.sources.first().is_some_and(|s| match s {
            SourceRef::Mention(m) => ev
                .actor
                .is_none_or(|a| doc.mentions[a].entity != doc.mentions[*m].entity),
            SourceRef::Phrase(..) => true,
        })
    {
        return Some("a future act someone believes in or expects, not a reported act");
    }
    // "It is likely that Russia will attack again", "Iran will probably retaliate": a
    // future act hedged by its likelihood is a forecast too.
    if prov.speculative && matches!(prov.modality, Intended | Hypothetical) {
        return Some("a future act hedged as likely, not a reported act");
    }
    // "Without the ceasefire, the army would have launched an offensive": a modal perfect
    // of what would have been done tells an act that did not happen.
    if counterfactual_perfect(doc, ev) {
        return Some("a counterfactual act (would have): it did not happen");
    }
    // "If Russia attacks a NATO member, the alliance will respond", "it is a mistake if
    // Macron thinks he can ... by taking issue with ...": the condition is not asserted,
    // whatever the modality of the act inside it.
    if inside_a_condition(doc, ev) {
        return Some("an act inside a condition (if, unless)");
    }
    if prov.modality != sitrep_record::Modality::Hypothetical
        || ev.plover == "THREATEN"
        || consequence_of_a_condition(doc, ev)
    {
        return None;
    }
    Some("a hypothetical act that is not the consequence of a stated condition")
}

/// How many earlier events [`restates_an_earlier_event`] compares an event with: enough for
/// a story's acts told again, and a bound that keeps the record linear in the document.
const RESTATEMENT_LOOKBACK: usize = 64;

/// Does the event tell again, in a later sentence with no date of its own, an act an earlier
/// sentence of the story coded: the same CAMEO code, trigger word, actor and recipient
/// (by their codes)? "Thailand deported 40 Uyghurs to China last month ... She visited them
/// the day after the 40 were deported", "Security forces killed all six attackers ... the
/// country's security forces killed dozens of al-Shabab members": golden convention 7, a
/// real-world event is coded once per story, at its fullest mention, and the sentences that
/// only restate it are not coded again. A later mention with a date of its own ("In 2024,
/// the EU imposed duties", "Another court in November revoked his house arrest") is another
/// act and stays; so does a negated one, and an act with no named actor (one attack of
/// unnamed gunmen is no evidence that the next was the same).
fn restates_an_earlier_event(doc: &Doc, event: usize) -> bool {
    let ev = &doc.events[event];
    if ev.negated || ev.actor.is_none() {
        return false;
    }
    if !doc.dates_in(&doc.sentences[ev.sentence]).is_empty() {
        return false;
    }
    let code = |m: Option<usize>| {
        m.map(|m| {
            let e = doc.mentions[m].entity;
            (doc.entities[e].code.as_deref(), e)
        })
    };
    // Parties match by code; a party with no code matches only itself.
    let same_party = |a: Option<usize>, b: Option<usize>| match (code(a), code(b)) {
        (None, None) => true,
        (Some((Some(x), _)), Some((Some(y), _))) => x == y,
        (Some((None, x)), Some((None, y))) => x == y,
        _ => false,
    };
    let word = doc.norm(ev.trigger.0);
    (event.saturating_sub(RESTATEMENT_LOOKBACK)..event).any(|i| {
        let o = &doc.events[i];
        o.sentence < ev.sentence
            && !o.negated
            && o.cameo == ev.cameo
            && doc.norm(o.trigger.0) == word
            && same_party(o.actor, ev.actor)
            && same_party(o.recipient, ev.recipient)
            // Only an act the record keeps is told again: one left out (a hypothetical,
            // an analyst's view) leaves the later telling the act's only one.
            && left_out_of_record(doc, i).is_none()
    })
}

/// Is the event a future or possible act: intended ("will meet") or hypothetical ("could
/// attack"), or an infinitive ("expects Moscow to launch")?
fn foreseen(doc: &Doc, ev: &CodedEvent, modality: sitrep_record::Modality) -> bool {
    use sitrep_record::Modality::{Hypothetical, Intended};
    if matches!(modality, Intended | Hypothetical) {
        return true;
    }
    let start = doc.sentences[ev.sentence].first + ev.verb_group;
    !ev.noun && start > 0 && start <= ev.trigger.0 && doc.norm(start - 1) == "to"
}

/// The trigger's verb group holds "would have" ("would not have") before the trigger, an
/// auxiliary ("would have launched", not "would have no discussions"): the act is
/// counterfactual. "Could", "may" and "might have" guess at what may have happened and are
/// left to the hedges; "X should have withdrawn" is a demand on X, a frame's.
fn counterfactual_perfect(doc: &Doc, ev: &CodedEvent) -> bool {
    let sentence = doc.sentences[ev.sentence];
    let trigger = ev.trigger.0;
    let start = (sentence.first + ev.verb_group).min(trigger);
    (start..trigger).any(|i| {
        doc.norm(i) == "would"
            && ((i + 1 < trigger && doc.norm(i + 1) == "have")
                || (doc.norm(i + 1) == "not" && i + 2 < trigger && doc.norm(i + 2) == "have"))
    })
}

/// A condition opens the trigger's clause (the words back to the nearest comma, semicolon
/// or "that") before the trigger: "if", "unless", "in case", or the "that" ending the
/// clause of "in the event that", "on condition that", "provided that"
/// (`words::opens_condition`).
fn inside_a_condition(doc: &Doc, ev: &CodedEvent) -> bool {
    let sentence = doc.sentences[ev.sentence];
    let trigger = ev.trigger.0;
    let mut clause_start = (sentence.first + ev.verb_group).min(trigger);
    while clause_start > sentence.first
        && !matches!(doc.token_text(clause_start - 1), ";" | "," | "that")
    {
        clause_start -= 1;
    }
    let from = if clause_start > sentence.first + 1 && doc.norm(clause_start - 1) == "that" {
        clause_start - 1
    } else {
        clause_start
    };
    (from..trigger).any(|i| opens_condition_at(doc, sentence.first, i))
}

/// Whether token `i` of a sentence beginning at `first` opens a condition.
fn opens_condition_at(doc: &Doc, first: usize, i: usize) -> bool {
    let prev = if i > first { doc.norm(i - 1) } else { "" };
    crate::words::opens_condition(prev, doc.norm(i))
}

/// How many years before the publication an act dated by its own date is history.
const HISTORY_YEARS: i32 = 15;

/// Whether the event's own date (the date linked to it) and every other date of its
/// sentence lie more than [`HISTORY_YEARS`] before the publication. A date after "since"
/// starts a state that lasts until now ("has ruled since 1994"), and a date inside a
/// relative clause the trigger is outside of ("Lukashenko, who has ruled since 1994, has
/// dismissed") dates that clause, not the act.
fn history(doc: &Doc, event: usize) -> bool {
    let (Some(published), Some(date)) = (doc.published, doc.linked.get(event).and_then(|l| l.date))
    else {
        return false;
    };
    let ev = &doc.events[event];
    let sentence = doc.sentences[ev.sentence];
    let old = |d: &sitrep_dates::DateMatch| {
        d.end_value
            .or(d.value)
            .is_some_and(|v| published.year() - v.year > HISTORY_YEARS)
    };
    let at = doc.token_at_byte(doc.dates[date].start);
    if !old(&doc.dates[date])
        || (at > sentence.first && doc.norm(at - 1) == "since")
        || in_relative_clause_without(doc, sentence.first, sentence.last, at, ev.trigger.0)
    {
        return false;
    }
    doc.dates.iter().all(|d| {
        let t = doc.token_at_byte(d.start);
        t < sentence.first || t >= sentence.last || d.value.is_none() || old(d)
    })
}

/// Whether token `at` lies in a relative clause set off by commas (", who ...,", ", which
/// ...,") that token `trigger` is outside of.
fn in_relative_clause_without(
    doc: &Doc,
    first: usize,
    last: usize,
    at: usize,
    trigger: usize,
) -> bool {
    let Some(open) = (first..at).rev().find(|&i| doc.norm(i) == ",") else {
        return false;
    };
    if !matches!(doc.norm(open + 1), "who" | "which" | "whose") {
        return false;
    }
    let close = (at..last).find(|&i| doc.norm(i) == ",").unwrap_or(last);
    trigger < open || trigger > close
}

/// The event's clause is the main clause of a conditional sentence: an "if"/"unless" stands
/// after the trigger or before the comma that opens the trigger's clause, and none inside
/// the trigger's clause before it.
fn consequence_of_a_condition(doc: &Doc, ev: &CodedEvent) -> bool {
    let sentence = doc.sentences[ev.sentence];
    let is_condition = |i: usize| opens_condition_at(doc, sentence.first, i);
    let trigger = ev.trigger.0;
    let mut clause_start = (sentence.first + ev.verb_group).min(trigger);
    while clause_start > sentence.first
        && !matches!(doc.token_text(clause_start - 1), ";" | "," | "that")
    {
        clause_start -= 1;
    }
    if (clause_start..trigger).any(is_condition) {
        return false;
    }
    (trigger + 1..sentence.last).any(is_condition)
        || (sentence.first..clause_start).any(is_condition)
}

/// The country of a state force sent within its own country against unrest, attacks or
/// armed groups the sentence names (`[home-unrest-words]`): the actor's country, when the
/// event's place (if any) lies in it and no party of another country is named in the
/// sentence.
fn home_force_country(doc: &Doc, ev: &CodedEvent, place_country: Option<&str>) -> Option<String> {
    let actor_mention = &doc.mentions[ev.actor?];
    let actor = &doc.entities[actor_mention.entity];
    let sector = actor_mention.sector.as_deref().or(actor.sector.as_deref());
    if matches!(sector, Some("REB" | "SEP" | "INS" | "UAF" | "CRM" | "OPP")) {
        return None;
    }
    // A force of no country of its own ("Hundreds of police officers were deployed in
    // Eldoret") is the state's where it is sent, as its placed party says (`placed_party`).
    let code = match actor.code.as_deref() {
        Some(c) => Some(c),
        None => place_country,
    }
    .filter(|c| c.len() == 3 && !crate::doc::is_transnational_code(c))?;
    if place_country.is_some_and(|p| p != code) {
        return None;
    }
    let s = &doc.sentences[ev.sentence];
    let foreign = doc.mentions.iter().any(|m| {
        m.first >= s.first
            && m.last <= s.last
            && doc.entities[m.entity]
                .code
                .as_deref()
                .is_some_and(|c| c != code)
    });
    let unrest = (s.first..s.last).any(|k| HOME_UNREST_WORDS.contains(doc.norm(k)));
    (unrest && !foreign).then(|| code.to_string())
}
