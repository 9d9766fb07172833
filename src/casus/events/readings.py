"""Readings of a verb by what it takes: which act a word of the trigger table (or no word of it) names, told by its
object or complement and its modality, as CAMEO's codes and the PLOVER manual tell the acts apart.

"Halted its aid" reduces relations, "halted its air raids" de-escalates; "allowed the deployment of monitors" lets
outsiders in (the manual's RETREAT), "allowed women to vote" concedes; "vowed to reform" pledges, "vowed to fight"
threatens; "would not take part" refuses. The trigger table names words; these readings look at what the word
takes. ``code.EventCoder.sentence`` asks them before the table's own entry.
"""

from __future__ import annotations

from typing import Any

from casus.actors import STATE_FORCES, country_index, sector_of
from casus.events.arguments import AID_WORDS, PRESSED, TIE_WORDS, behind_clauses
from casus.events.lexicon import CIRCUMSTANCES, Trigger, match
from casus.events.participants import PEOPLE, counted
from casus.events.senses import (
    EXTRADITED,
    GUESTS,
    PERSONAL,
    POLITIES,
    brings_aid,
    for_clause,
    handed_to_a_state,
    negates,
    people_word,
    phrase_sector,
    someone,
)

CRUSHING = frozenset("crush destroy eliminate annihilate wipe smash defeat punish retaliate avenge".split())


def will_not(tok: Any) -> bool:
    """"Will not disarm", "would not withdraw", "won't release", "is not going to sign", "decided not to attend",
    "does not intend to leave", "will not start disarming": a refusal for the future, unlike "did not withdraw" (a
    yielding that did not happen)."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _DECIDING and any(negates(c) for c in tok.children):
        return True  # "has decided not to attend the summit"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _MEANING and any(negates(c) for c in tok.head.children) \
            and any(c.dep_ == "aux" and c.lower_ in ("do", "does") for c in tok.head.children):
        return True  # "does not intend to withdraw": a will told now (not "did not plan to": the past)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ONSET:
        tok = tok.head  # "will not start disarming": the refusal is on the verb of starting
    going = going_to(tok)
    if going is not None:
        return any(negates(c) for c in going.children)
    return any(negates(c) for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in tok.children)


_DECIDING = frozenset("decide choose opt".split())
_MEANING = frozenset("intend plan mean".split())
_ONSET = frozenset("begin start".split())


def going_to(tok: Any) -> Any:
    """The "going" of "is (not) going to V", which holds the clause's subject and negation, else None."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ == "going" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
        return head
    return None


def conditional(tok: Any, marks: tuple[str, ...] = ("unless", "if")) -> bool:
    """The act is made to depend on the other side: "… unless the other side stops", "if they attack"; a
    condition told after acts joined by "and" holds for each ("could move in and hold the towns if …"). ``marks``:
    the conjunctions that tell the condition."""
    verbs = [tok, *(c for c in tok.conjuncts if tok.pos_ in ("VERB", "AUX"))]
    return any(c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children)
               for verb in verbs for c in verb.children)


def in_condition(tok: Any) -> bool:
    """The act is (in) the clause an "if" or "unless" marks: what another act depends on, not one announced."""
    return any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children)
               for a in (tok, *tok.ancestors))


