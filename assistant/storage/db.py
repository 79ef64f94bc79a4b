"""The one storage layer over SQLite (the default: a file) and PostgreSQL (a `postgresql://` URL).

SQLite through aiosqlite: a write connection and a read connection per process, WAL, foreign keys.
PostgreSQL through psycopg 3 and its pool (see `assistant/storage/postgres.py`). Both run the same
versioned migrations and the same `?`-placeholder SQL; callers never see which one is underneath.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import aiosqlite
import psycopg

from assistant.storage.files import create_private

# What a broken UNIQUE/FOREIGN KEY constraint raises on either backend; storage modules catch this name,
# never the driver's.
IntegrityError = (sqlite3.IntegrityError, psycopg.IntegrityError)

MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
URL_SCHEMES = ("postgresql://", "postgres://")


class Row(Protocol):
    """A result row: by column name, by index, and `dict(row)`."""

    def __getitem__(self, key: int | str) -> Any: ...

    def keys(self) -> Sequence[str]: ...


class Cursor(Protocol):
    rowcount: int

    async def fetchone(self) -> Any: ...

    async def fetchall(self) -> Iterable[Any]: ...


class Connection(Protocol):
    """What `transaction()` yields: statements inside one transaction."""

    async def execute(self, sql: str, params: Sequence[Any] = ...) -> Cursor: ...

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Cursor: ...

    async def execute_fetchall(self, sql: str, params: Sequence[Any] = ...) -> Iterable[Any]:
        """Executed and read to the end in one call (a RETURNING's rows: no statement left open)."""
        ...


class Reader(Protocol):
    """What read-only storage functions take: a `Database` (each statement sees the latest commit), or inside
    `Database.read_together` the reader that asks all their statements at once (they see one commit)."""

    async def fetchone(self, sql: str, params: Sequence[Any] = ...) -> Row | None: ...

    async def fetchall(self, sql: str, params: Sequence[Any] = ...) -> list[Row]: ...


class _Statement:
    """One read a storage function asks inside `Database.read_together`: answered with the others."""

    def __init__(self, sql: str, params: Sequence[Any]) -> None:
        self.sql, self.params, self.rows = sql, tuple(params), []

    def __await__(self) -> Any:
        yield self
        return self.rows


class _Asking:
    """The Reader `read_together` hands to storage functions: each statement is held until all are asked."""

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return await _Statement(sql, params)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = await _Statement(sql, params)
        return rows[0] if rows else None


Read = Callable[[Reader], Awaitable[Any]]


# aiosqlite has no public call that runs a function of ours on a connection's thread. Database uses its
# private Connection._execute(fn, *args) and Connection._conn (the sqlite3.Connection) so that a read batch
# (read_together) and each statement of a write transaction cost one hand-over to that thread: public calls
# would cost one per statement plus BEGIN and ROLLBACK/COMMIT. pyproject.toml pins aiosqlite to the versions
# the test suite proves; a version without them fails at import with `require_private_api`'s message.


def require_private_api(connection_class: type = aiosqlite.Connection) -> None:
    """Raises at once, with what to do, when aiosqlite lacks the private calls Database relies on."""
    execute = getattr(connection_class, "_execute", None)
    conn = getattr(connection_class, "_conn", None)
    if not (asyncio.iscoroutinefunction(execute) and isinstance(conn, property)):
        raise RuntimeError(
            f"aiosqlite {getattr(aiosqlite, '__version__', '?')} no longer has the private "
            "Connection._execute(fn, *args) coroutine and Connection._conn property that "
            "assistant.storage.db uses to run a function on a connection's thread: install the aiosqlite "
            "version pyproject.toml pins, or port Database.read_together and _WriteTransaction to the new one")


require_private_api()


async def _on_thread(conn: aiosqlite.Connection, function: Callable[..., Any], *args: Any) -> Any:
    """`function(sqlite3_connection, *args)` on the connection's own thread, in one hand-over
    (see require_private_api)."""
    return await conn._execute(function, conn._conn, *args)


def _all_in_one_go(conn: sqlite3.Connection, statements: list[tuple[str, tuple[Any, ...]]]) -> list[list[Row]]:
    """Run on the read connection's own thread: one read transaction, so every statement sees one commit,
    and nothing else runs on the connection in between."""
    conn.execute("BEGIN")
    try:
        return [conn.execute(sql, params).fetchall() for sql, params in statements]
    finally:
        conn.execute("ROLLBACK")


def _in_transaction(conn: sqlite3.Connection, begin: bool, statement: Callable[..., Any], *args: Any) -> Any:
    """A write transaction's statement, run on the write connection's thread: the first takes BEGIN IMMEDIATE
    with it; a later one runs only inside the transaction (never on its own, had BEGIN failed)."""
    if begin:
        conn.execute("BEGIN IMMEDIATE")
    elif not conn.in_transaction:
        raise sqlite3.OperationalError("the transaction did not begin")
    return statement(conn, *args)


def _fetched(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[Any]:
    return conn.execute(sql, params).fetchall()


def _end(conn: sqlite3.Connection, word: str) -> None:
    """COMMIT or ROLLBACK on the connection's thread, after every statement asked before it, if the transaction
    began at all (a caller cancelled before its first statement, or whose BEGIN failed, began none)."""
    if conn.in_transaction:
        conn.execute(word)


class _WriteTransaction:
    """What `transaction()` yields on SQLite: the write connection's calls, each one hand-over to its thread,
    the first carrying BEGIN IMMEDIATE (one hand-over less per transaction)."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn
        self._begun = False

    async def _run(self, statement: Callable[..., Any], *args: Any) -> Any:
        begin, self._begun = not self._begun, True
        return await _on_thread(self._conn, _in_transaction, begin, statement, *args)

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Cursor:
        return aiosqlite.Cursor(self._conn, await self._run(sqlite3.Connection.execute, sql, params))

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> aiosqlite.Cursor:
        return aiosqlite.Cursor(self._conn, await self._run(sqlite3.Connection.executemany, sql, rows))

    async def execute_fetchall(self, sql: str, params: Sequence[Any] = ()) -> Iterable[Any]:
        return await self._run(_fetched, sql, params)


def is_url(target: str | Path) -> bool:
    """True for a PostgreSQL URL, False for a SQLite file path."""
    return str(target).startswith(URL_SCHEMES)


def sqlite_path(target: str | Path) -> Path | None:
    """The SQLite file a database setting names, or None for a PostgreSQL URL."""
    return None if is_url(target) else Path(target)


def shown(target: str | Path) -> str:
    """The database setting as it may be printed or logged: a URL's password hidden."""
    return re.sub(r"^(\w+://[^:/@]+):[^@]*@", r"\1:***@", str(target))


def bundled_migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration file shipped in the package, in order."""
    found = []
    for entry in resources.files("assistant.storage.migrations").iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return found


class Database:
    """Writes go through `transaction()` on the write connection, which serialises them; reads
    (`fetchone`, `fetchall`) use a separate read connection.

    In WAL mode the read connection sees only committed data: a reader never sees another request's
    open transaction half-way (a basket with some of its lines deleted and not yet written back).
    """

    def __new__(cls, target: Path | str) -> Database:
        """`Database(setting)` opens whichever backend the setting names."""
        if cls is Database and is_url(target):
            from assistant.storage.postgres import PostgresDatabase
            return super().__new__(PostgresDatabase)
        return super().__new__(cls)

    # Appended to a SELECT that picks rows to claim: SQLite's write transactions are serial already.
    skip_locked = ""
    # Whether several service instances may share this database (a SQLite file has one serving process).
    shared = False

    def __init__(self, target: Path | str) -> None:
        self.path = Path(target)
        self._conn: aiosqlite.Connection | None = None
        self._reader: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("database is not connected")
        return self._conn

    async def connect(self) -> None:
        create_private(self.path)
        self._conn = await self._open("PRAGMA journal_mode=WAL")
        self._reader = await self._open()

    async def _open(self, *pragmas: str) -> aiosqlite.Connection:
        conn = await aiosqlite.connect(self.path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        for pragma in ("PRAGMA busy_timeout=5000", *pragmas, "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"):
            async with conn.execute(pragma) as cursor:  # closed, so no statement keeps a lock
                await cursor.fetchall()
        return conn

    async def close(self) -> None:
        for conn in (self._reader, self._conn):
            if conn is not None:
                await conn.close()
        self._conn = self._reader = None

    async def __aenter__(self) -> Database:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def migrate(self) -> list[int]:
        """Apply the bundled migrations not yet recorded, all in one transaction (instances starting
        together wait for each other); returns the versions applied now."""
        done = []
        async with self.transaction() as conn:
            for statement in self.prepare_schema():
                await conn.execute(statement)
            applied = {row[0] for row in await (await conn.execute("SELECT version FROM schema_version")).fetchall()}
            for version, name, sql in bundled_migrations():
                if version in applied:
                    continue
                # executescript would COMMIT on its own; run statement by statement instead.
                for statement in split_sql(sql):
                    await conn.execute(self.ddl(statement))
                await conn.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                                   (version, name, time.time()))
                done.append(version)
        return done

    def prepare_schema(self) -> list[str]:
        """Statements run before the migrations: the table recording which ones ran."""
        return ["CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL)"]

    def ddl(self, statement: str) -> str:
        """A migration statement in this backend's dialect (the migrations are written for SQLite)."""
        return statement

    async def schema_version(self) -> int:
        row = await self.fetchone("SELECT COALESCE(MAX(version), 0) FROM schema_version")
        return int(row[0]) if row else 0

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception. BEGIN goes to the connection's thread with
        the first statement (see `_WriteTransaction`), ROLLBACK or COMMIT as one more trip."""
        async with self._write_lock:
            transaction = _WriteTransaction(self.conn)
            try:
                yield transaction
            except BaseException:
                await _on_thread(self.conn, _end, "ROLLBACK")
                raise
            else:
                await _on_thread(self.conn, _end, "COMMIT")

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """A single write in its own transaction; returns the number of rows it changed.

        SQLite runs a lone statement on the autocommit connection as a transaction of its own, so it needs no
        BEGIN and COMMIT around it: one hand-over to the connection's thread instead of three, under the write
        lock (never inside another caller's transaction). No RETURNING: its rows would keep the statement open."""
        check_lone_write(sql)
        async with self._write_lock:
            cursor = await self.conn.execute(sql, params)
            return cursor.rowcount

    async def read_together(self, *reads: Read) -> list[Any]:
        """What several storage read functions return, each of one statement (`fetchone` / `fetchall` on the
        Reader it is given), asked in ONE trip to the database and seeing one committed state: a request's
        independent reads cost one wait for the database's thread (on a busy machine, one wait for a core)
        instead of one each, and need no snapshot's BEGIN and ROLLBACK trips around them.

        Each function runs up to its statement here, the statements go to the database together
        (`_run_together`), and each function then finishes with its rows."""
        asking = _Asking()
        coros = [read(asking) for read in reads]
        pending: list[tuple[int, _Statement]] = []
        results: list[Any] = [None] * len(coros)
        try:
            for i, coro in enumerate(coros):
                try:
                    asked = coro.send(None)
                except StopIteration as done:  # answered without asking anything
                    results[i] = done.value
                    continue
                if not isinstance(asked, _Statement):
                    raise RuntimeError("read_together takes storage reads that only ask the database")
                pending.append((i, asked))
            answers = await self._run_together([(s.sql, s.params) for _, s in pending])
            for (i, statement), rows in zip(pending, answers, strict=True):
                statement.rows = list(rows)
                try:
                    coros[i].send(None)
                except StopIteration as done:
                    results[i] = done.value
                else:
                    raise RuntimeError("read_together takes reads of one statement each")
        finally:
            for coro in coros:
                coro.close()  # those not run to their end (a failure, or cancelled while waiting)
        return results

    async def _run_together(self, statements: list[tuple[str, tuple[Any, ...]]]) -> list[list[Row]]:
        """The statements in one read transaction, in one hand-over to the read connection's thread
        (`_on_thread`, as aiosqlite's own calls run there). The function holds the transaction
        from BEGIN to ROLLBACK, so a caller cancelled meanwhile leaves the connection as it found it."""
        if not statements:
            return []
        return await _on_thread(self.reader, _all_in_one_go, statements)

    @property
    def reader(self) -> aiosqlite.Connection:
        if self._reader is None:
            raise RuntimeError("database is not connected")
        return self._reader

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        """Committed data only (autocommit read connection: each statement is its own snapshot).
        For queries of one row (a key, an aggregate, LIMIT 1): see `fetchall`."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Executed and read to the end in one call on the connection's thread: one hand-over each way
        instead of three (execute, fetch, close), and no statement left open between them, so no read
        holds its snapshot for the next. Reads need no lock, then: the thread runs them one after another
        in the order asked, and reads gathered together (`asyncio.gather`) go over in one hand-over rather
        than one each (they used to wait for each other's answer to reach the event loop first)."""
        return list(await self.reader.execute_fetchall(sql, params))


async def together(statements: Iterable[Awaitable[Any]]) -> list[Any]:
    """Statements of one transaction that need not wait for each other's answers, handed to its connection
    together: they run in the order given (on SQLite all in one hand-over to the connection's thread, on
    PostgreSQL one after another on the transaction's connection), and all have ended before the first
    failure is raised, so that none runs on after the caller's rollback."""
    results = await asyncio.gather(*statements, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results


def check_lone_write(sql: str) -> None:
    """`execute` is for writes whose rows nobody reads: RETURNING goes through `transaction()`, on both
    backends alike."""
    if "RETURNING" in sql.upper():
        raise ValueError("Database.execute takes no RETURNING: use transaction() and read the row")


def split_sql(script: str) -> list[str]:
    """Split a migration script into statements (our migrations hold no triggers or ';' in strings)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
