//! `sitrep worker`: pull documents from the JetStream work queue in batches, extract them,
//! write them to the store and acknowledge them only after the commit.
//!
//! Any number of workers, on any number of hosts, share the queue's durable consumer and
//! one database (PostgreSQL; an SQLite file works for workers on one host). Guarantees:
//!
//! * **At least once, stored once.** A message is acknowledged after the transaction that
//!   stores its document committed. A worker killed before that (`kill -9`, a lost host)
//!   leaves its messages unacknowledged; JetStream delivers them again after `--ack-wait`
//!   seconds, and the store's idempotence (content hash, URL, unique constraints; see
//!   `sitrep_store::postgres`) makes the second delivery a duplicate if the first one had
//!   committed after all.
//! * **Poison documents** (one whose analysis fails or which the database refuses, each
//!   time) are negatively acknowledged and retried with a growing delay; at the last of
//!   `--max-deliver` attempts the worker publishes it to the dead-letter subject with the
//!   error in the `Sitrep-Error` header and acknowledges it. A message that is not a
//!   document at all is dead-lettered at once.
//! * **Graceful shutdown.** SIGTERM or Ctrl-C: the batch in hand is finished (extracted,
//!   committed, acknowledged), then the worker exits 0.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_nats::jetstream::{self, AckKind};
use futures_util::StreamExt;
use rayon::prelude::*;
use sitrep_core::Pipeline;
use sitrep_record::InputDocument;
use sitrep_store::{NewDocument, PutOutcome};

use super::guard::{analyse, bounded_threads, LimitArgs};
use super::queue::{decode, ConfigFile, Queue, QueueArgs, ATTEMPTS_HEADER, ERROR_HEADER};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub queue: QueueArgs,
    /// The store: `postgres://user@host/db`, or an SQLite file for workers on one host
    /// [env: SITREP_DB] [default: sitrep.db].
    #[arg(long, env = "SITREP_DB", hide_env = true)]
    pub db: Option<String>,
    /// Documents pulled, extracted and committed together [env: SITREP_BATCH]
    /// [default: 16].
    #[arg(long, env = "SITREP_BATCH", hide_env = true)]
    pub batch: Option<usize>,
    /// Extraction threads of this worker (default: all cores).
    #[arg(long, short, visible_alias = "threads")]
    pub jobs: Option<usize>,
    /// Exit once the queue has had nothing for this many seconds (batch jobs, tests and
    /// benchmarks); by default a worker waits for work forever.
    #[arg(long, value_name = "SECONDS")]
    pub exit_when_idle: Option<f64>,
    /// Largest document accepted, in bytes of text.
    #[arg(long, default_value_t = 5 * 1024 * 1024)]
    pub max_document_bytes: usize,
    #[command(flatten)]
    pub limits: LimitArgs,
    /// No summary at exit.
    #[arg(long, short)]
    pub quiet: bool,
}

/// What this worker did (only committed and acknowledged work).
#[derive(Debug, Default, serde::Serialize)]
struct Summary {
    batches: u64,
    stored: u64,
    duplicates: u64,
    near_duplicates: u64,
    events: u64,
    retried: u64,
    dead_lettered: u64,
    seconds: f64,
    documents_per_second: f64,
}

/// Consecutive failed commits (database down) after which the worker gives up.
const MAX_STORE_FAILURES: u32 = 10;

