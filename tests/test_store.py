"""The store, incidents and disputes, on real SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casus.store import Store
from tests.conftest import FIXTURES, Result

INCIDENT = FIXTURES / "incident"
NIGHT = [INCIDENT / "side_a.txt", INCIDENT / "side_b.txt", INCIDENT / "wire.txt"]
ECONOMY = INCIDENT / "economy.txt"


def _ingest(casus, url: str, *paths: Path) -> Result:
    return casus("ingest", *paths, "--db", url, "-q")


def _incidents(url: str) -> list[dict]:
    with Store(url) as store:
        return store.incidents()


def test_one_night_told_three_ways_is_one_incident_with_its_disputes(casus, store_url):
    result = _ingest(casus, store_url, *NIGHT, ECONOMY)
    assert result.code == 0, result.err
    incidents = _incidents(store_url)
    assert len(incidents) == 1
    incident = incidents[0]
    with Store(store_url) as store:
        docs = {r["doc"]["path"]: r["doc"]["id"] for r in store.records()}
    assert set(incident["documents"]) == {docs[str(p)] for p in NIGHT}
    assert docs[str(ECONOMY)] not in incident["documents"]
    assert incident["countries"] == ["ARM", "AZE"] and incident["time"]["start"] == "2025-05-03"
    disputes = {d["about"]: d for d in incident["disputes"]}
    initiator = {p["value"]: p for p in disputes["initiator"]["positions"]}
    assert {"ARM", "AZE"} <= set(initiator)
    assert "Ministry of Defence of Armenia" in initiator["AZE"]["sources"]
    assert "Ministry of Defence of Azerbaijan" in initiator["ARM"]["sources"]
    civilians = {p["value"]: p for p in disputes["civilian_targeting"]["positions"]}
    assert set(civilians) == {"yes", "no"}
    assert "Ministry of Defence of Armenia" in civilians["no"]["sources"]
    toll = next(d for d in incident["disputes"] if d["about"] == "toll" and d["kind"] == "dead")
    assert toll["side"] == "ARM" and sorted(p["value"] for p in toll["positions"]) == ["2", "4"]
    assert incident["toll"]["dead"]["best"] == 2  # ACLED: the conservative estimate
    for dispute in incident["disputes"]:
        for position in dispute["positions"]:
            assert position["sources"] and position["evidence"]
            for doc_id, span in position["evidence"]:
                with Store(store_url) as store:
                    text = next(r["doc"]["text"] for r in store.records() if r["doc"]["id"] == doc_id)
                assert text[span["start"]:span["end"]] == span["text"]


def test_reingest_adds_nothing(casus, store_url):
    _ingest(casus, store_url, *NIGHT)
    with Store(store_url) as store:
        before = store.counts()
    again = _ingest(casus, store_url, *NIGHT)
    assert again.code == 0 and "0 document(s) stored, 3 already there" in again.err
    with Store(store_url) as store:
        assert store.counts() == before
    assert before["documents"] == 3 and before["raw_inputs"] == 3


def test_sqlite_and_postgresql_give_identical_incidents(casus, tmp_path, request):
    server = request.getfixturevalue("postgres_server")
    import psycopg

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute("CREATE DATABASE same_corpus")
    pg = server.rsplit("/", 1)[0] + "/same_corpus"
    lite = str(tmp_path / "same.db")
    for url in (lite, pg):
        assert _ingest(casus, url, *NIGHT, ECONOMY, FIXTURES.parent.parent / "examples").code == 0
    assert _incidents(lite) == _incidents(pg)
    assert _incidents(lite)


def test_recode_rebuilds_the_same_store(casus, store_url):
    _ingest(casus, store_url, *NIGHT, ECONOMY)
    before, counts = _incidents(store_url), Store(store_url).counts()
    result = casus("recode", "--db", store_url)
    assert result.code == 0, result.err
    assert _incidents(store_url) == before
    with Store(store_url) as store:
        assert store.counts() == counts


def test_exports(casus, store_url, tmp_path):
    _ingest(casus, store_url, *NIGHT)
    plover = casus("export", "--db", store_url, "--format", "plover")
    records = [json.loads(line) for line in plover.out.splitlines()]
    assert records and all(r["event"] and "actor" in r and "text" in r for r in records)
    assert any(r["event"] == "ASSAULT" and r["incident"] == "i1" for r in records)
    out = tmp_path / "events.csv"
    assert casus("export", "--db", store_url, "--format", "acled-csv", "-o", out).code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and {"event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
                     "latitude", "longitude", "fatalities", "notes"} <= set(rows[0])
    assert {r["event_type"] for r in rows} <= {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                                 "Protests", "Riots", "Strategic developments"}
    assert not any(r["casus_status"] in ("future", "hypothetical") for r in rows)
    geo = json.loads(casus("export", "--db", store_url, "--format", "geojson").out)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert 38 < lat < 42 and 43 < lon < 48  # the Armenia-Azerbaijan border
    only = casus("export", "--db", store_url, "--format", "plover", "--type", "reject", "--country", "aze")
    assert {json.loads(line)["event"] for line in only.out.splitlines()} == {"REJECT"}


def test_incidents_command_filters_and_table(casus, store_url):
    _ingest(casus, store_url, *NIGHT, ECONOMY)
    found = json.loads(casus("incidents", "--db", store_url, "--country", "ARM").out)
    assert len(found) == 1
    assert json.loads(casus("incidents", "--db", store_url, "--from", "2025-06-01").out) == []
    assert json.loads(casus("incidents", "--db", store_url, "--type", "PROTEST").out) == []
    table = casus("incidents", "--db", store_url, "--format", "table").out
    assert "i1" in table and "dispute initiator" in table


def test_unusable_stores_are_clear_errors(casus, tmp_path):
    missing = casus("ingest", INCIDENT / "economy.txt", "--db", tmp_path / "no" / "such" / "dir.db")
    assert missing.code == 1 and "E301" in missing.err and "Traceback" not in missing.err
    not_db = tmp_path / "notes.db"
    not_db.write_text("these are my notes, not a database\n" * 100)
    bad = casus("incidents", "--db", not_db)
    assert bad.code == 1 and "E30" in bad.err and str(not_db) in bad.err
    newer = tmp_path / "newer.db"
    Store(str(newer)).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE casus_schema SET version = 99")
    refused = casus("incidents", "--db", newer)
    assert refused.code == 1 and "E303" in refused.err
    with pytest.raises(SystemExit) as usage:
        casus("incidents", "--db", newer, "--from", "3 May")
    assert usage.value.code == 2


def _corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct short statements written for this test."""
    folder.mkdir()
    paths = []
    for k in range(n):
        path = folder / f"report_{k:03d}.txt"
        path.write_text(f"Report number {k}\n\n{k + 1} May 2025\n\nPolice arrested {k + 2} people after a protest "
                        f"in the market square of Kapan on {k + 1} May 2025, the regional police said.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def test_sigkill_during_ingest_leaves_whole_documents_and_a_rerun_completes(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 40)
    db = tmp_path / "killed.db"
    exe = Path(sys.executable).parent / "casus"
    proc = subprocess.Popen([str(exe), "ingest", str(tmp_path / "corpus"), "--db", str(db), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 3:
            break
    assert proc.poll() is None, "the ingest ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(str(db)) as store:
        partial = store.counts()
        events_without_docs = store.db.query(
            "SELECT COUNT(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)")[0][0]
    assert 3 <= partial["documents"] < len(corpus)
    assert partial["raw_inputs"] == partial["documents"] and events_without_docs == 0
    rerun = subprocess.run([str(exe), "ingest", str(tmp_path / "corpus"), "--db", str(db), "-q"],
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with Store(str(db)) as store:
        ids = [r["doc"]["path"] for r in store.records()]
        assert sorted(ids) == sorted(str(p) for p in corpus)  # every document exactly once
        assert store.counts()["raw_inputs"] == len(corpus)
        assert store.db.query("SELECT COUNT(*) FROM events WHERE event = 'COERCE'")[0][0] >= len(corpus)


def test_an_older_store_is_migrated_forward(tmp_path):
    from casus.store.schema import MIGRATIONS, VERSION

    path = str(tmp_path / "old.db")
    with sqlite3.connect(path) as conn:  # a store as casus made it at migration 1
        conn.execute("CREATE TABLE casus_schema (version INTEGER NOT NULL)")
        for statement in MIGRATIONS[0]:
            conn.execute(statement.format(blob="BLOB"))
        conn.execute("INSERT INTO casus_schema VALUES (1)")
    with Store(path) as store:
        assert store.db.query("SELECT version FROM casus_schema")[0][0] == VERSION
        assert store.db.query("SELECT name FROM sqlite_master WHERE name = 'incidents_end'")
        assert store.db.query("SELECT lat, claimed_by FROM events") == []


def test_a_runaway_query_is_aborted(tmp_path):
    from casus.store.backend import connect

    db = connect(str(tmp_path / "bounded.db"))
    db.limit_time(0.2)
    began = time.time()
    with pytest.raises(db.errors):
        db.query("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n")
    assert time.time() - began < 5
    assert db.query("SELECT 1") == [(1,)]  # the connection is still usable


def test_errors_never_show_a_password(casus):
    failed = casus("incidents", "--db", "postgresql://bob:hunter2@127.0.0.1:1/casus")
    assert failed.code == 1 and "E301" in failed.err
    assert "hunter2" not in failed.err and "bob@127.0.0.1:1" in failed.err
