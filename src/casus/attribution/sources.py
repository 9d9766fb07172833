"""Speakers: one ``Source`` per speaker per document, with country and sector.

Variants of one speaker are merged on a key of (country, office): "Azerbaijan's
Ministry of Foreign Affairs", "the Ministry of Foreign Affairs of the
Republic of Azerbaijan" and "the Foreign Ministry" are one source. A phrase
without a country ("the ministry", "the Foreign Ministry") takes the
country of the latest source with the same office, else the speaker's;
pronouns and "our side" resolve to the current speaker; "the other side"
to the document's other country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from casus.actors import Sector, country_index, identified_state, named_army, sector_of
from casus.actors.leaders import leader_of
from casus.model import Source, Span

# Offices whose many spellings name one speaker: key, pattern, display name, sector, kind.
_OFFICES: list[tuple[str, re.Pattern[str], str, str, str]] = [
    (key, re.compile(pattern, re.IGNORECASE), name, sector, kind)
    for key, pattern, name, sector, kind in [
        ("mfa", r"\b(foreign (affairs )?ministry|ministry of foreign affairs|mfa|foreign office)\b",
         "Ministry of Foreign Affairs", "GOV", "government"),
        ("mod", r"\b(defen[cs]e ministry|ministry of defen[cs]e|mod)\b", "Ministry of Defence", "MIL", "military"),
        ("moi", r"\b(interior ministry|ministry of (the )?interior|ministry of internal affairs)\b",
         "Ministry of Internal Affairs", "COP", "government"),
        ("general-staff", r"\bgeneral staff\b", "General Staff", "MIL", "military"),
        ("border-service", r"\bborder (service|guards?)\b", "Border Service", "MIL", "military"),
        ("president", r"\bpresident\b", "President", "GOV", "person"),
        ("prime-minister", r"\bprime minister\b", "Prime Minister", "GOV", "person"),
        ("armed-forces", r"\b(armed forces|army|military)\b", "Armed Forces", "MIL", "military"),
        ("government", r"\bgovernment\b", "Government", "GOV", "government"),
    ]
]
_PRONOUNS = {"it", "he", "she", "they", "we", "i", "our side", "our country", "its", "their", "his", "her", "our",
             "us"}
# Possessive and object forms speak as their subject form: "its information" is what "it" says.
_SUBJECT_FORM = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we", "us": "we"}
_OTHER_SIDE = re.compile(r"\b(the )?(other|opposite|opposing|enemy|hostile) (side|party)\b|\bthe enemy\b",
                         re.IGNORECASE)
_UNNAMED = re.compile(r"^(local |military |government |security |diplomatic |senior |two |several |some )*"
                      r"(officials?|sources?|residents|witnesses|eyewitnesses|observers|experts|analysts|"
                      r"villagers|locals|people|reports)\b", re.IGNORECASE)
_STATE_KINDS = frozenset({"government", "military"})
_GENERIC_HEADS = {"ministry", "agency", "department", "office", "committee", "service", "army", "military"}
_LEADING = re.compile(r"^(the|a|an|its|their|his|her|this|that)\s+", re.IGNORECASE)


@dataclass
class _Resolved:
    key: str
    name: str
    kind: str
    country: str | None
    sector: str | None


class SourceRegistry:
    """Creates and merges the sources of one document."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sources: list[Source] = []
        self._by_key: dict[str, Source] = {}
        self._key_of: dict[str, str] = {}  # source id -> key
        countries = Counter(m.iso3 for m in country_index().find(text))
        self.countries = [iso3 for iso3, _ in countries.most_common()]
        self.heading_country: str | None = None  # a statement heading's author's country (set by the attributor)

    def outlet(self, name: str) -> Source:
        """The outlet that published the document (or that a wire line names)."""
        key = f"outlet:{name.lower()}"
        source = self._by_key.get(key)
        if source is None:
            source = self._new(_Resolved(key, name, "outlet", None, "MED"))
        for match in re.finditer(rf"\b{re.escape(name)}\b", self.text):
            self.mention(source, match.start(), match.end())
        return source

    def resolve(self, start: int, end: int, speaker: Source | None = None) -> Source | None:
        """The source named by ``text[start:end]`` (created or merged)."""
        phrase = self.text[start:end].strip()
        if not phrase:
            return None
        lower = phrase.lower()
        if phrase not in country_index().forms and (lower in _PRONOUNS or lower.startswith(("our ", "we "))):
            # "US said …" is the United States, not the speaker's "us"
            lower = _SUBJECT_FORM.get(lower, lower)
            referent = speaker or self._antecedent(lower)
            if referent is None and lower == "it":  # "it" names no person: the unnamed source
                referent = self.unnamed()
            elif referent is None:  # "he said" with no one named before: an unnamed speaker, still evidenced
                referent = self._by_key.get(f"unnamed:{lower}") or self._new(
                    _Resolved(f"unnamed:{lower}", lower if lower != phrase.lower() else phrase, "unnamed", None,
                              None))
            self.mention(referent, start, end)
            return referent
        resolved = self._describe(phrase, speaker)
        source = self._by_key.get(resolved.key) or self._countryless(resolved) or self._new(resolved)
        self.mention(source, start, end)
        return source

    def _describe(self, phrase: str, speaker: Source | None) -> _Resolved:
        found = country_index().find(phrase)
        state = identified_state(phrase, found)  # "the head of the one-time Soviet republic of Moldova"
        country = state.iso3 if state else found[0].iso3 if found else None
        bare = _LEADING.sub("", phrase)
        if country is None:  # "President Bachelet said": the state a leader named without it leads
            country = leader_of(phrase.split(), _looks_like_person(bare))
        if country is None and _OTHER_SIDE.search(phrase):
            country = self._other_country(speaker)
        office = next(((k, n, s, kd) for k, p, n, s, kd in _OFFICES if p.search(phrase)), None)
        named = sector_of(phrase)
        if country is None and named is not None and named.home:
            country = named.home  # "the Taliban said": an armed group of one country is that country's
        armed_group = country is None and named_army(phrase) and (named is None or named.code in ("MIL", "REB"))
        if office and office[0] == "armed-forces" and armed_group:
            office = None  # "the Korvath Army said": an armed group's own name, not a state's armed forces
        if office:
            key, name, sector, kind = office
            if country is None:
                country = self._country_of_office(key) or (speaker.country if speaker else None) or self.home()
            full = f"{name} of {country_index().name(country)}" if country else name
            return _Resolved(f"{country}:{key}", full, kind, country, sector)
        sector = Sector("REB", "organization", "army") if armed_group else named
        if bare.lower() in _GENERIC_HEADS:  # "the ministry": the latest source with that word in its name
            for source in reversed(self.sources):
                if bare.lower() in source.name.lower():
                    return _Resolved(self._key_of[source.id], source.name, source.kind, source.country, source.sector)
        if _UNNAMED.match(bare):
            return _Resolved(f"unnamed:{country}:{bare.lower()}", bare, "unnamed", country,
                             sector.code if sector else None)
        if found and sum(m.end - m.start for m in found) >= len(bare) - len(" side") - 2:
            # The phrase is a country, its capital or "the X side": the state as an actor.
            return _Resolved(f"country:{country}", country_index().name(country), "country", country, "GOV")
        kind = sector.kind if sector else ("person" if _looks_like_person(bare) else "organization")
        if kind == "unnamed":
            kind = "organization"
        return _Resolved(f"{country}:{bare.lower()}", bare, kind, country, sector.code if sector else None)

    def _countryless(self, resolved: _Resolved) -> Source | None:
        """An office first named without its country ("General Staff: …" heading), now named with it
        ("the General Staff of the Armed Forces of X"): the same source, which takes the country."""
        office = resolved.key.split(":", 1)[1]
        if resolved.country is None or not any(office == k for k, *_ in _OFFICES):
            return None
        source = self._by_key.get(f"None:{office}")
        if source is None or source.country is not None:
            return None
        source.name, source.country = resolved.name, resolved.country
        self._by_key[resolved.key] = source
        self._key_of[source.id] = resolved.key
        return source

    def names(self, phrase: str, source: Source) -> bool:
        """Whether ``phrase`` (text outside the document, such as its title) names ``source``: the same
        key, or the same office with no country said."""
        key = self._describe(phrase, None).key
        own = self._key_of.get(source.id, "")
        return key == own or (key.startswith("None:") and own.split(":", 1)[-1] == key.split(":", 1)[1])

    def unnamed(self) -> Source:
        """The speaker of a claim whose maker the text does not name ("it is alleged that …")."""
        return self._by_key.get("unnamed:") or self._new(_Resolved("unnamed:", "unnamed", "unnamed", None, None))

    def _antecedent(self, pronoun: str) -> Source | None:
        """Who a pronoun outside any statement points back to: the latest person for "he"/"she",
        else the latest named speaker that is not an outlet."""
        people = pronoun in ("he", "she", "i")
        for source in reversed(self.sources):
            if source.kind == "person" if people else source.kind not in ("outlet", "unnamed"):
                return source
        return None

    def home(self) -> str | None:
        """The page's own side, for a state body it names without a country ("the Ministry of Defence", "the
        army", "a military spokesperson"): its statement heading's country, else the one country whose state
        bodies speak in the page with their country named ("the Bolivian army said"). Bodies the page only
        names as actors ("Paraguayan troops shelled …") do not count: a statement names the other side's forces
        as often as its own. Never the url's or the outlet's; a page where two countries' bodies speak has no
        home."""
        if self.heading_country:
            return self.heading_country
        speaking = {s.country for s in self.sources if s.kind in _STATE_KINDS and s.country}
        return speaking.pop() if len(speaking) == 1 else None

    def settle(self) -> None:
        """At the page's end: state offices still without a country ("the Foreign Ministry said", told before
        any body of a known country spoke) take the page's home country, if it has one."""
        home = self.home()
        if home is None:
            return
        offices = {k for k, *_ in _OFFICES}
        for source in self.sources:
            key = self._key_of.get(source.id, "")
            country, _, office = key.partition(":")
            if source.country is None and country == "None" and office in offices:
                resolved = self._describe(source.name, None)
                if resolved.country == home and resolved.key not in self._by_key:
                    source.name, source.country = resolved.name, home
                    self._by_key[resolved.key] = source
                    self._key_of[source.id] = resolved.key

    def _country_of_office(self, key: str) -> str | None:
        for source in reversed(self.sources):
            if source.country and self._key_of[source.id].endswith(f":{key}"):
                return source.country
        return None

    def _other_country(self, speaker: Source | None) -> str | None:
        own = speaker.country if speaker else None
        return next((c for c in self.countries if c != own), None)

    def _new(self, resolved: _Resolved) -> Source:
        source = Source(id=f"s{len(self.sources) + 1}", name=resolved.name, kind=resolved.kind,
                        country=resolved.country, sector=resolved.sector)
        self.sources.append(source)
        self._by_key[resolved.key] = source
        self._key_of[source.id] = resolved.key
        return source

    def mention(self, source: Source, start: int, end: int) -> None:
        span = Span.of(self.text, start, end)
        if span not in source.mentions:
            source.mentions.append(span)


