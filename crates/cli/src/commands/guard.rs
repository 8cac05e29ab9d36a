//! Limits every command shares: per-document isolation (a panic or an exceeded time budget
//! becomes that document's error record and the run goes on), bounded thread counts, and
//! the network switches of the readers. See issue #17.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Duration;

use sitrep_core::{Pipeline, StageTimes};
use sitrep_ingest::ReadOptions;
use sitrep_record::{InputDocument, Record};

/// The options that bound one run, flattened into `extract` and `ingest`.
#[derive(clap::Args, Debug, Clone)]
pub struct LimitArgs {
    /// Time budget of one document, in seconds per started 100 KB of text (a 250 KB document
    /// gets three times this); a document over its budget becomes an error record and the
    /// run goes on. 0 turns the budget off.
    #[arg(long, value_name = "SECONDS", default_value_t = 5.0)]
    pub document_timeout: f64,
    /// Fetch nothing: URL inputs fail and feed entries keep their own text (a feed file is
    /// read without following its links).
    #[arg(long)]
    pub no_fetch: bool,
    /// Let fetches (feed links, redirects, URL inputs) reach loopback, private, link-local
    /// and cloud-metadata addresses, which are refused by default.
    #[arg(long)]
    pub allow_private_network: bool,
    /// Stop fetching after this many seconds for the whole run; 0 means no limit.
    #[arg(long, value_name = "SECONDS", default_value_t = 1800)]
    pub fetch_deadline: u64,
    /// Feed entries read in the whole run, all feeds together.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub max_feed_entries: usize,
}

impl LimitArgs {
    /// Applies the network switches and caps to reader options.
    pub fn apply(&self, options: &mut ReadOptions) {
        options.allow_fetch = !self.no_fetch;
        options.allow_private_network = self.allow_private_network;
        options.fetch_deadline =
            (self.fetch_deadline > 0).then(|| Duration::from_secs(self.fetch_deadline));
        options.max_feed_entries = self.max_feed_entries;
    }

    /// The time budget of a document of `bytes` bytes; `None` when budgets are off.
    pub fn budget(&self, bytes: usize) -> Option<Duration> {
        let seconds = self.document_timeout;
        if seconds.is_finite() && seconds > 0.0 {
            let units = bytes.div_ceil(100 * 1024).max(1) as f64;
            // A day at most: `Duration::from_secs_f64` panics on values it cannot hold.
            Some(Duration::from_secs_f64((seconds * units).min(86_400.0)))
        } else {
            None
        }
    }
}

/// More worker threads than this many per core only add memory and contention: the work
/// is CPU-bound. (`--threads 100000` spawned 16,000 threads and hung.)
pub const MAX_THREADS_PER_CORE: usize = 4;

/// The thread count to use for a requested one: `None` (all cores) stays `None`, 0 means
/// all cores, and anything above [`MAX_THREADS_PER_CORE`] per core is lowered to that, with
/// a warning to print.
pub fn bounded_threads(requested: Option<usize>) -> (Option<usize>, Option<String>) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let max = cores * MAX_THREADS_PER_CORE;
    match requested {
        None | Some(0) => (None, None),
        Some(n) if n > max => (
            Some(max),
            Some(format!(
                "{n} threads requested; using {max} ({MAX_THREADS_PER_CORE} per core on {cores} cores)"
            )),
        ),
        Some(n) => (Some(n), None),
    }
}

/// Analysis threads whose document ran past its budget and that are still working. They
/// cannot be stopped from outside (the pipeline has no cancellation point yet), so they
/// run to their end in the background; the process exit ends them.
static ABANDONED: AtomicUsize = AtomicUsize::new(0);

/// Documents analysed past their budget so far and still running.
pub fn abandoned() -> usize {
    ABANDONED.load(Ordering::SeqCst)
}

/// The message of a panic payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

