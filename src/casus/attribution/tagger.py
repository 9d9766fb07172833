"""A CRF that tags Source, Cue and Content tokens, trained on PolNeAR.

Why learned: PolNeAR's notion of attribution is broad (stance verbs such as
"welcomed", nouns such as "announcement", multi-word cues), and a verb list
reaches only cue F1 0.51 there. Why a CRF: PolNeAR is univocal, i.e. a tag
sequence, and a linear-chain CRF over syntactic features trains on CPU in
minutes and tags thousands of tokens per millisecond.

The features say what the parse says about a token: its word, lemma, part of
speech, dependency, whether it is inside quotation marks, and above all how
it hangs from the verbs above it ("nsubj of say", "ccomp of say"), which is
what separates a source from a content. Sequences are paragraphs (lines of
``doc.text``), so a quote may run across sentences.

Words the train split rarely marks ("scoffed", "is pressing for") still get a
say through *context clusters*: k-means centroids of the parser's contextual
token vectors (``doc.tensor``), fitted on the train split. A token's nearest
centroid is one cheap categorical feature, so a rare cue shares weight with
the frequent cues used in the same way. Both CRFs are strongly regularised
(L1 2.0): on PolNeAR's dev split that was worth 5 points of cue F1 over a
light penalty, which memorised the train split.

The model is built by ``python -m casus.attribution.train`` (or on first use)
from ../shared/data/polnear and cached; see ``casus.cache``.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FEATURE_VERSION = "7"  # bump when features change: the cached model is keyed by it
LABELS = ("Source", "Cue", "Content")
_OPEN_QUOTES = {"“", "«", "„"}
_CLOSE_QUOTES = {"”", "»"}
_STRAIGHT_QUOTES = {'"', "''", "``"}
_SPEAKERS = {"PERSON", "ORG", "NORP", "GPE"}


@dataclass(frozen=True)
class TaggedSpan:
    label: str  # Source | Cue | Content
    start: int  # character offsets into the parsed text
    end: int
    token_start: int
    token_end: int  # exclusive


def prior_path(model_path: Path) -> Path:
    """The cue prior (P(Cue | lemma) from training) kept beside the model it was trained with."""
    return model_path.with_suffix(".prior.json")


def clusters_path(model_path: Path) -> Path:
    """The context-cluster centroids the model was trained with, beside it."""
    return model_path.with_suffix(".clusters.npy")


CLUSTER_SIZES = (64, 256)


def fit_clusters(docs: list[Any], sizes: tuple[int, ...] = CLUSTER_SIZES, sample: int = 120_000,
                 iterations: int = 15, seed: int = 0) -> list[Any]:
    """k-means centroids of the docs' contextual token vectors, one array per size (deterministic)."""
    import numpy as np

    rows = [d.tensor for d in docs if d.tensor is not None and len(d.tensor) == len(d) and len(d)]
    if not rows:
        return []
    matrix = np.concatenate(rows).astype("float32")
    rng = np.random.default_rng(seed)
    if len(matrix) > sample:
        matrix = matrix[rng.choice(len(matrix), sample, replace=False)]
    out = []
    for k in sizes:
        centroids = matrix[rng.choice(len(matrix), k, replace=False)].copy()
        for _ in range(iterations):
            nearest = _nearest(matrix, centroids)
            for j in range(k):
                members = matrix[nearest == j]
                if len(members):
                    centroids[j] = members.mean(axis=0)
        out.append(centroids)
    return out


def _nearest(matrix: Any, centroids: Any) -> Any:
    """Index of the nearest centroid of each row (squared Euclidean distance)."""
    distances = -2 * matrix @ centroids.T + (centroids ** 2).sum(axis=1)[None, :]
    return distances.argmin(axis=1)


def context_clusters(doc: Any, centroids: list[Any]) -> list[list[int]]:
    """Per centroid set, each token's nearest centroid; empty when the doc has no usable tensor."""
    tensor = doc.tensor
    if not centroids or tensor is None or len(tensor) != len(doc) or not len(doc) \
            or tensor.shape[1] != centroids[0].shape[1]:
        return []
    return [_nearest(tensor, c).tolist() for c in centroids]


def sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """(start, end) token range of each token's sentence; ``tok.sent`` builds a Span on every call."""
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        bounds.extend([(sent.start, sent.end)] * (sent.end - sent.start))
    return bounds


