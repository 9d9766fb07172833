"""Actors and recipients: who does the event to whom, read off the parse.

An actor phrase is the head noun with its left modifiers ("the Armenian
armed forces") and its "of"/"among" chain ("units of the Azerbaijan Army"),
not its other prepositional phrases, so that "the positions of the army in
the territories of Lachin district" describes the army, not Lachin. Its
country comes from the country dictionary (names, demonyms, capitals), its
sector from the sector words (``casus.actors``). Perspective words resolve
through the speaking source: "our units" and "we" are the speaker's side,
"the enemy", "the opposite side" and "its neighbour" the other country of the
dyad the document is about. The speaker's side is the claim's source country,
else the document's speaking side (the one country its state sources speak
for); a side whose own country is unknown names no enemy, since guessing
would as often put the speaker's own country as the attacker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from casus.actors import country_index, identified_state, named_army, sector_of
from casus.actors.leaders import leader_country
from casus.actors.sectors import sector_terms
from casus.ingest.dateline import dateline_place_spans, dateline_spans
from casus.model import Actor, Source, Span
from casus.nlp import doc_text

OTHER_SIDE = re.compile(r"\b(enemy|adversary|opposite side|other side|opposing side|hostile side|"
                         r"opposite party|other party|(?:its|our|their) neighbou?r(?:ing (?:country|state))?)\b",
                        re.IGNORECASE)
# "US-made rockets", "Western-supplied launchers": the maker of a weapon is not who fires it; "Syrian-backed
# militiamen", "Iranian-allied rebels": the patron of a group is not its country
_MAKER = re.compile(r"[-\s]*(?:made|supplied|built|manufactured|produced|designed|donated|provided)\b|"
                    r"-(?:backed|allied|supported|sponsored|aligned|funded|financed|trained|armed)\b", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’]")  # "Qatar's", "Saudi Arabia’s", "Philippines'"
_POSSESSOR = re.compile(r"^(its|their)\b", re.IGNORECASE)


def makers_word(text: str, end: int) -> bool:
    """The country named just before ``end`` in ``text`` made, armed or backs what follows ("US-made", "Syrian-backed"):
    not the country of whoever acts with it."""
    return _MAKER.match(text, end) is not None


_STATE_KINDS = {"government", "military"}
# Armed groups named by where they are ("militants in Darfur"): the place is their side
_LOCATED = {"in", "inside", "within"}
_OWN_SIDE = re.compile(r"^(?:[Oo]ur|[Ww]e|us|[Oo]urs)\b")  # "US forces" are the United States'
GROUP_ADJECTIVES = frozenset("rebel police insurgent militant separatist guerrilla army".split())
_MILITARY_PLACES = frozenset("position post outpost checkpoint garrison trench base".split())
_SPEAKER_PRONOUNS = {"it", "they", "he", "she"}
_POSSESSIVES = {"its", "their", "his", "her"}
_LED_BODIES = frozenset("administration government cabinet regime".split())  # a leader's, by the leader's name
_UNRESOLVED_PRONOUNS = {"it", "they", "them", "he", "she", "him", "her", "who", "which", "that", "this",
                        "these", "those", "i", "you", "one", "some", "others", "all", "both", "each"}
_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct", "advmod", "npadvmod"}
_CHAIN_PREPS = {"of", "among", "from"}
# People named by their post, whose "with" names the body they serve ("a senior official with the UN food agency").
_ROLES = frozenset("official spokesman spokeswoman spokesperson representative officer worker staff member envoy "
                   "delegate diplomat adviser advisor employee".split())
# A person's post, told in apposition to the name ("X, head of the militia"), which names the body X acts for.
_TITLES = _ROLES | frozenset("leader head chief commander chairman chairperson president minister secretary "
                             "founder governor mayor general".split())
# Posts that name a person wherever they stand ("the rebel chief", "the army commander"); not "head", a body's part
# too, nor "delegate" or "member", which a party's vote count names ("picked up most of the delegates")
TITLE_WORDS = _TITLES - {"head", "delegate", "member", "staff", "representative", "worker", "employee"}
# Nouns that name what is hit rather than who acts: "the shelling of the positions of …".
TARGET_WORDS = frozenset(
    "position positions post posts village villages territory territories area areas city cities town towns "
    "settlement settlements base bases infrastructure facility facilities population house houses home homes "
    "building buildings school schools hospital road roads line lines point points border region district "
    "districts residential neighbourhood neighborhood camp camps vehicle vehicles convoy".split())


# Nouns for people: unnamed, but participants all the same ("the passengers were detained").
PEOPLE = frozenset(
    "people person persons man men woman women child children boy boys girl girls youth youths member members "
    "leader leaders accused suspect suspects individual individuals passenger passengers pilgrim pilgrims "
    "worker workers student students farmer farmers supporter supporters follower followers family families "
    "victim victims detainee detainees prisoner prisoners hostage hostages miscreant miscreants culprit culprits "
    "criminal criminals offender offenders accomplice accomplices absconder absconders agent agents "
    "crowd crowds group groups gang gangs rioter rioters brother brothers sister sisters son sons daughter "
    "daughters father mother husband wife relative relatives cousin cousins nephew uncle neighbour neighbours "
    "resident residents villager villagers shopkeeper shopkeepers trader traders activist activists commander "
    "commanders settler settlers refugee refugees migrant migrants tribesman tribesmen fisherman fishermen "
    "doctor doctors nurse nurses teacher teachers miner miners mourner mourners worshipper worshippers monk monks "
    "cleric clerics bandit bandits smuggler smugglers poacher poachers looter looters hooligan hooligans "
    "vigilante vigilantes pirate pirates hacker hackers tribe tribes clan clans community communities "
    "national nationals citizen citizens foreigner foreigners expatriate expatriates tourist tourists captive "
    "captives sailor sailors seaman seamen crew crewmen reporter reporters engineer engineers diplomat "
    "diplomats employee employees labourer labourers laborer laborers dockworker dockworkers steelworker "
    "steelworkers autoworker autoworkers trucker truckers driver drivers lawyer lawyers pensioner pensioners "
    "retiree retirees protester protesters demonstrator demonstrators attacker attackers assailant assailants "
    "bomber bombers kidnapper kidnappers abductor abductors sniper snipers arsonist arsonists raider raiders "
    "intruder intruders robber robbers thief thieves killer killers murderer murderers perpetrator "
    "perpetrators shooter shooters officer officers policeman cadet cadets guard guards priest priests missionary "
    "missionaries volunteer volunteers contractor contractors inmate inmates convict convicts internee internees "
    "abductee abductees defendant defendants dissident dissidents grower growers docker dockers stevedore "
    "stevedores anarchist anarchists negotiator negotiators mediator mediators personnel faction factions critic "
    "critics opponent opponents journalist journalists blogger bloggers writer writers campaigner campaigners "
    "founder founders co-founder ringleader ringleaders mastermind masterminds supporter supporters servant servants "
    "clerk clerks porter porters cleaner cleaners unionist unionists fugitive fugitives kingpin kingpins trafficker "
    "traffickers druglord druglords gangster gangsters mobster mobsters deserter deserters defector defectors "
    "escapee escapees herder herders herdsman herdsmen peasant peasants nomad nomads".split())


@dataclass
class Perspective:
    """Who is speaking, for "our units" and "the enemy"."""

    speaker: Source | None = None
    other_country: str | None = None
    in_claim: bool = False  # the words are inside the speaker's claim (pronouns may be the speaker)
    named: list[tuple[int, int, Source]] = field(default_factory=list)  # phrases attribution resolved


def phrase_tokens(head: Any, depth: int = 0) -> list[Any]:
    """The head, its left modifiers, and its "of"/"among" chain, in text order."""
    out = [head]
    for left in head.lefts:
        if left.dep_ in _LEFT_DEPS and not _verbs_result(left):
            out.extend(t for t in left.subtree if t.i < head.i)
    if depth < 3:
        for right in head.rights:
            if right.dep_ == "prep" and (right.lower_ in _CHAIN_PREPS or (
                    right.lower_ == "with" and head.lemma_.lower() in _ROLES)):  # "an official with the UN agency"
                objects = [c for c in right.children if c.dep_ == "pobj"]
                if objects:
                    out.append(right)
                    out.extend(phrase_tokens(objects[0], depth + 1))
                    if head.tag_ in ("NNS", "NNPS"):  # "the navies of India and Japan": all of them
                        for joined in objects[0].conjuncts:
                            out.extend(phrase_tokens(joined, depth + 1))
            elif right.dep_ in ("compound", "flat", "appos") and right.pos_ == "PROPN":
                out.extend(right.subtree)
            elif right.dep_ == "appos" and head.pos_ == "PROPN" and right.lemma_.lower() in _TITLES:
                out.extend(phrase_tokens(right, depth + 1))  # "X, leader of the party": who X is
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


def _verbs_result(tok: Any) -> bool:
    """"shot dead two policemen": the small model hangs "dead" on the object, but it says what the shooting did,
    not who the policemen are."""
    return tok.i > 0 and tok.lower_ == "dead" and tok.doc[tok.i - 1].pos_ == "VERB"


def conjuncts(head: Any) -> list[Any]:
    """The head and the heads it is coordinated with ("Dutch and Belgian officials" stays one); a later
    conjunct's, those after it (a subject the parser hung on an opening phrase: ``hidden.stranded_subject``)."""
    later = head.dep_ == "conj"
    return [head, *[c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON") and not (later and c.i < head.i)]]


BRIEF_SENTENCES = 3  # a wire brief or a lead with its dateline: one story, one country (``types.BRIEF`` too)


@lru_cache(maxsize=64)
def datelines_of(text: str) -> tuple[tuple[int, int], ...]:
    """``dateline_spans`` of a document, found once: every actor phrase asks."""
    return tuple(dateline_spans(text))


def _teller(pronoun: Any) -> Any | None:
    """Who "it" or "they" is as the subject of what someone named says: "Chile said it will not sign", "X and Y
    said they would …" (a name or a body, not another pronoun). The attribution makes the teller the claim's
    speaker, which places the pronoun; this is for a teller whose words another reports ("…, the agency said"),
    where the claim is the reporter's."""
    from casus.attribution.claims import CUE_VERBS

    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or \
            clause.head.lemma_.lower() not in CUE_VERBS:
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or (pronoun.lower_ == "it") == (
            subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)):
        return None  # "it" tells of one, "they" of several
    return subject


def describe(head: Any, perspective: Perspective, text: str) -> Actor | None:
    """The actor that the phrase headed by ``head`` names, or None if it names nothing casus can code.

    An actor whose words name no country takes the country its context makes plain
    (``inferred_country``), except one the attribution resolved to a source (its country is the
    source's, which other steps compare it with), "our units" and "the enemy" (the speaker's sides).
    """
    tokens = [t for t in phrase_tokens(head) if not t.is_punct or t.i not in (head.i,)]
    opening = next((end for start, end in datelines_of(text) if tokens and start <= tokens[0].idx < end <= head.idx),
                   None)
    if opening is not None:  # "ABUJA, Nigeria | Rebels in Darfur": the dateline is no part of the phrase
        tokens = [t for t in tokens if t.idx >= opening]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "case"):
        tokens = tokens[1:]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    phrase = text[start:end]
    lower = head.lower_ if head.text not in country_index().forms else ""  # "US" is the United States, no pronoun
    speaker = perspective.speaker
    if lower in ("we", "us") or _OWN_SIDE.match(phrase):
        found_sector = sector_of(phrase)
        own_code = found_sector.code if found_sector else ("MIL" if head.lemma_.lower() in _MILITARY_PLACES else None)
        if speaker is None or speaker.kind == "outlet":
            # the document's own voice: an official statement speaks for its side ("our servicemen")
            side = speaking_side(perspective)
            if side is None or lower in ("we", "us") or own_code is None:
                return None
            return Actor(phrase, _clean(phrase), side, own_code, Span.of(text, start, end))
        if lower in ("we", "us") or own_code is None:
            return Actor(phrase, speaker.name, speaker.country, speaker.sector, Span.of(text, start, end))
        return Actor(phrase, _clean(phrase), speaker.country or speaking_side(perspective), own_code,
                     Span.of(text, start, end))
    own_name = country_index().find(head.text) if head.pos_ == "PROPN" else []
    for m_start, m_end, source in perspective.named:  # "the ministry warned": the source attribution found
        if m_start <= head.idx < m_end and source.kind != "unnamed" and not (
                own_name and own_name[0].iso3 != source.country) and not (  # "X and Y accused each other": Y is Y
                head.dep_ == "conj" and m_start <= head.head.idx) and not (  # "the army and the rebels": each its
                any(c.dep_ == "conj" and m_start <= c.idx < m_end for c in head.children) and  # own; the first too
                leader_country(head) not in (None, source.country)):  # where a known leader says it is another's
            # a source the dictionary cannot place is placed as any actor is ("the party said it will boycott
            # Peru's elections")
            country = source.country or leader_country(head, speaking=True) or inferred_country(
                head, source.sector, perspective)
            return Actor(phrase, source.name, country, source.sector, Span.of(text, start, end))
    if lower in _UNRESOLVED_PRONOUNS and len(tokens) == 1:
        if lower in _SPEAKER_PRONOUNS and speaker is not None and speaker.kind != "outlet" and perspective.in_claim:
            # "Chile says it will not sign …": the pronoun inside a claim is its speaker, placed as the speaker's
            # own mention is ("the party said it will boycott Peru's elections")
            country = speaker.country or inferred_country(head, speaker.sector, perspective)
            return Actor(phrase, speaker.name, country, speaker.sector, Span.of(text, start, end))
        teller = _teller(head) if lower in ("it", "they") else None
        if teller is not None:  # "Peru said it would …, the agency reported": the claim is the agency's, "it" Peru
            actor = describe(teller, perspective, text)
            if actor is not None and (actor.country or actor.sector):
                return Actor(phrase, actor.name, actor.country, actor.sector, Span.of(text, start, end))
        return None
    found = [m for m in country_index().find(phrase) if not makers_word(phrase, m.end) and not any(
        lo <= m.start < hi for lo, hi in clauses_within(head, start))]
    leader = leader_country(head)  # "President Bachelet", "Rutte": the state they lead
    if found and all(m.start >= head.idx + len(head) - start for m in found) and leader:
        found = []  # "President X and Y's prime minister": a known leader is of his state, not of those after him
    country = found[0].iso3 if found else None
    if found:
        country = _named_state(head, phrase, found, start) or _people_country(head, tokens, found, start) or country
    if country is None and OTHER_SIDE.search(phrase):
        country = other_side(head, phrase, perspective)
    led = leader if country is None else None
    if led is None and country is None and head.lemma_.lower() in _LED_BODIES:  # "the Biden administration",
        led = next((c for t in head.children if t.dep_ in ("compound", "poss")  # "Putin's government": the
                    and (c := leader_country(t)) is not None), None)  # leader's state
    country = country or led
    # The sector is the head's own ("troops", "armed forces", "police"), else its "of" chain's
    # ("sabotage groups of the armed forces"), never an adjective's ("military hardware").
    core = [head, *[c for c in head.lefts if c.dep_ == "compound"]]
    sector = sector_of(head.text) or sector_of(" ".join(t.text for t in sorted(core, key=lambda t: t.i)))
    group_word = next((c for c in head.lefts if c.dep_ == "amod" and c.lower_ in GROUP_ADJECTIVES), None)
    grouped = sector_of(f"{group_word.lower_} {head.lower_}") if group_word is not None else None
    if grouped is not None and " " in grouped.term:  # "the rebel forces", parsed with "rebel" as an adjective:
        sector = grouped  # the two words' term, not the head's ("forces": an army)
    if sector is None:
        chain = [t for t in tokens if t.i > head.i]
        sector = sector_of(" ".join(t.text for t in chain)) if chain else None
    whole = sector_of(phrase)
    adjectives = {t.lower_ for t in tokens if t.pos_ == "ADJ"}
    head_country = any(m.start <= head.idx - start < m.end for m in found)  # "NATO-member Estonia" is Estonia
    if whole is not None and not head_country and (whole.code in ("IGO", "NGO") or (
            sector is None and (whole.term not in adjectives or whole.term in GROUP_ADJECTIVES))):
        sector = whole  # "African Union defence ministers" speak for the IGO; "the UN force" is the UN's
    body = next((b for _, b in sector_terms(phrase) if b.code in ("IGO", "NGO")), None)
    if body is not None and not found and sector is not None and sector.code == "GOV":
        sector = body  # "the foreign ministers of the 10-member ASEAN" meet for the IGO, as its defence ministers do
    if body is not None and sector is not None and sector.code == "MED" and head.lemma_.lower() == "agency":
        sector = body  # "the UN refugee agency" is the UN's, no news agency
    if any(m.start < head.idx - start for m in found) and any(
            s is not None and s.term.startswith("peacekeeper") for s in (sector, whole)):
        sector = sector_of("troops")  # "French peacekeepers": a state's soldiers on a mission ("UN peacekeepers"
        # stay the UN's)
    if sector is not None and sector.code in ("IGO", "NGO") and not head_country and not (
            sector.code == "NGO" and any(m.how == "demonym" or _POSSESSIVE_AFTER.match(phrase, m.end) or
                                         phrase[:m.start].strip().lower() in ("", "the") for m in found)):
        country = None  # but a national NGO named by its people's word, as its country's or after it keeps it: "two
        # Canadian aid groups", "Qatar's charity body", "the Jordan Charity Organisation"
    group = next((s for s in (sector, whole) if s is not None and s.home), None) or next(
        (b for _, b in sector_terms(phrase) if b.home and b.code == "REB"), None)  # "Taliban fighters"
    if country is None and group is not None and (sector is None or sector.code == "REB"):
        country = group.home  # "the Taliban", "Hezbollah fighters in Syria": the group's home, wherever it fights
    if country is None and sector is not None and sector.code in ("REB", "MIL"):
        country = _located_in(head)  # "militants in Darfur", "militia forces in northern Iraq"
    if country is None and speaker is not None and perspective.in_claim and tokens[0].lower_ in _POSSESSIVES:
        country = speaker.country  # "Chile says it will withdraw its troops"
    code = sector.code if sector else ("GOV" if led else None)
    if code == "MIL" and country is None and named_army(phrase) and whole is not None and whole.code in ("MIL", "REB"):
        code = "REB"  # "the Korvath Army": an army whose name names no state is an armed group
        country = _located_in(head)
    if code is None and country and head.lemma_.lower() in _MILITARY_PLACES:
        code = "MIL"  # "Armenian positions"
    if country is None and code is None:
        # Someone casus cannot place is still the actor ("the Azadliq coalition", "Putin", a state the
        # dictionary lacks); a region, a building, a date or a thing is not.
        if _counted_people(head):  # "hundreds of farmers marched" (the number word is a CARDINAL)
            return Actor(phrase, _clean(phrase), None, None, Span.of(text, start, end))
        if head.ent_type_ in ("LOC", "FAC", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL"):
            return None
        if head.lemma_.lower() in PEOPLE or head.like_num or a_body_of_people(head):  # "30 people were detained",
            # "40 were arrested", "a body representing the unions"
            return Actor(phrase, _clean(phrase), None, None, Span.of(text, start, end))
        if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "NORP", "PERSON", "GPE") or any(
                t.pos_ == "PROPN" and t.ent_type_ not in ("LOC", "FAC") for t in tokens):
            return Actor(phrase, _clean(phrase), None, None, Span.of(text, start, end))
        return None
    if code is None and country and not head_country and (head.lemma_.lower() in PEOPLE or counted(head)):
        code = "CVL"  # a country's people, not its state: "French farmers blocked the motorway", "thousands of
        # Chileans marched"
    if code is None and country:
        code = "GOV"  # the state itself: "Armenia slowed down the process", "Yerevan rejected …"
    if country is None and not OTHER_SIDE.search(phrase) and code not in ("IGO", "NGO"):
        country = inferred_country(head, code, perspective)  # an international body has none to infer
    return Actor(phrase, _clean(phrase), country, code, Span.of(text, start, end))


