"""``casus recode --db STORE``: code every stored document again from its raw input, with this casus."""

from __future__ import annotations

import argparse
import sys

from casus.cli.ingest import add_db_option
from casus.cli.options import open_existing
from casus.errors import CasusError
from casus.ingest.documents import document_from_raw
from casus.pipeline import default_pipeline


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("recode", help="re-run the pipeline on the raw inputs kept in the store",
                       description="Re-code every stored document from its raw input (one transaction each) "
                       "and relink the incidents; what the store holds is replaced document by document.")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_existing(args.db)  # recoding a store that is not there is a mistyped --db
    if store is None:
        return 1
    failures = 0
    recoded = 0
    try:
        raws = list(store.raw_inputs())
        with store.db.transaction():  # incidents are relinked from scratch, in ingest order
            store.db.execute("UPDATE events SET incident_id = NULL")
            store.db.execute("DELETE FROM incidents")
        pipeline = default_pipeline()
        for doc_id, path, fmt, raw in raws:
            try:
                doc = document_from_raw(raw, path, fmt)
            except CasusError as exc:
                print(f"casus: error: {exc.message}", file=sys.stderr)
                failures += 1
                continue
            doc.id = doc_id  # the key stays the hash of what was ingested
            store.add(pipeline.run(doc), replace=True)
            recoded += 1
        counts = store.counts()
    finally:
        store.close()
    print(f"casus: {recoded} document(s) recoded, {failures} failed; the store holds {counts['documents']} "
          f"documents, {counts['events']} events, {counts['incidents']} incidents", file=sys.stderr)
    return 1 if failures else 0
