"""Hostile input: one bad input is that input's one error line, never the batch's; reading and coding are
bounded; two ingests share a store; a directory walk stays inside its folder. Ends with a fuzz run of every
class of hostile input (``tests/fuzzgen.py``) through ``extract`` and ``ingest``."""

from __future__ import annotations

import gzip
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from casus.ingest.readers import WALKED_SUFFIXES, display_name
from tests.conftest import ROOT, run_casus_process
from tests.fuzzgen import BOMB_LIMIT, Generator, check_run, missing_markers, special_paths, unlock

GOOD = ROOT / "examples" / "statement.txt"
CASUS = str(Path(sys.executable).parent / "casus")
SHORT = ("Azerbaijani troops shelled the village of Sotk in Armenia on 11 March 2023, the defence ministry said. "
         "Two soldiers were wounded.")
ERROR = re.compile(r"^casus: error: (?P<source>.+): (?P<code>E\d{3}) ")


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("casus: error:")]


def codes(stderr: str) -> list[str]:
    return [ERROR.match(line).group("code") for line in errors(stderr)]


def line(text: str, **fields: str) -> str:
    return json.dumps({"text": text, **fields})


# -- one bad input never aborts the batch -------------------------------------------------------------------
def test_truncated_jsonl_gz_is_its_one_error_and_its_lines_before_the_cut_are_kept(casus, tmp_path):
    data = gzip.compress("".join(line(f"{SHORT} Number {k}.", url=f"https://x.example/{k}") + "\n"
                                 for k in range(40)).encode())
    bad = tmp_path / "cut.jsonl.gz"
    bad.write_bytes(data[: len(data) * 3 // 4])
    result = casus("extract", bad, GOOD, "--quiet", "--engine", "inline")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert codes(result.err) == ["E108"]
    assert str(bad) in errors(result.err)[0]
    paths = [r["doc"]["path"] for r in result.records]
    assert str(GOOD) in paths
    assert sum(p.startswith("https://x.example/") for p in paths) > 10  # the lines before the cut


def test_lone_surrogates_in_jsonl_are_replaced_not_fatal(casus, tmp_path):
    corpus = tmp_path / "surrogates.jsonl"
    corpus.write_text('{"text": "t\\udfff ' + SHORT + '", "title": "\\ud800", "url": "https://x.example/\\udc00"}\n'
                      + line(SHORT + " Second.") + "\n", encoding="utf-8")
    result = casus("extract", corpus, "--quiet", "--engine", "inline")
    assert result.code == 0, result.err
    first = result.records[0]["doc"]
    assert first["text"].startswith("t\ufffd") and first["title"] == "\ufffd" and "\ufffd" in first["url"]
    assert len(result.records) == 2
    db = tmp_path / "s.db"
    stored = casus("ingest", corpus, "--db", db, "--quiet", "--engine", "inline")
    assert stored.code == 0, stored.err
    assert "2 document(s) stored" in stored.err


@pytest.mark.parametrize("text, date", [
    ("On 1 January 0001 troops shelled Sotk in Armenia. Last week they shelled it again, the ministry said.", None),
    ("On 31 December 9999 troops shelled Sotk in Armenia, the ministry said. Over the past month it went on.", None),
    ("Troops shelled Sotk in Armenia last week, killing two soldiers, the ministry said.", "0001-01-01"),
    ("Troops shelled Sotk in Armenia over the past 99999999 years, the ministry said.", "9999-12-31"),
])
def test_dates_at_the_calendars_edges_are_read_and_stored(casus, tmp_path, text, date):
    corpus = tmp_path / "dates.jsonl"
    corpus.write_text(line(text, **({"date": date} if date else {})) + "\n" + line(SHORT) + "\n")
    result = casus("extract", corpus, "--quiet", "--engine", "inline")
    assert result.code == 0, result.err
    assert len(result.records) == 2
    stored = casus("ingest", corpus, "--db", tmp_path / "d.db", "--quiet", "--engine", "inline")
    assert stored.code == 0, stored.err
    assert "2 document(s) stored" in stored.err


def test_a_stage_failing_on_one_document_is_that_documents_error(casus, tmp_path, monkeypatch):
    from casus.geo import Geocoder

    real = Geocoder.__call__

    def flaky(self, doc):
        if "BOOM" in doc.text:
            raise RuntimeError("geocoder exploded")
        return real(self, doc)

    monkeypatch.setattr(Geocoder, "__call__", flaky)
    corpus = tmp_path / "boom.jsonl"
    corpus.write_text("\n".join(line(t, url=f"https://x.example/{k}")
                                for k, t in enumerate([SHORT, SHORT + " BOOM.", SHORT + " Third."])) + "\n")
    result = casus("extract", corpus, GOOD, "--quiet", "--engine", "inline")
    assert result.code == 1
    assert codes(result.err) == ["E999"] and "https://x.example/1" in errors(result.err)[0]
    assert [r["doc"]["path"] for r in result.records] == ["https://x.example/0", "https://x.example/2", str(GOOD)]
    stored = casus("ingest", corpus, GOOD, "--db", tmp_path / "b.db", "--quiet", "--engine", "inline")
    assert stored.code == 1 and codes(stored.err) == ["E999"]
    assert "3 document(s) stored" in stored.err


def test_odd_file_names_are_escaped_and_cannot_forge_a_line(tmp_path):
    good = [os.fsencode(tmp_path) + b"/bad\xff\xfename.txt", os.fsencode(tmp_path) + b"/new\nline.txt"]
    for k, name in enumerate(good):
        with open(name, "wb") as f:
            f.write(f"{SHORT} Report {k}.".encode())
    forged = os.fsencode(tmp_path) + b"/x\ncasus: error: forged: E101 fake.txt"
    open(forged, "wb").close()  # empty: one real error (E103)
    names = [os.fsdecode(n) for n in [*good, forged]]
    result = run_casus_process("extract", *names, "--quiet", "--engine", "inline")
    assert result.code == 1, result.err
    assert "Traceback" not in result.err
    assert len(errors(result.err)) == 1 and codes(result.err) == ["E103"]
    assert "x\\ncasus: error: forged" in result.err
    assert sorted(r["doc"]["path"] for r in result.records) == sorted(display_name(n) for n in names[:2])
    stored = run_casus_process("ingest", *names, "--db", str(tmp_path / "n.db"), "--quiet", "--engine", "inline")
    assert stored.code == 1 and "Traceback" not in stored.err, stored.err
    assert "2 document(s) stored" in stored.err


# -- JSONL: every bad line is named, the lines after it are read ------------------------------------------
def test_deep_nesting_and_huge_numbers_are_errors_of_their_line_only(casus, tmp_path):
    corpus = tmp_path / "odd.jsonl"
    corpus.write_text("\n".join([
        "[" * 100000 + "]" * 100000,
        line(SHORT + " After the deep line.", url="https://x.example/2"),
        '{"text": 1' + "0" * 5000 + "}",
        '{"id": 1' + "0" * 5000 + ', "text": "' + SHORT + '", "url": "https://x.example/4"}',
        line(SHORT + " After the big numbers.", url="https://x.example/5"),
    ]) + "\n")
    result = casus("extract", corpus, "--quiet", "--engine", "inline")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert codes(result.err) == ["E202", "E203"]
    assert "JSONL line 1 is not valid JSON: nested too deeply" in result.err
    assert "JSONL line 3 has neither" in result.err
    assert [r["doc"]["path"] for r in result.records] == [f"https://x.example/{k}" for k in (2, 4, 5)]


# -- resource bounds ----------------------------------------------------------------------------------------
def _gzip_of(byte: bytes, size: int) -> bytes:
    compressor = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = byte * (1 << 24)
    return b"".join(compressor.compress(block) for _ in range(size >> 24)) + compressor.flush()


def _peak_run(*args: str) -> tuple[subprocess.CompletedProcess, float, int]:
    """Run casus in a child process: its result, seconds, and peak memory in MB (ru_maxrss of the child)."""
    code = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, timeout=300);"
            "sys.stdout.buffer.write(p.stdout); sys.stderr.buffer.write(p.stderr);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(p.returncode)")
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code, CASUS, *args], capture_output=True, timeout=600)
    seconds = time.monotonic() - start
    err = proc.stderr.decode()
    peak = int(err.strip().splitlines()[-1]) // 1024
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(),
                                       err.rsplit("\n", 2)[0]), seconds, peak


