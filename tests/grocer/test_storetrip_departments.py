"""Store-trip departments: the category's top level, else the section the name says (catalog.sections)."""

from __future__ import annotations

import pytest

from assistant.grocer.storetrip import department


@pytest.mark.parametrize(("product", "expected"), [
    ({"name": "Mellanmjölk", "category": "Mejeri, ost & ägg > Mjölk"}, "Mejeri, ost & ägg"),
    ({"name": "Rågbröd", "category": "Bröd & kakor"}, "Bröd & kakor"),
    ({"name": "Kattsand Klumpande 10 l", "category": ""}, "Djur"),
    ({"name": "Diskmedel Original", "category": ""}, "Hem & städ"),
    ({"name": "Mellanmjölk 1,5%", "category": ""}, "Mejeri & ägg"),
    ({"name": "Falukorv", "category": None}, "Chark & pålägg"),
    ({"name": "Okänd vara"}, "Övrigt"),
])
def test_department(product: dict, expected: str) -> None:
    assert department(product).name == expected
    assert department(product).stated == bool(product.get("category"))
