"""Main-text extraction on the article-extraction benchmark (AEB).

Scored as AEB scores it: the text is cut into word 4-grams ("shingles");
per page, true/false positives and false negatives are counted over
shingles and normalised by their sum so that long pages weigh no more than
short ones; precision and recall are averaged over pages and F1 is taken
from the averages. Two baselines run in the same process on the same pages:
``trafilatura.extract`` with its defaults (what AEB runs for trafilatura)
and with ``favor_precision=True``, its own best setting here; the
``baseline_*`` figures are the better of the two by F1.

The figure is in-sample: casus's extraction settings (fast mode, the rescue
threshold, the pruning of link lists) were chosen on AEB itself, and there
is no held-out split of it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from collections import Counter
from pathlib import Path

from casus.errors import CasusError
from casus.eval.report import figures_line
from casus.ingest.documents import document_from_html

_WORDS = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORDS.findall(text or "")
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words[i : i + n])


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) over the shingles of one page."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """AEB's macro precision, recall and F1 over (gold, predicted) page texts."""
    counts = [page_counts(true, pred) for true, pred in pairs]
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def load(folder: Path, limit: int | None = None) -> list[tuple[str, bytes, str]]:
    """(page id, html bytes, gold text) for each AEB page."""
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    items = []
    for key in sorted(gold)[:limit]:
        with gzip.open(folder / "html" / f"{key}.html.gz", "rb") as f:
            items.append((key, f.read(), gold[key].get("articleBody", "")))
    return items


def casus_text(key: str, html: bytes) -> str:
    try:
        return document_from_html(html, key).text
    except CasusError:
        return ""


def baseline_text(html: bytes, favor_precision: bool = False) -> str:
    import trafilatura

    page = html.decode("utf-8", "replace")
    return trafilatura.extract(page, include_comments=False, favor_precision=favor_precision) or ""


def main(args: argparse.Namespace, rest: list[str]) -> int:
    argparse.ArgumentParser(prog="python -m casus.eval maintext").parse_args(rest)
    items = load(Path(args.data), args.limit)
    ours = score([(gold, casus_text(key, html)) for key, html, gold in items])
    default = score([(gold, baseline_text(html)) for key, html, gold in items])
    precise = score([(gold, baseline_text(html, favor_precision=True)) for key, html, gold in items])
    best_name, best = max((("default", default), ("favor_precision", precise)), key=lambda item: item[1]["f1"])
    print(f"AEB main text, {len(items)} pages (word-4-gram shingles, macro P/R; in-sample for casus)")
    rows = {"casus": ours, "trafilatura default": default, "trafilatura favor_precision": precise}
    for name, f in rows.items():
        print(f"  {name:<28} P={f['precision']:.4f} R={f['recall']:.4f} F1={f['f1']:.4f}")
    print(figures_line(f1=ours["f1"], precision=ours["precision"], recall=ours["recall"],
                       baseline_f1=best["f1"], baseline_precision=best["precision"],
                       baseline_recall=best["recall"], baseline_default_f1=default["f1"],
                       baseline_default_precision=default["precision"], baseline_default_recall=default["recall"],
                       baseline_precise_f1=precise["f1"], baseline_precise_precision=precise["precision"],
                       baseline_precise_recall=precise["recall"], baseline_best=best_name, pages=len(items)))
    return 0
