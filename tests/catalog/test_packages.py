from assistant.catalog.packages import (
    BY_WEIGHT,
    Weight,
    package_count,
    piece_weight,
    weight,
)
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


def test_nothing_stated_means_no_count() -> None:
    assert package_count(Quantity(), MILK_1L).count is None


def test_incompatible_units_ask_staff() -> None:
    assert package_count(Quantity(amount=2, unit="l"), MINCE_500G).reason


PEPPERS = product("p", "Paprika Röd", "Grönsaker", size=None, unit="kg")
SWEET_POTATO = product("s", "Sötpotatis", "Grönsaker", size=None, unit="kg")
DELI_CHEESE = product("c", "Präst Lagrad 31%", "Ost", size=None, unit="kg")


def test_a_weight_said_is_ordered_as_said() -> None:
    for quantity, kg in ((Quantity(amount=0.5, unit="kg"), 0.5), (Quantity(amount=2, unit="hg"), 0.2),
                         (Quantity(amount=400, unit="g"), 0.4)):
        assert weight(quantity, LOOSE) == Weight(kg, estimated=False, pieces=None)


def test_pieces_are_weighed_by_a_typical_piece_without_asking_staff() -> None:
    weighed = weight(Quantity(amount=3, unit="st"), LOOSE)
    assert weighed == Weight(0.54, estimated=True, pieces=3)
    assert package_count(Quantity(amount=3, unit="st"), LOOSE).reason is None


def test_pieces_of_a_kind_without_a_typical_weight_go_to_staff() -> None:
    weighed = weight(Quantity(amount=2, unit="st"), DELI_CHEESE)
    assert weighed.pieces == 2 and weighed.estimated and weighed.reason == BY_WEIGHT
    assert package_count(Quantity(amount=2, unit="st"), DELI_CHEESE).reason == BY_WEIGHT


def test_nothing_said_is_one_piece_or_a_flagged_half_kilo() -> None:
    assert weight(Quantity(), PEPPERS) == Weight(0.17, estimated=True, pieces=1)
    guess = weight(Quantity(), DELI_CHEESE)
    assert (guess.kg, guess.pieces, guess.reason) == (0.5, None, BY_WEIGHT)


def test_a_piece_weight_is_found_by_the_kind_word_longest_compound_part_first() -> None:
    assert piece_weight("Bananer Ekologiska") == 0.18
    assert piece_weight("Körsbärstomater") == 0.1
    assert piece_weight(SWEET_POTATO.name) == 0.35 and piece_weight("Potatis Fast") == 0.12
    assert piece_weight("Äpplen Royal Gala") == piece_weight("Äpple Aroma") == 0.15
    assert piece_weight(DELI_CHEESE.name) is None
