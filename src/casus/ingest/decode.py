"""Bytes to text: byte-order marks, UTF-8, then charset detection.

UTF-8 is tried first because it is by far the most common and a strict
decode is a reliable test; only when it fails does charset-normalizer guess,
and when it finds no plausible encoding the input is refused rather than
turned into mojibake that later stages would silently mis-read.
"""

from __future__ import annotations

import codecs

from casus.errors import CasusError, Err
from casus.ingest.readers import binary_kind

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, source: str) -> str:
    """Decode ``data`` (the bytes of ``source``) to ``str`` with ``\\n`` newlines."""
    if not data.strip():
        raise CasusError(Err.E103, source)
    text = _decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CasusError(Err.E103, source)
    return text


def _decode(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise CasusError(Err.E105, source) from None
    kind = binary_kind(data)
    if kind:
        raise CasusError(Err.E104, source, detail=kind)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported here: most inputs are UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise CasusError(Err.E105, source)
    return str(best)
