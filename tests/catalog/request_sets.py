"""Request sets kept as rules only (tests/catalog/*_requests.jsonl) and the one-grocer catalogs of
../shared/data/catalog_sv.jsonl they run on.

The files hold text, quantity, absent and a labelling `spec` per item, never catalog ids or product
names: the accepted ids are selected from ../shared at test time (`assistant.eval.with_accept`). The
test modules that evaluate such sets read, check and evaluate them through this one module (the
`shared` fixture that skips without ../shared is in this folder's conftest).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from assistant.catalog.index import CatalogIndex
from assistant.catalog.schema import Product
from assistant.eval import Report, evaluate, load_cases, load_products, of_source, with_accept
from assistant.nlu import parse

HERE = Path(__file__).parent
SHARED = HERE.parents[1] / ".." / "shared"
CATALOG = SHARED / "data" / "catalog_sv.jsonl"


@cache
def products_of(source: str) -> tuple[list[Product], CatalogIndex]:
    products = of_source(catalog_products(CATALOG), source)
    return products, CatalogIndex.build(products)


def catalog_products(path: Path) -> list[Product]:
    """A catalog file's products, read once per test session (every grocer's sets read catalog_sv)."""
    return _products(path.resolve())


def catalog_index(path: Path) -> CatalogIndex:
    """A catalog file's index, built once per test session: several modules evaluate sets on willys2023."""
    return _index(path.resolve())


@cache
def _products(path: Path) -> list[Product]:
    return load_products(path)


@cache
def _index(path: Path) -> CatalogIndex:
    return CatalogIndex.build(_products(path))


@cache
def cases_of(source: str, path: Path) -> list[dict[str, Any]]:
    """The set's cases with the ids each spec selects from the grocer's catalog, selected once: the
    report and the label checks read the same."""
    return with_accept(load_cases(path), products_of(source)[0], path.stem)


@cache
def report_on(source: str, path: Path) -> Report:
    return evaluate(cases_of(source, path), products_of(source)[1], parse)


def rule_problems(source: str, path: Path) -> list[str]:
    """Why the file is not a rules-only set: catalog ids in it, other fields than text/items and
    quantity/absent/spec, a spec on an absent item (or none on a sold one), a repeated text."""
    raw = path.read_text(encoding="utf-8")
    cases: list[dict[str, Any]] = [json.loads(line) for line in raw.splitlines() if line.strip()]
    problems = [f"holds ids of {source}"] if f"{source}:" in raw else []
    for case in cases:
        if set(case) != {"text", "items"} or not case["items"]:
            problems.append(f"fields {sorted(case)}: {case.get('text')!r}")
            continue
        for item in case["items"]:
            if set(item) != {"quantity", "absent", "spec"}:
                problems.append(f"item fields {sorted(item)}: {case['text']!r}")
            elif (item["spec"] == {}) != item["absent"]:
                problems.append(f"spec and absent disagree: {case['text']!r}")
    texts = [case.get("text") for case in cases]
    problems += [f"repeated text {text!r}" for text in sorted({t for t in texts if texts.count(t) > 1})]
    return problems


def specs_selecting_nothing(source: str, path: Path) -> list[str]:
    """Texts of sold items whose spec selects no product of the catalog (a label error)."""
    return [case["text"] for case in cases_of(source, path)
            for item in case["items"] if not item["absent"] and not item["accept"]]
