"""Linking events of different documents into incidents: the same happening told by several sources.

An event joins an incident when
- its type is material conflict (what happened, not what was said), and
  its status says it happened or is disputed (asserted, alleged, denied);
- its sides (participants' countries, else also its places' and the
  document's speakers' countries; an event with none is not linked) fit
  the incident's: one set holds the other, so "A shelled B"
  and "B attacked A" meet, whoever is named first, or they share two
  countries (a third one from a stray place or a mediator does not split
  the dyad's incident);
- its time fits the incident's window (below);
- its places are near the incident's: within ``NEAR_KM`` of one of them
  (75 km takes in both sides of a border), or in the same admin2 area; an
  event or incident with no place is not kept apart by place.

Time. Incidents are built from day-precision events (an hour or a day in
the text, or only the publication date that bounds an undated sentence):
only they start an incident and move its window. The window is the span of
their days (the publication day for an undated sentence). A day event fits
when it is within ``_TOLERANCE_DAYS`` + 1 of the window (reports date by
local time, or tell yesterday's fighting); an undated sentence fits when the
window reaches the ``PUBLISHED_BACK_DAYS`` before its publication. A week,
month or year ("in March", "last month", "in 2021") says too little to
place a clash among others: such an event joins an incident whose window
lies inside its period, and never starts one or moves a window (it is left
unlinked when none fits). The window grows as the story runs (follow-up
days, toll updates) up to ``STRETCH_DAYS`` in all; an event that would
stretch it further still joins when it fits, but does not move the window,
so a chain of daily reports never makes a month and a near-miss clash weeks
or months earlier keeps its own incident.

An event whose sides are only its document's speakers (no participant's
or place's country) joins an incident but never starts one.

A page with no date at all (none published, none in its text) cannot be
placed in time; its events join the one incident that their dyad and a
precise place (a town, a point, a district) within ``UNDATED_KM`` of one of
the incident's point to (with no time to tell clashes apart, the place must
be the same town, not only the same front), among the latest
``_UNDATED_INCIDENTS`` incidents (read from the index on their window's end:
a bounded cost), and stay unlinked when none or two fit (the same place
fought over twice). They never start an incident or move a
window. An undated page read before the dated ones of its clash is not
lost: it is parked (``park``), and when a document starts an incident the
latest ``PENDING_UNDATED`` parked events are offered to it; one
that fits joins when it fits no other incident (``relink_undated``), so what
an incident holds does not depend on which page came first.

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
UNDATED_KM = 10.0  # an undated event's place must be this close to one of the incident's (the same town)
_UNDATED_INCIDENTS = 500  # the latest incidents an undated event is matched against
PENDING_UNDATED = 100  # the latest unlinked undated events a newly started incident is offered
PUBLISHED_BACK_DAYS = 3  # an undated sentence tells of the days just before its publication
FINE = {"hour", "day", None}  # None: no date in the text, only the publication date that bounds it
_TOLERANCE_DAYS = {"hour": 1, "day": 1, "week": 1, "month": 1, "year": 1, None: 1}


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
    nobody can place in a country or in time would join incidents by chance. An undated one (a page with
    no date at all) is linkable when its two sides and a precise place say which incident it tells."""
    if event["quad"] not in LINKED_QUADS or event["status"] not in LINKED_STATUSES or not sides(event):
        return False
    return bool(event["time"]["start"] or event["time"]["end"]) or undated_anchor(event)


def _precise(loc: dict[str, Any]) -> bool:
    """A place finer than a province (a town, a point, a district), with coordinates."""
    return loc.get("precision") not in _COARSE and loc.get("lat") is not None


def undated_anchor(event: dict[str, Any]) -> bool:
    """An undated event that names a dyad and a precise place (a town, a point, a district)."""
    return len(sides(event)) >= 2 and placed(event) and any(_precise(loc) for loc in event["locations"])