MULTITUDES = frozenset("dozen dozens hundred hundreds thousand thousands score scores million millions".split())


def counted(head: Any) -> bool:
    """"Thousands of Chileans", "200 Peruvians": people counted (a number word with an "of", or a count of a
    plural), who are a country's people, not its state."""
    return (head.lower_ in MULTITUDES and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)) or (
        head.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in head.children))


def _counted_people(head: Any) -> bool:
    """"Hundreds of farmers", "dozens of residents": a number word whose "of" names people."""
    return head.lower_ in MULTITUDES and any(
        o.lemma_.lower() in PEOPLE for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj")


# The civil bodies of a state: when a state's source reports what one of them did without naming its
# country ("the president has imposed sanctions, the White House said"), it is the source's own. Not
# the armed forces: a military source's statement names the enemy's units as often as its own.
_CIVIL_STATE = frozenset({"GOV", "COP", "JUD", "LEG"})
# Armed actors act across borders: the one country a sentence names is as often their target's.
_ARMED = frozenset({"MIL", "REB"})
_ETHNIC = frozenset({"ethnic", "ethnically"})
_PLACE_PREPS = frozenset({"in", "inside", "within", "across", "throughout", "near", "at"})


def inferred_country(head: Any, sector: str | None, perspective: Perspective) -> str | None:
    """The country of an actor whose own words name none, where the context makes it plain.

    Only a body of some state or society is placed (a sector other than IGO/NGO), never an unnamed
    someone. A civil body of a state inside the claim of a state's source is that state's; else an
    unarmed body takes the country its sentence names when it names only one, and names it as the
    place of the story or the country of its people, as event coders read "X of the country the
    story is about" ("the Green party began a boycott of Peru's elections", "the president barred
    Kenyan opposition candidates"). Not a country that stands as a party of its own, by name or
    through its state, its forces or its acts ("criticised Norway", "met the Norwegian prime
    minister", "condemned the Chilean raids": the other party, not the actor's), nor one said of a
    part of the actor ("villagers, including a Malian trader"). Anything else is left to the event's
    fallback (``homes.Homes.country_from_sentence``).
    """
    if sector is None or sector in ("IGO", "NGO"):
        return None
    speaker = perspective.speaker
    if sector in _CIVIL_STATE and perspective.in_claim and speaker is not None and \
            speaker.kind in _STATE_KINDS | {"country"} and speaker.country:
        return speaker.country
    if sector in _ARMED:
        return None
    sent = head.sent
    mentions = country_index().find(sent.text)
    if len({m.iso3 for m in mentions}) != 1:
        return None
    own = {t.i for t in head.subtree}
    for m in mentions:
        span = sent.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or span.root.i in own or not _of_the_country(span.root):
            return None
    return mentions[0].iso3


# Nouns for where or in what something happens, that a country's name or adjective places.
_PLACE_NOUNS = frozenset("city town village region province district capital border area territory "
                         "country state election elections vote poll polls referendum".split())
# Sectors of a society's own people and bodies (not its state, nor armed).
SOCIETY = frozenset({"OPP", "PTY", "CVL", "LAB", "EDU", "BUS", "MED", "ACT"})


def _of_the_country(root: Any) -> bool:
    """The country word names the place of the story ("in Kenya", "Peru's regional elections") or the
    country of its people ("Kenyan opposition candidates", "Kenyan farmers"), rather than a party."""
    if root.dep_ == "pobj":
        return root.head.lower_ in _PLACE_PREPS
    if root.dep_ not in ("amod", "compound", "poss", "nmod") and root.pos_ != "ADJ":
        return False
    noun = root.head
    if noun.lemma_.lower() in _PLACE_NOUNS or noun.lemma_.lower() in PEOPLE:
        return True
    core = " ".join(t.text for t in noun.lefts if t.dep_ == "compound" and t.i > root.i)
    sector = sector_of(f"{core} {noun.text}".strip())
    return sector is not None and sector.code in SOCIETY


def clauses_within(head: Any, start: int) -> list[tuple[int, int]]:
    """Where, in the phrase starting at character ``start``, the head's clauses say what its people do or want
    ("protesters demanding an end to the war in X", "activists who backed sanctions on Y"): countries named there
    are what they are about, not whose they are."""
    spans = []
    for c in (c for t in head.subtree for c in t.children):
        if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG"):
            words = list(c.subtree)
            spans.append((words[0].idx - start, words[-1].idx + len(words[-1]) - start))
    return spans


def _named_state(head: Any, phrase: str, found: list[Any], start: int) -> str | None:
    """The state a phrase is, where words before name another: its head, or the head's apposition, is a
    country's name ("U.S. ally Kenya"), or its words say so (``identified_state``); a demonym head is a people
    (``_people_country``)."""
    for tok in (head, *(c for c in head.children if c.dep_ == "appos")):
        if tok.tag_ != "NNP" or tok.ent_type_ == "PERSON" or any(  # not "Bosnian Serbs", nor a surname
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            continue
        own = next((m for m in found if m.start <= tok.idx - start < m.end and m.how != "demonym"), None)
        if own is not None:  # "North and South X" shares its head: the first named
            shared = next((m for m in found if m.end < own.start and phrase[m.end:own.start] in (" and ", " or ")
                           and " " not in m.text), None)
            return (shared or own).iso3
    state = identified_state(phrase, found)
    return state.iso3 if state is not None else None


def _people_country(head: Any, tokens: list[Any], found: list[Any], start: int) -> str | None:
    """A people named by its demonym lives where the text places it: "the Albanians of southern
    Serbia" and "Kurds in Iraq" are of the country they live in; "ethnic Turks" (an ethnicity, not a
    nationality) of the other country the sentence names, the one the story is about."""
    people = next((m for m in found if m.start <= head.idx - start < m.end and m.how == "demonym"), None)
    ethnic = any(t.lower_ in _ETHNIC and t.i < head.i for t in tokens)
    if people is None and not ethnic:
        return None
    if people is None:  # "ethnic Albanian villagers": the demonym modifies the head
        people = next((m for m in found if m.how == "demonym"), None)
        if people is None:
            return None
    where = _located_in(head) or _chain_country(head, found, start, people)
    if where is not None or not ethnic:
        return where
    return next((m.iso3 for m in country_index().find(head.sent.text) if m.iso3 != people.iso3), None)


def _chain_country(head: Any, found: list[Any], start: int, people: Any) -> str | None:
    """The country of the place in the head's "of" chain: the one that names the place itself ("the
    Israeli-occupied West Bank" is the West Bank), else the last one the chain names."""
    after = [m for m in found if m.start >= people.end]
    for right in head.rights:
        if right.dep_ == "prep" and right.lower_ == "of":
            place = next((c for c in right.children if c.dep_ == "pobj"), None)
            if place is not None:
                own = next((m for m in after if m.start <= place.idx - start < m.end), None)
                if own is not None:
                    return own.iso3
    return after[-1].iso3 if after else None


def speaking_side(perspective: Perspective) -> str | None:
    """The one country the document's state sources (ministries, armed forces) speak for, if one."""
    countries = {source.country for _, _, source in perspective.named
                 if source.kind in _STATE_KINDS and source.country}
    return countries.pop() if len(countries) == 1 else None


def own_side(head: Any, phrase: str, perspective: Perspective) -> str | None:
    """Whose "enemy" or "neighbour" this is: "its neighbour" is the country named before it in the
    sentence; otherwise the speaker's country, else the document's speaking side."""
    if _POSSESSOR.match(phrase):
        before = [m.iso3 for m in country_index().find(doc_text(head.doc)[head.sent.start_char:head.idx])]
        if before:
            return before[0]
    speaker = perspective.speaker
    if speaker is not None and speaker.kind != "outlet" and speaker.country:
        return speaker.country
    return speaking_side(perspective)


def other_side(head: Any, phrase: str, perspective: Perspective) -> str | None:
    """The other country of the dyad: the document's other country (by sources and places), else the
    first other country its text names most; never the side's own, and nothing when that is unknown."""
    own = own_side(head, phrase, perspective)
    if own is None:
        return None
    if perspective.other_country and perspective.other_country != own:
        return perspective.other_country
    return next((c for c in _named_countries(doc_text(head.doc)) if c != own), None)


_NAMED_CACHE: dict[str, list[str]] = {}


def _named_countries(text: str) -> list[str]:
    """The countries a text names, most named first (the last text's answer is kept)."""
    if text not in _NAMED_CACHE:
        _NAMED_CACHE.clear()
        counts: dict[str, int] = {}
        for m in country_index().find(text):
            counts[m.iso3] = counts.get(m.iso3, 0) + 1
        _NAMED_CACHE[text] = sorted(counts, key=lambda c: -counts[c])
    return _NAMED_CACHE[text]


def _located_in(head: Any) -> str | None:
    """The country of "in X" after an armed group's head ("militants in Darfur", "rebels inside Chad")."""
    for right in head.rights:
        if right.dep_ == "prep" and right.lower_ in _LOCATED:
            objects = [c for c in right.children if c.dep_ == "pobj"]
            if objects:
                span = head.doc[objects[0].left_edge.i:objects[0].right_edge.i + 1]
                found = country_index().find(span.text)
                if found:
                    return found[0].iso3
    return None


def _clean(phrase: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", " ".join(phrase.split()), flags=re.IGNORECASE)


def is_target(head: Any) -> bool:
    return head.lemma_.lower() in TARGET_WORDS or head.lower_ in TARGET_WORDS


def dateline_country(text: str, before: int) -> str | None:
    """The one country the last dateline before offset ``before`` names ("COLOMBO, Sri Lanka (AP) _", "BEIRUT,
    LEBANON –", "KATHMANDU, May 6:"); None for a dateline at an international body ("UNITED NATIONS") or one
    naming several countries."""
    spans = [(start, end) for start, end in dateline_place_spans(text) if start <= before]
    if not spans:
        return None
    start, end = spans[-1]
    places = " ".join(w.title() if w.isupper() else w for w in text[start:end].split(" "))
    if any(sector.code in ("IGO", "NGO") for _, sector in sector_terms(places)):
        return None
    countries = {m.iso3 for m in country_index().find(places)}
    if not countries:  # "PORT-AU-PRINCE, Feb 11": a city in capitals that title case does not spell as its form
        countries = {iso3 for name in re.split(r"[,/]", text[start:end]) if (iso3 := country_index().folded(name))}
    return countries.pop() if len(countries) == 1 else None


def fight_sides(tok: Any) -> tuple[Any, Any] | None:
    """The two sides of a fight named by "between A and B" (or by one plural: "between rival clans"): on the word
    itself ("fighting between"), on its subject ("clashes between … killed 12") or on the fight it happened in
    ("killed in fighting between …")."""
    holders = [tok]
    holders += [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    holders += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for g in c.children
                if g.dep_ == "pobj"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                first = next((g for g in prep.children if g.dep_ == "pobj"), None)
                second = next(iter(first.conjuncts), None) if first is not None else None
                if second is not None:
                    return first, second
                if first is not None and first.tag_ in ("NNS", "NNPS") and names_someone(first):
                    return first, first  # "gun battles between rival clans": both sides in one plural
    return None


def titled_name(tok: Any) -> bool:
    """A proper name led by a title or a word for people ("rebel leader Jose 'Xanana' Gusmao"): a person, where the
    NER lost the name or took it for a title (a nickname in quotes splits it)."""
    return tok.pos_ == "PROPN" and any(
        t.i < tok.i and t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod") and (
            t.lemma_.lower() in _TITLES or t.lemma_.lower() in PEOPLE) for t in tok.subtree)


def names_someone(tok: Any) -> bool:
    """The word names someone: a proper name, a people noun or a body (a sector)."""
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in PEOPLE or sector_of(tok.text) is not None or \
        a_body_of_people(tok)


# Words that make "body" an organisation ("the world body", "a body representing the unions"), not a corpse.
_BODY_KINDS = frozenset("world governing umbrella regional international continental advisory legislative electoral "
                        "representative ruling oversight parent coordinating federal professional".split())
_BODY_ROLES = frozenset("represent govern oversee run monitor coordinate regulate".split())


def a_body_of_people(h: Any) -> bool:
    """"Body" as an organisation: told by a modifier of its kind or by what it does for others."""
    return h.lower_ == "body" and any(
        (c.dep_ in ("amod", "compound") and c.lower_ in _BODY_KINDS) or
        (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _BODY_ROLES) for c in h.children)
