"""Matching rules of session i44, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from tests.catalog.catalog_fixture import product, propose

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])

MUSHROOMS = "Frukt & grönt > Svamp"


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["portobello svamp", "portabello svamp"])
def test_among_equal_fits_the_name_spelling_an_unknown_word_comes_first(shelved: bool, said: str) -> None:
    """"portobello svamp" on Hemköp, which writes "Porta Bella Svamp": the unknown word is no typo of any
    one name word, so every mushroom fitted alike and a shiitake came first. Among equal fits, the name that
    spells the word across its words comes first; the line is still asked about (the word is not written)."""
    goods = [product(name, name, MUSHROOMS if shelved else "", price=price) for name, price in [
        ("Svamp Shi-take", 29.95), ("Porta Bella Svamp Klass 1", 34.95), ("Svamp Skogschampinjon", 24.95)]]
    proposal = propose(goods, said)
    assert proposal.product is not None and proposal.product.id == "Porta Bella Svamp Klass 1", proposal
    assert proposal.needs_review
