//! Event exports: CSV, JSON Lines, GDELT 2.0 event-table TSV, Parquet.
//!
//! * **CSV** (RFC 4180 through the `csv` crate: header row, `,` separator, fields quoted
//!   when they need it) and **JSON Lines** (one object a line) carry the [`EventRow`] fields
//!   in declaration order ([`EVENT_COLUMNS`]); empty CSV cells and JSON `null` are missing
//!   values. List fields (`context`, `sources`) are JSON arrays, and in CSV their items
//!   joined by `; `. **Codes are strings**: CAMEO event codes keep their leading zero
//!   (`051`), so CSV readers that guess types must be told ([`CSV_STRING_COLUMNS`];
//!   `scripts/readers/sitrep_events.py` has the pandas `dtype` and DuckDB `types`).
//! * **Parquet**: the same columns, typed (strings, int64, float64, bool; `quad` int32;
//!   `date_start` a Date32 with `date_precision` beside it; `context` and `sources` lists
//!   of strings), Snappy-compressed, written in row groups of [`PARQUET_BATCH`] events.
//! * **GDELT** ([`GDELT_COLUMNS`]): the 61 columns of the GDELT 2.0 event table in their
//!   documented order, tab-separated, no header unless asked for. What we put where GDELT's
//!   meaning and ours differ:
//!   - `GlobalEventID` is the content-derived cluster id as an integer (< 2^53), stable
//!     across runs, not a sequence number.
//!   - `Day`/`MonthYear`/`Year`/`FractionDate` come from the event date; a month- or
//!     year-precision date is written as the first day of that month or year.
//!   - Actor columns use CAMEO codes as GDELT does: `Actor1Code` is the concatenated code
//!     (`RUSMIL`), `Actor1CountryCode` the ISO 3166-1 alpha-3 country (CAMEO country codes are
//!     ISO alpha-3), `Actor1Type1Code` the sector; for `IGO`/`NGO`/`MNC`/`IMG` parties the
//!     country is empty, `Type1Code` is that code and `Type2Code` the sector. Known-group,
//!     ethnic and religion codes are left empty (not extracted).
//!   - `IsRootEvent` is 1 when some mention is in the first three sentences of its article.
//!   - `NumMentions`, `NumSources`, `NumArticles` are the cluster counts (mentions, distinct
//!     outlets, distinct articles). **`AvgTone` is absent**: sitrep does not score tone, and
//!     the column is written as `0` (GDELT's neutral value) so numeric loaders keep working;
//!     do not average it.
//!   - **Dates with less than day precision are marked by the empty columns**: an event
//!     dated to a month has `MonthYear` and `Year` but an empty `Day`; one dated to a year
//!     has only `Year`. `FractionDate` is that of the period's first day. (Writing the first
//!     of the month into `Day` would place the event on a day nobody reported.)
//!   - `Actor1Geo_*` and `Actor2Geo_*` are empty with type 0 (actors are not geolocated).
//!     `ActionGeo_*` follows GDELT: **`ActionGeo_CountryCode` is the FIPS 10-4 code**
//!     (`UP` for Ukraine, `RS` for Russia; table `data/iso3_fips.tsv` from GeoNames; sitrep's
//!     own formats keep ISO alpha-3). `ActionGeo_Type` is 1 for a country, 2 for a US state,
//!     3 for a US city, 4 for a city elsewhere, 5 for a first-level region elsewhere (the
//!     kind comes from the built-in gazetteer; a place it does not know is 4 with
//!     coordinates, 1 with a country alone, else 0). `ActionGeo_FullName` is
//!     `Place, Region, Country` as GDELT writes it; `ActionGeo_ADM1Code` is the FIPS country
//!     code for a country (as in GDELT) and empty below it (sitrep has no ADM1 codes).
//!     Feature ids are empty.
//!   - `DATEADDED` is when the event's first mentioning document was ingested, UTC,
//!     `YYYYMMDDHHMMSS` (for documents stored before schema version 2, which has no
//!     ingest time, the earliest publication time of a mentioning article).

use std::collections::HashMap;
use std::io::Write;
#[cfg(feature = "parquet")]
use std::sync::Arc;
use std::sync::OnceLock;