def test_gzip_bombs_are_refused_after_bounded_work(tmp_path):
    newlines = tmp_path / "newlines.jsonl.gz"
    newlines.write_bytes(_gzip_of(b"\n", 1 << 30))  # 1 GiB of newlines in ~1 MB
    one_line = tmp_path / "oneline.jsonl.gz"
    one_line.write_bytes(_gzip_of(b"a", 512 << 20))  # one line of 512 MiB
    base, _, base_peak = _peak_run("extract", str(GOOD), "--quiet", "--engine", "inline")
    assert base.returncode == 0
    result, seconds, peak = _peak_run("extract", str(newlines), str(one_line), str(GOOD), "--quiet",
                                      "--engine", "inline")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    found = errors(result.stderr)
    assert len(found) == 2 and all("E109" in e for e in found), result.stderr
    refused_after = [int(re.search(r"refused after (\d+) bytes", e).group(1)) for e in found]
    assert max(refused_after) <= 2 * 16 * 1024 * 1024  # about --max-bytes, not the whole bomb
    assert len(result.stdout.splitlines()) == 1  # the good input beside them
    assert peak < base_peak + 200, (peak, base_peak)  # the 512 MiB line is never held
    assert seconds < 120


def test_a_long_line_in_plain_jsonl_is_refused_and_the_next_line_read(casus, tmp_path):
    corpus = tmp_path / "long.jsonl"
    corpus.write_text('{"text": "' + "a" * 3000 + '"}\n' + line(SHORT, url="https://x.example/2") + "\n")
    result = casus("extract", corpus, "--quiet", "--engine", "inline", "--max-bytes", "1000")
    assert result.code == 1 and codes(result.err) == ["E106"] and f"{corpus}:1" in result.err
    assert [r["doc"]["path"] for r in result.records] == ["https://x.example/2"]


