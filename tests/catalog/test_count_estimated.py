"""A count estimated where the feed states no size (in the kind's usual packages, by the piece, or one
package) is marked as estimated on the line and not flagged, as plain functions on small inline catalogs."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.learned import phrase_key
from assistant.catalog.schema import Product
from assistant.catalog.understand import Line, line_for
from assistant.nlu import parse


def _p(pid: str, name: str, size: float | None = None, unit: str | None = None) -> Product:
    return Product(id=pid, name=name, size=size, unit=unit, price_sek=14.9)


# Mathem's kind of feed: names and prices only
NAMES_ONLY = [_p("mellan", "Mellanmjölk 1,5%"), _p("råg", "Rågbröd"), _p("färs", "Blandfärs 50/50"),
              _p("lax", "Laxfilé Fryst"), _p("äpple", "Äpple Aroma Klass1")]
SIZED = [_p("mellan", "Mellanmjölk 1,5%", 1, "l"), _p("råg", "Rågbröd", 500, "g")]


def line(text: str, catalog: list[Product], learned: dict[str, str] | None = None) -> Line:
    return line_for(parse(text).items[0], CatalogIndex.build(catalog), learned=learned)


@pytest.mark.parametrize(("text", "count"), [
    ("två liter mellanmjölk", 2),      # two packages whether they hold 1 l or 1,5 l
    ("en liter mellanmjölk", 1),
    ("ett kilo blandfärs", 2),         # minced meat comes in 500 g packs
    ("tre liter mellanmjölk", 3),      # three 1 l or two 1,5 l packages: milk's most usual is 1 l
    ("fyra hundra gram laxfilé", 1),   # no usual package known: one package
    ("ett kilo äpplen", 7),            # an apple sold by the piece: 0,15 kg each
])
def test_a_count_from_the_usual_packages_is_estimated_and_not_flagged(text: str, count: int) -> None:
    found = line(text, NAMES_ONLY)
    assert (found.count, found.count_estimated, found.weight_estimated) == (count, True, False)
    assert not found.needs_review and found.reason is None


@pytest.mark.parametrize(("text", "catalog"), [
    ("två liter mellanmjölk", SIZED),   # the grocer states the size: the count is sure
    ("två mellanmjölk", NAMES_ONLY),    # packages said: nothing to estimate
    ("mellanmjölk", NAMES_ONLY),        # nothing said: one package
])
def test_a_count_that_is_not_estimated(text: str, catalog: list[Product]) -> None:
    found = line(text, catalog)
    assert not found.count_estimated and not found.needs_review


def test_more_than_a_kilo_of_a_kind_nothing_is_known_of_is_a_question_not_an_estimate() -> None:
    found = line("två kilo laxfilé", NAMES_ONLY)  # one package of it surely holds less
    assert found.needs_review and found.reason and "antalet" in found.reason and not found.count_estimated


def test_a_learned_reading_counts_the_same_way() -> None:
    found = line("två liter mellanmjölk", NAMES_ONLY, learned={phrase_key("mellanmjölk"): "mellan"})
    assert found.learned and (found.count, found.count_estimated, found.needs_review) == (2, True, False)
