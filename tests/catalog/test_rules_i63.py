"""Matching rules of session i63, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["en lätt yoghurt vanilj", "lättyoghurt vanilj"])
def test_a_describing_word_known_whole_says_nothing_of_its_first_part(shelved: bool, said: str) -> None:
    """"en lätt yoghurt vanilj" was the sure "Yoghurt Lättsockrad Vanilj", lightly sweetened and of full fat:
    "lättyoghurt" was found in pieces, "lätt" inside "Lättsockrad". A describing word the lexicon knows whole
    says how much of its rest ("sockrad"), nothing of the goods' lightness: the index reads no attribute off it,
    nor may a compound asked."""
    goods = [product(name, name, "Mejeri > Yoghurt" if shelved else "", size=1000, unit="g", price=25.0)
             for name in ["Yoghurt Lättsockrad Vanilj 1,5%", "Lättyoghurt Mild Vanilj 0,5%",
                          "Yoghurt Vanilj 4x125", "Lättyoghurt Naturell 0,5%",
                          "Yoghurt Mild Lättsockrad Vanilj 1,5%"]]
    [line] = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Lättyoghurt Mild Vanilj 0,5%", line


@WITH_CATEGORIES
def test_a_word_the_store_sells_as_a_brand_is_no_item_of_a_list(shelved: bool) -> None:
    """"tvättpulver neutral colour" was three sure lines (a powder of another brand, a fabric softener, a board
    game): three words the store names products by, said one after another, were read as a list. "Neutral" is
    a brand of the store's, though names write it too ("Neutral Sköljmedel"): a brand said beside goods
    says whose they are, as a brand only the lexicon or the brand field knows does."""
    goods = [product(name, name, shelf if shelved else "", brand=brand, price=49.9) for name, brand, shelf in [
        ("Tvättpulver Kulör", "Såklart", "Hem & städ > Tvätt"),
        ("Colour Tvättmedel Pulver", "Neutral", "Hem & städ > Tvätt"),
        ("Neutral Sköljmedel", "Neutral", "Hem & städ > Tvätt"),
        ("White Tvättmedel Pulver", "Neutral", "Hem & städ > Tvätt"),
        ("4 Colours Original", "Ravensburger", "Leksaker > Spel"),
        ("Colour Catcher Tvättduk", "K2r", "Hem & städ > Tvätt")]]
    lines = added_lines(CatalogIndex.build(goods), "tvättpulver neutral colour")
    assert len(lines) == 1, lines



@WITH_CATEGORIES
def test_a_piece_counted_is_no_slice(shelved: bool) -> None:
    """"en bit ekologisk rostbiff till söndagen" was the sure "Rostbiff Skiva KRAV", beef in slices: a name's
    "Skiva" says the goods come cut as "Skivor" and "Skivad" do, and a piece counted is a piece off the whole.
    Where only sliced goods are of the sort asked, staff confirm them."""
    goods = [product(name, name, shelf if shelved else "", brand=brand, size=1, unit="kg", price=price)
             for name, brand, price, shelf in [
                 ("Rostbiff Skiva KRAV", "Gräsbeteskött", 199.0, "Kött & fågel > Nöt > Skivor"),
                 ("Rostbiff Bit", None, 159.0, "Kött & fågel > Nöt > Bit"),
                 ("Rostbiff Skivad", None, 169.0, "Kött & fågel > Nöt > Skivor"),
                 ("Clubstek Skiva", None, 189.0, "Kött & fågel > Nöt > Skivor")]]
    index = CatalogIndex.build(goods)
    [line] = added_lines(index, "en bit ekologisk rostbiff till söndagen")
    assert line.needs_review, line
    [line] = added_lines(index, "två ekologisk rostbiff skiva")
    assert line.product is not None and line.product.name == "Rostbiff Skiva KRAV" and not line.needs_review, line


HAIR = [("Schampo Miracle Moist", "Garnier", "Hygien > Hår > Schampo"),
        ("Balsam Miracel Moist", "Garnier", "Hygien > Hår > Balsam"),
        ("Schampo Repair", "Garnier", "Hygien > Hår > Schampo"),
        ("Balsam Volym", "Garnier", "Hygien > Hår > Balsam"),
        ("Schampo Color-Vive Elvital", "Elvital", "Hygien > Hår > Schampo"),
        ("Balsam Color-Vive Elvital", "Elvital", "Hygien > Hår > Balsam"),
        ("Schampo Mild", "Barnens", "Hygien > Hår > Schampo"),
        ("Schampo Kids", "Barnens", "Hygien > Hår > Schampo")]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "first"), [("schampo och balsam miracle moist den hon brukar ha",
                                              "Schampo Miracle Moist"),
                                             ("schampo och balsam från elvital", "Schampo Color-Vive Elvital")])
def test_a_line_named_after_two_goods_joined_by_och_is_said_of_both(shelved: bool, said: str, first: str) -> None:
    """"schampo och balsam miracle moist den hon brukar ha" was the sure "Schampo Repair" and the right balsam: the
    line's name said after the pair was read for the second goods only. A name no Swedish word, said after two
    goods joined by "och", where the store sells the first goods by that name too, is said of both."""
    goods = [product(name, name, shelf if shelved else "", brand=brand, size=250, unit="ml", price=49.9)
             for name, brand, shelf in HAIR]
    lines = added_lines(CatalogIndex.build(goods), said)
    assert [line.product.name if line.product else None for line in lines][:1] == [first], lines
    assert len(lines) == 2, lines


@WITH_CATEGORIES
def test_goods_before_a_pair_named_by_a_line_the_first_is_not_sold_by_stay_bare(shelved: bool) -> None:
    """"schampo och balsam volym": no shampoo of the store says "Volym", so the word is the balsam's alone."""
    goods = [product(name, name, shelf if shelved else "", brand=brand, size=250, unit="ml", price=49.9)
             for name, brand, shelf in HAIR]
    lines = added_lines(CatalogIndex.build(goods), "schampo och balsam volym")
    assert [line.phrase for line in lines] == ["schampo", "balsam volym"], lines


