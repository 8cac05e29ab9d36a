//! The SQLite backend of [`Store`].
//!
//! One connection per `SqliteStore`. The database runs in WAL mode, so any number of
//! readers (other processes, or [`SqliteStore::open_read_only`] handles) query while one
//! writer ingests; `synchronous=FULL` makes every committed transaction durable; a busy
//! timeout makes a second writer wait instead of failing.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{params, params_from_iter, Connection, OpenFlags, OptionalExtension, Transaction};
use sitrep_record::{Event, Party, Quad, Record};

use crate::cluster::{mention_id, ClusterKey};
use crate::dedup::{content_hash, MinHashSignature, NEAR_DUPLICATE_THRESHOLD};
use crate::query::{build_where, fts_query, period_sql, EventFilter, GroupKey, Period};
use crate::schema::{MIGRATIONS, SCHEMA_VERSION};
use crate::{
    ActorProfile, AggregateRow, DateRow, DocumentDetail, DocumentHit, DocumentMention,
    DocumentQuery, DocumentSummary, EntityRow, EventDetail, EventRow, GroupRow, InterruptHandle,
    MentionRow, NewDocument, PutOutcome, QuantityRow, QuoteRow, Result, Store, StoreError,
    StoreStats,
};

/// Near-duplicate candidates taken from one LSH band (see `insert_document`): enough to
/// hold every original a band leads to in real corpora, few enough that a document costs a
/// bounded number of comparisons however many copies of its story are stored.
const BAND_CANDIDATES: i64 = 16;

/// The embedded SQLite store.
///
/// A store opened for writing checkpoints its write-ahead log into the database file when
/// it is closed or dropped, so `sitrep.db` alone is complete after an ingest (it can be
/// copied, mailed or opened by other tools without `sitrep.db-wal`). Without this the
/// last connection to close is often a read-only one, which SQLite does not let
/// checkpoint, and the data would stay in the WAL.
pub struct SqliteStore {
    conn: Connection,
    writable: bool,
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        if self.writable {
            // Best effort: a failure leaves the WAL in place, which SQLite replays on the
            // next open, so nothing is lost. `close` reports the error instead.
            let _ = self.checkpoint();
        }
    }
}

pub(crate) fn quad_number(q: Quad) -> i64 {
    match q {
        Quad::VerbalCooperation => 1,
        Quad::MaterialCooperation => 2,
        Quad::VerbalConflict => 3,
        Quad::MaterialConflict => 4,
    }
}

/// True when the database has no `-wal` file, or an empty one: its main file is complete.
fn wal_is_empty(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).map_or(true, |m| m.len() == 0)
}

/// A path written for an SQLite `file:` URI: absolute, with the characters URIs reserve
/// percent-encoded.
fn uri_path(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::new();
    for byte in absolute.to_string_lossy().bytes() {
        match byte {
            b'?' | b'#' | b'%' | b' ' | 0x80..=0xff => out.push_str(&format!("%{byte:02X}")),
            _ => out.push(byte as char),
        }
    }
    out
}

/// The host of an `http(s)://host/...` URL, without a leading `www.`.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    if host.is_empty() {
        return None;
    }
    let host = host.to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

/// `|name|code|org|` tokens of an event's reported sources, lower-cased, for exact token
/// matching with `LIKE '%|token|%'`.
pub(crate) fn source_tokens(sources: &[Party]) -> String {
    let mut out = String::from("|");
    for p in sources {
        for t in [
            Some(p.text.as_str()),
            p.code.as_deref(),
            p.org.as_deref(),
            p.cameo_actor.as_deref(),
        ]
        .into_iter()
        .flatten()
        {
            let t = t.trim().to_lowercase().replace('|', "/");
            if !t.is_empty() {
                out.push_str(&t);
                out.push('|');
            }
        }
    }
    out
}

/// Code-point span of `text` as a `&str` (clamped, never panics).
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    offsets: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> CharIndex<'a> {
        let mut offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        offsets.push(text.len());
        CharIndex { text, offsets }
    }

    pub(crate) fn slice(&self, start: usize, end: usize) -> &'a str {
        let n = self.offsets.len() - 1;
        let s = start.min(n);
        let e = end.clamp(s, n);
        &self.text[self.offsets[s]..self.offsets[e]]
    }
}

