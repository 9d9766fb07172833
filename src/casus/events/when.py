"""Time: the date expressions of a sentence resolved to start/end dates with a precision.

spaCy finds the expressions (DATE and TIME entities); dateparser reads
them against a reference date: the publication date, or when that is
unknown the latest full date the text gives (else a weekday written with
its date, "Saturday, 9 March", which pins the year). casus adds what
dateparser does not do: spans ("the night of 12–13 September" -> 12 to 13),
look-back windows ("over the past month", "in recent days" -> an interval
ending at the reference), "since X"/"starting from X" (open start), and a
guard for year-less dates ("13 September" in an article of 12 September is
this year's, not last year's).

What is not an event's date is refused (None), so that the event keeps the
narrative's date or the publication's instead of a wrong one:
- durations ("three decades", "four days", "two minutes later", "for
  years") say how long, not when;
- history: a year or month that something has lasted "since" ("since
  1992"), and decades ("the 1990s");
- a bare number is a year only in date context ("in 2014", "the 2014
  clashes", "May 2014"), never a count ("2014 soldiers", "2,014");
- weekday names are the last such day on or before the reference ("on
  Tuesday" in a Thursday article), the next one after "tomorrow"/"next".
``expressions`` also mends spaCy's cuts of one date into pieces ("2021-03"
of "2021-03-06"; "March 3-5" and ", 2021"; "Friday" + "evening" + ", 22
August 2025").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from casus.model import EventTime
from casus.nlp import doc_text

_UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_UNIT_PRECISION = {"day": "day", "night": "day", "week": "week", "fortnight": "week", "month": "month",
                   "year": "year"}
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 3, "couple of": 2}
_WINDOW = re.compile(r"\b(?:the\s+)?(?P<which>past|last|recent|previous|preceding)\s+"
                     r"(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of)\s+)?"
                     r"(?P<unit>day|night|week|fortnight|month|year)s?\b", re.IGNORECASE)
_RANGE = re.compile(r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–—/]|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
                    r"(?:of\s+)?(?P<m>[A-Z][a-z]{2,8}\.?)(?:,?\s+(?P<y>\d{4}))?|"
                    r"\b(?P<m2>[A-Z][a-z]{2,8}\.?)\s+(?P<e1>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–—/]|to|and)\s*"
                    r"(?P<e2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?")
_OPEN_START = re.compile(r"\b(since|starting|beginning|as of)\b", re.IGNORECASE)
_COUNT_WORDS = (r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                r"hundred|few|several|many|couple of|dozens of|hundreds of|thousands of")
_DURATION = re.compile(
    r"^(?:(?:about|around|some|nearly|almost|over|more than|less than|at least|up to|for|the|a|an|another|"
    r"barely|just|only|full|whole|entire|long|first|next)\s+)*"
    rf"(?:(?:{_COUNT_WORDS})(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+)?"
    r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"
    r"(?:\s+(?:later|earlier|long|old|on|in a row|running|straight|afterwards|before|after))?$", re.IGNORECASE)
_DECADE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?:\d{2})?\d0'?s$", re.IGNORECASE)
_HISTORY_BEFORE = re.compile(r"\b(?:since|for|over|throughout|across)\s+(?:the\s+)?$", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^(?:in\s+|of\s+)?(?P<y>1[89]\d\d|2[01]\d\d)$", re.IGNORECASE)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_YEAR_CONTEXT = re.compile(
    rf"(?:\b(?:in|of|since|by|until|till|through|during|from|to|and|early|late|mid|year|years|summer|winter|"
    rf"spring|autumn|fall|the|its|their|{_MONTHS})\.?|\d{{1,2}}(?:st|nd|rd|th)?|,|-)\s*$", re.IGNORECASE)
_THIS_WEEK = re.compile(r"\b(earlier\s+)?this\s+week\b", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_NAMES = "|".join(_WEEKDAYS)
_WEEKDAY = re.compile(rf"\b({_DAY_NAMES})s?\b", re.IGNORECASE)
_FORWARD = re.compile(r"\b(tomorrow|next|coming|upcoming)\b", re.IGNORECASE)
_BACK_A_WEEK = re.compile(rf"\blast\s+({_DAY_NAMES})\b", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:on|late|early|last|next|this|coming|tomorrow|yesterday|the|night|evening|morning|afternoon|"
    rf"of|on|,)\s*)*(?:{_DAY_NAMES})s?"
    r"(?:\s*(?:,\s*)?(?:night|evening|morning|afternoon|early|late))*$", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)", re.IGNORECASE)
_FULL_DATE_PERIODS = {"day", "time"}
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=64)
def _parser(ref: date) -> Any:
    """A dateparser reader for one reference date (its settings are fixed at construction)."""
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day), "PREFER_DATES_FROM": "current_period",
                "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _parse(text: str, ref: date) -> tuple[date, str] | None:
    """dateparser's reading of ``text`` against ``ref``: (date, period), dropping words it cannot read. Kept
    per (text, date): a story names its days again and again, and dateparser is the events stage's dearest call."""
    words = re.sub(r"[()\[\]]", " ", text).split()  # "Wednesday (March 6)" -> "Wednesday March 6"
    for k in range(min(len(words), 6)):  # "the late hours of September 12" -> "September 12"
        candidate = " ".join(words[k:]).strip(" ,.;")
        if not candidate:
            break
        data = _parser(ref).get_date_data(candidate)
        if data.date_obj is not None:
            found = data.date_obj.date()
            period = "day" if data.period in _FULL_DATE_PERIODS else data.period
            if not re.search(r"\d{4}", candidate) and found > ref + timedelta(days=7):
                try:
                    found = found.replace(year=found.year - 1)  # a year-less date after the article: last year
                except ValueError:
                    found = found - timedelta(days=365)
            return found, period
    return None


