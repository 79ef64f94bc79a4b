"""Goods sold by weight through the HTTP API: the weight ordered, its price, staff edits, the order sent."""

from __future__ import annotations

from datetime import timedelta

from tests.baskets.conftest import call, new_client, say
from tests.baskets.test_week import line_for, wait_for_status

BASKET = "/api/v1/clients/{}/basket"
BANANA_KG = 24.9


async def test_pieces_of_bananas_are_weighed_and_priced_by_weight(staff):
    cid = (await new_client(staff))["id"]
    answer = await say(staff, cid, "tre bananer")
    line = line_for(answer["basket"], "t:banan")
    assert line["count"] == 3 and line["weight_kg"] == 0.54 and line["weight_estimated"]
    assert not line["needs_review"] and line["piece_weight_kg"] == 0.18
    assert line["line_total_sek"] == round(0.54 * BANANA_KG, 2) == answer["basket"]["total_sek"]
    assert "ca 0,54 kg (3 st) Bananer" in answer["reply"]


async def test_a_weight_said_is_ordered_and_staff_can_change_it(staff):
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "ett halvt kilo bananer och två mjölk"))["basket"]
    line = line_for(basket, "t:banan")
    assert (line["weight_kg"], line["weight_estimated"], line["count"]) == (0.5, False, None)
    assert basket["total_sek"] == round(0.5 * BANANA_KG + 2 * 17.9, 2)
    path = BASKET.format(cid) + f"/lines/{line['id']}"
    basket = await call(staff, "PATCH", path, json={"version": basket["version"], "weight_kg": 0.8})
    line = line_for(basket, "t:banan")
    assert (line["weight_kg"], line["weight_estimated"]) == (0.8, False)
    assert line["line_total_sek"] == round(0.8 * BANANA_KG, 2)
    basket = await call(staff, "PATCH", path, json={"version": basket["version"], "count": 4})
    line = line_for(basket, "t:banan")
    assert (line["weight_kg"], line["weight_estimated"], line["count"]) == (0.72, True, 4)
    for wrong in (0.01, 25):
        await call(staff, "PATCH", path, 400, json={"version": basket["version"], "weight_kg": wrong})
    milk = line_for(basket, "t:mjolk")
    answer = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{milk['id']}", 400,
                        json={"version": basket["version"], "weight_kg": 1.0})
    assert answer["error"]["code"] == "not_sold_by_weight"
    confirmed = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    total = round(0.72 * BANANA_KG + 2 * 17.9, 2)
    assert confirmed["total_sek"] == total and "Summa att visa kunden: 53,73\u00a0kr" in confirmed["message"]


async def test_more_of_a_loose_product_adds_weight(staff):
    cid = (await new_client(staff))["id"]
    await say(staff, cid, "tre bananer")
    answer = await say(staff, cid, "ett halvt kilo bananer")
    line = line_for(answer["basket"], "t:banan")
    assert len(answer["basket"]["lines"]) == 1
    assert (line["weight_kg"], line["weight_estimated"], line["count"]) == (1.04, True, None)


async def test_the_grocer_receives_the_weight_and_the_invoice_and_repeat_keep_it(staff, grocer, clock):
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "tre bananer"))["basket"]
    confirmed = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    order = await call(staff, "POST", BASKET.format(cid) + "/submit", 201, json={"version": confirmed["version"]})
    assert order["total_sek"] == round(0.54 * BANANA_KG, 2)
    order = await wait_for_status(staff, order["id"], "received")
    sent = grocer.sandbox.orders[order["vendor_order_number"]]
    assert [(line.product_id, line.count, line.weight_kg) for line in sent.order.lines] == [("t:banan", 3, 0.54)]
    assert order["lines"][0]["weight_kg"] == 0.54 and order["lines"][0]["weight_estimated"]
    for _ in range(2):
        grocer.sandbox.advance(sent)
    await wait_for_status(staff, order["id"], "delivered")
    csv_text = await call(staff, "GET", f"/api/v1/clients/{cid}/invoice-basis.csv?month=2026-03")
    rows = [row.split(";") for row in csv_text.strip().split("\r\n")]
    assert rows[0][-1] == "vikt (kg)"
    assert rows[1][2] == "Bananer" and rows[1][6] == "13,45" and rows[1][-1] == "0,54"

    clock.advance(timedelta(days=7))
    basket = (await say(staff, cid, "samma som förra veckan"))["basket"]
    line = line_for(basket, "t:banan")
    assert (line["weight_kg"], line["weight_estimated"], line["count"]) == (0.54, True, 3)
