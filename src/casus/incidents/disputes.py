"""The disputes of an incident: where its sources disagree (see the package docstring for the kinds)."""

from __future__ import annotations

from typing import Any

from casus.events.crosswalk import ARMED_SECTORS
from casus.incidents.positions import STATED, add, dispute
from casus.incidents.tolls import toll_positions


def _targets_civilians(event: dict[str, Any]) -> bool:
    if any(r.get("sector") == "CVL" for r in event["recipients"]):
        return True
    if any((event["toll"][k].get("of") or {}).get("sector") == "CVL" for k in ("dead", "injured")):
        return True
    return "civilian" in event["evidence"]["text"].lower() and event["event"] == "ASSAULT" and not any(
        r.get("sector") in ARMED_SECTORS for r in event["recipients"])


def _holders(event: dict[str, Any]) -> list[dict[str, Any]]:
    return event.get("held_by") or [{**event["said_by"], "says": "no" if event["status"] == "denied" else "yes"}]


def disputes(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    attacks = [e for e in events if e["event"] == "ASSAULT"]
    out: list[dict[str, Any] | None] = []
    # initiator: the attacker of the first attack each source tells (an answer told later is not a start);
    # a document's own unattributed voice names no initiator, and a side's own attacks are not whom it
    # blames (its strikes "in response", or its own country misread for the attacker it names)
    initiators: dict[str, dict[str, Any]] = {}
    first: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {}
    for e in attacks:
        if e.get("derived_from"):  # a toll record: another claimant's figure, not its account of the attack
            continue
        for holder in _holders(e):
            attackers = sorted({a["country"] for a in e["actors"] if a.get("country")} - {holder.get("country")})
            if holder["says"] == "yes" and attackers and holder["name"] not in first and holder["kind"] != "outlet":
                first[holder["name"]] = ("+".join(attackers), e, holder)
    # what a source says in so many words ("X accused Y of shelling") outweighs the first attack it tells
    for e in attacks:
        for blame in e.get("accusations") or []:
            said = {"doc_id": e["doc_id"], "evidence": blame["evidence"]}
            holder = {k: blame[k] for k in ("name", "country", "kind")}
            told = first.get(blame["name"])
            if told is None or "accusations" not in told[1]:
                first[blame["name"]] = (blame["blames"], {**said, "accusations": True}, holder)
    for value, e, holder in first.values():
        add(initiators, value, e, holder)
    out.append(dispute("initiator", initiators, by_country=True))
    civilians: dict[str, dict[str, Any]] = {}
    occurred: dict[str, dict[str, dict[str, Any]]] = {}  # per attacker: its positions
    for e in attacks:
        attackers = "+".join(sorted({a["country"] for a in e["actors"] if a.get("country")})) or "?"
        for holder in _holders(e):
            if _targets_civilians(e):
                add(civilians, holder["says"], e, holder)
            add(occurred.setdefault(attackers, {}), holder["says"], e, holder)
    out.append(dispute("civilian_targeting", civilians))
    for attackers, positions in sorted(occurred.items()):
        out.append(dispute("occurred", positions, attacker=attackers))
    places: dict[str, dict[str, Any]] = {}
    for e in attacks:
        countries = sorted({loc["country"] for loc in e["locations"] if loc.get("country")})
        if e["status"] in STATED and countries:
            add(places, "+".join(countries), e)
    out.append(dispute("location", places, by_country=True))
    for kind, side, positions in toll_positions(events):
        if side != "?":  # numbers for nobody in particular may count different people
            out.append(dispute("toll", positions, kind=kind, side=side))
    return [d for d in out if d is not None]
