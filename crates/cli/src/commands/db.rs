//! `sitrep db`: look after the corpus database file.
//!
//! * `check`: bring the schema up to date, run SQLite's integrity check and the full-text
//!   index check, print the row counts, and move everything from the write-ahead log
//!   (`sitrep.db-wal`) into `sitrep.db` so the file alone is complete (safe to copy).
//! * `vacuum`: the same checkpoint, then rewrite the file compactly (after many
//!   re-ingests, or before sending a copy), printing the size before and after.

use std::path::{Path, PathBuf};

use sitrep_store::{SqliteStore, Store};

use super::query::{print_rows, OutputFormat};

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(clap::Subcommand)]
pub enum Action {
    /// Check the database (integrity, full-text index), print its row counts, and make the
    /// file complete without its -wal.
    Check(Common),
    /// Checkpoint, then rewrite the database compactly.
    Vacuum(Common),
}

#[derive(clap::Args)]
pub struct Common {
    /// The corpus database.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
}

/// Bytes of the database file and of its write-ahead log.
fn sizes(db: &Path) -> (u64, u64) {
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    (size(db), size(Path::new(&wal)))
}

fn open(db: &Path) -> anyhow::Result<SqliteStore> {
    // Opening for writing would create an empty database: a typo must not do that.
    if !db.exists() {
        anyhow::bail!(
            "no database at {} (run `sitrep ingest` first, or name one with --db)",
            db.display()
        );
    }
    Ok(SqliteStore::open(db)?)
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.action {
        Action::Check(c) => {
            let store = open(&c.db)?;
            let integrity = store.check_integrity();
            let stats = store.stats()?;
            let complete = store.checkpoint()?;
            store.close()?;
            let (file_bytes, wal_bytes) = sizes(&c.db);
            let mut json = serde_json::to_value(&stats)?;
            let obj = json.as_object_mut().expect("stats are an object");
            obj.insert(
                "integrity".into(),
                match &integrity {
                    Ok(()) => "ok".into(),
                    Err(e) => e.to_string().into(),
                },
            );
            obj.insert("file_bytes".into(), file_bytes.into());
            obj.insert("wal_bytes".into(), wal_bytes.into());
            obj.insert("file_complete".into(), complete.into());
            let headers: Vec<String> = obj.keys().cloned().collect();
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let row: Vec<String> = obj
                .values()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), String::from))
                .collect();
            print_rows(c.format, &headers, &[], &[row], std::slice::from_ref(&json))?;
            if !complete {
                eprintln!(
                    "sitrep: note: another process is reading the database; part of the data \
                     is still in {}-wal until it finishes",
                    c.db.display()
                );
            }
            match integrity {
                Ok(()) => Ok(0),
                Err(e) => {
                    eprintln!("sitrep: {}: {e}", c.db.display());
                    Ok(1)
                }
            }
        }
        Action::Vacuum(c) => {
            let before = sizes(&c.db);
            let store = open(&c.db)?;
            store.vacuum()?;
            store.close()?;
            let after = sizes(&c.db);
            let json = serde_json::json!({
                "bytes_before": before.0 + before.1,
                "bytes_after": after.0 + after.1,
            });
            print_rows(
                c.format,
                &["bytes_before", "bytes_after"],
                &[],
                &[vec![
                    (before.0 + before.1).to_string(),
                    (after.0 + after.1).to_string(),
                ]],
                std::slice::from_ref(&json),
            )?;
            Ok(0)
        }
    }
}
