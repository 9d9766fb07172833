"""Exports of stored events: PLOVER JSONL, an ACLED-style CSV, and GeoJSON.

- PLOVER JSONL: one record per event with the PLOVER manual's field names
  (``id``, ``date``, ``event``, ``mode``, ``context``, ``actor``,
  ``recipient``, ``location``, ``text``) plus what casus knows beyond them
  (status, who claims it, toll, the source document and its span).
- ACLED-style CSV: ACLED's column names where casus has the field
  (``event_id_cnty``, ``event_date``, ``year``, ``time_precision``,
  ``event_type``, ``sub_event_type``, ``actor1``, ``actor2``, ``iso``,
  ``country``, ``admin1``, ``admin2``, ``location``, ``latitude``,
  ``longitude``, ``geo_precision``, ``source``, ``notes``, ``fatalities``,
  ``civilian_targeting``), then casus's own columns (``casus_*``). Only the
  events ACLED codes (those with an ACLED type) are rows, and of those only
  the ones a source says happened (status asserted or alleged, in
  ``casus_status``): ACLED codes what happened, not what someone denied,
  plans or supposes; ``all_statuses`` (``--all-statuses``) adds denied,
  future and hypothetical events. Every cell is one line (the evidence in
  ``notes`` with its line breaks and blank lines folded into spaces). An
  event with no country gets an ``event_id_cnty`` without a country prefix.
  Precision codes follow ACLED: time 1 day / 2 week / 3 month or longer;
  geo 1 town / 2 admin2 / 3 admin1 or wider.
- GeoJSON: a FeatureCollection with one Point feature per event place.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from casus.actors import country_index

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "civilian_targeting", "iso", "country", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
    "casus_doc_id", "casus_event_id", "casus_status", "casus_claimed_by", "casus_incident", "casus_event",
]
_TIME_PRECISION = {"hour": 1, "day": 1, "week": 2, "month": 3, "year": 3}
_GEO_PRECISION = {"point": 1, "town": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
FORMATS = ("plover", "acled-csv", "geojson")
HAPPENED = ("asserted", "alleged")  # the statuses ACLED rows are written for by default


def _actor(actor: dict[str, Any]) -> dict[str, Any]:
    return {"actorText": actor["text"], "code": actor.get("country"), "sector": actor.get("sector")}


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"{event['doc_id'][:16]}-{event['id']}",
        "date": event["time"]["start"] or event["time"]["end"],
        "event": event["event"], "mode": event.get("mode"), "context": event.get("context") or [],
        "actor": [_actor(a) for a in event["actors"]], "recipient": [_actor(a) for a in event["recipients"]],
        "location": event["locations"], "text": event["evidence"]["text"], "language": "en",
        "status": event["status"], "claimed_by": event["said_by"], "time": event["time"], "toll": event["toll"],
        "quad": event["quad"], "acled": event["acled"], "cameo": event.get("cameo"),
        "publication": event.get("publisher"), "url": event.get("url"), "document": event["doc_id"],
        "evidence": event["evidence"], "incident": event.get("incident"),
    }


def _names(actors: list[dict[str, Any]]) -> str:
    out = []
    for a in actors:
        country = country_index().name(a["country"]) if a.get("country") else None
        sector = a.get("sector")
        out.append(f"{a['name']} ({country}{'/' + sector if sector else ''})" if country else a["name"])
    return "; ".join(out)


def _line(value: Any) -> Any:
    """A cell on one line: text with its line breaks and runs of spaces folded into single spaces."""
    return " ".join(value.split()) if isinstance(value, str) else value


def acled_rows(events: Iterable[dict[str, Any]], all_statuses: bool = False) -> Iterable[dict[str, Any]]:
    """The ACLED rows of the events ACLED codes: those said to have happened, or all if ``all_statuses``."""
    for e in events:
        if not e["acled"].get("event_type") or not (all_statuses or e["status"] in HAPPENED):
            continue
        place = next((loc for loc in e["locations"]), None)
        start = e["time"]["start"] or e["time"]["end"]
        iso = (place or {}).get("country") or next(
            (a["country"] for a in e["recipients"] + e["actors"] if a.get("country")), None)
        dead = e["toll"]["dead"]
        row = {
            "event_id_cnty": f"{iso + '-' if iso else ''}{e['doc_id'][:12]}-{e['id']}",
            "event_date": start, "year": start[:4] if start else None,
            "time_precision": _TIME_PRECISION.get(e["time"].get("precision") or "", 3),
            "event_type": e["acled"]["event_type"], "sub_event_type": e["acled"]["sub_event_type"],
            "actor1": _names(e["actors"]), "actor2": _names(e["recipients"]),
            "civilian_targeting": "Civilian targeting" if any(r.get("sector") == "CVL" for r in e["recipients"])
            else "",
            "iso": iso, "country": country_index().name(iso) if iso else None,
            "admin1": (place or {}).get("admin1"), "admin2": (place or {}).get("admin2"),
            "location": (place or {}).get("name"), "latitude": (place or {}).get("lat"),
            "longitude": (place or {}).get("lon"),
            "geo_precision": _GEO_PRECISION.get((place or {}).get("precision") or "", 3) if place else None,
            "source": e.get("publisher") or e["said_by"]["name"], "notes": e["evidence"]["text"],
            "fatalities": dead.get("best") if dead.get("best") is not None else (dead.get("low") or 0),
            "casus_doc_id": e["doc_id"], "casus_event_id": e["id"], "casus_status": e["status"],
            "casus_claimed_by": e["said_by"]["name"], "casus_incident": e.get("incident"), "casus_event": e["event"],
        }
        yield {column: _line(value) for column, value in row.items()}


def geojson(events: Iterable[dict[str, Any]]) -> dict[str, Any]:
    features = []
    for e in events:
        for loc in e["locations"]:
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                "properties": {"doc_id": e["doc_id"], "event_id": e["id"], "event": e["event"], "mode": e.get("mode"),
                               "status": e["status"], "date": e["time"]["start"] or e["time"]["end"],
                               "place": loc["name"], "precision": loc["precision"], "incident": e.get("incident"),
                               "claimed_by": e["said_by"]["name"], "text": e["evidence"]["text"]},
            })
    return {"type": "FeatureCollection", "features": features}


def write(events: list[dict[str, Any]], fmt: str, out: TextIO, all_statuses: bool = False) -> int:
    """Write ``events`` in ``fmt`` to ``out``; the number of records (rows, features) written.
    ``all_statuses``: ACLED rows for denied, future and hypothetical events too (see ``acled_rows``)."""
    if fmt == "plover":
        for e in events:
            out.write(json.dumps(plover_record(e), ensure_ascii=False) + "\n")
        return len(events)
    if fmt == "acled-csv":
        writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        n = 0
        for row in acled_rows(events, all_statuses):
            writer.writerow(row)
            n += 1
        return n
    collection = geojson(events)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])
