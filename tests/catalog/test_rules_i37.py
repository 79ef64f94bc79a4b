"""Matching rules of session i37, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from tests.catalog.catalog_fixture import product, propose

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])
YEAST = "Mejeri, ost & ägg > Jäst"


@WITH_CATEGORIES
def test_a_sort_said_after_a_name_of_the_same_kind_is_no_kind_said_apart(shelved: bool) -> None:
    """"en kronjäst torrjäst" asked about the fresh "Kronjäst Färsk": the second word, which no name writes,
    was read as the kind said after a sort's own name ("pecorino ost") and dropped. Both words end in the one
    kind ("jäst"): the second says the sort."""
    goods = [product(name, name, YEAST if shelved else "", price=price) for name, price in [
        ("Kronjäst Färsk", 2.95), ("Kronjäst Torr 2x14g", 10.95), ("Kronjäst Söta Degar", 3.95),
        ("Näringsjäst", 58.95)]]
    proposal = propose(goods, "kronjäst torrjäst")
    assert proposal.product is not None and proposal.product.id == "Kronjäst Torr 2x14g", proposal
