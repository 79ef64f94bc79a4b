"""The audit trail: who changed which basket or order, when, and what."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from assistant.storage.db import Connection, Database


@dataclass(frozen=True)
class Actor:
    """A staff user, or a client's tablet session (`name` says which, for people reading the trail)."""

    name: str
    user_id: int | None


async def record(conn: Connection, actor: Actor, action: str, details: dict[str, Any], *,
                 client_id: int | None = None, basket_id: int | None = None,
                 order_id: int | None = None) -> None:
    """Written inside the caller's transaction, so the change and its record commit together."""
    await conn.execute(
        "INSERT INTO audit_events (at, actor, actor_user_id, client_id, basket_id, order_id, action, details)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (time.time(), actor.name, actor.user_id, client_id, basket_id, order_id, action,
         json.dumps(details, ensure_ascii=False)))


async def order_events(db: Database, order_id: int, basket_id: int) -> list[dict[str, Any]]:
    """The order's events and those of the basket that led to it, oldest first."""
    rows = await db.fetchall(
        "SELECT at, actor, action, details FROM audit_events WHERE order_id = ? OR basket_id = ?"
        " ORDER BY id", (order_id, basket_id))
    return [{"at": r["at"], "actor": r["actor"], "action": r["action"], "details": json.loads(r["details"])}
            for r in rows]
