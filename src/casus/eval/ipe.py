"""Police events on IndiaPoliceEvents (Halterman et al. 2021): sentence-level KILL, ARREST, FORCE.

casus codes each whole article (the pipeline as users run it, the
article's date from the metadata as publication date) and a sentence gets
a label when one of the events coded from it (by the position of its
trigger, for each mention merged into the event) maps to the label. The labels are about what the police did, so
the actor's sector matters. The mapping from PLOVER output:

- KILL:   an ASSAULT by a police actor (sector COP) with a dead count of at
          least 1 whose mention's sentence has one of casus's death words
          (``casus.events.toll.DEAD_LEMMAS``), or whose trigger is a killing
          word (kill, shoot dead, …);
- ARREST: a COERCE with mode ``arrest`` by a police actor, or with no actor
          named (passive "were arrested", "sent to jail": in news an
          unattributed arrest is a police act);
- FORCE:  an ASSAULT by a police actor (firing, lathi-charges, tear gas,
          beatings), including those that kill.
Events with status denied, hypothetical or future count for no label.

The baseline, in the same run, is one keyword regex per label over the
sentence text (below, ``BASELINE``).

Two parts, by the articles' order in ``docs.jsonl.gz``: the first 300 are
**dev** (the event rules were written while reading casus's errors on
them, so their figures are in-sample), the other 957 are **held-out** (not
read for tuning). Both are printed, each with the baseline beside it.
``--per-part N`` scores only the first N articles of each part (a quick
check); ``--limit N`` the first N articles of the file.

    python -m casus.eval ipe ../shared/data/india-police-events
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path
from typing import Any

from casus.eval.report import figures_line
from casus.events.toll import DEAD_LEMMAS

LABELS = ("KILL", "ARREST", "FORCE")
BASELINE = {
    "KILL": re.compile(r"\b(police|cops?)\b.*\b(kill|killed|shot dead|died)\b|\b(killed|died|dead)\b.*police firing"),
    "ARREST": re.compile(r"\b(arrest(ed|s)?|detain(ed)?|custody|held)\b"),
    "FORCE": re.compile(r"\b(police|cops?)\b.*\b(fired|firing|lathi|tear ?gas|beat|baton|force)|police firing"),
}
_KILL_WORDS = re.compile(r"(kill|murder|massacr|execut|gunned|shot dead)")
_COUNTED = {"asserted", "alleged"}
DEV_ARTICLES = 300  # the first articles of the file, read while writing the rules
PARTS = ("dev", "heldout")


def load(folder: Path, limit: int | None, per_part: int | None = None,
         ) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    """The articles (each with its ``part`` and ``date``) and their gold sentences by article id."""
    with gzip.open(folder / "docs.jsonl.gz", "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    with gzip.open(folder / "metadata.jsonl.gz", "rt", encoding="utf-8") as f:
        dates = {m["doc_id"]: m.get("date") for m in map(json.loads, f)}
    for k, doc in enumerate(docs):
        doc["date"] = dates.get(doc["doc_id"])
        doc["part"] = PARTS[0] if k < DEV_ARTICLES else PARTS[1]
    if per_part:
        docs = docs[:min(per_part, DEV_ARTICLES)] + docs[DEV_ARTICLES:DEV_ARTICLES + per_part]
    if limit:
        docs = docs[:limit]
    wanted = {d["doc_id"] for d in docs}
    sents: dict[int, list[dict[str, Any]]] = {}
    with gzip.open(folder / "sents.jsonl.gz", "rt", encoding="utf-8") as f:
        for row in map(json.loads, f):
            if row["doc_id"] in wanted:
                sents.setdefault(row["doc_id"], []).append(row)
    return docs, sents


def sentence_offsets(text: str, sents: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where each gold sentence lies in the article text (found in order)."""
    out, pos = [], 0
    for row in sorted(sents, key=lambda r: r["sent_id"]):
        needle = row["sent_text"].strip()
        at = text.find(needle, pos) if needle else -1
        if at < 0:
            out.append((-1, -1))
            continue
        out.append((at, at + len(needle)))
        pos = at + len(needle)
    return out


