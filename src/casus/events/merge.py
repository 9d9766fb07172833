"""Within-document merge: repeated mentions of one event become one event.

Two mentions are one event when they have the same type and status, no
conflicting sides (across sentences the same actor must be named), and, in
different sentences, no conflicting explicit dates or places. A definite
noun with no actor of its own ("the shelling began at 23:10") joins the
event of its type told just before it.

A mention whose toll another claimant states, or that counts other victims
than the event's toll (a hospital counting 12 dead where the army counts
7), is not folded in (one toll per kind per event keeps only
one figure): it stays a record of its own, ``derived_from`` the event, with
the event's sides, places and time where it names none.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from casus.model import Actor, Event, EventTime


@dataclass
class TollRecord(Event):
    """A toll told apart from the event it counts (SCHEMA.md ``events``, field ``derived_from``): another
    claimant's figure, or one for other victims. It repeats the event's type, sides, places and time so that
    it joins the same incident, with its own sentence, claim and toll (one figure per kind)."""

    derived_from: str | None = None  # the id of the event it was copied from

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "derived_from": self.derived_from}


def as_toll_record(event: Event) -> TollRecord:
    return TollRecord(**{f.name: getattr(event, f.name) for f in fields(Event)})


def _party(actors: list[Actor]) -> set[str]:
    """Sides by country (a state and its army are one side), else by sector."""
    return {a.country or a.sector or "" for a in actors if a.country or a.sector}


def _compatible_parties(a: list[Actor], b: list[Actor]) -> bool:
    pa, pb = _party(a), _party(b)
    return not pa or not pb or bool(pa & pb)


def known(time: EventTime) -> bool:
    """The time says something: a date, or at least the publication date that bounds it."""
    return bool(time.start or time.end)


def _compatible_time(a: EventTime, b: EventTime) -> bool:
    if a.how != "text" or b.how != "text":
        return True
    return a.start == b.start and a.precision == b.precision


def same_event(a: Event, b: Event) -> bool:
    """Two mentions of one happening: same type and status, no conflicting participants or dates."""
    if a.event != b.event or a.status != b.status or not _compatible_modes(a, b):
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


def _compatible_modes(a: Event, b: Event) -> bool:
    """A coercion's modes are different acts: an arrest and a curfew by the same police are two events.
    (An attack's mode is only its weapon as read near each word, so attack mentions merge across modes.)"""
    return a.event != "COERCE" or not a.mode or not b.mode or a.mode == b.mode


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
    same = [e for e in events if e.event == event.event and e.status == event.status and _compatible_modes(e, event)
            and 0 <= event.evidence.start - max(m.end for m in e.mentions) <= _ANAPHORA_REACH]
    return max(same, key=lambda e: max(m.end for m in e.mentions)) if same else None  # the last told


def other_victims(a: Any, b: Any) -> bool:
    """Two figures for different victims: their words name different countries or kinds of people ("two
    guards", "nine villagers"); a figure that names no victims fits any."""
    if a.of is None or b.of is None:
        return False
    return (a.of.country, a.of.sector) != (b.of.country, b.of.sector)


def toll_conflict(a: Event, b: Event, speaker_of: Callable[[str | None], str | None] | None = None) -> bool:
    """Two mentions give different figures of one kind that are not one claimant's figures for the same
    victims: different claimants (``speaker_of``: the source of a claim id), or different victims."""
    for kind in ("dead", "injured"):
        x, y = getattr(a, kind), getattr(b, kind)
        if x.text is None or y.text is None or (x.low, x.best, x.high) == (y.low, y.best, y.high):
            continue
        voices = (speaker_of(a.claim), speaker_of(b.claim)) if speaker_of else (a.claim, b.claim)
        if voices[0] != voices[1] or other_victims(x, y):
            return True
    return False


def _fill_from(record: Event, parent: Event) -> None:
    """A toll record names what it does not say itself after the event it tells the toll of."""
    record.actors = record.actors or [copy.copy(a) for a in parent.actors]
    record.recipients = record.recipients or [copy.copy(r) for r in parent.recipients]
    record.locations = record.locations or [dict(loc) for loc in parent.locations]
    if record.time.how != "text" and known(parent.time):
        record.time = copy.copy(parent.time)  # a known time is never replaced by none


def merge(events: list[Event], anaphors: set[int] | None = None,
          speaker_of: Callable[[str | None], str | None] | None = None,
          merged: dict[int, Event] | None = None, depth: dict[int, int] | None = None) -> list[Event]:
    """Repeated mentions of one event become one event (the first mention leads, but for its trigger where a later
    word of its own sentence is nearer the root; the rest add).
    ``anaphors``: ids of the mentions that are definite nouns referring back ("the shelling");
    ``speaker_of``: the source of a claim id (mentions whose tolls two claimants state stay apart);
    ``merged``: filled with the event each folded-in mention went into, by the mention's id;
    ``depth``: how far each mention's trigger lies below its sentence's root, by the mention's id. Of two mentions
    of one sentence, the one nearer the root gives the event its trigger ("in the sharpest crackdown in years, the
    government arrested four leaders": the arrest is what the sentence tells, "arrested" its word)."""
    out: list[Event] = []
    depth = dict(depth or {})  # a lead's entry follows the trigger it takes
    records: set[int] = set()  # toll records: no mention folds into them
    for event in events:
        # a mention joins an event of its own sentence first ("shot dead by the police"), then earlier ones
        targets = [e for e in out if id(e) not in records]
        # "one person was injured in the firing": the definite noun is the firing told before, even when an
        # unattributed harm of its own sentence came first
        into = _antecedent(targets, event) if anaphors and id(event) in anaphors else None
        into = into or next((e for e in targets if e.evidence == event.evidence and same_event(e, event)),
                            None) or next((e for e in targets if same_event(e, event)), None)
        if into is not None and toll_conflict(into, event, speaker_of):
            record = as_toll_record(event)
            _fill_from(record, into)
            record.parent = into  # type: ignore[attr-defined]  # its id once ids are given
            records.add(id(record))
            if merged is not None:
                merged[id(event)] = record
            out.append(record)
            continue
        if into is None:
            out.append(event)
            continue
        if merged is not None:
            merged[id(event)] = into
        for field_name in ("actors", "recipients"):
            have = getattr(into, field_name)
            for actor in getattr(event, field_name):
                if not any((a.country, a.sector) == (actor.country, actor.sector) for a in have):
                    have.append(actor)
        for loc in event.locations:
            if not any(loc["name"] == x["name"] and loc["country"] == x["country"] for x in into.locations):
                into.locations.append(loc)
        if (into.time.how != "text" and event.time.how == "text") or (not known(into.time) and known(event.time)):
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
        if event.evidence == into.evidence and depth.get(id(event), 99) < depth.get(id(into), 99):
            into.trigger, into.triggers = event.trigger, [event.trigger, *(into.triggers or [into.trigger])]
            depth[id(into)] = depth[id(event)]
        else:
            into.triggers = (into.triggers or [into.trigger]) + [event.trigger]
    return out
