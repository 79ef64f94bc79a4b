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


CHEESES = [("Camembert", "Mejeri > Ost"), ("Brie", "Mejeri > Ost"), ("Hushållsost 26%", "Mejeri > Ost"),
           ("Rund&sund", "Bröd > Matbröd"), ("Mellanmjölk 1,5%", "Mejeri > Mjölk")]


@pytest.mark.parametrize(("said", "expected"), [
    ("vad heter det camembert en sån rund ost", ["Camembert"]),
    ("mjölk en sån där ost", ["Mellanmjölk 1,5%", None]),
])
def test_one_of_those_said_after_the_goods_names_their_kind_where_the_shelf_says_so(said: str,
                                                                                      expected: list) -> None:
    """"camembert en sån rund ost" had a line "rund ost" beside the camembert, a sure bread "Rund&sund" before
    "rund" was known to describe: "en sån" and the kind the goods' shelf names, right after them, say again what
    they are; "mjölk en sån där ost" is two things, no shelf of milk says cheese. (A feed of bare names tells no
    shelf: two lines there, the second asked about.)"""
    goods = [product(name, name, shelf, price=30.0) for name, shelf in CHEESES]
    lines = added_lines(CatalogIndex.build(goods), said)
    assert [line.product.name if line.product and not line.needs_review else None for line in lines] == expected


CARE = [("Duschkräm Men+Care Cool Fresh", "Hygien > Dusch"), ("Deo Roll-On Men+Care Extra Fresh", "Hygien > Deodorant"),
        ("Duschcreme", "Hygien > Dusch"), ("Deo Roll-on", "Hygien > Deodorant"),
        ("Klistermärken Cars 3 100-p", "Leksaker > Pyssel"), ("Mjölk Mellan 1,5%", "Mejeri > Mjölk")]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [
    ("duschkräm men care till min man", "Duschkräm Men+Care Cool Fresh"),
    ("deo roll on men care", "Deo Roll-On Men+Care Extra Fresh"),
])
def test_a_conjunction_a_name_writes_before_the_next_word_joins_no_two_goods(shelved: bool, said: str,
                                                                               expected: str) -> None:
    """"duschkräm men care till min man" was a plain shower cream and a sure sticker pack ("care" of "Cars"): the
    parser reads "men" as "but", where the store's names write "Men+Care" with the goods said before it. One
    line, of the name."""
    goods = [product(name, name, shelf if shelved else "", price=40.0) for name, shelf in CARE]
    lines = added_lines(CatalogIndex.build(goods), said)
    assert [line.product.name if line.product else None for line in lines] == [expected], lines


def test_but_between_two_goods_stays_two() -> None:
    """No name writes "men mjölk": "duschcreme men mjölk" is two goods (the parser's "men" joins no product)."""
    goods = [product(name, name, shelf, price=40.0) for name, shelf in CARE]
    assert len(added_lines(CatalogIndex.build(goods), "duschcreme men mjölk")) == 2


DEODORANTS = [("Deodorant Roll on Aloe Vera", "Hygien > Deodorant"), ("Deodorant Glamorous", "Hygien > Deodorant"),
              ("Deodorant Spray Fresh", "Hygien > Deodorant"), ("Roll on Lint Remover", "Hem > Klädvård")]


@WITH_CATEGORIES
def test_one_of_those_a_name_of_the_goods_writes_is_their_sort(shelved: bool) -> None:
    """"deodorant en sån roll on inte sprayen" was a sure "Deodorant Glamorous" (no roll-on) and a line "roll on":
    the words pointed at, which a name of the goods writes with them ("Deodorant Roll on Aloe Vera"), say which
    of the goods. One line."""
    goods = [product(name, name, shelf if shelved else "", price=30.0) for name, shelf in DEODORANTS]
    [line] = added_lines(CatalogIndex.build(goods), "deodorant en sån roll on inte sprayen")
    assert line.product is not None and line.product.name == "Deodorant Roll on Aloe Vera", line


BREADS = [("Havreform", "Fazer", "Bröd > Mörkt bröd"), ("Rostbröd", "Pågen", "Bröd > Ljust bröd"),
          ("Lingongrova", "Pågen", "Bröd > Mörkt bröd"), ("Mellanmjölk", "Arla", "Mejeri > Mjölk")]


def test_the_kind_of_a_product_named_with_its_brand_first_is_its_amount() -> None:
    """"ja och fazers havreform ett bröd" was the loaf and a sure "Rostbröd" for "ett bröd": the kind the shelf of
    the name said after the brand names ("bröd" of "Havreform") is the amount of it, as "fiberrost ett bröd" is."""
    goods = [product(name, name, shelf, brand=brand, price=30.0) for name, brand, shelf in BREADS]
    lines = added_lines(CatalogIndex.build(goods), "ja och fazers havreform ett bröd")
    assert [(line.product.name if line.product else None, line.quantity.amount) for line in lines] == [
        ("Havreform", 1.0)], lines
