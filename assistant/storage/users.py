"""Users, login sessions and integration tokens."""

from __future__ import annotations

import time

from assistant.storage.db import Database, Row


async def create_user(db: Database, username: str, password_hash: str, role: str,
                      unit: tuple[int, str] | None = None) -> int:
    """`unit`: (unit id, role in it) for an account a unit's admin creates, a member from the start."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?) RETURNING id",
            (username, password_hash, role, time.time()))
        user_id = int((await cursor.fetchone())[0])
        if unit is not None:
            await conn.execute("INSERT INTO unit_members (unit_id, user_id, role) VALUES (?, ?, ?)",
                               (unit[0], user_id, unit[1]))
        return user_id


async def set_password(db: Database, username: str, password_hash: str, role: str) -> None:
    await db.execute("UPDATE users SET password_hash = ?, role = ? WHERE username = ?",
                     (password_hash, role, username))


async def user_by_name(db: Database, username: str) -> Row | None:
    return await db.fetchone("SELECT * FROM users WHERE username = ? AND disabled = 0", (username,))


async def user_by_id(db: Database, user_id: int) -> Row | None:
    return await db.fetchone("SELECT * FROM users WHERE id = ?", (user_id,))


async def count_users(db: Database) -> int:
    row = await db.fetchone("SELECT COUNT(*) FROM users")
    return int(row[0]) if row else 0


async def create_session(db: Database, token_hash: str, user_id: int, csrf_token: str,
                         ttl_seconds: float, client_id: int | None = None) -> None:
    """A staff session, or with `client_id` a tablet session acting for that client only."""
    now = time.time()
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
        await conn.execute(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, client_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (token_hash, user_id, csrf_token, now, now + ttl_seconds, client_id),
        )


async def session_user(db: Database, token_hash: str) -> Row | None:
    """The live session with its user's fields, or None when unknown or expired."""
    return await db.fetchone(
        "SELECT s.token_hash, s.csrf_token, s.client_id, u.id AS user_id, u.username, u.role"
        " FROM sessions s JOIN users u ON u.id = s.user_id"
        " WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0",
        (token_hash, time.time()),
    )


async def delete_session(db: Database, token_hash: str) -> None:
    await db.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))


async def create_api_token(db: Database, token_hash: str, user_id: int) -> None:
    await db.execute("INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)",
                     (token_hash, user_id, time.time()))


async def token_user(db: Database, token_hash: str, issued_after: float = 0.0) -> Row | None:
    """The token's user, unless the user is disabled or the token was issued before `issued_after`."""
    return await db.fetchone(
        "SELECT u.id AS user_id, u.username, u.role FROM api_tokens t"
        " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND u.disabled = 0 AND t.created_at > ?",
        (token_hash, issued_after),
    )


async def revoke_credentials(db: Database, username: str) -> bool:
    """End every login session and integration token of the user; False when there is no such user."""
    async with db.transaction() as conn:
        cursor = await conn.execute("SELECT id FROM users WHERE username = ?", (username,))
        row = await cursor.fetchone()
        if row is None:
            return False
        await conn.execute("DELETE FROM sessions WHERE user_id = ?", (row[0],))
        await conn.execute("DELETE FROM api_tokens WHERE user_id = ?", (row[0],))
        return True


async def set_disabled(db: Database, username: str, disabled: bool) -> bool:
    """`update_account` by name; False when there is no such user."""
    account = await account_by_name(db, username)
    if account is None:
        return False
    await update_account(db, account["id"], disabled=disabled)
    return True


async def list_users(db: Database) -> list[Row]:
    return await db.fetchall("SELECT id, username, role FROM users WHERE disabled = 0 ORDER BY username")


async def all_users(db: Database) -> list[Row]:
    """Every account, disabled ones too (for the admin screen that can enable them again)."""
    return await db.fetchall("SELECT id, username, role, disabled FROM users ORDER BY username")


async def account_by_name(db: Database, username: str) -> Row | None:
    """The account whether disabled or not."""
    return await db.fetchone("SELECT id, username, role, disabled FROM users WHERE username = ?", (username,))


async def update_account(db: Database, user_id: int, *, disabled: bool | None = None,
                         password_hash: str | None = None) -> None:
    """Disabling ends the account's sessions and integration tokens for good, so that enabling it again
    revives none of them; a new password ends its sessions, so an old login stops working."""
    async with db.transaction() as conn:
        if disabled is not None:
            await conn.execute("UPDATE users SET disabled = ? WHERE id = ?", (int(disabled), user_id))
        if disabled:
            await conn.execute("DELETE FROM sessions WHERE user_id = ?", (user_id,))
            await conn.execute("DELETE FROM api_tokens WHERE user_id = ?", (user_id,))
        if password_hash is not None:
            await conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id))
            await conn.execute("DELETE FROM sessions WHERE user_id = ?", (user_id,))
