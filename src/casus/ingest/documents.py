"""Build ``Document`` objects from raw inputs of each format."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from casus.errors import CasusError, Err
from casus.ingest.boilerplate import clean_text
from casus.ingest.decode import decode_text
from casus.ingest.html import extract_html
from casus.ingest.pubdate import date_from_datelines, infer_date, parse_date
from casus.ingest.readers import (
    DEFAULT_MAX_BYTES,
    Input,
    binary_kind,
    find_inputs,
    input_format,
    opened,
    read_all,
    read_lines,
)
from casus.model import Document, Published


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _published(found: date | None, how: str, text: str) -> Published:
    """The publication date, else one inferred from the analysed text."""
    if found is not None:
        return Published(found.isoformat(), how)  # type: ignore[arg-type]
    inferred = infer_date(text)
    if inferred is not None:
        return Published(inferred.isoformat(), "inferred")
    return Published(None, "none")


def document_from_text(data: bytes, path: str, *, text: str | None = None, title: str | None = None,
                       published: date | None = None, url: str | None = None,
                       publisher: str | None = None) -> Document:
    """A Document from plain text (``data`` are the raw bytes; ``text`` if already decoded)."""
    raw = text if text is not None else decode_text(data, path)
    cleaned = clean_text(raw)
    if not cleaned.text.strip():
        raise CasusError(Err.E205, path)
    how = "metadata"
    if published is None:
        published, how = date_from_datelines(cleaned.datelines), "body"
    return Document(
        id=_sha256(data),
        path=path,
        text=cleaned.text,
        title=title or cleaned.title,
        publisher=publisher or cleaned.agency,  # given, else the agency its dateline names; never the url
        url=url,
        published=_published(published, how, cleaned.text),
        language=guess_language(cleaned.text),
        input_format="text",
        boilerplate=cleaned.boilerplate,
        raw=data,
    )


def document_from_html(data: bytes | str, path: str, *, raw: bytes | None = None, url: str | None = None,
                       title: str | None = None, published: date | None = None,
                       publisher: str | None = None) -> Document:
    """A Document from an HTML page (``raw``: the input bytes the id is made from)."""
    if isinstance(data, bytes):
        if not data.strip():
            raise CasusError(Err.E103, path)
        kind = binary_kind(data)
        if kind:
            raise CasusError(Err.E104, path, detail=kind)
    page = extract_html(data, path, url=url)
    found, how = page.date, page.date_how
    if published is not None:
        found, how = published, "metadata"
    elif found is None:
        found, how = date_from_datelines(page.datelines), "body"
    id_bytes = raw if raw is not None else (data if isinstance(data, bytes) else data.encode("utf-8"))
    return Document(
        id=_sha256(id_bytes),
        path=path,
        text=page.text,
        title=title or page.title,
        publisher=publisher or page.publisher,
        url=page.url,
        published=_published(found, how, page.text),
        language=page.language or guess_language(page.text),
        input_format="html",
        boilerplate=page.boilerplate,
        raw=id_bytes,
    )


# Frequent English function words, enough to tell English text from other languages.
_EN_WORDS = frozenset(
    "the of and to in a is that for on was with said by as at from it his be are has have".split()
)


def guess_language(text: str) -> str | None:
    """'en' when English function words are frequent, else None (unknown).

    casus analyses English; this only flags documents it should not trust.
    """
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if len(words) < 5:
        return None
    share = sum(1 for w in words if w in _EN_WORDS) / len(words)
    return "en" if share >= 0.12 else None


_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_INT_DIGITS = 4000  # Python refuses to read longer integers (sys.int_info.default_max_str_digits)


def _int(digits: str) -> int | float:
    """A JSON integer; one too long for Python to read is read as a float (infinite): no field casus reads
    is a number, and a number is never text."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else float(digits)


