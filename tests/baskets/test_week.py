"""One whole week through the HTTP API, then the next week's "samma som förra veckan"."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from assistant.storage import products
from assistant.storage.db import Database
from tests.baskets.conftest import CATALOG, call, new_client, say


async def wait_for_status(staff, order_id: int, status: str) -> dict:
    for _ in range(200):
        order = await call(staff, "GET", f"/api/v1/orders/{order_id}")
        if order["status"] == status:
            return order
        await asyncio.sleep(0.02)
    raise AssertionError(f"order {order_id} never became {status}: {order}")


def line_for(basket: dict, product_id: str) -> dict:
    return next(line for line in basket["lines"] if line["product"] and line["product"]["id"] == product_id)


async def test_a_week_from_typed_list_to_delivery_and_repeat(staff, grocer, clock, settings):
    client = await new_client(staff)
    cid = client["id"]
    assert client["next_delivery"] == {"date": "2026-03-13", "cutoff_at": "2026-03-11T12:00:00+01:00"}

    # 1. A list is typed.
    answer = await say(staff, cid, "två mjölk, ett bröd, kaffe, ost och pepparkakshus")
    basket = answer["basket"]
    assert "Jag har lagt till" in answer["reply"]
    assert [line["phrase"] for line in basket["lines"]] == ["mjölk", "bröd", "kaffe", "ost", "pepparkakshus"]
    assert line_for(basket, "t:mjolk")["count"] == 2
    assert line_for(basket, "t:mjolk")["chilled"] and line_for(basket, "t:mjolk")["changed_by"] == "anna"

    # 2. Two flagged lines: "ost" (which sort?) and an unknown product; staff resolve them.
    flagged = [line for line in basket["lines"] if line["needs_review"]]
    assert [line["phrase"] for line in flagged] == ["ost", "pepparkakshus"]
    assert basket["unresolved"] == 2
    version = basket["version"]
    resp = await call(staff, "POST", f"/api/v1/clients/{cid}/basket/confirm", 409, json={"version": version})
    assert resp["error"]["code"] == "unresolved_lines" and len(resp["error"]["details"]["lines"]) == 2
    ost, unknown = flagged
    basket = await call(staff, "PATCH", f"/api/v1/clients/{cid}/basket/lines/{ost['id']}",
                        json={"version": version, "product_id": ost["alternatives"][0]["id"]})
    basket = await call(staff, "PATCH", f"/api/v1/clients/{cid}/basket/lines/{unknown['id']}",
                        json={"version": basket["version"], "product_id": "t:agg"})
    assert basket["unresolved"] == 0
    milk, bread = line_for(basket, "t:mjolk"), basket["lines"][1]
    basket = await call(staff, "PATCH", f"/api/v1/clients/{cid}/basket/lines/{milk['id']}",
                        json={"version": basket["version"], "substitution_allowed": True})
    assert bread["substitution_allowed"] is False

    # 3. Staff confirm (seeing the total to show the client) and submit.
    confirmed = await call(staff, "POST", f"/api/v1/clients/{cid}/basket/confirm",
                           json={"version": basket["version"]})
    assert confirmed["status"] == "confirmed" and not confirmed["over_budget"]
    assert confirmed["total_sek"] == round(2 * 17.9 + 30.0 + 59.9 + 99.0 + 45.0, 2)
    assert "Summa att visa kunden" in confirmed["message"]
    order = await call(staff, "POST", f"/api/v1/clients/{cid}/basket/submit", 201,
                       json={"version": confirmed["version"]})
    assert order["status"] in ("submitted", "received") and order["moved_to_next_delivery"] is False
    assert order["delivery_date"] == "2026-03-13" and order["total_sek"] == confirmed["total_sek"]

    # 4. The outbox delivers; at picking milk is substituted and the bread is missing.
    grocer.sandbox.out_of_stock = {"t:mjolk": "t:mjolk-lf", bread["product"]["id"]: None}
    order = await wait_for_status(staff, order["id"], "received")
    assert order["vendor_order_number"] == "SB-000001"
    for _ in range(2):
        grocer.sandbox.advance(grocer.sandbox.orders["SB-000001"])
    order = await wait_for_status(staff, order["id"], "delivered")
    outcomes = {line["product"]["id"]: line["outcome"] for line in order["lines"]}
    assert outcomes == {"t:mjolk": "substituted", bread["product"]["id"]: "missing", "t:kaffe2": "delivered",
                        "t:ost2": "delivered", "t:agg": "delivered"}
    assert order["lines"][0]["substitute"]["id"] == "t:mjolk-lf"
    assert len(grocer.sandbox.orders) == 1

    events = (await call(staff, "GET", f"/api/v1/orders/{order['id']}/audit"))["events"]
    actions = [e["action"] for e in events]
    for expected in ("basket_created", "utterance", "line_changed", "confirmed", "order_submitted",
                     "order_sent", "order_delivered"):
        assert expected in actions
    assert {e["actor"] for e in events} == {"anna", "system"}

    csv_text = await call(staff, "GET", f"/api/v1/clients/{cid}/invoice-basis.csv?month=2026-03")
    rows = [row.split(";") for row in csv_text.strip().split("\r\n")]
    assert rows[0][:3] == ["leveransdatum", "ordernummer", "vara"]
    assert ["saknades" in r for r in rows].count(True) == 1 and ["utbytt" in r for r in rows].count(True) == 1
    assert not any(r[2].startswith("Leveransavgift") for r in rows)  # the municipality pays it (the default)
    assert order["delivery_fee_paid_by"] == "municipality"

    # 5. Next week: coffee is gone from the catalog and bread got dearer.
    clock.advance(timedelta(days=7))
    async with Database(settings.db) as database:
        gone = next(p for p in CATALOG if p.id == "t:kaffe2")
        dearer = next(p for p in CATALOG if p.id == bread["product"]["id"])
        await products.upsert_products(database, [gone.model_copy(update={"available": False}),
                                                  dearer.model_copy(update={"price_sek": 33.5})], "demo")
    basket = await call(staff, "GET", f"/api/v1/clients/{cid}/basket")
    assert basket["delivery_date"] == "2026-03-20" and basket["lines"] == []
    answer = await say(staff, cid, "samma som förra veckan")
    basket = answer["basket"]
    assert len(basket["lines"]) == 5
    coffee = next(line for line in basket["lines"] if line["phrase"] == gone.name)
    assert coffee["needs_review"] and coffee["product"]["id"] == "t:kaffe" and "finns inte längre" in coffee["reason"]
    assert line_for(basket, dearer.id)["price_changed_from"] == 30.0
    assert line_for(basket, "t:mjolk")["count"] == 2 and line_for(basket, "t:mjolk")["substitution_allowed"]
    assert basket["unresolved"] == 1


async def test_the_reply_says_a_word_not_found_once_and_not_as_added(staff):
    """The line of a word nothing was found for stays in the basket for staff, but the client is not told it
    was added, nor asked about twice: "Jag hittade inte ”pepparkakshus”" is the one thing said of it."""
    client = await new_client(staff)
    reply = (await say(staff, client["id"], "två mjölk och pepparkakshus"))["reply"]
    assert reply.startswith("Jag har lagt till 2 "), reply
    assert reply.count("pepparkakshus") == 1 and "Jag hittade inte ”pepparkakshus”" in reply, reply