def _looks_like_person(phrase: str) -> bool:
    words = phrase.split()
    return 1 < len(words) <= 4 and all(w[:1].isupper() for w in words)


# -- who can be a source: the parse's agents ---------------------------------------------------------------
# Head nouns that name people, groups of people, offices and bodies: who can speak. Sector terms
# (``casus.actors.sectors``) count too. Records and reports ("the report", "preliminary data",
# "several videos", "the latest update") are not here: they show what someone says, and that someone
# is the speaker of the claim, not the record.
AGENT_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson minister ministry side party country nation state government
    president leader leadership army military command office service agency police witness resident
    representative envoy ambassador embassy commander committee council people person man woman men women
    source authority chief head director secretary general officer soldier troop fighter militant rebel
    invader occupier attacker insurgent gunman guard analyst expert observer journalist correspondent
    reporter editor author researcher investigator prosecutor judge court lawyer doctor medic nurse worker
    survivor relative family mother father son daughter brother sister child student teacher farmer villager
    neighbour neighbor diplomat lawmaker senator deputy mayor governor administration cabinet parliament
    presidency directorate department secretariat headquarters staff team unit group organisation organization
    movement coalition alliance union company firm bank university hospital network outlet newspaper channel
    broadcaster media press regime opposition campaign activist protester demonstrator delegation mission
    monitor inspector mediator negotiator counterpart colleague member owner operator pilot crew captain
    commission institute center centre bureau council community master skipper owner landlord tenant
    employer employee customer client patient""".split()
)
# Findings that speak for their authors ("a survey of fishermen shows …", as PolNeAR reads them); raw
# records and media ("data", "footage", "several videos", "the latest update") are not among them.
_FINDINGS = frozenset("survey poll study analysis investigation inquiry review audit census assessment research "
                      "findings".split())
# Heads that name a person by their role or people: "policeman", "chairwoman", "journalist", "Egyptian".
_AGENTIVE = re.compile(r"(?:man|men|woman|women|person|persons|people|ist|ists|ian|ians)$")
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i", "it", "its", "their", "his", "her", "our", "you"})
_EDGE_POS = frozenset({"PUNCT", "SPACE", "CCONJ", "ADP", "PART", "DET", "SCONJ"})
_LEAD_POS = _EDGE_POS - {"DET"}  # "the ministry" keeps its article: the mention is the phrase as written
# Prepositions whose object is the author of a record: "a statement by X", "data from X".
_AUTHOR_PREPS = frozenset({"by", "from", "of"})


def agent_head(tok: Any) -> bool:
    """Whether a noun or name can speak: a person, an organisation, a people or a country, or an agent noun."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):  # a country or its capital speaks for its state; a town does not
        # the whole name, not its head word alone: "Korea" of "North Korea", "States" of "the United States"
        name = next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end), tok.text)
        return any(bool(country_index().find(n)) or n in country_index().forms for n in (name, tok.text))
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    return (lemma in AGENT_NOUNS or tok.lower_ in AGENT_NOUNS or lemma in _FINDINGS or sector_of(tok.text) is not None
            or (len(lemma) > 5 and _AGENTIVE.search(lemma) is not None))


