"""Event coding on the PLOVER gold-standard records (../shared/data/plover/PLOVER_GSR_CAMEO.txt).

Each record is one sentence with its event, mode and actors. casus codes the
sentence alone (the whole pipeline, no publication date) and its *main*
event is compared: the event whose trigger is highest in the parse tree
(closest to the root), the first one on a tie. Old category names of the
records map to the 16 types as the manual's CAMEO->PLOVER conversion does:
FIGHT -> ASSAULT, DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE ->
ACCUSE (mode investigate). Old mode names map to the current ones
(assassinate -> targeted, detain -> arrest, confiscate -> seize, strike-hun
-> hunger, riot-spon -> riot, demo-org/demo-spon -> demo, host -> visit, …).

Scores: event-type accuracy over all records (a sentence with no event
counts wrong); mode accuracy over records with a gold mode; actor country
and sector accuracy over records whose first gold actor has a code or
sector. The gold code "IGO" counts as matched by an actor of sector IGO.
The baseline, in the same run: the first word of the sentence found in the
same trigger table (by lemma, no parse), and the first country named in the
sentence as the actor.

    python -m casus.eval plover ../shared/data/plover
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from casus.eval.report import figures_line

OLD_EVENTS = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
OLD_MODES = {"assassinate": "targeted", "detain": "arrest", "confiscate": "seize", "strike-hun": "hunger",
             "strike-gen": "strike", "riot-spon": "riot", "riot": "riot", "demo-org": "demo", "demo-spon": "demo",
             "host": "visit", "ban": "restrict", "political": "change", "other": None}


def load(path: Path) -> list[dict[str, Any]]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("text") and r.get("event") not in (None, "DOCUMENT")]


def gold_of(record: dict[str, Any]) -> dict[str, Any]:
    event = OLD_EVENTS.get(record["event"], record["event"])
    mode = record.get("mode") or None
    if record["event"] == "INVESTIGATE":
        mode = "investigate"
    mode = OLD_MODES.get(mode, mode) if mode else None
    actors = [a for a in (record.get("source") or []) if isinstance(a, dict)]
    first = actors[0] if actors else {}
    code = first.get("code") or None
    sector = (first.get("sector") or "")[:3] or None
    return {"event": event, "mode": mode, "country": code if code and code != "***" else None,
            "sector": sector if sector and sector != "***" else None}


def main_event(doc: Any) -> Any:
    """The event whose trigger is nearest the root of its sentence."""
    if not doc.events:
        return None
    parsed = doc.parsed

    def depth(event: Any) -> int:
        tok = next((t for t in parsed if t.idx >= event.trigger.start), None)
        if tok is None:
            return 99
        return sum(1 for _ in tok.ancestors)

    return min(doc.events, key=lambda e: (depth(e), e.trigger.start))


def baseline(doc: Any) -> dict[str, Any]:
    from casus.actors import country_index
    from casus.events.lexicon import triggers

    table = triggers()
    event = None
    for tok in doc.parsed:
        entries = table.get(("v", tok.lemma_.lower())) or table.get(("n", tok.lemma_.lower()))
        if entries:
            event = entries[-1]
            break
    found = country_index().find(doc.text)
    return {"event": event.event if event else None, "mode": event.mode if event else None,
            "country": found[0].iso3 if found else None}


def _country_ok(gold: str, actor: Any) -> bool:
    if actor is None:
        return False
    if gold == "IGO":
        return actor.sector == "IGO"
    return actor.country == gold


def evaluate(records: list[dict[str, Any]]) -> dict[str, float]:
    from casus.model import Document
    from casus.pipeline import default_pipeline

    pipeline = default_pipeline()
    docs = [Document(id=r["id"], path=r["id"], text=r["text"]) for r in records]
    counts = {k: [0, 0] for k in ("event", "mode", "country", "sector", "b_event", "b_mode", "b_country")}
    for record, doc in zip(records, pipeline.pipe(docs), strict=True):
        gold = gold_of(record)
        ours = main_event(doc)
        base = baseline(doc)
        actor = ours.actors[0] if ours is not None and ours.actors else None
        counts["event"][1] += 1
        counts["event"][0] += ours is not None and ours.event == gold["event"]
        counts["b_event"][1] += 1
        counts["b_event"][0] += base["event"] == gold["event"]
        if gold["mode"]:
            counts["mode"][1] += 1
            counts["mode"][0] += ours is not None and ours.mode == gold["mode"]
            counts["b_mode"][1] += 1
            counts["b_mode"][0] += base["mode"] == gold["mode"]
        if gold["country"]:
            counts["country"][1] += 1
            counts["country"][0] += _country_ok(gold["country"], actor)
            counts["b_country"][1] += 1
            counts["b_country"][0] += base["country"] == gold["country"]
        if gold["sector"]:
            counts["sector"][1] += 1
            counts["sector"][0] += actor is not None and actor.sector == gold["sector"]
    return {k: (v[0] / v[1] if v[1] else 0.0) for k, v in counts.items()} | {
        f"n_{k}": v[1] for k, v in counts.items()}


def main(args: argparse.Namespace, rest: list[str]) -> int:
    argparse.ArgumentParser(prog="python -m casus.eval plover").parse_args(rest)
    records = load(Path(args.data) / "PLOVER_GSR_CAMEO.txt")[: args.limit]
    r = evaluate(records)
    print(f"PLOVER gold records: {r['n_event']} sentences; event type accuracy {r['event']:.3f} "
          f"(baseline {r['b_event']:.3f}); mode {r['mode']:.3f} on {r['n_mode']} (baseline {r['b_mode']:.3f}); "
          f"actor country {r['country']:.3f} on {r['n_country']} (baseline {r['b_country']:.3f}); "
          f"actor sector {r['sector']:.3f} on {r['n_sector']}")
    print(figures_line(event_acc=r["event"], mode_acc=r["mode"], actor_country_acc=r["country"],
                       actor_sector_acc=r["sector"], baseline_event_acc=r["b_event"], baseline_mode_acc=r["b_mode"],
                       baseline_actor_country_acc=r["b_country"]))
    return 0