def _period_end(start: date, precision: str) -> date:
    if precision == "week":
        return start + timedelta(days=6)
    if precision == "month":
        following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following - timedelta(days=1)
    if precision == "year":
        return date(start.year, 12, 31)
    return start


def resolve_expression(text: str, ref: date, before: str = "") -> EventTime | None:
    """One date expression as an ``EventTime``; ``before`` is the text just before it ("since"). None also
    when the arithmetic leaves the calendar (a window back from year 1, a period past 31 December 9999)."""
    try:
        return _resolve(text, ref, before)
    except (OverflowError, ValueError):
        return None


def not_a_date(text: str, before: str = "") -> bool:
    """A duration, a decade, or a number that only a date context would make a year: not an event's date."""
    text = " ".join(text.split()).strip(" ,.;:()")
    if _DURATION.match(text) or _DECADE.match(text):
        return True
    bare = _BARE_YEAR.match(text)
    return bool(bare) and not text.lower().startswith(("in ", "of ")) and not _YEAR_CONTEXT.search(before[-30:])


def weekday(text: str, ref: date) -> date | None:
    """A weekday name alone ("on Tuesday", "late on Friday night"): the last such day on or before ``ref``
    (news tells what happened), the next one after it with "tomorrow"/"next"/"coming"."""
    if not _WEEKDAY_ONLY.match(" ".join(text.split()).strip(" ,.;:()")):
        return None
    name = _WEEKDAY.search(text)
    if name is None:
        return None
    wanted = _WEEKDAYS.index(name.group(1).lower())
    if _FORWARD.search(text):
        return ref + timedelta(days=(wanted - ref.weekday()) % 7 or 7)
    back = (ref.weekday() - wanted) % 7
    if back == 0 and _BACK_A_WEEK.search(text):
        back = 7
    if isinstance(ref, TextDate) and back > 3 and not _BACK_A_WEEK.search(text):
        return ref + timedelta(days=7 - back)  # published on or after the text's date: the nearer day
    return ref - timedelta(days=back)


def _resolve(text: str, ref: date, before: str) -> EventTime | None:
    if not_a_date(text, before):
        return None
    if (this_week := _THIS_WEEK.search(text)) and not _WEEKDAY.search(text):
        monday = ref - timedelta(days=ref.weekday())  # "earlier this week": from its Monday to the reference
        end = ref if this_week.group(1) else monday + timedelta(days=6)
        return EventTime(monday.isoformat(), end.isoformat(), "week", text, "text")
    if (window := _WINDOW.search(text)) and not _WEEKDAY.search(text):
        n = window.group("n")
        count = int(n) if n and n.isdigit() else _SMALL_NUMBERS.get((n or "one").lower(), 1)
        unit = window.group("unit").lower()
        if window.group("which").lower() == "recent" and not n:
            count = 2 if unit != "day" else 7  # "in recent days": about a week; "recent weeks": a couple
        start = ref - timedelta(days=count * _UNIT_DAYS[unit])
        return EventTime(start.isoformat(), ref.isoformat(), _UNIT_PRECISION[unit], text, "text")
    if span := _RANGE.search(text):
        d1, d2 = (span.group("d1"), span.group("d2")) if span.group("d1") else (span.group("e1"), span.group("e2"))
        month = span.group("m") or span.group("m2")
        year = span.group("y") or span.group("y2") or ""
        first = _parse(f"{d1} {month} {year}", ref)
        last = _parse(f"{d2} {month} {year}", ref)
        if first and last and first[0] <= last[0]:
            return EventTime(first[0].isoformat(), last[0].isoformat(), "day", text, "text")
    day = weekday(text, ref)
    parsed = (day, "day") if day is not None else _parse(text, ref)
    if parsed is None:
        return None
    found, precision = parsed
    if precision not in ("day", "week", "month", "year"):
        precision = "day"
    if precision == "month":
        found = found.replace(day=1)
    elif precision == "year":
        found = date(found.year, 1, 1)
    if _OPEN_START.search(before[-40:]) or _OPEN_START.match(text):
        if precision in ("month", "year") and (_HISTORY_BEFORE.search(before[-20:]) or _OPEN_START.match(text)):
            return None  # "since 1992", "since March": how long something has lasted, not when it happened
        return EventTime(found.isoformat(), ref.isoformat() if ref >= found else None, precision, text, "text")
    return EventTime(found.isoformat(), _period_end(found, precision).isoformat(), precision, text, "text")


