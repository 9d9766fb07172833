#!/usr/bin/env bash
# The whole test suite, from a fresh clone or a used checkout: installs what
# is missing (scripts/setup.sh), checks style, then runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
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
