"""Matching rules of session i39, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from tests.catalog.catalog_fixture import product, propose

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
BISCUITS = "Bröd & kakor"


@WITH_CATEGORIES
def test_a_three_letter_name_said_before_its_kind_is_that_product(shelved: bool) -> None:
    """"tuc kex" asked about a raw-food biscuit: a sort's own name said before its kind ("pecorino ost") was
    read as that sort only from four letters on, and Hemköp's "Tuc Original" never says "kex"."""
    goods = [product(name, name, BISCUITS if shelved else "", price=price) for name, price in [
        ("Kex Raw Food", 34.95), ("Mariekex", 14.95), ("Digestivekex", 19.95),
        ("Tuc Original", 11.95), ("Tuc Paprika", 11.95)]]
    proposal = propose(goods, "tuc kex")
    assert proposal.product is not None and proposal.product.id.startswith("Tuc"), proposal