/// The share of a document's budget after which the pipeline stops at its next stage
/// boundary (`Pipeline::process_within`): the document keeps what was found, with a
/// warning, before the hard limit makes it an error record.
const COOPERATIVE_SHARE: f64 = 0.75;

fn run_isolated(
    pipeline: &Pipeline,
    doc: &InputDocument,
    budget: Option<Duration>,
) -> (Record, StageTimes) {
    let mut times = StageTimes::default();
    let soft = budget.map(|b| b.mul_f64(COOPERATIVE_SHARE));
    let record = catch_unwind(AssertUnwindSafe(|| {
        pipeline.process_within(doc, &mut times, soft)
    }))
    .unwrap_or_else(|payload| {
        Record::error(
            doc.id.clone(),
            format!(
                "internal error while analysing this document ({}); the run went on",
                panic_message(payload.as_ref())
            ),
        )
    });
    (record, times)
}

/// A job for a [`Runner`]: the document, and the state its waiter and runner agree on.
struct Job {
    pipeline: Arc<Pipeline>,
    doc: InputDocument,
    budget: Duration,
    state: Arc<AtomicU8>,
}

// A job is RUNNING until the runner marks it DONE or its waiter marks it LEFT (abandoned),
// whichever comes first.
const RUNNING: u8 = 0;
const DONE: u8 = 1;
const LEFT: u8 = 2;

/// A long-lived analysis thread owned by one calling thread (a rayon worker): documents
/// are handed over and waited for with a deadline, with no thread spawned per document.
/// When a document runs past its budget the runner is abandoned (it finishes that document
/// in the background and then ends) and the next document gets a fresh runner.
struct Runner {
    jobs: Sender<Job>,
    results: Receiver<(Record, StageTimes)>,
}

impl Runner {
    fn spawn() -> Option<Runner> {
        let (jobs, job_receiver) = channel::<Job>();
        let (result_sender, results) = channel();
        std::thread::Builder::new()
            .name("sitrep-analysis".into())
            .spawn(move || {
                for job in job_receiver {
                    let result = run_isolated(&job.pipeline, &job.doc, Some(job.budget));
                    let delivered = result_sender.send(result).is_ok();
                    let finished = job.state.compare_exchange(
                        RUNNING,
                        DONE,
                        Ordering::SeqCst,
                        Ordering::SeqCst,
                    );
                    if finished.is_err() {
                        // Its waiter gave up and counted it as abandoned: this runner ends.
                        ABANDONED.fetch_sub(1, Ordering::SeqCst);
                        return;
                    }
                    if !delivered {
                        return;
                    }
                }
            })
            .ok()?;
        Some(Runner { jobs, results })
    }
}

thread_local! {
    static RUNNER: RefCell<Option<Runner>> = const { RefCell::new(None) };
}