impl SqliteStore {
    /// Open or create the database at `path`, in WAL mode, migrated to the current schema.
    pub fn open(path: impl AsRef<Path>) -> Result<SqliteStore> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = SqliteStore {
            conn,
            writable: true,
        };
        store.migrate()?;
        Ok(store)
    }

    /// Copy everything in the write-ahead log into the database file and truncate the log
    /// (`PRAGMA wal_checkpoint(TRUNCATE)`). Returns false when a reader in another process
    /// kept part of the log in use (the file is then complete once that reader is done and
    /// the next checkpoint runs), true when the file is complete.
    pub fn checkpoint(&self) -> Result<bool> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        Ok(busy == 0)
    }

    /// Checkpoint (see [`SqliteStore::checkpoint`]) and close, reporting any error.
    pub fn close(mut self) -> Result<()> {
        if self.writable {
            self.checkpoint()?;
        }
        // Already checkpointed: the drop has nothing left to do.
        self.writable = false;
        Ok(())
    }

    /// Rewrite the database compactly (`VACUUM`) after optimising the full-text index and
    /// checkpointing: for users who deleted or re-ingested a lot, or before shipping a copy.
    pub fn vacuum(&self) -> Result<()> {
        self.conn
            .execute_batch("INSERT INTO documents_fts(documents_fts) VALUES('optimize');")?;
        self.checkpoint()?;
        self.conn.execute_batch("VACUUM;")?;
        self.checkpoint()?;
        Ok(())
    }

    /// Open an existing database for reading only (works while another process ingests).
    ///
    /// A WAL database needs its `-shm` file even to be read; when it cannot be created (a
    /// directory the user may not write, a read-only mount) SQLite answers "attempt to write
    /// a readonly database". When no `-wal` file holds uncommitted-to-the-main-file pages,
    /// the main file is then the whole database and it is opened as immutable instead.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<SqliteStore> {
        let path = path.as_ref();
        if !path.exists() {
            return Err(StoreError::Invalid(format!(
                "no database at {} (run `sitrep ingest` first)",
                path.display()
            )));
        }
        let store = match SqliteStore::open_reader(path, false) {
            Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)))
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen
                ) && wal_is_empty(path) =>
            {
                SqliteStore::open_reader(path, true)?
            }
            other => other?,
        };
        let version = store.schema_version()?;
        if version == 0 {
            // An empty file is what a copy of `sitrep.db` made without its `-wal` looks like
            // when the data had not been checkpointed (builds before 2026-12): say that
            // rather than talk about migrations.
            let mut wal = path.as_os_str().to_owned();
            wal.push("-wal");
            let hint = if std::path::Path::new(&wal).exists() {
                format!(
                    "its data may still be in {} (open it for writing once, e.g. `sitrep db \
                     check`, to move it into the file)",
                    std::path::Path::new(&wal).display()
                )
            } else {
                "if it is a copy, copy it together with its `-wal` file, or run `sitrep db \
                 check` on the original first so the file is complete"
                    .to_string()
            };
            return Err(StoreError::Schema(format!(
                "{} holds no sitrep data: it is empty or not a sitrep database; {hint}",
                path.display()
            )));
        }
        if version != SCHEMA_VERSION {
            return Err(StoreError::Schema(format!(
                "database schema version {version}, this build reads {SCHEMA_VERSION}; \
                 open it for writing once (any `sitrep ingest`) to migrate it"
            )));
        }
        Ok(store)
    }

    /// Opens a read-only connection and reads the schema version once (which is where
    /// a WAL database without a usable `-shm` file fails); `immutable` opens it through a URI
    /// with `immutable=1` (no locks, no `-shm`, no `-wal`).
    fn open_reader(path: &Path, immutable: bool) -> Result<SqliteStore> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = if immutable {
            let uri = format!("file:{}?immutable=1", uri_path(path));
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)?
        } else {
            Connection::open_with_flags(path, flags)?
        };
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let store = SqliteStore {
            conn,
            writable: false,
        };
        store.schema_version()?;
        Ok(store)
    }

    /// An in-memory database (tests).
    pub fn open_in_memory() -> Result<SqliteStore> {
        let conn = Connection::open_in_memory()?;
        let mut store = SqliteStore {
            conn,
            writable: false,
        };
        store.migrate()?;
        Ok(store)
    }

    /// The underlying connection, for tools and tests that need raw SQL.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Every stored fact as text lines, sorted, with internal row ids replaced by content
    /// keys: two databases holding the same content give equal dumps whatever order or
    /// number of runs wrote them. For comparing databases (crash-recovery tests, audits).
    pub fn canonical_dump(&self) -> Result<Vec<String>> {
        const TABLES: [(&str, &str); 8] = [
            (
                "documents",
                "SELECT 'doc', d.doc_id, d.content_hash, d.url, d.title, d.published, d.source,
                        d.language, length(d.text), d.meta, d.key_points,
                        (SELECT o.content_hash FROM documents o WHERE o.id = d.near_duplicate_of),
                        d.similarity,
                        (SELECT hex(s.signature) FROM document_minhash s WHERE s.doc = d.id),
                        (SELECT count(*) FROM document_bands b WHERE b.doc = d.id)
                 FROM documents d",
            ),
            (
                "entities",
                "SELECT 'entity', d.content_hash, e.ord, e.local_id, e.text, e.type, e.code,
                        e.sector, e.org, e.role, e.cameo_actor, e.mentions
                 FROM entities e JOIN documents d ON d.id = e.doc",
            ),
            (
                "quotes",
                "SELECT 'quote', d.content_hash, q.ord, q.text, q.start, q.\"end\",
                        q.speaker_text, q.speaker_code
                 FROM quotes q JOIN documents d ON d.id = q.doc",
            ),
            (
                "quantities",
                "SELECT 'quantity', d.content_hash, q.ord, q.local_id, q.text, q.value, q.kind,
                        q.actor_code
                 FROM quantities q JOIN documents d ON d.id = q.doc",
            ),
            (
                "dates",
                "SELECT 'date', d.content_hash, x.ord, x.text, x.value
                 FROM date_mentions x JOIN documents d ON d.id = x.doc",
            ),
            ("clusters", "SELECT 'event', c.* FROM event_clusters c"),
            (
                "mentions",
                "SELECT 'mention', d.content_hash, m.id, m.cluster, m.ord, m.local_id, m.category,
                        m.cameo, m.goldstein, m.quad, m.actor_text, m.actor_cameo,
                        m.recipient_text, m.recipient_cameo, m.trigger_start, m.trigger_end,
                        m.sentence_start, m.sentence_end, m.evidence, m.date, m.place_code,
                        m.modality, m.negated, m.sources, m.quantities, m.rule
                 FROM event_mentions m JOIN documents d ON d.id = m.doc",
            ),
            (
                "version",
                "SELECT 'user_version', user_version FROM pragma_user_version",
            ),
        ];
        let mut out = Vec::new();
        for (_, sql) in TABLES {
            let mut stmt = self.conn.prepare(sql)?;
            let n = stmt.column_count();
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let mut line = String::new();
                for i in 0..n {
                    if i > 0 {
                        line.push('\t');
                    }
                    match row.get_ref(i)? {
                        rusqlite::types::ValueRef::Null => line.push_str("NULL"),
                        rusqlite::types::ValueRef::Integer(v) => line.push_str(&v.to_string()),
                        rusqlite::types::ValueRef::Real(v) => line.push_str(&v.to_string()),
                        rusqlite::types::ValueRef::Text(t) => {
                            line.push_str(&String::from_utf8_lossy(t))
                        }
                        rusqlite::types::ValueRef::Blob(b) => line.push_str(&crate::dedup::hex(b)),
                    }
                }
                out.push(line);
            }
        }
        out.sort();
        Ok(out)
    }

    /// `PRAGMA integrity_check` and the FTS index check; `Ok(())` when both pass.
    pub fn check_integrity(&self) -> Result<()> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if result != "ok" {
            return Err(StoreError::Invalid(format!("integrity check: {result}")));
        }
        self.conn
            .execute_batch(
                "INSERT INTO documents_fts(documents_fts, rank) VALUES('integrity-check', 1)",
            )
            .map_err(|e| StoreError::Invalid(format!("FTS integrity check: {e}")))?;
        Ok(())
    }

    fn insert_document(tx: &Transaction, doc: &NewDocument) -> Result<PutOutcome> {
        let r = &doc.record;
        if let Some(err) = &r.error {
            return Ok(PutOutcome::Rejected {
                reason: err.clone(),
            });
        }
        let hash = content_hash(&r.text);
        // A blank URL is no URL: two documents with `"url": ""` are not one document (the
        // unique URL index refused the second).
        let url = r.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
        if let Some(existing) = find_document(tx, url, &hash)? {
            return Ok(PutOutcome::Duplicate { existing });
        }

        // Near-duplicate candidates: documents sharing an LSH band, at most
        // `BAND_CANDIDATES` per band (the earliest stored, which hold the originals): a
        // story republished thousands of times would otherwise make every new copy compare
        // with every earlier one, and an ingest of copies quadratic.
        let signature = MinHashSignature::of_text(&r.text);
        let bands = signature.band_keys();
        let mut near: Option<(i64, String, f64)> = None;
        if !signature.is_empty() {
            let mut candidates: Vec<i64> = Vec::new();
            {
                let mut stmt = tx.prepare_cached(
                    "SELECT doc FROM document_bands WHERE band_key = ?1 ORDER BY doc LIMIT ?2",
                )?;
                for key in bands {
                    let rows = stmt.query_map(params![key, BAND_CANDIDATES], |row| row.get(0))?;
                    for doc in rows {
                        candidates.push(doc?);
                    }
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
            let mut stmt = tx.prepare_cached(
                "SELECT s.signature, coalesce(d.near_duplicate_of, d.id)
                 FROM document_minhash s JOIN documents d ON d.id = s.doc
                 WHERE s.doc = ?1",
            )?;
            let mut best: Option<(i64, f64)> = None;
            for doc in candidates {
                let Some((bytes, root)) = stmt
                    .query_row([doc], |row| {
                        Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, i64>(1)?))
                    })
                    .optional()?
                else {
                    continue;
                };
                if let Some(other) = MinHashSignature::from_bytes(&bytes) {
                    let sim = signature.similarity(&other);
                    if sim >= NEAR_DUPLICATE_THRESHOLD && best.is_none_or(|(_, s)| sim > s) {
                        best = Some((root, sim));
                    }
                }
            }
            if let Some((root, sim)) = best {
                let root_id: String =
                    tx.query_row("SELECT doc_id FROM documents WHERE id = ?1", [root], |r| {
                        r.get(0)
                    })?;
                near = Some((root, root_id, sim));
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
        tx.prepare_cached(
            "INSERT INTO documents (doc_id, content_hash, url, title, published, source, language,
                                    text, meta, key_points, near_duplicate_of, similarity,
                                    ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,
                     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        )?
        .execute(params![
            r.id,
            hash,
            url,
            r.title,
            r.published,
            source,
            r.language,
            r.text,
            serde_json::to_string(&r.meta)?,
            serde_json::to_string(&r.key_points)?,
            near.as_ref().map(|n| n.0),
            near.as_ref().map(|n| n.2),
        ])?;
        let doc_row = tx.last_insert_rowid();
        tx.prepare_cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
            .execute(params![doc_row, r.title, r.text])?;
        if !signature.is_empty() {
            tx.prepare_cached("INSERT INTO document_minhash (doc, signature) VALUES (?1, ?2)")?
                .execute(params![doc_row, signature.to_bytes()])?;
            let mut band_stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO document_bands (band_key, doc) VALUES (?1, ?2)",
            )?;
            for key in bands {
                band_stmt.execute(params![key, doc_row])?;
            }
        }
        if let Some((_, of, similarity)) = near {
            return Ok(PutOutcome::NearDuplicate { of, similarity });
        }

        insert_extraction(tx, doc_row, &hash, r)?;
        Ok(PutOutcome::Inserted {
            events: r.events.len(),
        })
    }
}