def paragraphs(doc: Any) -> Iterator[tuple[int, int]]:
    """Token ranges of the paragraphs (newline-separated blocks) of a spaCy doc: the runs of tokens between
    the tokens whose text holds a line break (a token's trailing whitespace is never one). Found from the
    text's line breaks rather than from every token: Token objects are the costly part of a pass over a doc."""
    from spacy.attrs import IDX

    from casus.nlp import doc_text

    text = doc_text(doc)
    breaks: list[int] = []
    at = text.find("\n")
    starts = doc.to_array(IDX).tolist() if at >= 0 else []
    while at >= 0:
        i = bisect_right(starts, at) - 1  # the token whose text holds this line break
        if not breaks or breaks[-1] != i:
            breaks.append(i)
        at = text.find("\n", at + 1)
    start = 0
    for i in breaks:
        if i > start:
            yield start, i
        start = i + 1
    if start < len(doc):
        yield start, len(doc)


def _quote_state(doc: Any, start: int, end: int, words: list[str] | None = None) -> list[bool]:
    """Whether each token is inside double quotation marks (the marks count as inside); ``words``: the doc's
    tokens as text or lower case (``DocView.lower``), read instead of making Token objects.

    Single curly quotes are left out: they double as apostrophes.
    """
    inside, state = [], False
    for text in words[start:end] if words is not None else (tok.text for tok in doc[start:end]):
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


@dataclass
class DocView:
    """Per-token attributes of a parsed doc as plain lists.

    Reading ``tok.head`` or ``tok.children`` makes new Token objects on every
    access; features read these lists instead (the tagger's hot path).
    """

    lower: list[str]
    lemma: list[str]  # lower-cased
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]
    ent: list[str]  # IOB + type
    ent_type: list[str]
    title: list[bool]
    punct: list[bool]
    sent_start: list[bool]
    children: list[list[int]]

    @classmethod
    def of(cls, doc: Any) -> DocView:
        """Read from ``doc.to_array`` (no Token objects are made)."""
        from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_PUNCT, IS_TITLE, LEMMA, POS, SENT_START, TAG

        from casus.nlp import doc_lowers

        n = len(doc)
        if n == 0:
            return cls([], [], [], [], [], [], [], [], [], [], [], [])
        array = doc.to_array([LEMMA, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, IS_TITLE, IS_PUNCT, SENT_START])
        lemma, pos, tag, dep, _, iob, ent_type, title, punct, sent_start = array.T.tolist()
        head = array[:, 4].astype("int64").tolist()  # relative offsets, stored unsigned
        sent_start = array[:, 9].astype("int64").tolist()
        strings = doc.vocab.strings
        names: dict[int, str] = {}

        def name(h: int) -> str:
            if h not in names:
                names[h] = strings[h] if h else ""
            return names[h]

        iob_names = ("", "I", "O", "B")
        types = [name(t) for t in ent_type]
        heads = [i + rel for i, rel in enumerate(head)]  # HEAD is relative
        children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(heads):
            if h != i:
                children[h].append(i)
        return cls(
            lower=doc_lowers(doc),
            lemma=[name(x).lower() for x in lemma],
            pos=[name(x) for x in pos],
            tag=[name(x) for x in tag],
            dep=[name(x) for x in dep],
            head=heads,
            ent=[f"{iob_names[b]}{t}" for b, t in zip(iob, types, strict=True)],
            ent_type=types,
            title=[bool(x) for x in title],
            punct=[bool(x) for x in punct],
            sent_start=[x == 1 for x in sent_start],
            children=children,
        )

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(self.children[node])
        return out

    def branches(self, head: int) -> dict[int, str]:
        """For each token under ``head``: the dependency of the child of ``head`` whose subtree holds it."""
        return {t: self.dep[child] for child in self.children[head] for t in self.subtree(child)}


def _verb_relations(view: DocView, i: int, depth: int = 2) -> list[tuple[str, str]]:
    """How token ``i`` hangs from the first verbs above it: (dep, lemma) of each.

    The walk stays on the root once it gets there (the root is its own head), so
    a token right under a root verb also gets ("ROOT", that verb): "my clause's
    verb is the sentence's main verb". The trained models rely on this.
    """
    out = []
    child, node = i, view.head[i]
    steps = 0
    while steps < 12 and len(out) < depth:
        if view.pos[node] in ("VERB", "AUX") or view.lemma[node] == "accord":
            out.append((view.dep[child], view.lemma[node]))
        child, node = node, view.head[node]
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


