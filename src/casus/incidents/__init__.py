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
The incident toll follows ACLED: for each side and kind the lowest best
estimate any source gives (its low bound where no source gives a best),
summed over the sides.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from casus.events.crosswalk import ARMED_SECTORS
from casus.incidents.link import sides

_STATED = {"asserted", "alleged"}


def _evidence(event: dict[str, Any]) -> list[Any]:
    span = event["evidence"]
    return [event["doc_id"], {"start": span["start"], "end": span["end"], "text": span["text"]}]


def _add(positions: dict[str, dict[str, Any]], value: str, event: dict[str, Any],
         holder: dict[str, Any] | None = None) -> None:
    holder = holder or event["said_by"]
    position = positions.setdefault(value, {"value": value, "sources": [], "evidence": [], "_countries": set()})
    if holder["name"] is not None and holder["name"] not in position["sources"]:  # None: an unknown outlet
        position["sources"].append(holder["name"])
    position["_countries"].add(holder.get("country"))
    evidence = _evidence(event)
    if evidence not in position["evidence"]:
        position["evidence"].append(evidence)


def _dispute(about: str, positions: dict[str, dict[str, Any]], by_country: bool = False,
             **extra: Any) -> dict[str, Any] | None:
    """A dispute when two positions are held by different sources (of different countries, if
    ``by_country``): one source describing an attack and its answer disputes nothing."""
    values = list(positions.values())
    key = "_countries" if by_country else "sources"

    def held(position: dict[str, Any]) -> set[Any]:
        return {x for x in position[key] if x is not None}

    opposed = any(held(a) and held(b) and not held(a) & held(b)
                  for i, a in enumerate(values) for b in values[i + 1:])
    if len(values) < 2 or not opposed:
        return None
    cleaned = [{**{k: v for k, v in p.items() if not k.startswith("_")},
                "source_countries": sorted(c for c in p["_countries"] if c)} for p in values]
    return {"about": about, **extra, "positions": sorted(cleaned, key=lambda p: p["value"])}


def _targets_civilians(event: dict[str, Any]) -> bool:
    if any(r.get("sector") == "CVL" for r in event["recipients"]):
        return True
    if any((event["toll"][k].get("of") or {}).get("sector") == "CVL" for k in ("dead", "injured")):
        return True
    return "civilian" in event["evidence"]["text"].lower() and event["event"] == "ASSAULT" and not any(
        r.get("sector") in ARMED_SECTORS for r in event["recipients"])


def _side_of_toll(event: dict[str, Any], kind: str) -> str:
    of = event["toll"][kind].get("of") or {}
    if of.get("country"):
        return of["country"]
    recipients = sorted({r["country"] for r in event["recipients"] if r.get("country")})
    return recipients[0] if len(recipients) == 1 else "?"


def _holders(event: dict[str, Any]) -> list[dict[str, Any]]:
    return event.get("held_by") or [{**event["said_by"], "says": "no" if event["status"] == "denied" else "yes"}]