def sides(event: dict[str, Any]) -> list[str]:
    """The countries on the sides of an event: its participants', else also its places', else also the
    document's speakers' (who stand in for a side the sentence does not name)."""
    own = {a["country"] for a in event["actors"] + event["recipients"] if a.get("country")}
    if len(own) < 2:
        own |= {loc["country"] for loc in event["locations"] if loc.get("country")}
    if len(own) < 2:
        own |= set(event.get("sides") or [])
    return sorted(own)


def fine(event: dict[str, Any]) -> bool:
    """Dated to the day (or bounded by its publication only): precise enough to start an incident."""
    return event["time"].get("precision") in FINE


def core(event: dict[str, Any]) -> tuple[str, str]:
    """The days the event gives an incident's window: its own, or its publication day when it has no date."""
    time = event["time"]
    return (time["start"] or time["end"]), (time["end"] or time["start"])


def placed(event: dict[str, Any]) -> bool:
    """A participant's or a place's country is known: the sides do not rest on who speaks alone. An event
    known only through its speakers ("X struck twice", said an outlet of Y) may join an incident but does
    not start one: a sports page's "struck" and "attack" would otherwise make incidents of their own."""
    return any(a.get("country") for a in event["actors"] + event["recipients"]) or any(
        loc.get("country") for loc in event["locations"])


def window(event: dict[str, Any]) -> tuple[str, str]:
    """The days an incident's window must reach for the event to fit: its own widened by the tolerance of
    its precision, or the days before its publication when only that bounds it."""
    time = event["time"]
    first, last = (date.fromisoformat(d) for d in core(event))
    pad = _TOLERANCE_DAYS.get(time.get("precision"), 1)
    if time["start"] is None:  # only bounded by the publication date: the days before it
        first = _shift(last, -PUBLISHED_BACK_DAYS + 1)
    return _shift(first, -pad).isoformat(), _shift(last, pad).isoformat()


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
    """One set of sides holds the other, or they share two countries (the same dyad, whatever third
    country a stray place or a mediator adds)."""
    a, b = set(countries), set(other)
    return bool(a) and bool(b) and (a <= b or b <= a or len(a & b) >= 2)


def link_undated(db: Any, event: dict[str, Any]) -> str | None:
    """The one incident an undated event's dyad and precise places point to: among the latest
    ``_UNDATED_INCIDENTS`` incidents (by the end of their window, read from its index), those of the same
    sides with a precise place within ``UNDATED_KM`` of one of the event's. None when none or two fit (the
    same place fought over twice), and the window is left as it is."""
    found = []
    for incident_id, their in db.query("SELECT id, countries FROM incidents ORDER BY end_date DESC LIMIT ?",
                                       (_UNDATED_INCIDENTS,)):
        if undated_fits(event, their, precise_places(db, incident_id)):
            found.append(incident_id)
            if len(found) > 1:
                return None
    return found[0] if found else None


def precise_places(db: Any, incident_id: str) -> list[dict[str, Any]]:
    """The places of an incident's events that are more precise than a province, with coordinates."""
    return [loc for (record,) in db.query("SELECT record FROM events WHERE incident_id = ?", (incident_id,))
            for loc in json.loads(record)["locations"] if _precise(loc)]


def undated_fits(event: dict[str, Any], countries: str, places: list[dict[str, Any]]) -> bool:
    """An undated event fits an incident (``countries`` as stored, "|A|B|", and its ``precise_places``) when
    the dyads fit and one of its precise places is within ``UNDATED_KM`` of one of the incident's."""
    if not _fits(sides(event), [c for c in countries.split("|") if c]):
        return False
    mine = [loc for loc in event["locations"] if _precise(loc)]
    return any(distance_km(x["lat"], x["lon"], y["lat"], y["lon"]) <= UNDATED_KM for x in mine for y in places)


