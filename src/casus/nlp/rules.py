"""The model's two rule components, made to cost lookups: the same annotations, a fraction of the time.

en_core_web_sm ends its tagging with two components that apply rules, not
weights: the attribute ruler (179 token patterns that turn each fine tag,
and a few words and dependencies, into a part of speech and morphology) and
the rule lemmatizer. As shipped they were a quarter of the parse's time on
the bench's news corpus: spaCy's ``Matcher`` tries every pattern at every
token, and the lemmatizer's cache skips every word already in its base form
(most of them), which it tests again each time.

Here, nothing in either component changes but how it finds its answer:

- ``RuleMatches`` gives the ruler its matches. The shipped patterns look
  only at a token's lower form, fine tag, dependency and whether it is
  space, so what a token matches is remembered by those four values; the
  few patterns of two tokens ("gon na") match where their two tokens do in
  a row. The ruler still applies the matches itself, in its own order (a
  later rule wins).
- ``remember_lemmas`` remembers every lemma by the token's form, part of
  speech and morphology, which is all the English rule lemmatizer reads.

Both refuse to install on rules they cannot read exactly (another operator, a
token attribute other than those four), and the pipeline then runs the
component as shipped. ``tests/test_nlp_rules.py`` checks that the matches and
lemmas are the ones spaCy's own code finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # what a one-token pattern of the shipped ruler reads
_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})
MEMO_LIMIT = 200_000  # remembered answers per component before they are forgotten (memory stays bounded)


def _test(spec: Any) -> Callable[[Any], bool] | None:
    """A predicate for one attribute's spec in a pattern, or None where it is not one this module reads."""
    if isinstance(spec, (str, bool)):
        return lambda value: value == spec
    if isinstance(spec, dict) and len(spec) == 1 and next(iter(spec)) in _OPERATORS:
        (op, arg), = spec.items()
        if op == "REGEX" and isinstance(arg, str):
            pattern = re.compile(arg)
            return lambda value: isinstance(value, str) and pattern.search(value) is not None
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            allowed = frozenset(arg)
            return (lambda value: value in allowed) if op == "IN" else (lambda value: value not in allowed)
    return None


Values = tuple[str, str, str, bool]  # a token's lower form, fine tag, dependency and whether it is space


def _token_test(pattern_token: dict[str, Any]) -> Callable[[Values], bool] | None:
    """A predicate over a token's ``Values``, or None if the pattern token reads anything else (an operator
    such as ``OP`` included: only fixed-length patterns are read here)."""
    tests = []
    for key, spec in pattern_token.items():
        test = _test(spec)
        if key not in _KEYS or test is None:
            return None
        tests.append((_KEYS.index(key), test))
    return lambda values: all(test(values[k]) for k, test in tests)


def _anchor(pattern_token: dict[str, Any]) -> tuple[int, str] | None:
    """The one value a token must have for the pattern token to match it (its tag, else its lower form), so that a
    token's candidate patterns are found by a lookup; None where there is no such value."""
    for key in ("TAG", "LOWER"):
        if isinstance(pattern_token.get(key), str):
            return _KEYS.index(key), pattern_token[key]
    return None


