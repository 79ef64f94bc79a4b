"""Matching rules of session i60, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.normalize import first_token, hyphen_joined, tokens
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product

SEVERAL_IN_ONE = [("Snabbkaffe Original Softpack", "Kaffe > Snabbkaffe", "Nescafé"),
                  ("3in1 Snabbkaffe", "Kaffe > Snabbkaffe", "Nescafé"),
                  ("Snabbkaffe Gold", "Kaffe > Snabbkaffe", "Nescafé"),
                  ("Schampo Repair", "Hygien > Hår", "Elvital"), ("Schampo & Balsam 2 in 1", "Hygien > Hår", "Head"),
                  ("Allrengöring Citrus", "Städ > Rengöring", None),
                  ("Trägolv Möbler 5-i-1 Allrengöring", "Städ > Rengöring", None)]


@pytest.mark.parametrize(("name", "word"), [
    ("3in1 Snabbkaffe", "3i1"), ("Schampo 2 in 1", "2i1"), ("Duschtvål Sport 3-in-1", "3i1"),
    ("Möbler 5 i 1 Allrengöring", "5i1"), ("Trägolv 5-i-1", "5i1"),
])
def test_several_in_one_is_one_word_however_a_name_writes_it(name: str, word: str) -> None:
    assert word in tokens(name)


def test_the_other_readings_of_a_name_keep_their_words() -> None:
    """The name's first word and its hyphenated words read with the same tokens ("A-Fil" is "afil" said whole)."""
    assert (first_token("3in1 snabbkaffe"), first_token("a-fil"), hyphen_joined("A-Fil 2-in-1")) == ("3i1", "a", ["afil"])


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [
    ("nescafé tre i ett dom i påsar", "3in1 Snabbkaffe"),
    ("snabbkaffe 3 i 1", "3in1 Snabbkaffe"),
    ("schampo två i ett", "Schampo & Balsam 2 in 1"),
    ("allrengöring fem i ett", "Trägolv Möbler 5-i-1 Allrengöring"),
])
def test_several_in_one_said_is_the_product_that_writes_it_no_amount(shelved: bool, said: str,
                                                                      expected: str) -> None:
    """"nescafé tre i ett dom i påsar" was three plain instant coffees, sure, and a line "i påsar": "tre i ett"
    (three in one) names the product as "3in1" or "3 in 1" does, no count of it."""
    goods = [product(name, name, shelf if shelved else "", brand=brand, price=30.0)
             for name, shelf, brand in SEVERAL_IN_ONE]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == expected and line.quantity.amount is None, line


LAUNDRY = [("Neutral Sköljmedel", "Neutral"), ("Colour Tvättmedel Pulver", "Neutral"),
           ("White Tvättmedel Pulver", "Neutral"), ("Tvättpulver Kulör", "Via"), ("Sköljmedel Fresh", "Lenor")]


@pytest.mark.parametrize(("said", "expected"), [
    ("neutral tvättpulver för kulörtvätt", {"Colour Tvättmedel Pulver"}),
    ("neutral tvättpulver", {"Colour Tvättmedel Pulver", "White Tvättmedel Pulver"}),
])
def test_a_kind_its_goods_write_apart_is_no_sorts_name_said_with_it(said: str, expected: set) -> None:
    """"neutral tvättpulver för kulörtvätt" was Neutral's fabric softener, sure: "neutral" was read as a sort's own
    name said with its kind, as "pecorino ost" is (no name of it said "tvättpulver"), and a shelf joining kinds
    ("Hem & städ") confirmed it. Its powders write the compound apart ("Tvättmedel Pulver"): the brand's goods."""
    goods = [product(name, name, "Hem & städ", brand=brand, price=40.0) for name, brand in LAUNDRY]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name in expected and line.product.brand == "Neutral", line


CHEESES = [("Lagrad 31%", "Mejeri, ost & ägg > Ost", "Kvibille"),
           ("Präst Lagrad 12-15 Mån 17%", "Mejeri, ost & ägg > Ost", "Arla"),
           ("Präst Lagrad Riven Ost 150g", "Mejeri, ost & ägg > Ost", "Arla"),
           ("Prästost 31%", "Mejeri, ost & ägg > Ost", "Arla"), ("Herrgård 28%", "Mejeri, ost & ägg > Ost", "Arla")]


def test_a_kind_a_name_writes_apart_is_said_with_its_sort() -> None:
    """"lagrad prästost en bit" was a sure "Lagrad 31%", another aged cheese: "lagrad" was read as a sort's own name
    said with its kind, as no name wrote "prästost" with it; the store's "Präst Lagrad Riven Ost" writes the kind
    apart with it: an aged prästost."""
    goods = [product(name, name, shelf, brand=brand, price=60.0) for name, shelf, brand in CHEESES]
    [line] = added_lines(CatalogIndex.build(goods), "lagrad prästost en bit")
    assert line.product is not None and line.product.name.startswith("Präst Lagrad"), line


