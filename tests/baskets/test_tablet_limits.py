"""What a tablet session may not do: clear a flag staff must look at, or outlive its staff member's
assignment to the client (issue 11)."""

from __future__ import annotations

from tests.baskets.conftest import call, new_client, say

BASKET = "/api/v1/clients/{}/basket"


async def _as_tablet(staff, client_id: int) -> None:
    tablet = await call(staff, "POST", f"/api/v1/clients/{client_id}/tablet")
    staff.csrf = tablet["csrf_token"]  # this browser is now the tablet


async def test_a_tablet_cannot_clear_a_diet_conflict_but_staff_can(client, staff, browser):
    cid = (await new_client(staff, diet=["laktosfri"]))["id"]
    basket = await call(staff, "GET", BASKET.format(cid))
    basket = await call(staff, "POST", BASKET.format(cid) + "/lines", json={"product_id": "t:ost2",
                                                                           "version": basket["version"]})
    cheese = basket["lines"][0]
    assert cheese["needs_review"] and cheese["reason"].startswith("Passar inte kunden")
    bertil = await browser("bertil", "admin")
    await _as_tablet(staff, cid)
    body = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{cheese['id']}", 403,
                      json={"resolved": True, "version": basket["version"]})
    assert body["error"]["code"] == "staff_review"
    # Picking the same conflicting product again does not settle it either.
    chosen = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{cheese['id']}",
                        json={"product_id": "t:ost2", "resolved": True, "version": basket["version"]})
    assert chosen["unresolved"] == 1
    resolved = await call(bertil, "PATCH", BASKET.format(cid) + f"/lines/{cheese['id']}",
                          json={"resolved": True, "version": chosen["version"]})
    assert resolved["unresolved"] == 0


async def test_a_tablet_still_confirms_an_unsure_match(staff):
    cid = (await new_client(staff))["id"]
    await _as_tablet(staff, cid)
    basket = (await say(staff, cid, "ost"))["basket"]
    unsure = [line for line in basket["lines"] if line["needs_review"] and line["product"]]
    assert unsure, basket["lines"]
    after = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{unsure[0]['id']}",
                       json={"resolved": True, "version": basket["version"]})
    assert after["unresolved"] == 0


async def test_tablet_sessions_end_when_their_staff_member_is_unassigned(staff, browser):
    cid = (await new_client(staff))["id"]
    admin = await browser("admin", "admin")
    await browser("bertil")
    await _as_tablet(staff, cid)
    await call(staff, "GET", BASKET.format(cid))
    await call(admin, "PUT", f"/api/v1/clients/{cid}/staff", json={"usernames": ["anna", "bertil"]})
    await call(staff, "GET", BASKET.format(cid))  # still assigned: the tablet goes on
    await call(admin, "PUT", f"/api/v1/clients/{cid}/staff", json={"usernames": ["bertil"]})
    body = await call(staff, "GET", BASKET.format(cid), 401)
    assert body["error"]["code"] == "unauthenticated"


async def test_a_tablet_settles_a_line_whose_amount_could_not_be_read_without_changing_the_count(staff):
    """"1e400 mjölk": the product is clear, the amount is not; the client and the care worker at the tablet
    answer it as well as staff, so "Ja, det stämmer" settles it at the one package shown."""
    cid = (await new_client(staff, budget_sek=None))["id"]
    await _as_tablet(staff, cid)
    basket = (await say(staff, cid, "1e400 liter mjölk"))["basket"]
    [line] = basket["lines"]
    assert line["needs_review"] and not line["staff_only"] and line["count"] == 1
    assert line["product"]["id"] == "t:mjolk" and line["quantity"]["odd"] == "1e400"
    after = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}",
                       json={"resolved": True, "version": basket["version"]})
    assert after["unresolved"] == 0 and after["lines"][0]["count"] == 1


async def test_a_tablet_settles_a_change_to_an_amount_that_could_not_be_read(staff):
    cid = (await new_client(staff, budget_sek=None))["id"]
    await say(staff, cid, "tre mjölk")
    await _as_tablet(staff, cid)
    basket = (await say(staff, cid, "ändra mjölken till 1e400"))["basket"]
    [line] = basket["lines"]
    assert line["needs_review"] and not line["staff_only"] and line["count"] == 3
    after = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}",
                       json={"resolved": True, "version": basket["version"]})
    assert after["unresolved"] == 0 and after["lines"][0]["count"] == 3