class RuleMatches:
    """What ``AttributeRuler.match`` returns, for a ruler whose patterns it can read (``supports``).

    Each pattern is a sequence of token tests. What a token passes (the rules whose one-token patterns match it,
    and which token of a longer pattern it could be) is remembered by its ``Values``; a longer pattern matches
    where its tokens pass in a row. Like spaCy's ``Matcher``, a rule matches a span once, however many of its
    patterns match there.
    """

    def __init__(self, ruler: Any) -> None:
        self.vocab = ruler.vocab
        self.ids: list[int] = []  # each rule's match id: the key the ruler gave its patterns
        self.anchored: dict[tuple[int, str], list[tuple[int, int, Callable[[Values], bool]]]] = {}
        self.loose: list[tuple[int, int, Callable[[Values], bool]]] = []  # tests with no anchor
        self.longer: list[tuple[int, int]] = []  # (rule, length) of each pattern of two tokens or more
        for rule, entry in enumerate(ruler.patterns):
            self.ids.append(ruler.vocab.strings.add(str(rule)))
            for pattern in entry["patterns"]:
                # a one-token pattern is named by its rule (>= 0), a token of a longer one by -1 - (slot)
                slot = rule if len(pattern) == 1 else -1 - len(self.longer)
                if len(pattern) > 1:
                    self.longer.append((rule, len(pattern)))
                for position, token in enumerate(pattern):
                    test = _token_test(token)
                    if test is None:
                        raise ValueError(f"rule {rule}: a pattern token this module cannot read: {token}")
                    anchor = _anchor(token)
                    where = self.loose if anchor is None else self.anchored.setdefault(anchor, [])
                    where.append((slot, position, test))
        self.memo: dict[tuple[int, int, int, bool], tuple[list[int], frozenset[tuple[int, int]]]] = {}

    @classmethod
    def supports(cls, ruler: Any) -> bool:
        """Whether every token of every pattern is one this class reads exactly."""
        return all(_token_test(t) is not None for e in ruler.patterns for p in e["patterns"] for t in p)

    def _passes(self, key: tuple[int, int, int, bool]) -> tuple[list[int], frozenset[tuple[int, int]]]:
        """The rules whose one-token patterns match a token with these values, and the (pattern, position)
        of each longer pattern's token it matches."""
        strings = self.vocab.strings
        values = (strings[key[0]] if key[0] else "", strings[key[1]] if key[1] else "",
                  strings[key[2]] if key[2] else "", key[3])
        candidates = [*self.anchored.get((1, values[1]), ()), *self.anchored.get((0, values[0]), ()), *self.loose]
        single, parts = set(), set()
        for slot, position, test in candidates:
            if test(values):
                if slot >= 0:
                    single.add(slot)
                else:
                    parts.add((-1 - slot, position))
        return sorted(single), frozenset(parts)

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """(rule, match id, start, end) of every match, sorted as the ruler sorts them."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        memo, ids = self.memo, self.ids
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        matches: list[tuple[int, int, int, int]] = []
        passed = []
        for i, (lower, tag, dep, space) in enumerate(doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()):
            key = (lower, tag, dep, bool(space))
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._passes(key)
            matches.extend((rule, ids[rule], i, i + 1) for rule in found[0])
            passed.append(found[1])
        longer = set()
        for i, parts in enumerate(passed):
            for pattern, position in parts:
                if position:
                    continue
                rule, length = self.longer[pattern]
                if i + length <= len(passed) and all((pattern, j) in passed[i + j] for j in range(1, length)):
                    longer.add((rule, ids[rule], i, i + length))
        matches.extend(longer)
        matches.sort()
        return matches


def remember_lemmas(lemmatizer: Any) -> bool:
    """Make a rule lemmatizer remember every answer, base forms included (spaCy's cache skips those), and look
    its index of known words up as sets (it holds them as lists, 57,000 nouns long, and scans one for each form
    a suffix rule makes of a new word). False, and nothing changed, where it is not the English rule
    lemmatizer this was checked against. The index then no longer serialises with the pipeline, which casus
    never writes out (each process loads its own)."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule":
        return False
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        if isinstance(words, list):  # the rules ask only whether a form is in it: a set answers that at once
            index[pos] = frozenset(words)
    rule = lemmatizer.rule_lemmatize
    memo: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = memo.get(key)
        if found is None:
            if len(memo) > MEMO_LIMIT:
                memo.clear()
            found = memo[key] = rule(token)
        return found

    lemmatizer.lemmatize = lemmatize
    return True


def speed_up(nlp: Any) -> list[str]:
    """Install both on a loaded pipeline where they apply; the names of the components sped up."""
    done = []
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if RuleMatches.supports(ruler):
            ruler.match = RuleMatches(ruler)
            done.append("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and remember_lemmas(nlp.get_pipe("lemmatizer")):
        done.append("lemmatizer")
    return done
