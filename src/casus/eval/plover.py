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

Two fixed parts, by the number that ends each record's id (records are
numbered within each event type): odd is **dev**, even is **test**. The
trigger table and the event rules are tuned on dev only; test is held out
(it was read while casus was first written, before this split existed, so
it is held out from now on, not pristine).

A folder of gathered real sentences (``*.jsonl`` rows with ``id``, ``text``,
``event``, ``mode`` and the actor's ``country``, as ``data/plover-real-1``)
is scored the same way; its held-out part is the ids whose sha1 mod 5 is 0,
as for the ACLED snippets, the rest is dev.

Scores, for each part: event-type accuracy over all records (a sentence
with no event counts wrong); mode accuracy over records with a gold mode;
actor country and sector accuracy over records whose first gold actor has a
code or sector. The gold codes "IGO" and "NGO" are no country: an actor
matches them by its sector, for casus and the baseline alike, and the
country accuracy is also given without those records (``_states``).
The baseline, in the same run: the first word of the sentence found in the
same trigger table (by lemma, no parse), and as the actor the first country
named in the sentence; on all records it answers IGO/NGO where a body of
the actor dictionary's IGO/NGO sector is named before any country, without
the IGO/NGO records it is the plain first country (its better form there).

    python -m casus.eval plover ../shared/data/plover
    python -m casus.eval plover data/plover-real-1
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


def load_gathered(folder: Path) -> list[dict[str, Any]]:
    """Gathered real sentences (``folder/*.jsonl``) as gold records, each with its ``part``."""
    from casus.events.types import held_out

    records = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                records.append({"id": row["id"], "text": row["text"], "event": row["event"],
                                "mode": row.get("mode") or None, "part": "test" if held_out(row["id"]) else "dev",
                                "source": [{"code": row.get("country") or None}]})
    return records


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


def part_of(record: dict[str, Any]) -> str:
    """"dev" for an odd number at the end of the record's id, "test" for an even one (a gathered sentence's
    part is its own)."""
    if "part" in record:
        return record["part"]
    return "dev" if int(record["id"].rsplit("-", 1)[-1]) % 2 else "test"


NON_STATES = ("IGO", "NGO")  # gold actor codes that name a kind of body, not a country


def baseline(doc: Any) -> dict[str, Any]:
    from casus.actors import country_index
    from casus.actors.sectors import sector_terms
    from casus.events.lexicon import triggers

    table = triggers()
    event = None
    for tok in doc.parsed:
        entries = table.get(("v", tok.lemma_.lower())) or table.get(("n", tok.lemma_.lower()))
        if entries:
            event = entries[-1]
            break
    countries = [(m.start, m.iso3) for m in country_index().find(doc.text)]
    bodies = [(start, sector.code) for start, sector in sector_terms(doc.text) if sector.code in NON_STATES]
    return {"event": event.event if event else None, "mode": event.mode if event else None,
            "country": countries[0][1] if countries else None,
            "country_or_body": min(countries + bodies)[1] if countries or bodies else None}


def _country_ok(gold: str, actor: Any) -> bool:
    if actor is None:
        return False
    if gold in NON_STATES:
        return actor.sector == gold
    return actor.country == gold


def score_record(record: dict[str, Any], doc: Any) -> dict[str, bool | None]:
    """Right or wrong for each figure (None where the record has no gold for it); ``b_`` is the baseline."""
    gold = gold_of(record)
    ours = main_event(doc)
    base = baseline(doc)
    actor = ours.actors[0] if ours is not None and ours.actors else None
    out: dict[str, bool | None] = {"event": ours is not None and ours.event == gold["event"],
                                   "b_event": base["event"] == gold["event"], "no_event": ours is None}
    mode = gold["mode"] is not None
    out["mode"] = (ours is not None and ours.mode == gold["mode"]) if mode else None
    out["b_mode"] = (base["mode"] == gold["mode"]) if mode else None
    country = gold["country"]
    out["country"] = _country_ok(country, actor) if country else None
    out["b_country"] = (base["country_or_body"] == country) if country else None
    state = country is not None and country not in NON_STATES
    out["country_states"] = out["country"] if state else None
    out["b_country_states"] = (base["country"] == country) if state else None
    out["sector"] = (actor is not None and actor.sector == gold["sector"]) if gold["sector"] else None
    return out


def evaluate(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Each figure for the dev and the test part: ``dev_event`` (accuracy), ``n_dev_event`` (records), …, and
    ``dev_types``: (right, records) by gold type."""
    from casus.model import Document
    from casus.pipeline import default_pipeline

    pipeline = default_pipeline()
    docs = [Document(id=r["id"], path=r["id"], text=r["text"]) for r in records]
    counts: dict[str, list[int]] = {}
    for record, doc in zip(records, pipeline.pipe(docs), strict=True):
        scores = score_record(record, doc)
        scores[f"type {gold_of(record)['event']}"] = scores["event"]
        for name, ok in scores.items():
            if ok is not None:
                c = counts.setdefault(f"{part_of(record)}_{name}", [0, 0])
                c[0] += ok
                c[1] += 1
    out: dict[str, Any] = {}
    for part in ("dev", "test"):
        for name in ("event", "b_event", "no_event", "mode", "b_mode", "country", "b_country", "country_states",
                     "b_country_states", "sector"):
            right, n = counts.get(f"{part}_{name}", [0, 0])
            out[f"{part}_{name}"], out[f"n_{part}_{name}"] = (right / n if n else 0.0), n
        out[f"{part}_types"] = {key.split(" ", 1)[1]: tuple(c) for key, c in sorted(counts.items())
                                if key.startswith(f"{part}_type ")}
    return out


def main(args: argparse.Namespace, rest: list[str]) -> int:
    argparse.ArgumentParser(prog="python -m casus.eval plover").parse_args(rest)
    gold = Path(args.data) / "PLOVER_GSR_CAMEO.txt"
    gathered = not gold.exists()
    records = (load_gathered(Path(args.data)) if gathered else load(gold))[: args.limit]
    if not records:
        raise SystemExit(f"casus.eval plover: {args.data}: no PLOVER_GSR_CAMEO.txt and no *.jsonl rows")
    r = evaluate(records)
    figures: dict[str, float | int] = {}
    parts = (("dev", "dev (tuned on)"), ("test", "held out (sha1 of the id mod 5 = 0)")) if gathered else (
        ("dev", "dev (odd ids, tuned on)"), ("test", "test (even ids, held out)"))
    for part, label in parts:
        types = ", ".join(f"{name} {right}/{n}" for name, (right, n) in r[f"{part}_types"].items())
        print(f"PLOVER {'gathered sentences' if gathered else 'gold records'}, {label}: "
              f"{r[f'n_{part}_event']} sentences\n"
              f"  event type accuracy {r[f'{part}_event']:.3f} (baseline {r[f'{part}_b_event']:.3f});"
              f" no event {r[f'{part}_no_event']:.3f}\n  right by gold type: {types}\n"
              f"  mode accuracy {r[f'{part}_mode']:.3f} on {r[f'n_{part}_mode']} "
              f"(baseline {r[f'{part}_b_mode']:.3f})\n"
              f"  actor country {r[f'{part}_country']:.3f} on {r[f'n_{part}_country']}, IGO/NGO by sector "
              f"(baseline {r[f'{part}_b_country']:.3f});"
              f" without IGO/NGO records {r[f'{part}_country_states']:.3f} on {r[f'n_{part}_country_states']}"
              f" (baseline {r[f'{part}_b_country_states']:.3f})"
              + (f"\n  actor sector {r[f'{part}_sector']:.3f} on {r[f'n_{part}_sector']}" if r[f"n_{part}_sector"]
                 else ""))
        figures |= {f"{part}_event_acc": r[f"{part}_event"], f"{part}_baseline_event_acc": r[f"{part}_b_event"],
                    f"{part}_no_event_share": r[f"{part}_no_event"],
                    f"{part}_mode_acc": r[f"{part}_mode"], f"{part}_baseline_mode_acc": r[f"{part}_b_mode"],
                    f"{part}_actor_country_acc": r[f"{part}_country"],
                    f"{part}_baseline_actor_country_acc": r[f"{part}_b_country"],
                    f"{part}_actor_country_acc_states": r[f"{part}_country_states"],
                    f"{part}_baseline_actor_country_acc_states": r[f"{part}_b_country_states"],
                    f"{part}_records": r[f"n_{part}_event"]}
        if r[f"n_{part}_sector"]:  # gathered sentences carry no gold sector
            figures[f"{part}_actor_sector_acc"] = r[f"{part}_sector"]
    print(figures_line(**figures))
    return 0
