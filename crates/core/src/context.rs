//! Stage 7, `context`: places, quotations with their speakers, and the links from events
//! to the date, place and quantities that belong to them.

use std::collections::HashMap;

use sitrep_dates::DateMatch;
use sitrep_gazetteer::{Evidence, Gazetteer, PlaceQuery};
use sitrep_quantities::QuantityMatch;
use sitrep_quotes::QuoteMatch;
use sitrep_record::EntityType;

use crate::doc::{Doc, MentionKind, PlaceMention};
use crate::events::CodedEvent;
use crate::provenance::Provenance;
use crate::recognize::LOCATIVE;

/// Countries of the document, most mentioned first (for place disambiguation).
pub fn doc_countries(doc: &Doc) -> Vec<String> {
    doc_countries_counted(doc)
        .into_iter()
        .map(|(c, _)| c)
        .collect()
}

/// Countries of the document with their mention counts, most mentioned first.
pub fn doc_countries_counted(doc: &Doc) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in &doc.mentions {
        if let Some(c) = doc.entities[m.entity].code.as_deref() {
            if c.len() == 3 && !matches!(c, "IGO" | "NGO" | "MNC" | "IMG") {
                *counts.entry(c).or_default() += 1;
            }
        }
    }
    for md in &doc.modifiers {
        *counts.entry(md.code.as_str()).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(c, n)| (c.to_string(), n)).collect()
}

fn token_at_byte(doc: &Doc, b: usize) -> usize {
    doc.tokens.tokens.partition_point(|t| (t.end as usize) <= b)
}

