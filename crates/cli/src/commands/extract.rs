//! `sitrep extract`: documents in, records out (one a document, in input order): JSON
//! Lines for pipes, files (`-o`) and `--format jsonl`; a readable summary when standard
//! output is a terminal (`--format summary`).
//!
//! Documents are read lazily, coded in parallel batches (rayon; order preserved), and
//! written as they finish, so memory stays bounded on corpora of any size. A document
//! that cannot be read or analysed gives a record with `error` set and a message on
//! standard error; the run goes on and exits with status 1 at the end. Which files of a
//! directory are read is decided in `crate::inputs`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sitrep_core::{StageTimes, STAGES};
use sitrep_ingest::{Format, Item, ReadOptions};
use sitrep_record::Record;

use crate::inputs::{self, Glob};

/// How records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// One JSON record a line (the contract; the default for pipes and files).
    Jsonl,
    /// Key points, events, quotes and figures, for reading (the default on a terminal).
    Summary,
}

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
    pub input_format: Option<Format>,
    /// Output format (default: summary on a terminal, jsonl otherwise).
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    /// Write to this file instead of standard output (JSON Lines unless --format says).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// In directories, read only files matching this glob (`*.html`, `2025/**`); repeatable.
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// In directories, skip files matching this glob; repeatable.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
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
    #[command(flatten)]
    pub limits: super::guard::LimitArgs,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

/// A progress bar on standard error when it is a terminal: a percentage and the time left
/// when the input size is known, a document count otherwise.
fn progress_bar(total_bytes: Option<u64>, hidden: bool) -> indicatif::ProgressBar {
    if hidden || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match total_bytes {
        Some(total) => {
            let bar = indicatif::ProgressBar::new(total);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {percent:>3}% {bytes}/{total_bytes} {msg} [{elapsed_precise}, {eta} left]",
                )
                .expect("static template"),
            );
            bar
        }
        None => {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                    .expect("static template"),
            );
            bar
        }
    };
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Documents coded per parallel batch.
const BATCH: usize = 256;

pub fn run(args: Args) -> anyhow::Result<i32> {
    let started = Instant::now();
    let (threads, warning) = super::guard::bounded_threads(args.threads);
    if let Some(w) = warning {
        eprintln!("sitrep: warning: {w}");
    }
    if let Some(n) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .ok();
    }
    if let Some(p) = &args.published {
        crate::validate::published(p).map_err(|e| anyhow::anyhow!("--published: {e}"))?;
    }
    let inputs = if args.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        args.inputs.clone()
    };
    if inputs.iter().any(|i| i == "-") && std::io::stdin().is_terminal() {
        eprintln!(
            "sitrep: reading a document from standard input (end it with Ctrl-D; \
             `sitrep extract --help` for files, directories and URLs)"
        );
    }
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let format = args.format.unwrap_or(if to_terminal {
        OutputFormat::Summary
    } else {
        OutputFormat::Jsonl
    });
    let include: Vec<Glob> = args.include.iter().map(|g| Glob::new(g)).collect();
    let exclude: Vec<Glob> = args.exclude.iter().map(|g| Glob::new(g)).collect();
    let plan = inputs::plan(&inputs, args.input_format.is_some(), &include, &exclude);
    if let Some(line) = plan.skipped_line() {
        eprintln!("sitrep: {line}");
    }
    // The reader's limit is the pipeline's too (its own default is a hidden 8 MiB).
    let mut pipeline = args.dictionary.pipeline()?;
    pipeline.max_text_bytes = args.max_document_bytes;
    pipeline.warm_up();
    let pipeline = std::sync::Arc::new(pipeline);
    let startup = started.elapsed();
    let mut options = ReadOptions {
        format: args.input_format,
        published: args.published.clone(),
        max_document_bytes: args.max_document_bytes,
        ..ReadOptions::default()
    };
    args.limits.apply(&mut options);
    let progress = progress_bar(plan.total_bytes(), args.quiet || args.stats);
    let forced = options.format.is_some();
    let mut items = inputs::items(plan, options, forced);
    let sink: Box<dyn Write> = match &args.output {
        Some(path) if path.as_os_str() != "-" => Box::new(
            std::fs::File::create(path)
                .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))?,
        ),
        _ => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    let mut failed = 0usize;
    let mut documents = 0usize;
    let mut bytes = 0usize;
    let mut events = 0usize;
    let mut totals = StageTimes::default();
    let mut batch: Vec<(Item, u64)> = Vec::with_capacity(BATCH);
    let work_started = Instant::now();
    loop {
        batch.clear();
        batch.extend(items.by_ref().take(BATCH));
        if batch.is_empty() {
            break;
        }
        let results: Vec<(Record, StageTimes)> = batch
            .par_iter()
            .map(|(item, _)| match item {
                Item::Document(doc) => {
                    super::guard::analyse(&pipeline, doc, args.limits.budget(doc.text.len()))
                }
                Item::Failed(f) => (
                    Record::error(f.id.clone(), f.to_string()),
                    StageTimes::default(),
                ),
            })
            .collect();
        for ((item, input_bytes), (record, times)) in batch.iter().zip(results) {
            documents += 1;
            if let Item::Document(doc) = item {
                bytes += doc.text.len();
            }
            if let Some(err) = &record.error {
                failed += 1;
                progress.suspend(|| eprintln!("sitrep: {}: {err}", record.id));
            }
            events += record.events.len();
            totals.add(&times);
            match format {
                OutputFormat::Jsonl => {
                    serde_json::to_writer(&mut out, &record)?;
                    out.write_all(b"\n")?;
                }
                OutputFormat::Summary => crate::summary::write_record(&mut out, &record)?,
            }
            progress.inc(*input_bytes);
        }
        out.flush()?;
        progress.set_message(format!("{documents} documents, {events} events"));
    }
    out.flush()?;
    progress.finish_and_clear();
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
