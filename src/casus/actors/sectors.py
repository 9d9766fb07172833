"""Sector of an actor phrase from its head words (table: ``sectors.tsv``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

STATE_FORCES = frozenset({"MIL", "COP"})  # a state's soldiers and police: who fights for it, breaks up protests
ARMED_SIDES = STATE_FORCES | {"REB"}  # and the rebels: the sides that fight under arms


@dataclass(frozen=True)
class Sector:
    code: str  # GOV, MIL, COP, MED, …
    kind: str  # the source kind the term names: government, military, person, outlet, unnamed, …
    term: str
    home: str | None = None  # the ISO3 country of an armed group that fights for or in one country ("taliban": AFG)


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, Sector]]:
    rows: dict[str, Sector] = {}
    path = Path(__file__).with_name("sectors.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("term\t"):
            continue
        term, code, kind, *home = line.split("\t")
        rows[term] = Sector(code, kind, term, home[0] if home else None)
    alternation = "|".join(re.escape(t) for t in sorted(rows, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})(?:s|es)?\b", re.IGNORECASE), rows  # "ministers", "policemen"


def sector_of(phrase: str) -> Sector | None:
    """The sector of the most specific (longest) sector term in ``phrase``."""
    pattern, rows = _table()
    found = [_term(m.group(0).lower(), rows) for m in _matches(pattern, phrase)]
    if not found:
        return None
    return rows[max(found, key=len)]


def _term(matched: str, rows: dict[str, Sector]) -> str:
    """The table term a match stands for: "ministers" is "minister"."""
    if matched in rows:
        return matched
    for cut in (1, 2):
        if matched[:-cut] in rows:
            return matched[:-cut]
    return matched


def sector_terms(text: str) -> list[tuple[int, Sector]]:
    """Every sector term in ``text`` with its character offset, in order."""
    pattern, rows = _table()
    return [(m.start(), rows[_term(m.group(0).lower(), rows)]) for m in _matches(pattern, text)]


_ACRONYM_CODES = frozenset({"IGO", "NGO", "REB"})


# "anti-government protesters", "pro-army militias": a stance toward a body, not the body
_STANCE = re.compile(r"\b(?:anti|pro)\s*-?\s*$", re.IGNORECASE)


def _matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The table's matches in ``text`` but a body's short acronym not written in capitals ("Kim Jong-un",
    "un", "Eln": a name's part or another language's word, not the UN or the ELN), a body's name made plural
    ("African unions") and a body named by a stance toward it ("anti-government", "pro-army": who holds the stance
    is someone else)."""
    _, rows = _table()
    found = []
    for m in pattern.finditer(text):
        word = m.group(0)
        row = rows.get(word.lower())
        if row and len(word) <= 3 and row.code in _ACRONYM_CODES and not word.isupper():
            continue
        *first, last = word.split()
        if row is None and first and all(w[0].isupper() for w in first) and last[0].islower():
            # "South African unions": a body's name ("African Union") takes no plural; these are unions
            again = pattern.match(text, m.start() + word.rindex(last))
            if again is not None:
                found.append(again)
            continue
        if _STANCE.search(text, max(0, m.start() - 8), m.start()):
            continue
        found.append(m)
    return found


_WORDS = re.compile(r"[\w'’-]+")
_STATE_ARMY_WORDS = frozenset("the national royal regular federal imperial".split())


def named_army(phrase: str) -> bool:
    """An army with a name of its own ("the Korvath Army", "the Korvath Independence Army"), not a state's ("the
    army", "The Army said", "the National Army"): a capitalised "Army" after a capitalised name. Callers ask
    only where the phrase names no country ("the Syrian Army" is Syria's) and no other body ("the Salvation
    Army")."""
    words = _WORDS.findall(phrase)
    if "Army" not in words:
        return False
    run = []
    for word in reversed(words[: words.index("Army")]):
        if not word[:1].isupper():
            break
        run.append(word.lower())
    return any(word not in _STATE_ARMY_WORDS for word in run)
