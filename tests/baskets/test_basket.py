"""Basket behaviour through the API: edits, undo, questions, diet, budget, cutoff, versions, repeat."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from tests.baskets.conftest import call, new_client, say

BASKET = "/api/v1/clients/{}/basket"


def ids(basket: dict) -> list[str | None]:
    return [line["product"]["id"] if line["product"] else None for line in basket["lines"]]


async def test_add_change_remove_and_undo(staff):
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "två mjölk och ett bröd"))["basket"]
    assert ids(basket) == ["t:mjolk", "t:brod2"]
    answer = await say(staff, cid, "en mjölk till")
    assert answer["basket"]["lines"][0]["count"] == 3 and "Nu är det 3 Mellanmjölk" in answer["reply"]
    answer = await say(staff, cid, "ta bort brödet")
    assert ids(answer["basket"]) == ["t:mjolk"] and "tagit bort" in answer["reply"]
    answer = await say(staff, cid, "ångra")
    assert ids(answer["basket"]) == ["t:mjolk", "t:brod2"] and "ångrat" in answer["reply"]
    answer = await say(staff, cid, "nej inte den")
    assert answer["basket"]["lines"][0]["count"] == 2
    assert (await say(staff, cid, "ångra"))["basket"]["lines"] == []
    answer = await say(staff, cid, "ångra")
    assert answer["basket"]["lines"] == [] and answer["reply"] == "Det finns inget att ångra."


async def test_clearing_the_basket_takes_every_line_and_undo_brings_them_back(staff):
    """"töm korgen" added goods called "töm korgen", and "ta bort allt" found no line called "allt"."""
    cid = (await new_client(staff))["id"]
    await say(staff, cid, "två mjölk och ett bröd")
    answer = await say(staff, cid, "töm korgen")
    assert answer["basket"]["lines"] == []
    assert answer["reply"].startswith("Jag har tagit bort allt") and "ångra" in answer["reply"]
    answer = await say(staff, cid, "ångra")
    assert ids(answer["basket"]) == ["t:mjolk", "t:brod2"]
    answer = await say(staff, cid, "börja om och lägg till ett bröd")
    assert ids(answer["basket"]) == ["t:brod2"] and answer["basket"]["lines"][0]["count"] == 1
    await say(staff, cid, "ta bort allt")
    answer = await say(staff, cid, "ta bort allt")
    assert answer["basket"]["lines"] == [] and answer["reply"] == "Korgen är redan tom."


async def test_a_count_taken_away_leaves_the_rest(staff):
    """"ta bort en mjölk" of three took all three away, and "en mjölk mindre" added a "mjölk mindre": a count
    said with the goods taken away is how many fewer; as many or more, or none said, removes the line."""
    cid = (await new_client(staff))["id"]
    await say(staff, cid, "fyra mjölk och ett bröd")
    answer = await say(staff, cid, "ta bort en mjölk")
    assert [line["count"] for line in answer["basket"]["lines"]] == [3, 1] and "Nu är det 3" in answer["reply"]
    answer = await say(staff, cid, "en mjölk mindre")
    assert [line["count"] for line in answer["basket"]["lines"]] == [2, 1]
    answer = await say(staff, cid, "inte två mjölk utan fem")  # a count corrected, no milk taken away
    assert [line["count"] for line in answer["basket"]["lines"]] == [5, 1]
    answer = await say(staff, cid, "ta bort två mjölk")
    assert [line["count"] for line in answer["basket"]["lines"]] == [3, 1]
    answer = await say(staff, cid, "ta bort tre mjölk")
    assert ids(answer["basket"]) == ["t:brod2"] and "tagit bort" in answer["reply"]
    answer = await say(staff, cid, "ta bort brödet")
    assert answer["basket"]["lines"] == []


async def test_a_number_the_store_names_after_a_word_is_part_of_the_line(staff):
    """"omega tre kapslar": the store sells "Omega 3", so "tre kapslar" is no second line of three."""
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "omega tre kapslar och två mjölk"))["basket"]
    assert ids(basket) == ["t:omega", "t:mjolk"]
    assert [line["count"] for line in basket["lines"]] == [1, 2]


async def test_things_said_as_a_list_are_lines_of_their_own(staff):
    """"bananer ägg rågbröd", as speech gives a list with no "och": three lines, one each."""
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "bananer ägg rågbröd"))["basket"]
    assert ids(basket) == ["t:banan", "t:agg", "t:brod"]


async def test_undo_never_reverts_a_later_staff_edit(staff):
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "två mjölk"))["basket"]
    basket = await call(staff, "POST", BASKET.format(cid) + "/lines",
                        json={"product_id": "t:agg", "version": basket["version"]})
    answer = await say(staff, cid, "ångra")
    assert ids(answer["basket"]) == ["t:mjolk", "t:agg"] and answer["reply"] == "Det finns inget att ångra."


async def test_questions_answer_in_swedish_without_changing_the_basket(staff):
    cid = (await new_client(staff, budget_sek=50))["id"]
    before = (await say(staff, cid, "två mjölk och ett bröd"))["basket"]
    answer = await say(staff, cid, "vad kostar det")
    assert answer["reply"] == "Det blir 65,80\u00a0kr för 2 varor. Det är 15,80\u00a0kr över veckobudgeten på 50,00\u00a0kr."
    assert answer["basket"]["version"] == before["version"]
    answer = await say(staff, cid, "vad har jag beställt")
    assert answer["reply"] == "Du har beställt 2 Mellanmjölk 1,5% och Lantbröd."


async def test_staff_add_from_search_change_count_and_delete(staff):
    cid = (await new_client(staff))["id"]
    basket = await call(staff, "GET", BASKET.format(cid))
    basket = await call(staff, "POST", BASKET.format(cid) + "/lines",
                        json={"product_id": "t:fisk", "count": 2, "version": basket["version"]})
    line = basket["lines"][0]
    assert line["frozen"] and not line["chilled"] and line["line_total_sek"] == 138.0
    assert line["changed_by"] == "anna"
    basket = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}",
                        json={"count": 1, "version": basket["version"]})
    assert basket["total_sek"] == 69.0
    await call(staff, "POST", BASKET.format(cid) + "/lines", 400,
               json={"product_id": "nope", "version": basket["version"]})
    basket = await call(staff, "DELETE", BASKET.format(cid) + f"/lines/{line['id']}?version={basket['version']}")
    assert basket["lines"] == []
    await call(staff, "DELETE", BASKET.format(cid) + f"/lines/{line['id']}?version={basket['version']}", 404)


async def test_stale_version_is_409_and_no_update_is_lost(staff, browser):
    cid = (await new_client(staff))["id"]
    bertil = await browser("bertil")
    await call(staff, "PUT", f"/api/v1/clients/{cid}/staff", 403, json={"usernames": ["anna", "bertil"]})
    admin = await browser("boss", "admin")
    await call(admin, "PUT", f"/api/v1/clients/{cid}/staff", json={"usernames": ["anna", "bertil"]})
    basket = await call(staff, "GET", BASKET.format(cid))
    version = basket["version"]
    first = await call(staff, "POST", BASKET.format(cid) + "/lines",
                       json={"product_id": "t:agg", "version": version})
    stale = await call(bertil, "POST", BASKET.format(cid) + "/lines", 409,
                       json={"product_id": "t:kaffe", "version": version})
    assert stale["error"]["details"]["basket"]["version"] == first["version"]
    assert ids(stale["error"]["details"]["basket"]) == ["t:agg"]
    # Many writers at once with the same version: exactly one wins, the others get 409.

    async def post(who, pid: str) -> int:
        async with who.post(BASKET.format(cid) + "/lines",
                            json={"product_id": pid, "version": first["version"]}) as resp:
            return resp.status

    statuses = await asyncio.gather(*[post(who, pid) for who, pid in (
        (staff, "t:kaffe"), (bertil, "t:smor"), (staff, "t:ost"), (bertil, "t:fisk"))])
    assert sorted(statuses) == [200, 409, 409, 409]
    final = await call(staff, "GET", BASKET.format(cid))
    assert len(final["lines"]) == 2 and final["version"] == first["version"] + 1


async def test_diet_proposes_lactose_free_and_flags_conflicts(staff):
    cid = (await new_client(staff, diet=["laktosfri"]))["id"]
    basket = (await say(staff, cid, "mjölk"))["basket"]
    assert ids(basket) == ["t:mjolk-lf"] and not basket["lines"][0]["needs_review"]
    basket = await call(staff, "POST", BASKET.format(cid) + "/lines",
                        json={"product_id": "t:ost2", "version": basket["version"]})
    cheese = basket["lines"][1]
    assert cheese["needs_review"] and "laktosfri" in cheese["reason"] and basket["unresolved"] == 1
    basket = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{cheese['id']}",
                        json={"resolved": True, "version": basket["version"]})
    assert basket["unresolved"] == 0 and "laktosfri" in basket["lines"][1]["reason"]


async def test_budget_warns_and_override_reason_is_audited(staff):
    cid = (await new_client(staff, budget_sek=100))["id"]
    answer = await say(staff, cid, "två ost")
    assert answer["basket"]["over_budget"] and "över veckobudgeten" in answer["reply"]
    lines = answer["basket"]["lines"]
    basket = await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{lines[0]['id']}",
                        json={"resolved": True, "version": answer["basket"]["version"]})
    refused = await call(staff, "POST", BASKET.format(cid) + "/confirm", 409, json={"version": basket["version"]})
    assert refused["error"]["code"] == "over_budget" and refused["error"]["details"]["budget_sek"] == 100
    confirmed = await call(staff, "POST", BASKET.format(cid) + "/confirm",
                           json={"version": basket["version"], "budget_override_reason": "Födelsedagskalas"})
    assert confirmed["status"] == "confirmed" and confirmed["budget_override_reason"] == "Födelsedagskalas"
    order = await call(staff, "POST", BASKET.format(cid) + "/submit", 201, json={"version": confirmed["version"]})
    events = (await call(staff, "GET", f"/api/v1/orders/{order['id']}/audit"))["events"]
    override = next(e for e in events if e["action"] == "budget_override")
    assert override["details"]["reason"] == "Födelsedagskalas" and override["actor"] == "anna"


async def test_after_the_cutoff_the_order_moves_to_the_next_delivery(staff, clock):
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "ett bröd"))["basket"]
    assert basket["delivery_date"] == "2026-03-13" and not basket["moved_to_next_delivery"]
    confirmed = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    clock.advance(timedelta(days=2, hours=2, minutes=1))  # Wednesday 12:01, past the cutoff
    order = await call(staff, "POST", BASKET.format(cid) + "/submit", 201, json={"version": confirmed["version"]})
    assert order["delivery_date"] == "2026-03-20" and order["moved_to_next_delivery"]
    assert "nästa leveransdag, fredag 20 mars" in order["message"]
    # The next basket is for the delivery after that one.
    basket = await call(staff, "GET", BASKET.format(cid))
    assert basket["delivery_date"] == "2026-03-27" and basket["notice"] is None


async def test_confirm_requires_staff_and_a_confirmed_basket_to_submit(staff):
    cid = (await new_client(staff))["id"]
    basket = await call(staff, "GET", BASKET.format(cid))
    await call(staff, "POST", BASKET.format(cid) + "/confirm", 409, json={"version": basket["version"]})
    basket = (await say(staff, cid, "ett bröd"))["basket"]
    refused = await call(staff, "POST", BASKET.format(cid) + "/submit", 409, json={"version": basket["version"]})
    assert "bekräftas" in refused["error"]["message"]
    confirmed = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    edited = (await say(staff, cid, "en mjölk"))["basket"]
    assert edited["status"] == "open" and edited["version"] == confirmed["version"] + 1


async def test_usual_items_and_repeat_with_modifiers(staff, grocer):
    cid = (await new_client(staff))["id"]
    weekly = [("t:mjolk", "t:kaffe", "t:brod"), ("t:mjolk", "t:kaffe", "t:fisk"), ("t:mjolk", "t:agg"),
              ("t:mjolk", "t:brod", "t:ost")]
    for week in weekly:
        basket = await call(staff, "GET", BASKET.format(cid))
        for pid in week:
            basket = await call(staff, "POST", BASKET.format(cid) + "/lines",
                                json={"product_id": pid, "version": basket["version"]})
        basket = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
        await call(staff, "POST", BASKET.format(cid) + "/submit", 201, json={"version": basket["version"]})
    answer = await say(staff, cid, "som vanligt")
    assert ids(answer["basket"]) == ["t:mjolk", "t:brod", "t:kaffe"]  # in 4, 2 and 2 of the last 4 orders
    await say(staff, cid, "ångra")
    answer = await say(staff, cid, "samma som förra veckan men ingen ost")
    assert ids(answer["basket"]) == ["t:mjolk", "t:brod"]
    basket = await call(staff, "POST", BASKET.format(cid) + "/repeat",
                        json={"kind": "usual", "version": answer["basket"]["version"]})
    assert ids(basket["basket"]) == ["t:mjolk", "t:brod", "t:kaffe"]


async def test_purchase_history_comes_first(staff):
    cid = (await new_client(staff))["id"]
    basket = await call(staff, "GET", BASKET.format(cid))
    basket = await call(staff, "POST", BASKET.format(cid) + "/lines",
                        json={"product_id": "t:mjolk-eko", "version": basket["version"]})
    basket = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    await call(staff, "POST", BASKET.format(cid) + "/submit", 201, json={"version": basket["version"]})
    other = (await new_client(staff, display_name="Nils"))["id"]
    assert ids((await say(staff, other, "mjölk"))["basket"]) == ["t:mjolk"]
    assert ids((await say(staff, cid, "mjölk"))["basket"]) == ["t:mjolk-eko"]


async def test_every_edit_answers_the_basket_exactly_as_a_fresh_read_shows_it(staff):
    """The answer to a write is built from the write, not read back: it must be what GET shows next."""
    cid = (await new_client(staff, diet=["laktosfri"]))["id"]
    url = BASKET.format(cid)

    async def same_as_read(answer: dict) -> dict:
        basket = answer.get("basket", answer)
        assert basket == await call(staff, "GET", url)
        return basket

    basket = await same_as_read(await say(staff, cid, "två mjölk och ett halvt kilo bananer och ost"))
    basket = await same_as_read(await say(staff, cid, "tre bananer och en mjölk till och lite kaffe"))
    basket = await same_as_read(await say(staff, cid, "ta bort kaffet"))
    basket = await same_as_read(await say(staff, cid, "ångra"))
    assert len(basket["lines"]) == 4
    basket = await same_as_read(await call(staff, "POST", url + "/lines",
                                           json={"product_id": "t:agg", "count": 2, "version": basket["version"]}))
    line = basket["lines"][0]
    basket = await same_as_read(await call(staff, "PATCH", f"{url}/lines/{line['id']}", json={
        "product_id": line["alternatives"][0]["id"], "substitution_allowed": True, "version": basket["version"]}))
    basket = await same_as_read(await call(staff, "DELETE", f"{url}/lines/{basket['lines'][1]['id']}",
                                           params={"version": basket["version"]}))
    await same_as_read(await say(staff, cid, "ett bröd"))


async def test_goods_said_at_the_end_of_talk_are_added_for_staff_to_confirm(staff):
    """"bananer hon är förkyld ägg": the talk took the eggs with it and nobody was told. They are a line,
    flagged; said after talk alone, they are the sentence's only line, not "Jag förstod inte"."""
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "bananer hon är förkyld två paket ägg"))["basket"]
    assert ids(basket) == ["t:banan", "t:agg"]
    eggs = basket["lines"][1]
    assert eggs["needs_review"] and eggs["question"] == "unsure" and eggs["count"] == 2
    basket = (await say(staff, cid, "hon har varit sjuk en vecka bryggkaffe"))["basket"]
    coffee = basket["lines"][2]  # two coffees sold: asked about, but a line
    assert ids(basket)[:2] == ["t:banan", "t:agg"] and coffee["product"]["id"].startswith("t:kaffe")
    assert coffee["needs_review"]
    answer = await say(staff, cid, "hon har så torra ögon")
    assert len(answer["basket"]["lines"]) == 3
