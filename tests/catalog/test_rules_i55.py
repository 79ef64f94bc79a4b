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


CAT_FOOD = ["Kattmat Kyckling i Gelé", "Kattmat Oxkött i Gelé", "Kattmat Pouch Gelé 12x100g", "Kattsand"]


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["kattmat i gelé ett storpack", "kattmat i gelé ett stort paket till katten"])
def test_a_big_pack_said_is_a_multipack_of_the_goods(shelved: bool, said: str) -> None:
    """"kattmat i gelé ett storpack" was a sure single pouch: a big pack said is a multipack, where the
    goods come as one."""
    goods = [product(name, name, "Djur > Katt" if shelved else "", price=20.0) for name in CAT_FOOD]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Kattmat Pouch Gelé 12x100g", line


CHEESES = ["Cheddar Block 32%", "Amber Mist Cheddar", "Twarog Ost", "Hamburgerost 33% Cheddar", "Rökt Ost 23%",
           "Hushålls Ost Skivad", "Prästost 31% Skivad"]


def test_a_food_the_goods_go_with_is_no_sort_of_a_kind_on_its_shelf() -> None:
    """"en bit cheddar ost till smörgåsen" was a sure whisky-flavoured "Amber Mist Cheddar" on Hemköp: a
    cheddar on the cheese shelf, named without "ost", lacked the sandwich said as a word of it, where the
    one its shelf alone calls a cheese did not. What the goods are eaten with names no sort of them."""
    goods = [product(name, name, "Mejeri, ost & ägg > Ost", price=40.0) for name in CHEESES]
    index = CatalogIndex.build(goods)
    line, = added_lines(index, "en bit cheddar ost till smörgåsen")
    assert line.product is not None and line.product.name == "Cheddar Block 32%", line
    # a food said as the kind's own first part too stays a word of it: no sure sliced "Prästost" for burgers
    line, = added_lines(index, "hamburger ost skivor till hamburgarna")
    assert line.product is not None and line.product.name == "Hamburgerost 33% Cheddar", line


PET_FOOD = ["Hundmat Torrfoder Balance Kyckling", "Hundmat Torrfoder Lamm & Ris", "Potatis Fast", "Kyckling Hel",
            "Gold Lax Mousse", "Gold Kyckling Paté", "Gold Bitar Sås Lax & Kyckling", "Kattsand", "Mjölk"]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "lines"), [
    ("torrfoder till hunden med kyckling och potatis", 1),
    ("fyra påsar gourmet gold till katten lax och kyckling", 1),
    ("kattmat och mjölk", 2),  # the goods themselves, no flavour: two things
    ("hundmat med kyckling och kattsand", 2),
    ("kattmat med lax och en liter mjölk", 2),  # an amount said: goods of their own
])
def test_foods_listed_after_an_animals_goods_are_its_flavours(shelved: bool, said: str, lines: int) -> None:
    """"torrfoder till hunden med kyckling och potatis" was the dog food and a sure "Potatis Fast": foods
    listed after goods for an animal are what its food tastes of, one item, no groceries for the client."""
    def shelf(name: str) -> str:
        return "" if not shelved else "Djur" if "mat" in name or "Gold" in name or "sand" in name else "Mat"
    index = CatalogIndex.build([product(name, name, shelf(name), price=20.0) for name in PET_FOOD])
    assert len(added_lines(index, said)) == lines


@WITH_CATEGORIES
def test_foods_said_after_whom_the_goods_are_for_are_the_goods_taste(shelved: bool) -> None:
    """"gourmet gold till katten lax och kyckling" read "katten lax och kyckling" as whom the goods are for, so
    no name had to say the salmon and chicken (a sure "Gold Lax Mousse"): the foods said after an animal are
    the food's taste, as said before it."""
    index = CatalogIndex.build([product(name, name, "Djur" if shelved else "", price=20.0,
                                        brand="Gourmet Gold" if "Gold" in name else None) for name in PET_FOOD])
    line, = added_lines(index, "fyra påsar gourmet gold till katten lax och kyckling")
    assert line.product is not None and line.product.name == "Gold Bitar Sås Lax & Kyckling", line
    line, = added_lines(index, "gourmet gold till katten med lax")  # "med" said: read as said
    assert line.product is not None and line.product.name == "Gold Lax Mousse", line


SOAPS = ["Handtvål Refill", "Tvål Oparfymerad", "Blöjpåse Waste Bags 45-p", "Aktivitetspåse", "Fryspåse 3l"]


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["tvål en refillpåse", "tvål en påfyllnadspåse", "tvål påfyllnadspåsen"])
def test_a_refill_package_written_whole_is_the_goods_refill(shelved: bool, said: str) -> None:
    """"tvål en refillpåse" read the bag as the thing asked, a diaper bag on Mathem: written whole, a refill
    bag is the goods' refill."""
    def shelf(name: str) -> str:
        return "" if not shelved else "Hygien" if "åse" not in name else "Hem"
    line, = added_lines(CatalogIndex.build([product(name, name, shelf(name), price=20.0) for name in SOAPS]), said)
    assert line.product is not None and line.product.name == "Handtvål Refill", line


@WITH_CATEGORIES
def test_a_name_writing_the_lack_of_a_word_does_not_say_it(shelved: bool) -> None:
    """"torr foder till katten den med kött" was a sure "Torrfoder Okött Kyckling & Lever": the "kött" inside
    "Okött" said the meat asked. Swedish writes a lack with "o-" (see compounds._unsaid_known)."""
    names = ["Torrfoder Okött Kyckling & Lever", "Kattmat Kött", "Torrfoder Innekatt", "Torrfoder Utekatt"]
    goods = [product(name, name, "Husdjur > Katt > Torrfoder katt" if shelved else "", price=50.0) for name in names]
    line, = added_lines(CatalogIndex.build(goods), "torr foder till katten den med kött")
    assert line.product is not None and not (line.product.name.startswith("Torrfoder Okött") and not line.needs_review)
