"""Everything stored about one client, table by table: read for the register extract, removed by retention.

A new table holding a client's data must be added here; tests/privacy walks the schema and fails
when a table with a client_id (or a basket or order of a client) is missing.
"""

from __future__ import annotations

import time
from typing import Any

from assistant.storage.db import Database

_OF_BASKETS = "basket_id IN (SELECT id FROM baskets WHERE client_id = ?)"
_OF_ORDERS = "order_id IN (SELECT id FROM orders WHERE client_id = ?)"

# Table → which of its rows are the client's. Children before parents: retention deletes in this order.
CLIENT_TABLES: dict[str, str] = {
    "access_log": "client_id = ?",
    "audit_events": "client_id = ?",
    "sessions": "client_id = ?",
    "order_changes": _OF_ORDERS,
    "outbox": _OF_ORDERS,
    "order_lines": _OF_ORDERS,
    "orders": "client_id = ?",
    "basket_undo": _OF_BASKETS,
    "basket_lines": _OF_BASKETS,
    "baskets": "client_id = ?",
    "client_staff": "client_id = ?",
    "learned_readings": "client_id = ?",
    "clients": "id = ?",
}
# Not shown even to the data controller: what could be used to act as someone.
SECRET_COLUMNS = frozenset({"token_hash", "csrf_token"})


async def client_rows(db: Database, client_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row stored about the client, per table (secrets left out), oldest first."""
    found = {}
    for table, where in reversed(CLIENT_TABLES.items()):
        rows = await db.fetchall(f"SELECT * FROM {table} WHERE {where} ORDER BY 1", (client_id,))
        found[table] = [{k: row[k] for k in row.keys() if k not in SECRET_COLUMNS} for row in rows]
    return found


async def counts(db: Database, client_id: int) -> dict[str, int]:
    found = {}
    for table, where in CLIENT_TABLES.items():
        row = await db.fetchone(f"SELECT COUNT(*) FROM {table} WHERE {where}", (client_id,))
        found[table] = int(row[0]) if row else 0
    return found


async def anonymise_and_remove(db: Database, client_id: int) -> dict[str, int]:
    """Keeps each order as an anonymous statistics row, then deletes all the client's data; one transaction.

    Returns the rows removed per table.
    """
    removed = {}
    now = time.time()
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO order_statistics (unit_id, vendor, delivery_month, status, line_count, total_sek,"
            " delivery_fee_sek, anonymised_at)"
            " SELECT c.unit_id, o.vendor, SUBSTR(o.delivery_date, 1, 7), o.status,"
            " (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id), o.total_sek, o.delivery_fee_sek, ?"
            " FROM orders o JOIN clients c ON c.id = o.client_id WHERE o.client_id = ?", (now, client_id))
        for table, where in CLIENT_TABLES.items():
            cursor = await conn.execute(f"DELETE FROM {table} WHERE {where}", (client_id,))
            removed[table] = cursor.rowcount
    return removed
