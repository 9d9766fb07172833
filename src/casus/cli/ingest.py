"""``casus ingest PATH... --db STORE``: code documents and keep them, their events and incidents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from casus.cli.extract import add_input_options, many_documents, progress_bar, readable_documents
from casus.engines import code_documents
from casus.errors import CasusError
from casus.ingest.readers import Input, find_inputs
from casus.model import Document

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
    found = list(find_inputs(args.paths))
    inputs = [x for x in found if isinstance(x, Input)]
    failures = [x for x in found if isinstance(x, CasusError)]
    for err in failures:
        print(f"casus: error: {err.message}", file=sys.stderr)
    progress = progress_bar(inputs, args.quiet)
    skipped = added = 0

    def new_documents() -> Iterator[Document]:
        nonlocal skipped
        for item in readable_documents(inputs, args, failures, progress):
            if store.has_document(item.id):
                skipped += 1  # re-ingesting a corpus codes nothing twice
                progress.update(1)
            else:
                yield item

    try:
        for doc in code_documents(new_documents(), args.engine, args.workers, args.address,
                                  many=many_documents(inputs)):
            added += store.add(doc)  # one writer: this process
            progress.update(1)
        counts = store.counts()
    finally:
        progress.close()
        store.close()
    print(f"casus: {added} document(s) stored, {skipped} already there, {len(failures)} failed; the store holds "
          f"{counts['documents']} documents, {counts['events']} events, {counts['incidents']} incidents",
          file=sys.stderr)
    return 1 if failures else 0