def object_words(tok: Any) -> set[str]:
    """The words of what a verb takes: its objects (direct, dative, a passive's subject, the subject of a clause it
    governs: "let a convoy pass", "gave permission for convoys to enter"), the objects of its prepositions and
    particles ("pulled out of its role") and of theirs ("the deployment of troops"), each with its modifiers
    ("budget support", "mediating role"), as lemmas and as written."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    # the subject of a clause it governs, or of one told by "for" ("gave permission for convoys to enter")
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") or for_clause(c)]
    objects += [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    heads = [c for c in tok.children if c.dep_ in ("prep", "prt")]
    heads += [g for h in heads for g in h.children if g.dep_ == "prep"]  # "out of"
    objects += [o for h in heads for o in h.children if o.dep_ == "pobj"]
    objects += [c for o in list(objects) for c in o.conjuncts]  # "to foreign journalists and aid groups"
    objects += [g for o in list(objects) for a in o.children if a.dep_ == "acl" for p in a.children  # "a plane
                if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]  # loaded with relief supplies"
    objects += [o for c in list(objects) for p in c.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj"]
    words = {w.lemma_.lower() for o in objects for w in [o, *(m for m in o.children if m.dep_ in ("compound", "amod"))]}
    return words | {w.lower_ for o in objects for w in [o, *o.children]}


_VOW = Trigger("v", ("vow",), (), "AGREE", None, None)
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "PROTEST", "ACCUSE", "REJECT"}
_HOSTILE_WORDS = CRUSHING | frozenset("fight resist oppose continue avenge retaliate hit strike kill".split())
_REVENGE = frozenset("retaliation revenge reprisal reprisals vengeance".split())
# A war carried on or further ("wage war", "take the fighting to the capital", "spread the war beyond"); ending one is
# no threat.
_WAGING = frozenset("wage carry take push bring spread extend escalate intensify expand widen continue launch declare "
                    "unleash start begin".split())
_WARS = frozenset("war conflict fighting battle offensive jihad hostility insurgency".split())


def _war_carried(acts: list[Any]) -> bool:
    """One of ``acts`` carries a war on or further ("carry the war into", "wage war on")."""
    return any(w.lemma_.lower() in _WAGING and any(o.dep_ == "dobj" and o.lemma_.lower() in _WARS for o in w.children)
               for w in acts)


_VOWED_NOT = Trigger("v", ("refuse",), (), "REJECT", None, None)


_DESCRIBING = frozenset({"amod", "appos", "acl", "relcl", "compound"})  # what describes a noun, not the clause's act


def _clause_words(tok: Any) -> list[Any]:
    """``tok`` and the words below it, leaving out what describes a noun ("the war-torn valley", "the valley, his
    flattest refusal yet"): those tell of the things named, not of what is done."""
    out = [tok]
    for child in tok.children:
        if child.dep_ not in _DESCRIBING:
            out += _clause_words(child)
    return out


def _hostile(clause: Any) -> bool:
    """The clause tells of force or a threat ("will not hesitate to strike")."""
    return any(w.lemma_.lower() in _HOSTILE_WORDS or getattr(match(w), "event", None) in _HOSTILE
               for w in _clause_words(clause) if w.pos_ == "VERB")


def vowed(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Vowed to reform the electoral law", "swore to respect the accord": a vow of a cooperative act is an intent
    to cooperate (CAMEO's 03, PLOVER's AGREE), a vow never to do it a refusal (REJECT), a vow to fight or punish a
    threat (the table's reading of the word)."""
    if table is None or table.event != "THREATEN" or len(table.lemmas) > 1 or \
            tok.lemma_.lower() not in ("vow", "swear"):
        return None
    said = [c for c in tok.children if c.dep_ == "ccomp"]
    if not any(c.dep_ == "xcomp" for c in tok.children) and said and not conditional(tok) and all(
            any(negates(g) or g.lower_ == "never" for g in c.children) and not _hostile(c) for c in said):
        return _VOWED_NOT  # "swore that she would never sign it": a refusal sworn
    wanted = [c for c in tok.children if c.dep_ == "xcomp"]
    if not wanted or conditional(tok) or any(conditional(c) for c in wanted):
        return None  # "vowed to respond if ...": a condition set to the other side is a threat
    if any(_staying_on(w) for w in wanted):
        return _VOWED_NOT  # "vowed to remain in power, calls to go notwithstanding": a refusal to yield (CAMEO 124)
    acts = [w for c in wanted for w in [c, *c.children] if w.pos_ == "VERB" or w.dep_ in ("dobj", "xcomp")] + \
        _means(wanted)  # "vowed to paralyse the country with a general strike"
    if any(o.lemma_.lower() in _REVENGE for c in wanted for p in c.children if p.dep_ == "prep" for o in p.children):
        return None  # "vowed to turn the port into rubble in retaliation": a threat
    if any(w.lemma_.lower() in _HOSTILE_WORDS or getattr(match(w), "event", None) in _HOSTILE for w in acts):
        return None
    if _war_carried(acts):
        return None  # "vowed to carry the war into the neighbouring country": a threat
    if any(negates(c) or c.lower_ == "never" for w in wanted for c in w.children):
        return _VOWED_NOT  # "swore never to sign the accord": a refusal sworn
    return _VOW


def _means(clauses: list[Any]) -> list[Any]:
    """What the clauses' acts are done "with" or "through" ("paralyse the country with a strike")."""
    return [o for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ in ("with", "through")
            for o in p.children if o.dep_ == "pobj"]


_PROMISING = frozenset("promise pledge".split())
_PROMISED_HARM = frozenset({"PROTEST", "ASSAULT"})
_PROMISED_THREAT = Trigger("v", ("threaten",), (), "THREATEN", None, None)


def promised_harm(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Promised a nationwide strike", "pledged to bring the capital to a halt with protests": a protest or an attack
    promised is threatened (CAMEO's 13), not an intent to cooperate."""
    if table is None or table.event != "AGREE" or len(table.lemmas) > 1 or tok.lemma_.lower() not in _PROMISING:
        return None
    wanted = [c for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp")]  # "promised X would respond ..."
    acts = [w for w in [*wanted, *_means(wanted)] if not any(negates(c) for c in w.children)]
    if wanted and (any(getattr(match(w), "event", None) in _PROMISED_HARM for w in acts) or _war_carried(acts)):
        return _PROMISED_THREAT  # "pledged to take the war across the border": a war promised
    return None


_HINTED_HARM = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})


def hinted_harm(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Hinted at imposing a trade ban on X", "hinted that it could use force": force or a penalty hinted at is a
    veiled threat (CAMEO's 13); a hint of anything else ("hinted that he would resign") is no event."""
    if table is not None or tok.pos_ != "VERB" or tok.lemma_.lower() != "hint":
        return None
    hinted = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children
              if o.dep_ in ("pobj", "pcomp")] + [c for c in tok.children if c.dep_ == "ccomp"]
    acts = [w for h in hinted for w in (h, *(c for c in h.children if c.dep_ in ("dobj", "xcomp")))
            if not any(negates(c) for c in w.children)]
    if any(getattr(match(w), "event", None) in _HINTED_HARM for w in acts):
        return _PROMISED_THREAT
    return None


_KEEPING_ON = frozenset("stay remain cling hang hold".split())
_POSTS = frozenset("power office post seat presidency throne helm position job".split())


_LAUNCHED = frozenset("missile missiles rocket rockets projectile projectiles".split())
_OPEN_WATER = frozenset("sea seas ocean waters coast coasts coastline".split())
_SHOWN = Trigger("v", ("fire", "test"), (), "MOBILIZE", "weapons", "military")  # as the table's "test-fired"


def fired_to_sea(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Fired two missiles into the sea", "launched rockets into the waters east of the peninsula": missiles fired
    into open water, at no one, show force (CAMEO's 150, PLOVER's MOBILIZE weapons), as a test-firing does."""
    if table is None or table.event != "ASSAULT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in ("fire", "launch"):
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _LAUNCHED for c in tok.children):
        return None
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if any(c.lower_ in ("at", "on", "against") and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                                                      for o in c.children) for c in preps):
        return None  # fired at a target ("on Tuesday" is a time)
    if any(c.lower_ in ("into", "off", "over", "toward", "towards", "in") and any(
            w.lemma_.lower() in _OPEN_WATER or w.lower_ in _OPEN_WATER for w in c.subtree) for c in preps):
        return _SHOWN
    return None


_SPANS_OF_TIME = frozenset("hour hours day days week weeks month months".split())
_DEADLINE = Trigger("v", ("give", "deadline"), (), "THREATEN", None, None)  # CAMEO 139, as the table's


def deadline_given(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Gave the rebels three months to join talks", "gave the rebels 48 hours to surrender", parsed with the span of
    time as the rebels' apposition or an adverb and its "to" clause as a relative one (the table's "give hour"
    reads the clause as the verb's): a deadline set, an ultimatum."""
    if table is not None or tok.lemma_.lower() != "give" or tok.pos_ != "VERB":
        return None
    spans = [a for o in tok.children if o.dep_ in ("dobj", "npadvmod") for a in (o, *o.children)
             if a.dep_ in ("dobj", "appos", "npadvmod") and a.lower_ in _SPANS_OF_TIME]
    until = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "until"
             for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")]
    if until and any(c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                     for c in tok.children):
        return _DEADLINE  # "gave the militia until the first of May to disarm": a date set, an ultimatum
    # the "to" clause on the date, which the parser took for a relative one ("until the end of the spring to name a
    # date for talks"); not a date to leave the country by, an order out (``sent_away``)
    if any(c.dep_ in ("relcl", "acl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           and not _leaving(c) for o in until for c in o.children):
        return _DEADLINE
    # "gave the rebels 48 hours to surrender" (a month given to leave the country is an order out, ``sent_away``)
    return _DEADLINE if any(c.dep_ in ("relcl", "acl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                            and not _leaving(c) for s in spans for c in s.children) else None


def staying_put(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Will stay in office until the end of his term despite the protests": keeping a post one is pressed to give
    up, said for the future against that pressure, is a refusal to yield (CAMEO 124), as the vow to is."""
    if table is not None or tok.pos_ != "VERB" or not _staying_on(tok):
        return None
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in tok.children)
    despite = any(w.dep_ == "prep" and w.lower_ in ("despite", "notwithstanding") for w in tok.subtree)
    return _VOWED_NOT if future and despite and not any(negates(c) for c in tok.children) else None


def _staying_on(verb: Any) -> bool:
    """"stay in power", "remain in office", "cling to power": keeping a post one is asked to give up."""
    return verb.lemma_.lower() in _KEEPING_ON and any(
        o.lemma_.lower() in _POSTS for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on", "to", "onto")
        for o in p.children if o.dep_ == "pobj")


# CAMEO's 16 (reduce relations): what is halted or cut (aid, ties, talks) and who is pulled out (envoys, monitors)
_DELAYING = frozenset("delay postpone".split())  # aid delayed is aid withheld for now
_STOPPING = frozenset("halt stop suspend cut freeze withhold reduce cancel curtail end abandon scale stall "
                      "halve".split()) | _DELAYING
_PULLING = frozenset("withdraw pull recall".split())
_FUNDS = frozenset("budget financial economic military development".split())
_TALK_WORDS = frozenset("mediation talk talks negotiation negotiations dialogue mediator".split())
# outsiders present by leave: pulled out, they reduce relations; let in, they are the manual's RETREAT
_PRESENCE = frozenset("peacekeeper peacekeepers observer observers monitor monitors inspector inspectors mission "
                      "envoy".split())
_ENVOY_WORDS = _PRESENCE | frozenset("diplomat diplomats embassy ambassador envoys contingent consul attache".split())


def _envoys(words: set[str]) -> bool:
    """The words name envoys: a diplomat or a mission, or a high commissioner (a Commonwealth state's ambassador;
    not a police commissioner)."""
    return bool(words & _ENVOY_WORDS) or {"high", "commissioner"} <= words


_CUT_AID = Trigger("v", ("cut",), (), "SANCTION", "discontinue", None)
# a treaty or a body of members left: the manual's SANCTION withdraw ("withdraw oneself ... from a group,
# mediation activity, organization"), not a retreat from ground
_COMPACTS = frozenset("treaty pact agreement accord deal convention protocol organisation organization alliance bloc "
                      "union league federation coalition commonwealth membership".split())
_ROUNDS = frozenset("round session day days weekend week series".split())  # a span of talks that ends in due course
_TAKING_PART = frozenset("participation part role presence attendance involvement".split())
_PLANS = frozenset("plan pledge promise offer decision programme program package".split())  # what was to be given
_FUNDING = frozenset("help assist aid finance fund".split())  # what a plan or package was to do
_HANDING_OUT = frozenset("release disbursement disbursal payment delivery transfer".split())
# CAMEO's 166 (expel or withdraw peacekeepers, inspectors, observers, aid agencies): outsiders sent away
_SENDING_AWAY = frozenset("order tell ask give force expel kick throw boot".split())
_LEAVING = frozenset("leave quit depart".split())
_GOING_HOME = frozenset("go fly return head".split())  # "told the envoys to go home"


def _leaving(word: Any) -> bool:
    """``word`` tells of leaving: "leave", "depart", or going "home"."""
    lemma = word.lemma_.lower()
    return lemma in _LEAVING or (lemma in _GOING_HOME and any(c.lower_ == "home" for c in word.children))


_KEEPING_OUT = frozenset("bar ban".split())
_INSPECTING = frozenset("inspector inspectors investigator investigators monitor monitors observer observers".split())
_AID_BODIES = frozenset("aid relief humanitarian charity charities".split())
_STAFF = frozenset("staff employee employees worker workers personnel team".split())
_TROOPS = frozenset("troops soldiers forces".split())  # "the UN troops": peacekeepers
_INTERNATIONAL = frozenset("u.n. un united nations international".split())  # not "foreign workers": migrants
_FROM_ABROAD = frozenset("foreign expatriate expat".split())  # staff a body brought in, which it may pull out
_SENT_WORDS = frozenset({"inspection", "monitoring", "d'affaires", "affaires"})  # "the charge d'affaires", "the
# inspection team", "the head of the monitoring team"
_SENT_AWAY = Trigger("v", ("expel",), (), "SANCTION", "expel", "diplomatic")
_CUT_TIES = Trigger("v", ("cut",), (), "SANCTION", "withdraw", "diplomatic")


def cut_off(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Halted its development assistance", "froze high-level contacts", "pulled its monitors out", "withdrew as
    mediator", "withdrew from the treaty", "delayed the disbursement of a loan": aid, ties or talks stopped (aid
    delayed too), envoys or peacekeepers withdrawn, and a treaty or a body of members left reduce relations (CAMEO's
    16, PLOVER's SANCTION), where the table has no entry naming the object (its "withdraw" alone is a retreat). A
    round of talks ended was held, not broken off."""
    lemma = tok.lemma_.lower()
    phrase = table is not None and len(table.lemmas) > 1
    if tok.pos_ != "VERB" or (phrase and table.event not in ("RETREAT", "REQUEST")):
        return None  # the table's own phrases stand, but for a retreat's ("pulled out" of a role is no retreat) and a
        # call's ("called back its envoy" is no call for anything); the table's word alone ("suspended") is read
        # here too, so that aid or ties stopped are settled against the PLOVER head
    if lemma == "call" and any(c.lower_ == "back" for c in tok.children if c.dep_ in ("prt", "advmod")):
        lemma = "recall"  # "is calling its ambassador back"
    elif lemma not in _STOPPING and lemma not in _PULLING:
        return None
    if lemma == "end" and any(c.dep_ == "dobj" and c.lemma_.lower() in _ROUNDS for c in tok.children):
        return None  # "ended a round of talks": the round is over, the talks held; no talks broken off
    words = object_words(tok)
    words |= {w.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _HANDING_OUT
              for w in c.subtree}  # "delayed the disbursement of a loan": what was to be paid out
    for plan in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _PLANS):
        words |= {w for a in plan.children if a.dep_ in ("acl", "relcl") for w in object_words(a)}  # "plans to give
        # aid"; "its offer to help the victims", "a package that would have financed roads": aid that was to come
        words |= {"aid" for a in plan.children if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in _FUNDING}
    words |= {w.lemma_.lower() for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _TAKING_PART
              for w in c.subtree}  # "cancelled its participation in a round of talks": what it takes part in
    talks = bool(words & _TALK_WORDS) or any(w.startswith("mediat") for w in words)  # "its mediating role"
    if lemma in _PULLING and words & AID_WORDS and any(c.dep_ == "dobj" and c.lemma_.lower() in _PLANS
                                                       for c in tok.children):
        return _CUT_AID  # "withdrew its offer of aid": aid that was to come cut
    if lemma in _PULLING:
        return _CUT_TIES if talks or _envoys(words) or _left_compact(tok) or (
            words & _STAFF and words & (_INTERNATIONAL | _FROM_ABROAD)) else None  # "withdrew its international
        # staff from the country": an aid body or a mission pulling out (CAMEO 1663)
    if words & AID_WORDS or ("support" in words and words & _FUNDS):  # "froze budget support"
        return _CUT_AID
    if lemma in _DELAYING:
        return None  # talks put off are still to be held
    if words & _SUPPLIES and _to_a_state(tok):
        return _CUT_SUPPLIES  # "cut oil deliveries to its neighbour by half", "cut off power to Riga": trade cut
    return _CUT_TIES if talks or words & TIE_WORDS else None


# what one state sells or sends another, whose flow cut or halved reduces relations (CAMEO's 160)
_SUPPLIES = frozenset("gas oil electricity power fuel energy supply supplies export exports shipment shipments "
                      "transit".split())
_CUT_SUPPLIES = Trigger("v", ("cut",), (), "SANCTION", None, "economic")


def _to_a_state(verb: Any) -> bool:
    """What the verb stops went "to" a country ("to Latvia"; "to its neighbour" is not named, so no)."""
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        o.dep_ == "pobj" and (o.ent_type_ == "GPE" or country_index().find(o.text)) for o in p.children)
        for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in h.children)


def _left_compact(verb: Any) -> bool:
    """"Withdrew from the treaty", "pulled out of the trade bloc": what is left, with nothing withdrawn from it
    (no troops), is a compact or a body of members."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    left = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for o in p.children
            if o.dep_ == "pobj"]
    left += [o for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for p in c.children
             if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]  # "out of", parsed as one phrase
    return any(o.lemma_.lower() in _COMPACTS for o in left)


def sent_away(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Ordered the UN inspectors out", "told aid groups to wrap up and leave", "asked the envoy to leave", "expelled a
    dozen aid agencies", "barred two diplomats": outsiders present by leave (monitors, inspectors, peacekeepers,
    envoys, aid bodies, international staff or troops) sent away or kept out reduce relations (CAMEO's 166, PLOVER's
    SANCTION expel), as an "expulsion of" them ordered does; inspectors barred are the table's refusal of access.
    Other people ordered to leave a country are deported (CAMEO's 174), as the table's "expel" reads."""
    lemma = tok.lemma_.lower()
    kept_out = _direct_object_words(tok) if tok.pos_ == "VERB" and lemma in _KEEPING_OUT else set()
    if kept_out & _ENVOY_WORDS and not kept_out & _INSPECTING:  # inspectors barred: the table's refusal of access
        return _SENT_AWAY  # "banned two British envoys": envoys kept out, as those sent away
    if tok.pos_ == "NOUN" and lemma == "expulsion" and (table is None or table.event != "SANCTION"):
        expelled = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj"]  # "ordered the expulsion of two aid workers"
        return _SENT_AWAY if _outsiders(tok, expelled) else None
    if tok.pos_ != "VERB" or lemma not in _SENDING_AWAY or (table is not None and table.event == "SANCTION"):
        return None
    if lemma != "expel" and not any(c.lower_ == "out" for c in tok.children if c.dep_ in ("prt", "advmod", "prep")) \
            and not any(g.lower_ == "out" and g.dep_ == "prep" for c in tok.children if c.dep_ == "dobj"
                        for g in c.children) \
            and not any(_leaving(w) for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") for w in c.subtree) \
            and not any(_leaving(w) and any(a.lower_ == "to" for a in w.children if a.dep_ == "aux")
                        for c in tok.children if c.dep_ in ("dobj", "prep") for w in c.subtree):
        return None  # "ordered an inquiry": nobody sent away (the parse may hang "to leave" on the object's clause,
        # or on the date of "gave the monitors until June to leave")
    sent = [o for o in tok.children if o.dep_ in ("dobj", "dative")]
    if _outsiders(tok, sent):
        return _SENT_AWAY
    if any(people_word(q) for o in sent for q in (o, *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                                      for g in p.children))) and _country_left(tok):
        return _DEPORTED  # "ordered all foreign workers to leave the country": people deported (CAMEO's 174)
    return None


_DEPORTED = Trigger("v", ("deport",), (), "COERCE", "deport", None)
_DEPLORED = Trigger("v", ("deplore",), (), "ACCUSE", "disapprove", None)
_OWN_WORDS = frozenset("its their our his her my own".split())


def others_regretted(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Expressed regret over statements against it by the neighbour's officials", "regretted the remarks made by
    the opposition leader", "regret at X's decision": regret at what another party did or said is disapproval
    (CAMEO's 111), not an apology; regret with no one else named ("over the suffering caused") stays one."""
    if table is None or table.event != "CONCEDE" or "regret" not in table.lemmas or tok.pos_ != "VERB":
        return None
    said_of = [t for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
    doers = [o for t in said_of if t.dep_ == "agent" for o in t.children if o.dep_ == "pobj"]
    doers += [t for t in said_of if t.dep_ == "poss" and t.pos_ == "PROPN"]
    aimed = any(t.dep_ == "pobj" and t.head.lower_ == "against" and t.lower_ in ("it", "them", "us") for t in said_of)
    others = [d for d in doers if someone(d) and not any(w.lower_ in _OWN_WORDS for w in d.subtree)]
    return _DEPLORED if others or aimed else None


_FORCED_BACK = frozenset("return send push repatriate".split())
_FORCIBLY = frozenset("forcibly forcefully forcedly".split())


def forced_back(tok: Any) -> Trigger | None:
    """"Forcibly returned 200 refugees to the country they fled", "forcibly repatriated the migrants": people sent
    back against their will are deported (CAMEO's 174), not released or handed back as a concession."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _FORCED_BACK or not any(
            c.dep_ == "advmod" and c.lower_ in _FORCIBLY for c in tok.children):
        return None
    sent = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return _DEPORTED if any(people_word(o) or counted(o) for o in sent) else None


def pushed_back(tok: Any) -> Trigger | None:
    """"Pushed back 300 refugees", "turned back thousands of migrants at the frontier": people of no armed body
    driven back from a border they tried to cross are deported (CAMEO's 174), unlike forces pushed back in a fight."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _TURNING_BACK or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
        return None
    sent = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return _DEPORTED if any((o.lemma_.lower() in _UNARMED_COMERS or (counted(o) and any(
        w.lemma_.lower() in PEOPLE | _UNARMED_COMERS for w in o.subtree))) for o in sent) else None


_TURNING_BACK = frozenset("push turn send drive".split())
# those who come to a border unarmed: people fleeing or seeking a living, not fighters
_UNARMED_COMERS = frozenset("refugee migrant asylum-seeker seeker people civilian family villager worker "
                            "immigrant".split())


def pushed_across(tok: Any) -> Trigger | None:
    """"Border guards pushed 40 people across the frontier", "drove the migrants back over the border": people
    forced over a border are deported (CAMEO's 174), not a force moved (the table's "push" is an advance)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _PUSHING or not any(
            p.dep_ == "prep" and p.lower_ in ("across", "over") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _BORDERS for o in p.children) for p in tok.children):
        return None
    sent = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return _DEPORTED if any(o.lemma_.lower() in PEOPLE or counted(o) or any(
        c.dep_ == "nummod" for c in o.children) for o in sent) else None


_PUSHING = frozenset("push drive force".split())
_BORDERS = frozenset("border frontier boundary".split())


def blamed_for_harm(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Said that the neighbour was behind the attack", "believes state agents were behind the arson": naming who
    is behind an attack, a plot or unrest accuses them (CAMEO's 112, PLOVER ACCUSE allege). Not one's own part
    ("says he was behind the raid": a claim of it), which names no one else."""
    if table is not None or tok.pos_ != "VERB" or tok.lemma_.lower() not in _SAYING_BLAME:
        return None
    for clause in behind_clauses(tok):
        blamed = [s for s in clause.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
        if blamed and any(p.dep_ == "prep" and p.lower_ == "behind" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _HARMS for o in p.children) for p in clause.children):
            return _BLAMED
    return None


_SAYING_BLAME = frozenset("say believe claim state insist suspect allege tell add think declare announce "
                          "charge maintain".split())
_HARMS = frozenset("attack bombing blast explosion killing murder assassination massacre arson violence unrest "
                   "turmoil riot plot coup kidnapping abduction raid shooting ambush incursion".split())
_BLAMED = Trigger("v", ("blame",), (), "ACCUSE", "allege", None)

_PARDONED = Trigger("v", ("pardon",), (), "RETREAT", "release", "legal")
_INMATES = frozenset("prisoner detainee inmate convict".split())


def pardoned_many(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Pardoned 2,500 inmates on the holiday", "pardoned 60 people held since the strike": those pardoned by the
    hundred, or prisoners, are set free (CAMEO's 0841, PLOVER RETREAT release); a pardon granted to one person
    ("pardoned his former rival") eases a sanction on him (081, the table's CONCEDE)."""
    if table is None or table.event != "CONCEDE" or tok.lemma_.lower() != "pardon" or tok.pos_ != "VERB":
        return None
    freed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return _PARDONED if any(o.lemma_.lower() in _INMATES or counted(o) or any(
        c.dep_ == "nummod" and c.like_num for c in o.children) for o in freed) else None


def _country_left(verb: Any) -> bool:
    """The leaving told under ``verb`` is of a country ("to leave Libya", "to leave the country")."""
    return any(_leaving(w) and any(c.dep_ == "dobj" and (c.ent_type_ == "GPE" or c.lemma_.lower() == "country")
                                   for c in w.children)
               for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") for w in c.subtree)


def _outsiders(word: Any, sent: list[Any]) -> bool:
    """Those ``sent`` away are present by leave: envoys, monitors, aid bodies, international staff, or another
    state's agency or forces."""
    words = {form for o in sent for w in o.subtree for form in (w.lower_, w.lemma_.lower())}
    bodies = [phrase_sector(o) for o in sent]  # "ordered Medecins Sans Frontieres out"
    if words & (_ENVOY_WORDS | _SENT_WORDS | _AID_BODIES) or (
            words & (_STAFF | _TROOPS) and words & _INTERNATIONAL) or any(
            body is not None and body.code in ("IGO", "NGO") for body in bodies):
        return True
    # "asked the US drug agency to leave the country": another state's body sent away
    return any(body is not None and body.code in _STATE_BODIES for body in bodies) and _foreign(word, sent, bodies)


_STATE_BODIES = STATE_FORCES | {"GOV", "SPY"}


def _foreign(verb: Any, sent_off: list[Any], bodies: list[Any]) -> bool:
    """The state bodies sent away are named as another country's than the subject's ("Chad told the French
    military mission to go")."""

    def countries(heads: list[Any]) -> set[str]:
        return {m.iso3 for h in heads for m in country_index().find(" ".join(t.text for t in h.subtree))}

    theirs = countries([o for o, body in zip(sent_off, bodies, strict=True) if body is not None])
    ours = countries([c for c in verb.children if c.dep_ == "nsubj"])
    return bool(theirs) and bool(ours) and not theirs & ours


# CAMEO's 064 (share intelligence or information): records, names or intelligence passed to another's officials
_PASSING = frozenset("provide pass hand give supply forward turn exchange swap".split())  # "swapped lists"
_INFORMATION = frozenset("information intelligence name names record records data evidence detail details file files "
                         "document documents list lists".split())  # "handed over a list of the prisoners it holds"
_INFORMED = Trigger("v", ("share",), (), "COOPERATE", None, "intelligence")


def information_shared(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Provided French investigators with the names of suspects", "passed information on a planned attack to US
    authorities", "handed over bank records to investigators": information shared (CAMEO's 064, PLOVER's
    COOPERATE), where the table reads the verb alone as a hand-over, aid or nothing."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _PASSING or (
            table is not None and len(table.lemmas) > 1 and table.lemmas[1:] != ("over",)):
        return None  # the table's own phrases stand, but for a hand-over
    if tok.lemma_.lower() == "turn" and not any(c.lower_ == "over" for c in tok.children if c.dep_ == "prt"):
        return None
    with_ = {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
             if g.dep_ == "pobj"}  # "provided investigators with the names"
    return _INFORMED if (_direct_object_words(tok) | with_) & _INFORMATION else None


# CAMEO's 145 (protest violently, riot): a gathering that "turned violent", "erupted into clashes", "ended in
# rioting" is a riot, whatever the gathering was called
_GATHERINGS = frozenset("protest demonstration rally march procession gathering meeting crowd funeral vigil sit-in "
                        "strike demonstrator protester protestor marcher mourner".split())
_BREAKING_INTO = frozenset("turn erupt descend degenerate spiral dissolve explode deteriorate escalate boil "
                           "end".split())
_VIOLENCE = frozenset("violence riot riots rioting clash clashes chaos mayhem melee fighting battle battles brawl "
                      "bloodshed skirmish skirmishes".split())
_VIOLENT = frozenset("violent bloody ugly chaotic deadly".split())
RIOTED = Trigger("v", ("riot",), (), "PROTEST", "riot", None)


def turned_violent(tok: Any) -> Trigger | None:
    """"The rally turned violent", "a funeral procession erupted into clashes with police", "the march ended in
    rioting": the gathering became a riot (CAMEO's 145), which the clause tells on its verb; the gathering's own
    noun is that riot's, not a peaceful protest beside it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _BREAKING_INTO or not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _GATHERINGS for c in tok.children):
        return None
    into = ("in",) if tok.lemma_.lower() == "end" else ("into",)
    if any(c.dep_ == "prep" and c.lower_ in into and any(
            o.dep_ == "pobj" and o.lower_ in _VIOLENCE for o in c.children) for c in tok.children):
        return RIOTED
    if tok.lemma_.lower() != "end" and any(
            c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in _VIOLENT for c in tok.children):
        return RIOTED
    return None


# Setting out for a place: "left for", "sailed to", "set off for", "took off for"
_SETTING_OUT = frozenset("leave depart sail fly head set take".split())
_REACHING = frozenset("reach enter dock land".split())  # a carrier's arrival, as "arrive" (``senses``)
_AID_SENT = Trigger("v", ("send",), (), "AID", None, "humanitarian")
_LOADING = frozenset("pack load fill stuff cram".split())  # "a truck loaded with tents left for X": the parser makes
# the load's verb the clause, and the setting out its adverbial


def aid_under_way(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Ships with relief supplies have left for the coast", "a plane carrying tents took off for the north": aid
    on its way to a place is aid sent (CAMEO's 07), as aid that arrived, reached, entered or docked is (and
    ``senses``' reading of "arrive")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _REACHING and table is None:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None  # "permission for relief convoys to enter": let in (``yielded``), not yet delivered
        return _AID_SENT if any(brings_aid(tok, carrier) for carrier in _carriers(tok)) else None  # "an aid
        # convoy entered the capital", "a ship carrying relief supplies docked in the port": aid delivered
    if tok.pos_ != "VERB" or lemma not in _SETTING_OUT or table is not None:
        return None
    if lemma in ("set", "take") and not any(c.dep_ == "prt" and c.lower_ in ("off", "out") for c in tok.children):
        return None  # "set up", "took over"
    if lemma not in ("leave", "depart") and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "to", "towards", "toward") for c in tok.children):
        return None  # "headed the delegation": no place set out for (trucks of food that "left the capital" did)
    loaded = [tok, tok.head] if tok.dep_ in ("advcl", "conj") and tok.head.lemma_.lower() in _LOADING else [tok]
    return _AID_SENT if any(brings_aid(verb, carrier) for carrier in _carriers(tok) for verb in loaded) else None


def _carriers(verb: Any) -> list[Any]:
    """What sets out: the verb's subject, else what the small parser hung it on: the subject of the verb it made
    it a clause of, or the nouns above it where it made it describe a noun ("convoys carrying tons of aid set out
    for X", with "set" describing the tons)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects
    if verb.dep_ in ("advcl", "conj"):
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [a for a in list(verb.ancestors)[:3] if a.pos_ in ("NOUN", "PROPN")] if verb.dep_ == "acl" else []


def handed_to_state(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Handed the militia's leader to its neighbour": a person handed to another state without "over" (which the
    table's "hand over" reads, ``senses.by_whom``) is extradited too: judicial cooperation (CAMEO's 063)."""
    if table is not None or tok.pos_ != "VERB" or tok.lemma_.lower() != "hand":
        return None
    return EXTRADITED if handed_to_a_state(tok) else None


_HELPING = frozenset("help assist".split())
_HELPED_HOLD = Trigger("v", ("help",), (), "COOPERATE", None, None)


def helped_to_arrest(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Border guards helped the neighbour's police detain two fugitives": helping another's forces arrest someone
    is cooperation in enforcing the law (CAMEO's 063, PLOVER's COOPERATE), not aid, which the table reads the
    bare verb as."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HELPING or (table is not None and len(table.lemmas) > 1):
        return None
    done = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")] + [
        g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pcomp"]
    return _HELPED_HOLD if any((found := match(c)) is not None and found.mode == "arrest" for c in done) else None


# "Gave a cautious welcome to the accord": a welcome given to a thing endorses it (CAMEO's 051), as "welcomed the
# accord" does; one given to a guest hosts a visit (043), as "welcomed the president" does (``senses``)
_GIVING_WELCOME = frozenset("give extend accord offer".split())
_WELCOMED = Trigger("v", ("welcome",), (), "SUPPORT", None, None)
_GUEST_WELCOMED = Trigger("v", ("welcome",), (), "CONSULT", "visit", "diplomatic")


def welcome_given(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Has given a cautious welcome to the deal": the welcome is the act, the deal what it endorses."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _GIVING_WELCOME or table is not None:
        return None
    welcome = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "welcome"), None)
    if welcome is None:
        return None
    given_to = [g for h in (tok, welcome) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                for g in p.children if g.dep_ == "pobj"]
    return _GUEST_WELCOMED if any(g.ent_type_ == "PERSON" or g.lemma_.lower() in GUESTS for g in given_to) \
        else _WELCOMED


# RETREAT as the manual defines it: "allowing the entry of observers, peacekeepers, or humanitarian workers", "the
# return of confiscated property", disarming, a ceasefire, ceding territory (CAMEO's 084-087)
_LET_IN = frozenset("allow let permit grant open reopen receive admit".split())
_OUTSIDERS = _PRESENCE | frozenset("aid relief supplies convoy convoys shipment shipments deployment agency agencies "
                                   "team worker workers".split())
_GIVE_BACK = frozenset("return restore release free".split())  # "released the hijacked freighter"
_PROPERTY = frozenset("property properties land lands farm farms asset assets building buildings ownership rig rigs "
                      "ship ships vessel vessels aircraft plane planes church churches island islands freighter "
                      "freighters tanker tankers trawler trawlers boat boats document documents archive archives "
                      "artefact artefacts artifact artifacts".split())
_HAND = frozenset("hand surrender give cede".split())
_REMAINS = frozenset("body bodies remains corpse corpses".split())
_GROUND = frozenset("position positions town city base bases territory post posts village villages".split())
_ARMS = frozenset("weapon weapons arm arms arsenal rifle rifles gun guns".split())
_HALT = frozenset("halt stop suspend end cease call declare announce observe".split())
_HOSTILITIES = frozenset("raid raids attack attacks bombing bombings shelling offensive hostilities fighting ceasefire "
                         "truce".split())  # not "strike": a strike called off is a concession
# "suspended military operations": operations halted are hostilities when they are military ones
_OPERATIONS = frozenset("operation operations campaign".split())
_MILITARY = frozenset("military combat offensive armed air ground".split())
_STRIKES_FROM = frozenset("air missile drone artillery military".split())  # "suspended its air strikes" (no walkout)
# "stopped bombing rebel positions": an attack the verb's clause stops doing (not "stopped striking": a strike)
_STOPPING_WORDS = frozenset("halt stop cease suspend".split())
_ATTACKING = frozenset("bomb shell attack fight raid bombard pound fire".split())
_CROSSINGS = frozenset("crossing crossings border borders checkpoint checkpoints corridor corridors passage".split())
_RECEIVING = frozenset("welcome host".split())  # "welcomed 1,500 peacekeepers", "hosted the deployment of UN troops"
_OBSTACLES = frozenset("roadblock roadblocks checkpoint checkpoints barricade barricades blockade siege cordon".split())
_CLEARING = frozenset("remove dismantle clear".split())
_FORCE_WORDS = frozenset("deployment deployments troops forces presence contingent brigade brigades battalion "
                         "battalions garrison".split())
_THINNING = frozenset("scale reduce cut draw thin".split())
_CLEARED = Trigger("v", ("lift", "blockade"), (), "RETREAT", "withdraw", "military")
_THINNED = Trigger("v", ("withdraw",), (), "RETREAT", "withdraw", "military")
_LEFT = Trigger("v", ("leave",), (), "RETREAT", "withdraw", "military")
# What a state gives that lets someone in ("gave approval for relief convoys to reach the towns").
_PERMITS = frozenset("approval permission go-ahead clearance authorization authorisation consent".split())
_GOODS = frozenset("aid relief supplies shipment shipments convoy convoys".split())  # what is let in or received
_QUITTING = frozenset("leave abandon vacate quit".split())  # "the militia abandoned the barracks it had held"
_YIELDING_VERBS = _LET_IN | _GIVE_BACK | _HAND | _HALT | _RECEIVING | _CLEARING | _THINNING | _QUITTING | {
    "give", "lay", "accept", "order"}
_LET_IN_TRIGGER = Trigger("v", ("allow",), (), "RETREAT", "access", None)
_RETURNED = Trigger("v", ("return",), (), "RETREAT", "return", None)
_CEDED = Trigger("v", ("cede",), (), "RETREAT", "withdraw", "military")
_DISARMED = Trigger("v", ("disarm",), (), "RETREAT", "disarm", "military")
_CEASED = Trigger("v", ("halt",), (), "RETREAT", "ceasefire", "military")


def yielded(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Let a UN relief convoy pass", "granted the agency access", "accepted the deployment of peacekeepers",
    "reopened its crossings", "returned the seized rigs", "released the hijacked freighter", "handed over their
    positions", "handed in their weapons", "called a ceasefire", "halted its air raids", fighters that "left the
    town": what the manual's RETREAT names, told by the verb's object where the table reads the verb alone (a
    concession, a call, a suspension)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in _YIELDING_VERBS or (
            table is not None and len(table.lemmas) > 1 and table.event != "CONCEDE"):
        return None
    words = object_words(tok)
    particle = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    direct = _direct_object_words(tok)
    let_in = lemma in _LET_IN or (lemma == "give" and bool(direct & (_PERMITS | {"access"})))
    if lemma == "receive" and not words & (_OUTSIDERS - _GOODS):
        let_in = False  # "received a shipment of fuel from X": goods taken in are aid received, no one let in
    if (let_in and (words & _OUTSIDERS or "access" in direct)) or (
            lemma in _RECEIVING | {"accept"} and (direct | words if lemma == "accept" else direct) & (
            _PRESENCE | {"deployment"})):
        return _LET_IN_TRIGGER  # "accepted the deployment of peacekeepers", "granted the agency access": let in
    if lemma in _QUITTING and _a_place_left(tok) and _armed(tok):
        return _LEFT  # "the last of the fighters left the town": a withdrawal from it
    if lemma in _CLEARING and direct & _OBSTACLES and _armed_or_state(tok):
        return _CLEARED  # "troops removed the roadblocks": a blockade eased (students clearing barricades concede)
    if lemma in _THINNING and direct & _FORCE_WORDS and (lemma not in ("draw", "scale") or any(
            c.lower_ in ("down", "back") for c in tok.children if c.dep_ == "prt")) and not conditional(tok):
        return _THINNED  # "scaled down its deployment", "reduced its troops", "drew down its forces" (not "scaled up")
    if lemma == "reopen" and direct & _CROSSINGS:
        return _LET_IN_TRIGGER  # "reopened its crossings with the Strip": a blockade eased
    if (lemma in _GIVE_BACK or (lemma in ("hand", "give") and "back" in particle)) and (
            direct if lemma in ("release", "free") else words) & _PROPERTY:
        return _RETURNED  # "freed the hostages in a raid on the farm" frees people, not the farm
    if lemma == "hand" and _direct_object_words(tok) & _REMAINS:
        return _RETURNED  # "handed over the bodies of two soldiers": the dead given back (CAMEO 0842)
    if lemma in _HAND and words & _GROUND and not words & _OUTSIDERS:
        return _CEDED
    if (lemma in _HAND or lemma == "lay") and words & _ARMS:
        return _DISARMED
    if lemma in _HALT and (direct & _HOSTILITIES or (direct & _OPERATIONS and direct & _MILITARY) or (
            direct & {"strike", "strikes"} and direct & _STRIKES_FROM)):
        return _CEASED  # what is halted is the object itself: not "suspended talks after a series of attacks"
    if lemma in _STOPPING_WORDS and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in _ATTACKING
                                        for c in tok.children):
        return _CEASED  # "stopped bombing rebel positions", "ceased firing"
    if lemma in _HALT | {"order"} and direct & _A_HALT and (words & _HOSTILITIES or (
            words & _OPERATIONS and words & _MILITARY)):
        return _CEASED  # "ordered a halt to offensive operations", "called an end to the shelling"
    return None


_A_HALT = frozenset("halt end stop suspension cessation".split())  # nouns of an act stopped ("a halt to ...")


# Places forces hold and leave ("left the town", "has left the base").
_HELD_PLACES = frozenset("town city village area region province district base camp capital airport port zone enclave "
                         "territory stronghold positions position garrison outpost valley island building hotel "
                         "compound headquarters barracks barrack checkpoint".split())


def _a_place_left(verb: Any) -> bool:
    """The verb's direct object is a place (a named one, or a word for a place forces hold)."""
    return any(o.dep_ == "dobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in _HELD_PLACES)
               for o in verb.children)


def _subject(verb: Any) -> tuple[Any, str | None]:
    """The verb's subject and its sector's code (None where the dictionary names none); a verb of onset lends its
    own ("troops have begun leaving the island")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _ONSET | {"continue"}:
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    found = phrase_sector(subject) if subject is not None else None
    return subject, found.code if found is not None else None


def _armed(verb: Any) -> bool:
    """The verb's subject is armed forces or an armed group ("the last of the fighters", "government troops"), or
    troops of a body the dictionary places no sector on ("the last UN peacekeepers")."""
    subject, code = _subject(verb)
    return code in ("MIL", "REB") or (subject is not None and subject.lemma_.lower() in _SOLDIERS)


_SOLDIERS = frozenset("peacekeeper soldier troop marine".split())


def _armed_or_state(verb: Any) -> bool:
    """The verb's subject is a state, its forces or an armed group ("Ethiopian troops", "the government")."""
    subject, code = _subject(verb)
    return code in ("MIL", "COP", "GOV", "REB") or (subject is not None and subject.ent_type_ == "GPE")


# Nouns that count or group what their "of" names: "a string of envoys" names envoys.
_GROUPING = frozenset("string number group handful host couple series batch dozen dozens score scores".split())


def _direct_object_words(tok: Any) -> set[str]:
    """The lemmas of a verb's direct objects (or a passive's subject) and their modifiers: "halted its air raids";
    through a word that counts them ("barred a string of envoys")."""
    objects = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects if o.lemma_.lower() in _GROUPING for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # as lemmas and as written: the small model lemmatises "the crossing" as the verb "cross"
    return {f for o in objects for w in [o, *(m for m in o.children if m.dep_ in ("compound", "amod"))]
            for f in (w.lemma_.lower(), w.lower_)}


_ANYONE = frozenset("people person one anyone everyone nobody someone customer customers user users".split())
REFUSAL = Trigger("v", ("refuse",), (), "REJECT", None, None)
# "take part in talks", "attend a summit", "proceed with the talks": meetings one may refuse to go on with
_PARTAKING = frozenset("take attend join participate go proceed continue resume return".split())


_INTENTIONS = frozenset("intention intent plan plans desire wish".split())
_SELF_RULED = frozenset("region republic territory province enclave".split())  # "the breakaway region will not ..."


def _had_none(tok: Any) -> bool:
    """A refusal told by "no" on what one has: "has no plans to resume the talks", "has no intention of lifting the
    ban"; for talks themselves, said of the future ("would have no talks with the gangs"; "hold talks" is the table's
    own phrase, read as its word says)."""
    if tok.lemma_.lower() != "have":
        return False
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in tok.children)
    for had in (c for c in tok.children if c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children)):
        if had.lemma_.lower() in _INTENTIONS and any(g.dep_ in ("prep", "acl") for g in had.children):
            return True
        if future and (m := match(had)) is not None and m.event == "CONSULT":
            return True
    return False


# what "would not ..." tells of a speaker, not of a refusal: "would not comment", "would not say"
_NOT_REFUSED = frozenset("be have comment say disclose confirm elaborate speculate reveal specify identify name "
                         "discuss give tell know rule happen last need seem appear expect".split())


STEPPING_ASIDE = Trigger("v", ("step", "aside"), (), "AGREE", None, "political_institutions")  # CAMEO 0341
_CANDIDACY = frozenset("seek run stand contest".split())
_TERMS = frozenset("re re-election reelection election elections term office presidency poll polls vote".split())


def stepping_aside(tok: Any) -> Trigger | None:
    """"Will not seek re-election", "would not run in the elections", "will not stand for another term": a leader
    who says he will not run again pledges to leave (CAMEO 0341, intent to change leadership), no refusal."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _CANDIDACY or not will_not(tok):
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "for") for o in p.children
                if o.dep_ == "pobj"]
    return STEPPING_ASIDE if any(o.lemma_.lower() in _TERMS for o in objects) else None


def kept_out(tok: Any) -> Trigger | None:
    """"Prevented the villagers from crossing the bridge", "stopped the reporters from leaving": people kept
    from crossing, going in or out have their movement restricted (CAMEO 172, PLOVER COERCE restrict), no act
    halted."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _KEEPING or (tok.dep_ == "advcl" and tok.tag_ == "VBG"):
        return None  # "lay down before the lorries, preventing them from entering": what an act led to
    kept = [o for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for o in (c, *(
        g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"))]
    going = any(g.lemma_.lower() in _GOING for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.children if g.dep_ == "pcomp")
    named = [o for o in kept if people_word(o) and o.lower_ not in PERSONAL]  # not "them": the trucks, maybe
    if not going or not named or any(o.lemma_.lower() in _OUTSIDERS for o in kept):
        return None  # inspectors or monitors kept out are refused access (a rejection), not restricted
    return KEPT_OUT


KEPT_OUT = Trigger("v", ("bar",), (), "COERCE", "restrict", None)
_KEEPING = frozenset("stop prevent bar block keep".split())
_GOING = frozenset("enter cross leave reach travel return land go come flee attend board".split())


def outlawed(tok: Any) -> Trigger | None:
    """"Declared the students' union unlawful", "proclaimed the party a banned organisation": a body outlawed by
    those who rule is banned (CAMEO 1722, PLOVER COERCE), whatever noun the head would read the sentence by."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("declare", "proclaim"):
        return None
    parts = [c for c in tok.children if c.dep_ in ("ccomp", "oprd", "dobj", "xcomp")]
    bodies = [w for c in parts for w in c.subtree if w.lemma_.lower() in _BODIES or w.ent_type_ == "ORG"]
    banned = any(w.lemma_.lower() in _UNLAWFUL for c in parts for w in c.subtree)
    return OUTLAWED if bodies and banned else None


OUTLAWED = Trigger("v", ("ban",), (), "COERCE", "restrict", None)
_BODIES = frozenset("party movement group organisation organization union front militia association".split())
_UNLAWFUL = frozenset("illegal unlawful outlawed banned terrorist".split())


def ordered_closed(tok: Any) -> Trigger | None:
    """"Ordered the crossings closed", "ordered the border sealed": a way shut by order restricts movement (CAMEO
    172, PLOVER COERCE restrict); the order is the act, the orderer its doer."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("order", "direct"):
        return None
    told = [c for c in tok.children if c.dep_ in ("ccomp", "oprd", "xcomp")] + [
        a for c in tok.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "acl"]  # "the border sealed"
    shut = [c for c in told if c.lemma_.lower() in ("close", "shut", "seal") and c.tag_ in ("VBN", "VBD")]
    if not shut:
        return None
    closed = {w.lemma_.lower() for c in shut for w in (*c.children, c.head, *c.head.children)}
    return MISSION_CLOSED_BY_ORDER if closed & _MISSIONS else CLOSED_BY_ORDER  # a consulate ordered shut: ties cut


MISSION_CLOSED_BY_ORDER = Trigger("v", ("order", "close"), (), "SANCTION", "withdraw", "diplomatic")  # CAMEO 161
_MISSIONS = frozenset("embassy consulate mission legation".split())
CLOSED_BY_ORDER = Trigger("v", ("order", "close"), (), "COERCE", "restrict", None)  # the order names the closing


def government_dismissed(tok: Any) -> Trigger | None:
    """"Sacked the cabinet as the strikes spread", "dismissed the premier under pressure": a leader who drops
    his government or premier while pressed to gives way on who governs (CAMEO 0831, accede to demands for a
    change in leadership), no refusal and no shot; so does one who "accepted the resignation" of his premier after
    riots. Without pressure told, a reshuffle is no event."""
    if tok.pos_ != "VERB":
        return None
    resignation = tok.lemma_.lower() == "accept" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "resignation" for c in tok.children)
    if not resignation and (tok.lemma_.lower() not in _DISMISSING or not any(
            c.dep_ in ("dobj", "nsubjpass") and _governing(c) for c in tok.children)):
        return None
    return GOVERNMENT_DISMISSED if any(t.lemma_.lower() in _PRESSURES for t in tok.sent) else None


def _governing(noun: Any) -> bool:
    """A government, a cabinet, its head or a minister ("the prime minister", "his premier", "the interior
    minister"), or a chief of the state's law or forces ("the prosecutor-general", "the police chief")."""
    return noun.lemma_.lower() in _OFFICES


_OFFICES = frozenset("government cabinet premier minister prosecutor prosecutor-general attorney-general governor "
                     "chief".split())


def yielded_under_pressure(tok: Any) -> Trigger | None:
    """"Was forced to suspend the sale of two utilities after violent protests", "shelved the fuel price rise as
    strikes spread": a government's own measure halted under pressure gives way (CAMEO 08, PLOVER CONCEDE), no
    sanction on anyone (the table's bare "suspend"); told by "forced to" or by protests or pressure in the
    sentence."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HALTING or not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MEASURES_OWN and not any(
                p.dep_ == "prep" and p.lower_ == "to" for p in c.children) and not any(
                m.lemma_.lower() in _GIVEN for m in c.children if m.dep_ in ("compound", "amod"))
            for c in tok.children):
        return None  # (arms sales "to" a state, a loan programme, halted: aid or trade cut off, a sanction)
    forced = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("force", "compel", "oblige")
    # pressure felt, not pressure applied by the act ("suspended sales to raise the pressure on X", "a move that will
    # increase pressure on it")
    purposes = {t.i for c in tok.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree}
    return YIELDED if forced or any(t.lemma_.lower() in _PRESSURES and t.i not in purposes and not _applied(t)
                                    for t in tok.sent) else None


def _applied(pressure: Any) -> bool:
    """Pressure added or kept up ("will increase pressure on it", "adds to the pressure"), not pressure felt."""
    verb = pressure.head.head if pressure.dep_ == "pobj" else pressure.head
    return pressure.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in _APPLYING


YIELDED = Trigger("v", ("yield",), (), "CONCEDE", None, None)
_GIVEN = frozenset("loan aid credit lending assistance arms weapons".split())  # what is given to others
_APPLYING = frozenset("apply increase raise add put step ratchet mount exert heap pile keep".split())
_HALTING = frozenset("suspend halt cancel scrap shelve freeze drop abandon postpone revoke rescind".split())
_MEASURES_OWN = frozenset("sale privatisation privatization plan project reform decree bill increase rise hike tax "
                          "policy programme program scheme measure law".split())


GOVERNMENT_DISMISSED = Trigger("v", ("dismiss",), (), "CONCEDE", None, "political_institutions")
_DISMISSING = frozenset("dismiss sack fire".split())
_PRESSURES = frozenset("protest protester demonstration demonstrator pressure demand riot unrest outcry strike "
                       "uprising".split())


def unwanted(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Did not want foreign soldiers to patrol the border": another's act not wanted is refused (CAMEO's 12), not a
    demand denied; not wanting to do something oneself ("did not want to fight") is no refusal of anyone's."""
    if table is None or table.event != "REQUEST" or tok.lemma_.lower() not in ("want", "wish") or not any(
            negates(c) for c in tok.children):
        return None
    others = any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                 for c in tok.children)
    return REFUSAL if others else None


def refusal(tok: Any, table: Trigger | None) -> Trigger | None:
    """"Would not take part in the scheme", "will not relax the restrictions": a refusal for the future (CAMEO's
    12, PLOVER's REJECT), like "declined to", where the act refused is no event of the table (the table's own
    acts refused are read by their word: "will not withdraw", "will not attend the talks"), or is a meeting one
    will not take part in, go on with or have ("would have no talks", "has no plans to resume talks"). The one
    who refuses is named: a place, a body, a group or a person, or a pronoun for one."""
    if table is not None or tok.pos_ != "VERB":
        return None
    none_held = _had_none(tok)
    # "would not give up their struggle" refuses to yield; "would not give details" says nothing
    given_up = tok.lemma_.lower() == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
    if (tok.lemma_.lower() in _NOT_REFUSED and not none_held and not given_up) or not (will_not(tok) or none_held):
        return None
    matched = [(w, m) for c in tok.children if c.lower_ not in CIRCUMSTANCES for w in [c, *c.children]
               if w.dep_ in ("dobj", "pobj", "xcomp") and (m := match(w)) is not None]  # not "despite the accord"
    if matched and not none_held and (tok.lemma_.lower() not in _PARTAKING or any(
            m.event != "CONSULT" or w.dep_ != "pobj" for w, m in matched)):
        return None  # "will not withdraw its troops", "will not attend the talks": the act refused, as the table
        # reads it (its object refused); but talks one will not take part in or go on with are a meeting refused
    holder = going_to(tok) or tok  # "he was not going to take part": the subject is on "going"
    # "would not be cowed / intimidated by the protests": one who will not be pressed refuses to yield
    doers = ("nsubj", "nsubjpass") if tok.lemma_.lower() in PRESSED else ("nsubj",)
    subjects = [c for c in holder.children if c.dep_ in doers and c.lemma_.lower() not in _ANYONE]
    return REFUSAL if any(someone(c) or c.lemma_.lower() in POLITIES | _SELF_RULED or sector_of(c.text) is not None
                          or c.lower_ in PERSONAL or c.lower_ == "it" for c in subjects) else None