def agent_span(parsed: Any, start: int, end: int) -> tuple[int, int] | None:
    """The agent a source phrase names, as a character span, or None when it names none.

    Read off the parse rather than off a list of bad phrases: the phrase's head must be an agent
    (``agent_head``); a relative pronoun ("…, who said") stands for the noun it hangs on; a record
    ("a statement by X", "data from X", "its information") names its author; a clause fragment the
    tagger took for a source ("prompting X to") names the agent it ends on, if any. Edges that are
    no part of a name (punctuation, conjunctions, a trailing ", in a briefing,") are cut off.
    """
    chars = parsed.char_span(start, end, alignment_mode="expand")
    if chars is None:
        return start, end
    return _agent(parsed, [t for t in chars], depth=0)


def _agent(parsed: Any, tokens: list[Any], depth: int) -> tuple[int, int] | None:
    tokens = _trim_edges(tokens)
    if not tokens or depth > 3:
        return None
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    # A phrase the parser split ("Briefing reporters on Monday, X said"): the subject of the verb just after it.
    subjects = [t for t in roots if t.dep_ in ("nsubj", "nsubjpass") and agent_head(t)
                and 0 < t.head.i - tokens[-1].i <= 3]
    root = subjects[-1] if len(roots) > 1 and subjects else roots[0]
    if (root.lower_ in _RELATIVE and root.pos_ == "PRON") or root.tag_ in ("WDT", "WP"):
        verb = root.head
        if verb.dep_ == "relcl" and verb.head.i < root.i:
            antecedent = verb.head
            return _agent(parsed, list(parsed[antecedent.left_edge.i : antecedent.i + 1]), depth + 1)
        return None
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        if agent_head(root):
            return _chars(_name_part(root, tokens))
        for child in root.children:  # a record and its author: "its information", "a statement by X"
            if child.i not in inside:
                continue
            if child.dep_ == "poss":
                return _agent(parsed, [t for t in child.subtree if t.i in inside and t.dep_ != "case"], depth + 1)
            if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return _agent(parsed, [t for t in objects[0].subtree if t.i in inside], depth + 1)
            if child.dep_ == "acl":  # "video released by X", "information provided by X"
                for g in child.children:
                    if g.dep_ == "agent":
                        objects = [h for h in g.children if h.dep_ == "pobj"]
                        if objects:
                            return _agent(parsed, [t for t in objects[0].subtree if t.i in inside], depth + 1)
        return None
    # A clause fragment: the agent it ends on ("prompting X", "… and X"), if any.
    last = tokens[-1]
    if last.pos_ in ("NOUN", "PROPN") and agent_head(last):
        return _chars([t for t in tokens if last.left_edge.i <= t.i <= last.i])
    return None