class TextDate(date):
    """A reference read from the text (its latest date), not the publication date: the page came out on or
    after it, so a weekday name is the nearest such day, which may follow it."""


def reference_date(published: str | None, parsed: Any, today: date | None = None) -> date | None:
    """The date relative expressions count from: publication, else the latest full date in the text, else
    a weekday written with its day and month ("Saturday, 9 March"): the latest year up to ``today`` in
    which that day is that weekday."""
    if published:
        return date.fromisoformat(published)
    today = today or date.today()
    latest: date | None = None
    pinned: date | None = None
    for ent in expressions_of(parsed):
        if ent.label_ != "DATE":
            continue
        if re.search(r"\d{4}", ent.text) and (re.search(r"[A-Za-z]", ent.text) or _ISO.fullmatch(ent.text.strip())):
            try:
                got = _parse(ent.text, today)
            except (OverflowError, ValueError):  # a date at the calendar's edge ("31 December 9999")
                continue
            if got and got[1] == "day" and (latest is None or got[0] > latest):
                latest = got[0]
        elif (day := _weekday_pinned(ent.text, today)) is not None and (pinned is None or day > pinned):
            pinned = day
    found = latest or pinned
    return TextDate(found.year, found.month, found.day) if found else None


def _weekday_pinned(text: str, today: date) -> date | None:
    """"Wednesday (March 6)", "Saturday, 9 March": the latest such date up to ``today`` on that weekday."""
    name = _WEEKDAY.search(text)
    numbers = re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)
    month = re.search(rf"\b({_MONTHS})\b\.?", text, re.IGNORECASE)
    if name is None or month is None or len(numbers) != 1:
        return None
    try:
        first = datetime.strptime(f"{month.group(1)[:3]} {numbers[0]} 2000", "%b %d %Y")
    except ValueError:
        return None
    wanted = _WEEKDAYS.index(name.group(1).lower())
    for year in range(today.year, today.year - 12, -1):  # the weekdays of a date repeat within 11 years
        try:
            day = date(year, first.month, first.day)
        except ValueError:  # 29 February
            continue
        if day <= today and day.weekday() == wanted:
            return day
    return None


def expressions_of(parsed: Any) -> list[Any]:
    """The date expressions of a whole parsed document (see ``expressions``)."""
    return expressions(parsed[:]) if len(parsed) else []


_LAST: list[Any] = [None, []]  # the last document asked about and its DATE and TIME entities


def _time_entities(doc: Any) -> list[Any]:
    """The DATE and TIME entities of ``doc``, found once per document: ``Span.ents`` walks all the document's
    entities for every sentence that asks (a tenth of the event coder's time on long pages)."""
    if _LAST[0] is not doc:
        _LAST[0], _LAST[1] = doc, [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    return _LAST[1]


def expressions(sent: Any) -> list[Any]:
    """The DATE and TIME entities of a sentence that name a point or window in time, mended where spaCy
    cut one date in pieces: an ISO date's day ("2021-03" + "-06"), a year after a comma ("March 3-5"
    + ", 2021") and a weekday's part of the day ("Friday" + "evening", then + ", 22 August 2025")."""
    doc = sent.doc
    text = doc_text(doc)
    ents = [e for e in _time_entities(doc) if sent.start <= e.start and e.end <= sent.end]
    out: list[Any] = []
    for ent in ents:
        if out and out[-1].label_ == "DATE" and ent.label_ == "TIME" and _WEEKDAY_ONLY.match(out[-1].text) and \
                _PART_OF_DAY.fullmatch(ent.text.strip()) and not text[out[-1].end_char:ent.start_char].strip():
            out[-1] = doc[out[-1].start:ent.end]  # "Friday" + " evening": one day (a date may follow)
            out[-1].label_ = "DATE"
            continue
        if out and out[-1].label_ == "DATE" and ent.label_ == "DATE" and (
                (re.fullmatch(r"\d{4}", ent.text) and not re.search(r"\d{4}", out[-1].text)
                 and re.fullmatch(r",?\s*", text[out[-1].end_char:ent.start_char]))
                or (_WEEKDAY_ONLY.match(out[-1].text) and re.search(rf"(?i)\b({_MONTHS})\b", ent.text)
                    and re.fullmatch(r"[\s,(]*", text[out[-1].end_char:ent.start_char]))):
            out[-1] = doc[out[-1].start:ent.end]  # "March 3-5" + ", 2021"; "Wednesday" + " (March 6"
            out[-1].label_ = "DATE"
            continue
        iso = _ISO.match(text, ent.start_char, min(len(text), ent.start_char + 10))
        if iso and iso.end() > ent.end_char:
            mended = doc.char_span(ent.start_char, iso.end(), label="DATE", alignment_mode="expand")
            if mended is not None and mended.end <= sent.end:
                ent = mended
        out.append(ent)
    return out
