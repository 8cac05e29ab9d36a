//! Exports of the other extractions: quotes, quantities (casualty, munitions and other
//! figures) and entities, one row each, with the document they come from.
//!
//! Same formats and conventions as the event exports ([`crate::export`]): CSV with a header
//! (codes are strings; `document` and the codes must be read as text), JSON Lines, Parquet
//! (typed columns). GDELT has no such tables, so that format is refused. Rows come in
//! document order (publication date, then storage order), then in their order in the
//! document.

use std::io::Write;
#[cfg(feature = "parquet")]
use std::sync::Arc;

#[cfg(feature = "parquet")]
use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
#[cfg(feature = "parquet")]
use arrow_array::{ArrayRef, RecordBatch};
#[cfg(feature = "parquet")]
use arrow_schema::{DataType, Field, Schema};
use rusqlite::types::Value;

use crate::export::{csv_writer, ExportFormat};
use crate::{Result, SqliteStore, StoreError};

/// A table besides events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Quotes,
    Quantities,
    Entities,
}

impl std::str::FromStr for Table {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Table, String> {
        match s.to_ascii_lowercase().as_str() {
            "quotes" => Ok(Table::Quotes),
            "quantities" | "figures" => Ok(Table::Quantities),
            "entities" => Ok(Table::Entities),
            _ => Err(format!(
                "unknown table {s:?} (events, quotes, quantities or entities)"
            )),
        }
    }
}

/// Column types, for Parquet and JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    Int,
    Real,
    Bool,
}

use ColumnType::{Bool, Int, Real, Text};

impl Table {
    /// Column names and types, in order.
    pub fn columns(self) -> &'static [(&'static str, ColumnType)] {
        match self {
            Table::Quotes => &[
                ("document", Text),
                ("published", Text),
                ("url", Text),
                ("ord", Int),
                ("text", Text),
                ("start", Int),
                ("end", Int),
                ("speaker", Text),
                ("speaker_entity", Text),
                ("speaker_code", Text),
                ("speaker_sector", Text),
                ("speaker_org", Text),
            ],
            Table::Quantities => &[
                ("document", Text),
                ("published", Text),
                ("url", Text),
                ("id", Text),
                ("text", Text),
                ("start", Int),
                ("end", Int),
                ("value", Real),
                ("min", Real),
                ("max", Real),
                ("approx", Bool),
                ("unit", Text),
                ("kind", Text),
                ("actor_code", Text),
                ("actor_sector", Text),
            ],
            Table::Entities => &[
                ("document", Text),
                ("published", Text),
                ("url", Text),
                ("id", Text),
                ("text", Text),
                ("type", Text),
                ("code", Text),
                ("sector", Text),
                ("org", Text),
                ("role", Text),
                ("cameo_actor", Text),
                ("mentions", Int),
            ],
        }
    }

    fn sql(self) -> &'static str {
        match self {
            Table::Quotes => {
                "SELECT d.doc_id, d.published, d.url, q.ord, q.text, q.start, q.\"end\",
                        q.speaker_text, q.speaker_entity, q.speaker_code, q.speaker_sector,
                        q.speaker_org
                 FROM quotes q JOIN documents d ON d.id = q.doc
                 ORDER BY coalesce(d.published, '~'), d.id, q.ord"
            }
            Table::Quantities => {
                "SELECT d.doc_id, d.published, d.url, q.local_id, q.text, q.start, q.\"end\",
                        q.value, q.min, q.max, q.approx, q.unit, q.kind, q.actor_code,
                        q.actor_sector
                 FROM quantities q JOIN documents d ON d.id = q.doc
                 ORDER BY coalesce(d.published, '~'), d.id, q.ord"
            }
            Table::Entities => {
                "SELECT d.doc_id, d.published, d.url, e.local_id, e.text, e.type, e.code,
                        e.sector, e.org, e.role, e.cameo_actor, json_array_length(e.mentions)
                 FROM entities e JOIN documents d ON d.id = e.doc
                 ORDER BY coalesce(d.published, '~'), d.id, e.ord"
            }
        }
    }
}

fn cell_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => crate::dedup::hex(b),
    }
}

fn cell_json(v: &Value, ty: ColumnType) -> serde_json::Value {
    match (v, ty) {
        (Value::Null, _) => serde_json::Value::Null,
        (Value::Integer(i), Bool) => serde_json::Value::Bool(*i != 0),
        (Value::Integer(i), Real) => serde_json::json!(*i as f64),
        (Value::Integer(i), _) => serde_json::json!(i),
        (Value::Real(f), _) => serde_json::json!(f),
        (Value::Text(t), _) => serde_json::Value::String(t.clone()),
        (Value::Blob(b), _) => serde_json::Value::String(crate::dedup::hex(b)),
    }
}

