//! Stage `places`: places named in the text, with coordinates: the capitals, cities and
//! regions the actor stage set aside, and the gazetteer's matches that are not actor
//! names ("in Beledweyne", "the town of Kok-Tash"), disambiguated towards the countries
//! the document names.

use sitrep_gazetteer::{Evidence, Gazetteer, PlaceKind, PlaceQuery};

use crate::doc::{Doc, Mention, MentionKind, PlaceMention, TokenKind};
use crate::knowledge::Knowledge;
use crate::words::LOCATIVE;

/// "we", "I", "our", "my": the pronouns the actor stage gives to a quote's speaker.
pub(crate) fn is_first_person(w: &str) -> bool {
    matches!(w, "we" | "i" | "our" | "my")
}

/// The least population of a namesake in a country the story names that takes a
/// dictionary city's name from the dictionary's country (Lebanon's Tripoli, 230,000): a
/// village namesake is no city a reader would think of.
const STORY_NAMESAKE_POPULATION: u64 = 100_000;

/// The stage.
pub(crate) fn run(k: &Knowledge, doc: &mut Doc) {
    doc.places = doc.place_names.clone();
    let recoded = find_places(doc, k.gazetteer);
    parties_of_a_recoded_place(doc, &recoded);
    parties_named_by_their_place(doc);
    dateline_descriptions(doc, k.gazetteer);
    sayers_places(doc);
}

/// "Volker Turk said in Geneva that ...", "a U.N. spokesman in New York said ...": where a
/// sayer spoke from, far from the story, is not where the act it tells happened.
/// Such a place stays a place of the text but is not locative for the events (their place,
/// the country of an agentless state act, generic parties placed by it): the preposition
/// right after a verb of saying (words.txt `[sayer-verbs]`: "said", "told"; not "declared"
/// or "reported", which are also acts told in the passive: "a curfew was declared in Gondar"), or after it and its audience or medium (words.txt
/// `[sayer-setting-words]`: "said in a statement in Kyiv", "told a news briefing in New
/// Delhi"), or the place closing the sayer's phrase before its verb ("officials in Kabul
/// said").
fn sayers_places(doc: &mut Doc) {
    const MAX_SETTING_WORDS: usize = 5;
    for i in 0..doc.places.len() {
        let p = &doc.places[i];
        if !p.locative {
            continue;
        }
        let first = before_direction_words(doc, p.first);
        if first == 0 || !matches!(doc.norm(first - 1), "in" | "at") {
            continue;
        }
        let s = doc.sentences[doc.sentence_of[p.first] as usize];
        let prep = first - 1;
        // The sayer named before the place is a party of another country ("a U.N.
        // spokesman in New York said"; not "government headquarters in Corsica said").
        let sayer_elsewhere = prep > s.first
            && doc.mention_at[prep - 1] != crate::doc::NONE
            && doc.entities[doc.mentions[doc.mention_at[prep - 1] as usize].entity]
                .code
                .as_deref()
                .is_some_and(|c| Some(c) != p.code.as_deref());
        let after = p.last < s.last
            && sayer_elsewhere
            && crate::words::SAYER_VERBS.contains(doc.norm(p.last));
        let mut before = false;
        let mut j = prep;
        while j > s.first && prep - j <= MAX_SETTING_WORDS {
            j -= 1;
            let w = doc.norm(j);
            if crate::words::SAYER_VERBS.contains(w) {
                before = true;
                break;
            }
            if !crate::words::SAYER_SETTING_WORDS.contains(w) {
                break;
            }
        }
        if !(after || before) {
            continue;
        }
        // Officials speaking where the act happened ("officials in Monrovia said", "the
        // government in Seoul said", "told journalists in Kenya") speak from its country:
        // only a place of a country the sentence names no party of, and not the story's
        // own, is a sayer's far away ("a U.N. spokesman in New York", "in Geneva").
        let Some(code) = doc.places[i].code.as_deref() else {
            continue;
        };
        let named_here = doc
            .mentions
            .iter()
            .filter(|m| m.first >= s.first && m.last <= s.last && !m.kind.is_indirect())
            .any(|m| doc.entities[m.entity].code.as_deref() == Some(code));
        if named_here || crate::recipients::story_country(doc, &s) == Some(code) {
            continue;
        }
        doc.places[i].locative = false;
    }
}

