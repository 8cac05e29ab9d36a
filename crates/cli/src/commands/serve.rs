//! `sitrep serve`: the HTTP API and dashboard (crate `sitrep-server`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Result};
use clap::Parser;

#[derive(Parser)]
#[command(
    after_help = "Examples:\n  sitrep ingest examples/articles.jsonl ../shared/corpora/voa/\n  \
    sitrep serve                      # http://127.0.0.1:8080/\n  \
    SITREP_TOKEN=secret sitrep serve --addr 0.0.0.0:8080   # every request needs the token"
)]
pub struct Args {
    /// The corpus database (`sitrep ingest` writes it): an SQLite file or a
    /// `postgres://` URL; opened read-only.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    /// Address to listen on. Loopback by default; any other address requires --token.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Token every request must carry (`Authorization: Bearer TOKEN`, or `?token=` once in
    /// a browser). Required when --addr is not a loopback address.
    #[arg(long, env = "SITREP_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Longest a query may run before it is stopped (seconds).
    #[arg(long, default_value_t = 10)]
    pub query_timeout: u64,
    /// Largest request body accepted (bytes; `POST /api/extract`).
    #[arg(long, default_value_t = 1024 * 1024)]
    pub max_body_bytes: usize,
    /// Read-only database connections (queries served at once).
    #[arg(long, default_value_t = 4)]
    pub connections: usize,
}

pub fn run(args: Args) -> Result<i32> {
    if args.query_timeout == 0 || args.connections == 0 || args.max_body_bytes == 0 {
        bail!("--query-timeout, --connections and --max-body-bytes must be at least 1");
    }
    let limits = sitrep_server::Limits {
        max_body: args.max_body_bytes,
        query_timeout: Duration::from_secs(args.query_timeout),
        ..sitrep_server::Limits::default()
    };
    let server = sitrep_server::start(sitrep_server::ServeConfig {
        db: args.db.clone(),
        addr: args.addr,
        token: args.token.clone(),
        limits,
        connections: args.connections.min(64),
    })
    .map_err(anyhow::Error::msg)?;
    let url = format!("http://{}/", server.addr);
    eprintln!(
        "sitrep: serving {} at {url}{} (API: {url}api/openapi.json); Ctrl-C stops",
        args.db.display(),
        if args.token.is_some() {
            " (token required)"
        } else {
            ""
        }
    );
    sitrep_server::wait_for_ctrl_c();
    eprintln!("sitrep: stopping");
    server.stop()?;
    Ok(0)
}