#[cfg(feature = "parquet")]
use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float64Builder, Int32Builder, Int64Builder, ListBuilder,
    StringBuilder,
};
#[cfg(feature = "parquet")]
use arrow_array::{ArrayRef, RecordBatch};
#[cfg(feature = "parquet")]
use arrow_schema::{DataType, Field, Schema};
use sitrep_gazetteer::{Gazetteer, PlaceKind};

use crate::{EventFilter, EventRow, Result, Store, StoreError};

/// Export file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Jsonl,
    Gdelt,
    Parquet,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<ExportFormat, String> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Ok(ExportFormat::Csv),
            "jsonl" | "ndjson" | "json" => Ok(ExportFormat::Jsonl),
            "gdelt" | "tsv" => Ok(ExportFormat::Gdelt),
            "parquet" => Ok(ExportFormat::Parquet),
            _ => Err(format!(
                "unknown export format {s:?} (csv, jsonl, gdelt or parquet)"
            )),
        }
    }
}

/// Events per Parquet row group.
pub const PARQUET_BATCH: usize = 8192;

/// The columns of CSV, JSON Lines and Parquet exports, in order.
pub const EVENT_COLUMNS: [&str; 37] = [
    "id",
    "global_id",
    "category",
    "cameo",
    "goldstein",
    "quad",
    "actor_name",
    "actor_code",
    "actor_sector",
    "actor_cameo",
    "recipient_name",
    "recipient_code",
    "recipient_sector",
    "recipient_cameo",
    "date",
    "place_name",
    "place_code",
    "lat",
    "lon",
    "num_mentions",
    "num_articles",
    "num_sources",
    "is_root",
    "first_published",
    "source_url",
    "evidence",
    "date_precision",
    "date_start",
    "mode",
    "context",
    "modality",
    "negated",
    "sources",
    "trigger",
    "rule",
    "asserted_mentions",
    "date_added",
];

/// Columns a CSV reader must keep as strings: codes with leading zeros (`cameo` `051`),
/// codes that look like numbers or booleans, and free text.
pub const CSV_STRING_COLUMNS: [&str; 10] = [
    "id",
    "cameo",
    "actor_code",
    "actor_cameo",
    "recipient_code",
    "recipient_cameo",
    "place_code",
    "date",
    "mode",
    "modality",
];

/// The GDELT 2.0 event table columns, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Options of an export.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// Write a header row in GDELT output (GDELT's own files have none). CSV always has one.
    pub gdelt_header: bool,
}

/// Write the events matching `filter` to `out`; returns the number of events written.
pub fn export_events<W: Write + Send>(
    store: &dyn Store,
    filter: &EventFilter,
    format: ExportFormat,
    options: &ExportOptions,
    out: W,
) -> Result<u64> {
    match format {
        ExportFormat::Csv => export_csv(store, filter, out),
        ExportFormat::Jsonl => export_jsonl(store, filter, out),
        ExportFormat::Gdelt => export_gdelt(store, filter, options.gdelt_header, out),
        #[cfg(feature = "parquet")]
        ExportFormat::Parquet => export_parquet(store, filter, out),
        #[cfg(not(feature = "parquet"))]
        ExportFormat::Parquet => Err(no_parquet()),
    }
}

/// The error of a Parquet export in a build without the `parquet` feature.
#[cfg(not(feature = "parquet"))]
pub(crate) fn no_parquet() -> StoreError {
    StoreError::Parquet(
        "this build of sitrep has no Parquet support (built without the `parquet` feature)".into(),
    )
}

/// A CSV field, quoted when needed (RFC 4180).
pub fn csv_field(value: &str) -> std::borrow::Cow<'_, str> {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\"")).into()
    } else {
        value.into()
    }
}

