"""Which country an actor is of where its own words name none, and where an actor is.

The sentence's other words tell it: the state whose authority the act uses (an arrest, a ban, a pardon),
the one that hands someone over or receives them, the country the actor's forces are in, the first country
the sentence names that is no recipient's, visited land or aside. Also the places of an event that are no
actor's (``place_actors``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from casus.actors import country_index
from casus.events.participants import OTHER_SIDE, PEOPLE, clauses_within, datelines_of, makers_word
from casus.model import Actor, Event, Span
from casus.nlp import doc_text, token_at

STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO"}


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
    a protest also the whole of what it is against ("protested against the U.S. presence in X": X is where the
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