def test_long_texts_are_parsed_in_bounded_pieces_and_sentences():
    from casus.nlp import CHUNK_CHARS, MAX_SENTENCE_TOKENS, chunks, load_nlp, parse_all

    text = (GOOD.read_text(encoding="utf-8") + "\n\n") * 80 + " ".join(["word"] * 3000) + " " + "x" * 60000
    pieces = chunks(text)
    assert "".join(pieces) == text and len(pieces) > 2 and all(len(p) <= CHUNK_CHARS for p in pieces)
    parsed = next(parse_all(load_nlp(), [text]))
    assert parsed.text == text  # offsets stay offsets into doc.text
    assert max(len(s) for s in parsed.sents) <= MAX_SENTENCE_TOKENS


def test_long_texts_are_analysed_up_to_the_bound(monkeypatch):
    import casus.nlp
    from casus.nlp import load_nlp, parse_all

    monkeypatch.setattr(casus.nlp, "MAX_CHARS", 1000)
    text = GOOD.read_text(encoding="utf-8") * 5
    assert next(parse_all(load_nlp(), [text])).text == text[:1000]


def test_geocoding_work_grows_linearly_with_the_document(monkeypatch):
    """Each choice is compared with a bounded number of other places: doubling a document with
    ever new places about doubles the distances computed (it quadrupled)."""
    import importlib
    import random

    from casus.geo import locate
    from casus.geo.gazetteer import gazetteer
    from casus.nlp import load_nlp

    gaz = gazetteer()
    towns = [n for (n,) in gaz.db.execute(
        "SELECT name FROM places WHERE kind = 'town' AND population > 20000 ORDER BY id LIMIT 3000")
        if n.isascii() and n.replace(" ", "").isalpha()]
    rng = random.Random(3)
    sentences = [f"Troops shelled {rng.choice(towns)} near {rng.choice(towns)}, officials in {rng.choice(towns)} said."
                 for _ in range(400)]
    resolve = importlib.import_module("casus.geo.resolve")  # the module (casus.geo.resolve is also a function)
    calls = {"n": 0}
    real = resolve.distance_km

    def counted(*args):
        calls["n"] += 1
        return real(*args)

    monkeypatch.setattr(resolve, "distance_km", counted)
    work = []
    for count in (200, 400):
        parsed = load_nlp()(" ".join(sentences[:count]))
        calls["n"] = 0
        locate(parsed, gaz)
        work.append(calls["n"])
    assert work[1] <= 2.5 * work[0], work


