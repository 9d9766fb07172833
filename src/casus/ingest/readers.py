"""Find inputs and read their bytes: files, directories, ``-`` (stdin), ``.gz``.

Reading is the only I/O of ingestion. It bounds what it reads (``max_bytes``
per document or JSONL line, decompressed; gzip data may inflate at most
``MAX_INFLATION`` times its compressed size), recognises binary files before
anyone tries to decode them, and turns every failure into a ``CasusError``
naming the input.

A directory walk reads only the files named with an input suffix
(``WALKED_SUFFIXES``), never follows a link out of the directory given,
leaves documentation (README, LICENSE, CHANGELOG, CONTRIBUTING, ``.md``) to
be named explicitly, and reports folders it cannot read. Names are shown
escaped (``display_name``): a file name cannot forge a line of output.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from casus.errors import CasusError, Err

Format = Literal["text", "html", "jsonl"]

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
STDIN = "-"

_SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# Read only when named explicitly, not in a directory walk: documentation, not articles.
EXPLICIT_SUFFIXES = frozenset({".md"})
DOC_NAMES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING"})
# What a directory walk reads (E102 lists these): the one list, from the reader's own table.
WALKED_SUFFIXES = tuple(x for x in _SUFFIX_FORMATS if x not in EXPLICIT_SUFFIXES)
# Gzip data inflating to more than this many times its compressed size is refused (E109) once it has also
# given more than ``max_bytes``: text and HTML compress 3-20 times, a run of one byte ~1000 times.
MAX_INFLATION = 100

# File signatures of common binary formats, checked before decoding.
_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x7fELF": "executable",
    b"RIFF": "RIFF media",
    b"SQLite format 3": "SQLite database",
    b"\x1f\x8b": "gzip data (nested)",
    b"BZh": "bzip2 data",
    b"\xfd7zXZ": "xz data",
    b"7z\xbc\xaf": "7z archive",
}


@dataclass(frozen=True)
class Input:
    """One input location: a file path, or ``-`` for standard input."""

    name: str
    format: Format | None  # None: decide by sniffing the content
    gzipped: bool

    @property
    def label(self) -> str:
        """The name as messages and records show it (escaped, see ``display_name``)."""
        return display_name(self.name)


@dataclass(frozen=True)
class Skipped:
    """A file or link a directory walk passed over on purpose, and why (``doc`` or ``link``)."""

    name: str
    why: Literal["doc", "link"]


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def display_name(name: str) -> str:
    """A file name fit for one line of output and for a record: bytes that are not UTF-8 (kept by Python
    as lone surrogates) become ``\\xNN`` and control characters such as a newline ``\\n`` or ``\\x1b``."""
    try:
        text = os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:
        text = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return one_line(text)


def one_line(text: str) -> str:
    """``text`` with control characters escaped, so it prints as one line (error messages)."""
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return named.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def format_of(path: str) -> tuple[Format | None, bool]:
    """The format a file name announces, and whether it is gzipped."""
    lower = path.lower()
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    return _SUFFIX_FORMATS.get(Path(lower).suffix), gzipped


def is_documentation(name: str) -> bool:
    """README, LICENSE, CHANGELOG, CONTRIBUTING (any suffix) and Markdown files: read only when named."""
    lower = name.lower().removesuffix(".gz")
    return name.split(".", 1)[0].upper() in DOC_NAMES or Path(lower).suffix in EXPLICIT_SUFFIXES


def _not_regular(mode: int) -> str | None:
    """What a file that is not a regular file is (reading a device or a FIFO never ends, or blocks)."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO (pipe it to - instead)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return f"not a regular file: {kind}"
    return None if stat.S_ISREG(mode) else "not a regular file"


