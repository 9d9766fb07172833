"""``casus serve``: a JSON API and the analyst's web page over one store.

Read-only unless started with a token: ``POST /api/documents`` then needs
``Authorization: Bearer TOKEN`` (401 without one, 403 with a wrong one).
Article text is attacker-controlled: the API returns it as JSON only, the
page renders it as text, never HTML, and every response (errors included)
carries a Content-Security-Policy that forbids inline and foreign scripts.
Every query is bounded: page sizes are capped, SQL is parameterised, and a
statement running past ``QUERY_SECONDS`` is aborted (503). A posted document
is bounded too: its body to ``MAX_BODY`` bytes (413 above, refused before it
is read), its coding to ``CODE_SECONDS`` in a child process (422 past it; see
``casus.web.coder``). The API docs at ``/docs`` are Swagger UI served from the
package (``static/vendor``, vendored by scripts/setup.sh), under the same CSP.
"""

from __future__ import annotations

import hmac
import io
import json
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator

from casus import __version__
from casus.store import Store, event_filters
from casus.web.coder import Coder, CoderUnavailable, CodingRefused

STATIC = Path(__file__).with_name("static")
MAX_PAGE = 200
QUERY_SECONDS = 5.0
MAX_EXPORT = 50_000
MAX_BODY = 2 * 1024 * 1024  # bytes of one POST /api/documents body (casus serve --max-bytes)
CODE_SECONDS = 60.0  # coding one posted document (casus serve --code-seconds)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer")]
log = logging.getLogger("casus.web")


def _database_errors() -> tuple[type[Exception], ...]:
    import sqlite3

    try:
        import psycopg
    except ImportError:
        return (sqlite3.Error,)
    return sqlite3.Error, psycopg.Error


class Guard:
    """The outermost layer: the security headers on every response, the 500s and 503s Starlette's own error
    layer sends included; an exception is one line in the server's log, never a traceback (plain ASGI)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def with_headers(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                ours = {name for name, _ in SECURITY_HEADERS}
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in ours]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except Exception as exc:  # the response (JSON, below) is out already unless the error handler failed
            log.error("casus serve: %s %s failed: %s", scope.get("method"), scope.get("path"), _one_line(exc))
            if not started:
                await _error_response(exc)(scope, receive, with_headers)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _error_response(exc: Exception) -> JSONResponse:
    if isinstance(exc, _database_errors()):
        return JSONResponse({"detail": "the query took too long or failed; narrow it"}, status_code=503)
    return JSONResponse({"detail": "internal error; the server's log says more"}, status_code=500)


class _App(FastAPI):
    def build_middleware_stack(self) -> Any:
        return Guard(super().build_middleware_stack())


def _calendar_day(value: str | None) -> str | None:
    """A real calendar day (``2023-02-30`` is not one): pydantic makes the ValueError a 422."""
    if value is not None:
        date.fromisoformat(value)
    return value


# a day in a query: FastAPI copies the Query of an Annotated alias for each parameter that uses it
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_calendar_day)]
BEARER = HTTPBearer(auto_error=False, description="the token the server was started with (--token)")


def _valid_unicode(record: Any) -> None:
    """A lone surrogate (``"\\udfff"`` in JSON) is no Unicode text: nothing downstream can encode it."""
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise HTTPException(422, f"request: the JSON holds a lone surrogate ({exc.object[exc.start:exc.end]!a}),"
                                 " which is not Unicode text") from None


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to be over ``limit`` bytes: by its
    Content-Length before reading any of it, else while it streams."""
    too_large = HTTPException(413, f"the body is over the {limit}-byte limit (casus serve --max-bytes)",
                              headers={"Connection": "close"})
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


