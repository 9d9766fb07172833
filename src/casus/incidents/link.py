"""Linking events of different documents into incidents: the same happening told by several sources.

An event joins an incident when
- its type is material conflict (what happened, not what was said), and
  its status says it happened or is disputed (asserted, alleged, denied);
- its sides (participants' countries, else also its places' and the
  document's speakers' countries; an event with none is not linked) fit
  the incident's: one set holds the other, so "A shelled B"
  and "B attacked A" meet, whoever is named first;
- its time window, widened by a tolerance for its precision (a day for a
  day, nothing more for a month), overlaps the incident's;
- its places are near the incident's: within ``NEAR_KM`` of one of them
  (75 km takes in both sides of a border), or in the same admin2 area; an
  event or incident with no place is not kept apart by place.
Blocking: candidates come from an index on the end of the incident's
window, read from the event's start to at most ``MAX_SPAN_DAYS`` after its
end (no window is longer), and one of the event's countries, so linking costs a few indexed lookups per event, not a
comparison with every incident (bench/incidents.py measures it). Linking is incremental and
in ingest order: the first incident that fits is joined, else a new one
starts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from casus.geo.resolve import distance_km

LINKED_QUADS = {"material-conflict"}
_COARSE = {"admin1", "country", "region"}
LINKED_STATUSES = {"asserted", "alleged", "denied"}
NEAR_KM = 75.0
MAX_SPAN_DAYS = 120  # no incident window is longer, which bounds the index range a lookup reads
STRETCH_DAYS = 7  # day-by-day events stretch an incident to a week at most (riots over a month stay apart)
_TOLERANCE_DAYS = {"hour": 1, "day": 1, "week": 2, "month": 0, "year": 0, None: 1}


def _days(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, held inside the calendar (years 1 to 9999) rather than overflowing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def linkable(event: dict[str, Any]) -> bool:
    """Material conflict that happened or is disputed, with a date and at least one country: an event
    nobody can place in a country or in time would join incidents by chance."""
    return event["quad"] in LINKED_QUADS and event["status"] in LINKED_STATUSES and bool(
        event["time"]["start"] or event["time"]["end"]) and bool(sides(event))


def sides(event: dict[str, Any]) -> list[str]:
    """The countries on the sides of an event: its participants', else also its places', else also the
    document's speakers' (who stand in for a side the sentence does not name)."""
    own = {a["country"] for a in event["actors"] + event["recipients"] if a.get("country")}
    if len(own) < 2:
        own |= {loc["country"] for loc in event["locations"] if loc.get("country")}
    if len(own) < 2:
        own |= set(event.get("sides") or [])
    return sorted(own)


def window(event: dict[str, Any]) -> tuple[str, str]:
    """The event's time window, widened by the tolerance of its precision."""
    time = event["time"]
    start = date.fromisoformat(time["start"] or time["end"])
    end = date.fromisoformat(time["end"] or time["start"])
    if time["start"] is None:  # only bounded by the publication date: the days before it
        start = _shift(end, -2)
    pad = _TOLERANCE_DAYS.get(time.get("precision"), 1)
    return _shift(start, -pad).isoformat(), _shift(end, pad).isoformat()


def near(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Places within ``NEAR_KM`` of each other or in one admin2 area; no places on one side is no objection.
    Provinces and countries say too little about where, so they are left out."""
    a = [x for x in a if x.get("precision") not in _COARSE]
    b = [x for x in b if x.get("precision") not in _COARSE]
    if not a or not b:
        return True
    for x in a:
        for y in b:
            if x.get("admin2") and x.get("admin2") == y.get("admin2") and x.get("country") == y.get("country"):
                return True
            if distance_km(x["lat"], x["lon"], y["lat"], y["lon"]) <= NEAR_KM:
                return True
    return False


def _fits(countries: list[str], other: list[str]) -> bool:
    a, b = set(countries), set(other)
    return bool(a) and bool(b) and (a <= b or b <= a)


def link_event(db: Any, event: dict[str, Any], next_seq: Callable[[str], int]) -> str:
    """The id of the incident ``event`` belongs to (joined or started), updating its window."""
    countries = sides(event)
    start, end = window(event)
    latest_end = _shift(date.fromisoformat(end), MAX_SPAN_DAYS).isoformat()
    candidates: dict[str, tuple[str, str, str]] = {}
    for country in countries or [""]:
        # an overlapping incident ends between the event's start and MAX_SPAN_DAYS after its end
        for row in db.query(
                "SELECT id, countries, start_date, end_date FROM incidents WHERE end_date >= ? AND end_date <= ?"
                " AND start_date <= ? AND countries LIKE ? ORDER BY seq",
                (start, latest_end, end, f"%|{country}|%" if country else "%")):
            candidates[row[0]] = (row[1], row[2], row[3])
    ordered = sorted(candidates.items(), key=lambda kv: int(kv[0][1:]))
    for incident_id, (their, their_start, their_end) in ordered:
        if not _fits(countries, [c for c in their.split("|") if c]):
            continue
        places = [loc for (record,) in db.query("SELECT record FROM events WHERE incident_id = ?", (incident_id,))
                  for loc in json.loads(record)["locations"]]
        if not near(event["locations"], places):
            continue
        merged = sorted(set(countries) | {c for c in their.split("|") if c})
        new_start, new_end = min(start, their_start), max(end, their_end)
        if _days(new_start, new_end) > max(STRETCH_DAYS, _days(their_start, their_end)):
            new_start, new_end = their_start, their_end  # joins, but a chain of days does not make a month
        db.execute("UPDATE incidents SET countries = ?, start_date = ?, end_date = ? WHERE id = ?",
                   ("|" + "|".join(merged) + "|", new_start, new_end, incident_id))
        return incident_id
    seq = next_seq("incidents")
    incident_id = f"i{seq}"
    if _days(start, end) > MAX_SPAN_DAYS:
        start = _shift(date.fromisoformat(end), -MAX_SPAN_DAYS).isoformat()
    db.execute("INSERT INTO incidents (id, seq, countries, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
               (incident_id, seq, "|" + "|".join(countries) + "|", start, end))
    return incident_id
