"""Defects found on the tablet (issue 12) that live in the basket service, through the HTTP API."""

from __future__ import annotations

from tests.baskets.conftest import call, new_client, say

BASKET = "/api/v1/clients/{}/basket"
NO_EARLIER = "Det finns ingen tidigare beställning att upprepa."


def ids(basket: dict) -> list[str | None]:
    return [line["product"]["id"] if line["product"] else None for line in basket["lines"]]


async def order(staff, cid: int, *product_ids: str) -> None:
    """An order placed and sent: staff add the products, approve what is flagged, confirm and submit."""
    basket = await call(staff, "GET", BASKET.format(cid))
    for pid in product_ids:
        basket = await call(staff, "POST", BASKET.format(cid) + "/lines",
                            json={"product_id": pid, "version": basket["version"]})
    for line in basket["lines"]:
        if line["needs_review"]:
            basket = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}",
                                json={"resolved": True, "version": basket["version"]})
    basket = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    await call(staff, "POST", BASKET.format(cid) + "/submit", 201, json={"version": basket["version"]})


async def test_the_client_cannot_undo_a_diet_warning(client, staff, settings):
    cid = (await new_client(staff, diet=["laktosfri"]))["id"]
    tablet = await call(staff, "POST", f"/api/v1/clients/{cid}/tablet")
    staff.csrf = tablet["csrf_token"]  # this browser is now the client's tablet
    basket = (await say(staff, cid, "mjölk"))["basket"]
    line = basket["lines"][0]
    assert line["product"]["id"] == "t:mjolk-lf" and not line["needs_review"] and not line["staff_only"]
    # The client picks ordinary milk: the line is flagged for staff, whoever picked it.
    basket = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}",
                        json={"product_id": "t:mjolk", "resolved": True, "version": basket["version"]})
    line = basket["lines"][0]
    assert line["needs_review"] and line["staff_only"] and "laktosfri" in line["reason"]
    refused = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}", 403,
                         json={"resolved": True, "version": basket["version"]})
    assert refused["error"]["code"] == "staff_review"
    assert (await call(staff, "GET", BASKET.format(cid)))["unresolved"] == 1


async def test_staff_approve_a_diet_conflict_in_a_step_of_its_own(staff):
    cid = (await new_client(staff, diet=["laktosfri"]))["id"]
    basket = (await say(staff, cid, "mjölk"))["basket"]
    line = basket["lines"][0]
    basket = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}",
                        json={"product_id": "t:mjolk", "resolved": True, "version": basket["version"]})
    assert basket["unresolved"] == 1  # the pick itself does not approve a conflict
    basket = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}",
                        json={"resolved": True, "version": basket["version"]})
    assert basket["unresolved"] == 0 and "laktosfri" in basket["lines"][0]["reason"]


async def test_alternatives_that_fit_the_diet_come_first(staff):
    cid = (await new_client(staff, diet=["laktosfri"]))["id"]
    basket = (await say(staff, cid, "en ost"))["basket"]
    line = basket["lines"][0]
    assert line["product"]["id"] == "t:ost" and line["needs_review"] and line["staff_only"]
    alternatives = [alt["id"] for alt in line["alternatives"]]
    assert alternatives[-1] == "t:ost2", alternatives  # cheese with lactose: offered last


async def test_the_same_repeat_twice_adds_nothing_already_there(staff):
    cid = (await new_client(staff, diet=["laktosfri"]))["id"]
    await order(staff, cid, "t:kaffe", "t:mjolk")  # the milk breaks the diet: flagged again in a repeat
    first = await say(staff, cid, "samma som förra veckan")
    assert sorted(ids(first["basket"])) == ["t:kaffe", "t:mjolk"] and first["basket"]["unresolved"] == 1
    again = await call(staff, "POST", BASKET.format(cid) + "/repeat",
                       json={"kind": "last", "version": first["basket"]["version"]})
    assert sorted(ids(again["basket"])) == ["t:kaffe", "t:mjolk"]
    assert again["basket"]["total_sek"] == first["basket"]["total_sek"]
    assert again["reply"] == "Allt från förra gången finns redan i korgen."
    said = await say(staff, cid, "samma som förra veckan")
    assert sorted(ids(said["basket"])) == ["t:kaffe", "t:mjolk"]
    assert said["reply"] == "Allt från förra gången finns redan i korgen."


async def test_a_typed_repeat_with_no_earlier_order_answers_like_the_button(staff):
    cid = (await new_client(staff))["id"]
    basket = await call(staff, "GET", BASKET.format(cid))
    button = await call(staff, "POST", BASKET.format(cid) + "/repeat",
                        json={"kind": "last", "version": basket["version"]})
    typed = await say(staff, cid, "samma som förra veckan")
    assert button["reply"] == typed["reply"] == NO_EARLIER
    assert typed["basket"]["lines"] == []


async def test_varor_counts_lines_in_the_total_answer(staff):
    cid = (await new_client(staff, budget_sek=None))["id"]
    basket = (await say(staff, cid, "tre mjölk och ett kaffe"))["basket"]
    assert len(basket["lines"]) == 2 and sum(line["count"] for line in basket["lines"]) == 4
    answer = await say(staff, cid, "vad kostar det")
    assert "för 2 varor" in answer["reply"], answer["reply"]


async def test_a_short_password_is_refused_in_swedish(admin):
    refused = await call(admin, "POST", "/api/v1/users", 400,
                         json={"username": "berit", "password": "kort", "role": "staff"})
    said = refused["error"]["message"] + " " + " ".join(d["msg"] for d in refused["error"]["details"])
    assert "Lösenordet måste vara minst 8 tecken" in said, said
    assert "should" not in said