# -- two ingests into one store -----------------------------------------------------------------------------
def test_two_ingests_into_one_store_at_once(tmp_path, store_url):
    text = GOOD.read_text(encoding="utf-8")
    corpora = []
    for side in "ab":
        corpus = tmp_path / f"{side}.jsonl"
        corpus.write_text("".join(line(f"{text}\n\nReport {side}{k}.", url=f"https://x.example/{side}/{k}") + "\n"
                                  for k in range(12)))
        corpora.append(corpus)
    procs = [subprocess.Popen([CASUS, "ingest", str(c), "--db", store_url, "--quiet", "--engine", "inline"],
                              stderr=subprocess.PIPE, text=True) for c in corpora]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for code, err in results:
        assert code == 0, err
        assert "12 document(s) stored" in err, err
    from casus.store import Store

    with Store(store_url) as store:
        assert store.counts()["documents"] == 24
        seqs = [row[0] for row in store.db.query("SELECT seq FROM documents ORDER BY seq")]
        assert seqs == list(range(1, 25))


WRITER = """
import sys
from casus.ingest.documents import document_from_text
from casus.store import Store

url, side = sys.argv[1], sys.argv[2]
with Store(url) as store:
    for k in range(150):
        store.add(document_from_text(f"Troops shelled Sotk, report {side}{k}.".encode(), f"{side}{k}"))
"""


def test_concurrent_writers_take_distinct_sequence_numbers(tmp_path, store_url):
    """Writers racing in a tight loop (what two ingests do at every document): none dies on a taken number."""
    from casus.store import Store

    Store(store_url).close()  # made before: the race is on the numbers, not on the tables (see the test above)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, store_url, side], stderr=subprocess.PIPE, text=True)
             for side in "abc"]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
    with Store(store_url) as store:
        seqs = [row[0] for row in store.db.query("SELECT seq FROM documents ORDER BY seq")]
    assert seqs == list(range(1, 451))


# -- directory walks ----------------------------------------------------------------------------------------
def _tree(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "article.txt").write_text(SHORT)
    for name in ("README.md", "LICENSE", "LICENSE.txt", "CHANGELOG.md", "CONTRIBUTING.md", "notes.md", "readme.txt"):
        (folder / name).write_text(SHORT + " Not an article.")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd.txt").write_text(SHORT + " secret")
    (folder / "passwd.txt").symlink_to(outside / "passwd.txt")
    (folder / "elsewhere").symlink_to(outside)
    (folder / "loop").symlink_to(folder)
    (folder / "inside.txt").symlink_to(folder / "sub" / "article.txt")  # a link inside the tree is read
    return folder


