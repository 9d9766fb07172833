"""Attribution: sources (who speaks, through whom) and claims (what each says, and its stance)."""

from __future__ import annotations

import sys
from typing import Any

from casus.attribution.claims import attribute
from casus.attribution.tagger import group_spans
from casus.model import Document


class Attribution:
    """Pipeline stage: fill ``doc.sources`` and ``doc.claims`` from the parse.

    The trained tagger (``casus.attribution.model``) finds cues, sources and
    contents; the rules decide stance, nesting and who each source is (see
    ``casus.attribution.claims``). Without a model and without PolNeAR to
    build one, the rules work alone and a warning says so once.
    """

    name = "attribution"

    def __init__(self, use_tagger: bool = True, tagger: Any = None) -> None:
        self.tagger = tagger
        if use_tagger and tagger is None:
            from casus.attribution.model import TaggerUnavailable, get_tagger

            try:
                self.tagger = get_tagger()
            except TaggerUnavailable as exc:
                print(f"casus: warning: {exc}; attribution uses its rules only", file=sys.stderr)

    def __call__(self, doc: Document) -> Document:
        tagged = None
        if self.tagger is not None:
            tagged = group_spans(doc.parsed, self.tagger.tag(doc.parsed))
        attribute(doc, tagged)
        return doc
