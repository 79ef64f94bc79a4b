"""Matching rules of session i62, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product


@WITH_CATEGORIES
def test_goods_said_with_what_they_are_for_are_no_list(shelved: bool) -> None:
    """"fruktsalt mot magen" was three sure lines, a silverfish trap for "mot" among them: a store whose names
    lead with "Mot" ("Mot Silverfisk") made the preposition a thing sold, and three things sold said one after
    another a list. A list of goods holds no word saying what goods are for or against."""
    goods = [product(name, name, shelf if shelved else "", price=30.0) for name, shelf in [
        ("Fruktsalt 36-p", "Apotek > Mage"), ("Mot Silverfisk 4-p", "Hem > Skadedjur"),
        ("Mot Mus Trä 4-p", "Hem > Skadedjur"), ("Probi Mage 40-p", "Apotek > Mage"),
        ("Mage & Tarm Kapslar", "Apotek > Mage"), ("Salt Fint", "Skafferi > Salt")]]
    lines = added_lines(CatalogIndex.build(goods), "fruktsalt mot magen")
    assert len(lines) == 1, lines


CHEESES = [("Castello Danablu", "Castello", "Ost > Dessertost > Blå blandmögel"),
           ("Castello Blå Eko", "Castello", "Ost > Dessertost > Blå blandmögel"),
           ("Blåmögelost Danablu Eko", "Änglamark", "Ost > Dessertost > Blå blandmögel"),
           ("Gorgonzola Blåmögel", None, "Ost > Dessertost > Blå blandmögel"),
           ("Creamy Brie 34%", "Castello", "Ost > Dessertost > Vitmögel"),
           ("Apetina Classic Hel Bit 10%", "Apetina", "Ost > Matost > Fetaost salladsost"),
           ("Apetina Tärnad I Lake 26 %", "Apetina", "Ost > Matost > Fetaost salladsost"),
           ("Fetaost i Bit", "Coop", "Ost > Matost > Fetaost salladsost"),
           ("Fetaost", "Eldorado", "Ost > Matost > Fetaost salladsost")]


@pytest.mark.parametrize(("said", "brand"), [("en bit blåmögelost castello", "Castello"),
                                             ("fetaost apetina i bit", "Apetina")])
def test_a_brand_said_after_goods_its_products_stand_beside_is_their_brand(said: str, brand: str) -> None:
    """"en bit blåmögelost castello" was Änglamark's sure blue cheese, "fetaost apetina i bit" the shop's own
    feta: the brand said after the goods was read as the goods' kind said after a sort's name ("pecorino
    ost"), as no name of the brand writes the goods' word ("Castello Danablu"). Its products stand on the shelf
    of the goods said, or on one the goods name ("Fetaost salladsost"): it is their brand. A feed of bare names
    has no shelf to tell by."""
    goods = [product(name, name, shelf, brand=maker, size=150, unit="g", price=30.0)
             for name, maker, shelf in CHEESES]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.brand == brand, line


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["vegansk färs fryst till tacon", "vegansk färs"])
def test_the_name_stating_the_sort_asked_comes_before_one_only_its_shelf_states(shelved: bool, said: str) -> None:
    """"vegansk färs fryst till tacon" was Quorn's "Färs Fryst" (of egg white), sure: it stands on
    "Vegetariskt" as the "Färs Vegansk Fryst" beside it does, and the plainer name won their tie. The shelf
    says a sort of all its goods, the name of this one: of equal fits, the name saying the sort asked comes
    first."""
    goods = [product(name, name, shelf if shelved else "", brand=brand, size=800, unit="g", price=49.9)
             for name, shelf, brand in [("Färs Fryst", "Vegetariskt", "Quorn"),
                                        ("Färs Vegansk Fryst", "Vegetariskt", "Hälsans Kök"),
                                        ("Nötfärs 12%", "Kött", "Scan"), ("Blandfärs", "Kött", "Scan")]]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Färs Vegansk Fryst", line


@WITH_CATEGORIES
def test_the_name_searched_for_goods_said_with_their_brand_after_them_is_theirs(shelved: bool) -> None:
    """"sköljmedel comfort vad heter det sommar frisk" was two sure lines, Comfort's blue softener and the right
    "Sommarfrisk Sköljmedel" on a line of its own: the name searched for was looked for with "comfort", the brand
    said after the goods, as if that were the goods. It is the goods' name: one line."""
    goods = [product(name, name, "Hem & städ" if shelved else "", brand=brand, price=35.0) for name, brand in [
        ("Sköljmedel Blå", "Comfort"), ("Sommarfrisk Sköljmedel", "Comfort"), ("Peony Sköljmedel", "Comfort"),
        ("Sensitive Sköljmedel", "Neutral"), ("Frisk Tvål", "Lux")]]
    [line] = added_lines(CatalogIndex.build(goods), "sköljmedel comfort vad heter det sommar frisk")
    assert line.product is not None and line.product.name == "Sommarfrisk Sköljmedel", line


LETTUCES = ["Huvudsallad Klass 1", "Sallat Cosmopolitan Klass 1", "Sallad Nouvell Klass 1", "Isbergssallad Klass 1",
            "Vitlök Klass 1", "Minutbiff Skivad", "Borsthuvud Refill 2-p"]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "name"), [("minutbiff och en huvud sallad", "Huvudsallad Klass 1"),
                                            ("ett huvud sallad", "Huvudsallad Klass 1"),
                                            ("två huvuden vitlök", "Vitlök Klass 1")])
