"""Where a store lives: a SQLite file or a PostgreSQL database, one code path for both.

SQLite: WAL journal (readers never wait for the writer), a long busy timeout, and
``BEGIN IMMEDIATE`` for every write transaction, so two processes writing one
case file take turns instead of failing. PostgreSQL: ordinary transactions; a
writer locks its case's row (``SELECT ... FOR UPDATE``) before it numbers new
inputs and articles. Migrations (Alembic, shipped in the package) run when a
store is opened, under a lock, so an older case file is upgraded in place.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from ..errors import ConfigError

BUSY_TIMEOUT_MS = 120_000  # a writer waits this long for another to finish before giving up
_MIGRATION_LOCK = 0x72617368  # PostgreSQL advisory lock key held while migrating ("rash")
HEAD = "0003"  # the newest migration


def is_url(target: str) -> bool:
    return "://" in target


def engine_for(target: str | Path) -> Engine:
    """An engine for a SQLite path or a ``postgresql://`` URL."""
    target = str(target)
    if not is_url(target):
        return _sqlite(Path(target))
    try:
        url = make_url(target)
    except ArgumentError:
        raise ConfigError(f"not a store URL: {target!r}; give a file path or postgresql://user@host/db") from None
    if url.get_backend_name() == "sqlite":
        return _sqlite(Path(url.database or ""))
    if url.get_backend_name() != "postgresql":
        raise ConfigError(f"unsupported store {url.drivername!r}; use a file path (SQLite) or postgresql://...")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        from ..errors import MissingDependency

        raise MissingDependency("a PostgreSQL store needs psycopg: pip install 'rashomon[postgres]'") from None
    url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def _sqlite(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver leaves transactions to us (see _begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _journal_wal(cur)
        cur.execute("PRAGMA foreign_keys = ON")
        # WAL's own safe setting: a commit is not synced to disk at once, so a power cut may lose the last ones;
        # a killed process loses nothing committed, and the file is never left inconsistent either way
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("rashomon_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _journal_wal(cur: Any) -> None:
    """Switch the file to the WAL journal, taking turns with other processes doing the same.

    SQLite answers "database is locked" at once, without waiting out the busy timeout, when another connection
    holds a lock while this one changes the journal mode: two processes creating one case file at the same moment
    meet exactly that. So the switch is tried again, with a growing pause, for as long as a writer would wait.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


@contextlib.contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction: committed when the block ends, rolled back on any error (or a kill)."""
    with engine.connect().execution_options(rashomon_write=True) as conn, conn.begin():
        yield conn


@contextlib.contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read transaction: one consistent snapshot of the store."""
    with engine.connect() as conn, conn.begin():
        yield conn


def migrate(engine: Engine, revision: str = HEAD) -> None:
    """Bring the store to ``revision`` (the newest by default), creating it when empty; a no-op when it is there."""
    with writing(engine) as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        if _stamped(conn) == revision:
            return  # (Alembic, a tenth of a second of imports, is loaded only to upgrade)
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(resources.files("rashomon.store").joinpath("migrations")))
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def _stamped(conn: Connection) -> str | None:
    """The revision the store is stamped with, read without Alembic; None when unstamped, several, or unreadable."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def current_revision(conn: Connection) -> str | None:
    from alembic.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()