/// The story's dateline: the index in `doc.places` of the place that opens the story's first
/// sentence, in capitals, of known country, with a dash within a few tokens ("NAIROBI
/// (Reuters) -", "KINSHASA, March 2 (Reuters) -"), and the token after the dash, where the
/// lead's body starts.
pub(crate) fn dateline(doc: &Doc) -> Option<(usize, usize)> {
    const MAX_DATELINE_TOKENS: usize = 12;
    let s0 = doc.sentences.first()?;
    let place = doc
        .places
        .iter()
        .position(|p| p.first == s0.first && p.code.is_some())?;
    if !doc.tokens.get(s0.first).all_caps {
        return None;
    }
    let body = (s0.first + 1..s0.last.min(s0.first + MAX_DATELINE_TOKENS))
        .find(|&k| matches!(doc.norm(k), "-" | "--" | "\u{2014}" | "\u{2013}"))?
        + 1;
    Some((place, body))
}

/// "BEIRUT (AP) - Israeli drones struck a car in the south of the country", "KYIV (AP) -
/// Russia launched 100 drones at the country overnight", "TEHRAN - Israel struck military
/// sites near the capital": in a datelined story, "the country" and "the capital" after a
/// preposition, or as a possessor ("the country's coast"), are the dateline's country and
/// its capital, as a wire reader takes them, until the story has named another country in
/// an earlier sentence (then the description may be that one's; a country named in the
/// same sentence is the one acting on it, or it would say "its"). Each becomes a place of
/// the dateline's country, which the place rules read as any named place ("strikes on
/// Kharkiv"); a subject "the country" is the actor stage's (`described_parties`).
fn dateline_descriptions(doc: &mut Doc, gazetteer: &Gazetteer) {
    let Some((dateline, body)) = dateline(doc) else {
        return;
    };
    let dateline = doc.places[dateline].clone();
    let Some(code) = dateline.code.clone() else {
        return;
    };
    // The first body sentence naming a country other than the dateline's.
    let other_country =
        |c: &str| c != code && c.len() == 3 && !crate::doc::is_transnational_code(c);
    let first_other = doc
        .mentions
        .iter()
        .filter(|m| m.first >= body && !m.kind.is_indirect())
        .filter(|m| {
            doc.entities[m.entity]
                .code
                .as_deref()
                .is_some_and(other_country)
        })
        .map(|m| m.first)
        .chain(
            doc.modifiers
                .iter()
                .filter(|md| md.first >= body && other_country(&md.code))
                .map(|md| md.first),
        )
        .map(|t| doc.sentence_of[t])
        .min();
    let mut added = Vec::new();
    for head in body + 1..doc.tokens.len() {
        let w = doc.norm(head);
        if !matches!(w, "country" | "capital") || doc.norm(head - 1) != "the" {
            continue;
        }
        let the = head - 1;
        let sentence = doc.sentence_of[head];
        if first_other.is_some_and(|s| s < sentence)
            || doc.sentence_of[the] != sentence
            || doc.mention_at[head] != crate::doc::NONE
            || doc.mention_at[the] != crate::doc::NONE
            || doc.places.iter().any(|p| p.first <= head && head < p.last)
        {
            continue;
        }
        let next = doc.norm(head + 1);
        let possessor = next == "'s" || next == "\u{2019}s";
        let after_prep = the > 0 && PLACE_PREPOSITIONS.contains(&doc.norm(the - 1));
        // "the capital of Ukraine", "the capital, Kinshasa": named there, not here.
        let named_after = matches!(next, "of" | ",")
            && doc
                .places
                .iter()
                .any(|p| p.first > head && p.first <= head + 2);
        if !(possessor || after_prep) || named_after || next == "of" {
            continue;
        }
        let capital = w == "capital";
        // The country itself, as the gazetteer knows it (its feature "country").
        let place = if capital {
            dateline.place
        } else {
            gazetteer.country(&code).map(|id| gazetteer.located(id))
        };
        let (start, end) = (
            doc.tokens.get(the).start as usize,
            doc.tokens.get(head).end as usize,
        );
        added.push(PlaceMention {
            first: the,
            last: head + 1,
            start,
            end,
            name: doc.text[start..end].to_string(),
            code: Some(code.clone()),
            lat: place.as_ref().map(|p| p.lat),
            lon: place.as_ref().map(|p| p.lon),
            locative: the > 0 && locative_at(doc, the - 1),
            place,
        });
    }
    if !added.is_empty() {
        doc.places.extend(added);
        doc.places.sort_by_key(|p| p.first);
    }
}

