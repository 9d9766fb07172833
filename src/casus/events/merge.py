"""Within-document merge: repeated mentions of one event become one event.

Two mentions are one event when they have the same type and status, no
conflicting sides (across sentences the same actor must be named), and, in
different sentences, no conflicting explicit dates or places. A definite
noun with no actor of its own ("the shelling began at 23:10") joins the
event of its type told just before it.
"""

from __future__ import annotations

from typing import Any

from casus.model import Actor, Event, EventTime


def _party(actors: list[Actor]) -> set[str]:
    """Sides by country (a state and its army are one side), else by sector."""
    return {a.country or a.sector or "" for a in actors if a.country or a.sector}


def _compatible_parties(a: list[Actor], b: list[Actor]) -> bool:
    pa, pb = _party(a), _party(b)
    return not pa or not pb or bool(pa & pb)


def _compatible_time(a: EventTime, b: EventTime) -> bool:
    if a.how != "text" or b.how != "text":
        return True
    return a.start == b.start and a.precision == b.precision


def same_event(a: Event, b: Event) -> bool:
    """Two mentions of one happening: same type and status, no conflicting participants or dates."""
    if a.event != b.event or a.status != b.status:
        return False
    if a.evidence != b.evidence and not (_party(a.actors) & _party(b.actors)):
        return False  # across sentences, only mentions that name the same actor are one event
    if not (_compatible_parties(a.actors, b.actors) and _compatible_parties(a.recipients, b.recipients)):
        return False
    if a.actors and b.actors and not ({x.text for x in a.actors} & {x.text for x in b.actors}) and not (
            _party(a.actors) & _party(b.actors)):
        return False  # "three hurt by the police, two killed by the mob": two acts
    if a.evidence == b.evidence:  # one sentence: its dates and places are shared, whichever word is nearer
        return True
    return _compatible_time(a.time, b.time) and _compatible_places(a.locations, b.locations)


def _compatible_places(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """Mentions placed in different places are different events; an unplaced mention fits any."""
    if not a or not b:
        return True
    names = {(x["country"], x["admin1"], x["name"]) for x in a}
    return any((y["country"], y["admin1"], y["name"]) in names for y in b) or any(
        x["admin2"] and x["admin2"] == y["admin2"] for x in a for y in b)


_ANAPHORA_REACH = 300  # characters: about the sentence before


def _antecedent(events: list[Event], event: Event) -> Event | None:
    """"The shelling began at 23:10": a definite noun with no actor of its own is the event of its type
    told just before it."""
    same = [e for e in events if e.event == event.event and e.status == event.status
            and 0 <= event.evidence.start - max(m.end for m in e.mentions) <= _ANAPHORA_REACH]
    return same[-1] if same else None


def merge(events: list[Event], anaphors: set[int] | None = None) -> list[Event]:
    """Repeated mentions of one event become one event (the first mention leads; the rest add).
    ``anaphors``: ids of the mentions that are definite nouns referring back ("the shelling")."""
    out: list[Event] = []
    for event in events:
        # a mention joins an event of its own sentence first ("shot dead by the police"), then earlier ones
        into = next((e for e in out if e.evidence == event.evidence and same_event(e, event)), None) or next(
            (e for e in out if same_event(e, event)), None)
        if into is None and anaphors and id(event) in anaphors:
            into = _antecedent(out, event)
        if into is None:
            out.append(event)
            continue
        for field_name in ("actors", "recipients"):
            have = getattr(into, field_name)
            for actor in getattr(event, field_name):
                if not any((a.country, a.sector) == (actor.country, actor.sector) for a in have):
                    have.append(actor)
        for loc in event.locations:
            if not any(loc["name"] == x["name"] and loc["country"] == x["country"] for x in into.locations):
                into.locations.append(loc)
        if into.time.how != "text" and event.time.how == "text":
            into.time = event.time
        into.mode = into.mode or event.mode
        into.context = list(dict.fromkeys(into.context + event.context))
        for kind in ("dead", "injured"):
            mine, theirs = getattr(into, kind), getattr(event, kind)
            if theirs.text is not None and (mine.text is None or (theirs.best or theirs.low or 0) >
                                            (mine.best or mine.low or 0)):
                setattr(into, kind, theirs)
        if event.evidence not in into.mentions:
            into.mentions.append(event.evidence)
        into.triggers = (into.triggers or [into.trigger]) + [event.trigger]
    return out
