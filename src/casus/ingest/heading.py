"""Official statements headed by their author: "Statement of the Ministry of X", "<Ministry>: …".

A ministry's or an army's statement names its author once, in its heading,
and then speaks in its own voice ("Our units returned fire"). The heading is
therefore kept in the analysed text (not dropped as a headline), and
attribution makes its author the speaker of the sentences no one else claims.

Two shapes are read, both only where the named author is an institution or
an office holder (its head noun is one of ``INSTITUTION_HEADS``): a
statement noun with its author ("Statement of …", "Information of …",
"Press release by …", "Summary of the briefing on … by …"), and an author
followed by a colon and what it says ("Ministry of Defence of X: the
adversary attacked …"). A news headline "Minister: …" is an author with a
colon too; it makes the page relay that office, which is what such pages do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Head nouns of institutions and offices that issue statements (lower case, singular and plural).
INSTITUTION_HEADS = frozenset(
    """ministry ministries department office service services staff command headquarters committee council
    government cabinet presidency administration agency directorate secretariat embassy mission delegation
    army forces troops navy police guard guards gendarmerie militia command force corps authority
    authorities commission parliament assembly court prosecutor prosecutors spokesman spokeswoman
    spokesperson spokespersons minister president premier chancellor governor mayor chief commander
    secretary ambassador envoy representative center centre bureau""".split()
)
_STATEMENT = (r"statement|joint statement|press statement|information|press release|release|communiqu[eé]|"
              r"announcement|declaration|comment|commentary|message|notice|briefing|press briefing|"
              r"press conference|appeal|address|note|clarification|update|bulletin|report")
_LEAD = (r"^(?:(?:summary|text|transcript|full text)\s+of\s+(?:the\s+)?)?"
         r"(?:(?:official|urgent|special|daily|morning|evening)\s+)*")
_END = (r"(?=\s+(?:regarding|concerning|on|about|in connection with|in response to|with regard to|following|over|"
        r"dated)\b|\s*[,:;(–—|]|\s+-\s|\s*\.?\s*$)")
_BY_AUTHOR = re.compile(
    rf"{_LEAD}(?P<cue>{_STATEMENT})\s+(?:of|by|from)\s+(?P<author>(?:the\s+)?[A-Z].*?){_END}", re.IGNORECASE)
_TOPIC_THEN_AUTHOR = re.compile(
    rf"{_LEAD}(?P<cue>{_STATEMENT})\s+(?:on|about|regarding|concerning)\s+[^,:;]+?\s+(?:by|from)\s+"
    rf"(?P<author>(?:the\s+)?[A-Z].*?){_END}", re.IGNORECASE)
_COLON = re.compile(r"^(?P<author>(?:the\s+)?[A-Z][^:\n]{1,90}?)\s*:\s+(?P<content>\S.*)$", re.DOTALL)


@dataclass
class Heading:
    """A statement heading: its author, the cue (the statement noun, or the colon) and, for a colon
    heading, what the author says; offsets into the heading's text."""

    author: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int] | None = None


def statement_heading(text: str) -> Heading | None:
    """The statement heading ``text`` is (one line, a paragraph at most), or None."""
    if not text.strip() or len(text) > 300 or "\n" in text.strip():
        return None
    for pattern in (_TOPIC_THEN_AUTHOR, _BY_AUTHOR):
        match = pattern.match(text)
        if match and institution(match.group("author")):
            return Heading(match.span("author"), match.span("cue"))
    match = _COLON.match(text)
    if match and institution(match.group("author")) and len(match.group("author").split()) <= 14:
        colon = text.index(":", match.end("author"))
        end = len(text.rstrip())
        return Heading(match.span("author"), (colon, colon + 1), (match.start("content"), end))
    return None


def institution(phrase: str) -> bool:
    """Whether a name's head is an institution or office: "the Ministry of Defence of X", "General Staff",
    "Press Center of the Border Troops" (the head is the last word before the first "of")."""
    words = re.findall(r"[\w'’-]+", phrase.split(",")[0])
    if not words or not any(w[:1].isupper() for w in words):
        return False
    lower = [w.lower() for w in words]
    head_part = lower[: lower.index("of")] if "of" in lower[1:] else lower
    return any(w in INSTITUTION_HEADS for w in head_part)
