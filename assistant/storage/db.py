"""SQLite through aiosqlite: a write connection and a read connection per process, WAL, foreign keys,
versioned migrations."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

# What a broken UNIQUE/FOREIGN KEY constraint raises; storage modules catch this name, never the driver's.
IntegrityError = sqlite3.IntegrityError

MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


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

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn: aiosqlite.Connection | None = None
        self._reader: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError("database is not connected")
        return self._conn

    async def connect(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
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
        """Apply the bundled migrations not yet recorded; returns the versions applied now."""
        await self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL)"
        )
        applied = {row[0] for row in await self.fetchall("SELECT version FROM schema_version")}
        done = []
        for version, name, sql in bundled_migrations():
            if version in applied:
                continue
            async with self.transaction() as conn:
                # executescript would COMMIT on its own; run statement by statement instead.
                for statement in split_sql(sql):
                    await conn.execute(statement)
                await conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, time.time()),
                )
            done.append(version)
        return done

    async def schema_version(self) -> int:
        row = await self.fetchone("SELECT COALESCE(MAX(version), 0) FROM schema_version")
        return int(row[0]) if row else 0

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
        async with self._write_lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            else:
                await self.conn.execute("COMMIT")

    async def execute(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> int:
        """A single write in its own transaction; returns lastrowid."""
        async with self.transaction() as conn:
            cursor = await conn.execute(sql, params)
            return cursor.lastrowid or 0

    @property
    def reader(self) -> aiosqlite.Connection:
        if self._reader is None:
            raise RuntimeError("database is not connected")
        return self._reader

    async def fetchone(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> aiosqlite.Row | None:
        """Committed data only (autocommit read connection: each statement is its own snapshot)."""
        async with self.reader.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> list[aiosqlite.Row]:
        async with self.reader.execute(sql, params) as cursor:
            return list(await cursor.fetchall())


def split_sql(script: str) -> list[str]:
    """Split a migration script into statements (our migrations hold no triggers or ';' in strings)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
