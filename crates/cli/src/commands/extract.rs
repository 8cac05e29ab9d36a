//! `sitrep extract`: documents in, JSON Lines records out (one a document, in input order).
//!
//! Documents are read lazily, coded in parallel batches (rayon; order preserved), and
//! written as they finish, so memory stays bounded on corpora of any size. A document
//! that cannot be read or analysed gives a record with `error` set and a message on
//! standard error; the run goes on and exits with status 1 at the end.

use std::io::Write;
use std::time::Instant;

use rayon::prelude::*;
use sitrep_core::{StageTimes, STAGES};
use sitrep_ingest::{read_inputs, Format, Item, ReadOptions};
use sitrep_record::Record;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively), URLs or `-` for standard input (the default).
    pub inputs: Vec<String>,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long)]
    pub published: Option<String>,
    /// Read every input as this format: jsonl, html, text or feed (default: by extension
    /// and content).
    #[arg(long = "input", value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Largest document accepted, in bytes of text.
    #[arg(long, default_value_t = 5 * 1024 * 1024)]
    pub max_document_bytes: usize,
    /// Print throughput and the time of each pipeline stage to standard error.
    #[arg(long)]
    pub stats: bool,
    #[command(flatten)]
    pub dictionary: super::dictionary::DictionaryArgs,
}

/// Documents coded per parallel batch.
const BATCH: usize = 256;

pub fn run(args: Args) -> anyhow::Result<i32> {
    let started = Instant::now();
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .ok();
    }
    if let Some(p) = &args.published {
        sitrep_ingest::check_published(p).map_err(|e| anyhow::anyhow!("--published: {e}"))?;
    }
    let pipeline = args.dictionary.pipeline()?;
    pipeline.warm_up();
    let startup = started.elapsed();
    let options = ReadOptions {
        format: args.format,
        published: args.published.clone(),
        max_document_bytes: args.max_document_bytes,
        ..ReadOptions::default()
    };
    let inputs = if args.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        args.inputs.clone()
    };
    let mut items = read_inputs(&inputs, &options);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut documents = 0usize;
    let mut bytes = 0usize;
    let mut events = 0usize;
    let mut totals = StageTimes::default();
    let mut batch: Vec<Item> = Vec::with_capacity(BATCH);
    let work_started = Instant::now();
    loop {
        batch.clear();
        batch.extend(items.by_ref().take(BATCH));
        if batch.is_empty() {
            break;
        }
        let results: Vec<(Record, StageTimes)> = batch
            .par_iter()
            .map(|item| match item {
                Item::Document(doc) => {
                    let mut times = StageTimes::default();
                    let record = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        pipeline.process_timed(doc, &mut times)
                    }))
                    .unwrap_or_else(|_| {
                        Record::error(
                            doc.id.clone(),
                            "internal error while analysing this document",
                        )
                    });
                    (record, times)
                }
                Item::Failed(f) => (
                    Record::error(f.id.clone(), f.to_string()),
                    StageTimes::default(),
                ),
            })
            .collect();
        for (item, (record, times)) in batch.iter().zip(results) {
            documents += 1;
            if let Item::Document(doc) = item {
                bytes += doc.text.len();
            }
            if let Some(err) = &record.error {
                failed += 1;
                eprintln!("sitrep: {}: {err}", record.id);
            }
            events += record.events.len();
            totals.add(&times);
            serde_json::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    out.flush()?;
    if args.stats {
        let secs = work_started.elapsed().as_secs_f64().max(1e-9);
        let threads = rayon::current_num_threads();
        eprintln!("startup_ms {:.1}", startup.as_secs_f64() * 1000.0);
        eprintln!("threads {threads}");
        eprintln!("documents {documents}");
        eprintln!("sentences {}", totals.sentences);
        eprintln!("analysed_sentences {}", totals.analysed_sentences);
        eprintln!("events {events}");
        eprintln!("bytes {bytes}");
        eprintln!("seconds {secs:.3}");
        eprintln!("mb_per_s {:.3}", bytes as f64 / 1e6 / secs);
        eprintln!("docs_per_s {:.1}", documents as f64 / secs);
        eprintln!("sentences_per_s {:.1}", totals.sentences as f64 / secs);
        let total: u64 = totals.nanos.iter().sum::<u64>().max(1);
        for (name, n) in STAGES.iter().zip(totals.nanos.iter()) {
            eprintln!(
                "stage {name:<10} {:>9.1} ms {:>5.1}%",
                *n as f64 / 1e6,
                *n as f64 * 100.0 / total as f64
            );
        }
    }
    if failed > 0 {
        eprintln!("sitrep: {failed} of {documents} documents could not be read or analysed");
        return Ok(1);
    }
    Ok(0)
}
