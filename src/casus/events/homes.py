"""Which country an actor is of where its own words name none, and where an actor is.

The sentence's other words tell it: the state whose authority the act uses (an arrest, a ban, a pardon),
the one that hands someone over or receives them, the country the actor's forces are in, the first country
the sentence names that is no recipient's, visited land or aside. Also the places of an event that are no
actor's (``place_actors``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cached_property
from typing import Any

from casus.actors import STATE_FORCES, country_index
from casus.events import crosswalk
from casus.events.content import Draft
from casus.events.participants import (
    BRIEF_SENTENCES,
    OTHER_SIDE,
    PEOPLE,
    clauses_within,
    dateline_country,
    datelines_of,
    makers_word,
)
from casus.model import Actor, Document, Event, Span
from casus.nlp import doc_text, token_at

STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO"}
_ARMED_ACTS = {"ASSAULT", "MOBILIZE", "THREATEN"}  # acts whose doers no place tells
# Who an act told without its doers is implied to be by (ACLED: "Protesters (X)", "Police Forces of X"), else
# the country's authorities.
_IMPLIED = {("PROTEST", None): ("people", "CVL"), ("COERCE", "arrest"): ("police", "COP"),
            ("ASSAULT", "explosives"): ("unidentified armed group", None),
            ("ASSAULT", "suicide-attack"): ("unidentified armed group", None)}
# A bomb set off with no one named as its makers is an unidentified armed group's in the country where it went off
# or that the sentence names ("a car bomb outside the ministry in the capital killed five soldiers"), as ACLED
# codes it; unlike shelling or air strikes, which come from across a front or a border.
_PLANTED = frozenset({"explosives", "suicide-attack"})
_LOCAL_ORDERS = frozenset({"curfew", "martial-law", "arrest"})  # done in a place by its own authorities
ORDERS_EASED = re.compile(r"\b(?:curfew|state of emergency|martial law)\b", re.IGNORECASE)
_WHERE_HELD = frozenset({"in", "at", "outside"})  # a protest's place phrases
_PROTESTING_HOME = frozenset({None, "CVL", "LAB", "LEG", "OPP", "PTY", "EDU", "ACT"})  # who protests at home bodies


def in_actors_clause(sent: Any, actor: Actor, mention: Any) -> bool:
    """The country ``mention`` (offsets in ``sent``) is named in a clause of the actor's own phrase that says what
    its people do or want."""
    span = sent.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    return span is not None and any(lo <= mention.start < hi for lo, hi in clauses_within(span.root, sent.start_char))


def own_forces(event: Event) -> Actor | None:
    """The forces of a named state that a deployment with no doer moves ("Kenyan soldiers were deployed"), if any."""
    if event.event != "MOBILIZE" or event.actors:
        return None
    return next((r for r in event.recipients if r.country and r.span and (
        r.sector is None or r.sector in STATE_SECTORS - {"IGO"})), None)


_REGION_KINDS = frozenset({"admin1", "region"})


def named_region(doc: Any, actor: Actor) -> str | None:
    """"Tasmania's premier", "the governor of Sonora": a first-level region named in the actor's own phrase (which
    the geocoder leaves out as no event's place) is whose the actor is, when every region of that name lies in one
    country ("Huila" lies in two and tells none). The small model often calls a region in the possessive an
    organisation: there the gazetteer has its say on the owner's name."""
    from casus.geo.gazetteer import gazetteer

    span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return None
    forms = country_index().forms
    for ent in span.ents:
        owner = ent.root.dep_ == "poss" or (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of")
        if (ent.label_ not in ("GPE", "LOC") and not (owner and ent.label_ in ("ORG", "NORP"))) or \
                ent.text in forms:
            continue
        countries = {p.country for p in gazetteer().lookup(ent.text) if p.kind in _REGION_KINDS and p.country}
        if len(countries) == 1:
            return countries.pop()
    return None


_DOMESTIC_FORCES = re.compile(r"\b(?:government|security|riot)\b", re.IGNORECASE)
_PEOPLES_SECTORS = frozenset({None, "CVL", "OPP", "EDU", "LAB", "ACT"})


def home_forces(event: Event, actor: Actor) -> str | None:
    """"Rwandan peasants were massacred by government troops", "police beat Kenyan students": a state's own forces
    (the police, "government" or "security" forces) named with no country, who attack or hold the people of one
    country, are that country's (a land named elsewhere, "refugees fleeing to X", is not theirs)."""
    if event.event not in ("ASSAULT", "COERCE") or not (actor.sector == "COP" or (
            actor.sector == "MIL" and _DOMESTIC_FORCES.search(actor.text))):
        return None
    people = {r.country for r in event.recipients if r.country and r.sector in _PEOPLES_SECTORS}
    return people.pop() if len(people) == 1 else None


# Those whose office or standing is in their own country's politics: arrested, charged or tried with no one
# named as doing it, they are so at home ("the opposition leader was arrested on his return", "the former
# president has been charged"), unlike a tourist or a reporter, whose nationality the news gives when abroad.
_DOMESTIC_SECTORS = frozenset({"GOV", "OPP", "LEG", "JUD", "PTY", "REB"})
_JUDICIAL_ACTS = frozenset({"COERCE", "ACCUSE", "SANCTION"})


def held_at_home(event: Event) -> Actor | None:
    """The recipient of a coercive or judicial act told with no doer who holds a place in their own country's
    politics, with that country: the act is its authorities'. So is the release of one ("the jailed lawmaker was
    freed"): who held them lets them go."""
    if event.event not in _JUDICIAL_ACTS and (event.event, event.mode) != ("RETREAT", "release"):
        return None
    return next((r for r in event.recipients if r.country and r.span and r.sector in _DOMESTIC_SECTORS), None)


def _extradition(event: Event) -> bool:
    return event.event == "COOPERATE" and "legal" in event.context


def handed_over(event: Event) -> Actor | None:
    """The one an extradition hands over, with a country: the state that holds them, most often their own, hands
    them over; the state they go "to" is the one receiving them."""
    return next((r for r in event.recipients if r.country and r.span), None) if _extradition(event) else None


def _receiving(sent: Any, event: Event) -> list[tuple[int, int]]:
    """An extradition's "to" phrase ("handed the suspect over to the United States"): the state receiving the one
    handed over, never the one handing them."""
    tok = token_at(sent.doc, event.trigger.start) if _extradition(event) else None
    return [(words[0].idx, words[-1].idx + len(words[-1])) for prep in (tok.children if tok is not None else ())
            if prep.dep_ == "prep" and prep.lower_ == "to" for words in [list(prep.subtree)]]


def handed_from(sent: Any, event: Event, finer_place: Any = None) -> tuple[Span, str] | None:
    """The country an extradition's or a deportation's "from" phrase names ("was deported from Malaysia to face
    charges") and its span; for a deportation, else the place it names with its country, through ``finer_place``
    (start, end -> place): "a reporter was deported from <city>" is sent away by that city's state, never by the
    country his description may name."""
    deported = (event.event, event.mode) == ("COERCE", "deport")
    if not (_extradition(event) or deported):
        return None
    tok = token_at(sent.doc, event.trigger.start)
    for prep in (c for c in (tok.children if tok is not None else ()) if c.dep_ == "prep" and c.lower_ == "from"):
        words = list(prep.subtree)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        named = country_named(sent.doc.text, start, end)
        if named is not None:
            return named
        place = finer_place(start, end) if deported and finer_place is not None else None
        if place is not None:
            return place.span, place.country
    return None


def country_named(text: str, start: int, end: int, iso3: str | None = None) -> tuple[Span, str] | None:
    """The first country (``iso3``, when given) named in ``text[start:end]``, as its span and code."""
    found = next((m for m in country_index().find(text[start:end]) if iso3 is None or m.iso3 == iso3), None)
    return None if found is None else (Span.of(text, start + found.start, start + found.end), found.iso3)


def _free_mentions(sent: Any, event: Event, keep: int) -> list[Any]:
    """The countries ``sent`` names outside the event's recipients and outside its conditions (``_aside``, which
    keeps the one holding offset ``keep``), as mentions whose offsets are the sentence's own; after those of the
    dateline the sentence follows, if any ("HARARE, Zimbabwe (AP) - Students ...": the lead's place is named first)."""
    taken = _recipient_spans(event, sent.doc) + _aside(sent, keep) + _receiving(sent, event) + _counterparts(sent)
    found = [m for m in country_index().find(sent.text) if not any(a <= sent.start_char + m.start < b
                                                                   for a, b in taken)
             and not makers_word(sent.text, m.end)  # "Syrian-backed militiamen" are not Syria's
             and not _beyond_border(sent.doc, sent.start_char + m.start)]
    return _dateline_mentions(sent) + found


def _dateline_mentions(sent: Any) -> list[Any]:
    """The countries named by a dateline that ends where ``sent`` starts, offset from the sentence's start (so
    negative): the parse keeps a dateline a sentence of its own, but it places the lead."""
    if sent.start == 0:
        return []
    text = doc_text(sent.doc)
    span = next(((a, b) for a, b in datelines_of(text) if b <= sent.start_char and not text[b:sent.start_char].strip()),
                None)
    if span is None:
        return []
    shift = span[0] - sent.start_char
    return [replace(m, start=m.start + shift, end=m.end + shift) for m in country_index().find(text[span[0]:span[1]])]


def first_country(sent: Any, event: Event, keep: int) -> Any:
    """The first of ``_free_mentions`` not named as where someone is visiting (``_visited_land``), else None."""
    return next((m for m in _free_mentions(sent, event, keep) if not _visited_land(sent, m)), None)


def where_armed(sent: Any, event: Event, actor: Actor) -> Any:
    """For an armed group of no country that attacks or seizes: the first of ``_free_mentions`` named as where
    ("in", "at", "near", "from"), else None."""
    if actor.sector != "REB" or event.event not in ("ASSAULT", "COERCE"):
        return None
    return next((m for m in _free_mentions(sent, event, actor.span.start)
                 if locative(sent.doc, sent.start_char + m.start)), None)


_TRIPS = frozenset("visit trip tour stay".split())


def _recipient_spans(event: Event, parsed: Any = None) -> list[tuple[int, int]]:
    """Where the text names the event's recipients: a country named there is the other party's. With the parse, for
    a protest also the whole of what it is against ("protested against a foreign base in X": X is where the
    protested thing is, not where the protesters are)."""
    spans = [(r.span.start, r.span.end) for r in event.recipients if r.span]
    if parsed is not None and event.event == "PROTEST":
        tok = token_at(parsed, event.trigger.start)
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PROTESTED_PREPS) if tok else ():
            last = prep.right_edge
            spans.append((prep.idx, last.idx + len(last)))
    return spans


