//! The PostgreSQL backend of [`Store`] (cargo feature `postgres`).
//!
//! Same tables, columns, migrations (numbered like SQLite's, so `schema_version` means the
//! same thing on both) and the same derived values: a document, an event cluster or a
//! mention written here is the row SQLite writes for the same input. What differs is how
//! many writers may work at once. Any number of processes on any number of hosts may call
//! [`Store::put_documents`] on one database concurrently; correctness rests on the
//! database, never on process-local state:
//!
//! * **Serialisation where it matters.** A batch transaction first takes transaction-scoped
//!   advisory locks (`pg_advisory_xact_lock`) on every key its documents could conflict on:
//!   the content hash and URL of each document (exact duplicates), its LSH band keys (near
//!   duplicates: two copies of a story written at once must still see each other) and the
//!   id of every event cluster its events map to (the incremental cluster counters). The
//!   keys are taken in ascending order in one statement, so two batches can never wait on
//!   each other in a cycle; writers whose batches share no key do not wait at all.
//! * **Unique constraints as the last word.** Documents are inserted with `ON CONFLICT DO
//!   NOTHING`; a conflict makes the document a [`PutOutcome::Duplicate`] of the stored one.
//! * **Retry.** A serialisation failure or deadlock (possible only with other software
//!   writing the same tables) rolls the batch back and runs it again, up to
//!   [`MAX_ATTEMPTS`] times.
//!
//! Text columns use the `C` collation, so `ORDER BY` gives SQLite's byte order whatever
//! the database's locale; `NULLS FIRST`/`LAST` are spelled out where SQLite's default
//! differs. Full-text search uses a generated `tsvector` column (`english` configuration:
//! stemmed, so `sanction` finds "sanctions", like SQLite's porter tokenizer).
//!
//! Every method is one SQL statement (or one per row for inserts) whose text is a
//! constant or is built from [`build_where_in`] with bound parameters, and rows are
//! decoded by shared functions ([`event_row`], [`group_row`], ...), so a new read method
//! is a SQL string and a decoder.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, NoTls, Row, Statement, Transaction};
use sha2::{Digest, Sha256};
use sitrep_record::{Event, Record};

use crate::cluster::{mention_id, ClusterKey};
use crate::dedup::{content_hash, MinHashSignature, NEAR_DUPLICATE_THRESHOLD};
use crate::query::{build_where_in, Dialect, EventFilter, GroupKey, Period, Sort, SqlWhere};
use crate::sqlite::{
    json_list, precision_of, quad_number, source_tokens, start_of, url_host, CharIndex,
    EVENT_COLUMNS, MENTION_COLUMNS, REPRESENTATIVE_JOIN,
};
use crate::{
    ActorProfile, AggregateRow, DateRow, DocumentDetail, DocumentHit, DocumentMention,
    DocumentQuery, DocumentSummary, EntityRow, EventDetail, EventRow, GroupRow, InterruptHandle,
    MentionRow, NewDocument, PutOutcome, QuantityRow, QuoteRow, Result, Store, StoreError,
    StoreStats,
};

/// Times a batch is tried when the database reports a serialisation failure or deadlock.
pub const MAX_ATTEMPTS: usize = 5;

/// Times a read cancelled by a late cancel request (meant for an earlier query) is run
/// again; more than that many requests are never pending when queries are interrupted
/// only past a time limit.
const STALE_CANCEL_RETRIES: usize = 3;

/// Near-duplicate candidates taken from one LSH band (as in the SQLite backend).
const BAND_CANDIDATES: i64 = 16;

/// The advisory lock key every migration runs under (any constant; "sitrep" in ASCII).
const MIGRATION_LOCK: i64 = 0x7369_7472_6570;

/// Migrations in order; migration `i` takes the database from version `i` to `i + 1`, the
/// same versions as [`crate::schema::MIGRATIONS`].
pub const MIGRATIONS: &[&str] = &[MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4];

const MIGRATION_1: &str = r#"
CREATE TABLE documents (
    id                BIGSERIAL PRIMARY KEY,
    doc_id            TEXT COLLATE "C" NOT NULL,
    content_hash      TEXT COLLATE "C" NOT NULL UNIQUE,
    url               TEXT COLLATE "C",
    title             TEXT COLLATE "C",
    published         TEXT COLLATE "C",
    source            TEXT COLLATE "C",
    language          TEXT COLLATE "C",
    text              TEXT NOT NULL,
    meta              TEXT NOT NULL DEFAULT '{}',
    key_points        TEXT NOT NULL DEFAULT '[]',
    near_duplicate_of BIGINT REFERENCES documents(id),
    similarity        DOUBLE PRECISION
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE document_minhash (
    doc       BIGINT PRIMARY KEY REFERENCES documents(id),
    signature BYTEA NOT NULL
);
CREATE TABLE document_bands (
    band_key BIGINT NOT NULL,
    doc      BIGINT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band_key, doc)
);

CREATE TABLE entities (
    doc         BIGINT NOT NULL REFERENCES documents(id),
    ord         BIGINT NOT NULL,
    local_id    TEXT COLLATE "C" NOT NULL,
    text        TEXT COLLATE "C" NOT NULL,
    type        TEXT COLLATE "C" NOT NULL,
    code        TEXT COLLATE "C",
    sector      TEXT COLLATE "C",
    org         TEXT COLLATE "C",
    role        TEXT COLLATE "C",
    cameo_actor TEXT COLLATE "C",
    mentions    TEXT NOT NULL,
    PRIMARY KEY (doc, ord)
);
CREATE INDEX entities_code ON entities(code);

CREATE TABLE event_clusters (
    id              TEXT COLLATE "C" PRIMARY KEY,
    global_id       BIGINT NOT NULL UNIQUE,
    cluster_key     TEXT COLLATE "C" NOT NULL,
    category        TEXT COLLATE "C" NOT NULL,
    key_actor       TEXT COLLATE "C" NOT NULL,
    key_recipient   TEXT COLLATE "C" NOT NULL,
    key_date        TEXT COLLATE "C" NOT NULL,
    key_place       TEXT COLLATE "C" NOT NULL,
    cameo           TEXT COLLATE "C" NOT NULL,
    goldstein       DOUBLE PRECISION,
    quad            BIGINT NOT NULL,
    actor_name      TEXT COLLATE "C",
    actor_code      TEXT COLLATE "C",
    actor_sector    TEXT COLLATE "C",
    actor_cameo     TEXT COLLATE "C",
    recipient_name  TEXT COLLATE "C",
    recipient_code  TEXT COLLATE "C",
    recipient_sector TEXT COLLATE "C",
    recipient_cameo TEXT COLLATE "C",
    date            TEXT COLLATE "C",
    place_name      TEXT COLLATE "C",
    place_code      TEXT COLLATE "C",
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    num_mentions    BIGINT NOT NULL,
    num_articles    BIGINT NOT NULL,
    num_sources     BIGINT NOT NULL,
    is_root         BIGINT NOT NULL,
    first_published TEXT COLLATE "C",
    source_url      TEXT COLLATE "C",
    evidence        TEXT COLLATE "C"
);
CREATE INDEX event_clusters_date ON event_clusters(date);
CREATE INDEX event_clusters_actor ON event_clusters(actor_code, recipient_code);
CREATE INDEX event_clusters_recipient ON event_clusters(recipient_code);
CREATE INDEX event_clusters_category ON event_clusters(category);

