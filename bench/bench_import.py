"""Catalog import speed: catalog_sv.jsonl (30,356 rows) into a fresh SQLite file, target under 10 s.

Baseline in the same run: the raw cost of reading and json-decoding the file, so the ratio shows
what validation and the database add on top.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.catalog.loading import import_catalog  # noqa: E402
from assistant.storage.db import Database  # noqa: E402
from bench.shared import shared_file  # noqa: E402


async def timed_import(catalog: Path, db_path: Path) -> tuple[float, int, int]:
    async with Database(db_path) as db:
        await db.migrate()
        started = time.perf_counter()
        result = await import_catalog(db, catalog, "sv")
        return time.perf_counter() - started, result.inserted, result.updated


def main() -> None:
    catalog = shared_file("data/catalog_sv.jsonl")
    started = time.perf_counter()
    with catalog.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    baseline = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        fresh, inserted, _ = asyncio.run(timed_import(catalog, db_path))
        again, _, updated = asyncio.run(timed_import(catalog, db_path))
    print(f"rows in file                 {len(rows):>8}")
    print(f"baseline read + json.loads   {baseline:8.2f} s")
    print(f"import into empty database   {fresh:8.2f} s  ({inserted} inserted)  ratio {fresh / baseline:5.1f}x")
    print(f"re-import (all updates)      {again:8.2f} s  ({updated} updated)  ratio {again / baseline:5.1f}x")
    print(f"target                       {10:8.2f} s  -> {'OK' if max(fresh, again) < 10 else 'MISSED'}")


if __name__ == "__main__":
    main()