_PROTESTED_PREPS = frozenset({"against", "over"})


def _counterparts(sent: Any) -> list[tuple[int, int]]:
    """Character ranges of the phrases that name a counterpart by country ("met her Chilean counterpart", "the
    counterpart from Chile"): that country is the other party's, never the one whose counterpart it is."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() == "counterpart" and tok.pos_ == "NOUN":
            end = tok.idx + len(tok)
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                    end = max(end, child.right_edge.idx + len(child.right_edge))
            out.append((tok.left_edge.idx, end))
    return out


def story_country(text: str, sent: Any, event: Event) -> str | None:
    """The first country a brief names, but not the other party's (a recipient's, a counterpart's) nor a land
    someone visits."""
    others = _recipient_spans(event, sent.doc) + [r for s in sent.doc.sents for r in _counterparts(s)]
    for m in country_index().find(text):
        if any(a <= m.start < b for a, b in others) or makers_word(text, m.end) or \
                _beyond_border(sent.doc, m.start) or (
                sent.start_char <= m.start < sent.end_char and _visited_land(
                    sent, replace(m, start=m.start - sent.start_char, end=m.end - sent.start_char))):
            continue
        return m.iso3
    return None


_JURISDICTION = frozenset({"COERCE", "CONCEDE"})  # acts of a state's authority: arrest, ban, pardon, amnesty


def jurisdiction(sent: Any, event: Event, actor: Actor) -> str | None:
    """A state body of no named country that arrests, bans or pardons those of a country, or a court that convicts
    them, in a sentence that names no other one, is that country's: it acts within its own jurisdiction ("the
    government revoked the licence of a newspaper of X", "the president pardoned a former leader of X"). Asked last,
    where nothing else placed the actor: the other party's country is skipped everywhere else, as a visit or a
    threat is aimed abroad."""
    if (event.event not in _JURISDICTION or actor.sector not in ("GOV", "COP", "JUD")) and (
            event.event, actor.sector) != ("ACCUSE", "JUD"):  # a court's verdict: it tries those of its own land
        return None
    mentions = country_index().find(sent.text)
    named = {m.iso3 for m in mentions} | {r.country for r in event.recipients if r.country}
    spans = _recipient_spans(event)
    if len(named) != 1 or not mentions or not all(
            any(a <= sent.start_char + m.start < b for a, b in spans) for m in mentions):
        return None  # no country, two, or one named outside what the act is aimed at
    return named.pop()


def _visited_land(sent: Any, mention: Any) -> bool:
    """The country is where someone is on a visit ("on an official visit in Pakistan", "during his trip to the
    Czech Republic"): a visitor is not of the country visited."""
    tok = phrase_head(token_at(sent.doc, sent.start_char + mention.start), ("compound", "amod", "det"))
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in") and \
        tok.head.head.lemma_.lower() in _TRIPS


def _aside(sent: Any, keep: int) -> list[tuple[int, int]]:
    """Character ranges of the conditions in ``sent`` ("if Moscow moves on Kyiv, ..."), unless ``keep`` (the
    actor's start) lies in one: a country named in a condition is not the actor's. (Relative clauses too
    were tried: "troops deployed to oversee a truce between X and Y" named the actor's own country.)"""
    out = []
    for tok in sent:
        condition = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)
        if condition:
            sub = list(tok.subtree)
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1])
            if not start <= keep < end:
                out.append((start, end))
    return out


