//! `sitrep export`: events of the corpus database as CSV, JSON Lines, a GDELT 2.0
//! event-table TSV or Parquet (formats documented in `sitrep_store::export`).

use std::path::PathBuf;

use sitrep_store::export::{export_events, ExportOptions};
use sitrep_store::{ExportFormat, SqliteStore};

use super::query::FilterArgs;

/// Export file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object an event.
    Jsonl,
    /// The GDELT 2.0 event table: 61 tab-separated columns, no header (see --header).
    Gdelt,
    /// Apache Parquet (needs --output).
    Parquet,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The corpus database.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// Output file; standard output when absent or `-`.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Write a header row in GDELT output (GDELT's own files have none).
    #[arg(long)]
    pub header: bool,
    /// Print the number of events exported on standard error.
    #[arg(long)]
    pub verbose: bool,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let filter = args.filter.to_filter()?;
    let store = SqliteStore::open_read_only(&args.db)?;
    let format = match args.format {
        Format::Csv => ExportFormat::Csv,
        Format::Jsonl => ExportFormat::Jsonl,
        Format::Gdelt => ExportFormat::Gdelt,
        Format::Parquet => ExportFormat::Parquet,
    };
    let options = ExportOptions {
        gdelt_header: args.header,
    };
    let to_stdout = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    let written = if to_stdout {
        if format == ExportFormat::Parquet {
            anyhow::bail!("Parquet is a binary format: name a file with --output");
        }
        export_events(&store, &filter, format, &options, std::io::stdout())?
    } else {
        let path = args.output.as_ref().expect("checked above");
        // Written beside the target and renamed into place (a reader never sees a
        // half-written export); only a regular file is replaced, never the database.
        sitrep_store::outfile::write_atomically(path, &args.db, |file| {
            export_events(&store, &filter, format, &options, file)
        })?
    };
    if args.verbose {
        eprintln!("sitrep: exported {written} events");
    }
    Ok(0)
}
