"""Trigger words: which token of a parse makes its clause a PLOVER event (table: ``triggers.tsv``).

A table rather than code, so that an analyst can read and extend what casus
codes. Entries are lemmas, matched on spaCy's lemma and coarse part of
speech; multi-word entries ("open fire", "call for", "plant mine") ask the
later lemmas to be children of the first (or a child's object), which is how
the parse shows a particle, a light verb's object or a preposition. The
table's last column names each entry's source (CAMEO code, manual section or
dictionary) for its readers; the code does not read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class Trigger:
    pos: str  # "v" or "n"
    lemmas: tuple[str, ...]
    excluded: tuple[str, ...]
    event: str
    mode: str | None
    context: str | None


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """(pos, first lemma) -> entries, the most specific first."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    path = Path(__file__).with_name("triggers.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("trigger\t"):
            continue
        cells = ([*line.split("\t"), "", "", ""])[:4]
        pos, _, words = cells[0].partition(":")
        if cells[1] not in EVENT_TYPES:
            raise ValueError(f"triggers.tsv: unknown event type {cells[1]!r} in {line!r}")
        parts = words.split()
        wanted = tuple(w for w in parts[1:] if not w.startswith("!"))
        excluded = tuple(w[1:] for w in parts[1:] if w.startswith("!"))
        entry = Trigger(pos, (parts[0], *wanted), excluded, cells[1], cells[2] or None, cells[3] or None)
        table.setdefault((pos, parts[0]), []).append(entry)
    for entries in table.values():
        entries.sort(key=lambda t: -len(t.lemmas))
    return table


