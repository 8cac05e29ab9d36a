//! What `publish`, `worker` and `status` share: the NATS JetStream work queue and its
//! configuration (flags, then `SITREP_*` environment variables, then a config file, then
//! defaults).
//!
//! The queue is a JetStream stream with work-queue retention over one subject: a message
//! (a JSON [`InputDocument`]) stays until a worker acknowledges it, and each is delivered
//! to one worker of the durable pull consumer at a time. Publishing sets a message id (the
//! SHA-256 of the serialised document), so the same input published twice within the
//! stream's deduplication window is queued once. Messages a worker cannot process after
//! `max_deliver` attempts go to the dead-letter subject, kept by a second stream with
//! ordinary (limits) retention, with the error in a header.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use async_nats::jetstream::{self, consumer, stream};
use sha2::{Digest, Sha256};
use sitrep_record::InputDocument;

/// The durable consumer every worker pulls from (they share its messages).
pub const CONSUMER: &str = "sitrep-workers";
/// The header carrying a dead-lettered document's error.
pub const ERROR_HEADER: &str = "Sitrep-Error";
/// The header carrying the number of attempts a dead-lettered document had.
pub const ATTEMPTS_HEADER: &str = "Sitrep-Attempts";
/// Deliveries the server allows beyond `max_deliver` (see [`Queue::consumer`]).
const SERVER_DELIVERY_MARGIN: i64 = 2;

/// Connection and queue options of the three commands.
#[derive(clap::Args, Debug, Clone)]
pub struct QueueArgs {
    /// NATS server URL [env: SITREP_NATS] [default: nats://127.0.0.1:4222].
    #[arg(long, env = "SITREP_NATS", hide_env = true)]
    pub nats: Option<String>,
    /// JetStream stream of the work queue [env: SITREP_STREAM] [default: SITREP].
    #[arg(long, env = "SITREP_STREAM", hide_env = true)]
    pub stream: Option<String>,
    /// Subject documents are published on [env: SITREP_SUBJECT] [default:
    /// sitrep.documents].
    #[arg(long, env = "SITREP_SUBJECT", hide_env = true)]
    pub subject: Option<String>,
    /// Subject failed documents go to after their last attempt [env:
    /// SITREP_DEAD_LETTER_SUBJECT] [default: sitrep.dead].
    #[arg(long, env = "SITREP_DEAD_LETTER_SUBJECT", hide_env = true)]
    pub dead_letter_subject: Option<String>,
    /// Attempts per document before it is dead-lettered [env: SITREP_MAX_DELIVER]
    /// [default: 3].
    #[arg(long, env = "SITREP_MAX_DELIVER", hide_env = true)]
    pub max_deliver: Option<i64>,
    /// Seconds a delivered document may stay unacknowledged before it is delivered again
    /// (to another worker: the first one is presumed dead) [env: SITREP_ACK_WAIT]
    /// [default: 60].
    #[arg(long, env = "SITREP_ACK_WAIT", hide_env = true)]
    pub ack_wait: Option<u64>,
    /// Seconds within which a republished document (same message id) is dropped
    /// [env: SITREP_DEDUP_WINDOW] [default: 86400].
    #[arg(long, env = "SITREP_DEDUP_WINDOW", hide_env = true)]
    pub dedup_window: Option<u64>,
    /// A config file of `key = value` lines; keys are these options' long names
    /// (`nats`, `db`, `stream`, `batch`, ...), `#` starts a comment. Flags and
    /// environment variables override it [env: SITREP_CONFIG].
    #[arg(long, env = "SITREP_CONFIG", hide_env = true)]
    pub config: Option<PathBuf>,
}

/// A parsed config file: option name to value.
#[derive(Debug, Default, Clone)]
pub struct ConfigFile(HashMap<String, String>);

impl ConfigFile {
    pub fn read(path: Option<&Path>) -> anyhow::Result<ConfigFile> {
        let Some(path) = path else {
            return Ok(ConfigFile::default());
        };
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading config file {}", path.display()))?;
        ConfigFile::parse(&text).with_context(|| format!("in config file {}", path.display()))
    }

    pub fn parse(text: &str) -> anyhow::Result<ConfigFile> {
        let mut map = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let Some((key, value)) = line.split_once('=') else {
                anyhow::bail!("line {}: expected `key = value`", n + 1);
            };
            let key = key.trim().replace('_', "-").to_ascii_lowercase();
            let value = value.trim().trim_matches('"').to_string();
            map.insert(key, value);
        }
        Ok(ConfigFile(map))
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// A value of the file parsed as `T`, with the key in the error.
    pub fn parsed<T: std::str::FromStr>(&self, key: &str) -> anyhow::Result<Option<T>>
    where
        T::Err: std::fmt::Display,
    {
        self.get(key)
            .map(|v| {
                v.parse::<T>()
                    .map_err(|e| anyhow::anyhow!("config `{key}`: {e}"))
            })
            .transpose()
    }
}

/// The resolved queue settings.
#[derive(Debug, Clone)]
pub struct Queue {
    pub nats: String,
    pub stream: String,
    pub subject: String,
    pub dead_letter_subject: String,
    pub max_deliver: i64,
    pub ack_wait: Duration,
    pub dedup_window: Duration,
}