pub fn run(args: Args) -> anyhow::Result<i32> {
    let file = ConfigFile::read(args.queue.config.as_deref())?;
    let queue = args.queue.resolve(&file)?;
    let db = args
        .db
        .clone()
        .or_else(|| file.get("db").map(String::from))
        .unwrap_or_else(|| "sitrep.db".to_string());
    let batch_size = match args.batch {
        Some(n) => n,
        None => file.parsed("batch")?.unwrap_or(16),
    }
    .max(1);
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
    // The shutdown signal is registered before the slow start (the store, the pipeline's
    // knowledge): a SIGTERM that arrives while the worker loads would otherwise find the
    // default action and kill it mid-start with no word, where it should stop cleanly.
    let rt = super::queue::runtime()?;
    let stop = Arc::new(AtomicBool::new(false));
    let shutdown = {
        let _in_runtime = rt.enter();
        ShutdownSignal::register()
    };
    rt.spawn(wait_for_shutdown(shutdown, stop.clone()));

    let mut store = sitrep_store::open(&db)?;
    let mut pipeline = Pipeline::new();
    pipeline.max_text_bytes = args.max_document_bytes;
    let pipeline = Arc::new(pipeline);
    let js = rt.block_on(queue.connect())?;
    let stream = rt.block_on(queue.work_stream(&js))?;
    rt.block_on(queue.dead_letter(&js))?;
    let consumer = rt.block_on(queue.consumer(&stream))?;

    let start = Instant::now();
    let mut idle_since = Instant::now();
    let mut store_failures = 0u32;
    let mut s = Summary::default();
    // Rejections this worker has made, by stream sequence. The attempt number normally
    // comes from the delivery count the server reports, but that report has been seen to
    // lag under load (a second delivery reported as the first), which left a poison
    // document retried until the server stopped delivering it and never dead-lettered.
    // Counting our own rejections as well makes the last attempt certain within a worker.
    let mut rejections: std::collections::HashMap<u64, i64> = std::collections::HashMap::new();
    while !stop.load(Ordering::SeqCst) {
        let messages = rt.block_on(fetch(&consumer, batch_size))?;
        if messages.is_empty() {
            if let Some(limit) = args.exit_when_idle {
                if idle_since.elapsed().as_secs_f64() >= limit {
                    break;
                }
            }
            continue;
        }
        idle_since = Instant::now();
        // Decode; what is not a document cannot get better by retrying.
        let mut work: Vec<(jetstream::Message, InputDocument)> = Vec::new();
        for m in messages {
            match decode(&m.payload) {
                Ok(doc) => work.push((m, doc)),
                Err(e) => {
                    let attempt = m.info().map(|i| i.delivered).unwrap_or(1);
                    rt.block_on(dead_letter(&js, &queue, &m, &e, attempt))?;
                    s.dead_lettered += 1;
                }
            }
        }
        // Documents already stored are not extracted again (a redelivery, a republish).
        let mut known = Vec::with_capacity(work.len());
        for (_, d) in &work {
            known.push(store.has_document(d.url.as_deref(), &d.text)?);
        }
        let to_extract: Vec<&InputDocument> = work
            .iter()
            .zip(&known)
            .filter(|(_, known)| !**known)
            .map(|((_, d), _)| d)
            .collect();
        let docs: Vec<NewDocument> = pool.install(|| {
            to_extract
                .par_iter()
                .map(|d| NewDocument {
                    record: analyse(&pipeline, d, args.limits.budget(d.text.len())).0,
                    source: d.source.clone().filter(|s| !s.trim().is_empty()),
                })
                .collect()
        });
        let outcomes = match super::ingest::put_isolated(store.as_mut(), &docs) {
            Ok(o) => {
                store_failures = 0;
                o
            }
            Err(e) => {
                // The database, not the documents: hand the batch back and wait.
                store_failures += 1;
                eprintln!("sitrep: worker: storing a batch failed: {e:#}");
                for (m, _) in &work {
                    let _ = rt.block_on(m.ack_with(AckKind::Nak(Some(Duration::from_secs(5)))));
                }
                if store_failures >= MAX_STORE_FAILURES {
                    anyhow::bail!("{store_failures} batches in a row could not be stored");
                }
                std::thread::sleep(Duration::from_secs(5));
                continue;
            }
        };
        // Committed: now, and only now, acknowledge.
        let mut outcomes = outcomes.into_iter();
        for ((m, doc), known) in work.iter().zip(known) {
            let outcome = if known {
                PutOutcome::Duplicate {
                    existing: doc.id.clone(),
                }
            } else {
                outcomes
                    .next()
                    .ok_or_else(|| anyhow::anyhow!("the store returned too few outcomes"))?
            };
            match outcome {
                PutOutcome::Inserted { events } => {
                    s.stored += 1;
                    s.events += events as u64;
                }
                PutOutcome::Duplicate { .. } => s.duplicates += 1,
                PutOutcome::NearDuplicate { .. } => {
                    s.stored += 1;
                    s.near_duplicates += 1;
                }
                PutOutcome::Rejected { reason } => {
                    let info = m.info().ok();
                    let reported = info.as_ref().map(|i| i.delivered).unwrap_or(1);
                    let sequence = info.as_ref().map(|i| i.stream_sequence);
                    let attempt = match sequence {
                        Some(seq) => {
                            let ours = rejections.entry(seq).or_insert(0);
                            *ours += 1;
                            reported.max(*ours)
                        }
                        None => reported,
                    };
                    if attempt >= queue.max_deliver {
                        rt.block_on(dead_letter(&js, &queue, m, &reason, attempt))?;
                        // Done with: its count need not outlive it in a long-running worker.
                        if let Some(seq) = sequence {
                            rejections.remove(&seq);
                        }
                        s.dead_lettered += 1;
                        eprintln!(
                            "sitrep: worker: {}: dead-lettered after {attempt} attempt(s): {reason}",
                            doc.id
                        );
                    } else {
                        let delay = Duration::from_secs(attempt.clamp(1, 30) as u64);
                        rt.block_on(m.ack_with(AckKind::Nak(Some(delay))))
                            .map_err(|e| anyhow::anyhow!("negative acknowledgement: {e}"))?;
                        s.retried += 1;
                    }
                    continue;
                }
            }
            rt.block_on(m.double_ack())
                .map_err(|e| anyhow::anyhow!("acknowledgement: {e}"))?;
        }
        s.batches += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    s.seconds = (secs * 1000.0).round() / 1000.0;
    s.documents_per_second =
        ((s.stored + s.duplicates) as f64 / secs.max(1e-9) * 10.0).round() / 10.0;
    drop(store);
    if !args.quiet {
        println!("{}", serde_json::to_string(&s)?);
    }
    Ok(0)
}

/// Up to `n` messages: a full batch as soon as there is one, else what arrived within a
/// second (so a stop request or the idle limit is seen within about a second).
async fn fetch(
    consumer: &jetstream::consumer::PullConsumer,
    n: usize,
) -> anyhow::Result<Vec<jetstream::Message>> {
    let mut batch = consumer
        .batch()
        .max_messages(n)
        .expires(Duration::from_secs(1))
        .messages()
        .await
        .map_err(|e| anyhow::anyhow!("pulling from the queue: {e}"))?;
    let mut out = Vec::with_capacity(n);
    while let Some(m) = batch.next().await {
        out.push(m.map_err(|e| anyhow::anyhow!("pulling from the queue: {e}"))?);
    }
    Ok(out)
}

/// Publish a message to the dead-letter subject with its error, then acknowledge it on the
/// work queue (it is done with: the dead-letter stream keeps it).
async fn dead_letter(
    js: &jetstream::Context,
    queue: &Queue,
    m: &jetstream::Message,
    error: &str,
    attempts: i64,
) -> anyhow::Result<()> {
    let mut headers = async_nats::HeaderMap::new();
    // Header values are one line.
    let one_line: String = error
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    headers.insert(ERROR_HEADER, one_line.as_str());
    headers.insert(ATTEMPTS_HEADER, attempts.to_string().as_str());
    js.publish_with_headers(
        queue.dead_letter_subject.clone(),
        headers,
        m.payload.clone(),
    )
    .await
    .map_err(|e| anyhow::anyhow!("dead-lettering: {e}"))?
    .await
    .map_err(|e| anyhow::anyhow!("dead-lettering: {e}"))?;
    m.double_ack()
        .await
        .map_err(|e| anyhow::anyhow!("acknowledgement: {e}"))?;
    Ok(())
}

/// SIGTERM, registered with the runtime at once (not when a task first polls), so that
/// the signal is caught from the moment `register` returns.
struct ShutdownSignal {
    #[cfg(unix)]
    term: Option<tokio::signal::unix::Signal>,
}

impl ShutdownSignal {
    /// Must be called inside the runtime (`Runtime::enter`).
    fn register() -> Self {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            ShutdownSignal {
                term: signal(SignalKind::terminate()).ok(),
            }
        }
        #[cfg(not(unix))]
        {
            ShutdownSignal {}
        }
    }
}

/// Sets `stop` on SIGTERM or Ctrl-C.
async fn wait_for_shutdown(shutdown: ShutdownSignal, stop: Arc<AtomicBool>) {
    #[cfg(unix)]
    {
        let Some(mut term) = shutdown.term else {
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = shutdown;
        let _ = tokio::signal::ctrl_c().await;
    }
    eprintln!("sitrep: worker: stopping after the current batch");
    stop.store(true, Ordering::SeqCst);
}
