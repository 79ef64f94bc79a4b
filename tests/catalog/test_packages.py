import math

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.matcher import match
from assistant.catalog.packages import (
    BY_WEIGHT,
    NO_SIZE,
    OTHER_UNIT,
    TOO_BIG,
    PackageCount,
    Packing,
    Weight,
    count_packages,
    cut_small,
    cut_unasked,
    is_liquid,
    ordered_amount,
    pack_fit,
    part_counted,
    part_of_piece,
    sized,
    package_count,
    piece_weight,
    unit_fit,
    usual_packages,
    weight,
)
from assistant.catalog.schema import Product
from assistant.catalog.understand import line_for
from assistant.nlu import parse
from assistant.nlu.models import Quantity
from tests.catalog.catalog_fixture import product

MILK_1L = product("m", "Mellanmjölk", "Mjölk", size=1, unit="l")
MINCE_500G = product("f", "Köttfärs", "Köttfärs", size=500, unit="g")
MINCE_1KG = product("f2", "Köttfärs", "Köttfärs", size=1, unit="kg")
LOOSE = product("b", "Banan", "Frukt", size=None, unit="kg")
EGGS_12 = product("e", "Ägg", "Ägg", size=12, unit="st")


def test_litres_become_packages_rounded_up() -> None:
    assert package_count(Quantity(amount=2, unit="l"), MILK_1L).count == 2
    assert package_count(Quantity(amount=15, unit="dl"), MILK_1L).count == 2


def test_half_a_kilo_is_one_500_g_pack() -> None:
    counted = package_count(Quantity(amount=0.5, unit="kg"), MINCE_500G)
    assert (counted.count, counted.reason) == (1, None)


def test_far_more_than_asked_is_flagged() -> None:
    counted = package_count(Quantity(amount=400, unit="g"), MINCE_1KG)
    assert counted.count == 1 and counted.reason


def test_sold_by_weight_keeps_the_weight_and_loose_pieces_are_counted() -> None:
    assert package_count(Quantity(amount=1, unit="kg"), LOOSE).count is None
    assert package_count(Quantity(amount=5, unit="st"), LOOSE).count == 5


def test_pieces_against_multipacks_and_package_words() -> None:
    assert package_count(Quantity(amount=24, unit="st"), EGGS_12).count == 2
    assert package_count(Quantity(amount=2, unit="st", unit_word="paket"), EGGS_12).count == 2
    # "st" names pieces, not packages: "200 st" bomullspinnar are one pack of 200, "24 stycken" ägg two dozen
    swabs = product("swabs", "Bomullspinnar 200-p", "", None, 200, "st")
    assert package_count(Quantity(amount=200, unit="st", unit_word="st"), swabs).count == 1
    assert package_count(Quantity(amount=24, unit="st", unit_word="stycken"), EGGS_12).count == 2


def test_nothing_stated_means_no_count() -> None:
    assert package_count(Quantity(), MILK_1L).count is None


def test_incompatible_units_ask_staff() -> None:
    assert package_count(Quantity(amount=2, unit="l"), MINCE_500G).reason


PEPPERS = product("p", "Paprika Röd", "Grönsaker", size=None, unit="kg")
SWEET_POTATO = product("s", "Sötpotatis", "Grönsaker", size=None, unit="kg")
DELI_CHEESE = product("c", "Präst Lagrad 31%", "Ost", size=None, unit="kg")
ROAST = product("r", "Fransyska", "Kött", size=None, unit="kg")  # pieces of 1 to 2 kg: no usual one


def test_a_weight_said_is_ordered_as_said() -> None:
    for quantity, kg in ((Quantity(amount=0.5, unit="kg"), 0.5), (Quantity(amount=2, unit="hg"), 0.2),
                         (Quantity(amount=400, unit="g"), 0.4)):
        assert weight(quantity, LOOSE) == Weight(kg, estimated=False, pieces=None)


def test_pieces_are_weighed_by_a_typical_piece_without_asking_staff() -> None:
    weighed = weight(Quantity(amount=3, unit="st"), LOOSE)
    assert weighed == Weight(0.54, estimated=True, pieces=3)
    assert package_count(Quantity(amount=3, unit="st"), LOOSE).reason is None


def test_pieces_said_of_a_kind_without_a_typical_weight_are_that_many_pieces_without_a_question() -> None:
    """"två fransyskor": the picker takes two of the counter's pieces, the grocer charges what they weigh;
    the weight is an estimate nobody can check before the picking, and the client said how much."""
    for quantity in (Quantity(amount=2, unit="st"), Quantity(amount=2, unit="st", unit_word="bitar")):
        assert weight(quantity, ROAST) == Weight(1.0, estimated=True, pieces=2)
        assert package_count(quantity, ROAST).reason is None


VEAL_PIECE = product("v", "Kalvstek i Bit Sverige", "Kött", size=None, unit="kg")
SMOKED_PIECE = product("s", "Lax Varmrökt Dubbelbit", "", size=None, unit="kg")


def test_nothing_said_is_one_piece_or_a_flagged_half_kilo() -> None:
    assert weight(Quantity(), PEPPERS) == Weight(0.17, estimated=True, pieces=1)
    guess = weight(Quantity(), ROAST)  # a whole fransyska or a slice of one: the client's to say
    assert (guess.kg, guess.pieces, guess.reason) == (0.5, None, BY_WEIGHT)
    for piece in (VEAL_PIECE, SMOKED_PIECE):  # the name says it is sold as a piece: one of them
        assert weight(Quantity(), piece) == Weight(0.5, estimated=True, pieces=1)
        assert package_count(Quantity(), piece).reason is None
    assert weight(Quantity(amount=1, unit="l"), VEAL_PIECE).reason is not None  # a litre is no weight


@pytest.mark.parametrize("quantity", [Quantity(), Quantity(amount=1, unit="st", unit_word="bit")],
                         ids=["nothing said", "en bit"])
def test_a_kind_sold_in_a_usual_piece_is_one_of_the_usual_without_a_question(quantity: Quantity) -> None:
    """"präst ost", "en bit präst": one usual piece of the cheese, its weight an estimate, no question."""
    assert weight(quantity, DELI_CHEESE) == Weight(0.5, estimated=True, pieces=1)
    assert package_count(quantity, DELI_CHEESE).reason is None


