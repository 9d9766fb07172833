"""The document model of ../shared/SCHEMA.md: one Document, spans with offsets.

Every stage reads and adds to a ``Document``; nothing else is passed between
stages. Spans are character offsets into ``Document.text`` and are checked on
creation, so ``doc.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from casus import SCHEMA_VERSION, __version__

DateHow = Literal["metadata", "body", "url", "inferred", "none"]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of ``doc.text``: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``, refusing offsets outside ``text``."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])

    def check(self, text: str) -> None:
        if text[self.start : self.end] != self.text:
            raise ValueError(f"span {self.start}:{self.end} does not hold {self.text!r}")


@dataclass(slots=True)
class Published:
    """Publication date and where it came from (SCHEMA.md ``published``)."""

    date: str | None = None  # YYYY-MM-DD
    how: DateHow = "none"


@dataclass(slots=True)
class Boilerplate:
    """A block kept out of the analysed text.

    For plain-text input ``start``/``end`` are offsets into the raw decoded
    text (newlines normalised to ``\\n``); for HTML input the block no longer
    has offsets (it was dropped from the tree) and only ``text`` is known.
    """

    kind: str  # title, dateline, related, share, subscribe, cookie, copyright, advertisement, navigation
    text: str
    start: int | None = None
    end: int | None = None


@dataclass
class Source:
    """Who speaks (SCHEMA.md ``sources``); ``via`` is the source that relays this one."""

    id: str
    name: str
    kind: str  # outlet | government | military | person | organization | country | unnamed
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV, MIL, MED, …
    via: str | None = None
    mentions: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
                "sector": self.sector, "via": self.via, "mentions": [_span(m) for m in self.mentions]}


@dataclass
class Claim:
    """One speech act: ``source`` says ``content`` (SCHEMA.md ``claims``).

    ``inherited``: the sentence names no speaker and belongs to the statement
    whose cue is ``cue`` (an official statement relayed sentence by sentence).
    ``source_span``: where this claim names its source ("the ministry", "he"),
    so that the speaker of each claim, not only of the document, is evidenced;
    None when the claim names none (inherited, or a denial by the floor's speaker).
    """

    id: str
    source: str
    cue: Span
    content: Span
    stance: str = "assert"  # assert | deny | report
    about: str | None = None
    inherited: bool = False
    source_span: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "cue": _span(self.cue), "content": _span(self.content),
                "stance": self.stance, "about": self.about, "inherited": self.inherited,
                "source_span": _span(self.source_span) if self.source_span else None}


@dataclass
class PlaceMention:
    """A toponym in ``doc.text`` and the place it resolved to (SCHEMA.md ``places``)."""

    span: Span
    name: str
    geonameid: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    precision: str  # point | town | admin2 | admin1 | country | region

    def to_json(self) -> dict[str, Any]:
        return {"span": _span(self.span), "name": self.name, "geonameid": self.geonameid,
                "country": self.country, "admin1": self.admin1, "admin2": self.admin2,
                "lat": round(self.lat, 5), "lon": round(self.lon, 5), "precision": self.precision}


@dataclass
class Actor:
    """A participant of an event (SCHEMA.md ``actors``/``recipients``); ``span`` is where the text names it."""

    text: str
    name: str
    country: str | None
    sector: str | None
    span: Span | None = None
    implied: bool = False  # no words name who acted: the country the sentence places the act in stands for them

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}
        if self.span is not None:
            out["start"], out["end"] = self.span.start, self.span.end
        if self.implied:
            out["implied"] = True
        return out


@dataclass
class Count:
    """One side of a toll: ``low``-``best``-``high`` and the words they come from."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    text: str | None = None
    of: Actor | None = None  # whose dead or injured, when the text says

    def to_json(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high, "text": self.text,
                "of": self.of.to_json() if self.of else None}


@dataclass
class EventTime:
    """When an event happened; ``how``: from its own sentence (``text``), carried over from the
    narrative before it (``context``), or only bounded by the publication date (``published``)."""

    start: str | None = None
    end: str | None = None
    precision: str | None = None  # hour | day | week | month | year
    text: str | None = None
    how: str = "none"  # text | context | published | none

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "precision": self.precision, "text": self.text,
                "how": self.how}