def find_inputs(paths: list[str], skipped: list[Skipped] | None = None) -> Iterator[Input | CasusError]:
    """Expand paths into inputs; directories are walked recursively, in path order.

    In a directory only files with a known suffix count (hidden files and folders are skipped, and so are
    documentation files and links leading out of the directory: each of those is added to ``skipped``); a
    file named explicitly is taken whatever its name, and its format is sniffed if the suffix says nothing.
    Special files (devices, FIFOs, sockets) and unreadable folders are errors (E107).
    """
    for path in paths:
        if path == STDIN:
            yield Input(STDIN, None, False)
            continue
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            yield CasusError(Err.E101, display_name(path))
            continue
        except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
            yield CasusError(Err.E107, display_name(path), detail=getattr(exc, "strerror", None) or str(exc))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, skipped if skipped is not None else [])
        elif problem := _not_regular(mode):
            yield CasusError(Err.E107, display_name(path), detail=problem)
        else:
            fmt, gz = format_of(path)
            yield Input(path, fmt, gz)


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _walk(path: str, skipped: list[Skipped]) -> Iterator[Input | CasusError]:
    root_real = os.path.realpath(path)
    found: list[Input] = []
    errors: list[CasusError] = []
    passed: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        errors.append(CasusError(Err.E107, display_name(str(exc.filename or path)),
                                 detail=exc.strerror or str(exc)))

    for root, dirs, files in os.walk(path, onerror=unreadable):  # never descends into linked folders
        keep = []
        for d in sorted(dirs):
            full = os.path.join(root, d)
            if d.startswith("."):
                continue
            if os.path.islink(full):
                if not _inside(os.path.realpath(full), root_real):
                    passed.append(Skipped(display_name(full), "link"))
                continue  # a link to a folder inside the tree: its files are walked where they are
            keep.append(d)
        dirs[:] = keep
        for name in files:
            fmt, gz = format_of(name)
            if fmt is None or name.startswith("."):
                continue
            full = os.path.join(root, name)
            if os.path.islink(full) and not _inside(os.path.realpath(full), root_real):
                passed.append(Skipped(display_name(full), "link"))
                continue
            if is_documentation(name):
                passed.append(Skipped(display_name(full), "doc"))
                continue
            try:
                problem = _not_regular(os.stat(full).st_mode)
            except OSError as exc:
                errors.append(CasusError(Err.E107, display_name(full), detail=exc.strerror or str(exc)))
                continue
            if problem:
                errors.append(CasusError(Err.E107, display_name(full), detail=problem))
                continue
            found.append(Input(full, fmt, gz))
    skipped.extend(passed)
    yield from errors
    if not found and not errors:
        yield CasusError(Err.E102, display_name(path), suffixes=", ".join(WALKED_SUFFIXES),
                         skipped=f"; {skipped_note(passed)}" if passed else "")
    yield from sorted(found, key=lambda inp: Path(inp.name).parts)


def skipped_note(skipped: list[Skipped], shown: int = 3) -> str:
    """What a walk passed over, for a summary line: "skipped 2 documentation file(s) (README.md, …)"."""
    parts = []
    for why, what, hint in (("doc", "documentation file(s)", "name a file to read it"),
                            ("link", "link(s) leading out of the folder", "not followed")):
        names = [x.name for x in skipped if x.why == why]
        if names:
            listed = ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")
            parts.append(f"{len(names)} {what} ({listed}; {hint})")
    return "skipped " + " and ".join(parts) if parts else ""


