//! `sitrep ingest`: read documents (files, directories, feeds, URLs), extract them in
//! parallel and store them in the corpus database.
//!
//! Flow: the main thread reads inputs in order and cuts them into batches; documents already
//! in the database (same URL or text) are skipped before extraction; a rayon pool extracts
//! a batch (order kept); a single writer thread receives finished batches over a bounded
//! channel and commits each in one transaction. Batches reach the database in input order,
//! so the near-duplicate links (which document is the original) are the same in every run,
//! and a rerun after a crash continues exactly where the committed prefix ends. The
//! progress line and the final counts only include what was committed.
//!
//! No document can stop the run: one whose analysis panics or runs past its time budget
//! (`--document-timeout`) becomes an error record (reported, counted as failed, not stored,
//! retried by a rerun); one the database refuses (a constraint, a value it cannot hold) is
//! written alone after its batch fails and is then reported and skipped. Only database
//! failures (full disk, lock, I/O) stop the run.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sitrep_core::Pipeline;
use sitrep_ingest::{read_inputs, Item, ReadOptions};
use sitrep_record::{InputDocument, Record};
use sitrep_store::{NewDocument, PutOutcome, SqliteStore, Store};

use super::guard::{analyse, bounded_threads, LimitArgs};
use super::query::{print_rows, OutputFormat};

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories, RSS/Atom feed files, http(s) URLs (feeds or pages); `-` for
    /// standard input.
    pub inputs: Vec<String>,
    /// The corpus database: an SQLite file (created when missing) or a
    /// `postgres://user@host/database` URL.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    /// No progress line and no summary (errors are still reported).
    #[arg(long, short)]
    pub quiet: bool,
    /// Format of the summary.
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
    /// Read every input in this format (jsonl, html, text, feed) instead of by extension.
    #[arg(long, value_name = "FORMAT")]
    pub input: Option<String>,
    /// The inputs are JSON Lines of extracted records (`sitrep extract` output): store
    /// them as they are, without extracting again.
    #[arg(long, conflicts_with = "input")]
    pub records: bool,
    /// Publication date of documents that carry none (YYYY-MM-DD).
    #[arg(long)]
    pub published: Option<String>,
    /// Do not fetch the articles that feed entries link to.
    #[arg(long)]
    pub no_follow: bool,
    /// Timeout of one HTTP fetch, in seconds.
    #[arg(long, default_value_t = 20)]
    pub fetch_timeout: u64,
    /// Extraction threads (default: all cores; at most 4 per core).
    #[arg(long, short, visible_alias = "threads")]
    pub jobs: Option<usize>,
    /// Largest document accepted, in bytes of text; larger ones are reported and skipped.
    #[arg(long, default_value_t = 5 * 1024 * 1024)]
    pub max_document_bytes: usize,
    #[command(flatten)]
    pub limits: LimitArgs,
    /// Documents per transaction.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
}

/// Counts of a run (only committed work).
#[derive(Debug, Default, Clone, serde::Serialize)]
struct Summary {
    read: u64,
    stored: u64,
    duplicates: u64,
    near_duplicates: u64,
    failed: u64,
    events: u64,
    seconds: f64,
    documents_per_second: f64,
    database_bytes: u64,
}

/// What the reader hands the writer: a batch in input order.
type Batch = Vec<NewDocument>;

/// Reports committed progress on standard error (a terminal only, unless quiet).
struct Progress {
    bar: indicatif::ProgressBar,
    start: Instant,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        let bar = if quiet {
            indicatif::ProgressBar::hidden()
        } else {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                    .expect("static template"),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        };
        Progress {
            bar,
            start: Instant::now(),
        }
    }

    fn update(&self, s: &Summary) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        self.bar.set_message(format!(
            "{} documents stored ({} duplicate, {} near-duplicate, {} failed), {} events, {:.1} docs/s",
            s.stored,
            s.duplicates,
            s.near_duplicates,
            s.failed,
            s.events,
            (s.stored + s.duplicates + s.near_duplicates) as f64 / secs
        ));
    }

    fn warn(&self, message: &str) {
        self.bar.suspend(|| eprintln!("sitrep: warning: {message}"));
    }
}

fn source_of(doc: &InputDocument) -> Option<String> {
    doc.source.clone().filter(|s| !s.trim().is_empty())
}

