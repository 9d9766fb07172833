"""``casus ingest PATH... --db STORE``: code documents and keep them, their events and incidents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from casus.cli.extract import (
    add_input_options,
    coded_documents,
    fail,
    found_inputs,
    progress_bar,
    readable_documents,
    report,
    skipped_summary,
)
from casus.errors import CasusError, Err
from casus.ingest.readers import Skipped, one_line
from casus.model import Document
from casus.store.backend import redacted

DEFAULT_DB = "casus.db"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="code documents and store them (SQLite file or PostgreSQL)",
        description="Read inputs as 'casus extract' does, code them, and store each document with its events "
        "in one transaction, linking events into incidents. Documents already stored (same content hash) are "
        "skipped. Exit 0 if every input was processed, 1 if some failed, 2 on usage errors.",
    )
    add_input_options(p)
    add_db_option(p)
    p.set_defaults(func=run)


def add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, metavar="STORE",
                   help=f"an SQLite file (default {DEFAULT_DB}) or a postgresql://user@host/db URL")


def open_or_report(target: str):  # -> Store | None
    """The store, or None after printing why it cannot be opened."""
    from casus.store import Store

    try:
        return Store(target)
    except CasusError as exc:
        print(f"casus: error: {exc.message}", file=sys.stderr)
        return None


def run(args: argparse.Namespace) -> int:
    store = open_or_report(args.db)
    if store is None:
        return 1
    failures: list[CasusError] = []
    skipped: list[Skipped] = []
    inputs = found_inputs(args.paths, failures, skipped)
    progress = progress_bar(inputs, args.quiet)
    already = added = 0

    def new_documents() -> Iterator[Document]:
        nonlocal already
        for item in readable_documents(inputs, args, failures, progress):
            if store.has_document(item.id):
                already += 1  # re-ingesting a corpus codes nothing twice
                progress.update(1)
            else:
                yield item

    broken = None
    try:
        for doc in coded_documents(new_documents(), inputs, args, failures, progress):
            try:
                added += store.add(doc)  # one transaction per document; concurrent ingests queue for it
            except store.db.errors as exc:  # the store, not this document, failed: stop here
                broken = CasusError(Err.E302, redacted(store.target), detail=str(exc).strip().splitlines()[0])
                break
            except Exception as exc:  # this document cannot be stored: its own error, never the batch's
                fail(CasusError(Err.E999, one_line(doc.path), detail=f"{type(exc).__name__}: {exc}"), failures,
                     progress)
                continue
            progress.update(1)
        counts = store.counts() if broken is None else None
    finally:
        progress.close()
        store.close()
    if broken is not None:
        report(broken)
        print(f"casus: {added} document(s) stored before the store failed, {len(failures)} input(s) failed",
              file=sys.stderr)
        return 1
    print(f"casus: {added} document(s) stored, {already} already there, {len(failures)} failed; the store holds "
          f"{counts['documents']} documents, {counts['events']} events, {counts['incidents']} incidents"
          f"{skipped_summary(skipped)}", file=sys.stderr)
    return 1 if failures else 0