def _near_lemmas(tok: Any) -> set[str]:
    """Lemmas of the token's children and of their objects and modifiers ("fired at", "set … on fire", "call for",
    "raised its alert level")."""
    out: set[str] = set()
    days = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ in ("DATE", "TIME") and c.lower_ in _DAY_WORDS]
    # a verb with an object: its subject, a phrase of its own, is the doer ("a delegation welcomed the move"), though
    # a bare word the parser made its subject may be the verb's own first half ("test fired two missiles")
    transitive = any(c.dep_ == "dobj" and c not in days for c in tok.children)
    for child in tok.children:
        if child in days:
            continue  # "called Saturday for talks": the day, parsed as the verb's object, is no object
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
            continue  # "called his counterpart on Friday": a preposition of time is no particle ("call on")
        if child.dep_ == "prep" and child.i < tok.i:
            continue  # "In other news, Norway has given ...": a particle follows its verb ("given in")
        if child.dep_ == "prep" and child.lower_ in CIRCUMSTANCES:
            continue  # "called off a march after talks": what came before or around it is not what was called off
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest"
                                                                 for g in child.children):
            continue  # "suspended the talks in protest at the raid": why it was done, not what was suspended
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() == "protest" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            continue  # "suspended its aid to protest the coup": why it was done, no protest suspended
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ != "for" for g in child.children):
            continue  # "called off the strike after the ministry offered talks", "joined the strike as governments
            # are forced into cuts": the clause, its verb and its objects, is its own
        if ((child.dep_ == "advcl" and child.tag_ == "VBG") or (child.dep_ == "conj" and child.pos_ == "VERB")) and any(
                g.dep_ == "dobj" for g in child.children):
            continue  # "struck the depot, dealing a blow to the supply lines", "suspended the loans and increased the
            # tariffs": a participle or a second verb with an object of its own tells its own act
        if child.dep_ == "nsubj" and transitive and any(child.children):
            continue  # the doer is no object: "a delegation welcomed the move" welcomes no delegation (a verb
            # with no object may be told by its subject: "troops moved in")
        out.add(child.lemma_.lower())
        if child.dep_ in ("dobj", "nsubjpass"):  # a passive's subject is its object ("an emergency was declared")
            out.update(_object_lemmas(child))
        if child.dep_ == "dobj":
            if tok.lemma_.lower() in _OFFERING:  # "invited the leader for talks", "assured them of its support"
                out.update(g.lemma_.lower() for p in child.children if p.dep_ == "prep"
                           and p.lower_ in ("for", "of", "to") for g in p.children if g.dep_ == "pobj")
            if tok.lemma_.lower() in _DEPRIVING:  # "stripped the journalist of his citizenship": what is taken
                out.update(g.lemma_.lower() for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj")
        if child.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
            continue  # "announced it would ease the embargo": a clause with its own subject, verb and object
        for grandchild in child.children:
            if grandchild.dep_ in ("pobj", "dobj", "compound", "prt", "amod", "pcomp"):  # "raised its alert
                # level", "barred him from entering"
                out.add(grandchild.lemma_.lower())
                if grandchild.dep_ == "pobj" and grandchild.pos_ == "PROPN":  # "the expulsion of Ambassador X":
                    out.update(t.lemma_.lower() for t in grandchild.children if t.dep_ == "compound")  # the title
            elif grandchild.dep_ == "mark" and grandchild.lower_ == "for":  # "called for the minister to resign":
                out.add("for")  # the parser makes "for" the mark of the clause asked for, not a particle
            if child.lower_ == "out" and grandchild.dep_ == "prep" and grandchild.lower_ == "of":  # "walked out
                out.update(g.lemma_.lower() for g in grandchild.children if g.dep_ == "pobj")  # of the talks"
            if grandchild.dep_ == "pobj" and grandchild.pos_ == "PROPN":  # "the expulsion of Ambassador X": a
                out.update(g.lemma_.lower() for g in grandchild.children if g.dep_ == "compound")  # name's title
            if grandchild.dep_ == "pobj" and child.lower_ == "from":  # "the expulsion from Britain of two
                # diplomats": the parser hangs what is expelled on the place
                out.update(t.lemma_.lower() for p in grandchild.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj" for t in (g, *g.children) if t.dep_ in (
                               "pobj", "compound"))
            if grandchild.dep_ == "pobj" and child.lower_ == "in" and any(
                    g.dep_ == "nummod" for g in grandchild.children):  # "flew in 20 tons of food", the particle
                # parsed as a preposition: what the measure measures
                out.update(g.lemma_.lower() for p in grandchild.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj")
    for left in tok.lefts:  # "air strike", "hunger strike", "martial law" (compounds and amods)
        # not "on Thursday" before the verb: a particle follows it ("called on"); nor the doer
        if left.dep_ != "prep" and not (left.dep_ == "nsubj" and transitive and any(left.children)):
            out.add(left.lemma_.lower())
    # "!@dobj": the word must have no object
    out.update(f"@{child.dep_}" for child in tok.children if child not in days)
    return out


_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
# Verbs of taking something from someone, told "X of Y", whose "of" the parser may hang on X.
_DEPRIVING = frozenset("strip deprive".split())
# Prepositions that place an act among others in time or cause, never its object or particle.
CIRCUMSTANCES = frozenset("after before during amid amidst following despite since until ahead".split())


def _object_lemmas(obj: Any) -> set[str]:
    """What an object names beside its head: the things joined to it ("sent volunteers and relief supplies",
    "switched off phone networks and internet services"), what a measure of something measures ("flew 30
    tonnes of aid", "sent hundreds of troops"), a state is of ("ended the state of emergency") or a note
    carries ("handed a note of protest"), what a sum
    is in ("released 10 million euros in aid") and a sum owed, which is a debt."""
    out: set[str] = set()
    joined = [c for c in obj.conjuncts if c.i > obj.i]  # all of a list ("squads, teams and relief materials")
    for conj in joined:  # and what names it ("phone networks and internet services")
        out.add(conj.lemma_.lower())
        out.update(g.lemma_.lower() for g in conj.children if g.dep_ == "compound")
    for part in [obj, *joined]:  # "€1 million or Tk 127 million in aid"
        # "gave the chief and his sons a deadline": the second object, which the parser makes an apposition
        out.update(c.lemma_.lower() for c in part.children if c.dep_ == "appos" and c.i > part.i + 1)
        for child in part.children:
            if child.dep_ == "prep" and child.lower_ == "of" and (part.lemma_.lower() in _MEASURES | _STATE_OF |
                                                                  _DOCUMENTS or any(
                    g.dep_ == "nummod" for g in part.children)):
                measured = [g for g in child.children if g.dep_ == "pobj"]
                out.update(g.lemma_.lower() for g in measured)  # and what names it ("a batch of relief goods")
                out.update(c.lemma_.lower() for g in measured for c in g.children if c.dep_ == "compound")
            elif child.dep_ == "prep" and child.lower_ == "in" and (
                    part.ent_type_ == "MONEY" or part.like_num or any(g.dep_ == "nummod" for g in part.children)):
                out.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")  # "$6 million in aid"
    if any(t.lemma_ == "owe" and t.dep_ == "acl" for t in obj.subtree):
        out.add("debt")  # "cancelled $14 billion owed by Sudan"
    out.update(g.lemma_.lower() for part in [obj, *joined] for a in part.children if a.dep_ == "acl" and
               a.lemma_.lower() in _CARRYING for p in a.children if p.dep_ == "prep" and p.lower_ == "with"
               for g in p.children if g.dep_ == "pobj")  # "handed over 30 trucks loaded with relief supplies"
    return out


# Nouns that measure, count, group or take a share of what follows them ("tonnes of aid", "a convoy of trucks",
# "a mission of observers", "a package of sanctions", "nearly all of their weapons", "$2 million worth of aid").
_MEASURES = frozenset("tonne ton kilogram kg pound litre liter gallon barrel million billion thousand hundred dozen "
                      "score batch shipment consignment cargo load planeload truckload convoy column contingent "
                      "battalion brigade unit team number lot group mission delegation package round raft set "
                      "series wave all most half rest bulk remainder majority last barrage volley salvo hail "
                      "worth".split())
# what a vehicle or a crate is said to hold: its load names what is given ("trucks filled with food")
_CARRYING = frozenset("load fill pack laden stack cram".split())
# verbs whose object's "for", "of" or "to" phrase names what is offered to it, not who the object is
_OFFERING = frozenset({"invite", "assure"})
# "a state of emergency", "a state of siege": the "of" phrase names what the state is
_STATE_OF = frozenset({"state"})
# "handed a note of protest", "sent a message of congratulations": a document named by the act it carries
_DOCUMENTS = frozenset("note letter message memorandum".split())


def _pos_of(tok: Any) -> str | None:
    if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
        return "v"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "n"
    return None


def lemmas_of(tok: Any) -> list[str]:
    """spaCy's lemma, then the forms a regular inflection leaves: the small model's lemmatiser makes
    mistakes that would hide a trigger ("staged" -> "stag", "clashes" -> "clashe")."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    out = [lemma, lower]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                         ("ing", "e")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            out.append(lower[: -len(suffix)] + repl)
    if lemma.endswith("e") and lemma not in out[2:]:
        out.append(lemma[:-1])
    return list(dict.fromkeys(out))


def hyphen_prefix(tok: Any) -> Any:
    """The first part of a hyphenated word the tokenizer split ("lathi" of "lathi-charged"), else None."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and \
            not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_alpha:
        return doc[tok.i - 2]
    return None


def word_entries(tok: Any) -> list[Trigger]:
    """The table's entries for ``tok``'s word, the most specific first, whatever its children (``match`` picks
    among them). A word split at its hyphen is looked up whole first: "lathi-charged" is a lathi-charge."""
    pos = _pos_of(tok)
    if pos is None:
        return []
    table = triggers()
    forms = lemmas_of(tok)
    prefix = hyphen_prefix(tok)
    if prefix is not None:
        forms = [f"{prefix.lower_}-{form}" for form in forms] + forms
    return next((table[(pos, form)] for form in forms if (pos, form) in table), [])


def match(tok: Any) -> Trigger | None:
    """The most specific trigger entry that ``tok`` and its children satisfy, if any."""
    entries = word_entries(tok)
    near = None
    for entry in entries:
        if len(entry.lemmas) == 1 and not entry.excluded:
            return entry
        near = near if near is not None else _near_lemmas(tok)
        if all(w in near for w in entry.lemmas[1:]) and not any(w in near for w in entry.excluded):
            return entry
    return None
