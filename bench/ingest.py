"""Ingest speed on the AEB pages: casus HTML ingestion vs plain trafilatura, same process.

casus does more per page than ``trafilatura.extract``: it prunes in-article
link lists, reads title/site/URL metadata, finds the publication date with
htmldate, and cleans the text line by line. The figure that matters is the
overhead of all that over trafilatura's text extraction alone. A second
baseline, trafilatura with its own metadata (what a user would run to get
text and date from trafilatura alone), is printed beside it.

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
    import trafilatura

    for html in pages:
        trafilatura.extract(html.decode("utf-8", "replace"), include_comments=False)


def trafilatura_with_metadata(pages: list[bytes]) -> None:
    import trafilatura

    for html in pages:
        trafilatura.bare_extraction(html.decode("utf-8", "replace"), include_comments=False, with_metadata=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(Path(args.data, "html").glob("*.html.gz"))]
    systems = {"casus": casus_ingest, "trafilatura": trafilatura_text, "trafilatura_meta": trafilatura_with_metadata}
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
        print(f"{name:<17} {rate[name]:7.1f} pages/s  ({seconds})")
    overhead = best["casus"] / best["trafilatura"] - 1
    print(figures_line(casus_pages_per_s=rate["casus"], baseline_pages_per_s=rate["trafilatura"],
                       baseline_meta_pages_per_s=rate["trafilatura_meta"], overhead=overhead,
                       overhead_vs_meta=best["casus"] / best["trafilatura_meta"] - 1, pages=len(pages)))


if __name__ == "__main__":
    main()
