"""``casus serve --db STORE``: the JSON API and the web page (map, timeline, claims side by side)."""

from __future__ import annotations

import argparse
import os
import sys

from casus.cli.ingest import add_db_option, open_or_report
from casus.store.backend import redacted


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the HTTP API and the web page over a store",
                       description="Serve the store read-only; with --token (or CASUS_TOKEN) also accept "
                       "documents at POST /api/documents with 'Authorization: Bearer TOKEN'. API docs at /docs.")
    add_db_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=os.environ.get("CASUS_TOKEN"), help="bearer token for POST /api/documents")
    p.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_or_report(args.db)  # a clear error before the server starts
    if store is None:
        return 1
    store.close()
    try:
        import uvicorn

        from casus.web import create_app
    except ImportError:
        print("casus: error: the web extra is not installed (pip install 'casus[web]')", file=sys.stderr)
        return 1
    print(f"casus: serving {redacted(args.db)} on http://{args.host}:{args.port}/ "
          f"({'accepting documents with the token' if args.token else 'read-only'})", file=sys.stderr)
    if args.workers > 1:  # each worker process imports the app itself
        os.environ["CASUS_DB"] = args.db
        os.environ["CASUS_TOKEN"] = args.token or ""
        uvicorn.run("casus.web:app_from_environment", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="warning")
        return 0
    uvicorn.run(create_app(args.db, token=args.token or None), host=args.host, port=args.port,
                log_level="warning")
    return 0
