"""Geocoding speed and footprint on LGL, against a baseline, in one process.

Parses the LGL articles first (not timed), then times casus's recognition and
resolution on the parsed documents, with the gazetteer's lookup cache cleared
so every name really goes to the index. The baseline is the cheapest
geocoder on the same parses: spaCy's GPE/LOC entities, each resolved to the
most populous gazetteer place of that name. Also reported: the time to open
the gazetteer and the resident memory it adds.

    python bench/geo.py [../shared/data/geo] [--limit N]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from casus.eval.geo import load
from casus.eval.report import figures_line

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "geo"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    from casus.actors import country_index
    from casus.geo import locate
    from casus.geo.gazetteer import Gazetteer
    from casus.nlp import load_nlp

    texts = [text for text, _ in load(Path(args.data) / "lgl.xml", args.limit)]
    docs = list(load_nlp().pipe(texts, batch_size=16))
    country_index()
    before = rss_mb()
    start = time.perf_counter()
    gaz = Gazetteer()
    load_s = time.perf_counter() - start

    start = time.perf_counter()
    for doc in docs:
        locate(doc, gaz)
    casus_s = time.perf_counter() - start
    rss = rss_mb() - before

    gaz.by_key.cache_clear()
    start = time.perf_counter()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC"):
                options = gaz.lookup(ent.text)
                max(options, key=lambda p: p.population) if options else None
    baseline_s = time.perf_counter() - start
    print(f"{len(docs)} LGL documents (parsed beforehand)")
    print(f"gazetteer open: {load_s * 1000:.0f} ms; resident memory added by geocoding: {rss:.0f} MB")
    print(f"casus geocoding: {len(docs) / casus_s:.0f} docs/s; baseline (NER + most populous): "
          f"{len(docs) / baseline_s:.0f} docs/s")
    print(figures_line(casus_docs_per_s=len(docs) / casus_s, baseline_docs_per_s=len(docs) / baseline_s,
                       ratio=baseline_s / casus_s, gazetteer_load_s=load_s, index_rss_mb=rss, docs=len(docs)))


if __name__ == "__main__":
    main()
