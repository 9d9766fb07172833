"""Attribution cost over the spaCy parse, on the same texts, in one process.

The baseline is the parse itself (``nlp.pipe`` over the texts): attribution
needs it, so the figure is how much attribution (the CRF tagger plus the
rules for sources, claims, nesting and stance) adds on top of it.

    python bench/attribution.py [../shared/data/polnear] [--split test] [--rounds 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from casus.attribution import Attribution
from casus.attribution.polnear import read_split
from casus.eval.report import figures_line
from casus.model import Document
from casus.nlp import load_nlp

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--split", default="test")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [item.text for item in read_split(Path(args.data), args.split)]
    nlp = load_nlp()
    stage = Attribution()
    list(nlp.pipe(texts[:5]))  # warm-up
    parse_best = attribution_best = float("inf")
    for _ in range(args.rounds):
        start = time.perf_counter()
        parsed = list(nlp.pipe(texts, batch_size=16))
        parse_best = min(parse_best, time.perf_counter() - start)
        pairs = enumerate(zip(texts, parsed, strict=True))
        docs = [Document(id=str(i), path=str(i), text=t, parsed=p) for i, (t, p) in pairs]
        start = time.perf_counter()
        for doc in docs:
            stage(doc)
        attribution_best = min(attribution_best, time.perf_counter() - start)
    words = sum(len(t.split()) for t in texts)
    claims = sum(len(d.claims) for d in docs)
    print(f"{len(texts)} texts, {words} words, {claims} claims")
    print(f"spaCy parse  {parse_best:.2f} s  ({words / parse_best:,.0f} words/s)")
    print(f"attribution  {attribution_best:.2f} s  ({words / attribution_best:,.0f} words/s)")
    print(figures_line(attribution_s=attribution_best, parse_s=parse_best,
                       added_share=attribution_best / parse_best, texts=len(texts), words=words))


if __name__ == "__main__":
    main()
