"""Countries in text: names, official names, demonyms and capitals to ISO 3166-1 alpha-3.

Built on first use from the country data that the ``countryinfo`` package
ships (name, alternative spellings, demonym, capital) and ``pycountry``'s
official names. Capitals count as the country when used as actors
("Yerevan rejected …"). Matching is case-sensitive, since these are proper
names (but a name or demonym set in capitals, "GHANA'S rulers", is read as its
title-case form); short codes are left out (uppercase "IN" or "AM" are words in
headlines), except a few that news uses as names.
"""

from __future__ import annotations

import glob
import json
import os
import re
from dataclasses import dataclass, replace
from functools import lru_cache

# States that no longer exist but that countryinfo still lists, claiming their successors' capitals
# ("Belgrade" was Serbia and Montenegro's): their forms go to the successor or nowhere.
_DISSOLVED = frozenset({"SCG", "ANT"})
# A country's name before "State" names a state of another country ("Mexico State, Mexico", "in Mexico State
# on Monday", "the Mexico State governor"), but not before the offices of a state ("the US State Department").
_SUBNATIONAL_STATE = re.compile(r"\s+State(?:$|(?=\s*[,.;:)])|(?=\s+[a-z])|(?=\s+(?:Government|Governor|Police|"
                                r"Command|House|Assembly|Commissioner)\b))")
# A country's name inside the name of a sea, a gulf, a lake or a US state ("the South China Sea", "the Indian
# Ocean", "the Gulf of Mexico", "Lake Victoria", "New Mexico"): no country.
_WATERS_AFTER = re.compile(r"\s+(?:Sea|Ocean)\b")
_WATERS_BEFORE = re.compile(r"(?:\b(?:Sea|Gulf|Bay) of|\bLake|\bNew)\s+$")
# "Latin American", "the Central American nation", "South American leaders": a continent's part, not the US
_CONTINENT_BEFORE = re.compile(r"\b(?:Central|South|Latin|North|Meso|Pan)[ -]$")
# "a former Soviet republic", "the Soviet bloc", "the Soviet era": a gone state's word naming a past, not an actor
_PAST_AFTER = re.compile(r"[ -](?:republics?|bloc|era)\b", re.IGNORECASE)
_PAST_WORDS = frozenset({"Soviet", "Yugoslav", "Czechoslovak"})
_CODES_USED_AS_NAMES = {"US", "USA", "UK", "UAE", "DPRK", "DRC", "PRC"}
# Native spellings the packages list that English text uses as other words: "Island" (Iceland's own name) is any
# island ("Buka Island", "on Bali Island"), "Mann" (the Isle of Man's) a surname, "Dominique" a first name.
_NOT_NAMES = frozenset({"Island", "Mann", "Dominique"})
_EXTRA_NAMES = {
    # Forms news uses that the packages lack; kept short and explained.
    "USA": ["America", "U.S.", "U.S.A.", "US", "U.S"],  # "U.S Secretary of State": some outlets drop the stop
    "GBR": ["Britain", "Scotland", "Northern Ireland"],  # the UK's parts ("Wales", "England" would match
    # inside "New South Wales", "New England")
    "CHN": ["PRC"],
    "PRK": ["North Korea", "North Korean", "North Koreans"],
    "KOR": ["South Korea", "South Korean", "South Koreans"],
    # Zaire: the country's name until 1997. A bare "Congo" is the larger Congo, as wire style names it since then
    # (AP, Reuters: "Congo" and "Republic of Congo"); the packages give it to the Republic
    "COD": ["DR Congo", "Zaire", "Democratic Republic of Congo", "Congo"],
    "COG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic", "Republic of the Congo"],
    "CIV": ["Côte d’Ivoire", "Côte d'Ivoire", "Cote d'Ivoire"],
    "PSE": ["Gaza", "West Bank"],
    "NGA": ["Niger Delta"],  # Nigeria's delta, not Niger's
    "SAU": ["Saudi", "Saudis"],
    "AZE": ["Azeri", "Azeris"],
    "SRB": ["Serb", "Serbs", "Yugoslavia"],  # Yugoslavia: Serbia's federation until 2003 (its successor state)
    "BIH": ["Bosnia", "Bosnian", "Bosnians"],
    "MMR": ["Burma"],  # the name many outlets still use
    "MKD": ["Macedonia"],  # the country's name until 2019 ("North Macedonia" since)
    "RUS": ["Soviet Union", "USSR", "U.S.S.R."],  # the Soviet state's successor, as event data code it
    "CZE": ["Czechoslovakia"],
}
# Demonyms the packages lack or spell otherwise (each also gets its plural, "Argentines"), as in any
# dictionary: nationality adjectives and the nouns for a country's people.
_EXTRA_DEMONYMS = {
    "ARG": ["Argentine"], "PHL": ["Philippine"], "GBR": ["Briton", "Scottish", "Welsh"], "TUR": ["Turk"],
    "HRV": ["Croat"], "BLR": ["Belarussian", "Byelorussian"],
    "SVN": ["Slovenian"], "FIN": ["Finn"], "SWE": ["Swede"], "DNK": ["Dane"], "ISL": ["Icelandic"],
    "COD": ["Zairean"], "POL": ["Poles"],  # "Poles" only: "Pole" is also a word ("the North Pole")
    "SRB": ["Yugoslav"], "RUS": ["Soviet"], "CZE": ["Czechoslovak"],  # former states, as their successors
    "CYP": ["Greek Cypriot", "Turkish Cypriot"],  # the island's two communities: Cypriots, whatever their tongue
    "NPL": ["Nepali"], "SVK": ["Slovakian"], "SOM": ["Somalian"], "DJI": ["Djiboutian"],
    "SUR": ["Surinamese"], "MDV": ["Maldivian"], "COM": ["Comorian"], "TLS": ["Timorese"], "SLV": ["Salvadorean"],
}
# Seats of government that stand for their state ("Washington said", "the Kremlin warned",
# "the White House announced"): capitals the packages lack or spell otherwise, and the buildings
# news names as metonyms of a government.
_EXTRA_SEATS = {
    "USA": ["Washington", "White House", "Pentagon"], "RUS": ["Kremlin"], "PRK": ["Pyongyang"],
    "KOR": ["Seoul"], "GBR": ["Downing Street", "Whitehall"], "FRA": ["Elysee", "Élysée"],
    "UKR": ["Kiev"], "YEM": ["Sanaa"], "COL": ["Bogota"], "BRA": ["Brasilia"],
}
# "-stan" names whose people are named by the stem ("Uzbekistan" -> "Uzbek"): a regular pattern of
# the names of Central and South Asia that countryinfo's single demonym ("Uzbekistani") misses.
_STAN = re.compile(r"^([A-Z][a-z]{4,}?)i?stan$")


