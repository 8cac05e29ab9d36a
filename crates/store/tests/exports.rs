//! Every export format read back by a real reader: Python's csv and json modules, pandas
//! (with the dtypes of `scripts/readers/sitrep_events.py`), a GDELT loader written for
//! GDELT's own files (`scripts/readers/gdelt_events.py`), the parquet crate, pyarrow and
//! DuckDB. `.ci/run` installs pandas, pyarrow and DuckDB: a missing reader fails the test
//! (it does not skip), so CI cannot pass without checking what analysts will run.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use sitrep_store::export::{export_events, ExportOptions, GDELT_COLUMNS};
use sitrep_store::{EventFilter, ExportFormat, NewDocument, SqliteStore, Store};

fn store() -> SqliteStore {
    store_of([story_a(), story_b()])
}

/// An in-memory store holding `records`.
fn store_of(records: impl IntoIterator<Item = sitrep_record::Record>) -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let docs: Vec<_> = records
        .into_iter()
        .map(|record| NewDocument {
            record,
            source: None,
        })
        .collect();
    store.put_documents(&docs).unwrap();
    store
}

/// The two stories, with `edit` applied to the second one's ASSAULT event.
fn store_with_b_assault(edit: impl Fn(&mut sitrep_record::Event)) -> SqliteStore {
    let mut b = story_b();
    b.events
        .iter_mut()
        .filter(|e| e.event == "ASSAULT")
        .for_each(edit);
    store_of([story_a(), b])
}

fn out_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("exports-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn export(store: &SqliteStore, format: ExportFormat, header: bool, path: &Path) -> u64 {
    let file = std::fs::File::create(path).unwrap();
    export_events(
        store,
        &EventFilter::default(),
        format,
        &ExportOptions {
            gdelt_header: header,
        },
        file,
    )
    .unwrap()
}

fn python() -> &'static str {
    ["python3", "python"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect("python3 is needed for the export read-back tests (.ci/run installs it)")
}

/// Run a Python snippet with the file as `sys.argv[1]` and `scripts/readers` importable;
/// returns its stdout. A failure (a missing module included) fails the test.
fn run_python(code: &str, path: &Path) -> Option<String> {
    let readers = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/readers");
    let out = Command::new(python())
        .arg("-c")
        .arg(code)
        .arg(path)
        .env("PYTHONPATH", readers)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python failed (pandas, pyarrow and duckdb must be installed: \
         python3 -m pip install pandas pyarrow duckdb): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

/// The stories, with the second one's ASSAULT told as a denial ("did not shell"): a
/// negated, denied mention.
fn store_with_denial() -> SqliteStore {
    store_with_b_assault(|e| {
        e.negated = true;
        e.modality = sitrep_record::Modality::Denied;
        e.date = Some("2025-06".into());
        e.date_precision = Some(sitrep_record::Precision::Month);
    })
}

#[test]
fn csv_reads_back_with_python_csv() {
    let store = store();
    let path = out_dir("csv").join("events.csv");
    assert_eq!(export(&store, ExportFormat::Csv, false, &path), 2);
    let code = r#"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
print(len(rows))
for r in sorted(rows, key=lambda r: r['category']):
    print(r['category'], r['cameo'], r['actor_cameo'], r['recipient_code'], r['num_mentions'],
          r['num_sources'], r['goldstein'], r['date'], r['evidence'])
"#;
    let out = run_python(code, &path).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "2");
    assert_eq!(
        lines[1],
        "ASSAULT 190 RUSMIL UKR 2 2 -10 2025-06-04 Russian forces shelled Kharkiv overnight, officials in Ukraine said."
    );
    assert!(
        lines[2].starts_with("SUPPORT 051 PRKGOV RUS 2 2 3.4 2025-06-04"),
        "{}",
        lines[2]
    );

    // pandas with the documented dtypes: codes stay strings, flags are booleans, the
    // date is a date.
    let code = r#"
import sys
from sitrep_events import read_events_csv
df = read_events_csv(sys.argv[1])
s = df[df.category == 'SUPPORT'].iloc[0]
a = df[df.category == 'ASSAULT'].iloc[0]
print(repr(s.cameo), repr(a.cameo), s.actor_cameo, a.negated, a.modality, a.date_precision,
      a.date_start.date(), a.trigger, a.sources, a.context, a.asserted_mentions, df.dtypes['negated'])
"#;
    let out = run_python(code, &path).unwrap();
    assert_eq!(
        out.trim(),
        "'051' '190' PRKGOV False reported day 2025-06-04 shelled Korean Central News Agency \
         military 2 bool"
    );
}

