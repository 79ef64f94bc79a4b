"""Matching rules of session i49, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.lexicon import CHILD
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product


SAUSAGES = "Kött & chark > Korv"
VEGETARIAN = "Vegetariskt > Korv & pålägg"


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["vegetarisk prinskorv", "vegetariska falukorvar", "vegansk prinskorv"])
def test_a_vegetarian_compound_is_any_meat_free_one_of_its_head(shelved: bool, said: str) -> None:
    """A vegetarian asks no compound's meat: the meat-free sausage, though no name writes "prinskorv", comes
    before the pork "Prinskorv" that writes every word but the diet (still asked about: the sort is not said)."""
    goods = [product(name, name, (VEGETARIAN if "Veg" in name else SAUSAGES) if shelved else "", price=price)
             for name, price in [("Prinskorv", 29.9), ("Falukorv", 34.9), ("Vegokorv Vegetarisk", 39.9),
                                 ("Grillkorv", 32.9), ("Vegobullar Veganska", 34.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Vegokorv Vegetarisk", line
    assert line.needs_review, line


@WITH_CATEGORIES
def test_a_diet_free_of_lactose_keeps_the_compound_asked(shelved: bool) -> None:
    """Lactose and gluten are no part of the compound's first word: "laktosfri vaniljkvarg" stays the vanilla
    quark sold, asked about, rather than a lactose-free goods of another sort of the head."""
    goods = [product(name, name, "Mejeri > Kvarg" if shelved else "", price=price)
             for name, price in [("Vaniljkvarg", 24.9), ("Kvarg Naturell Laktosfri", 27.9), ("Kvarg Naturell", 22.9)]]
    line, = added_lines(CatalogIndex.build(goods), "laktosfri vaniljkvarg")
    assert line.product is not None and line.product.name == "Vaniljkvarg", line
    assert line.needs_review, line


BAKERY = "Bröd & kakor > Bullar"


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("korv han är vegetarian", "Vegokorv Vegetarisk"),
    ("korv hon äter inget kött", "Vegokorv Vegetarisk"),
    ("kanelbullar hon är vegan", "Kanelbullar Veganska"),
    ("knäckebröd hon har celiaki", "Knäckebröd Glutenfritt")])
def test_what_a_person_is_said_to_be_is_the_sort_of_the_goods(shelved: bool, said: str, wanted: str) -> None:
    """"bullar hon är vegan" was a sure dairy bun: the statement about the client was dropped as talk. It names
    the sort, as "veganska bullar" would."""
    goods = [product(name, name, (VEGETARIAN if "Veg" in name else SAUSAGES if "korv" in name else BAKERY)
                     if shelved else "", price=price)
             for name, price in [("Grillkorv", 29.9), ("Vegokorv Vegetarisk", 39.9), ("Kanelbullar", 34.9),
                                 ("Kanelbullar Veganska", 39.9), ("Knäckebröd Råg", 24.9),
                                 ("Knäckebröd Glutenfritt", 39.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line


CHEESE = "Mejeri > Ost"


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("lagrad cheddar arton månader", "Cheddar 32% 18 Mån"),
    ("lagrad cheddar 6 mån", "Cheddar Special 6 Mån"),
    ("lagrad cheddar", "Cheddar 32% Lagrad")])
def test_a_cheese_whose_name_writes_its_months_is_aged_that_long(shelved: bool, said: str, wanted: str) -> None:
    """"lagrad cheddar arton månader" was the "Cheddar 32% Lagrad", which writes no months, before the "18 Mån"
    that writes no "lagrad": the months a grown-up's goods are written with say it aged, and that long only
    (a child's "6M" suits an older child, a cheese of 6 months is no cheese of 18)."""
    goods = [product(name, name, CHEESE if shelved else "", price=price)
             for name, price in [("Cheddar 32% Lagrad", 139.0), ("Cheddar Special 6 Mån", 129.0),
                                 ("Cheddar 32% 18 Mån", 169.0), ("Cheddar Block 32%", 99.0)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line


@WITH_CATEGORIES
def test_aged_goods_of_other_months_are_no_sure_answer(shelved: bool) -> None:
    """Where only a cheese of other months is sold, "arton månader" is not met: no sure 6-month one."""
    goods = [product(name, name, CHEESE if shelved else "", price=price)
             for name, price in [("Cheddar Lagrad 6 Mån 32%", 129.0), ("Cheddar Block 32%", 99.0)]]
    line, = added_lines(CatalogIndex.build(goods), "lagrad cheddar arton månader")
    assert line.needs_review, line


def test_a_food_eaten_with_goods_known_by_their_shelf_names_no_sort_of_them() -> None:
    """"riven parmesan till pastan" was the unground "Parmesan I Bit": the grated "Grana Padano Riven" is a
    parmesan by its shelf only, and there the pasta was a word its name had to say. A food the goods are
    eaten with names no sort of them, on a shelf of the kind as in a name."""
    shelf = "Ost > Matost > Parmesan"
    goods = [product(name, name, "Skafferi > Pasta" if "Pasta" in name else shelf, price=price)
             for name, price in [("Parmesan I Bit", 52.5), ("Grana Padano Riven", 19.95), ("Grana Padano", 99.5),
                                 ("Parmesan Grana Padano", 32.5), ("Pasta Penne", 19.9), ("Pasta Spaghetti", 19.9)]]
    for said in ("riven parmesan till pastan", "riven parmesan i påse till pastan"):
        line, = added_lines(CatalogIndex.build(goods), said)
        assert line.product is not None and line.product.name == "Grana Padano Riven", line


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["prästost den som är lagrad arton månader", "prästost 18 månader"])
def test_a_cheese_asked_aged_so_many_months_is_the_one_written_so(shelved: bool, said: str) -> None:
    """"prästost den som är lagrad arton månader" was a sure "Präst Mellanlagrad" (Willys 2020) or "Präst
    Lagrad" (Coop, Mathem): "lagrad" said after the cheese was read as the thing asked, and the 18-month cheese
    was no candidate of the sort, which had to write "lagrad"; on Mathem's bare names "Präst 18M 35%" was a
    child's goods by its "18M". A sort on its shelf writing the months said comes before a "Prästost" writing
    none, as a name writing the percentage said does."""
    names = ["Präst 18M 35%", "Präst Lagrad 31%", "Präst Mellanlagrad 31%", "Prästost 17%", "Präst 12M 35%",
             "Herrgård 28%", "Grevé Lagrad 12M 28%", "Gouda 28%", "Billinge 26%", "Välling 6M"]
    goods = [product(name, name, ("Barn > Välling" if "Välling" in name else "Ost > Frukost") if shelved else "",
                     price=89.0) for name in names]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Präst 18M 35%", line


def test_months_a_cheese_writes_are_its_age_where_a_childs_food_writes_the_childs() -> None:
    """On a feed of bare names a name writing months was a child's goods: so it stays for "Välling 6M", not
    for a cheese read as one ("Präst Skivad 12M") or any name writing its fat ("Cheddar 18M 32%")."""
    names = ["Präst Skivad 12M", "Cheddar 18M 32%", "Välling 6M", "Fullkornsgröt Mild 8M", "Prästost 31%",
             "Mjölk 3%"]
    index = CatalogIndex.build([product(name, name, "", price=30.0) for name in names])
    childs = {entry.product.name for entry in index.entries if CHILD in entry.suits}
    assert childs == {"Välling 6M", "Fullkornsgröt Mild 8M"}


def test_a_cheese_aged_by_its_months_is_kept_among_many() -> None:
    """The first cut of a broad pool ("ost" brings hundreds) reads the months as "lagrad" as the score does:
    the one 18-month cheese among many writing neither was cut before it was scored."""
    goods = [product(f"ost{fat}", f"Gårdsost {fat}%", "Ost > Frukost", price=89.0) for fat in range(10, 56)]
    goods += [product(name, name, "Ost > Frukost", price=99.0)
              for name in ("Prästost Lagrad 31%", "Grevé Lagrad 28%", "Brännvinsost 18 Mån")]
    line, = added_lines(CatalogIndex.build(goods), "lagrad ost 18 månader")
    assert line.product is not None and line.product.name == "Brännvinsost 18 Mån", line


@WITH_CATEGORIES
def test_a_pair_listed_after_a_brand_said_is_the_brands_product_naming_both(shelved: bool) -> None:
    """"fem burkar gourmet gold lamm och anka" was the cat food and a sure whole duck: the name writes "Lamm &
    Anka" but misspells its brand ("Gormet Gold"), so the words said before the pair were not found in it.
    The brand says them as well as the name."""
    goods = [product(name, name, (("Djur > Katt" if brand else "Kött > Fågel") if shelved else ""), brand,
                     price=price)
             for name, brand, price in [("Gormet Gold Lamm & Anka Paté Kattmat", "Gourmet", 9.95),
                                        ("Gourmet Perle Kyckling Kattmat", "Gourmet", 8.95),
                                        ("Hel Anka Fryst", None, 189.0), ("Lammfilé", None, 99.0)]]
    lines = added_lines(CatalogIndex.build(goods), "fem burkar gourmet gold lamm och anka")
    assert [line.product.name for line in lines if line.product] == ["Gormet Gold Lamm & Anka Paté Kattmat"], lines


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("fisk buljong tärningar", "Fiskbuljong 6-p"),
    ("kyckling buljong tärningar", "Kycklingbuljong 8-p"),
    ("bacon tärningar", "Bacontärningar"),
    ("grönsaks buljong tärningar", "Grönsaksbuljongtärningar 8-p")])
