"""A word said with a noun whose bare word has a default reading narrows within that reading (branch
i16said): "koffeinfritt kaffe" is a decaf ground coffee, never a decaf instant one; "grädde till kaffet"
is a coffee cream, never a cooking cream. Plain functions on small inline catalogs, with categories and
as a feed of bare names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.query import analyse
from assistant.catalog.schema import Product
from assistant.catalog.sorts import still_avoided
from tests.catalog.catalog_fixture import names_only, product, propose

COFFEE = "Dryck > Kaffe"
CREAM = "Mejeri, ost & ägg > Matlagning"
BREAD = "Bröd & kakor > Bröd"

DECAF_GROUND = [
    product("brygg", "Bryggkaffe Mellanrost", COFFEE, "Gevalia", 450, "g", 54.9),
    product("snabb-koffeinfri", "Snabbkaffe Gold Koffeinfri", COFFEE, "Nescafé", 100, "g", 49.9),
    product("brygg-koffeinfri", "Koffeinfritt Mellanrost Bryggkaffe", COFFEE, "Zoégas", 425, "g", 64.9),
    product("matlagning", "Matlagnings Grädde 13%", CREAM, "Arla", 5, "dl", 19.9),
    product("kaffegrädde", "Kaffegrädde Lång Hållbarhet 10%", CREAM, "Arla", 2.5, "dl", 14.9),
    product("vispgrädde", "Vispgrädde 40%", CREAM, "Arla", 3, "dl", 24.9),
    product("hamburgerbröd", "Hamburgerbröd Grovt 8-pack", BREAD, "Pågen", 8, "st", 29.9),
    product("grovt", "Vital Grovt Bröd Fyllt av Råg", BREAD, "Pågen", 500, "g", 34.9),
    product("lax", "Lax Kallrökt Skivad", "Fisk & skaldjur > Fisk", None, 200, "g", 59.9),
]
# the store sells no decaf ground coffee: the instant one is all there is, and staff confirm it
INSTANT_ONLY = [p for p in DECAF_GROUND if p.id != "brygg-koffeinfri"]


def both_ways(products: list[Product]) -> Callable[..., CatalogIndex]:
    @pytest.fixture(params=["categories", "names only"], scope="module")
    def built(request: pytest.FixtureRequest) -> CatalogIndex:
        return CatalogIndex.build(products if request.param == "categories" else names_only(products))
    return built


index = both_ways(DECAF_GROUND)
instant_only = both_ways(INSTANT_ONLY)


@pytest.mark.parametrize(("phrase", "attributes", "expected"), [
    ("koffeinfritt kaffe", [], "brygg-koffeinfri"),  # the decaf sort of the default reading, no instant
    ("kaffe", ["koffeinfri"], "brygg-koffeinfri"),   # the parser's attribute
    ("grovt bröd", [], "grovt"),                     # a coarse loaf, no coarse hamburger buns
])
def test_a_word_said_with_the_noun_narrows_its_default_reading(index: CatalogIndex, phrase: str,
                                                               attributes: list[str], expected: str) -> None:
    proposal = propose(index, phrase, attributes=attributes)
    assert proposal.product is not None and proposal.product.id == expected, proposal


def test_another_sort_pulled_in_by_the_word_stays_flagged(instant_only: CatalogIndex) -> None:
    """Where only the instant coffee is decaf, it may be proposed, but never sure."""
    proposal = propose(instant_only, "koffeinfritt kaffe")
    assert proposal.needs_review


def test_a_purpose_never_makes_a_sure_cooking_cream(index: CatalogIndex) -> None:
    """"grädde till kaffet": the bare word's whipping cream, or the coffee cream, never a sure cooking cream
    (the lexicon's default for "grädde" avoids it)."""
    proposal = propose(index, "grädde till kaffet")
    assert proposal.product is not None
    assert proposal.product.id != "matlagning" or proposal.needs_review


@pytest.mark.parametrize(("phrase", "expected"), [
    ("snabbkaffe koffeinfritt", "snabb-koffeinfri"),  # the sort asked by name is no avoided one
    ("grädde till matlagning", "matlagning"),         # a purpose naming the avoided sort asks it
])
def test_a_word_naming_the_avoided_sort_asks_it(index: CatalogIndex, phrase: str, expected: str) -> None:
    proposal = propose(index, phrase)
    assert proposal.product is not None and proposal.product.id == expected, proposal


@pytest.mark.parametrize(("phrase", "avoided", "asked"), [
    ("koffeinfritt kaffe", {"snabbkaff", "instant"}, set()),
    ("grädde till matlagning", {"spray"}, {"mat", "matlagningsgrad"}),  # the purpose begins them
    ("kallrökt lax", {"grav"}, {"rokt", "kallrok"}),                   # "kallrökt" ends in "rökt"
    ("kaffebönor mellanrost", {"snabbkaff"}, {"bon"}),                 # a compound said ends in it
])
def test_still_avoided(index: CatalogIndex, phrase: str, avoided: set[str], asked: set[str]) -> None:
    q = analyse(phrase, index)
    assert q is not None
    default = load_lexicon().defaults[q.head_word]
    still = still_avoided(default, q)
    assert avoided <= still and not asked & still
