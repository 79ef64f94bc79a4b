"""Baskets stay bounded: items per utterance, lines per basket, and a bounded undo history (issue 11)."""

from __future__ import annotations

import pytest

from assistant.storage.db import Database
from tests.baskets.conftest import call, new_client, say


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"max_items_per_utterance": 4, "max_basket_lines": 6, "basket_undo_depth": 3})


async def test_too_many_items_in_one_utterance_is_422_in_swedish(staff):
    karin = await new_client(staff)
    body = await say(staff, karin["id"], "mjölk, bröd, kaffe, smör och ost", expect=422)
    assert body["error"]["code"] == "too_many_items"
    assert body["error"]["message"].startswith("Det var för många varor på en gång (högst 4)")
    assert (await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket"))["lines"] == []


async def test_a_full_basket_refuses_more_lines_but_can_still_be_changed(staff):
    karin = await new_client(staff)
    path = f"/api/v1/clients/{karin['id']}/basket"
    await say(staff, karin["id"], "mjölk, bröd, kaffe och smör")
    await say(staff, karin["id"], "ost och ägg")
    body = await say(staff, karin["id"], "torskfilé", expect=422)
    assert body["error"]["code"] == "basket_full"
    assert body["error"]["message"] == "Korgen är full (högst 6 rader). Ta bort något först."
    basket = await call(staff, "GET", path)
    assert len(basket["lines"]) == 6
    body = await call(staff, "POST", path + "/lines", 422, json={"product_id": "t:fisk", "version": basket["version"]})
    assert body["error"]["code"] == "basket_full"
    await say(staff, karin["id"], "en mjölk till")  # more of a line already there still fits
    after = await say(staff, karin["id"], "ta bort osten")
    assert len(after["basket"]["lines"]) == 5


async def test_undo_keeps_a_bounded_history(staff, settings):
    karin = await new_client(staff)
    for text in ["mjölk", "bröd", "kaffe", "smör", "ost"]:
        await say(staff, karin["id"], text)
    async with Database(settings.db) as db:
        rows = await db.fetchall("SELECT utterance FROM basket_undo ORDER BY id")
    assert [r["utterance"] for r in rows] == ["kaffe", "smör", "ost"]
    undone = await say(staff, karin["id"], "ångra")
    assert len(undone["basket"]["lines"]) == 4


async def test_understand_refuses_too_many_items_before_matching_them(staff):
    body = await call(staff, "POST", "/api/v1/understand", 422, json={"text": "mjölk, bröd, kaffe, smör och ost"})
    assert body["error"]["code"] == "too_many_items" and body["error"]["details"] == {"max_items": 4, "items": 5}
    assert len((await call(staff, "POST", "/api/v1/understand", json={"text": "mjölk och bröd"}))["lines"]) == 2
