"""GET …/basket is one snapshot: its version, state, lines and totals come from one committed state of the
basket, even when a write commits between the reads that build it (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from assistant.appkeys import DB
from assistant.storage import baskets as store
from assistant.storage.audit import Actor
from assistant.storage.baskets import BasketWrite
from tests.baskets.conftest import call, new_client, say


@pytest.fixture
def write_between_reads(monkeypatch: pytest.MonkeyPatch):
    """Before the first read of a basket's lines, another request's write commits: three lines, a confirmed
    basket, one version on (the write goes straight to the write connection, as a concurrent request's would)."""
    writes: list[BasketWrite] = []

    def after_a_write(read_lines: Callable[[Any, int], Awaitable[list[dict[str, Any]]]]):
        async def lines_after_a_write(db: Any, key: int) -> list[dict[str, Any]]:
            if writes:
                write = writes.pop()
                await store.save(write_db[0], write)
            return await read_lines(db, key)
        return lines_after_a_write

    write_db: list[Any] = []
    # by the basket's id, or (asked together with the basket row) by the client's active basket
    for name in ("lines", "active_lines"):
        monkeypatch.setattr(store, name, after_a_write(getattr(store, name)))
    return writes, write_db


async def test_a_basket_is_read_from_one_snapshot(staff, write_between_reads):
    writes, write_db = write_between_reads
    karin = await new_client(staff, budget_sek=None)
    path = f"/api/v1/clients/{karin['id']}/basket"
    before = (await say(staff, karin["id"], "två mjölk"))["basket"]
    write_db.append(staff.client.app[DB])
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
