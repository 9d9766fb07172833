"""Choose the place each toponym names.

Candidates are the gazetteer places with the toponym's name. A candidate
scores for its population (a weak prior: big places are mentioned more),
for lying in a country the document is about (country names and demonyms
in the text, the speakers' countries), for being the kind of place a place
word asks for ("Lachin district" is the district, not the town), for a
primary-name match over an alternate name, and, in a second pass, for
coherence with the document's other places: the same admin area, or near,
and the admin areas the document's other names could lie in.

Work per document grows linearly with its length: each choice is compared
with at most ``MAX_COMPARED`` of the document's other places (the most
mentioned), and a name's choice is scored once however often it recurs.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from casus.geo.gazetteer import Gazetteer, Place, _package_file, fold, keys_of
from casus.geo.recognize import ADMIN_WORDS, Mention

EARTH_KM = 6371.0
# Weights of the evidence (log10 population is the unit: a place ten times bigger gets +1).
# Set by reading LGL's resolution errors (there is no separate dev split); the same values
# hold on TR-News.
COUNTRY_KIND = 4.0  # a name that is a country's names the country
ADMIN_HINT = 3.0  # "X district" names the district
COUNTRY_SHARE = 3.0  # times the share of the document's country evidence for the candidate's country
COUNTRY_PRESENT = 1.5  # the candidate's country is in the document at all
SAME_ADMIN1 = 1.5  # per other place of the document in the same admin1 area
NEAR = 0.75  # per other place within 200 km
COHERENCE_CAP = 8.0
SUPPORT = 2.5  # per vote of the document's other names for the candidate's admin1 area (see _support)
SUPPORT_CAP = 3.0
PASSES = 2  # rounds of coherence after the first choice
PRIMARY_NAME = 2.0  # the toponym is the place's own name, not an alternate one
TYPED_NAME = 2.0  # penalty: the place's name carries a type word the toponym lacks
_COARSE = ("country", "region")  # too large for "near" to mean anything
MAX_COMPARED = 64  # other places (distinct name and place) a choice is compared with: the most mentioned
_NEAR_KM = 200.0
_NEAR_DEGREES = _NEAR_KM / (math.pi * EARTH_KM / 180)  # farther apart in latitude alone: not near
_TYPED = re.compile(r"\b(county|parish|district|province|region|municipality|governorate|prefecture)\b")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _score(place: Place, mention: Mention, countries: Counter[str], total: int) -> float:
    score = math.log10(place.population + 10)
    if place.kind == "country":
        score += COUNTRY_KIND
    elif place.kind in ("admin1", "admin2"):
        score += ADMIN_HINT if mention.hint == "admin" else 0.3
    elif mention.hint == "admin":
        score -= 1
    if place.country and total:
        share = countries.get(place.country, 0) / total
        score += COUNTRY_SHARE * share + (COUNTRY_PRESENT if share else 0)
    name = fold(place.name)
    if name == fold(mention.text):
        score += PRIMARY_NAME
    elif mention.hint != "admin" and _TYPED.search(name) and not _TYPED.search(fold(mention.text)):
        score -= TYPED_NAME  # "Fresno" is the city; the county is written "Fresno County"
    return score


_TYPE_WORD = re.compile(rf"\s+({'|'.join(sorted(ADMIN_WORDS))})$")


def _options(gazetteer: Gazetteer, mention: Mention) -> list[Place]:
    """The candidates of a mention; for an admin area the gazetteer lacks under its written form
    ("Alto Oblast", "Verde Region") the admin areas of its bare name."""
    found = gazetteer.lookup(mention.text)
    if found or mention.hint != "admin":
        return found
    key = fold(mention.text)
    bare = _TYPE_WORD.sub("", key)
    if bare == key:
        return []
    return [p for p in gazetteer.by_key(bare) if p.kind in ("admin1", "admin2")]


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """(ISO-3, folded name) of every country's capital (countryinfo, the package the gazetteer is built from)."""
    out = set()
    for file in _package_file("countryinfo", "data").glob("*.json"):
        info = json.loads(file.read_text(encoding="utf-8"))
        iso3, capital = (info.get("ISO") or {}).get("alpha3"), info.get("capital")
        if iso3 and isinstance(capital, str) and capital:
            out.add((iso3, fold(capital)))
    return frozenset(out)


def _capital_first(options: list[Place], key: str) -> list[Place]:
    """Without the candidates named ``key`` only by an alternate name when a capital bears it as its own."""
    if not any((p.country, key) in capitals() and fold(p.name) == key for p in options if p.country):
        return options
    return [p for p in options if key in keys_of(p.name)]  # its own name, maybe with a type word ("X County")


def resolve(mentions: list[Mention], gazetteer: Gazetteer, countries: Iterable[str] = ()) -> list[Place | None]:
    """The place of each mention (None where the gazetteer has no candidate)."""
    context = Counter(countries)
    keys = [fold(m.text) for m in mentions]
    options_of: dict[str, list[Place]] = {}
    candidates = [options_of[k] if k in options_of else options_of.setdefault(k, _options(gazetteer, m))
                  for m, k in zip(mentions, keys, strict=True)]
    # the curated regions (places.tsv) are there so that "Donbas" never resolves to a namesake town
    candidates = [[p for p in options if p.kind == "region"] or options for options in candidates]
    # a capital's own name is not lent to a town that bears it as an alternate name
    candidates = [_capital_first(options, key) for options, key in zip(candidates, keys, strict=True)]
    total = sum(context.values())
    chosen = [max(options, key=lambda p: _score(p, mention, context, total)) if options else None
              for mention, options in zip(mentions, candidates, strict=True)]
    # The document's own places are context too: countries, then admin areas and distance.
    support = _Support(keys, candidates)
    for _ in range(PASSES):
        chosen = _coherent(mentions, keys, candidates, chosen, context, support)
    return _without_strays(mentions, keys, chosen, context)


