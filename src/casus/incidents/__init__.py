"""Incidents: the events of many documents that tell one happening, and where their sources disagree.

The linking (``link.py``) runs as documents are stored; this module reads an
incident's events back and reports it per ../shared/SCHEMA.md: its time,
places, types, documents, a conservative toll, and the disputes.

Disputes, each position with its sources and evidence spans:
- ``initiator``: sources name different attackers for the incident's attacks;
- ``civilian_targeting``: one source says civilians were hit, another denies it;
- ``toll``: different numbers of dead (or injured) for the same side;
- ``occurred``: one source asserts an attack that another denies;
- ``location``: sources put the fighting in different countries.
Its places are distinct (``casus.geo.distinct``): one per GeoNames id, a town
and the district one with it once, no country around a listed place.
The incident toll follows ACLED: for each side and kind the lowest best
estimate any source gives (its low bound where no source gives a best),
summed over the sides.
"""

from __future__ import annotations

from typing import Any

from casus.geo.distinct import distinct
from casus.incidents.disputes import disputes
from casus.incidents.link import sides
from casus.incidents.tolls import toll, tolls


def incident_record(incident_id: str, events: list[dict[str, Any]],
                    window: tuple[str, str] | None = None) -> dict[str, Any]:
    """One incident per SCHEMA.md from its events (``Store.events`` rows). Its time is the ``window`` linking
    kept (``link.py``: day-precision events only, grown up to a bound), not the span of every event: a
    month- or year-precision event may belong to an incident but says nothing about its days."""
    if window is None or not all(window):
        dated = [e for e in events if e["time"].get("precision") in (None, "hour", "day")] or events
        starts = [s for e in dated if (s := e["time"]["start"] or e["time"]["end"])]
        ends = [x for e in dated if (x := e["time"]["end"] or e["time"]["start"])]
        window = (min(starts), max(ends)) if starts and ends else (None, None)  # type: ignore[assignment]
    locations = distinct([{k: loc.get(k) for k in ("name", "geonameid", "country", "admin1", "admin2", "lat", "lon",
                                                  "precision")} for e in events for loc in e["locations"]])
    documents = list(dict.fromkeys(e["doc_id"] for e in events))
    return {
        "id": incident_id,
        "time": {"start": window[0], "end": window[1]},
        "locations": locations,
        "event_types": sorted({e["event"] for e in events}),
        "countries": sorted({c for e in events for c in sides(e)}),
        "documents": documents,
        "events": [[e["doc_id"], e["id"]] for e in events],
        "toll": toll(events),
        "tolls": tolls(events),
        "disputes": disputes(events),
    }
