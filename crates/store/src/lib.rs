//! sitrep-store: the corpus store. Documents, their entities, events, quotes, quantities and
//! evidence go in; deduplicated, clustered events come out as queries, aggregates and
//! exports.
//!
//! # Design
//!
//! * **One interface.** Everything the pipeline and the CLI need is the [`Store`] trait:
//!   put documents (one transaction a batch, each document all-or-nothing), look a document
//!   up before extracting it, query events with an [`EventFilter`], aggregate by period,
//!   stream events for export, search articles. [`SqliteStore`] implements it on an embedded
//!   SQLite database (bundled SQLite, WAL mode, FTS5); a PostgreSQL backend implements the
//!   same trait and slots in behind [`open`] without the pipeline or the CLI changing.
//! * **Idempotent.** A document whose whitespace-normalised text hash or URL is already
//!   stored is a [`PutOutcome::Duplicate`] and nothing is written. Ids are content-derived
//!   (see [`cluster`]), so a rerun after a crash writes exactly what a clean run writes.
//! * **Crash-safe.** Each batch commits in one SQLite transaction in WAL mode with
//!   `synchronous=FULL`; a `kill -9` at any point loses at most the uncommitted batch, and
//!   the callers only report documents as stored after [`Store::put_documents`] returns.
//! * **Deduplication** ([`dedup`]): exact by content hash; near duplicates by MinHash with
//!   LSH banding. A near duplicate is stored (text, metadata, the link to the original and
//!   the estimated similarity) but its extraction is not: the story is not coded twice.
//! * **Event clusters** ([`cluster`]): every event mention joins the cluster named by a key
//!   of category, actor, recipient, date and place; the cluster keeps every mention with
//!   its evidence sentence and counts mentions, articles and distinct sources.
//! * **Queries** ([`query`]) are built from the filter with bound parameters only.
//! * **Exports** ([`export`]): CSV, JSON Lines, a GDELT 2.0 event-table TSV and Parquet.
//!
//! The schema is documented in `SCHEMA.md` beside this crate's `Cargo.toml`.

pub mod cluster;
pub mod dedup;
pub mod export;
pub mod outfile;
#[cfg(feature = "postgres")]
pub mod postgres;
pub mod query;
pub mod schema;
pub mod sqlite;
pub mod tables;

use serde::Serialize;
use sitrep_record::Record;

pub use export::ExportFormat;
#[cfg(feature = "postgres")]
pub use postgres::PgStore;
pub use query::{EventFilter, GroupKey, Period, Sort};
pub use sqlite::SqliteStore;

/// Errors of every backend.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[cfg(feature = "postgres")]
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] ::postgres::Error),
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("Parquet: {0}")]
    Parquet(String),
    #[error("schema: {0}")]
    Schema(String),
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

impl StoreError {
    /// True when the error comes from the document being written (a constraint it breaks,
    /// a value that cannot be stored or serialised) rather than from the database (full
    /// disk, lock, I/O): the writer can then skip that one document and go on.
    pub fn is_document_specific(&self) -> bool {
        match self {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)) => matches!(
                f.code,
                rusqlite::ErrorCode::ConstraintViolation | rusqlite::ErrorCode::TooBig
            ),
            StoreError::Sqlite(
                rusqlite::Error::ToSqlConversionFailure(_)
                | rusqlite::Error::IntegralValueOutOfRange(..)
                | rusqlite::Error::InvalidParameterName(_),
            ) => true,
            StoreError::Json(_) | StoreError::Invalid(_) => true,
            // Data exceptions (22: a NUL byte in text, a value out of range), integrity
            // constraints (23) and program limits (54: a row too large).
            #[cfg(feature = "postgres")]
            StoreError::Postgres(e) => e.code().is_some_and(|c| {
                let class = &c.code()[..2];
                matches!(class, "22" | "23" | "54")
            }),
            _ => false,
        }
    }
}

