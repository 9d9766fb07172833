"""``casus serve``: a JSON API and the analyst's web page over one store.

Read-only unless started with a token: ``POST /api/documents`` then needs
``Authorization: Bearer TOKEN`` (401 without one, 403 with a wrong one).
Article text is attacker-controlled: the API returns it as JSON only, the
page renders it as text, never HTML, and every response carries a
Content-Security-Policy that forbids inline and foreign scripts. Every query
is bounded: page sizes are capped, SQL is parameterised, and a statement
running past ``QUERY_SECONDS`` is aborted (503).
"""

from __future__ import annotations

import hmac
import io
import json
import threading
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from casus import __version__
from casus.errors import CasusError
from casus.store import Store, event_filters

STATIC = Path(__file__).with_name("static")
MAX_PAGE = 200
QUERY_SECONDS = 5.0
MAX_EXPORT = 50_000
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
    """Adds the Content-Security-Policy and friends to every response (plain ASGI: no per-request task)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"] in ("/docs", "/redoc")  # FastAPI's own docs pages load their assets inline

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not docs:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(target: str, token: str | None = None) -> Any:
    """The FastAPI application over the store at ``target`` (migrated once, here)."""
    Store(target).close()  # migrate once; request threads open without migrating
    local = threading.local()
    pipeline_lock = threading.Lock()
    pipeline_holder: dict[str, Any] = {}

    def store() -> Store:
        if getattr(local, "store", None) is None:
            local.store = Store(target, migrate_schema=False)
            local.store.db.limit_time(QUERY_SECONDS)
        return local.store

    app = FastAPI(title="casus", version=__version__,
                  description="Evidence-backed event records: documents, events, incidents and their disputes.")

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(Exception)
    async def database_errors(request: Request, exc: Exception) -> Any:
        if any(isinstance(exc, kind) for kind in store().db.errors):
            store().db.conn.rollback()  # the connection must be usable by the next request
            return JSONResponse({"detail": "the query took too long or failed; narrow it"}, status_code=503)
        raise exc

    # fresh Query objects per parameter: FastAPI must not share one between two parameters
    def page() -> Any:
        return Query(25, ge=1, le=MAX_PAGE)

    def offset_q() -> Any:
        return Query(0, ge=0, le=1_000_000)

    def date_q() -> Any:
        return Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$")

    @app.get("/api/health")
    async def health() -> dict[str, Any]:
        return {"casus": __version__, "writable": token is not None}

    @app.get("/api/events")
    def events(start: str | None = date_q(), end: str | None = date_q(), country: str | None = None,
               type: str | None = None, source: str | None = None, q: str | None = Query(None, max_length=200),
               bbox: str | None = None, incident: str | None = None, limit: int = page(),
               offset: int = offset_q()) -> Response:
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
    def incidents(start: str | None = date_q(), end: str | None = date_q(), country: str | None = None,
                  type: str | None = None, limit: int = page(), offset: int = offset_q()) -> dict[str, Any]:
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
    def export(format: str = Query(..., pattern="^(plover|acled-csv|geojson)$"), start: str | None = date_q(),
               end: str | None = date_q(), country: str | None = None, type: str | None = None,
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

    def writer(authorization: str | None = Header(None)) -> None:
        if token is None:
            raise HTTPException(403, "this server is read-only (start it with --token to accept documents)")
        if not authorization or not authorization.lower().startswith("bearer "):
            raise HTTPException(401, "a bearer token is required", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(authorization[7:].strip().encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    @app.post("/api/documents", status_code=201, dependencies=[Depends(writer)])
    def add_document(record: dict[str, Any]) -> dict[str, Any]:
        from casus.ingest.documents import document_from_record
        from casus.pipeline import default_pipeline

        try:
            doc = document_from_record(record, "request")
        except CasusError as exc:
            raise HTTPException(422, exc.message) from None
        with pipeline_lock:  # one spaCy pipeline per process, used by one request at a time
            if "pipeline" not in pipeline_holder:
                pipeline_holder["pipeline"] = default_pipeline()
            coded = pipeline_holder["pipeline"].run(doc)
        stored = store().add(coded)
        return {"id": doc.id, "stored": stored, "events": len(coded.events)}

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def app_from_environment() -> Any:
    """The app for ``uvicorn --workers``, which imports it in each worker: store and token from the
    environment that ``casus serve`` sets (CASUS_DB, CASUS_TOKEN)."""
    import os

    return create_app(os.environ["CASUS_DB"], token=os.environ.get("CASUS_TOKEN") or None)
