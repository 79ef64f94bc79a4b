"""Matching rules of session i38, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from tests.catalog.catalog_fixture import product, propose

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
BREAD = "Bröd & kakor > Baguetter"


@WITH_CATEGORIES
def test_a_compound_ends_in_a_kind_the_lexicon_knows_though_the_feed_never_writes_it_alone(shelved: bool) -> None:
    """"baguetter" was a sure "Baguette Kycklingröra", a filled baguette: the feed writes "röra" only inside
    compounds, so "kycklingröra" stayed one unknown word, a plain extra word like any label's. A kind the lexicon
    knows ("röra", a spread) heads such a compound, which then names the filling, a sort of its own: below the
    plain baguette, whose organic label costs less."""
    goods = [product(name, name, BREAD if shelved else "", price=price) for name, price in [
        ("Baguette Kycklingröra", 29.95), ("Baguette EKO", 32.95), ("Surdegsbaguette", 34.95),
        ("Kycklingfilé Naturell", 89.95), ("Skagenröra", 39.95)]]
    proposal = propose(goods, "baguetter")
    assert proposal.product is not None and proposal.product.id == "Baguette EKO", proposal
