"""Tolls of an incident: every side's figures with their claimants over time, and ACLED's conservative total.

A figure is one number of dead (or injured) that one source states for one side (``side``: the ISO-3 code of
whose dead they are, "?" when the text does not say). Figures are kept per claimant and per day
(``as_of``: the document's publication date, else the date of the event the figure was read with), oldest
first, so a raised toll reads as a history. A ``toll`` dispute (see ``disputes.py``) needs different
claimants giving different figures for the same side: one claimant raising its own figure over time
updates it and disputes nothing; an unknown outlet's figure is shown but opposes no one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from casus.actors import STATE_FORCES
from casus.incidents.positions import STATED, add, evidence_of

KINDS = ("dead", "injured")
_FIRST_PERSON = re.compile(r"\b(our|ours|we|us)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(its|their)\b", re.IGNORECASE)
_KILLING = re.compile(r"(kill|eliminat|neutrali[sz]|destroy|wipe|shot|shoot)", re.IGNORECASE)  # deeds, not deaths
_COMBINED = re.compile(r"\b(overall|combined|cumulative|both sides)\b", re.IGNORECASE)


def _one_country(countries: set[str | None]) -> str | None:
    found = {c for c in countries if c}
    return found.pop() if len(found) == 1 else None


def side_of_toll(event: dict[str, Any], kind: str, dyad: tuple[str, str] | None = None) -> str:
    """Whose dead (or injured) a toll counts, "?" when nothing says:
    1. the country the victims' words name ("Ethiopian soldiers"; "our servicemen" through the speaker:
       first-person victims of a speaker casus does not know stay "?"; "its citizens" are the claimant's);
    2. the one country the event was done to, when the toll is told in the event's own sentence;
    3. for victims no country is named for ("40 people", "civilians"): in a two-sided incident (``dyad``),
       the side the event's attacker is not; else the one country where the event took place;
    4. else civilians counted by a government, military or a country speaking are that country's own.
    Soldiers or police of no named country are "?" (a place does not say whose), unless a state body counts
    them and is not the attacker: "the army said five servicemen were killed" counts its own forces."""
    of = event["toll"][kind].get("of") or {}
    if of.get("country"):
        return of["country"]
    if _FIRST_PERSON.search(of.get("text") or ""):
        return "?"
    holder = event["said_by"]
    if _THIRD_PERSON.search(of.get("text") or "") and holder.get("kind") != "outlet" and holder.get("country"):
        return holder["country"]  # "Chile said 15 of its citizens were killed": the claimant's own
    count_text = event["toll"][kind].get("text") or ""
    if count_text in event["evidence"]["text"] and (
            side := _one_country({r.get("country") for r in event["recipients"]})):
        return side
    attacker = _one_country({a.get("country") for a in event["actors"]})
    if of.get("sector") in STATE_FORCES and _state_body(holder) and (
            attacker != holder["country"] or not _KILLING.match((event.get("trigger") or {}).get("text") or "")):
        # "the army said five servicemen died": a state counts its own forces; the attacker's army telling
        # whom it killed ("our units killed 20 soldiers") does not
        return holder["country"]
    if of.get("sector") not in (None, "CVL"):
        return "?"  # soldiers, police or militants of no named country: a place does not say whose
    if dyad is not None and attacker in dyad:
        return dyad[1] if attacker == dyad[0] else dyad[0]
    if side := _one_country({loc.get("country") for loc in event["locations"]}):
        return side
    if _state_body(holder):
        return holder["country"]
    return "?"


def _state_body(holder: dict[str, Any]) -> bool:
    """A government, its forces or the country speaking, with its country known."""
    return bool(holder.get("country")) and holder.get("kind") in ("government", "military", "country")


def dyad_of(events: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The two countries an incident's attacks are most often between (by mentions as attacker or target)."""
    mentions = Counter(p["country"] for e in events if e["event"] == "ASSAULT"
                       for p in [*e["actors"], *e["recipients"]] if p.get("country"))
    top = [c for c, _ in mentions.most_common(2)]
    return (min(top), max(top)) if len(top) == 2 else None


def _count_text(count: dict[str, Any]) -> str:
    if count.get("best") is not None:
        return str(count["best"])
    if count.get("low") is not None:
        return f">={count['low']}"
    return f"<={count['high']}"


def _figure(count: dict[str, Any]) -> int:
    return count.get("best") or count.get("low") or count.get("high") or 0


def _as_of(event: dict[str, Any]) -> str | None:
    """The day a figure was claimed: the document's date, else its event's latest day."""
    return event.get("published") or event["time"].get("end") or event["time"].get("start")


def _figure_side(event: dict[str, Any], kind: str, count: dict[str, Any], dyad: tuple[str, str] | None) -> str:
    """The side a listed figure counts: none for a combined toll ("overall", "both sides"), else
    ``side_of_toll``."""
    return "?" if _COMBINED.search(count["text"]) else side_of_toll(event, kind, dyad)


def stated_counts(events: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(event, kind, count) for each count of dead or injured that an asserted or alleged event states."""
    for e in events:
        if e["status"] in STATED:
            for kind in KINDS:
                if e["toll"][kind].get("text") is not None:
                    yield e, kind, e["toll"][kind]


def tolls(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every stated figure of dead and injured, one per side, kind, value, claimant and day, oldest first
    (by ``as_of``, then in the order the events were stored; figures of unknown date first)."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    dyad = dyad_of(events)
    for e, kind, count in stated_counts(events):
        if count.get("best") is not None:  # "deaths", "several wounded": no figure anyone could dispute
            side = _figure_side(e, kind, count, dyad)
            holder = e["said_by"]
            as_of = _as_of(e)
            key = (side, kind, count["best"], holder.get("name"), holder.get("country"), as_of)
            if key in seen:
                continue
            seen.add(key)
            out.append({"side": side, "kind": kind, "value": count["best"], "claimed_by": holder.get("name"),
                        "claimant_country": holder.get("country"), "as_of": as_of, "evidence": evidence_of(e)})
    order = {id(t): n for n, t in enumerate(out)}
    return sorted(out, key=lambda t: (t["as_of"] or "", order[id(t)]))


def toll_positions(events: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, dict[str, Any]]]]:
    """Per kind and side, each figure as a position with the sources that state it."""
    table: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    dyad = dyad_of(events)
    for e, kind, count in stated_counts(events):
        side = _figure_side(e, kind, count, dyad)
        add(table[(kind, side)], _count_text(count), e)
    return [(kind, side, positions) for (kind, side), positions in sorted(table.items())]


def toll(events: list[dict[str, Any]]) -> dict[str, dict[str, int | None]]:
    """ACLED-style: per side the lowest estimate any source gives, summed over the sides. One claimant's
    sentence gives one figure per side, its largest: "13 killed, including eight civilians" has parts, not a
    lower estimate (two claimants in one sentence are two estimates)."""
    out: dict[str, dict[str, int | None]] = {}
    dyad = dyad_of(events)
    for kind in KINDS:
        per_sentence: dict[tuple[Any, ...], dict[str, Any]] = {}
        for e, _, count in (x for x in stated_counts(events) if x[1] == kind):
            key = (side_of_toll(e, kind, dyad), e.get("doc_id"), e["evidence"]["start"], e["said_by"].get("name"))
            held = per_sentence.get(key)
            if held is None or _figure(count) > _figure(held):
                per_sentence[key] = count
        per_side: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (side, *_where), count in per_sentence.items():
            per_side[side].append(count)
        if len(per_side) > 1:  # figures for no side in particular may count the same dead as a side's: a
            per_side.pop("?", None)  # conservative total leaves them out once some side's figures are known
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
