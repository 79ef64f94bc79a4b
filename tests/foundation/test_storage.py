"""The database (a SQLite file, or PostgreSQL): foreign keys, migrations recorded once, transactions atomic."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import suppress

import aiosqlite
import psycopg
import psycopg.waiting
import pytest

from assistant.storage.db import (
    Database,
    IntegrityError,
    _in_transaction,
    bundled_migrations,
    require_private_api,
    together,
)


async def test_migrations_applied_once_and_recorded(settings, backend):
    bundled = [v for v, _, _ in bundled_migrations()]
    async with Database(settings.db) as db:
        first = await db.migrate()
        # A new SQLite file is empty; a test's PostgreSQL database is a copy of the session's migrated template.
        assert first == (bundled if backend == "sqlite" else [])
        assert await db.migrate() == []
        rows = await db.fetchall("SELECT version, name FROM schema_version ORDER BY version")
        assert [r["version"] for r in rows] == bundled
    async with Database(settings.db) as db:  # a restart applies nothing new either
        assert await db.migrate() == []
        assert await db.schema_version() == bundled[-1]


async def test_foreign_keys_are_enforced(db, backend):
    if backend == "sqlite":
        assert (await db.fetchone("PRAGMA journal_mode"))[0] == "wal"
        assert (await db.fetchone("PRAGMA foreign_keys"))[0] == 1
    with pytest.raises(IntegrityError):
        await db.execute("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
                         " VALUES ('x', 999, 'c', 0, 1)")


async def test_transaction_rolls_back_on_error(db):
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO users (username, password_hash, role, created_at)"
                               " VALUES ('anna', 'h', 'staff', 0)")
            raise RuntimeError("avbrutet")
    assert (await db.fetchone("SELECT COUNT(*) FROM users"))[0] == 0


async def test_the_service_starts_on_an_existing_database(aiohttp_client, app, settings):
    async with Database(settings.db) as db:
        await db.migrate()
    client = await aiohttp_client(app)
    assert (await (await client.get("/healthz")).json())["db"] == "ok"


async def test_healthz_reports_version_db_catalog_and_speech(aiohttp_client, app, settings, tmp_path):
    from assistant import __version__
    from assistant.catalog.loading import demo_catalog_path, import_catalog

    async with Database(settings.db) as db:
        await db.migrate()
        imported = await import_catalog(db, demo_catalog_path(), "demo")
    client = await aiohttp_client(app)
    body = await (await client.get("/healthz")).json()
    assert body["status"] == "ok" and body["version"] == __version__ and body["db"] == "ok"
    assert body["catalog"] == {"products": imported.inserted}
    assert isinstance(body["speech"]["available"], bool)


async def test_a_writer_cancelled_while_its_transaction_begins_leaves_the_database_usable(db):
    """A cancelled task (a stopping outbox worker, a client gone) must not leave the write connection inside
    a transaction that nobody will end: the next write would fail for everyone."""

    async def writer() -> None:
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO users (username, password_hash, role, created_at)"
                               " VALUES ('anna', 'h', 'staff', 0)")

    task = asyncio.create_task(writer())
    await asyncio.sleep(0)  # the writer now waits for its BEGIN
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await db.execute("INSERT INTO users (username, password_hash, role, created_at) VALUES ('bo', 'h', 'staff', 0)")
    assert [r["username"] for r in await db.fetchall("SELECT username FROM users")] == ["bo"]


async def _add_user(db: Database, name: str) -> None:
    await db.execute("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, 'h', 'staff', 0)",
                     (name,))


async def _user_count(reader) -> int:
    return int((await reader.fetchone("SELECT COUNT(*) FROM users"))[0])


async def test_reads_gathered_together_each_get_their_own_answer_and_see_every_commit(db):
    """Reads take no lock (each is executed and read to the end in one go): many at once, interleaved
    with writes, each answers its own query, and a read asked after a commit sees it."""
    for n in range(20):
        await db.execute("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, 'h', 'staff', ?)",
                         (f"user{n}", n))

    async def write_then_read(n: int) -> tuple[int, str]:
        await db.execute("UPDATE users SET role = 'admin' WHERE username = ?", (f"user{n}",))
        row = await db.fetchone("SELECT role FROM users WHERE username = ?", (f"user{n}",))
        return n, row["role"]

    reads = [db.fetchone("SELECT username, created_at FROM users WHERE username = ?", (f"user{n}",))
             for n in range(20)]
    answers = await asyncio.gather(*reads, *[write_then_read(n) for n in range(0, 20, 2)],
                                   db.fetchall("SELECT username FROM users ORDER BY created_at"))
    assert [(row["username"], row["created_at"]) for row in answers[:20]] == [(f"user{n}", n) for n in range(20)]
    assert answers[20:30] == [(n, "admin") for n in range(0, 20, 2)]
    assert [row["username"] for row in answers[30]] == [f"user{n}" for n in range(20)]


async def test_a_lone_write_waits_for_an_open_transaction_and_is_not_part_of_it(db):
    """`execute` (one statement, no BEGIN/COMMIT on SQLite) never lands inside another caller's
    transaction: that one rolling back leaves it written."""
    started = asyncio.Event()

    async def rolled_back() -> None:
        with pytest.raises(RuntimeError):
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO users (username, password_hash, role, created_at)"
                                   " VALUES ('bertil', 'h', 'staff', 0)")
                started.set()
                await asyncio.sleep(0.05)  # the lone write is asked for meanwhile
                raise RuntimeError("avbrutet")

    async def lone() -> int:
        await started.wait()
        return await db.execute("INSERT INTO users (username, password_hash, role, created_at)"
                                " VALUES ('anna', 'h', 'staff', 0)")

    _, changed = await asyncio.gather(rolled_back(), lone())
    assert changed == 1
    assert [r["username"] for r in await db.fetchall("SELECT username FROM users")] == ["anna"]
    with pytest.raises(ValueError):
        await db.execute("DELETE FROM users WHERE username = 'anna' RETURNING id")


async def _usernames(reader) -> list[str]:
    return [r["username"] for r in await reader.fetchall("SELECT username FROM users ORDER BY username")]


def test_the_installed_aiosqlite_has_the_private_calls_sqlite_storage_runs_on():
    """db.py hands functions to aiosqlite's connection thread by its private Connection._execute and
    Connection._conn (pyproject.toml pins the versions this proves); checked when db.py is imported."""
    require_private_api()


@pytest.mark.parametrize("changed", ["_execute", "_conn"])
def test_an_aiosqlite_without_those_private_calls_fails_loudly_with_what_to_do(monkeypatch, changed):
    monkeypatch.delattr(aiosqlite.Connection, changed)
    with pytest.raises(RuntimeError, match=r"no longer has the private Connection\._execute.*pyproject\.toml pins"):
        require_private_api()


async def test_reads_together_each_get_their_answer_in_order(db):
    """Storage reads asked in one trip: each function finishes with its own rows; one that asks nothing
    still answers."""
    await _add_user(db, "anna")
    await _add_user(db, "bertil")

    async def nothing_to_ask(reader) -> str:
        return "klart"

    count, names, none, answer = await db.read_together(
        _user_count, _usernames,
        lambda r: r.fetchone("SELECT username FROM users WHERE username = ?", ("cecilia",)), nothing_to_ask)
    assert (count, names, none, answer) == (2, ["anna", "bertil"], None, "klart")
    assert await db.read_together() == []


async def test_reads_together_refuse_a_read_of_two_statements_and_leave_reads_fresh(db):
    async def two_statements(reader) -> int:
        await _user_count(reader)
        return await _user_count(reader)

    with pytest.raises(RuntimeError, match="one statement each"):
        await db.read_together(_usernames, two_statements)
    await _add_user(db, "anna")  # no read transaction was left open: the next reads see this commit
    assert await db.read_together(_user_count) == [1]
    assert await _user_count(db) == 1


async def test_reads_together_failing_or_cancelled_leave_reads_fresh(db, backend, monkeypatch):
    """Cancelled at any turn of the event loop, a read leaves no transaction open on its connection. psycopg
    yields to the loop inside a pipeline only when the loop has been busy (MAX_BUSY_TIME), as on a loaded
    machine: here it yields at every step, so that the cancellations land inside the pipeline."""
    error = psycopg.Error if backend == "postgresql" else sqlite3.Error
    monkeypatch.setattr(psycopg.waiting, "MAX_BUSY_TIME", 0.0)
    with pytest.raises(error):
        await db.read_together(_user_count, lambda r: r.fetchall("SELECT nothing FROM nowhere"))
    for steps in range(12):  # cancelled after 0, 1, … 11 turns of the event loop
        task = asyncio.ensure_future(db.read_together(_user_count, _usernames))
        for _ in range(steps):
            await asyncio.sleep(0)
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
        await _add_user(db, f"user{steps:02}")
        assert await db.read_together(_user_count, _usernames) == [
            steps + 1, [f"user{n:02}" for n in range(steps + 1)]]
        assert await _user_count(db) == steps + 1


async def test_a_transaction_whose_begin_fails_writes_nothing_and_leaves_the_database_usable(db, backend):
    """On SQLite BEGIN IMMEDIATE goes to the database with the first statement: when it fails (another
    process holds the write lock), neither that statement nor those asked together with it run on their own."""
    if backend != "sqlite":
        pytest.skip("SQLite's write lock")
    blocker = sqlite3.connect(db.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    await db.conn.execute("PRAGMA busy_timeout=50")
    try:
        with pytest.raises(sqlite3.OperationalError):
            async with db.transaction() as conn:
                await together([conn.execute(f"INSERT INTO users (username, password_hash, role, created_at)"
                                             f" VALUES ('{name}', 'h', 'staff', 0)") for name in ("anna", "bo")])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        await db.conn.execute("PRAGMA busy_timeout=5000")
    assert await _usernames(db) == []
    await _add_user(db, "cecilia")
    assert await _usernames(db) == ["cecilia"]


def test_a_later_statement_of_a_write_transaction_never_runs_outside_it(tmp_path):
    """Had BEGIN failed, a statement asked after the first must not run on its own (autocommitted)."""
    conn = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    conn.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(sqlite3.OperationalError, match="did not begin"):
        _in_transaction(conn, False, sqlite3.Connection.execute, "INSERT INTO t VALUES (1)")
    _in_transaction(conn, True, sqlite3.Connection.execute, "INSERT INTO t VALUES (2)")
    _in_transaction(conn, False, sqlite3.Connection.execute, "INSERT INTO t VALUES (3)")
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 0
    conn.close()
