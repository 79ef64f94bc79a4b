"""`backup` and `restore` of the SQLite database, as an operator runs them (real processes, real files)."""

from __future__ import annotations

import asyncio
import sqlite3
import stat

from assistant.app import create_app
from assistant.settings import Settings
from assistant.storage.db import Database
from tests.conftest import login, make_user
from tests.foundation.test_cli import run
from tests.grocer.test_outbox import submit_order


async def test_backup_while_orders_are_written_then_restore_and_serve(tmp_path, aiohttp_client):
    live, copy, restored = tmp_path / "live.db", tmp_path / "kopia.db", tmp_path / "restored" / "a.db"
    committed: list[int] = []
    writing = True
    async with Database(live) as db:
        await db.migrate()

        async def keep_ordering() -> None:
            while writing:
                committed.append(await submit_order(db))

        writer = asyncio.create_task(keep_ordering())
        while len(committed) < 3:
            await asyncio.sleep(0.01)
        before = list(committed)
        done = await asyncio.to_thread(run, "backup", str(copy), db=live)
        writing = False
        await writer
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert len(committed) > len(before)  # orders were written while the copy was taken

    with sqlite3.connect(copy) as conn:  # a consistent snapshot: every order whole
        saved = [r[0] for r in conn.execute("SELECT id FROM orders ORDER BY id")]
        for order_id in saved:
            assert conn.execute("SELECT COUNT(*) FROM order_lines WHERE order_id = ?", (order_id,)).fetchone()[0] == 2
            assert conn.execute("SELECT COUNT(*) FROM outbox WHERE order_id = ?", (order_id,)).fetchone()[0] == 1
    assert set(before) <= set(saved) <= set(committed)

    back = run("restore", str(copy), db=restored)
    assert back.returncode == 0, back.stderr
    settings = Settings(db=restored, vendor_url="http://127.0.0.1:9")
    await make_user(settings, "chef", "admin")
    client = await aiohttp_client(create_app(settings))
    admin = await login(client, "chef")
    async with admin.get("/api/v1/orders") as resp:
        assert resp.status == 200
        listed = await resp.json()
    assert sorted(order["id"] for order in listed["orders"]) == saved


def test_restore_refuses_a_damaged_or_foreign_file_and_leaves_the_database(tmp_path):
    db = tmp_path / "a.db"
    assert run("add-user", "anna", "--role", "staff", "--password-stdin", db=db, stdin="hemligt-lösen\n").returncode == 0
    original = db.read_bytes()
    junk = tmp_path / "skräp.db"
    junk.write_bytes(b"inte en databas" * 100)
    refused = run("restore", str(junk), db=db)
    assert refused.returncode == 1 and "ingen databas" in refused.stderr
    future = tmp_path / "framtid.db"
    assert run("backup", str(future), db=db).returncode == 0
    with sqlite3.connect(future) as conn:
        conn.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'framtid', 0)")
    newer = run("restore", str(future), db=db)
    assert newer.returncode == 1 and "schemaversion 9999" in newer.stderr
    assert run("restore", str(tmp_path / "saknas.db"), db=db).returncode == 1
    assert db.read_bytes() == original
    assert run("create-token", "anna", db=db).returncode == 0  # the database still works
