"""Event coding: PLOVER events with participants, status, time, toll, place and crosswalks."""

from __future__ import annotations

from casus.events.code import code_events
from casus.model import Document


class EventCoder:
    """Pipeline stage: fill ``doc.events`` (after attribution and geocoding, whose output it reads)."""

    name = "events"

    def __call__(self, doc: Document) -> Document:
        doc.events = code_events(doc)
        return doc


__all__ = ["EventCoder", "code_events"]
