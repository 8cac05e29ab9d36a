//! Placing a document's place names the way a reader does.
//!
//! [`Gazetteer::find`] says which names could be places and every place each
//! could be; [`Gazetteer::place_mentions`] picks one place per name (or none)
//! from what the text around it says, in this order of strength:
//!
//! 1. the administrative hierarchy written next to the name: "Uvira, South
//!    Kivu", "Gwoza (Borno state)", "Kunduz, Afghanistan", "Bama, a town in
//!    Borno": a candidate that lies inside a place named right after it wins;
//! 2. a kind word: "Kunduz province" is the province, "the town of Kunduz"
//!    the town, "Mwenga district" the district;
//! 3. the document's countries (as the caller counted them), and the other
//!    places of the story: a candidate close to the story's other confidently
//!    placed names is preferred;
//! 4. prominence as the last resort: countries, then major cities, then named
//!    news places, then population, a place's main name before an alternate.
//!
//! A small place (a village, a district) is accepted only with evidence: a
//! locative word before it (the caller's judgement: "in", "near", "north
//! of"), a kind word, or the hierarchy. A place far from every other place of
//! the story and outside the document's countries needs the hierarchy or must
//! be a major city. Names that merely qualify another ("South Kivu" in "Uvira,
//! South Kivu") are reported as such so that an event's location is the most
//! specific place.
//!
//! Everything here is a bounded look at the text around each name plus a
//! pass over the candidates: linear in the text and in the candidate lists.

use crate::index::{self, normalize_name};
use crate::{Gazetteer, Place, PlaceId, PlaceKind};

/// A place name the caller found in a document (usually a [`crate::PlaceMatch`]
/// it kept) and wants placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceQuery {
    /// Byte offset of the name in the text.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    /// Every place with that name (from [`Gazetteer::find`] or [`Gazetteer::lookup`]).
    pub candidates: Vec<PlaceId>,
    /// The name follows a locative word ("in", "near", "outside", "north of")
    /// or "<place noun> of".
    pub locative: bool,
}

/// Why a place was chosen, strongest first; [`Evidence::as_str`] words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Evidence {
    /// A place named right after it contains it ("Uvira, South Kivu").
    Hierarchy,
    /// A kind word next to it ("Kunduz province", "the town of Bama").
    KindWord,
    /// It lies in a country the document names.
    DocumentCountry,
    /// It lies near the story's other places.
    NearbyPlace,
    /// Only prominence (kind, population) decided.
    Prominence,
}

impl Evidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::Hierarchy => "named with its region or country",
            Evidence::KindWord => "kind word next to the name",
            Evidence::DocumentCountry => "in a country the document names",
            Evidence::NearbyPlace => "near the story's other places",
            Evidence::Prominence => "most prominent place of that name",
        }
    }
}

/// The place chosen for one [`PlaceQuery`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub place: PlaceId,
    /// This name only locates an earlier query ("South Kivu" in "Uvira, South
    /// Kivu"): that query's index. An event's place should be the earlier one.
    pub qualifies: Option<usize>,
    pub evidence: Evidence,
}

/// A populated place at least this big is accepted without a locative word
/// (the old 15,000+ gazetteer's behaviour); smaller ones need evidence.
pub const SMALL_PLACE_POPULATION: u64 = 15_000;

/// Beyond this distance (km) from every other place of the story, and outside
/// the document's countries, a place needs the hierarchy or must be major.
pub const FAR_KM: f64 = 1500.0;

/// What a word next to a name says about the kind of place it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KindHint {
    Admin1,
    Admin2,
    AnyAdmin,
    Populated,
}

fn hint_of_word(w: &str) -> Option<KindHint> {
    Some(match w {
        "province" | "state" | "governorate" | "oblast" | "region" | "krai" | "prefecture"
        | "emirate" | "provinces" | "states" => KindHint::Admin1,
        "district" | "territory" | "department" | "municipality" | "lga" | "regency" | "rayon"
        | "raion" | "subdistrict" | "zone" | "division" | "districts" | "sub-district"
        | "tehsil" | "commune" | "arrondissement" | "cercle" => KindHint::Admin2,
        "county" | "counties" => KindHint::AnyAdmin,
        "city" | "town" | "village" | "villages" | "towns" | "hamlet" | "settlement"
        | "locality" | "neighbourhood" | "neighborhood" | "suburb" => KindHint::Populated,
        _ => return None,
    })
}

