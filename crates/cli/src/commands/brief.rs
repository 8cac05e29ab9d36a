//! `sitrep brief`: "what you should know" about a dyad, in Markdown or HTML.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Parser, ValueEnum};
use sitrep_server::brief::{build, BriefRequest};
use sitrep_server::filters::Params;
use sitrep_store::SqliteStore;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Markdown,
    Html,
    Json,
}

#[derive(Parser)]
#[command(after_help = "Example:\n  sitrep brief --dyad RUS,PRK --since 2025-01-01 > rus-prk.md")]
pub struct Args {
    /// The two actors (codes or names), A,B.
    #[arg(long, value_name = "A,B")]
    pub dyad: String,
    /// First date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Last date.
    #[arg(long)]
    pub until: Option<String>,
    /// Most events listed in each section.
    #[arg(long, default_value_t = 12)]
    pub max_items: usize,
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: Format,
    /// Write here instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
}

pub fn run(args: Args) -> Result<i32> {
    // The same checks as the API's (dates, the dyad), so both refuse the same values.
    let mut pairs = vec![("dyad".to_string(), args.dyad.clone())];
    pairs.extend(args.since.clone().map(|s| ("since".to_string(), s)));
    pairs.extend(args.until.clone().map(|s| ("until".to_string(), s)));
    let mut request = BriefRequest::from_params(&Params(pairs)).map_err(anyhow::Error::msg)?;
    request.max_items = args.max_items.clamp(1, 200);
    let store = SqliteStore::open_read_only(&args.db)?;
    let brief = build(&store, &request)?;
    let text = match args.format {
        Format::Markdown => brief.to_markdown(),
        Format::Html => sitrep_server::pages::brief_document(&brief),
        Format::Json => serde_json::to_string_pretty(&brief)? + "\n",
    };
    match &args.output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => std::io::stdout().write_all(text.as_bytes())?,
    }
    Ok(0)
}
