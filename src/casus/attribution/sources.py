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

from casus.actors import country_index, sector_of
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
_PRONOUNS = {"it", "he", "she", "they", "we", "i", "our side", "our country"}
_OTHER_SIDE = re.compile(r"\b(the )?(other|opposite|opposing|enemy|hostile) (side|party)\b|\bthe enemy\b",
                         re.IGNORECASE)
_UNNAMED = re.compile(r"^(local |military |government |security |diplomatic |senior |two |several |some )*"
                      r"(officials?|sources?|residents|witnesses|eyewitnesses|observers|experts|analysts|"
                      r"villagers|locals|people|reports)\b", re.IGNORECASE)
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
        if lower in _PRONOUNS or lower.startswith(("our ", "we ")):
            referent = speaker or self._antecedent(lower)
            if referent is None:  # "he said" with no one named before: an unnamed speaker, still evidenced
                referent = self._by_key.get(f"unnamed:{lower}") or self._new(
                    _Resolved(f"unnamed:{lower}", phrase, "unnamed", None, None))
            self.mention(referent, start, end)
            return referent
        resolved = self._describe(phrase, speaker)
        source = self._by_key.get(resolved.key) or self._new(resolved)
        self.mention(source, start, end)
        return source

    def _describe(self, phrase: str, speaker: Source | None) -> _Resolved:
        found = country_index().find(phrase)
        country = found[0].iso3 if found else None
        if country is None and _OTHER_SIDE.search(phrase):
            country = self._other_country(speaker)
        office = next(((k, n, s, kd) for k, p, n, s, kd in _OFFICES if p.search(phrase)), None)
        if office:
            key, name, sector, kind = office
            if country is None:
                country = self._country_of_office(key) or (speaker.country if speaker else None)
            full = f"{name} of {country_index().name(country)}" if country else name
            return _Resolved(f"{country}:{key}", full, kind, country, sector)
        sector = sector_of(phrase)
        bare = _LEADING.sub("", phrase)
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