def _nearest_cue(view: DocView, i: int, near: list[int], branches: dict[int, dict[int, str]]) -> list[str]:
    """Where the nearest cue-like word of the sentence lies (side, distance, lemma), and
    which branch of its subtree holds token ``i`` (its nsubj, its ccomp, …). ``near``: the
    sentence's cue-like words, in order."""
    c, gap = -1, 0
    for j in near:  # the nearest one, the earlier one on a tie
        if j != i and (c < 0 or abs(j - i) < gap):
            c, gap = j, abs(j - i)
    if c < 0:
        return ["nocue"]
    distance = "1" if gap == 1 else "2" if gap <= 3 else "4" if gap <= 7 else "8"
    side = "L" if c < i else "R"
    if c not in branches:
        branches[c] = view.branches(c)
    branch = branches[c].get(i, "none")
    return [f"nc={side}{distance}", f"ncl={side}|{view.lemma[c]}", f"ncb={branch}", f"ncbs={branch}|{side}"]


def _bucket(p: float) -> str:
    return "0" if p < 0.05 else "1" if p < 0.2 else "2" if p < 0.5 else "3"


def token_features(doc: Any, start: int, end: int, prior: dict[str, float] | None = None,
                   bounds: list[tuple[int, int]] | None = None, view: DocView | None = None,
                   clusters: list[list[int]] | None = None) -> list[list[str]]:
    """CRF features of the tokens ``doc[start:end]``; ``prior``: P(Cue | lemma) from training;
    ``clusters``: ``context_clusters(doc, centroids)``.

    ``bounds`` (``sentence_bounds(doc)``), ``view`` (``DocView.of(doc)``) and ``clusters`` are
    computed once per document by callers that tag many paragraphs. This runs on every token of
    every document, so the view's lists are read through locals and each lemma's prior bucket is
    looked up once.
    """
    prior = prior or {}
    bounds = bounds or sentence_bounds(doc)
    v = view or DocView.of(doc)
    lower, lemmas, pos, tag, deps, heads, ent = v.lower, v.lemma, v.pos, v.tag, v.dep, v.head, v.ent
    title, punct, sent_start, children_of, ent_type = v.title, v.punct, v.sent_start, v.children, v.ent_type
    quoted = _quote_state(doc, start, end, v.lower)
    cue_like = [i for i in range(start, end) if prior.get(lemmas[i], 0.0) >= 0.2]
    near_in: dict[tuple[int, int], list[int]] = {}  # each sentence's cue-like words
    buckets: dict[str, str] = {}

    def bucket(lemma: str) -> str:
        found = buckets.get(lemma)
        if found is None:
            found = buckets[lemma] = _bucket(prior.get(lemma, 0.0))
        return found

    known = buckets.get  # most lemmas were bucketed before: a dict read, not a call of ``bucket``
    branches: dict[int, dict[int, str]] = {}
    feats: list[list[str]] = []
    any_quote = any(quoted)
    n_tokens = len(doc)
    for k, i in enumerate(range(start, end)):
        h = heads[i]
        lemma, head_lemma, dep = lemmas[i], lemmas[h], deps[i]
        f = [
            "b", f"w={lower[i][:30]}", f"l={lemma[:30]}", f"p={pos[i]}", f"t={tag[i]}", f"d={dep}",
            f"hl={head_lemma[:30]}", f"hp={pos[h]}", f"dhl={dep}|{head_lemma}",
            f"q={int(quoted[k])}", f"e={ent[i]}",
        ]
        if title[i]:
            f.append("title")
        if punct[i]:
            f.append("punct")
        if sent_start[i]:
            f.append("sstart")
        sentence = bounds[i]
        if sentence[1] == i + 1 < n_tokens:
            f.append("send")
        f.append(f"cp={known(lemma) or bucket(lemma)}")
        f.append(f"hcp={known(head_lemma) or bucket(head_lemma)}|{dep}")
        near = near_in.get(sentence)
        if near is None:
            near = near_in[sentence] = [c for c in cue_like if sentence[0] <= c < sentence[1]]
        f.extend(_nearest_cue(v, i, near, branches))
        for n, (rel_dep, rel_lemma) in enumerate(_verb_relations(v, i)):
            f.append(f"v{n}={rel_dep}|{rel_lemma}")
            f.append(f"v{n}d={rel_dep}")
            f.append(f"v{n}cp={rel_dep}|{known(rel_lemma) or bucket(rel_lemma)}")
        if pos[i] in ("VERB", "AUX", "NOUN"):
            children = children_of[i]
            f.extend(f"ch={deps[c]}" for c in children[:8])
            # a speech act has a speaker and something said: a named or human subject, a clause, a quote
            for c in children:
                if deps[c] in ("nsubj", "poss") and (pos[c] in ("PROPN", "PRON") or ent_type[c] in _SPEAKERS):
                    f.append(f"spk={deps[c]}")
                elif deps[c] in ("ccomp", "xcomp", "acl") or (deps[c] == "prep" and lower[c] in ("about", "that")):
                    f.append("said_clause")
            if any_quote:
                f.append("quote_in_block")
            f.extend(f"chl={deps[c]}|{lemmas[c]}" for c in children if deps[c] in ("prep", "neg", "aux"))
        for n, ids in enumerate(clusters or ()):
            f.append(f"k{n}={ids[i]}")
            if i > start:
                f.append(f"k{n}-1={ids[i - 1]}")
            if i + 1 < end:
                f.append(f"k{n}+1={ids[i + 1]}")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if start <= j < end:
                f.append(f"{offset}w={lower[j][:30]}")
                f.append(f"{offset}p={pos[j]}")
                if offset in (-1, 1):
                    f.append(f"{offset}d={deps[j]}")
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
        if j < len(marks) and marks[j][0] <= tok.idx < marks[j][1]:  # spaces inside a span (nbsp) continue it
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
            while j > i and doc[j - 1].is_space:
                j -= 1
            if j > i:
                spans.append(TaggedSpan(open_label, doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), i, j))
            open_label = None
        if label and open_label is None:
            open_label, open_start = label, k
    return spans


