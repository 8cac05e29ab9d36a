//! Every export format read back by a real reader: Python's csv and json modules (the
//! standard library), the parquet crate, and pyarrow / DuckDB when they are installed.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use sitrep_store::export::{export_events, ExportOptions, GDELT_COLUMNS};
use sitrep_store::{EventFilter, ExportFormat, NewDocument, SqliteStore, Store};

fn store() -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let docs: Vec<_> = [story_a(), story_b()]
        .into_iter()
        .map(|record| NewDocument {
            record,
            source: None,
        })
        .collect();
    store.put_documents(&docs).unwrap();
    store
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

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Run a Python snippet with the file as `sys.argv[1]`; returns its stdout.
fn run_python(code: &str, path: &Path) -> Option<String> {
    let py = python()?;
    let out = Command::new(py)
        .arg("-c")
        .arg(code)
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
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
    let Some(out) = run_python(code, &path) else {
        eprintln!("notice: no python; skipping the csv read-back");
        return;
    };
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
    let Some(out) = run_python(code, &path) else {
        eprintln!("notice: no python; skipping the json read-back");
        return;
    };
    assert_eq!(
        out,
        "2\nASSAULT 190 -10.0 4 2 50.0 True int\nSUPPORT 051 3.4 1 2 50.0 True int\n"
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
    assert_eq!(col("ActionGeo_Type"), "4");
    assert_eq!(col("ActionGeo_FullName"), "Kharkiv");
    assert_eq!(col("ActionGeo_Lat"), "50");
    assert_eq!(col("DATEADDED"), "20250605000000");
    assert_eq!(col("SOURCEURL"), "https://news.example/a1");

    // Python's csv module with GDELT's dialect (tab, no quoting) sees the same shape.
    let code = r#"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
print(len(rows), sorted(set(len(r) for r in rows)))
"#;
    if let Some(out) = run_python(code, &path) {
        assert_eq!(out.trim(), "2 [61]");
    }
    let with_header = dir.join("with-header.tsv");
    export(&store, ExportFormat::Gdelt, true, &with_header);
    let text = std::fs::read_to_string(&with_header).unwrap();
    assert!(text.starts_with("GlobalEventID\tDay\tMonthYear\tYear\tFractionDate\tActor1Code\t"));
    assert_eq!(text.lines().count(), 3);
}

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
try:
    import pyarrow.parquet as pq
except ImportError:
    pq = None
if pq is not None:
    t = pq.read_table(sys.argv[1])
    d = t.to_pydict()
    i = d['category'].index('ASSAULT')
    print('pyarrow', t.num_rows, d['goldstein'][i], d['num_mentions'][i], d['cameo'][i], d['date'][i])
try:
    import duckdb
    con = duckdb.connect()
    r = con.execute("SELECT count(*), sum(num_mentions), min(cameo) FROM read_parquet(?)", [sys.argv[1]]).fetchone()
    print('duckdb', *r)
except ImportError:
    pass
"#;
    match run_python(code, &path) {
        Some(out) if !out.trim().is_empty() => {
            for line in out.lines() {
                match line.split(' ').next() {
                    Some("pyarrow") => assert_eq!(line, "pyarrow 2 -10.0 2 190 2025-06-04"),
                    Some("duckdb") => assert_eq!(line, "duckdb 2 4 051"),
                    _ => panic!("unexpected: {line}"),
                }
            }
        }
        _ => eprintln!("notice: neither pyarrow nor duckdb importable; Parquet read back by the parquet crate only"),
    }
}
