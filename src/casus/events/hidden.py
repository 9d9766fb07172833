"""Subjects the small parser hides, and the repairs of its known misparses that give them back.

en_core_web_sm reads some wire-lead shapes wrongly in ways that lose the actor: "X on Monday condemned Y" as
X on (Monday condemned Y); "..., after X last week pulled out" with X as the object of "after"; "ZAMBIA
yesterday asked" with the name a modifier of "yesterday"; "police who reached the gate fired" with "fired"
hung inside the relative clause; "killed or wounded 40 troops" with the object on the second verb; "With
the signing of the accord, the government and the rebels agreed" with the subject a conjunct of the opening
phrase. Each function below recognises one such shape in the parse and names the word that is the subject
(or says the verb has an object after all), so the coder (``casus.events.code``) can read the actor the
sentence gives.
"""

from __future__ import annotations

from typing import Any

from casus.actors import country_index
from casus.events.participants import names_someone

_VERB_GROUP = frozenset({"aux", "neg", "advmod"})


def stranded_subject(verb: Any) -> list[Any]:
    """The subject the parser hung on an opening phrase: in "With the signing of the accord, the government
    and the rebels have agreed to …" the small model makes "government" a conjunct of "accord" and leaves
    the main verb with no subject. The noun phrase that ends right before the verb group is its subject,
    from its first conjunct after the comma that closes the opening phrase."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    doc, i = verb.doc, verb.i - 1
    while i > verb.sent.start and doc[i].head.i == verb.i and (doc[i].dep_ in _VERB_GROUP or (
            doc[i].dep_ == "npadvmod" and doc[i].ent_type_ in ("DATE", "TIME"))):  # "the UN today appealed"
        i -= 1
    node = doc[i]
    # "With X facing drought after failed seasons, the United Nations appealed": made the last noun's apposition
    if node.dep_ not in ("conj", "appos") or node.pos_ not in ("NOUN", "PROPN"):
        return []

    def after_comma(conjunct: Any) -> bool:
        return any(t.text == "," for t in doc[conjunct.head.i : conjunct.i])

    while node.head.dep_ == "conj" and not after_comma(node):
        node = node.head  # "the government and SPLM/A": back to the phrase's first conjunct
    if not after_comma(node):
        return []  # the opening phrase ends at a comma before the subject
    return [node] if names_someone(node) else []


def subject_of_aside(verb: Any) -> list[Any]:
    """The subject the parser gave to an aside: in "The United States and Britain, ratcheting up the pressure,
    threatened it with sanctions" the small model makes the subject the participle's and leaves the verb with none.
    A verb with no subject whose participle clause opens with a comma just before it, after a subject of its own,
    takes that subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    for aside in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i):
        subjects = [s for s in aside.children if s.dep_ == "nsubj" and s.i < aside.i]
        if subjects and aside.i > 0 and verb.doc[aside.i - 1].text == "," and names_someone(subjects[0]):
            return subjects[:1]
    return []