def cue_relative(doc: Any, start: int, end: int, cues: list[tuple[int, int]],
                 bounds: list[tuple[int, int]], view: DocView) -> list[list[str]]:
    """For the argument tagger: where each token lies relative to the nearest cue.

    The nearest cue in the token's sentence (else in its paragraph): side,
    distance, the cue's head lemma, and which branch of the cue head's
    subtree holds the token (its nsubj: a source; its ccomp: a content).
    """
    quoted = _quote_state(doc, start, end, view.lower)
    in_range = [(i, j) for i, j in cues if i < end and j > start]
    heads: dict[tuple[int, int], tuple[int, str]] = {}  # cue -> (its root token, that token's lemma)
    for cue in in_range:
        root = doc[cue[0] : cue[1]].root
        heads[cue] = (root.i, view.lemma[root.i])
    branches: dict[int, dict[int, str]] = {}
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    out = []
    for k in range(end - start):
        t = start + k
        sentence = bounds[t]
        same = by_sentence.get(sentence)
        if same is None:
            same = by_sentence[sentence] = [c for c in in_range if sentence[0] <= c[0] < sentence[1]]
        pool = same or in_range
        if not pool:
            out.append(["nocue"])
            continue
        i, j = min(pool, key=lambda c: 0 if c[0] <= t < c[1] else min(abs(c[0] - t), abs(c[1] - 1 - t)))
        if i <= t < j:
            out.append(["incue"])
            continue
        head, lemma = heads[(i, j)]
        if head not in branches:
            branches[head] = view.branches(head)
        gap = i - t if t < i else t - j + 1
        distance = "1" if gap == 1 else "2" if gap <= 3 else "4" if gap <= 7 else "8" if gap <= 15 else "16"
        side = "L" if t < i else "R"
        branch = branches[head].get(t, "none")
        cue_quoted = start <= head < end and quoted[head - start]
        f = [f"cs={side}{distance}", f"cb={branch}", f"cbs={branch}|{side}", f"cl={side}|{lemma}",
             f"csame={int(bool(same))}", f"cq={int(quoted[k])}{int(cue_quoted)}"]
        out.append(f)
    return out


def args_path(model_path: Path) -> Path:
    """The second-stage (source and content) model, beside the cue model."""
    return model_path.with_suffix(".args.crfsuite")


def arg_items(doc: Any, start: int, end: int, feats: list[list[str]], cues: list[tuple[int, int]],
              bounds: list[tuple[int, int]], view: DocView) -> list[list[str]]:
    """What the source/content model reads: the token features and where each token lies relative to the cues.

    No dense vectors: with the parser's 96 token vectors as real-valued features the model scored
    the same on PolNeAR dev (pipeline content overlap F1 0.729 against 0.730 without) and tagging
    took 40% longer.
    """
    relative = cue_relative(doc, start, end, cues, bounds, view)
    return [f + r for f, r in zip(feats, relative, strict=True)]


