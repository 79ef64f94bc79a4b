"""Units (hemtjänstgrupper) and their members: staff, or the unit's admin ("enhetsadmin")."""

from __future__ import annotations

import time
from typing import Any

from assistant.storage.db import Database, IntegrityError

MEMBER_ROLES = ("staff", "unit_admin")


class DuplicateUnit(Exception):
    """A unit with that name exists already."""


async def create_unit(db: Database, name: str) -> int:
    try:
        async with db.transaction() as conn:
            cursor = await conn.execute("INSERT INTO units (name, created_at) VALUES (?, ?) RETURNING id",
                                        (name, time.time()))
            row = await cursor.fetchone()
    except IntegrityError:
        raise DuplicateUnit(name) from None
    assert row is not None
    return int(row[0])


async def get_unit(db: Database, unit_id: int) -> dict[str, Any] | None:
    row = await db.fetchone("SELECT id, name FROM units WHERE id = ?", (unit_id,))
    return dict(row) if row else None


async def list_units(db: Database, user_id: int | None = None) -> list[dict[str, Any]]:
    """All units, or those one user belongs to (with that user's role in each)."""
    if user_id is None:
        rows = await db.fetchall("SELECT id, name, NULL AS my_role FROM units ORDER BY name, id")
    else:
        rows = await db.fetchall(
            "SELECT u.id, u.name, m.role AS my_role FROM units u JOIN unit_members m ON m.unit_id = u.id"
            " WHERE m.user_id = ? ORDER BY u.name, u.id", (user_id,))
    return [dict(r) for r in rows]


async def members(db: Database, unit_id: int) -> list[dict[str, Any]]:
    rows = await db.fetchall(
        "SELECT u.id AS user_id, u.username, m.role FROM unit_members m JOIN users u ON u.id = m.user_id"
        " WHERE m.unit_id = ? AND u.disabled = 0 ORDER BY u.username", (unit_id,))
    return [dict(r) for r in rows]


async def set_member(db: Database, unit_id: int, user_id: int, role: str) -> None:
    await db.execute(
        "INSERT INTO unit_members (unit_id, user_id, role) VALUES (?, ?, ?)"
        " ON CONFLICT (unit_id, user_id) DO UPDATE SET role = excluded.role", (unit_id, user_id, role))


async def remove_member(db: Database, unit_id: int, user_id: int) -> bool:
    async with db.transaction() as conn:
        cursor = await conn.execute("DELETE FROM unit_members WHERE unit_id = ? AND user_id = ?",
                                    (unit_id, user_id))
        return cursor.rowcount > 0


async def roles_of(db: Database, user_id: int) -> dict[int, str]:
    """unit id → the user's role there."""
    rows = await db.fetchall("SELECT unit_id, role FROM unit_members WHERE user_id = ?", (user_id,))
    return {int(r["unit_id"]): r["role"] for r in rows}
