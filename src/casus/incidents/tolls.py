"""Tolls of an incident: each source's figures per side, and ACLED's conservative total."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from casus.incidents.positions import STATED, add


def _side_of_toll(event: dict[str, Any], kind: str) -> str:
    of = event["toll"][kind].get("of") or {}
    if of.get("country"):
        return of["country"]
    recipients = sorted({r["country"] for r in event["recipients"] if r.get("country")})
    return recipients[0] if len(recipients) == 1 else "?"


def _count_text(count: dict[str, Any]) -> str:
    if count.get("best") is not None:
        return str(count["best"])
    if count.get("low") is not None:
        return f">={count['low']}"
    return f"<={count['high']}"


def toll_positions(events: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, dict[str, Any]]]]:
    table: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for e in events:
        if e["status"] not in STATED:
            continue
        for kind in ("dead", "injured"):
            count = e["toll"][kind]
            if count.get("text") is None:
                continue
            add(table[(kind, _side_of_toll(e, kind))], _count_text(count), e)
    return [(kind, side, positions) for (kind, side), positions in sorted(table.items())]


def toll(events: list[dict[str, Any]]) -> dict[str, dict[str, int | None]]:
    """ACLED-style: per side the lowest estimate any source gives, summed over the sides."""
    out: dict[str, dict[str, int | None]] = {}
    for kind in ("dead", "injured"):
        per_side: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in events:
            count = e["toll"][kind]
            if e["status"] in STATED and count.get("text") is not None:
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
