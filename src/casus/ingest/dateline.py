"""Datelines and capture stamps at the head of a news text: where and when it was filed, and by whom.

A wire or agency report opens with "CITY, date /Agency/." or "CITY (Agency) —";
papers write "CITY: …", "CITY - …" or "City - …"; some page captures start with a
"date 2022-07-29" stamp. None of this is part of the first sentence: left in,
the parser reads "date 2022-07-29 CITY - the ministry's spokesman" as one noun
phrase, the speaker of the sentence, and the city as where the event
happened. Ingest cuts a capture stamp off the text (a ``dateline`` boilerplate
block, whose date is a publication date when nothing better is known) and
reads a dateline's agency as the document's outlet; the dateline itself stays
in the text, as the example's acceptance wants it, and ``dateline_spans``
tells later stages where it is, so that no source or place is read from it.

Strong forms (a city with an agency in slashes or parentheses) are cut at the
start of any of the first paragraphs: live pages and captures put them after a
headline or a byline. Weak forms (a bare upper-case city and a dash or colon,
"(City):") only open the first paragraph of the body, and a colon form only
when the name is a known place, since "NATO: …" and "Minister: …" are headlines
that name a speaker.

This module is the one place that knows what a dateline is. Its questions:

- ``dateline_spans(text)``: the whole dateline prefixes of the first paragraphs ("CITY, date
  /Agency/. "), which attribution skips (no speaker is read from them);
- ``dateline_place_spans(text)``: the place names of a dateline at the head of any paragraph
  ("LIMA, Peru/QUITO" in "LIMA, Peru/QUITO – …"): where the report was filed, never where the event
  happened; the geocoder gives them ``role="dateline"`` and the event coder leaves them out of event
  locations;
- ``dateline_outlet(text)``: the outlet a dateline's agency names, else an "…, Agency reports." line
  (``reporting_outlet``);
- ``capture_stamp(text)``: the length of a leading "date 2022-07-29" capture stamp.

The place names are looked for more widely (at any paragraph head, with a dash, colon, date or
agency after them) than the outlet and the attribution spans (the first paragraphs only, with the
stricter forms below): a city at a paragraph head is cheap to skip as an event place, while a wrong
outlet or a dropped speaker costs more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# "date 2022-07-29", "date 2022-04": the stamp some page captures start with.
CAPTURE_STAMP = re.compile(r"^date\s+\d{4}(?:-\d{1,2}){0,2}\b[ \t]*")

_UP = r"[A-Z][A-Z.'’-]+"
_TITLE = r"[A-Z][a-zA-Z.'’-]+"
_CITY_UP = rf"{_UP}(?:[ -]{_UP}){{0,3}}"  # "ADDIS ABABA", "BUENOS AIRES"
# a country's small words too: "BUNIA, Democratic Republic of Congo (AFP)", "Bosnia and Herzegovina"
_CITY_ANY = rf"(?:{_TITLE}|{_UP})(?:(?:[ -]|\s(?:of(?:\sthe)?|and)\s)(?:{_TITLE}|{_UP})){{0,3}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = (rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|"
         rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|[A-Z][a-z]+day)")
# ", Country" or "/OTHER CITY" after the city: "LIMA, Peru", "CITY, Country/OTHER CITY"; a region in brackets
# before a country in square ones, or the country alone: "Pune (Maharashtra) [India], May 3 (Agency):".
_BRACKETED = rf"(?:(?:[ \t]*\({_CITY_ANY}\))?[ \t]*\[{_CITY_ANY}\])?"  # on the dateline's own line
_WHERE = rf"{_BRACKETED}(?:,\s*{_CITY_ANY})?(?:\s*/\s*{_CITY_ANY})?"
_DASH = r"(?:--|[–—_|-]|:)"  # "_" and "|" in wire archives ("COLOMBO, Sri Lanka (AP) _ The …")
# After a dateline's dash: a space, or straight on to a capital after a long dash ("DAVAO CITY, Philippines—The").
_AFTER_DASH = r"(?:\s+|(?<=[–—])(?=[A-Z]))"

# CITY, date /Agency/.   CITY (Agency) —   CITY, date (Agency) –   CITY (Outlet / Agency - date) Text
_STRONG = [
    re.compile(rf"^(?P<city>{_CITY_ANY}){_WHERE}(?:,\s*{_DATE})?\s*\.?\s*/(?P<agency>[^/\n]{{2,60}}?)/\s*\.?\s+"),
    re.compile(rf"^(?P<city>{_CITY_ANY}){_WHERE}(?:,\s*{_DATE})?\s*\((?P<agency>[^()\n]{{2,60}})\)\s*{_DASH}\s*"),
    re.compile(rf"^(?P<city>{_CITY_UP}){_WHERE}\s*\((?P<agency>[^()\n]{{2,80}})\)\s+(?=[A-Z\"“])"),
    # "Dhaka, Aug 31 (PTI) India and …": a city in any case, a date and an agency, then the text straight on
    re.compile(rf"^(?P<city>{_CITY_ANY}){_WHERE},\s*{_DATE}\s*\((?P<agency>[^()\n]{{2,60}})\)\s+(?=[A-Z\"“])"),
    # "Tamale, Jan. 9, GNA - The …": an agency's acronym after the date, bare
    re.compile(rf"^(?P<city>{_CITY_ANY}){_WHERE},\s*{_DATE},\s*(?P<agency>[A-Z]{{2,6}})\s*{_DASH}\s+(?=[A-Z\"“])"),
]
# CITY - text   CITY: text   CITY, Country, March 4. Text   (City): text
_WEAK = [
    re.compile(rf"^(?P<city>{_CITY_UP}){_WHERE}(?:,\s*{_DATE})?\s*(?:--|[–—_|-]){_AFTER_DASH}"),
    re.compile(rf"^(?P<city>{_CITY_UP}){_WHERE},\s*{_DATE}[.:]\s+(?=[A-Z])"),
    re.compile(rf"^\((?P<city>{_CITY_ANY})\)\s*{_DASH}?\s*(?=[A-Z])"),
    re.compile(rf"^(?P<city>{_CITY_ANY}),\s*(?P<country>{_CITY_ANY})(?:\s*/\s*{_CITY_ANY})?\s*(?:--|[–—_|-])"
               rf"{_AFTER_DASH}"),
]
_COLON = re.compile(rf"^(?P<city>{_CITY_ANY})\s*:\s+(?=[A-Z])")
# "London - The ministry said", "London, May 3, 2008 - On Friday": a city in title case (a date may follow), a
# dash between spaces, the text straight on
_TITLE_DASH = re.compile(rf"^(?P<city>{_TITLE}(?: {_TITLE}){{0,2}})(?:,\s*{_DATE})?[ \t]+(?:--|[–—-])[ \t]+(?=[A-Z])")
# What sits in dateline parentheses besides an agency: a date, a time zone.
_NOT_AGENCY = re.compile(r"^\W*$|^\d|^(?:UTC|GMT)\b|\b(?:19|20)\d\d\b$", re.IGNORECASE)


# Datelines are looked for at the start of this many of the first paragraphs (strong forms), and of
# this many for weak ones ("CITY - ", "CITY: "): headlines, bylines and captions may come first.
_DATELINE_LINES = 8
_WEAK_DATELINE_LINES = 3


@dataclass
class Dateline:
    """A dateline prefix: its length in the paragraph, the filing city, and the agency if it names one."""

    length: int
    city: str | None
    agency: str | None


def capture_stamp(text: str) -> int:
    """Length of a leading "date 2022-07-29" capture stamp (0 when there is none)."""
    match = CAPTURE_STAMP.match(text)
    return match.end() if match else 0


def find_dateline(paragraph: str, first: bool) -> Dateline | None:
    """The dateline that opens ``paragraph``; weak forms only when it is the body's ``first`` paragraph."""
    for pattern in _STRONG:
        match = pattern.match(paragraph)
        if match and len(match.group(0)) < len(paragraph):
            return Dateline(match.end(), match.group("city"), _agency(match.group("agency")))
    if not first:
        return None
    for pattern in _WEAK:
        match = pattern.match(paragraph)
        if match and len(match.group(0)) < len(paragraph) and _city_like(match):
            return Dateline(match.end(), match.group("city"), None)
    match = _COLON.match(paragraph)
    if match and _known_place(match.group("city")):
        return Dateline(match.end(), match.group("city"), None)
    match = _TITLE_DASH.match(paragraph)
    if match and _known_place(match.group("city")) and not _names_a_country(match.group("city")):
        return Dateline(match.end(), match.group("city"), None)  # not "Russia - Ukraine talks", a headline
    return None


