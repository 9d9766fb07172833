"""The two databases casus stores into: an SQLite file (default) and PostgreSQL (for teams).

Both speak the same SQL here, written with ``?`` placeholders; the
PostgreSQL connection rewrites them to psycopg's ``%s``. Each document is
written in one transaction, so a killed ingest leaves whole documents only.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

from casus.errors import CasusError, Err

NO_STORE = "no such store (only 'casus ingest' creates one)"
NOT_A_STORE = "holds no casus store (only 'casus ingest' creates one)"


class Backend:
    """A DB-API connection with the few calls the store needs."""

    dialect = "sqlite"
    blob = "BLOB"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def sql(self, statement: str) -> str:
        return statement

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self.sql(statement), tuple(params))
        return cur

    def query(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.execute(statement, params).fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            yield
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    @contextmanager
    def write_transaction(self) -> Iterator[None]:
        """A transaction that holds the store's write lock from its start (``BEGIN IMMEDIATE``), so what it
        reads (the next sequence number, the incidents to link to) cannot change before it writes: two
        ``casus ingest`` into one store queue for it instead of taking the same number."""
        if self.conn.in_transaction:
            self.conn.commit()
        self.conn.execute("BEGIN IMMEDIATE")
        with self.transaction():
            yield

    def close(self) -> None:
        self.conn.close()

    def limit_time(self, seconds: float) -> None:
        """Abort any statement running longer than ``seconds`` (the HTTP API bounds every query)."""


def _wal(conn: sqlite3.Connection, tries: int = 100) -> None:
    """Switch to WAL. Two processes opening a new store at once can get "database is locked" here at once,
    without the busy timeout's wait (seen once in the two-ingests test under load): wait and retry."""
    import time

    for attempt in range(tries):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(0.1)


class SqliteBackend(Backend):
    def __init__(self, path: str, create: bool = True) -> None:
        try:
            if create:
                conn = sqlite3.connect(path, timeout=30)
            else:  # mode=rw: an existing file only, never a new empty one
                conn = sqlite3.connect(f"file:{quote(path, safe='/')}?mode=rw", timeout=30, uri=True)
                if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'casus_schema'").fetchall():
                    conn.close()  # before the pragmas below, which would write to the file
                    raise CasusError(Err.E301, path, detail=NOT_A_STORE)
            _wal(conn)  # readers (casus serve) never block the writer
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            detail = "not an SQLite database" if "not a database" in str(exc) else str(exc)
            if not create and not os.path.exists(path):
                detail = NO_STORE
            raise CasusError(Err.E301, path, detail=detail) from None
        super().__init__(conn)

    def limit_time(self, seconds: float) -> None:
        import time

        state = {"deadline": 0.0}

        def check() -> int:
            return 1 if state["deadline"] and time.monotonic() > state["deadline"] else 0

        def arm(statement: str, params: Sequence[Any] = ()) -> Any:
            state["deadline"] = time.monotonic() + seconds
            try:
                return Backend.execute(self, statement, params)
            finally:
                state["deadline"] = 0.0

        self.conn.set_progress_handler(check, 200_000)  # a check every ~ms, not every few µs
        self.execute = arm  # type: ignore[method-assign]


WRITER_LOCK = 0x63617375  # "casu": the advisory lock key of casus writers


class PostgresBackend(Backend):
    dialect = "postgresql"
    blob = "BYTEA"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise CasusError(Err.E302, url, detail="psycopg is not installed (pip install 'casus[postgres]')") \
                from None
        try:
            # autocommit: a read never leaves a transaction open; writes use explicit transactions
            conn = psycopg.connect(url, connect_timeout=10, autocommit=True)
        except psycopg.Error as exc:
            raise CasusError(Err.E301, redacted(url), detail=str(exc).strip().splitlines()[0]) from None
        super().__init__(conn)
        self.errors = (psycopg.Error,)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    @contextmanager
    def write_transaction(self) -> Iterator[None]:
        """A transaction holding the store's one writer lock (a transaction-scoped advisory lock): writers
        run one after the other, so sequence numbers and incident links are read and written atomically."""
        with self.conn.transaction():
            self.execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))
            yield

    def limit_time(self, seconds: float) -> None:
        self.execute(f"SET statement_timeout = {int(seconds * 1000)}")

    def sql(self, statement: str) -> str:
        return statement.replace("%", "%%").replace("?", "%s")


def redacted(url: str) -> str:
    """A connection string fit for an error message."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return url


def connect(target: str, create: bool = True) -> Backend:
    """``postgresql://…`` (or ``postgres://…``) is a PostgreSQL server; anything else an SQLite file, made
    when missing only if ``create`` (a PostgreSQL database is never created: its server must hold it)."""
    if target.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(target)
    return SqliteBackend(target, create)