#[test]
fn negated_and_denied_events_export_as_such() {
    let store = store_with_denial();
    let events = store.events(&EventFilter::default()).unwrap();
    // The denial has its own month-precision date, so it is a separate event.
    let denial = events.iter().find(|e| e.negated).expect("a negated event");
    assert_eq!(denial.category, "ASSAULT");
    assert_eq!(denial.modality.as_deref(), Some("denied"));
    assert_eq!(denial.date.as_deref(), Some("2025-06"));
    assert_eq!(denial.date_precision.as_deref(), Some("month"));
    assert_eq!(denial.date_start.as_deref(), Some("2025-06-01"));
    assert_eq!(denial.asserted_mentions, 0);
    let path = out_dir("denial").join("events.csv");
    export(&store, ExportFormat::Csv, false, &path);
    let code = r#"
import sys
from sitrep_events import read_events_csv
df = read_events_csv(sys.argv[1])
d = df[df.negated].iloc[0]
print(len(df), d.category, d.modality, d.date, d.date_precision, d.asserted_mentions)
"#;
    assert_eq!(
        run_python(code, &path).unwrap().trim(),
        "3 ASSAULT denied 2025-06 month 0"
    );
    let asserted = store
        .events(&EventFilter {
            asserted_only: true,
            ..EventFilter::default()
        })
        .unwrap();
    assert_eq!(asserted.len(), 2, "the denial is left out");
    assert!(asserted.iter().all(|e| !e.negated));
}

#[test]
fn jsonl_reads_back_with_python_json() {
    let store = store();
    let path = out_dir("jsonl").join("events.jsonl");
    assert_eq!(export(&store, ExportFormat::Jsonl, false, &path), 2);
    let code = r#"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
print(len(rows))
for r in sorted(rows, key=lambda r: r['category']):
    print(r['category'], r['cameo'], r['goldstein'], r['quad'], r['num_mentions'], r['lat'], r['is_root'], type(r['global_id']).__name__)
"#;
    let out = run_python(code, &path).unwrap();
    assert_eq!(
        out,
        "2\nASSAULT 190 -10.0 4 2 50.0 True int\nSUPPORT 051 3.4 1 2 50.0 True int\n"
    );
    let code = r#"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
r = [r for r in rows if r['category'] == 'ASSAULT'][0]
print(r['modality'], r['negated'], r['sources'], r['context'], r['trigger'], r['date_precision'])
"#;
    assert_eq!(
        run_python(code, &path).unwrap().trim(),
        "reported False ['Korean Central News Agency'] ['military'] shelled day"
    );
}