class _Counted(io.RawIOBase):
    """The compressed bytes as gzip reads them, counted."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[:len(data)] = data
        self.count += len(data)
        return len(data)


class _Inflated(io.RawIOBase):
    """Decompressed bytes that refuse (E109) to inflate past ``MAX_INFLATION`` times what was read, once
    over ``floor`` bytes, so a gzip bomb costs a bounded amount of time and no memory."""

    def __init__(self, gz: gzip.GzipFile, counted: _Counted, source: str, floor: int) -> None:
        self.gz, self.counted, self.source, self.floor, self.total = gz, counted, source, floor, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.gz.read1(len(buffer))  # what one step inflates: kept even if the data ends too soon after
        n = len(data)
        buffer[:n] = data
        self.total += n
        if self.total > self.floor and self.total > MAX_INFLATION * max(1, self.counted.count):
            raise CasusError(Err.E109, self.source, ratio=MAX_INFLATION, size=self.total)
        return n


@contextmanager
def opened(inp: Input, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[BinaryIO]:
    """A peekable stream of the input's bytes, decompressed if gzipped (and bounded, see ``_Inflated``).

    Read errors inside the ``with`` block become ``CasusError`` naming the input.
    """
    if inp.name == STDIN:
        raw: BinaryIO = sys.stdin.buffer
    else:
        try:
            raw = open(inp.name, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise CasusError(Err.E107, inp.label, detail=exc.strerror or str(exc)) from None
    try:
        head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        if inp.gzipped or head == b"\x1f\x8b":
            counted = _Counted(raw)
            gz = gzip.GzipFile(fileobj=counted, mode="rb")  # type: ignore[call-overload]
            stream: BinaryIO = io.BufferedReader(_Inflated(gz, counted, inp.label, max_bytes), 1 << 16)
        else:
            stream = raw
        yield stream
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise CasusError(Err.E108, inp.label, detail=str(exc) or type(exc).__name__) from None
    except OSError as exc:
        raise CasusError(Err.E107, inp.label, detail=exc.strerror or str(exc)) from None
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


_TEXT_LINE = re.compile(rb"^[ \t\r\f\v]*[^\s]", re.MULTILINE)


def count_lines(inp: Input, budget: int = 32 << 20, stop_at: int | None = None) -> int:
    """About how many non-blank lines a (JSONL) input holds, for a progress bar: counted over at most
    ``budget`` decompressed bytes and extrapolated from there by the share of the file read; ``stop_at``
    ends the count early. Never fails: an input that cannot be read counts 1 (its error comes later)."""
    count = read = 0
    try:
        with opened(inp, max_bytes=budget) as stream:
            raw = getattr(stream, "raw", None)
            while block := stream.read(1 << 20):
                count += len(_TEXT_LINE.findall(block))
                read += len(block)
                if stop_at is not None and count >= stop_at:
                    return count
                if read >= budget:
                    size = os.path.getsize(inp.name)
                    done = raw.counted.count if isinstance(raw, _Inflated) else read
                    return max(count, int(count * size / max(1, done)))
    except Exception:  # the real read reports the input's error
        pass
    return max(count, 1)


def input_format(inp: Input, stream: BinaryIO) -> Format:
    """The input's format: from its name, else sniffed from its first bytes."""
    if inp.format is not None:
        return inp.format
    return sniff_format(stream.peek(4096)[:4096])  # type: ignore[attr-defined]


def read_all(inp: Input, stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """All the (decompressed) bytes of one input, at most ``max_bytes``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise CasusError(Err.E106, inp.label, size=_total_size(inp, len(data)), limit=max_bytes)
    return data


def _total_size(inp: Input, at_least: int) -> str:
    if inp.name != STDIN and not inp.gzipped:
        try:
            return str(os.path.getsize(inp.name))
        except OSError:
            pass
    return f"more than {at_least - 1}"


def read_lines(
    inp: Input, stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[tuple[int, bytes | CasusError]]:
    """Stream the lines of a JSONL input as (line number, bytes); an oversized line is an error item."""
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the oversized line
            yield number, CasusError(Err.E106, f"{inp.label}:{number}", size=f"more than {max_bytes}",
                                     limit=max_bytes)
            continue
        yield number, line


def binary_kind(data: bytes) -> str | None:
    """Why ``data`` looks binary (a named format or NUL bytes), or None if it may be text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16/32 text with a byte-order mark
    if b"\x00" in head:
        return "contains NUL bytes"
    return None


def sniff_format(data: bytes) -> Format:
    """Guess the format of content whose name says nothing (stdin, odd suffixes)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
        return "html"
    if head.startswith(b"{"):
        first = data.lstrip().split(b"\n", 1)[0].strip()
        if first.endswith(b"}"):
            return "jsonl"
    if b"<p>" in head or b"<div" in head or b"<article" in head:
        return "html"
    return "text"