def test_a_shape_said_after_what_it_holds_names_no_goods_of_its_own(shelved: bool, said: str, wanted: str) -> None:
    """"fisk buljong tärningar" was any goods in cubes ("Frukt & Fibrer 12 Tärningar"): the stock cubes are
    named by the stock alone ("Fiskbuljong 6-p"), as a supplement is by what it holds; where a name of the
    shape writes the thing ("Bacontärningar") it stays that."""
    goods = [product(name, name, ("Skafferi > Buljong" if "buljong" in name else "Kyl > Övrigt") if shelved else "",
                     price=price)
             for name, price in [("Fiskbuljong 6-p", 15.95), ("Kycklingbuljong 8-p", 28.95),
                                 ("Grönsaksbuljongtärningar 8-p", 28.95), ("Frukt & Fibrer 12 Tärningar", 24.95),
                                 ("Bacontärningar", 22.95), ("Bacon Skivad", 19.95), ("Fiskpinnar", 39.95)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["ett batteri nio volt till brandvarnaren", "batteri 9v till brandvarnaren"])
def test_a_voltage_said_after_the_thing_leaves_it_the_head(shelved: bool, said: str) -> None:
    """"ett batteri nio volt till brandvarnaren" was asked about: "9v" said last was read as the thing, and the
    smoke alarm, a thing of the store, as a word the battery's name had to say. The voltage goes before the
    thing, as a size said after it does; the alarm is what the battery is for."""
    goods = [product(name, name, "Hem > Batterier" if shelved else "", price=price)
             for name, price in [("Longlife Power 9v Batteri", 49.9), ("Batterier Aa", 29.9), ("Batterier D", 39.9),
                                 ("Brandvarnare Optisk", 149.0)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Longlife Power 9v Batteri", line
    assert not line.needs_review, line
