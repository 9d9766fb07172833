#!/usr/bin/env bash
# The whole test suite, from a fresh clone or a used checkout: installs what
# is missing (scripts/setup.sh), checks style, then runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Debian packages some tests need (the suite uses the real thing, never a mock): installed when
# missing and this is root with apt; otherwise those tests are skipped with a warning, except in
# CI (CI=true), where anything still missing fails the run below and the tests fail rather than skip.
need_debian_package() {  # PACKAGE WHAT-NEEDS-IT
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "installing $1 (Debian package) for $2" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null) \
            || echo "warning: could not install $1; $2 will be skipped" >&2
    else
        echo "warning: $1 is not installed and cannot be installed here; $2 will be skipped" >&2
    fi
}
# a real, throwaway PostgreSQL server for the store tests
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_debian_package postgresql "the PostgreSQL store tests"
# Debian's chromium, driven by Playwright (no browser download), for the web page tests
[ -x /usr/bin/chromium ] || need_debian_package chromium "the browser tests"
if [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; then
    gaps=()
    [ -d ../shared/data ] || gaps+=("the shared evaluation data (../shared/data, beside the checkout)")
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || gaps+=("PostgreSQL (Debian package postgresql: initdb)")
    [ -x /usr/bin/chromium ] || gaps+=("chromium (Debian package chromium: /usr/bin/chromium)")
    if [ "${#gaps[@]}" -gt 0 ]; then
        echo "error: CI=true but the test suite cannot run in full; missing:" >&2
        printf '  - %s\n' "${gaps[@]}" >&2
        exit 1
    fi
fi
.venv/bin/ruff check src tests bench
set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when it collected no test: that is a failure of the suite, not a pass.
if [ "$rc" -eq 5 ]; then
    echo "no tests were collected" >&2
    exit 1
fi
exit "$rc"