/// Places named in the text: the gazetteer's matches that are not actor names, plus the
/// capitals and cities the actor stage set aside, with coordinates. Which place each
/// name is (the hierarchy written next to it, kind words, the document's countries and
/// other places, prominence) is decided by [`Gazetteer::place_mentions`].
pub fn find_places(doc: &mut Doc, gazetteer: &Gazetteer) {
    let countries = doc_countries(doc);
    let country_refs: Vec<&str> = countries.iter().map(String::as_str).collect();
    // The places the actor dictionary found ("Tripoli" as Libya's capital): every
    // namesake is a candidate, so that "Tripoli, in northern Lebanon" can win.
    let mut queries: Vec<PlaceQuery> = doc
        .places
        .iter()
        .map(|p| PlaceQuery {
            start: p.start,
            end: p.end,
            candidates: gazetteer.lookup(&p.name),
            locative: p.locative,
        })
        .collect();
    let known = queries.len();
    let mut extra = Vec::new();
    for m in gazetteer.find(doc.text) {
        let first = token_at_byte(doc, m.start);
        if first >= doc.tokens.len() || doc.tokens.get(first).start as usize != m.start {
            continue;
        }
        let mut last = first;
        while last < doc.tokens.len() && (doc.tokens.get(last).end as usize) <= m.end {
            last += 1;
        }
        if last == first {
            continue;
        }
        if (first..last)
            .any(|t| doc.mention_at[t] != crate::doc::NONE || doc.role_at[t] != crate::doc::NONE)
        {
            continue;
        }
        if doc.places.iter().any(|p| p.first < last && first < p.last) {
            continue;
        }
        if doc
            .modifiers
            .iter()
            .any(|md| md.first < last && first < md.last)
        {
            continue;
        }
        let locative = is_locative(doc, first);
        let sentence_initial = doc.sentences[doc.sentence_of[first] as usize].first == first;
        if (m.common_word || sentence_initial) && !locative {
            continue;
        }
        queries.push(PlaceQuery {
            start: m.start,
            end: m.end,
            candidates: m.candidates,
            locative,
        });
        extra.push(PlaceMention {
            first,
            last,
            start: m.start,
            end: m.end,
            name: doc.text[m.start..m.end].to_string(),
            code: None,
            lat: None,
            lon: None,
            locative,
            place: None,
        });
    }
    let placed = gazetteer.place_mentions(doc.text, &queries, &country_refs);
    let set = |p: &mut PlaceMention, id: u32| {
        let place = gazetteer.located(id);
        p.lat = Some(place.lat);
        p.lon = Some(place.lon);
        p.code = Some(place.country_code.to_string());
        p.place = Some(place);
    };
    for (i, p) in doc.places.iter_mut().enumerate() {
        // A capital or city from the actor dictionary keeps its country unless the
        // text locates it elsewhere ("Tripoli, in northern Lebanon"); it keeps
        // coordinates even where the context is thin: the dictionary vouched for it.
        let code = p.code.clone();
        let in_country = |id: &u32| {
            code.as_deref()
                .is_none_or(|c| gazetteer.place(*id).country == c)
        };
        let id = placed[i]
            .filter(|x| x.evidence == Evidence::Hierarchy || in_country(&x.place))
            .map(|x| x.place)
            .or_else(|| {
                let own: Vec<u32> = queries[i]
                    .candidates
                    .iter()
                    .copied()
                    .filter(in_country)
                    .collect();
                gazetteer.try_resolve(&own, &country_refs)
            });
        if let Some(id) = id {
            set(p, id);
        }
    }
    let extra: Vec<PlaceMention> = extra
        .into_iter()
        .zip(&placed[known..])
        .filter_map(|(mut p, placed)| {
            set(&mut p, placed.as_ref()?.place);
            Some(p)
        })
        .collect();
    doc.places.extend(extra);
    // "the Somali city of Beledweyne": a place the gazetteer may not know, in a country
    // the text names.
    let mut named = Vec::new();
    for md in &doc.modifiers {
        let k = md.last;
        if k + 2 >= doc.tokens.len()
            || !matches!(
                doc.norm(k),
                "city" | "town" | "village" | "region" | "province" | "district" | "port"
            )
            || doc.norm(k + 1) != "of"
        {
            continue;
        }
        let first = k + 2;
        let mut last = first;
        while last < doc.tokens.len() && doc.tokens.get(last).capitalized && last - first < 4 {
            last += 1;
        }
        if last == first || doc.places.iter().any(|p| p.first == first) {
            continue;
        }
        let start = doc.tokens.get(first).start as usize;
        let end = doc.tokens.get(last - 1).end as usize;
        let known = gazetteer.lookup(&doc.text[start..end]);
        let located = known
            .iter()
            .find(|&&id| gazetteer.place(id).country == md.code)
            .map(|&id| gazetteer.located(id));
        let coords = located.map(|p| (p.lat, p.lon));
        named.push(PlaceMention {
            first,
            last,
            start,
            end,
            name: doc.text[start..end].to_string(),
            code: Some(md.code.clone()),
            lat: coords.map(|c| c.0),
            lon: coords.map(|c| c.1),
            locative: true,
            place: located,
        });
    }
    doc.places.extend(named);
    doc.places.sort_by_key(|p| p.first);
}

/// A quotation with its speaker resolved to a mention where possible.
#[derive(Debug, Clone)]
pub struct ResolvedQuote {
    pub start: usize,
    pub end: usize,
    pub outer_start: usize,
    pub outer_end: usize,
    pub speaker_mention: Option<usize>,
    /// The speaker phrase when it names no known actor.
    pub speaker_text: Option<String>,
}

/// Nouns that stand for a publication of the organisation that issued it.
const PUBLICATION_NOUNS: &[&str] = &[
    "commentary",
    "report",
    "statement",
    "editorial",
    "article",
    "newspaper",
    "agency",
    "broadcaster",
    "outlet",
    "communique",
    "communiqué",
    "dispatch",
    "bulletin",
    "release",
    "channel",
    "paper",
];