/// A finished record on its way into the store.
#[derive(Debug, Clone, Default)]
pub struct NewDocument {
    pub record: Record,
    /// The outlet the document came from (`voanews.com`, a feed title). When `None`, the
    /// host of the record's URL is used, then the `source` field of its `meta`.
    pub source: Option<String>,
}

/// What [`Store::put_documents`] did with one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum PutOutcome {
    /// Stored with its extraction.
    Inserted { events: usize },
    /// Already stored (same content hash or URL): nothing written.
    Duplicate { existing: String },
    /// Stored and linked to the document it nearly duplicates; its extraction is not stored.
    NearDuplicate { of: String, similarity: f64 },
    /// Not stored: the record carries an error (the document could not be read or analysed).
    Rejected { reason: String },
}

/// One event cluster: a real-world event with every report of it merged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    /// Stable content-derived id (16 hex digits).
    pub id: String,
    /// The same id as a positive integer (< 2^53), GDELT's `GlobalEventID`.
    pub global_id: i64,
    /// PLOVER category.
    pub category: String,
    /// CAMEO code most mentions give (ties: the smallest code).
    pub cameo: String,
    pub goldstein: Option<f64>,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad: u8,
    pub actor_name: Option<String>,
    pub actor_code: Option<String>,
    pub actor_sector: Option<String>,
    pub actor_cameo: Option<String>,
    pub recipient_name: Option<String>,
    pub recipient_code: Option<String>,
    pub recipient_sector: Option<String>,
    pub recipient_cameo: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when no date was known.
    pub date: Option<String>,
    pub place_name: Option<String>,
    pub place_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Event mentions merged into this event.
    pub num_mentions: i64,
    /// Distinct documents mentioning it.
    pub num_articles: i64,
    /// Distinct sources (outlets) of those documents.
    pub num_sources: i64,
    /// True when some mention is in the lead (the first three sentences) of its article.
    pub is_root: bool,
    /// Earliest publication date among the mentioning documents.
    pub first_published: Option<String>,
    /// URL of the earliest mentioning document.
    pub source_url: Option<String>,
    /// The sentence of the earliest mention.
    pub evidence: Option<String>,
    // The fields below describe the earliest mention (the one `evidence` comes from) unless
    // said otherwise: how the source presents the event is part of the record, so a denied
    // or hypothetical event never travels as a bare fact.
    /// `day`, `month` or `year`: the precision of `date` (a month-precision event has
    /// `date` `2025-06`).
    pub date_precision: Option<String>,
    /// The first day `date` covers, `YYYY-MM-DD` (for readers that want a date type).
    pub date_start: Option<String>,
    /// PLOVER mode (a sub-type of the category), when coded.
    pub mode: Option<String>,
    /// PLOVER contexts (`military`, `economic`, ...).
    pub context: Vec<String>,
    /// `asserted`, `reported`, `claimed`, `alleged`, `believed`, `intended`, `denied` or
    /// `hypothetical`.
    pub modality: Option<String>,
    /// The text says the event did not happen ("did not fire").
    pub negated: bool,
    /// Who reports it, nearest first ("KCNA", "South Korean intelligence").
    pub sources: Vec<String>,
    /// The trigger words in the evidence sentence.
    pub trigger: Option<String>,
    /// Why it was coded: the lexicon line and how actor and recipient were found.
    pub rule: Option<String>,
    /// Mentions that report the event as having happened (neither negated nor denied,
    /// hypothetical or intended), over all mentions.
    pub asserted_mentions: i64,
    /// When the first mentioning document was stored (UTC, `YYYY-MM-DDTHH:MM:SSZ`);
    /// GDELT's `DATEADDED`.
    pub date_added: Option<String>,
}

/// Counts and Goldstein totals of one group (`sitrep query --group-by`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRow {
    /// The group: a category, an actor code, `RUS>UKR`, a country code or a period.
    pub group: String,
    pub events: i64,
    pub mentions: i64,
    pub goldstein_total: f64,
    pub goldstein_weighted: f64,
    pub verbal_cooperation: i64,
    pub material_cooperation: i64,
    pub verbal_conflict: i64,
    pub material_conflict: i64,
}

