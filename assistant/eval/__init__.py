"""Evaluation of request understanding against labelled cases (../shared/eval/README.md).

Metrics are computed exactly as that README defines them; `evaluate` is pure (cases, index, parse in;
report out), the CLI in `__main__` reads the files. An absent item (empty `accept`) counts as right in
top-3 exactly when it does in top-1: flagged or without a product.

One figure is ours, shown beside the README's review rate, which counts correctly flagged absent items
too (so a set with many absent items cannot reach a low review rate even when nothing is asked
needlessly): `review_rate_sold`, the share of flagged lines among the items the store sells (non-empty
`accept`) that have a line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.catalog.index import CatalogIndex
from assistant.catalog.packages import TO_BASE
from assistant.catalog.schema import Product
from assistant.catalog.understand import Line, understand
from assistant.nlu.models import ParsedRequest

METRICS = ("segmentation", "top1", "top3", "quantity", "absent_flagged", "auto_accept_precision", "review_rate",
           "review_rate_sold")


@dataclass
class Failure:
    case: str
    text: str
    item: int
    expected: str
    proposed: str


@dataclass
class Report:
    cases: int = 0
    items: int = 0
    lines: int = 0
    counts: dict[str, list[int]] = field(default_factory=lambda: {m: [0, 0] for m in METRICS})
    failures: list[Failure] = field(default_factory=list)

    def add(self, metric: str, hit: bool) -> None:
        self.counts[metric][0] += int(hit)
        self.counts[metric][1] += 1

    def value(self, metric: str) -> float | None:
        hits, total = self.counts[metric]
        return hits / total if total else None

    def as_dict(self) -> dict[str, Any]:
        return {"cases": self.cases, "items": self.items, "lines": self.lines,
                "metrics": {m: {"value": self.value(m), "hits": h, "of": n} for m, (h, n) in self.counts.items()},
                "failures": [f.__dict__ for f in self.failures]}


def load_products(path: Path) -> list[Product]:
    with path.open(encoding="utf-8") as f:
        return [Product.model_validate_json(line) for line in f if line.strip()]


def load_cases(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def of_source(products: Iterable[Product], source: str) -> list[Product]:
    """One grocer's products of the unified catalog (ids are "<source>:<code>")."""
    return [p for p in products if p.id.startswith(f"{source}:")]


def selected(spec: dict[str, Any], products: Sequence[Product]) -> list[str]:
    """The ids a labelling rule selects: regular expressions over name, category and brand (all
    must match, case-insensitive), `not` excluding names, `or` a union of rules."""
    if "or" in spec:
        return sorted({pid for part in spec["or"] for pid in selected(part, products)})
    # each rule compiled once and run over what the rules before it kept, the name's first (the narrowest):
    # a set's labels are read against every product of a catalog
    chosen = products
    for key, attr in (("name", "name"), ("cat", "category"), ("brand", "brand")):
        if key in spec:
            rule = re.compile(spec[key], re.IGNORECASE)
            chosen = [p for p in chosen if rule.search(getattr(p, attr) or "")]
    if "not" in spec:
        unwanted = re.compile(spec["not"], re.IGNORECASE)
        chosen = [p for p in chosen if not unwanted.search(p.name)]
    return [p.id for p in chosen]


def with_accept(cases: Iterable[dict[str, Any]], products: Sequence[Product], prefix: str = "case"
                ) -> list[dict[str, Any]]:
    """Cases written as rules only (text, items with quantity/absent/spec) with ids and `accept`
    lists selected from the catalog, so no catalog data has to be copied into a request file."""
    return [{"id": case.get("id", f"{prefix}-{n:03d}"), "text": case["text"],
             "items": [{**item, "accept": item["accept"] if "accept" in item
                        else [] if item["absent"] else selected(item["spec"], products)}
                       for item in case["items"]]}
            for n, case in enumerate(cases, start=1)]


def same_quantity(expected: dict[str, Any], line: Line) -> bool:
    """1 kg = 10 hg = 1000 g, 1 l = 10 dl = 100 cl = 1000 ml; st only equals st."""
    amount, unit = line.quantity.amount, line.quantity.unit
    if amount is None or unit is None:
        return False
    if unit == "st" or expected["unit"] == "st":
        return unit == expected["unit"] and abs(amount - expected["amount"]) < 1e-9
    if (unit in {"g", "hg", "kg"}) != (expected["unit"] in {"g", "hg", "kg"}):
        return False
    return abs(amount * TO_BASE[unit] - expected["amount"] * TO_BASE[expected["unit"]]) < 1e-6


def _describe(line: Line | None) -> str:
    if line is None:
        return "(ingen rad)"
    product = f"{line.product.name} [{line.product.brand}] {line.product.id}" if line.product else "(ingen vara)"
    flag = " REVIEW" if line.needs_review else ""
    alts = "; ".join(a.name for a in line.alternatives[:2])
    return f"{line.phrase!r} -> {product}{flag} conf={line.confidence} alts: {alts}"


def evaluate(cases: Iterable[dict[str, Any]], index: CatalogIndex,
             parse: Callable[[str], ParsedRequest]) -> Report:
    report = Report()
    for case in cases:
        lines = [line for line in understand(parse(case["text"]), index).lines if line.action == "add"]
        score(report, case, lines)
    return report


def score(report: Report, case: dict[str, Any], lines: Sequence[Line]) -> None:
    """Adds one case to the report, given the add lines the service answered it with."""
    report.cases += 1
    items: Sequence[dict[str, Any]] = case["items"]
    report.add("segmentation", len(lines) == len(items))
    right_lines: set[int] = set()
    for i, item in enumerate(items):
        report.items += 1
        line = lines[i] if i < len(lines) else None
        flagged_or_empty = line is not None and (line.needs_review or line.product is None)
        if item["absent"]:
            top1 = top3 = flagged_or_empty
            report.add("absent_flagged", flagged_or_empty)
        else:
            accept = set(item["accept"])
            top1 = line is not None and line.product is not None and line.product.id in accept
            top3 = line is not None and bool(
                accept & {p.id for p in [*([line.product] if line.product else []), *line.alternatives[:2]]})
        report.add("top1", top1)
        report.add("top3", top3)
        if item["quantity"] is not None:
            report.add("quantity", line is not None and same_quantity(item["quantity"], line))
        if item["accept"] and line is not None:
            report.add("review_rate_sold", line.needs_review)
        if top1 and line is not None:
            right_lines.add(i)
        if not top1:
            expected = "absent (flag it)" if item["absent"] else f"spec {item['spec']}"
            report.failures.append(Failure(case["id"], case["text"], i, expected, _describe(line)))
    for i, line in enumerate(lines):
        report.lines += 1
        report.add("review_rate", line.needs_review)
        if line.product is not None and not line.needs_review:
            report.add("auto_accept_precision", i in right_lines)


def format_table(report: Report) -> str:
    rows = [f"{'metric':<24}{'value':>8}  {'hits/of':>9}"]
    for metric in METRICS:
        hits, total = report.counts[metric]
        value = report.value(metric)
        shown = f"{value * 100:6.1f} %" if value is not None else "     - "
        rows.append(f"{metric:<24}{shown:>8}  {hits:>4}/{total:<4}")
    rows.append(f"({report.cases} cases, {report.items} items, {report.lines} add lines)")
    return "\n".join(rows)
