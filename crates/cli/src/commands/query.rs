//! `sitrep query`: events, their mentions, per-period aggregates and article search from the
//! corpus database, as an aligned table, JSON Lines or CSV.

use std::io::Write;
use std::path::PathBuf;

use sitrep_store::query::parse_quad;
use sitrep_store::{EventFilter, Period, SqliteStore, Store};

/// Output format of commands that print rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for a terminal, long text truncated.
    Table,
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

/// Event filters shared by `query` and `export`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterArgs {
    /// Actor: country code (RUS), CAMEO actor code prefix (RUSMIL) or part of a name.
    #[arg(long)]
    pub actor: Option<String>,
    /// Recipient (target), matched like --actor.
    #[arg(long)]
    pub recipient: Option<String>,
    /// Two parties in either direction, e.g. `RUS,PRK` (also `RUS-PRK`).
    #[arg(long, value_name = "A,B")]
    pub dyad: Option<String>,
    /// PLOVER category (ASSAULT, AGREE, ...).
    #[arg(long)]
    pub category: Option<String>,
    /// CAMEO event code prefix (`19`, `051`).
    #[arg(long)]
    pub cameo: Option<String>,
    /// Quad class: 1-4 or verbal-cooperation, material-cooperation, verbal-conflict,
    /// material-conflict.
    #[arg(long)]
    pub quad: Option<String>,
    /// Modality (asserted, reported, claimed, alleged, believed, intended, denied,
    /// hypothetical).
    #[arg(long)]
    pub modality: Option<String>,
    /// Outlet (voanews.com) or reported source (KCNA, code or name).
    #[arg(long)]
    pub source: Option<String>,
    /// First date, inclusive (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Last date, inclusive (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Place: country code of the location or part of the place name.
    #[arg(long)]
    pub place: Option<String>,
    /// Full-text search of the articles mentioning the event (all words required).
    #[arg(long)]
    pub text: Option<String>,
    /// Only events with at least this many mentions.
    #[arg(long)]
    pub min_mentions: Option<i64>,
}