/// One mention of an event in one document, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentionRow {
    pub id: String,
    pub event_id: String,
    pub document: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub category: String,
    pub cameo: String,
    pub goldstein: Option<f64>,
    pub quad: u8,
    pub actor: Option<String>,
    pub actor_code: Option<String>,
    pub recipient: Option<String>,
    pub recipient_code: Option<String>,
    pub trigger: String,
    pub trigger_start: i64,
    pub trigger_end: i64,
    pub sentence_start: i64,
    pub sentence_end: i64,
    pub evidence: String,
    pub date: Option<String>,
    pub place: Option<String>,
    pub modality: String,
    pub negated: bool,
    pub rule: String,
}

/// Events per period, for charts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AggregateRow {
    /// `YYYY-MM-DD` (day; for weeks the Monday), `YYYY-MM` (month) or `YYYY` (year).
    pub period: String,
    pub events: i64,
    pub mentions: i64,
    /// Sum of the events' Goldstein scores.
    pub goldstein_total: f64,
    /// Sum of Goldstein score times mentions (GDELT-style weighting by attention).
    pub goldstein_weighted: f64,
    pub verbal_cooperation: i64,
    pub material_cooperation: i64,
    pub verbal_conflict: i64,
    pub material_conflict: i64,
}

/// A full-text search hit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentHit {
    pub document: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub snippet: String,
}

/// Row counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StoreStats {
    pub schema_version: u32,
    pub documents: i64,
    pub near_duplicates: i64,
    pub events: i64,
    pub mentions: i64,
    pub entities: i64,
    pub quotes: i64,
    pub quantities: i64,
}

// ---------------------------------------------------------------------------------------
// Read queries for the analyst surfaces (`sitrep serve`, `sitrep brief`, issue #14).
// Each is one or a few portable SELECTs with bound parameters; see `sqlite.rs`'s block of
// the same name for the SQLite statements.
// ---------------------------------------------------------------------------------------

/// A stored document in a list (newest first), with its key points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentSummary {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub key_points: Vec<String>,
    /// Event mentions stored for it (0 for a near duplicate, whose extraction is not kept).
    pub events: i64,
    /// The document this one nearly duplicates, when it does.
    pub near_duplicate_of: Option<String>,
}

/// Which documents [`Store::documents`] lists: newest first (by publication date, then
/// id, both descending), `limit` of them, strictly after `after` in that order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentQuery {
    pub limit: usize,
    /// Keyset cursor: the `(published or "", id)` of the last document of the previous
    /// page.
    pub after: Option<(String, String)>,
}

/// An entity of a stored document with every mention's code-point span.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRow {
    pub id: String,
    pub text: String,
    /// `PERSON`, `ORG`, `GPE`, `LOC`, `GROUP` or `OTHER`.
    pub entity_type: String,
    pub code: Option<String>,
    pub sector: Option<String>,
    pub org: Option<String>,
    pub role: Option<String>,
    pub cameo_actor: Option<String>,
    pub mentions: Vec<sitrep_record::Span>,
}

/// A quotation with its speaker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    /// The document it is in.
    pub document: String,
    pub published: Option<String>,
    pub text: String,
    pub start: i64,
    pub end: i64,
    pub speaker: Option<String>,
    pub speaker_code: Option<String>,
    pub speaker_org: Option<String>,
}

/// A quantity (casualties, munitions, money, ...) of a stored document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityRow {
    pub id: String,
    pub text: String,
    pub start: i64,
    pub end: i64,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub approx: bool,
    pub unit: Option<String>,
    pub kind: String,
    /// Whose figure it is (the actor's code), when known.
    pub actor_code: Option<String>,
    /// Mention ids ([`MentionRow::id`]) of the events this figure is linked to.
    pub events: Vec<String>,
}

/// A resolved date mention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateRow {
    pub text: String,
    pub start: i64,
    pub end: i64,
    pub value: Option<String>,
    pub precision: Option<String>,
}

