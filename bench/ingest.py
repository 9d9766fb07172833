"""Ingest speed on the AEB pages: casus HTML ingestion vs plain trafilatura, same process.

casus extracts with trafilatura's ``fast=True`` mode (falling back to the
full mode on short pages) and does more per page than ``trafilatura.extract``:
it prunes in-article link lists, reads title/site/URL metadata, finds the
publication date with htmldate, and cleans the text line by line. The
figure that matters is the overhead of all that over trafilatura's text
extraction alone *in the same fast mode*. Also printed: trafilatura fast
with its own metadata (text and date from trafilatura alone), and
trafilatura's default (full, slower) mode, which casus is not compared
against because it does different work.

Rounds alternate between the systems and the best round of each is kept,
so that noise from the machine hits both alike.

    python bench/ingest.py [../shared/data/aeb] [--rounds 3]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import time
from pathlib import Path

from casus.errors import CasusError
from casus.eval.report import figures_line
from casus.ingest.documents import document_from_html

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "aeb"


def casus_ingest(pages: list[bytes]) -> None:
    for i, html in enumerate(pages):
        with contextlib.suppress(CasusError):
            document_from_html(html, f"page{i}")


def trafilatura_text(pages: list[bytes]) -> None:
    """The baseline: text only, in the mode casus uses."""
    import trafilatura

    for html in pages:
        trafilatura.extract(html.decode("utf-8", "replace"), include_comments=False, fast=True)


def trafilatura_with_metadata(pages: list[bytes]) -> None:
    import trafilatura

    for html in pages:
        trafilatura.bare_extraction(html.decode("utf-8", "replace"), include_comments=False, with_metadata=True,
                                    fast=True)


def trafilatura_default_mode(pages: list[bytes]) -> None:
    """trafilatura's defaults (readability/justext comparison on every page): for reference only."""
    import trafilatura

    for html in pages:
        trafilatura.extract(html.decode("utf-8", "replace"), include_comments=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args()
    files = sorted(Path(args.data, "html").glob("*.html.gz"))[: args.limit]
    pages = [gzip.decompress(p.read_bytes()) for p in files]
    systems = {"casus": casus_ingest, "trafilatura": trafilatura_text, "trafilatura_meta": trafilatura_with_metadata,
               "trafilatura_default": trafilatura_default_mode}
    for run in systems.values():  # warm-up: imports, caches, dateparser's first call
        run(pages[:10])
    best = {name: float("inf") for name in systems}
    for _ in range(args.rounds):
        for name, run in systems.items():
            start = time.perf_counter()
            run(pages)
            best[name] = min(best[name], time.perf_counter() - start)
    rate = {name: len(pages) / seconds for name, seconds in best.items()}
    for name in systems:
        seconds = f"{best[name]:.2f} s for {len(pages)} pages, best of {args.rounds}"
        print(f"{name:<19} {rate[name]:7.1f} pages/s  ({seconds})")
    overhead = best["casus"] / best["trafilatura"] - 1
    print(f"casus's overhead over trafilatura in the same (fast) mode: {100 * overhead:.0f}%")
    print(figures_line(casus_pages_per_s=rate["casus"], baseline_pages_per_s=rate["trafilatura"],
                       baseline_meta_pages_per_s=rate["trafilatura_meta"],
                       baseline_default_mode_pages_per_s=rate["trafilatura_default"], overhead=overhead,
                       overhead_vs_meta=best["casus"] / best["trafilatura_meta"] - 1, pages=len(pages)))


if __name__ == "__main__":
    main()
