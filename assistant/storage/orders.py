"""Orders and their lines: written once at submission, then updated from the grocer's status."""

from __future__ import annotations

import json
import time
from typing import Any

from assistant.storage import audit
from assistant.storage.baskets import ACTIVE_ID, BasketWrite, apply_write
from assistant.storage.db import Connection, Database, Reader, Row

# Orders whose products count as the client's purchase history.
PLACED = ("submitted", "sent", "received", "picking", "delivered")


def _order(row: Row) -> dict[str, Any]:
    return dict(row)


def _line(row: Row) -> dict[str, Any]:
    data = dict(row)
    data["product"] = json.loads(data["product"])
    data["substitute"] = json.loads(data["substitute"]) if data["substitute"] else None
    data["substitution_allowed"] = bool(data["substitution_allowed"])
    data["weight_estimated"] = bool(data["weight_estimated"])
    data["count_estimated"] = bool(data["count_estimated"])
    return data


async def submit(db: Database, write: BasketWrite, order: dict[str, Any], order_lines: list[dict[str, Any]],
                 now: float) -> int:
    """Basket → 'submitted', the order, its lines and its outbox record: all or nothing.

    `now` (the service clock) dates the order; the outbox runs on wall-clock time.
    """
    async with db.transaction() as conn:
        order_id = await place_order(conn, write, order, order_lines, now)
        await conn.execute(
            "INSERT INTO outbox (order_id, kind, next_attempt_at, created_at) VALUES (?, 'submit', ?, ?)",
            (order_id, time.time(), time.time()))
    return order_id


async def place_order(conn: Connection, write: BasketWrite, order: dict[str, Any],
                      order_lines: list[dict[str, Any]], now: float) -> int:
    """Basket → 'submitted' and the order with its lines, in the caller's transaction; returns the order id.

    `order` may say `status` (default 'submitted') and `store_trip_id` (a store trip's bag).
    """
    await apply_write(conn, write)
    cursor = await conn.execute(
        "INSERT INTO orders (client_id, basket_id, vendor, idempotency_key, status, delivery_date,"
        " total_sek, delivery_fee_sek, delivery_fee_paid_by, submitted_by, submitted_at, updated_at,"
        " store_trip_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (write.client_id, write.basket_id, order["vendor"], order["idempotency_key"],
         order.get("status", "submitted"), order["delivery_date"], order["total_sek"], order["delivery_fee_sek"],
         order.get("delivery_fee_paid_by", "municipality"), write.actor.name, now, now,
         order.get("store_trip_id")))
    row = await cursor.fetchone()
    assert row is not None
    order_id = int(row[0])
    await insert_lines(conn, order_id, order_lines)
    await audit.record(conn, write.actor, "order_submitted",
                       {"total_sek": order["total_sek"], "delivery_date": order["delivery_date"],
                        "lines": len(order_lines)} | (
                           {"store_trip_id": order["store_trip_id"]} if order.get("store_trip_id") else {}),
                       client_id=write.client_id, basket_id=write.basket_id, order_id=order_id)
    return order_id


async def insert_lines(conn: Connection, order_id: int, basket_lines: list[dict[str, Any]]) -> None:
    """The order's lines as the basket had them (a line without a count is one piece or one weighing)."""
    await conn.executemany(
        "INSERT INTO order_lines (order_id, position, product_id, product, count, unit_price_sek,"
        " substitution_allowed, weight_kg, weight_estimated, count_estimated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(order_id, i, line["product"]["id"], json.dumps(line["product"], ensure_ascii=False),
          line["count"] or 1, line["product"]["price_sek"], int(line["substitution_allowed"]),
          line.get("weight_kg"), int(bool(line.get("weight_estimated"))), int(bool(line.get("count_estimated"))))
         for i, line in enumerate(basket_lines)])


async def order_for_basket(db: Reader, basket_id: int) -> dict[str, Any] | None:
    """The order placed from this basket (a basket reopened for changes has one)."""
    row = await db.fetchone("SELECT * FROM orders WHERE basket_id = ?", (basket_id,))
    return _order(row) if row else None


async def order_for_active_basket(db: Reader, client_id: int) -> dict[str, Any] | None:
    """`order_for_basket` of the client's active basket, asked without first knowing its id."""
    row = await db.fetchone(f"SELECT * FROM orders WHERE basket_id = {ACTIVE_ID}", (client_id,))
    return _order(row) if row else None


async def get_order(db: Database, order_id: int) -> dict[str, Any] | None:
    row = await db.fetchone("SELECT * FROM orders WHERE id = ?", (order_id,))
    return _order(row) if row else None


async def order_lines(db: Database, order_id: int) -> list[dict[str, Any]]:
    rows = await db.fetchall("SELECT * FROM order_lines WHERE order_id = ? ORDER BY position", (order_id,))
    return [_line(r) for r in rows]


async def list_orders(db: Database, client_ids: list[int] | None) -> list[dict[str, Any]]:
    """Newest first; `client_ids` None means every client."""
    if client_ids is None:
        rows = await db.fetchall("SELECT * FROM orders ORDER BY submitted_at DESC, id DESC")
    elif not client_ids:  # `IN ()` is SQLite-only
        return []
    else:
        marks = ", ".join("?" * len(client_ids))
        rows = await db.fetchall(
            f"SELECT * FROM orders WHERE client_id IN ({marks}) ORDER BY submitted_at DESC, id DESC",
            client_ids)
    return [_order(r) for r in rows]


async def recent_placed(db: Database, client_id: int, limit: int) -> list[dict[str, Any]]:
    """The client's last placed orders (newest first), each with its lines."""
    marks = ", ".join("?" * len(PLACED))
    rows = await db.fetchall(
        f"SELECT * FROM orders WHERE client_id = ? AND status IN ({marks})"
        " ORDER BY submitted_at DESC, id DESC LIMIT ?", (client_id, *PLACED, limit))
    return [_order(r) | {"lines": await order_lines(db, r["id"])} for r in rows]


async def history_product_ids(db: Reader, client_id: int, orders: int = 10) -> list[str]:
    """Products from the client's recent placed orders, most often bought first."""
    marks = ", ".join("?" * len(PLACED))
    rows = await db.fetchall(
        "SELECT l.product_id, COUNT(*) AS n, MAX(o.submitted_at) AS last FROM order_lines l"
        " JOIN (SELECT id, submitted_at FROM orders WHERE client_id = ? AND status IN"
        f" ({marks}) ORDER BY submitted_at DESC LIMIT ?) o ON o.id = l.order_id"
        " GROUP BY l.product_id ORDER BY n DESC, last DESC", (client_id, *PLACED, orders))
    return [r["product_id"] for r in rows]


async def delivered_in_month(db: Database, client_id: int, month: str) -> list[dict[str, Any]]:
    """Delivered orders whose delivery date falls in YYYY-MM, oldest first, with lines."""
    rows = await db.fetchall(
        "SELECT * FROM orders WHERE client_id = ? AND status = 'delivered' AND delivery_date LIKE ?"
        " ORDER BY delivery_date, id", (client_id, f"{month}-%"))
    return [_order(r) | {"lines": await order_lines(db, r["id"])} for r in rows]
