"""Hostile inputs for ``casus extract`` and ``casus ingest``: one generator for the test suite
(``tests/test_hostile.py``, a few dozen inputs) and the bench (``bench/fuzz.py``, thousands).

Every class the issue's probe used is here: random bytes, corrupt and truncated gzip, odd encodings,
NUL bytes, hostile HTML, malformed JSONL (bad, deep, huge numbers, lone surrogates, non-objects),
dates at the calendar's edges, symlink trees, gzip bombs (of newlines and of one long line), special
files (FIFOs, /dev/zero), unreadable folders, and file names that are not UTF-8 or hold a newline or
terminal escapes. Good documents are mixed in, each carrying a unique marker word, so a run can check
that they were written or stored whatever failed beside them.

A ``Case`` says what casus must do with an input: ``markers`` it must keep (good documents, also good
lines of a JSONL file with bad ones), and whether it must fail (``fails``: True, False, or None when
either is fine). The bombs are sized for ``--max-bytes BOMB_LIMIT``, which callers pass.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import stat
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from casus.ingest.readers import display_name

ROOT = Path(__file__).resolve().parent.parent
GOOD_TEXT = (ROOT / "examples" / "statement.txt").read_text(encoding="utf-8")
BOMB_LIMIT = 1_000_000  # --max-bytes for fuzz runs: a bomb is refused after about this much
SHORT = ("Azerbaijani troops shelled the village of Sotk in Armenia on 11 March 2023, the defence ministry said. "
         "Two soldiers were wounded.")


@dataclass
class Case:
    """One input (a file, a folder, or a path such as /dev/zero) and what casus must make of it."""

    kind: str
    path: str
    markers: list[str] = field(default_factory=list)  # marker words of the documents it must keep
    fails: bool | None = None  # True: must report an error; False: must not; None: either


class Generator:
    """Makes hostile inputs under ``root``; ``seed`` fixes every choice."""

    def __init__(self, root: Path, seed: int = 0) -> None:
        self.root = Path(root)
        self.rng = random.Random(seed)
        self.n = 0
        self._bombs: dict[tuple[int, bool], bytes] = {}
        self.root.mkdir(parents=True, exist_ok=True)
        self.outside = self.root / "_outside"  # what symlinks point out to
        self.outside.mkdir(exist_ok=True)
        secret = self.outside / "secret.txt"
        secret.write_text("root:x:0:0:root:/root:/bin/bash\n" * 3 + SHORT + " outsidesecret\n")

    # -- helpers ---------------------------------------------------------------------------------------
    def _name(self, suffix: str) -> Path:
        self.n += 1
        return self.root / f"i{self.n:05d}{suffix}"

    def _marker(self) -> str:
        self.n += 1
        return f"fuzzmark{self.n:05d}x{self.rng.randrange(10**6):06d}"

    def good_text(self, marker: str) -> str:
        """A short report (sometimes the example statement) whose first paragraph carries ``marker``."""
        if self.rng.random() < 0.15:
            head, rest = GOOD_TEXT.split("\n\n", 1)
            return f"{head}\n\n{rest.replace('.', f' ({marker}).', 1)}"
        return f"{SHORT} The report is filed as {marker}.\n"

    def good_line(self, marker: str) -> str:
        return json.dumps({"text": self.good_text(marker), "url": f"https://fuzz.example/{marker}"})

    # -- the classes -----------------------------------------------------------------------------------
    def good(self) -> Case:
        marker = self._marker()
        kind = self.rng.choice(["txt", "html", "jsonl", "txt.gz"])
        path = self._name(f".{kind}")
        text = self.good_text(marker)
        if kind == "html":
            paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            data = f"<html><head><title>Report</title></head><body><article>{paragraphs}</article></body></html>"
            path.write_text(data, encoding="utf-8")
        elif kind == "jsonl":
            path.write_text(self.good_line(marker) + "\n", encoding="utf-8")
        elif kind == "txt.gz":
            path.write_bytes(gzip.compress(text.encode()))
        else:
            path.write_text(text, encoding="utf-8")
        return Case("good", str(path), [marker], fails=False)

    def random_bytes(self) -> Case:
        path = self._name(self.rng.choice([".txt", ".html", ".jsonl", ""]))
        path.write_bytes(self.rng.randbytes(self.rng.choice([1, 17, 600, 5000, 70000])))
        return Case("random-bytes", str(path))

    def corrupt_gzip(self) -> Case:
        path = self._name(self.rng.choice([".txt.gz", ".jsonl.gz", ".html.gz"]))
        data = gzip.compress(self.good_text(self._marker()).encode())
        choice = self.rng.randrange(3)
        if choice == 0:  # the header and garbage
            data = b"\x1f\x8b\x08\x00" + self.rng.randbytes(200)
        elif choice == 1:  # flipped bytes in the deflate stream
            data = bytearray(data)
            for _ in range(5):
                data[self.rng.randrange(10, len(data))] ^= 0xFF
            data = bytes(data)
        else:  # a wrong checksum
            data = data[:-8] + bytes(8)
        path.write_bytes(data)
        return Case("corrupt-gzip", str(path))

    def truncated_jsonl_gz(self) -> Case:
        path = self._name(".jsonl.gz")
        lines = [self.good_line(self._marker()) for _ in range(self.rng.randrange(1, 6))]
        data = gzip.compress(("\n".join(lines) + "\n").encode())
        path.write_bytes(data[: self.rng.randrange(10, len(data) - 1)])
        return Case("truncated-gzip", str(path), fails=True)

    def odd_encoding(self) -> Case:
        marker = self._marker()
        text = self.good_text(marker) + " Ünïcödé — «quotes» 日本語 Ελληνικά"
        path = self._name(".txt")
        encoding = self.rng.choice(["utf-16", "utf-32", "utf-8-sig", "latin-1", "cp1251", "shift_jis", "utf-16-le"])
        path.write_bytes(text.encode(encoding, errors="replace"))
        return Case("odd-encoding", str(path))

    def nul_bytes(self) -> Case:
        path = self._name(self.rng.choice([".txt", ".html"]))
        text = self.good_text(self._marker()).encode()
        at = self.rng.randrange(len(text))
        path.write_bytes(text[:at] + b"\x00" * self.rng.randrange(1, 50) + text[at:])
        return Case("nul-bytes", str(path), fails=True)

    def hostile_html(self) -> Case:
        marker = self._marker()
        path = self._name(".html")
        choice = self.rng.randrange(6)
        if choice == 0:  # deep nesting
            depth = self.rng.choice([500, 5000, 50000])
            data = "<div>" * depth + f"<p>{self.good_text(marker)}</p>" + "</div>" * depth
        elif choice == 1:  # billion laughs, XXE
            data = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
                    '<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>&lol2; &xxe;</p>'
                    f"<p>{self.good_text(marker)}</p></body></html>")
        elif choice == 2:  # scripts and styles only
            data = "<html><script>" + "var a=1;" * 1000 + "</script><style>p{}</style></html>"
        elif choice == 3:  # a huge attribute, unclosed tags
            data = f'<html><body><p title="{"x" * 200000}">{self.good_text(marker)}<p><b><i><div'
        elif choice == 4:  # a meta charset that lies, a control-character soup
            data = ('<html><head><meta charset="utf-32"></head><body><p>'
                    + "".join(chr(self.rng.randrange(1, 32)) for _ in range(300)) + "</p></body></html>")
        else:  # comments, CDATA, an endless table
            data = "<html><body><!--" + "-" * 5000 + "--><![CDATA[x]]>" + "<table>" + "<tr><td>1" * 3000
        path.write_text(data, encoding="utf-8", errors="surrogatepass")
        return Case("hostile-html", str(path))

    def malformed_jsonl(self) -> Case:
        """Bad lines of every kind between good ones: the good lines must all be kept."""
        path = self._name(self.rng.choice([".jsonl", ".jsonl.gz", ".ndjson"]))
        lines, markers = [], []
        bad = [
            lambda: "{not json",
            lambda: '["a list"]',
            lambda: '{"title": "no body"}',
            lambda: "[" * 100000 + "]" * 100000,
            lambda: '{"text": ' + "[" * 5000 + "]" * 5000 + "}",
            lambda: '{"text": 1' + "0" * 5000 + "}",
            lambda: '{"id": 1' + "0" * 5000 + ', "text": "' + SHORT + '"}',
            lambda: '{"text": "t\\udfff ' + SHORT + '", "title": "\\ud800", "url": "\\udc00"}',
            lambda: '{"html": "<p>\\udfff</p>"}',
            lambda: '{"text": "' + SHORT + '", "date": "9999-12-31"}',
            lambda: '{"text": "' + SHORT + ' last week", "date": "0001-01-01"}',
            lambda: '{"text": "' + SHORT + '", "date": "' + self.rng.choice(["99999-99-99", "-1", "1e308", "0"]) + '"}',
            lambda: '{"text": null, "html": 5}',
            lambda: "\x00\x01\x02",
            lambda: '{"text": "' + "\\u0000" * 50 + '"}',
            lambda: "   ",
            lambda: "NaN",
            lambda: '"just a string"',
        ]
        for _ in range(self.rng.randrange(2, 8)):
            if self.rng.random() < 0.4:
                marker = self._marker()
                markers.append(marker)
                lines.append(self.good_line(marker))
            else:
                lines.append(self.rng.choice(bad)())
        marker = self._marker()  # a good last line: the line after a bad one is read
        markers.append(marker)
        lines.append(self.good_line(marker))
        data = ("\n".join(lines) + "\n").encode("utf-8", errors="surrogatepass")
        path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
        return Case("malformed-jsonl", str(path), markers)

    def date_stressor(self) -> Case:
        marker = self._marker()
        phrase = self.rng.choice([
            "on 31 December 9999", "on 1 January 0001, and again last week", "in the year 9999",
            "over the past 99999999 years", "in the last 10000000000000000000 days", "on 0001-01-01",
            "on 29 February 9999", "since 1 January 0001", "between 30 and 31 December 9999",
            "on December 31, 9999 and in recent days", "in recent weeks of 0001",
        ])
        text = (f"Azerbaijani troops shelled the village of Sotk in Armenia {phrase}, the ministry said "
                f"{phrase}. Reference {marker}.\n")
        if self.rng.random() < 0.5:
            path = self._name(".jsonl")
            date = self.rng.choice(["9999-12-31", "0001-01-01", "31 December 9999", "1 January 0001"])
            path.write_text(json.dumps({"text": text, "date": date, "url": f"https://fuzz.example/{marker}"}) + "\n")
        else:
            path = self._name(".txt")
            path.write_text(f"{phrase.capitalize()}\n\n{text}", encoding="utf-8")
        return Case("date-stressor", str(path), [marker], fails=False)

    def symlink_tree(self) -> Case:
        """A folder with a good file, links out of it (file, folder, dangling), a link loop and
        documentation files: the good file is kept, nothing outside is read."""
        folder = self._name("-tree")
        (folder / "sub").mkdir(parents=True)
        marker = self._marker()
        (folder / "sub" / "article.txt").write_text(self.good_text(marker), encoding="utf-8")
        (folder / "passwd.txt").symlink_to(self.outside / "secret.txt")
        (folder / "outdir").symlink_to(self.outside)
        (folder / "loop").symlink_to(folder)
        (folder / "sub" / "dangling.txt").symlink_to(folder / "missing.txt")
        (folder / "README.md").write_text(SHORT + " readmemark")
        (folder / "LICENSE.txt").write_text("MIT License")
        (folder / "notes.md").write_text(SHORT + " notesmark")
        return Case("symlink-tree", str(folder), [marker], fails=True)  # the dangling link is an error

    def gzip_bomb(self) -> Case:
        """Gzip data of 20 or 60 times ``BOMB_LIMIT`` bytes: newlines, or one line."""
        path = self._name(self.rng.choice([".jsonl.gz", ".jsonl.gz", ".txt.gz", ".html.gz"]))
        key = (self.rng.choice([20, 60]), self.rng.random() < 0.5)
        if key not in self._bombs:
            block = (b"a" if key[1] else b"\n") * BOMB_LIMIT
            compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: the gzip format
            self._bombs[key] = b"".join(compressor.compress(block) for _ in range(key[0])) + compressor.flush()
        path.write_bytes(self._bombs[key])
        return Case("gzip-bomb", str(path), fails=True)

    def special_file(self) -> Case:
        folder = self._name("-special")
        folder.mkdir()
        marker = self._marker()
        (folder / "good.txt").write_text(self.good_text(marker), encoding="utf-8")
        os.mkfifo(folder / "pipe.txt")
        return Case("special-file", str(folder), [marker], fails=True)

    def unreadable_folder(self) -> Case:
        folder = self._name("-locked")
        (folder / "locked").mkdir(parents=True)
        marker = self._marker()
        (folder / "good.txt").write_text(self.good_text(marker), encoding="utf-8")
        (folder / "locked" / "hidden.txt").write_text(SHORT)
        (folder / "locked").chmod(0)
        # root reads any folder: then nothing fails
        return Case("unreadable-folder", str(folder), [marker], fails=None if os.geteuid() == 0 else True)

    def odd_name(self) -> Case:
        marker = self._marker()
        self.n += 1
        raw = self.rng.choice([b"bad\xff\xfename", b"new\nline", b"esc\x1b[31mred", b"tab\there", b"cr\rreturn",
                               b"caf\xe9", b"line\xe2\x80\xa8sep", b"casus: error: forged"])
        name = os.fsencode(str(self.root)) + b"/" + raw + f"{self.n:05d}.txt".encode()
        with open(name, "wb") as f:
            f.write(self.good_text(marker).encode())
        return Case("odd-name", os.fsdecode(name), [marker], fails=False)

    def empty(self) -> Case:
        path = self._name(self.rng.choice([".txt", ".jsonl", ".html", ".txt.gz"]))
        data = self.rng.choice([b"", b"   \n\n  ", b"\n" * 1000])
        path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
        return Case("empty", str(path), fails=True)

    def long_text(self) -> Case:
        """A long single-line text: bounded work, kept."""
        marker = self._marker()
        path = self._name(".txt")
        words = SHORT.replace(".", "").split()
        length = 20000 if self.rng.random() < 0.1 else 2000
        path.write_text(" ".join(self.rng.choice(words) for _ in range(length)) +
                        f" {marker}\n", encoding="utf-8")
        return Case("long-text", str(path), [marker], fails=False)

    CLASSES = ("good", "random_bytes", "corrupt_gzip", "truncated_jsonl_gz", "odd_encoding", "nul_bytes",
               "hostile_html", "malformed_jsonl", "date_stressor", "symlink_tree", "gzip_bomb", "special_file",
               "unreadable_folder", "odd_name", "empty", "long_text")
    # how often each class is drawn after the first round (which has one of each): cheap classes more
    WEIGHTS = (8, 4, 3, 2, 3, 2, 3, 4, 3, 1, 1, 1, 1, 2, 2, 1)

    def cases(self, count: int) -> list[Case]:
        """``count`` inputs: every class once, then drawn by ``WEIGHTS``."""
        names = list(self.CLASSES[:count])
        while len(names) < count:
            names += self.rng.choices(self.CLASSES, self.WEIGHTS)
        return [getattr(self, name)() for name in names]


ERROR = re.compile(r"^casus: error: (?P<source>.+): (?P<code>E\d{3}) ")


def error_lines(stderr: str) -> list[str]:
    return [x for x in stderr.splitlines() if x.startswith("casus: error:")]


def _names(error_line: str, shown: str) -> bool:
    """Whether an error line is about the input shown as ``shown`` (the input, a line of it, or a file in it)."""
    return error_line.startswith((f"casus: error: {shown}:", f"casus: error: {shown}/"))


def check_run(cases: list[Case], proc_code: int, stderr: str) -> list[str]:
    """What went wrong in one run of casus over ``cases`` (empty when all held): a traceback, an internal
    error (E999), a line on stderr that is not casus's own (``casus: …``), an error line that names no input
    or code, errors without the summary line after them, an input that had to fail and did not (or the
    reverse), an exit code other than the documented one (0 all processed, 1 some failed)."""
    problems = []
    shown = [display_name(c.path) for c in cases]
    if "Traceback" in stderr:
        problems.append("traceback")
    lines = stderr.splitlines()
    found = error_lines(stderr)
    if found and (not lines or lines[-1].startswith("casus: error:") or not lines[-1].startswith("casus: ")):
        problems.append("summary line: none after the errors")
    for x in lines:
        if not x.startswith("casus: "):
            problems.append(f"stray line: {x[:200]}")
        elif not x.startswith("casus: error:"):
            continue  # the summary, a warning, a note (a model being built)
        elif not ERROR.match(x) or not any(_names(x, s) for s in shown):
            problems.append(f"error line names no input or code: {x[:200]}")
        elif " E999 " in x:
            problems.append(f"internal error: {x[:300]}")
    for case, name in zip(cases, shown, strict=True):
        reported = any(_names(x, name) for x in found)
        if case.fails is True and not reported:
            problems.append(f"{case.kind} {name}: no error reported")
        if case.fails is False and reported:
            problems.append(f"{case.kind} {name}: reported an error")
    expected = 1 if found else 0
    if proc_code != expected:
        problems.append(f"exit code {proc_code}, expected {expected}")
    return problems


def missing_markers(cases: list[Case], texts: list[str]) -> list[str]:
    """The markers of good documents that are in none of ``texts`` (what was written or stored)."""
    everything = "\n".join(texts)
    return [m for c in cases for m in c.markers if m not in everything]


def special_paths() -> list[Case]:
    """Paths a batch may name explicitly that no file stands for: a device, a missing file."""
    return [Case("device", "/dev/zero", fails=True), Case("missing", "/nonexistent/fuzz.txt", fails=True)]


def unlock(root: Path) -> None:
    """Make the generated folders removable again (the unreadable ones were chmod 000)."""
    for folder in Path(root).glob("*-locked/locked"):
        folder.chmod(stat.S_IRWXU)
