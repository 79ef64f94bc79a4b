"""Matching rules of session i53, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("ballerina kex", "Ballerina Original 2-pack"),
    ("ballerina kex de vanliga", "Ballerina Original 2-pack"),
    ("ballerina kex med kladdkaka", "Ballerina Kladdkaka"),
])
def test_a_sorts_own_name_said_with_its_kind_is_its_original(shelved: bool, said: str, wanted: str) -> None:
    """"ballerina kex de vanliga" was a sure "Ballerina Kladdkaka", tied with the "Ballerina Original": a line's
    name said with the kind it is of and nothing more is the line's standard sort, as the name said alone is
    where it is no Swedish word ("polly": "Polly Original")."""
    biscuits = "Bröd & kakor > Kex" if shelved else ""
    goods = [product(name, name, biscuits, "Göteborgs" if shelved else None, price=price) for name, price in [
        ("Ballerina Kladdkaka", 24.9), ("Ballerina Original 2-pack", 24.9), ("Ballerina Salted Caramel", 26.9),
        ("Ballerina Kanelbulle", 24.9), ("Mariekex", 14.9), ("Havrekex", 19.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line


LIST_SHOP = ["Mellanmjölk 1,5%", "Mjölk Standard 3%", "Svenskt Smör Normalsaltat", "Ost Gouda Bit", "Prästost 31%",
             "Gräddost 38%", "Herrgårdsost", "Hushållsost", "Mesost", "Pecorino Romano", "Potatis Fast",
             "Potatis Mjölig", "Potatis Delikatess", "Lök Gul", "Rödlök",
             "Gullök", "Purjolök", "Vitlök", "Salladslök", "Schalottenlök", "Silverlök", "Gräslök", "Morötter",
             "Kaffe Mellanrost", "Silverfolie", "Gräsklippare"]


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("mjölk smör ost kaffe", ["Mjölk Standard 3%", "Svenskt Smör Normalsaltat", "*", "Kaffe Mellanrost"]),
    ("potatis lök morötter", ["Potatis Fast", "Lök Gul", "Morötter"]),
    ("pecorino ost", ["Pecorino Romano"]),  # a cheese's own name and its kind
])
def test_everyday_goods_listed_without_pauses_are_items_of_their_own(shelved: bool, said: str,
                                                                      wanted: list[str]) -> None:
    """"mjölk smör ost bröd ägg kaffe", as speech gives a list, was one item: "smör" leads no name where the
    butter is "Svenskt Smör", and "potatis lök" read as a name and its kind, as "pecorino ost" is, where no
    compound ends in "potatis". A word the lexicon reads as goods by default is goods, and names no sort of the
    next."""
    shelf = "Mat" if shelved else ""
    lines = added_lines(CatalogIndex.build([product(name, name, shelf, price=20.0) for name in LIST_SHOP]), said)
    names = [line.product.name if line.product else None for line in lines]
    assert len(names) == len(wanted) and all(want in ("*", name) for name, want in zip(names, wanted)), names


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["en mach tre rakhyvel till min man", "mach tre rakhyvlar"])
def test_a_number_a_name_writes_glued_to_the_word_is_part_of_the_name(shelved: bool, said: str) -> None:
    """"en mach tre rakhyvel" was a salad "Mache" asked about and a sure plain "Rakhyvel" for three: the store
    writes "Mach3" glued, as others write "Omega 3" apart, so the number is the name's, no count."""
    shelf = "Hygien > Rakning" if shelved else ""
    goods = [product(name, name, shelf, price=price) for name, price in [
        ("Rakhyvel Mach3 Turbo Razor med 2 blad", 139.0), ("Rakhyvel", 29.9), ("Rakhyvel Engångs 10-p", 49.9)]]
    goods.append(product("Sallad Mache", "Sallad Mache", "Grönsaker > Sallad" if shelved else "", price=24.9))
    lines = added_lines(CatalogIndex.build(goods), said)
    assert [(line.product.name if line.product else None, line.quantity.amount) for line in lines] == [
        ("Rakhyvel Mach3 Turbo Razor med 2 blad", 1.0 if said.startswith("en ") else None)], lines


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("flytande tvätt medel för svarta kläder", "Black Flytande Tvättmedel"),
    ("flytande tvättmedel för vit tvätt", "White Tvättmedel Flytande"),
    ("flytande tvättmedel för kulörtvätt", "Colour Tvättmedel Flytande"),
])
def test_a_name_led_by_the_use_it_says_is_the_thing(shelved: bool, said: str, wanted: str) -> None:
    """"tvättmedel för svarta kläder" was a sure plain detergent: the store also sells a cheese "Black 29%", so a
    name led by "Black" read as another thing named first. A word saying what goods are for ("Black", "Color",
    "Barista") leading the name names no other thing."""
    wash = "Hem & städ > Tvätt" if shelved else ""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Black 29%", "Mejeri > Ost", 89.9), ("Black Flytande Tvättmedel", wash, 59.9),
        ("Tvättmedel Flytande", wash, 49.9), ("White Tvättmedel Flytande", wash, 59.9),
        ("Colour Tvättmedel Flytande", wash, 59.9), ("Sensitive Flytande Tvättmedel", wash, 54.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted and not line.needs_review, line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("fläckborttagning för vit tvätt", "Crystal White Oxi Action Fläckborttagning"),
    ("fläckborttagning för kulörtvätt", "Oxi Action Fläckborttagning Colour"),
])
def test_a_name_saying_the_laundry_asked_for_comes_first(shelved: bool, said: str, wanted: str) -> None:
    """"vanish fläckborttagning för vit tvätt" was a sure "Gold Oxi Action", tied with the "Crystal White" beside
    it: a name that writes the use said ("White" for "vit tvätt") is that use's goods, as one writing another
    use is none of them."""
    wash = "Hem & städ > Tvätt" if shelved else ""
    goods = [product(name, name, wash, "Vanish" if shelved else None, price=price) for name, price in [
        ("Gold Oxi Action Fläckborttagning", 89.9), ("Crystal White Oxi Action Fläckborttagning", 89.9),
        ("Oxi Action Fläckborttagning Colour", 89.9), ("Carpet Care Oxi Action Fläckborttagning", 99.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted and not line.needs_review, line


@WITH_CATEGORIES
def test_a_scent_of_white_flowers_says_no_laundry(shelved: bool) -> None:
    """Where no softener is for coloured laundry, "för vit tvätt" tells none apart: the "White Flower" scent
    says no use, and no softener comes first for it."""
    wash = "Hem & städ > Tvätt" if shelved else ""
    goods = [product(name, name, wash, price=price) for name, price in [
        ("Softness White Flower Sköljmedel", 29.9), ("Neutral Sköljmedel", 29.9), ("Sköljmedel Sensitive", 27.9)]]
    plain = added_lines(CatalogIndex.build(goods), "sköljmedel")[0].product
    line, = added_lines(CatalogIndex.build(goods), "sköljmedel för vit tvätt")
    assert line.product is not None and plain is not None and line.product.name == plain.name, line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("ett halvt kilo herrgårds ost", "Herrgård Mild 28%"),
    ("300 gram herrgårdsost", "Herrgård 28% Skivad"),
    ("herrgårdsost", None),
])
def test_a_weight_asked_fits_goods_weighed_as_well_as_a_package(shelved: bool, said: str, wanted: str | None) -> None:
    """"ett halvt kilo herrgårds ost" was a sure sliced 300 g pack, two of them: goods sold by the kilo are cut to
    the weight asked, as good a fit as a package of just that weight, no worse than packages adding up to more."""
    cheese = "Mejeri > Ost" if shelved else ""
    goods = [product("sliced", "Herrgård 28% Skivad", cheese, size=300, unit="g", price=39.9),
             product("piece", "Herrgård Mild 28%", cheese, unit="kg", price=81.9)]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and (wanted is None or line.product.name == wanted), line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("tuc kex de vanliga och de med ost", ["Matkex Tuc Original", "Matkex Tuc Ost"]),
    ("tuc kex", ["Matkex Tuc Original"]),
])
def test_a_name_led_by_the_kind_said_apart_is_of_that_kind(shelved: bool, said: str, wanted: list[str]) -> None:
    """"tuc kex de vanliga" was a sure "Tuc Sourcream & Onion": "Matkex Tuc Original" leads with "Matkex", read as
    another thing than the Tuc asked, though it is the very kind said after the name ("kex")."""
    shelf = "Bröd & bageri > Tilltugg > Ostkex" if shelved else ""
    goods = [product(name, name, shelf, "Lu" if shelved else None, size=100, unit="g", price=9.95) for name in [
        "Matkex Tuc Original", "Matkex Tuc Paprika", "Matkex Tuc Ost", "Tuc Sourcream & Onion",
        "Matkex Tuc Salt & Pepper", "Mariekex", "Digestive Kex"]]
    lines = added_lines(CatalogIndex.build(goods), said)
    assert [line.product.name if line.product else None for line in lines] == wanted, lines


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("vita servetter dom stora till middagen", "Servetter 40 cm Vit"),
    ("små vita servetter", "Servetter 33 cm Vit 20-pack"),
    ("vita servetter", None),
])
def test_a_size_wished_picks_among_the_measures_names_write(shelved: bool, said: str, wanted: str | None) -> None:
    """"vita servetter dom stora" was a sure "Servetter Vit 20-pack": no name says "stor", but the names write
    the napkins' size, and the largest of them is the big one wished, the smallest the small one."""
    shelf = "Hem & hushåll > Servetter" if shelved else ""
    goods = [product(name, name, shelf, price=price) for name, price in [
        ("Servetter Vit 20-pack", 19.9), ("Servetter 40 cm Vit", 39.9), ("Servetter 33 cm Vit 20-pack", 24.9),
        ("Servetter Mörkblå 20-pack", 19.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and (wanted is None or line.product.name == wanted), line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("städ servetter till badrummet", "Vips Bad Städservetter"),
    ("städservetter till köket", "Städservett Kök"),
])
def test_a_name_writing_the_room_said_comes_first(shelved: bool, said: str, wanted: str) -> None:
    """"städ servetter till badrummet" was a sure "Städservett Universal": a name writing the room said ("Bad",
    the bathroom as names write it) is that room's, as one writing another room is none of its."""
    shelf = "Hem & städ > Rengöring" if shelved else ""
    goods = [product(name, name, shelf, price=price) for name, price in [
        ("Städservett Universal", 29.9), ("Vips Bad Städservetter", 32.9), ("Städservett Kök", 32.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted and not line.needs_review, line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("tandkräm för vuxna", "Tandkräm Original"),
    ("nässpray för vuxna", "Nässpray Vuxna 0,5 mg"),
])
def test_grown_ups_said_ask_the_ordinary_goods_where_none_says_it(shelved: bool, said: str, wanted: str) -> None:
    """"tandkräm för vuxna" was a children's toothpaste asked about: no toothpaste writes "Vuxna" (a nasal spray
    does), so the word names no sort of toothpaste, and the toothpaste is as a bare "tandkräm" reads it."""
    goods = [product(name, name, shelf if shelved else "", price=price) for name, shelf, price in [
        ("Tandkräm Original", "Hygien > Tandvård", 24.9), ("Tandkräm Barn Jordgubb", "Hygien > Tandvård", 24.9),
        ("Tandkräm Xylitol", "Hygien > Tandvård", 29.9), ("Nässpray Vuxna 0,5 mg", "Apotek > Förkylning", 49.9),
        ("Nässpray Barn 0,25 mg", "Apotek > Förkylning", 49.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted and not line.needs_review, line
