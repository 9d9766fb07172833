"""``casus incidents --db STORE``: the incidents, with their disputes."""

from __future__ import annotations

import argparse
import json
import sys

from casus.cli.ingest import add_db_option, open_or_report
from casus.cli.options import iso_date


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
    store = open_or_report(args.db)
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
    for incident in found:
        time = incident["time"]
        places = ", ".join(dict.fromkeys(loc["name"] for loc in incident["locations"]))[:50] or "-"
        dead = incident["toll"]["dead"]
        print(f"{incident['id']:<5} {time['start']}..{time['end']}  {'+'.join(incident['countries']):<9} "
              f"{','.join(incident['event_types']):<22} docs={len(incident['documents'])} "
              f"dead={dead['best'] if dead['best'] is not None else dead['low']}  {places}")
        for dispute in incident["disputes"]:
            extra = f" {dispute.get('kind', '')} {dispute.get('side', '')}".rstrip()
            sides = "  vs  ".join(f"{p['value']} ({'; '.join(p['sources'])})" for p in dispute["positions"])
            print(f"      dispute {dispute['about']}{extra}: {sides}")
    return 0