/// The cells of an event row as strings (empty for missing), in [`EVENT_COLUMNS`] order.
pub fn event_cells(e: &EventRow) -> Vec<String> {
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    let f = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    vec![
        e.id.clone(),
        e.global_id.to_string(),
        e.category.clone(),
        e.cameo.clone(),
        f(e.goldstein),
        e.quad.to_string(),
        s(&e.actor_name),
        s(&e.actor_code),
        s(&e.actor_sector),
        s(&e.actor_cameo),
        s(&e.recipient_name),
        s(&e.recipient_code),
        s(&e.recipient_sector),
        s(&e.recipient_cameo),
        s(&e.date),
        s(&e.place_name),
        s(&e.place_code),
        f(e.lat),
        f(e.lon),
        e.num_mentions.to_string(),
        e.num_articles.to_string(),
        e.num_sources.to_string(),
        e.is_root.to_string(),
        s(&e.first_published),
        s(&e.source_url),
        s(&e.evidence),
        s(&e.date_precision),
        s(&e.date_start),
        s(&e.mode),
        e.context.join("; "),
        s(&e.modality),
        e.negated.to_string(),
        e.sources.join("; "),
        s(&e.trigger),
        s(&e.rule),
        e.asserted_mentions.to_string(),
        s(&e.date_added),
    ]
}

/// A CSV writer with sitrep's dialect (comma, `"` quoting when needed, `\n` line ends).
pub fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

fn csv_error(e: csv::Error) -> StoreError {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => StoreError::Io(io),
        other => StoreError::Invalid(format!("CSV: {other:?}")),
    }
}

fn export_csv<W: Write>(store: &dyn Store, filter: &EventFilter, out: W) -> Result<u64> {
    let mut out = csv_writer(std::io::BufWriter::new(out));
    out.write_record(EVENT_COLUMNS).map_err(csv_error)?;
    let mut n = 0u64;
    store.for_each_event(filter, &mut |e| {
        out.write_record(event_cells(&e)).map_err(csv_error)?;
        n += 1;
        Ok(())
    })?;
    out.flush()?;
    Ok(n)
}

fn export_jsonl<W: Write>(store: &dyn Store, filter: &EventFilter, out: W) -> Result<u64> {
    let mut out = std::io::BufWriter::new(out);
    let mut n = 0u64;
    store.for_each_event(filter, &mut |e| {
        serde_json::to_writer(&mut out, &e)?;
        out.write_all(b"\n")?;
        n += 1;
        Ok(())
    })?;
    out.flush()?;
    Ok(n)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// `(year, month, day)` of a `YYYY[-MM[-DD]]` date; missing parts are 1.
fn date_parts(date: &str) -> Option<(i64, i64, i64)> {
    let mut it = date.split('-');
    let y: i64 = it.next()?.trim().parse().ok()?;
    let m: i64 = it
        .next()
        .map_or(Some(1), |s| s.get(..2).and_then(|s| s.parse().ok()))?;
    let d: i64 = it
        .next()
        .map_or(Some(1), |s| s.get(..2).and_then(|s| s.parse().ok()))?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some((y, m, d))
}

/// GDELT's FractionDate: the year plus the fraction of the year completed by that day.
fn fraction_date(y: i64, m: i64, d: i64) -> f64 {
    const CUMULATIVE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let leap = (m > 2 && is_leap(y)) as i64;
    let ordinal = CUMULATIVE[(m - 1) as usize] + d + leap;
    let days = if is_leap(y) { 366.0 } else { 365.0 };
    let f = y as f64 + ordinal as f64 / days;
    (f * 10000.0).round() / 10000.0
}

/// Digits of a timestamp (`2025-03-14 20:30:26Z`, `2025-03-14T20:30:26+00:00`,
/// `2025-03-14`) as `YYYYMMDDHHMMSS`, zero-padded.
pub fn dateadded(published: Option<&str>) -> String {
    let Some(p) = published else {
        return String::new();
    };
    // Only the date and time part: stop at a zone offset after the time.
    let digits: String = p
        .chars()
        .take(19)
        .filter(|c| c.is_ascii_digit())
        .take(14)
        .collect();
    if digits.len() < 8 {
        return String::new();
    }
    format!("{digits:0<14}")
}

const GROUP_CODES: [&str; 4] = ["IGO", "NGO", "MNC", "IMG"];

/// The ten GDELT actor columns.
fn gdelt_actor(
    code: &Option<String>,
    name: &Option<String>,
    cameo: &Option<String>,
    sector: &Option<String>,
) -> [String; 10] {
    let code = code.clone().unwrap_or_default();
    let sector = sector.clone().unwrap_or_default();
    let group = GROUP_CODES.contains(&code.as_str());
    let has_actor = !code.is_empty() || cameo.is_some() || name.is_some();
    [
        cameo.clone().filter(|_| has_actor).unwrap_or_default(),
        name.as_deref()
            .map(|n| n.to_uppercase())
            .unwrap_or_default(),
        if group { String::new() } else { code.clone() },
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        if group { code.clone() } else { sector.clone() },
        if group { sector } else { String::new() },
        String::new(),
    ]
}

/// ISO 3166-1 alpha-3 to FIPS 10-4 country codes (GeoNames countryInfo).
pub fn fips_code(iso3: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            include_str!("../data/iso3_fips.tsv")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let mut cols = l.split('\t');
                    Some((cols.next()?, cols.next()?))
                })
                .collect()
        })
        .get(iso3.to_ascii_uppercase().as_str())
        .copied()
}

