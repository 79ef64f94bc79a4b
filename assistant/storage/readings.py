"""Learned readings: a client's own meaning of a phrase at one grocer, taught by staff decisions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.storage import audit
from assistant.storage.audit import Actor
from assistant.storage.db import Connection, Database, Reader


@dataclass(frozen=True)
class Learned:
    """One staff decision to remember: by `phrase` (key `phrase_key`) this client means the product."""

    client_id: int
    vendor: str
    phrase_key: str
    phrase: str
    product_id: str
    product_name: str
    at: float  # the service clock's Unix seconds


async def learn(conn: Connection, reading: Learned, actor: Actor, basket_id: int | None = None) -> None:
    """Insert or replace the client's reading of the phrase, in the caller's transaction (with the basket
    change that taught it), and say so in the audit trail (the basket's, so the order's trail shows it).
    The same phrase kept under a key an older normaliser gave is replaced too, so it is one reading."""
    await conn.execute(
        "DELETE FROM learned_readings WHERE client_id = ? AND vendor = ? AND phrase = ? AND phrase_key <> ?",
        (reading.client_id, reading.vendor, reading.phrase, reading.phrase_key))
    await conn.execute(
        "INSERT INTO learned_readings (client_id, vendor, phrase_key, phrase, product_id, product_name,"
        " learned_by, learned_by_user_id, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (client_id, vendor, phrase_key) DO UPDATE SET phrase = excluded.phrase,"
        " product_id = excluded.product_id, product_name = excluded.product_name,"
        " learned_by = excluded.learned_by, learned_by_user_id = excluded.learned_by_user_id,"
        " learned_at = excluded.learned_at",
        (reading.client_id, reading.vendor, reading.phrase_key, reading.phrase, reading.product_id,
         reading.product_name, actor.name, actor.user_id, reading.at))
    await audit.record(conn, actor, "reading_learned",
                       {"vendor": reading.vendor, "phrase": reading.phrase, "product_id": reading.product_id,
                        "name": reading.product_name}, client_id=reading.client_id, basket_id=basket_id)


async def readings_by_phrase(db: Reader, client_id: int, vendor: str) -> dict[str, str]:
    """phrase as taught → product id, oldest first: what matching needs for this client at this grocer."""
    return (await readings_by_vendor(db, client_id)).get(vendor, {})


async def readings_by_vendor(db: Reader, client_id: int) -> dict[str, dict[str, str]]:
    """vendor → phrase as taught → product id, oldest first: the client's readings at every grocer, in a
    read that need not wait for the client's row to say which grocer is theirs (a client has a few dozen
    at most). By the phrase, not the stored key: matching reads the phrase as the normaliser does now."""
    rows = await db.fetchall(
        "SELECT vendor, phrase, product_id FROM learned_readings WHERE client_id = ? ORDER BY learned_at, id",
        (client_id,))
    found: dict[str, dict[str, str]] = {}
    for r in rows:
        found.setdefault(r["vendor"], {})[r["phrase"]] = r["product_id"]
    return found


async def list_readings(db: Database, client_id: int) -> list[dict[str, Any]]:
    """Every reading of the client, newest first, with the product as the catalog has it now (if at all)."""
    rows = await db.fetchall(
        "SELECT r.id, r.vendor, r.phrase, r.product_id, r.product_name, r.learned_by, r.learned_at,"
        " p.name AS current_name, p.available AS available FROM learned_readings r"
        " LEFT JOIN products p ON p.id = r.product_id AND p.vendor = r.vendor"
        " WHERE r.client_id = ? ORDER BY r.learned_at DESC, r.id DESC", (client_id,))
    return [dict(r) for r in rows]


async def forget(db: Database, client_id: int, reading_id: int, actor: Actor) -> bool:
    """Delete one reading of the client (False when it has no such reading), with an audit event."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "DELETE FROM learned_readings WHERE id = ? AND client_id = ? RETURNING phrase, product_id, vendor",
            (reading_id, client_id))
        gone = await cursor.fetchone()
        if gone is None:
            return False
        await audit.record(conn, actor, "reading_forgotten",
                           {"vendor": gone["vendor"], "phrase": gone["phrase"], "product_id": gone["product_id"]},
                           client_id=client_id)
    return True