def test_a_package_word_the_store_writes_with_the_goods_is_their_name(shelved: bool, said: str, name: str) -> None:
    """"minutbiff och en huvud sallad" was a sure lettuce of another sort: "huvud" was read as the count's package
    ("ett huvud vitlök"), leaving "sallad"; the store writes the two as one word, "Huvudsallad", the goods asked.
    A package word no name writes with the goods still counts them."""
    goods = [product(n, n, ("Kött" if n.startswith("Minut") else "Hem" if n.startswith("Borst") else "Frukt & grönt")
                     if shelved else "", price=20.0) for n in LETTUCES]
    lines = added_lines(CatalogIndex.build(goods), said)
    assert lines[-1].product is not None and lines[-1].product.name == name, lines
    assert lines[-1].quantity.amount == (2 if said.startswith("två") else 1), lines


@WITH_CATEGORIES
def test_a_measure_said_keeps_the_organic_product_stating_it_from_a_plain_one_stating_none(shelved: bool) -> None:
    """"mörk choklad åttiofem procent två kakor" was the sure "Mörk Choklad" of no stated strength: the organic
    "Choklad Mörk 85% EKO", first, gave way to the plain one as nobody asked organic goods, though the plain one
    writes no percentage. Only a plain product stating the measure said may take an organic one's place."""
    goods = [product(name, name, "Godis > Choklad" if shelved else "", size=100, unit="g", price=price)
             for name, price in [("Mörk Choklad", 20.0), ("Choklad Mörk 85% EKO", 30.0),
                                 ("Choklad Mörk 70%", 25.0), ("Mjölkchoklad", 18.0)]]
    [line] = added_lines(CatalogIndex.build(goods), "mörk choklad åttiofem procent två kakor")
    assert line.product is not None and line.product.name == "Choklad Mörk 85% EKO", line


@WITH_CATEGORIES
def test_a_package_word_before_a_compound_said_apart_still_counts_it(shelved: bool) -> None:
    """"ett huvud sallads kål": "huvud" and "sallads" are no word a name writes ("Huvudsallad" is), the goods are
    the "Salladskål" said apart, one head of it."""
    goods = [product(n, n, "Frukt & grönt" if shelved else "", price=20.0)
             for n in [*LETTUCES, "Salladskål Filmad", "Vitkål"]]
    [line] = added_lines(CatalogIndex.build(goods), "ett huvud sallads kål")
    assert line.product is not None and line.product.name == "Salladskål Filmad", line


AGED_CHEESES = [("Präst Lagrad 35 %", "Coop", "Vällagrad", 59.0), ("Präst 35%", "Änglamark", "Mild mellanlagrad", 73.5),
                ("Präst 35% Mild", "Skånemejerier", "Mild mellanlagrad", 69.3),
                ("Präst 35% 12 Mån", "Allerum", "Vällagrad", 90.3), ("Präst 31%", "Arla Ko", "Mild mellanlagrad", 64.7),
                ("Präst 31% 12 Mån Lagrad SB", "Arla Ko", "Mild mellanlagrad", 75.2),
                ("Präst Mellanlagrad Skivad", "Coop", "Skivad", 19.95)]


@WITH_CATEGORIES
def test_a_product_stating_every_measure_said_comes_before_one_stating_some(shelved: bool) -> None:
    """"prästost tolv månader den trettiofem procentiga" was the sure "Präst 35%" of no age: it writes the
    percentage said, so it was never asked to give way to the "Präst 35% 12 Mån" just below it, which writes both.
    A name writing some measure said not at all, and none otherwise, gives way as one writing none does."""
    goods = [product(name, name, f"Ost > Frukost > {shelf}" if shelved else "", brand=brand, size=700, unit="g",
                     price=price) for name, brand, shelf, price in AGED_CHEESES]
    [line] = added_lines(CatalogIndex.build(goods), "prästost tolv månader den trettiofem procentiga")
    assert line.product is not None and line.product.name == "Präst 35% 12 Mån", line


MJAU = [("Torrfoder Innekatt", "Mjau", "Husdjur > Katt > Torrfoder katt"),
        ("Torrfoder Utekatt", "Mjau", "Husdjur > Katt > Torrfoder katt"),
        ("Kattmat Kyckling", "Mjau", "Husdjur > Katt > Torrfoder katt"),
        ("Kattmat Fisk", "Mjau", "Husdjur > Katt > Torrfoder katt"),
        ("Mjau Kattmat Kyckling I Sås", "Mjau", "Husdjur > Katt > Våtfoder"),
        ("Torrfoder Kyckling Adult", "Purina One", "Husdjur > Katt > Torrfoder katt"),
        ("Kycklingfilé", None, "Kött > Kyckling")]


@WITH_CATEGORIES
def test_a_brand_searched_for_goods_with_what_else_is_said_of_them_is_theirs(shelved: bool) -> None:
    """"torrfoder till katten vad heter det mjau med kyckling" was two sure lines, Mjau's indoor dry food and its wet
    chicken food: the name searched for, led by a brand of the goods and saying more of them ("med kyckling"), was
    read as goods of their own, as only a brand said alone was read as the goods'. It is theirs: one line."""
    goods = [product(name, name, shelf if shelved else "", brand=brand, price=50.0) for name, brand, shelf in MJAU]
    lines = added_lines(CatalogIndex.build(goods), "torrfoder till katten vad heter det mjau med kyckling")
    assert len(lines) == 1, lines
