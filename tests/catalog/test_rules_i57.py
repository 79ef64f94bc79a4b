"""Matching rules of session i57, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product

CAT_FOODS = [("Torrfoder Innekatt", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Torrfoder Utekatt", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Kattmat Fisk", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Kattmat Kyckling", "Mjau", "Husdjur > Katt > Torrfoder katt"),
             ("Mjau Kattmat Lax I Mousse", "Mjau", "Husdjur > Katt > Våtfoder"),
             ("Torrfoder Adult Lax", "Purina One", "Husdjur > Katt > Torrfoder katt"),
             ("Fiskbullar", "Abba", "Fisk > Konserver")]


@WITH_CATEGORIES
def test_a_brand_said_after_the_animal_is_the_goods_brand(shelved: bool) -> None:
    """"torrfoder till katten mjau med fisk" was a sure "Torrfoder Innekatt" on Coop, where Mjau's dry food of
    fish is shelved as dry food and named "Kattmat Fisk": the brand and the fish said after the cat are the
    goods', as said before the cat. A feed of bare names does not tell that "Kattmat Fisk" is dry: nothing sure
    there without fish."""
    goods = [product(f"p{i}", name if shelved else f"{brand} {name}", shelf if shelved else "",
                     brand=brand if shelved else None, price=30.0) for i, (name, brand, shelf) in enumerate(CAT_FOODS)]
    [line] = added_lines(CatalogIndex.build(goods), "torrfoder till katten mjau med fisk")
    assert line.product is not None
    if shelved:
        assert (line.product.name, line.needs_review) == ("Kattmat Fisk", False), line
    else:
        assert line.needs_review or "Fisk" in line.product.name, line