JAMS = [("Äpple & Kanelsylt", "Skafferi > Sylt"), ("Äpple Royal Gala Klass1", "Frukt & grönt > Frukt"),
        ("Kanel Malen", "Skafferi > Kryddor"), ("Hallonsylt", "Skafferi > Sylt")]


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["den där äpple och kanel sylten", "äpple och kanel sylt"])
def test_a_pair_a_name_writes_with_a_compound_of_the_second_is_one_item(shelved: bool, said: str) -> None:
    """"den där äpple och kanel sylten" was a sure apple and the jam asked about: the name "Äpple & Kanelsylt"
    writes the pair, the second word a compound of the kind said after it. The store's index reads that name as
    "äppelsylt & kanelsylt" (a first part left hanging), so no name said "äpple" to the lookup: the compound said
    whole finds it, in its definite form too."""
    goods = [product(name, name, shelf if shelved else "", price=30.0) for name, shelf in JAMS]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Äpple & Kanelsylt", line


DOG_FOODS = [("Kyckling Oxkött Hundmat", "Husdjur > Hund", "Cesar"), ("Hundmat Oxkött", "Husdjur > Hund", "Pedigree"),
             ("Kyckling Lårfilé", "Kött & fågel > Kyckling", "Kronfågel"), ("Oxkött Grytbitar", "Kött > Nöt", None)]


@WITH_CATEGORIES
def test_foods_listed_for_an_animal_said_last_are_what_its_food_tastes_of(shelved: bool) -> None:
    """"tre burkar cesar kyckling och oxkött till hunden" was chicken thighs, asked about, and a sure other brand's
    dog food: the animal said last is whom both are for, and the foods listed are the one food's flavours, as
    when it is said first ("torrfoder till hunden med kyckling och potatis")."""
    goods = [product(name, name, shelf if shelved else "", brand=brand, price=30.0) for name, shelf, brand in DOG_FOODS]
    [line] = added_lines(CatalogIndex.build(goods), "tre burkar cesar kyckling och oxkött till hunden")
    assert line.product is not None and line.product.name == "Kyckling Oxkött Hundmat" and line.quantity.amount == 3


BILLINGE = [("Billinge Ost Skivad 26%", "Mejeri > Ost"), ("Billinge Original 26%", "Mejeri > Ost"),
            ("Stureost 38%", "Mejeri > Ost")]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "flagged"), [("stureost och en bit billinge ost", True),
                                               ("skivad billinge ost en bit", False)])
def test_a_piece_asked_is_no_sliced_product_unasked(shelved: bool, said: str, flagged: bool) -> None:
    """"stureost och en bit billinge ost" was the sliced "Billinge Ost Skivad", sure (it alone writes "ost"): a piece
    counted is off the block, so a product cut small that nobody asked cut is asked about."""
    goods = [product(name, name, shelf if shelved else "", price=40.0) for name, shelf in BILLINGE]
    line = added_lines(CatalogIndex.build(goods), said)[-1]
    assert line.product is not None and line.product.name.startswith("Billinge") and line.needs_review == flagged


BAGUETTES = [("Baguette Mini", "Bröd > Baguetter", 8.0), ("Baguette Hel", "Bröd > Baguetter", 15.0),
             ("Baguette Mini 6-pack", "Bröd > Baguetter", 30.0)]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [("en baguette till soppan ikväll", "Baguette Hel"),
                                                ("små baguetter", "Baguette Mini")])
