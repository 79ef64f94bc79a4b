"""Matching rules of session i55, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product

SAUSAGES = ["Middagskorv", "Middagskorv Mager", "Falukorv", "Grillkorv", "Riven Ost Mager", "Ost Gouda"]


@WITH_CATEGORIES
@pytest.mark.parametrize("said", [
    "middagskorv den magra från lithells",
    "middagskorv den magra ur kylen",
])
def test_where_the_goods_are_from_stays_after_the_sort_pointed_at(shelved: bool, said: str) -> None:
    """"middagskorv den magra från lithells" found nothing: the sort pointed at goes before the thing as a name
    writes it, and where the goods are from went with it ("magra från lithells middagskorv"), so "magra" became
    the thing. Where from is said after the thing, as it was."""
    def shelf(name: str) -> str:
        return ("Ost" if "Ost" in name else "Chark > Korv") if shelved else ""
    goods = [product(name, name, shelf(name), brand="Lithells" if "korv" in name else None, price=30.0)
             for name in SAUSAGES]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Middagskorv Mager", line


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["philadelphia naturell", "philadelphia ost den vanliga naturella"])
def test_a_lines_original_is_its_plain_sort(shelved: bool, said: str) -> None:
    """"philadelphia ost den vanliga naturella" was a sure "Philadelphia Light": a light one writes no
    flavour, so it said "naturell" as the plain sort does, and "Original" was a word too many. A line's
    "Original" is its plain sort, as a name writing no flavour is."""
    names = ["Philadelphia Light", "Philadelphia Original", "Philadelphia Gräslök", "Philadelphia Vitlök"]
    goods = [product(name, name, "Ost > Färskost" if shelved else "", brand="Philadelphia", price=25.0)
             for name in names]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Philadelphia Original", line


JUICES = ["Juice Äpple Hallon", "Äppeljuice", "Apelsinjuice", "Hallon", "Äpple Royal Gala", "Te Citron"]


@WITH_CATEGORIES
def test_two_flavours_a_name_writes_side_by_side_after_the_thing_are_one_item(shelved: bool) -> None:
    """"juice äpple och hallon en flaska" was a sure "Äppeljuice" and a line "juice hallon": a name of the
    thing writing both flavours side by side, with no "&", is the one product asked."""
    def shelf(name: str) -> str:
        return ("Dryck" if "juice" in name.casefold() else "Frukt") if shelved else ""
    index = CatalogIndex.build([product(name, name, shelf(name), price=20.0) for name in JUICES])
    line, = added_lines(index, "juice äpple och hallon en flaska")
    assert line.product is not None and line.product.name == "Juice Äpple Hallon", line
    assert line.phrase == "juice äpple hallon"  # as the name writes it: "juice äpple" alone is an "Äppeljuice"
    # no name writes orange and raspberry: two juices, or what the store has of each
    assert len(added_lines(index, "juice apelsin och hallon")) == 2


HERBS = ["Sandwich Tomato & Basil", "Krossade Tomater Basilika", "Färsk Basilika EKO", "Basilika", "Tomat Kvist",
         "Tomater Krossade", "Gräslök"]


@WITH_CATEGORIES
def test_a_food_the_goods_go_with_written_in_another_things_name_is_no_fit(shelved: bool) -> None:
    """"färsk basilika till tomaterna" was a sure "Sandwich Tomato & Basil": the tomatoes the basil goes with
    counted as a word the name says. A name led by another thing holds that food; it is not for it."""
    def shelf(name: str) -> str:
        if not shelved:
            return ""
        return "Bröd" if "Sandwich" in name else "Skafferi" if "Krossade" in name else "Frukt & grönt"
    index = CatalogIndex.build([product(name, name, shelf(name), price=20.0) for name in HERBS])
    line, = added_lines(index, "färsk basilika till tomaterna")
    assert line.product is not None and line.product.name == "Färsk Basilika EKO", line
    line, = added_lines(index, "basilika till tomaterna")  # asked: "«Sandwich ...» säger vad varan ska ..."
    assert line.product is not None and line.product.name == "Basilika" and not line.needs_review, line
