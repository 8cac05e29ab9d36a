//! `sitrep publish`: read documents (files, directories, feeds, URLs) and queue them on
//! the JetStream work queue for `sitrep worker`s (see `queue.rs`).
//!
//! Each document is one message, its JSON form, with the SHA-256 of that JSON as the
//! message id: publishing the same input again within the deduplication window queues
//! nothing new (JetStream drops it and says so), so a publisher that crashed can simply be
//! run again. A document is counted as queued only once the server acknowledged storing it.

use std::time::Duration;

use async_nats::jetstream::context::PublishAckFuture;
use async_nats::jetstream::message::PublishMessage;
use sitrep_ingest::{read_inputs, Item, ReadOptions};

use super::guard::LimitArgs;
use super::queue::{message_id, ConfigFile, QueueArgs};

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories, RSS/Atom feed files, http(s) URLs (feeds or pages); `-` for
    /// standard input.
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub queue: QueueArgs,
    /// Read every input in this format (jsonl, html, text, feed) instead of by extension.
    #[arg(long, value_name = "FORMAT")]
    pub input: Option<String>,
    /// Publication date of documents that carry none (YYYY-MM-DD).
    #[arg(long)]
    pub published: Option<String>,
    /// Do not fetch the articles that feed entries link to.
    #[arg(long)]
    pub no_follow: bool,
    /// Timeout of one HTTP fetch, in seconds.
    #[arg(long, default_value_t = 20)]
    pub fetch_timeout: u64,
    /// Largest document accepted, in bytes of text; larger ones are reported and skipped.
    #[arg(long, default_value_t = 512 * 1024)]
    pub max_document_bytes: usize,
    #[command(flatten)]
    pub limits: LimitArgs,
    /// No summary on standard output.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Default, serde::Serialize)]
struct Summary {
    read: u64,
    queued: u64,
    /// Already queued within the deduplication window: dropped by JetStream.
    duplicates: u64,
    failed: u64,
}

/// Publishes not yet acknowledged by the server at any time (pipelined, bounded).
const IN_FLIGHT: usize = 256;

pub fn run(args: Args) -> anyhow::Result<i32> {
    let file = ConfigFile::read(args.queue.config.as_deref())?;
    let queue = args.queue.resolve(&file)?;
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
    let inputs = if args.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        args.inputs.clone()
    };

    let rt = super::queue::runtime()?;
    let js = rt.block_on(queue.connect())?;
    rt.block_on(queue.work_stream(&js))?;
    let mut summary = Summary::default();
    let mut pending: Vec<(String, PublishAckFuture)> = Vec::with_capacity(IN_FLIGHT);
    let settle = |pending: &mut Vec<(String, PublishAckFuture)>, s: &mut Summary| {
        for (id, ack) in pending.drain(..) {
            match rt.block_on(async { ack.await }) {
                Ok(a) if a.duplicate => s.duplicates += 1,
                Ok(_) => s.queued += 1,
                Err(e) => {
                    s.failed += 1;
                    eprintln!("sitrep: warning: {id}: not queued: {e}");
                }
            }
        }
    };
    // Reading happens here, outside the runtime: fetching URLs blocks.
    for item in read_inputs(&inputs, &options) {
        match item {
            Item::Failed(f) => {
                summary.failed += 1;
                eprintln!("sitrep: warning: {f}");
            }
            Item::Document(doc) => {
                summary.read += 1;
                let payload = serde_json::to_vec(&doc)?;
                let publish = PublishMessage::build()
                    .message_id(message_id(&payload))
                    .payload(payload.into());
                match rt.block_on(js.send_publish(queue.subject.clone(), publish)) {
                    Ok(ack) => pending.push((doc.id.clone(), ack)),
                    Err(e) => {
                        summary.failed += 1;
                        eprintln!("sitrep: warning: {}: not queued: {e}", doc.id);
                    }
                }
                if pending.len() >= IN_FLIGHT {
                    settle(&mut pending, &mut summary);
                }
            }
        }
    }
    settle(&mut pending, &mut summary);
    rt.block_on(js_flush(&js))?;
    if !args.quiet {
        println!("{}", serde_json::to_string(&summary)?);
    }
    Ok(if summary.failed > 0 { 1 } else { 0 })
}

async fn js_flush(js: &async_nats::jetstream::Context) -> anyhow::Result<()> {
    js.client().flush().await?;
    Ok(())
}