def _trim_edges(tokens: list[Any]) -> list[Any]:
    while tokens and ((tokens[0].pos_ in _LEAD_POS and tokens[0].lower_ not in _PERSONAL) or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].pos_ in _EDGE_POS or tokens[-1].is_space):
        if tokens[-1].text == ")" and any(t.text == "(" for t in tokens):
            break  # "the Joint Press Office (JPO)": the bracket closes a name
        tokens = tokens[:-1]
    return tokens


# Dependents of a speaker's name that are no part of it: "Briefing reporters, X said", "X, who …".
_ASIDES = frozenset({"acl", "advcl", "relcl"})


def _name_part(root: Any, tokens: list[Any]) -> list[Any]:
    """The tokens that name the agent: the root's own phrase, without clauses hanging on it and without a
    trailing ", in a press briefing," aside (appositions stay: "X, spokesperson for the ministry")."""
    aside = {t.i for c in root.children if c.dep_ in _ASIDES for t in c.subtree}
    own = {t.i for t in root.subtree} & {t.i for t in tokens}
    own -= aside
    start = end = root.i
    while start - 1 in own:
        start -= 1
    while end + 1 in own:
        end += 1
    kept = [t for t in tokens if start <= t.i <= end]
    for tok in kept:
        if tok.i > root.i and tok.text == "," and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "ADP":
            kept = [t for t in kept if t.i < tok.i]
            break
    return _trim_edges(kept)


def _chars(tokens: list[Any]) -> tuple[int, int] | None:
    tokens = _trim_edges(tokens)
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])