CREATE TABLE event_mentions (
    id               TEXT COLLATE "C" PRIMARY KEY,
    cluster          TEXT COLLATE "C" NOT NULL REFERENCES event_clusters(id),
    doc              BIGINT NOT NULL REFERENCES documents(id),
    ord              BIGINT NOT NULL,
    local_id         TEXT COLLATE "C" NOT NULL,
    category         TEXT COLLATE "C" NOT NULL,
    mode             TEXT COLLATE "C",
    context          TEXT NOT NULL,
    cameo            TEXT COLLATE "C" NOT NULL,
    goldstein        DOUBLE PRECISION,
    quad             BIGINT NOT NULL,
    actor_text       TEXT COLLATE "C",
    actor_entity     TEXT COLLATE "C",
    actor_code       TEXT COLLATE "C",
    actor_sector     TEXT COLLATE "C",
    actor_org        TEXT COLLATE "C",
    actor_cameo      TEXT COLLATE "C",
    recipient_text   TEXT COLLATE "C",
    recipient_entity TEXT COLLATE "C",
    recipient_code   TEXT COLLATE "C",
    recipient_sector TEXT COLLATE "C",
    recipient_org    TEXT COLLATE "C",
    recipient_cameo  TEXT COLLATE "C",
    trigger_text     TEXT COLLATE "C" NOT NULL,
    trigger_start    BIGINT NOT NULL,
    trigger_end      BIGINT NOT NULL,
    sentence_index   BIGINT NOT NULL,
    sentence_start   BIGINT NOT NULL,
    sentence_end     BIGINT NOT NULL,
    evidence         TEXT COLLATE "C" NOT NULL,
    date             TEXT COLLATE "C",
    date_precision   TEXT COLLATE "C",
    place_text       TEXT COLLATE "C",
    place_code       TEXT COLLATE "C",
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    modality         TEXT COLLATE "C" NOT NULL,
    negated          BIGINT NOT NULL,
    sources          TEXT NOT NULL,
    source_names     TEXT COLLATE "C" NOT NULL,
    quantities       TEXT NOT NULL,
    rule             TEXT COLLATE "C" NOT NULL
);
CREATE INDEX event_mentions_cluster ON event_mentions(cluster);
CREATE INDEX event_mentions_doc ON event_mentions(doc);

CREATE TABLE quotes (
    doc            BIGINT NOT NULL REFERENCES documents(id),
    ord            BIGINT NOT NULL,
    text           TEXT COLLATE "C" NOT NULL,
    start          BIGINT NOT NULL,
    "end"          BIGINT NOT NULL,
    speaker_text   TEXT COLLATE "C",
    speaker_entity TEXT COLLATE "C",
    speaker_code   TEXT COLLATE "C",
    speaker_sector TEXT COLLATE "C",
    speaker_org    TEXT COLLATE "C",
    PRIMARY KEY (doc, ord)
);

CREATE TABLE quantities (
    doc          BIGINT NOT NULL REFERENCES documents(id),
    ord          BIGINT NOT NULL,
    local_id     TEXT COLLATE "C" NOT NULL,
    text         TEXT COLLATE "C" NOT NULL,
    start        BIGINT NOT NULL,
    "end"        BIGINT NOT NULL,
    value        DOUBLE PRECISION,
    min          DOUBLE PRECISION,
    max          DOUBLE PRECISION,
    approx       BIGINT NOT NULL,
    unit         TEXT COLLATE "C",
    kind         TEXT COLLATE "C" NOT NULL,
    actor_code   TEXT COLLATE "C",
    actor_sector TEXT COLLATE "C",
    PRIMARY KEY (doc, ord)
);
CREATE INDEX quantities_kind ON quantities(kind);

CREATE TABLE date_mentions (
    doc       BIGINT NOT NULL REFERENCES documents(id),
    ord       BIGINT NOT NULL,
    text      TEXT COLLATE "C" NOT NULL,
    start     BIGINT NOT NULL,
    "end"     BIGINT NOT NULL,
    value     TEXT COLLATE "C",
    precision TEXT COLLATE "C",
    PRIMARY KEY (doc, ord)
);
"#;

/// Version 2 (SQLite: stemmed FTS5 and `ingested_at`): a stemmed full-text index as a
/// generated column, and the ingest time of each document.
const MIGRATION_2: &str = r#"
ALTER TABLE documents ADD COLUMN fts tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    to_tsvector('english', text)) STORED;
CREATE INDEX documents_fts ON documents USING gin (fts);
ALTER TABLE documents ADD COLUMN ingested_at TEXT COLLATE "C";
"#;

/// Version 3: the tables that keep cluster columns incremental (see the SQLite migration).
const MIGRATION_3: &str = r#"
CREATE TABLE cluster_sources (
    cluster TEXT COLLATE "C" NOT NULL REFERENCES event_clusters(id),
    source  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (cluster, source)
);
CREATE TABLE cluster_cameos (
    cluster   TEXT COLLATE "C" NOT NULL REFERENCES event_clusters(id),
    cameo     TEXT COLLATE "C" NOT NULL,
    mentions  BIGINT NOT NULL,
    goldstein DOUBLE PRECISION,
    quad      BIGINT NOT NULL,
    PRIMARY KEY (cluster, cameo)
);
ALTER TABLE event_clusters ADD COLUMN rep_mention TEXT COLLATE "C";
CREATE INDEX event_mentions_doc_cluster ON event_mentions(doc, cluster);
"#;

/// Version 4 (SQLite: `event_clusters_summary`, the dashboard's covering index): the date
/// order of event lists (`date, id`) carrying the columns of the per-period charts, so they
/// are index-only scans. The names and keys SQLite's copy also carries are left out: a
/// B-tree entry here must stay under about 2.7 kB and a party name has no bound, and with
/// its statistics PostgreSQL's planner scans the table for party filters where that pays.
const MIGRATION_4: &str = r#"
CREATE INDEX event_clusters_summary ON event_clusters(date, id)
    INCLUDE (quad, goldstein, num_mentions);
DROP INDEX event_clusters_date;
"#;

struct Connection {
    client: Client,
    /// Prepared statements of this connection by SQL text (one parse per statement per
    /// connection instead of one per row).
    statements: HashMap<String, Statement>,
}

/// A PostgreSQL store: one connection. Open one per process (or thread) that writes.
pub struct PgStore {
    conn: RefCell<Connection>,
    /// Cancel requests sent through [`Store::interrupt_handle`] so far (see [`PgStore::read`]).
    interrupts: Arc<AtomicU64>,
}

fn prepared(
    tx: &mut Transaction,
    cache: &mut HashMap<String, Statement>,
    sql: &str,
) -> Result<Statement> {
    if let Some(s) = cache.get(sql) {
        return Ok(s.clone());
    }
    let s = tx.prepare(sql)?;
    cache.insert(sql.to_string(), s.clone());
    Ok(s)
}

/// A writer's view of one open transaction with the statement cache beside it.
struct Writer<'a, 'b> {
    tx: &'a mut Transaction<'b>,
    cache: &'a mut HashMap<String, Statement>,
}

impl Writer<'_, '_> {
    fn execute(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        let s = prepared(self.tx, self.cache, sql)?;
        Ok(self.tx.execute(&s, params)?)
    }

    fn query(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        let s = prepared(self.tx, self.cache, sql)?;
        Ok(self.tx.query(&s, params)?)
    }

    fn query_opt(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Option<Row>> {
        let s = prepared(self.tx, self.cache, sql)?;
        Ok(self.tx.query_opt(&s, params)?)
    }
}

/// A 64-bit advisory lock key for a string (first 8 bytes of its SHA-256), tagged so keys
/// of different kinds rarely meet (a collision only makes two writers wait for each other).
fn lock_key(kind: &str, value: &str) -> i64 {
    let digest = Sha256::digest(format!("{kind}|{value}").as_bytes());
    i64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

/// Every advisory lock key a batch needs (see the module documentation), sorted.
fn batch_lock_keys(docs: &[NewDocument]) -> Vec<i64> {
    let mut keys = BTreeSet::new();
    for doc in docs {
        let r = &doc.record;
        if r.error.is_some() {
            continue;
        }
        keys.insert(lock_key("hash", &content_hash(&r.text)));
        if let Some(url) = r.url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            keys.insert(lock_key("url", url));
        }
        let signature = MinHashSignature::of_text(&r.text);
        if !signature.is_empty() {
            keys.extend(signature.band_keys());
        }
        for e in &r.events {
            let key = ClusterKey::of_event(e, r.published.as_deref());
            keys.insert(lock_key("cluster", &key.id()));
        }
    }
    keys.into_iter().collect()
}

/// True for the errors after which running the same transaction again can succeed.
fn is_transient(e: &StoreError) -> bool {
    match e {
        StoreError::Postgres(e) => matches!(
            e.code(),
            Some(&SqlState::T_R_SERIALIZATION_FAILURE) | Some(&SqlState::T_R_DEADLOCK_DETECTED)
        ),
        _ => false,
    }
}

impl PgStore {
    /// Connect to `url` (`postgres://user:password@host:port/database`) and migrate the
    /// schema to the current version (several processes may do this at once).
    pub fn open(url: &str) -> Result<PgStore> {
        let mut store = PgStore::connect(url)?;
        store.migrate()?;
        Ok(store)
    }

