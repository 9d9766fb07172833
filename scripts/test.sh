#!/usr/bin/env bash
# The whole test suite, from a fresh clone or a used checkout: installs what
# is missing (scripts/setup.sh), checks style, then runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The store tests run a real, throwaway PostgreSQL server: install Debian's package if it is missing.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "installing PostgreSQL (Debian package) for the store tests" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
            || echo "warning: could not install PostgreSQL; its tests will be skipped" >&2
    else
        echo "warning: PostgreSQL is not installed and cannot be installed here; its tests will be skipped" >&2
    fi
fi
# The web page's tests drive Debian's chromium with Playwright (no browser download).
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "installing chromium (Debian package) for the web page tests" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
            || echo "warning: could not install chromium; the browser tests will be skipped" >&2
    else
        echo "warning: chromium is not installed and cannot be installed here; browser tests will be skipped" >&2
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