#[test]
fn gdelt_tsv_has_61_columns_in_order() {
    let store = store();
    let dir = out_dir("gdelt");
    let path = dir.join("events.export.CSV");
    assert_eq!(export(&store, ExportFormat::Gdelt, false, &path), 2);
    let text = std::fs::read_to_string(&path).unwrap();
    let events = store.events(&EventFilter::default()).unwrap();
    let assault = events.iter().find(|e| e.category == "ASSAULT").unwrap();
    let row: Vec<&str> = text
        .lines()
        .find(|l| l.starts_with(&format!("{}\t", assault.global_id)))
        .unwrap()
        .split('\t')
        .collect();
    assert_eq!(row.len(), 61);
    let col = |name: &str| row[GDELT_COLUMNS.iter().position(|c| *c == name).unwrap()];
    assert_eq!(col("Day"), "20250604");
    assert_eq!(col("MonthYear"), "202506");
    assert_eq!(col("Year"), "2025");
    assert_eq!(col("FractionDate"), "2025.4247");
    assert_eq!(col("Actor1Code"), "RUSMIL");
    assert_eq!(col("Actor1Name"), "RUSSIAN FORCES");
    assert_eq!(col("Actor1CountryCode"), "RUS");
    assert_eq!(col("Actor1Type1Code"), "MIL");
    assert_eq!(col("Actor2Code"), "UKR");
    assert_eq!(col("IsRootEvent"), "1");
    assert_eq!(col("EventCode"), "190");
    assert_eq!(col("EventBaseCode"), "190");
    assert_eq!(col("EventRootCode"), "19");
    assert_eq!(col("QuadClass"), "4");
    assert_eq!(col("GoldsteinScale"), "-10");
    assert_eq!(col("NumMentions"), "2");
    assert_eq!(col("NumSources"), "2");
    assert_eq!(col("NumArticles"), "2");
    // GDELT geography: a city outside the US is type 4, with GDELT's full name and the
    // FIPS 10-4 country code (UP), not ISO's UKR.
    assert_eq!(col("ActionGeo_Type"), "4");
    assert!(
        col("ActionGeo_FullName").starts_with("Kharkiv, ")
            && col("ActionGeo_FullName").ends_with(", Ukraine"),
        "{}",
        col("ActionGeo_FullName")
    );
    assert_eq!(col("ActionGeo_CountryCode"), "UP");
    assert_eq!(col("ActionGeo_Lat"), "50");
    assert_eq!(col("AvgTone"), "0");
    // DATEADDED is the time of ingest (this test's run), UTC.
    let added = col("DATEADDED");
    assert_eq!(added.len(), 14, "{added}");
    assert!(added.as_bytes().iter().all(u8::is_ascii_digit), "{added}");
    assert!(added >= "20260101000000", "{added}");
    assert_eq!(col("SOURCEURL"), "https://news.example/a1");

    // Python's csv module with GDELT's dialect (tab, no quoting) sees the same shape.
    let code = r#"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
print(len(rows), sorted(set(len(r) for r in rows)))
"#;
    let out = run_python(code, &path).unwrap();
    assert_eq!(out.trim(), "2 [61]");
    let with_header = dir.join("with-header.tsv");
    export(&store, ExportFormat::Gdelt, true, &with_header);
    let text = std::fs::read_to_string(&with_header).unwrap();
    assert!(text.starts_with("GlobalEventID\tDay\tMonthYear\tYear\tFractionDate\tActor1Code\t"));
    assert_eq!(text.lines().count(), 3);
}

#[test]
fn gdelt_loads_with_a_loader_for_real_gdelt_files() {
    let store = store_with_denial();
    let path = out_dir("gdelt-loader").join("events.export.CSV");
    assert_eq!(export(&store, ExportFormat::Gdelt, false, &path), 3);
    let code = r#"
import sys
from gdelt_events import load
df = load(sys.argv[1]).sort_values(['EventCode', 'Year'])
for _, r in df.iterrows():
    day = 'NaT' if r.Day is None or str(r.Day) == 'NaT' else r.Day.date()
    print(r.EventCode, day, r.MonthYear, r.Year, r.ActionGeo_Type, r.ActionGeo_CountryCode,
          r.ActionGeo_ADM1Code if isinstance(r.ActionGeo_ADM1Code, str) else '-',
          r.DATEADDED.year >= 2026, r.AvgTone)
"#;
    let out = run_python(code, &path).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines.contains(&"051 2025-06-04 202506 2025 4 KN - True 0.0"),
        "Pyongyang is a city (4), in North Korea, FIPS KN: {out}"
    );
    assert!(
        lines.contains(&"195 2025-06-04 202506 2025 4 UP - True 0.0"),
        "{out}"
    );
    assert!(
        lines.contains(&"190 NaT 202506 2025 4 UP - True 0.0"),
        "a month-precision event has no Day: {out}"
    );
}