/// Analyses one document so that nothing it does can stop the run: a panic becomes an
/// error record, and with a `budget` the analysis runs on the calling thread's [`Runner`]
/// and the document becomes an error record when the budget is exceeded (the runner is
/// left to finish in the background, see [`abandoned`]).
pub fn analyse(
    pipeline: &Arc<Pipeline>,
    doc: &InputDocument,
    budget: Option<Duration>,
) -> (Record, StageTimes) {
    let Some(budget) = budget else {
        return run_isolated(pipeline, doc, None);
    };
    RUNNER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Runner::spawn();
        }
        let Some(runner) = slot.as_ref() else {
            // No thread to spare (a resource limit): analyse here, still isolated from panics.
            return run_isolated(pipeline, doc, Some(budget));
        };
        let state = Arc::new(AtomicU8::new(RUNNING));
        let job = Job {
            pipeline: Arc::clone(pipeline),
            doc: doc.clone(),
            budget,
            state: Arc::clone(&state),
        };
        if runner.jobs.send(job).is_err() {
            *slot = None;
            return run_isolated(pipeline, doc, Some(budget));
        }
        match runner.results.recv_timeout(budget) {
            Ok(result) => result,
            Err(RecvTimeoutError::Timeout) => {
                // Counted first, so the runner's decrement can never come before it.
                ABANDONED.fetch_add(1, Ordering::SeqCst);
                let left = state.compare_exchange(RUNNING, LEFT, Ordering::SeqCst, Ordering::SeqCst);
                if left.is_err() {
                    // It finished just now: its result is in the channel, the runner lives on.
                    ABANDONED.fetch_sub(1, Ordering::SeqCst);
                    if let Ok(result) = runner.results.recv() {
                        return result;
                    }
                }
                *slot = None;
                (
                    Record::error(
                        doc.id.clone(),
                        format!(
                            "analysis exceeded its time budget of {:.1} s (--document-timeout); the run went on",
                            budget.as_secs_f64()
                        ),
                    ),
                    StageTimes::default(),
                )
            }
            Err(RecvTimeoutError::Disconnected) => {
                *slot = None;
                (
                    Record::error(doc.id.clone(), "internal error while analysing this document"),
                    StageTimes::default(),
                )
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(seconds: f64) -> LimitArgs {
        LimitArgs {
            document_timeout: seconds,
            no_fetch: false,
            allow_private_network: false,
            fetch_deadline: 0,
            max_feed_entries: 10,
        }
    }

    #[test]
    fn budgets_grow_with_size() {
        let l = limits(2.0);
        assert_eq!(l.budget(0), Some(Duration::from_secs(2)));
        assert_eq!(l.budget(100 * 1024), Some(Duration::from_secs(2)));
        assert_eq!(l.budget(250 * 1024), Some(Duration::from_secs(6)));
        assert_eq!(limits(0.0).budget(10), None);
        assert_eq!(limits(f64::NAN).budget(10), None);
    }

    #[test]
    fn thread_counts_are_bounded() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(bounded_threads(None), (None, None));
        assert_eq!(bounded_threads(Some(0)), (None, None));
        assert_eq!(bounded_threads(Some(1)), (Some(1), None));
        let (n, warning) = bounded_threads(Some(100_000));
        assert_eq!(n, Some(cores * MAX_THREADS_PER_CORE));
        assert!(warning.unwrap().contains("100000 threads requested"));
    }

    #[test]
    fn runners_return_results_and_budgets_cut_slow_documents() {
        let pipeline = Arc::new(Pipeline::new());
        let doc = |id: &str, text: String| InputDocument {
            id: id.into(),
            text,
            ..InputDocument::default()
        };
        let quick = doc(
            "quick",
            "Kim Jong Un met Sergei Shoigu in Pyongyang.".into(),
        );
        let direct = run_isolated(&pipeline, &quick, None).0;
        for _ in 0..3 {
            let (record, _) = analyse(&pipeline, &quick, Some(Duration::from_secs(60)));
            assert_eq!(record, direct, "the runner gives what a direct call gives");
        }
        // A long sentence without punctuation takes far longer than a microsecond.
        let words = [
            "troops",
            "from",
            "Russia",
            "moved",
            "near",
            "Kharkiv",
            "officials",
            "said",
        ];
        let slow: Vec<&str> = (0..20_000).map(|i| words[i % words.len()]).collect();
        let (record, _) = analyse(
            &pipeline,
            &doc("slow", slow.join(" ")),
            Some(Duration::from_micros(1)),
        );
        assert!(record.error.unwrap().contains("time budget"));
        // The next document gets a fresh runner.
        let (record, _) = analyse(&pipeline, &quick, Some(Duration::from_secs(60)));
        assert_eq!(record, direct);
    }

    #[test]
    fn panic_messages_are_kept() {
        let payload = catch_unwind(|| panic!("byte index 80 is not a char boundary")).unwrap_err();
        assert_eq!(
            panic_message(payload.as_ref()),
            "byte index 80 is not a char boundary"
        );
    }
}
