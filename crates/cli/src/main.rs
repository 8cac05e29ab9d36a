//! `sitrep`: the command line. Each subcommand lives in `commands/`.

use clap::{Parser, Subcommand};

mod alloc;
mod commands;
mod inputs;
mod summary;
mod validate;

#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

/// The version, with the commit it was built from (`build.rs`).
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("SITREP_COMMIT"), ")");

#[derive(Parser)]
#[command(
    name = "sitrep",
    version = VERSION,
    about = "Turn news into structured, sourced event data (PLOVER/CAMEO)."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code documents into records (JSON Lines on standard output).
    Extract(commands::extract::Args),
    /// Extract documents into the corpus database.
    Ingest(commands::ingest::Args),
    /// Query events in the corpus database.
    Query(commands::query::Args),
    /// Export events from the corpus database.
    Export(commands::export::Args),
    /// Work with user dictionaries (`dictionary check PATH`, `dictionary import PATH`).
    Dictionary(commands::dictionary::Args),
    /// Serve the HTTP API and the analyst dashboard over the corpus database.
    Serve(commands::serve::Args),
    /// Write a brief ("what you should know") on a dyad from the corpus database.
    Brief(commands::brief::Args),
    /// Check or compact the corpus database.
    Db(commands::db::Args),
    /// Print shell completions (bash, zsh, fish, elvish, powershell) or the man page.
    Completions(commands::completions::Args),
    /// Print the JSON Schema of the records `extract` writes (docs/record.schema.json).
    Schema,
    /// Queue documents on the NATS JetStream work queue for `sitrep worker`s.
    #[cfg(feature = "scale")]
    Publish(commands::publish::Args),
    /// Pull queued documents, extract them and store them (any number, any host).
    #[cfg(feature = "scale")]
    Worker(commands::worker::Args),
    /// Show the work queue's progress: queued, in flight, done, failed.
    #[cfg(feature = "scale")]
    Status(commands::status::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Query(args) => commands::query::run(args),
        Command::Export(args) => commands::export::run(args),
        Command::Dictionary(args) => commands::dictionary::run(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Brief(args) => commands::brief::run(args),
        Command::Db(args) => commands::db::run(args),
        Command::Completions(args) => commands::completions::run(args),
        Command::Schema => commands::completions::schema(),
        #[cfg(feature = "scale")]
        Command::Publish(args) => commands::publish::run(args),
        #[cfg(feature = "scale")]
        Command::Worker(args) => commands::worker::run(args),
        #[cfg(feature = "scale")]
        Command::Status(args) => commands::status::run(args),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(err) => {
            eprintln!("sitrep: error: {err:#}");
            std::process::exit(2);
        }
    }
}
