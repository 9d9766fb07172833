"""The HTTP API under hostile requests (issue 15): bounded bodies, coding off the event loop within a time
bound, a clean stop on SIGTERM, security headers on errors, 422 for what no document can be, literal ``q``,
real calendar days. Against real stores and a real ``casus serve``."""

from __future__ import annotations

import json
import logging
import signal
import socket
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from casus.cli import main
from casus.web import CSP
from tests.conftest import ROOT, start_server

STATEMENT = ROOT / "examples" / "statement.txt"
TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SMALL = {"text": "On 9 June 2025 police arrested four protesters in Gyumri, the police said.", "date": "2025-06-10"}
# under the default 2 MiB body limit, and far more than any time bound here to code
BIG = {"text": "On 9 June 2025 police arrested four protesters in Gyumri and Vanadzor, the police said. " * 20000}
PERCENT = [  # events whose evidence holds the LIKE wildcards
    {"text": "On 9 June 2025 police arrested 40% of the protesters in Gyumri, the police said.", "date": "2025-06-10"},
    {"text": "On 10 June 2025 police detained the activist known as red_fox in Vanadzor, the police said.",
     "date": "2025-06-11"},
]


def _ingest(db: str, *paths: Path) -> str:
    assert main(["ingest", *map(str, paths), "--db", db, "-q"]) == 0
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return _ingest(str(tmp_path_factory.mktemp("hardening") / "casus.db"), STATEMENT)


@pytest.fixture(scope="module")
def client(db):
    from fastapi.testclient import TestClient

    from casus.web import create_app

    with TestClient(create_app(db, token=TOKEN)) as c:
        yield c


