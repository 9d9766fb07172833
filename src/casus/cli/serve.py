"""``casus serve --db STORE``: the JSON API and the web page (map, timeline, claims side by side)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from typing import Any

from casus.cli.ingest import add_db_option
from casus.cli.options import open_existing
from casus.store.backend import redacted

# the defaults of casus.web, repeated here so that --help works without the web extra
MAX_BODY = 2 * 1024 * 1024
CODE_SECONDS = 60.0
STOP_SECONDS = 5  # on SIGTERM, requests still running after this long are cancelled


def _positive(kind: type) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if kind is int and value < 1:
            raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be above 0, not {value:g}")
        return value

    return parse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the HTTP API and the web page over a store",
                       description="Serve the store read-only; with --token (or CASUS_TOKEN) also accept "
                       "documents at POST /api/documents with 'Authorization: Bearer TOKEN' (each body at most "
                       "--max-bytes, each coded within --code-seconds). API docs at /docs.")
    add_db_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=os.environ.get("CASUS_TOKEN"), help="bearer token for POST /api/documents")
    p.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    p.add_argument("--max-bytes", type=_positive(int), default=MAX_BODY,
                   help=f"largest POST /api/documents body, in bytes; larger ones get 413 (default {MAX_BODY})")
    p.add_argument("--code-seconds", type=_positive(float), default=CODE_SECONDS,
                   help="longest a posted document may take to code; longer ones get 422 and are not stored"
                   f" (default {CODE_SECONDS:g})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # a clear error before the server starts; read-only, it serves only a store that is there
    store = open_existing(args.db, create=bool(args.token))
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
        os.environ["CASUS_MAX_BYTES"] = str(args.max_bytes)
        os.environ["CASUS_CODE_SECONDS"] = str(args.code_seconds)
        uvicorn.run("casus.web:app_from_environment", factory=True, host=args.host, port=args.port,
                    workers=args.workers, log_level="warning", timeout_graceful_shutdown=STOP_SECONDS)
        return 0
    app = create_app(args.db, token=args.token or None, max_body=args.max_bytes, code_seconds=args.code_seconds)

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:  # SIGTERM, SIGINT: stop coding at once
            app.state.coder.close()
            super().handle_exit(sig, frame)

    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning",
                            timeout_graceful_shutdown=STOP_SECONDS)
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn raises the SIGINT it caught again once stopped
        Server(config).run()
    return 0
