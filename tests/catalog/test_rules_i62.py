"""Matching rules of session i62, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import WITH_CATEGORIES, added_lines, product


@WITH_CATEGORIES
def test_goods_said_with_what_they_are_for_are_no_list(shelved: bool) -> None:
    """"fruktsalt mot magen" was three sure lines, a silverfish trap for "mot" among them: a store whose names
    lead with "Mot" ("Mot Silverfisk") made the preposition a thing sold, and three things sold said one after
    another a list. A list of goods holds no word saying what goods are for or against."""
    goods = [product(name, name, shelf if shelved else "", price=30.0) for name, shelf in [
        ("Fruktsalt 36-p", "Apotek > Mage"), ("Mot Silverfisk 4-p", "Hem > Skadedjur"),
        ("Mot Mus Trä 4-p", "Hem > Skadedjur"), ("Probi Mage 40-p", "Apotek > Mage"),
        ("Mage & Tarm Kapslar", "Apotek > Mage"), ("Salt Fint", "Skafferi > Salt")]]
    lines = added_lines(CatalogIndex.build(goods), "fruktsalt mot magen")
    assert len(lines) == 1, lines