@pytest.mark.parametrize(("name", "category", "kg"), [
    ("Le Gruyère Réserve 32%", "Mejeri, ost & ägg > Ost", 0.5),  # the shelf names the kind the name does not
    ("Brie 60+", "Mejeri > Ost", 0.5),
    ("Le Gruyère Réserve 32%", "", None),                       # a feed without categories cannot tell
    ("Le Gruyère Réserve 32%", "Ost & chark", None),            # nor can a shelf of several kinds
    ("Paprika Röd", "Mejeri > Ost", 0.17),                      # the name's own kind first
])
def test_a_name_saying_no_kind_is_weighed_by_its_shelf_of_one_kind(name: str, category: str,
                                                                   kg: float | None) -> None:
    assert piece_weight(name, category) == kg
    item = product("p", name, category, None, None, "kg")
    assert (weight(Quantity(), item).reason is None) is (kg is not None)  # nothing said: its usual piece, or asked


def test_a_piece_weight_is_found_by_the_kind_word_longest_compound_part_first() -> None:
    assert piece_weight("Bananer Ekologiska") == 0.18
    assert piece_weight("Körsbärstomater") == 0.1
    assert piece_weight(SWEET_POTATO.name) == 0.35 and piece_weight("Potatis Fast") == 0.12
    assert piece_weight("Äpplen Royal Gala") == piece_weight("Äpple Aroma") == 0.15
    assert piece_weight(ROAST.name) is None


@pytest.mark.parametrize(("name", "kg"), [
    ("Isbergssallad Klass 1", 0.5),          # a head of lettuce or cabbage is one piece
    ("Rödkål Klass 1", 1.0),
    ("Fläskkotlett med Ben Skivad Sverige", 0.17),  # the counter's cuts that come one by one
    ("Kycklingklubba Sverige", 0.12),
    ("Kycklingben Färska Sverige", 0.12),
    ("Fläskfilé Danmark", 0.5),               # a whole tenderloin; the feed's "Fläskfile" is the same word
    ("Fläskfile Sverige", 0.5),
    ("Papaya Stor Klass 1", 0.5),             # fruit and roots bought by the piece
    ("Majrova Vit Klass 1", 0.3),
    ("Rättika Vit Klass 1", 0.4),
    ("Pumpa Butternut Klass 1", 1.0),
    ("Lammlägg Fryst Nya Zeeland", 0.4),      # a shank
    ("Kassler Bit", 0.5),                     # the counter's usual piece or pack of the kind
    ("Lövbiff Skivad Sverige", 0.5),
    ("Nötgrytbitar Sverige", 0.5),
    ("Stekfläsk Skivat", 0.4),
    ("Prästost 31%", 0.5),                    # a piece of an everyday hard cheese, by its kind word
    ("Präst Lagrad 12-15mån 31%", 0.5),
    ("Getost 31%", 0.5),                      # a compound of the kind
    ("Kycklingbröst Filé Svensk", None),      # two letters before "ost" are no first part: no cheese
    ("Högrev Bit Sverige", None),
    ("Fläskkarré Benfri Skivad Sverige", None),  # whole or sliced, pieces differ several-fold
    ("Fransyska", None),
    ("Kycklingfilé Sverige", None),           # "kyckling" also names its fillets
    ("Kyckling Hel Färsk Sverige", 1.3),      # a compound said as two words, "Kind Sort": a whole bird
    ("Hel Kyckling", 1.3),
    ("Sallad Isberg Klass 1", 0.5),           # an "isbergssallad"
    ("Kyckling Ben", 0.12),                   # a "kycklingben"
    ("Lök Vit Klass 1", 0.12),                # a word alone a kind wins: a white onion, no "vitlök"
    ("Kyckling Bröstfilé Hel", None),         # only neighbouring words make a compound
])
def test_heads_and_cuts_sold_one_by_one_have_a_typical_piece(name: str, kg: float | None) -> None:
    assert piece_weight(name) == kg


@pytest.mark.parametrize("category", ["Kött, chark & fågel", ""])
def test_stekflask_is_one_usual_pack_and_lask_never_finds_it(category: str) -> None:
    """"stek fläsk": one usual pack of about 0.4 kg, no question; "läsk" (a soft drink, not sold
    here) is no "stekfläsk" by a compound split, so the pack never stands unflagged for it."""
    index = CatalogIndex.build([product("s", "Stekfläsk Skivat", category, size=None, unit="kg"),
                                product("k", "Fläskkarré Benfri Skivad", category, size=None, unit="kg")])
    line = line_for(parse("stek fläsk").items[0], index)
    assert line.product is not None and line.product.id == "s"
    assert (line.weight_kg, line.weight_estimated, line.needs_review) == (0.4, True, False)
    soda = line_for(parse("en läsk").items[0], index)
    assert soda.product is None or soda.needs_review


def test_chops_asked_by_count_are_weighed_without_asking_staff() -> None:
    chops = product("k", "Fläskkotlett Lövskuren Sverige", "Kött & kyckling", size=None, unit="kg")
    assert weight(Quantity(amount=4, unit="st"), chops) == Weight(0.68, estimated=True, pieces=4)
    assert package_count(Quantity(amount=4, unit="st"), chops).reason is None
    lettuce = product("i", "Isbergssallad Klass 1", "", size=None, unit="kg")  # a feed without categories
    assert weight(Quantity(), lettuce) == Weight(0.5, estimated=True, pieces=1)
    shanks = product("l", "Lammlägg Fryst Nya Zeeland", "Kött, chark & fågel", size=None, unit="kg")
    assert package_count(Quantity(amount=2, unit="st"), shanks).reason is None
    turnip = product("m", "Majrova Vit Klass 1", "", size=None, unit="kg")
    assert weight(Quantity(), turnip) == Weight(0.3, estimated=True, pieces=1)


@pytest.mark.parametrize("category", ["Frukt & grönt > Grönsaker", ""])
@pytest.mark.parametrize(("text", "name", "kg", "pieces"), [
    ("isbergssallad", "Sallad Isberg Klass 1", 0.5, None),  # nothing said: one, no count on the line
    ("en isbergssallad", "Sallad Isberg Klass 1", 0.5, 1),
    ("hel kyckling", "Kyckling Hel Färsk Sverige", 1.3, None),
    ("två hela kycklingar", "Kyckling Hel Färsk Sverige", 2.6, 2),
])
def test_a_kind_the_name_says_in_two_words_is_one_usual_piece_without_a_question(
        category: str, text: str, name: str, kg: float, pieces: int | None) -> None:
    """"Sallad Isberg", "Kyckling Hel": the feed's "Kind Sort" is the compound, weighed by its usual
    piece and shown as an estimate, in a feed with categories or without."""
    index = CatalogIndex.build([product("w", name, category, size=None, unit="kg"),
                                product("o", "Gurka Klass 1", category, size=None, unit="kg")])
    line = line_for(parse(text).items[0], index)
    assert line.product is not None and line.product.id == "w"
    assert (line.weight_kg, line.count, line.weight_estimated) == (kg, pieces, True)
    assert not line.needs_review, line.reason


