"""The gate: which sentences the sentence encoder reads.

Why a gate: the ACLED classifier reads a sentence vector, and the encoder that
makes it costs about as much per word as the whole spaCy parse. Reading only
the sentences where the trigger table found an event missed what the table
cannot see (a grenade lobbed, a town overrun, a truce signed: its recall net
has holes), and reading every sentence that holds any event or event verb was
40% of all text on news. The gate is a logistic regression over the lemmas a
parse already gives (nouns, verbs and adjectives, and each verb with its
dependency label), trained on the same own-words snippets: the sentence that
holds an ACLED event's trigger against the sentences of snippets with no
ACLED event (their hard cases: diplomacy, disasters, crime, verbal events).
Classes are weighed equally; the learned bias is negative, so a sentence
needs words that mark events to pass. It costs a few dictionary lookups per
token. In 5-fold cross-validation on the train part, where it reads 23% of
the words of the bench's news corpus it lets through 90% of the event
sentences and 18% of the no-event ones (L2 penalties from 1e-4 to 3e-3 all
within a point of that).

Its strongest word (a verb where one weighs towards an event) is also the
trigger of an event the classifier adds: the word that made the sentence
worth reading.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

POS = frozenset({"NOUN", "VERB", "ADJ"})


def token_features(tok: Any) -> list[str]:
    """A token's gate features: the lemma of a noun, verb or adjective, and a verb's lemma with its dependency
    label."""
    if tok.pos_ not in POS:
        return []
    lemma = tok.lemma_.lower()
    return [lemma, f"{lemma}|{tok.dep_}"] if tok.pos_ == "VERB" else [lemma]


def gate_features(tokens: Iterable[Any]) -> set[str]:
    """A sentence's gate features: those of its tokens."""
    return {f for tok in tokens for f in token_features(tok)}


def fit_gate(features: list[set[str]], labels: list[int], l2: float = 1e-3, epochs: int = 500,
             step: float = 2.0) -> tuple[list[str], Any, float]:
    """(vocabulary, weights, bias) of a two-class logistic regression over binary features, both classes
    weighed equally."""
    import numpy as np

    from casus.events.types import fit_softmax

    vocabulary = sorted({f for row in features for f in row})
    index = {f: i for i, f in enumerate(vocabulary)}
    x = np.zeros((len(features), len(vocabulary)), dtype=np.float32)
    for row, found in enumerate(features):
        x[row, [index[f] for f in found]] = 1.0
    y = np.array(labels)
    share = y.mean()
    weight = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))
    w, b = fit_softmax(x, y, 2, l2=l2, epochs=epochs, step=step, weight=weight)
    return vocabulary, (w[:, 1] - w[:, 0]).astype(np.float32), float(b[1] - b[0])


class Gate:
    """P(a sentence tells of an ACLED event), from its words alone."""

    def __init__(self, vocabulary: Iterable[str], weights: Iterable[float], bias: float) -> None:
        self.weights = {str(f): float(w) for f, w in zip(vocabulary, weights, strict=True)}
        self.bias = bias

    def prob(self, tokens: Iterable[Any], features: set[str] | None = None) -> float:
        """``features``: the tokens' ``gate_features``, where a caller asking two gates found them already."""
        found = gate_features(tokens) if features is None else features
        score = self.bias + sum(self.weights.get(f, 0.0) for f in found)
        return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))

    def strongest(self, tokens: Iterable[Any], can_trigger: Callable[[Any], bool] | None = None) -> Any | None:
        """The word that weighs most towards an event, a verb where one does ("overran", not "fighters": a
        trigger is what happened); None if no word weighs towards one. ``can_trigger``: what a trigger must
        be besides (not a claim's speech verb: "said" weighs towards events, as reports of them use it)."""
        best, top = None, (False, 0.0)
        for tok in tokens:
            if can_trigger is not None and not can_trigger(tok):
                continue
            weight = sum(self.weights.get(f, 0.0) for f in token_features(tok))
            rank = (tok.pos_ == "VERB" and weight > 0, weight)
            if weight > 0 and rank > top:
                best, top = tok, rank
        return best
