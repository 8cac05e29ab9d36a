"""Read sitrep exports with pandas or DuckDB, keeping codes as strings.

CSV has no types, and readers that guess them turn CAMEO code `051` into the number 51 and
country code `NA` (Namibia) into a missing value. Pass these dtypes:

    import pandas as pd
    from sitrep_events import PANDAS_DTYPES
    events = pd.read_csv("events.csv", dtype=PANDAS_DTYPES, keep_default_na=False,
                         na_values=[""], parse_dates=["date_start"])

    import duckdb
    from sitrep_events import duckdb_types
    duckdb.sql(f"SELECT * FROM read_csv('events.csv', types={duckdb_types()})")

Parquet keeps the types by itself (`pd.read_parquet`, `duckdb.read_parquet`).
`read_events_csv(path)` does the pandas call above.
"""

# Columns that must stay text: codes (leading zeros, "NA"), ids, dates kept at their
# precision ("2025-06"), and the free-text fields.
STRING_COLUMNS = [
    "id", "category", "cameo", "actor_name", "actor_code", "actor_sector", "actor_cameo",
    "recipient_name", "recipient_code", "recipient_sector", "recipient_cameo", "date",
    "place_name", "place_code", "first_published", "source_url", "evidence",
    "date_precision", "date_start", "mode", "context", "modality", "sources", "trigger",
    "rule", "date_added",
]

PANDAS_DTYPES = {c: "string" for c in STRING_COLUMNS}
PANDAS_DTYPES.update({
    "global_id": "int64",
    "goldstein": "float64",
    "quad": "int64",
    "lat": "float64",
    "lon": "float64",
    "num_mentions": "int64",
    "num_articles": "int64",
    "num_sources": "int64",
    "asserted_mentions": "int64",
})
# is_root and negated are written true/false; pandas reads them as bool by itself.
del PANDAS_DTYPES["date_start"]  # parsed as a date instead (parse_dates)

# Quotes, quantities and entities exports (`export --table ...`).
TABLE_STRING_COLUMNS = [
    "document", "published", "url", "id", "text", "speaker", "speaker_entity",
    "speaker_code", "speaker_sector", "speaker_org", "unit", "kind", "actor_code",
    "actor_sector", "type", "code", "sector", "org", "role", "cameo_actor",
]


def duckdb_types():
    """The `types=` argument of DuckDB's read_csv for an events CSV."""
    return "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in STRING_COLUMNS if c != "date_start") + "}"


def read_events_csv(path):
    import pandas as pd

    return pd.read_csv(
        path,
        dtype=PANDAS_DTYPES,
        keep_default_na=False,
        na_values=[""],
        parse_dates=["date_start"],
    )


def read_table_csv(path):
    """A quotes, quantities or entities CSV export."""
    import pandas as pd

    with open(path, encoding="utf-8") as f:
        header = f.readline().strip().split(",")
    dtypes = {c: "string" for c in header if c in TABLE_STRING_COLUMNS}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])
