"""Orders that can still change: cancel or amend until the cutoff, exactly once at the grocer."""

from __future__ import annotations

import asyncio
from datetime import datetime

from assistant.appkeys import DB
from assistant.storage import baskets as basket_store
from assistant.storage import orders as order_store
from assistant.storage.audit import Actor
from assistant.storage.baskets import BasketWrite
from tests.baskets.conftest import CATALOG, TZ, call, new_client, say
from tests.baskets.test_week import wait_for_status


async def _submitted(staff, text: str) -> tuple[dict, dict]:
    client = await new_client(staff)
    basket = (await say(staff, client["id"], text))["basket"]
    basket = await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/confirm",
                        json={"version": basket["version"]})
    return client, await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/submit", 201,
                              json={"version": basket["version"]})


async def _sent_order(staff, text: str = "två mjölk och kaffe") -> tuple[dict, dict]:
    client, order = await _submitted(staff, text)
    return client, await wait_for_status(staff, order["id"], "received")


async def _change_settled(staff, order_id: int) -> dict:
    for _ in range(200):
        order = await call(staff, "GET", f"/api/v1/orders/{order_id}")
        if order["change"] and order["change"]["state"] != "pending":
            return await call(staff, "GET", f"/api/v1/orders/{order_id}")  # the order as the change left it
        await asyncio.sleep(0.02)
    raise AssertionError(f"the change of order {order_id} never settled: {order}")


async def _actions(staff, order_id: int) -> list[str]:
    return [e["action"] for e in (await call(staff, "GET", f"/api/v1/orders/{order_id}/audit"))["events"]]


async def test_cancel_before_picking_cancels_at_the_grocer_once(staff, grocer):
    client, order = await _sent_order(staff)
    answer = await call(staff, "POST", f"/api/v1/orders/{order['id']}/cancel", 202)
    assert answer["message"] == "Beställningen till fredag 13 mars avbeställs. Inget levereras den dagen."
    assert answer["order"]["change"] == {"kind": "cancel", "state": "pending", "reason": None}
    order = await wait_for_status(staff, order["id"], "cancelled")
    assert order["change"]["state"] == "done"
    assert [o.status for o in grocer.sandbox.orders.values()] == ["cancelled"]
    again = await call(staff, "POST", f"/api/v1/orders/{order['id']}/cancel", 409)
    assert again["error"] == {"code": "order_not_changeable", "message": "Beställningen är redan avbeställd.",
                              "details": {"status": "cancelled"}}
    actions = await _actions(staff, order["id"])
    assert actions.count("order_cancel_requested") == 1 and actions.count("order_cancelled") == 1
    # Nothing is coming on Friday, so the client can order for it again.
    assert (await call(staff, "GET", f"/api/v1/clients/{client['id']}"))["next_delivery"]["date"] == "2026-03-13"


async def _reopen_and_change(staff, client: dict, order: dict) -> dict:
    reopened = await call(staff, "POST", f"/api/v1/orders/{order['id']}/reopen")
    assert reopened["message"].startswith("Beställningen till fredag 13 mars går att ändra till onsdag 11 mars kl. 12:00")
    basket = reopened["basket"]
    assert basket["status"] == "open" and basket["delivery_date"] == "2026-03-13" and len(basket["lines"]) == 2
    coffee = next(line for line in basket["lines"] if "kaffe" in line["phrase"])
    basket = await call(staff, "DELETE", f"/api/v1/clients/{client['id']}/basket/lines/{coffee['id']}"
                                         f"?version={basket['version']}")
    basket = (await say(staff, client["id"], "ett rågbröd och tre ägg"))["basket"]
    basket = await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/confirm",
                        json={"version": basket["version"]})
    sent = await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/submit", 201,
                      json={"version": basket["version"]})
    assert sent["id"] == order["id"] and sent["message"].startswith("Ändringen skickas till butiken.")
    assert "fredag 13 mars" in sent["message"]
    return await _change_settled(staff, order["id"])


