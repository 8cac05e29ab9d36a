//! The sitrep document record: the one output contract every surface carries
//! (`sitrep extract`, the database, exports, the future HTTP API).
//!
//! The types mirror `spec/document.schema.json` (kept in the shared folder beside the
//! project). Fields may be added; none may be renamed or change meaning. All `start`/`end`
//! offsets are half-open ranges of Unicode code points into [`Record::text`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A document as it enters the pipeline: what readers (JSON Lines, HTML, text, feeds)
/// produce and what the engine consumes.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InputDocument {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub title: Option<String>,
    /// A date (`2025-06-05`) or an RFC 3339 timestamp, as given.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// Fields of the input that the record does not define; returned under `meta`.
    #[serde(default)]
    pub meta: Map<String, Value>,
}

/// One output record a document.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Record {
    pub id: String,
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD` (normalised from the input).
    pub published: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub text: String,
    #[serde(default)]
    pub meta: Map<String, Value>,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    #[serde(default)]
    pub dates: Vec<DateMention>,
    #[serde(default)]
    pub key_points: Vec<String>,
    /// Set when the document could not be read or analysed; nothing else is extracted then.
    pub error: Option<String>,
}

impl Record {
    /// The record for a document that could not be read or analysed.
    pub fn error(id: impl Into<String>, message: impl Into<String>) -> Record {
        Record {
            id: id.into(),
            error: Some(message.into()),
            ..Record::default()
        }
    }
}

/// A half-open range of code points into the record's text.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum EntityType {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "GPE")]
    Gpe,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "GROUP")]
    Group,
    #[serde(rename = "OTHER")]
    Other,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Entity {
    pub id: String,
    /// The fullest name the document gives.
    pub text: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// ISO 3166-1 alpha-3, or IGO/NGO/MNC/IMG.
    pub code: Option<String>,
    pub sector: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    pub role: Option<String>,
    pub cameo_actor: Option<String>,
    pub mentions: Vec<Span>,
}

/// An actor, recipient, source or speaker as it appears in an event or quote.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Party {
    pub text: String,
    pub entity: Option<String>,
    pub code: Option<String>,
    pub sector: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    pub cameo_actor: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Trigger {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SentenceRef {
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Location {
    pub text: String,
    pub code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Code-point span of the place name in the text (an addition to the contract).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// The gazetteer's name for the place ("Kunduz", "South Kivu"), when it
    /// knows it (an addition to the contract, as are the fields below).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Name of the country the place lies in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// First-level administrative region (province, state) containing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// Second-level administrative region (district, county) containing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin2: Option<String>,
    /// "country", "admin1", "admin2", "populated place" or "landmark".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
    /// What `lat`/`lon` stand for: "point" (the place itself), "admin2",
    /// "admin1", "country" (a representative point of that unit) or "area"
    /// (the rough centre of a landmark).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Quad {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

impl Quad {
    pub fn as_str(self) -> &'static str {
        match self {
            Quad::VerbalCooperation => "verbal-cooperation",
            Quad::MaterialCooperation => "material-cooperation",
            Quad::VerbalConflict => "verbal-conflict",
            Quad::MaterialConflict => "material-conflict",
        }
    }
}

#[derive(
    Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    #[default]
    Asserted,
    Reported,
    Claimed,
    Alleged,
    Believed,
    Intended,
    Denied,
    Hypothetical,
}

impl Modality {
    /// Every modality, from plain assertion to the hypothetical.
    pub const ALL: [Modality; 8] = [
        Modality::Asserted,
        Modality::Reported,
        Modality::Claimed,
        Modality::Alleged,
        Modality::Believed,
        Modality::Intended,
        Modality::Denied,
        Modality::Hypothetical,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Claimed => "claimed",
            Modality::Alleged => "alleged",
            Modality::Believed => "believed",
            Modality::Intended => "intended",
            Modality::Denied => "denied",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Event {
    pub id: String,
    /// PLOVER category (AGREE ... ASSAULT).
    pub event: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    /// CAMEO code, leading zero kept ("051").
    pub cameo: String,
    pub goldstein: Option<f64>,
    pub quad: Quad,
    pub actor: Option<Party>,
    pub recipient: Option<Party>,
    pub trigger: Trigger,
    pub sentence: SentenceRef,
    pub date: Option<String>,
    pub date_precision: Option<Precision>,
    pub location: Option<Location>,
    pub modality: Modality,
    pub negated: bool,
    pub sources: Vec<Party>,
    /// Ids of the document quantities that belong to this event.
    pub quantities: Vec<String>,
    /// Why this was coded, in words a user can check.
    pub rule: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<Party>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    Killed,
    Injured,
    Missing,
    Displaced,
    Arrested,
    Troops,
    Munitions,
    Money,
    People,
    Other,
}

impl QuantityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Killed => "killed",
            QuantityKind::Injured => "injured",
            QuantityKind::Missing => "missing",
            QuantityKind::Displaced => "displaced",
            QuantityKind::Arrested => "arrested",
            QuantityKind::Troops => "troops",
            QuantityKind::Munitions => "munitions",
            QuantityKind::Money => "money",
            QuantityKind::People => "people",
            QuantityKind::Other => "other",
        }
    }
}

/// Whose a quantity is ("North Korean soldiers" -> PRK MIL).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QuantityActor {
    pub code: Option<String>,
    pub sector: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Quantity {
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub approx: bool,
    pub unit: Option<String>,
    pub kind: QuantityKind,
    pub actor: Option<QuantityActor>,
    /// Who the figure comes from, nearest first (an addition to the contract: casualty
    /// claims carry their source chain even when no event is coded).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Party>,
    /// How the text presents the figure (an addition to the contract).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DateMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when it cannot be resolved.
    pub value: Option<String>,
    pub precision: Option<Precision>,
}

/// The JSON Schema (draft 2020-12) of [`Record`], generated from these types: what
/// `sitrep schema` prints and `docs/record.schema.json` ships.
#[cfg(feature = "schema")]
pub fn record_schema() -> serde_json::Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(Record)).expect("a generated schema is JSON");
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "description".into(),
            "One sitrep record a document (generated from crates/record; the contract \
             is ../shared/spec/document.schema.json)."
                .into(),
        );
    }
    schema
}
