"""``casus incidents --db STORE``: the incidents, with their disputes."""

from __future__ import annotations

import argparse
import json
import sys

from casus.cli.ingest import add_db_option
from casus.cli.options import iso_date, open_existing


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("incidents", help="list incidents and where sources disagree",
                       description="Incidents overlapping the dates, involving the country, with an event of "
                       "the type; as SCHEMA.md JSON or a table.")
    add_db_option(p)
    p.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--country", metavar="ISO3", help="an ISO 3166-1 alpha-3 code, e.g. ARM")
    p.add_argument("--type", dest="event_type", metavar="EVENT", help="a PLOVER event type, e.g. ASSAULT")
    p.add_argument("--format", choices=["json", "table"], default="json")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_existing(args.db)
    if store is None:
        return 1
    try:
        found = store.incidents(args.start, args.end, args.country, args.event_type)
    finally:
        store.close()
    if args.format == "json":
        json.dump(found, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for line in table(found):
        print(line)
    return 0


def _toll(count: dict) -> str:
    """A toll as the table shows it: the best estimate, else at least the low bound, else ``?`` (unknown)."""
    if count.get("best") is not None:
        return str(count["best"])
    if count.get("low") is not None:
        return f">={count['low']}"
    return "?"


def table(found: list[dict]) -> list[str]:
    """The incidents as a table under a header row, each followed by its disputes."""
    lines = [f"{'id':<5} {'dates':<22} {'countries':<9} {'event types':<22} {'docs':>4} {'dead':>5}  places"]
    for incident in found:
        time = incident["time"]
        dates = time["start"] if time["start"] == time["end"] else f"{time['start']}..{time['end']}"
        places = ", ".join(dict.fromkeys(loc["name"] for loc in incident["locations"]))[:50] or "-"
        lines.append(f"{incident['id']:<5} {dates:<22} {'+'.join(incident['countries']) or '-':<9} "
                     f"{','.join(incident['event_types']):<22} {len(incident['documents']):>4} "
                     f"{_toll(incident['toll']['dead']):>5}  {places}")
        for dispute in incident["disputes"]:
            extra = f" {dispute.get('kind', '')} {dispute.get('side', '')}".rstrip()
            sides = "  vs  ".join(f"{p['value']} ({'; '.join(p['sources']) or 'unnamed'})"
                                  for p in dispute["positions"])
            lines.append(f"      dispute {dispute['about']}{extra}: {sides}")
    return lines
