"""A CRF that tags Source, Cue and Content tokens, trained on PolNeAR.

Why learned: PolNeAR's notion of attribution is broad (stance verbs such as
"backs", nouns such as "announcement", multi-word cues), and a verb list
reaches only cue F1 0.51 there. Why a CRF: PolNeAR is univocal, i.e. a tag
sequence, and a linear-chain CRF over syntactic features trains on CPU in
minutes and tags thousands of tokens per millisecond.

The features say what the parse says about a token: its word, lemma, part of
speech, dependency, whether it is inside quotation marks, and above all how
it hangs from the verbs above it ("nsubj of say", "ccomp of say"), which is
what separates a source from a content. Sequences are paragraphs (lines of
``doc.text``), so a quote may run across sentences.

The model is built by ``python -m casus.attribution.train`` (or on first use)
from ../shared/data/polnear and cached; see ``casus.cache``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FEATURE_VERSION = "2"  # bump when features change: the cached model is keyed by it
LABELS = ("Source", "Cue", "Content")
_OPEN_QUOTES = {"“", "«", "„"}
_CLOSE_QUOTES = {"”", "»"}
_STRAIGHT_QUOTES = {'"', "''", "``"}


@dataclass(frozen=True)
class TaggedSpan:
    label: str  # Source | Cue | Content
    start: int  # character offsets into the parsed text
    end: int
    token_start: int
    token_end: int  # exclusive


def paragraphs(doc: Any) -> Iterator[tuple[int, int]]:
    """Token ranges of the paragraphs (newline-separated blocks) of a spaCy doc."""
    start = 0
    for i, tok in enumerate(doc):
        if "\n" in tok.text or (tok.is_space and "\n" in tok.whitespace_):
            if i > start:
                yield start, i
            start = i + 1
        elif "\n" in tok.whitespace_:
            yield start, i + 1
            start = i + 1
    if start < len(doc):
        yield start, len(doc)


def _quote_state(doc: Any, start: int, end: int) -> list[bool]:
    """Whether each token is inside double quotation marks (the marks count as inside).

    Single curly quotes are left out: they double as apostrophes.
    """
    inside, state = [], False
    for tok in doc[start:end]:
        text = tok.text
        if text in _OPEN_QUOTES:
            state = True
            inside.append(True)
        elif text in _CLOSE_QUOTES:
            state = False
            inside.append(True)
        elif text in _STRAIGHT_QUOTES:
            state = not state
            inside.append(True)
        else:
            inside.append(state)
    return inside


def _verb_relations(tok: Any, depth: int = 2) -> list[tuple[str, str]]:
    """How ``tok`` hangs from the first verbs above it: (dep, lemma) of each."""
    out = []
    child, node = tok, tok.head
    steps = 0
    while node is not child and steps < 12 and len(out) < depth:
        if node.pos_ in ("VERB", "AUX") or node.lemma_ == "accord":
            out.append((child.dep_, node.lemma_.lower()))
        child, node = node, node.head
        steps += 1
    return out


def cue_prior(texts: list[Any], docs: list[Any], min_count: int = 3) -> dict[str, float]:
    """How often each lemma is (part of) a cue in annotated texts: P(Cue | lemma)."""
    seen: dict[str, int] = {}
    cue: dict[str, int] = {}
    for item, doc in zip(texts, docs, strict=True):
        marks = [(s, e) for s, e in item.spans["Cue"]]
        for tok in doc:
            lemma = tok.lemma_.lower()
            seen[lemma] = seen.get(lemma, 0) + 1
            if any(s <= tok.idx < e for s, e in marks):
                cue[lemma] = cue.get(lemma, 0) + 1
    return {lemma: round(cue.get(lemma, 0) / n, 3) for lemma, n in seen.items() if n >= min_count and lemma in cue}


def _bucket(p: float) -> str:
    return "0" if p < 0.05 else "1" if p < 0.2 else "2" if p < 0.5 else "3"


def token_features(doc: Any, start: int, end: int, prior: dict[str, float] | None = None) -> list[list[str]]:
    """CRF features of the tokens ``doc[start:end]``; ``prior``: P(Cue | lemma) from training."""
    prior = prior or {}
    quoted = _quote_state(doc, start, end)
    feats: list[list[str]] = []
    for k, tok in enumerate(doc[start:end]):
        lower = tok.lower_[:30]
        f = [
            "b", f"w={lower}", f"l={tok.lemma_.lower()[:30]}", f"p={tok.pos_}", f"t={tok.tag_}", f"d={tok.dep_}",
            f"hl={tok.head.lemma_.lower()[:30]}", f"hp={tok.head.pos_}", f"dhl={tok.dep_}|{tok.head.lemma_.lower()}",
            f"q={int(quoted[k])}", f"e={tok.ent_iob_}{tok.ent_type_}",
        ]
        if tok.is_title:
            f.append("title")
        if tok.is_punct:
            f.append("punct")
        if tok.is_sent_start:
            f.append("sstart")
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_sent_start:
            f.append("send")
        f.append(f"cp={_bucket(prior.get(tok.lemma_.lower(), 0.0))}")
        f.append(f"hcp={_bucket(prior.get(tok.head.lemma_.lower(), 0.0))}|{tok.dep_}")
        for n, (dep, lemma) in enumerate(_verb_relations(tok)):
            bucket = _bucket(prior.get(lemma, 0.0))
            f.append(f"v{n}={dep}|{lemma}")
            f.append(f"v{n}d={dep}")
            f.append(f"v{n}cp={dep}|{bucket}")
        if tok.pos_ in ("VERB", "AUX", "NOUN"):
            f.extend(f"ch={c.dep_}" for c in list(tok.children)[:8])
            f.extend(f"chl={c.dep_}|{c.lemma_.lower()}" for c in tok.children if c.dep_ in ("prep", "neg", "aux"))
        for offset in (-2, -1, 1, 2):
            j = tok.i + offset
            if start <= j < end:
                other = doc[j]
                f.append(f"{offset}w={other.lower_[:30]}")
                f.append(f"{offset}p={other.pos_}")
                if abs(offset) == 1:
                    f.append(f"{offset}d={other.dep_}")
                    f.append(f"{offset}q={int(quoted[j - start])}")
            else:
                f.append(f"{offset}edge")
        feats.append(f)
    return feats


def bio_tags(doc: Any, start: int, end: int, spans: dict[str, list[tuple[int, int]]]) -> list[str]:
    """Gold BIO tags of ``doc[start:end]`` from character spans (a token takes the span it starts in)."""
    marks: list[tuple[int, int, str]] = sorted((s, e, label) for label, frags in spans.items() for s, e in frags)
    tags = []
    previous: tuple[int, int, str] | None = None
    j = 0
    for tok in doc[start:end]:
        while j < len(marks) and marks[j][1] <= tok.idx:
            j += 1
        current = None
        if j < len(marks) and marks[j][0] <= tok.idx < marks[j][1] and not tok.is_space:
            current = marks[j]
        if current is None:
            tags.append("O")
        else:
            tags.append(("I-" if current == previous else "B-") + current[2])
        previous = current
    return tags


def spans_from_tags(doc: Any, start: int, tags: list[str]) -> list[TaggedSpan]:
    """Spans from BIO tags over ``doc[start:start+len(tags)]`` (an I- after O or another label starts a span)."""
    spans: list[TaggedSpan] = []
    open_label, open_start = None, 0
    for k, tag in enumerate([*tags, "O"]):
        label = tag[2:] if tag != "O" else None
        if open_label and (label != open_label or tag.startswith("B-")):
            i, j = start + open_start, start + k
            while j > i and (doc[j - 1].is_space or (open_label == "Source" and doc[j - 1].text in {",", "."})):
                j -= 1
            if j > i:
                spans.append(TaggedSpan(open_label, doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), i, j))
            open_label = None
        if label and open_label is None:
            open_label, open_start = label, k
    return spans


class AttributionTagger:
    """Tags a parsed document with Source/Cue/Content spans."""

    def __init__(self, model_path: Path) -> None:
        import pycrfsuite

        self.model_path = model_path
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def tag(self, doc: Any) -> list[TaggedSpan]:
        spans: list[TaggedSpan] = []
        for start, end in paragraphs(doc):
            tags = self._tagger.tag(token_features(doc, start, end))
            spans.extend(spans_from_tags(doc, start, tags))
        return spans