_HOW_RANK = {"name": 0, "demonym": 1, "capital": 2}
_WORD = re.compile(r"[\w.'’-]+")


def text_of(surface: str, cut: int) -> str:
    return surface[: len(surface) - cut] if cut else surface
_POSSESSIVE = re.compile(r"['’]s$")


def _bare(form: str) -> list[str]:
    """``form``, then ``form`` less a sentence's full stop or a possessive after it ("'s", or a lone apostrophe after
    an s): what a country form may be followed by."""
    out = [form]
    if form.endswith("."):
        out.append(form[:-1])
    if match := _POSSESSIVE.search(form):
        out.append(form[: match.start()])
    elif form.endswith(("s'", "s’")):  # "Belarus' president", "the Philippines' army"
        out.append(form[:-1])
    return out


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    iso3: str
    how: str  # name | demonym | capital


class CountryIndex:
    """Finds country names, demonyms and capitals in text."""

    def __init__(self) -> None:
        import countryinfo
        import pycountry

        folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
        self.names: dict[str, str] = {}  # iso3 -> display name
        population: dict[str, int] = {}
        claims: dict[str, tuple[int, int, str, str]] = {}  # form -> (rank of how, -population, iso3, how)

        def add(form: str | None, iso3: str, how: str) -> None:
            """Several countries may claim a form ("American"): a name beats a demonym or a
            capital, then the more populous country wins."""
            if not form or not re.match(r"^[A-Z][\w .'’-]+$", form) or form in _NOT_NAMES:
                return
            if form.isupper() and len(form) <= 4 and form not in _CODES_USED_AS_NAMES:
                return
            claim = (_HOW_RANK[how], -population.get(iso3, 0), iso3, how)
            if form not in claims or claim < claims[form]:
                claims[form] = claim

        for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
            with open(path, encoding="utf-8") as f:
                info = json.load(f)
            iso3 = (info.get("ISO") or {}).get("alpha3")
            if not iso3 or iso3 in _DISSOLVED:
                continue
            self.names[iso3] = info["name"]
            population[iso3] = int(info.get("population") or 0)
            add(info["name"], iso3, "name")
            for alt in info.get("altSpellings") or []:
                add(alt, iso3, "name")
            add(info.get("demonym"), iso3, "demonym")
            capitals = info.get("capital") or []
            for capital in [capitals] if isinstance(capitals, str) else capitals:
                add(capital, iso3, "capital")
        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                add(getattr(country, attr, None), country.alpha_3, "name")
        forms = {form: (iso3, how) for form, (_, _, iso3, how) in claims.items()}
        for form, (iso3, how) in list(forms.items()):
            stem = _STAN.match(form) if how == "name" else None
            if stem and stem.group(1) not in forms:
                forms[stem.group(1)] = (iso3, "demonym")
        for form, (iso3, how) in list(forms.items()):
            # -ean and -ian are one demonym spelt two ways ("Ecuadorean"/"Ecuadorian"); countryinfo gives one
            if how == "demonym" and form.endswith(("ean", "ian")):
                forms.setdefault(form[:-3] + ("ian" if form.endswith("ean") else "ean"), (iso3, how))
        for table, how in ((_EXTRA_NAMES, "name"), (_EXTRA_DEMONYMS, "demonym"), (_EXTRA_SEATS, "capital")):
            for iso3, extra in table.items():
                for form in extra:
                    forms[form] = (iso3, how)
        for form, (iso3, how) in list(forms.items()):
            if how == "demonym":
                forms.setdefault(f"{form}s", (iso3, how))  # "Armenians"
        self.forms = forms
        self._folded: dict[str, str] | None = None  # lower-case form -> iso3, built when a dateline first asks
        self._longest = max(len(f.split()) for f in forms)
        self._firsts = frozenset(f.split()[0] for f in forms)  # a run is looked up only from one of these
        # The same texts are searched again and again: a document's whole text by the attribution's sources
        # and by the geocoder, a sentence by several of the actor rules. On the bench's news, a third of the
        # searches repeat one made shortly before. 128 texts are remembered: mostly sentences, with the last
        # few documents (at most 128 x 500k characters held).
        self._found = lru_cache(maxsize=128)(self._search)

    def find(self, text: str) -> list[CountryMention]:
        """Country forms in ``text``: at each capitalised word the longest form that starts there. A typeset
        apostrophe reads as a plain one ("the People’s Republic of China", as web pages set it, is not the
        "Republic of China" after it); one character for one, so the offsets hold, and each mention keeps the
        text's own characters."""
        if "’" not in text:
            return list(self._found(text))
        return [replace(m, text=text[m.start:m.start + len(m.text)]) for m in self._found(text.replace("’", "'"))]

    def _search(self, text: str) -> tuple[CountryMention, ...]:
        """``find`` without the memory of earlier searches. Runs of words are looked up in a dict rather
        than matched by a regex of ~1,400 alternatives: the same matches, many times faster on long texts."""
        words = list(_WORD.finditer(text))
        out: list[CountryMention] = []
        k = 0
        while k < len(words):
            found = None
            word = words[k].group(0)
            if word[0].isupper() and (shared := self._shared_head(text, words, k)) is not None:
                found = shared
                k += 1
            elif word[0].isupper():
                longest = min(self._longest, len(words) - k) if self._may_start(word) else 0
                for n in range(longest, 0, -1):
                    start, end = words[k].start(), words[k + n - 1].end()
                    if " ".join(text[start:end].split()) != " ".join(w.group(0) for w in words[k : k + n]):
                        continue  # punctuation between the words
                    found = self._lookup(text[start:end], start, end)
                    if found and ((found.how == "name" and _SUBNATIONAL_STATE.match(text, found.end)) or
                                  _WATERS_AFTER.match(text, found.end) or
                                  _WATERS_BEFORE.search(text, max(0, found.start - 12), found.start) or
                                  (found.text.startswith("American") and
                                   _CONTINENT_BEFORE.search(text, max(0, found.start - 8), found.start)) or
                                  (found.text in _PAST_WORDS and _PAST_AFTER.match(text, found.end))):
                        found = None
                        k += n - 1  # the words are no country, nor is a shorter run of them
                        break
                    if found:
                        k += n
                        break
                if found is None and "-" in word:
                    found = self._compound(words[k])
                    k += 1 if found else 0
                if found is None and len(word) >= 4 and word.isupper():
                    found = self._capitals(words[k])
                    k += 1 if found else 0
            if found:
                out.append(found)
            else:
                k += 1
        return tuple(out)

    def _may_start(self, word: str) -> bool:
        """Whether a form can start at ``word``: its first word, as ``_lookup`` reads a form's end."""
        return any(candidate in self._firsts for candidate in _bare(word))

    def _compound(self, word: re.Match[str]) -> CountryMention | None:
        """"Sudan-based militants", "Tehran-backed forces", "US-made rockets": a country form before a
        lower-case participle is a country mention of its own (the word-run lookup sees one word)."""
        head, _, rest = word.group(0).partition("-")
        if not rest or not rest[0].islower():
            return None
        return self._lookup(head, word.start(), word.start() + len(head))

    def _shared_head(self, text: str, words: list[re.Match[str]], k: int) -> CountryMention | None:
        """"North and South X" (two states named "North X" and "South X"), two demonyms "A and B X": the first of
        two names or demonyms that share their last words is a country of its own ("North X"), the mention being
        its first word; the second is found as usual."""
        if k + 2 >= len(words) or words[k + 1].group(0) not in ("and", "&", "or"):
            return None
        if text[words[k].end():words[k + 1].start()].strip() or text[words[k + 1].end():words[k + 2].start()].strip():
            return None  # punctuation between the words
        for n in range(min(self._longest, len(words) - k - 2), 1, -1):
            second = words[k + 2 : k + 2 + n]
            surface = text[second[0].start():second[-1].end()]
            if " ".join(surface.split()) != " ".join(w.group(0) for w in second):
                continue  # punctuation between the words
            found = self._lookup(surface, second[0].start(), second[-1].end())
            if found is None:
                continue
            first = self.forms.get(" ".join([words[k].group(0), *found.text.split()[1:]]))
            if first is None or first[1] == "capital":
                return None  # (two demonyms may share theirs as well: "A and B X leaders")
            return CountryMention(words[k].start(), words[k].end(), words[k].group(0), first[0], first[1])
        return None

    def _capitals(self, word: re.Match[str]) -> CountryMention | None:
        """"GHANA'S military rulers", "THE KENYAN police": a country's name or demonym set in capitals,
        as some outlets open a story (a single word; a capital city in capitals is a dateline's, read there)."""
        surface = word.group(0)
        for form in _bare(surface.replace("’S", "’s").replace("'S", "'s")):
            found = self._lookup(form.title(), word.start(), word.start() + len(form))
            if found is not None and found.how != "capital":
                return replace(found, text=surface[: len(form)])
        return None

    def _lookup(self, surface: str, start: int, end: int) -> CountryMention | None:
        """The form ``surface`` is, allowing a sentence's full stop or a possessive after it."""
        form = " ".join(surface.split())
        for candidate in _bare(form):
            if candidate in self.forms:
                iso3, how = self.forms[candidate]
                cut = len(form) - len(candidate)
                return CountryMention(start, end - cut, text_of(surface, cut), iso3, how)
        return None

    def name(self, iso3: str) -> str:
        return self.names.get(iso3, iso3)

    def folded(self, name: str) -> str | None:
        """The country that ``name`` names whole, in any case: a dateline's capitals ("PORT-AU-PRINCE") are no
        title-case form ("Port-au-Prince"), which ``find`` matches case-sensitively."""
        if self._folded is None:
            self._folded = {form.lower(): iso3 for form, (iso3, _) in sorted(self.forms.items())}
        return self._folded.get(" ".join(name.split()).lower())


# Words that say which state a phrase is, whatever other states its earlier words name: "the small South
# American nation of Guyana", "the one-time Soviet republic of Moldova", "key U.S. ally Kenya".
_STATE_OF = re.compile(r"\b(?:country|nation|republic|state|kingdom|emirate|sultanate|monarchy) of (?:the )?$",
                       re.IGNORECASE)
_TIED_TO = re.compile(r"\b(?:ally|allies|partner|neighbou?r|rival|foe|backer|client|member) $")


def identified_state(phrase: str, found: list[CountryMention]) -> CountryMention | None:
    """The country ``phrase`` says it is, by a state's noun and "of" before its name or by a name after a word
    of ties that closes the phrase; None where it names countries only in passing (``found``: its mentions)."""
    for m in found:
        if m.how == "name" and (_STATE_OF.search(phrase, max(0, m.start - 20), m.start) or (
                _TIED_TO.search(phrase, max(0, m.start - 10), m.start) and not phrase[m.end:].strip(" .,"))):
            return m
    return None


@lru_cache(maxsize=1)
def country_index() -> CountryIndex:
    return CountryIndex()
