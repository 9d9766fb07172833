"""Every kind of bad input gets one line naming the input and the reason; the others are still processed."""

from __future__ import annotations

import gzip
import json
import random
import re

import pytest

from tests.conftest import ROOT, run_casus_process

GOOD = ROOT / "examples" / "statement.txt"


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def _bad_inputs(tmp_path):
    empty_dir = tmp_path / "nothing_readable"
    empty_dir.mkdir()
    (empty_dir / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (empty_dir / "notes.docx").write_bytes(b"PK\x03\x04")
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.write(b"word " * 1000)
        f.truncate(50 * 1024 * 1024)
    rng = random.Random(7)
    undecodable = bytes(rng.randrange(0x80, 0x100) for _ in range(600))
    return {
        "E101": tmp_path / "missing.txt",
        "E102": empty_dir,
        "E103": _write(tmp_path / "empty.txt", b""),
        "E104": _write(tmp_path / "picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
        "E105": _write(tmp_path / "garbled.txt", undecodable),
        "E106": big,
        "E108": _write(tmp_path / "broken.txt.gz", b"\x1f\x8b\x08\x00 this is not deflate data"),
        "E201": ROOT / "tests" / "fixtures" / "no_main_text.html",
    }


@pytest.mark.parametrize("code", ["E101", "E102", "E103", "E104", "E105", "E106", "E108", "E201"])
def test_each_bad_input_is_named_with_its_code(casus, tmp_path, code):
    bad = _bad_inputs(tmp_path)[code]
    result = casus("extract", bad, GOOD, "--quiet")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("casus: error:")]
    assert len(errors) == 1, result.err
    assert str(bad) in errors[0] and code in errors[0]
    assert "Traceback" not in result.err
    # the good input after the bad one was still processed
    assert [r["doc"]["path"] for r in result.records] == [str(GOOD)]


def test_jsonl_bad_line_is_reported_and_other_lines_kept(casus, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    good_line = json.dumps({"text": GOOD.read_text(encoding="utf-8"), "url": "https://example.org/a"})
    corpus.write_text("\n".join([good_line, "{not json", '["a list"]', '{"title": "no body"}', good_line]) + "\n")
    result = casus("extract", corpus, "--quiet")
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("casus: error:")]
    assert [re.search(r": (E\d{3}) ", e).group(1) for e in errors] == ["E202", "E204", "E203"]
    assert f"{corpus}: E202 JSONL line 2 is not valid JSON" in errors[0]
    assert len(result.records) == 2


def test_all_bad_inputs_at_once_in_a_real_process(tmp_path):
    bad = _bad_inputs(tmp_path)
    result = run_casus_process("extract", *map(str, bad.values()), str(GOOD), "--quiet")
    assert result.code == 1
    assert "Traceback" not in result.err
    for code, path in bad.items():
        assert any(str(path) in line and code in line for line in result.err.splitlines()), (code, result.err)
    assert len(result.records) == 1
    assert f"{len(bad)} input(s) failed, 1 document(s) written" in result.err


def test_gzipped_inputs_are_read(casus, tmp_path):
    gz = tmp_path / "statement.txt.gz"
    gz.write_bytes(gzip.compress(GOOD.read_bytes()))
    result = casus("extract", gz)
    assert result.code == 0, result.err
    assert result.records[0]["doc"]["published"]["date"] == "2023-03-12"


def test_usage_errors_exit_2(casus):
    with pytest.raises(SystemExit) as exc:
        casus("extract")
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        casus("extract", GOOD, "--format", "xml")
    assert exc.value.code == 2


def test_unwritable_output_is_a_usage_error(casus, tmp_path):
    result = casus("extract", GOOD, "-o", tmp_path / "no" / "such" / "dir" / "out.jsonl")
    assert result.code == 2
    assert "cannot write" in result.err
