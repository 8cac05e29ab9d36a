//! The SQLite schema and its migrations (documented in `SCHEMA.md`).
//!
//! `PRAGMA user_version` holds the number of migrations applied. Each migration runs in its
//! own transaction together with the version bump, so a crash during a migration leaves the
//! database at the previous version. A database with a newer version than this build knows
//! is refused rather than written to.

/// Migrations in order; migration `i` takes the database from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[MIGRATION_1, MIGRATION_2, MIGRATION_3, MIGRATION_4];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

const MIGRATION_1: &str = r#"
CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    doc_id            TEXT NOT NULL,
    content_hash      TEXT NOT NULL UNIQUE,
    url               TEXT,
    title             TEXT,
    published         TEXT,
    source            TEXT,
    language          TEXT,
    text              TEXT NOT NULL,
    meta              TEXT NOT NULL DEFAULT '{}',
    key_points        TEXT NOT NULL DEFAULT '[]',
    near_duplicate_of INTEGER REFERENCES documents(id),
    similarity        REAL
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE document_minhash (
    doc       INTEGER PRIMARY KEY REFERENCES documents(id),
    signature BLOB NOT NULL
);
CREATE TABLE document_bands (
    band_key INTEGER NOT NULL,
    doc      INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band_key, doc)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id'
);

CREATE TABLE entities (
    doc         INTEGER NOT NULL REFERENCES documents(id),
    ord         INTEGER NOT NULL,
    local_id    TEXT NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    code        TEXT,
    sector      TEXT,
    org         TEXT,
    role        TEXT,
    cameo_actor TEXT,
    mentions    TEXT NOT NULL,
    PRIMARY KEY (doc, ord)
) WITHOUT ROWID;
CREATE INDEX entities_code ON entities(code);

CREATE TABLE event_clusters (
    id              TEXT PRIMARY KEY,
    global_id       INTEGER NOT NULL UNIQUE,
    cluster_key     TEXT NOT NULL,
    category        TEXT NOT NULL,
    key_actor       TEXT NOT NULL,
    key_recipient   TEXT NOT NULL,
    key_date        TEXT NOT NULL,
    key_place       TEXT NOT NULL,
    cameo           TEXT NOT NULL,
    goldstein       REAL,
    quad            INTEGER NOT NULL,
    actor_name      TEXT,
    actor_code      TEXT,
    actor_sector    TEXT,
    actor_cameo     TEXT,
    recipient_name  TEXT,
    recipient_code  TEXT,
    recipient_sector TEXT,
    recipient_cameo TEXT,
    date            TEXT,
    place_name      TEXT,
    place_code      TEXT,
    lat             REAL,
    lon             REAL,
    num_mentions    INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,
    is_root         INTEGER NOT NULL,
    first_published TEXT,
    source_url      TEXT,
    evidence        TEXT
) WITHOUT ROWID;
CREATE INDEX event_clusters_date ON event_clusters(date);
CREATE INDEX event_clusters_actor ON event_clusters(actor_code, recipient_code);
CREATE INDEX event_clusters_recipient ON event_clusters(recipient_code);
CREATE INDEX event_clusters_category ON event_clusters(category);