# Mathem's kind of feed: names and prices, no package size
MILK_UNSIZED = product("mu", "Mellanmjölk 1,5%", "", size=None, unit=None)
SOY_UNSIZED = product("su", "Sojadryck Naturell", "", size=None, unit=None)
OAT_UNSIZED = product("ou", "Havredryck Eko", "", size=None, unit=None)
COCONUT_UNSIZED = product("cu", "Kokosmjölk", "", size=None, unit=None)
POTATO_UNSIZED = product("pu", "Potatis Fast", "", size=None, unit=None)
KEFIR_UNSIZED = product("ku", "Kefir Naturell 3%", "", size=None, unit=None)
LAMB_MINCE_UNSIZED = product("lu", "Lammfärs 20%", "", size=None, unit=None)


APPLE_UNSIZED = product("ap", "Äpple Aroma Klass1", "", size=None, unit=None)
PEACHES_UNSIZED = product("pe", "Persikor", "", size=None, unit=None)
ROAST_UNSIZED = product("hr", "Högrev", "", size=None, unit=None)
SALMON_UNSIZED = product("lx", "Laxfilé", "", size=None, unit=None)


@pytest.mark.parametrize(("quantity", "item", "count"), [
    # every usual milk package (1 l, 1,5 l) gives the same count: two packages for two litres
    (Quantity(amount=2, unit="l"), MILK_UNSIZED, 2),
    (Quantity(amount=1, unit="l"), MILK_UNSIZED, 1),
    (Quantity(amount=10, unit="dl"), MILK_UNSIZED, 1),
    (Quantity(amount=2, unit="l"), SOY_UNSIZED, 2),
    # kinds sold in one standard package: kefir by the litre, lamb mince in 500 g
    (Quantity(amount=1, unit="l"), KEFIR_UNSIZED, 1),
    (Quantity(amount=500, unit="g"), LAMB_MINCE_UNSIZED, 1),
    (Quantity(amount=1, unit="kg"), LAMB_MINCE_UNSIZED, 2),
    # the usual packages disagree: the usual size that is just the amount, else the most usual one
    (Quantity(amount=3, unit="l"), MILK_UNSIZED, 3),        # three of 1 l, not two of 1,5 l
    (Quantity(amount=1.5, unit="l"), MILK_UNSIZED, 1),      # the 1,5 l pack said
    (Quantity(amount=1, unit="l"), OAT_UNSIZED, 1),         # 1 l, not four 25 cl portions
    (Quantity(amount=2, unit="kg"), POTATO_UNSIZED, 1),     # the 2 kg bag
    (Quantity(amount=3, unit="kg"), POTATO_UNSIZED, 4),     # potatoes' most usual bag: 900 g
    # no usual package: pieces of a kind named in the singular, else one package
    (Quantity(amount=1, unit="kg"), APPLE_UNSIZED, 7),      # apples of 0,15 kg
    (Quantity(amount=1, unit="kg"), PEACHES_UNSIZED, 1),    # a name in the plural: a pack of them
    (Quantity(amount=1, unit="kg"), product("tc", "Torskfilé Citron", "", size=None, unit=None), 1),  # fish
    (Quantity(amount=4, unit="dl"), COCONUT_UNSIZED, 1),    # "Kokosmjölk" is no milk
    (Quantity(amount=400, unit="g"), SALMON_UNSIZED, 1),
    (Quantity(amount=1, unit="kg"), ROAST_UNSIZED, 1),
])
def test_a_feed_without_sizes_estimates_the_count_without_a_question(
        quantity: Quantity, item: Product, count: int) -> None:
    assert package_count(quantity, item) == PackageCount(count, None, estimated=True)


@pytest.mark.parametrize("category", ["Frukt & grönt > Äpplen", ""])
def test_pieces_are_estimated_with_or_without_categories(category: str) -> None:
    apple = product("ap", "Äpple Aroma Klass1", category, size=None, unit=None)
    assert package_count(Quantity(amount=0.5, unit="kg"), apple) == PackageCount(4, None, estimated=True)


@pytest.mark.parametrize(("quantity", "item", "reason"), [
    (Quantity(amount=1, unit="kg"), MILK_UNSIZED, OTHER_UNIT),   # not a liquid here: its packages are litres
    (Quantity(amount=1.5, unit="kg"), ROAST_UNSIZED, NO_SIZE),   # one roast or two: no package surely holds it
    (Quantity(amount=5, unit="kg"), SALMON_UNSIZED, NO_SIZE),
    # a fruit's name on goods sold outside food: pieces of fruit and one package are far apart
    (Quantity(amount=1, unit="kg"), product("hs", "Lime Handtvål", "", size=None, unit=None), NO_SIZE),
    (Quantity(amount=1, unit="kg"), product("hs", "Lime Flytande", "Hygien > Tvål", size=None, unit=None), NO_SIZE),
])
def test_a_feed_without_sizes_asks_where_the_estimate_could_be_far_off(
        quantity: Quantity, item: Product, reason: str) -> None:
    counted = package_count(quantity, item)
    assert (counted.count, counted.reason, counted.estimated) == (1, reason, False)


PARSNIP_UNSIZED = product("pa", "Palsternacka Eko", "", size=None, unit=None)
SUGAR_UNSIZED = product("su", "Strösocker", "", size=None, unit=None)
CREAM_UNSIZED = product("cr", "Vispgrädde 36%", "", size=None, unit=None)
FLOUR_UNSIZED = product("fl", "Vetemjöl Special", "", size=None, unit=None)


