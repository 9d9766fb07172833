"""One entry per place in a list of event locations (an incident's places).

Reports of one clash name its places in many ways: the same GeoNames id
from several documents, a town and the district named after it ("Alto" and
"Alto District" when the town is that district's seat, one admin2), one
district under two spellings that the gazetteer holds as two entries, and
the country around places already listed. A location is dropped when an
earlier one is the same place: the same GeoNames id; the same name in the
same country; or, within 30 km,
the same kind of place in the same country and admin areas with a name
spelled nearly the same, or a town and an admin2 area of the same name
where the town lies in that area. A country is dropped when a place inside it is listed.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from casus.geo.gazetteer import fold
from casus.geo.resolve import distance_km

_TYPE_WORDS = re.compile(
    r"\b(district|rayon|raion|rayonu|province|region|oblast|oblasti|marz|county|parish|governorate|prefecture|"
    r"municipality|department|state|city|town|village|canton|commune|amphoe|srok|nohiyai|tehsil)\b"
)
SPELLING = 0.8  # SequenceMatcher ratio of two bare names above which they are one name spelled twice
NEAR_KM = 30.0  # two entries for one place lie this close (namesakes in one district may not)
_FINE = ("point", "town", "admin2", "admin1")


def bare(name: str) -> str:
    """A place's name without type words: "Alto District" and "Alto" meet."""
    return " ".join(_TYPE_WORDS.sub(" ", fold(name)).split())


def _similar(a: str, b: str) -> bool:
    a, b = bare(a), bare(b)
    return bool(a and b) and (a == b or SequenceMatcher(None, a, b).ratio() >= SPELLING)


def same_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two locations name one place (see the module's note)."""
    if a.get("geonameid") is not None and a.get("geonameid") == b.get("geonameid"):
        return True
    if a.get("country") != b.get("country"):
        return False
    if fold(a["name"]) == fold(b["name"]):  # one name in one country: listed once, whatever it resolved to
        return True
    if a.get("admin1") != b.get("admin1"):
        return False
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")) and distance_km(
            a["lat"], a["lon"], b["lat"], b["lon"]) > NEAR_KM:
        return False
    kinds = {a.get("precision"), b.get("precision")}
    if len(kinds) == 1 and a.get("admin2") == b.get("admin2"):
        return _similar(a["name"], b["name"])
    if kinds == {"town", "admin2"}:
        town, area = (a, b) if a.get("precision") == "town" else (b, a)
        return (town.get("admin2") is not None and _similar(town["admin2"], area["name"])
                and _similar(town["name"], area["name"]))
    return False


def distinct(locations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The locations in first-seen order, one per place; a town stands for the district it is
    one with; no country around a listed place."""
    out: list[dict[str, Any]] = []
    for loc in locations:
        at = next((i for i, x in enumerate(out) if same_place(loc, x)), None)
        if at is None:
            out.append(loc)
        elif loc.get("precision") == "town" and out[at].get("precision") == "admin2":
            out[at] = loc  # the finer of the two
    inside = {loc.get("country") for loc in out if loc.get("precision") in _FINE}
    return [loc for loc in out if loc.get("precision") != "country" or loc.get("country") not in inside]