pub fn resolve_quotes(doc: &Doc, quotes: Vec<QuoteMatch>) -> Vec<ResolvedQuote> {
    let mut out = Vec::with_capacity(quotes.len());
    for q in quotes {
        let mut speaker_mention = None;
        let mut speaker_text = None;
        let span = q.speaker.or(q.according_to);
        if let Some((s, e)) = span {
            // A mention inside the speaker phrase (the last one: "Kyungnam's Lim" -> Lim).
            let first = token_at_byte(doc, s);
            let mut t = first;
            while t < doc.tokens.len() && (doc.tokens.get(t).start as usize) < e {
                if let Some(mi) = doc.mention_index(t) {
                    if speaker_mention.is_none() {
                        speaker_mention = Some(mi);
                    }
                }
                t += 1;
            }
            if speaker_mention.is_none() {
                let phrase = &doc.text[s..e];
                let lower = phrase.to_lowercase();
                if PUBLICATION_NOUNS
                    .iter()
                    .any(|n| lower.split_whitespace().any(|w| w == *n))
                {
                    speaker_mention = publisher_before(doc, first);
                }
                if speaker_mention.is_none() {
                    speaker_text = Some(phrase.to_string());
                }
            }
        }
        out.push(ResolvedQuote {
            start: q.start,
            end: q.end,
            outer_start: q.outer_start,
            outer_end: q.outer_end,
            speaker_mention,
            speaker_text,
        });
    }
    out
}

/// "the commentary asserted": the organisation that published it, named earlier.
fn publisher_before(doc: &Doc, token: usize) -> Option<usize> {
    let s = doc.sentence_of.get(token).copied().unwrap_or(0) as usize;
    let from = doc.sentences[s.saturating_sub(3)].first;
    let mut best = None;
    for (mi, m) in doc.mentions.iter().enumerate() {
        if m.first < from || m.first >= token {
            continue;
        }
        let e = &doc.entities[m.entity];
        if e.entity_type == EntityType::Org && m.kind == MentionKind::Name {
            let media = e.sector.as_deref() == Some("MED");
            // Prefer media; among equals, the most recent.
            match best {
                Some((_, true)) if !media => {}
                _ => best = Some((mi, media)),
            }
        }
    }
    best.map(|(mi, _)| mi)
}

/// What an event is linked to.
#[derive(Debug, Clone, Default)]
pub struct Linked {
    pub date: Option<usize>,
    pub place: Option<usize>,
    pub quantities: Vec<usize>,
}

fn inside(spans: &[(usize, usize)], t: usize) -> bool {
    spans.iter().any(|&(s, e)| s <= t && t < e)
}

pub fn link(
    doc: &Doc,
    events: &[CodedEvent],
    provenance: &[Provenance],
    dates: &[DateMatch],
    quantities: &[QuantityMatch],
) -> Vec<Linked> {
    let mut linked = vec![Linked::default(); events.len()];
    let date_tokens: Vec<usize> = dates.iter().map(|d| token_at_byte(doc, d.start)).collect();
    for (i, ev) in events.iter().enumerate() {
        let sent = doc.sentences[ev.sentence];
        let trig = ev.trigger.0;
        let spans = &provenance[i].attribution_spans;
        // Date: the nearest date expression in the sentence that is not part of the
        // attribution ("a Thursday report by KCNA" dates the report, not the event).
        let mut best: Option<(usize, usize)> = None;
        for (di, &t) in date_tokens.iter().enumerate() {
            if t < sent.first || t >= sent.last || inside(spans, t) || dates[di].value.is_none() {
                continue;
            }
            let dist = t.abs_diff(trig);
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((di, dist));
            }
        }
        linked[i].date = best.map(|(d, _)| d);
        // Place: the nearest locative place in the sentence ("in Pyongyang").
        let mut bestp: Option<(usize, usize)> = None;
        for (pi, p) in doc.places.iter().enumerate() {
            let at = p.first > 0
                && (matches!(
                    doc.norm(p.first - 1),
                    "in" | "at"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "around"
                ) || place_of(doc, p.first));
            if p.first < sent.first
                || p.first >= sent.last
                || !p.locative
                || !at
                || inside(spans, p.first)
            {
                continue;
            }
            let dist = p.first.abs_diff(trig);
            if bestp.is_none_or(|(_, d)| dist < d) {
                bestp = Some((pi, dist));
            }
        }
        linked[i].place = bestp.map(|(p, _)| p);
    }
    // Quantities: each belongs to the nearest event of its sentence.
    for (qi, q) in quantities.iter().enumerate() {
        let t = token_at_byte(doc, q.start);
        if t >= doc.tokens.len() {
            continue;
        }
        let s = doc.sentence_of[t] as usize;
        let mut best: Option<(usize, usize)> = None;
        for (i, ev) in events.iter().enumerate() {
            if ev.sentence != s {
                continue;
            }
            let dist = ev.trigger.0.abs_diff(t);
            if best.is_none_or(|(_, d)| dist < d) {
                best = Some((i, dist));
            }
        }
        if let Some((i, _)) = best {
            linked[i].quantities.push(qi);
        }
    }
    linked
}

