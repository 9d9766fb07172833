"""Commands that tell the truth (issue 15): a mistyped store is an error, not a new empty one; a headline or a
file path is never a source; ACLED rows are one line each and only for what happened; the incidents table
has a header and no ``None``; out-of-range counts are usage errors."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from casus.cli import main
from tests.test_store import NIGHT

KAPAN = """Clashes in Kapan

4 May 2025

Unknown gunmen attacked a police post in Kapan on 3 May 2025,
killing two officers.

Residents plan to protest in Kapan next week.

"""
SQUARE = """Arrests after the rally

4 May 2025

Police arrested twelve protesters in the town square on 3 May 2025.

"""


@pytest.fixture(autouse=True)
def no_server(monkeypatch):
    """``casus serve`` fails the test where it would start serving (and never return)."""
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *_, **__: pytest.fail("casus serve started a server"))


@pytest.fixture(scope="module")
def coded(tmp_path_factory) -> tuple[Path, list[str]]:
    """A store of the three reports of one night and two documents with neither publisher nor speaker (one
    names no place), made by ``casus ingest``; and the paths of its documents."""
    folder = tmp_path_factory.mktemp("honest")
    (folder / "corpus").mkdir()
    (folder / "corpus" / "kapan.txt").write_text(KAPAN, encoding="utf-8")
    (folder / "corpus" / "square.txt").write_text(SQUARE, encoding="utf-8")
    db = folder / "casus.db"
    assert main(["ingest", str(folder / "corpus"), *map(str, NIGHT), "--db", str(db), "-q"]) == 0
    assert db.exists()  # ingest makes the store
    paths = [str(folder / "corpus" / "kapan.txt"), str(folder / "corpus" / "square.txt"), *map(str, NIGHT)]
    return db, paths


def _headlines(paths: list[str]) -> set[str]:
    return {Path(p).read_text(encoding="utf-8").splitlines()[0] for p in paths}


# -- 1. read-only commands refuse a store that is not there --------------------------------------------------
READERS = [["incidents"], ["incidents", "--format", "table"], ["export", "--format", "acled-csv"],
           ["export", "--format", "plover"], ["recode"], ["serve"]]


@pytest.mark.parametrize("command", READERS, ids=lambda c: " ".join(c))
def test_a_mistyped_store_is_an_error_and_no_file_is_made(casus, tmp_path, monkeypatch, command):
    typo = tmp_path / "typo.db"
    result = casus(*command, "--db", typo)
    assert result.code == 1 and result.out == ""
    assert result.err.count("\n") == 1 and "E301" in result.err and str(typo) in result.err, result.err
    assert "casus ingest" in result.err
    monkeypatch.chdir(tmp_path)  # the default store, casus.db, in a folder without one
    default = casus(*command)
    assert default.code == 1 and "casus.db: E301" in default.err
    assert list(tmp_path.iterdir()) == []  # no typo.db, no casus.db, no -wal or -shm


@pytest.mark.parametrize("command", READERS[:1] + READERS[2:3], ids=lambda c: " ".join(c))
def test_a_file_that_holds_no_casus_store_is_refused_untouched(casus, tmp_path, command):
    empty = tmp_path / "empty.db"
    empty.touch()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE mine (x)")
    before = other.read_bytes()
    for path in (empty, other):
        result = casus(*command, "--db", path)
        assert result.code == 1 and "E301" in result.err and "no casus store" in result.err, result.err
    assert empty.read_bytes() == b"" and other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db", "other.db"]


def test_postgresql_a_missing_or_empty_database_is_refused(casus, request):
    server = request.getfixturevalue("postgres_server")
    import uuid

    import psycopg

    base = server.rsplit("/", 1)[0]
    missing = casus("incidents", "--db", f"{base}/t{uuid.uuid4().hex[:12]}")
    assert missing.code == 1 and "E301" in missing.err and "does not exist" in missing.err
    name = f"t{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    empty = casus("export", "--db", f"{base}/{name}", "--format", "plover")
    assert empty.code == 1 and "E301" in empty.err and "no casus store" in empty.err
    with psycopg.connect(f"{base}/{name}") as conn:
        assert conn.execute("SELECT to_regclass('casus_schema')").fetchone()[0] is None  # nothing was made


# -- 2. a headline or a file path is never a source ----------------------------------------------------------
def test_a_headline_or_a_path_is_never_a_source(casus, coded):
    db, paths = coded
    not_sources = _headlines(paths) | set(paths)
    assert {"Clashes in Kapan", "Arrests after the rally"} <= not_sources
    with sqlite3.connect(db) as conn:
        claimed = {name for (name,) in conn.execute("SELECT DISTINCT claimed_by FROM events")}
        records = [json.loads(r) for (r,) in conn.execute("SELECT record FROM events")]
        square = [json.loads(r) for (r,) in conn.execute(
            "SELECT e.record FROM events e JOIN documents d ON d.id = e.doc_id WHERE d.path LIKE '%square.txt'")]
    assert claimed and not claimed & not_sources
    assert square and all(e["said_by"] == {"name": None, "country": None, "kind": "outlet"} for e in square)
    for e in records:
        assert not ({e["said_by"]["name"]} | {h["name"] for h in e["held_by"]}) & not_sources
    incidents = json.loads(casus("incidents", "--db", db).out)
    named = {s for i in incidents for d in i["disputes"] for p in d["positions"] for s in p["sources"]}
    assert incidents and None not in named and not named & not_sources
    table = casus("incidents", "--db", db, "--format", "table")
    assert table.code == 0 and not any(t in table.out for t in not_sources)
    rows = list(csv.DictReader(io.StringIO(casus("export", "--db", db, "--format", "acled-csv",
                                                 "--all-statuses").out)))
    assert rows and not {r["source"] for r in rows} & not_sources
    assert not {r["casus_claimed_by"] for r in rows} & not_sources
    from fastapi.testclient import TestClient

    from casus.web import create_app

    api = TestClient(create_app(str(db))).get("/api/sources").json()
    assert api and not {s["name"] for s in api} & not_sources and None not in {s["name"] for s in api}


# -- 3. ACLED rows: one line per cell, what happened by default, no XXX- ids ---------------------------------
def test_acled_rows_are_one_line_each_and_only_what_happened(casus, coded, tmp_path):
    db, _ = coded
    out = tmp_path / "events.csv"
    result = casus("export", "--db", db, "--format", "acled-csv", "-o", out)
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and len(text.splitlines()) == len(rows) + 1  # the header, then one line per row
    for row in rows:
        for column, cell in row.items():
            assert "\n" not in cell and "\r" not in cell and cell == cell.strip(), (column, cell)
    assert {r["casus_status"] for r in rows} <= {"asserted", "alleged"}
    assert any("\n" in e["evidence"]["text"] for e in map(json.loads, casus(
        "export", "--db", db, "--format", "plover").out.splitlines()))  # notes there were not on one line
    assert not any(r["event_id_cnty"].startswith("XXX") for r in rows)
    nowhere = [r for r in rows if not r["iso"]]
    assert nowhere and all(r["event_id_cnty"] == f"{r['casus_doc_id'][:12]}-{r['casus_event_id']}"
                           for r in nowhere)
    everything = list(csv.DictReader(io.StringIO(casus("export", "--db", db, "--format", "acled-csv",
                                                       "--all-statuses").out)))
    assert "denied" in {r["casus_status"] for r in everything}
    assert [r for r in everything if r["casus_status"] in ("asserted", "alleged")] == rows


# -- 4. the incidents table --------------------------------------------------------------------------------
def test_the_incidents_table_has_a_header_and_shows_an_unknown_toll_as_a_question_mark(casus, coded):
    db, _ = coded
    lines = casus("incidents", "--db", db, "--format", "table").out.splitlines()
    assert lines[0].split() == ["id", "dates", "countries", "event", "types", "docs", "dead", "places"]
    assert "None" not in "\n".join(lines)
    rows = [line.split() for line in lines[1:] if not line.startswith(" ")]
    assert rows and all(r[4].isdigit() and (r[5].isdigit() or r[5].startswith(">=") or r[5] == "?") for r in rows)
    from casus.cli.incidents import table

    unknown = {"id": "i9", "time": {"start": "2025-05-03", "end": "2025-05-03"}, "locations": [],
               "countries": ["ARM"], "event_types": ["ASSAULT"], "documents": ["d"],
               "toll": {"dead": {"low": None, "best": None, "high": None}}, "disputes": []}
    at_least = {**unknown, "toll": {"dead": {"low": 3, "best": None, "high": None}}}
    assert table([unknown])[1].split() == ["i9", "2025-05-03", "ARM", "ASSAULT", "1", "?", "-"]
    assert table([at_least])[1].split()[5] == ">=3"


# -- 5. counts below one are usage errors ------------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ["extract", "--max-bytes", "-1", "a.txt"], ["extract", "--max-bytes", "0", "a.txt"],
    ["extract", "--workers", "-1", "a.txt"], ["extract", "--workers", "0", "a.txt"],
    ["ingest", "--workers", "-1", "a.txt", "--db", "new.db"],
    ["ingest", "--max-bytes", "-1", "a.txt", "--db", "new.db"],
    ["serve", "--workers", "0", "--db", "new.db"],
], ids=" ".join)
def test_a_count_below_one_is_a_usage_error(casus, tmp_path, monkeypatch, capsys, args):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(SQUARE, encoding="utf-8")
    with pytest.raises(SystemExit) as usage:
        casus(*args)
    err = capsys.readouterr().err
    assert usage.value.code == 2
    option = next(a for a in args if a.startswith("--") and a != "--db")
    assert f"casus {args[0]}: error: argument {option}: must be at least 1" in err and "Traceback" not in err
    assert err.startswith("usage: casus ")
    assert not Path("new.db").exists()
