"""Matching rules of session i54, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product

SHAMPOOS = ["Schampo Repair", "Schampo Citrus", "Schampo Oparfymerat", "Balsam Oparfymerat", "Tvättmedel Color",
            "Tvättmedel Oparfymerat Pulver", "Tvål Lavendel", "Tvål Oparfymerad", "Yoghurt Naturell",
            "Yoghurt Vanilj", "Yoghurt Naturell Osötad"]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("schampo som inte är parfymerat", "Schampo Oparfymerat"),
    ("tvättmedel som inte är parfymerat", "Tvättmedel Oparfymerat Pulver"),
    ("tvål som inte luktar", "Tvål Oparfymerad"),
    ("tvättmedel som inte luktar så mycket", "Tvättmedel Oparfymerat Pulver"),
    ("yoghurt som inte är sötad", "Yoghurt Naturell Osötad"),
])
def test_a_sort_said_not_wanted_is_the_name_writing_it_with_o(shelved: bool, said: str, wanted: str) -> None:
    """"schampo som inte är parfymerat" was a sure "Schampo Repair" (and "tvål som inte luktar" goods "tvål mot
    luktar"): Swedish writes a sort's lack with "o-" ("Oparfymerat", "Osötad", "Oblekt"), so a sort said not
    wanted is that word where a name writes it; what goods do not smell of is perfume."""
    def shelf(name: str) -> str:
        return ("Mejeri" if name.startswith("Yoghurt") else "Hygien") if shelved else ""
    line, = added_lines(CatalogIndex.build([product(name, name, shelf(name), price=30.0) for name in SHAMPOOS]),
                        said)
    assert line.product is not None and line.product.name == wanted and not line.needs_review, line


@WITH_CATEGORIES
def test_a_sort_not_wanted_is_no_o_word_of_another_stem(shelved: bool) -> None:
    """"stora" with an "o" is "ostora", which stems to "ost": no name writing "Ost" is the sort not wanted."""
    goods = [product(name, name, ("Hem" if "påse" in name else "Ost") if shelved else "", price=20.0)
             for name in ["Stekpåse Stor", "Stekpåse Liten", "Ost Gouda", "Ost Prästost"]]
    line, = added_lines(CatalogIndex.build(goods), "stekpåsar inte den stora")
    assert line.product is not None and line.product.name == "Stekpåse Liten" and not line.needs_review, line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("deodorant en stick", "Deodorant Stick Active"),
    ("en stick deodorant", "Deodorant Stick Active"),
    ("två stick deodorant", "Deodorant Stick Active"),
    ("en stick deo", "Deo Stick Dry Impact"),  # the stick's words more than "Deo Roll-on" writes
])
def test_a_stick_said_as_the_package_is_the_name_writing_it(shelved: bool, said: str, wanted: str) -> None:
    """"deodorant en stick" was a sure "Deodorant Glamorous" beside a line "stick": a stick is the package the
    goods come in, as a tube is, and a name writing it comes first; the package's word is said, no word the
    name has too many."""
    goods = [product(name, name, "Hygien > Deodorant" if shelved else "", price=price) for name, price in [
        ("Deodorant Glamorous", 29.9), ("Deodorant Stick Active", 34.9), ("Deodorant Roll-on Fresh", 27.9),
        ("Deo Roll-on", 24.9), ("Deo Stick Dry Impact", 32.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line



@WITH_CATEGORIES
def test_what_a_pet_does_with_the_goods_is_their_use(shelved: bool) -> None:
    """"tuggpinnar som hunden kan gnaga på" found nothing: what the dog does with them is their use, said for the
    dog, as "som hon kan steka" is the client's."""
    goods = [product(name, name, "Husdjur" if shelved else "", price=25.0)
             for name in ["Tuggpinne Kyckling 12cm", "Kattgodis Lax", "Hundben Stort"]]
    line, = added_lines(CatalogIndex.build(goods), "tuggpinnar som hunden kan gnaga på")
    assert line.product is not None and line.product.name == "Tuggpinne Kyckling 12cm", line


@WITH_CATEGORIES
def test_a_taste_said_after_two_flavours_is_the_taste_of_both(shelved: bool) -> None:
    """"svart te med hallon och grädde smak" was a tea with raspberry and a sure "Vispgrädde 40%": the "smak"
    after the second flavour says both are the tea's taste, as "med hallonsmak" says one."""
    goods = [product(name, name, shelf if shelved else "", price=30.0) for name, shelf in [
        ("Svart Te Hallon Grädde 16-p", "Dryck > Te"), ("Svart Te Earl Grey", "Dryck > Te"),
        ("Vispgrädde 40%", "Mejeri > Grädde"), ("Hallon Frysta", "Fryst > Bär")]]
    lines = added_lines(CatalogIndex.build(goods), "svart te med hallon och grädde smak")
    assert [line.product.name if line.product else None for line in lines] == ["Svart Te Hallon Grädde 16-p"]


@WITH_CATEGORIES
def test_a_size_wished_of_the_package_names_no_word_of_a_pair(shelved: bool) -> None:
    """"chips gräddfil och lök en stor påse" was a sure "Chips Gräddfil" and a line "lök stor": the size is the
    bag's, no word a name writing the pair must write."""
    goods = [product(name, name, shelf if shelved else "", price=25.0) for name, shelf in [
        ("Chips Gräddfil & Lök", "Snacks"), ("Chips Gräddfil", "Snacks"), ("Lök Gul", "Grönsaker")]]
    lines = added_lines(CatalogIndex.build(goods), "chips gräddfil och lök en stor påse")
    assert [line.product.name if line.product else None for line in lines] == ["Chips Gräddfil & Lök"]


@WITH_CATEGORIES
def test_what_fits_in_the_goods_is_what_they_are_for(shelved: bool) -> None:
    """"kuvert som ett a4 papper får plats i" was a sure "Kuvert C5" (the clause cut to "kuvert som", its "ett" a
    new item): what fits in the goods is what they are for, "kuvert för a4 papper", and the A4 is read."""
    goods = [product(name, name, "Kontor" if shelved else "", price=20.0)
             for name in ["Kuvert C5", "Kuvert C4 för A4", "Kuvert C6", "Papper A4 500 ark"]]
    line, = added_lines(CatalogIndex.build(goods), "kuvert som ett a4 papper får plats i")
    assert line.product is not None and line.product.name == "Kuvert C4 för A4", line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("en liten ekologisk standardmjölk", "a"),
    ("en stor ekologisk standardmjölk", "c"),
])
def test_a_size_wished_picks_the_package_the_feed_says(shelved: bool, said: str, wanted: str) -> None:
    """"en liten ekologisk standardmjölk" was a sure litre beside the 300 ml pack: where names write no measure,
    the feed's volume of the package is the one a size wished picks."""
    milk = "Mejeri > Mjölk" if shelved else ""
    goods = [product("a", "Standardmjölk Eko 3%", milk, size=300, unit="ml", price=7.5),
             product("b", "Standardmjölk Ekologisk 3%", milk, size=1, unit="l", price=11.5),
             product("c", "Standardmjölk Ekologisk 3%", milk, "Stora Gården", size=1.5, unit="l", price=17.9),
             product("d", "Mellanmjölk 1,5%", milk, size=1, unit="l", price=10.9)]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.id == wanted, line
