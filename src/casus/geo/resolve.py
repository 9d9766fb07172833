"""Choose the place each toponym names.

Candidates are the gazetteer places with the toponym's name. A candidate
scores for its population (a weak prior: big places are mentioned more),
for lying in a country the document is about (country names and demonyms
in the text, the speakers' countries), for being the kind of place a place
word asks for ("Lachin district" is the district, not the town), for a
primary-name match over an alternate name, and, in a second pass, for
coherence with the document's other places: the same admin area, or near.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from casus.geo.gazetteer import Gazetteer, Place, fold
from casus.geo.recognize import Mention

EARTH_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _score(place: Place, mention: Mention, countries: Counter[str], total: int) -> float:
    score = math.log10(place.population + 10)
    if place.kind == "country":
        score += 4
    elif place.kind in ("admin1", "admin2"):
        score += 3 if mention.hint == "admin" else 0.3
    elif mention.hint == "admin":
        score -= 1
    if place.country and total:
        share = countries.get(place.country, 0) / total
        score += 3 * share + (1.5 if share else 0)
    if fold(place.name) == fold(mention.text):
        score += 0.5
    return score


def resolve(mentions: list[Mention], gazetteer: Gazetteer, countries: Iterable[str] = ()) -> list[Place | None]:
    """The place of each mention (None where the gazetteer has no candidate)."""
    context = Counter(countries)
    candidates = [gazetteer.lookup(m.text) for m in mentions]
    first: list[Place | None] = []
    for mention, options in zip(mentions, candidates, strict=True):
        total = sum(context.values())
        first.append(max(options, key=lambda p: _score(p, mention, context, total)) if options else None)
    # The document's own places are context too: countries, then admin areas and distance.
    resolved_countries = Counter(context)
    resolved_countries.update(p.country for p in first if p is not None and p.country)
    total = sum(resolved_countries.values())
    chosen: list[Place | None] = []
    for i, (mention, options) in enumerate(zip(mentions, candidates, strict=True)):
        if mention.how == "gazetteer" and resolved_countries:
            # a name only the gazetteer vouches for must lie in a country the document is about
            options = [p for p in options if p.country in resolved_countries]
        if not options:
            chosen.append(None)
            continue
        others = [p for j, p in enumerate(first)
                  if p is not None and j != i and fold(mentions[j].text) != fold(mention.text)]

        def coherence(place: Place, others: list[Place] = others) -> float:
            bonus = 0.0
            for other in others:
                if place.admin1_id and place.admin1_id in (other.admin1_id, other.id):
                    bonus += 1.0
                elif other.kind != "country" and distance_km(place.lat, place.lon, other.lat, other.lon) < 200:
                    bonus += 0.5
            return min(bonus, 3.0)

        chosen.append(max(options, key=lambda p: _score(p, mention, resolved_countries, total) + coherence(p)))
    return chosen
