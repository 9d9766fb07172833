from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

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


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    from casus.pipeline import default_pipeline

    return default_pipeline()


def coder(published: str) -> Callable[[str], Any]:
    """Code a text with the whole pipeline as a plain-text document published on ``published``."""
    from casus.model import Document, Published

    def run(text: str) -> Any:
        return _pipeline().run(Document(id="0" * 64, path="test.txt", text=text,
                                        published=Published(published, "metadata")))

    return run


@pytest.fixture(scope="module")
def analyse() -> Callable[..., Any]:
    """Parse and attribute a text (optionally with its title), as ingest makes a plain-text document."""
    from casus.attribution import Attribution
    from casus.ingest.documents import document_from_text
    from casus.nlp import Analyzer

    analyzer, attribution = Analyzer(), Attribution()

    def run(text: str, title: str | None = None) -> Any:
        return attribution(analyzer(document_from_text(text.encode(), "test.txt", title=title)))

    return run


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


IN_CI = os.environ.get("CI", "").lower() in ("true", "1")


def missing(reason: str) -> NoReturn:
    """Skip a test whose data or program is missing here; in CI (``CI=true``) fail it, so no skip hides a gap."""
    if IN_CI:
        pytest.fail(f"{reason} (required when CI=true)", pytrace=False)
    pytest.skip(reason)


@lru_cache(maxsize=1)
def _tagger_missing() -> str | None:
    from casus.attribution.model import TaggerUnavailable, get_tagger

    try:
        get_tagger()
    except TaggerUnavailable as exc:
        return str(exc)
    return None


@pytest.fixture
def tagger() -> None:
    """For tests of what the trained attribution tagger finds (or of output it changes): skipped where it cannot
    be had (no cached model and no PolNeAR to build one: casus then warns and uses its rules); failed in CI."""
    reason = _tagger_missing()
    if reason is not None:
        missing(f"the attribution tagger is unavailable: {reason}")


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        missing(f"{path} is not present (../shared is beside the checkout in CI)")
    return path


# -- stores: a real SQLite file, and a real throwaway PostgreSQL server ----------------------------------
def _postgres_bin(name: str) -> str | None:
    import glob
    import shutil

    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server of the Debian package (scripts/test.sh installs it), on loopback, for this
    test session only; yields a connection URL to its maintenance database."""
    import os
    import socket
    import time

    initdb, pg_ctl = _postgres_bin("initdb"), _postgres_bin("pg_ctl")
    if not initdb or not pg_ctl:
        missing("PostgreSQL server binaries are not installed (scripts/test.sh installs them)")
    import shutil
    import tempfile

    # not under pytest's private (0700) temp root: the server's own user must reach its files
    base = Path(tempfile.mkdtemp(prefix="casus-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the package's postgres user
        as_user = ["runuser", "-u", "postgres", "--"]
        subprocess.run(["chown", "-R", "postgres", str(base)], check=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run([*as_user, initdb, "-D", str(data), "-U", "casus", "--auth=trust", "-E", "UTF8",
                    "--locale=C"], check=True, capture_output=True)
    subprocess.run([*as_user, pg_ctl, "-D", str(data), "-l", str(base / "log"), "-w", "-o",
                    f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                   check=True, capture_output=True)
    url = f"postgresql://casus@127.0.0.1:{port}/postgres"
    try:
        import psycopg

        for _ in range(50):
            try:
                psycopg.connect(url).close()
                break
            except psycopg.OperationalError:
                time.sleep(0.1)
        yield url
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A new, empty store of each kind."""
    if request.param == "sqlite":
        return str(tmp_path / "casus.db")
    import uuid

    import psycopg

    server = request.getfixturevalue("postgres_server")
    name = f"t{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + f"/{name}"


# -- a real `casus serve` -----------------------------------------------------------------------------------
def start_server(args: list[str], stderr: object = subprocess.DEVNULL) -> tuple[subprocess.Popen, str]:
    """``casus serve ARGS`` on a free loopback port, once it answers /api/health: (process, base URL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).parent / "casus"
    proc = subprocess.Popen([str(exe), "serve", *args, "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=stderr)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{url}/api/health", timeout=1).read()
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError(f"casus serve {' '.join(args)} did not answer within 30 s")
