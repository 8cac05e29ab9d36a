//! `sitrep export`: events of the corpus database as CSV, JSON Lines, a GDELT 2.0
//! event-table TSV or Parquet (formats documented in `sitrep_store::export`), and the
//! quotes, quantities and entities tables (`--table`, `sitrep_store::tables`).

use std::io::IsTerminal;
use std::path::PathBuf;

use sitrep_store::export::{export_events, ExportOptions};
use sitrep_store::tables::{export_table, Table};
use sitrep_store::{EventFilter, ExportFormat, SqliteStore};

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
    /// Apache Parquet (to a file, or to standard output when it is not a terminal).
    Parquet,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The corpus database: an SQLite file (created when missing) or a
    /// `postgres://user@host/database` URL.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: Format,
    /// What to export: events, or the quotes, quantities (casualty, munitions and other
    /// figures) or entities of every stored document (event filters apply to events only).
    #[arg(long, default_value = "events")]
    pub table: String,
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
    let table = match args.table.to_ascii_lowercase().as_str() {
        "events" => None,
        other => Some(other.parse::<Table>().map_err(anyhow::Error::msg)?),
    };
    if table.is_some() && filter != EventFilter::default() {
        anyhow::bail!("event filters apply to --table events only");
    }
    let format = match args.format {
        Format::Csv => ExportFormat::Csv,
        Format::Jsonl => ExportFormat::Jsonl,
        Format::Gdelt => ExportFormat::Gdelt,
        Format::Parquet => ExportFormat::Parquet,
    };
    if table.is_some() && format == ExportFormat::Gdelt {
        anyhow::bail!("the GDELT format has events only; use --format csv, jsonl or parquet");
    }
    let to_stdout = args.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    // Refused before anything is opened or created: binary data on a terminal helps nobody.
    if to_stdout && format == ExportFormat::Parquet && std::io::stdout().is_terminal() {
        anyhow::bail!(
            "Parquet is a binary format: name a file with --output, or redirect standard output"
        );
    }
    let store = match args
        .db
        .to_str()
        .filter(|s| sitrep_store::is_postgres_url(s))
    {
        Some(_) if table.is_some() => anyhow::bail!(
            "--table exports read SQLite tables directly; from PostgreSQL, export events \
             (or use psql's \\copy)"
        ),
        Some(_) => Opened::Any(super::query::open_read(&args.db)?),
        None => Opened::Sqlite(SqliteStore::open_read_only(&args.db)?),
    };
    let options = ExportOptions {
        gdelt_header: args.header,
    };
    let written = if to_stdout {
        export_to(&store, table, &filter, format, &options, std::io::stdout())?
    } else {
        let path = args.output.as_ref().expect("checked above");
        // Written beside the target and renamed into place (a reader never sees a
        // half-written export); only a regular file is replaced, never the database.
        sitrep_store::outfile::write_atomically(path, &args.db, |file| {
            export_to(&store, table, &filter, format, &options, file)
                .map_err(|e| sitrep_store::StoreError::Invalid(format!("{e:#}")))
        })?
    };
    if args.verbose {
        let what = table.map_or("events", |t| match t {
            Table::Quotes => "quotes",
            Table::Quantities => "quantities",
            Table::Entities => "entities",
        });
        eprintln!("sitrep: exported {written} {what}");
    }
    Ok(0)
}

/// The store an export reads: table exports need the SQLite file itself.
enum Opened {
    Sqlite(SqliteStore),
    Any(Box<dyn sitrep_store::Store>),
}

/// Export events (`table` `None`) or a table to `out`; returns the rows written.
fn export_to<W: std::io::Write + Send>(
    store: &Opened,
    table: Option<Table>,
    filter: &EventFilter,
    format: ExportFormat,
    options: &ExportOptions,
    out: W,
) -> anyhow::Result<u64> {
    Ok(match (store, table) {
        (Opened::Sqlite(s), None) => export_events(s, filter, format, options, out)?,
        (Opened::Any(s), None) => export_events(s.as_ref(), filter, format, options, out)?,
        (Opened::Sqlite(s), Some(t)) => export_table(s, t, format, out)?,
        (Opened::Any(_), Some(_)) => anyhow::bail!("table exports need an SQLite database"),
    })
}
