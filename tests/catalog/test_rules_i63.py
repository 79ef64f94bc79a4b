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
                          "Yoghurt Vanilj 4x125", "Lättyoghurt Naturell 0,5%", "Yoghurt Mild Lättsockrad Vanilj 1,5%"]]
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