#[test]
fn quotes_quantities_and_entities_export() {
    use sitrep_store::tables::{export_table, Table};
    let store = store();
    let dir = out_dir("tables");
    for (table, name) in [
        (Table::Quotes, "quotes"),
        (Table::Quantities, "quantities"),
        (Table::Entities, "entities"),
    ] {
        let path = dir.join(format!("{name}.csv"));
        let n = export_table(
            &store,
            table,
            ExportFormat::Csv,
            std::fs::File::create(&path).unwrap(),
        )
        .unwrap();
        let code = r#"
import sys
from sitrep_events import read_table_csv
df = read_table_csv(sys.argv[1])
print(len(df), ','.join(df.columns[:4]), sorted(df.document.unique()))
"#;
        let out = run_python(code, &path).unwrap();
        assert!(
            out.starts_with(&format!("{n} document,published,url,")),
            "{name}: {out}"
        );
        assert!(n > 0, "{name}: the stories have some");
        let jsonl = dir.join(format!("{name}.jsonl"));
        let m = export_table(
            &store,
            table,
            ExportFormat::Jsonl,
            std::fs::File::create(&jsonl).unwrap(),
        )
        .unwrap();
        assert_eq!(m, n);
        assert!(export_table(&store, table, ExportFormat::Gdelt, Vec::new()).is_err());
    }
    let code = r#"
import sys, json
rows = [json.loads(l) for l in open(sys.argv[1])]
print(type(rows[0]['approx']).__name__, rows[0]['kind'])
"#;
    let out = run_python(code, &dir.join("quantities.jsonl")).unwrap();
    assert!(out.starts_with("bool "), "{out}");
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_reads_back() {
    use arrow_array::{Array, Float64Array, Int64Array, StringArray};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    let store = store();
    let path = out_dir("parquet").join("events.parquet");
    assert_eq!(export(&store, ExportFormat::Parquet, false, &path), 2);

    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let batches: Vec<_> = reader.map(Result::unwrap).collect();
    let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
    assert_eq!(rows, 2);
    let b = &batches[0];
    let col = |n: &str| b.column(b.schema().index_of(n).unwrap()).clone();
    let cats = col("category");
    let cats = cats.as_any().downcast_ref::<StringArray>().unwrap();
    let gold = col("goldstein");
    let gold = gold.as_any().downcast_ref::<Float64Array>().unwrap();
    let mentions = col("num_mentions");
    let mentions = mentions.as_any().downcast_ref::<Int64Array>().unwrap();
    let i = (0..2).find(|&i| cats.value(i) == "ASSAULT").unwrap();
    assert_eq!(gold.value(i), -10.0);
    assert_eq!(mentions.value(i), 2);
    assert!(col("place_name").is_valid(i));

    let code = r#"
import sys
import pyarrow.parquet as pq
import duckdb
t = pq.read_table(sys.argv[1])
d = t.to_pydict()
i = d['category'].index('ASSAULT')
print('pyarrow', t.num_rows, d['goldstein'][i], d['num_mentions'][i], d['cameo'][i], d['date'][i],
      t.schema.field('date_start').type, d['date_start'][i], d['sources'][i], d['negated'][i])
con = duckdb.connect()
r = con.execute("SELECT count(*), sum(num_mentions), min(cameo), min(date_start) FROM read_parquet(?)", [sys.argv[1]]).fetchone()
print('duckdb', *r)
"#;
    let out = run_python(code, &path).unwrap();
    assert_eq!(
        out,
        "pyarrow 2 -10.0 2 190 2025-06-04 date32[day] 2025-06-04 ['Korean Central News Agency'] False\n\
         duckdb 2 4 051 2025-06-04\n"
    );
}

/// An event whose doer the text leaves unnamed (golden README convention 11: "a Yemeni
/// official was assassinated in Aden") is stored and exported with no actor: it stays an
/// event of its own, every format writes it, and readers see an empty actor.
#[test]
fn an_event_with_an_unnamed_actor_exports_with_no_actor() {
    let store = store_with_b_assault(|e| e.actor = None);
    let events = store.events(&EventFilter::default()).unwrap();
    let unnamed = events
        .iter()
        .find(|e| e.category == "ASSAULT" && e.actor_code.is_none())
        .expect("the event with no actor is kept apart from the named one");
    assert!(unnamed.actor_name.is_none() && unnamed.actor_cameo.is_none());
    assert_eq!(unnamed.recipient_code.as_deref(), Some("UKR"));
    let dir = out_dir("unnamed-actor");
    let csv = dir.join("events.csv");
    assert_eq!(export(&store, ExportFormat::Csv, false, &csv), 3);
    let code = r#"
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'))
        if r['category'] == 'ASSAULT']
print(sorted(repr(r['actor_code']) for r in rows), sorted(r['recipient_code'] for r in rows))
"#;
    assert_eq!(
        run_python(code, &csv).unwrap().trim(),
        "[\"''\", \"'RUS'\"] ['UKR', 'UKR']"
    );
    let jsonl = dir.join("events.jsonl");
    assert_eq!(export(&store, ExportFormat::Jsonl, false, &jsonl), 3);
    let code = r#"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
print(sorted(repr(r['actor_code']) for r in rows if r['category'] == 'ASSAULT'))
"#;
    assert_eq!(
        run_python(code, &jsonl).unwrap().trim(),
        "[\"'RUS'\", 'None']"
    );
    let gdelt = dir.join("events.tsv");
    assert_eq!(export(&store, ExportFormat::Gdelt, false, &gdelt), 3);
}