def _without_strays(mentions: list[Mention], keys: list[str], chosen: list[Place | None],
                    context: Counter[str]) -> list[Place | None]:
    """The choices less the strays (``_stray``), judged on the final choices of the other names."""
    countries = Counter(context)
    own: Counter[tuple[str, str]] = Counter()  # what each name adds to ``countries`` itself
    for mention, key, place in zip(mentions, keys, chosen, strict=True):
        if place is not None and place.country and mention.how != "gazetteer":
            countries[place.country] += 1
            own[(key, place.country)] += 1
    return [None if place is not None and _stray(place, key, countries, own) else place
            for key, place in zip(keys, chosen, strict=True)]


def _area(place: Place) -> int | None:
    """The admin1 area a candidate lies in (an admin1 area is its own)."""
    return place.id if place.kind == "admin1" else place.admin1_id


class _Support:
    """For each name, how strongly the document's *other* names point at each admin1 area.

    Every other name votes for the admin1 areas its candidates lie in, one vote shared among
    them: a name with a single candidate area ("Osakis", only in Minnesota) votes fully, a
    "Springfield" with thirty areas hardly at all. Unlike coherence with the current
    choices, this finds the right state even when every first choice was wrong, which is the
    usual case for a local paper's small towns.
    """

    def __init__(self, keys: list[str], candidates: list[list[Place]]) -> None:
        self.areas: dict[str, set[int]] = {}
        for key, options in zip(keys, candidates, strict=True):
            self.areas.setdefault(key, set()).update(a for p in options if (a := _area(p)) is not None)
        self.votes: Counter[int] = Counter()
        for found in self.areas.values():
            for area in found:
                self.votes[area] += 1 / len(found)

    def get(self, key: str, area: int) -> float:
        """The votes of the names other than ``key`` for ``area`` (a name does not vote for itself)."""
        own = self.areas.get(key, ())
        count = self.votes.get(area, 0) - (1 / len(own) if area in own else 0)
        return count if count > 0 else 0.0


def _coherent(mentions: list[Mention], keys: list[str], candidates: list[list[Place]], first: list[Place | None],
              context: Counter[str], support: _Support) -> list[Place | None]:
    """Choose again, now also scoring agreement with the other places' current choices and
    the other names' votes (``_Support``)."""
    resolved_countries = Counter(context)
    # names only the gazetteer vouches for do not count as evidence of the document's countries
    resolved_countries.update(p.country for m, p in zip(mentions, first, strict=True)
                              if p is not None and p.country and m.how != "gazetteer")
    total = sum(resolved_countries.values())
    # the other places a choice is compared with: (name, place) with how often, the most mentioned first
    groups: dict[tuple[str, int], list] = {}
    for key, place in zip(keys, first, strict=True):
        if place is not None:
            groups.setdefault((key, place.id), [place, 0])[1] += 1
    compared = sorted(((key, place, n) for (key, _), (place, n) in groups.items()), key=lambda g: -g[2])
    compared = compared[:MAX_COMPARED]
    scored: dict[tuple[str, int], float] = {}

    def coherence(place: Place, key: str) -> float:
        if (key, place.id) in scored:
            return scored[(key, place.id)]
        area = _area(place)
        bonus = SUPPORT * min(support.get(key, area), SUPPORT_CAP) if area is not None else 0.0
        for other_key, other, n in compared:
            if bonus >= COHERENCE_CAP:
                break
            if other_key == key:  # a name is no evidence for itself
                continue
            if place.admin1_id and place.admin1_id in (other.admin1_id, other.id):
                bonus += SAME_ADMIN1 * n
            elif other.kind not in _COARSE and abs(place.lat - other.lat) <= _NEAR_DEGREES and distance_km(
                    place.lat, place.lon, other.lat, other.lon) < _NEAR_KM:
                bonus += NEAR * n
        scored[(key, place.id)] = min(bonus, COHERENCE_CAP)
        return scored[(key, place.id)]

    chosen: list[Place | None] = []
    for mention, key, options in zip(mentions, keys, candidates, strict=True):
        if mention.how == "gazetteer" and resolved_countries:
            # a name only the gazetteer vouches for must lie in a country the document is about
            options = [p for p in options if p.country in resolved_countries]
        if not options:
            chosen.append(None)
            continue
        chosen.append(max(options, key=lambda p, m=mention, k=key: _score(p, m, resolved_countries, total)
                          + coherence(p, k)))
    return chosen


STRAY_TOWN = 10_000  # a village this small abroad, with no other sign of its country, is a namesake
STRAY_ALIAS = 500_000  # so is a town this small named by one of its alternate names (one a distant city shares)


def _stray(place: Place, key: str, countries: Counter[str], own: Counter[tuple[str, str]]) -> bool:
    """A place in a country nothing else in the document points to (no country name, speaker or
    other place), though the document points to other countries: a namesake the gazetteer offered
    ("Mir", a Belarusian village, in a page about Central Asia), not a place the text tells of."""
    if place.kind in _COARSE or not place.country:
        return False
    elsewhere = countries.get(place.country, 0) - own.get((key, place.country), 0)
    others = sum(countries.values()) - sum(n for (k, _), n in own.items() if k == key)
    if elsewhere > 0 or others <= 0:
        return False
    alias = fold(place.name) != key
    return place.population < (STRAY_ALIAS if alias else STRAY_TOWN)