def find_datelines(text: str) -> list[tuple[int, Dateline]]:
    """The datelines opening the first paragraphs of ``text``: (offset of the paragraph, dateline)."""
    found = []
    pos = 0
    rank = 0
    for line in text.split("\n"):
        start = pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
        if not line.strip():
            continue
        if rank >= _DATELINE_LINES:
            break
        dateline = find_dateline(line.strip(), first=rank < _WEAK_DATELINE_LINES)
        rank += 1
        if dateline is not None:
            found.append((start, dateline))
    return found


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines in ``text`` (no source, event or place is read from them)."""
    return [(start, start + d.length) for start, d in find_datelines(text)]


def dateline_outlet(text: str) -> str | None:
    """The outlet of a text by its head: the agency its first agency dateline names ("CITY, date
    /Agency/.", "CITY (Agency) —"), else the one an "…, Agency reports." sentence names."""
    return next((d.agency for _, d in find_datelines(text) if d.agency), None) or reporting_outlet(text)


# -- the place names of a dateline, at the head of any paragraph ------------------------------------------
# "BEIRUT —", "Lisbon, 3 May (Agency) --", "QUITO, May 3. /Agency/.", "LIMA, Peru/SANTIAGO –",
# "Accra: The minister said …": at a line start (after an optional ISO date stamp), one or more
# capitalised names separated by commas or slashes, then a date, an agency in brackets or slashes, or a
# dash or colon. A name followed only by a dash or colon counts when the name (the first one) is in
# capitals or the line goes on as a paragraph (a short title case line such as "Harbour town: the
# morning after" is a headline, not a dateline).
_PLACE_NAME = (rf"(?!{_MONTH}\b)[A-Z][\w'’.-]*"
               rf"(?:[ \t]+(?:(?!{_MONTH}\b)[A-Z][\w'’.-]*|de|del|da|do|al|el|es|la|le|upon|on))*")
_PLACE_NAMES = rf"{_PLACE_NAME}(?:[ \t]*[,/][ \t]*{_PLACE_NAME}){{0,4}}"
_PLACE_DATE = (rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}"
               r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:,?[ \t]+\d{4})?\.?")