CREATE TABLE event_mentions (
    id               TEXT PRIMARY KEY,
    cluster          TEXT NOT NULL REFERENCES event_clusters(id),
    doc              INTEGER NOT NULL REFERENCES documents(id),
    ord              INTEGER NOT NULL,
    local_id         TEXT NOT NULL,
    category         TEXT NOT NULL,
    mode             TEXT,
    context          TEXT NOT NULL,
    cameo            TEXT NOT NULL,
    goldstein        REAL,
    quad             INTEGER NOT NULL,
    actor_text       TEXT,
    actor_entity     TEXT,
    actor_code       TEXT,
    actor_sector     TEXT,
    actor_org        TEXT,
    actor_cameo      TEXT,
    recipient_text   TEXT,
    recipient_entity TEXT,
    recipient_code   TEXT,
    recipient_sector TEXT,
    recipient_org    TEXT,
    recipient_cameo  TEXT,
    trigger_text     TEXT NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    sentence_index   INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    evidence         TEXT NOT NULL,
    date             TEXT,
    date_precision   TEXT,
    place_text       TEXT,
    place_code       TEXT,
    lat              REAL,
    lon              REAL,
    modality         TEXT NOT NULL,
    negated          INTEGER NOT NULL,
    sources          TEXT NOT NULL,
    source_names     TEXT NOT NULL,
    quantities       TEXT NOT NULL,
    rule             TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX event_mentions_cluster ON event_mentions(cluster);
CREATE INDEX event_mentions_doc ON event_mentions(doc);

CREATE TABLE quotes (
    doc            INTEGER NOT NULL REFERENCES documents(id),
    ord            INTEGER NOT NULL,
    text           TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    speaker_text   TEXT,
    speaker_entity TEXT,
    speaker_code   TEXT,
    speaker_sector TEXT,
    speaker_org    TEXT,
    PRIMARY KEY (doc, ord)
) WITHOUT ROWID;

CREATE TABLE quantities (
    doc          INTEGER NOT NULL REFERENCES documents(id),
    ord          INTEGER NOT NULL,
    local_id     TEXT NOT NULL,
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    value        REAL,
    min          REAL,
    max          REAL,
    approx       INTEGER NOT NULL,
    unit         TEXT,
    kind         TEXT NOT NULL,
    actor_code   TEXT,
    actor_sector TEXT,
    PRIMARY KEY (doc, ord)
) WITHOUT ROWID;
CREATE INDEX quantities_kind ON quantities(kind);

CREATE TABLE date_mentions (
    doc       INTEGER NOT NULL REFERENCES documents(id),
    ord       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    value     TEXT,
    precision TEXT,
    PRIMARY KEY (doc, ord)
) WITHOUT ROWID;
"#;

/// Version 2: stemmed full-text search and the ingest time of each document.
///
/// The FTS index is rebuilt with the Porter stemmer over unicode61 tokens, so `sanction`
/// finds "sanctions" and "sanctioned" (the index is external-content: `rebuild` re-reads
/// `documents`). `ingested_at` (UTC, `YYYY-MM-DDTHH:MM:SSZ`) is GDELT's `DATEADDED`;
/// documents stored before this version have none.
const MIGRATION_2: &str = r#"
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='porter unicode61'
);
INSERT INTO documents_fts(documents_fts) VALUES('rebuild');
ALTER TABLE documents ADD COLUMN ingested_at TEXT;
"#;

/// Version 3: cluster columns maintained incrementally. Recomputing a cluster from all its mentions
/// after every document made an ingest quadratic when many articles report one event
/// (10,000 such documents took 269 s); these tables hold what the recomputation needed, so
/// adding a document touches a constant number of rows per cluster. The backfill computes
/// exactly what the full recomputation gave.
const MIGRATION_3: &str = r#"
CREATE TABLE cluster_sources (
    cluster TEXT NOT NULL REFERENCES event_clusters(id),
    source  TEXT NOT NULL,
    PRIMARY KEY (cluster, source)
) WITHOUT ROWID;
CREATE TABLE cluster_cameos (
    cluster   TEXT NOT NULL REFERENCES event_clusters(id),
    cameo     TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    goldstein REAL,
    quad      INTEGER NOT NULL,
    PRIMARY KEY (cluster, cameo)
) WITHOUT ROWID;
ALTER TABLE event_clusters ADD COLUMN rep_mention TEXT;
CREATE INDEX event_mentions_doc_cluster ON event_mentions(doc, cluster);

INSERT INTO cluster_sources (cluster, source)
    SELECT DISTINCT m.cluster, coalesce(d.source, d.content_hash)
    FROM event_mentions m JOIN documents d ON d.id = m.doc;
INSERT INTO cluster_cameos (cluster, cameo, mentions, goldstein, quad)
    SELECT m.cluster, m.cameo, count(*), max(m.goldstein), max(m.quad)
    FROM event_mentions m GROUP BY m.cluster, m.cameo;
UPDATE event_clusters SET rep_mention = (
    SELECT m.id FROM event_mentions m JOIN documents d ON d.id = m.doc
    WHERE m.cluster = event_clusters.id
    ORDER BY coalesce(d.published, '~'), coalesce(d.url, '~'), d.content_hash,
             m.sentence_index, m.trigger_start, m.id
    LIMIT 1);
"#;

/// Version 4: one index that answers the dashboard's reads without the table (issue #14).
///
/// A cluster row holds its evidence sentence and URL (about 1 kB), so every aggregate, count
/// and filtered list read the whole table, or, ordered by date, walked `event_clusters_date`
/// and looked up each row in it (0.5-1.3 s at 100,000 events). This index holds the date
/// order (`date, id`, what event lists sort by) and every column the charts, group-bys and
/// party filters read (quad, Goldstein score, mentions, category, the actor and recipient
/// codes, keys and names), about a tenth of the table: counts, aggregates and group-bys scan
/// it alone, and an event list picks its rows in it before reading them (`for_each_event`).
/// It replaces `event_clusters_date`, whose order it has.
const MIGRATION_4: &str = r#"
CREATE INDEX event_clusters_summary ON event_clusters(
    date, id, quad, goldstein, num_mentions, category,
    actor_cameo, actor_code, key_actor, actor_name,
    recipient_cameo, recipient_code, key_recipient, recipient_name
);
DROP INDEX event_clusters_date;
"#;