@pytest.mark.parametrize(("quantity", "item", "count", "reason"), [
    # one package of every usual size holds the amount: one package, whatever its size
    (Quantity(amount=1, unit="dl"), CREAM_UNSIZED, 1, TOO_BIG),       # cream's most usual pack: 5 dl
    (Quantity(amount=3, unit="dl"), CREAM_UNSIZED, 1, None),          # the usual 3 dl pack said
    (Quantity(amount=5, unit="dl"), MILK_UNSIZED, 1, TOO_BIG),
    (Quantity(amount=3, unit="hg"), LAMB_MINCE_UNSIZED, 1, TOO_BIG),  # a 500 g pack
    (Quantity(amount=1, unit="kg"), SUGAR_UNSIZED, 1, None),          # the 1 kg bag
    (Quantity(amount=0.5, unit="kg"), PARSNIP_UNSIZED, 1, None),      # the 500 g bag
    (Quantity(amount=6, unit="dl"), CREAM_UNSIZED, 2, TOO_BIG),       # two of 5 dl
    (Quantity(amount=2, unit="kg"), SUGAR_UNSIZED, 1, None),          # the 2 kg bag said
    (Quantity(amount=2, unit="kg"), FLOUR_UNSIZED, 1, None),          # wheat flour's 2 kg bag
    (Quantity(amount=4, unit="kg"), FLOUR_UNSIZED, 2, None),
    (Quantity(amount=1, unit="kg"), FLOUR_UNSIZED, 1, TOO_BIG),
])
def test_one_package_of_the_usual_size_is_a_count_and_too_big_only_a_note(
        quantity: Quantity, item: Product, count: int, reason: str | None) -> None:
    """Too big is the matcher's question only when a rival surely brings less (see the next test)."""
    assert package_count(quantity, item) == PackageCount(count, reason, estimated=True)


@pytest.mark.parametrize("category", ["Mejeri, ost & ägg > Grädde", ""])
def test_an_unsized_package_above_the_amount_is_no_question_when_no_rival_is_surely_smaller(
        category: str) -> None:
    cream = product("cr", "Vispgrädde 36%", category, size=None, unit=None)
    item = parse("tre deciliter vispgrädde").items[0]
    alone = match(CatalogIndex.build([cream, product("cr5", "Vispgrädde 36% 5 dl", category, size=5, unit="dl")]),
                  item)
    assert alone.product is not None and alone.product.id == "cr"
    assert (alone.count, alone.needs_review) == (1, False)
    # it surely brings at least its kind's smallest usual package: a 5 dl pack is no smaller, a 2 dl one is
    index = CatalogIndex.build([cream])
    assert ordered_amount(index, item.quantity, index.entries[0]) == 300


@pytest.mark.parametrize("category", ["Skafferi > Bakning", ""])
def test_two_kilos_of_flour_in_a_feed_without_sizes_is_one_bag_without_a_question(category: str) -> None:
    """Mathem's kind of feed: "två kilo vetemjöl" is the 2 kg bag wheat flour is sold in, one of it, as
    "två kilo potatis" is potatoes' 2 kg bag, and "ett kilo äpplen" seven apples sold by the piece: estimates
    the line shows, no questions; a stated size counts exactly."""
    index = CatalogIndex.build([product("fl", "Vetemjöl Special", category, size=None, unit=None),
                                product("rg", "Rågmjöl", category, size=None, unit=None),
                                product("po", "Potatis Fast", category, size=None, unit=None),
                                product("ap", "Äpple Aroma Klass1", category, size=None, unit=None),
                                product("pb", "Potatis Bakpotatis 1kg", category, size=None, unit=None)])
    for text, pid, count in (("två kilo vetemjöl", "fl", 1), ("två kilo potatis", "po", 1),
                             ("ett kilo äpplen", "ap", 7)):
        line = line_for(parse(text).items[0], index)
        assert line.product is not None and line.product.id == pid
        assert (line.count, line.count_estimated, line.needs_review) == (count, True, False)
    sized_bag = line_for(parse("tre kilo bakpotatis").items[0], index)
    assert sized_bag.product is not None and sized_bag.product.id == "pb"
    assert (sized_bag.count, sized_bag.count_estimated) == (3, False)


@pytest.mark.parametrize("category", ["Dryck > Juice & fruktdryck", ""])
def test_litres_of_a_liquid_without_a_size_are_litre_cartons_without_a_question(category: str) -> None:
    """Mathem's kind of feed: "två liter äppeljuice" is two litre cartons, an estimate the line shows,
    as "tre liter mjölk" is three of milk's usual 1 l; two kilos of a flour nothing is known of stay a
    question, and so do a roast and a cream, which is no drink (its cartons are 2,5 or 5 dl as often)."""
    index = CatalogIndex.build([product("aj", "Äppeljuice", category, size=None, unit=None),
                                product("td", "Ananasjuice", category, size=None, unit=None),
                                product("km", "Kornmjöl", "Skafferi > Bakning" if category else "",
                                        size=None, unit=None),
                                product("gr", "Matlagningsgrädde 15%", "Mejeri > Grädde" if category else "",
                                        size=None, unit=None)])
    for text, pid, count in (("två liter äppeljuice", "aj", 2), ("tre liter ananasjuice", "td", 3),
                             ("en och en halv liter äppeljuice", "aj", 2)):
        line = line_for(parse(text).items[0], index)
        assert line.product is not None and line.product.id == pid
        assert (line.count, line.count_estimated, line.needs_review) == (count, True, False), text
    flour = line_for(parse("två kilo kornmjöl").items[0], index)
    assert flour.product is not None and flour.product.id == "km" and flour.needs_review
    cream = line_for(parse("två liter matlagningsgrädde").items[0], index)
    assert cream.product is not None and cream.product.id == "gr" and cream.needs_review
    assert package_count(Quantity(amount=2, unit="l"), ROAST_UNSIZED).reason == NO_SIZE  # no liquid


def test_staff_read_whether_the_size_is_missing_or_in_another_unit() -> None:
    assert package_count(Quantity(amount=2, unit="kg"), ROAST_UNSIZED).reason == NO_SIZE
    assert package_count(Quantity(amount=2, unit="l"), MINCE_500G).reason == OTHER_UNIT


def test_a_stated_size_is_never_estimated() -> None:
    assert not package_count(Quantity(amount=2, unit="l"), MILK_1L).estimated


@pytest.mark.parametrize(("name", "sizes"), [
    ("Mellanmjölk 1,5%", (1000.0, 1500.0)),
    ("Färsk Mellanmjölk Eko", (1000.0, 1500.0)),
    ("Kokosmjölk", ()),
    ("Mjölkchoklad", ()),
    ("Blandfärs 20%", (500.0,)),
    ("Standardmjölk 3%", (1000.0, 1500.0)),
    ("Långfil 3%", (1000.0,)),
    ("Kefir Plus Dofilus 3%", (1000.0,)),
    ("Lammfärs Fryst EKO", (500.0,)),
    ("Potatis Fast", (900.0, 2000.0, 1000.0, 5000.0)),  # the most usual first
    ("Sötpotatis Orange", ()),
    ("Vetemjöl Special", (2000.0,)),
    ("Kärnvetemjöl Fullkorn", ()),                # another flour, whole word only
])
def test_usual_packages_by_the_names_kind_word(name: str, sizes: tuple[float, ...]) -> None:
    assert usual_packages(name).sizes == sizes


