"""Build the attribution tagger from PolNeAR's train split.

    python -m casus.attribution.train [POLNEAR_DIR] [--out FILE] [--iterations N]

Parses the train texts with the same spaCy pipeline casus uses (both cores),
fits the context clusters of the parser's token vectors, turns the gold spans
into BIO tags, and trains two CRFs (L-BFGS, L1+L2): one for cues, one for
sources and contents with features relative to the cues (gold cues in
training, predicted ones in use). The models are written
atomically, so a crash never leaves a half-written file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from casus.attribution.polnear import read_split
from casus.attribution.tagger import (
    FEATURE_VERSION,
    DocView,
    arg_items,
    args_path,
    bio_tags,
    clusters_path,
    context_clusters,
    cue_prior,
    fit_clusters,
    paragraphs,
    prior_path,
    save_clusters,
    sentence_bounds,
    spans_from_tags,
    token_features,
)
from casus.cache import cache_dir, data_dir
from casus.nlp import MODEL, load_nlp

ITERATIONS = 100
# Chosen on PolNeAR's dev split (cue F1 0.67 with c1=0.05, 0.71 with 1.0, 0.72 with 2.0); see tagger's docstring.
PARAMS = {"c1": 2.0, "c2": 0.1, "feature.possible_transitions": True}


def default_model_path() -> Path:
    return cache_dir() / f"attribution-crf-f{FEATURE_VERSION}-{MODEL}.crfsuite"


def polnear_dir() -> Path | None:
    base = data_dir()
    path = base / "polnear" if base else None
    return path if path and (path / "train").is_dir() else None


def _gold_cues(item, doc) -> list[tuple[int, int]]:
    """Token ranges of the gold cues: what the argument tagger is trained to read."""
    cues = []
    for start, end in paragraphs(doc):
        tags = bio_tags(doc, start, end, {"Cue": item.spans["Cue"]})
        cues.extend((s.token_start, s.token_end) for s in spans_from_tags(doc, start, tags))
    return cues


def build(polnear: Path, out: Path, iterations: int = ITERATIONS, limit: int | None = None,
          n_process: int = 2, log=print) -> Path:
    """Train the cue model (``out``) and the source/content model (``args_path(out)``)."""
    import pycrfsuite

    texts = read_split(polnear, "train", limit)
    log(f"casus: training the attribution tagger on {len(texts)} PolNeAR train texts (one-off, cached in {out})")
    started = time.time()
    nlp = load_nlp()
    processes = n_process if len(texts) >= 50 else 1
    docs = list(nlp.pipe((t.text for t in texts), batch_size=16, n_process=processes))
    prior = cue_prior(texts, docs)
    centroids = fit_clusters(docs)
    cue_trainer = pycrfsuite.Trainer(verbose=False)
    arg_trainer = pycrfsuite.Trainer(verbose=False)
    for item, doc in zip(texts, docs, strict=True):
        cues = _gold_cues(item, doc)
        bounds, view = sentence_bounds(doc), DocView.of(doc)
        clusters = context_clusters(doc, centroids)
        for start, end in paragraphs(doc):
            tags = bio_tags(doc, start, end, item.spans)
            feats = token_features(doc, start, end, prior, bounds, view, clusters)
            cue_trainer.append(feats, [t if t.endswith("Cue") else "O" for t in tags])
            arg_trainer.append(arg_items(doc, start, end, feats, cues, bounds, view),
                               ["O" if t.endswith("Cue") else t for t in tags])
    del docs
    log(f"casus: parsed in {time.time() - started:.0f} s; fitting the two CRFs")
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = f".tmp{os.getpid()}"
    # the prior, the clusters and the argument model first: a cue model is never seen without them
    tmp_prior = prior_path(out).with_suffix(suffix)
    tmp_prior.write_text(json.dumps(prior, sort_keys=True), encoding="utf-8")
    os.replace(tmp_prior, prior_path(out))
    tmp_clusters = clusters_path(out).with_suffix(suffix)
    save_clusters(tmp_clusters, centroids)
    os.replace(tmp_clusters, clusters_path(out))
    for trainer, path in ((arg_trainer, args_path(out)), (cue_trainer, out)):
        trainer.set_params({**PARAMS, "max_iterations": iterations})
        tmp = path.with_suffix(suffix)
        trainer.train(str(tmp))
        os.replace(tmp, path)
    log(f"casus: attribution tagger ready in {time.time() - started:.0f} s")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casus.attribution.train", description=__doc__.splitlines()[0])
    parser.add_argument("polnear", nargs="?", help="PolNeAR folder (default: ../shared/data/polnear)")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--limit", type=int, default=None, help="train on the first N texts only")
    parser.add_argument("--if-missing", action="store_true", help="do nothing if the model is already built")
    args = parser.parse_args(argv)
    out = args.out or default_model_path()
    if args.if_missing and out.exists():
        return 0
    folder = Path(args.polnear) if args.polnear else polnear_dir()
    if folder is None or not (folder / "train").is_dir():
        parser.error("PolNeAR not found: give its folder or set CASUS_DATA to the folder holding polnear/")
    build(folder, out, args.iterations, args.limit, log=lambda m: print(m, file=sys.stderr))
    return 0


if __name__ == "__main__":
    sys.exit(main())