# -- a real server ------------------------------------------------------------------------------------------
class Server:
    def __init__(self, db: str, log: Path, *options: str) -> None:
        self.log = log
        try:
            self.proc, self.url = start_server(["--db", db, "--token", TOKEN, *options], stderr=log.open("wb"))
        except AssertionError as exc:
            raise AssertionError(f"{exc}: {log.read_text()}") from exc
        self.port = int(self.url.rsplit(":", 1)[1])

    def get(self, path: str) -> float:
        """Seconds one GET took."""
        start = time.monotonic()
        with urllib.request.urlopen(self.url + path, timeout=60) as answer:
            assert answer.status == 200
            answer.read()
        return time.monotonic() - start

    def post(self, record: dict) -> tuple[int, dict]:
        request = urllib.request.Request(self.url + "/api/documents", data=json.dumps(record).encode(),
                                         headers={**AUTH, "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=300) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    def raw(self, head: bytes, body: list[bytes]) -> bytes:
        """What the server answers to a request written by hand: headers, then body parts until it stops
        reading. Bounded: a server that waits for the whole body fails the test by the socket's timeout."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as conn:
            conn.sendall(head)
            try:
                for part in body:
                    conn.sendall(part)
            except OSError:  # the server answered and closed: what the test wants
                pass
            answer = b""
            while b"\r\n\r\n" not in answer:
                got = conn.recv(65536)
                if not got:
                    break
                answer += got
            return answer

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def server(db, tmp_path):
    running = Server(db, tmp_path / "serve.log")
    yield running
    running.stop()


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# -- the request body -----------------------------------------------------------------------------------------
def test_a_50_mb_post_is_refused_before_its_body_is_read(server):
    head = (b"POST /api/documents HTTP/1.1\r\nHost: casus\r\nAuthorization: Bearer " + TOKEN.encode() +
            b"\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % (50 * 1024 * 1024))
    start = time.monotonic()
    answer = server.raw(head, [b'{"text": "' + b"x" * 65536])  # 64 KiB of the announced 50 MB
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert time.monotonic() - start < 5
    assert b"content-security-policy: " + CSP.encode() in answer  # an error, with the headers of every answer
    # without a Content-Length (chunked), the limit holds while the body streams
    chunk = b" " * 65536
    head = head.split(b"Content-Length")[0] + b"Transfer-Encoding: chunked\r\n\r\n"
    answer = server.raw(head, [b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(200)])  # 12.5 MiB offered
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert server.get("/api/health") < 5


def test_the_body_limit_is_the_configured_one(db):
    from fastapi.testclient import TestClient

    from casus.web import create_app

    with TestClient(create_app(db, token=TOKEN, max_body=200)) as small:
        over = small.post("/api/documents", content=b"{" + b" " * 200 + b"}", headers=AUTH)
        assert over.status_code == 413 and "200-byte limit" in over.json()["detail"]
        not_json = small.post("/api/documents", content=b"[" * 150, headers=AUTH)  # within it: read, then 422
        assert not_json.status_code == 422


# -- coding: off the event loop, bounded, stopped with the server ---------------------------------------------
def test_coding_is_bounded_and_the_server_answers_meanwhile(db, tmp_path):
    server = Server(db, tmp_path / "serve.log", "--code-seconds", "3")
    try:
        _bounded_coding(server)
    finally:
        server.stop()


def _bounded_coding(server: Server) -> None:
    assert server.post(SMALL)[0] in (200, 201)  # the coding process is up
    answer: dict = {}
    posting = threading.Thread(target=lambda: answer.setdefault("big", server.post(BIG)))
    start = time.monotonic()
    posting.start()
    waits = []
    while posting.is_alive() and time.monotonic() - start < 60:
        waits += [server.get("/api/health"), server.get("/api/events?limit=5")]
        time.sleep(0.2)
    posting.join(timeout=120)
    status, body = answer["big"]
    assert status == 422 and "longer than 3 s" in body["detail"], body
    assert time.monotonic() - start < 30
    assert len(waits) >= 4 and max(waits) < 2, waits  # the GETs never waited for the document
    again = dict(SMALL, text=SMALL["text"].replace("four", "five"))
    status, body = server.post(again)  # a fresh coding process after the one that ran out of time
    assert status == 201 and body["stored"] is True


def test_sigterm_stops_the_server_while_a_document_is_coded(db, tmp_path):
    running = Server(db, tmp_path / "serve.log")
    try:
        assert running.post(SMALL)[0] in (200, 201)
        helpers = _children(running.proc.pid)  # the coding process
        answer: dict = {}
        posting = threading.Thread(target=lambda: answer.setdefault("big", running.post(BIG)))
        posting.start()
        time.sleep(1.5)
        start = time.monotonic()
        running.proc.send_signal(signal.SIGTERM)
        running.proc.wait(timeout=15)
        assert time.monotonic() - start < 4
        posting.join(timeout=10)
        assert answer["big"][0] == 503 and "stopping" in answer["big"][1]["detail"]
        time.sleep(0.5)
        assert helpers and not [pid for pid in helpers if _alive(pid)]
        assert "Traceback" not in (tmp_path / "serve.log").read_text()
    finally:
        running.stop()


# -- what no document can be: 422, never 500 -----------------------------------------------------------------
def test_a_lone_surrogate_or_a_year_9999_date_is_422(client):
    surrogate = client.post("/api/documents", headers={**AUTH, "Content-Type": "application/json"},
                            content=b'{"text": "On 9 June 2025 police arrested protesters in Gyumri\\udfff."}')
    assert surrogate.status_code == 422 and "surrogate" in surrogate.json()["detail"]
    far = client.post("/api/documents", json={"text": "Troops will attack Gyumri on Friday.", "date": "9999-12-31"},
                      headers=AUTH)
    assert far.status_code == 422 and "9999-12-31" in far.json()["detail"]
    nested = client.post("/api/documents", content=b"[" * 100_000, headers=AUTH)
    assert nested.status_code == 422
    huge_number = client.post("/api/documents", content=b'{"text": ' + b"9" * 5000 + b"}", headers=AUTH)
    assert huge_number.status_code == 422
    assert client.post("/api/documents", json=["not", "an", "object"], headers=AUTH).status_code == 422


# -- errors carry the security headers, and no traceback ------------------------------------------------------
def test_500_and_503_carry_the_security_headers_and_no_traceback(db, caplog):
    from fastapi.testclient import TestClient

    from casus.web import create_app

    app = create_app(db)

    @app.get("/api/broken")
    def broken() -> None:
        raise RuntimeError("internal detail the client must not see")

    @app.get("/api/slow")
    def slow() -> None:
        raise sqlite3.OperationalError("interrupted")  # what a query past QUERY_SECONDS raises

    with caplog.at_level(logging.ERROR), TestClient(app) as web:
        for path, status in (("/api/broken", 500), ("/api/slow", 503)):
            answer = web.get(path)
            assert answer.status_code == status
            assert answer.headers["content-security-policy"] == CSP
            assert answer.headers["x-content-type-options"] == "nosniff"
            assert answer.headers["content-type"].startswith("application/json")
            assert "internal detail" not in answer.text and "Traceback" not in answer.text
    logged = [r for r in caplog.records if r.name.startswith(("casus", "uvicorn", "starlette"))]
    assert len(logged) == 2 and all(r.exc_info is None and "\n" not in r.getMessage() for r in logged)
    assert "RuntimeError: internal detail" in logged[0].getMessage()  # the operator's log says what failed


# -- query parameters -----------------------------------------------------------------------------------------
def test_invalid_calendar_days_are_422(client):
    for path in ("/api/events", "/api/incidents", "/api/export?format=geojson&"):
        sep = "" if path.endswith("&") else "?"
        assert client.get(f"{path}{sep}start=2023-02-30").status_code == 422, path
        assert client.get(f"{path}{sep}end=2025-13-01").status_code == 422, path
        assert client.get(f"{path}{sep}start=2024-02-29").status_code == 200, path


def test_q_takes_percent_and_underscore_literally(store_url, tmp_path):
    from fastapi.testclient import TestClient

    from casus.web import create_app

    posted = tmp_path / "wildcards.jsonl"
    posted.write_text("".join(json.dumps(r) + "\n" for r in PERCENT))
    _ingest(store_url, STATEMENT, posted)
    with TestClient(create_app(store_url)) as web:
        every = web.get("/api/events").json()["total"]

        def found(q: str) -> list[str]:
            answer = web.get("/api/events", params={"q": q, "limit": 200}).json()
            return [e["evidence"]["text"] for e in answer["items"]]

        assert every >= 3
        percent = found("%")
        assert percent and all("%" in text for text in percent) and len(percent) < every
        assert found("40%") == percent
        underscore = found("_")
        assert underscore and all("_" in text for text in underscore) and len(underscore) < every
        assert found("red_fox") == underscore
        assert found("red%fox") == [] and found("r_d") == [] and found("\\") == []
        assert all("servicemen" in t.lower() for t in found("SERVICEMEN"))  # still case-blind
