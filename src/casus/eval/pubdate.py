"""Publication dates on htmldate's MediaCloud 2020 set: day-exact accuracy.

casus's answer is ``doc.published.date`` from ingesting the page with its
URL (any ``how``, inferred dates included: that is what a user gets).
Two baselines run in the same pass, both ``htmldate.find_date`` on the page
and its URL: with the options casus passes it (``original_date=True``,
``extensive_search=True``, ``max_date`` today; see ``casus.ingest.html``),
which is htmldate at its best here, and with its defaults. casus's own
share is what it adds beyond the first. A page with no date counts as wrong.
"""

from __future__ import annotations

import argparse
import gzip
import json
from datetime import date
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


def casus_options() -> dict[str, object]:
    """The htmldate options ``casus.ingest.html.extract_html`` uses, so the baseline is not handicapped."""
    return {"original_date": True, "extensive_search": True, "max_date": date.today().isoformat()}


def baseline_date(url: str, html: bytes, options: dict[str, object] | None = None) -> str | None:
    """htmldate alone on the raw page: with ``options``, or its defaults when None."""
    from htmldate import find_date

    try:
        return find_date(html, url=url, **(options or {}))
    except Exception:  # a crash of the baseline counts as no answer
        return None


def main(args: argparse.Namespace, rest: list[str]) -> int:
    argparse.ArgumentParser(prog="python -m casus.eval pubdate").parse_args(rest)
    items = load(Path(args.data), args.limit)
    right = best_right = default_right = 0
    options = casus_options()
    by_how: dict[str, list[int]] = {}
    for url, html, gold in items:
        found, how = casus_date(url, html)
        ok = found == gold
        right += ok
        by_how.setdefault(how, [0, 0])
        by_how[how][0] += ok
        by_how[how][1] += 1
        best_right += baseline_date(url, html, options) == gold
        default_right += baseline_date(url, html) == gold
    n = len(items)
    print(f"MediaCloud 2020 publication dates, {n} pages (day-exact)")
    for how, (ok, total) in sorted(by_how.items()):
        print(f"  casus how={how:<9} {ok}/{total} right")
    print(f"  casus                           accuracy={right / n:.4f}")
    print(f"  htmldate, casus's options       accuracy={best_right / n:.4f}")
    print(f"  htmldate, defaults              accuracy={default_right / n:.4f}")
    print(figures_line(accuracy=right / n, baseline_accuracy=best_right / n,
                       baseline_default_accuracy=default_right / n, pages=n))
    return 0
