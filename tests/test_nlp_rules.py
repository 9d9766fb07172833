"""The rule components sped up by ``casus.nlp.rules`` give what spaCy's own code gives, and are left alone where
they could not."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from casus.nlp import MODEL, load_nlp
from casus.nlp.rules import RuleMatches, speed_up

# Own words, written to reach the shipped ruler's unusual rules: words of two-token patterns ("gon na",
# "let 's", "y' all"), "there" before a verb, pronouns as subjects and objects, a main-verb "have", an
# adverbial "but", tabs, a line of spaces and a blank line.
TEXT = (
    "The council said it was gon na vote on the plan, but let's wait, y' all.\n\n"
    "There is a curfew in the valley and there were two checkpoints.\t It told me that I had seen you.\n"
    "   \n"
    "Did they have the permits? Nobody but the mayor did. She gave it to me and I thanked you for it.\n"
    "Those who marched had walked for hours; the convoys halted at the bridges, and the riders reached theirs."
)


@lru_cache(maxsize=1)
def shipped() -> Any:
    """The model exactly as spaCy loads it."""
    return spacy.load(MODEL)


def test_rule_matches_are_the_rulers_own():
    nlp = shipped()
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        doc = nlp(TEXT * 3)
    expected = AttributeRuler.match(ruler, doc)
    found = RuleMatches(ruler)(doc)
    assert found == expected
    assert any(end - start == 2 for _, _, start, end in found)  # a two-token rule was among them


def test_the_pipeline_annotates_as_the_shipped_model_does():
    attrs = ["tag_", "pos_", "morph", "lemma_", "dep_", "head", "ent_type_", "is_sent_start"]
    fast, plain = load_nlp()(TEXT), shipped()(TEXT)
    assert [[str(getattr(t, a)) for a in attrs] for t in fast] == [[str(getattr(t, a)) for a in attrs] for t in plain]
    assert [t.lemma_ for t in fast if t.text in ("marched", "convoys", "riders", "halted")] == [
        "march", "convoy", "halt", "rider"]
    ruler = load_nlp().get_pipe("attribute_ruler")
    assert isinstance(ruler.match, RuleMatches)


def _blank_ruler(*rules: tuple[list[list[dict[str, Any]]], dict[str, Any], int]) -> tuple[Any, AttributeRuler]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, index in rules:
        ruler.add(patterns, attrs, index=index)
    return nlp, ruler


def test_a_rule_matches_a_span_once_and_operators_read_as_the_matcher_reads_them():
    nlp, ruler = _blank_ruler(
        ([[{"LOWER": "a"}], [{"LOWER": {"IN": ["a", "b"]}}]], {"NORM": "x"}, 0),  # both match "a": one match
        ([[{"LOWER": "a"}, {"LOWER": {"REGEX": "^b"}}]], {"NORM": "y"}, 1),
        ([[{"LOWER": {"NOT_IN": ["c"]}, "IS_SPACE": False}]], {"NORM": "z"}, 0),
        ([[{"IS_SPACE": True}]], {"NORM": "s"}, 0),
    )
    doc = nlp.make_doc("a b A bb  c a\n\nbx a")
    assert RuleMatches(ruler)(doc) == AttributeRuler.match(ruler, doc)


@pytest.mark.parametrize("pattern", [[{"LOWER": "a", "OP": "+"}], [{"POS": "NOUN"}], [{"LENGTH": {">=": 3}}]])
def test_rules_it_cannot_read_keep_the_shipped_matcher(pattern):
    nlp, ruler = _blank_ruler(([[{"LOWER": "b"}], pattern], {"NORM": "x"}, 0))
    assert not RuleMatches.supports(ruler)
    with pytest.raises(ValueError):
        RuleMatches(ruler)
    assert speed_up(nlp) == []
    assert not isinstance(ruler.match, RuleMatches)