    /// Connect without migrating; reading then needs the current schema version.
    pub fn open_read_only(url: &str) -> Result<PgStore> {
        let store = PgStore::connect(url)?;
        let version = store.schema_version()?;
        if version != crate::schema::SCHEMA_VERSION {
            return Err(StoreError::Schema(format!(
                "database schema version {version}, this build reads {}; open it for \
                 writing once (any `sitrep ingest` or `sitrep worker`) to migrate it",
                crate::schema::SCHEMA_VERSION
            )));
        }
        Ok(store)
    }

    fn connect(url: &str) -> Result<PgStore> {
        let client = Client::connect(url, NoTls)?;
        Ok(PgStore {
            conn: RefCell::new(Connection {
                client,
                statements: HashMap::new(),
            }),
            interrupts: Arc::new(AtomicU64::new(0)),
        })
    }

    /// Run a read query with parameters and decode its rows.
    fn read<T>(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        decode: impl Fn(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut conn = self.conn.borrow_mut();
        // The server delivers a cancel request asynchronously: one sent for a query that
        // finished just before can land on the next one (one per request still pending).
        // Cancelled with no request since it started, the query was not the one meant:
        // run it again.
        let mut attempts = 0;
        let rows = loop {
            let interrupts = self.interrupts.load(Ordering::SeqCst);
            match conn.client.query(sql, params) {
                Err(e)
                    if attempts < STALE_CANCEL_RETRIES
                        && e.code() == Some(&SqlState::QUERY_CANCELED)
                        && self.interrupts.load(Ordering::SeqCst) == interrupts =>
                {
                    attempts += 1
                }
                other => break other?,
            }
        };
        rows.iter().map(decode).collect()
    }

    /// Remove every table of the schema (tests and benchmarks that need a fresh database).
    pub fn drop_schema(url: &str) -> Result<()> {
        let mut client = Client::connect(url, NoTls)?;
        client.batch_execute(
            "DROP TABLE IF EXISTS cluster_sources, cluster_cameos, event_mentions,
                 event_clusters, quotes, quantities, date_mentions, entities, document_bands,
                 document_minhash, documents, sitrep_schema CASCADE",
        )?;
        Ok(())
    }

    /// Create the database `name`, empty (dropped first if it exists), on the server that
    /// `server_url` connects to, and return the URL that opens it: tests and benchmarks
    /// each get a database of their own. `name` is written into the statement (PostgreSQL
    /// takes no parameters for names), so it must be a plain lowercase identifier.
    pub fn create_scratch_database(server_url: &str, name: &str) -> Result<String> {
        let plain = !name.is_empty()
            && name.len() <= 63
            && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !plain {
            return Err(StoreError::Invalid(format!(
                "database name {name:?}: use lowercase ASCII letters, digits and _ \
                 (at most 63, not starting with a digit)"
            )));
        }
        let mut admin = Client::connect(server_url, NoTls)?;
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))?;
        admin.batch_execute(&format!("CREATE DATABASE {name}"))?;
        url_with_database(server_url, name)
    }

    fn put_batch(conn: &mut Connection, docs: &[NewDocument]) -> Result<Vec<PutOutcome>> {
        let keys = batch_lock_keys(docs);
        let Connection { client, statements } = conn;
        let mut tx = client.transaction()?;
        // One statement, keys in ascending array order: no two batches wait on each other
        // in a cycle.
        tx.execute(
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(k)
                                   FROM unnest($1::bigint[]) AS k) AS locked",
            &[&keys],
        )?;
        let mut w = Writer {
            tx: &mut tx,
            cache: statements,
        };
        let mut outcomes = Vec::with_capacity(docs.len());
        for doc in docs {
            outcomes.push(insert_document(&mut w, doc)?);
        }
        tx.commit()?;
        Ok(outcomes)
    }
}

fn find_document(w: &mut Writer, url: Option<&str>, hash: &str) -> Result<Option<String>> {
    if let Some(row) = w.query_opt(
        "SELECT doc_id FROM documents WHERE content_hash = $1",
        &[&hash],
    )? {
        return Ok(Some(row.try_get(0)?));
    }
    match url.map(str::trim) {
        Some(url) if !url.is_empty() => Ok(w
            .query_opt("SELECT doc_id FROM documents WHERE url = $1", &[&url])?
            .map(|r| r.try_get(0))
            .transpose()?),
        _ => Ok(None),
    }
}

fn insert_document(w: &mut Writer, doc: &NewDocument) -> Result<PutOutcome> {
    let r = &doc.record;
    if let Some(err) = &r.error {
        return Ok(PutOutcome::Rejected {
            reason: err.clone(),
        });
    }
    let hash = content_hash(&r.text);
    let url = r.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
    if let Some(existing) = find_document(w, url, &hash)? {
        return Ok(PutOutcome::Duplicate { existing });
    }

    let signature = MinHashSignature::of_text(&r.text);
    let bands = signature.band_keys();
    let mut near: Option<(i64, String, f64)> = None;
    if !signature.is_empty() {
        let mut candidates: Vec<i64> = Vec::new();
        for key in bands {
            for row in w.query(
                "SELECT doc FROM document_bands WHERE band_key = $1 ORDER BY doc LIMIT $2",
                &[&key, &BAND_CANDIDATES],
            )? {
                candidates.push(row.try_get(0)?);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(i64, f64)> = None;
        for doc in candidates {
            let Some(row) = w.query_opt(
                "SELECT s.signature, coalesce(d.near_duplicate_of, d.id)
                 FROM document_minhash s JOIN documents d ON d.id = s.doc
                 WHERE s.doc = $1",
                &[&doc],
            )?
            else {
                continue;
            };
            let bytes: Vec<u8> = row.try_get(0)?;
            let root: i64 = row.try_get(1)?;
            if let Some(other) = MinHashSignature::from_bytes(&bytes) {
                let sim = signature.similarity(&other);
                if sim >= NEAR_DUPLICATE_THRESHOLD && best.is_none_or(|(_, s)| sim > s) {
                    best = Some((root, sim));
                }
            }
        }
        if let Some((root, sim)) = best {
            let row = w
                .query_opt("SELECT doc_id FROM documents WHERE id = $1", &[&root])?
                .ok_or_else(|| StoreError::Invalid(format!("document row {root} vanished")))?;
            near = Some((root, row.try_get(0)?, sim));
        }
    }

    let source = doc
        .source
        .clone()
        .or_else(|| url.and_then(url_host))
        .or_else(|| {
            r.meta
                .get("source")
                .and_then(|v| v.as_str())
                .map(String::from)
        });
    let meta = serde_json::to_string(&r.meta)?;
    let key_points = serde_json::to_string(&r.key_points)?;
    let near_row = near.as_ref().map(|n| n.0);
    let near_sim = near.as_ref().map(|n| n.2);
    // ON CONFLICT: a writer that took none of our locks (another tool) stored the same
    // document meanwhile; it is then a duplicate, as if it had been there first.
    let inserted = w.query_opt(
        "INSERT INTO documents (doc_id, content_hash, url, title, published, source, language,
                                text, meta, key_points, near_duplicate_of, similarity,
                                ingested_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
                 to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))
         ON CONFLICT DO NOTHING RETURNING id",
        &[
            &r.id,
            &hash,
            &url,
            &r.title,
            &r.published,
            &source,
            &r.language,
            &r.text,
            &meta,
            &key_points,
            &near_row,
            &near_sim,
        ],
    )?;
    let Some(inserted) = inserted else {
        let existing = find_document(w, url, &hash)?.unwrap_or_default();
        return Ok(PutOutcome::Duplicate { existing });
    };
    let doc_row: i64 = inserted.try_get(0)?;
    if !signature.is_empty() {
        w.execute(
            "INSERT INTO document_minhash (doc, signature) VALUES ($1, $2)",
            &[&doc_row, &signature.to_bytes()],
        )?;
        let keys: Vec<i64> = bands.to_vec();
        w.execute(
            "INSERT INTO document_bands (band_key, doc)
             SELECT DISTINCT k, $2::bigint FROM unnest($1::bigint[]) AS k ON CONFLICT DO NOTHING",
            &[&keys, &doc_row],
        )?;
    }
    if let Some((_, of, similarity)) = near {
        return Ok(PutOutcome::NearDuplicate { of, similarity });
    }
    insert_extraction(w, doc_row, &hash, r)?;
    Ok(PutOutcome::Inserted {
        events: r.events.len(),
    })
}

