"""Failed-login counts per throttle key, in the database so that every service instance shares them."""

from __future__ import annotations

from collections.abc import Callable

from assistant.storage.db import Database


async def blocked_until(db: Database, keys: list[str]) -> float:
    """The latest time any of the keys is blocked until (0 when none is)."""
    if not keys:
        return 0.0
    row = await db.fetchone(
        f"SELECT MAX(blocked_until) FROM login_failures WHERE key IN ({', '.join('?' * len(keys))})", keys)
    return float(row[0]) if row and row[0] is not None else 0.0


async def record_failure(db: Database, keys: list[str], now: float, forget_before: float,
                         block_for: Callable[[str, int], float]) -> None:
    """Count one more failure under each key (starting over after a quiet spell, i.e. when the last
    failure is older than `forget_before`) and block the key for `block_for(key, failures)` seconds."""
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM login_failures WHERE last_failure_at < ? AND blocked_until < ?",
                           (forget_before, now))
        for key in keys:
            cursor = await conn.execute(
                "INSERT INTO login_failures (key, failures, last_failure_at, blocked_until) VALUES (?, 1, ?, 0)"
                " ON CONFLICT (key) DO UPDATE SET"
                " failures = CASE WHEN login_failures.last_failure_at < ? THEN 1"
                " ELSE login_failures.failures + 1 END, last_failure_at = excluded.last_failure_at"
                " RETURNING failures", (key, now, forget_before))
            row = await cursor.fetchone()
            failures = int(row[0])
            wait = block_for(key, failures)
            if wait > 0:
                await conn.execute("UPDATE login_failures SET blocked_until = ? WHERE key = ?", (now + wait, key))


async def clear(db: Database, keys: list[str]) -> None:
    if keys:
        await db.execute(f"DELETE FROM login_failures WHERE key IN ({', '.join('?' * len(keys))})", keys)
