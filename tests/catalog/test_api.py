"""/api/v1/understand and /api/v1/catalog/search through the real app and a real SQLite file."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from aiohttp.test_utils import TestClient

from assistant.app import create_app
from assistant.catalog.service import CATALOG
from assistant.settings import Settings
from assistant.storage.clients import create_client
from assistant.storage.db import Database
from assistant.storage.products import upsert_products
from tests.catalog.catalog_fixture import PRODUCTS, product
from tests.conftest import Session


async def load(settings: Settings, products=PRODUCTS, vendor: str = "demo") -> None:
    async with Database(settings.db) as db:
        await db.migrate()
        await upsert_products(db, products, vendor)


async def test_understand_returns_lines_with_products_counts_and_flags(staff: Session, settings: Settings) -> None:
    await load(settings)
    resp = await staff.post("/api/v1/understand", json={"text": "två liter mellanmjölk och en ost", "client_id": None})
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["text"] == "två liter mellanmjölk och en ost"
    assert "add" in body["intents"]
    milk, cheese = body["lines"]
    assert milk["product"]["id"] in {"mellan", "mellan15"}
    assert set(milk["product"]) == {"id", "name", "brand", "size", "unit", "price_sek", "category"}
    assert milk["quantity"]["amount"] == 2 and milk["quantity"]["unit"] == "l"
    assert milk["action"] == "add" and milk["needs_review"] is False
    assert milk["count"] in {1, 2}
    assert cheese["needs_review"] is True and cheese["reason"]
    assert len(cheese["alternatives"]) <= 5 and all("score" in a for a in cheese["alternatives"])


async def test_understand_sees_a_new_import_without_restart(staff: Session, settings: Settings) -> None:
    await load(settings)
    first = await (await staff.post("/api/v1/understand", json={"text": "glögg"})).json()
    assert first["lines"][0]["product"] is None and first["lines"][0]["needs_review"]
    await load(settings, [product("glögg", "Glögg Alkoholfri", "Dryck > Saft och stilldrinks", "Blossa", 75, "cl")])
    second = await (await staff.post("/api/v1/understand", json={"text": "glögg"})).json()
    assert second["lines"][0]["product"]["id"] == "glögg"


async def test_understand_with_a_bearer_token(client: TestClient, settings: Settings) -> None:
    from tests.conftest import make_token, make_user

    await load(settings)
    token = await make_token(settings, await make_user(settings, "robot", "staff"))
    resp = await client.post("/api/v1/understand", json={"text": "smör"},
                             headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 200
    assert (await resp.json())["lines"][0]["product"]["id"] == "smör"


async def test_understand_requires_login(client: TestClient) -> None:
    resp = await client.post("/api/v1/understand", json={"text": "mjölk"})
    assert resp.status == 401


async def test_understand_rejects_bad_bodies(staff: Session) -> None:
    for body in ({"text": "mjölk", "extra": 1}, {"client_id": "x"}, {"text": 5}, [1, 2]):
        resp = await staff.post("/api/v1/understand", json=body)
        assert resp.status == 400, body
        assert (await resp.json())["error"]["code"] == "validation_error"
    resp = await staff.post("/api/v1/understand", data="{not json", headers={"Content-Type": "application/json"})
    assert resp.status == 400


async def test_understand_rejects_text_that_is_too_long(staff: Session, settings: Settings) -> None:
    resp = await staff.post("/api/v1/understand", json={"text": "mjölk " * settings.max_text_chars})
    assert resp.status == 413
    assert "tecken" in (await resp.json())["error"]["message"]


async def test_understand_requires_json(staff: Session) -> None:
    resp = await staff.post("/api/v1/understand", data="mjölk", headers={"Content-Type": "text/plain"})
    assert resp.status == 415


async def test_catalog_search(staff: Session, settings: Settings) -> None:
    await load(settings)
    resp = await staff.get("/api/v1/catalog/search", params={"q": "smorgasgurka", "limit": "2"})
    assert resp.status == 200
    results = (await resp.json())["results"]
    assert results[0]["id"] == "smörgåsgurka" and len(results) <= 2
    assert 0 <= results[0]["score"] <= 1


async def test_catalog_search_validates_its_query(staff: Session) -> None:
    for params in ({"q": "ost", "limit": "0"}, {"q": "ost", "limit": "51"}, {"limit": "5"}, {"q": "ost", "limit": "x"}):
        assert (await staff.get("/api/v1/catalog/search", params=params)).status == 400, params


async def test_catalog_search_requires_login(client: TestClient) -> None:
    assert (await client.get("/api/v1/catalog/search", params={"q": "ost"})).status == 401


async def test_understand_weighs_loose_goods(staff: Session, settings: Settings) -> None:
    await load(settings, [product("banan", "Bananer", "Frukt & grönt > Frukt", None, None, "kg", 24.9),
                          product("mjolk", "Mellanmjölk", "Mejeri > Mjölk", "Arla", 1, "l")])
    body = await (await staff.post("/api/v1/understand", json={"text": "tre bananer och en mjölk"})).json()
    bananas, milk = body["lines"]
    assert (bananas["count"], bananas["weight_kg"], bananas["weight_estimated"]) == (3, 0.54, True)
    assert not bananas["needs_review"]
    assert (milk["weight_kg"], milk["weight_estimated"]) == (None, False)
    body = await (await staff.post("/api/v1/understand", json={"text": "2 hg bananer"})).json()
    assert (body["lines"][0]["count"], body["lines"][0]["weight_kg"], body["lines"][0]["weight_estimated"]) == (
        None, 0.2, False)


async def test_the_indexes_are_built_at_start_up(aiohttp_client: Callable[..., Awaitable[TestClient]],
                                                 settings: Settings) -> None:
    """The first sentence after a start does not wait for its grocer's index: the default grocer's and
    each client's grocer's (where a catalog is imported) are built at start-up, before any request."""
    await load(settings)
    await load(settings, [product("glögg", "Glögg Alkoholfri", "Dryck > Saft och stilldrinks")], "other")
    await load(settings, [product("te", "Kamomill Te", "Dryck > Te")], "unused")
    async with Database(settings.db) as db:
        await create_client(db, {"display_name": "Bo", "address": "Storgatan 1", "phone": "", "delivery_weekday": 4,
                                 "cutoff_weekday": 2, "cutoff_time": "12:00", "diet": [], "vendor": "other",
                                 "notes": ""}, None)
    service = (await aiohttp_client(create_app(settings))).app[CATALOG]
    for _ in range(200):
        if len(service._indexes) == 2:
            break
        await asyncio.sleep(0.05)
    assert set(service._indexes) == {settings.default_vendor, "other"}
