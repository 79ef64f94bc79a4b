"""Baskets, their lines (one JSON document per line) and the per-basket undo stack."""

from __future__ import annotations

import time
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import from_json, to_json

from assistant.storage import audit, readings
from assistant.storage.audit import Actor
from assistant.storage.db import Connection, Database, IntegrityError, Reader, Row, together
from assistant.storage.readings import Learned


def _json(data: Any) -> str:
    """Lines are stored as JSON text, written and read on every sentence a tablet sends: pydantic-core does
    it in a fraction of the json module's time (same JSON; NaN written as json.dumps would)."""
    return to_json(data, inf_nan_mode="constants").decode()


class StaleVersion(Exception):
    """The basket changed since the caller read it."""


@dataclass
class BasketWrite:
    """Everything one change does to a basket, applied in one transaction under the version check."""

    basket_id: int
    client_id: int
    version: int
    actor: Actor
    lines: list[dict[str, Any]] | None = None  # the full new line list; None leaves lines alone
    # The lines at `version`, as read (which the version check vouches are stored): only lines that differ from
    # them are written. None: `lines` are all written anew.
    lines_read: list[dict[str, Any]] | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # status, delivery_date, ...
    push_undo: tuple[str, list[dict[str, Any]]] | None = None  # (utterance, lines before)
    pop_undo: int | None = None  # id of the undo entry consumed
    undo_depth: int = 20  # undo entries kept per basket (older ones are dropped: storage stays bounded)
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    learned: list[Learned] = field(default_factory=list)  # staff decisions the client's readings keep


def _basket(row: Row) -> dict[str, Any]:
    data = dict(row)
    data["moved_to_next_delivery"] = bool(data["moved_to_next_delivery"])
    return data


# The client's active basket (open or confirmed: at most one, by the unique index baskets_one_active).
ACTIVE_WHERE = "client_id = ? AND status IN ('open', 'confirmed')"
ACTIVE_ID = f"(SELECT id FROM baskets WHERE {ACTIVE_WHERE})"


async def active_basket(db: Reader, client_id: int) -> dict[str, Any] | None:
    row = await db.fetchone(f"SELECT * FROM baskets WHERE {ACTIVE_WHERE}", (client_id,))
    return _basket(row) if row else None


async def get_basket(db: Reader, basket_id: int) -> dict[str, Any] | None:
    row = await db.fetchone("SELECT * FROM baskets WHERE id = ?", (basket_id,))
    return _basket(row) if row else None


async def create_basket(db: Database, client_id: int, delivery_date: str, cutoff_at: str,
                        actor: Actor) -> dict[str, Any]:
    """The client's active basket: a new empty one, or the one a concurrent request just made."""
    try:
        async with db.transaction() as conn:
            await _insert_basket(conn, client_id, delivery_date, cutoff_at, actor)
    except IntegrityError:
        pass  # the unique index says another request created it first
    basket = await active_basket(db, client_id)
    assert basket is not None
    return basket


async def carry_over(db: Database, close: BasketWrite, delivery_date: str, cutoff_at: str,
                     carried: list[dict[str, Any]]) -> None:
    """`close` ends a basket and `carried` (its lines) go on in a new open basket, in one transaction: a
    basket reopened to change an order the grocer then refused can only be sent as a new order, and an
    order has exactly one basket."""
    async with db.transaction() as conn:
        await apply_write(conn, close)
        basket_id = await _insert_basket(conn, close.client_id, delivery_date, cutoff_at, close.actor,
                                         carried_from_basket=close.basket_id)
        await together(_replace_lines(conn, basket_id, [{k: v for k, v in line.items() if k != "id"}
                                                        for line in carried]))


async def _insert_basket(conn: Connection, client_id: int, delivery_date: str, cutoff_at: str, actor: Actor,
                         **details: Any) -> int:
    """A new open basket and its audit event; the unique index on open baskets refuses a second one."""
    now = time.time()
    cursor = await conn.execute(
        "INSERT INTO baskets (client_id, status, delivery_date, cutoff_at, created_at, updated_at)"
        " VALUES (?, 'open', ?, ?, ?, ?) RETURNING id", (client_id, delivery_date, cutoff_at, now, now))
    basket_id: int = (await cursor.fetchone())[0]
    await audit.record(conn, actor, "basket_created", {"delivery_date": delivery_date, **details},
                       client_id=client_id, basket_id=basket_id)
    return basket_id


async def lines(db: Reader, basket_id: int) -> list[dict[str, Any]]:
    return await _lines_of(db, "?", basket_id)


async def active_lines(db: Reader, client_id: int) -> list[dict[str, Any]]:
    """The lines of the client's active basket (none without one), asked without first knowing its id, so
    that a snapshot can ask for them together with the basket row."""
    return await _lines_of(db, ACTIVE_ID, client_id)


async def _lines_of(db: Reader, basket_id_sql: str, param: int) -> list[dict[str, Any]]:
    rows = await db.fetchall(
        f"SELECT id, data FROM basket_lines WHERE basket_id = {basket_id_sql} ORDER BY position, id", (param,))
    return [from_json(r["data"]) | {"id": r["id"]} for r in rows]


async def last_undo(db: Database, basket_id: int) -> tuple[int, str, list[dict[str, Any]]] | None:
    row = await db.fetchone(
        "SELECT id, utterance, lines_before FROM basket_undo WHERE basket_id = ? ORDER BY id DESC LIMIT 1",
        (basket_id,))
    return (row["id"], row["utterance"], from_json(row["lines_before"])) if row else None