fn insert_extraction(w: &mut Writer, doc_row: i64, hash: &str, r: &Record) -> Result<()> {
    for (i, e) in r.entities.iter().enumerate() {
        let ty = serde_json::to_value(e.entity_type)?;
        let mentions = serde_json::to_string(&e.mentions)?;
        w.execute(
            "INSERT INTO entities (doc, ord, local_id, text, type, code, sector, org, role,
                                   cameo_actor, mentions)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            &[
                &doc_row,
                &(i as i64),
                &e.id,
                &e.text,
                &ty.as_str().unwrap_or("OTHER"),
                &e.code,
                &e.sector,
                &e.org,
                &e.role,
                &e.cameo_actor,
                &mentions,
            ],
        )?;
    }
    for (i, q) in r.quotes.iter().enumerate() {
        let s = q.speaker.as_ref();
        w.execute(
            "INSERT INTO quotes (doc, ord, text, start, \"end\", speaker_text, speaker_entity,
                                 speaker_code, speaker_sector, speaker_org)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            &[
                &doc_row,
                &(i as i64),
                &q.text,
                &(q.start as i64),
                &(q.end as i64),
                &s.map(|p| &p.text),
                &s.and_then(|p| p.entity.as_ref()),
                &s.and_then(|p| p.code.as_ref()),
                &s.and_then(|p| p.sector.as_ref()),
                &s.and_then(|p| p.org.as_ref()),
            ],
        )?;
    }
    for (i, q) in r.quantities.iter().enumerate() {
        w.execute(
            "INSERT INTO quantities (doc, ord, local_id, text, start, \"end\", value, min, max,
                                     approx, unit, kind, actor_code, actor_sector)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            &[
                &doc_row,
                &(i as i64),
                &q.id,
                &q.text,
                &(q.start as i64),
                &(q.end as i64),
                &q.value,
                &q.min,
                &q.max,
                &(q.approx as i64),
                &q.unit,
                &q.kind.as_str(),
                &q.actor.as_ref().and_then(|a| a.code.as_ref()),
                &q.actor.as_ref().and_then(|a| a.sector.as_ref()),
            ],
        )?;
    }
    for (i, d) in r.dates.iter().enumerate() {
        w.execute(
            "INSERT INTO date_mentions (doc, ord, text, start, \"end\", value, precision)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[
                &doc_row,
                &(i as i64),
                &d.text,
                &(d.start as i64),
                &(d.end as i64),
                &d.value,
                &d.precision.map(|p| p.as_str()),
            ],
        )?;
    }
    if r.events.is_empty() {
        return Ok(());
    }
    let chars = CharIndex::new(&r.text);
    let mut touched: BTreeMap<String, i64> = BTreeMap::new();
    for (i, e) in r.events.iter().enumerate() {
        let key = ClusterKey::of_event(e, r.published.as_deref());
        let cluster = key.id();
        w.execute(
            "INSERT INTO event_clusters
               (id, global_id, cluster_key, category, key_actor, key_recipient, key_date,
                key_place, cameo, quad, num_mentions, num_articles, num_sources, is_root)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, 0, 0)
             ON CONFLICT DO NOTHING",
            &[
                &cluster,
                &key.global_id(),
                &key.canonical(),
                &key.category,
                &key.actor,
                &key.recipient,
                &key.date,
                &key.place,
                &e.cameo,
                &quad_number(e.quad),
            ],
        )?;
        if insert_mention(w, doc_row, hash, i, e, &cluster, &chars)? {
            w.execute(
                "INSERT INTO cluster_cameos AS k (cluster, cameo, mentions, goldstein, quad)
                 VALUES ($1, $2, 1, $3, $4)
                 ON CONFLICT (cluster, cameo) DO UPDATE SET
                    mentions = k.mentions + 1,
                    goldstein = CASE WHEN k.goldstein IS NULL OR excluded.goldstein > k.goldstein
                                     THEN excluded.goldstein ELSE k.goldstein END,
                    quad = greatest(k.quad, excluded.quad)",
                &[&cluster, &e.cameo, &e.goldstein, &quad_number(e.quad)],
            )?;
            *touched.entry(cluster).or_insert(0) += 1;
        }
    }
    for (cluster, added) in &touched {
        refresh_cluster(w, cluster, doc_row, *added)?;
    }
    Ok(())
}

fn insert_mention(
    w: &mut Writer,
    doc_row: i64,
    hash: &str,
    index: usize,
    e: &Event,
    cluster: &str,
    chars: &CharIndex,
) -> Result<bool> {
    let a = e.actor.as_ref();
    let rc = e.recipient.as_ref();
    let loc = e.location.as_ref();
    let evidence = chars.slice(e.sentence.start, e.sentence.end);
    let context = serde_json::to_string(&e.context)?;
    let sources = serde_json::to_string(&e.sources)?;
    let quantities = serde_json::to_string(&e.quantities)?;
    let inserted = w.execute(
        "INSERT INTO event_mentions (
            id, cluster, doc, ord, local_id, category, mode, context, cameo, goldstein, quad,
            actor_text, actor_entity, actor_code, actor_sector, actor_org, actor_cameo,
            recipient_text, recipient_entity, recipient_code, recipient_sector, recipient_org,
            recipient_cameo, trigger_text, trigger_start, trigger_end, sentence_index,
            sentence_start, sentence_end, evidence, date, date_precision, place_text,
            place_code, lat, lon, modality, negated, sources, source_names, quantities, rule)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                 $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32,
                 $33, $34, $35, $36, $37, $38, $39, $40, $41, $42)
         ON CONFLICT DO NOTHING",
        &[
            &mention_id(hash, index, e),
            &cluster,
            &doc_row,
            &(index as i64),
            &e.id,
            &e.event,
            &e.mode,
            &context,
            &e.cameo,
            &e.goldstein,
            &quad_number(e.quad),
            &a.map(|p| &p.text),
            &a.and_then(|p| p.entity.as_ref()),
            &a.and_then(|p| p.code.as_ref()),
            &a.and_then(|p| p.sector.as_ref()),
            &a.and_then(|p| p.org.as_ref()),
            &a.and_then(|p| p.cameo_actor.as_ref()),
            &rc.map(|p| &p.text),
            &rc.and_then(|p| p.entity.as_ref()),
            &rc.and_then(|p| p.code.as_ref()),
            &rc.and_then(|p| p.sector.as_ref()),
            &rc.and_then(|p| p.org.as_ref()),
            &rc.and_then(|p| p.cameo_actor.as_ref()),
            &e.trigger.text,
            &(e.trigger.start as i64),
            &(e.trigger.end as i64),
            &(e.sentence.index as i64),
            &(e.sentence.start as i64),
            &(e.sentence.end as i64),
            &evidence,
            &e.date,
            &e.date_precision.map(|p| p.as_str()),
            &loc.map(|l| &l.text),
            &loc.and_then(|l| l.code.as_ref()),
            &loc.and_then(|l| l.lat),
            &loc.and_then(|l| l.lon),
            &e.modality.as_str(),
            &(e.negated as i64),
            &sources,
            &source_tokens(&e.sources),
            &quantities,
            &e.rule,
        ],
    )?;
    Ok(inserted == 1)
}

