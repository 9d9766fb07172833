"""Datelines: the place a report was filed from, at the head of a paragraph.

"BEIRUT —", "Lisbon, 3 May (Agency) --", "QUITO, May 3. /Agency/.",
"LIMA, Peru/SANTIAGO –", "Accra: The minister said …". The places named
there are where the reporter was, not where the event happened, so they are
no event location. A dateline is recognised by its shape: at a line start
(after an optional ISO date stamp), one or more capitalised names separated
by commas or slashes, then a date, an agency in brackets or slashes, or a
dash or colon. A name followed only by a dash or colon counts when the name
(the first one) is in capitals or the line goes on as a paragraph (a short title case line
such as "Harbour town: the morning after" is a headline, not a dateline).
"""

from __future__ import annotations

import re

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_NAME = (rf"(?!{_MONTH}\b)[A-Z][\w'’.-]*"
         rf"(?:[ \t]+(?:(?!{_MONTH}\b)[A-Z][\w'’.-]*|de|del|da|do|al|el|es|la|le|upon|on))*")
_PLACES = rf"{_NAME}(?:[ \t]*[,/][ \t]*{_NAME}){{0,4}}"
_DATE = (rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}"
         r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:,?[ \t]+\d{4})?\.?")
_DATELINE = re.compile(
    rf"^[ \t]*(?:(?:\w+[ \t]+)?\d{{4}}-\d{{2}}-\d{{2}}[ \t]+)?"  # an optional date stamp ("date 2024-05-03")
    rf"(?P<places>{_PLACES})"
    rf"(?P<date>[ \t]*,[ \t]*{_DATE})?"
    r"(?P<agency>[ \t]*\([^()\n]{1,60}\)?|[ \t]*/[^/\n]{1,40}/\.?)?"
    r"(?P<sep>[ \t]*(?:—|–|--|-|:)[ \t])?",
    re.M,
)
_AGENCY = re.compile(r"[A-Z0-9][\w'’.&-]*(?:[ \t]*[/,-]?[ \t]*[A-Z0-9][\w'’.&-]*)*,?")  # every word capitalised
PARAGRAPH_CHARS = 100  # a title case name with only a dash or colon after it heads a paragraph this long


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that hold the place names of a dateline."""
    spans: list[tuple[int, int]] = []
    for match in _DATELINE.finditer(text):
        places = match.group("places")
        date, agency, sep = match.group("date"), match.group("agency"), match.group("sep")
        if agency and not _AGENCY.fullmatch(agency.strip(" \t()/.")):
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
    return spans
