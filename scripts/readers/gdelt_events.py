"""A loader for GDELT 2.0 event files (`*.export.CSV`), as written for GDELT's own files.

Nothing here knows about sitrep: it follows GDELT's codebook (61 tab-separated columns,
no header, codes as strings, SQLDATE-style `Day`, DATEADDED as YYYYMMDDHHMMSS), so that a
sitrep `export --format gdelt` file can be checked against what GDELT users run.
Usage: `load(path)` returns a pandas DataFrame with `Day` and `DATEADDED` parsed.
"""

COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
    "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
    "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]

INTEGERS = ["GlobalEventID", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
            "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type"]
FLOATS = ["FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long",
          "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"]


def load(path):
    import pandas as pd

    dtypes = {c: "string" for c in COLUMNS}
    dtypes.update({c: "Int64" for c in INTEGERS})
    dtypes.update({c: "float64" for c in FLOATS})
    df = pd.read_csv(path, sep="\t", header=None, names=COLUMNS, dtype=dtypes,
                     quoting=3, keep_default_na=False, na_values=[""])
    df["Day"] = pd.to_datetime(df["Day"], format="%Y%m%d", errors="coerce")
    df["DATEADDED"] = pd.to_datetime(df["DATEADDED"], format="%Y%m%d%H%M%S", errors="raise")
    return df