@WITH_CATEGORIES
def test_a_name_said_after_goods_is_no_kind_said_after_a_sort(shelved: bool) -> None:
    """"kattgodis temptations med lax" was Dreamies' sure "Lax Kattgodis": "temptations" was read as the kind said
    after a sort's own name ("pecorino ost"), so the goods' word alone was searched. A kind so said is a word of
    goods, Swedish or known to the lexicon; a line's name is none."""
    goods = [product(name, name, "Husdjur > Katt" if shelved else "", brand=brand, size=60, unit="g", price=16.9)
             for name, brand in [("Temptations Lax", "Whiskas"), ("Temptations Kyckling&ost", "Whiskas"),
                                 ("Lax Kattgodis", "Dreamies"), ("Lax Sticks Kattgodis", "Whiskas"),
                                 ("Kyckling Kattgodis", "Dreamies"), ("Lax & Ost Kattgodis", "Dreamies"),
                                 ("Kattgodis Happy Snax Kött", "Bilanx"),
                                 ("Kattgodis Köttsticks med Fisk", "Bilanx")]]
    [line] = added_lines(CatalogIndex.build(goods), "kattgodis temptations med lax")
    assert line.product is not None and line.product.name == "Temptations Lax", line



@WITH_CATEGORIES
def test_a_pair_pointed_at_as_one_is_the_product_naming_both(shelved: bool) -> None:
    """"smör och rapsolja den flytande" was a sure butter beside the oil: two goods the store sells each alone are
    two things though a name writes them joined ("Smör- & Rapsolja"), but "den" after the pair points at one
    thing, the one the name writes."""
    goods = [product(name, name, shelf if shelved else "", size=size, unit=unit, price=price)
             for name, shelf, size, unit, price in [
                 ("Smör Normalsaltat 80%", "Mejeri > Smör", 500, "g", 54.9),
                 ("Smör Osaltat 82%", "Mejeri > Smör", 500, "g", 56.9),
                 ("Svenskt Smör Extra Saltat", "Mejeri > Smör", 500, "g", 57.9),
                 ("Smör- & Rapsolja", "Mejeri > Matfett", 500, "ml", 34.95),
                 ("Rapsolja", "Skafferi > Olja", 1000, "ml", 39.95),
                 ("Rapsolja Kallpressad", "Skafferi > Olja", 500, "ml", 59.95)]]
    [line] = added_lines(CatalogIndex.build(goods), "smör och rapsolja den flytande")
    assert line.product is not None and line.product.name == "Smör- & Rapsolja", line
