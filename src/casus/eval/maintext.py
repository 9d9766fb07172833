"""Main-text extraction on the article-extraction benchmark (AEB).

Scored as AEB scores it: the text is cut into word 4-grams ("shingles");
per page, true/false positives and false negatives are counted over
shingles and normalised by their sum so that long pages weigh no more than
short ones; precision and recall are averaged over pages and F1 is taken
from the averages. The baseline is plain ``trafilatura.extract`` (what AEB
runs for trafilatura), in the same process on the same pages.
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


def baseline_text(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html.decode("utf-8", "replace"), include_comments=False) or ""


def main(args: argparse.Namespace, rest: list[str]) -> int:
    argparse.ArgumentParser(prog="python -m casus.eval maintext").parse_args(rest)
    items = load(Path(args.data), args.limit)
    ours = score([(gold, casus_text(key, html)) for key, html, gold in items])
    base = score([(gold, baseline_text(html)) for key, html, gold in items])
    print(f"AEB main text, {len(items)} pages (word-4-gram shingles, macro P/R)")
    print(f"  casus        P={ours['precision']:.4f} R={ours['recall']:.4f} F1={ours['f1']:.4f}")
    print(f"  trafilatura  P={base['precision']:.4f} R={base['recall']:.4f} F1={base['f1']:.4f}")
    print(figures_line(f1=ours["f1"], precision=ours["precision"], recall=ours["recall"],
                       baseline_f1=base["f1"], baseline_precision=base["precision"],
                       baseline_recall=base["recall"], pages=len(items)))
    return 0
