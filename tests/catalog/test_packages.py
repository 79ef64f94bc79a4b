from assistant.catalog.packages import package_count
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