def labels_of(event: Any, trigger: Any = None, sentence: Any = None) -> set[str]:
    """The labels an event gives the sentence of one of its mentions (``trigger``, in the parsed
    ``sentence``): a merged event's dead may have been reported in another of its sentences."""
    if event.status not in _COUNTED or getattr(event, "derived_from", None):
        return set()  # a toll record repeats its attack for another claimant's figure: not a police act
    police = any(a.sector == "COP" for a in event.actors)
    trigger = trigger or event.trigger
    out = set()
    if event.event == "ASSAULT" and police:
        out.add("FORCE")
        killed = (event.dead.best or event.dead.low or 0) >= 1 and (
            sentence is None or any(t.lemma_.lower() in DEAD_LEMMAS for t in sentence))
        if killed or _KILL_WORDS.match(trigger.text.lower()):
            out.add("KILL")
    if event.event == "COERCE" and event.mode == "arrest" and (police or not event.actors):
        out.add("ARREST")
    return out


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(folder: Path, limit: int | None, per_part: int | None = None) -> dict[str, float]:
    """P/R/F1 of casus and the baseline for each label and part: ``dev_casus_KILL_f1``, ``heldout_base_…``."""
    from casus.model import Document, Published
    from casus.pipeline import default_pipeline

    docs, sents = load(folder, limit, per_part)
    part_of = {str(d["doc_id"]): d["part"] for d in docs}
    pipeline = default_pipeline()
    inputs = [Document(id=str(d["doc_id"]), path=str(d["doc_id"]), text=d["doc_text"],
                       published=Published(d["date"], "metadata") if d.get("date") else Published())
              for d in docs]
    counts = {f"{part}_{who}_{label}": [0, 0, 0] for part in PARTS for who in ("casus", "base") for label in LABELS}
    n_sents = dict.fromkeys(PARTS, 0)
    for doc in pipeline.pipe(inputs):
        rows = sorted(sents.get(int(doc.id), []), key=lambda r: r["sent_id"])
        spans = sentence_offsets(doc.text, rows)
        predicted: list[set[str]] = [set() for _ in rows]
        for event in doc.events:
            for trigger in event.triggers or [event.trigger]:  # every mention merged into the event
                for k, (start, end) in enumerate(spans):
                    if start <= trigger.start < end:
                        predicted[k] |= labels_of(event, trigger, doc.parsed.char_span(start, end,
                                                                                     alignment_mode="expand"))
                        break
        for row, ours in zip(rows, predicted, strict=True):
            n_sents[part_of[doc.id]] += 1
            gold = set(row["sent_labels"])
            base = {label for label, rx in BASELINE.items() if rx.search(row["sent_text"].lower())}
            for label in LABELS:
                for who, guess in (("casus", ours), ("base", base)):
                    c = counts[f"{part_of[doc.id]}_{who}_{label}"]
                    c[0] += label in guess and label in gold
                    c[1] += label in guess and label not in gold
                    c[2] += label not in guess and label in gold
    out: dict[str, float] = {}
    for part in PARTS:
        out[f"{part}_docs"] = sum(d["part"] == part for d in docs)
        out[f"{part}_sentences"] = n_sents[part]
    for key, (tp, fp, fn) in counts.items():
        p, r, f = _prf(tp, fp, fn)
        out[f"{key}_p"], out[f"{key}_r"], out[f"{key}_f1"] = p, r, f
    return out


def main(args: argparse.Namespace, rest: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m casus.eval ipe")
    parser.add_argument("--per-part", type=int, default=None, metavar="N",
                        help="score only the first N articles of the dev part and of the held-out part")
    options = parser.parse_args(rest)
    r = evaluate(Path(args.data), args.limit, options.per_part)
    figures: dict[str, float | int] = {}
    for part, label in (("dev", "dev, the first 300 articles (rules written reading them)"),
                        ("heldout", "held-out, the other articles")):
        print(f"IndiaPoliceEvents {label}: {int(r[f'{part}_docs'])} articles, {int(r[f'{part}_sentences'])} "
              "sentences")
        for name in LABELS:
            ours, base = f"{part}_casus_{name}", f"{part}_base_{name}"
            print(f"  {name:<6} casus P={r[f'{ours}_p']:.3f} R={r[f'{ours}_r']:.3f} F1={r[f'{ours}_f1']:.3f}   "
                  f"baseline P={r[f'{base}_p']:.3f} R={r[f'{base}_r']:.3f} F1={r[f'{base}_f1']:.3f}")
            low = name.lower()
            figures |= {f"{part}_{low}_f1": r[f"{ours}_f1"], f"{part}_{low}_p": r[f"{ours}_p"],
                        f"{part}_{low}_r": r[f"{ours}_r"], f"{part}_baseline_{low}_f1": r[f"{base}_f1"]}
        figures[f"{part}_articles"] = int(r[f"{part}_docs"])
    print(figures_line(**figures))
    return 0
