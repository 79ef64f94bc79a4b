"""Matching rules of session i41, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, product, propose

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])

CRACKERS, BISCUITS = "Bröd & bageri > Tilltugg > Ostkex", "Bröd & bageri > Fika > Kakor kex"


def test_a_sort_on_a_shelf_whose_compound_ends_in_the_kind_is_of_that_kind() -> None:
    """"digestivekex" was the "Digestive Choklad" on Coop, a flavour nobody said: the plain "Digestive" biscuits
    stand under "Tilltugg > Ostkex", a shelf whose compound names a sort of the kind (crackers, "kex"), which a
    bare "kex" of the path would have said. A shelf word ending in the kind names it as the bare word does."""
    goods = [product("Digestive Original", "Digestive Original", CRACKERS, price=16.95),
             product("Digestive Fullkorn", "Digestive Fullkorn", CRACKERS, price=16.95),
             product("Digestive Choklad", "Digestive Choklad", BISCUITS, price=18.95),
             product("Mariekex", "Mariekex", BISCUITS, price=12.95)]
    proposal = propose(goods, "digestivekex")
    assert proposal.product is not None and proposal.product.id.startswith("Digestive") and (
        proposal.product.id != "Digestive Choklad"), proposal
    assert propose(goods, "digestivekex med choklad").product.id == "Digestive Choklad"


EGGS = "Mejeri, ost & ägg > Ägg"


@WITH_CATEGORIES
def test_a_count_of_multipacks_orders_that_many_packs(shelved: bool) -> None:
    """"två sexpack ägg" ordered one pack of six on Coop, and "ett sexpack ägg" was asked about on Mathem as
    "much more than wanted": the count was read as eggs. Two six-packs are two packages, plainly."""
    index = CatalogIndex.build([
        product("Ägg 6-p", "Ägg Frigående 6-p M 348g", EGGS if shelved else "", size=348, unit="g", price=15.5),
        product("Ägg 12-p", "Ägg Frigående 12-p L 798g", EGGS if shelved else "", size=798, unit="g", price=32.95)])
    for text, packs in [("två sexpack ägg", 2), ("ett sexpack ägg", 1)]:
        [line] = added_lines(index, text)
        assert (line.product and line.product.id, line.count, line.needs_review) == ("Ägg 6-p", packs, False), (
            text, line)