fn find_document(conn: &Connection, url: Option<&str>, hash: &str) -> Result<Option<String>> {
    let by_hash: Option<String> = conn
        .prepare_cached("SELECT doc_id FROM documents WHERE content_hash = ?1")?
        .query_row([hash], |r| r.get(0))
        .optional()?;
    if by_hash.is_some() {
        return Ok(by_hash);
    }
    match url.map(str::trim) {
        Some(url) if !url.is_empty() => Ok(conn
            .prepare_cached("SELECT doc_id FROM documents WHERE url = ?1")?
            .query_row([url], |r| r.get(0))
            .optional()?),
        _ => Ok(None),
    }
}

/// Entities, quotes, quantities, dates and event mentions of a stored document, and the
/// refresh of every cluster it touches.
fn insert_extraction(tx: &Transaction, doc_row: i64, hash: &str, r: &Record) -> Result<()> {
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO entities (doc, ord, local_id, text, type, code, sector, org, role,
                                   cameo_actor, mentions)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for (i, e) in r.entities.iter().enumerate() {
            let ty = serde_json::to_value(e.entity_type)?;
            stmt.execute(params![
                doc_row,
                i as i64,
                e.id,
                e.text,
                ty.as_str().unwrap_or("OTHER"),
                e.code,
                e.sector,
                e.org,
                e.role,
                e.cameo_actor,
                serde_json::to_string(&e.mentions)?,
            ])?;
        }
    }
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO quotes (doc, ord, text, start, \"end\", speaker_text, speaker_entity,
                                 speaker_code, speaker_sector, speaker_org)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for (i, q) in r.quotes.iter().enumerate() {
            let s = q.speaker.as_ref();
            stmt.execute(params![
                doc_row,
                i as i64,
                q.text,
                q.start as i64,
                q.end as i64,
                s.map(|p| &p.text),
                s.and_then(|p| p.entity.as_ref()),
                s.and_then(|p| p.code.as_ref()),
                s.and_then(|p| p.sector.as_ref()),
                s.and_then(|p| p.org.as_ref()),
            ])?;
        }
    }
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO quantities (doc, ord, local_id, text, start, \"end\", value, min, max,
                                     approx, unit, kind, actor_code, actor_sector)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        for (i, q) in r.quantities.iter().enumerate() {
            stmt.execute(params![
                doc_row,
                i as i64,
                q.id,
                q.text,
                q.start as i64,
                q.end as i64,
                q.value,
                q.min,
                q.max,
                q.approx,
                q.unit,
                q.kind.as_str(),
                q.actor.as_ref().and_then(|a| a.code.as_ref()),
                q.actor.as_ref().and_then(|a| a.sector.as_ref()),
            ])?;
        }
    }
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO date_mentions (doc, ord, text, start, \"end\", value, precision)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (i, d) in r.dates.iter().enumerate() {
            stmt.execute(params![
                doc_row,
                i as i64,
                d.text,
                d.start as i64,
                d.end as i64,
                d.value,
                d.precision.map(|p| p.as_str()),
            ])?;
        }
    }
    if r.events.is_empty() {
        return Ok(());
    }
    let chars = CharIndex::new(&r.text);
    // Clusters this document adds mentions to, with how many.
    let mut touched: BTreeMap<String, i64> = BTreeMap::new();
    for (i, e) in r.events.iter().enumerate() {
        let key = ClusterKey::of_event(e, r.published.as_deref());
        let cluster = key.id();
        tx.prepare_cached(
            "INSERT OR IGNORE INTO event_clusters
               (id, global_id, cluster_key, category, key_actor, key_recipient, key_date,
                key_place, cameo, quad, num_mentions, num_articles, num_sources, is_root)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, 0, 0, 0)",
        )?
        .execute(params![
            cluster,
            key.global_id(),
            key.canonical(),
            key.category,
            key.actor,
            key.recipient,
            key.date,
            key.place,
            e.cameo,
            quad_number(e.quad),
        ])?;
        if insert_mention(tx, doc_row, hash, i, e, &cluster, &chars)? {
            tx.prepare_cached(
                "INSERT INTO cluster_cameos (cluster, cameo, mentions, goldstein, quad)
                 VALUES (?1, ?2, 1, ?3, ?4)
                 ON CONFLICT (cluster, cameo) DO UPDATE SET
                    mentions = mentions + 1,
                    goldstein = CASE WHEN goldstein IS NULL OR excluded.goldstein > goldstein
                                     THEN excluded.goldstein ELSE goldstein END,
                    quad = max(quad, excluded.quad)",
            )?
            .execute(params![cluster, e.cameo, e.goldstein, quad_number(e.quad)])?;
            *touched.entry(cluster).or_insert(0) += 1;
        }
    }
    for (cluster, added) in &touched {
        refresh_cluster(tx, cluster, doc_row, *added)?;
    }
    Ok(())
}

