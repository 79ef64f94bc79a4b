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


VEGETABLES = "Frukt & grönt > Grönsaker"


@WITH_CATEGORIES
def test_a_small_size_wished_is_the_small_sort_the_bare_word_avoids(shelved: bool) -> None:
    """"små tomater" on Coop was the plain "Tomater Kvist" with the size unsaid, as a bare "tomater" avoids the
    "Cocktailtomater" that are the small sort asked; and "små plommontomater" on Mathem missed the "Baby
    Plommontomater" ("baby" writes the small size as "mini" and "cocktail" do), which, proposed, were asked
    about as a children's product. A size wished names the sort it agrees with, "Baby" no child."""
    goods = [product(name, name, VEGETABLES if shelved else "", price=price) for name, price in [
        ("Tomater Kvist", 32.95), ("Tomater Klass 1", 24.95), ("Tomat Eko", 34.95), ("Bifftomater", 39.95),
        ("Cocktailtomater Röda", 29.95), ("Cocktailtomater Gula", 31.95), ("Plommontomater", 32.95),
        ("Baby Plommontomater", 29.95)]]
    small = propose(goods, "små tomater")
    assert small.product is not None and small.product.id == "Cocktailtomater Röda", small
    baby = propose(goods, "små plommontomater")
    assert baby.product is not None and baby.product.id == "Baby Plommontomater", baby
    assert "barn" not in (baby.reason or ""), baby
    assert propose(goods, "tomater").product.id.startswith("Tomat")  # the bare word: no small sort
