"""Toponyms in a parsed document: lists before place words, datelines, NER, gazetteer names.

spaCy's small model finds countries and cities well but often labels
villages as ORG or PERSON, misses all-caps datelines, and splits "the
Dashkasan, Kalbajar and Lachin directions" oddly. So several sources are
merged, the first to claim a stretch of text winning: runs of capitalised
words before a place word ("districts", "direction", "County"); all-caps
datelines the gazetteer knows; GPE/LOC/FAC entities and country demonyms;
capitalised names the gazetteer knows after a locative preposition ("near
Sotk"), whatever spaCy called them; and, one sense per discourse, the
recurrences of every name found so far. Country names used for a state's
organs ("Azerbaijan's Ministry", "the leaders of Armenia") are actors, not places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from casus.actors import country_index, sector_of
from casus.geo.gazetteer import Gazetteer, fold
from casus.nlp import doc_lowers, doc_text

ADMIN_WORDS = frozenset(
    "district districts region regions province provinces rayon rayons oblast oblasts marz marzes county "
    "counties parish parishes governorate governorates state states municipality municipalities prefecture "
    "prefectures department departments".split()
)
AREA_WORDS = frozenset("direction directions sector sectors area areas section sections village villages town "
                       "towns city cities settlement settlements".split())
# Capitalised, these words end a place's own name ("Caddo Parish", "Quezon City"); other
# capitalised place words head an organisation's name ("Utah Department of …"): the place is the rest.
NAME_ENDINGS = frozenset("county parish province district region oblast rayon governorate municipality "
                         "prefecture city town village".split())
LOCATIVE = frozenset("in near at from outside towards toward around into across along of between to "
                     "inside within".split())
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday god".split()
)
_LEADING_THE = re.compile(r"^(the|The)\s+")


_ACTOR_NOUNS = frozenset(
    "leader leaders leadership government ministry ministries army forces military president prime minister "
    "parliament authorities embassy side people delegation troops units command foreign defense defence "
    "committee".split()
)


# What a country's possessive names that is ground, not its state ("Peru's coast", "Chad's southern frontier"):
# the name places the words.
_OWNED_GROUND = frozenset(
    "area region border frontier territory soil airspace water coast coastline north south east west northeast "
    "northwest southeast southwest province capital city town village district countryside desert island port "
    "heartland hinterland interior mainland".split()
)


def is_actor(doc: Any, start: int, end: int) -> bool:
    """A place name used for a state or its organs, not a location: "Azerbaijan's Ministry",
    "the Ministry of Defense of the Republic of Azerbaijan", "the leaders of Armenia"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "poss" or (root.i + 1 < len(doc) and doc[root.i + 1].tag_ == "POS"):
        return root.head.lemma_.lower() not in _OWNED_GROUND  # "Peru's coast" is ground, not its organs
    if root.dep_ in ("amod", "compound") and (root.head.lower_ in _ACTOR_NOUNS or root.head.lemma_ in _ACTOR_NOUNS):
        return True  # "the Armenian armed forces", "Azerbaijani army"
    node = root
    for _ in range(4):
        if node.dep_ in ("pobj", "conj", "appos", "compound"):
            node = node.head
            if node.dep_ == "prep" and node.lower_ == "of":
                node = node.head
                if node.lower_ in _ACTOR_NOUNS or node.lemma_.lower() in _ACTOR_NOUNS:
                    return True
        else:
            break
    return False


# A place cannot speak, decide or blame: as the subject of these verbs it names its government
# ("the capital said", "which the capital blamed on …"), the seat of a speaker, not where anything happened.
SEAT_VERBS = frozenset(
    "say tell claim deny accuse blame condemn confirm reject insist announce warn urge demand call respond vow "
    "threaten allege consider state stress maintain dismiss welcome protest summon acknowledge argue assert declare "
    "believe want seek refuse agree promise pledge retaliate act decide hold report add note request ask designate "
    "try plan intend attempt hope expect recognise recognize approve".split()
)
_BLAMED_VERBS = frozenset("blame accuse urge warn condemn summon criticise criticize press ask call".split())
_OFFICIALS = frozenset("official officials spokesman spokeswoman spokesperson spokespeople diplomat diplomats envoy "
                       "envoys delegation delegations representative representatives source sources commission "
                       "mission".split())