fn insert_mention(
    tx: &Transaction,
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
    // A duplicate mention id (an engine emitting the same event twice) is kept once.
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO event_mentions (
            id, cluster, doc, ord, local_id, category, mode, context, cameo, goldstein, quad,
            actor_text, actor_entity, actor_code, actor_sector, actor_org, actor_cameo,
            recipient_text, recipient_entity, recipient_code, recipient_sector, recipient_org,
            recipient_cameo, trigger_text, trigger_start, trigger_end, sentence_index,
            sentence_start, sentence_end, evidence, date, date_precision, place_text,
            place_code, lat, lon, modality, negated, sources, source_names, quantities, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32,
                 ?33, ?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42)",
        )?
        .execute(params![
            mention_id(hash, index, e),
            cluster,
            doc_row,
            index as i64,
            e.id,
            e.event,
            e.mode,
            serde_json::to_string(&e.context)?,
            e.cameo,
            e.goldstein,
            quad_number(e.quad),
            a.map(|p| &p.text),
            a.and_then(|p| p.entity.as_ref()),
            a.and_then(|p| p.code.as_ref()),
            a.and_then(|p| p.sector.as_ref()),
            a.and_then(|p| p.org.as_ref()),
            a.and_then(|p| p.cameo_actor.as_ref()),
            rc.map(|p| &p.text),
            rc.and_then(|p| p.entity.as_ref()),
            rc.and_then(|p| p.code.as_ref()),
            rc.and_then(|p| p.sector.as_ref()),
            rc.and_then(|p| p.org.as_ref()),
            rc.and_then(|p| p.cameo_actor.as_ref()),
            e.trigger.text,
            e.trigger.start as i64,
            e.trigger.end as i64,
            e.sentence.index as i64,
            e.sentence.start as i64,
            e.sentence.end as i64,
            evidence,
            e.date,
            e.date_precision.map(|p| p.as_str()),
            loc.map(|l| &l.text),
            loc.and_then(|l| l.code.as_ref()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            e.modality.as_str(),
            e.negated,
            serde_json::to_string(&e.sources)?,
            source_tokens(&e.sources),
            serde_json::to_string(&e.quantities)?,
            e.rule,
        ])?;
    Ok(inserted == 1)
}