def subject_of_participle(verb: Any) -> list[Any]:
    """The subject the parser gave to a participle that describes it: in "Gunmen carrying rifles raided the market"
    the small model makes "carrying" the clause of "Gunmen" and "raided" a clause of "carrying", with no
    subject. A verb with no subject that is the complement of a participle right after its own subject, and comes
    after it, takes that subject."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return []
    participle = verb.head
    if participle.tag_ != "VBG" or participle.i > verb.i:
        return []
    subjects = [s for s in participle.children if s.dep_ == "nsubj" and s.i == participle.i - 1]
    return subjects if subjects and names_someone(subjects[0]) else []


_CONJUNCTIONS_AS_PREPS = frozenset("after before since until".split())


def subject_read_as_object(verb: Any) -> list[Any]:
    """The subject the parser took for a preposition's object or a modifier: in "..., after Angola last month
    pulled out" it reads "after Angola" as a phrase and leaves "pulled" with no subject, and in
    "ZAMBIA yesterday asked for food" it makes the name a modifier of "yesterday". A past verb with no
    subject right after "after/before/since/until X" (adverbs of time between) is X's act, as is one right after
    "as X" ("as the fighters yesterday shelled"), and so is one whose day word carries a name before it."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "conj", "ROOT", "ccomp") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ != "VBN" for c in verb.children):
        return []  # (a participle made the subject, "... and six hurt as X shelled", is a misparse too)
    i = verb.i - 1  # "... died as the fighters yesterday shelled a school": "as" read as a preposition
    while i > verb.sent.start and verb.doc[i].ent_type_ in ("DATE", "TIME") and verb.doc[i].dep_ == "npadvmod":
        i -= 1
    before = verb.doc[i]
    if before.dep_ == "pobj" and before.head.lower_ in _CONJUNCTIONS_AS_PREPS | {"as"} and names_someone(before) \
            and before.head.head.i != verb.i:
        return [before]
    named = [g for c in verb.children if c.dep_ == "npadvmod" and c.lower_ in DAY_WORDS for g in c.children
             if g.dep_ in ("amod", "compound", "nmod") and g.i < c.i and (
                 names_someone(g) or country_index().find(g.text))]
    if named:  # "ZAMBIA yesterday asked for food", parsed as a "ZAMBIA yesterday": the name is the subject
        return named[:1]
    hung = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _CONJUNCTIONS_AS_PREPS and p.i < verb.i
            for o in p.children if o.dep_ == "pobj" and names_someone(o)]
    if hung:  # the phrase "after X" hung on the verb itself
        return hung[:1]
    named = _named_after_day(verb)
    if named:
        return named
    first = verb.left_edge.i
    if first <= verb.sent.start:
        return []
    before = verb.doc[first - 1]
    if before.dep_ == "pobj" and before.head.lower_ in _CONJUNCTIONS_AS_PREPS and names_someone(before):
        return [before]
    return []


def shares_object(verb: Any) -> bool:
    """The verb's object is its conjunct's ("bandits killed or hurt nine guards": the parser hangs "guards" on
    "hurt"): a verb with an object, not a headline passive."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "dobj" for g in c.children) and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in verb.children)


def _named_after_day(verb: Any) -> list[Any]:
    """"In a speech on Tuesday, X, head of the party, warned …": the parser makes X an apposition of the day
    and leaves the verb with no subject. The phrase that ends right before the verb, in apposition to a day's
    name, is its subject."""
    doc, i = verb.doc, verb.i - 1
    while i > verb.sent.start and doc[i].is_punct:
        i -= 1
    node = doc[i]
    for tok in [node, *node.ancestors]:
        if tok.i >= verb.i:
            return []
        if tok.dep_ == "appos" and (tok.head.lower_ in DAY_WORDS or tok.head.ent_type_ in ("DATE", "TIME")):
            return [tok] if names_someone(tok) else []
    return []


def relative_root(tok: Any) -> Any:
    """The subject of a main verb the parser did not see as one: "Police who ran to the gate shot into the crowd"
    parsed as police (the root) who ran to the gate (that was) shot, and "The junta on Tuesday banned observers"
    as the junta on (Tuesday banned observers). A past form hung on a noun of the root noun's
    relative clause is the root noun's act; one read as an adjective right after a day's name in an "on" phrase
    is the act of the one that phrase hangs on."""
    if tok.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children):
        return None
    if tok.dep_ == "amod" and tok.i > tok.sent.start and tok.doc[tok.i - 1].lower_ in DAY_WORDS and \
            tok.head.dep_ == "pobj" and tok.head.head.lower_ == "on" and names_someone(tok.head.head.head):
        return tok.head.head.head
    root = tok.sent.root
    if tok.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") or not names_someone(root):
        return None
    relative = next((a for a in tok.ancestors if a.dep_ == "relcl" and a.head.i == root.i), None)
    return root if relative is not None else None


def day_phrase_verb(noun: Any) -> Any:
    """The verb the parser hid in the noun's "on" phrase ("the minister on Monday condemned lenders", read as the
    minister on (Monday condemned lenders)), or None."""
    return next((a for p in noun.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children
                 if o.dep_ == "pobj" for a in o.children if a.dep_ == "amod" and relative_root(a) == noun), None)


DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())