fn hint_matches(h: KindHint, kind: PlaceKind) -> bool {
    matches!(
        (h, kind),
        (KindHint::Admin1, PlaceKind::Region)
            | (KindHint::Admin2, PlaceKind::District)
            | (KindHint::AnyAdmin, PlaceKind::Region | PlaceKind::District)
            | (KindHint::Populated, PlaceKind::City)
    )
}

/// The lowercase word starting at byte `from` (after spaces), and its end.
fn word_after(text: &str, from: usize) -> Option<(String, usize)> {
    let rest = &text[from..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let skip = rest.len() - trimmed.len();
    let len = trimmed
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(trimmed.len());
    (len > 0).then(|| (trimmed[..len].to_lowercase(), from + skip + len))
}

/// The lowercase word ending before byte `to` (before spaces), and its start.
fn word_before(text: &str, to: usize) -> Option<(String, usize)> {
    let head = text[..to].trim_end_matches([' ', '\t']);
    let start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    (start < head.len()).then(|| (head[start..].to_lowercase(), start))
}

/// "Kunduz province", "Mwenga district"; "the town of Bama", "Borno state".
fn kind_hint(text: &str, q: &PlaceQuery) -> Option<KindHint> {
    if let Some((w, _)) = word_after(text, q.end) {
        if let Some(h) = hint_of_word(&w) {
            return Some(h);
        }
    }
    let (of, at) = word_before(text, q.start)?;
    if of != "of" {
        return None;
    }
    let (w, _) = word_before(text, at)?;
    hint_of_word(&w)
}

/// Month and weekday names: "in March", "on Friday", "since May".
fn is_calendar_word(w: &str) -> bool {
    const WORDS: [&str; 19] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    WORDS.iter().any(|c| w.eq_ignore_ascii_case(c))
}

/// Locative context the caller may not check: "north of X", "20 km from X",
/// "on the outskirts of X", "into X", "toward X".
fn locative_in_text(text: &str, start: usize) -> bool {
    let Some((w, at)) = word_before(text, start) else {
        return false;
    };
    match w.as_str() {
        "in" | "near" | "at" | "outside" | "around" | "inside" | "into" | "toward" | "towards"
        | "across" | "from" | "to" | "between" | "nearby" | "besieged" => true,
        "of" => word_before(text, at).is_some_and(|(v, _)| {
            matches!(
                v.as_str(),
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northeast"
                    | "northwest"
                    | "southeast"
                    | "southwest"
                    | "outskirts"
                    | "edge"
                    | "centre"
                    | "center"
                    | "km"
                    | "kilometres"
                    | "kilometers"
                    | "miles"
                    | "city"
                    | "town"
                    | "village"
                    | "district"
                    | "province"
                    | "region"
                    | "state"
                    | "county"
                    | "port"
                    | "capital"
                    | "area"
                    | "outside"
            )
        }),
        _ => false,
    }
}

/// Words that may stand between a place and the region or country that
/// locates it: "Uvira, South Kivu", "Gwoza (Borno state)", "Bama, a town in
/// Borno", "in Kunduz district, Kunduz province".
fn is_hierarchy_gap_word(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "in" | "of" | "its" | "capital")
        || hint_of_word(w).is_some()
        || matches!(
            w,
            "small"
                | "remote"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "border"
                | "rural"
                | "market"
                | "frontier"
                | "mountainous"
                | "coastal"
        )
}

const MAX_GAP_BYTES: usize = 48;
const MAX_CHAIN: usize = 3;

/// Great-circle distance in km.
pub fn distance_km(a: &Place, b: &Place) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.lat.to_radians(),
        a.lon.to_radians(),
        b.lat.to_radians(),
        b.lon.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// Equirectangular distance in km: within a few percent of the great circle
/// at the ranges the proximity bonus looks at, without the trigonometry per
/// pair (only one cosine).
fn approx_km(a: &Place, b: &Place) -> f64 {
    let mean_lat = ((a.lat + b.lat) / 2.0).to_radians();
    let mut dlon = (a.lon - b.lon).abs();
    if dlon > 180.0 {
        dlon = 360.0 - dlon;
    }
    let x = dlon.to_radians() * mean_lat.cos();
    let y = (a.lat - b.lat).to_radians();
    6371.0 * (x * x + y * y).sqrt()
}