async def test_a_change_before_the_cutoff_amends_the_same_order_at_the_grocer(staff, grocer):
    client, order = await _sent_order(staff)
    changed = await _reopen_and_change(staff, client, order)
    assert changed["change"] == {"kind": "amend", "state": "done", "reason": None}
    assert [line["product"]["id"] for line in changed["lines"]] == ["t:mjolk", "t:brod", "t:agg"]
    assert changed["total_sek"] == round(2 * 17.9 + 32.0 + 45.0, 2)
    [at_grocer] = grocer.sandbox.orders.values()
    assert at_grocer.number == changed["vendor_order_number"] and at_grocer.status == "received"
    assert [(line.product_id, line.count) for line in at_grocer.lines] == [("t:mjolk", 2), ("t:brod", 1), ("t:agg", 1)]
    actions = await _actions(staff, order["id"])
    for action in ("order_reopened", "order_amend_requested", "order_amended"):
        assert actions.count(action) == 1, action
    # The amended order is followed to delivery like any other.
    for _ in range(2):
        grocer.sandbox.advance(at_grocer)
    delivered = await wait_for_status(staff, order["id"], "delivered")
    assert [line["outcome"] for line in delivered["lines"]] == ["delivered"] * 3


async def test_a_grocer_that_cannot_amend_gets_cancel_and_one_new_order(staff, grocer):
    grocer.sandbox.amendable = False
    client, order = await _sent_order(staff)
    changed = await _reopen_and_change(staff, client, order)
    assert changed["change"]["state"] == "done"
    old, new = grocer.sandbox.orders.values()
    assert old.status == "cancelled" and new.status == "received" and len(grocer.sandbox.orders) == 2
    assert changed["vendor_order_number"] == new.number and new.key != old.key
    assert [line.product_id for line in new.lines] == ["t:mjolk", "t:brod", "t:agg"]
    events = (await call(staff, "GET", f"/api/v1/orders/{order['id']}/audit"))["events"]
    replaced = [e for e in events if e["action"] == "order_replaced"]
    assert len(replaced) == 1 and replaced[0]["details"] == {"vendor_order_number": new.number,
                                                              "cancelled_vendor_order_number": old.number}


async def test_after_the_cutoff_or_once_picking_started_changes_are_refused(staff, grocer, clock):
    client, order = await _sent_order(staff)
    grocer.sandbox.advance(grocer.sandbox.orders[order["vendor_order_number"]])
    await wait_for_status(staff, order["id"], "picking")
    refused = await call(staff, "POST", f"/api/v1/orders/{order['id']}/cancel", 409)
    assert refused["error"]["code"] == "order_not_changeable" and "plocka" in refused["error"]["message"]

    _, second = await _sent_order(staff, "ett rågbröd")
    clock.set(datetime(2026, 3, 11, 12, 1, tzinfo=TZ))
    for action in ("cancel", "reopen"):
        late = await call(staff, "POST", f"/api/v1/orders/{second['id']}/{action}", 409)
        assert late["error"]["code"] == "past_cutoff"
        assert late["error"]["message"] == ("Det går inte att ändra eller avbeställa längre: beställningsstoppet "
                                            "var onsdag 11 mars kl. 12:00. Ring butiken om något måste ändras.")
    assert grocer.sandbox.orders[second["vendor_order_number"]].status == "received"
    assert "order_cancel_requested" not in await _actions(staff, second["id"])


async def test_a_reopened_basket_left_past_the_cutoff_leaves_the_order_as_placed(staff, grocer, clock):
    client, order = await _sent_order(staff)
    reopened = await call(staff, "POST", f"/api/v1/orders/{order['id']}/reopen")
    await say(staff, client["id"], "ett rågbröd")
    clock.set(datetime(2026, 3, 11, 12, 1, tzinfo=TZ))
    basket = await call(staff, "GET", f"/api/v1/clients/{client['id']}/basket")
    assert basket["id"] != reopened["basket"]["id"] and basket["delivery_date"] == "2026-03-20"
    assert "order_change_abandoned" in await _actions(staff, order["id"])
    assert (await call(staff, "GET", f"/api/v1/orders/{order['id']}"))["lines"] == order["lines"]