/// Records from JSON Lines files (`--records`); unreadable lines become failures.
fn read_records(inputs: &[String]) -> Box<dyn Iterator<Item = Result<Record, String>> + Send> {
    let inputs = inputs.to_vec();
    Box::new(inputs.into_iter().flat_map(|path| {
        use std::io::BufRead;
        let lines: Box<dyn Iterator<Item = Result<Record, String>> + Send> =
            match std::fs::File::open(&path) {
                Err(e) => Box::new(std::iter::once(Err(format!("{path}: {e}")))),
                Ok(f) => {
                    let p = path.clone();
                    Box::new(
                        std::io::BufReader::new(f)
                            .lines()
                            .enumerate()
                            .filter(|(_, l)| l.as_ref().map_or(true, |l| !l.trim().is_empty()))
                            .map(move |(i, line)| {
                                let line = line.map_err(|e| format!("{p}:{}: {e}", i + 1))?;
                                serde_json::from_str::<Record>(&line)
                                    .map_err(|e| format!("{p}:{}: not a record: {e}", i + 1))
                            }),
                    )
                }
            };
        lines
    }))
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let batch_size = args.batch.max(1);
    let mut options = ReadOptions {
        published: args.published.clone(),
        fetch_timeout: Duration::from_secs(args.fetch_timeout.max(1)),
        fetch_linked_articles: !args.no_follow,
        max_document_bytes: args.max_document_bytes,
        ..ReadOptions::default()
    };
    args.limits.apply(&mut options);
    if let Some(f) = &args.input {
        options.format = Some(f.parse().map_err(anyhow::Error::msg)?);
    }
    if let Some(p) = &args.published {
        crate::validate::published(p).map_err(|e| anyhow::anyhow!("--published: {e}"))?;
    }
    let (threads, warning) = bounded_threads(args.jobs);
    if let Some(w) = warning {
        eprintln!("sitrep: warning: {w}");
    }
    let pool = {
        let mut b = rayon::ThreadPoolBuilder::new();
        if let Some(j) = threads {
            b = b.num_threads(j);
        }
        b.build()?
    };

    // The writer opens (and migrates) the database before anyone reads it.
    // The lookup is owned by the reading side and closed before the writer: the writer
    // then closes the last connection, which checkpoints the WAL and removes `-wal` and
    // `-shm`, so an SQLite database is a single file again (readable where its directory
    // is not writable). A `postgres://` URL selects the PostgreSQL store.
    let (mut writer_store, lookup): (Box<dyn Store>, Box<dyn Store>) = match args
        .db
        .to_str()
        .filter(|s| sitrep_store::is_postgres_url(s))
    {
        Some(url) => (sitrep_store::open(url)?, sitrep_store::open_read_only(url)?),
        None => (
            Box::new(SqliteStore::open(&args.db)?),
            Box::new(SqliteStore::open_read_only(&args.db)?),
        ),
    };
    let progress = Progress::new(args.quiet);
    let (sender, receiver) = sync_channel::<Batch>(2);

    let summary = std::thread::scope(|scope| -> anyhow::Result<Summary> {
        let progress = &progress;
        let writer = scope.spawn(move || -> anyhow::Result<Summary> {
            let mut s = Summary::default();
            for batch in receiver {
                let outcomes = put_isolated(writer_store.as_mut(), &batch)?;
                // Committed: only now does it count.
                for (doc, outcome) in batch.iter().zip(&outcomes) {
                    match outcome {
                        PutOutcome::Inserted { events } => {
                            s.stored += 1;
                            s.events += *events as u64;
                        }
                        PutOutcome::Duplicate { .. } => s.duplicates += 1,
                        PutOutcome::NearDuplicate { .. } => {
                            s.stored += 1;
                            s.near_duplicates += 1;
                        }
                        PutOutcome::Rejected { reason } => {
                            s.failed += 1;
                            progress.warn(&format!("{}: {reason}", doc.record.id));
                        }
                    }
                }
                progress.update(&s);
            }
            Ok(s)
        });

        // Reading and extraction; the writer's totals are merged in at the end.
        let mut read = 0u64;
        let mut skipped = 0u64;
        let mut failed = 0u64;
        // The reader's limit is the pipeline's too (its own default is a hidden 8 MiB).
        let mut pipeline = Pipeline::new();
        pipeline.max_text_bytes = args.max_document_bytes;
        let pipeline = Arc::new(pipeline);
        let limits = &args.limits;
        let send = |batch: Batch| -> bool { sender.send(batch).is_ok() };
        if args.records {
            let mut pending: Batch = Vec::with_capacity(batch_size);
            for item in read_records(&args.inputs) {
                match item {
                    Err(message) => {
                        failed += 1;
                        progress.warn(&message);
                    }
                    Ok(record) => {
                        read += 1;
                        if lookup.has_document(record.url.as_deref(), &record.text)? {
                            skipped += 1;
                            continue;
                        }
                        let source = record
                            .meta
                            .get("source")
                            .and_then(|v| v.as_str())
                            .map(String::from);
                        pending.push(NewDocument { record, source });
                        if pending.len() == batch_size && !send(std::mem::take(&mut pending)) {
                            break;
                        }
                    }
                }
            }
            if !pending.is_empty() {
                send(pending);
            }
        } else {
            let inputs = if args.inputs.is_empty() {
                vec!["-".to_string()]
            } else {
                args.inputs.clone()
            };
            let mut pending: Vec<InputDocument> = Vec::with_capacity(batch_size);
            let extract_and_send = |docs: &mut Vec<InputDocument>| -> bool {
                let batch: Batch = pool.install(|| {
                    docs.par_iter()
                        .map(|d| NewDocument {
                            record: analyse(&pipeline, d, limits.budget(d.text.len())).0,
                            source: source_of(d),
                        })
                        .collect()
                });
                docs.clear();
                send(batch)
            };
            for item in read_inputs(&inputs, &options) {
                match item {
                    Item::Failed(f) => {
                        failed += 1;
                        progress.warn(&f.to_string());
                    }
                    Item::Document(doc) => {
                        read += 1;
                        if lookup.has_document(doc.url.as_deref(), &doc.text)? {
                            skipped += 1;
                            continue;
                        }
                        pending.push(doc);
                        if pending.len() == batch_size && !extract_and_send(&mut pending) {
                            break;
                        }
                    }
                }
            }
            if !pending.is_empty() {
                extract_and_send(&mut pending);
            }
        }
        drop(lookup);
        drop(sender);
        let mut s = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the database writer panicked"))??;
        s.read = read;
        s.duplicates += skipped;
        s.failed += failed;
        Ok(s)
    });
    progress.bar.finish_and_clear();
    let mut summary = summary?;
    let left = super::guard::abandoned();
    if left > 0 {
        eprintln!(
            "sitrep: note: {left} document(s) over their time budget were still being analysed at exit"
        );
    }
    let secs = progress.start.elapsed().as_secs_f64();
    summary.seconds = (secs * 1000.0).round() / 1000.0;
    summary.documents_per_second =
        ((summary.stored + summary.duplicates) as f64 / secs.max(1e-9) * 10.0).round() / 10.0;
    summary.database_bytes = database_bytes(&args.db);

    if !args.quiet {
        let json = serde_json::to_value(&summary)?;
        let obj = json.as_object().cloned().unwrap_or_default();
        let headers: Vec<&str> = obj.keys().map(String::as_str).collect();
        let row: Vec<String> = obj.values().map(|v| v.to_string()).collect();
        print_rows(
            args.format,
            &headers,
            &[],
            &[row],
            std::slice::from_ref(&json),
        )?;
    }
    Ok(if summary.failed > 0 { 1 } else { 0 })
}

