"""Clients and the staff assigned to them."""

from __future__ import annotations

import json
import time
from typing import Any

from assistant.storage.db import Database, Reader, Row

FIELDS = ("display_name", "address", "phone", "delivery_weekday", "cutoff_weekday", "cutoff_time",
          "budget_sek", "diet", "vendor", "notes", "unit_id", "service_ended_on", "delivery_fee_paid_by",
          "substitution_default")


def _encode(fields: dict[str, Any]) -> dict[str, Any]:
    encoders = {"diet": lambda v: json.dumps(v, ensure_ascii=False), "substitution_default": int}
    return {k: encoders[k](v) if k in encoders else v for k, v in fields.items()}


def decode(row: Row) -> dict[str, Any]:
    data = dict(row)
    data["diet"] = json.loads(data["diet"])
    data["substitution_default"] = bool(data["substitution_default"])
    return data


async def create_client(db: Database, fields: dict[str, Any], staff_user_id: int | None) -> int:
    """The new client's id; the creating staff member (if any) is assigned in the same transaction."""
    now = time.time()
    values = _encode({"substitution_default": False} | fields)
    async with db.transaction() as conn:
        cursor = await conn.execute(
            f"INSERT INTO clients ({', '.join(FIELDS)}, created_at, updated_at)"
            f" VALUES ({', '.join('?' * len(FIELDS))}, ?, ?) RETURNING id",
            (*[values.get(k) for k in FIELDS], now, now))
        row = await cursor.fetchone()
        assert row is not None
        client_id = int(row[0])
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


async def get_client(db: Reader, client_id: int) -> dict[str, Any] | None:
    row = await db.fetchone("SELECT * FROM clients WHERE id = ?", (client_id,))
    return decode(row) if row else None


_CONTACT = "EXISTS (SELECT 1 FROM client_staff s WHERE s.client_id = c.id AND s.user_id = ?)"
_IN_MY_UNIT = "c.unit_id IN (SELECT m.unit_id FROM unit_members m WHERE m.user_id = ?)"


async def list_clients(db: Database, user_id: int, everyone: bool = False) -> list[dict[str, Any]]:
    """The clients a user sees (assigned to them, or in one of their units; all with `everyone`),
    each with `is_contact` (the user is their kontaktperson): those first, then by name."""
    where = "" if everyone else f" WHERE {_CONTACT} OR {_IN_MY_UNIT}"
    rows = await db.fetchall(
        f"SELECT c.*, {_CONTACT} AS is_contact FROM clients c{where}"
        " ORDER BY is_contact DESC, c.display_name, c.id",
        (user_id,) if everyone else (user_id, user_id, user_id))
    return [decode(r) | {"is_contact": bool(r["is_contact"])} for r in rows]


async def can_see(db: Reader, client_id: int, user_id: int) -> bool:
    """Assigned to the user (kontaktperson) or in one of the user's units."""
    row = await db.fetchone(f"SELECT 1 FROM clients c WHERE c.id = ? AND ({_CONTACT} OR {_IN_MY_UNIT})",
                            (client_id, user_id, user_id))
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


async def client_vendors(db: Reader) -> list[str]:
    """The grocers clients order from (each once)."""
    rows = await db.fetchall("SELECT DISTINCT vendor FROM clients ORDER BY vendor")
    return [r["vendor"] for r in rows]


async def staff_usernames(db: Database, client_id: int) -> list[str]:
    rows = await db.fetchall(
        "SELECT u.username FROM client_staff s JOIN users u ON u.id = s.user_id"
        " WHERE s.client_id = ? ORDER BY u.username", (client_id,))
    return [r[0] for r in rows]


async def unit_clients(db: Database, unit_id: int) -> list[dict[str, Any]]:
    rows = await db.fetchall("SELECT * FROM clients WHERE unit_id = ? ORDER BY display_name, id", (unit_id,))
    return [decode(r) for r in rows]
