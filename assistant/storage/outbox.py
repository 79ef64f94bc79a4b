"""The outbox: orders waiting to reach the grocer, and delivered orders waiting for status."""

from __future__ import annotations

import json
from typing import Any

from assistant.storage import audit
from assistant.storage.audit import Actor
from assistant.storage.db import Database, Row


async def claim_due(db: Database, now: float, owner: str, lease_seconds: float, limit: int = 5) -> list[Row]:
    """Claim up to `limit` items due now for `owner` until `now + lease_seconds`, and return them.

    Items another instance holds a live claim on are skipped (on PostgreSQL without waiting for its
    transaction: FOR UPDATE SKIP LOCKED); an expired claim is anyone's. Finishing an item, or
    scheduling its retry, ends the claim.
    """
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id IN (SELECT id FROM outbox"
            " WHERE done_at IS NULL AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)"
            f" ORDER BY next_attempt_at, id LIMIT ?{db.skip_locked}) RETURNING id",
            (owner, now + lease_seconds, now, now, limit))
        ids = [row[0] for row in await cursor.fetchall()]
    if not ids:
        return []
    return await db.fetchall(
        "SELECT x.*, o.idempotency_key, o.vendor_order_number, o.status AS order_status, o.client_id"
        f" FROM outbox x JOIN orders o ON o.id = x.order_id WHERE x.id IN ({', '.join('?' * len(ids))})"
        " AND x.claimed_by = ? ORDER BY x.next_attempt_at, x.id", (*ids, owner))


async def release_claims(db: Database) -> None:
    """Claims left by this database's previous (dead) process: with one process per database, at once."""
    await db.execute("UPDATE outbox SET claimed_until = NULL WHERE claimed_until IS NOT NULL")


async def next_due_at(db: Database) -> float | None:
    """When the next item falls due (a claimed one: when its lease runs out, at the latest)."""
    row = await db.fetchone("SELECT MIN(CASE WHEN claimed_until > next_attempt_at THEN claimed_until"
                            " ELSE next_attempt_at END) FROM outbox WHERE done_at IS NULL")
    return row[0] if row else None


async def pending(db: Database) -> list[Row]:
    return await db.fetchall("SELECT * FROM outbox WHERE done_at IS NULL ORDER BY id")


async def retry_later(db: Database, item_id: int, next_at: float, error: str) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, claimed_until = NULL"
            " WHERE id = ?",
            (next_at, error[:500], item_id))
        await conn.execute(
            "UPDATE orders SET last_error = ? WHERE id = (SELECT order_id FROM outbox WHERE id = ?)",
            (error[:500], item_id))


async def accepted(db: Database, item: Row, order_number: str, status: str, now: float,
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


async def failed(db: Database, item: Row, error: str, now: float, actor: Actor) -> None:
    """The grocer refused the order outright; staff must look at it."""
    async with db.transaction() as conn:
        await conn.execute("UPDATE orders SET status = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
                           (error[:500], now, item["order_id"]))
        await conn.execute("UPDATE outbox SET done_at = ?, last_error = ? WHERE id = ?",
                           (now, error[:500], item["id"]))
        await audit.record(conn, actor, "order_failed", {"error": error[:500]},
                           client_id=item["client_id"], order_id=item["order_id"])


async def status_seen(db: Database, item: Row, status: str, outcomes: list[dict[str, Any]],
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
            await conn.execute("UPDATE outbox SET attempts = 0, next_attempt_at = ?, last_error = NULL,"
                               " claimed_until = NULL WHERE id = ?", (next_poll_at, item["id"]))
        if changed:
            await audit.record(conn, actor, f"order_{status}",
                               {"missing": [o["product_id"] for o in outcomes if o["outcome"] == "missing"],
                                "substituted": [o["product_id"] for o in outcomes
                                                if o["outcome"] == "substituted"]},
                               client_id=item["client_id"], order_id=item["order_id"])
