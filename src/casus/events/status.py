"""Whether an act is told as done: an event's status from the words around its trigger.

Negation, modality (will -> future; would/could/may/if -> hypothetical), "alleged" and "reportedly",
an act prevented or only asked for, willed ("ready to"), planned or aimed at. The coder
(``casus.events.code``) turns a future or refused act of the speaker into the speech act it is.
"""

from __future__ import annotations

from typing import Any

from casus.events.arguments import LIGHT_VERBS, PREVENTED, role_of
from casus.events.readings import conditional, going_to
from casus.events.senses import negates
from casus.model import Claim

SPEAKING = frozenset("say speak tell talk state announce declare add note brief address report write post".split())
# Verbs of a decision taken on an act ("voted to impose ..."); with a condition on the act, it waits on it
_RESOLVING = frozenset("decide vote agree resolve approve".split())
_PLAN_VERBS = frozenset("plan intend prepare aim want threaten vow seek resolve".split())
_DEMAND_NOUNS = frozenset("call demand pressure appeal plea campaign push bid request clamour clamor".split())
_AIMED = frozenset("aim gear direct target".split())  # "aimed at X-ing": X is a purpose, not done
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL_AUX = {"would", "could", "may", "might", "can", "should", "must", "ca"}
_PERCEIVED = frozenset("hear see feel sound".split())
# Verbs whose subject or object is an act done already, whatever is said of them: "the abduction has not been
# claimed" (no one owned it), "the killing was not solved" (it happened).
_ABOUT_A_DEED = frozenset("claim solve explain condemn blame attribute punish".split())
_EXPECTED = frozenset("likely unlikely expected expect due supposed".split())  # "is likely to take him into custody"
WILLING = frozenset("willing ready prepared committed determined eager set poised".split())
_OPEN_TO = WILLING | {"open"}  # adjectives whose "to"/"for" object is an act willed ("open to cooperation")
# nouns of a will or a plan whose "to" clause is what is intended ("its readiness to resume talks", "a pledge to
# send aid"): the manual's AGREE, "indicate willingness or commitment to cooperate"
_WILL_NOUNS = frozenset("readiness willingness commitment intention intent pledge promise plan offer".split())
_MEETINGS = frozenset("talk talks negotiation negotiations dialogue meeting summit conference".split())
_BLOCKING = frozenset("block veto obstruct".split())
_PLANNED = frozenset("planned proposed scheduled upcoming forthcoming intended impending".split())
_ALLEGED = frozenset("alleged allegedly reportedly purported purportedly supposed supposedly".split())


