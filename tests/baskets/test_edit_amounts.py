"""An edit that says a weight or volume ("ändra kaffet till 900 g") orders the packages of the line's product
that come nearest it, as the same words do when the line is added; the product stays the one chosen."""

from __future__ import annotations

import pytest

from assistant.catalog.packages import OTHER_UNIT, TOO_BIG
from tests.baskets.conftest import new_client, say


async def _edited(staff, first: str, edit: str) -> dict:
    """The only line after `first` and then `edit`; the edit kept its product."""
    karin = await new_client(staff, budget_sek=None)
    [added] = (await say(staff, karin["id"], first))["basket"]["lines"]
    [line] = (await say(staff, karin["id"], edit))["basket"]["lines"]
    assert line["product"]["id"] == added["product"]["id"]
    return line


@pytest.mark.parametrize(("first", "edit", "count"), [
    ("kaffe", "ändra kaffet till 900 g", 2),         # two 450 g packs
    ("kaffe", "ändra kaffet till ett kilo", 3),      # 1350 g: the nearest not short of a kilo
    ("tre kaffe", "ändra kaffet till 450 gram", 1),
    ("mellanmjölk", "ändra mjölken till tre liter", 3),  # 1 l packs
    ("mellanmjölk", "ändra mjölken till 2 st", 2),   # a count is still a count
])
async def test_an_edit_to_an_amount_orders_the_packages_nearest_it(staff, first, edit, count):
    line = await _edited(staff, first, edit)
    assert (line["count"], line["weight_kg"]) == (count, None)
    assert not line["needs_review"], line["reason"]


async def test_an_edit_to_far_less_than_a_package_is_flagged(staff):
    line = await _edited(staff, "kaffe", "ändra kaffet till 100 g")
    assert line["count"] == 1 and line["needs_review"] and TOO_BIG in line["reason"]


async def test_an_edit_to_a_unit_the_product_is_not_sold_in_is_flagged(staff):
    line = await _edited(staff, "kaffe", "ändra kaffet till två liter")
    assert line["count"] == 1 and line["needs_review"] and OTHER_UNIT in line["reason"]


async def test_an_edit_to_a_weight_of_a_product_sold_by_weight_is_that_weight(staff):
    line = await _edited(staff, "bananer", "ändra bananerna till 1,5 kg")
    assert (line["weight_kg"], line["count"]) == (1.5, None)
