"""Countries in text: names, official names, demonyms and capitals to ISO 3166-1 alpha-3.

Built on first use from the country data that the ``countryinfo`` package
ships (name, alternative spellings, demonym, capital) and ``pycountry``'s
official names. Capitals count as the country when used as actors
("Yerevan rejected …"). Matching is case-sensitive, since these are proper
names; short codes are left out (uppercase "IN" or "AM" are words in
headlines), except a few that news uses as names.
"""

from __future__ import annotations

import glob
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache

_CODES_USED_AS_NAMES = {"US", "USA", "UK", "UAE", "DPRK", "DRC", "PRC"}
_EXTRA_NAMES = {
    # Forms news uses that the packages lack; kept short and explained.
    "USA": ["America", "Washington"],  # "Washington D.C." is countryinfo's capital
    "GBR": ["Britain"],
    "RUS": ["Kremlin"],
    "PRK": ["North Korea", "Pyongyang", "North Korean"],
    "KOR": ["South Korea", "Seoul", "South Korean"],
    "COD": ["DR Congo"],
    "PSE": ["Gaza", "West Bank"],
}


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
        forms: dict[str, tuple[str, str]] = {}  # surface form -> (iso3, how)

        def add(form: str | None, iso3: str, how: str) -> None:
            if not form or not re.match(r"^[A-Z][\w .'’-]+$", form):
                return
            if form.isupper() and len(form) <= 4 and form not in _CODES_USED_AS_NAMES:
                return
            forms.setdefault(form, (iso3, how))

        for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
            with open(path, encoding="utf-8") as f:
                info = json.load(f)
            iso3 = (info.get("ISO") or {}).get("alpha3")
            if not iso3:
                continue
            self.names[iso3] = info["name"]
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
        for iso3, extra in _EXTRA_NAMES.items():
            for form in extra:
                forms[form] = (iso3, "capital" if form in ("Washington", "Kremlin", "Pyongyang", "Seoul") else "name")
        forms.update({f"{d}s": (iso3, "demonym") for d, (iso3, how) in list(forms.items()) if how == "demonym"})
        self.forms = forms
        alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")

    def find(self, text: str) -> list[CountryMention]:
        out = []
        for match in self._pattern.finditer(text):
            iso3, how = self.forms[match.group(0)]
            out.append(CountryMention(match.start(), match.end(), match.group(0), iso3, how))
        return out

    def name(self, iso3: str) -> str:
        return self.names.get(iso3, iso3)


@lru_cache(maxsize=1)
def country_index() -> CountryIndex:
    return CountryIndex()