/// Writes a batch in one transaction; when that fails because of a document (a constraint
/// it breaks, a value the database cannot hold, a panic while writing it), the batch is
/// written again one document at a time and each such document becomes a `Rejected`
/// outcome, so one bad document can neither stop the run nor make every rerun stop at it.
/// A failure of the database itself (full disk, lock, I/O) stops the run as before.
pub(crate) fn put_isolated(
    store: &mut dyn Store,
    batch: &[NewDocument],
) -> anyhow::Result<Vec<PutOutcome>> {
    match catch_unwind(AssertUnwindSafe(|| store.put_documents(batch))) {
        Ok(Ok(outcomes)) => return Ok(outcomes),
        Ok(Err(e)) if !e.is_document_specific() => return Err(e.into()),
        // The transaction was rolled back (dropped): nothing of the batch is written.
        Ok(Err(_)) | Err(_) => {}
    }
    let mut outcomes = Vec::with_capacity(batch.len());
    for doc in batch {
        let one = std::slice::from_ref(doc);
        let outcome = match catch_unwind(AssertUnwindSafe(|| store.put_documents(one))) {
            Ok(Ok(mut o)) if o.len() == 1 => o.remove(0),
            Ok(Ok(_)) => anyhow::bail!("the store returned no outcome for {}", doc.record.id),
            Ok(Err(e)) if e.is_document_specific() => PutOutcome::Rejected {
                reason: format!("cannot be stored: {e}"),
            },
            Ok(Err(e)) => return Err(e.into()),
            Err(_) => PutOutcome::Rejected {
                reason: "internal error while storing this document".to_string(),
            },
        };
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// Size of the database file and its WAL.
fn database_bytes(db: &std::path::Path) -> u64 {
    let size = |p: PathBuf| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    size(db.to_path_buf()) + size(PathBuf::from(wal))
}