def inverted_conditional(verb: Any) -> bool:
    """"had he been detained", "were they to attack": an auxiliary before the subject, with no question
    mark, is a condition (an unreal one)."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or verb.sent[-1].text == "?":
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should") and c.i < max(subjects)
               for c in verb.children)


def _at_once(verb: Any) -> bool:
    """"will halt imports with immediate effect", "will take effect immediately": an act announced as done
    now, not a plan."""
    words = {t.lower_ for c in verb.children if c.dep_ in ("prep", "advmod", "advcl", "npadvmod") for t in c.subtree}
    return "immediately" in words or {"immediate", "effect"} <= words


def status_of(tok: Any, claim: Claim | None = None,
              denied_reports: frozenset[str] | set[str] = frozenset()) -> str:
    """What a trigger word tells of its event: asserted, denied, alleged, hypothetical or future, from the
    parse and the claim it is said in (``denied_reports``: ids of reports a later claim denies; with no
    claim, the parse alone)."""
    governors = [tok, tok.head] if tok.dep_ in ("xcomp", "pcomp") else [tok]  # "did not try to flee"
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ in ("acomp", "xcomp"):
        governors.append(tok.head.head)  # "have not been able to arrest": the negation is on "been"
    role = role_of(tok)  # "launched missile or artillery strikes": the first conjunct's place in the clause;
    if role.i != tok.i:  # "no firing missions": the event noun the word modifies
        governors.append(role)
    if tok.pos_ in ("NOUN", "PROPN") and role.head.pos_ in ("VERB", "AUX") and role.head.lemma_ not in (
            _PERCEIVED | _ABOUT_A_DEED):
        governors.append(role.head)  # "fire could be heard": what is heard happened, however hedged the hearing
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    for gov in governors:
        children = list(gov.children)
        if any(negates(c) or c.lower_ in ("never", "no") for c in children):
            return "denied"
        if (gov is tok or not own_subject) and any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in children):
            return "denied"  # "no one was killed or injured", "nobody was hurt", "no soldiers were wounded"
    if _without(tok):
        return "denied"  # "took the district without a shot being fired", "without firing a shot"
    if any(g.dep_ == "xcomp" and g.head.lemma_ in ("fail", "refuse", "decline", "unable") for g in governors):
        return "denied"  # "failed to sign the deal", "were unable to arrest", "failed to reach agreement"
    if claim is not None:
        if claim.stance == "deny":
            return "denied"
        if claim.stance == "report":
            return "denied" if claim.id in denied_reports else "alleged"
    if any(c.lower_ in _ALLEGED for c in tok.children) or any(
            t.lower_ in _ALLEGED for t in tok.sent if t.head.i == tok.i or t.i == tok.i - 1):
        return "alleged"
    if prevented(tok) or warned_of(tok):
        return "hypothetical"  # "to prevent provocations", "warned of sanctions": what did not happen
    if tok.lemma_.lower() in _MEETINGS and tok.dep_ == "dobj" and tok.head.lemma_ in _BLOCKING:
        return "hypothetical"  # "would block further talks": talks kept from being held (a march blocked was held)
    for gov in governors:
        children = list(gov.children)
        first = gov.head if gov.dep_ == "conj" and gov.head.pos_ in ("VERB", "AUX") else gov  # "if X joins and accepts"
        said_if = [*children, *first.children, *(first.head.children if first.dep_ == "xcomp" else ())]  # "if the
        # navy were to shell the port", "unless they try to storm it": the condition is on the verb that governs
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in said_if) or (
                first.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in first.children)):
            return "hypothetical"
        if gov.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "so" and c.nbor().lower_ in ("that", "as")
                                       for c in children):
            return "hypothetical"  # "lobbied so that such marriages are banned", "so as to stop them": an aim
        auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        if (auxes & _FUTURE_AUX or ("would" in auxes and _reported_future(gov))) and not _at_once(gov):
            return "future"
        if auxes & _HYPOTHETICAL_AUX:
            return "hypothetical"
        if gov.dep_ == "xcomp" and (gov.head.lemma_ in _PLAN_VERBS or gov.head.lemma_ in WILLING or (
                gov.head.lemma_ in _EXPECTED and (gov.head.lemma_ != "expect" or gov.lemma_ != "be"))):
            # ("are expected to sign"; not "what is expected to be the largest rally yet": a forecast of a size)
            return "future"
        if gov.dep_ == "xcomp" and gov.head.lemma_ in _RESOLVING and conditional(gov):
            return "future"  # "voted to impose sanctions if the killings go on": decided, to be taken only then
        going = going_to(gov)
        if going is not None and not any(negates(c) for c in going.children):
            return "future"  # "are going to sign an accord": what is to come ("is not going to" is a refusal)
        if arranged(gov) and gov.head.dep_ in ("ROOT", "ccomp"):
            return "future"  # "the fund is to build two clinics": what is arranged, not yet done
        if gov.dep_ == "ccomp" and gov.tag_ in ("VB", "VBN") and gov.head.lemma_ in _PLAN_VERBS:
            return "future"  # "wants the minister booked": a wish
        if gov.dep_ == "acl" and gov.tag_ == "VB" and gov.head.lemma_.lower() in _WILL_NOUNS:
            return "future"  # "reiterated its readiness to resume talks": a will declared
        if inverted_conditional(gov):
            return "hypothetical"  # "had he been detained earlier, …"
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(c.tag_ == "TO" for c in tok.children):
        return "hypothetical"  # "the duty to apprehend them", "efforts to arrest him": not yet done
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and _asked_for(tok.head.head):
        return "hypothetical"  # "demands for the return of", "pressure for the withdrawal": what is asked for
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("at", "toward", "towards") and tok.head.head.lemma_ in _AIMED:
        return "hypothetical"  # "a tour aimed at reopening the border", "steps geared towards ending": an aim
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and _open_to(tok.head.head):
        return "future"  # "is open to dialogue", "ready for talks": a will declared
    if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "of" and _in_favour(tok.head.head):
        return "future"  # "said he was in favour of reopening the border": a will declared, not yet done
    if planned(tok):
        return "future"
    return "asserted"


def planned(tok: Any) -> bool:
    """"Before a planned march", "the proposed strike": an act named as scheduled, not held yet (nor threatened:
    a date set is no warning)."""
    held = tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in LIGHT_VERBS  # "held a scheduled exercise": done
    return tok.pos_ in ("NOUN", "PROPN") and not held and any(
        c.dep_ == "amod" and c.lower_ in _PLANNED for c in tok.children)


def arranged(verb: Any) -> bool:
    """"Is to build", "are to withdraw": what is arranged ("be" with a "to" clause), not a will announced."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(c.tag_ == "TO" for c in verb.children)


