//! `sitrep query`: events, their mentions, per-period aggregates and article search from the
//! corpus database, as an aligned table, JSON Lines or CSV.

use std::io::Write;
use std::path::PathBuf;

use sitrep_store::query::parse_quad;
use sitrep_store::{EventFilter, GroupKey, Period, Sort, SqliteStore, Store};

use crate::validate;

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
    /// Actor: a code, matched exactly (RUS, RUSMIL; a country code also matches the CAMEO
    /// codes it heads, RUSGOV), or words of its name, matched as whole words ("korean").
    #[arg(long)]
    pub actor: Option<String>,
    /// Recipient (target), matched like --actor.
    #[arg(long)]
    pub recipient: Option<String>,
    /// Country code of either party, actor or recipient (exact: UKR).
    #[arg(long)]
    pub country: Option<String>,
    /// Two parties in either direction, e.g. `RUS,PRK` (also `RUS-PRK`).
    #[arg(long, value_name = "A,B")]
    pub dyad: Option<String>,
    /// PLOVER categories, several separated by commas (ASSAULT,COERCE).
    #[arg(long)]
    pub category: Option<String>,
    /// CAMEO event codes or their first digits, several separated by commas (`19`, `051`).
    #[arg(long)]
    pub cameo: Option<String>,
    /// Quad class: 1-4 or verbal-cooperation, material-cooperation, verbal-conflict,
    /// material-conflict.
    #[arg(long)]
    pub quad: Option<String>,
    /// Modalities, several separated by commas (asserted, reported, claimed, alleged,
    /// believed, intended, denied, hypothetical).
    #[arg(long)]
    pub modality: Option<String>,
    /// Only events reported as having happened: leave out those whose every mention is
    /// negated ("did not fire"), denied, hypothetical or only intended.
    #[arg(long)]
    pub asserted_only: bool,
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
    /// Full-text search of the articles mentioning the event (all words required, stemmed:
    /// `sanction` finds "sanctions").
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
                validate::calendar_date(v, false).map_err(|e| anyhow::anyhow!("{flag}: {e}"))?;
            }
        }
        if let Some(c) = &self.category {
            validate::categories(c).map_err(anyhow::Error::msg)?;
        }
        if let Some(m) = &self.modality {
            validate::modalities(m).map_err(anyhow::Error::msg)?;
        }
        if let Some(c) = &self.cameo {
            validate::cameo_codes(c).map_err(anyhow::Error::msg)?;
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
            country: self.country.clone(),
            asserted_only: self.asserted_only,
            offset: None,
            sort: Sort::default(),
        })
    }
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
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutputFormat,
    /// At most this many rows (default: 50 for a table, all otherwise).
    #[arg(long)]
    pub limit: Option<usize>,
    /// Skip this many rows first (the next page of a table: --offset 50).
    #[arg(long)]
    pub offset: Option<usize>,
    /// Order of events: newest (the default), oldest, mentions (most first) or goldstein
    /// (most conflictual first).
    #[arg(long, default_value = "newest")]
    pub sort: String,
    /// Counts and Goldstein totals per day, week, month or year instead of events.
    #[arg(long, value_name = "PERIOD", conflicts_with = "group_by")]
    pub aggregate: Option<String>,
    /// Counts and Goldstein totals per category, actor, recipient, dyad, country (of the
    /// location) or period (day, week, month, year), most events first; with --limit, the
    /// top groups (--group-by dyad --limit 10: the top ten dyads).
    #[arg(long, value_name = "KEY")]
    pub group_by: Option<String>,
    /// List every mention (with its evidence sentence) instead of merged events.
    #[arg(long, conflicts_with_all = ["aggregate", "group_by"])]
    pub mentions: bool,
    /// Full-text search of articles (titles and texts, stemmed) instead of events.
    #[arg(long, value_name = "WORDS", conflicts_with_all = ["aggregate", "group_by", "mentions"])]
    pub search: Option<String>,
    /// Row counts of the database.
    #[arg(long, conflicts_with_all = ["aggregate", "group_by", "mentions", "search"])]
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
            let mut w = sitrep_store::export::csv_writer(&mut out);
            w.write_record(headers)?;
            for row in rows {
                w.write_record(row)?;
            }
            w.flush()?;
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