# "the A battalion", "08:00 capital time": the name of a unit or a time zone, not a place
_NAME_HEADS = frozenset("time battalion battalions regiment regiments brigade brigades".split())
_HYPHENED = re.compile(r"-\s?[a-z]")  # "capital-backed", "country-made", "state-administered"


def figurative(doc: Any, start: int, end: int) -> str | None:
    """How a place name is used when it does not locate anything: "seat" where it stands for the
    government seated there (the subject of a verb of speech or decision, "the capital denied"; the
    one blamed or urged, "blamed on the capital"; where officials are from, "officials from A and B"),
    "modifier" where it qualifies a noun ("capital-backed forces", "the A battalion", "capital time");
    None where it may locate an event."""
    if _HYPHENED.match(doc_text(doc), end):
        return "modifier"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and (
            root.head.lower_ in _NAME_HEADS or root.head.lemma_ in _NAME_HEADS):
        return "modifier"
    while root.dep_ == "conj" and root.head.i != root.i:  # "A and B said": B as A
        root = root.head
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ in SEAT_VERBS:
        return "seat"
    if root.dep_ == "nsubjpass" and head.lemma_ in _BLAMED_VERBS:  # "so that the capital would be blamed"
        return "seat"
    if root.dep_ == "dobj" and (head.lemma_ in _BLAMED_VERBS or any(
            c.dep_ == "xcomp" and c.lemma_ in SEAT_VERBS for c in head.children)):  # "prompting A to claim"
        return "seat"
    if root.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in ("on", "upon") and head.head.lemma_ in ("blame", "pin"):
            return "seat"
        if head.lower_ in ("from", "in") and head.head.lower_ in _OFFICIALS:  # "officials in the capital"
            return "seat"
    return None