def _asked_for(word: Any) -> bool:
    """The word a "for" phrase hangs on is a demand, names who makes one ("pressure from its allies for the
    withdrawal": the parser may hang "for" on "countries"), or is the verb that answers one ("bow to pressure
    for the release")."""
    if word.pos_ == "VERB":  # "would not bow to pressure ... for the release": "for" hung on the verb
        return any(o.lemma_.lower() in _DEMAND_NOUNS for p in word.children if p.dep_ == "prep"
                   for o in p.children if o.dep_ == "pobj")
    for _ in range(3):
        if word.lemma_.lower() in _DEMAND_NOUNS:
            return True
        if word.dep_ not in ("pobj", "prep"):
            return False
        word = word.head
    return False


def _in_favour(word: Any) -> bool:
    """The word an "of" phrase hangs on is "favour" of "is in favour", or the "is" that "in favour" hangs on beside
    it (the parser may hang "of reopening" on "was"); not a vote "in favour of" a measure, which adopts it."""
    if word.lemma_.lower() in _FAVOUR and word.head.lower_ == "in":
        return word.head.head.lemma_ == "be"
    return word.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lemma_.lower() in _FAVOUR for g in c.children) for c in word.children)


_FAVOUR = frozenset({"favour", "favor"})


def _open_to(word: Any) -> bool:
    """The word a "to"/"for" phrase hangs on is a will: "open", "ready", or "is" with such an adjective (the parser
    often hangs "is open for cooperation"'s "for" on "is")."""
    return word.lemma_.lower() in _OPEN_TO or (word.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _OPEN_TO for c in word.children))


def _reported_future(verb: Any) -> bool:
    """"Would" told in the past: "said it would free 7,000 prisoners" is "will free", reported (the sequence of
    tenses), not a condition; so with a participle of saying ("restated its position, saying it would shoot at ...")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_ in SPEAKING and (verb.head.tag_ == "VBD" or (
        verb.head.tag_ == "VBG" and verb.head.dep_ in ("advcl", "xcomp", "conj")))


def prevented(tok: Any) -> bool:
    """The word is what a verb of prevention kept from happening: its object or complement, up to four steps
    up ("foiled an attack", "to prevent provocations", "stopped them from crossing"). Not a deed beside the
    prevention: a conjunct or an adverbial clause happened ("stopped a bus and killed two passengers",
    "foiled the plot, arresting three men")."""
    node = tok
    for _ in range(4):
        if node.dep_ in ("conj", "advcl", "relcl", "parataxis", "ROOT"):
            return False
        if node.dep_ == "pcomp" and node.head.lower_ in ("by", "through"):
            return False  # "foiled the plot by defusing the bomb": the means, done
        node = node.head
        if node.lemma_ in PREVENTED:
            return True
    return False


_WARNING = frozenset("warn hint threaten caution".split())
_WARNED_OF = frozenset("of at about with".split())


def warned_of(tok: Any) -> bool:
    """The word is what a warning or a hint is of, up to three steps up: "warned of sanctions", "hinted at imposing
    a ban on X", "threatened them with arrest": held out, not done."""
    node = tok
    for _ in range(3):
        if node.dep_ not in ("pobj", "pcomp", "dobj"):
            return False
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in _WARNED_OF and \
                node.head.head.lemma_.lower() in _WARNING:
            return True
        node = node.head if node.dep_ == "dobj" else node.head.head if node.head.dep_ == "prep" else node.head
    return False


_NOBODY = frozenset({"nobody", "none", "noone", "nothing"})


def _nobody(subject: Any) -> bool:
    """A subject that names no one: "nobody", "none", "no one", "no soldiers"."""
    return subject.lower_ in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _without(tok: Any) -> bool:
    """The word is what "without" says did not happen: its object ("without casualties"), its clause ("without
    firing a shot") or a clause on its object ("without a shot being fired")."""
    head = tok.head
    if tok.dep_ in ("pobj", "pcomp") and head.lower_ == "without":
        return True
    return tok.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "without"