_PLACE_DATELINE = re.compile(
    rf"^[ \t]*(?:(?:\w+[ \t]+)?\d{{4}}-\d{{2}}-\d{{2}}[ \t]+)?"  # an optional date stamp ("date 2024-05-03")
    rf"(?P<places>{_PLACE_NAMES}{_BRACKETED})"
    rf"(?P<date>[ \t]*,[ \t]*{_PLACE_DATE})?"
    r"(?P<agency>[ \t]*\([^()\n]{1,60}\)?|[ \t]*/[^/\n]{1,40}/\.?)?"
    r"(?P<sep>[ \t]*(?:—|–|--|-|_|\||:)[ \t])?",
    re.M,
)
_PLACE_AGENCY = re.compile(r"[A-Z0-9][\w'’.&-]*(?:[ \t]*[/,-]?[ \t]*[A-Z0-9][\w'’.&-]*)*,?")  # all capitalised
PARAGRAPH_CHARS = 100  # a title case name with only a dash or colon after it heads a paragraph this long


@lru_cache(maxsize=16)
def dateline_place_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` that hold the place names of a dateline, at the head of any paragraph."""
    spans: list[tuple[int, int]] = []
    for match in _PLACE_DATELINE.finditer(text):
        places = match.group("places")
        date, agency, sep = match.group("date"), match.group("agency"), match.group("sep")
        if agency and not _PLACE_AGENCY.fullmatch(agency.strip(" \t()/.")):
            agency = None  # "Lima (capital region) was …": an aside, not an agency
        if not (date or agency or sep):
            continue
        if not (date or agency):
            line_end = text.find("\n", match.end())
            rest = text[match.end(): len(text) if line_end == -1 else line_end]
            first = re.split(r"[,/]", places)[0]
            capitals = first.upper() == first  # "LIMA, Peru –": the city in capitals
            if not capitals and len(rest) < PARAGRAPH_CHARS:
                continue
        spans.append((match.start("places"), match.end("places")))
    return tuple(spans)


def in_dateline_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the place names of a dateline (``dateline_place_spans``)."""
    return any(s <= start and end <= e for s, e in dateline_place_spans(text))


def _city_like(match: re.Match[str]) -> bool:
    """A weak form's city: upper case ("NAIROBI"), else a known place or a country after it."""
    city = match.group("city")
    if city.isupper() and len(city) >= 3:
        return True
    country = match.groupdict().get("country")
    return _known_place(city) or (country is not None and _is_country(country))


def _agency(raw: str) -> str | None:
    """The outlet in "(Outlet / Agency - date)": the first name, without the date."""
    name = re.split(r"\s+[/|]\s+|\s+[-–—]\s+|,", raw.strip())[0].strip(" .")
    return None if _NOT_AGENCY.search(name) or len(name) < 2 else name


def _is_country(name: str) -> bool:
    from casus.actors import country_index

    found = country_index().find(name)
    return bool(found) and found[0].end - found[0].start >= len(name) - 1


def _names_a_country(name: str) -> bool:
    """A country's name or people ("Russia", "Iraqi"), not only a city that stands for it ("Moscow")."""
    from casus.actors import country_index

    found = country_index().find(name)
    return _is_country(name) and found[0].how != "capital"


@lru_cache(maxsize=4096)
def _known_place(name: str) -> bool:
    """A country, a capital, or a place of the gazetteer (when it is built) of at least four letters."""
    if len(name) < 4:
        return False
    if _is_country(name):
        return True
    from casus.geo.gazetteer import default_path, gazetteer

    if not default_path().exists():
        return False
    return any(p.kind not in ("continent", "region") for p in gazetteer().lookup(name))


# "…, Agency reports." closing one of the first sentences: how agencies name themselves in their own copy.
_REPORTS = re.compile(r",\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+report(?:s|ed)\s*\.(?=\s|$)")
_LEAD_CHARS = 800


def reporting_outlet(text: str) -> str | None:
    """The outlet an "…, Agency reports." sentence near the top names: a name, not a country or an office."""
    from casus.ingest.heading import institution

    match = _REPORTS.search(text[:_LEAD_CHARS])
    if match is None:
        return None
    name = match.group("name")
    if _is_country(name) or institution(name) or any(_is_country(w) for w in name.split()):
        return None
    return name