/// Prepositions before "the country" / "the capital" that make them a place
/// (`dateline_descriptions`).
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "into",
    "at",
    "to",
    "on",
    "near",
    "across",
    "of",
    "from",
    "toward",
    "towards",
    "against",
    "around",
    "outside",
    "inside",
    "throughout",
    "over",
    "through",
    "within",
];

/// "Gunmen in Tripoli" took the country of the actor dictionary's Tripoli (Libya's capital)
/// before the places stage read the story: where the story put the place in another
/// country ("Lebanon's army ... Gunmen in Tripoli"), a group mention spanning the place with
/// the dictionary's country takes the place's. `recoded`: (place's first token, the
/// dictionary's country, the story's), sorted by token.
fn parties_of_a_recoded_place(doc: &mut Doc, recoded: &[(usize, String, String)]) {
    if recoded.is_empty() {
        return;
    }
    let mut placed: Vec<(usize, String)> = Vec::new();
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        if m.kind != MentionKind::Nominal
            || e.dict_id.is_some()
            || e.entity_type == sitrep_record::EntityType::Person
        {
            continue;
        }
        let inside = recoded.iter().find(|(first, old, _)| {
            m.first < *first && *first < m.last && e.code.as_deref() == Some(old.as_str())
        });
        if let Some((_, _, new)) = inside {
            placed.push((m.entity, new.clone()));
        }
    }
    for (e, code) in placed {
        doc.entities[e].code = Some(code);
    }
}

/// Group parties that the text places by a name the actor stage could not read (the
/// gazetteer is read here): a place compounded before the role ("a Munich court", "Ituri
/// militiamen", "Nairobi police") or after it with "of"/"in"/"from" ("residents of
/// Zahedan", "gunmen in Maguindanao") gives the role that place's country, over a country
/// guessed from the story ("police" in a story about Russia). Only unnamed groups and
/// bodies with no country of their own, not people, dictionary entries, aid groups,
/// international bodies or refugees; a force after "in" only when it had no country at
/// all, since troops are often abroad ("U.S. troops in Syria").
fn parties_named_by_their_place(doc: &mut Doc) {
    // `doc.places` is sorted by first token and its places are disjoint: one binary
    // search finds the place starting at a token, or the one ending right before it.
    let place_country_at = |first: usize| {
        let i = doc.places.partition_point(|p| p.first < first);
        doc.places
            .get(i)
            .filter(|p| p.first == first)
            .and_then(|p| p.code.clone())
    };
    let mut placed: Vec<(usize, String)> = Vec::new();
    for m in &doc.mentions {
        if m.kind != MentionKind::Nominal {
            continue;
        }
        let e = &doc.entities[m.entity];
        if !(e.code.is_none() || e.code_inferred)
            || e.dict_id.is_some()
            || e.cameo.is_some()
            || e.entity_type == sitrep_record::EntityType::Person
            || matches!(e.sector.as_deref(), Some("IGO" | "NGO" | "REF"))
        {
            continue;
        }
        let sentence = doc.sentence_of[m.first];
        // A place ending right before the mention, in its sentence and capitalised.
        let i = doc.places.partition_point(|p| p.first < m.first);
        let before = i
            .checked_sub(1)
            .map(|i| &doc.places[i])
            .filter(|p| {
                p.last == m.first
                    && p.first < p.last
                    && doc.sentence_of[p.first] == sentence
                    && doc.tokens.get(p.first).capitalized
                    && !is_locative(doc, p.first)
            })
            .and_then(|p| p.code.clone());
        let after = || {
            let prep = m.last;
            if prep + 1 >= doc.tokens.len()
                || doc.sentence_of[prep + 1] != sentence
                || !matches!(doc.norm(prep), "of" | "in" | "from")
            {
                return None;
            }
            let mut at = if doc.norm(prep + 1) == "the" {
                prep + 2
            } else {
                prep + 1
            };
            while at < doc.tokens.len() && sitrep_actors::is_direction_word(doc.norm(at)) {
                at += 1;
            }
            let force = e.sector.as_deref() == Some("MIL");
            if e.code_inferred && force {
                return None;
            }
            place_country_at(at)
        };
        if let Some(code) = before.or_else(after) {
            placed.push((m.entity, code));
        }
    }
    for (e, code) in placed {
        let e = &mut doc.entities[e];
        e.code = Some(code);
        e.code_inferred = false;
    }
    // "Settlers attacked Palestinian farmers near Nablus": people who came from another
    // state to live in a territory are that state's where the text gives, or the story
    // guesses, the territory (words.txt `[settler-nouns]`).
    let mut settled: Vec<(usize, String)> = Vec::new();
    for m in &doc.mentions {
        let e = &doc.entities[m.entity];
        if m.kind != MentionKind::Nominal || e.dict_id.is_some() || m.last == m.first {
            continue;
        }
        let head = doc.norm(m.last - 1);
        if let Some((_, _, state)) = crate::words::SETTLER_NOUNS
            .iter()
            .find(|(noun, territory, _)| noun == head && e.code.as_deref() == Some(territory))
        {
            let adjective = doc.modifier_covering(m.first).is_some();
            if !adjective {
                settled.push((m.entity, state.clone()));
            }
        }
    }
    for (e, code) in settled {
        let e = &mut doc.entities[e];
        e.code = Some(code);
        e.code_inferred = false;
    }
}