def _clean(value: Any) -> Any:
    """A string with lone surrogates (JSON's ``"\\udfff"``, which no UTF-8 output can hold) replaced by
    U+FFFD; anything else as it is."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def _json_record(line: bytes, name: str, number: int) -> Any:
    try:
        return json.loads(line, parse_int=_int)
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError is a ValueError
        raise CasusError(Err.E202, name, line=number, detail=getattr(exc, "msg", str(exc))) from None
    except RecursionError:
        raise CasusError(Err.E202, name, line=number, detail="nested too deeply") from None


def _jsonl_document(line: bytes, name: str, number: int) -> Document:
    """A Document from one JSONL record: ``text`` or ``html``, with optional url, date, title, publisher."""
    source = f"{name}:{number}"
    record: Any = _json_record(line, name, number)
    if not isinstance(record, dict):
        raise CasusError(Err.E204, name, line=number)
    record = {key: _clean(record.get(key)) for key in ("text", "html", "url", "title", "publisher", "date")}
    url = record.get("url") if isinstance(record.get("url"), str) else None
    title = record.get("title") if isinstance(record.get("title"), str) else None
    publisher = record.get("publisher") if isinstance(record.get("publisher"), str) else None
    published = parse_date(record["date"]) if isinstance(record.get("date"), str) and record["date"] else None
    path = url or source
    try:
        doc = _record_document(record, line, path, url, title, published, publisher)
    except CasusError as exc:
        exc.source = f"{source} ({url})" if url else source
        raise
    if doc is None:
        raise CasusError(Err.E203, name, line=number)
    doc.input_format = "jsonl"
    doc.raw = line.rstrip(b"\r\n")
    return doc


def document_from_record(record: Any, name: str) -> Document:
    """A Document from one JSON object shaped like a JSONL line (the HTTP API's ``POST /api/documents``)."""
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return _jsonl_document(line, name, 1)


def document_from_raw(raw: bytes, path: str, input_format: str) -> Document:
    """The document a stored raw input makes, as ingest made it (``casus recode``)."""
    if input_format == "jsonl":
        doc = _jsonl_document(raw, path, 1)
        doc.path = path
        return doc
    if input_format == "html":
        return document_from_html(raw, path)
    return document_from_text(raw, path)


def _record_document(record: dict[str, Any], line: bytes, path: str, url: str | None, title: str | None,
                     published: date | None, publisher: str | None) -> Document | None:
    text, html = record.get("text"), record.get("html")
    if isinstance(html, str) and html.strip():
        return document_from_html(html, path, raw=line.rstrip(b"\r\n"), url=url, title=title,
                                  published=published, publisher=publisher)
    if isinstance(text, str) and text.strip():
        return document_from_text(line.rstrip(b"\r\n"), path, text=text.replace("\r\n", "\n"), title=title,
                                  published=published, url=url, publisher=publisher)
    return None


def documents_from_input(inp: Input, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | CasusError]:
    """Every document of one input: one for a text or HTML file, one per line of JSONL. A bad JSONL line
    is that line's error, named by its number; the lines after it are read."""
    name = inp.label
    with opened(inp, max_bytes) as stream:
        fmt = input_format(inp, stream)
        if fmt == "jsonl":
            seen = False
            for number, line in read_lines(inp, stream, max_bytes):
                if isinstance(line, CasusError):
                    yield line
                    continue
                if not line.strip():
                    continue
                seen = True
                try:
                    doc = _jsonl_document(line, name, number)
                except CasusError as exc:
                    yield exc
                    continue
                except RecursionError:
                    yield CasusError(Err.E201, f"{name}:{number}")
                    continue
                except Exception as exc:  # a bug met on one line is that line's error, not the file's
                    yield CasusError(Err.E999, f"{name}:{number}", detail=f"{type(exc).__name__}: {exc}")
                    continue
                yield doc
            if not seen:
                yield CasusError(Err.E103, name)
            return
        data = read_all(inp, stream, max_bytes)
    if fmt == "html":
        yield document_from_html(data, name)
    else:
        yield document_from_text(data, name)


def read_documents(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | CasusError]:
    """Documents from files, directories (recursive) and ``-``; errors are yielded, not raised."""
    for inp in find_inputs(paths):
        if isinstance(inp, CasusError):
            yield inp
            continue
        yield from documents_of(inp, max_bytes)


def documents_of(inp: Input, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | CasusError]:
    """``documents_from_input`` with every failure turned into a yielded error."""
    try:
        yield from documents_from_input(inp, max_bytes)
    except CasusError as exc:
        yield exc
    except RecursionError:
        yield CasusError(Err.E201, inp.label)
