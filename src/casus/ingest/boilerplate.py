"""Find boilerplate lines in plain text: headline lists, share bars, notices.

News text pasted or extracted from a page carries the page's furniture: a
"Latest news" list of dated headlines under the article, "READ MORE: …"
lines inside it, share and subscribe prompts, cookie and copyright notices.
None of it may produce events, and its dates are not the article's date.

The rules are line-based so that they serve both plain-text input and the
text trafilatura extracts from HTML. They cut only on positive evidence (a
section label, dated headlines, a notice); a short line without a full stop
is not enough on its own, because articles end on sign-offs and quotes too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casus.ingest.dateline import capture_stamp, dateline_outlet
from casus.ingest.heading import statement_heading
from casus.ingest.pubdate import DATE_STAMP
from casus.model import Boilerplate

# Labels that head a block of links to other articles (lower-cased, without
# trailing punctuation). A line equal to one of these starts a related block.
SECTION_LABELS = frozenset(
    """
    latest news|latest|latest stories|latest articles|latest headlines|more news|more stories|more from|
    related|related news|related articles|related stories|related posts|related content|related topics|
    related coverage|related links|read also|also read|read more|see also|see more|more on this|
    more on this story|more on this topic|you may also like|you might also like|recommended|
    recommended for you|recommended stories|most read|most popular|most viewed|popular|popular now|
    trending|trending now|top stories|top news|editor's picks|editors' picks|don't miss|do not miss|
    must read|in case you missed it|what to read next|read next|up next|further reading|
    other news|news feed|newsfeed|tags|topics|share this|share this article|
    leia também|veja também|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lee también|
    leer más|читайте также|по теме
    """.replace("\n", "").split("|")
)
SECTION_LABELS = frozenset(label.strip() for label in SECTION_LABELS if label.strip())

# "READ MORE: headline" and friends: one line that links elsewhere.
_INLINE_RELATED = re.compile(
    r"^(read (also|more)|also read|see (also|more)|related|more|watch|listen|don't miss|"
    r"recommended|click here to read|leia também|lesen sie auch|lire aussi)\s*[:>|»-]\s*\S",
    re.IGNORECASE,
)

_NOTICES: list[tuple[str, re.Pattern[str]]] = [
    ("share", re.compile(
        r"^(share( this( article| story| post)?)?( on| via)?\b.{0,40}$|(follow|like) us on\b|"
        r"click to (tweet|share)|tweet this|share on (facebook|twitter|whatsapp|linkedin|telegram))",
        re.IGNORECASE)),
    ("subscribe", re.compile(
        r"(subscribe to (our|the)\b|sign up (for|to) (our|the)\b|newsletter|thanks for signing up|"
        r"join our (telegram|whatsapp|mailing))",
        re.IGNORECASE)),
    ("cookie", re.compile(r"\b(we use cookies|this (web)?site uses cookies|cookie (policy|settings))\b",
                          re.IGNORECASE)),
    ("copyright", re.compile(r"(^©|^\(c\)\s|copyright ©|\ball rights reserved\b|^copyright \d{4})",
                             re.IGNORECASE)),
    ("advertisement", re.compile(r"^(advertisement|sponsored( content)?|ad|story continues below( advertisement)?)$",
                                 re.IGNORECASE)),
    ("navigation", re.compile(r"^(home|news|menu|search|log ?in|sign in)(\s*[>|»/]\s*\S.{0,60})?$",
                              re.IGNORECASE)),
]

# Notices that are harmless text on their own (news bodies often end with a
# copyright line); they are dropped only inside a tail that is furniture anyway.
_WEAK_NOTICES = frozenset({"copyright"})
_SENTENCE_END = re.compile(r"[.!?…:;\"”’'»)\]。！？」』）]\s*$")
# A tail cut that would take more than this share of the text is not furniture.
_MAX_TAIL_SHARE = 0.6
_WORD = re.compile(r"\w+")


@dataclass
class Line:
    start: int  # offsets into the raw text
    end: int
    text: str  # stripped

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


@dataclass
class Cleaned:
    """The main text and what was kept out of it."""

    text: str
    boilerplate: list[Boilerplate] = field(default_factory=list)
    title: str | None = None
    datelines: list[str] = field(default_factory=list)
    agency: str | None = None  # the outlet a dateline or an "…, X reports." line names



def split_lines(raw: str) -> list[Line]:
    lines = []
    pos = 0
    for chunk in raw.split("\n"):
        stripped = chunk.strip()
        lead = len(chunk) - len(chunk.lstrip())
        lines.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(chunk) + 1
    return lines


def _label(text: str) -> str:
    return text.lower().strip(" \t:|>»-–—•*#").replace("’", "'")


def is_section_label(text: str) -> bool:
    return len(text) <= 40 and _label(text) in SECTION_LABELS


def notice_kind(text: str) -> str | None:
    """The kind of notice a line is (share, subscribe, …), or None."""
    if len(text) > 300:
        return None
    for kind, pattern in _NOTICES:
        if pattern.search(text):
            return kind
    return None


def is_dated_headline(text: str) -> bool:
    """A short line carrying a date or time stamp and no sentence ending, e.g. a headline list item."""
    return 0 < len(_WORD.findall(text)) <= 30 and bool(DATE_STAMP.search(text)) and not text.endswith(".")


def is_date_only(text: str) -> bool:
    """A line that is little more than a date or time (a dateline, 'Published: …')."""
    if not DATE_STAMP.search(text):
        return False
    rest = DATE_STAMP.sub(" ", text)
    rest = re.sub(r"(?i)\b(published|updated|posted|last|modified|on|at|am|pm|gmt|utc|edt|est|cet|msk|azt|amt)\b",
                  " ", rest)
    return len(_WORD.findall(rest)) <= 2


def _is_headline_like(line: Line) -> bool:
    return 0 < line.words <= 25 and len(line.text) <= 200 and not _SENTENCE_END.search(line.text)


def _strong_tail(line: Line) -> str | None:
    """Why a line is certainly furniture in the tail of a page, or None."""
    if is_section_label(line.text):
        return "related"
    if _INLINE_RELATED.match(line.text):
        return "related"
    if is_dated_headline(line.text) or is_date_only(line.text):
        return "related"
    kind = notice_kind(line.text)
    return None if kind in _WEAK_NOTICES else kind


def clean_text(raw: str, *, detect_title: bool = True) -> Cleaned:
    """Split ``raw`` into main text and boilerplate (offsets into ``raw``)."""
    lines = split_lines(raw)
    drop: dict[int, str] = {}  # line index -> boilerplate kind
    content = [i for i, line in enumerate(lines) if line.text]
    if not content:
        return Cleaned(text="")
    title = None
    first = 0
    prefixes: list[Boilerplate] = []  # datelines and capture stamps cut off the start of a line

    # A capture stamp ("date 2022-07-29 …") before everything else.
    if n := capture_stamp(lines[content[0]].text):
        prefixes.append(_cut(lines, content[0], n))
        if not lines[content[0]].text:
            content = content[1:]
            if not content:
                return Cleaned(text="", boilerplate=prefixes)

    # A title: a lone short line without a full stop, set off by a blank line. A statement's heading
    # ("Statement of the Ministry of …") is its author's signature: it stays in the text; a headline
    # "Ministry: what it says" is dropped like any title (attribution still reads it from the title).
    if detect_title and len(content) > 1:
        i = content[0]
        line = lines[i]
        alone = i + 1 < len(lines) and not lines[i + 1].text
        if alone and line.words <= 30 and not line.text.endswith((".", ",", ";")):
            title = line.text
            heading = statement_heading(line.text)
            if heading is None or heading.content is not None:  # "Ministry: …" is a headline all the same
                drop[i] = "title"
            first = 1

    # Leading furniture: datelines, share bars, breadcrumbs, section labels.
    for i in content[first:]:
        text = lines[i].text
        if is_date_only(text):
            drop[i] = "dateline"
        elif kind := notice_kind(text):
            drop[i] = kind
        elif is_section_label(text):
            drop[i] = "navigation"
        else:
            break

    # Trailing furniture: the longest tail of furniture-like lines that holds
    # at least one certain piece; the cut starts at the first certain one.
    tail: list[int] = []
    for i in reversed(content):
        if i in drop:
            break
        if _strong_tail(lines[i]) or _is_headline_like(lines[i]) or notice_kind(lines[i].text):
            tail.append(i)
        else:
            break
    tail.reverse()
    strong = [i for i in tail if _strong_tail(lines[i])]
    if strong:
        cut = tail[tail.index(strong[0]):]
        total = sum(len(lines[i].text) for i in content if i not in drop)
        if sum(len(lines[i].text) for i in cut) <= _MAX_TAIL_SHARE * total:
            for i in cut:
                drop[i] = notice_kind(lines[i].text) or _strong_tail(lines[i]) or "related"

    # Interior furniture: "READ MORE: …" lines, notices, and a section label
    # with the headline-like lines under it.
    in_block = False
    for i in content:
        if i in drop:
            continue
        text = lines[i].text
        if is_section_label(text):
            drop[i] = "related"
            in_block = True
        elif _INLINE_RELATED.match(text) and lines[i].words <= 40:
            drop[i] = "related"
        elif (kind := notice_kind(text)) and kind not in _WEAK_NOTICES and lines[i].words <= 40:
            drop[i] = kind
        elif in_block and (_is_headline_like(lines[i]) or is_dated_headline(text)):
            drop[i] = "related"
        else:
            in_block = False

    cleaned = _assemble(raw, lines, drop, title, prefixes)
    # The outlet an agency dateline names ("CITY, date /Agency/.", "CITY (Agency) —"), else an
    # "…, Agency reports." line. The dateline stays in the text (attribution and places skip it,
    # see ``casus.ingest.dateline``).
    cleaned.agency = dateline_outlet(cleaned.text)
    return cleaned


def _cut(lines: list[Line], i: int, n: int) -> Boilerplate:
    """Cut the first ``n`` characters off line ``i`` (a capture stamp); the block they make."""
    line = lines[i]
    prefix = line.text[:n].rstrip()
    rest = line.text[n:]
    lead = len(rest) - len(rest.lstrip())
    lines[i] = Line(line.start + n + lead, line.end, rest.strip())
    return Boilerplate(kind="dateline", text=prefix, start=line.start, end=line.start + len(prefix))


def _assemble(raw: str, lines: list[Line], drop: dict[int, str], title: str | None,
              prefixes: list[Boilerplate] | None = None) -> Cleaned:
    """Join kept lines (paragraphs separated by one blank line) and record dropped blocks."""
    parts: list[str] = []
    blank = False
    for i, line in enumerate(lines):
        if not line.text:
            blank = True
            continue
        if i in drop:
            continue
        if parts:
            parts.append("\n\n" if blank else "\n")
        parts.append(line.text)
        blank = False
    blocks: list[Boilerplate] = []
    for i in sorted(drop):
        kind = drop[i]
        prev = blocks[-1] if blocks else None
        if prev and prev.kind == kind and kind != "title" and _adjacent(lines, drop, prev.end, i):
            prev.end = lines[i].end
            prev.text = raw[prev.start : prev.end]  # type: ignore[index]
        else:
            blocks.append(Boilerplate(kind=kind, text=lines[i].text, start=lines[i].start, end=lines[i].end))
    blocks = sorted(blocks + (prefixes or []), key=lambda b: b.start or 0)
    datelines = [b.text for b in blocks if b.kind == "dateline"]
    return Cleaned(text="".join(parts), boilerplate=blocks, title=title, datelines=datelines)


def _adjacent(lines: list[Line], drop: dict[int, str], end: int | None, i: int) -> bool:
    """No kept line lies between the block ending at ``end`` and line ``i``."""
    for j in range(i - 1, -1, -1):
        if lines[j].end == end and lines[j].text:
            return True
        if lines[j].text and j not in drop:
            return False
    return False
