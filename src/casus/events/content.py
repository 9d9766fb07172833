"""Mentions that are part of another act: its content, manner or motive, no events of their own.

A request, threat, promise or refusal holds the act it is about ("demanded the release of ..."); a ban holds the act
it bans; giving way or defiance tells how the act joined to it was done; a "to protest" purpose tells why another
act was done; the aid a sanction cuts and the custody people are released into are what those acts name. The
coder (``casus.events.code``) drafts every trigger and drops those ``part_of_another`` finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casus.events import crosswalk
from casus.events.lexicon import Trigger
from casus.events.senses import for_clause, negates
from casus.model import Event, Source

_EMBEDDING = {"REQUEST", "THREATEN", "AGREE", "REJECT"}  # their complements are their content, not events


@dataclass
class Draft:
    """One trigger's event as the coder drafts it, before mentions merge."""

    trigger: Any  # spaCy token
    entry: Trigger
    event: Event
    sentence: Any
    source: Source | None = None
    explicit_actor: bool = False


def part_of_another(draft: Draft, drafts: list[Draft]) -> bool:
    """``draft`` is the content, manner or motive of another of its sentence's ``drafts`` (asked in this order:
    a refusal's content is marked denied and kept)."""
    return _embedded(draft, drafts) or _banned_act(draft, drafts) or _gave_way_by(draft, drafts) or \
        _protest_motive(draft, drafts) or _what_is_cut(draft, drafts) or _released_into(draft)


def own_negation(tok: Any) -> bool:
    """The word itself is negated ("did not", "never", "no")."""
    return any(negates(c) or c.lower_ in ("never", "no") for c in tok.children)


def _infinitive_joined(tok: Any) -> Any:
    """"called on X to engage in talks ..., and to release prisoners": an infinitive the parser joins to the
    sentence's finite verb belongs with the infinitive before it (returned), which it continues."""
    if tok.dep_ != "conj" or tok.head.tag_ not in ("VBD", "VBZ", "VBP") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return None
    return next((t for t in reversed(tok.doc[tok.head.i + 1:tok.i]) if t.dep_ == "xcomp" and t.tag_ == "VB"
                 and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)), None)


def _deadline_act(node: Any, other: Draft) -> bool:
    """"Gave the rebels five days to lay down their arms": the act an ultimatum sets a time limit for, which the
    parser hangs on "gave" as a purpose clause."""
    return other.event.event == "THREATEN" and node.dep_ == "advcl" and other.entry.lemmas[0] == "give" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _light_verbs_infinitive(tok: Any, noun: Any) -> bool:
    """"Repeated her appeal to donors to release the funds": the small parser hangs what a plea, appeal or demand
    asks for on the verb that has the noun as its object, as that verb's purpose."""
    return noun.dep_ == "dobj" and tok.dep_ in ("advcl", "xcomp") and tok.head.i == noun.head.i and \
        tok.i > noun.i and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _embedded(draft: Draft, drafts: list[Draft]) -> bool:
    """An act that is the content of a request, threat, promise or refusal ("demanded the release of",
    "threatened to attack", "refused to withdraw") is that speech act's, not an event of its own."""
    tok = draft.trigger
    start = _infinitive_joined(tok) or tok
    for other in drafts:
        if other is draft or (other.event.event not in _EMBEDDING and other.entry.event not in _EMBEDDING):
            continue  # a demand read as the crowd's protest still holds what it demands
        node = start
        # "calls for the release of …" (a noun), "called for the release of the prisoners" (a request's verb)
        asked_for = tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == other.trigger.i
        complement = asked_for and other.event.event == "REQUEST"
        if other.trigger.pos_ in ("NOUN", "PROPN"):  # "its demand that the army leave the town", "calls for the
            # army to leave", "repeated her appeal to donors to release the funds"
            complement = asked_for or (tok.dep_ in ("acl", "ccomp", "relcl", "advcl") and tok.head.i == other.trigger.i
                                       and any(c.dep_ == "mark" for c in tok.children)) or \
                _light_verbs_infinitive(tok, other.trigger)
            if not complement:
                continue
        conjoined = False
        for _ in range(3):  # the trigger, or the verb or noun it heads, is the speech verb's complement
            if node.head.i == other.trigger.i and (node.dep_ in ("xcomp", "ccomp", "dobj") or for_clause(node) or (
                    _deadline_act(node, other))):
                complement = True  # "asked for monitors to be sent": what is asked for
                break
            if node.dep_ not in ("xcomp", "ccomp", "conj", "aux", "csubj") or node.head.i == node.i:
                break
            conjoined = conjoined or node.dep_ == "conj"
            node = node.head
        if not complement:
            continue
        if other.event.event == "REJECT" and conjoined and tok.pos_ in ("VERB", "AUX") and crosswalk.QUAD[
                draft.event.event].startswith("verbal") and not own_negation(tok):
            return False  # "X denied it did Y and accused Z": the accusation is X's own, with its own polarity
        if other.event.event == "REJECT":
            draft.event.status = "denied"
            return False
        return True
    return False