/// An event mention of a stored document, with who reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentMention {
    #[serde(flatten)]
    pub mention: MentionRow,
    /// Who reports it, nearest first.
    pub sources: Vec<String>,
    /// Local ids of the quantities linked to it.
    pub quantities: Vec<String>,
}

/// Everything stored about one document: its text and every extracted item with spans.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentDetail {
    pub id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub text: String,
    pub key_points: Vec<String>,
    pub near_duplicate_of: Option<String>,
    pub similarity: Option<f64>,
    pub entities: Vec<EntityRow>,
    pub quotes: Vec<QuoteRow>,
    pub quantities: Vec<QuantityRow>,
    pub dates: Vec<DateRow>,
    /// In document order.
    pub mentions: Vec<DocumentMention>,
}

/// One event with every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventDetail {
    #[serde(flatten)]
    pub event: EventRow,
    /// Oldest publication first.
    pub mentions: Vec<DocumentMention>,
}

/// What the corpus says about one actor (by code): the names and roles it appears under,
/// and what it said.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ActorProfile {
    pub code: String,
    /// Names written for it, with the number of documents each appears in, most first.
    pub names: Vec<(String, i64)>,
    /// Roles (minister, president, ...) of entities with this code, with document counts.
    pub roles: Vec<(String, i64)>,
    /// Quotations whose speaker has this code, newest first.
    pub quotes: Vec<QuoteRow>,
}

/// Stops a running query from another thread (a server's query time limit).
pub type InterruptHandle = Box<dyn Fn() + Send + Sync>;

/// The storage interface: the only thing the pipeline and the CLI know about a database.
pub trait Store: Send {
    /// `"sqlite"`, `"postgres"`, ...
    fn backend(&self) -> &'static str;

    /// The schema version of the open database.
    fn schema_version(&self) -> Result<u32>;

    /// Bring the schema up to date; returns the version reached. Opening a store migrates
    /// already; this is for tools that open without migrating.
    fn migrate(&mut self) -> Result<u32>;

    /// The id of a stored document with this URL or content hash ([`dedup::content_hash`]).
    fn find_document(&self, url: Option<&str>, content_hash: &str) -> Result<Option<String>>;

    /// True when a document with this URL or this text is stored (cheap; used to skip
    /// extraction of already-ingested documents on a rerun).
    fn has_document(&self, url: Option<&str>, text: &str) -> Result<bool> {
        Ok(self
            .find_document(url, &dedup::content_hash(text))?
            .is_some())
    }

    /// Store a batch in one transaction: all of it or (on error) none of it. Outcomes are
    /// in input order.
    fn put_documents(&mut self, docs: &[NewDocument]) -> Result<Vec<PutOutcome>>;

    /// Store one document in its own transaction.
    fn put_document(&mut self, doc: &NewDocument) -> Result<PutOutcome> {
        Ok(self
            .put_documents(std::slice::from_ref(doc))?
            .pop()
            .expect("one outcome per document"))
    }

