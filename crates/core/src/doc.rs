//! The `Doc`: one document as it flows through the pipeline stages. Each stage reads
//! what earlier stages wrote and adds its own layer; nothing is re-parsed.

use chrono::NaiveDate;
use sitrep_record::EntityType;

use crate::sentences::Sentence;
use crate::text::Tokens;

/// Marker for "no index" in per-token tables.
pub const NONE: u32 = u32::MAX;

/// An entity: a person, organisation, country, group, known to the document.
#[derive(Debug, Clone)]
pub struct EntityInfo {
    /// The fullest name the document gives.
    pub text: String,
    pub entity_type: EntityType,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub org: Option<String>,
    pub role: Option<String>,
    /// CAMEO actor code when the dictionary gives one not derived from code + sector.
    pub cameo: Option<String>,
    /// Dictionary entry id, when it came from the dictionary.
    pub dict_id: Option<String>,
    /// Can stand for its country's government (heads of state, leaders).
    pub leader: bool,
    /// Lowercased name words, for surname coreference.
    pub name_words: Vec<String>,
    /// The country code was not in the text but taken from the document's main country
    /// ("police" in a story about Nigeria).
    pub code_inferred: bool,
}

impl EntityInfo {
    /// The CAMEO-style actor code ("PRKGOV", "IGOWSTNAT").
    pub fn cameo_actor(&self, sector: Option<&str>) -> Option<String> {
        if let Some(c) = &self.cameo {
            return Some(c.clone());
        }
        let code = self.code.as_deref()?;
        Some(match sector.or(self.sector.as_deref()) {
            Some(s) => format!("{code}{s}"),
            None => code.to_string(),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A name from the dictionary or recognised as a name.
    Name,
    /// A capital standing for its government ("Pyongyang acknowledged").
    Metonym,
    /// A role noun phrase ("South Korean intelligence", "the French leader").
    Nominal,
    /// A personal pronoun resolved to a person.
    Pronoun,
}

/// One mention of an entity: a token range that can fill an actor slot.
#[derive(Debug, Clone)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    /// Byte range.
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    /// Sector for this mention when it differs from the entity's (a capital -> GOV).
    pub sector: Option<String>,
    pub kind: MentionKind,
}

/// A country modifier that is not itself an actor ("North Korean" in "North Korean
/// soldiers", "Ukrainian" in "a Ukrainian drone strike").
#[derive(Debug, Clone)]
pub struct CountryModifier {
    pub first: usize,
    pub last: usize,
    pub code: String,
    /// The country's entity, created when the country is mentioned.
    pub entity: usize,
}

/// A place named in the text (a location, not an actor).
#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Preceded by a locative preposition ("in", "at", "near").
    pub locative: bool,
    /// The gazetteer entry the name was resolved to (for the output's name,
    /// admin regions, feature kind and precision).
    pub place: Option<sitrep_gazetteer::Located>,
}

/// The document and every layer the stages add.
pub struct Doc<'t> {
    pub text: &'t str,
    pub published: Option<NaiveDate>,
    pub tokens: Tokens,
    pub sentences: Vec<Sentence>,
    /// Sentence index of each token.
    pub sentence_of: Vec<u32>,
    pub entities: Vec<EntityInfo>,
    /// Sorted by first token; non-overlapping.
    pub mentions: Vec<Mention>,
    /// Mention index covering each token, or NONE.
    pub mention_at: Vec<u32>,
    pub modifiers: Vec<CountryModifier>,
    /// Role dictionary entry starting at each token, or NONE (roles are nouns such as
    /// "president", "troops", "intelligence").
    pub role_at: Vec<u32>,
    pub places: Vec<PlaceMention>,
}

impl<'t> Doc<'t> {
    pub fn token_text(&self, i: usize) -> &'t str {
        &self.text[self.tokens.get(i).range()]
    }
    pub fn norm(&self, i: usize) -> &str {
        self.tokens.norm(i)
    }
    pub fn span_text(&self, first: usize, last: usize) -> &'t str {
        if first >= last {
            return "";
        }
        &self.text[self.tokens.get(first).start as usize..self.tokens.get(last - 1).end as usize]
    }
    pub fn mention_of(&self, token: usize) -> Option<&Mention> {
        match self.mention_at.get(token) {
            Some(&m) if m != NONE => Some(&self.mentions[m as usize]),
            _ => None,
        }
    }
    pub fn mention_index(&self, token: usize) -> Option<usize> {
        match self.mention_at.get(token) {
            Some(&m) if m != NONE => Some(m as usize),
            _ => None,
        }
    }
}
