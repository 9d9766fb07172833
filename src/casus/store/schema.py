"""The store's tables, as numbered migrations applied in order (one schema for SQLite and PostgreSQL).

A store records the version it was migrated to; opening it applies the
missing migrations, and refuses a store from a newer casus.
"""

from __future__ import annotations

from casus.errors import CasusError, Err
from casus.store.backend import Backend, redacted

MIGRATIONS: list[list[str]] = [
    [  # 1: documents with their raw input, events, incidents
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            path TEXT NOT NULL,
            url TEXT,
            title TEXT,
            publisher TEXT,
            published TEXT,
            input_format TEXT NOT NULL,
            casus_version TEXT NOT NULL,
            record TEXT NOT NULL
        )""",
        """CREATE TABLE raw_inputs (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id),
            data {blob} NOT NULL
        )""",
        """CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,
            countries TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL
        )""",
        "CREATE INDEX incidents_time ON incidents (start_date, end_date)",
        """CREATE TABLE events (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            event_id TEXT NOT NULL,
            event TEXT NOT NULL,
            quad TEXT NOT NULL,
            status TEXT NOT NULL,
            start_date TEXT,
            end_date TEXT,
            countries TEXT NOT NULL,
            incident_id TEXT REFERENCES incidents(id),
            record TEXT NOT NULL,
            PRIMARY KEY (doc_id, event_id)
        )""",
        "CREATE INDEX events_time ON events (start_date)",
        "CREATE INDEX events_incident ON events (incident_id)",
    ],
    [  # 2: linking looks incidents up by the end of their window
        "CREATE INDEX incidents_end ON incidents (end_date)",
    ],
    [  # 3: what the HTTP API filters events on (rows stored before are filled by `casus recode`)
        "ALTER TABLE events ADD COLUMN lat DOUBLE PRECISION",
        "ALTER TABLE events ADD COLUMN lon DOUBLE PRECISION",
        "ALTER TABLE events ADD COLUMN claimed_by TEXT",
        "ALTER TABLE events ADD COLUMN evidence TEXT",
        "CREATE INDEX events_place ON events (lat, lon)",
    ],
    [  # 4: events in ingest order without sorting (the API pages through them)
        "ALTER TABLE events ADD COLUMN seq INTEGER",
        "CREATE INDEX events_seq ON events (seq)",
    ],
    [  # 5: indexed filters for the API: events by country, by type and date
        "CREATE TABLE event_countries (seq INTEGER NOT NULL, country TEXT NOT NULL)",
        "CREATE INDEX event_countries_country ON event_countries (country, seq)",
        "CREATE INDEX event_countries_seq ON event_countries (seq)",
        "CREATE INDEX events_type_time ON events (event, start_date)",
    ],
    [  # 6: an event's day (its start, else its end) for date filters
        "CREATE INDEX events_day ON events ((COALESCE(start_date, end_date)))",
        "CREATE INDEX events_type_day ON events (event, (COALESCE(start_date, end_date)))",
    ],
    [  # 7: the undated events no incident holds yet (offered to each incident a document starts)
        "CREATE TABLE pending_undated (seq INTEGER PRIMARY KEY)",
    ],
]
VERSION = len(MIGRATIONS)


def migrate(db: Backend, name: str) -> None:
    """Bring the store to ``VERSION``; each migration is one transaction under the write lock, so two
    ingests opening a new store at once apply each migration once. A store already at ``VERSION`` is only
    read."""
    found = _version(db)
    if found is not None and found >= VERSION:
        if found > VERSION:
            raise CasusError(Err.E303, redacted(name), found=found, known=VERSION)
        return
    with db.write_transaction():
        db.execute("CREATE TABLE IF NOT EXISTS casus_schema (version INTEGER NOT NULL)")
        rows = db.query("SELECT version FROM casus_schema")
        if not rows:
            db.execute("INSERT INTO casus_schema (version) VALUES (0)")
    while True:
        with db.write_transaction():
            found = int(db.query("SELECT version FROM casus_schema")[0][0])
            if found > VERSION:
                raise CasusError(Err.E303, redacted(name), found=found, known=VERSION)
            if found == VERSION:
                return
            for statement in MIGRATIONS[found]:
                db.execute(statement.format(blob=db.blob))
            db.execute("UPDATE casus_schema SET version = ?", (found + 1,))


def _version(db: Backend) -> int | None:
    """The store's schema version, None when it has none yet (a read: no lock)."""
    try:
        rows = db.query("SELECT version FROM casus_schema")
    except db.errors:
        if db.dialect == "sqlite" and db.conn.in_transaction:
            db.conn.rollback()
        return None
    return int(rows[0][0]) if rows else None
