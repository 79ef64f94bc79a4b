"""Brand words (`assistant.catalog.brands`), as plain functions on a small inline catalog."""

from __future__ import annotations

import pytest

from assistant.catalog.brands import names_brand, of_brand, only_brand
from assistant.catalog.index import CatalogIndex
from assistant.catalog.normalize import stem
from tests.catalog.catalog_fixture import product

INDEX = CatalogIndex.build([
    product("bregott", "Normalsaltat Smör & Rapsolja 75%", "Mejeri > Smör", "Bregott", 600, "g"),
    product("kvarg", "Kvarg Naturell", "Mejeri > Kvarg", "Arla", 500, "g"),
    product("arlaost", "Arla Ost Mild", "Mejeri > Ost", "Arla", 1, "kg"),
    product("brygg", "Mellanrost Bryggkaffe", "Kaffe", "Zoégas", 450, "g"),
])


@pytest.mark.parametrize(("word", "expected"), [
    ("bregott", True),   # only ever the brand
    ("arla", False),     # a name says it too ("Arla Ost Mild")
    ("kvarg", False),
    ("zoegas", True),
])
def test_a_word_only_the_brand_says(word: str, expected: bool) -> None:
    assert only_brand(INDEX, stem(word)) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Bregott", True),
    ("zoégas", True),
    ("Arla", True),      # the lexicon lists it, though a name says it too
    ("kvarg", False),
    ("mellanrost", False),
])
def test_a_word_said_names_a_brand(word: str, expected: bool) -> None:
    assert names_brand(word, INDEX) is expected


@pytest.mark.parametrize(("product_id", "words", "expected"), [
    ("bregott", ["bregot"], True),
    ("brygg", ["zoeg"], True),
    ("brygg", ["zoegas"], True),     # the folded surface works as the stem does
    ("kvarg", ["bregot", "zoeg"], False),
    ("kvarg", [], False),
])
def test_the_products_brand_says_a_word(product_id: str, words: list[str], expected: bool) -> None:
    assert of_brand(INDEX.entries[INDEX.by_id[product_id]], words) is expected