_BANNING = frozenset("ban prohibit outlaw forbid proscribe".split())
_BAN_NOUNS = frozenset("ban prohibition moratorium".split())


def _banned_act(draft: Draft, drafts: list[Draft]) -> bool:
    """"Banned all opposition rallies", "a ban on unions gathering", "rallies were banned": the act a ban is on has
    not happened; it is what the ban names, no event of its own."""
    for other in drafts:
        if other is draft or other.event.event != "COERCE":
            continue
        ban = other.trigger
        nodes = [ban, *(c for c in ban.children if c.dep_ == "dobj" and c.lemma_.lower() in _BAN_NOUNS)]
        for node in nodes:
            lemma = node.lemma_.lower()
            if node.pos_ == "VERB" and lemma in _BANNING:
                scopes = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
            elif node.pos_ == "NOUN" and lemma in _BAN_NOUNS:
                scopes = [c for c in node.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
                if any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i == draft.trigger.i for c in node.children) or (
                        node.dep_ == "nsubj" and node.head.tag_ == "VBG" and node.head.i == draft.trigger.i):
                    return True  # "a ban on unions gathering", the gerund parsed as the ban's modifier or its verb
            else:
                continue
            if any(draft.trigger.i in {t.i for t in scope.subtree} for scope in scopes):
                return True
    return False


def _what_is_cut(draft: Draft, drafts: list[Draft]) -> bool:
    """"Suspended its aid", "the aid will be cut", "froze trade": the aid or trade a sanction cuts is what it names,
    no aid given or trade done."""
    tok = draft.trigger
    if draft.event.event not in ("AID", "COOPERATE") or tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "the bulk of its aid", "part of the aid"
        tok = tok.head.head
    return tok.dep_ in ("dobj", "nsubjpass") and any(
        other.event.event == "SANCTION" and other.trigger.i == tok.head.i for other in drafts)


_LETTING_GO = frozenset("release free hand turn transfer".split())


def _released_into(draft: Draft) -> bool:
    """"Released into the custody of aid workers", "freed into Red Cross custody": the custody people are let go
    into is where the release leaves them, no arrest."""
    tok = draft.trigger
    return draft.event.event == "COERCE" and tok.lemma_.lower() == "custody" and tok.dep_ == "pobj" and \
        tok.head.lower_ in ("into", "to") and tok.head.head.lemma_.lower() in _LETTING_GO


def _protest_motive(draft: Draft, drafts: list[Draft]) -> bool:
    """"Recalled its ambassador to protest the execution", "cut its aid to protest the coup": the "to
    protest" of another act is why that act was done, no protest of its own (a march "to protest" is one)."""
    tok = draft.trigger
    return tok.lemma_.lower() == "protest" and tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
        other is not draft and other.trigger.i == tok.head.i and other.event.event != "PROTEST" for other in drafts)


_GIVING_WAY = frozenset("cave bow give yield relent buckle succumb heed".split())
_DEFYING = frozenset("defy flout".split())


def _gave_way_by(draft: Draft, drafts: list[Draft]) -> bool:
    """"Bowed to pressure and freed the prisoners", "heeded the union's call and marched", "defied the ban and
    marched": giving way, or defiance, is how the act joined to it was done; the act is the event, which the
    yielding or the defiance only qualifies."""
    tok = draft.trigger
    lemma = tok.lemma_.lower()
    if not ((draft.event.event == "CONCEDE" and lemma in _GIVING_WAY) or (
            draft.event.event == "REJECT" and lemma in _DEFYING)):
        return False
    if lemma in _DEFYING and tok.dep_ == "advcl" and tok.tag_ == "VBG":  # "marched on parliament, defying the
        own = {t.i for t in tok.subtree}  # ban": the participle tells how the main act was done
        return any(other is not draft and other.trigger.i not in own for other in drafts)
    return any(other is not draft and other.trigger.head.i == tok.i and (other.trigger.dep_ == "conj" or (
        other.trigger.dep_ == "advcl" and other.trigger.tag_ == "VBG")) for other in drafts)