def link_event(db: Any, event: dict[str, Any], next_seq: Callable[[str], int]) -> str | None:
    """The id of the incident ``event`` belongs to (joined or started), updating its window; None for a
    coarse event (a week, month or year), one known only through its speakers, or an undated one that fits
    no incident."""
    if not (event["time"]["start"] or event["time"]["end"]):
        return link_undated(db, event)
    countries = sides(event)
    start, end = window(event)
    precise = fine(event)
    if precise:  # the incident's window is its own days: reach one more day for the incident's tolerance
        start, end = _shift(date.fromisoformat(start), -1).isoformat(), _shift(date.fromisoformat(end), 1).isoformat()
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
        if not precise and not (start <= their_start and their_end <= end):
            continue  # "in March" holds a clash of 12 March, not one that runs into April
        places = [loc for (record,) in db.query("SELECT record FROM events WHERE incident_id = ?", (incident_id,))
                  for loc in json.loads(record)["locations"]]
        if not near(event["locations"], places):
            continue
        merged = sorted(set(countries) | {c for c in their.split("|") if c})
        new_start, new_end = their_start, their_end
        if precise:
            first, last = core(event)
            new_start, new_end = min(first, their_start), max(last, their_end)
            if _days(new_start, new_end) > max(STRETCH_DAYS, _days(their_start, their_end)):
                new_start, new_end = their_start, their_end  # joins, but a chain of days does not make a month
        db.execute("UPDATE incidents SET countries = ?, start_date = ?, end_date = ? WHERE id = ?",
                   ("|" + "|".join(merged) + "|", new_start, new_end, incident_id))
        return incident_id
    if not precise or not placed(event):
        return None
    seq = next_seq("incidents")
    incident_id = f"i{seq}"
    start, end = core(event)
    if _days(start, end) > MAX_SPAN_DAYS:
        start = _shift(date.fromisoformat(end), -MAX_SPAN_DAYS).isoformat()
    db.execute("INSERT INTO incidents (id, seq, countries, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
               (incident_id, seq, "|" + "|".join(countries) + "|", start, end))
    return incident_id


def park(db: Any, seq: int, event: dict[str, Any], incident_id: str | None) -> None:
    """Keep a linkable undated event that no incident took (``pending_undated``) for ``relink_undated``."""
    if incident_id is None and not (event["time"]["start"] or event["time"]["end"]) and linkable(event):
        db.execute("INSERT INTO pending_undated (seq) VALUES (?)", (seq,))


def relink_undated(db: Any, started: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(event seq, incident id) for parked undated events that the incidents just ``started`` (id,
    countries) give a home: among the latest ``PENDING_UNDATED``, those that fit one of the new incidents
    and, checked as when first linked, no other; they leave ``pending_undated``. The cost per document is
    one read of a bounded number of rows, whatever the store holds."""
    offered = [(incident_id, countries, precise_places(db, incident_id)) for incident_id, countries in started]
    offered = [o for o in offered if o[2]]
    if not offered:
        return []
    dyads = [[c for c in countries.split("|") if c] for _, countries, _ in offered]
    found: list[tuple[int, str]] = []
    for seq, countries, record in db.query(
            "SELECT p.seq, e.countries, e.record FROM pending_undated p JOIN events e ON e.seq = p.seq"
            " ORDER BY p.seq DESC LIMIT ?", (PENDING_UNDATED,)):
        theirs = [c for c in (countries or "").split("|") if c]
        if not any(set(theirs) & set(dyad) for dyad in dyads):
            continue  # no country in common with any new incident (its stored participants' and places'
            # countries; its sides may add its speakers'): not worth reading
        event = json.loads(record)
        if not any(undated_fits(event, c, p) for _, c, p in offered):
            continue
        incident_id = link_undated(db, event)
        if incident_id is not None:
            found.append((int(seq), incident_id))
            db.execute("DELETE FROM pending_undated WHERE seq = ?", (seq,))
    return found
