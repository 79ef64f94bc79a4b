"""Store trips (butiksinköp): one trip, one order (a bag) per client, ticked off line by line."""

from __future__ import annotations

import json
from typing import Any

from assistant.storage import audit
from assistant.storage.audit import Actor
from assistant.storage.baskets import BasketWrite
from assistant.storage.db import Database
from assistant.storage.orders import order_lines, place_order


async def create_trip(db: Database, store: str, actor: Actor,
                      bags: list[tuple[BasketWrite, dict[str, Any], list[dict[str, Any]]]], now: float) -> int:
    """The trip and every client's order (being shopped: 'picking'), all or nothing."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO store_trips (store, created_by, created_at) VALUES (?, ?, ?) RETURNING id",
            (store, actor.name, now))
        row = await cursor.fetchone()
        assert row is not None
        trip_id = int(row[0])
        for write, order, lines in bags:
            await place_order(conn, write, order | {"store_trip_id": trip_id, "status": "picking"}, lines, now)
    return trip_id


async def get_trip(db: Database, trip_id: int) -> dict[str, Any] | None:
    row = await db.fetchone("SELECT * FROM store_trips WHERE id = ?", (trip_id,))
    return dict(row) if row else None


async def list_trips(db: Database) -> list[dict[str, Any]]:
    """Open trips first, newest first."""
    rows = await db.fetchall("SELECT * FROM store_trips ORDER BY status = 'finished', created_at DESC, id DESC")
    return [dict(r) for r in rows]


async def bags(db: Database, trip_id: int) -> list[dict[str, Any]]:
    """The trip's orders with their clients' names and lines, in the order they were packed."""
    rows = await db.fetchall(
        "SELECT o.*, c.display_name AS client_name FROM orders o JOIN clients c ON c.id = o.client_id"
        " WHERE o.store_trip_id = ? ORDER BY o.id", (trip_id,))
    return [dict(r) | {"lines": await order_lines(db, r["id"])} for r in rows]


async def set_line(db: Database, trip_id: int, line_id: int, outcome: str | None, unit_price_sek: float,
                   substitute: dict[str, Any] | None) -> bool:
    """One line ticked off (or un-ticked); False when the line is not on this trip."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE order_lines SET outcome = ?, unit_price_sek = ?, substitute = ? WHERE id = ? AND order_id IN"
            " (SELECT id FROM orders WHERE store_trip_id = ?)",
            (outcome, unit_price_sek, json.dumps(substitute, ensure_ascii=False) if substitute else None,
             line_id, trip_id))
        return cursor.rowcount == 1


async def finish(db: Database, trip_id: int, actor: Actor, now: float) -> None:
    """Every bag delivered with its outcomes, in the audit trail as the grocer's deliveries are."""
    trip_bags = await bags(db, trip_id)
    async with db.transaction() as conn:
        await conn.execute("UPDATE store_trips SET status = 'finished', finished_at = ? WHERE id = ?",
                           (now, trip_id))
        for bag in trip_bags:
            await conn.execute("UPDATE orders SET status = 'delivered', delivered_at = ?, updated_at = ? WHERE id = ?",
                               (now, now, bag["id"]))
            await audit.record(conn, actor, "order_delivered", {
                "store_trip_id": trip_id,
                "missing": [line["product_id"] for line in bag["lines"] if line["outcome"] == "missing"],
                "substituted": [line["product_id"] for line in bag["lines"] if line["outcome"] == "substituted"]},
                client_id=bag["client_id"], order_id=bag["id"])
