"""A learned event-type classifier: ACLED sub-event type (25, or none) of a clause.

Why learned: the trigger table names what happened ("shelled", "arrested"), but
ACLED's types turn on how and to whom (a grenade or a roadside bomb, gunmen
against villagers or against soldiers, a march that was dispersed or one that
turned violent), which a table of words cannot read. The classifier is a
softmax regression over the sentence vector of the event's sentence (the
encoder in ``casus.events.encoder``) beside its words (a binary bag of the
words that at least two training snippets use, unit length), trained on
snippets the project wrote in its own words from ACLED's codebook
definitions (``training/*.jsonl``). In 5-fold cross-validation on the train
part the words alone scored 0.72 weighted F1, the vectors alone 0.82, both
0.85; the words cost next to nothing beside the encoder.

Who decides: the trigger table finds events and their PLOVER type, actors,
status, time, toll and places; the classifier decides the ACLED type of each
event it is confident about (probability >= ``DECIDE``), else the PLOVER
crosswalk stands. A sentence with no event but with a verb that marks events
in the training snippets (``trigger_lemmas``) is read too, and where the
classifier is confident (>= ``ADD``) of an ACLED event there, casus adds it,
typed as the training snippets of that ACLED type most often are in PLOVER.
The trigger table's own verbs do not make a sentence a candidate: with them
held-out weighted F1 was 0.818 instead of 0.763, but the encoder read 34%
more text and took more time than the parse on news.

Snippets are split by a fixed rule: held out when sha1(id) mod 5 == 0 (about
a fifth), never trained or tuned on; ``python -m casus.eval acled`` scores it.

    python -m casus.events.train_types [--if-missing]     # train and cache (scripts/setup.sh runs it)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from casus.cache import cache_dir

TRAINING = Path(__file__).with_name("training")
VERSION = 5  # bump when what train() writes changes: the cached model is keyed by it
NONE = "none"
# Probability above which the classifier decides an event's ACLED type (DECIDE), and adds an event where
# the table found none (ADD). By 5-fold cross-validation of the whole pipeline on the snippets' train part:
# weighted F1 0.791 at 0.2/0.2, 0.784 at 0.3/0.3, 0.758 at 0.3/0.5, 0.727 at 0.5/0.5. On real reporting
# (IndiaPoliceEvents dev, the first 300 articles) added events found no police event the table missed and
# cost ARREST precision: F1 0.706 at ADD 0.3, 0.761 at 0.5, 0.766 with no additions. So 0.3 to decide,
# 0.5 to add.
DECIDE = 0.3
ADD = 0.5
# softmax regression: L2 penalty, full-batch gradient steps, step size (5-fold CV on the train part)
L2, EPOCHS, STEP = 3e-5, 1000, 4.0


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    event_type: str
    sub_event_type: str
    plover: str | None
    plover_mode: str | None
    trigger: str

    @property
    def held_out(self) -> bool:
        return int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 5 == 0


def read_snippets(folder: Path = TRAINING) -> list[Snippet]:
    """Every snippet of ``folder/*.jsonl``, in file and line order."""
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(Snippet(row["id"], row["text"], row["event_type"], row["sub_event_type"],
                                   row.get("plover"), row.get("plover_mode"), row["trigger"]))
    return out


def data_hash(folder: Path = TRAINING) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.jsonl")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def fit_softmax(x: Any, y: Any, classes: int, l2: float = L2, epochs: int = EPOCHS,
                step: float = STEP) -> tuple[Any, Any]:
    """Multinomial logistic regression by full-batch gradient descent (deterministic, numpy only)."""
    import numpy as np

    weights = np.zeros((x.shape[1], classes), dtype=np.float32)
    bias = np.zeros(classes, dtype=np.float32)
    onehot = np.eye(classes, dtype=np.float32)[y]
    for _ in range(epochs):
        scores = x @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = probs - onehot
        weights -= step * (x.T @ grad / len(x) + l2 * weights)
        bias -= step * grad.mean(axis=0)
    return weights, bias


def model_path() -> Path:
    from casus.events.encoder import fingerprint

    return cache_dir() / f"event-types-v{VERSION}-{data_hash()}-{fingerprint()}.npz"


def train(out: Path | None = None, log: Any = print) -> Path:
    """Embed the train part of the snippets, fit the classifier, write it atomically (with the trigger words
    of the snippets, see ``trigger_lemmas``)."""
    import numpy as np

    from casus.events.encoder import get_encoder

    out = out or model_path()
    snippets = [s for s in read_snippets() if not s.held_out]
    labels = sorted({s.sub_event_type for s in snippets})
    log(f"casus: training the event-type classifier on {len(snippets)} own-words snippets (cached in {out})")
    texts = [s.text for s in snippets]
    vocabulary = vocabulary_of(texts)
    vectors = np.hstack([get_encoder().embed(texts), bag_of_words(texts, vocabulary)])
    y = np.array([labels.index(s.sub_event_type) for s in snippets])
    weights, bias = fit_softmax(vectors, y, len(labels))
    event_types = [next(s.event_type for s in snippets if s.sub_event_type == label) for label in labels]
    plover = []
    for label in labels:  # the PLOVER reading most snippets of this ACLED type have
        counts = Counter((s.plover or "", s.plover_mode or "") for s in snippets if s.sub_event_type == label)
        plover.append("|".join(counts.most_common(1)[0][0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f"{out.stem}.tmp{os.getpid()}.npz")
    np.savez(tmp, weights=weights, bias=bias, labels=np.array(labels), event_types=np.array(event_types),
             plover=np.array(plover), cues=np.array(sorted(trigger_lemmas(snippets))),
             vocabulary=np.array(sorted(vocabulary, key=vocabulary.__getitem__)))
    os.replace(tmp, out)
    return out


_WORD = re.compile(r"[a-z]+")


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def bag_of_words(texts: list[str], vocabulary: dict[str, int]) -> Any:
    """Binary word features, each row of unit length (all zeros for a text with no known word)."""
    import numpy as np

    rows = np.zeros((len(texts), len(vocabulary)), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in words(text):
            if word in vocabulary:
                rows[row, vocabulary[word]] = 1.0
    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)


def vocabulary_of(texts: list[str], min_count: int = 2) -> dict[str, int]:
    counts = Counter(w for text in texts for w in words(text))
    return {w: i for i, w in enumerate(sorted(w for w, n in counts.items() if n >= min_count))}


def trigger_lemmas(snippets: list[Snippet], min_count: int = 3, specificity: float = 0.5) -> set[str]:
    """The verbs that mark events in the snippets, as lemmas ("retook" -> "retake"): event verbs the training
    data knows and the trigger table may not. A sentence that holds one is worth reading.

    A verb qualifies when at least ``min_count`` snippets of an ACLED type have it in their trigger and,
    of the snippets that use it at all, at least ``specificity`` do so in their trigger: "overrun" and
    "defuse" pass, "hold", "use" and "find" do not. Nouns and every trigger word made half of all news
    sentences candidates and the encoder the slowest stage of the pipeline.
    """
    from casus.nlp import load_nlp

    marks: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for snippet, doc in zip(snippets, load_nlp().pipe(s.text for s in snippets), strict=True):
        start = snippet.text.find(snippet.trigger)
        end = start + len(snippet.trigger)
        uses.update({t.lemma_.lower() for t in doc if t.pos_ == "VERB"})
        if snippet.sub_event_type != NONE:
            marks.update({t.lemma_.lower() for t in doc if start <= t.idx < end and t.pos_ == "VERB"})
    return {lemma for lemma, n in marks.items() if n >= min_count and n >= specificity * uses[lemma]}


class TypeClassifier:
    """ACLED sub-event type of short texts, with its probability."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        from casus.events.encoder import get_encoder

        data = np.load(path)
        self.weights, self.bias = data["weights"], data["bias"]
        self.labels = [str(x) for x in data["labels"]]
        self.event_types = dict(zip(self.labels, (str(x) for x in data["event_types"]), strict=True))
        self.plover = {label: tuple(str(p).split("|")) for label, p in zip(self.labels, data["plover"], strict=True)}
        self.cues = frozenset(str(x) for x in data["cues"])
        self.vocabulary = {str(w): i for i, w in enumerate(data["vocabulary"])}
        self.encoder = get_encoder()

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        import numpy as np

        if not texts:
            return []
        features = np.hstack([self.encoder.embed(texts), bag_of_words(texts, self.vocabulary)])
        scores = features @ self.weights + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        best = probs.argmax(axis=1)
        return [(self.labels[i], float(probs[row, i])) for row, i in enumerate(best)]


class TypesUnavailable(RuntimeError):
    """No encoder packages, or no trained classifier and no way to train one."""


@lru_cache(maxsize=1)
def get_classifier() -> TypeClassifier:
    """The cached classifier, trained first if missing (about a minute)."""
    from casus.events.encoder import EncoderUnavailable

    try:
        path = model_path()
        if not path.exists():
            train(path, log=lambda m: print(m, file=sys.stderr))
        return TypeClassifier(path)
    except (EncoderUnavailable, ImportError) as exc:
        raise TypesUnavailable(str(exc)) from exc


# PLOVER types whose events ACLED may code (the crosswalk's table): the classifier reads only these.
ACLED_RELEVANT = frozenset({"ASSAULT", "PROTEST", "COERCE", "RETREAT", "AGREE", "MOBILIZE", "SANCTION"})


def _depth(tok: Any) -> int:
    depth = 0
    while tok.head is not tok and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


def type_events(doc: Any, classifier: TypeClassifier) -> None:
    """Let the classifier decide the ACLED type of ``doc.events``, and add the events it is sure of in
    sentences the trigger table left empty."""
    from casus.events.crosswalk import annotate
    from casus.model import Event

    parsed = doc.parsed
    if parsed is None:
        return
    sentences = list(parsed.sents)
    starts = [s.start_char for s in sentences]

    def sentence_at(pos: int) -> Any:
        return sentences[max(bisect_right(starts, pos) - 1, 0)]

    typed = [e for e in doc.events if e.event in ACLED_RELEVANT]
    with_events = {sentence_at(e.trigger.start).start for e in doc.events}
    cues = classifier.cues  # the table's own verbs stay out: where their constraints failed, mostly no event
    candidates = []
    for sent in sentences:
        if sent.start in with_events:
            continue
        found = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in cues]
        if found:  # the trigger: the event verb nearest the root
            candidates.append((sent, min(found, key=lambda t: (_depth(t), t.i))))
    texts = [sentence_at(e.trigger.start).text.strip() for e in typed] + [s.text.strip() for s, _ in candidates]
    predictions = classifier.predict(texts)
    for event, (label, p) in zip(typed, predictions, strict=False):
        if p >= DECIDE:
            event.acled = {"event_type": None, "sub_event_type": None} if label == NONE else {
                "event_type": classifier.event_types[label], "sub_event_type": label}
    for (sent, cue), (label, p) in zip(candidates, predictions[len(typed):], strict=True):
        kind, mode = classifier.plover.get(label, ("", ""))
        if label == NONE or p < ADD or not kind:
            continue
        trigger = doc.span(cue.idx, cue.idx + len(cue.text))
        evidence = doc.span(sent.start_char, sent.start_char + len(sent.text.rstrip()))
        event = Event(id=f"e{len(doc.events) + 1}", event=kind, trigger=trigger, evidence=evidence,
                      mode=mode or None, mentions=[evidence], triggers=[trigger])
        annotate(event)
        event.acled = {"event_type": classifier.event_types[label], "sub_event_type": label}
        doc.events.append(event)
