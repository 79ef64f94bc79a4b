"""Lines a care worker reads off the client's handwritten list (branch i20hem14, dev14_hemkop): brands
and purposes said around a pair the store names as one product, refills said with the tool they fit,
wishes said aside. Plain functions on small inline catalogs, with categories and as a feed of bare names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.schema import Product
from assistant.catalog.understand import understand
from assistant.nlu import parse
from tests.catalog.catalog_fixture import names_only, product

HOME = "Hem & städ"

CLEANING = [
    product("kök", "Fett & Smuts Köksrengöring", HOME, "Cillit Bang", 750, "ml", 41.95),
    product("bad", "Kalk & Smuts Badrengöring", HOME, "Cillit Bang", 750, "ml", 41.95),
    product("allrent", "Allrengöring Citrus", HOME, "Eldorado", 1, "l", 19.95),
    product("ugn", "Ugn Rengöring", HOME, "Mr Muscle", 500, "ml", 39.95),
    product("ost", "Hushållsost 26%", "Mejeri, ost & ägg > Ost", "Arla", None, "kg", 89.0),
]


def both_ways(products: list[Product]) -> Callable[..., CatalogIndex]:
    @pytest.fixture(params=["categories", "names only"], scope="module")
    def built(request: pytest.FixtureRequest) -> CatalogIndex:
        return CatalogIndex.build(products if request.param == "categories" else names_only(products))
    return built


cleaning = both_ways(CLEANING)


def added(index: CatalogIndex, text: str) -> list[tuple[str | None, bool]]:
    return [(line.product.id if line.product else None, line.needs_review)
            for line in understand(parse(text), index).lines if line.action == "add"]


@pytest.mark.parametrize("text", [
    "cillit bang fett och smuts till köket 1 fl",  # the brand before the pair, the purpose after it
    "fett och smuts till köket",
    "fett och smuts",
])
def test_a_pair_the_store_names_as_one_stays_one_line_around_a_brand_and_a_purpose(
        cleaning: CatalogIndex, text: str) -> None:
    """The "Fett & Smuts Köksrengöring": a brand said before the pair is the product's own, and a purpose
    said after it ("till köket") is no word the name must write, so the two words stay one product."""
    assert added(cleaning, text) == [("kök", False)]


def test_a_noun_the_parser_reads_as_a_variant_is_no_word_left_unsaid(cleaning: CatalogIndex) -> None:
    """The parser reads "fett" (grease) as the variant "fet" (full-fat); a word said is never also asked as
    that variant's canonical form, which no name writes ("fet"), so the line is sure."""
    assert added(cleaning, "kalk och smuts") == [("bad", False)]
    assert added(cleaning, "fett och smuts") == [("kök", False)]


SEASONING = [
    product("chips", "Chips Salt & Peppar", "Chips & snacks", "OLW", 175, "g", 24.9),
    product("salt", "Salt Fint", "Skafferi > Kryddor", "Falksalt", 1, "kg", 12.9),
    product("peppar", "Svartpeppar Hel", "Skafferi > Kryddor", "Santa Maria", 50, "g", 19.9),
]
seasoning = both_ways(SEASONING)


def test_a_pair_of_goods_each_sold_alone_stays_two(seasoning: CatalogIndex) -> None:
    """Pepper is sold by itself (as the compound's head), so "salt och peppar" is two things, no crisps."""
    lines = added(seasoning, "salt och peppar")
    assert len(lines) == 2 and lines[0][0] == "salt" and ("chips", False) not in lines, lines
