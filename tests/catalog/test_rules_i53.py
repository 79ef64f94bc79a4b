"""Matching rules of session i53, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, product

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])


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
