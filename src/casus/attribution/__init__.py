"""Attribution: sources (who speaks, through whom) and claims (what each says, and its stance)."""

from __future__ import annotations

import sys

from casus.attribution.claims import attribute
from casus.model import Document


class Attribution:
    """Pipeline stage: fill ``doc.sources`` and ``doc.claims`` from the parse.

    The trained tagger (``casus.attribution.model``) contributes cue verbs the
    rules do not list; without a model and without PolNeAR to build one, the
    rules work alone and a warning says so once.
    """

    name = "attribution"

    def __init__(self, use_tagger: bool = True) -> None:
        self.tagger = None
        if use_tagger:
            from casus.attribution.model import TaggerUnavailable, get_tagger

            try:
                self.tagger = get_tagger()
            except TaggerUnavailable as exc:
                print(f"casus: warning: {exc}; attribution uses its rules only", file=sys.stderr)

    def __call__(self, doc: Document) -> Document:
        cues: set[int] = set()
        if self.tagger is not None:
            for span in self.tagger.tag(doc.parsed, cues_only=True):  # the rules find sources and contents
                cues.update(range(span.token_start, span.token_end))
        attribute(doc, cues)
        return doc