impl FilterArgs {
    /// The store filter, or a usage error.
    pub fn to_filter(&self) -> anyhow::Result<EventFilter> {
        let dyad = match &self.dyad {
            None => None,
            Some(d) => {
                // A comma separates when present, so names with hyphens still work.
                let seps: &[char] = if d.contains(',') { &[','] } else { &['-', '/'] };
                let parts: Vec<&str> = d
                    .split(seps)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect();
                match parts.as_slice() {
                    [a, b] => Some((a.to_string(), b.to_string())),
                    _ => anyhow::bail!("--dyad takes two parties, like RUS,PRK (got {d:?})"),
                }
            }
        };
        let quad = match &self.quad {
            None => None,
            Some(q) => Some(parse_quad(q).ok_or_else(|| {
                anyhow::anyhow!(
                    "--quad takes 1-4 or verbal-cooperation, material-cooperation, \
                     verbal-conflict, material-conflict (got {q:?})"
                )
            })?),
        };
        for (flag, value) in [("--from", &self.from), ("--to", &self.to)] {
            if let Some(v) = value {
                let ok = v.len() >= 4 && v.chars().all(|c| c.is_ascii_digit() || c == '-');
                if !ok {
                    anyhow::bail!("{flag} takes a date YYYY[-MM[-DD]] (got {v:?})");
                }
            }
        }
        Ok(EventFilter {
            actor: self.actor.clone(),
            recipient: self.recipient.clone(),
            dyad,
            category: self.category.clone(),
            cameo: self.cameo.clone(),
            quad,
            modality: self.modality.clone(),
            source: self.source.clone(),
            date_from: self.from.clone(),
            date_to: self.to.clone(),
            place: self.place.clone(),
            text: self.text.clone(),
            min_mentions: self.min_mentions,
            limit: None,
        })
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// The corpus database.
    #[arg(long, default_value = "sitrep.db")]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
    /// At most this many rows (default: 50 for a table, all otherwise).
    #[arg(long)]
    pub limit: Option<usize>,
    /// Counts and Goldstein totals per day, week or month instead of events.
    #[arg(long, value_name = "PERIOD")]
    pub aggregate: Option<String>,
    /// List every mention (with its evidence sentence) instead of merged events.
    #[arg(long, conflicts_with = "aggregate")]
    pub mentions: bool,
    /// Full-text search of articles (titles and texts) instead of events.
    #[arg(long, value_name = "WORDS", conflicts_with_all = ["aggregate", "mentions"])]
    pub search: Option<String>,
    /// Row counts of the database.
    #[arg(long, conflicts_with_all = ["aggregate", "mentions", "search"])]
    pub stats: bool,
}

/// Truncate to `width` characters, marking the cut with `…`; line breaks become spaces.
pub fn truncate(s: &str, width: usize) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= width {
        return flat;
    }
    let mut out: String = flat.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Print rows in the chosen format. `widths` caps each table column (0: uncapped).
pub fn print_rows(
    format: OutputFormat,
    headers: &[&str],
    widths: &[usize],
    rows: &[Vec<String>],
    json_rows: &[serde_json::Value],
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        OutputFormat::Jsonl => {
            for v in json_rows {
                serde_json::to_writer(&mut out, v)?;
                out.write_all(b"\n")?;
            }
        }
        OutputFormat::Csv => {
            writeln!(out, "{}", headers.join(","))?;
            for row in rows {
                let cells: Vec<_> = row
                    .iter()
                    .map(|c| sitrep_store::export::csv_field(c))
                    .collect();
                writeln!(out, "{}", cells.join(","))?;
            }
        }
        OutputFormat::Table => {
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|row| {
                    row.iter()
                        .enumerate()
                        .map(|(i, c)| match widths.get(i) {
                            Some(&w) if w > 0 => truncate(c, w),
                            _ => truncate(c, usize::MAX),
                        })
                        .collect()
                })
                .collect();
            let mut col = headers
                .iter()
                .map(|h| h.chars().count())
                .collect::<Vec<_>>();
            for row in &cells {
                for (i, c) in row.iter().enumerate() {
                    col[i] = col[i].max(c.chars().count());
                }
            }
            let line = |out: &mut dyn Write, row: &[String]| -> std::io::Result<()> {
                let mut s = String::new();
                for (i, c) in row.iter().enumerate() {
                    if i > 0 {
                        s.push_str("  ");
                    }
                    s.push_str(c);
                    if i + 1 < row.len() {
                        s.extend(std::iter::repeat_n(' ', col[i] - c.chars().count()));
                    }
                }
                writeln!(out, "{s}")
            };
            let head: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
            line(&mut out, &head)?;
            let rule: Vec<String> = col.iter().map(|w| "-".repeat(*w)).collect();
            line(&mut out, &rule)?;
            for row in &cells {
                line(&mut out, row)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn num(v: Option<f64>) -> String {
    v.map(|x| format!("{x}")).unwrap_or_default()
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let mut filter = args.filter.to_filter()?;
    let store = SqliteStore::open_read_only(&args.db)?;
    let limit = args.limit.or(match args.format {
        OutputFormat::Table => Some(50),
        _ => None,
    });

    if args.stats {
        let s = store.stats()?;
        let json = serde_json::to_value(&s)?;
        let obj = json.as_object().cloned().unwrap_or_default();
        let headers: Vec<&str> = obj.keys().map(String::as_str).collect();
        let row: Vec<String> = obj.values().map(|v| v.to_string()).collect();
        print_rows(
            args.format,
            &headers,
            &[],
            &[row],
            std::slice::from_ref(&json),
        )?;
        return Ok(0);
    }

    if let Some(words) = &args.search {
        let hits = store.search_documents(words, limit.unwrap_or(usize::MAX >> 1))?;
        let rows: Vec<Vec<String>> = hits
            .iter()
            .map(|h| {
                vec![
                    h.document.clone(),
                    opt(&h.published),
                    opt(&h.title),
                    h.snippet.clone(),
                ]
            })
            .collect();
        let json: Vec<_> = hits
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        print_rows(
            args.format,
            &["document", "published", "title", "snippet"],
            &[20, 10, 40, 80],
            &rows,
            &json,
        )?;
        return Ok(0);
    }

    if let Some(period) = &args.aggregate {
        let period: Period = period.parse().map_err(anyhow::Error::msg)?;
        let rows = store.aggregate(&filter, period)?;
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.period.clone(),
                    r.events.to_string(),
                    r.mentions.to_string(),
                    format!("{:.1}", r.goldstein_total),
                    format!("{:.1}", r.goldstein_weighted),
                    r.verbal_cooperation.to_string(),
                    r.material_cooperation.to_string(),
                    r.verbal_conflict.to_string(),
                    r.material_conflict.to_string(),
                ]
            })
            .collect();
        let json: Vec<_> = rows
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        print_rows(
            args.format,
            &[
                "period",
                "events",
                "mentions",
                "goldstein_total",
                "goldstein_weighted",
                "verbal_cooperation",
                "material_cooperation",
                "verbal_conflict",
                "material_conflict",
            ],
            &[],
            &table,
            &json,
        )?;
        return Ok(0);
    }

