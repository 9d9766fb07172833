"""Find, or build once, the trained attribution tagger."""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

from casus.attribution.tagger import AttributionTagger, args_path, clusters_path, load_clusters, prior_path
from casus.attribution.train import build, default_model_path, polnear_dir


class TaggerUnavailable(RuntimeError):
    """No trained tagger in the cache and no PolNeAR to train one from."""


def _crfsuite_whole(path: Path) -> bool:
    """A CRFsuite model file as written: its header's magic and the file size the header records. crfsuite
    reads a file cut short past its end (a segmentation fault), so this is checked before it opens one."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        return len(head) == 8 and head[:4] == b"lCRF" and int.from_bytes(head[4:], "little") == path.stat().st_size
    except OSError:
        return False


def damaged(path: Path) -> bool:
    """Whether any file of the tagger at ``path`` is missing or not whole (a copy cut short, a full disk)."""
    if not (_crfsuite_whole(path) and _crfsuite_whole(args_path(path))):
        return True
    try:
        json.loads(prior_path(path).read_text(encoding="utf-8"))
        load_clusters(clusters_path(path))
    except (OSError, ValueError, EOFError):
        return True
    return False


@lru_cache(maxsize=4)
def get_tagger(model_path: Path | None = None, polnear: Path | None = None) -> AttributionTagger:
    """The tagger at ``model_path`` (default: the cached one), trained first if it is missing or damaged."""
    path = model_path or default_model_path()
    if not path.exists() or damaged(path):
        folder = polnear or polnear_dir()
        state = "a damaged attribution model" if path.exists() else "no attribution model"
        if folder is None:
            raise TaggerUnavailable(
                f"{state} at {path} and no PolNeAR data to build it "
                "(set CASUS_DATA to the folder holding polnear/, or run python -m casus.attribution.train)"
            )
        if path.exists():
            print(f"casus: the cached attribution model {path} is damaged; training it again", file=sys.stderr)
        build(folder, path, log=lambda m: print(m, file=sys.stderr))
    return AttributionTagger(path)