impl QueueArgs {
    /// Flags and environment (already in `self`), then the file, then defaults.
    pub fn resolve(&self, file: &ConfigFile) -> anyhow::Result<Queue> {
        let text = |v: &Option<String>, key: &str, default: &str| -> String {
            v.clone()
                .or_else(|| file.get(key).map(String::from))
                .unwrap_or_else(|| default.to_string())
        };
        let queue = Queue {
            nats: text(&self.nats, "nats", "nats://127.0.0.1:4222"),
            stream: text(&self.stream, "stream", "SITREP"),
            subject: text(&self.subject, "subject", "sitrep.documents"),
            dead_letter_subject: text(
                &self.dead_letter_subject,
                "dead-letter-subject",
                "sitrep.dead",
            ),
            max_deliver: match self.max_deliver {
                Some(n) => n,
                None => file.parsed("max-deliver")?.unwrap_or(3),
            },
            ack_wait: Duration::from_secs(match self.ack_wait {
                Some(n) => n,
                None => file.parsed("ack-wait")?.unwrap_or(60),
            }),
            dedup_window: Duration::from_secs(match self.dedup_window {
                Some(n) => n,
                None => file.parsed("dedup-window")?.unwrap_or(86_400),
            }),
        };
        if queue.max_deliver < 1 {
            anyhow::bail!("--max-deliver must be at least 1");
        }
        if queue.subject == queue.dead_letter_subject {
            anyhow::bail!("the dead-letter subject must differ from the document subject");
        }
        Ok(queue)
    }
}

impl Queue {
    /// The dead-letter stream's name.
    pub fn dead_letter_stream(&self) -> String {
        format!("{}_DEAD", self.stream)
    }

    pub async fn connect(&self) -> anyhow::Result<jetstream::Context> {
        let client = async_nats::ConnectOptions::new()
            .name("sitrep")
            .connect(self.nats.as_str())
            .await
            .with_context(|| format!("connecting to NATS at {}", self.nats))?;
        Ok(jetstream::new(client))
    }

    /// The work-queue stream, created when missing.
    pub async fn work_stream(&self, js: &jetstream::Context) -> anyhow::Result<stream::Stream> {
        js.get_or_create_stream(stream::Config {
            name: self.stream.clone(),
            subjects: vec![self.subject.clone()],
            retention: stream::RetentionPolicy::WorkQueue,
            storage: stream::StorageType::File,
            duplicate_window: self.dedup_window,
            ..Default::default()
        })
        .await
        .with_context(|| format!("opening JetStream stream {}", self.stream))
    }

    /// The dead-letter stream, created when missing.
    pub async fn dead_letter(&self, js: &jetstream::Context) -> anyhow::Result<stream::Stream> {
        js.get_or_create_stream(stream::Config {
            name: self.dead_letter_stream(),
            subjects: vec![self.dead_letter_subject.clone()],
            retention: stream::RetentionPolicy::Limits,
            storage: stream::StorageType::File,
            ..Default::default()
        })
        .await
        .with_context(|| format!("opening JetStream stream {}", self.dead_letter_stream()))
    }

    /// The durable pull consumer all workers share, created when missing. An existing one
    /// takes this worker's `ack_wait` and `max_deliver` (the server updates those fields
    /// of a durable consumer created again with the same name), so the last worker
    /// started sets them.
    pub async fn consumer(
        &self,
        stream: &stream::Stream,
    ) -> anyhow::Result<consumer::Consumer<consumer::pull::Config>> {
        stream
            .create_consumer(consumer::pull::Config {
                durable_name: Some(CONSUMER.to_string()),
                ack_policy: consumer::AckPolicy::Explicit,
                ack_wait: self.ack_wait,
                // The worker dead-letters a document at its `max_deliver`th attempt. The
                // server stops delivering a little later, not at that attempt: if a
                // delivery count is ever reported low, the document still comes back once
                // more and is dead-lettered then, instead of staying stuck in the queue.
                max_deliver: self.max_deliver.saturating_add(SERVER_DELIVERY_MARGIN),
                ..Default::default()
            })
            .await
            .context("opening the JetStream consumer")
    }
}

/// The message id of a document: the SHA-256 of its JSON form (same input, same id).
pub fn message_id(payload: &[u8]) -> String {
    sitrep_store::dedup::hex(&Sha256::digest(payload))
}

/// Decode a queued document.
pub fn decode(payload: &[u8]) -> Result<InputDocument, String> {
    serde_json::from_slice(payload).map_err(|e| format!("not a queued document: {e}"))
}

/// A multi-threaded runtime for the NATS client. Its I/O runs on its own thread, so the
/// connection stays alive (pings answered) while the calling thread extracts and writes;
/// the PostgreSQL client is synchronous and is only ever called outside `block_on`.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_file_is_overridden_by_flags() {
        let file = ConfigFile::parse(
            "# queue\nnats = nats://10.0.0.1:4222\nmax_deliver = 5 # attempts\nstream=\"X\"\n",
        )
        .unwrap();
        let args = QueueArgs {
            nats: None,
            stream: Some("FLAG".into()),
            subject: None,
            dead_letter_subject: None,
            max_deliver: None,
            ack_wait: None,
            dedup_window: None,
            config: None,
        };
        let q = args.resolve(&file).unwrap();
        assert_eq!(q.nats, "nats://10.0.0.1:4222");
        assert_eq!(q.stream, "FLAG");
        assert_eq!(q.max_deliver, 5);
        assert_eq!(q.subject, "sitrep.documents");
        assert_eq!(q.ack_wait, Duration::from_secs(60));
        assert!(ConfigFile::parse("no equals sign").is_err());
        let bad = ConfigFile::parse("max-deliver = many").unwrap();
        assert!(args.resolve(&bad).is_err());
    }

    #[test]
    fn message_ids_follow_content() {
        assert_eq!(message_id(b"{\"id\":\"a\"}"), message_id(b"{\"id\":\"a\"}"));
        assert_ne!(message_id(b"{\"id\":\"a\"}"), message_id(b"{\"id\":\"b\"}"));
        assert!(decode(b"not json").is_err());
    }
}