/// Brings a cluster's derived columns up to date after document `doc_row` added `added`
/// mentions to it, touching a constant number of rows whatever the cluster's size. Every
/// value is still a function of the set of mentions, never of insertion order (counts,
/// minimum, maximum, the most frequent code with ties broken by code, the first mention in
/// a total order), so any ingest order gives the same row as recomputing from scratch
/// (`rebuilt_cluster_equals_incremental` checks it).
fn refresh_cluster(tx: &Transaction, cluster: &str, doc_row: i64, added: i64) -> Result<()> {
    let new_source = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO cluster_sources (cluster, source)
             SELECT ?1, coalesce(d.source, d.content_hash) FROM documents d WHERE d.id = ?2",
        )?
        .execute(params![cluster, doc_row])? as i64;
    let representative: Option<String> = tx
        .prepare_cached("SELECT rep_mention FROM event_clusters WHERE id = ?1")?
        .query_row([cluster], |r| r.get(0))?;
    tx.prepare_cached(
        "UPDATE event_clusters SET
            (cameo, goldstein, quad) = (
                SELECT k.cameo, k.goldstein, k.quad FROM cluster_cameos k
                WHERE k.cluster = ?1 ORDER BY k.mentions DESC, k.cameo LIMIT 1),
            num_mentions = num_mentions + ?3,
            num_articles = num_articles + 1,
            num_sources = num_sources + ?4,
            is_root = max(is_root, (SELECT coalesce(max(m.sentence_index < 3), 0)
                                    FROM event_mentions m WHERE m.doc = ?2 AND m.cluster = ?1)),
            first_published = (SELECT CASE
                    WHEN d.published IS NULL THEN event_clusters.first_published
                    WHEN event_clusters.first_published IS NULL
                         OR d.published < event_clusters.first_published THEN d.published
                    ELSE event_clusters.first_published END
                FROM documents d WHERE d.id = ?2),
            (rep_mention, actor_name, actor_code, actor_sector, actor_cameo,
             recipient_name, recipient_code, recipient_sector, recipient_cameo,
             date, place_name, place_code, lat, lon, source_url, evidence) = (
                SELECT m.id, m.actor_text, m.actor_code, m.actor_sector,
                       coalesce(m.actor_cameo, m.actor_code || coalesce(m.actor_sector, '')),
                       m.recipient_text, m.recipient_code, m.recipient_sector,
                       coalesce(m.recipient_cameo,
                                m.recipient_code || coalesce(m.recipient_sector, '')),
                       nullif(event_clusters.key_date, ''), m.place_text, m.place_code, m.lat, m.lon,
                       d.url, m.evidence
                FROM (SELECT x.id FROM event_mentions x WHERE x.doc = ?2 AND x.cluster = ?1
                      UNION ALL SELECT ?5) AS candidate
                JOIN event_mentions m ON m.id = candidate.id
                JOIN documents d ON d.id = m.doc
                ORDER BY coalesce(d.published, '~'), coalesce(d.url, '~'), d.content_hash,
                         m.sentence_index, m.trigger_start, m.id
                LIMIT 1)
         WHERE event_clusters.id = ?1",
    )?
    .execute(params![cluster, doc_row, added, new_source, representative])?;
    Ok(())
}

pub(crate) const EVENT_COLUMNS: &str =
    "c.id, c.global_id, c.category, c.cameo, c.goldstein, c.quad,
    c.actor_name, c.actor_code, c.actor_sector, c.actor_cameo,
    c.recipient_name, c.recipient_code, c.recipient_sector, c.recipient_cameo,
    c.date, c.place_name, c.place_code, c.lat, c.lon,
    c.num_mentions, c.num_articles, c.num_sources, c.is_root, c.first_published,
    c.source_url, c.evidence,
    r.mode, r.context, r.modality, r.negated, r.sources, r.trigger_text, r.rule,
    (SELECT count(*) FROM event_mentions a WHERE a.cluster = c.id AND a.negated = 0
       AND a.modality NOT IN ('denied', 'hypothetical', 'intended')),
    (SELECT min(d2.ingested_at) FROM event_mentions m2 JOIN documents d2 ON d2.id = m2.doc
       WHERE m2.cluster = c.id)";

/// The columns [`mention_row`] reads, in its order (the same SQL in both dialects), over
/// `event_mentions m JOIN documents d`.
pub(crate) const MENTION_COLUMNS: &str =
    "m.id, m.cluster, d.doc_id, d.url, d.source, d.published, m.category, m.cameo,
    m.goldstein, m.quad, m.actor_text, m.actor_code, m.recipient_text,
    m.recipient_code, m.trigger_text, m.trigger_start, m.trigger_end,
    m.sentence_start, m.sentence_end, m.evidence, m.date, m.place_text,
    m.modality, m.negated, m.rule";

fn mention_row(r: &rusqlite::Row) -> rusqlite::Result<MentionRow> {
    Ok(MentionRow {
        id: r.get(0)?,
        event_id: r.get(1)?,
        document: r.get(2)?,
        url: r.get(3)?,
        source: r.get(4)?,
        published: r.get(5)?,
        category: r.get(6)?,
        cameo: r.get(7)?,
        goldstein: r.get(8)?,
        quad: r.get::<_, i64>(9)? as u8,
        actor: r.get(10)?,
        actor_code: r.get(11)?,
        recipient: r.get(12)?,
        recipient_code: r.get(13)?,
        trigger: r.get(14)?,
        trigger_start: r.get(15)?,
        trigger_end: r.get(16)?,
        sentence_start: r.get(17)?,
        sentence_end: r.get(18)?,
        evidence: r.get(19)?,
        date: r.get(20)?,
        place: r.get(21)?,
        modality: r.get(22)?,
        negated: r.get(23)?,
        rule: r.get(24)?,
    })
}

/// The earliest mention of each cluster (the order `refresh_cluster` picks its evidence
/// by), joined as `r`.
pub(crate) const REPRESENTATIVE_JOIN: &str = " LEFT JOIN event_mentions r ON r.id = (
    SELECT m1.id FROM event_mentions m1 JOIN documents d1 ON d1.id = m1.doc
    WHERE m1.cluster = c.id
    ORDER BY coalesce(d1.published, '~'), coalesce(d1.url, '~'), d1.content_hash,
             m1.sentence_index, m1.trigger_start, m1.id
    LIMIT 1)";

/// `day`, `month` or `year` from the length of a `YYYY[-MM[-DD]]` date.
pub(crate) fn precision_of(date: &str) -> Option<&'static str> {
    match date.len() {
        4 => Some("year"),
        7 => Some("month"),
        n if n >= 10 => Some("day"),
        _ => None,
    }
}