/// The SQLite backend's `refresh_cluster` in PostgreSQL: the same values, computed from
/// the same rows (the caller holds the cluster's advisory lock, so every earlier writer of
/// this cluster has committed and this statement sees its rows).
fn refresh_cluster(w: &mut Writer, cluster: &str, doc_row: i64, added: i64) -> Result<()> {
    let new_source = w.execute(
        "INSERT INTO cluster_sources (cluster, source)
         SELECT $1::text, coalesce(d.source, d.content_hash) FROM documents d WHERE d.id = $2
         ON CONFLICT DO NOTHING",
        &[&cluster, &doc_row],
    )? as i64;
    let representative: Option<String> = w
        .query_opt(
            "SELECT rep_mention FROM event_clusters WHERE id = $1",
            &[&cluster],
        )?
        .map(|r| r.try_get(0))
        .transpose()?
        .flatten();
    w.execute(
        "UPDATE event_clusters SET
            (cameo, goldstein, quad) = (
                SELECT k.cameo, k.goldstein, k.quad FROM cluster_cameos k
                WHERE k.cluster = $1 ORDER BY k.mentions DESC, k.cameo LIMIT 1),
            num_mentions = num_mentions + $3,
            num_articles = num_articles + 1,
            num_sources = num_sources + $4,
            is_root = greatest(is_root, (SELECT coalesce(max((m.sentence_index < 3)::int), 0)
                                         FROM event_mentions m
                                         WHERE m.doc = $2 AND m.cluster = $1)),
            first_published = (SELECT CASE
                    WHEN d.published IS NULL THEN event_clusters.first_published
                    WHEN event_clusters.first_published IS NULL
                         OR d.published < event_clusters.first_published THEN d.published
                    ELSE event_clusters.first_published END
                FROM documents d WHERE d.id = $2),
            (rep_mention, actor_name, actor_code, actor_sector, actor_cameo,
             recipient_name, recipient_code, recipient_sector, recipient_cameo,
             date, place_name, place_code, lat, lon, source_url, evidence) = (
                SELECT m.id, m.actor_text, m.actor_code, m.actor_sector,
                       coalesce(m.actor_cameo, m.actor_code || coalesce(m.actor_sector, '')),
                       m.recipient_text, m.recipient_code, m.recipient_sector,
                       coalesce(m.recipient_cameo,
                                m.recipient_code || coalesce(m.recipient_sector, '')),
                       nullif(event_clusters.key_date, ''), m.place_text, m.place_code, m.lat,
                       m.lon, d.url, m.evidence
                FROM (SELECT x.id FROM event_mentions x WHERE x.doc = $2 AND x.cluster = $1
                      UNION ALL SELECT $5::text) AS candidate
                JOIN event_mentions m ON m.id = candidate.id
                JOIN documents d ON d.id = m.doc
                ORDER BY coalesce(d.published, '~'), coalesce(d.url, '~'), d.content_hash,
                         m.sentence_index, m.trigger_start, m.id
                LIMIT 1)
         WHERE event_clusters.id = $1",
        &[&cluster, &doc_row, &added, &new_source, &representative],
    )?;
    Ok(())
}

/// The bound parameters of a [`SqlWhere`] as PostgreSQL values.
fn where_params(w: &SqlWhere) -> Vec<Box<dyn ToSql + Sync>> {
    use rusqlite::types::Value;
    w.params
        .iter()
        .map(|v| -> Box<dyn ToSql + Sync> {
            match v {
                Value::Null => Box::new(Option::<String>::None),
                Value::Integer(i) => Box::new(*i),
                Value::Real(f) => Box::new(*f),
                Value::Text(s) => Box::new(s.clone()),
                Value::Blob(b) => Box::new(b.clone()),
            }
        })
        .collect()
}

fn param_refs(params: &[Box<dyn ToSql + Sync>]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p.as_ref()).collect()
}

/// `ORDER BY` of event lists: [`Sort::order_by`] with SQLite's placement of NULL dates.
fn order_by(sort: Sort) -> &'static str {
    match sort {
        Sort::Oldest => "c.date NULLS FIRST, c.id",
        Sort::Newest => "c.date DESC NULLS LAST, c.id",
        Sort::Mentions => "c.num_mentions DESC, c.date DESC NULLS LAST, c.id",
        Sort::Goldstein => "c.goldstein IS NULL, c.goldstein, c.date DESC NULLS LAST, c.id",
    }
}

/// [`crate::query::period_sql`] in PostgreSQL (ISO weeks labelled by their Monday).
fn period_sql(period: Period) -> (&'static str, &'static str) {
    match period {
        Period::Day => ("substr(c.date, 1, 10)", "length(c.date) >= 10"),
        Period::Week => (
            "to_char(date_trunc('week', substr(c.date, 1, 10)::date), 'YYYY-MM-DD')",
            "c.date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'",
        ),
        Period::Month => ("substr(c.date, 1, 7)", "length(c.date) >= 7"),
        Period::Year => ("substr(c.date, 1, 4)", "length(c.date) >= 4"),
    }
}

fn limit_clause(filter: &EventFilter) -> String {
    // Numbers formatted by us, not user text.
    match (filter.limit, filter.offset) {
        (Some(n), Some(o)) => format!(" LIMIT {n} OFFSET {o}"),
        (Some(n), None) => format!(" LIMIT {n}"),
        (None, Some(o)) => format!(" OFFSET {o}"),
        (None, None) => String::new(),
    }
}

/// The columns [`group_row`] and [`aggregate_row`] decode after the label.
const TOTALS: &str = "count(*), sum(c.num_mentions)::bigint,
    coalesce(sum(c.goldstein), 0)::float8, coalesce(sum(c.goldstein * c.num_mentions), 0)::float8,
    count(*) FILTER (WHERE c.quad = 1), count(*) FILTER (WHERE c.quad = 2),
    count(*) FILTER (WHERE c.quad = 3), count(*) FILTER (WHERE c.quad = 4)";

fn event_row(r: &Row) -> Result<EventRow> {
    let mut e = EventRow {
        id: r.try_get(0)?,
        global_id: r.try_get(1)?,
        category: r.try_get(2)?,
        cameo: r.try_get(3)?,
        goldstein: r.try_get(4)?,
        quad: r.try_get::<_, i64>(5)? as u8,
        actor_name: r.try_get(6)?,
        actor_code: r.try_get(7)?,
        actor_sector: r.try_get(8)?,
        actor_cameo: r.try_get(9)?,
        recipient_name: r.try_get(10)?,
        recipient_code: r.try_get(11)?,
        recipient_sector: r.try_get(12)?,
        recipient_cameo: r.try_get(13)?,
        date: r.try_get(14)?,
        place_name: r.try_get(15)?,
        place_code: r.try_get(16)?,
        lat: r.try_get(17)?,
        lon: r.try_get(18)?,
        num_mentions: r.try_get(19)?,
        num_articles: r.try_get(20)?,
        num_sources: r.try_get(21)?,
        is_root: r.try_get::<_, i64>(22)? != 0,
        first_published: r.try_get(23)?,
        source_url: r.try_get(24)?,
        evidence: r.try_get(25)?,
        date_precision: None,
        date_start: None,
        mode: r.try_get(26)?,
        context: json_list(r.try_get(27)?, |v| v.as_str().map(String::from)),
        modality: r.try_get(28)?,
        negated: r.try_get::<_, Option<i64>>(29)?.unwrap_or(0) != 0,
        sources: json_list(r.try_get(30)?, |v| {
            v.get("text").and_then(|t| t.as_str()).map(String::from)
        }),
        trigger: r.try_get(31)?,
        rule: r.try_get(32)?,
        asserted_mentions: r.try_get(33)?,
        date_added: r.try_get(34)?,
    };
    if let Some(d) = e.date.as_deref() {
        e.date_precision = precision_of(d).map(String::from);
        e.date_start = start_of(d);
    }
    Ok(e)
}

