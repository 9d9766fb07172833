"""Find, or build once, the trained attribution tagger."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from casus.attribution.tagger import AttributionTagger
from casus.attribution.train import build, default_model_path, polnear_dir


class TaggerUnavailable(RuntimeError):
    """No trained tagger in the cache and no PolNeAR to train one from."""


@lru_cache(maxsize=4)
def get_tagger(model_path: Path | None = None, polnear: Path | None = None) -> AttributionTagger:
    """The tagger at ``model_path`` (default: the cached one), trained first if it is missing."""
    path = model_path or default_model_path()
    if not path.exists():
        folder = polnear or polnear_dir()
        if folder is None:
            raise TaggerUnavailable(
                f"no attribution model at {path} and no PolNeAR data to build it "
                "(set CASUS_DATA to the folder holding polnear/, or run python -m casus.attribution.train)"
            )
        build(folder, path, log=lambda m: print(m, file=sys.stderr))
    return AttributionTagger(path)
