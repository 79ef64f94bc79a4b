"""Catalog import: good rows in, bad rows reported with line and reason, --strict all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.catalog.importer import parse_catalog_file
from assistant.catalog.loading import demo_catalog_path, import_catalog
from assistant.storage import products

GOOD = [
    {"id": "t:1", "name": "Mellanmjölk 1,5%", "brand": "Arla", "size": 1, "unit": "l", "price_sek": 17.5,
     "category": "Mejeri > Mjölk", "ean": "7310865001818"},
    {"id": "t:2", "name": "Bananer", "brand": None, "size": None, "unit": "kg", "price_sek": 24.9,
     "category": "Frukt & grönt > Frukt", "ean": None, "available": False, "tags": ["eko"]},
]


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows)
                    + "\n", encoding="utf-8")
    return path


def test_bad_rows_are_reported_with_line_and_reason(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [
        GOOD[0],
        "{trasig json",
        {"id": "t:3", "name": "Smör", "price_sek": -5},
        "",
        {"id": "t:4", "name": "Ost", "price_sek": 50, "unit": "pund"},
        [1, 2],
        GOOD[1],
    ])
    parsed = parse_catalog_file(path)
    assert [p.id for p in parsed.products] == ["t:1", "t:2"]
    assert [e.line for e in parsed.errors] == [2, 3, 5, 6]
    reasons = {e.line: e.reason for e in parsed.errors}
    assert "JSON" in reasons[2]
    assert "price_sek" in reasons[3]
    assert "unit" in reasons[5]


def test_sold_by_weight_and_optional_fields(tmp_path):
    parsed = parse_catalog_file(write_jsonl(tmp_path / "c.jsonl", GOOD))
    milk, bananas = parsed.products
    assert milk.available and not milk.sold_by_weight and milk.tags == []
    assert bananas.sold_by_weight and not bananas.available and bananas.tags == ["eko"]


def test_csv_with_the_same_columns(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "id,name,brand,size,unit,price_sek,category,ean,available,tags\n"
        "t:1,Mellanmjölk 1,Arla,1,l,17.5,Mejeri > Mjölk,,true,\n"
        "t:2,Bananer,,,kg,24.9,Frukt,,false,eko;kyl\n"
        "t:3,Trasig,,,st,inget pris,,,,\n",
        encoding="utf-8",
    )
    parsed = parse_catalog_file(path)
    assert [p.id for p in parsed.products] == ["t:1", "t:2"]
    assert parsed.products[1].tags == ["eko", "kyl"] and not parsed.products[1].available
    assert parsed.products[0].brand == "Arla" and parsed.products[1].brand is None
    assert [e.line for e in parsed.errors] == [4]


async def test_import_upserts_by_id(db, tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", GOOD)
    first = await import_catalog(db, path, "test")
    assert (first.inserted, first.updated, first.committed) == (2, 0, True)
    changed = [dict(GOOD[0], price_sek=19.9), GOOD[1]]
    second = await import_catalog(db, write_jsonl(tmp_path / "c2.jsonl", changed), "test")
    assert (second.inserted, second.updated) == (0, 2)
    assert (await products.get_product(db, "t:1")).price_sek == 19.9
    assert await products.count_products(db) == 2


async def test_strict_imports_nothing_when_a_row_is_bad(db, tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [GOOD[0], {"id": "x"}, GOOD[1]])
    result = await import_catalog(db, path, "test", strict=True)
    assert not result.committed and [e.line for e in result.errors] == [2]
    assert await products.count_products(db) == 0
    lenient = await import_catalog(db, path, "test")
    assert lenient.committed and lenient.inserted == 2


async def test_each_import_bumps_the_catalog_revision(db, tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", GOOD)
    await import_catalog(db, path, "test")
    await import_catalog(db, path, "test")
    assert (await products.catalog_revisions(db))["test"] == 2


async def test_bundled_demo_catalog_imports_cleanly(db):
    result = await import_catalog(db, demo_catalog_path(), "demo", strict=True)
    assert result.committed and result.inserted >= 400 and not result.errors
