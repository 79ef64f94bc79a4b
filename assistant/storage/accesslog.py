"""The access log: one row per read of a client's personal data."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from assistant.storage.db import Database


@dataclass(frozen=True)
class Read:
    """Who read which client's data, what, through which request and session (a digest)."""

    user_id: int | None
    username: str
    client_id: int
    what: str
    request: str
    session: str


async def record(db: Database, reads: list[Read]) -> None:
    """All reads of one request in one transaction. The usual request reads one client: that row is a lone
    INSERT (`Database.execute`: on SQLite one hand-over to the database thread rather than three)."""
    if not reads:
        return
    now = time.time()
    rows = [(now, r.user_id, r.username, r.client_id, r.what, r.request, r.session) for r in reads]
    sql = ("INSERT INTO access_log (at, user_id, username, client_id, what, request, session)"
           " VALUES (?, ?, ?, ?, ?, ?, ?)")
    if len(rows) == 1:
        await db.execute(sql, rows[0])
        return
    async with db.transaction() as conn:
        await conn.executemany(sql, rows)


async def entries(db: Database, *, client_id: int | None = None, user_id: int | None = None,
                  since: float | None = None, until: float | None = None, limit: int = 1000,
                  client_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Newest first, with the client's name while the client still exists. `client_ids`: only these
    clients' reads (a unit's admin reviews the unit's clients); None: every client."""
    where: list[str] = []
    params: list[Any] = []
    if client_ids is not None:
        if not client_ids:
            return []
        where.append(f"a.client_id IN ({', '.join('?' * len(client_ids))})")
        params.extend(client_ids)
    for clause, value in (("a.client_id = ?", client_id), ("a.user_id = ?", user_id), ("a.at >= ?", since),
                          ("a.at < ?", until)):
        if value is not None:
            where.append(clause)
            params.append(value)
    rows = await db.fetchall(
        "SELECT a.id, a.at, a.user_id, a.username, a.client_id, c.display_name AS client_name, a.what,"
        " a.request, a.session FROM access_log a LEFT JOIN clients c ON c.id = a.client_id"
        + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.at DESC, a.id DESC LIMIT ?",
        (*params, limit))
    return [dict(r) for r in rows]


async def reads_of_removed_clients(db: Database, remove: bool) -> int:
    """Log rows naming a client no longer stored (a read that finished while retention removed the client,
    or an order list asked for by a removed client's number): counted, or with `remove` deleted."""
    where = "client_id NOT IN (SELECT id FROM clients)"
    row = await db.fetchone(f"SELECT COUNT(*) FROM access_log WHERE {where}")
    if not remove or not (row and row[0]):  # a daily run with nothing to do writes nothing
        return int(row[0]) if row else 0
    async with db.transaction() as conn:
        cursor = await conn.execute(f"DELETE FROM access_log WHERE {where}")
        return int(cursor.rowcount)
