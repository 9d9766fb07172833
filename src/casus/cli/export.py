"""``casus export --db STORE --format plover|acled-csv|geojson``: the stored events for other tools."""

from __future__ import annotations

import argparse
import sys

from casus.cli.ingest import add_db_option
from casus.cli.options import iso_date, open_existing


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export events as PLOVER JSONL, ACLED-style CSV or GeoJSON",
                       description="Write the stored events (optionally only those in a date range, involving a "
                       "country, or of a type) in one of the export formats.")
    add_db_option(p)
    p.add_argument("--format", required=True, choices=["plover", "acled-csv", "geojson"])
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--country", metavar="ISO3")
    p.add_argument("--type", dest="event_type", metavar="EVENT")
    p.add_argument("--all-statuses", action="store_true",
                   help="acled-csv: also write denied, future and hypothetical events as rows (by default only "
                   "asserted and alleged ones, as ACLED codes what happened; the casus_status column tells "
                   "them apart); plover and geojson always carry every event with its status")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from casus.exports import write
    from casus.store import event_filters

    store = open_existing(args.db)
    if store is None:
        return 1
    where, params = event_filters(args.start, args.end, args.country, args.event_type, None, None, None, None,
                                  store.db.dialect)
    try:
        events = store.events(where, params)
    finally:
        store.close()
    try:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        print(f"casus: error: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        n = write(events, args.format, out, all_statuses=args.all_statuses)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"casus: {n} record(s) written", file=sys.stderr)
    return 0