async def test_the_replacement_order_is_placed_once_when_the_answer_is_lost(staff, grocer):
    grocer.sandbox.amendable = False
    client, order = await _sent_order(staff)
    grocer.sandbox.faults.drop_next = 1  # the grocer takes the new order, the answer never arrives
    changed = await _reopen_and_change(staff, client, order)
    assert changed["change"]["state"] == "done" and grocer.sandbox.faults.drop_next == 0  # it was dropped
    old, new = grocer.sandbox.orders.values()
    assert len(grocer.sandbox.orders) == 2 and old.status == "cancelled" and new.status == "received"
    assert changed["vendor_order_number"] == new.number
    assert (await _actions(staff, order["id"])).count("order_replaced") == 1


async def _submitted_while_the_grocer_is_down(staff, grocer, text: str = "två mjölk och kaffe") -> tuple[dict, dict]:
    """An order submitted while the grocer answers 503 to everything: it stays 'submitted', retried."""
    grocer.sandbox.faults.fail_next = 10_000
    client, order = await _submitted(staff, text)
    assert order["status"] == "submitted" and order["vendor_order_number"] is None
    return client, order


async def _the_grocer_refuses_it(staff, grocer, order_id: int) -> dict:
    """The grocer is back but no longer sells the milk: the order is refused outright (422), not retried."""
    del grocer.sandbox.products["t:mjolk"]
    grocer.sandbox.faults.fail_next = 0
    return await wait_for_status(staff, order_id, "failed")


async def test_a_cancel_waiting_for_an_order_that_then_fails_settles_and_says_why(staff, grocer):
    client, order = await _submitted_while_the_grocer_is_down(staff, grocer)
    answer = await call(staff, "POST", f"/api/v1/orders/{order['id']}/cancel", 202)
    assert answer["order"]["change"]["state"] == "pending"
    await _the_grocer_refuses_it(staff, grocer, order["id"])
    settled = await _change_settled(staff, order["id"])
    assert settled["status"] == "failed"
    assert settled["change"] == {"kind": "cancel", "state": "refused", "reason": (
        "Beställningen kom aldrig fram till butiken, så det fanns inget att avbeställa. Inget levereras.")}
    assert grocer.sandbox.orders == {}
    actions = await _actions(staff, order["id"])
    assert actions.count("order_failed") == 1 and actions.count("order_change_refused") == 1
    # Nothing comes on Friday: the client can order for it again.
    basket = await call(staff, "GET", f"/api/v1/clients/{client['id']}/basket")
    assert basket["delivery_date"] == "2026-03-13" and basket["lines"] == []


async def test_an_amendment_waiting_for_an_order_that_then_fails_settles_and_says_what_to_do(staff, grocer):
    client, order = await _submitted_while_the_grocer_is_down(staff, grocer)
    await call(staff, "POST", f"/api/v1/orders/{order['id']}/reopen")
    basket = (await say(staff, client["id"], "ett rågbröd"))["basket"]
    basket = await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/confirm",
                        json={"version": basket["version"]})
    await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/submit", 201,
               json={"version": basket["version"]})
    await _the_grocer_refuses_it(staff, grocer, order["id"])
    settled = await _change_settled(staff, order["id"])
    assert settled["change"] == {"kind": "amend", "state": "refused", "reason": (
        "Beställningen kom aldrig fram till butiken, så ändringen skickades inte heller. "
        "Lägg en ny korg för leveransen och skicka den.")}
    assert grocer.sandbox.orders == {}
    # The order stands as it was placed (and failed); a new basket is for the same Friday.
    assert settled["lines"] == order["lines"]
    basket = await call(staff, "GET", f"/api/v1/clients/{client['id']}/basket")
    assert basket["delivery_date"] == "2026-03-13" and basket["lines"] == []


