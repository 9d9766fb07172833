"""Publication dates on htmldate's MediaCloud 2020 set: day-exact accuracy.

casus's answer is ``doc.published.date`` from ingesting the page with its
URL (any ``how``, inferred dates included: that is what a user gets). The
baseline is plain ``htmldate.find_date`` with the page and its URL, default
options, in the same run. A page with no date counts as wrong.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

from casus.errors import CasusError
from casus.eval.report import figures_line
from casus.ingest.documents import document_from_html


def load(folder: Path, limit: int | None = None) -> list[tuple[str, bytes, str]]:
    """(url, html bytes, gold date) for each page."""
    gold = json.loads((folder / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    items = []
    for url in list(gold)[:limit]:
        with gzip.open(folder / "pages" / f"{gold[url]['file']}.gz", "rb") as f:
            items.append((url, f.read(), gold[url]["date"]))
    return items


def casus_date(url: str, html: bytes) -> tuple[str | None, str]:
    try:
        published = document_from_html(html, url, url=url).published
    except CasusError:
        return None, "error"
    return published.date, published.how


def baseline_date(url: str, html: bytes) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, url=url)
    except Exception:  # a crash of the baseline counts as no answer
        return None


def main(args: argparse.Namespace, rest: list[str]) -> int:
    argparse.ArgumentParser(prog="python -m casus.eval pubdate").parse_args(rest)
    items = load(Path(args.data), args.limit)
    right = base_right = 0
    by_how: dict[str, list[int]] = {}
    for url, html, gold in items:
        found, how = casus_date(url, html)
        ok = found == gold
        right += ok
        by_how.setdefault(how, [0, 0])
        by_how[how][0] += ok
        by_how[how][1] += 1
        base_right += baseline_date(url, html) == gold
    n = len(items)
    print(f"MediaCloud 2020 publication dates, {n} pages (day-exact)")
    for how, (ok, total) in sorted(by_how.items()):
        print(f"  casus how={how:<9} {ok}/{total} right")
    print(f"  casus    accuracy={right / n:.4f}")
    print(f"  htmldate accuracy={base_right / n:.4f}")
    print(figures_line(accuracy=right / n, baseline_accuracy=base_right / n, pages=n))
    return 0