/// Write every row of `table` to `out`; returns the number of rows.
pub fn export_table<W: Write + Send>(
    store: &SqliteStore,
    table: Table,
    format: ExportFormat,
    out: W,
) -> Result<u64> {
    let columns = table.columns();
    let mut stmt = store.connection().prepare(table.sql())?;
    let mut rows = stmt.query([])?;
    let mut next = || -> Result<Option<Vec<Value>>> {
        match rows.next()? {
            None => Ok(None),
            Some(row) => Ok(Some(
                (0..columns.len())
                    .map(|i| row.get::<_, Value>(i))
                    .collect::<rusqlite::Result<_>>()?,
            )),
        }
    };
    let mut n = 0u64;
    match format {
        ExportFormat::Csv => {
            let mut w = csv_writer(std::io::BufWriter::new(out));
            let err = |e: csv::Error| StoreError::Invalid(format!("CSV: {e}"));
            w.write_record(columns.iter().map(|c| c.0)).map_err(err)?;
            while let Some(row) = next()? {
                w.write_record(row.iter().map(cell_text)).map_err(err)?;
                n += 1;
            }
            w.flush()?;
        }
        ExportFormat::Jsonl => {
            let mut w = std::io::BufWriter::new(out);
            while let Some(row) = next()? {
                let obj: serde_json::Map<String, serde_json::Value> = columns
                    .iter()
                    .zip(&row)
                    .map(|((name, ty), v)| (name.to_string(), cell_json(v, *ty)))
                    .collect();
                serde_json::to_writer(&mut w, &obj)?;
                w.write_all(b"\n")?;
                n += 1;
            }
            w.flush()?;
        }
        #[cfg(not(feature = "parquet"))]
        ExportFormat::Parquet => return Err(crate::export::no_parquet()),
        #[cfg(feature = "parquet")]
        ExportFormat::Parquet => {
            use crate::export::PARQUET_BATCH;
            use parquet::arrow::ArrowWriter;
            use parquet::basic::Compression;
            use parquet::file::properties::WriterProperties;
            let pq = |e: parquet::errors::ParquetError| StoreError::Parquet(e.to_string());
            let schema = Arc::new(Schema::new(
                columns
                    .iter()
                    .map(|(name, ty)| {
                        let dt = match ty {
                            Text => DataType::Utf8,
                            Int => DataType::Int64,
                            Real => DataType::Float64,
                            Bool => DataType::Boolean,
                        };
                        Field::new(*name, dt, true)
                    })
                    .collect::<Vec<_>>(),
            ));
            let props = WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .build();
            let mut writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(pq)?;
            let mut pending: Vec<Vec<Value>> = Vec::with_capacity(PARQUET_BATCH);
            loop {
                let row = next()?;
                let done = row.is_none();
                if let Some(row) = row {
                    pending.push(row);
                    n += 1;
                }
                if pending.len() == PARQUET_BATCH || (done && !pending.is_empty()) {
                    let batch = to_batch(&schema, columns, &pending)?;
                    writer.write(&batch).map_err(pq)?;
                    pending.clear();
                }
                if done {
                    break;
                }
            }
            writer.close().map_err(pq)?;
        }
        ExportFormat::Gdelt => {
            return Err(StoreError::Invalid(
                "the GDELT format has events only; use csv, jsonl or parquet for this table".into(),
            ))
        }
    }
    Ok(n)
}

#[cfg(feature = "parquet")]
fn to_batch(
    schema: &Arc<Schema>,
    columns: &[(&str, ColumnType)],
    rows: &[Vec<Value>],
) -> Result<RecordBatch> {
    let arrays: Vec<ArrayRef> = columns
        .iter()
        .enumerate()
        .map(|(i, (_, ty))| -> ArrayRef {
            match ty {
                Text => {
                    let mut b = StringBuilder::new();
                    for r in rows {
                        match &r[i] {
                            Value::Null => b.append_null(),
                            v => b.append_value(cell_text(v)),
                        }
                    }
                    Arc::new(b.finish())
                }
                Int => {
                    let mut b = Int64Builder::new();
                    for r in rows {
                        match &r[i] {
                            Value::Integer(v) => b.append_value(*v),
                            _ => b.append_null(),
                        }
                    }
                    Arc::new(b.finish())
                }
                Real => {
                    let mut b = Float64Builder::new();
                    for r in rows {
                        match &r[i] {
                            Value::Real(v) => b.append_value(*v),
                            Value::Integer(v) => b.append_value(*v as f64),
                            _ => b.append_null(),
                        }
                    }
                    Arc::new(b.finish())
                }
                Bool => {
                    let mut b = BooleanBuilder::new();
                    for r in rows {
                        match &r[i] {
                            Value::Integer(v) => b.append_value(*v != 0),
                            _ => b.append_null(),
                        }
                    }
                    Arc::new(b.finish())
                }
            }
        })
        .collect();
    RecordBatch::try_new(schema.clone(), arrays).map_err(|e| StoreError::Parquet(e.to_string()))
}
