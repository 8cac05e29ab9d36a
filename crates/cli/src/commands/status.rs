//! `sitrep status`: progress and lag of the work queue (and, with `--db`, of the store).
//!
//! * `queued`: published and not yet delivered to any worker;
//! * `in_flight`: delivered, not yet acknowledged (being extracted or written, or held by
//!   a worker that died: they are delivered again after the ack wait);
//! * `done`: acknowledged (stored, or found already stored);
//! * `failed`: in the dead-letter stream.

use async_nats::jetstream;

use super::queue::{ConfigFile, QueueArgs, CONSUMER};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub queue: QueueArgs,
    /// Also report the store's row counts (`postgres://...` or an SQLite file).
    #[arg(long, env = "SITREP_DB", hide_env = true)]
    pub db: Option<String>,
}

#[derive(Debug, serde::Serialize)]
struct Status {
    stream: String,
    queued: u64,
    in_flight: u64,
    done: u64,
    failed: u64,
    /// Messages ever stored in the work stream (publishes the deduplication window
    /// dropped are not counted).
    published: u64,
    /// Workers pulling right now (pull requests waiting at the server).
    waiting_pulls: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    store: Option<sitrep_store::StoreStats>,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let file = ConfigFile::read(args.queue.config.as_deref())?;
    let queue = args.queue.resolve(&file)?;
    let db = args.db.clone().or_else(|| file.get("db").map(String::from));
    let rt = super::queue::runtime()?;
    let status = rt.block_on(async {
        let js = queue.connect().await?;
        let mut stream = queue.work_stream(&js).await?;
        let mut dead = queue.dead_letter(&js).await?;
        let stream_info = stream.info().await?.clone();
        let dead_info = dead.info().await?.clone();
        // Before the first worker starts there is no consumer: everything is queued.
        let consumer = stream
            .get_consumer::<jetstream::consumer::pull::Config>(CONSUMER)
            .await;
        let (queued, in_flight, waiting) = match consumer {
            Ok(mut c) => {
                let info = c.info().await?;
                (
                    info.num_pending,
                    info.num_ack_pending as u64,
                    info.num_waiting as u64,
                )
            }
            Err(_) => (stream_info.state.messages, 0, 0),
        };
        let failed = dead_info.state.messages;
        let published = stream_info.state.last_sequence;
        anyhow::Ok(Status {
            stream: queue.stream.clone(),
            queued,
            in_flight,
            // Work-queue retention deletes a message when it is acknowledged; dead-lettered
            // messages are acknowledged too, so they are subtracted.
            done: published
                .saturating_sub(stream_info.state.messages)
                .saturating_sub(failed),
            failed,
            published,
            waiting_pulls: waiting,
            store: None,
        })
    });
    let mut status = status?;
    // The synchronous PostgreSQL client runs outside the runtime.
    if let Some(db) = db {
        match sitrep_store::open_read_only(&db) {
            Ok(store) => status.store = Some(store.stats()?),
            // Before the first worker or ingest migrates it, the database has no tables.
            Err(sitrep_store::StoreError::Schema(why)) => {
                eprintln!("sitrep: note: the store holds nothing yet ({why})");
            }
            Err(e) => return Err(e.into()),
        }
    }
    println!("{}", serde_json::to_string_pretty(&status)?);
    Ok(0)
}
