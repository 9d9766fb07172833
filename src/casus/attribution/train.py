"""Build the attribution tagger from PolNeAR's train split.

    python -m casus.attribution.train [POLNEAR_DIR] [--out FILE] [--iterations N]

Parses the train texts with the same spaCy pipeline casus uses (both cores),
turns the gold spans into BIO tags, and trains a CRF (L-BFGS, L1+L2). The
model is written atomically, so a crash never leaves a half-written file.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from casus.attribution.polnear import read_split
from casus.attribution.tagger import FEATURE_VERSION, bio_tags, paragraphs, token_features
from casus.cache import cache_dir, data_dir
from casus.nlp import MODEL, load_nlp

ITERATIONS = 150


def default_model_path() -> Path:
    return cache_dir() / f"attribution-crf-f{FEATURE_VERSION}-{MODEL}.crfsuite"


def polnear_dir() -> Path | None:
    base = data_dir()
    path = base / "polnear" if base else None
    return path if path and (path / "train").is_dir() else None


def build(polnear: Path, out: Path, iterations: int = ITERATIONS, limit: int | None = None,
          n_process: int = 2, log=print) -> Path:
    import pycrfsuite

    texts = read_split(polnear, "train", limit)
    log(f"casus: training the attribution tagger on {len(texts)} PolNeAR train texts (one-off, cached in {out})")
    started = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    nlp = load_nlp()
    processes = n_process if len(texts) >= 50 else 1
    for item, doc in zip(texts, nlp.pipe((t.text for t in texts), batch_size=16, n_process=processes),
                         strict=True):
        for start, end in paragraphs(doc):
            tags = bio_tags(doc, start, end, item.spans)
            trainer.append(token_features(doc, start, end), tags)
    log(f"casus: parsed in {time.time() - started:.0f} s; fitting the CRF")
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(f".tmp{os.getpid()}")
    trainer.train(str(tmp))
    os.replace(tmp, out)
    log(f"casus: attribution tagger ready in {time.time() - started:.0f} s")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casus.attribution.train", description=__doc__.splitlines()[0])
    parser.add_argument("polnear", nargs="?", help="PolNeAR folder (default: ../shared/data/polnear)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--limit", type=int, default=None, help="train on the first N texts only")
    args = parser.parse_args(argv)
    folder = Path(args.polnear) if args.polnear else polnear_dir()
    if folder is None or not (folder / "train").is_dir():
        parser.error("PolNeAR not found: give its folder or set CASUS_DATA to the folder holding polnear/")
    build(folder, args.out or default_model_path(), args.iterations, args.limit,
          log=lambda m: print(m, file=sys.stderr))
    return 0


if __name__ == "__main__":
    sys.exit(main())
