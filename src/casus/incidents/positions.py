"""Positions and disputes: who holds which value about an incident, with their evidence.

A position is a value (an attacker, "yes"/"no", a number) with the sources that
hold it, their countries and the spans they say it in; a dispute is two or more
positions held by different sources.
"""

from __future__ import annotations

from typing import Any

STATED = {"asserted", "alleged"}


def evidence_of(event: dict[str, Any]) -> list[Any]:
    span = event["evidence"]
    return [event["doc_id"], {"start": span["start"], "end": span["end"], "text": span["text"]}]


def add(positions: dict[str, dict[str, Any]], value: str, event: dict[str, Any],
         holder: dict[str, Any] | None = None) -> None:
    holder = holder or event["said_by"]
    position = positions.setdefault(value, {"value": value, "sources": [], "evidence": [], "_countries": set()})
    if holder["name"] is not None and holder["name"] not in position["sources"]:  # None: an unknown outlet
        position["sources"].append(holder["name"])
    position["_countries"].add(holder.get("country"))
    evidence = evidence_of(event)
    if evidence not in position["evidence"]:
        position["evidence"].append(evidence)


def dispute(about: str, positions: dict[str, dict[str, Any]], by_country: bool = False,
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