def disputes(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    attacks = [e for e in events if e["event"] == "ASSAULT"]
    out: list[dict[str, Any] | None] = []
    # initiator: the attacker of the first attack each source tells (an answer told later is not a start);
    # a document's own unattributed voice names no initiator
    initiators: dict[str, dict[str, Any]] = {}
    first: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {}
    for e in attacks:
        attackers = sorted({a["country"] for a in e["actors"] if a.get("country")})
        for holder in _holders(e):
            if holder["says"] == "yes" and attackers and holder["name"] not in first and holder["kind"] != "outlet":
                first[holder["name"]] = ("+".join(attackers), e, holder)
    for value, e, holder in first.values():
        _add(initiators, value, e, holder)
    out.append(_dispute("initiator", initiators, by_country=True))
    civilians: dict[str, dict[str, Any]] = {}
    occurred: dict[str, dict[str, dict[str, Any]]] = {}  # per attacker: its positions
    for e in attacks:
        attackers = "+".join(sorted({a["country"] for a in e["actors"] if a.get("country")})) or "?"
        for holder in _holders(e):
            if _targets_civilians(e):
                _add(civilians, holder["says"], e, holder)
            _add(occurred.setdefault(attackers, {}), holder["says"], e, holder)
    out.append(_dispute("civilian_targeting", civilians))
    for attackers, positions in sorted(occurred.items()):
        out.append(_dispute("occurred", positions, attacker=attackers))
    places: dict[str, dict[str, Any]] = {}
    for e in attacks:
        countries = sorted({loc["country"] for loc in e["locations"] if loc.get("country")})
        if e["status"] in _STATED and countries:
            _add(places, "+".join(countries), e)
    out.append(_dispute("location", places, by_country=True))
    for kind, side, positions in _toll_positions(events):
        if side != "?":  # numbers for nobody in particular may count different people
            out.append(_dispute("toll", positions, kind=kind, side=side))
    return [d for d in out if d is not None]


def _count_text(count: dict[str, Any]) -> str:
    if count.get("best") is not None:
        return str(count["best"])
    if count.get("low") is not None:
        return f">={count['low']}"
    return f"<={count['high']}"


def _toll_positions(events: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, dict[str, Any]]]]:
    table: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for e in events:
        if e["status"] not in _STATED:
            continue
        for kind in ("dead", "injured"):
            count = e["toll"][kind]
            if count.get("text") is None:
                continue
            _add(table[(kind, _side_of_toll(e, kind))], _count_text(count), e)
    return [(kind, side, positions) for (kind, side), positions in sorted(table.items())]


def toll(events: list[dict[str, Any]]) -> dict[str, dict[str, int | None]]:
    """ACLED-style: per side the lowest estimate any source gives, summed over the sides."""
    out: dict[str, dict[str, int | None]] = {}
    for kind in ("dead", "injured"):
        per_side: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in events:
            count = e["toll"][kind]
            if e["status"] in _STATED and count.get("text") is not None:
                per_side[_side_of_toll(e, kind)].append(count)
        lows = [min((c["low"] for c in cs if c.get("low") is not None), default=None) for cs in per_side.values()]
        bests = [min((c["best"] for c in cs if c.get("best") is not None), default=None) for cs in per_side.values()]
        highs = [max((c["high"] for c in cs if c.get("high") is not None), default=None) for cs in per_side.values()]
        out[kind] = {
            "low": sum(x for x in lows if x is not None) if any(x is not None for x in lows) else None,
            "best": sum(b if b is not None else (low or 0) for b, low in zip(bests, lows, strict=True))
            if any(b is not None for b in bests) else None,
            "high": sum(highs) if highs and all(h is not None for h in highs) else None,  # type: ignore[arg-type]
        }
    return out


def incident_record(incident_id: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    """One incident per SCHEMA.md from its events (``Store.events`` rows)."""
    starts = [e["time"]["start"] or e["time"]["end"] for e in events]
    ends = [e["time"]["end"] or e["time"]["start"] for e in events]
    locations: list[dict[str, Any]] = []
    for e in events:
        for loc in e["locations"]:
            if not any(loc["name"] == x["name"] and loc.get("country") == x.get("country") for x in locations):
                locations.append({k: loc.get(k) for k in ("name", "geonameid", "country", "admin1", "admin2",
                                                          "lat", "lon", "precision")})
    documents = list(dict.fromkeys(e["doc_id"] for e in events))
    return {
        "id": incident_id,
        "time": {"start": min(s for s in starts if s), "end": max(x for x in ends if x)},
        "locations": locations,
        "event_types": sorted({e["event"] for e in events}),
        "countries": sorted({c for e in events for c in sides(e)}),
        "documents": documents,
        "events": [[e["doc_id"], e["id"]] for e in events],
        "toll": toll(events),
        "disputes": disputes(events),
    }
