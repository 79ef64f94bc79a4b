"""The client's own products (`assistant.catalog.history`), as plain functions, and how much they
weigh against what was asked for, on small inline catalogs with and without categories."""

from __future__ import annotations

import pytest

from assistant.catalog.history import is_own, own_products
from assistant.catalog.index import CatalogIndex
from assistant.catalog.schema import Product
from tests.catalog.catalog_fixture import chosen, names_only, product

MILK = "Mejeri > Mjölk"
WITH_CATEGORIES = [
    product("mellan", "Mellanmjölk 1,5%", MILK, "Garant", 1, "l", 14.9),
    product("lätt", "Lättmjölk 0,5%", MILK, "Garant", 1, "l", 13.9),
    product("choklad", "Mjölkchoklad Kaka", "Godis", "Marabou", 200, "g", 29.9),
]
NAMES_ONLY = names_only(WITH_CATEGORIES)


@pytest.mark.parametrize(("learned", "history", "expected"), [
    ({"ost": "präst", "mjölk": "eko"}, ["mellan", "präst"], ("präst", "eko", "mellan")),  # learned first, once each
    ({}, ["mellan", "mellan"], ("mellan",)),
    ({}, [], ()),
])
def test_own_products_are_learned_first_then_bought(learned: dict[str, str], history: list[str],
                                                    expected: tuple[str, ...]) -> None:
    assert own_products(learned, history) == expected


@pytest.mark.parametrize(("history", "expected"), [(["lätt"], True), (["mellan"], False), ([], False)])
def test_a_product_bought_before_is_the_clients_own(history: list[str], expected: bool) -> None:
    index = CatalogIndex.build(WITH_CATEGORIES)
    assert is_own(index.entries[index.by_id["lätt"]], history) is expected


@pytest.mark.parametrize("catalog", [WITH_CATEGORIES, NAMES_ONLY], ids=["categories", "names-only"])
@pytest.mark.parametrize(("phrase", "history", "expected"), [
    ("mjölk", [], "mellan"),                # the usual milk by the lexicon's default reading
    ("mjölk", ["lätt"], "lätt"),            # what the client bought outweighs that preference
    ("mjölk", ["choklad"], "mellan"),       # but never makes a mere mention the thing
    ("mellanmjölk", ["lätt"], "mellan"),    # nor outweighs a mismatch
])
def test_what_the_client_bought_before_comes_first_when_it_is_the_thing(
        catalog: list[Product], phrase: str, history: list[str], expected: str) -> None:
    assert chosen(catalog, phrase, history=history) == expected