/// GDELT's geography of the event location: `(type, full name, FIPS country, ADM1 code)`.
pub fn gdelt_geo(e: &EventRow) -> (u8, String, String, String) {
    let code = e.place_code.as_deref().filter(|c| !c.is_empty());
    let name = e.place_name.as_deref().filter(|n| !n.is_empty());
    let fips = code.and_then(fips_code).unwrap_or_default().to_string();
    let has_coords = e.lat.is_some() && e.lon.is_some();
    let gaz = Gazetteer::builtin();
    let country_name = |iso3: &str| gaz.country(iso3).map(|id| gaz.place(id).name);
    // The gazetteer entry of this name in this country, when there is one.
    let place = name.and_then(|n| {
        gaz.lookup(n)
            .into_iter()
            .map(|id| gaz.place(id))
            .find(|p| code.is_none_or(|c| p.country.eq_ignore_ascii_case(c)))
    });
    let us = code == Some("USA");
    let (kind, full) = match place {
        Some(p) => {
            let country = country_name(p.country).unwrap_or_default();
            match p.kind {
                PlaceKind::Country => (1, p.name.to_string()),
                PlaceKind::Region => (if us { 2 } else { 5 }, join_names(&[p.name, country])),
                // GDELT has no district type: a district is the nearest thing to a
                // state-level region (its admin1 is written beside it).
                PlaceKind::District => (
                    if us { 2 } else { 5 },
                    join_names(&[p.name, p.admin1.unwrap_or_default(), country]),
                ),
                PlaceKind::City => (
                    if us { 3 } else { 4 },
                    join_names(&[p.name, p.admin1.unwrap_or_default(), country]),
                ),
                PlaceKind::Place => (
                    if has_coords { 4 } else { 1 },
                    join_names(&[p.name, country]),
                ),
            }
        }
        None if has_coords => (4, name.unwrap_or_default().to_string()),
        None if code.is_some() => (
            1,
            name.or_else(|| code.and_then(country_name))
                .unwrap_or_default()
                .to_string(),
        ),
        None => (0, name.unwrap_or_default().to_string()),
    };
    let adm1 = if kind == 1 {
        fips.clone()
    } else {
        String::new()
    };
    (kind, full, fips, adm1)
}

fn join_names(parts: &[&str]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for p in parts {
        if !p.is_empty() && !out.contains(p) {
            out.push(p);
        }
    }
    out.join(", ")
}

