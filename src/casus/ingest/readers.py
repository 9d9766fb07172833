"""Find inputs and read their bytes: files, directories, ``-`` (stdin), ``.gz``.

Reading is the only I/O of ingestion. It bounds what it reads (``max_bytes``
per document, decompressed), recognises binary files before anyone tries to
decode them, and turns every failure into a ``CasusError`` naming the input.
"""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

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


def format_of(path: str) -> tuple[Format | None, bool]:
    """The format a file name announces, and whether it is gzipped."""
    lower = path.lower()
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    return _SUFFIX_FORMATS.get(Path(lower).suffix), gzipped


def find_inputs(paths: list[str]) -> Iterator[Input | CasusError]:
    """Expand paths into inputs; directories are walked recursively, in path order.

    In a directory only files with a known suffix count (hidden files and
    folders are skipped); a file named explicitly is taken whatever its name,
    and its format is sniffed if the suffix says nothing.
    """
    for path in paths:
        if path == STDIN:
            yield Input(STDIN, None, False)
            continue
        p = Path(path)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    fmt, gz = format_of(name)
                    if fmt is not None and not name.startswith("."):
                        found.append(Input(os.path.join(root, name), fmt, gz))
            if not found:
                yield CasusError(Err.E102, path)
            yield from sorted(found, key=lambda inp: Path(inp.name).parts)
        elif p.exists():
            fmt, gz = format_of(path)
            yield Input(path, fmt, gz)
        else:
            yield CasusError(Err.E101, path)


@contextmanager
def opened(inp: Input) -> Iterator[BinaryIO]:
    """A peekable stream of the input's bytes, decompressed if gzipped.

    Read errors inside the ``with`` block become ``CasusError`` naming the input.
    """
    if inp.name == STDIN:
        raw: BinaryIO = sys.stdin.buffer
    else:
        try:
            raw = open(inp.name, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise CasusError(Err.E107, inp.name, detail=exc.strerror or str(exc)) from None
    try:
        head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        stream = gzip.GzipFile(fileobj=raw) if inp.gzipped or head == b"\x1f\x8b" else raw
        yield stream  # type: ignore[misc]
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise CasusError(Err.E108, inp.name, detail=str(exc) or type(exc).__name__) from None
    except OSError as exc:
        raise CasusError(Err.E107, inp.name, detail=exc.strerror or str(exc)) from None
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


def input_format(inp: Input, stream: BinaryIO) -> Format:
    """The input's format: from its name, else sniffed from its first bytes."""
    if inp.format is not None:
        return inp.format
    return sniff_format(stream.peek(4096)[:4096])  # type: ignore[attr-defined]


def read_all(inp: Input, stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """All the (decompressed) bytes of one input, at most ``max_bytes``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise CasusError(Err.E106, inp.name, size=_total_size(inp, len(data)), limit=max_bytes)
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
            yield number, CasusError(Err.E106, f"{inp.name}:{number}", size=f"more than {max_bytes}", limit=max_bytes)
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