/// Whether `outer` contains `inner` (or, for a town or named place, lies
/// within 50 km of it: "Bucha, outside Kyiv"). A place does not contain itself.
pub fn contains(outer: &Place, inner: &Place) -> bool {
    outer != inner && contains_other(outer, inner)
}

/// [`contains`] for two places known to be different ones (different ids).
fn contains_other(outer: &Place, inner: &Place) -> bool {
    if outer.country.is_empty() {
        return false;
    }
    match outer.kind {
        PlaceKind::Country => inner.country == outer.country && inner.kind != PlaceKind::Country,
        PlaceKind::Region => {
            inner.country == outer.country
                && inner.kind != PlaceKind::Region
                && inner.admin1 == Some(outer.name)
        }
        PlaceKind::District => inner.country == outer.country && inner.admin2 == Some(outer.name),
        PlaceKind::City | PlaceKind::Place => {
            inner.country == outer.country
                && matches!(inner.kind, PlaceKind::City | PlaceKind::Place)
                && distance_km(outer, inner) <= 50.0
        }
    }
}

/// One name found right after a query that may locate it.
struct Qualifier {
    candidates: Vec<PlaceId>,
    /// The query at the same position, if the caller kept one.
    query: Option<usize>,
    /// Surely a locator, not the next item of a list ("Aleppo, Idlib and
    /// Homs"): written in brackets or after "in"/"of"/a kind word, or not
    /// followed by "and"/"or"/another capitalised name.
    definite: bool,
}

