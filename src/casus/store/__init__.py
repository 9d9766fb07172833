"""The store: documents (with their raw input), their events, and the incidents that link them.

``casus ingest`` writes one document per transaction: the record, the raw
input (zlib-compressed, for ``casus recode``), its events, and their links
to incidents. A document already stored (same sha256 of the raw input) is
skipped, so re-ingesting a corpus adds nothing, and an ingest killed at any
point leaves only whole documents.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any

from casus import __version__
from casus.errors import CasusError, Err
from casus.incidents import incident_record
from casus.incidents.holders import enrich
from casus.incidents.link import link_event, linkable, park, relink_undated
from casus.model import Document
from casus.store.backend import NOT_A_STORE, Backend, connect, redacted
from casus.store.schema import migrate


class Store:
    """One casus store (an SQLite file or a PostgreSQL database)."""

    def __init__(self, target: str, migrate_schema: bool = True, create: bool = True) -> None:
        """Open the store at ``target``; unless ``create``, only a casus store that is already there (the
        commands that read a store refuse a mistyped name rather than make an empty store under it)."""
        self.target = target
        self.db: Backend = connect(target, create)
        if not create:
            try:
                self.db.query("SELECT version FROM casus_schema")
            except self.db.errors:
                self.db.close()
                raise CasusError(Err.E301, redacted(target), detail=NOT_A_STORE) from None
        if not migrate_schema:
            return
        try:
            migrate(self.db, target)
        except self.db.errors as exc:
            self.db.close()
            raise CasusError(Err.E302, redacted(target), detail=str(exc).strip().splitlines()[0]) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return bool(self.db.query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def add(self, doc: Document, replace: bool = False) -> bool:
        """Store a coded document and link its events; False when it was already there."""
        record = doc.to_json()
        with self.db.write_transaction():  # the sequence numbers are read under the write lock
            found = self.db.query("SELECT seq FROM documents WHERE id = ?", (doc.id,))
            if found and not replace:
                return False
            if found:  # recoding keeps the document's place in the ingest order
                seq = int(found[0][0])
                self._remove(doc.id)
            else:
                seq = self._next("documents")
            self.db.execute(
                "INSERT INTO documents (id, seq, path, url, title, publisher, published, input_format, casus_version,"
                " record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, seq, doc.path, doc.url, doc.title, doc.publisher, doc.published.date, doc.input_format,
                 __version__, json.dumps(record, ensure_ascii=False)))
            if doc.raw is not None:
                self.db.execute("INSERT INTO raw_inputs (doc_id, data) VALUES (?, ?)",
                                (doc.id, zlib.compress(doc.raw, 6)))
            first_new = self._next("incidents")
            for event in enrich(record):
                self._add_event(event)
            started = [(i, c) for i, c in self.db.query("SELECT id, countries FROM incidents WHERE seq >= ?",
                                                        (first_new,))]
            for seq, incident_id in relink_undated(self.db, started) if started else []:
                self.db.execute("UPDATE events SET incident_id = ? WHERE seq = ?", (incident_id, seq))
        return True

    def _add_event(self, event: dict[str, Any]) -> None:
        countries = sorted(_countries(event))
        incident = link_event(self.db, event, self._next) if linkable(event) else None
        place = next((loc for loc in event["locations"]), None)
        seq = self._next("events")
        self.db.execute(
            "INSERT INTO events (doc_id, event_id, event, quad, status, start_date, end_date, countries, incident_id,"
            " record, lat, lon, claimed_by, evidence, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event["doc_id"], event["id"], event["event"], event["quad"], event["status"], event["time"]["start"],
             event["time"]["end"], "|" + "|".join(countries) + "|", incident,
             json.dumps(event, ensure_ascii=False), place["lat"] if place else None, place["lon"] if place else None,
             event["said_by"]["name"], event["evidence"]["text"], seq))
        for country in countries:
            self.db.execute("INSERT INTO event_countries (seq, country) VALUES (?, ?)", (seq, country))
        park(self.db, seq, event, incident)

    def _remove(self, doc_id: str) -> None:
        for table in ("event_countries", "pending_undated"):
            self.db.execute(f"DELETE FROM {table} WHERE seq IN (SELECT seq FROM events WHERE doc_id = ?)",
                            (doc_id,))
        self.db.execute("DELETE FROM events WHERE doc_id = ?", (doc_id,))
        self.db.execute("DELETE FROM raw_inputs WHERE doc_id = ?", (doc_id,))
        self.db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        self.db.execute("DELETE FROM incidents WHERE id NOT IN (SELECT incident_id FROM events"
                        " WHERE incident_id IS NOT NULL)")

    def _next(self, table: str) -> int:
        return int(self.db.query(f"SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}")[0][0])

    # -- reading ----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {table: int(self.db.query(f"SELECT COUNT(*) FROM {table}")[0][0])
                for table in ("documents", "events", "incidents", "raw_inputs")}

    def raw_inputs(self) -> Iterator[tuple[str, str, str, bytes]]:
        """(doc id, path, input format, raw bytes) of every stored document, in ingest order."""
        for doc_id, path, fmt, data in self.db.query(
                "SELECT d.id, d.path, d.input_format, r.data FROM documents d JOIN raw_inputs r ON r.doc_id = d.id"
                " ORDER BY d.seq"):
            yield doc_id, path, fmt, zlib.decompress(bytes(data))

    def records(self) -> Iterator[dict[str, Any]]:
        for (record,) in self.db.query("SELECT record FROM documents ORDER BY seq"):
            yield json.loads(record)

    def events(self, where: str = "", params: tuple[Any, ...] = (), limit: int | None = None,
               offset: int = 0) -> list[dict[str, Any]]:
        """Event records (with their incident) matching ``where`` on ``events e``, in the order they were
        stored, optionally one page of them."""
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        rows = self.db.query(f"SELECT e.record, e.incident_id FROM events e {where} ORDER BY e.seq{page}", params)
        return [{**json.loads(record), "incident": incident} for record, incident in rows]

    def incidents(self, start: str | None = None, end: str | None = None, country: str | None = None,
                  event_type: str | None = None) -> list[dict[str, Any]]:
        """Incident records (SCHEMA.md) overlapping [start, end], involving ``country``, with ``event_type``."""
        return self.incident_page(start, end, country, event_type)[1]

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        events = self.events("WHERE e.incident_id = ?", (incident_id,))
        window = self.db.query("SELECT start_date, end_date FROM incidents WHERE id = ?", (incident_id,))
        return incident_record(incident_id, events, tuple(window[0]) if window else None) if events else None

    def incident_page(self, start: str | None = None, end: str | None = None, country: str | None = None,
                      event_type: str | None = None, limit: int | None = None,
                      offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """(how many incidents match, the records of ``limit`` of them from ``offset``)."""
        clauses, params = [], []
        if start:
            clauses.append("end_date >= ?")
            params.append(start)
        if end:
            clauses.append("start_date <= ?")
            params.append(end)
        if country:
            clauses.append("countries LIKE ?")
            params.append(f"%|{country.upper()}|%")
        if event_type:
            clauses.append("id IN (SELECT incident_id FROM events WHERE event = ?)")
            params.append(event_type.upper())
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        total = int(self.db.query(f"SELECT COUNT(*) FROM incidents {where}", tuple(params))[0][0])
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        out = []
        for incident_id, first, last in self.db.query(
                f"SELECT id, start_date, end_date FROM incidents {where} ORDER BY seq{page}", tuple(params)):
            out.append(incident_record(incident_id, self.events("WHERE e.incident_id = ?", (incident_id,)),
                                       (first, last)))
        return total, out


def event_filters(start: str | None, end: str | None, country: str | None, event_type: str | None,
                   source: str | None, q: str | None, bbox: str | None,
                   incident: str | None, dialect: str = "sqlite") -> tuple[str, tuple[Any, ...]]:
    """SQL conditions on ``events e`` for the API's and ``casus export``'s filters. Dates select the events
    whose day (their start, else their end) lies in [start, end]; ``bbox`` is west,south,east,north."""
    clauses, params = [], []
    if start:
        clauses.append("COALESCE(e.start_date, e.end_date) >= ?")
        params.append(start)
    if end:
        clauses.append("COALESCE(e.start_date, e.end_date) <= ?")
        params.append(end)
    if country:
        clauses.append("e.seq IN (SELECT seq FROM event_countries WHERE country = ?)")
        params.append(country.upper())
    if event_type:
        clauses.append("e.event = ?")
        params.append(event_type.upper())
    if source:
        clauses.append("e.claimed_by = ?")
        params.append(source)
    if q:  # LIKE ignores ASCII case in SQLite; PostgreSQL's ILIKE does the same; % and _ in q are literal
        clauses.append("e.evidence LIKE ? ESCAPE '\\'" if dialect == "sqlite" else "e.evidence ILIKE ? ESCAPE '\\'")
        literal = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{literal}%")
    if incident:
        clauses.append("e.incident_id = ?")
        params.append(incident)
    if bbox:
        try:
            west, south, east, north = (float(x) for x in bbox.split(","))
        except ValueError:
            raise ValueError("bbox is west,south,east,north in degrees") from None
        clauses.append("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
        params += [south, north, west, east]
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), tuple(params)


def _countries(event: dict[str, Any]) -> set[str]:
    """The countries an event involves: its participants' and its places'."""
    return {a["country"] for a in event["actors"] + event["recipients"] if a.get("country")} | {
        loc["country"] for loc in event["locations"] if loc.get("country")}


def open_store(target: str) -> Store:
    return Store(target)
