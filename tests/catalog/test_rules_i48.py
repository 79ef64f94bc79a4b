"""Matching rules of session i48, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, product

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])

BREAD = "Bröd & kakor > Knäckebröd"
SEEDS = "Skafferi > Frön & nötter"


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("knäckebröd med sesamfrön", "Knäckebröd Sesam & Havssalt"),
    ("knäckebröd med sesam frön", "Knäckebröd Sesam & Havssalt"),
    ("knäckebröd med vallmofrö", "Knäckebröd Vallmo")])
def test_seeds_on_other_goods_are_named_by_their_plant(shelved: bool, said: str, wanted: str) -> None:
    """"med sesamfrön" is the sesame a name writes alone ("Knäckebröd Sesam"), as "med hallonsmak" is the
    raspberry: "sesamfrön" was a word no crispbread said, so any crispbread came first."""
    goods = [product(name, name, (SEEDS if "frön" in name else BREAD) if shelved else "", price=price)
             for name, price in [
                 ("Knäckebröd Original", 19.9), ("Knäckebröd Sesam & Havssalt", 23.9), ("Knäckebröd Vallmo", 23.9),
                 ("Knäckebröd Råg", 19.9), ("Sesamfrön", 15.9), ("Sesamolja", 44.9), ("Vallmofrön Blå", 19.9),
                 ("Sesam Knäckesticks", 29.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line
    assert not line.needs_review, line


@pytest.mark.parametrize("said", ["sesamfrön", "en påse sesamfrön"])
def test_seeds_asked_alone_are_the_seeds(said: str) -> None:
    """The seeds themselves are goods of their own, no sesame product."""
    goods = [product(name, name, "", price=price) for name, price in [
        ("Knäckebröd Sesam & Havssalt", 23.9), ("Sesamfrön", 15.9), ("Sesamolja", 44.9), ("Sesam Knäckesticks", 29.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Sesamfrön", line
