"""Geocoding: toponyms in the text, resolved against the offline gazetteer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from casus.actors import country_index
from casus.geo.gazetteer import Gazetteer, Place, gazetteer
from casus.geo.recognize import Mention, figurative, recognize
from casus.geo.resolve import resolve
from casus.ingest.dateline import dateline_place_spans
from casus.model import Document, PlaceMention
from casus.nlp import doc_text

PRECISION = {"town": "town", "admin2": "admin2", "admin1": "admin1", "country": "country", "region": "region"}


ROLES = ("dateline", "seat", "modifier")


@dataclass
class Toponym(PlaceMention):
    """A place mention with its role in the text (SCHEMA.md ``places``, field ``role``): None for a place
    the text tells of; "dateline" where the report was filed from ("CITY, date (Agency) —"); "seat" where
    the name stands for the government seated there ("the capital denied it"); "modifier" where it qualifies
    a noun ("capital-backed forces", "capital time"). None of these is where an event happened, so the event
    coder leaves them out of event locations."""

    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "role": self.role}


def place_mention(doc: Document, start: int, end: int, place: Place, role: str | None = None) -> Toponym:
    return Toponym(span=doc.span(start, end), name=place.name, geonameid=place.geonameid,
                   country=place.country, admin1=place.admin1, admin2=place.admin2, lat=place.lat,
                   lon=place.lon, precision=PRECISION[place.kind], role=role)


def roles(parsed: Any, mentions: list[Mention]) -> list[str | None]:
    """The role of each mention (``Toponym.role``)."""
    datelines = dateline_place_spans(doc_text(parsed))
    out: list[str | None] = []
    for m in mentions:
        if any(start <= m.start and m.end <= end for start, end in datelines):
            out.append("dateline")
        elif m.how == "seat":  # "the Balochistan government": where the body sits, not where anything happened
            out.append("seat")
        else:
            out.append(figurative(parsed, m.start, m.end))
    return out


def locate(parsed: Any, gaz: Gazetteer, countries: Iterable[str] = ()) -> list[tuple[Mention, Place | None]]:
    """Toponyms of a parsed text and their places; ``countries``: what else says the text is about
    (the speakers' countries). The country names and demonyms of the text itself always count."""
    mentions = recognize(parsed, gaz)
    context = [m.iso3 for m in country_index().find(doc_text(parsed))] + list(countries)
    return list(zip(mentions, resolve(mentions, gaz, context), strict=True))


class Geocoder:
    """Pipeline stage: fill ``doc.places`` from the parse and the gazetteer."""

    name = "geo"

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gazetteer = gaz or gazetteer()

    def __call__(self, doc: Document) -> Document:
        speakers = [s.country for s in doc.sources if s.country]
        located = locate(doc.parsed, self.gazetteer, speakers)
        found = roles(doc.parsed, [m for m, _ in located])
        doc.places = [place_mention(doc, m.start, m.end, p, role)
                      for (m, p), role in zip(located, found, strict=True) if p is not None]
        return doc
