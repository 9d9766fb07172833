"""Input kinds and output formats of ``casus extract``."""

from __future__ import annotations

import gzip
import json
import sys

from tests.conftest import FIXTURES, ROOT, run_casus_process
from tests.schema import validate_record

STATEMENT = ROOT / "examples" / "statement.txt"


def test_directories_are_walked_recursively_in_order(casus, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_bytes(STATEMENT.read_bytes())
    (tmp_path / "a" / "two.html.gz").write_bytes(gzip.compress((FIXTURES / "article_meta.html").read_bytes()))
    (tmp_path / "a" / ".hidden.txt").write_text("hidden")
    (tmp_path / "a" / "ignored.csv").write_text("x,y")
    result = casus("extract", tmp_path, "--quiet")
    assert result.code == 0, result.err
    paths = [r["doc"]["path"] for r in result.records]
    assert paths == [str(tmp_path / "a" / "b" / "one.txt"), str(tmp_path / "a" / "two.html.gz")]
    assert [r["doc"]["input_format"] for r in result.records] == ["text", "html"]


def test_jsonl_with_text_html_and_metadata(casus, tmp_path):
    lines = [
        {"text": STATEMENT.read_text(encoding="utf-8"), "url": "https://wire.example/a", "date": "2023-03-13",
         "title": "Given title", "publisher": "Ararat Wire"},
        {"html": (FIXTURES / "article_meta.html").read_text(encoding="utf-8"), "url": "https://courier.example/b"},
    ]
    corpus = tmp_path / "corpus.jsonl.gz"
    corpus.write_bytes(gzip.compress("\n".join(json.dumps(x) for x in lines).encode()))
    result = casus("extract", corpus)
    assert result.code == 0, result.err
    first, second = result.records
    for record in result.records:
        validate_record(record)
    assert first["doc"]["path"] == "https://wire.example/a"
    assert first["doc"]["title"] == "Given title" and first["doc"]["publisher"] == "Ararat Wire"
    assert first["doc"]["published"] == {"date": "2023-03-13", "how": "metadata"}
    assert second["doc"]["published"]["date"] == "2023-03-12"
    assert second["doc"]["url"] == "https://courier.example/b"
    assert first["doc"]["id"] != second["doc"]["id"]


def test_stdin_is_sniffed(tmp_path):
    text = run_casus_process("extract", "-", stdin=STATEMENT.read_bytes())
    assert text.code == 0, text.err
    assert text.records[0]["doc"]["path"] == "-"
    html = run_casus_process("extract", "-", stdin=(FIXTURES / "article_meta.html").read_bytes())
    assert html.records[0]["doc"]["input_format"] == "html"
    jsonl = run_casus_process("extract", "-", stdin=json.dumps({"text": STATEMENT.read_text()}).encode() + b"\n")
    assert jsonl.records[0]["doc"]["input_format"] == "jsonl"


def test_same_bytes_same_id_and_output_file(casus, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(STATEMENT.read_bytes())
    out = tmp_path / "out.jsonl"
    result = casus("extract", STATEMENT, copy, "-o", out, "--quiet")
    assert result.code == 0 and result.out == ""
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records[0]["doc"]["id"] == records[1]["doc"]["id"]
    assert records[0]["doc"]["text"] == records[1]["doc"]["text"]


def test_json_and_table_formats(casus):
    as_json = casus("extract", STATEMENT, FIXTURES / "article_meta.html", "--format", "json", "--quiet")
    records = json.loads(as_json.out)
    assert [r["doc"]["input_format"] for r in records] == ["text", "html"]
    table = casus("extract", STATEMENT, "--format", "table")
    assert "2023-03-12 (body)" in table.out and str(STATEMENT) in table.out


def _besides_warnings(err: str) -> str:
    """stderr without casus's warnings (a model it cannot load here, said once per process)."""
    return "".join(line for line in err.splitlines(keepends=True) if not line.startswith("casus: warning:"))


def test_progress_bar_only_for_many_inputs_on_a_terminal(casus, monkeypatch):
    piped = casus("extract", STATEMENT, FIXTURES / "article_meta.html")
    assert piped.code == 0 and _besides_warnings(piped.err) == ""  # logs and pipes get no bar
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    one = casus("extract", STATEMENT)
    assert _besides_warnings(one.err) == ""
    many = casus("extract", STATEMENT, FIXTURES / "article_meta.html")
    assert "2/2" in many.err
    quiet = casus("extract", STATEMENT, FIXTURES / "article_meta.html", "--quiet")
    assert _besides_warnings(quiet.err) == ""


def test_utf16_text_with_bom(casus, tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(STATEMENT.read_text(encoding="utf-8").encode("utf-16"))
    result = casus("extract", path)
    assert result.code == 0, result.err
    assert result.records[0]["doc"]["published"]["date"] == "2023-03-12"