/// The first day of a `YYYY[-MM[-DD]]` date, `YYYY-MM-DD`.
pub(crate) fn start_of(date: &str) -> Option<String> {
    match date.len() {
        4 => Some(format!("{date}-01-01")),
        7 => Some(format!("{date}-01")),
        n if n >= 10 => Some(date[..10].to_string()),
        _ => None,
    }
}

fn event_row(r: &rusqlite::Row) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        global_id: r.get(1)?,
        category: r.get(2)?,
        cameo: r.get(3)?,
        goldstein: r.get(4)?,
        quad: r.get::<_, i64>(5)? as u8,
        actor_name: r.get(6)?,
        actor_code: r.get(7)?,
        actor_sector: r.get(8)?,
        actor_cameo: r.get(9)?,
        recipient_name: r.get(10)?,
        recipient_code: r.get(11)?,
        recipient_sector: r.get(12)?,
        recipient_cameo: r.get(13)?,
        date: r.get(14)?,
        place_name: r.get(15)?,
        place_code: r.get(16)?,
        lat: r.get(17)?,
        lon: r.get(18)?,
        num_mentions: r.get(19)?,
        num_articles: r.get(20)?,
        num_sources: r.get(21)?,
        is_root: r.get(22)?,
        first_published: r.get(23)?,
        source_url: r.get(24)?,
        evidence: r.get(25)?,
        date_precision: None,
        date_start: None,
        mode: r.get(26)?,
        context: json_list(r.get::<_, Option<String>>(27)?, |v| {
            v.as_str().map(String::from)
        }),
        modality: r.get(28)?,
        negated: r.get::<_, Option<bool>>(29)?.unwrap_or(false),
        sources: json_list(r.get::<_, Option<String>>(30)?, |v| {
            v.get("text").and_then(|t| t.as_str()).map(String::from)
        }),
        trigger: r.get(31)?,
        rule: r.get(32)?,
        asserted_mentions: r.get(33)?,
        date_added: r.get(34)?,
    })
    .map(|mut e: EventRow| {
        if let Some(d) = e.date.as_deref() {
            e.date_precision = precision_of(d).map(String::from);
            e.date_start = start_of(d);
        }
        e
    })
}

/// The items of a stored JSON array, each mapped by `f` (a malformed value gives none).
pub(crate) fn json_list(
    json: Option<String>,
    f: impl Fn(&serde_json::Value) -> Option<String>,
) -> Vec<String> {
    json.and_then(|j| serde_json::from_str::<Vec<serde_json::Value>>(&j).ok())
        .map(|items| items.iter().filter_map(f).collect())
        .unwrap_or_default()
}

fn limit_clause(filter: &EventFilter) -> String {
    // Numbers formatted by us, not user text.
    match (filter.limit, filter.offset) {
        (Some(n), Some(o)) => format!(" LIMIT {n} OFFSET {o}"),
        (Some(n), None) => format!(" LIMIT {n}"),
        (None, Some(o)) => format!(" LIMIT -1 OFFSET {o}"),
        (None, None) => String::new(),
    }
}

impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))?)
    }

    fn migrate(&mut self) -> Result<u32> {
        let mut version = self.schema_version()?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::Schema(format!(
                "database schema version {version} is newer than this build ({SCHEMA_VERSION})"
            )));
        }
        while (version as usize) < MIGRATIONS.len() {
            let tx = self.conn.transaction()?;
            // Re-read inside the write transaction: another process may have migrated.
            let current: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if current == version {
                tx.execute_batch(MIGRATIONS[version as usize])?;
                tx.pragma_update(None, "user_version", version + 1)?;
            }
            tx.commit()?;
            version = self.schema_version()?;
        }
        Ok(version)
    }

    fn find_document(&self, url: Option<&str>, content_hash: &str) -> Result<Option<String>> {
        find_document(&self.conn, url, content_hash)
    }

    fn put_documents(&mut self, docs: &[NewDocument]) -> Result<Vec<PutOutcome>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut outcomes = Vec::with_capacity(docs.len());
        for doc in docs {
            outcomes.push(SqliteStore::insert_document(&tx, doc)?);
        }
        tx.commit()?;
        Ok(outcomes)
    }

    fn for_each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(EventRow) -> Result<()>,
    ) -> Result<()> {
        let w = build_where(filter);
        let order = filter.sort.order_by();
        let sql = if filter.limit.is_some() {
            // A page of events: its rows are picked in `event_clusters_summary` (filter,
            // order, limit), and only those are read from the table. Filtering in the
            // query that reads the rows made SQLite walk the date index and look up every
            // row in the table to test it (1.3 s for a dyad at 100,000 events); the
            // representative mention and counts of `EVENT_COLUMNS` are also read for the
            // page only. The order ends with the id, so the outer sort is the inner one.
            format!(
                "SELECT {EVENT_COLUMNS} FROM event_clusters c{REPRESENTATIVE_JOIN}
                 WHERE c.id IN (SELECT c.id FROM event_clusters c{} ORDER BY {order}{})
                 ORDER BY {order}",
                w.clause,
                limit_clause(filter)
            )
        } else {
            // Everything (exports): one pass in order, streamed.
            format!(
                "SELECT {EVENT_COLUMNS} FROM event_clusters c{REPRESENTATIVE_JOIN}{} \
                 ORDER BY {order}{}",
                w.clause,
                limit_clause(filter)
            )
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(w.params.iter()))?;
        while let Some(row) = rows.next()? {
            f(event_row(row)?)?;
        }
        Ok(())
    }

    fn mentions(&self, filter: &EventFilter) -> Result<Vec<MentionRow>> {
        let w = build_where(filter);
        let sql = format!(
            "SELECT {MENTION_COLUMNS}
             FROM event_mentions m JOIN documents d ON d.id = m.doc
             WHERE m.cluster IN (SELECT c.id FROM event_clusters c{})
             ORDER BY m.cluster, coalesce(d.published, '~'), d.content_hash, m.ord{}",
            w.clause,
            limit_clause(filter)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(w.params.iter()), mention_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn aggregate(&self, filter: &EventFilter, period: Period) -> Result<Vec<AggregateRow>> {
        let w = build_where(filter);
        let (label, precise) = period_sql(period);
        let connector = if w.clause.is_empty() {
            " WHERE "
        } else {
            " AND "
        };
        let sql = format!(
            "SELECT {label} AS period, count(*), sum(c.num_mentions),
                    total(c.goldstein), total(c.goldstein * c.num_mentions),
                    sum(c.quad = 1), sum(c.quad = 2), sum(c.quad = 3), sum(c.quad = 4)
             FROM event_clusters c{}{connector}c.date IS NOT NULL AND {precise}
             GROUP BY period ORDER BY period",
            w.clause
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(w.params.iter()), |r| {
            Ok(AggregateRow {
                period: r.get(0)?,
                events: r.get(1)?,
                mentions: r.get(2)?,
                goldstein_total: r.get(3)?,
                goldstein_weighted: r.get(4)?,
                verbal_cooperation: r.get(5)?,
                material_cooperation: r.get(6)?,
                verbal_conflict: r.get(7)?,
                material_conflict: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let w = build_where(filter);
        let sql = format!("SELECT count(*) FROM event_clusters c{}", w.clause);
        let n: i64 = self
            .conn
            .query_row(&sql, params_from_iter(w.params.iter()), |r| r.get(0))?;
        Ok(n as u64)
    }

    fn group_by(&self, filter: &EventFilter, key: GroupKey) -> Result<Vec<GroupRow>> {
        let w = build_where(filter);
        let (label, member) = key.sql();
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
            "SELECT {label} AS grp, count(*), sum(c.num_mentions),
                    total(c.goldstein), total(c.goldstein * c.num_mentions),
                    sum(c.quad = 1), sum(c.quad = 2), sum(c.quad = 3), sum(c.quad = 4)
             FROM event_clusters c{}{connector}{dated}{member}
             GROUP BY grp ORDER BY {order}{}",
            w.clause,
            limit_clause(filter)
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(w.params.iter()), |r| {
            Ok(GroupRow {
                group: r.get(0)?,
                events: r.get(1)?,
                mentions: r.get(2)?,
                goldstein_total: r.get(3)?,
                goldstein_weighted: r.get(4)?,
                verbal_cooperation: r.get(5)?,
                material_cooperation: r.get(6)?,
                verbal_conflict: r.get(7)?,
                material_conflict: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn search_documents(&self, text: &str, limit: usize) -> Result<Vec<DocumentHit>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.doc_id, d.title, d.published, d.url,
                    snippet(documents_fts, 1, '[', ']', '…', 16)
             FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE documents_fts MATCH ?1
             ORDER BY bm25(documents_fts), d.id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![fts_query(text), limit as i64], |r| {
            Ok(DocumentHit {
                document: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                url: r.get(3)?,
                snippet: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn stats(&self) -> Result<StoreStats> {
        let count = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        Ok(StoreStats {
            schema_version: self.schema_version()?,
            documents: count("SELECT count(*) FROM documents")?,
            near_duplicates: count(
                "SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL",
            )?,
            events: count("SELECT count(*) FROM event_clusters")?,
            mentions: count("SELECT count(*) FROM event_mentions")?,
            entities: count("SELECT count(*) FROM entities")?,
            quotes: count("SELECT count(*) FROM quotes")?,
            quantities: count("SELECT count(*) FROM quantities")?,
        })
    }

    // --- Read queries for the analyst surfaces (issue #14); helpers below the impl -------

    fn documents(&self, query: &DocumentQuery) -> Result<Vec<DocumentSummary>> {
        let (after_published, after_id) = match &query.after {
            Some((p, id)) => (Some(p.as_str()), Some(id.as_str())),
            None => (None, None),
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.doc_id, d.title, d.published, d.url, d.source, d.key_points,
                    (SELECT count(*) FROM event_mentions m WHERE m.doc = d.id),
                    (SELECT o.doc_id FROM documents o WHERE o.id = d.near_duplicate_of)
             FROM documents d
             WHERE ?1 IS NULL OR coalesce(d.published, '') < ?1
                OR (coalesce(d.published, '') = ?1 AND d.doc_id < ?2)
             ORDER BY coalesce(d.published, '') DESC, d.doc_id DESC
             LIMIT ?3",
        )?;
        let rows = stmt.query_map(
            params![after_published, after_id, query.limit as i64],
            |r| {
                Ok(DocumentSummary {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    published: r.get(2)?,
                    url: r.get(3)?,
                    source: r.get(4)?,
                    key_points: json_list(r.get(5)?, |v| v.as_str().map(String::from)),
                    events: r.get(6)?,
                    near_duplicate_of: r.get(7)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn document(&self, id: &str) -> Result<Option<DocumentDetail>> {
        document_detail(&self.conn, id)
    }

    fn event(&self, id: &str) -> Result<Option<EventDetail>> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM event_clusters c{REPRESENTATIVE_JOIN} WHERE c.id = ?1"
        );
        let Some(event) = self.conn.query_row(&sql, [id], event_row).optional()? else {
            return Ok(None);
        };
        let mentions = document_mentions(
            &self.conn,
            "m.cluster = ?1 ORDER BY coalesce(d.published, '~'), d.content_hash, m.ord",
            id,
        )?;
        Ok(Some(EventDetail { event, mentions }))
    }

    fn actor_profile(&self, code: &str, limit: usize) -> Result<ActorProfile> {
        let code = code.trim().to_ascii_uppercase();
        let counted = |sql: &str| -> Result<Vec<(String, i64)>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([&code], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        };
        let names = counted(
            "SELECT e.text, count(DISTINCT e.doc) AS n FROM entities e
             WHERE e.code = ?1 OR e.cameo_actor = ?1
             GROUP BY e.text ORDER BY n DESC, e.text LIMIT 20",
        )?;
        let roles = counted(
            "SELECT e.role, count(DISTINCT e.doc) AS n FROM entities e
             WHERE (e.code = ?1 OR e.cameo_actor = ?1) AND e.role IS NOT NULL AND e.role <> ''
             GROUP BY e.role ORDER BY n DESC, e.role LIMIT 20",
        )?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.doc_id, d.published, q.text, q.start, q.\"end\", q.speaker_text,
                    q.speaker_code, q.speaker_org
             FROM quotes q JOIN documents d ON d.id = q.doc
             WHERE q.speaker_code = ?1
             ORDER BY coalesce(d.published, '') DESC, d.doc_id, q.ord LIMIT ?2",
        )?;
        let quotes = stmt
            .query_map(params![code, limit as i64], quote_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ActorProfile {
            code,
            names,
            roles,
            quotes,
        })
    }

    fn interrupt_handle(&self) -> Option<InterruptHandle> {
        let handle = self.conn.get_interrupt_handle();
        Some(Box::new(move || handle.interrupt()))
    }
}

// --- Read queries for the analyst surfaces (issue #14): helpers ---------------------------

fn quote_row(r: &rusqlite::Row) -> rusqlite::Result<QuoteRow> {
    Ok(QuoteRow {
        document: r.get(0)?,
        published: r.get(1)?,
        text: r.get(2)?,
        start: r.get(3)?,
        end: r.get(4)?,
        speaker: r.get(5)?,
        speaker_code: r.get(6)?,
        speaker_org: r.get(7)?,
    })
}

/// Mentions with their sources and linked quantities, `condition` (over `m` and `d`, with
/// its ORDER BY) taking the one parameter `value`.
fn document_mentions<P: rusqlite::ToSql>(
    conn: &Connection,
    condition: &str,
    value: P,
) -> Result<Vec<DocumentMention>> {
    let sql = format!(
        "SELECT {MENTION_COLUMNS}, m.sources, m.quantities
         FROM event_mentions m JOIN documents d ON d.id = m.doc
         WHERE {condition}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([value], |r| {
        Ok(DocumentMention {
            mention: mention_row(r)?,
            sources: json_list(r.get(25)?, |v| {
                v.get("text").and_then(|t| t.as_str()).map(String::from)
            }),
            quantities: json_list(r.get(26)?, |v| v.as_str().map(String::from)),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn document_detail(conn: &Connection, id: &str) -> Result<Option<DocumentDetail>> {
    let head = conn
        .prepare_cached(
            "SELECT d.id, d.doc_id, d.title, d.published, d.url, d.source, d.language, d.text,
                    d.key_points, (SELECT o.doc_id FROM documents o WHERE o.id = d.near_duplicate_of),
                    d.similarity
             FROM documents d WHERE d.doc_id = ?1 ORDER BY d.id LIMIT 1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                DocumentDetail {
                    id: r.get(1)?,
                    title: r.get(2)?,
                    published: r.get(3)?,
                    url: r.get(4)?,
                    source: r.get(5)?,
                    language: r.get(6)?,
                    text: r.get(7)?,
                    key_points: json_list(r.get(8)?, |v| v.as_str().map(String::from)),
                    near_duplicate_of: r.get(9)?,
                    similarity: r.get(10)?,
                    entities: Vec::new(),
                    quotes: Vec::new(),
                    quantities: Vec::new(),
                    dates: Vec::new(),
                    mentions: Vec::new(),
                },
            ))
        })
        .optional()?;
    let Some((row, mut doc)) = head else {
        return Ok(None);
    };
    doc.entities = conn
        .prepare_cached(
            "SELECT local_id, text, type, code, sector, org, role, cameo_actor, mentions
             FROM entities WHERE doc = ?1 ORDER BY ord",
        )?
        .query_map([row], |r| {
            let spans: Option<String> = r.get(8)?;
            Ok(EntityRow {
                id: r.get(0)?,
                text: r.get(1)?,
                entity_type: r.get(2)?,
                code: r.get(3)?,
                sector: r.get(4)?,
                org: r.get(5)?,
                role: r.get(6)?,
                cameo_actor: r.get(7)?,
                mentions: spans
                    .and_then(|j| serde_json::from_str(&j).ok())
                    .unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    doc.quotes = conn
        .prepare_cached(
            "SELECT d.doc_id, d.published, q.text, q.start, q.\"end\", q.speaker_text,
                    q.speaker_code, q.speaker_org
             FROM quotes q JOIN documents d ON d.id = q.doc WHERE q.doc = ?1 ORDER BY q.ord",
        )?
        .query_map([row], quote_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    doc.dates = conn
        .prepare_cached(
            "SELECT text, start, \"end\", value, precision FROM date_mentions
             WHERE doc = ?1 ORDER BY ord",
        )?
        .query_map([row], |r| {
            Ok(DateRow {
                text: r.get(0)?,
                start: r.get(1)?,
                end: r.get(2)?,
                value: r.get(3)?,
                precision: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    doc.mentions = document_mentions(conn, "m.doc = ?1 ORDER BY m.ord", row)?;
    let mut quantities = conn
        .prepare_cached(
            "SELECT local_id, text, start, \"end\", value, min, max, approx, unit, kind,
                    actor_code
             FROM quantities WHERE doc = ?1 ORDER BY ord",
        )?
        .query_map([row], |r| {
            Ok(QuantityRow {
                id: r.get(0)?,
                text: r.get(1)?,
                start: r.get(2)?,
                end: r.get(3)?,
                value: r.get(4)?,
                min: r.get(5)?,
                max: r.get(6)?,
                approx: r.get(7)?,
                unit: r.get(8)?,
                kind: r.get(9)?,
                actor_code: r.get(10)?,
                events: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            url_host("https://www.voanews.com/a/x.html").as_deref(),
            Some("voanews.com")
        );
        assert_eq!(
            url_host("http://user@127.0.0.1:8080/feed").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(url_host("not a url"), None);
    }

    #[test]
    fn char_slices_are_clamped() {
        let c = CharIndex::new("héllo wörld");
        assert_eq!(c.slice(0, 5), "héllo");
        assert_eq!(c.slice(6, 100), "wörld");
        assert_eq!(c.slice(50, 2), "");
    }

    #[test]
    fn migrations_apply_once() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(s.migrate().unwrap(), SCHEMA_VERSION);
    }
}