HOME_BODIES = frozenset({"GOV", "LEG", "JUD", "COP"})  # what a people's protest is aimed at, at home
MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?|mission)\b", re.IGNORECASE)  # a foreign state's post
# People words that may name those in charge ("the leader", "the commander"): no sign of civilians.
_MAYBE_IN_CHARGE = frozenset("leader leaders commander commanders member members agent agents".split())


def ordinary_people(phrase: str) -> bool:
    """A phrase headed by a word for people ("dockworkers", "three farmers"): civilians, once placed."""
    head = head_word(phrase)
    return head in PEOPLE and head not in _MAYBE_IN_CHARGE


def head_word(phrase: str) -> str:
    """A plain phrase's last word, lower-cased ("" for none): its head, in English noun phrases."""
    words = phrase.lower().split()
    return words[-1] if words else ""


def countries_of(actors: list[Actor]) -> set[str]:
    """The countries actors stand for, also two in one phrase ("the Peruvian and Chilean navies")."""
    return {m.iso3 for a in actors for m in country_index().find(a.text)} | {a.country for a in actors if a.country}


def with_partner(tok: Any, actors: list[Actor]) -> bool:
    """The act is done "with" another country's side: a "with" phrase on the word or on the verb that carries it
    ("conducted an exercise with the Japanese navy") names a country none of the actors stands for."""
    own = countries_of(actors)
    holders = [tok] + ([tok.head] if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                words = " ".join(t.text for t in prep.subtree)
                if any(m.iso3 not in own for m in country_index().find(words)):
                    return True
    return False


def phrase_head(tok: Any, through: tuple[str, ...]) -> Any:
    """The head of the phrase ``tok`` is in, climbing the dependencies ``through`` ("the Czech Republic": the
    "Republic" a preposition governs)."""
    while tok is not None and tok.dep_ in through and tok.head.i != tok.i:
        tok = tok.head
    return tok


_BORDERS = frozenset("border frontier boundary".split())


def _beyond_border(parsed: Any, start: int) -> bool:
    """A country named as the far side of a border ("an ambush near the Chad border", "the border with Chad"): a
    neighbour, not where the act is or whose the actor is; a possessor owns its side ("Kenya's border")."""
    tok = token_at(parsed, start)
    while tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        tok = tok.head  # "the Burkina Faso border": the name's last word
    if tok is None:
        return False
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in _BORDERS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in _BORDERS


def locative(parsed: Any, start: int) -> bool:
    """The country is named as where: "in Nigeria", "near the Chad border", "in Nigeria's oil region"."""
    tok = phrase_head(token_at(parsed, start), ("compound", "conj", "appos"))
    if tok is not None and tok.dep_ == "poss":  # "in Nigeria's oil region": the region it owns is the place
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "from")


