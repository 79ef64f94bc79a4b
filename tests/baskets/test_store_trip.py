"""Butiksinköp: three clients' confirmed baskets shopped in one trip become three orders with outcomes."""

from __future__ import annotations

from datetime import timedelta

from tests.baskets.conftest import call, new_client, say


async def confirmed(staff, name: str, text: str, **changes: object) -> dict:
    """A new client whose list is said, approved line by line and confirmed: ready for a trip."""
    client = await new_client(staff, display_name=name, **changes)
    basket = (await say(staff, client["id"], text))["basket"]
    for line in basket["lines"]:
        if line["needs_review"]:
            basket = await call(staff, "PATCH", f"/api/v1/clients/{client['id']}/basket/lines/{line['id']}",
                                json={"version": basket["version"], "resolved": True})
    await call(staff, "POST", f"/api/v1/clients/{client['id']}/basket/confirm", json={"version": basket["version"]})
    return client


def _line(trip: dict, bag: int, product_id: str) -> dict:
    return next(line for d in trip["departments"] for line in d["lines"]
                if line["bag"] == bag and line["product"]["id"] == product_id)


async def test_a_store_trip_for_three_clients_records_three_orders_with_outcomes(staff, browser, clock):
    karin = await confirmed(staff, "Karin A", "två mjölk och ett rågbröd")
    nils = await confirmed(staff, "Nils B", "en mjölk och ett rågbröd")
    olle = await confirmed(staff, "Olle C", "kaffe och en mjölk")
    open_one = await new_client(staff, display_name="Stina D")
    await say(staff, open_one["id"], "en mjölk")
    refused = await call(staff, "POST", "/api/v1/store-trips", 409, json={
        "store": "ICA Kvantum", "client_ids": [karin["id"], open_one["id"]]})
    assert refused["error"]["code"] == "basket_not_confirmed" and "Stina D" in refused["error"]["message"]
    assert (await call(staff, "GET", "/api/v1/store-trips"))["trips"] == []

    trip = await call(staff, "POST", "/api/v1/store-trips", 201, json={
        "store": "ICA Kvantum", "client_ids": [karin["id"], nils["id"], olle["id"]]})
    assert [(b["bag"], b["client_name"], b["status"]) for b in trip["bags"]] == [
        (1, "Karin A", "picking"), (2, "Nils B", "picking"), (3, "Olle C", "picking")]
    departments = {d["name"]: [(x["product"]["id"], x["bag"]) for x in d["lines"]] for d in trip["departments"]}
    assert departments["Mejeri, ost & ägg"] == [("t:mjolk", 1), ("t:mjolk", 2), ("t:mjolk", 3)]
    assert not any(d["inferred"] for d in trip["departments"])  # the categories state them
    assert departments["Bröd & kakor"] == [("t:brod", 1), ("t:brod", 2)]
    assert [x[1] for x in departments["Dryck"]] == [3]
    assert trip["remaining"] == 6
    for client in (karin, nils, olle):  # the baskets are on their way: next week's is a new one
        assert (await call(staff, "GET", f"/api/v1/clients/{client['id']}"))["basket"] is None

    tid = trip["id"]
    early = await call(staff, "POST", f"/api/v1/store-trips/{tid}/finish", 409)
    assert early["error"]["code"] == "lines_left" and "6 varor är inte avprickade" in early["error"]["message"]
    coffee = trip["departments"][[d["name"] for d in trip["departments"]].index("Dryck")]["lines"][0]
    await call(staff, "PATCH", f"/api/v1/store-trips/{tid}/lines/{coffee['id']}", 400,
               json={"outcome": "substituted"})
    ticks = {(_line(trip, 1, "t:mjolk")["id"]): {"outcome": "delivered", "actual_price_sek": 18.5},
             (_line(trip, 2, "t:brod")["id"]): {"outcome": "missing"},
             coffee["id"]: {"outcome": "substituted", "substitute_name": "Gevalia Mellanrost 500 g",
                            "actual_price_sek": 62.0}}
    for department in trip["departments"]:
        for line in department["lines"]:
            trip = await call(staff, "PATCH", f"/api/v1/store-trips/{tid}/lines/{line['id']}",
                              json=ticks.get(line["id"], {"outcome": "delivered"}))
    assert trip["remaining"] == 0
    done = await call(staff, "POST", f"/api/v1/store-trips/{tid}/finish")
    assert done["status"] == "finished" and done["message"] == "Inköpet är klart: 3 påsar levererade."
    await call(staff, "PATCH", f"/api/v1/store-trips/{tid}/lines/{coffee['id']}", 409, json={"outcome": "missing"})

    outcomes = {}
    for client in (karin, nils, olle):
        [order] = (await call(staff, "GET", f"/api/v1/orders?client_id={client['id']}"))["orders"]
        assert order["status"] == "delivered" and order["vendor"] == "butiksinköp"
        outcomes[client["display_name"]] = [(x["product"]["id"], x["outcome"]) for x in order["lines"]]
        actions = [e["action"] for e in (await call(staff, "GET", f"/api/v1/orders/{order['id']}/audit"))["events"]]
        assert actions[-2:] == ["order_submitted", "order_delivered"]
    assert outcomes == {"Karin A": [("t:mjolk", "delivered"), ("t:brod", "delivered")],
                        "Nils B": [("t:mjolk", "delivered"), ("t:brod", "missing")],
                        "Olle C": [(coffee["product"]["id"], "substituted"), ("t:mjolk", "delivered")]}

    # The invoice basis charges what the receipt said.
    text = await call(staff, "GET", f"/api/v1/clients/{karin['id']}/invoice-basis.csv?month=2026-03")
    milk = next(row.split(";") for row in text.split("\r\n") if "Mellanmjölk" in row)
    assert milk[4:8] == ["2", "18,50", "37,00", "levererad"]
    text = await call(staff, "GET", f"/api/v1/clients/{olle['id']}/invoice-basis.csv?month=2026-03")
    assert "Gevalia Mellanrost 500 g;;1;62,00;62,00;utbytt" in text

    # Next week "samma som förra veckan" repeats the store trip's order.
    clock.advance(timedelta(days=7))
    basket = (await say(staff, karin["id"], "samma som förra veckan"))["basket"]
    assert [(x["product"]["id"], x["count"]) for x in basket["lines"]] == [("t:mjolk", 2), ("t:brod", 1)]

    # Colleagues outside the clients' units do not see the trip.
    stranger = await browser("carl")
    await call(stranger, "GET", f"/api/v1/store-trips/{tid}", 404)
    assert (await call(stranger, "GET", "/api/v1/store-trips"))["trips"] == []
