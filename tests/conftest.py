from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from casus.cli import main

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def casus(capsys):
    """Run the casus CLI in-process and capture its output."""

    def run(*args: str) -> Result:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def run_casus_process(*args: str, stdin: bytes | None = None) -> Result:
    """Run the installed ``casus`` console script in a real subprocess."""
    exe = Path(sys.executable).parent / "casus"
    proc = subprocess.run([str(exe), *map(str, args)], input=stdin, capture_output=True, timeout=120)
    return Result(proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared is beside the checkout in CI)")
    return path
