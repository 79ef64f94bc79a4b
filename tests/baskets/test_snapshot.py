"""GET …/basket is one snapshot: its version, state, lines and totals come from one committed state of the
basket, even when a write commits between the reads that build it."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from assistant.appkeys import DB
from assistant.storage import baskets as store
from assistant.storage.audit import Actor
from assistant.storage.baskets import BasketWrite
from assistant.storage.db import Database
from tests.baskets.conftest import call, new_client, say


@pytest.fixture
def write_between_reads(backend: str):
    """Right before the statement reading a basket's lines runs (after the basket row's), another connection's
    write commits: three lines, a confirmed basket, one version on. On SQLite the write is made from inside
    the read connection's thread (its trace hook), so it lands between the two statements every time.
    PostgreSQL's reads are one REPEATABLE READ transaction, which has no such hook."""
    if backend != "sqlite":
        pytest.skip("needs SQLite's statement trace hook to write between two reads")
    writes: list[BasketWrite] = []

    async def save_elsewhere(path: Any, write: BasketWrite) -> None:
        async with Database(path) as other:
            await store.save(other, write)

    async def install(db: Database) -> None:
        def before_a_statement(sql: str) -> None:
            if writes and "FROM basket_lines" in sql:
                writer = threading.Thread(target=asyncio.run, args=(save_elsewhere(db.path, writes.pop()),))
                writer.start()
                writer.join()

        await db.reader.set_trace_callback(before_a_statement)

    return writes, install


async def test_a_basket_is_read_from_one_snapshot(staff, write_between_reads):
    writes, install = write_between_reads
    karin = await new_client(staff, budget_sek=None)
    path = f"/api/v1/clients/{karin['id']}/basket"
    before = (await say(staff, karin["id"], "två mjölk"))["basket"]
    await install(staff.client.app[DB])
    [line] = before["lines"]
    more = [line, {k: v for k, v in line.items() if k != "id"} | {"count": 5},
            {k: v for k, v in line.items() if k != "id"} | {"count": 7}]
    writes.append(BasketWrite(before["id"], karin["id"], before["version"], Actor("bertil", None), lines=more,
                              fields={"status": "confirmed"}))
    seen = await call(staff, "GET", path)
    after = await call(staff, "GET", path)
    assert (after["version"], after["status"], len(after["lines"])) == (before["version"] + 1, "confirmed", 3)
    # Either the state before the write or the one after it, never the version before with the lines after.
    shown = (seen["version"], seen["status"], len(seen["lines"]), seen["total_sek"])
    assert shown in {(before["version"], "open", 1, before["total_sek"]),
                     (after["version"], "confirmed", 3, after["total_sek"])}, shown
