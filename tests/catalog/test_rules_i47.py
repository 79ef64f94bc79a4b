"""Matching rules of session i47, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, product

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])

DRINKS = "Dryck > Kombucha"


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["kombucha med hallon smak", "kombucha med hallonsmak", "kombucha hallon"])
def test_a_taste_said_apart_from_smak_is_the_taste(shelved: bool, said: str) -> None:
    """"med hallon smak" is the "hallonsmak" said apart: "smak" was a word of its own no name writes, so the
    raspberry kombucha that says every other word was asked about."""
    goods = [product(name, name, DRINKS if shelved else "", price=price) for name, price in [
        ("Kombucha Hallon EKO", 34.9), ("Kombucha Ingefära EKO", 34.9), ("Kombucha Original", 29.9),
        ("Hallon Frysta", 39.9), ("Saft Hallon", 25.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Kombucha Hallon EKO", line
    assert not line.needs_review, line
