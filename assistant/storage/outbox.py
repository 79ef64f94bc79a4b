"""The outbox: orders waiting to reach the grocer, and delivered orders waiting for status."""

from __future__ import annotations

import json
from typing import Any

import aiosqlite

from assistant.storage import audit
from assistant.storage.audit import Actor
from assistant.storage.db import Database


async def due(db: Database, now: float, limit: int = 20) -> list[aiosqlite.Row]:
    return await db.fetchall(
        "SELECT x.*, o.idempotency_key, o.vendor_order_number, o.status AS order_status, o.client_id"
        " FROM outbox x JOIN orders o ON o.id = x.order_id"
        " WHERE x.done_at IS NULL AND x.next_attempt_at <= ? ORDER BY x.next_attempt_at, x.id LIMIT ?",
        (now, limit))


async def next_due_at(db: Database) -> float | None:
    row = await db.fetchone("SELECT MIN(next_attempt_at) FROM outbox WHERE done_at IS NULL")
    return row[0] if row else None


async def pending(db: Database) -> list[aiosqlite.Row]:
    return await db.fetchall("SELECT * FROM outbox WHERE done_at IS NULL ORDER BY id")


async def retry_later(db: Database, item_id: int, next_at: float, error: str) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
            (next_at, error[:500], item_id))
        await conn.execute(
            "UPDATE orders SET last_error = ? WHERE id = (SELECT order_id FROM outbox WHERE id = ?)",
            (error[:500], item_id))


async def accepted(db: Database, item: aiosqlite.Row, order_number: str, status: str, now: float,
                   next_poll_at: float, actor: Actor) -> None:
    """The grocer took the order: record its number and start polling, in one transaction."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE orders SET vendor_order_number = ?, status = ?, last_error = NULL, updated_at = ?"
            " WHERE id = ?", (order_number, status, now, item["order_id"]))
        await conn.execute("UPDATE outbox SET done_at = ?, attempts = attempts + 1 WHERE id = ?",
                           (now, item["id"]))
        await conn.execute(
            "INSERT INTO outbox (order_id, kind, next_attempt_at, created_at) VALUES (?, 'poll', ?, ?)",
            (item["order_id"], next_poll_at, now))
        await audit.record(conn, actor, "order_sent", {"vendor_order_number": order_number,
                                                       "attempts": item["attempts"] + 1},
                           client_id=item["client_id"], order_id=item["order_id"])


async def failed(db: Database, item: aiosqlite.Row, error: str, now: float, actor: Actor) -> None:
    """The grocer refused the order outright; staff must look at it."""
    async with db.transaction() as conn:
        await conn.execute("UPDATE orders SET status = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
                           (error[:500], now, item["order_id"]))
        await conn.execute("UPDATE outbox SET done_at = ?, last_error = ? WHERE id = ?",
                           (now, error[:500], item["id"]))
        await audit.record(conn, actor, "order_failed", {"error": error[:500]},
                           client_id=item["client_id"], order_id=item["order_id"])


async def status_seen(db: Database, item: aiosqlite.Row, status: str, outcomes: list[dict[str, Any]],
                      now: float, next_poll_at: float | None, actor: Actor) -> None:
    """The grocer's status and per-line outcomes; polling ends when `next_poll_at` is None."""
    async with db.transaction() as conn:
        changed = status != item["order_status"]
        await conn.execute(
            "UPDATE orders SET status = ?, updated_at = ?,"
            " delivered_at = CASE WHEN ? = 'delivered' THEN COALESCE(delivered_at, ?) ELSE delivered_at END"
            " WHERE id = ?", (status, now, status, now, item["order_id"]))
        for outcome in outcomes:
            await conn.execute(
                "UPDATE order_lines SET outcome = ?, substitute = ? WHERE order_id = ? AND position = ?",
                (outcome["outcome"], json.dumps(outcome["substitute"], ensure_ascii=False)
                 if outcome["substitute"] else None, item["order_id"], outcome["position"]))
        if next_poll_at is None:
            await conn.execute("UPDATE outbox SET done_at = ? WHERE id = ?", (now, item["id"]))
        else:
            await conn.execute("UPDATE outbox SET attempts = 0, next_attempt_at = ?, last_error = NULL"
                               " WHERE id = ?", (next_poll_at, item["id"]))
        if changed:
            await audit.record(conn, actor, f"order_{status}",
                               {"missing": [o["product_id"] for o in outcomes if o["outcome"] == "missing"],
                                "substituted": [o["product_id"] for o in outcomes
                                                if o["outcome"] == "substituted"]},
                               client_id=item["client_id"], order_id=item["order_id"])