MILK_2L = product("m2", "Mellanmjölk", "Mjölk", size=2, unit="l")
EGGS_6 = product("e6", "Ägg", "Ägg", size=6, unit="st")
BANANA_PIECE = product("bp", "Banan", "Frukt", size=1, unit="st")


@pytest.mark.parametrize(("quantity", "item", "expected"), [
    (None, MILK_1L, 0.0),
    (Quantity(), MILK_1L, 0.0),
    (Quantity(amount=1, unit="l"), MILK_1L, 0.12),     # the litre pack for a litre: one pack, just as said
    (Quantity(amount=2, unit="l"), MILK_1L, 0.1),      # two litre packs for two litres
    (Quantity(amount=2, unit="l"), MILK_2L, 0.12),
    (Quantity(amount=1, unit="l"), MILK_2L, 0.0),      # two litres for one: no bonus
    (Quantity(amount=1, unit="l"), MINCE_500G, -0.2),  # a weight for a volume
    (Quantity(unit="l"), MILK_2L, 0.05),               # the right dimension, no amount
    (Quantity(amount=1, unit="kg"), LOOSE, 0.1),       # weighed to the weight asked: as near as packs add up
    (Quantity(amount=1, unit="l"), LOOSE, -0.2),
    (Quantity(amount=6, unit="st"), EGGS_6, 0.05),     # pieces: see pack_fit
    # no size stated: the kind's usual packages say the unit
    (Quantity(amount=5, unit="hg"), product("bu", "Blandfärs 50/50", "", size=None, unit=None), 0.05),
    (Quantity(amount=5, unit="hg"), product("pu", "Paj Köttfärs", "", size=None, unit=None), 0.0),
    (Quantity(amount=3, unit="l"), MILK_UNSIZED, 0.05),  # three of 1 l
    (Quantity(amount=1, unit="kg"), POTATO_UNSIZED, 0.05),
    (Quantity(amount=1, unit="kg"), MILK_UNSIZED, 0.0),  # its packages are litres
])
@pytest.mark.parametrize("indexed", [False, True])
def test_a_quantity_prefers_products_sold_in_its_unit(quantity: Quantity | None, item: Product,
                                                      expected: float, indexed: bool) -> None:
    """`indexed`: as the matcher reads it, with what the index read of the name when it was built."""
    sold, packed = as_ranked(item, indexed)
    assert unit_fit(sold, quantity, packed) == expected


@pytest.mark.parametrize("category", ["Hem & städ", ""])
@pytest.mark.parametrize(("text", "expected"), [("fryspåsar 3 liter", "b3"), ("fryspåsar 1 liter", "b1"),
                                                ("fryspåsar 2 l", "b2")])
def test_a_measure_said_of_bags_is_the_bag_of_that_size(category: str, text: str, expected: str) -> None:
    """One package of just the measure said, not three of a smaller one that add up to it: "fryspåsar 3
    liter" was three 1 l bags, sure."""
    index = CatalogIndex.build([product("b1", "Fryspåsar Fossilfri 1l", category, size=1, unit="l", price=19.0),
                                product("b2", "Fryspåsar 2l Sockerrör", category, size=2, unit="l", price=25.0),
                                product("b3", "Fryspåsar Fossilfri 3l", category, size=3, unit="l", price=22.0)])
    proposal = match(index, parse(text).items[0])
    assert proposal.product is not None and proposal.product.id == expected


@pytest.mark.parametrize("category", ["Hem & städ", ""])
@pytest.mark.parametrize(("text", "expected", "count"), [("fryspåsar 3 liter", "b3", 1),
                                                         ("2 paket fryspåsar 3 liter", "b3", 2),
                                                         ("fryspåsar 1 liter", "b1", 1)])
def test_a_measure_said_of_bags_sized_by_the_piece_is_read_in_the_name(category: str, text: str, expected: str,
                                                                      count: int) -> None:
    """A feed that sizes a pack of bags by its bags ("Fryspåsar 3 l", 40 st) writes their volume in the name:
    the bag of the measure said, that many packs, no question that the pack is "not in the unit asked"."""
    index = CatalogIndex.build([product("b1", "Fryspåsar 1 l", category, size=50, unit="st", price=19.0),
                                product("b3", "Fryspåsar 3 l", category, size=40, unit="st", price=24.0)])
    line = line_for(parse(text).items[0], index)
    assert line.product is not None and line.product.id == expected
    assert (line.count, line.needs_review) == (count, False), line.reason


def as_ranked(item: Product, indexed: bool) -> tuple[Product, Packing | None]:
    """The product and its packing as the matcher passes them: an indexed one's `Entry.sized` and
    `Entry.packing`, read once when the index was built; else the product alone, read as it comes."""
    if not indexed:
        return item, None
    entry = CatalogIndex.build([item]).entries[0]
    return entry.sized, entry.packing


