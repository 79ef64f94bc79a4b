"""Matching rules of session i41, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

from tests.catalog.catalog_fixture import product, propose

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