/// Counts and totals of groups (`--group-by`), one row each.
fn print_groups(format: OutputFormat, rows: &[sitrep_store::GroupRow]) -> anyhow::Result<()> {
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                if r.group.is_empty() {
                    "(none)".to_string()
                } else {
                    r.group.clone()
                },
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
        format,
        &[
            "group",
            "events",
            "mentions",
            "goldstein_total",
            "goldstein_weighted",
            "verbal_cooperation",
            "material_cooperation",
            "verbal_conflict",
            "material_conflict",
        ],
        &[40],
        &table,
        &json,
    )
}

/// Say on standard error which events a per-period table leaves out, instead of letting
/// totals silently miss the events dated only to a month or a year.
/// Open the store `--db` names for reading: a `postgres://` URL or an SQLite file.
pub(crate) fn open_read(db: &std::path::Path) -> anyhow::Result<Box<dyn Store>> {
    Ok(
        match db.to_str().filter(|s| sitrep_store::is_postgres_url(s)) {
            Some(url) => sitrep_store::open_read_only(url)?,
            None => Box::new(SqliteStore::open_read_only(db)?),
        },
    )
}

fn report_imprecise(store: &dyn Store, filter: &EventFilter, period: Period) -> anyhow::Result<()> {
    let (imprecise, undated) = store.imprecise_events(filter, period)?;
    if imprecise > 0 {
        let coarser = match period {
            Period::Day | Period::Week => "month or year",
            Period::Month => "year",
            Period::Year => "",
        };
        let hint = match period {
            Period::Day | Period::Week => "--aggregate month or year",
            _ => "--aggregate year",
        };
        eprintln!(
            "sitrep: note: {imprecise} matching event{} dated only to a {coarser} {} not in \
             these totals (see them with {hint})",
            if imprecise == 1 { "" } else { "s" },
            if imprecise == 1 { "is" } else { "are" },
        );
    }
    if undated > 0 {
        eprintln!(
            "sitrep: note: {undated} matching event{} without a date {} not in these totals",
            if undated == 1 { "" } else { "s" },
            if undated == 1 { "is" } else { "are" },
        );
    }
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let mut filter = args.filter.to_filter()?;
    filter.sort = args.sort.parse::<Sort>().map_err(anyhow::Error::msg)?;
    let group_by = match &args.group_by {
        Some(g) => Some(g.parse::<GroupKey>().map_err(anyhow::Error::msg)?),
        None => None,
    };
    let aggregate = match &args.aggregate {
        Some(p) => Some(p.parse::<Period>().map_err(anyhow::Error::msg)?),
        None => None,
    };
    let store = open_read(&args.db)?;
    let store = store.as_ref();
    let limit = args.limit.or(match args.format {
        OutputFormat::Table => Some(50),
        _ => None,
    });

    if let Some(key) = group_by {
        filter.limit = args.limit;
        filter.offset = args.offset;
        let rows = store.group_by(&filter, key)?;
        if let GroupKey::Period(p) = key {
            report_imprecise(store, &filter, p)?;
        }
        print_groups(args.format, &rows)?;
        return Ok(0);
    }

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

    if let Some(period) = aggregate {
        let rows = store.aggregate(&filter, period)?;
        report_imprecise(store, &filter, period)?;
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
    filter.offset = args.offset;
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
            // Where this page sits in the whole result, and how to get the rest.
            let total = store.count_events(&filter)?;
            let first = args.offset.unwrap_or(0);
            let shown = rows.len() as u64;
            let order = match filter.sort {
                Sort::Newest => "newest first",
                Sort::Oldest => "oldest first",
                Sort::Mentions => "most mentioned first",
                Sort::Goldstein => "most conflictual first",
            };
            if shown == 0 {
                println!("0 of {total} events");
            } else {
                println!(
                    "{}-{} of {total} events, {order}",
                    first + 1,
                    first as u64 + shown
                );
            }
            if (first as u64 + shown) < total {
                println!(
                    "next page: --offset {}; more a page: --limit N; all of them: --format csv \
                     or jsonl, or `sitrep export`",
                    first as u64 + shown
                );
            }
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