fn mention_row(r: &Row) -> Result<MentionRow> {
    Ok(MentionRow {
        id: r.try_get(0)?,
        event_id: r.try_get(1)?,
        document: r.try_get(2)?,
        url: r.try_get(3)?,
        source: r.try_get(4)?,
        published: r.try_get(5)?,
        category: r.try_get(6)?,
        cameo: r.try_get(7)?,
        goldstein: r.try_get(8)?,
        quad: r.try_get::<_, i64>(9)? as u8,
        actor: r.try_get(10)?,
        actor_code: r.try_get(11)?,
        recipient: r.try_get(12)?,
        recipient_code: r.try_get(13)?,
        trigger: r.try_get(14)?,
        trigger_start: r.try_get(15)?,
        trigger_end: r.try_get(16)?,
        sentence_start: r.try_get(17)?,
        sentence_end: r.try_get(18)?,
        evidence: r.try_get(19)?,
        date: r.try_get(20)?,
        place: r.try_get(21)?,
        modality: r.try_get(22)?,
        negated: r.try_get::<_, i64>(23)? != 0,
        rule: r.try_get(24)?,
    })
}

fn group_row(r: &Row) -> Result<GroupRow> {
    Ok(GroupRow {
        group: r.try_get(0)?,
        events: r.try_get(1)?,
        mentions: r.try_get(2)?,
        goldstein_total: r.try_get(3)?,
        goldstein_weighted: r.try_get(4)?,
        verbal_cooperation: r.try_get(5)?,
        material_cooperation: r.try_get(6)?,
        verbal_conflict: r.try_get(7)?,
        material_conflict: r.try_get(8)?,
    })
}

fn aggregate_row(r: &Row) -> Result<AggregateRow> {
    let g = group_row(r)?;
    Ok(AggregateRow {
        period: g.group,
        events: g.events,
        mentions: g.mentions,
        goldstein_total: g.goldstein_total,
        goldstein_weighted: g.goldstein_weighted,
        verbal_cooperation: g.verbal_cooperation,
        material_cooperation: g.material_cooperation,
        verbal_conflict: g.verbal_conflict,
        material_conflict: g.material_conflict,
    })
}

// --- Read queries for the analyst surfaces (issue #14): SQL and decoders -----------------
// The statements are SQLite's (`sqlite.rs`, block of the same name) with `$n` parameters;
// every sort key is a `COLLATE "C"` text column, a number, or coalesced, so rows come in
// SQLite's order and no NULL placement differs.

/// [`Store::documents`]: newest first, strictly after the keyset cursor `($1, $2)` when
/// `$1` is not NULL.
const DOCUMENTS_SQL: &str = "SELECT d.doc_id, d.title, d.published, d.url, d.source, d.key_points,
        (SELECT count(*) FROM event_mentions m WHERE m.doc = d.id),
        (SELECT o.doc_id FROM documents o WHERE o.id = d.near_duplicate_of)
 FROM documents d
 WHERE $1::text IS NULL OR coalesce(d.published, '') < $1
    OR (coalesce(d.published, '') = $1 AND d.doc_id < $2)
 ORDER BY coalesce(d.published, '') DESC, d.doc_id DESC
 LIMIT $3";

/// The head of [`Store::document`]: the first stored document with this id, its row id in
/// column 0.
const DOCUMENT_SQL: &str = "SELECT d.id, d.doc_id, d.title, d.published, d.url, d.source,
        d.language, d.text, d.key_points,
        (SELECT o.doc_id FROM documents o WHERE o.id = d.near_duplicate_of), d.similarity
 FROM documents d WHERE d.doc_id = $1 ORDER BY d.id LIMIT 1";

const DOCUMENT_ENTITIES_SQL: &str =
    "SELECT local_id, text, type, code, sector, org, role, cameo_actor, mentions
     FROM entities WHERE doc = $1 ORDER BY ord";

const DOCUMENT_QUOTES_SQL: &str =
    "SELECT d.doc_id, d.published, q.text, q.start, q.\"end\", q.speaker_text,
            q.speaker_code, q.speaker_org
     FROM quotes q JOIN documents d ON d.id = q.doc WHERE q.doc = $1 ORDER BY q.ord";

const DOCUMENT_DATES_SQL: &str = "SELECT text, start, \"end\", value, precision
     FROM date_mentions WHERE doc = $1 ORDER BY ord";

const DOCUMENT_QUANTITIES_SQL: &str =
    "SELECT local_id, text, start, \"end\", value, min, max, approx, unit, kind, actor_code
     FROM quantities WHERE doc = $1 ORDER BY ord";

/// [`Store::actor_profile`]'s names: entity texts of the code, by documents, most first.
const ACTOR_NAMES_SQL: &str = "SELECT e.text, count(DISTINCT e.doc) AS n FROM entities e
     WHERE e.code = $1 OR e.cameo_actor = $1
     GROUP BY e.text ORDER BY n DESC, e.text LIMIT 20";

const ACTOR_ROLES_SQL: &str = "SELECT e.role, count(DISTINCT e.doc) AS n FROM entities e
     WHERE (e.code = $1 OR e.cameo_actor = $1) AND e.role IS NOT NULL AND e.role <> ''
     GROUP BY e.role ORDER BY n DESC, e.role LIMIT 20";

const ACTOR_QUOTES_SQL: &str =
    "SELECT d.doc_id, d.published, q.text, q.start, q.\"end\", q.speaker_text,
            q.speaker_code, q.speaker_org
     FROM quotes q JOIN documents d ON d.id = q.doc
     WHERE q.speaker_code = $1
     ORDER BY coalesce(d.published, '') DESC, d.doc_id, q.ord LIMIT $2";

/// Mentions with their sources and linked quantities: [`mention_row`]'s columns, then the
/// two JSON lists [`document_mention_row`] decodes, where `condition` (over `m`/`d`, with its
/// ORDER BY) holds.
fn document_mentions_sql(condition: &str) -> String {
    format!(
        "SELECT {MENTION_COLUMNS}, m.sources, m.quantities
         FROM event_mentions m JOIN documents d ON d.id = m.doc
         WHERE {condition}"
    )
}

fn document_summary_row(r: &Row) -> Result<DocumentSummary> {
    Ok(DocumentSummary {
        id: r.try_get(0)?,
        title: r.try_get(1)?,
        published: r.try_get(2)?,
        url: r.try_get(3)?,
        source: r.try_get(4)?,
        key_points: json_list(r.try_get(5)?, |v| v.as_str().map(String::from)),
        events: r.try_get(6)?,
        near_duplicate_of: r.try_get(7)?,
    })
}

/// [`DOCUMENT_SQL`]'s row: the document's row id and its detail without the item lists.
fn document_head_row(r: &Row) -> Result<(i64, DocumentDetail)> {
    Ok((
        r.try_get(0)?,
        DocumentDetail {
            id: r.try_get(1)?,
            title: r.try_get(2)?,
            published: r.try_get(3)?,
            url: r.try_get(4)?,
            source: r.try_get(5)?,
            language: r.try_get(6)?,
            text: r.try_get(7)?,
            key_points: json_list(r.try_get(8)?, |v| v.as_str().map(String::from)),
            near_duplicate_of: r.try_get(9)?,
            similarity: r.try_get(10)?,
            entities: Vec::new(),
            quotes: Vec::new(),
            quantities: Vec::new(),
            dates: Vec::new(),
            mentions: Vec::new(),
        },
    ))
}

fn entity_row(r: &Row) -> Result<EntityRow> {
    let spans: Option<String> = r.try_get(8)?;
    Ok(EntityRow {
        id: r.try_get(0)?,
        text: r.try_get(1)?,
        entity_type: r.try_get(2)?,
        code: r.try_get(3)?,
        sector: r.try_get(4)?,
        org: r.try_get(5)?,
        role: r.try_get(6)?,
        cameo_actor: r.try_get(7)?,
        mentions: spans
            .and_then(|j| serde_json::from_str(&j).ok())
            .unwrap_or_default(),
    })
}