@pytest.mark.parametrize(("quantity", "item", "expected"), [
    (Quantity(amount=6, unit="st"), EGGS_6, 0.05),     # "sex ägg": the six-pack
    (Quantity(amount=12, unit="st"), EGGS_6, 0.05),    # two of them
    (Quantity(amount=6, unit="st"), EGGS_12, -0.05),   # a pack of twelve for six
    (Quantity(amount=3, unit="st"), LOOSE, -0.1),      # "tre bananer": not the loose ones by the kilo
    (Quantity(amount=3, unit="st"), BANANA_PIECE, 0.05),
    (Quantity(amount=2, unit="st", unit_word="paket"), EGGS_12, 0.0),  # packages said: any pack size
    (Quantity(amount=1, unit="st", unit_word="bit"), product("sl", "Burger Slices Cheddar", ""), -0.15),
    (Quantity(amount=1, unit="st", unit_word="bit"), product("sk", "Cheddar Vit 32% Skivad", ""), -0.15),
    (Quantity(amount=1, unit="st", unit_word="bit"), product("ri", "Riven Ost", ""), -0.15),
    (Quantity(amount=1, unit="st", unit_word="bit"), product("ch", "Cheddar Lagrad 32%", ""), 0.0),  # a piece
    (Quantity(amount=1, unit="st", unit_word="paket"), product("sk", "Ost Skivad", ""), 0.0),  # slices may come
    (Quantity(amount=1, unit="st", unit_word="bit"), product("sk", "Skivadsbröd", ""), 0.0),  # no cut word
    (Quantity(amount=0.5, unit="st"), product("rd", "Rotselleri Delad ca 500g", ""), 0.15),  # a half: the halved one
    # packages or pieces counted with a word: not the counter's piece that weighs anything, a known one still fits
    (Quantity(amount=2, unit="st", unit_word="paket"), product("kv", "Kycklingvingar", "", size=None, unit="kg"), -0.1),
    (Quantity(amount=2, unit="st", unit_word="bitar"), product("rf", "Rödingfilé", "", size=None, unit="kg"), -0.1),
    (Quantity(amount=1, unit="st", unit_word="bit"), DELI_CHEESE, 0.0),  # "en bit präst": about 0.5 kg
])
@pytest.mark.parametrize("indexed", [False, True])
def test_pieces_prefer_a_pack_that_holds_them(quantity: Quantity, item: Product, expected: float,
                                              indexed: bool) -> None:
    sold, packed = as_ranked(item, indexed)
    assert pack_fit(sold, quantity, packed) == expected


FILMJÖLK_KG = product("fil", "Filmjölk", "Filmjölk och yoghurt", size=1, unit="kg")
SOLID = [product(f"s{i}", name, "Skafferi", size=500, unit="g") for i, name in enumerate(["Ris", "Pasta", "Mjöl"])]
LIQUIDS = [FILMJÖLK_KG, product("y", "Yoghurt", "Filmjölk och yoghurt", size=1, unit="l"), MINCE_500G, *SOLID]


@pytest.mark.parametrize("categories", [True, False])
def test_a_kilo_of_a_liquid_answers_litres(categories: bool) -> None:
    """By its category (mostly sold by volume) or, in a names-only feed, by the lexicon's liquid words."""
    products = LIQUIDS if categories else [product(p.id, p.name, "", size=p.size, unit=p.unit) for p in LIQUIDS]
    index = CatalogIndex.build(products)
    fil = index.entries[index.by_id["fil"]]
    assert is_liquid(index, fil)
    counted = count_packages(index, Quantity(amount=2, unit="l"), fil)
    assert (counted.count, counted.reason) == (2, None)
    mince = index.entries[index.by_id["f"]]
    assert not is_liquid(index, mince)
    assert count_packages(index, Quantity(amount=2, unit="l"), mince).reason  # no litres of mince


def test_a_feed_without_categories_gives_no_category_evidence_of_liquids() -> None:
    """All products of a names-only feed share the empty category: however many of them are drinks,
    that says nothing of mince, so two litres of mince still asks staff."""
    drinks = [product(f"d{i}", name, "", size=1, unit="l") for i, name in enumerate(["Apelsinjuice", "Läsk", "Vatten"])]
    index = CatalogIndex.build([*drinks, product("f", "Köttfärs", "", size=500, unit="g")])
    mince = index.entries[index.by_id["f"]]
    assert not is_liquid(index, mince)
    assert count_packages(index, Quantity(amount=2, unit="l"), mince).reason


def test_what_ordering_brings_in_base_units() -> None:
    index = CatalogIndex.build([MILK_1L, LOOSE])
    assert ordered_amount(index, Quantity(amount=15, unit="dl"), index.entries[index.by_id["m"]]) == 2000
    assert ordered_amount(index, Quantity(), index.entries[index.by_id["m"]]) == 1000  # one package
    assert ordered_amount(index, Quantity(amount=1, unit="kg"), index.entries[index.by_id["b"]]) == math.inf


@pytest.mark.parametrize("word", sorted(load_lexicon().cut_small))
def test_the_lexicons_cut_small_words_are_read_in_names_as_written(word: str) -> None:
    assert cut_small(f"Cheddar {word.upper()} 32%") == word.upper()
    assert cut_small(f"Cheddar {word}bröd") is None and cut_small(f"Cheddar x-{word}") is None


@pytest.mark.parametrize(("name", "part"), [
    ("Rotselleri delad ca 500g", True),
    ("Vitkål Delad KRAV", True),
    ("Gustafskorv Ring Halv", True),
    ("Rotselleri Klass1", False),
    ("Tårtbotten 3-delad", False),       # three layers, no part of one
    ("Gröna Musslor i Halvskal", False),  # a word merely beginning with "halv"
])
def test_a_name_saying_part_of_one_piece(name: str, part: bool) -> None:
    assert part_of_piece(name) is part


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("text", "expected"), [
    ("en halv rotselleri", "half"),   # half a piece: the halved one
    ("en rotselleri", "whole"),
    ("två rotselleri", "whole"),
])
def test_half_a_piece_prefers_a_halved_product(categories: bool, text: str, expected: str) -> None:
    shelf = "Frukt & grönt > Rotfrukter" if categories else ""
    catalog = [product("whole", "Rotselleri Klass1", shelf),
               product("half", "Rotselleri delad ca 500g Klass1", shelf, size=500, unit="g")]
    item = parse(text).items[0]
    assert match(CatalogIndex.build(catalog), item).product.id == expected


@pytest.mark.parametrize(("name", "size", "unit"), [
    ("Potatis 2kg", 2.0, "kg"),
    ("Mjölk 1,5l", 1.5, "l"),
    ("Rotselleri delad ca 500g", 500.0, "g"),
    ("Kaffebönor Organic EKO1kg", 1.0, "kg"),   # the size written onto the word before it
    ("Pepparsalami 3hg", 300.0, "g"),
    ("Potatis Fast", None, None),
    ("Blöjor Touch 10-14kg", None, None),       # a child's weight, no package size
])
def test_a_size_read_from_the_name_when_the_feed_states_none(name: str, size: float | None, unit: str | None) -> None:
    found = sized(product("n", name, "", size=None, unit=None))
    assert (found.size, found.unit) == (size, unit)


def test_a_stated_size_or_a_price_per_kilo_is_kept() -> None:
    assert sized(product("s", "Potatis 2kg", "", size=900, unit="g")).size == 900
    assert sized(product("w", "Potatis ca 1kg", "", size=None, unit="kg")).sold_by_weight


