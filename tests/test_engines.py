"""The engines give the same records, in the same order, as the pipeline run inline."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

from casus.store import Store
from tests.conftest import missing, shared_path


def _corpus(tmp_path: Path, n: int) -> Path:
    """``n`` real articles (IndiaPoliceEvents) as one JSONL input."""
    source = shared_path("data", "india-police-events", "docs.jsonl.gz")
    path = tmp_path / f"articles_{n}.jsonl"
    with gzip.open(source, "rt", encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
        for k, line in enumerate(f):
            if k >= n:
                break
            out.write(json.dumps({"text": json.loads(line)["doc_text"]}) + "\n")
    return path


def test_local_workers_match_inline(casus, tmp_path):
    corpus = _corpus(tmp_path, 40)
    inline = casus("extract", corpus, "--engine", "inline", "-q")
    local = casus("extract", corpus, "--engine", "local", "--workers", "2", "-q")
    assert inline.code == local.code == 0
    assert len(inline.records) == 40 and inline.out == local.out


def test_ray_with_two_workers_matches_the_local_engine_on_200_documents(casus, tmp_path):
    if importlib.util.find_spec("ray") is None:
        missing("ray is not installed (the ray extra, which setup.sh installs)")
    corpus = _corpus(tmp_path, 200)
    local = casus("extract", corpus, "--engine", "local", "--workers", "2", "-q")
    ray = casus("extract", corpus, "--engine", "ray", "--workers", "2", "-q")
    assert local.code == ray.code == 0
    assert len(local.records) == 200 and sum(len(r["events"]) for r in local.records) > 100
    assert ray.out == local.out


def test_ingest_with_workers_stores_what_inline_stores(casus, tmp_path):
    corpus = _corpus(tmp_path, 30)
    for engine, db in (("inline", tmp_path / "a.db"), ("local", tmp_path / "b.db")):
        assert casus("ingest", corpus, "--db", db, "--engine", engine, "--workers", "2", "-q").code == 0
    with Store(str(tmp_path / "a.db")) as a, Store(str(tmp_path / "b.db")) as b:
        assert list(a.records()) == list(b.records())
        assert a.incidents() == b.incidents()
