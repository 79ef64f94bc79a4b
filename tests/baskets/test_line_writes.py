"""A basket write given the lines as read writes only what differs from them, and stores exactly what a
write of every line would: the same lines, ids, order and values (a 1 that became 1.0 included)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.storage import baskets as store
from assistant.storage import clients
from assistant.storage.audit import Actor
from assistant.storage.baskets import BasketWrite, StaleVersion
from assistant.storage.db import Database

ACTOR = Actor("bertil", None)


def _line(name: str, count: Any = 1) -> dict[str, Any]:
    return {"phrase": name, "count": count, "product": {"id": f"t:{name}", "name": name}, "needs_review": False}


def _without_id(line: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in line.items() if k != "id"}


async def _basket(db: Database) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A basket holding a, b, c, d (as stored, with their ids)."""
    client_id = await clients.create_client(db, {"display_name": "Karin", "address": "", "phone": "",
                                                 "delivery_weekday": 4, "cutoff_weekday": 2,
                                                 "cutoff_time": "12:00", "diet": [], "vendor": "demo", "notes": ""},
                                      None)
    basket = await store.create_basket(db, client_id, "2026-03-13", "2026-03-11T12:00:00+01:00", ACTOR)
    await store.save(db, BasketWrite(basket["id"], client_id, basket["version"], ACTOR,
                                     lines=[_line(name) for name in "abcd"]))
    basket = await store.get_basket(db, basket["id"])
    assert basket is not None
    return basket, await store.lines(db, basket["id"])


def _kept(read: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [dict(line) for line in read]


# each: the new line list made from the lines as read (a, b, c, d)
CHANGES = {
    "nothing changed": lambda read: _kept(read),
    "one count changed": lambda read: _kept(read)[:1] + [read[1] | {"count": 3}] + _kept(read)[2:],
    "an int that became a float": lambda read: [read[0] | {"count": 1.0}] + _kept(read)[1:],
    "a line removed, the rest move up": lambda read: [read[0]] + _kept(read)[2:],
    "lines added": lambda read: _kept(read) + [_line("e"), _line("f", 2)],
    "reordered": lambda read: list(reversed(_kept(read))),
    "all removed": lambda read: [],
    "removed, added and changed": lambda read: [read[3] | {"needs_review": True}, _line("e"), read[0]],
}


@pytest.mark.parametrize("change", CHANGES)
async def test_writing_what_changed_stores_what_writing_every_line_would(db, change):
    basket, read = await _basket(db)
    new = CHANGES[change](read)
    await store.save(db, BasketWrite(basket["id"], basket["client_id"], basket["version"], ACTOR, lines=new,
                                     lines_read=read))
    stored = await store.lines(db, basket["id"])
    assert [_without_id(line) for line in stored] == [_without_id(line) for line in new]
    assert [type(line["count"]) for line in stored] == [type(line["count"]) for line in new]
    assert [line["id"] for line in stored] == [line["id"] for line in new]  # kept ids kept, new ones given
    assert len({line["id"] for line in stored}) == len(stored)


async def test_an_undo_brings_back_a_removed_line_with_its_id(db):
    basket, read = await _basket(db)
    await store.save(db, BasketWrite(basket["id"], basket["client_id"], basket["version"], ACTOR,
                                     lines=_kept(read)[1:], lines_read=read))
    now = await store.lines(db, basket["id"])
    await store.save(db, BasketWrite(basket["id"], basket["client_id"], basket["version"] + 1, ACTOR,
                                     lines=_kept(read), lines_read=now))
    assert await store.lines(db, basket["id"]) == read


async def test_a_stale_write_changes_no_line(db):
    basket, read = await _basket(db)
    await store.save(db, BasketWrite(basket["id"], basket["client_id"], basket["version"], ACTOR,
                                     fields={"status": "confirmed"}))
    with pytest.raises(StaleVersion):
        await store.save(db, BasketWrite(basket["id"], basket["client_id"], basket["version"], ACTOR,
                                         lines=[read[0] | {"count": 9}, _line("e")], lines_read=read))
    assert await store.lines(db, basket["id"]) == read
    assert (await store.get_basket(db, basket["id"]))["version"] == basket["version"] + 1