def test_a_walk_skips_documentation_and_links_out_and_says_so(casus, tmp_path):
    folder = _tree(tmp_path)
    result = casus("extract", folder, "--quiet", "--engine", "inline")
    assert result.code == 0, result.err
    paths = sorted(r["doc"]["path"] for r in result.records)
    assert paths == sorted([str(folder / "inside.txt"), str(folder / "sub" / "article.txt")])
    summary = result.err.strip().splitlines()[-1]
    assert "skipped 6 documentation file(s)" in summary and "name a file to read it" in summary
    assert "2 link(s) leading out of the folder" in summary and "not followed" in summary
    stored = casus("ingest", folder, "--db", tmp_path / "w.db", "--quiet", "--engine", "inline")
    assert stored.code == 0 and "skipped 6 documentation file(s)" in stored.err.splitlines()[-1]
    named = casus("extract", folder / "README.md", "--quiet", "--engine", "inline")  # named: read
    assert named.code == 0 and len(named.records) == 1


def test_special_files_and_unreadable_folders_are_errors(casus, tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(SHORT)
    os.mkfifo(folder / "pipe.txt")
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # what chmod 000 does for a user who is not root
    result = casus("extract", folder, "/dev/zero", "--quiet", "--engine", "inline")
    assert result.code == 1
    found = errors(result.err)
    assert len(found) == 3 and codes(result.err) == ["E107"] * 3, result.err
    assert any(f"{folder / 'locked'}: E107 cannot read: Permission denied" in e for e in found)
    assert any(f"{folder / 'pipe.txt'}: E107 cannot read: not a regular file: a FIFO" in e for e in found)
    assert any("/dev/zero: E107 cannot read: not a regular file: a character device" in e for e in found)
    assert [r["doc"]["path"] for r in result.records] == [str(folder / "good.txt")]


def test_e102_lists_the_suffixes_a_walk_reads(casus, tmp_path):
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (folder / "README.md").write_text(SHORT)
    result = casus("extract", folder, "--quiet")
    assert result.code == 1 and codes(result.err) == ["E102"]
    for suffix in WALKED_SUFFIXES:
        assert suffix in errors(result.err)[0]
    assert ".md" not in errors(result.err)[0].split("(")[1].split(")")[0]
    assert "skipped 1 documentation file(s)" in errors(result.err)[0]


# -- fuzz ---------------------------------------------------------------------------------------------------
def test_fuzz_hostile_inputs_through_extract_and_ingest(tmp_path):
    gen = Generator(tmp_path / "fuzz", seed=15)
    cases = gen.cases(40) + special_paths()
    try:
        args = [c.path for c in cases]
        common = ["--quiet", "--engine", "inline", "--max-bytes", str(BOMB_LIMIT)]
        extract = subprocess.run([CASUS, "extract", *args, *common], capture_output=True, timeout=600)
        err = extract.stderr.decode(errors="replace")
        assert check_run(cases, extract.returncode, err) == [], err
        records = [json.loads(x) for x in extract.stdout.decode().splitlines()]
        assert missing_markers(cases, [r["doc"]["text"] for r in records]) == []
        assert not any("outsidesecret" in r["doc"]["text"] or "readmemark" in r["doc"]["text"] for r in records)

        db = tmp_path / "fuzz.db"
        ingest = subprocess.run([CASUS, "ingest", *args, "--db", str(db), *common], capture_output=True, timeout=600)
        err = ingest.stderr.decode(errors="replace")
        assert check_run(cases, ingest.returncode, err) == [], err
        with sqlite3.connect(db) as conn:
            stored = [json.loads(r)["doc"] for (r,) in conn.execute("SELECT record FROM documents")]
        assert sorted(d["id"] for d in stored) == sorted({r["doc"]["id"] for r in records})  # same bytes: once
        texts = [d["text"] for d in stored]
        assert missing_markers(cases, texts) == []
    finally:
        unlock(tmp_path / "fuzz")
    usage = subprocess.run([CASUS, "extract"], capture_output=True)
    assert usage.returncode == 2