async def test_a_reopened_basket_says_it_changes_the_sent_order(staff, grocer):
    client, order = await _sent_order(staff)
    assert (await call(staff, "GET", f"/api/v1/clients/{client['id']}/basket"))["changes_order"] is None
    reopened = await call(staff, "POST", f"/api/v1/orders/{order['id']}/reopen")
    basket = await call(staff, "GET", f"/api/v1/clients/{client['id']}/basket")
    for view in (reopened["basket"], basket):
        assert view["changes_order"] == {
            "id": order["id"], "vendor_order_number": order["vendor_order_number"], "status": "received",
            "total_sek": order["total_sek"],
            "notice": f"Du ändrar en beställning som redan är skickad till butiken (butikens nummer "
                      f"{order['vendor_order_number']}). Det som redan är beställt gäller tills du bekräftar "
                      "och skickar ändringen; då ersätter korgen hela beställningen."}
    confirmed = await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/confirm",
                           json={"version": basket["version"]})
    assert confirmed["changes_order"]["id"] == order["id"]


async def test_a_reopened_basket_whose_order_then_fails_goes_on_as_a_new_basket_to_send(staff, grocer):
    client, order = await _submitted_while_the_grocer_is_down(staff, grocer)
    reopened = await call(staff, "POST", f"/api/v1/orders/{order['id']}/reopen")
    assert reopened["basket"]["changes_order"]["vendor_order_number"] is None
    await say(staff, client["id"], "ett rågbröd")
    await _the_grocer_refuses_it(staff, grocer, order["id"])
    basket = await call(staff, "GET", f"/api/v1/clients/{client['id']}/basket")
    assert basket["id"] != reopened["basket"]["id"] and basket["changes_order"] is None
    assert basket["status"] == "open" and basket["delivery_date"] == "2026-03-13"
    assert [line["product"]["id"] for line in basket["lines"]] == [
        line["product"]["id"] for line in order["lines"]] + ["t:brod"]
    assert "basket_carried_over" in await _actions(staff, order["id"])
    grocer.sandbox.products["t:mjolk"] = next(p for p in CATALOG if p.id == "t:mjolk")  # sold again
    basket = await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/confirm",
                        json={"version": basket["version"]})
    new = await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/submit", 201,
                     json={"version": basket["version"]})
    assert new["id"] != order["id"]
    sent = await wait_for_status(staff, new["id"], "received")
    assert [line["product"]["id"] for line in sent["lines"]][-1] == "t:brod"
    assert (await call(staff, "GET", f"/api/v1/orders/{order['id']}"))["status"] == "failed"


async def test_a_reopened_basket_confirmed_while_it_is_found_past_the_cutoff_is_still_abandoned(
        staff, grocer, clock, monkeypatch):
    """The race: a read finds the reopened basket past its cutoff and marks the change abandoned under the
    version it read, while staff confirm the basket (a new version) in between. The abandoning lost to the
    version check and the reader got a 500; now it reads again and abandons the confirmed basket."""
    client, order = await _sent_order(staff)
    reopened = await call(staff, "POST", f"/api/v1/orders/{order['id']}/reopen")
    basket = (await say(staff, client["id"], "ett rågbröd"))["basket"]
    db = staff.client.app[DB]
    found = order_store.order_for_basket
    confirming = [BasketWrite(basket["id"], client["id"], basket["version"], Actor("bertil", None),
                              fields={"status": "confirmed"}, events=[("confirmed", {})])]

    async def staff_confirm_meanwhile(reader, basket_id: int):
        if confirming:
            await basket_store.save(db, confirming.pop())
        return await found(reader, basket_id)

    monkeypatch.setattr(order_store, "order_for_basket", staff_confirm_meanwhile)
    clock.set(datetime(2026, 3, 11, 12, 1, tzinfo=TZ))
    current = await call(staff, "GET", f"/api/v1/clients/{client['id']}/basket")
    assert not confirming  # the write did land in between
    assert current["id"] != reopened["basket"]["id"] and current["delivery_date"] == "2026-03-20"
    assert (await _actions(staff, order["id"])).count("order_change_abandoned") == 1
    assert (await call(staff, "GET", f"/api/v1/orders/{order['id']}"))["lines"] == order["lines"]
    late = await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/submit", 409,
                      json={"version": basket["version"] + 1})
    assert late["error"]["code"] == "conflict"
    assert [o.status for o in grocer.sandbox.orders.values()] == ["received"]
