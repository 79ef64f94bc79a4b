"""Matching rules of session i59, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product

MEALS = [("Köttbullar med Mos", "Färdigmat > Husmanskost"), ("Köttbullar 500g", "Kött > Köttbullar"),
         ("Potatismos Pulver", "Skafferi > Potatismos"), ("Sårätt Geléhallon", "Godis > Påsgodis"),
         ("Oxjärpar med Rösti Fryst", "Fryst > Färdigrätter"), ("Rösti Fryst", "Fryst > Potatis")]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [
    ("köttbullar med mos en sån färdigrätt", "Köttbullar med Mos"),
    ("oxjärpar med rösti en sån färdig rätt från frysen", "Oxjärpar med Rösti Fryst"),
])
def test_a_ready_meal_said_of_a_dish_is_no_word_of_its_name(shelved: bool, said: str, expected: str) -> None:
    """"köttbullar med mos en sån färdigrätt" was the dish, sure, and a line "färdigrätt" (sweets "Sårätt"); read
    as one line, the word "färdigrätt" or "färdig rätt" that no name writes flagged the dish: said of a dish it
    says only that it comes ready, as "färdig" does."""
    goods = [product(name, name, shelf if shelved else "", price=30.0) for name, shelf in MEALS]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == expected and not line.needs_review, line