def _name_hyphen(doc: Any, k: int) -> bool:
    """A hyphen joining two capitalised parts of one name, with no space around it."""
    return (doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
            and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    hint: str | None  # "admin" when a place word such as "district" names the kind of place
    how: str  # seat | list | dateline | ner | gazetteer | repeat (the source that found it first)


MAX_LIST = 50  # tokens a list before a place word may span ("the A, B and C districts")
MAX_REPEATED = 256  # names whose recurrences are looked for (one search of the text each)


# Bodies of a state that its subdivisions and cities have too, named after their seat: "the Odisha
# police", "the Balochistan government", "the Kano State Assembly".
SEAT_BODIES = frozenset("police government administration authorities governor council assembly legislature "
                        "cabinet".split())
_NO_SEAT_ENTITIES = frozenset({"PERSON", "NORP"})  # a leader's or a people's name before "government"
# A seat is a state or province, or a city of this many people, by its own name: party names and leaders' names
# are also names of small towns ("the Congress government"), and the gazetteer's other names hold more
# ("Hamas" is one of a German city's).
SEAT_POPULATION = 100_000


def _may_name_a_seat(tok: Any) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in _NO_SEAT_ENTITIES and \
        tok.dep_ in ("compound", "nmod", "amod")


def _seat_name(doc: Any, body: Any, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The place name right before a body's noun, as token bounds, if any: a run of capitalised
    proper nouns, "State" included, that is the own name of a state, a province or a city (``SEAT_POPULATION``),
    with or without "State", and that names no country (a country's organs are actors: ``is_actor``), no actor
    the dictionary knows, nor a person ("the Morrison government")."""
    end = body.i
    start = end
    while start > 0 and end - start < 4 and _may_name_a_seat(doc[start - 1]):
        start -= 1
    if start == end:
        return None
    text = doc[start:end].text
    if country_index().find(text) or sector_of(text) is not None:  # "the Hamas government": an actor's name
        return None
    bare = text[:-len(" State")] if text.endswith(" State") else text
    keys = {fold(text), fold(bare)}
    return (start, end) if any(fold(p.name) in keys and (p.kind == "admin1" or p.population >= SEAT_POPULATION)
                               for key in keys for p in gazetteer.by_key(key)) else None


def _body_name(text: str) -> bool:
    """The whole name is a body the actor dictionary knows ("to the Red Cross"), though a town bears it too."""
    sector = sector_of(text)
    return sector is not None and sector.term == fold(text).lower()


def recognize(doc: Any, gazetteer: Gazetteer) -> list[Mention]:
    found: dict[tuple[int, int], Mention] = {}
    full = doc_text(doc)
    claimed = bytearray(len(full))  # the characters a mention holds: overlaps are refused in constant time

    def add(start: int, end: int, hint: str | None, how: str) -> None:
        text = full[start:end]
        if (m := _LEADING_THE.match(text)) is not None:
            start += m.end()
            text = text[m.end():]
        if text.endswith(("'s", "’s")):  # "Armenia's" names Armenia
            text = text[:-2]
        end = start + len(text)
        if not text or fold(text) in _NOT_PLACES or claimed.find(1, start, end) != -1:
            return
        if how != "seat" and is_actor(doc, start, end):  # a seat is named by a body, which ``is_actor`` refuses
            return
        found[(start, end)] = Mention(start, end, text, hint, how)
        claimed[start:end] = b"\x01" * (end - start)

    lowers = doc_lowers(doc)
    # The seat a state body is named for ("Odisha police", "the Kano State government"): NER takes the
    # whole as an ORG, and the place names no event's location, but it is where the body belongs.
    for tok in (doc[i] for i, word in enumerate(lowers) if word in SEAT_BODIES):
        if (seat := _seat_name(doc, tok, gazetteer)) is not None:
            start, end = seat
            add(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "admin" if doc[end - 1].lower_ == "state"
                else None, "seat")
    # Lists before a place word: "the Dashkasan, Kalbajar and Lachin directions". A single
    # name takes the word with it, as gazetteers and annotators name admin areas: "Caddo Parish".
    for tok in (doc[i] for i, word in enumerate(lowers) if word in ADMIN_WORDS or word in AREA_WORDS):
        hint = "admin" if tok.lower_ in ADMIN_WORDS else None
        groups: list[tuple[int, int]] = []
        i, group_end = tok.i - 1, None
        while i >= 0 and tok.i - i <= MAX_LIST and (
                (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()) or doc[i].text in (",", "and")):
            if doc[i].text in (",", "and"):
                if group_end is not None:
                    groups.append((i + 1, group_end))
                    group_end = None
            elif group_end is None:
                group_end = i + 1
            i -= 1
        if group_end is not None:
            groups.append((i + 1, group_end))
        if tok.text[:1].isupper():  # part of a proper name
            if len(groups) == 1 and groups[0][1] == tok.i and tok.lower_ in NAME_ENDINGS:
                add(doc[groups[0][0]].idx, tok.idx + len(tok), hint, "list")
            elif len(groups) == 1 and groups[0][1] == tok.i:
                add(doc[groups[0][0]].idx, doc[tok.i - 1].idx + len(doc[tok.i - 1]), None, "list")
            continue
        for first, last in groups:
            add(doc[first].idx, doc[last - 1].idx + len(doc[last - 1]), hint, "list")
    # Names joined by "and" that the gazetteer knows whole ("Trinidad and Tobago"): NER splits them.
    for tok in (doc[i] for i, word in enumerate(lowers) if word == "and"):
        if tok.i == 0 or tok.i + 1 >= len(doc) or not doc[tok.i + 1].text[:1].isupper():
            continue
        first = tok.i - 1
        while first > 0 and tok.i - first < 4 and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ == "PROPN":
            first -= 1
        last = tok.i + 1
        while last + 1 < len(doc) and last - tok.i < 3 and doc[last + 1].text[:1].isupper() \
                and doc[last + 1].pos_ == "PROPN":
            last += 1
        if not doc[tok.i - 1].text[:1].isupper():
            continue
        for start in range(first, tok.i):  # the longest name first: "Upper Alto and Verde" before "Alto and Verde"
            for end in range(last, tok.i, -1):
                if gazetteer.has_key(fold(doc[start:end + 1].text)):
                    add(doc[start].idx, doc[end].idx + len(doc[end]), None, "list")
                    break
            else:
                continue
            break
    # Datelines in capitals ("BEIRUT —", "SPOKANE, Wash."): NER misses all-caps words.
    for match in re.finditer(r"(?m)^([A-Z][A-Z .'-]{2,30}?)(?=\s*(?:[,—–(-]|\(\w))", full):
        name = match.group(1).strip()
        places = gazetteer.lookup(name.title())
        if any(p.kind != "town" or p.population >= 10000 for p in places):
            add(match.start(1), match.start(1) + len(name), None, "dateline")
    # Named entities that are places, and demonyms of countries ("Sudanese refugees").
    demonyms = {form for form, (_, how) in country_index().forms.items() if how == "demonym"}
    cased = full != full.lower()
    for ent in doc.ents:
        if ent.label_ == "NORP" and ent.text in demonyms:
            add(ent.start_char, ent.end_char, None, "ner")
        elif ent.label_ in ("GPE", "LOC", "FAC") and (not cased or any(
                t.text[:1].isupper() for t in ent if t.lower_ != "the")):
            # a place is named in capitals; "the gulf", "the valley" in lower case are common nouns, which the
            # gazetteer would place anywhere ("the gulf": a province of Papua New Guinea), unless the whole text
            # is lower-cased
            nxt = doc[ent.end] if ent.end < len(doc) else None
            hint = "admin" if nxt is not None and nxt.lower_ in ADMIN_WORDS else None
            add(ent.start_char, ent.end_char, hint, "ner")
    # Names the gazetteer knows after a locative preposition, whatever spaCy called them.
    i = 0
    while i < len(doc):
        if lowers[i] in LOCATIVE and i + 1 < len(doc):
            j = i + 1
            if lowers[j] == "the":
                j += 1
            k = j
            while k < len(doc) and k - j < 4:
                if doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
                    k += 1
                elif _name_hyphen(doc, k) and k > j:  # "Nagorno-Karabakh", "Wilkes-Barre"
                    k += 2
                else:
                    break
            followed_by_of = k < len(doc) and lowers[k] == "of"  # "the Republic of …": a longer name
            if k > j and not followed_by_of:
                text = doc[j:k].text
                if gazetteer.has_key(fold(text)) and not _body_name(text):
                    add(doc[j].idx, doc[k - 1].idx + len(doc[k - 1]), None, "gazetteer")
            i = max(i + 1, k)
        else:
            i += 1
    # One sense per discourse: a name that is a place once is a place wherever it recurs (the first
    # mention of a name decides its hint; at most MAX_REPEATED names are looked for).
    repeated: dict[str, Mention] = {}
    for mention in found.values():
        if mention.how != "gazetteer" and len(mention.text) >= 3 and mention.text not in repeated:
            repeated[mention.text] = mention
    for mention in list(repeated.values())[:MAX_REPEATED]:
        for match in re.finditer(rf"(?<![\w-]){re.escape(mention.text)}(?![\w-])", full):
            add(match.start(), match.end(), mention.hint, "repeat")
    return sorted(found.values(), key=lambda m: m.start)