/// One GDELT row (61 cells) of an event.
pub fn gdelt_cells(e: &EventRow) -> Vec<String> {
    let f = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let mut cells = Vec::with_capacity(61);
    cells.push(e.global_id.to_string());
    let date = e.date.as_deref().unwrap_or_default();
    match date_parts(date) {
        Some((y, m, d)) => {
            // Less precise dates leave the finer columns empty (see the module docs).
            let precision = date.len();
            cells.push(if precision >= 10 {
                format!("{y:04}{m:02}{d:02}")
            } else {
                String::new()
            });
            cells.push(if precision >= 7 {
                format!("{y:04}{m:02}")
            } else {
                String::new()
            });
            cells.push(format!("{y:04}"));
            cells.push(format!("{:.4}", fraction_date(y, m, d)));
        }
        None => cells.extend(std::iter::repeat_n(String::new(), 4)),
    }
    cells.extend(gdelt_actor(
        &e.actor_code,
        &e.actor_name,
        &e.actor_cameo,
        &e.actor_sector,
    ));
    cells.extend(gdelt_actor(
        &e.recipient_code,
        &e.recipient_name,
        &e.recipient_cameo,
        &e.recipient_sector,
    ));
    cells.push((e.is_root as u8).to_string());
    cells.push(e.cameo.clone());
    cells.push(e.cameo.chars().take(3).collect());
    cells.push(e.cameo.chars().take(2).collect());
    cells.push(e.quad.to_string());
    cells.push(f(e.goldstein));
    cells.push(e.num_mentions.to_string());
    cells.push(e.num_sources.to_string());
    cells.push(e.num_articles.to_string());
    cells.push("0".into());
    for _ in 0..2 {
        cells.push("0".into());
        cells.extend(std::iter::repeat_n(String::new(), 7));
    }
    let (geo_type, full_name, fips, adm1) = gdelt_geo(e);
    cells.push(geo_type.to_string());
    cells.push(full_name);
    cells.push(fips);
    cells.push(adm1);
    cells.push(String::new());
    cells.push(f(e.lat));
    cells.push(f(e.lon));
    cells.push(String::new());
    cells.push(
        e.date_added
            .as_deref()
            .map(|d| dateadded(Some(d)))
            .unwrap_or_else(|| dateadded(e.first_published.as_deref())),
    );
    cells.push(e.source_url.clone().unwrap_or_default());
    debug_assert_eq!(cells.len(), GDELT_COLUMNS.len());
    cells
}

fn export_gdelt<W: Write>(
    store: &dyn Store,
    filter: &EventFilter,
    header: bool,
    out: W,
) -> Result<u64> {
    let mut out = std::io::BufWriter::new(out);
    if header {
        writeln!(out, "{}", GDELT_COLUMNS.join("\t"))?;
    }
    let mut n = 0u64;
    store.for_each_event(filter, &mut |e| {
        let cells: Vec<String> = gdelt_cells(&e)
            .into_iter()
            // A tab or line break inside a value would shift every later column.
            .map(|c| c.replace(['\t', '\n', '\r'], " "))
            .collect();
        writeln!(out, "{}", cells.join("\t"))?;
        n += 1;
        Ok(())
    })?;
    out.flush()?;
    Ok(n)
}

/// The Arrow schema of Parquet exports.
#[cfg(feature = "parquet")]
pub fn arrow_schema() -> Schema {
    let fields: Vec<Field> = EVENT_COLUMNS
        .iter()
        .map(|name| {
            let (ty, nullable) = match *name {
                "id" | "category" | "cameo" => (DataType::Utf8, false),
                "global_id" | "num_mentions" | "num_articles" | "num_sources" => {
                    (DataType::Int64, false)
                }
                "quad" => (DataType::Int32, false),
                "is_root" | "negated" => (DataType::Boolean, false),
                "asserted_mentions" => (DataType::Int64, false),
                "goldstein" | "lat" | "lon" => (DataType::Float64, true),
                "date_start" => (DataType::Date32, true),
                "context" | "sources" => (
                    DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
                    false,
                ),
                _ => (DataType::Utf8, true),
            };
            Field::new(*name, ty, nullable)
        })
        .collect();
    Schema::new(fields)
}

