"""Accessibility problems reported from the accessibility statement, kept for admins."""

from __future__ import annotations

import time
from typing import Any

from assistant.storage.db import Database

KEPT = 500  # the newest reports an admin sees; the form is for people, not for bulk


async def add_report(db: Database, page: str, message: str, contact: str, user_id: int | None) -> int:
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO accessibility_reports (at, page, message, contact, user_id) VALUES (?, ?, ?, ?, ?)"
            " RETURNING id", (time.time(), page, message, contact, user_id))
        row = await cursor.fetchone()
    assert row is not None
    return int(row[0])


async def list_reports(db: Database) -> list[dict[str, Any]]:
    rows = await db.fetchall(
        "SELECT r.id, r.at, r.page, r.message, r.contact, u.username FROM accessibility_reports r"
        " LEFT JOIN users u ON u.id = r.user_id ORDER BY r.at DESC, r.id DESC LIMIT ?", (KEPT,))
    return [dict(r) for r in rows]
