"""Importing a catalog file into the database, and the bundled demo catalog."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from assistant.catalog.importer import RowError, parse_catalog_file
from assistant.catalog.report import read_staples
from assistant.storage import products
from assistant.storage.db import Database


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    errors: list[RowError]
    committed: bool


async def import_catalog(db: Database, path: Path, vendor: str, *, strict: bool = False) -> ImportResult:
    """Upsert the file's valid rows; with `strict`, any bad row means nothing is imported."""
    parsed = parse_catalog_file(path)
    if strict and parsed.errors:
        return ImportResult(0, 0, parsed.errors, committed=False)
    inserted, updated = await products.upsert_products(db, parsed.products, vendor)
    return ImportResult(inserted, updated, parsed.errors, committed=True)


def demo_catalog_path() -> Path:
    return Path(str(resources.files("assistant.catalog") / "demo_catalog.jsonl"))


def staples() -> list[str]:
    """The fixed list of everyday staples the catalog readiness report checks (staples.txt)."""
    return read_staples((resources.files("assistant.catalog") / "staples.txt").read_text("utf-8"))
