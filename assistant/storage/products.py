"""The grocer's catalog in SQLite."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable

from assistant.catalog.schema import Product
from assistant.storage.db import Database, Reader

COLUMNS = ("id", "vendor", "name", "brand", "size", "unit", "price_sek", "category", "ean",
           "available", "image_url", "tags", "updated_at")


async def upsert_products(db: Database, items: Iterable[Product], vendor: str) -> tuple[int, int]:
    """Insert or update by id in one transaction; returns (inserted, updated)."""
    now = time.time()
    rows = [(p.id, vendor, p.name, p.brand, p.size, p.unit, p.price_sek, p.category, p.ean,
             int(p.available), p.image_url, json.dumps(p.tags, ensure_ascii=False), now)
            for p in items]
    async with db.transaction() as conn:
        before = await (await conn.execute("SELECT COUNT(*) FROM products")).fetchone()
        await conn.executemany(
            f"INSERT INTO products ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
            " ON CONFLICT(id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS[1:]),
            rows,
        )
        after = await (await conn.execute("SELECT COUNT(*) FROM products")).fetchone()
        await conn.execute(
            "INSERT INTO catalog_state (vendor, revision, updated_at) VALUES (?, 1, ?)"
            " ON CONFLICT(vendor) DO UPDATE SET revision = catalog_state.revision + 1, updated_at = excluded.updated_at",
            (vendor, now),
        )
    inserted = after[0] - before[0]
    return inserted, len(rows) - inserted


def _product(row: object) -> Product:
    data = dict(row)  # type: ignore[call-overload]
    data["tags"] = json.loads(data["tags"] or "[]")
    data["available"] = bool(data["available"])
    return Product.model_validate(data)


async def count_products(db: Database, vendor: str | None = None) -> int:
    if vendor is None:
        row = await db.fetchone("SELECT COUNT(*) FROM products")
    else:
        row = await db.fetchone("SELECT COUNT(*) FROM products WHERE vendor = ?", (vendor,))
    return int(row[0]) if row else 0


async def list_products(db: Database, vendor: str | None = None) -> list[Product]:
    if vendor is None:
        rows = await db.fetchall("SELECT * FROM products ORDER BY id")
    else:
        rows = await db.fetchall("SELECT * FROM products WHERE vendor = ? ORDER BY id", (vendor,))
    return [_product(r) for r in rows]


async def get_product(db: Database, product_id: str) -> Product | None:
    row = await db.fetchone("SELECT * FROM products WHERE id = ?", (product_id,))
    return _product(row) if row else None


async def catalog_revisions(db: Reader) -> dict[str, int]:
    """vendor -> revision, bumped by every import: in-memory indexes rebuild when theirs is older."""
    rows = await db.fetchall("SELECT vendor, revision FROM catalog_state")
    return {r["vendor"]: r["revision"] for r in rows}


async def vendors(db: Database) -> list[str]:
    rows = await db.fetchall("SELECT DISTINCT vendor FROM products ORDER BY vendor")
    return [r[0] for r in rows]
