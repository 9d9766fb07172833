"""Publication dates: from page metadata, the article's own dateline, or inferred.

Order of trust (``published.how``): ``metadata`` (htmldate on the page,
after boilerplate pruning so a sidebar's dates cannot win), ``url`` (the date
in the article's address), ``body`` (a dateline at the top of the article),
``inferred`` (the latest full date mentioned in the analysed text: an event
date is a lower bound of the publication date, so it is marked as a guess).
Boilerplate dates are never used: callers pass text that excludes it.

Date strings are found by their shape and parsed by dateparser, so month
names of any language dateparser knows are handled without tables here.
"""

from __future__ import annotations

import re
from datetime import date

# A full date: day, month and year, numeric or with a month word.
FULL_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?,?\s+\d{4}\b|"
    r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
)
# Any date or time stamp, also partial ones such as clock times and "3 hours ago".
DATE_STAMP = re.compile(
    FULL_DATE.pattern + r"|\b\d{1,2}[./]\d{1,2}[./]\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b"
)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|\b)")

_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}


def parse_date(text: str, languages: list[str] | None = None) -> date | None:
    """A full calendar date written in ``text``, or None (partial dates are refused)."""
    import dateparser  # imported on first use: most HTML pages never need it

    settings = dict(_SETTINGS)
    if re.match(r"\d{4}-", text):
        settings["DATE_ORDER"] = "YMD"
    try:
        parsed = dateparser.parse(text, languages=languages or ["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def dates_in(text: str, today: date | None = None) -> list[date]:
    """Every full date written in ``text``, in order, ignoring dates in the future."""
    today = today or date.today()
    found = []
    for match in FULL_DATE.finditer(text):
        parsed = parse_date(match.group(0))
        if parsed and parsed <= today:
            found.append(parsed)
    return found


def date_from_datelines(lines: list[str]) -> date | None:
    """The first full date among an article's dateline lines."""
    for line in lines:
        found = dates_in(line)
        if found:
            return found[0]
    return None


def date_in_url(url: str | None) -> date | None:
    """A date in an article URL such as ``/2022/09/13/`` or ``/20220913-``."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def infer_date(text: str) -> date | None:
    """The latest full date the text mentions: a lower bound of its publication."""
    found = dates_in(text)
    return max(found) if found else None
