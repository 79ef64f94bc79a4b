"""A count estimated from the usual package sizes (the grocer states none) through the HTTP API: the
/understand preview, the basket line, the order, the next week's repeat, and a count set by hand."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestServer

from assistant.catalog.schema import Product
from assistant.grocer.sandbox import Sandbox, create_sandbox_app
from assistant.settings import Settings
from assistant.storage import products
from assistant.storage.db import Database
from tests.baskets.conftest import CATALOG, call, new_client, say
from tests.baskets.test_week import line_for, wait_for_status
from tests.grocer.conftest import Grocer

BASKET = "/api/v1/clients/{}/basket"
# A names-only feed, as Mathem's: no package size, no category, no brand.
NAMES_ONLY = [Product(id="m:mellan", name="Mellanmjölk 1,5%", price_sek=13.9),
              Product(id="m:rag", name="Rågbröd", price_sek=29.9),
              Product(id="m:fars", name="Nötfärs 12%", price_sek=59.9),
              Product(id="m:apple", name="Äpple Aroma Klass1", price_sek=5.9),
              Product(id="m:lax", name="Laxfilé Fryst", price_sek=94.9)]


@pytest.fixture
async def grocer(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> Grocer:
    sandbox = Sandbox(CATALOG + NAMES_ONLY, step_seconds=0)
    return Grocer(sandbox, await aiohttp_server(create_sandbox_app(sandbox)))


async def _mathem_client(staff, settings: Settings) -> int:
    async with Database(settings.db) as database:
        await products.upsert_products(database, NAMES_ONLY, "mathem")
    return (await new_client(staff, vendor="mathem"))["id"]


async def test_the_preview_says_the_count_is_estimated(staff, settings):
    cid = await _mathem_client(staff, settings)
    answer = await call(staff, "POST", "/api/v1/understand", json={"text": "två liter mellanmjölk och tre liter "
                                                                         "mellanmjölk", "client_id": cid})
    two, three = answer["lines"]
    assert (two["count"], two["count_estimated"], two["needs_review"]) == (2, True, False)
    assert (three["count"], three["count_estimated"], three["needs_review"]) == (3, True, False)  # of 1 l


@pytest.mark.parametrize(("text", "product_id", "count"), [
    ("ett kilo nötfärs", "m:fars", 1),            # mince's usual 1 kg pack
    ("ett kilo äpplen", "m:apple", 7),            # an apple sold by the piece, 0,15 kg each
    ("fyra hundra gram laxfilé", "m:lax", 1),     # no usual package known: one
])
async def test_an_amount_of_a_product_of_no_stated_size_is_an_estimate_not_a_question(
        staff, settings, text, product_id, count):
    cid = await _mathem_client(staff, settings)
    line = (await call(staff, "POST", "/api/v1/understand", json={"text": text, "client_id": cid}))["lines"][0]
    assert line["product"]["id"] == product_id
    assert (line["count"], line["count_estimated"], line["needs_review"], line["reason"]) == (count, True, False, None)
    basket = (await say(staff, cid, text))["basket"]
    added = line_for(basket, product_id)
    assert (added["count"], added["count_estimated"], added["needs_review"]) == (count, True, False)
    assert basket["unresolved"] == 0


async def test_more_than_a_kilo_of_a_kind_nothing_is_known_of_stays_a_question(staff, settings):
    cid = await _mathem_client(staff, settings)
    line = (await call(staff, "POST", "/api/v1/understand", json={"text": "två kilo laxfilé", "client_id": cid}
                       ))["lines"][0]
    assert line["needs_review"] and not line["count_estimated"] and "antalet" in line["reason"]


async def test_an_estimated_count_travels_to_the_order_and_the_repeat(staff, settings, grocer, clock):
    cid = await _mathem_client(staff, settings)
    basket = (await say(staff, cid, "två liter mellanmjölk och ett rågbröd"))["basket"]
    milk, bread = line_for(basket, "m:mellan"), line_for(basket, "m:rag")
    assert (milk["count"], milk["count_estimated"], milk["needs_review"]) == (2, True, False)
    assert not bread["count_estimated"] and basket["unresolved"] == 0
    again = await call(staff, "GET", BASKET.format(cid))
    assert line_for(again, "m:mellan")["count_estimated"]  # stored with the line

    confirmed = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    order = await call(staff, "POST", BASKET.format(cid) + "/submit", 201, json={"version": confirmed["version"]})
    assert [(line["count"], line["count_estimated"]) for line in order["lines"]] == [(2, True), (1, False)]
    order = await wait_for_status(staff, order["id"], "received")
    assert [line["count_estimated"] for line in order["lines"]] == [True, False]
    sent = grocer.sandbox.orders[order["vendor_order_number"]]
    assert [(line.product_id, line.count) for line in sent.order.lines] == [("m:mellan", 2), ("m:rag", 1)]
    listed = await call(staff, "GET", f"/api/v1/orders?client_id={cid}")
    assert listed["orders"][0]["lines"][0]["count_estimated"]

    clock.advance(timedelta(days=7))
    basket = (await say(staff, cid, "samma som förra veckan"))["basket"]
    milk = line_for(basket, "m:mellan")
    assert (milk["count"], milk["count_estimated"], milk["needs_review"]) == (2, True, False)
    assert not line_for(basket, "m:rag")["count_estimated"]


async def test_a_count_set_by_hand_is_no_longer_estimated(staff, settings):
    cid = await _mathem_client(staff, settings)
    basket = (await say(staff, cid, "två liter mellanmjölk"))["basket"]
    milk = line_for(basket, "m:mellan")
    basket = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{milk['id']}",
                        json={"version": basket["version"], "count": 3})
    assert (line_for(basket, "m:mellan")["count"], line_for(basket, "m:mellan")["count_estimated"]) == (3, False)
    basket = (await say(staff, cid, "en mellanmjölk till"))["basket"]
    assert [(line["count"], line["count_estimated"]) for line in basket["lines"]] == [(4, False)]


async def test_the_store_trip_list_says_which_counts_are_estimated(staff, settings):
    cid = await _mathem_client(staff, settings)
    basket = (await say(staff, cid, "två liter mellanmjölk och ett rågbröd"))["basket"]
    await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    trip = await call(staff, "POST", "/api/v1/store-trips", 201, json={"store": "ICA Kvantum", "client_ids": [cid]})
    lines = {line["product"]["id"]: line for d in trip["departments"] for line in d["lines"]}
    assert (lines["m:mellan"]["count"], lines["m:mellan"]["count_estimated"]) == (2, True)
    assert not lines["m:rag"]["count_estimated"]