fn quote_row(r: &Row) -> Result<QuoteRow> {
    Ok(QuoteRow {
        document: r.try_get(0)?,
        published: r.try_get(1)?,
        text: r.try_get(2)?,
        start: r.try_get(3)?,
        end: r.try_get(4)?,
        speaker: r.try_get(5)?,
        speaker_code: r.try_get(6)?,
        speaker_org: r.try_get(7)?,
    })
}

fn date_row(r: &Row) -> Result<DateRow> {
    Ok(DateRow {
        text: r.try_get(0)?,
        start: r.try_get(1)?,
        end: r.try_get(2)?,
        value: r.try_get(3)?,
        precision: r.try_get(4)?,
    })
}

/// A quantity without its linked events (those come from the document's mentions).
fn quantity_row(r: &Row) -> Result<QuantityRow> {
    Ok(QuantityRow {
        id: r.try_get(0)?,
        text: r.try_get(1)?,
        start: r.try_get(2)?,
        end: r.try_get(3)?,
        value: r.try_get(4)?,
        min: r.try_get(5)?,
        max: r.try_get(6)?,
        // Stored as 0/1 like SQLite's column, not as a PostgreSQL boolean.
        approx: r.try_get::<_, i64>(7)? != 0,
        unit: r.try_get(8)?,
        kind: r.try_get(9)?,
        actor_code: r.try_get(10)?,
        events: Vec::new(),
    })
}

fn document_mention_row(r: &Row) -> Result<DocumentMention> {
    Ok(DocumentMention {
        mention: mention_row(r)?,
        sources: json_list(r.try_get(25)?, |v| {
            v.get("text").and_then(|t| t.as_str()).map(String::from)
        }),
        quantities: json_list(r.try_get(26)?, |v| v.as_str().map(String::from)),
    })
}

fn counted_row(r: &Row) -> Result<(String, i64)> {
    Ok((r.try_get(0)?, r.try_get(1)?))
}

impl Store for PgStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    fn schema_version(&self) -> Result<u32> {
        let mut conn = self.conn.borrow_mut();
        let exists: bool = conn
            .client
            .query_one("SELECT to_regclass('sitrep_schema') IS NOT NULL", &[])?
            .try_get(0)?;
        if !exists {
            return Ok(0);
        }
        let v: i64 = conn
            .client
            .query_one(
                "SELECT coalesce(max(version), 0)::bigint FROM sitrep_schema",
                &[],
            )?
            .try_get(0)?;
        Ok(v as u32)
    }

    fn migrate(&mut self) -> Result<u32> {
        let conn = self.conn.get_mut();
        let mut tx = conn.client.transaction()?;
        // Workers starting together: one migrates, the others wait and then find it done.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS sitrep_schema (version BIGINT NOT NULL)")?;
        let mut version: i64 = tx
            .query_one(
                "SELECT coalesce(max(version), 0)::bigint FROM sitrep_schema",
                &[],
            )?
            .try_get(0)?;
        if version as usize > MIGRATIONS.len() {
            return Err(StoreError::Schema(format!(
                "database schema version {version} is newer than this build ({})",
                MIGRATIONS.len()
            )));
        }
        while (version as usize) < MIGRATIONS.len() {
            tx.batch_execute(MIGRATIONS[version as usize])?;
            version += 1;
            tx.execute("DELETE FROM sitrep_schema", &[])?;
            tx.execute(
                "INSERT INTO sitrep_schema (version) VALUES ($1)",
                &[&version],
            )?;
        }
        tx.commit()?;
        Ok(version as u32)
    }

    fn find_document(&self, url: Option<&str>, content_hash: &str) -> Result<Option<String>> {
        let mut conn = self.conn.borrow_mut();
        let Connection { client, statements } = &mut *conn;
        let mut tx = client.transaction()?;
        let found = find_document(
            &mut Writer {
                tx: &mut tx,
                cache: statements,
            },
            url,
            content_hash,
        )?;
        tx.commit()?;
        Ok(found)
    }

    fn put_documents(&mut self, docs: &[NewDocument]) -> Result<Vec<PutOutcome>> {
        let conn = self.conn.get_mut();
        let mut attempt = 1;
        loop {
            match PgStore::put_batch(conn, docs) {
                Err(e) if attempt < MAX_ATTEMPTS && is_transient(&e) => attempt += 1,
                other => return other,
            }
        }
    }

    fn for_each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(EventRow) -> Result<()>,
    ) -> Result<()> {
        let w = build_where_in(filter, Dialect::Postgres);
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM event_clusters c{REPRESENTATIVE_JOIN}{} ORDER BY {}{}",
            w.clause,
            order_by(filter.sort),
            limit_clause(filter)
        );
        let params = where_params(&w);
        let mut conn = self.conn.borrow_mut();
        // A portal read in chunks inside a transaction: exports of any size stream.
        let mut tx = conn.client.transaction()?;
        let portal = tx.bind(sql.as_str(), &param_refs(&params))?;
        loop {
            let rows = tx.query_portal(&portal, 1000)?;
            if rows.is_empty() {
                break;
            }
            for row in &rows {
                f(event_row(row)?)?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let w = build_where_in(filter, Dialect::Postgres);
        let sql = format!("SELECT count(*) FROM event_clusters c{}", w.clause);
        let params = where_params(&w);
        let n = self.read(&sql, &param_refs(&params), |r| Ok(r.try_get::<_, i64>(0)?))?;
        Ok(n.first().copied().unwrap_or(0) as u64)
    }

    fn group_by(&self, filter: &EventFilter, key: GroupKey) -> Result<Vec<GroupRow>> {
        let w = build_where_in(filter, Dialect::Postgres);
        let (label, member) = match key {
            GroupKey::Period(p) => period_sql(p),
            other => other.sql(),
        };
        let member = if member == "1" { "TRUE" } else { member };
        let connector = if w.clause.is_empty() {
            " WHERE "
        } else {
            " AND "
        };
        let (dated, order) = match key {
            GroupKey::Period(_) => ("c.date IS NOT NULL AND ", "grp"),
            _ => ("", "count(*) DESC, grp"),
        };
        let sql = format!(
            "SELECT {label} AS grp, {TOTALS}
             FROM event_clusters c{}{connector}{dated}{member}
             GROUP BY grp ORDER BY {order}{}",
            w.clause,
            limit_clause(filter)
        );
        let params = where_params(&w);
        self.read(&sql, &param_refs(&params), group_row)
    }

    fn mentions(&self, filter: &EventFilter) -> Result<Vec<MentionRow>> {
        let w = build_where_in(filter, Dialect::Postgres);
        let sql = format!(
            "SELECT {MENTION_COLUMNS}
             FROM event_mentions m JOIN documents d ON d.id = m.doc
             WHERE m.cluster IN (SELECT c.id FROM event_clusters c{})
             ORDER BY m.cluster, coalesce(d.published, '~'), d.content_hash, m.ord{}",
            w.clause,
            limit_clause(filter)
        );
        let params = where_params(&w);
        self.read(&sql, &param_refs(&params), mention_row)
    }

    fn aggregate(&self, filter: &EventFilter, period: Period) -> Result<Vec<AggregateRow>> {
        let w = build_where_in(filter, Dialect::Postgres);
        let (label, precise) = period_sql(period);
        let connector = if w.clause.is_empty() {
            " WHERE "
        } else {
            " AND "
        };
        let sql = format!(
            "SELECT {label} AS period, {TOTALS}
             FROM event_clusters c{}{connector}c.date IS NOT NULL AND {precise}
             GROUP BY period ORDER BY period",
            w.clause
        );
        let params = where_params(&w);
        self.read(&sql, &param_refs(&params), aggregate_row)
    }

    fn search_documents(&self, text: &str, limit: usize) -> Result<Vec<DocumentHit>> {
        let limit = limit as i64;
        self.read(
            "SELECT d.doc_id, d.title, d.published, d.url,
                    ts_headline('english', d.text, q,
                                'StartSel=[, StopSel=], MaxWords=16, MinWords=8')
             FROM documents d, plainto_tsquery('english', $1) AS q
             WHERE d.fts @@ q
             ORDER BY ts_rank(d.fts, q) DESC, d.id LIMIT $2",
            &[&text, &limit],
            |r| {
                Ok(DocumentHit {
                    document: r.try_get(0)?,
                    title: r.try_get(1)?,
                    published: r.try_get(2)?,
                    url: r.try_get(3)?,
                    snippet: r.try_get(4)?,
                })
            },
        )
    }

    fn stats(&self) -> Result<StoreStats> {
        let schema_version = self.schema_version()?;
        let rows = self.read(
            "SELECT (SELECT count(*) FROM documents),
                    (SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL),
                    (SELECT count(*) FROM event_clusters),
                    (SELECT count(*) FROM event_mentions),
                    (SELECT count(*) FROM entities),
                    (SELECT count(*) FROM quotes),
                    (SELECT count(*) FROM quantities)",
            &[],
            |r| {
                Ok(StoreStats {
                    schema_version,
                    documents: r.try_get(0)?,
                    near_duplicates: r.try_get(1)?,
                    events: r.try_get(2)?,
                    mentions: r.try_get(3)?,
                    entities: r.try_get(4)?,
                    quotes: r.try_get(5)?,
                    quantities: r.try_get(6)?,
                })
            },
        )?;
        rows.into_iter()
            .next()
            .ok_or_else(|| StoreError::Invalid("no row of counts".into()))
    }

    // --- Read queries for the analyst surfaces (issue #14); SQL and decoders above ------

    fn documents(&self, query: &DocumentQuery) -> Result<Vec<DocumentSummary>> {
        let (after_published, after_id) = match &query.after {
            Some((p, id)) => (Some(p.as_str()), Some(id.as_str())),
            None => (None, None),
        };
        let limit = query.limit as i64;
        self.read(
            DOCUMENTS_SQL,
            &[&after_published, &after_id, &limit],
            document_summary_row,
        )
    }

    fn document(&self, id: &str) -> Result<Option<DocumentDetail>> {
        let Some((row, mut doc)) = self
            .read(DOCUMENT_SQL, &[&id], document_head_row)?
            .into_iter()
            .next()
        else {
            return Ok(None);
        };
        doc.entities = self.read(DOCUMENT_ENTITIES_SQL, &[&row], entity_row)?;
        doc.quotes = self.read(DOCUMENT_QUOTES_SQL, &[&row], quote_row)?;
        doc.dates = self.read(DOCUMENT_DATES_SQL, &[&row], date_row)?;
        doc.mentions = self.read(
            &document_mentions_sql("m.doc = $1 ORDER BY m.ord"),
            &[&row],
            document_mention_row,
        )?;
        let mut quantities = self.read(DOCUMENT_QUANTITIES_SQL, &[&row], quantity_row)?;
        for q in &mut quantities {
            q.events = doc
                .mentions
                .iter()
                .filter(|m| m.quantities.contains(&q.id))
                .map(|m| m.mention.id.clone())
                .collect();
        }
        doc.quantities = quantities;
        Ok(Some(doc))
    }

    fn event(&self, id: &str) -> Result<Option<EventDetail>> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM event_clusters c{REPRESENTATIVE_JOIN} WHERE c.id = $1"
        );
        let Some(event) = self.read(&sql, &[&id], event_row)?.into_iter().next() else {
            return Ok(None);
        };
        let mentions = self.read(
            &document_mentions_sql(
                "m.cluster = $1 ORDER BY coalesce(d.published, '~'), d.content_hash, m.ord",
            ),
            &[&id],
            document_mention_row,
        )?;
        Ok(Some(EventDetail { event, mentions }))
    }

    fn actor_profile(&self, code: &str, limit: usize) -> Result<ActorProfile> {
        let code = code.trim().to_ascii_uppercase();
        let limit = limit as i64;
        Ok(ActorProfile {
            names: self.read(ACTOR_NAMES_SQL, &[&code], counted_row)?,
            roles: self.read(ACTOR_ROLES_SQL, &[&code], counted_row)?,
            quotes: self.read(ACTOR_QUOTES_SQL, &[&code, &limit], quote_row)?,
            code,
        })
    }

    fn interrupt_handle(&self) -> Option<InterruptHandle> {
        // The server's cancel protocol: a separate short connection asks it to stop
        // whatever this connection is running (nothing, when it is idle), and the running
        // query fails with `query_canceled`.
        let token = self.conn.borrow().client.cancel_token();
        let interrupts = self.interrupts.clone();
        Some(Box::new(move || {
            // Counted before sending, so a query the request reaches sees the count move.
            interrupts.fetch_add(1, Ordering::SeqCst);
            // Best effort: if the request cannot reach the server, the caller's own time
            // limit still answers the client.
            let _ = token.cancel_query(NoTls);
        }))
    }
}