    /// Events matching the filter, by date then id.
    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        let mut out = Vec::new();
        self.for_each_event(filter, &mut |row| {
            out.push(row);
            Ok(())
        })?;
        Ok(out)
    }

    /// Stream events matching the filter, by date then id (for exports of any size).
    fn for_each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(EventRow) -> Result<()>,
    ) -> Result<()>;

    /// The number of events matching the filter (its `limit`, `offset` and `sort` ignored).
    fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let filter = EventFilter {
            limit: None,
            offset: None,
            ..filter.clone()
        };
        let mut n = 0u64;
        self.for_each_event(&filter, &mut |_| {
            n += 1;
            Ok(())
        })?;
        Ok(n)
    }

    /// Events matching the filter that a [`Store::aggregate`] by `period` leaves out
    /// because their date is less precise than the period (or absent): `(less precise,
    /// undated)`. Aggregates report them instead of dropping them silently.
    fn imprecise_events(&self, filter: &EventFilter, period: Period) -> Result<(u64, u64)> {
        let needed = match period {
            Period::Day | Period::Week => 10,
            Period::Month => 7,
            Period::Year => 4,
        };
        let filter = EventFilter {
            limit: None,
            offset: None,
            ..filter.clone()
        };
        let (mut imprecise, mut undated) = (0u64, 0u64);
        self.for_each_event(&filter, &mut |e| {
            match e.date.as_deref().filter(|d| !d.is_empty()) {
                None => undated += 1,
                Some(d) if d.len() < needed => imprecise += 1,
                Some(_) => {}
            }
            Ok(())
        })?;
        Ok((imprecise, undated))
    }

    /// Counts and Goldstein totals of the events matching the filter, by `key`, most
    /// events first (a period: in time order). Events without a date precise enough for a
    /// period key are left out (see [`Store::imprecise_events`]).
    fn group_by(&self, filter: &EventFilter, key: GroupKey) -> Result<Vec<GroupRow>>;

    /// Mentions of the events matching the filter.
    fn mentions(&self, filter: &EventFilter) -> Result<Vec<MentionRow>>;

    /// Counts and Goldstein totals per period of the events matching the filter
    /// (events without a date at the period's precision are left out).
    fn aggregate(&self, filter: &EventFilter, period: Period) -> Result<Vec<AggregateRow>>;

    /// Full-text search over article titles and texts, best first.
    fn search_documents(&self, text: &str, limit: usize) -> Result<Vec<DocumentHit>>;

    /// Row counts.
    fn stats(&self) -> Result<StoreStats>;

    // --- Read queries for the analyst surfaces (issue #14) -----------------------------

    /// Documents, newest first, a page at a time (see [`DocumentQuery`]).
    fn documents(&self, query: &DocumentQuery) -> Result<Vec<DocumentSummary>>;

    /// Everything stored about the document with this id (the first stored, when two
    /// share it), or `None`.
    fn document(&self, id: &str) -> Result<Option<DocumentDetail>>;

    /// One event cluster by its id, with its mentions, or `None`.
    fn event(&self, id: &str) -> Result<Option<EventDetail>>;

    /// Names, roles and quotations (at most `limit`) of the actor with this code (country
    /// code or CAMEO actor code, exact).
    fn actor_profile(&self, code: &str, limit: usize) -> Result<ActorProfile>;

    /// A handle that makes this store's running query fail promptly with an error, for
    /// query time limits; `None` when the backend cannot interrupt (callers then only stop
    /// waiting).
    fn interrupt_handle(&self) -> Option<InterruptHandle> {
        None
    }
}

/// True for a `postgres://` or `postgresql://` URL: the PostgreSQL backend. Anything else
/// is an SQLite file path.
pub fn is_postgres_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// Open (creating and migrating when needed) the store at `location`: a file path for
/// SQLite, a `postgres://` URL for PostgreSQL.
pub fn open(location: &str) -> Result<Box<dyn Store>> {
    if is_postgres_url(location) {
        return open_postgres(location, true);
    }
    Ok(Box::new(SqliteStore::open(location)?))
}

/// Open an existing store for reading: [`SqliteStore::open_read_only`] for a path,
/// a connection that checks the schema version (and migrates nothing) for a URL.
pub fn open_read_only(location: &str) -> Result<Box<dyn Store>> {
    if is_postgres_url(location) {
        return open_postgres(location, false);
    }
    Ok(Box::new(SqliteStore::open_read_only(location)?))
}

#[cfg(feature = "postgres")]
fn open_postgres(url: &str, write: bool) -> Result<Box<dyn Store>> {
    Ok(if write {
        Box::new(PgStore::open(url)?)
    } else {
        Box::new(PgStore::open_read_only(url)?)
    })
}

#[cfg(not(feature = "postgres"))]
fn open_postgres(_url: &str, _write: bool) -> Result<Box<dyn Store>> {
    Err(StoreError::Invalid(
        "this build has no PostgreSQL backend (cargo feature `postgres`); use a file path".into(),
    ))
}