def as_modifier(parsed: Any, start: int) -> bool:
    """A country named as a modifier ("the Azerbaijan Army", "Armenia's steps") names a side, not a place."""
    tok = token_at(parsed, start)
    return tok is not None and tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN")


_UNPLACED_SECTORS = frozenset({"IGO", "NGO", "MIL"})


def place_actors(event: Event) -> None:
    """A body the text names without its country ("police raided a printing house", "suspected insurgents",
    "the authorities", "the suicide bomber", "farmers") acts where its event happened: it takes the country of
    the event's place, named finer than a country, as coders of a story set in one country read it. Not someone
    named only by name (no sector, no word for people), an IGO or NGO, a military (armies strike across borders:
    "troops shelled Armenian positions"), nor "the enemy"."""
    country = next((loc.get("country") for loc in event.locations
                    if loc.get("country") and loc.get("precision") not in ("country", "region")), None)
    if country is None:
        return
    for actor in event.actors:
        if actor.country is None and (actor.sector is not None or ordinary_people(actor.text)) and \
                actor.sector not in _UNPLACED_SECTORS and not OTHER_SIDE.search(actor.text):
            actor.country = country


class Homes:
    """Where one document's actors are, read from the places geocoding found: the country of an actor its own words
    do not place (``country_from_sentence``, ``where_done``, ``protest_at_home``), the side an act no words ascribe
    to anyone stands for (``imply_actor``), and the places a phrase or a sentence names. Moved out of the event
    coder, which asks it for each event it drafts."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        # the places in text order, to find a sentence's by bisection (linear time in long documents)
        self.places = sorted(doc.places, key=lambda p: p.span.start)
        self.place_starts = [p.span.start for p in self.places]

    @cached_property
    def brief(self) -> bool:
        """A wire brief or a lead with its dateline (``BRIEF_SENTENCES`` or fewer): counted when first asked."""
        return sum(1 for _ in self.doc.parsed.sents) <= BRIEF_SENTENCES

    def country_from_sentence(self, event: Event, sent: Any) -> None:
        """An actor the dictionary cannot place (a person named only by name, "the emir") takes the first
        country its sentence names outside the recipients, as event coders read "X of the country
        the story is about". (Skipping the countries the act is aimed at as well scored worse on the
        PLOVER records: 0.66 against 0.73.) A deployment's actor takes the country of the forces it moves
        ("the president deployed Kenyan troops to the border with Somalia"). Where the sentence names no
        country, or a wire lead names one only in what the actor does, the dateline's does, as for "the
        government" in a report filed from Colombo. An armed group of no country that attacks or seizes is of the
        country the sentence names as where ("gunmen seized two engineers, said to be Italian, in eastern
        Congo"), as ACLED codes unidentified armed groups."""
        forces = next((r for r in event.recipients if r.country and r.sector in (None, "MIL", "COP")),
                      None) if event.event == "MOBILIZE" else None  # "deployed U.S. troops": its own forces
        town = self.protest_place(event, sent)
        for actor in event.actors:
            if actor.country is not None or actor.sector in ("IGO", "NGO") or actor.span is None:
                continue
            if town is not None and actor.sector in _PROTESTING_HOME:
                actor.country = town.country
                actor.sector = actor.sector or ("CVL" if ordinary_people(actor.text) else None)
                continue
            if forces is not None:
                actor.country, actor.sector = forces.country, actor.sector or "GOV"
                continue
            own = self.finer_place(actor.span.start, actor.span.end)  # "the Ekiti State governor": his place's
            region = named_region(sent.doc, actor) if own is None else None
            if region is not None:
                actor.country = region
                continue
            home = home_forces(event, actor) if own is None else None
            if home is not None:
                actor.country = home
                continue
            armed = None if own is not None else where_armed(sent, event, actor)
            mention = None if own is not None else armed or first_country(sent, event, actor.span.start)
            if mention is not None and armed is None and in_actors_clause(sent, actor, mention):
                mention = None  # "protesters demanding an end to the war in X": what they want, not whose they are
            # the dateline's country, asked only where it may place the actor (a wire lead, or nothing else)
            filed = None if own is not None or (mention is not None and not self.brief) else \
                dateline_country(self.text, sent.start_char)
            if armed is None and mention is not None and filed and \
                    sent.start_char + mention.start > event.trigger.start:
                # a wire lead's own people are where it was filed, not of a land named in what they do ("X
                # accused India of ...", "X arrived in Beijing"); a land named before the act still places them
                # ("the Sudanese cabinet and an armed movement agreed"), whatever hub the story was filed from
                mention = None
            # else "COLOMBO, Sri Lanka (AP) — The government said …": the story's country is where it was filed
            actor.country = own.country if own is not None else mention.iso3 if mention is not None else filed
            if actor.country is None and event.event == "MOBILIZE" and actor.sector in STATE_FORCES:
                # "soldiers guarded the polling stations of the port town of Mombasa": forces of no named country in a
                # town are that country's own, deployed at home
                town = next((p for r in event.recipients if r.span
                             for p in [self.finer_place(r.span.start, r.span.end)] if p is not None), None)
                actor.country = town.country if town is not None else None
            if actor.country is None and self.brief:
                # a wire lead of a few sentences is about the country it names first, even where it names it in an
                # aside or another sentence ("police closed the market. The Malian ministry said ..."); not the other
                # party's ("met the visiting minister of X"). So is a person the dictionary cannot place ("X vowed
                # to crush the group if it attacks Y": the condition's country, which the sentence's search skips)
                actor.country = story_country(self.text, sent, event)
            if actor.country is None:
                actor.country = jurisdiction(sent, event, actor)
            facing = (actor.sector == "REB" and event.event == "ASSAULT") or actor.sector == "OPP"
            if actor.country is None and facing:
                # "guerrillas ambushed an army patrol of <state>", "the opposition urged <president> to go": insurgents
                # and an opposition of no named country face their own state (the recipients' country, which the
                # search above skips), as ACLED codes them
                states = {r.country for r in event.recipients if r.country and r.sector in ("MIL", "COP", "GOV")}
                actor.country = states.pop() if len(states) == 1 else None
            if actor.country:
                actor.sector = actor.sector or ("CVL" if ordinary_people(actor.text) else "GOV")

    def protest_place(self, event: Event, sent: Any) -> Any:
        """The town a protest is held in, named by a place phrase of its word ("in Kumasi, traders protested against a
        foreign base in Y"): people protest where they live, as ACLED codes protesters by where they
        march, whatever land their cause names. None for other acts."""
        if event.event != "PROTEST":
            return None
        tok = token_at(sent.doc, event.trigger.start)
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _WHERE_HELD) if tok else ():
            place = self.finer_place(prep.idx, prep.right_edge.idx + len(prep.right_edge), told=True)
            if place is not None:
                return place
        return None

    def finer_place(self, start: int, end: int, told: bool = False) -> Any:
        """The first place finer than a country, with a country, named within ``start:end``; ``told``: only one the
        text tells of (no dateline, seat or modifier). An actor's own phrase may name its office's place by any
        role ("Kaduna State Governor", "the mayor of Odesa", "Gaza's health ministry")."""
        first = bisect_left(self.place_starts, start)
        return next((p for p in self.places[first:] if p.span.start < end and p.span.end <= end and p.country
                     and p.precision not in ("country", "region")
                     and not (told and getattr(p, "role", None) is not None)), None)

    def sentence_places(self, sent: Any) -> list[Any]:
        """The places named within ``sent`` (``self.places`` is in text order)."""
        return self.places[bisect_left(self.place_starts, sent.start_char):bisect_left(self.place_starts,
                                                                                         sent.end_char)]

    def where_done(self, drafts: list[Draft], sent: Any) -> None:
        """Actors of material acts, and the police of any act, whom nothing else placed take the one country of the
        towns and regions their sentence tells of ("gunmen raided a cattle market in a town of X province", "police
        lifted the curfew in the township"): those who fight, arrest or march in a place are, as ACLED codes actors
        of no named side, of the country they act in. Their sector stays their own: where they acted says
        nothing of whether they are the state's or its people. Not other actors of words, which are as often said
        abroad; none in a sentence of shells, missiles or air strikes,
        which fly across borders, nor where its places lie in several countries. Settled for the whole sentence,
        so that two words for one act keep one doer. Only in a brief, whose sentences tell one story: in an
        article the same doer named in another sentence without a town would then be of no country, another side
        to ``merge``, and one act told over two sentences would split (the police firing, then its dead)."""
        if not self.brief or any(d.event.event == "ASSAULT" and d.event.mode in crosswalk.FROM_AFAR for d in drafts):
            return
        found = {p.country for p in self.sentence_places(sent) if p.country and p.precision not in ("country", "region")
                 and getattr(p, "role", None) is None}
        if len(found) != 1:
            return
        country = found.pop()
        for draft in drafts:
            material = crosswalk.QUAD[draft.event.event].startswith("material")
            for actor in draft.event.actors:  # police are the place's, whatever they do ("police lifted the curfew")
                if actor.country is None and actor.sector not in ("IGO", "NGO") and actor.span is not None and (
                        material or actor.sector == "COP"):
                    actor.country = country

    @staticmethod
    def protest_at_home(event: Event) -> None:
        """People protesting at a state body of a country, where the sentence names no other country for them
        ("thousands marched on Spain's parliament"), are of it, as are its lawmakers, opposition, parties, students
        and activists ("opposition deputies boycotted the parliament's session"); not at an embassy or a
        consulate."""
        if event.event != "PROTEST":
            return
        for actor in event.actors:
            if actor.country is None and actor.sector in _PROTESTING_HOME:
                actor.country = next((r.country for r in event.recipients if r.country and r.sector in HOME_BODIES
                                      and not MISSION.search(r.text)), None)
                if actor.country and actor.sector is None and ordinary_people(actor.text):
                    actor.sector = "CVL"

    def imply_actor(self, event: Event, sent: Any) -> None:
        """An act no words ascribe to anyone ("a missionary was arrested in Lebanon", "thousands marched in
        Nairobi, Kenya") is the act of that country's side: its police arresting, its people protesting, else its
        authorities, as event coders (ACLED's "Police Forces of X", PLOVER's actor from context) code it. The
        actor is marked ``implied`` and points at the country's name in the sentence (the first one outside the
        recipients and conditions). Not for armed acts, which cross borders ("a village in Armenia was shelled"
        names the target's country), but forces of no named country deployed in one are its authorities' ("security
        forces were deployed in Tehran"); forces of a named country deployed are its authorities' wherever they go
        ("Russian tank units were moved to Belarus": a state mobilizes its own forces). A bomb no one is named as
        setting off is an unidentified armed group's of the country named, else of the place it went off in.
        Someone extradited is handed over by the country the "from" phrase names, else by their own, never by
        the one they go "to"; a politician arrested or charged with no doer named is so by his own country's."""
        own = own_forces(event)
        if own is not None:  # the actor points at the forces, whose country is theirs
            span, country = own.span, own.country
        else:
            deployed = event.event == "MOBILIZE" and not any(r.country for r in event.recipients)
            planted = event.event == "ASSAULT" and event.mode in _PLANTED
            if event.actors or (event.event in _ARMED_ACTS and not deployed and not planted):
                return
            # "deported from Malaysia to face charges": Malaysia; "a reporter was deported from <city>": its country
            origin = handed_from(sent, event, self.finer_place)
            handed = handed_over(event) if origin is None else None  # "X was extradited to the US": not the US
            mention = first_country(sent, event, -1) if handed is None and origin is None else None
            if event.event == "AID" and (mention is None or sent.start_char + mention.start > event.trigger.start):
                return  # "a Danish ship docked in X with grain" is Danish aid; "… to help victims in X" is not X's
            at_home = handed or (held_at_home(event) if mention is None else None)
            # a bomb of no named makers, a curfew imposed or lifted or people rounded up with no one named ("a curfew
            # was clamped on the town", "activists were rounded up in X"), is of the place it went off or was done in:
            # the armed group's, the authorities' or the police's there
            local = planted or (event.event == "COERCE" and event.mode in _LOCAL_ORDERS) or (
                event.event in ("CONCEDE", "RETREAT") and any(ORDERS_EASED.search(r.text) for r in event.recipients))
            place = self.finer_place(sent.start_char, sent.end_char, told=True) if local and mention is None \
                else None
            if origin is not None:
                span, country = origin
            elif mention is not None:
                span = self.doc.span(sent.start_char + mention.start, sent.start_char + mention.end)
                country = mention.iso3
            elif place is not None:
                span, country = place.span, place.country
            elif at_home is not None:  # pointing at the country's name in the phrase, else at the phrase
                named = country_named(self.text, at_home.span.start, at_home.span.end, at_home.country)
                span, country = named if named is not None else (at_home.span, at_home.country)
            else:
                return
        who, sector = _IMPLIED.get((event.event, event.mode), _IMPLIED.get((event.event, None), ("authorities", "GOV")))
        event.actors = [Actor(span.text, f"{who} of {country_index().name(country)}", country, sector, span,
                              implied=True)]
