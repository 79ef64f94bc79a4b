"""The bundled demo catalog: the shop the app shows when no grocer feed is configured.

It must load as installed package data and be rich enough that matching has real choices.
"""

from __future__ import annotations

import json
from collections import Counter
from importlib.resources import files

import pytest

from assistant.catalog.schema import Product

CHILLED_DAIRY = {"Mjölk", "Laktosfritt", "Filmjölk & yoghurt", "Kvarg", "Grädde & matlagning", "Ost",
                 "Smör & margarin", "Ägg"}
DIET_TAGS = {"laktosfri", "glutenfri", "vegetarisk", "vegansk", "eko"}
KNOWN_TAGS = DIET_TAGS | {"kyl", "fryst"}


def _read_lines() -> list[str]:
    text = (files("assistant.catalog") / "demo_catalog.jsonl").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def products() -> list[Product]:
    return [Product.model_validate_json(line) for line in _read_lines()]


def _sub(product: Product) -> str:
    return product.category.split(" > ")[1]


def _top(product: Product) -> str:
    return product.category.split(" > ")[0]


def test_every_line_is_a_complete_product_object() -> None:
    # Product ignores unknown keys and defaults missing ones, so check the raw objects too.
    expected = {"id", "name", "brand", "size", "unit", "price_sek", "category", "ean", "available", "tags"}
    for line in _read_lines():
        raw = json.loads(line)
        assert set(raw) == expected, raw
        Product.model_validate(raw)


def test_size_and_ids(products: list[Product]) -> None:
    assert len(products) >= 400
    counts = Counter(p.id for p in products)
    assert [pid for pid, n in counts.items() if n > 1] == []
    assert all(p.id.startswith("demo:") for p in products)


def test_categories_are_paths_with_known_tags(products: list[Product]) -> None:
    for p in products:
        assert " > " in p.category, p
        assert all(part.strip() == part and part for part in p.category.split(" > ")), p
        assert set(p.tags) <= KNOWN_TAGS, p
        assert not {"kyl", "fryst"} <= set(p.tags), p


def test_prices_and_units_are_consistent(products: list[Product]) -> None:
    for p in products:
        assert p.price_sek > 0, p
        assert p.unit is not None, p
        if p.size is None:
            assert p.sold_by_weight, p
        if p.unit == "st":
            assert p.size is not None and p.size == int(p.size), p


def test_fruit_is_sold_both_by_weight_and_by_piece(products: list[Product]) -> None:
    fruit = [p for p in products if p.category == "Frukt & grönt > Frukt"]
    assert any(p.sold_by_weight for p in fruit)
    assert any(p.unit == "st" for p in fruit)
    bananas = next(p for p in fruit if p.name == "Bananer" and p.sold_by_weight)
    assert 15 <= bananas.price_sek <= 40


def test_some_products_are_unavailable(products: list[Product]) -> None:
    unavailable = [p for p in products if not p.available]
    assert 1 <= len(unavailable) <= len(products) // 20


def test_chilled_dairy_is_tagged_kyl(products: list[Product]) -> None:
    dairy = [p for p in products if _top(p) == "Mejeri, ost & ägg" and _sub(p) in CHILLED_DAIRY]
    assert len(dairy) > 100
    assert [p.id for p in dairy if "kyl" not in p.tags] == []


def test_frozen_goods_are_tagged_fryst(products: list[Product]) -> None:
    frozen = [p for p in products
              if any(part.startswith("Fryst") for part in p.category.split(" > "))
              or "Fryst" in p.name.split()]
    assert len(frozen) > 40
    assert [p.id for p in frozen if "fryst" not in p.tags] == []


def test_milk_has_real_choices(products: list[Product]) -> None:
    milk = [p for p in products if p.category == "Mejeri, ost & ägg > Mjölk"]
    names = " ".join(p.name for p in milk)
    for kind in ("Standardmjölk", "Mellanmjölk", "Lättmjölk", "Minimjölk"):
        assert kind in names
    assert {1.0, 1.5} <= {p.size for p in milk if p.unit == "l"}
    one_and_a_half = [p.price_sek for p in milk if p.size == 1.5 and "eko" not in p.tags]
    assert all(18 <= price <= 30 for price in one_and_a_half)
    assert any(p.category.endswith("Laktosfritt") and "laktosfri" in p.tags and "mjölk" in p.name.lower()
               for p in products)


def test_decoys_sit_outside_the_category_their_name_suggests(products: list[Product]) -> None:
    by_name = {p.name: p for p in products}
    assert _top(by_name["Mjölkchoklad"]) == "Godis & snacks"
    assert _top(by_name["Ostbågar"]) == "Godis & snacks"
    assert _top(by_name["Smörgåsgurka"]) == "Skafferi"
    assert by_name["Äppeljuice"].category == "Dryck > Juice & fruktdryck"
    assert _sub(by_name["Kanelbullar"]) == "Kaffebröd & kakor"
    assert any(p.name.startswith("Mjölkfri") for p in products)
