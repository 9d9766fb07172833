"""The ordered per-document stages after ingestion.

A stage is a callable that takes a ``Document`` and adds one kind of
annotation to it; a stage may also offer ``pipe(docs)`` to work in batches
(spaCy's ``nlp.pipe``). Stages never do I/O: the CLI and engines read inputs
and write outputs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Protocol

from casus.model import Document


class Stage(Protocol):
    def __call__(self, doc: Document) -> Document: ...


def _batched(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


class Pipeline:
    """Runs stages in order over documents, one at a time or in batches."""

    def __init__(self, stages: list[Stage] | None = None) -> None:
        self.stages: list[Stage] = list(stages or [])

    @property
    def names(self) -> list[str]:
        return [getattr(s, "name", type(s).__name__) for s in self.stages]

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(self, docs: Iterable[Document], batch_size: int = 32) -> Iterator[Document]:
        for batch in _batched(docs, batch_size):
            for stage in self.stages:
                batch_pipe: Callable[[list[Document]], Iterable[Document]] | None = getattr(stage, "pipe", None)
                batch = list(batch_pipe(batch)) if batch_pipe else [stage(d) for d in batch]
            yield from batch


def default_stages() -> list[Stage]:
    """The per-document stages that exist, in pipeline order."""
    from casus.attribution import Attribution
    from casus.events import EventCoder
    from casus.geo import Geocoder
    from casus.nlp import Analyzer

    return [Analyzer(), Attribution(), Geocoder(), EventCoder()]


def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())
