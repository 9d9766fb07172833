"""Every user-facing error casus reports, each with a stable code.

Users search for the code (``E104``) and find it here, as with spaCy's
``errors.py``. Messages are one line and always name the input they concern,
so a batch run can list every failure and carry on with the other inputs.
"""

from __future__ import annotations

from enum import Enum


class Err(Enum):
    """Error codes and their message templates. Codes never change meaning."""

    # E1xx: reading inputs
    E101 = "no such file or directory"
    E102 = "directory holds no readable input files ({suffixes}, each optionally .gz){skipped}"
    E103 = "input is empty"
    E104 = "binary file, not text, HTML or JSONL ({detail})"
    E105 = "cannot decode the bytes as text in any known encoding"
    E106 = "input is {size} bytes, over the {limit}-byte limit (raise it with --max-bytes)"
    E107 = "cannot read: {detail}"
    E108 = "corrupt gzip data: {detail}"
    E109 = "gzip data inflates over {ratio} times its compressed size (a gzip bomb?); refused after {size} bytes"
    # E2xx: formats
    E201 = "HTML holds no main text that could be extracted"
    E202 = "JSONL line {line} is not valid JSON: {detail}"
    E203 = "JSONL line {line} has neither a non-empty 'text' nor 'html' field"
    E204 = "JSONL line {line} is not a JSON object"
    E205 = "no main text left after removing boilerplate"
    # E3xx: the store
    E301 = "cannot open the store: {detail}"
    E302 = "cannot use this store: {detail}"
    E303 = "the store was written by a newer casus (schema {found}, this casus knows {known}); upgrade casus"
    # E9xx: bugs
    E999 = "internal error ({detail}); please report it with this input"


class CasusError(Exception):
    """An error with a stable code about one named input (file, line, URL)."""

    def __init__(self, err: Err, source: str, **fields: object) -> None:
        self.err = err
        self.source = source
        self.fields = fields
        super().__init__(self.message)

    @property
    def code(self) -> str:
        return self.err.name

    @property
    def message(self) -> str:
        return f"{self.source}: {self.err.name} {self.err.value.format(**self.fields)}"