def save_clusters(path: Path, centroids: list[Any]) -> None:
    """Write the centroid sets to one file as consecutive .npy arrays: their sizes, then each set."""
    import numpy as np

    with path.open("wb") as handle:
        np.save(handle, np.array([len(c) for c in centroids], dtype="int64"))
        for c in centroids:
            np.save(handle, c.astype("float32"))


def load_clusters(path: Path) -> list[Any]:
    """The centroid sets written by ``save_clusters`` (none if the file is missing)."""
    import numpy as np

    if not path.exists():
        return []
    with path.open("rb") as handle:
        sizes = np.load(handle)
        return [np.load(handle) for _ in sizes]


class AttributionTagger:
    """Tags a parsed document with Cue spans, then Source and Content spans relative to the cues."""

    def __init__(self, model_path: Path) -> None:
        import pycrfsuite

        self.model_path = model_path
        self._cues = pycrfsuite.Tagger()
        self._cues.open(str(model_path))
        self._args = pycrfsuite.Tagger()
        self._args.open(str(args_path(model_path)))
        self.prior: dict[str, float] = json.loads(prior_path(model_path).read_text(encoding="utf-8"))
        self.centroids = load_clusters(clusters_path(model_path))

    def tag(self, doc: Any, cues_only: bool = False) -> list[TaggedSpan]:
        """Cue, Source and Content spans; with ``cues_only`` just the cues (the second model is skipped)."""
        bounds, view = sentence_bounds(doc), DocView.of(doc)
        clusters = context_clusters(doc, self.centroids)
        blocks = [(start, end, token_features(doc, start, end, self.prior, bounds, view, clusters))
                  for start, end in paragraphs(doc)]
        cue_spans: list[TaggedSpan] = []
        for start, _end, feats in blocks:
            # the cue model reads the token features alone: vectors would cost more than half of the
            # pipeline's tagging time for about one point of F1
            cue_spans.extend(spans_from_tags(doc, start, self._cues.tag(feats)))
        if cues_only:
            return cue_spans
        cues = [(s.token_start, s.token_end) for s in cue_spans]
        spans = list(cue_spans)
        for start, end, feats in blocks:
            if not any(start <= i < end for i, _ in cues):
                continue  # no cue in the paragraph: its sources and contents would belong to none
            tags = self._args.tag(arg_items(doc, start, end, feats, cues, bounds, view))
            spans.extend(s for s in spans_from_tags(doc, start, tags) if s.label != "Cue")
        return sorted(spans, key=lambda s: s.start)


@dataclass
class TaggedAttribution:
    """One tagged cue with the Source and Content spans the argument model placed around it."""

    cue: TaggedSpan
    sources: list[TaggedSpan]
    contents: list[TaggedSpan]


def group_spans(doc: Any, spans: list[TaggedSpan]) -> list[TaggedAttribution]:
    """Attach each tagged Source and Content to its cue: the nearest cue of its sentence, else of its paragraph.

    Cues are looked up by sentence and by paragraph, so the work grows with the spans, not with spans
    times cues. This mirrors what the argument model was trained to read (``cue_relative``): a token's
    role is relative to the nearest cue, so that cue is the one it belongs to.
    """
    cues = [s for s in spans if s.label == "Cue"]
    groups = [TaggedAttribution(c, [], []) for c in cues]
    if not cues:
        return groups
    bounds = sentence_bounds(doc)
    block_of = [-1] * len(doc)  # the paragraph of each token (-1: a newline between paragraphs)
    for k, (start, end) in enumerate(paragraphs(doc)):
        block_of[start:end] = [k] * (end - start)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    by_block: dict[int, list[int]] = {}
    for k, cue in enumerate(cues):
        by_sentence.setdefault(bounds[cue.token_start], []).append(k)
        by_block.setdefault(block_of[cue.token_start], []).append(k)
    starts = sorted((c.token_start, k) for k, c in enumerate(cues))
    for span in spans:
        if span.label == "Cue":
            continue

        def distance(k: int, span: TaggedSpan = span) -> int:
            cue = cues[k]
            return max(cue.token_start - span.token_end + 1, span.token_start - cue.token_end + 1, 0)

        inside = starts[bisect_left(starts, (span.token_start, -1)) : bisect_left(starts, (span.token_end, -1))]
        same_sentence = sorted(set(by_sentence.get(bounds[span.token_start], [])) | {k for _, k in inside})
        pool = same_sentence or by_block.get(block_of[span.token_start], [])
        if not pool:
            continue
        group = groups[min(pool, key=distance)]
        (group.sources if span.label == "Source" else group.contents).append(span)
    return groups