def test_a_size_nobody_wished_comes_after_the_plain_one(shelved: bool, said: str, expected: str) -> None:
    """"en baguette till soppan ikväll" was a sure 80-gram "Baguette Mini", cheaper than the whole one it tied with:
    among equal fits a name writing a size nobody wished comes after one that writes none; wished, it comes first."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in BAGUETTES]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == expected, line


SPICES = [("Kanelstång", "Skafferi > Kryddor"), ("Kanel Hel", "Skafferi > Kryddor"), ("Kanel Malen", "Skafferi > Kryddor"),
          ("Nagelbandstång", "Hygien > Manikyr"), ("Glögg Röd", "Dryck > Glögg")]


@WITH_CATEGORIES
def test_a_form_counted_right_after_the_goods_is_of_the_goods(shelved: bool) -> None:
    """"hel kanel ett par stänger till glöggen" had a line "stänger till glöggen", sure cuticle nippers
    ("Nagelbandstång"): the goods' last word and the word counted after them make a compound the store's names
    write ("Kanelstång"): the goods in that form, counted."""
    goods = [product(name, name, shelf if shelved else "", price=25.0) for name, shelf in SPICES]
    [line] = added_lines(CatalogIndex.build(goods), "hel kanel ett par stänger till glöggen")
    assert line.product is not None and line.product.name.startswith("Kanel"), line


CAT_FOODS = [("Adult Lax", "Husdjur > Katt", "Purina One"), ("Adult Kyckling", "Husdjur > Katt", "Purina One"),
             ("Maskindisktabletter All-In-One", "Hem > Disk", "Finish"), ("Lax i Gelé", "Husdjur > Katt", "Whiskas")]


def test_a_brand_said_before_the_searching_filler_names_what_is_found() -> None:
    """"purina one vad heter det adult med lax till katten" was read in two: "purina one" asked about (dishwasher
    tablets "All-In-One") and a sure "Adult Lax" of no item. A brand said, then what of it was searched for, which a
    name of that brand writes: one item of both."""
    goods = [product(name, name, shelf, brand=brand, price=45.0) for name, shelf, brand in CAT_FOODS]
    [line] = added_lines(CatalogIndex.build(goods), "purina one vad heter det adult med lax till katten")
    assert line.product is not None and line.product.name == "Adult Lax" and not line.needs_review, line


MELONS = [("Vattenmelon Mini Kärnfri", "Frukt & grönt > Melon"), ("Vattenmelon", "Frukt & grönt > Melon"),
          ("Rahms Mini Krustader", "Skafferi > Bakning"), ("Mellanmjölk", "Mejeri > Mjölk"), ("Gouda", "Mejeri > Ost")]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [("en liten vattenmelon en sån mini", ["Vattenmelon Mini Kärnfri"]),
                                                ("en mjölk en sån där ost", ["Mellanmjölk", "ost"])])
def test_one_of_those_after_goods_counted_by_their_article_is_no_second_count(shelved: bool, said: str,
                                                                              expected: list) -> None:
    """"en liten vattenmelon en sån mini" had a line "mini", sure "Rahms Mini Krustader": the "en" counting the
    goods kept "one of those" apart. Only an article, it is one of them still; "mjölk en sån där ost" stays two."""
    goods = [product(name, name, shelf if shelved else "", price=20.0) for name, shelf in MELONS]
    lines = added_lines(CatalogIndex.build(goods), said)
    assert len(lines) == len(expected) and lines[0].product is not None and lines[0].product.name == expected[0]


BAGS = [("Yatzy Zippåse", "Hem & städ", None, None), ("Zipper 1l", "Hem & städ", 1.0, "l"),
        ("Fryspåse 3 Liter", "Hem & städ", 3.0, "l"), ("Fryspåse 1 Liter", "Hem & städ", 1.0, "l")]


@pytest.mark.parametrize(("said", "sure"), [("ett paket zip påsar de små på en liter", None),
                                            ("zip påsar dom små på en liter", None),
                                            ("fryspåsar ett paket dom på tre liter", "Fryspåse 3 Liter")])
def test_a_size_said_of_each_bag_is_no_bag_of_no_stated_size(said: str, sure: str | None) -> None:
    """"ett paket zip påsar de små på en liter" was a sure dice game in a zip bag, "Yatzy Zippåse", of no stated
    size: a bag's size said ("på en liter") is asked about where the product states none (on a shelf of no food:
    a feed of bare names does not tell a bag from a drink there)."""
    goods = [product(name, name, shelf, size=size, unit=unit, price=20.0)
             for name, shelf, size, unit in BAGS]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert (line.product.name if line.product and not line.needs_review else None) == sure, line


COFFEES = [("Bryggkaffe Jubileumsblandning", "Kaffe > Bryggkaffe"), ("Bryggkaffe Mellanrost", "Kaffe > Bryggkaffe"),
           ("Blandning Nötter", "Snacks > Nötter")]


@WITH_CATEGORIES
def test_a_compound_said_apart_after_the_searching_filler_names_the_thing(shelved: bool) -> None:
    """"bryggkaffe vad heter det jubileums blandningen" was read in two, the coffee asked about and a sure
    "Bryggkaffe Jubileumsblandning" of no item: the words found, said apart, are the compound a name of the thing
    writes with it. One item of both."""
    goods = [product(name, name, shelf if shelved else "", price=50.0) for name, shelf in COFFEES]
    [line] = added_lines(CatalogIndex.build(goods), "bryggkaffe vad heter det jubileums blandningen")
    assert line.product is not None and line.product.name == "Bryggkaffe Jubileumsblandning", line
