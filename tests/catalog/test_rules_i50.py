"""Matching rules of session i50, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, product

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])

PETS = "Husdjur > Katt"


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["dreamies godis till katten med lax", "kattgodis till min katt med lax"])
def test_what_follows_the_animal_a_purpose_names_is_the_goods(shelved: bool, said: str) -> None:
    """"godis till katten med lax": the cat has no salmon of its own; the salmon is the treats', as "godis med
    lax till katten" says it. The chicken treats, sure, were proposed for it."""
    goods = [product(name, name, PETS if shelved else "", "Dreamies", price=price)
             for name, price in [("Kyckling Kattgodis", 24.9), ("Lax Kattgodis", 26.9), ("Anka Kattgodis", 24.9),
                                 ("Torrfoder Katt Kyckling", 59.9)]]
    goods += [product(name, name, "Godis" if shelved else "", price=19.9)  # "godis" is sold by the word, and
              for name in ("Godis Sura Bilar", "Godis Salta Fiskar")]    # salmon is a food it is eaten with
    goods += [product("Laxfilé", "Laxfilé", "Fisk" if shelved else "", price=89.9)]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Lax Kattgodis", line
