"""Changes to placed orders (cancel, amend): requested by staff, sent by the outbox worker once each."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from assistant.storage import audit
from assistant.storage.audit import Actor
from assistant.storage.baskets import BasketWrite, apply_write
from assistant.storage.db import Database, Row
from assistant.storage.orders import insert_lines


class ChangePending(Exception):
    """The order already has a change on its way to the grocer."""


@dataclass
class NewChange:
    order_id: int
    client_id: int
    kind: str  # 'cancel' | 'amend'
    idempotency_key: str
    actor: Actor
    message: str  # what the client was told, kept in the audit trail
    payload: dict[str, Any] | None = None  # amend: {"lines": [basket lines], "total_sek"}


async def request_change(db: Database, change: NewChange, write: BasketWrite | None) -> int:
    """The change (and the basket's status with it) in one transaction; one pending change per order."""
    async with db.transaction() as conn:
        cursor = await conn.execute("SELECT 1 FROM order_changes WHERE order_id = ? AND state = 'pending'",
                                    (change.order_id,))
        if await cursor.fetchone() is not None:
            raise ChangePending()
        if write is not None:
            await apply_write(conn, write)
        now = time.time()
        cursor = await conn.execute(
            "INSERT INTO order_changes (order_id, kind, idempotency_key, requested_by, payload, next_attempt_at,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (change.order_id, change.kind, change.idempotency_key, change.actor.name,
             json.dumps(change.payload, ensure_ascii=False) if change.payload is not None else None, now, now))
        row = await cursor.fetchone()
        assert row is not None
        await audit.record(conn, change.actor, f"order_{change.kind}_requested",
                           {"message": change.message} | ({"total_sek": change.payload["total_sek"],
                                                           "lines": len(change.payload["lines"])}
                                                          if change.payload else {}),
                           client_id=change.client_id, order_id=change.order_id)
    return int(row[0])


async def reopen(db: Database, write: BasketWrite, order_id: int, drop_basket_id: int | None) -> None:
    """The order's basket opens again for changes; an empty basket begun for the next delivery goes."""
    async with db.transaction() as conn:
        if drop_basket_id is not None:
            await conn.execute("DELETE FROM baskets WHERE id = ?", (drop_basket_id,))
        await apply_write(conn, write)


async def latest(db: Database, order_id: int) -> dict[str, Any] | None:
    row = await db.fetchone(
        "SELECT kind, state, last_error, created_at, done_at FROM order_changes WHERE order_id = ?"
        " ORDER BY id DESC LIMIT 1", (order_id,))
    return dict(row) if row else None


async def due(db: Database, now: float) -> list[Row]:
    """Pending changes of orders the grocer has already accepted (a change waits for the order's number),
    and of orders the grocer refused outright (the change has nothing left to change: it settles)."""
    return await db.fetchall(
        "SELECT c.*, o.vendor_order_number, o.client_id, o.delivery_date, o.status AS order_status"
        " FROM order_changes c JOIN orders o ON o.id = c.order_id"
        " WHERE c.state = 'pending' AND c.next_attempt_at <= ?"
        " AND (o.vendor_order_number IS NOT NULL OR o.status = 'failed')"
        " ORDER BY c.id", (now,))


async def retry_later(db: Database, change_id: int, next_at: float, error: str) -> None:
    await db.execute("UPDATE order_changes SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                     " WHERE id = ?", (next_at, error[:500], change_id))


async def done(db: Database, change: Row, status: str, order_number: str, actor: Actor) -> None:
    """The grocer has it: a cancelled order stops being followed; an amended one gets its new lines
    (and, when the grocer could only take a new order, its new number)."""
    now = time.time()
    async with db.transaction() as conn:
        await conn.execute("UPDATE order_changes SET state = 'done', done_at = ?, attempts = attempts + 1,"
                           " last_error = NULL WHERE id = ?", (now, change["id"]))
        details: dict[str, Any] = {"vendor_order_number": order_number}
        if change["kind"] == "cancel":
            await conn.execute("UPDATE orders SET status = 'cancelled', updated_at = ? WHERE id = ?",
                               (now, change["order_id"]))
            await conn.execute("UPDATE outbox SET done_at = ? WHERE order_id = ? AND done_at IS NULL",
                               (now, change["order_id"]))
            action = "order_cancelled"
        else:
            payload = json.loads(change["payload"])
            await conn.execute("DELETE FROM order_lines WHERE order_id = ?", (change["order_id"],))
            await insert_lines(conn, change["order_id"], payload["lines"])
            await conn.execute(
                "UPDATE orders SET total_sek = ?, vendor_order_number = ?, status = ?, updated_at = ? WHERE id = ?",
                (payload["total_sek"], order_number, status, now, change["order_id"]))
            replaced = order_number != change["vendor_order_number"]
            action = "order_replaced" if replaced else "order_amended"
            if replaced:
                details["cancelled_vendor_order_number"] = change["vendor_order_number"]
        await audit.record(conn, actor, action, details, client_id=change["client_id"], order_id=change["order_id"])


async def refused(db: Database, change: Row, reason: str, actor: Actor) -> None:
    """Not carried out, `reason` says why in Swedish: the grocer said no (picking had started), or the
    order itself never reached the grocer. The order stands as it was."""
    async with db.transaction() as conn:
        await conn.execute("UPDATE order_changes SET state = 'refused', done_at = ?, last_error = ? WHERE id = ?",
                           (time.time(), reason[:500], change["id"]))
        await audit.record(conn, actor, "order_change_refused", {"kind": change["kind"], "reason": reason[:500]},
                           client_id=change["client_id"], order_id=change["order_id"])
