"""Geocoding: toponyms in the text, resolved against the offline gazetteer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from casus.actors import country_index
from casus.geo.gazetteer import Gazetteer, Place, gazetteer
from casus.geo.recognize import Mention, recognize
from casus.geo.resolve import resolve
from casus.model import Document, PlaceMention

PRECISION = {"town": "town", "admin2": "admin2", "admin1": "admin1", "country": "country", "region": "region"}


def place_mention(doc: Document, start: int, end: int, place: Place) -> PlaceMention:
    return PlaceMention(span=doc.span(start, end), name=place.name, geonameid=place.geonameid,
                        country=place.country, admin1=place.admin1, admin2=place.admin2, lat=place.lat,
                        lon=place.lon, precision=PRECISION[place.kind])


def locate(parsed: Any, gaz: Gazetteer, countries: Iterable[str] = ()) -> list[tuple[Mention, Place | None]]:
    """Toponyms of a parsed text and their places; ``countries``: what else says the text is about
    (the speakers' countries). The country names and demonyms of the text itself always count."""
    mentions = recognize(parsed, gaz)
    context = [m.iso3 for m in country_index().find(parsed.text)] + list(countries)
    return list(zip(mentions, resolve(mentions, gaz, context), strict=True))


class Geocoder:
    """Pipeline stage: fill ``doc.places`` from the parse and the gazetteer."""

    name = "geo"

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gazetteer = gaz or gazetteer()

    def __call__(self, doc: Document) -> Document:
        speakers = [s.country for s in doc.sources if s.country]
        doc.places = [place_mention(doc, m.start, m.end, p)
                      for m, p in locate(doc.parsed, self.gazetteer, speakers) if p is not None]
        return doc
