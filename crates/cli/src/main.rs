//! `sitrep`: the command line. Each subcommand lives in `commands/`.

use clap::{Parser, Subcommand};

mod commands;

#[derive(Parser)]
#[command(
    name = "sitrep",
    version,
    about = "Turn news into structured, sourced event data (PLOVER/CAMEO)."
)]
struct Cli {
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
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Query(args) => commands::query::run(args),
        Command::Export(args) => commands::export::run(args),
        Command::Dictionary(args) => commands::dictionary::run(args),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(err) => {
            eprintln!("sitrep: error: {err:#}");
            std::process::exit(2);
        }
    }
}
