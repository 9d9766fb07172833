"""Event coding: PLOVER events with participants, status, time, toll, place and crosswalks."""

from __future__ import annotations

import sys

from casus.events.code import code_events
from casus.events.crosswalk import protest_interventions
from casus.events.types import type_events
from casus.model import Document


class EventCoder:
    """Pipeline stage: fill ``doc.events`` (after attribution and geocoding, whose output it reads).

    The learned classifier (``casus.events.types``) decides ACLED types; without its model packages
    the PLOVER crosswalk alone does, and a warning says so once.
    """

    name = "events"

    def __init__(self, use_classifier: bool = True) -> None:
        self.classifier = None
        if use_classifier:
            from casus.events.types import TypesUnavailable, get_classifier

            try:
                self.classifier = get_classifier()
            except TypesUnavailable as exc:
                print(f"casus: warning: {exc}; ACLED types come from the PLOVER crosswalk only", file=sys.stderr)

    def __call__(self, doc: Document) -> Document:
        doc.events = code_events(doc)
        if self.classifier is not None:
            type_events(doc, self.classifier)
        protest_interventions(doc)
        return doc


__all__ = ["EventCoder", "code_events"]