@pytest.mark.parametrize("shelf", ["Frukt & grönt > Potatis", ""])
@pytest.mark.parametrize(("quantity", "count", "reason"), [
    (Quantity(amount=4, unit="kg"), 2, False),   # two 2 kg bags, no question
    (Quantity(amount=2, unit="kg"), 1, False),
    (Quantity(amount=2, unit="l"), 1, True),     # litres of potatoes: another dimension
])
def test_a_size_in_the_name_counts_packages(shelf: str, quantity: Quantity, count: int, reason: bool) -> None:
    counted = package_count(quantity, product("p", "Potatis Fast 2kg", shelf, size=None, unit=None))
    assert (counted.count, counted.reason is not None, counted.estimated) == (count, reason, False)


@pytest.mark.parametrize("categories", [True, False])
def test_a_weight_asked_prefers_a_kind_sold_by_weight_to_a_dish_naming_it(categories: bool) -> None:
    """"fem hekto köttfärs" in a feed with no minced meat named "Köttfärs": the mince, not the pie."""
    meat = "Kött > Färs" if categories else ""
    catalog = [product("pie", "Paj Köttfärs", "Färdigmat > Pajer" if categories else "", price=30.0),
               product("mince", "Blandfärs 50/50", meat, price=45.0), product("boar", "Färs Vildsvin", meat, price=80.0),
               product("deer", "Färs Hjort", meat, price=90.0), product("roast", "Kött Rostbiff", meat, price=90.0)]
    assert match(CatalogIndex.build(catalog), parse("fem hekto köttfärs").items[0]).product.id == "mince"


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("text", "expected", "review"), [
    ("två paket kycklingvingar", "pack", False),   # two packs, as said: no weight to guess
    ("två bitar varmrökt lax", "portion", False),
    ("två kilo kycklingvingar", "counter", False),  # a weight said is the counter's, ordered as said
    ("två paket rödingfilé", "roding", False),     # no packed röding: two of the counter's pieces
    ("rödingfilé", "roding", True),                 # nothing said of a fillet: how much is the client's to say
])
def test_packages_counted_prefer_a_packed_product_to_a_weight_to_guess(categories: bool, text: str,
                                                                      expected: str, review: bool) -> None:
    meat, fish = ("Kött & kyckling", "Fisk & skaldjur") if categories else ("", "")
    catalog = [product("counter", "Kycklingvingar Svensk", meat, None, None, "kg", 69.95),
               product("pack", "Kyckling Vingar Frysta", meat, None, 1.12, "kg", 27.95),
               product("loose", "Lax Varmrökt Dubbelbit", fish, None, None, "kg", 245.0),
               product("portion", "Varmrökt Lax Naturell Portionsbit", fish, None, 125, "g", 38.5),
               product("roding", "Rödingfilé", fish, None, None, "kg", 349.0),
               product("laxfile", "Laxfilé", fish, None, 250, "g", 59.0)]
    line = line_for(parse(text).items[0], CatalogIndex.build(catalog))
    assert (line.product.id, line.needs_review) == (expected, review)
    assert (line.reason == BY_WEIGHT) == review


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("text", "expected"), [
    ("en bit cheddar", "piece"),   # a piece off the block, not the cheaper slices
    ("ett paket cheddar", "slices"),
])
def test_a_piece_asked_is_no_sliced_product(categories: bool, text: str, expected: str) -> None:
    shelf = "Mejeri, ost & ägg > Ost" if categories else ""
    catalog = [product("slices", "Cheddar Skivad", shelf, "Eldorado", 150, "g", 17.9),
               product("piece", "Cheddar Lagrad", shelf, "Kvibille", 150, "g", 39.9)]
    item = parse(text).items[0]
    assert match(CatalogIndex.build(catalog), item).product.id == expected


@pytest.mark.parametrize(("quantity", "name", "said", "expected"), [
    (Quantity(amount=1, unit="st"), "Herrgård 28% Skivad", {"herrgard", "ost"}, True),  # one cheese, counted
    (Quantity(amount=1, unit="st"), "Herrgård Mild 28%", {"herrgard", "ost"}, False),
    (Quantity(amount=1, unit="st"), "Gouda Skivad", {"gouda", "skiv"}, False),           # the cut is asked
    (Quantity(amount=1, unit="st", unit_word="paket"), "Gouda Skivad", {"gouda"}, False),  # a pack of it
    (Quantity(), "Gouda Skivad", {"gouda"}, False),                                        # nothing counted
])
def test_pieces_counted_without_a_package_word_are_not_cut_small(quantity: Quantity, name: str,
                                                                 said: set[str], expected: bool) -> None:
    entry = CatalogIndex.build([product("c", name, "Mejeri > Ost", size=150, unit="g")]).entries[0]
    assert cut_unasked(entry, quantity, said) is expected


CUTS = tuple(load_lexicon().cuts)


@pytest.mark.parametrize(("quantity", "name", "said", "expected"), [
    (Quantity(amount=1, unit="st"), "Kyckling Lårfilé", {"kyckling"}, True),          # one bird counted
    (Quantity(amount=2, unit="st"), "Kycklingvingar Grillade", {"kyckling"}, True),
    (Quantity(amount=1, unit="st"), "Kyckling Hel Färsk", {"kyckling"}, False),       # the whole bird
    (Quantity(amount=1, unit="st"), "Kyckling Lårfilé", {"kyckling", "larfil"}, False),  # the cut is asked
    (Quantity(amount=1, unit="st", unit_word="paket"), "Kyckling Lårfilé", {"kyckling"}, False),  # a pack of it
    (Quantity(amount=1, unit="kg"), "Kyckling Lårfilé", {"kyckling"}, False),         # weighed, not counted
    (Quantity(), "Kyckling Lårfilé", {"kyckling"}, False),                            # nothing counted
    (Quantity(amount=1, unit="st"), "T-Bone Steak Skiva", {"tbon", "stek"}, False),   # a slice is no cut off
])
def test_whole_pieces_counted_bare_are_no_cut_of_the_thing(quantity: Quantity, name: str, said: set[str],
                                                           expected: bool) -> None:
    entry = CatalogIndex.build([product("c", name, "Kött > Fågel", size=900, unit="g")]).entries[0]
    assert part_counted(entry, quantity, said, CUTS) is expected


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("text", "expected"), [
    ("en kyckling", "whole"),            # a bird counted: the whole one, not the dearer thigh fillets
    ("två kycklingar", "whole"),
    ("kyckling", "thighs"),              # the meat, whichever the store's usual
    ("ett paket kyckling", "thighs"),    # a pack of it
    ("en kycklinglårfilé", "thighs"),
])
def test_a_bird_counted_is_a_whole_bird(categories: bool, text: str, expected: str) -> None:
    shelf = "Kött, chark & fågel > Fågel" if categories else ""
    catalog = [product("thighs", "Kyckling Lårfilé", shelf, "Eldorado", 900, "g", 89.0),
               product("whole", "Kyckling Hel Färsk Sverige", shelf, "Garant", 1200, "g", 39.95)]
    proposal = match(CatalogIndex.build(catalog), parse(text).items[0])
    assert proposal.product is not None and proposal.product.id == expected


