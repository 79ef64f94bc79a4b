"""Matching rules of session i46, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, product

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])

SKIN = "Hälsa & skönhet > Hudvård"


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["body lotion för känslig hud", "bodylotion till känslig hud",
                                  "en body lotion som är för känslig hud"])
def test_a_compound_a_name_writes_apart_says_its_department(shelved: bool, said: str) -> None:
    """"Body Lotion Sensitiv" is a hygiene product as "Bodylotion" is: read from its words apart it had no
    department, so the skin it is for was a word it had to say, and the plain "Bodylotion" was sure."""
    goods = [product(name, name, SKIN if shelved else "", price=price) for name, price in [
        ("Bodylotion", 38.95), ("Body Lotion Sensitiv", 59.9), ("Body Lotion Original", 52.9),
        ("Handkräm Sensitiv", 29.9), ("Nordic Berries Bodylotion", 49.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Body Lotion Sensitiv", line


LIGHT = "Hem & städ > Ljuskällor"


@WITH_CATEGORIES
def test_a_head_one_letter_longer_than_the_tail_is_no_compound_of_it(shelved: bool) -> None:
    """"Kylklamp" (a cooler block, kyl + klamp) ends in "lamp" but is no lamp: a bare "glödlampa" proposed it
    before the lamps."""
    index = CatalogIndex.build([product(name, name, LIGHT if shelved else "", price=price) for name, price in [
        ("Kylklamp", 19.9), ("Klotlampa 11w E27", 16.9), ("Ficklampa Led", 49.9)]])
    found = {index.entries[i].product.name for i in index.ending_with("lamp")}
    assert found == {"Klotlampa 11w E27", "Ficklampa Led"}
    line, = added_lines(index, "glödlampa")
    assert line.product is not None and line.product.name != "Kylklamp", line


def test_a_lamp_of_any_name_is_household_goods() -> None:
    """On a feed of bare names "LED-Lampa Röd E27" read as household goods by "ledlampa" while a
    "Normallampa" was of no department: "glödlampa e27" chose the red party bulb over the plain lamp."""
    goods = [product(name, name, "", price=price) for name, price in [
        ("LED-Lampa Röd E27", 39.9), ("Normallampa LED E27 7 W 6500K", 49.9), ("Discolampa LED E27", 59.9)]]
    line, = added_lines(CatalogIndex.build(goods), "glödlampa e27 2 st")
    assert line.product is not None and line.product.name.startswith("Normallampa"), line
