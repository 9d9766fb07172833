"""Where casus keeps what it builds (trained models, indexes) and finds its data.

Derived data is built from sources a fresh machine has (PyPI packages and
the evaluation data in ../shared/data) on first use and cached here.
``CASUS_CACHE`` moves the cache (default ``$XDG_CACHE_HOME/casus`` or
``~/.cache/casus``); ``CASUS_DATA`` points at the data folder
when casus is not run from a checkout with ``shared/`` beside it.
"""

from __future__ import annotations

import os
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


def cache_dir() -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME")
    path = Path(os.environ.get("CASUS_CACHE") or (Path(xdg) if xdg else Path.home() / ".cache") / "casus")
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path | None:
    """The evaluation/training data folder, or None if there is none."""
    env = os.environ.get("CASUS_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(_CHECKOUT.parent / "shared" / "data")
    return next((p for p in candidates if p.is_dir()), None)