@pytest.mark.parametrize("shelf", ["Mejeri, ost & ägg > Ost", ""], ids=["categories", "names-only"])
@pytest.mark.parametrize(("text", "name", "kg", "flagged"), [  # meat on a meat shelf, cheese on the cheese one
    ("en bit präst ost", "Prästost 31%", 0.5, False),     # one usual piece of the cheese
    ("präst", "Präst Lagrad 31%", 0.5, False),
    ("kassler", "Kassler Bit", 0.5, False),
    ("lövbiff", "Lövbiff Skivad Sverige", 0.5, False),
    ("fransyska", "Fransyska", 0.5, True),                # no usual piece: how much is a question
    ("en fransyska", "Fransyska", 0.5, False),            # one of the counter's pieces, as said
    ("kalvstek", "Kalvstek i Bit Sverige", 0.5, False),   # the name says it is sold as a piece
    ("en fryst gås", "Gås Hel Fryst", 4.5, False),        # a whole bird weighs what a goose weighs, no 0.5 kg
    ("en anka", "Anka Hel Fryst", 2.2, False),
])
def test_a_line_asked_without_an_amount_carries_the_usual_piece_as_an_estimate(
        text: str, name: str, kg: float, flagged: bool, shelf: str) -> None:
    shelf = "Kött, chark & fågel > Nöt" if shelf and "ost" not in text and "präst" not in text else shelf
    catalog = [product("p", name, shelf, size=None, unit="kg", price=129.0),
               product("other", "Mellanmjölk", "Mejeri, ost & ägg > Mjölk" if shelf else "", size=1, unit="l")]
    found = line_for(parse(text).items[0], CatalogIndex.build(catalog))
    assert found.product is not None and found.product.id == "p"
    assert (found.weight_kg, found.weight_estimated, found.needs_review) == (kg, True, flagged)


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize(("text", "expected", "count"), [
    ("en rulle avfallspåsar 30 liter", "bags30", 1),    # the size each roll's bags hold, said last
    ("två paket kaffe 500 g", "coffee500", 2),          # the size of each package, not the whole amount
    ("ett paket kaffe 450 g", "coffee450", 1),
    ("två paket fryspåsar 3 liter", "freezer3", 2),  # two packs of 3 l bags, no pack of 6 l bags
])
def test_a_size_said_last_after_counted_containers_is_each_ones_size(categories: bool, text: str, expected: str,
                                                                    count: int) -> None:
    home, coffee = ("Hem & städ", "Skafferi > Kaffe") if categories else ("", "")
    catalog = [product("bags20", "Avfallspåse 20l", home, "Fixa", 20, "l", 29.0),
               product("bags25", "Avfallspåse 25l", home, "Eldorado", 25, "l", 19.0),
               product("bags30", "Avfallspåse 30l", home, "Fixa", 30, "l", 24.0),
               product("coffee450", "Mellanrost Bryggkaffe", coffee, "Gevalia", 450, "g", 49.0),
               product("coffee500", "Mellanrost Bryggkaffe", coffee, "Classic", 500, "g", 45.0),
               product("freezer6", "Fryspåse 6l 25-p", home, "Fixa", 6, "l", 25.0),
               product("freezer3", "Fryspåsar 3l 15-p", home, "Fixa", 3, "l", 22.0)]
    found = line_for(parse(text).items[0], CatalogIndex.build(catalog))
    assert found.product is not None and found.product.id == expected
    assert (found.count, found.needs_review) == (count, False), found.reason


EGGS_BY_WEIGHT = product("e6g", "Ägg Frigående 6-p M 348g", "", size=348, unit="g")
BAGUETTES_4 = product("b4", "Baguette Vete 4-pack", "")


@pytest.mark.parametrize(("said", "item", "packages"), [
    (6, EGGS_BY_WEIGHT, 1),   # "sex ägg": one six-pack, not six of them
    (12, EGGS_BY_WEIGHT, 2),
    (2, BAGUETTES_4, 1),      # two baguettes: one pack of four (a question when a smaller pack is sold)
    (2, product("bl", "Blockljus 6x9cm", ""), 2),         # a candle's size, no pack of six
    (2, product("fg", "Fiskgratäng 2-port", ""), 2),     # portions a dish serves are no pieces
])
def test_pieces_said_count_the_multipack_a_name_writes(said: int, item: Product, packages: int) -> None:
    """A feed that sizes a multipack by weight, or not at all, still writes its pieces in the name
    ("Ägg Frigående 6-p M 348g"): pieces said are counted in such packs, as in a feed's size in pieces."""
    assert package_count(Quantity(amount=said, unit="st"), item).count == packages
    assert package_count(Quantity(amount=said, unit="st", unit_word="paket"), item).count == said


@pytest.mark.parametrize("category", ["Bröd", ""], ids=["categories", "names-only"])
def test_pieces_said_prefer_the_pack_a_name_writes_them_in(category: str) -> None:
    """"sex ägg" is the six-pack of a names-only feed too, and "två baguetter" two single ones rather
    than a four-pack (pack_fit reads the name's count where the feed gives a weight or nothing)."""
    index = CatalogIndex.build([product("e12", "Ägg Frigående 12-p L 798g", category, size=798, unit="g"),
                                product("e6", "Ägg Frigående 6-p M 348g", category, size=348, unit="g"),
                                product("b4", "Baguette Vete 4-pack", category, price=30.0),
                                product("b1", "Baguette Vete", category, price=12.0)])
    eggs = line_for(parse("sex ägg").items[0], index)
    assert eggs.product is not None and eggs.product.id == "e6" and eggs.count == 1 and not eggs.needs_review
    bread = line_for(parse("två baguetter").items[0], index)
    assert bread.product is not None and bread.product.id == "b1" and bread.count == 2, bread