/// `url` with its database replaced by `database`
/// (`scheme://authority[/database][?query]`).
fn url_with_database(url: &str, database: &str) -> Result<String> {
    let (head, query) = match url.split_once('?') {
        Some((head, query)) => (head, format!("?{query}")),
        None => (url, String::new()),
    };
    let Some(scheme_end) = head.find("://").map(|i| i + 3) else {
        return Err(StoreError::Invalid(format!(
            "{url:?} is not a postgres:// URL"
        )));
    };
    let authority_end = head[scheme_end..]
        .find('/')
        .map_or(head.len(), |i| scheme_end + i);
    Ok(format!("{}/{database}{query}", &head[..authority_end]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::is_postgres_url;

    #[test]
    fn scratch_database_urls_replace_only_the_database() {
        let url = |u| url_with_database(u, "sitrep_test_x").unwrap();
        assert_eq!(
            url("postgres://u:p@h:5432/postgres"),
            "postgres://u:p@h:5432/sitrep_test_x"
        );
        assert_eq!(url("postgres://h"), "postgres://h/sitrep_test_x");
        assert_eq!(
            url("postgresql://h:1/db?sslmode=disable&x=/y"),
            "postgresql://h:1/sitrep_test_x?sslmode=disable&x=/y"
        );
        assert!(url_with_database("sitrep.db", "x").is_err());
        for bad in ["", "Bad", "x; DROP TABLE t", "1db", "a-b"] {
            assert!(
                PgStore::create_scratch_database("postgres://h", bad).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn urls_select_postgres() {
        assert!(is_postgres_url("postgres://u@h/db"));
        assert!(is_postgres_url("postgresql://h/db"));
        assert!(!is_postgres_url("sitrep.db"));
        assert!(!is_postgres_url("/data/postgres/sitrep.db"));
    }

    #[test]
    fn lock_keys_are_sorted_and_cover_clusters() {
        let record = Record {
            id: "d".into(),
            text: "One two three four five six seven eight.".into(),
            url: Some("https://example.org/a".into()),
            ..Record::default()
        };
        let keys = batch_lock_keys(&[NewDocument {
            record,
            source: None,
        }]);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        assert!(keys.contains(&lock_key("url", "https://example.org/a")));
    }

    /// The interrupt handle cancels the query running on its connection, which then
    /// serves the next one (needs `SITREP_TEST_POSTGRES`, like tests/postgres.rs).
    #[test]
    fn interrupt_cancels_a_running_query() {
        let Ok(url) = std::env::var("SITREP_TEST_POSTGRES") else {
            eprintln!("skipped: set SITREP_TEST_POSTGRES=postgres://... to test cancelling");
            return;
        };
        let store = PgStore::connect(&url).unwrap();
        let interrupt = store.interrupt_handle().unwrap();
        let canceller = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            interrupt();
        });
        let started = std::time::Instant::now();
        let slow = store.read("SELECT pg_sleep(60)", &[], |_| Ok(()));
        canceller.join().unwrap();
        match slow {
            Err(StoreError::Postgres(e)) => {
                assert_eq!(e.code(), Some(&SqlState::QUERY_CANCELED), "{e}")
            }
            other => panic!("not cancelled: {other:?}"),
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        let one = store.read("SELECT 1::bigint", &[], |r| Ok(r.try_get::<_, i64>(0)?));
        assert_eq!(one.unwrap(), [1]);
    }
}
