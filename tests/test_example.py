"""Acceptance on the page that started the project, and on casus's own example."""

from __future__ import annotations

import json

from tests.conftest import ROOT, run_casus_process, shared_path
from tests.schema import validate_record


def test_shared_example_text_boilerplate_and_date(casus):
    page = shared_path("examples", "report-az-mfa-2022-09-13.txt")
    result = casus("extract", page, "--format", "jsonl")
    assert result.code == 0, result.err
    (record,) = result.records
    validate_record(record)
    doc = record["doc"]
    assert doc["text"].startswith("Starting from the late hours of September 12, 2022, the units of the Armenian")
    assert doc["text"].endswith("will be resolutely suppressed.")
    for word in ("Latest news", "sugar", "cocoa"):
        assert word not in doc["text"]
    sidebar = [b for b in doc["boilerplate"] if "Latest news" in b["text"]]
    assert sidebar and "sugar" in sidebar[0]["text"] and "cocoa" in sidebar[0]["text"]
    raw = page.read_text(encoding="utf-8")
    for block in doc["boilerplate"]:
        assert raw[block["start"] : block["end"]] == block["text"]
    assert doc["title"].startswith("Foreign Ministry: Any steps")
    assert doc["published"]["date"] is None or not doc["published"]["date"].startswith("2024")
    assert doc["published"]["how"] in {"inferred", "none"}


def test_own_example_has_dateline_date_and_no_sidebar(casus):
    result = casus("extract", ROOT / "examples" / "statement.txt")
    assert result.code == 0, result.err
    (record,) = result.records
    validate_record(record)
    doc = record["doc"]
    assert doc["published"] == {"date": "2023-03-12", "how": "body"}
    assert doc["text"].startswith("YEREVAN")
    assert doc["text"].endswith("lies with Baku.")
    assert "Wheat" not in doc["text"] and "Share on Facebook" not in doc["text"]
    kinds = [b["kind"] for b in doc["boilerplate"]]
    assert kinds == ["title", "dateline", "related", "share"]


def test_console_script_runs_in_a_real_process():
    result = run_casus_process("extract", str(ROOT / "examples" / "statement.txt"), "--format", "json")
    assert result.code == 0, result.err
    records = json.loads(result.out)
    assert len(records) == 1 and records[0]["doc"]["published"]["date"] == "2023-03-12"
    assert run_casus_process("--version").out.startswith("casus ")
