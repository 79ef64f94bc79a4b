"""Matching rules of session i52, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, product

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("en bit kallrökt lax till smörgåsarna", "Kallrökt Lax I Bit"),
    ("två bitar kallrökt lax", "Kallrökt Lax I Bit"),
    ("kallrökt lax i bit", "Kallrökt Lax I Bit"),
    ("kallrökt lax", "Kallrökt Lax"),
])
def test_a_piece_counted_is_the_piece_named(shelved: bool, said: str, wanted: str) -> None:
    """"en bit kallrökt lax" was a sure "Kallrökt Lax" beside the "Kallrökt Lax I Bit": a piece counted asks for
    the product whose name says it is a piece, as "lax i bit" does."""
    fish = "Fisk > Rökt fisk" if shelved else ""
    goods = [product(name, name, fish, price=price) for name, price in [
        ("Kallrökt Lax", 59.9), ("Kallrökt Lax I Bit", 69.9), ("Kallrökt Lax I Skivor", 64.9),
        ("Varmrökt Lax Naturell", 54.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "wanted"), [
    ("pepsi", "Pepsi Regular"),
    ("en flaska pepsi", "Pepsi Regular"),
    ("pepsi max", "Pepsi Max"),
    ("pepsi max lime", "Pepsi Max Lime"),
])
def test_a_line_said_alone_is_its_regular(shelved: bool, said: str, wanted: str) -> None:
    """"pepsi" was a sure "Pepsi Max", tied with the "Pepsi Regular" beside it: a line said alone is its standard
    sort, which a name writes "Regular" as it writes "Original" ("polly": "Polly Original")."""
    soda = "Dryck > Läsk" if shelved else ""
    goods = [product(name, name, soda, "Pepsi" if shelved else None, price=price) for name, price in [
        ("Pepsi Max", 22.9), ("Pepsi Regular", 22.9), ("Pepsi Max Lime", 22.9), ("Pepsi Max 6x33cl", 54.9),
        ("Coca-Cola Zero", 21.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == wanted, line
