"""Ingest: inputs (files, directories, stdin, .gz) to ``Document`` objects.

``read_documents`` is the one entry point: it yields a ``Document`` or a
``CasusError`` per document, so a caller can report a bad input and carry on.
"""

from casus.ingest.documents import document_from_html, document_from_text, read_documents

__all__ = ["document_from_html", "document_from_text", "read_documents"]