#[cfg(feature = "parquet")]
fn to_batch(schema: &Arc<Schema>, rows: &[EventRow]) -> Result<RecordBatch> {
    let text = |get: &dyn Fn(&EventRow) -> Option<&str>| -> ArrayRef {
        let mut b = StringBuilder::new();
        for r in rows {
            b.append_option(get(r));
        }
        Arc::new(b.finish())
    };
    let float = |get: &dyn Fn(&EventRow) -> Option<f64>| -> ArrayRef {
        let mut b = Float64Builder::new();
        for r in rows {
            b.append_option(get(r));
        }
        Arc::new(b.finish())
    };
    let int = |get: &dyn Fn(&EventRow) -> i64| -> ArrayRef {
        let mut b = Int64Builder::new();
        for r in rows {
            b.append_value(get(r));
        }
        Arc::new(b.finish())
    };
    let list = |get: &dyn Fn(&EventRow) -> &[String]| -> ArrayRef {
        let mut b = ListBuilder::new(StringBuilder::new());
        for r in rows {
            for item in get(r) {
                b.values().append_value(item);
            }
            b.append(true);
        }
        Arc::new(b.finish())
    };
    let mut quad = Int32Builder::new();
    let mut root = BooleanBuilder::new();
    let mut negated = BooleanBuilder::new();
    let mut date_start = Date32Builder::new();
    for r in rows {
        quad.append_value(r.quad as i32);
        root.append_value(r.is_root);
        negated.append_value(r.negated);
        date_start.append_option(r.date_start.as_deref().and_then(days_since_epoch));
    }
    let columns: Vec<ArrayRef> = vec![
        text(&|r| Some(r.id.as_str())),
        int(&|r| r.global_id),
        text(&|r| Some(r.category.as_str())),
        text(&|r| Some(r.cameo.as_str())),
        float(&|r| r.goldstein),
        Arc::new(quad.finish()),
        text(&|r| r.actor_name.as_deref()),
        text(&|r| r.actor_code.as_deref()),
        text(&|r| r.actor_sector.as_deref()),
        text(&|r| r.actor_cameo.as_deref()),
        text(&|r| r.recipient_name.as_deref()),
        text(&|r| r.recipient_code.as_deref()),
        text(&|r| r.recipient_sector.as_deref()),
        text(&|r| r.recipient_cameo.as_deref()),
        text(&|r| r.date.as_deref()),
        text(&|r| r.place_name.as_deref()),
        text(&|r| r.place_code.as_deref()),
        float(&|r| r.lat),
        float(&|r| r.lon),
        int(&|r| r.num_mentions),
        int(&|r| r.num_articles),
        int(&|r| r.num_sources),
        Arc::new(root.finish()),
        text(&|r| r.first_published.as_deref()),
        text(&|r| r.source_url.as_deref()),
        text(&|r| r.evidence.as_deref()),
        text(&|r| r.date_precision.as_deref()),
        Arc::new(date_start.finish()),
        text(&|r| r.mode.as_deref()),
        list(&|r| &r.context),
        text(&|r| r.modality.as_deref()),
        Arc::new(negated.finish()),
        list(&|r| &r.sources),
        text(&|r| r.trigger.as_deref()),
        text(&|r| r.rule.as_deref()),
        int(&|r| r.asserted_mentions),
        text(&|r| r.date_added.as_deref()),
    ];
    RecordBatch::try_new(schema.clone(), columns).map_err(|e| StoreError::Parquet(e.to_string()))
}

/// Days from 1970-01-01 to a `YYYY-MM-DD` date (Arrow's Date32), by the civil-from-days
/// algorithm (proleptic Gregorian calendar).
pub fn days_since_epoch(date: &str) -> Option<i32> {
    let (y, m, d) = date_parts(date)?;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    i32::try_from(era * 146_097 + doe - 719_468).ok()
}