POSTED = {  # the OpenAPI description of the body POST /api/documents reads itself (to bound it)
    "required": True,
    "content": {"application/json": {"schema": {
        "type": "object", "description": "one document, shaped like a line of a JSONL input",
        "properties": {"text": {"type": "string"}, "html": {"type": "string"}, "title": {"type": "string"},
                       "url": {"type": "string"}, "publisher": {"type": "string"},
                       "date": {"type": "string", "description": "publication date, e.g. 2025-06-10"}},
        "example": {"text": "On 9 June 2025 police arrested four protesters in Gyumri, the police said.",
                    "date": "2025-06-10"}}}},
}


def create_app(target: str, token: str | None = None, max_body: int = MAX_BODY,
               code_seconds: float = CODE_SECONDS) -> Any:
    """The FastAPI application over the store at ``target`` (migrated once, here)."""
    Store(target).close()  # migrate once; request threads open without migrating
    local = threading.local()
    coder = Coder(code_seconds)

    def store() -> Store:
        if getattr(local, "store", None) is None:
            local.store = Store(target, migrate_schema=False)
            local.store.db.limit_time(QUERY_SECONDS)
        return local.store

    @asynccontextmanager
    async def lifespan(_: Any) -> AsyncIterator[None]:
        yield
        await coder.aclose()  # the server stops: so does any document being coded

    app = _App(title="casus", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
               description="Evidence-backed event records: documents, events, incidents and their disputes.")
    app.state.coder = coder

    @app.exception_handler(Exception)  # Starlette's error layer sends this, inside Guard (so with its headers)
    async def server_errors(request: Request, exc: Exception) -> Any:
        return _error_response(exc)

    # fresh Query objects per parameter: FastAPI must not share one between two parameters
    def page() -> Any:
        return Query(25, ge=1, le=MAX_PAGE)

    def offset_q() -> Any:
        return Query(0, ge=0, le=1_000_000)

    @app.get("/api/health")
    async def health() -> dict[str, Any]:
        return {"casus": __version__, "writable": token is not None}

    @app.get("/api/events")
    def events(start: Day = None, end: Day = None, country: str | None = None, type: str | None = None,
               source: str | None = None, q: str | None = Query(None, max_length=200), bbox: str | None = None,
               incident: str | None = None, limit: int = page(), offset: int = offset_q()) -> Response:
        db = store().db
        try:
            where, params = event_filters(start, end, country, type, source, q, bbox, incident, db.dialect)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        if where:  # one pass over the matches gives both the count and the page
            seqs = [r[0] for r in db.query(f"SELECT e.seq FROM events e {where} ORDER BY e.seq", params)]
            total, wanted = len(seqs), seqs[offset: offset + limit]
            rows = db.query("SELECT record, incident_id FROM events WHERE seq IN"
                            f" ({','.join('?' * len(wanted))}) ORDER BY seq", wanted) if wanted else []
        else:
            total = int(db.query("SELECT COUNT(*) FROM events")[0][0])
            rows = db.query(f"SELECT record, incident_id FROM events ORDER BY seq LIMIT {int(limit)}"
                            f" OFFSET {int(offset)}")
        # the stored JSON goes out as it is, with the incident added: no parsing and re-encoding per request
        items = ",".join(f'{record[:-1]},"incident":{json.dumps(incident)}}}' for record, incident in rows)
        body = f'{{"total":{total},"limit":{limit},"offset":{offset},"items":[{items}]}}'
        return Response(body, media_type="application/json")

    @app.get("/api/incidents")
    def incidents(start: Day = None, end: Day = None, country: str | None = None, type: str | None = None,
                  limit: int = page(), offset: int = offset_q()) -> dict[str, Any]:
        total, items = store().incident_page(start, end, country, type, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/incidents/{incident_id}")
    def incident(incident_id: str) -> dict[str, Any]:
        found = store().incident(incident_id)
        if found is None:
            raise HTTPException(404, "no such incident")
        return found

    @app.get("/api/documents")
    def documents(limit: int = page(), offset: int = offset_q()) -> dict[str, Any]:
        db = store().db
        total = int(db.query("SELECT COUNT(*) FROM documents")[0][0])
        rows = db.query("SELECT id, path, url, title, publisher, published FROM documents ORDER BY seq"
                        f" LIMIT {int(limit)} OFFSET {int(offset)}")
        keys = ("id", "path", "url", "title", "publisher", "published")
        return {"total": total, "limit": limit, "offset": offset, "items": [dict(zip(keys, r, strict=True))
                                                                             for r in rows]}

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        rows = store().db.query("SELECT record FROM documents WHERE id = ?", (doc_id,))
        if not rows:
            raise HTTPException(404, "no such document")
        return json.loads(rows[0][0])

    @app.get("/api/sources")
    def sources(limit: int = Query(500, ge=1, le=2000)) -> list[dict[str, Any]]:
        rows = store().db.query("SELECT claimed_by, COUNT(*) FROM events GROUP BY claimed_by"
                                f" ORDER BY COUNT(*) DESC, claimed_by LIMIT {int(limit)}")
        return [{"name": name, "events": int(n)} for name, n in rows if name]

    @app.get("/api/export")
    def export(format: str = Query(..., pattern="^(plover|acled-csv|geojson)$"), start: Day = None,
               end: Day = None, country: str | None = None, type: str | None = None,
               source: str | None = None) -> Response:
        from casus.exports import write

        where, params = event_filters(start, end, country, type, source, None, None, None)
        found = store().events(where, params, limit=MAX_EXPORT)
        out = io.StringIO()
        write(found, format, out)
        kind, suffix = {"plover": ("application/x-ndjson", "jsonl"), "acled-csv": ("text/csv", "csv"),
                        "geojson": ("application/geo+json", "geojson")}[format]
        return Response(out.getvalue(), media_type=kind,
                        headers={"Content-Disposition": f'attachment; filename="casus-events.{suffix}"'})

    def writer(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]) -> None:
        if token is None:
            raise HTTPException(403, "this server is read-only (start it with --token to accept documents)")
        if credentials is None:
            raise HTTPException(401, "a bearer token is required", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(credentials.credentials.strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    @app.post("/api/documents", status_code=201, dependencies=[Depends(writer)],
              openapi_extra={"requestBody": POSTED},
              responses={413: {"description": f"the body is over the limit ({max_body} bytes by default)"},
                         422: {"description": "not a document, or it could not be coded in time"},
                         503: {"description": "the coding pipeline is busy or could not start"}})
    async def add_document(request: Request) -> dict[str, Any]:
        """Code one document and store it. The body is bounded (413 above the limit) and the coding runs in
        a child process within a time bound (422 past it), so the server keeps answering meanwhile."""
        body = await _bounded_body(request, max_body)
        try:
            record = json.loads(body)
        except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, nested too deep, a huge integer
            raise HTTPException(422, f"request: the body is not a JSON document ({_one_line(exc)})") from None
        if not isinstance(record, dict):
            raise HTTPException(422, "request: the body is not a JSON object")
        _valid_unicode(record)
        try:
            coded = await coder.code(record)
        except CodingRefused as exc:
            raise HTTPException(422, str(exc)) from None
        except CoderUnavailable as exc:
            raise HTTPException(503, str(exc), headers={"Retry-After": "10"}) from None
        stored = await run_in_threadpool(lambda: store().add(coded))
        return {"id": coded.id, "stored": stored, "events": len(coded.events)}

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def app_from_environment() -> Any:
    """The app for ``uvicorn --workers``, which imports it in each worker: store, token and limits from the
    environment that ``casus serve`` sets (CASUS_DB, CASUS_TOKEN, CASUS_MAX_BYTES, CASUS_CODE_SECONDS)."""
    import os

    return create_app(os.environ["CASUS_DB"], token=os.environ.get("CASUS_TOKEN") or None,
                      max_body=int(os.environ.get("CASUS_MAX_BYTES") or MAX_BODY),
                      code_seconds=float(os.environ.get("CASUS_CODE_SECONDS") or CODE_SECONDS))
