"""Clients and the staff assigned to them."""

from __future__ import annotations

import json
import time
from typing import Any

from assistant.storage.db import Database, Row

FIELDS = ("display_name", "address", "phone", "delivery_weekday", "cutoff_weekday", "cutoff_time",
          "budget_sek", "diet", "vendor", "notes")


def _encode(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if k == "diet" else v for k, v in fields.items()}


def decode(row: Row) -> dict[str, Any]:
    data = dict(row)
    data["diet"] = json.loads(data["diet"])
    return data


async def create_client(db: Database, fields: dict[str, Any], staff_user_id: int | None) -> int:
    """The new client's id; the creating staff member (if any) is assigned in the same transaction."""
    now = time.time()
    values = _encode(fields)
    async with db.transaction() as conn:
        cursor = await conn.execute(
            f"INSERT INTO clients ({', '.join(FIELDS)}, created_at, updated_at)"
            f" VALUES ({', '.join('?' * len(FIELDS))}, ?, ?) RETURNING id",
            (*[values[k] for k in FIELDS], now, now))
        client_id = int((await cursor.fetchone())[0])
        if staff_user_id is not None:
            await conn.execute("INSERT INTO client_staff (client_id, user_id) VALUES (?, ?)",
                               (client_id, staff_user_id))
    return client_id


async def update_client(db: Database, client_id: int, fields: dict[str, Any]) -> None:
    values = _encode({k: v for k, v in fields.items() if k in FIELDS})
    if not values:
        return
    await db.execute(
        f"UPDATE clients SET {', '.join(f'{k} = ?' for k in values)}, updated_at = ? WHERE id = ?",
        (*values.values(), time.time(), client_id))


async def get_client(db: Database, client_id: int) -> dict[str, Any] | None:
    row = await db.fetchone("SELECT * FROM clients WHERE id = ?", (client_id,))
    return decode(row) if row else None


async def list_clients(db: Database, staff_user_id: int | None = None) -> list[dict[str, Any]]:
    """All clients, or only those assigned to one staff member."""
    if staff_user_id is None:
        rows = await db.fetchall("SELECT * FROM clients ORDER BY display_name, id")
    else:
        rows = await db.fetchall(
            "SELECT c.* FROM clients c JOIN client_staff s ON s.client_id = c.id"
            " WHERE s.user_id = ? ORDER BY c.display_name, c.id", (staff_user_id,))
    return [decode(r) for r in rows]


async def is_assigned(db: Database, client_id: int, user_id: int) -> bool:
    row = await db.fetchone("SELECT 1 FROM client_staff WHERE client_id = ? AND user_id = ?",
                            (client_id, user_id))
    return row is not None


async def set_staff(db: Database, client_id: int, user_ids: list[int]) -> None:
    """The client's staff; tablet sessions a staff member no longer among them opened end here (an admin's,
    who sees every client anyway, stay)."""
    kept = sorted(set(user_ids))
    still = f" AND user_id NOT IN ({', '.join('?' * len(kept))})" if kept else ""
    async with db.transaction() as conn:
        await conn.execute(
            "DELETE FROM sessions WHERE client_id = ? AND user_id NOT IN (SELECT id FROM users WHERE role = 'admin')"
            + still, (client_id, *kept))
        await conn.execute("DELETE FROM client_staff WHERE client_id = ?", (client_id,))
        await conn.executemany("INSERT INTO client_staff (client_id, user_id) VALUES (?, ?)",
                               [(client_id, uid) for uid in kept])


async def staff_usernames(db: Database, client_id: int) -> list[str]:
    rows = await db.fetchall(
        "SELECT u.username FROM client_staff s JOIN users u ON u.id = s.user_id"
        " WHERE s.client_id = ? ORDER BY u.username", (client_id,))
    return [r[0] for r in rows]