#[cfg(feature = "parquet")]
fn export_parquet<W: Write + Send>(store: &dyn Store, filter: &EventFilter, out: W) -> Result<u64> {
    use parquet::arrow::ArrowWriter;
    use parquet::basic::Compression;
    use parquet::file::properties::WriterProperties;

    let schema = Arc::new(arrow_schema());
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(Some(PARQUET_BATCH))
        .build();
    let mut writer = ArrowWriter::try_new(out, schema.clone(), Some(props))
        .map_err(|e| StoreError::Parquet(e.to_string()))?;
    let mut pending = Vec::with_capacity(PARQUET_BATCH);
    let mut n = 0u64;
    store.for_each_event(filter, &mut |e| {
        pending.push(e);
        n += 1;
        if pending.len() == PARQUET_BATCH {
            let batch = to_batch(&schema, &pending)?;
            writer
                .write(&batch)
                .map_err(|e| StoreError::Parquet(e.to_string()))?;
            pending.clear();
        }
        Ok(())
    })?;
    if !pending.is_empty() {
        let batch = to_batch(&schema, &pending)?;
        writer
            .write(&batch)
            .map_err(|e| StoreError::Parquet(e.to_string()))?;
    }
    writer
        .close()
        .map_err(|e| StoreError::Parquet(e.to_string()))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fraction_dates() {
        assert_eq!(fraction_date(2025, 1, 1), 2025.0027);
        assert_eq!(fraction_date(2025, 12, 31), 2026.0);
        assert_eq!(fraction_date(2024, 3, 1), 2024.1667);
    }

    #[test]
    fn dates_and_timestamps() {
        assert_eq!(date_parts("2025-06"), Some((2025, 6, 1)));
        assert_eq!(date_parts("2025-13-01"), None);
        assert_eq!(dateadded(Some("2025-03-14 20:30:26Z")), "20250314203026");
        assert_eq!(dateadded(Some("2025-03-14")), "20250314000000");
        assert_eq!(
            dateadded(Some("2025-03-14T20:30:26+05:00")),
            "20250314203026"
        );
        assert_eq!(dateadded(Some("soon")), "");
    }

    #[test]
    fn epoch_days() {
        assert_eq!(days_since_epoch("1970-01-01"), Some(0));
        assert_eq!(days_since_epoch("2000-03-01"), Some(11_017));
        assert_eq!(days_since_epoch("2025-06-04"), Some(20_243));
        assert_eq!(days_since_epoch("1969-12-31"), Some(-1));
    }

    fn at(name: &str, code: &str, coords: bool) -> EventRow {
        EventRow {
            id: String::new(),
            global_id: 1,
            category: "ASSAULT".into(),
            cameo: "190".into(),
            goldstein: None,
            quad: 4,
            actor_name: None,
            actor_code: None,
            actor_sector: None,
            actor_cameo: None,
            recipient_name: None,
            recipient_code: None,
            recipient_sector: None,
            recipient_cameo: None,
            date: Some("2025".into()),
            place_name: Some(name.into()),
            place_code: Some(code.into()),
            lat: coords.then_some(1.0),
            lon: coords.then_some(1.0),
            num_mentions: 1,
            num_articles: 1,
            num_sources: 1,
            is_root: false,
            first_published: None,
            source_url: None,
            evidence: None,
            date_precision: None,
            date_start: None,
            mode: None,
            context: vec![],
            modality: None,
            negated: false,
            sources: vec![],
            trigger: None,
            rule: None,
            asserted_mentions: 1,
            date_added: None,
        }
    }

    #[test]
    fn gdelt_geography_follows_gdelt() {
        let (kind, name, fips, adm1) = gdelt_geo(&at("Ukraine", "UKR", true));
        assert_eq!(
            (kind, name.as_str(), fips.as_str(), adm1.as_str()),
            (1, "Ukraine", "UP", "UP")
        );
        let (kind, name, fips, _) = gdelt_geo(&at("Texas", "USA", true));
        assert_eq!((kind, fips.as_str()), (2, "US"), "{name}");
        let (kind, name, _, adm1) = gdelt_geo(&at("Chicago", "USA", true));
        assert_eq!((kind, adm1.as_str()), (3, ""), "{name}");
        assert!(name.starts_with("Chicago, Illinois"), "{name}");
        let (kind, name, fips, _) = gdelt_geo(&at("Bavaria", "DEU", true));
        assert_eq!((kind, fips.as_str()), (5, "GM"), "{name}");
        // Unknown to the gazetteer: coordinates make it a point, a country code alone a
        // country.
        assert_eq!(gdelt_geo(&at("Hill 412", "UKR", true)).0, 4);
        assert_eq!(gdelt_geo(&at("Hill 412", "UKR", false)).0, 1);
        // A year-precision date has a Year only.
        let cells = gdelt_cells(&at("Ukraine", "UKR", true));
        assert_eq!(&cells[1..4], ["", "", "2025"]);
    }

    #[test]
    fn fips_codes() {
        assert_eq!(fips_code("UKR"), Some("UP"));
        assert_eq!(fips_code("rus"), Some("RS"));
        assert_eq!(fips_code("DEU"), Some("GM"));
        assert_eq!(fips_code("XXX"), None);
    }

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn schemas_have_the_documented_widths() {
        assert_eq!(GDELT_COLUMNS.len(), 61);
        #[cfg(feature = "parquet")]
        assert_eq!(arrow_schema().fields().len(), EVENT_COLUMNS.len());
    }
}
