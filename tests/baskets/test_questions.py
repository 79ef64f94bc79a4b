"""Each line says what its flag asks the client (`question`), through the HTTP API: in the /understand
preview and on basket lines, as the line is flagged, edited, settled or given another product."""

from __future__ import annotations

import pytest

from assistant.baskets import lines as L
from tests.baskets.conftest import call, new_client, say


async def test_understand_says_what_each_line_asks(staff) -> None:
    body = await call(staff, "POST", "/api/v1/understand",
                      json={"text": "1e400 mjölk, kassler, rågbröd och två liter kaffe"})
    assert [(line["phrase"], line["question"]) for line in body["lines"]] == [
        ("mjölk", "check_amount"), ("kassler", "not_sold"), ("rågbröd", None), ("kaffe", "how_many")]
    assert all(line["reason"] for line in body["lines"] if line["question"])  # staff keep the reason


async def test_a_basket_line_asks_until_it_is_settled(staff) -> None:
    karin = await new_client(staff, budget_sek=None)
    basket = (await say(staff, karin["id"], "två liter kaffe och rågbröd"))["basket"]
    coffee, bread = basket["lines"]
    assert (coffee["question"], bread["question"]) == ("how_many", None)
    basket = await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}/basket/lines/{coffee['id']}",
                        json={"resolved": True, "version": basket["version"]})
    assert basket["lines"][0]["question"] is None and not basket["lines"][0]["needs_review"]
    # an edit flagged again asks again: "två liter" of coffee sold by the gram is a count to check
    basket = (await say(staff, karin["id"], "ändra kaffet till två liter"))["basket"]
    assert basket["lines"][0]["question"] == "how_many"
    assert (await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket"))["lines"][0]["question"] == "how_many"


async def test_a_product_that_breaks_the_diet_asks_staff(staff) -> None:
    karin = await new_client(staff, budget_sek=None, diet=["laktosfri"])
    basket = (await say(staff, karin["id"], "rågbröd"))["basket"]
    basket = await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}/basket/lines/{basket['lines'][0]['id']}",
                        json={"product_id": "t:mjolk", "version": basket["version"]})
    line = basket["lines"][0]
    assert (line["question"], line["staff_only"]) == ("diet", True)
    basket = await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}/basket/lines/{line['id']}",
                        json={"product_id": "t:mjolk-lf", "version": basket["version"]})
    assert basket["lines"][0]["question"] is None  # a product that fits settles the line


@pytest.mark.parametrize(("stored", "question"), [
    ({"needs_review": True, "product": {"name": "Mjölk"}}, "unsure"),  # a line stored before lines said
    ({"needs_review": True, "product": None}, "not_sold"),
    ({"needs_review": True, "product": {"name": "Mjölk"}, "question": "which_sort"}, "which_sort"),
    ({"needs_review": False, "product": {"name": "Mjölk"}, "question": "which_sort"}, None),  # settled
])
def test_the_question_of_a_stored_line(stored: dict, question: str | None) -> None:
    assert L.question(stored) == question


def test_a_flag_added_keeps_the_question_that_comes_first() -> None:
    line = {"needs_review": True, "reason": "Många sorter passar: bekräfta vilken", "question": "which_sort"}
    L.flag(line, "Förpackningen är mycket större än önskad mängd", "how_many")
    assert line["question"] == "which_sort" and "större" in line["reason"]
    settled = {"needs_review": False, "reason": "x", "question": "which_sort"}  # a question settled is gone
    L.flag(settled, "Antalet 120 är fler än 99: kontrollera med kunden", "check_amount")
    assert settled["question"] == "check_amount"