impl Gazetteer {
    /// The names written right after `q` that may be its region or country:
    /// "X, Y", "X (Y, Z)", "X, a town in Y", "X district, Y province".
    fn qualifiers(
        &self,
        text: &str,
        q: &PlaceQuery,
        query_at: &std::collections::HashMap<usize, usize>,
    ) -> Vec<Qualifier> {
        let mut out = Vec::new();
        let mut pos = q.end;
        while out.len() < MAX_CHAIN {
            // Walk the gap: punctuation and gap words only.
            let mut p = pos;
            let mut punct = false;
            let mut strong = false;
            let mut words = 0;
            loop {
                let rest = &text[p..];
                let Some(c) = rest.chars().next() else { break };
                if c == ',' || c == '(' {
                    punct = true;
                    strong |= c == '(';
                    p += 1;
                } else if !out.is_empty()
                    && (rest.starts_with("'s ") || rest.starts_with("\u{2019}s "))
                {
                    // "in Mozambique's Cabo Delgado province": the chain goes on.
                    punct = true;
                    p += if rest.starts_with('\'') { 2 } else { 4 };
                } else if c == ' ' {
                    p += 1;
                } else if c.is_lowercase() {
                    match word_after(text, p) {
                        Some((w, e)) if is_hierarchy_gap_word(&w) => {
                            if w == "in" || w == "of" || hint_of_word(&w).is_some() {
                                punct = true;
                                strong = true;
                            }
                            words += 1;
                            p = e;
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
                if p - pos > MAX_GAP_BYTES || words > 5 {
                    return out;
                }
            }
            if !punct || p >= text.len() {
                break;
            }
            let window_end = floor_char_boundary(text, (p + 80).min(text.len()));
            let Some(m) = self
                .find(&text[p..window_end])
                .into_iter()
                .next()
                .filter(|m| m.start == 0)
            else {
                break;
            };
            let (s, e) = (p, p + m.end);
            let after = text[e..].trim_start_matches(' ');
            let listy = after.starts_with("and ")
                || after.starts_with("or ")
                || after
                    .strip_prefix(',')
                    .map(|r| r.trim_start_matches(' '))
                    .is_some_and(|r| {
                        r.starts_with("and ")
                            || r.starts_with("or ")
                            || r.chars().next().is_some_and(char::is_uppercase)
                    });
            // "in Herat, Iran said": a name followed by a verb may start a
            // clause; a locator is closed by punctuation.
            let closed = after.is_empty()
                || after.starts_with([',', '.', ')', ';', ':'])
                || after.starts_with(['\u{2014}', '\u{2013}'])
                || word_after(text, e).is_some_and(|(w, _)| hint_of_word(&w).is_some());
            out.push(Qualifier {
                candidates: m.candidates,
                query: query_at.get(&s).copied(),
                definite: strong || (closed && !listy),
            });
            pos = e;
        }
        out
    }

    /// Places each query (see the module docs); `None` where the evidence is
    /// too weak. `doc_countries` are ISO3 codes, most mentioned first.
    pub fn place_mentions(
        &self,
        text: &str,
        queries: &[PlaceQuery],
        doc_countries: &[&str],
    ) -> Vec<Option<Placed>> {
        let n = queries.len();
        let mut key = String::new();
        let mut name_key = String::new();
        // Per query: candidate scores before proximity, and hierarchy facts.
        struct Scored {
            id: PlaceId,
            base: f64,
            hierarchy: bool,
            hint: bool,
            in_doc: bool,
        }
        let mut scored: Vec<Vec<Scored>> = Vec::with_capacity(n);
        // Per query: (candidate, qualifier query, the qualifier's candidates that
        // contain it), for marking qualifiers.
        type Link = (usize, Option<usize>, Vec<PlaceId>);
        let mut qualifier_links: Vec<Vec<Link>> = Vec::new();
        // The first query starting at each byte offset (a map, not a scan per qualifier).
        let mut query_at: std::collections::HashMap<usize, usize> = Default::default();
        for (i, q) in queries.iter().enumerate() {
            query_at.entry(q.start).or_insert(i);
        }
        for q in queries {
            let hint = kind_hint(text, q);
            let quals = self.qualifiers(text, q, &query_at);
            key.clear();
            let surface = &text[q.start..q.end];
            let surface_ok = normalize_name(surface, &mut key).is_some();
            let mut list = Vec::with_capacity(q.candidates.len());
            let mut links = Vec::new();
            for &id in &q.candidates {
                let p = self.place(id);
                let class = index::place_class(p.kind, p.capital, p.population);
                let mut base = match class {
                    4 => 300.0,
                    3 => 250.0,
                    2 => 150.0,
                    _ => 0.0,
                } + 15.0 * (p.population.max(1) as f64).log10();
                // An ASCII name's key is the name in lowercase (single spaces and
                // hyphens, as GeoNames writes them): no normalising needed.
                let main = surface_ok
                    && if p.name.is_ascii() {
                        key.eq_ignore_ascii_case(p.name)
                    } else {
                        normalize_name(p.name, &mut name_key).is_some() && name_key == key
                    };
                if main {
                    base += 40.0;
                }
                let hint_ok = hint.is_some_and(|h| hint_matches(h, p.kind));
                if hint_ok {
                    base += 120.0;
                } else if matches!(p.kind, PlaceKind::Region | PlaceKind::District) {
                    // Unmarked, a name shared by a town and its district or
                    // province is the town ("fighting in Kunduz").
                    base -= 25.0;
                }
                let rank = doc_countries
                    .iter()
                    .position(|c| !p.country.is_empty() && c.eq_ignore_ascii_case(p.country));
                if let Some(r) = rank {
                    base += if r == 0 { 260.0 } else { 180.0 };
                }
                // The hierarchy: some place named right after contains it.
                let mut hierarchy = false;
                let mut definite = false;
                for qual in &quals {
                    let inside: Vec<PlaceId> = qual
                        .candidates
                        .iter()
                        .copied()
                        .filter(|&o| o != id && contains_other(&self.place(o), &p))
                        .collect();
                    if !inside.is_empty() {
                        hierarchy = true;
                        definite |= qual.definite;
                        links.push((id as usize, qual.query, inside));
                    }
                }
                if hierarchy {
                    // A possible list item or clause subject still counts, less.
                    base += if definite { 1000.0 } else { 300.0 };
                }
                list.push(Scored {
                    id,
                    base,
                    hierarchy,
                    hint: hint_ok,
                    in_doc: rank.is_some(),
                });
            }
            // "Palma, Cabo Delgado" where no Palma of Cabo Delgado is known: the
            // text still says where it is, so the name takes the region's
            // place (precision admin1) rather than a namesake elsewhere.
            let major = list.iter().any(|s| {
                let p = self.place(s.id);
                index::place_class(p.kind, p.capital, p.population) >= 3
            });
            if !major
                && !list.iter().any(|s| s.hierarchy)
                && quals.first().is_some_and(|qual| qual.definite)
            {
                // The most specific unit the chain names: district, then
                // province, then country; in a document country first.
                let container = quals
                    .iter()
                    .filter(|qual| qual.definite)
                    .flat_map(|qual| qual.candidates.iter().copied())
                    .filter_map(|o| {
                        let rank = match self.place(o).kind {
                            PlaceKind::District => 3,
                            PlaceKind::Region => 2,
                            PlaceKind::Country => 1,
                            _ => return None,
                        };
                        let c = self.place(o).country;
                        let in_doc = doc_countries.iter().any(|d| d.eq_ignore_ascii_case(c));
                        Some((o, (in_doc, rank)))
                    })
                    .fold(None::<(PlaceId, (bool, u8))>, |best, (o, k)| match best {
                        Some((_, bk)) if bk >= k => best,
                        _ => Some((o, k)),
                    })
                    .map(|(o, _)| o);
                if let Some(o) = container {
                    let c = self.place(o).country;
                    list.push(Scored {
                        id: o,
                        base: 1000.0,
                        hierarchy: true,
                        hint: false,
                        in_doc: doc_countries.iter().any(|d| d.eq_ignore_ascii_case(c)),
                    });
                }
            }
            scored.push(list);
            qualifier_links.push(links);
        }
        // Pass 1: the best candidate of each query without proximity; the
        // confident ones (hierarchy, a clear margin, or no rival) become the
        // story's anchors.
        let pass1: Vec<Option<(usize, bool)>> = scored
            .iter()
            .map(|list| {
                let mut best: Option<(usize, f64)> = None;
                let mut second = f64::NEG_INFINITY;
                for (i, s) in list.iter().enumerate() {
                    match best {
                        Some((_, b)) if s.base <= b => second = second.max(s.base),
                        _ => {
                            if let Some((_, b)) = best {
                                second = second.max(b);
                            }
                            best = Some((i, s.base));
                        }
                    }
                }
                best.map(|(i, b)| {
                    // Confident: the text locates it, it clearly wins, or every
                    // close rival lies near it (a town and its district).
                    let bp = self.place(list[i].id);
                    let local = list
                        .iter()
                        .all(|s| s.base < b - 100.0 || approx_km(&self.place(s.id), &bp) <= 100.0);
                    (i, list[i].hierarchy || b - second >= 100.0 || local)
                })
            })
            .collect();
        let anchors: Vec<(usize, PlaceId, Place)> = pass1
            .iter()
            .enumerate()
            .filter_map(|(qi, b)| {
                let (i, confident) = (*b)?;
                let id = scored[qi][i].id;
                let p = self.place(id);
                (confident && p.kind != PlaceKind::Country && !p.country.is_empty())
                    .then_some((qi, id, p))
            })
            .collect();
        // The anchors' distinct places, each with its first query and how many queries
        // it anchors: a story naming one town a thousand times measures one distance per
        // candidate, not a thousand (the nearest distance is the same).
        let mut distinct: Vec<(usize, Place, usize)> = Vec::new();
        let mut slot_of: std::collections::HashMap<PlaceId, usize> = Default::default();
        for (qi, id, p) in &anchors {
            match slot_of.get(id) {
                Some(&k) => distinct[k].2 += 1,
                None => {
                    slot_of.insert(*id, distinct.len());
                    distinct.push((*qi, p.clone(), 1));
                }
            }
        }
        // Queries that qualify an earlier query ("Uvira, South Kivu": South Kivu).
        let mut qualifies_earlier = vec![false; n];
        for (oq, links) in qualifier_links.iter().enumerate() {
            for l in links {
                if let Some(x) = l.1.filter(|&x| oq < x && x < n) {
                    qualifies_earlier[x] = true;
                }
            }
        }
        // Locative context, shared along a list: "in Sukma and Dantewada",
        // "near Gao, Menaka and Kidal".
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| queries[i].start);
        let mut locative = vec![false; n];
        let mut prev: Option<usize> = None;
        for &i in &order {
            let q = &queries[i];
            let listed = prev.is_some_and(|p| {
                let pq = &queries[p];
                locative[p]
                    && pq.end <= q.start
                    && matches!(
                        text[pq.end..q.start].trim_matches(' '),
                        "," | "and" | ", and" | "or" | ", or" | "&"
                    )
            });
            locative[i] = q.locative || locative_in_text(text, q.start) || listed;
            prev = Some(i);
        }
        // Pass 2: add proximity to the other anchors, choose, and check the
        // evidence.
        let mut out: Vec<Option<Placed>> = vec![None; n];
        for (qi, list) in scored.iter().enumerate() {
            let q = &queries[qi];
            let mut best: Option<(f64, usize, f64)> = None; // (score, index, min distance)
                                                            // Proximity adds at most 150: candidates further behind the best
                                                            // base score cannot win, so their distances are never computed.
            let top = list
                .iter()
                .map(|s| s.base)
                .fold(f64::NEG_INFINITY, f64::max);
            for (i, s) in list.iter().enumerate() {
                if s.base < top - 150.0 {
                    continue;
                }
                let p = self.place(s.id);
                // Every anchor but the query's own: a place anchoring only this query
                // is left out.
                let d = distinct
                    .iter()
                    .filter(|(aq, _, count)| *count > 1 || *aq != qi)
                    .map(|(_, a, _)| approx_km(a, &p))
                    .fold(f64::INFINITY, f64::min);
                let near = if d < 50.0 {
                    150.0
                } else if d < 250.0 {
                    100.0
                } else if d < 800.0 {
                    50.0
                } else {
                    0.0
                };
                let score = s.base + near;
                if best.is_none_or(|(b, _, _)| score > b) {
                    best = Some((score, i, d));
                }
            }
            let Some((_, i, dist)) = best else { continue };
            let s = &list[i];
            let p = self.place(s.id);
            let class = index::place_class(p.kind, p.capital, p.population);
            let small = matches!(p.kind, PlaceKind::District)
                || (p.kind == PlaceKind::City && p.population < SMALL_PLACE_POPULATION);
            let is_qualifier = qualifies_earlier[qi];
            let locative = locative[qi];
            if small && !(locative || s.hint || s.hierarchy || is_qualifier) {
                continue;
            }
            // "in March", "on Friday": a calendar word is a date unless the
            // text locates it ("March, Cambridgeshire").
            let surface = &text[q.start..q.end];
            if is_calendar_word(surface) && !s.hierarchy {
                continue;
            }
            // A village called by a common word or a person's name ("in
            // Congress", "near Hope") needs more than a preposition.
            if small && self.is_common_word(surface) && !(s.hint || s.hierarchy || is_qualifier) {
                continue;
            }
            let has_context = !doc_countries.is_empty() || anchors.iter().any(|a| a.0 != qi);
            // With no other place to measure from, a locative name every candidate of
            // which lies in one country is no namesake far from the story: "Russian
            // troops attacked Kupiansk" (a story naming only Russia) is the Ukrainian
            // town, the only one of that name.
            let unmeasured_but_unique = dist.is_infinite()
                && locative
                && list.iter().all(|o| self.place(o.id).country == p.country);
            let far = has_context && !s.in_doc && dist > FAR_KM && !unmeasured_but_unique;
            if far && !s.hierarchy && !is_qualifier && class < 3 && p.population < 100_000 {
                continue;
            }
            let evidence = if s.hierarchy {
                Evidence::Hierarchy
            } else if s.hint {
                Evidence::KindWord
            } else if s.in_doc {
                Evidence::DocumentCountry
            } else if dist < 800.0 {
                Evidence::NearbyPlace
            } else {
                Evidence::Prominence
            };
            out[qi] = Some(Placed {
                place: s.id,
                qualifies: None,
                evidence,
            });
        }
        // Qualifiers: a later query that locates an accepted one takes the
        // container consistent with it and is marked as qualifying it.
        for qi in 0..n {
            let Some(chosen) = out[qi] else { continue };
            for (id, qual_query, inside) in &qualifier_links[qi] {
                if *id != chosen.place as usize {
                    continue;
                }
                let Some(j) = *qual_query else { continue };
                let current = out[j].map(|p| p.place);
                let place = match current {
                    Some(c) if inside.contains(&c) => c,
                    _ => inside[0],
                };
                out[j] = Some(Placed {
                    place,
                    qualifies: Some(qi),
                    evidence: Evidence::Hierarchy,
                });
            }
        }
        out
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