    filter.limit = limit;
    if args.mentions {
        let rows = store.mentions(&filter)?;
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|m| {
                vec![
                    m.event_id.clone(),
                    m.document.clone(),
                    opt(&m.date),
                    m.category.clone(),
                    m.cameo.clone(),
                    opt(&m.actor),
                    opt(&m.recipient),
                    m.modality.clone(),
                    m.trigger.clone(),
                    m.evidence.clone(),
                ]
            })
            .collect();
        let json: Vec<_> = rows
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        print_rows(
            args.format,
            &[
                "event",
                "document",
                "date",
                "category",
                "cameo",
                "actor",
                "recipient",
                "modality",
                "trigger",
                "evidence",
            ],
            &[16, 16, 10, 10, 5, 24, 24, 12, 16, 60],
            &table,
            &json,
        )?;
        return Ok(0);
    }

    let rows = store.events(&filter)?;
    match args.format {
        OutputFormat::Jsonl => {
            let json: Vec<_> = rows
                .iter()
                .map(serde_json::to_value)
                .collect::<Result<_, _>>()?;
            print_rows(args.format, &[], &[], &[], &json)?;
        }
        OutputFormat::Csv => {
            let table: Vec<Vec<String>> =
                rows.iter().map(sitrep_store::export::event_cells).collect();
            print_rows(
                args.format,
                &sitrep_store::export::EVENT_COLUMNS,
                &[],
                &table,
                &[],
            )?;
        }
        OutputFormat::Table => {
            let party = |name: &Option<String>, code: &Option<String>| match (
                name.as_ref().filter(|s| !s.is_empty()),
                code.as_ref().filter(|s| !s.is_empty()),
            ) {
                (Some(n), Some(c)) => format!("{n} ({c})"),
                (Some(n), None) => n.clone(),
                (None, Some(c)) => c.clone(),
                (None, None) => String::new(),
            };
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|e| {
                    vec![
                        opt(&e.date),
                        e.id.clone(),
                        e.category.clone(),
                        e.cameo.clone(),
                        num(e.goldstein),
                        party(&e.actor_name, &e.actor_cameo),
                        party(&e.recipient_name, &e.recipient_cameo),
                        party(&e.place_name, &e.place_code),
                        e.num_mentions.to_string(),
                        e.num_sources.to_string(),
                        opt(&e.evidence),
                    ]
                })
                .collect();
            print_rows(
                args.format,
                &[
                    "date",
                    "event",
                    "category",
                    "cameo",
                    "gold",
                    "actor",
                    "recipient",
                    "place",
                    "ment",
                    "src",
                    "evidence",
                ],
                &[10, 16, 10, 5, 5, 28, 28, 20, 4, 3, 60],
                &table,
                &[],
            )?;
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_marks_the_cut() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("ab\ncd", 10), "ab cd");
    }

    #[test]
    fn dyads_parse_in_either_spelling() {
        let f = FilterArgs {
            dyad: Some("RUS-PRK".into()),
            ..FilterArgs::default()
        };
        assert_eq!(
            f.to_filter().unwrap().dyad,
            Some(("RUS".into(), "PRK".into()))
        );
        let bad = FilterArgs {
            dyad: Some("RUS".into()),
            ..FilterArgs::default()
        };
        assert!(bad.to_filter().is_err());
    }
}
