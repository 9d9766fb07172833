"""Attribution spans on PolNeAR: cue, source and content P/R/F1.

Gold spans are PolNeAR's Source, Cue and Content fragments (first
annotator). Three systems are scored on the same spaCy parse:

- **pipeline**: what ``casus extract`` emits. The attribution stage runs on a
  document whose text is the PolNeAR text, and each claim becomes a cue span
  (``claim.cue``), a source span (``claim.source_span``: where the claim names
  its speaker; claims that name none add no source) and a content span
  (``claim.content``). Sets are compared, so an inherited claim repeats its
  statement's cue once but adds its own sentence as a content.
- **tagger**: the standalone two-step CRF (``tagger.tag``), one component.
- **baseline**: the textbook rule: a reporting verb is the cue, its subject
  the source and its clausal complement (or object) the content; "according
  to X" counts too.

Two scores per label: *exact* (same characters, whitespace trimmed) and
*overlap*: a one-to-one match where the shared tokens are at least half of
each span's tokens. Tune on ``--split dev``; ``test`` is held out.

    python -m casus.eval attribution ../shared/data/polnear [--split test] [--model FILE]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from casus.attribution.polnear import LABELS, read_split
from casus.eval.report import figures_line

REPORTING_VERBS = frozenset(
    "say tell report announce state claim add note deny accuse warn write ask argue insist explain "
    "suggest acknowledge admit confirm reveal declare predict promise urge respond reply comment "
    "testify allege assert believe think".split()
)


def baseline_spans(doc: Any) -> dict[str, set[tuple[int, int]]]:
    """Reporting verb + its subject + its complement, on the parse."""
    out: dict[str, set[tuple[int, int]]] = {label: set() for label in LABELS}

    def add(label: str, tokens: list[Any]) -> None:
        tokens = [t for t in tokens if not t.is_space]
        if tokens:
            out[label].add((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))

    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            add("Cue", [tok, to])
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                add("Source", list(objects[0].subtree))
            continue
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in REPORTING_VERBS:
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        complements = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
        if not subjects and not complements:
            continue
        add("Cue", [tok])
        if subjects:
            add("Source", list(subjects[0].subtree))
        if complements:
            add("Content", list(complements[0].subtree))
    return out


def _tokens(doc: Any, span: tuple[int, int]) -> frozenset[int]:
    """The span's word tokens (its punctuation too when it has nothing else, as a cue ":" has)."""
    chars = doc.char_span(span[0], span[1], alignment_mode="expand")
    if chars is None:
        return frozenset()
    words = frozenset(t.i for t in chars if not t.is_space and not t.is_punct)
    return words or frozenset(t.i for t in chars if not t.is_space)


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlap_matches(doc: Any, pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> int:
    pred_tokens = [(_tokens(doc, s), s) for s in pred]
    gold_tokens = [(_tokens(doc, s), s) for s in gold]
    pairs = []
    for pi, (pt, _) in enumerate(pred_tokens):
        for gi, (gt, _) in enumerate(gold_tokens):
            shared = len(pt & gt)
            if shared and shared >= 0.5 * len(pt) and shared >= 0.5 * len(gt):
                pairs.append((shared, pi, gi))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, pi, gi in sorted(pairs, reverse=True):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
    return len(used_p)


def score(docs: list[Any], preds: list[dict[str, set[tuple[int, int]]]],
          golds: list[dict[str, set[tuple[int, int]]]]) -> dict[str, tuple[float, float, float]]:
    exact = {label: Counts() for label in LABELS}
    overlap = {label: Counts() for label in LABELS}
    for doc, pred, gold in zip(docs, preds, golds, strict=True):
        for label in LABELS:
            p, g = pred[label], gold[label]
            exact[label].add(len(p & g), len(p), len(g))
            overlap[label].add(_overlap_matches(doc, p, g), len(p), len(g))
    result = {}
    for label in LABELS:
        result[f"{label.lower()}_exact"] = exact[label].prf()
        result[f"{label.lower()}_overlap"] = overlap[label].prf()
    return result


def pipeline_spans(doc: Any) -> dict[str, set[tuple[int, int]]]:
    """The spans of the claims the attribution stage put on ``doc`` (a casus ``Document``)."""
    out: dict[str, set[tuple[int, int]]] = {label: set() for label in LABELS}
    for claim in doc.claims:
        out["Cue"].add((claim.cue.start, claim.cue.end))
        out["Content"].add((claim.content.start, claim.content.end))
        if claim.source_span is not None:
            out["Source"].add((claim.source_span.start, claim.source_span.end))
    return out


def tagger_spans(tagger: Any, parsed: Any) -> dict[str, set[tuple[int, int]]]:
    found: dict[str, set[tuple[int, int]]] = {label: set() for label in LABELS}
    for span in tagger.tag(parsed):
        found[span.label].add((span.start, span.end))
    return found


_KEYS = ("cue_exact", "source_exact", "content_exact", "content_overlap", "cue_overlap", "source_overlap")


def main(args: argparse.Namespace, rest: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m casus.eval attribution")
    parser.add_argument("--split", default="test", choices=["train", "dev", "test"])
    parser.add_argument("--model", type=Path, default=None, help="a trained tagger (default: the cached one)")
    opts = parser.parse_args(rest)
    from casus.attribution import Attribution
    from casus.attribution.model import get_tagger
    from casus.model import Document
    from casus.nlp import load_nlp

    folder = Path(args.data)
    items = read_split(folder, opts.split, args.limit)
    tagger = get_tagger(opts.model, polnear=folder)
    stage = Attribution(tagger=tagger)
    nlp = load_nlp()
    parsed = list(nlp.pipe((item.text for item in items), batch_size=16))
    golds = [{label: set(item.spans[label]) for label in LABELS} for item in items]
    documents = []
    for item, spacy_doc in zip(items, parsed, strict=True):
        document = Document(id=item.name, path=item.name, text=item.text)
        document.parsed = spacy_doc
        documents.append(stage(document))
    systems = {
        "pipeline": score(parsed, [pipeline_spans(d) for d in documents], golds),
        "tagger": score(parsed, [tagger_spans(tagger, d) for d in parsed], golds),
        "baseline": score(parsed, [baseline_spans(d) for d in parsed], golds),
    }
    print(f"PolNeAR {opts.split} ({'held out' if opts.split == 'test' else 'tuning'}): {len(items)} texts, "
          f"{sum(len(g[label]) for g in golds for label in LABELS)} gold spans")
    print(f"{'':<18}" + "".join(f"{name + ' P/R/F1':>26}" for name in systems))
    for key in _KEYS:
        print(f"{key:<18}" + "".join(f"{r[key][0]:>10.3f}{r[key][1]:>8.3f}{r[key][2]:>8.3f}" for r in systems.values()))
    figures: dict[str, float | int | str] = {"split": opts.split, "texts": len(items)}
    for name, result in systems.items():
        figures.update({
            f"{name}_cue_f1": result["cue_exact"][2], f"{name}_source_f1": result["source_exact"][2],
            f"{name}_content_f1": result["content_exact"][2],
            f"{name}_content_overlap_f1": result["content_overlap"][2],
            f"{name}_cue_overlap_f1": result["cue_overlap"][2],
            f"{name}_source_overlap_f1": result["source_overlap"][2],
        })
    print(figures_line(**figures))
    return 0
