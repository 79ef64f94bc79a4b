"""Reading a grocer's catalog file (JSON Lines or CSV) into products, row by row.

A bad row is reported with its line number and reason and does not stop the good ones:
grocer feeds are messy, and one broken row must not block a week's shopping.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assistant.catalog.schema import Product


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str


@dataclass
class ParsedCatalog:
    products: list[Product] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False):
        where = ".".join(str(p) for p in err["loc"]) or "row"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def _jsonl_rows(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except ValueError as exc:
                yield number, exc


def _csv_value(column: str, value: str) -> Any:
    if column == "tags":
        return [t.strip() for t in value.replace(";", ",").split(",") if t.strip()]
    if value == "":
        return None
    if column == "available":
        return value.strip().lower() not in {"0", "false", "nej", "no"}
    return value


def _csv_rows(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            # line_num is the physical line the row ended on; the header is line 1.
            yield reader.line_num, {k: _csv_value(k, v or "") for k, v in row.items() if k}


def parse_catalog_file(path: Path) -> ParsedCatalog:
    """All valid products of the file, and one error per bad row; a repeated id keeps the last row."""
    rows = _csv_rows(path) if path.suffix.lower() == ".csv" else _jsonl_rows(path)
    result = ParsedCatalog()
    by_id: dict[str, Product] = {}
    for number, data in rows:
        if isinstance(data, Exception):
            result.errors.append(RowError(number, f"ogiltig JSON: {data}"))
            continue
        if not isinstance(data, dict):
            result.errors.append(RowError(number, "raden är inget JSON-objekt"))
            continue
        try:
            product = Product.model_validate(data)
        except ValidationError as exc:
            result.errors.append(RowError(number, _describe(exc)))
            continue
        by_id[product.id] = product
    result.products = list(by_id.values())
    return result