def _replace_lines(conn: Connection, basket_id: int, new_lines: list[dict[str, Any]],
                   read: list[dict[str, Any]] | None = None) -> list[Awaitable[Any]]:
    """The statements writing a basket's lines, for `together`: lines keep their ids (staff refer to them);
    new lines get fresh ones, after the kept ones are in place (a fresh id can then never be one a kept line
    still has to take).

    Given `read`, the lines as stored, only what differs is written: a line kept as it was at its place
    costs nothing (a sentence adding two things to a basket of thirty writes two rows, not thirty-two).
    Lines are compared by their stored JSON, so a count 1 that became 1.0 is written too."""
    rows = [(position, line, _json({k: v for k, v in line.items() if k != "id"}))
            for position, line in enumerate(new_lines)]

    async def insert_new(position: int, line: dict[str, Any], data: str) -> None:
        [(line["id"],)] = await conn.execute_fetchall(
            "INSERT INTO basket_lines (basket_id, position, data) VALUES (?, ?, ?) RETURNING id",
            (basket_id, position, data))

    fresh = [insert_new(position, line, data) for position, line, data in rows if line.get("id") is None]
    insert_kept = "INSERT INTO basket_lines (id, basket_id, position, data) VALUES (?, ?, ?, ?)"
    if read is None:
        return [conn.execute("DELETE FROM basket_lines WHERE basket_id = ?", (basket_id,)),
                conn.executemany(insert_kept, [(line["id"], basket_id, position, data)
                                               for position, line, data in rows if line.get("id") is not None]),
                *fresh]
    stored = {line["id"]: (position, _json({k: v for k, v in line.items() if k != "id"}))
              for position, line in enumerate(read)}
    kept = {line["id"] for _, line, _ in rows if line.get("id") is not None}
    gone = [(line_id, basket_id) for line_id in stored if line_id not in kept]
    changed = [(position, data, line["id"], basket_id) for position, line, data in rows
               if line.get("id") in stored and stored[line["id"]] != (position, data)]
    back = [(line["id"], basket_id, position, data) for position, line, data in rows
            if line.get("id") is not None and line["id"] not in stored]  # an undo brings back removed lines
    statements: list[Awaitable[Any]] = []
    if gone:
        statements.append(conn.executemany("DELETE FROM basket_lines WHERE id = ? AND basket_id = ?", gone))
    if changed:
        statements.append(conn.executemany(
            "UPDATE basket_lines SET position = ?, data = ? WHERE id = ? AND basket_id = ?", changed))
    if back:
        statements.append(conn.executemany(insert_kept, back))
    return statements + fresh


async def _version_check(conn: Connection, write: BasketWrite) -> None:
    """The basket moves to the next version only from the one the writer read; else StaleVersion."""
    sets = "".join(f", {k} = ?" for k in write.fields)
    cursor = await conn.execute(
        f"UPDATE baskets SET version = version + 1, updated_at = ?{sets} WHERE id = ? AND version = ?",
        (time.time(), *write.fields.values(), write.basket_id, write.version))
    if cursor.rowcount != 1:
        raise StaleVersion()


async def apply_write(conn: Connection, write: BasketWrite) -> int:
    """The version check and the change in the caller's transaction; returns the new version.

    Nothing waits for another statement's answer: the version check and the change go to the database
    together (`together`), so that the write transaction, which holds SQLite's one writer, is short and
    takes one hand-over to the database's thread. A failed check comes first of the failures and the caller's
    transaction rolls back whatever the change did."""
    statements: list[Awaitable[Any]] = [_version_check(conn, write)]
    if write.lines is not None:
        statements += _replace_lines(conn, write.basket_id, write.lines, write.lines_read)
    if write.push_undo is not None:
        utterance, before = write.push_undo
        statements += [
            conn.execute("INSERT INTO basket_undo (basket_id, utterance, lines_before, created_at) VALUES (?, ?, ?, ?)",
                         (write.basket_id, utterance, _json(before), time.time())),
            conn.execute("DELETE FROM basket_undo WHERE basket_id = ? AND id NOT IN"
                         " (SELECT id FROM basket_undo WHERE basket_id = ? ORDER BY id DESC LIMIT ?)",
                         (write.basket_id, write.basket_id, write.undo_depth))]
    if write.pop_undo is not None:
        statements.append(conn.execute("DELETE FROM basket_undo WHERE id = ? AND basket_id = ?",
                                       (write.pop_undo, write.basket_id)))
    elif write.lines is not None and write.push_undo is None:
        # A staff edit: "ångra" must not reach past it and silently revert it.
        statements.append(conn.execute("DELETE FROM basket_undo WHERE basket_id = ?", (write.basket_id,)))
    statements += [audit.record(conn, write.actor, action, details, client_id=write.client_id,
                                basket_id=write.basket_id) for action, details in write.events]
    statements += [readings.learn(conn, reading, write.actor, write.basket_id) for reading in write.learned]
    await together(statements)
    return write.version + 1


async def save(db: Database, write: BasketWrite) -> int:
    async with db.transaction() as conn:
        return await apply_write(conn, write)


async def reschedule(db: Database, basket_id: int, delivery_date: str, cutoff_at: str, actor: Actor,
                     client_id: int) -> None:
    """Past the cutoff: the basket moves to the next delivery (not a content change: version stays)."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE baskets SET delivery_date = ?, cutoff_at = ?, moved_to_next_delivery = 1, updated_at = ?"
            " WHERE id = ?", (delivery_date, cutoff_at, time.time(), basket_id))
        await audit.record(conn, actor, "moved_to_next_delivery", {"delivery_date": delivery_date},
                           client_id=client_id, basket_id=basket_id)