/// "the Somali city of Beledweyne", "the town of Kok-Tash": a place after "<place noun> of".
fn place_of(doc: &Doc, first: usize) -> bool {
    first >= 2
        && doc.norm(first - 1) == "of"
        && matches!(
            doc.norm(first - 2),
            "city"
                | "town"
                | "village"
                | "region"
                | "province"
                | "district"
                | "state"
                | "port"
                | "capital"
                | "area"
        )
}

/// Preceded by a locative preposition, or by "<place noun> of".
pub fn is_locative(doc: &Doc, first: usize) -> bool {
    (first > 0 && LOCATIVE.contains(&doc.norm(first - 1))) || place_of(doc, first)
}

/// "We urge Afghanistan ...", said Khan: first-person pronouns inside a quotation stand
/// for its speaker. Adds those mentions, keeping mentions in token order and the quotes'
/// speaker indexes valid.
pub fn first_person_in_quotes(doc: &mut Doc, quotes: &mut [ResolvedQuote]) {
    let mut added = Vec::new();
    for q in quotes.iter() {
        let Some(speaker) = q.speaker_mention else {
            continue;
        };
        let first = token_at_byte(doc, q.start);
        let mut t = first;
        while t < doc.tokens.len() && (doc.tokens.get(t).end as usize) <= q.end {
            if doc.mention_at[t] == crate::doc::NONE
                && matches!(doc.norm(t), "we" | "i" | "our" | "my")
            {
                let sp = &doc.mentions[speaker];
                let tok = doc.tokens.get(t);
                added.push(crate::doc::Mention {
                    first: t,
                    last: t + 1,
                    start: tok.start as usize,
                    end: tok.end as usize,
                    entity: sp.entity,
                    sector: sp.sector.clone(),
                    kind: MentionKind::Pronoun,
                });
            }
            t += 1;
        }
    }
    if added.is_empty() {
        return;
    }
    let old_count = doc.mentions.len();
    doc.mentions.extend(added);
    let mut order: Vec<usize> = (0..doc.mentions.len()).collect();
    order.sort_by_key(|&i| doc.mentions[i].first);
    let mut new_index = vec![0usize; doc.mentions.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<crate::doc::Mention> =
        order.iter().map(|&i| doc.mentions[i].clone()).collect();
    std::mem::swap(&mut doc.mentions, &mut sorted);
    for q in quotes.iter_mut() {
        if let Some(m) = q.speaker_mention {
            debug_assert!(m < old_count);
            q.speaker_mention = Some(new_index[m]);
        }
    }
    for slot in doc.mention_at.iter_mut() {
        *slot = crate::doc::NONE;
    }
    for (mi, m) in doc.mentions.iter().enumerate() {
        for t in m.first..m.last {
            doc.mention_at[t] = mi as u32;
        }
    }
}