@dataclass
class Event:
    """One PLOVER event (SCHEMA.md ``events``).

    ``trigger`` is the word the event was coded from; ``mentions`` are the
    evidence spans of every mention merged into this event (the first is
    ``evidence``) and ``triggers`` their trigger words.
    """

    id: str
    event: str
    trigger: Span
    evidence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    quad: str | None = None
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    locations: list[dict[str, Any]] = field(default_factory=list)
    time: EventTime = field(default_factory=EventTime)
    dead: Count = field(default_factory=Count)
    injured: Count = field(default_factory=Count)
    claim: str | None = None
    status: str = "asserted"  # asserted | denied | alleged | hypothetical | future
    acled: dict[str, str | None] = field(default_factory=lambda: {"event_type": None, "sub_event_type": None})
    cameo: str | None = None
    mentions: list[Span] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)  # the trigger of each merged mention
    # the type came from a reading of the clause (who does the act or to what, a verdict, an intent, people held),
    # not from the trigger table's word alone: the type classifier's PLOVER head leaves it (not output)
    settled: bool = field(default=False, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "event": self.event, "mode": self.mode, "context": list(self.context),
            "quad": self.quad, "actors": [a.to_json() for a in self.actors],
            "recipients": [a.to_json() for a in self.recipients], "locations": list(self.locations),
            "time": self.time.to_json(), "toll": {"dead": self.dead.to_json(), "injured": self.injured.to_json()},
            "claim": self.claim, "status": self.status, "evidence": _span(self.evidence),
            "trigger": _span(self.trigger), "mentions": [_span(m) for m in self.mentions],
            "triggers": [_span(t) for t in self.triggers or [self.trigger]],
            "acled": dict(self.acled), "cameo": self.cameo,
        }


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


@dataclass
class Document:
    """One input document and every annotation the stages add to it."""

    id: str  # sha256 of the raw input bytes
    path: str
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: Published = field(default_factory=Published)
    language: str | None = "en"
    input_format: str = "text"  # text | html | jsonl
    boilerplate: list[Boilerplate] = field(default_factory=list)
    sources: list[Any] = field(default_factory=list)
    claims: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    # The spaCy parse of ``text`` (set by the nlp stage); never serialised.
    parsed: Any = field(default=None, repr=False, compare=False)
    # The raw input bytes ``id`` is the hash of (a file, or one JSONL line); kept by the store for recoding.
    raw: bytes | None = field(default=None, repr=False, compare=False)

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def to_json(self) -> dict[str, Any]:
        """The SCHEMA.md record for this document."""
        # SCHEMA.md: blocks with raw-text offsets (plain text) are objects;
        # blocks dropped from an HTML tree have no offsets and are their text.
        boilerplate: list[Any] = [
            b.text if b.start is None else {"start": b.start, "end": b.end, "kind": b.kind, "text": b.text}
            for b in self.boilerplate
        ]
        return {
            "casus_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "doc": {
                "id": self.id,
                "path": self.path,
                "url": self.url,
                "title": self.title,
                "publisher": self.publisher,
                "published": {"date": self.published.date, "how": self.published.how},
                "language": self.language,
                "input_format": self.input_format,
                "text": self.text,
                "boilerplate": boilerplate,
            },
            "sources": [_plain(x) for x in self.sources],
            "claims": [_plain(x) for x in self.claims],
            "places": [_plain(x) for x in self.places],
            "events": [_plain(x) for x in self.events],
        }

    def to_jsonl(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))


def _plain(value: Any) -> Any:
    """Annotations as JSON-ready values: dataclasses become dicts."""
    if hasattr(value, "to_json"):
        return value.to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return value
