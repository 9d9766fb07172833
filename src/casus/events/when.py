"""Time: the date expressions of a sentence resolved to start/end dates with a precision.

spaCy finds the expressions (DATE and TIME entities); dateparser reads
them against a reference date: the publication date, or when that is
unknown the latest full date the text gives. casus adds what dateparser
does not do: spans ("the night of 12–13 September" -> 12 to 13), look-back
windows ("over the past month", "in recent days" -> an interval ending at
the reference), "since X"/"starting from X" (open start), and a guard for
year-less dates ("13 September" in an article of 12 September is this
year's, not last year's).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from casus.model import EventTime

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
_FULL_DATE_PERIODS = {"day", "time"}


@lru_cache(maxsize=64)
def _parser(ref: date) -> Any:
    """A dateparser reader for one reference date (its settings are fixed at construction)."""
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day), "PREFER_DATES_FROM": "current_period",
                "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


def _parse(text: str, ref: date) -> tuple[date, str] | None:
    """dateparser's reading of ``text`` against ``ref``: (date, period), dropping words it cannot read."""
    words = text.split()
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


def _resolve(text: str, ref: date, before: str) -> EventTime | None:
    if window := _WINDOW.search(text):
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
    parsed = _parse(text, ref)
    if parsed is None:
        return None
    found, precision = parsed
    if precision not in ("day", "week", "month", "year"):
        precision = "day"
    if precision == "month":
        found = found.replace(day=1)
    elif precision == "year":
        found = date(found.year, 1, 1)
    if _OPEN_START.search(before[-40:]):
        return EventTime(found.isoformat(), ref.isoformat() if ref >= found else None, precision, text, "text")
    return EventTime(found.isoformat(), _period_end(found, precision).isoformat(), precision, text, "text")


def reference_date(published: str | None, parsed: Any) -> date | None:
    """The date relative expressions count from: publication, else the latest full date in the text."""
    if published:
        return date.fromisoformat(published)
    latest: date | None = None
    for ent in parsed.ents:
        if ent.label_ == "DATE" and re.search(r"\d{4}", ent.text) and re.search(r"[A-Za-z]", ent.text):
            try:
                got = _parse(ent.text, date.today())
            except (OverflowError, ValueError):  # a date at the calendar's edge ("31 December 9999")
                continue
            if got and got[1] == "day" and (latest is None or got[0] > latest):
                latest = got[0]
    return latest


def expressions(sent: Any) -> list[Any]:
    """The DATE and TIME entities of a sentence that name a point or window in time."""
    return [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