/// Places named in the text: the gazetteer's matches that are not actor names, plus the
/// capitals and cities the actor stage set aside, with coordinates.
fn find_places(doc: &mut Doc, gazetteer: &Gazetteer) -> Vec<(usize, String, String)> {
    // Countries as the names and their coreference give them: first-person pronouns
    // inside quotes repeat a speaker. A group whose country is that of a place it spans
    // ("Gunmen in Tripoli") is the place's guess, no evidence of which namesake it is,
    // where the name is shared by several countries ("civilians in Bamenda" still is).
    let shared_name = |name: &str| {
        let candidates = gazetteer.lookup(name);
        let mut countries = candidates.iter().map(|&id| gazetteer.place(id).country);
        countries
            .next()
            .is_some_and(|first| countries.any(|c| c != first))
    };
    let country_of_its_place = |m: &Mention| {
        let code = doc.entities[m.entity].code.as_deref();
        m.kind == MentionKind::Nominal
            && code.is_some()
            && doc.places.iter().any(|p| {
                m.first < p.first
                    && p.last <= m.last
                    && p.code.as_deref() == code
                    && shared_name(&p.name)
            })
    };
    let named: Vec<Mention> = doc
        .mentions
        .iter()
        .filter(|m| !(m.kind == MentionKind::Pronoun && is_first_person(doc.norm(m.first))))
        .filter(|m| !country_of_its_place(m))
        .cloned()
        .collect();
    let countries = doc.countries_counted(&named);
    let country_refs: Vec<&str> = countries.iter().map(|(c, _)| c.as_str()).collect();
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
    // Tokens inside an actor-stage place or a country modifier: the gazetteer's matches
    // overlapping one are skipped (a table instead of a scan of both lists per match).
    let mut taken = vec![false; doc.tokens.len()];
    for (first, last) in doc
        .places
        .iter()
        .map(|p| (p.first, p.last))
        .chain(doc.modifiers.iter().map(|m| (m.first, m.last)))
    {
        for slot in &mut taken[first.min(last)..last.min(doc.tokens.len())] {
            *slot = true;
        }
    }
    let mut extra = Vec::new();
    for m in gazetteer.find_in_view(&doc.view) {
        let first = doc.token_at_byte(m.start);
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
        if taken[first..last].iter().any(|&t| t) {
            continue;
        }
        // "Southern Lebanon", "Western Ukraine": a capitalised compass word before another
        // name is part of how that place is named, not a region of its own (Zambia's
        // "Southern" province).
        if last == first + 1
            && sitrep_actors::is_direction_word(doc.norm(first))
            && last < doc.tokens.len()
            && doc.tokens.get(last).capitalized
            && doc.sentence_of[last] == doc.sentence_of[first]
        {
            continue;
        }
        // "Ben Gurion Airport", "Bir Zeit University": a one-word name opening a longer
        // capitalised name that is no party, no calendar word and no kind of place names no
        // place of its own (not in a title-case headline, where every word is capitalised).
        if last == first + 1 && opens_longer_name(doc, last) {
            continue;
        }
        let locative = is_locative(doc, first);
        let sentence_initial = doc.sentences[doc.sentence_of[first] as usize].first == first;
        if (m.common_word || sentence_initial) && !locative {
            continue;
        }
        // "shelled Kupiansk": the object of a verb that takes or strikes a place is placed
        // as surely as a locative one (the mention itself stays non-locative: the act
        // happened there only as its target, which `link` reads from the verb).
        let taken_place = taken_place(doc, first);
        // "the Mozambican town of Palma": only a namesake in that country, else none.
        let mut candidates = m.candidates;
        if let Some(code) = adjective_country_of_place(doc, &doc.mentions, first) {
            candidates.retain(|&id| gazetteer.place(id).country.eq_ignore_ascii_case(code));
            if candidates.is_empty() {
                continue;
            }
        }
        queries.push(PlaceQuery {
            start: m.start,
            end: m.end,
            candidates,
            locative: locative || taken_place,
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
    let mut recoded = Vec::new();
    for (i, p) in doc.places.iter_mut().enumerate() {
        // A capital or city from the actor dictionary keeps its country unless the
        // text locates it elsewhere ("Tripoli, in northern Lebanon"); it keeps
        // coordinates even where the context is thin: the dictionary vouched for it.
        let code = p.code.clone();
        let in_country = |id: &u32| {
            code.as_deref()
                .is_none_or(|c| gazetteer.place(*id).country == c)
        };
        // A namesake in a country the story names, where the story never names the
        // dictionary's country, is the story's ("Lebanon's army ... Gunmen in Tripoli"):
        // a city of 100,000 or more that a reader of the story would think of first, called
        // by that name today (not Engels, once Pokrovsk, in a story of Russian forces near
        // Ukraine's Pokrovsk), and no region (a district of Botswana is no Bamenda).
        let named_in_story = |c: &str| country_refs.iter().any(|r| r.eq_ignore_ascii_case(c));
        let story_namesake = |id: &u32| {
            let place = gazetteer.place(*id);
            code.as_deref().is_some_and(|c| !named_in_story(c))
                && named_in_story(place.country)
                && place.kind == PlaceKind::City
                && place.population >= STORY_NAMESAKE_POPULATION
                && place.name.eq_ignore_ascii_case(&p.name)
        };
        let located = placed[i].filter(|x| x.evidence == Evidence::Hierarchy);
        let id = located
            .map(|x| x.place)
            .or_else(|| {
                let story: Vec<u32> = queries[i]
                    .candidates
                    .iter()
                    .copied()
                    .filter(story_namesake)
                    .collect();
                gazetteer.try_resolve(&story, &country_refs)
            })
            .or_else(|| placed[i].filter(|x| in_country(&x.place)).map(|x| x.place))
            .or_else(|| {
                let own: Vec<u32> = queries[i]
                    .candidates
                    .iter()
                    .copied()
                    .filter(in_country)
                    .collect();
                gazetteer.try_resolve(&own, &country_refs)
            });
        // Only a namesake the story chose moves the groups placed there: a hierarchy the
        // gazetteer fell back on ("Bamenda, North West region" read as Botswana's region
        // for want of a Bamenda in it) is no better evidence than the city.
        let story_chosen = located.is_none() && id.is_some_and(|id| story_namesake(&id));
        if let Some(id) = id {
            set(p, id);
            if let (Some(old), Some(new), true) = (code, p.code.as_ref(), story_chosen) {
                if old != *new {
                    recoded.push((p.first, old, new.clone()));
                }
            }
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
    recoded
}

/// The first token of the direction words ("southern", "north east") before the name at
/// `first`, or `first` when there are none.
pub(crate) fn before_direction_words(doc: &Doc, first: usize) -> usize {
    const MAX_DIRECTION_WORDS: usize = 2;
    let mut k = first;
    while k > 0
        && first - k < MAX_DIRECTION_WORDS
        && sitrep_actors::is_direction_word(doc.norm(k - 1))
    {
        k -= 1;
    }
    k
}

/// Is `w` a noun of a kind of place ("city", "capital", "province")?
pub(crate) fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
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

/// "in the capital, Kinshasa", "in the Congolese capital, Kinshasa": a name in apposition
/// to a place noun after a locative preposition (up to two words between "the" and the
/// noun) names where it happened.
fn in_apposition_to_a_locative_place(doc: &Doc, first: usize) -> bool {
    if first < 4 || doc.norm(first - 1) != "," || !is_place_noun(doc.norm(first - 2)) {
        return false;
    }
    (3..=5)
        .take_while(|&back| back < first)
        .find(|&back| doc.norm(first - back) == "the")
        .is_some_and(|back| first > back && locative_at(doc, first - back - 1))
}

/// A name right after a verb that attacks, takes or enters a place ("shelled Kupiansk",
/// "captured eastern Pokrovsk"; words.txt `[place-taking-verbs]`): the act's target place.
pub(crate) fn taken_place(doc: &Doc, first: usize) -> bool {
    let head = before_direction_words(doc, first);
    head > 0 && crate::words::PLACE_TAKING_VERBS.contains(doc.norm(head - 1))
}

/// "the Somali city of Beledweyne", "the town of Kok-Tash": a place after "<place noun> of".
pub(crate) fn place_of(doc: &Doc, first: usize) -> bool {
    first >= 2 && doc.norm(first - 1) == "of" && is_place_noun(doc.norm(first - 2))
}

/// "the northern Mozambican town of Palma", "the Syrian city of Kobani" (session 30): a
/// country adjective before "<place noun> of", perhaps after a direction word, says which
/// country the named place lies in. The country's code, read from a mention of the
/// adjective (`mentions`, sorted) or a country modifier there.
pub(crate) fn adjective_country_of_place<'a>(
    doc: &'a Doc,
    mentions: &[Mention],
    first: usize,
) -> Option<&'a str> {
    if !place_of(doc, first) || first < 3 {
        return None;
    }
    let k = first - 3;
    let at = mentions.partition_point(|m| m.last <= k);
    let by_mention = mentions
        .get(at)
        .filter(|m| m.first <= k && m.kind == MentionKind::Adjective)
        .and_then(|m| doc.entities.get(m.entity))
        .filter(|e| e.entity_type == sitrep_record::EntityType::Gpe)
        .and_then(|e| e.code.as_deref());
    by_mention.or_else(|| doc.modifier_covering(k).map(|m| m.code.as_str()))
}

/// Is token `i` a locative preposition (words.txt `[locative]`)? Asked through the token's
/// prefilter key (`Doc::key`): the place and actor stages ask it around every name they
/// find, and most words there are on no list.
#[inline]
fn locative_at(doc: &Doc, i: usize) -> bool {
    LOCATIVE.contains_keyed(doc.norm(i), doc.key(i))
}

/// Preceded by a locative preposition, or by "<place noun> of", either of them perhaps
/// before a direction word or two ("in southern Lebanon", "in north east Syria"), or in
/// apposition to a locative place noun ("in the capital, Kinshasa").
pub(crate) fn is_locative(doc: &Doc, first: usize) -> bool {
    let name = first;
    let first = before_direction_words(doc, first);
    (first > 0 && locative_at(doc, first - 1))
        || place_of(doc, first)
        || in_apposition_to_a_locative_place(doc, first)
        || named_kind_of_place(doc, first, name)
}

/// "in the Tillaberi region", "across the northern Belgorod region", "near the Kurram
/// district": a name between "the" after a locative word and a noun of a kind of place,
/// one to three capitalised words long (`first` is where the direction words before the
/// name begin, `name` its first word).
fn named_kind_of_place(doc: &Doc, first: usize, name: usize) -> bool {
    const MAX_NAME_TOKENS: usize = 3;
    if first < 2 || doc.norm(first - 1) != "the" || !locative_at(doc, first - 2) {
        return false;
    }
    let si = doc.sentence_of[name];
    (name + 1..(name + 1 + MAX_NAME_TOKENS).min(doc.tokens.len()))
        .take_while(|&k| doc.sentence_of[k] == si)
        .find(|&k| !doc.tokens.get(k).capitalized || is_place_noun(doc.norm(k)))
        .is_some_and(|k| is_place_noun(doc.norm(k)))
}

/// Is the token at `t`, right after a one-word place name, the next word of a longer
/// capitalised name ("Ben Gurion Airport")? Not a party or role ("Kharkiv Mayor"), a day or
/// month ("in Kyiv Monday"), a kind of place or facility ("Goma Airport", "Kherson
/// Oblast"), nor a word of a title-case headline.
pub(crate) fn opens_longer_name(doc: &Doc, t: usize) -> bool {
    if t >= doc.tokens.len() {
        return false;
    }
    let tok = doc.tokens.get(t);
    let si = doc.sentence_of[t] as usize;
    tok.kind == TokenKind::Word
        && tok.capitalized
        && tok.space_before
        && si == doc.sentence_of[t - 1] as usize
        && doc.mention_at[t] == crate::doc::NONE
        && doc.role_at[t] == crate::doc::NONE
        && !doc.is_title_case(si)
        && !sitrep_lexicon::is_weekday_name(doc.norm(t))
        && !sitrep_lexicon::is_month_name(doc.norm(t))
        && !matches!(
            doc.norm(t),
            "province"
                | "state"
                | "governorate"
                | "oblast"
                | "region"
                | "district"
                | "territory"
                | "department"
                | "county"
                | "municipality"
                | "city"
                | "town"
                | "village"
                | "airport"
                | "port"
                | "crossing"
                | "camp"
                | "strip"
                | "valley"
                | "river"
                | "lake"
                | "island"
                | "islands"
                | "mountains"
                | "base"
                | "air"
                | "refinery"
                | "dam"
        )
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_mention_codes, doc_through};

    #[test]
    fn unnamed_groups_take_the_country_of_the_place_that_names_them() {
        let doc = doc_through(
            "places",
            "Russia shelled Kharkiv. A Munich court jailed a man, and residents of Zahedan \
             protested.",
        );
        assert_mention_codes(&doc, &[("court", "DEU"), ("residents", "IRN")]);
    }

    #[test]
    fn settlers_are_of_the_state_they_came_from() {
        let doc = doc_through(
            "places",
            "Settlers attacked Palestinian farmers near Nablus on Friday.",
        );
        assert_mention_codes(&doc, &[("Settlers", "ISR"), ("Palestinian farmers", "PSE")]);
    }

    #[test]
    fn a_datelined_story_s_country_and_capital_are_the_dateline_s() {
        let place = |text: &str, name: &str| {
            let doc = doc_through("places", text);
            doc.places
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.code.clone())
        };
        assert_eq!(
            place(
                "KYIV (AP) - Russia launched 100 drones at the country overnight.",
                "the country"
            )
            .as_deref(),
            Some("UKR")
        );
        assert_eq!(
            place(
                "TEHRAN - Israel struck military sites near the capital overnight.",
                "the capital"
            )
            .as_deref(),
            Some("IRN")
        );
        // Another country named in an earlier sentence may be the one described.
        assert_eq!(
            place(
                "KYIV (AP) - Poland sent tanks. Officials in the country said so.",
                "the country"
            ),
            None
        );
        // No dateline, no place.
        assert_eq!(
            place(
                "Russia launched 100 drones at the country overnight.",
                "the country"
            ),
            None
        );
    }
}
