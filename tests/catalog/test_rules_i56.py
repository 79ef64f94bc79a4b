"""Matching rules of session i56, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product

CARDS = ["Kort - Tack A6", "Sopset Kort", "Kort Grattis", "Mellanmjölk", "Spelkort"]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [
    ("ett tack kort", "Kort - Tack A6"),
    ("två tack kort och en mjölk tack", "Kort - Tack A6"),
])
def test_thanks_between_a_count_and_its_goods_are_a_word_of_the_goods(shelved: bool, said: str,
                                                                       expected: str) -> None:
    """"ett tack kort" was a sure dustpan set "Sopset Kort": the "tack" was read as thanks, by the parser and by
    the catalog, leaving a bare "kort". Between a count and its goods it is the card's first word; said last,
    thanks still ask for nothing."""
    goods = [product(name, name, ("Mejeri" if "mjölk" in name else "Hem > Papper") if shelved else "",
                     price=20.0) for name in CARDS]
    lines = added_lines(CatalogIndex.build(goods), said)
    assert lines[0].product is not None and lines[0].product.name == expected, lines
    assert all(line.phrase != "tack" for line in lines)


BREADS = [("Din Glädje", "Wasa", "Bröd > Knäckebröd"), ("Knäckebröd Delikatess", "Wasa", "Bröd > Knäckebröd"),
          ("Levain", "Pågen", "Bröd > Ljust bröd"), ("Rågbröd", None, "Bröd > Mörkt bröd"),
          ("Drömrulltårta", None, "Bröd > Fikabröd"), ("Havreflarn", None, "Kakor > Kex")]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [
    ("knäckebröd vad heter det din glädje från wasa", ["Din Glädje"]),
    ("ett bröd vad heter det levain", ["Levain"]),
    ("en rulltårta vad heter det havreflarn", ["Drömrulltårta", "Havreflarn"]),
])
def test_a_name_searched_for_after_the_thing_is_the_things_own_name(shelved: bool, said: str,
                                                                     expected: list[str]) -> None:
    """"knäckebröd vad heter det din glädje från wasa" was a sure "Knäckebröd Delikatess" and a sure "Din
    Glädje": the name searched for, from a brand of the thing, is what the thing is called. So is a name the store
    shelves as the thing (Levain, a bread; a feed of bare names tells no shelf, and keeps both lines); other goods
    searched for stay goods of their own."""
    goods = [product(name, name, shelf if shelved else "", brand=brand if shelved else None, price=30.0)
             for name, brand, shelf in BREADS]
    lines = added_lines(CatalogIndex.build(goods), said)
    if not shelved and "levain" in said:
        expected = [lines[0].product.name if lines[0].product else "", "Levain"]
    assert [line.product.name if line.product else None for line in lines] == expected, lines


ENVELOPES = ["Kuvert C5 100-p", "Kuvert C4 50-p", "Kuvert C6 50-p", "Batteri Max Puls 9V", "Batteri Aa 4-pack",
             "Batteri Aaa 4-pack", "Led Klot 6w E14 Dim", "Led Kron 40w E27", "Led Klot 60w E27"]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected", "sure"), [
    ("kuvert dom stora c fyra", "Kuvert C4 50-p", True),
    # the count said before the goods is no code's number; the code's number said before more words is
    ("en led lampa e fjorton klot", "Led Klot 6w E14 Dim", None),
    ("ett nio volts batteri", "Batteri Max Puls 9V", True),
    # no C battery sold: a 9V battery, which writes its size whole ("9V"), is no sure answer
    ("batterier c två", None, False),
])
def test_a_size_code_is_read_past_how_big_and_written_whole(shelved: bool, said: str, expected: str | None,
                                                            sure: bool | None) -> None:
    """"kuvert dom stora c fyra" was four sure "Kuvert C5": the code's number was read as a count because the
    goods' last word ("stora") names no envelope; any word of the goods does. "en led lampa e fjorton klot" was a
    lamp "e1" (the count said first, read as the code's number) and fourteen globes. "batterier c två" was a sure "Batteri
    Max Puls 9V" where no C battery is sold: a "9V" written whole was no size of its own, so it disagreed with
    none."""
    goods = [product(name, name, "Hem > Kontor" if shelved else "", price=30.0) for name in ENVELOPES]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert sure is None or line.needs_review is not sure, line
    assert line.quantity.amount in (None, 1) if expected else line.quantity.amount == 2, line
    if expected is not None:
        assert line.product is not None and line.product.name == expected, line


HEADS = [("Dusch Just Fabulous", "Hygien > Dusch"), ("Dusch Man Isvak", "Hygien > Dusch"),
         ("Duschmunstycke", "Hem > Badrum"), ("Rödkål", "Frukt & grönt > Kål"), ("Vitlök Klass1", "Frukt & grönt")]


@WITH_CATEGORIES
def test_a_head_naming_the_whole_of_its_first_part_is_food_only(shelved: bool) -> None:
    """"ett nytt duschhuvud till duschen" was a sure shower gel: "huvud" names the whole of its first part as sold
    (a "rödkålshuvud" is a red cabbage), read so of a shower too. Only of food; the shower head is asked about."""
    index = CatalogIndex.build([product(name, name, shelf if shelved else "", price=30.0) for name, shelf in HEADS])
    head, = added_lines(index, "ett nytt duschhuvud till duschen")
    assert head.needs_review or (head.product is not None and head.product.name == "Duschmunstycke"), head
    cabbage, = added_lines(index, "två rödkålshuvuden")
    assert cabbage.product is not None and cabbage.product.name == "Rödkål" and not cabbage.needs_review, cabbage


PET_FOOD = [("Kattmat Torrfoder Senior", "Husdjur > Katt > Torrfoder"), ("Kattmat Torrfoder Adult", "Husdjur > Katt > Torrfoder"),
            ("Torrfoder Innekatt", "Husdjur > Katt > Torrfoder"), ("Fiskespö Uggla Katt", "Husdjur > Katt > Leksaker"),
            ("Kattmat Cat Senior 7+ Våtfoder", "Husdjur > Katt > Våtfoder"), ("Toalettpapper 6-pack", "Hem > Papper"),
            ("Grillkorv", "Chark > Korv")]


@WITH_CATEGORIES
def test_a_sort_said_at_the_end_of_talk_is_the_items_before_it(shelved: bool) -> None:
    """"torrfoder till katten hon är gammal senior" was the food and a second line "senior": a sort alone said at
    the end of talk says which of the goods before it is meant. Goods said so stay a line of their own."""
    index = CatalogIndex.build([product(name, name, shelf if shelved else "", price=30.0) for name, shelf in PET_FOOD])
    food, = added_lines(index, "torrfoder till katten hon är gammal senior")
    assert food.product is not None and food.product.name == "Kattmat Torrfoder Senior", food
    assert len(added_lines(index, "korv hon är sjuk toapapper")) == 2
    # an indoor cat said of it, the cat no goods: it was the food and a flagged cat toy
    indoor, = added_lines(index, "torrfoder till katten han är en inne katt")
    assert indoor.product is not None and indoor.product.name == "Torrfoder Innekatt", indoor


CAT_FOOD = [("Tonfisk&räkor Kattmat", "Sheba", "Djur > Katt"), ("Kattmat Tonfisk i Sås", "Sheba", "Djur > Katt"),
            ("Räkor med Skal", None, "Fisk & skaldjur"), ("Tonfisk Naturell", None, "Fisk & skaldjur > Konserver")]


@WITH_CATEGORIES
def test_tuna_is_a_food_an_animals_goods_taste_of(shelved: bool) -> None:
    """"fyra sheba till katten dom med tonfisk och räkor" was the cat food and a sure "Räkor med Skal" for the
    client: foods after an animal's goods are its taste, but the lexicon did not know tuna as a food."""
    goods = [product(name, name, shelf if shelved else "", brand=brand if shelved else None, price=15.0)
             for name, brand, shelf in CAT_FOOD]
    line, = added_lines(CatalogIndex.build(goods), "fyra sheba till katten dom med tonfisk och räkor")
    assert line.product is not None and line.product.name == "Tonfisk&räkor Kattmat", line


LAUNDRY = [("Tvättmedel White", "Fixa", "Hem > Tvätt"), ("Tvättmedel White", "Eldorado", "Hem > Tvätt"),
           ("Pulver Sensitive White", "Fixa", "Hem > Tvätt"), ("Sensitive Sköljmedel", "Eldorado", "Hem > Tvätt"),
           ("Mjölk Mellan", "Arla", "Mejeri")]


def test_a_brand_the_parser_read_as_a_command_is_a_word_of_the_goods() -> None:
    """"fixa tvättmedel till vittvätten" (Fixa: a store brand, and the verb "get") was another brand's detergent,
    and "ett paket tvätt pulver till vittvätten fixa sensitive" a sure detergent and a sure "Sensitive
    Sköljmedel": the brand said is a word of the goods it makes, and the sort said after it theirs too. "fixa
    mjölk" still asks for any milk: the brand makes none."""
    index = CatalogIndex.build([product(f"{brand}-{n}", name, shelf, brand=brand, price=40.0)
                                for n, (name, brand, shelf) in enumerate(LAUNDRY)])
    detergent, = added_lines(index, "fixa tvättmedel till vittvätten")
    assert detergent.product is not None and detergent.product.brand == "Fixa", detergent
    powder, = added_lines(index, "ett paket tvätt pulver till vittvätten fixa sensitive")
    assert powder.product is not None and powder.product.name == "Pulver Sensitive White", powder
    milk, = added_lines(index, "fixa mjölk")
    assert milk.phrase == "mjölk" and milk.product is not None and milk.product.name == "Mjölk Mellan", milk


CHEESES = [("Grevé 12 Månader 28%", "Mejeri, ost & ägg > Ost"), ("Grevé Ekologisk Hårdost 28%", "Mejeri, ost & ägg > Ost"),
           ("Hushållsost 26%", "Mejeri, ost & ägg > Ost"), ("Hel Kyckling", "Kött & fågel"),
           ("Flankstek", "Kött & fågel"), ("Hushållspapper", "Hem > Papper")]


@pytest.mark.parametrize(("said", "expected"), [
    ("eh grevé en bit ost till mackorna", ["Grevé 12 Månader 28%"]),
    ("en hel kyckling vi ska ugnssteka den på söndag", ["Hel Kyckling"]),
    ("hushålls papper ett paket det tar slut hela tiden", ["Hushållspapper"]),
])
def test_the_kind_a_plan_or_a_remark_said_after_the_goods_are_no_goods_of_their_own(said: str,
                                                                                   expected: list[str]) -> None:
    """"eh grevé en bit ost till mackorna" was the Grevé and a line "ost till mackorna" (a cheese of the store
    names a "Hårdost", so cheese was no kind its shelf alone says); "vi ska ugnssteka den" a line "ugnssteka" (a
    "Flankstek"), "det tar slut hela tiden" a line "slut hela tiden"."""
    index = CatalogIndex.build([product(name, name, shelf, price=30.0) for name, shelf in CHEESES])
    assert [line.product.name if line.product else None for line in added_lines(index, said)] == expected


LINES = [("Kakor Mörk Choko", "Ballerina", "Bröd > Kakor"), ("Ballerina Original", "Ballerina", "Bröd > Kakor"),
         ("Kakor Mjölkchoklad", "Ballerina", "Bröd > Kakor"), ("Platinum Handdiskmedel", "Yes", "Hem > Disk"),
         ("Original Diskmedel", "Yes", "Hem > Disk"), ("Citron Diskmedel", "Yes", "Hem > Disk")]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "expected"), [
    ("ballerina kakor dom vanliga", "Ballerina Original"),
    ("yes diskmedel det vanliga", "Original Diskmedel"),
])
def test_the_ordinary_sort_said_is_the_lines_original(shelved: bool, said: str, expected: str) -> None:
    """"ballerina kakor dom vanliga" was a sure "Kakor Mörk Choko", "yes diskmedel det vanliga" a sure "Platinum
    Handdiskmedel": "vanliga" is no word a name writes, so it was dropped; the ordinary sort said is the line's
    "Original" where a name writes one."""
    goods = [product(name, name, shelf if shelved else "", brand=brand if shelved else None, price=25.0)
             for name, brand, shelf in LINES]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == expected, line
