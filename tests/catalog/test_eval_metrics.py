"""How `assistant.eval` scores a case from the lines the service answered it with (plain functions)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.catalog.understand import Line, ProductOut
from assistant.eval import METRICS, Report, format_table, score
from assistant.nlu.models import Quantity


def line(product_id: str | None, needs_review: bool) -> Line:
    product = None if product_id is None else ProductOut(
        id=product_id, name=product_id, brand=None, size=None, unit=None, price_sek=10.0, category="")
    return Line(phrase="x", action="add", quantity=Quantity(), count=None, weight_kg=None,
                weight_estimated=False, product=product, confidence=0.5, needs_review=needs_review,
                reason=None, alternatives=[])


def sold(*accept: str) -> dict[str, Any]:
    return {"quantity": None, "absent": False, "accept": list(accept), "spec": {"name": "x"}}


ABSENT: dict[str, Any] = {"quantity": None, "absent": True, "accept": [], "spec": {}}


def scored(items: list[dict[str, Any]], lines: list[Line]) -> Report:
    report = Report()
    score(report, {"id": "c1", "text": "t", "items": items}, lines)
    return report


@pytest.mark.parametrize(("items", "lines", "review", "review_sold"), [
    # a flagged absent item counts in the README's review rate, not among the items the store sells
    ([sold("a"), ABSENT], [line("a", False), line("b", True)], (1, 2), (0, 1)),
    # a sold item asked about needlessly counts in both
    ([sold("a"), ABSENT], [line("a", True), line(None, True)], (2, 2), (1, 1)),
    # a sold item proposed wrongly without a flag is no review (auto-accept precision counts it)
    ([sold("a"), sold("c")], [line("b", False), line("c", True)], (1, 2), (1, 2)),
    # a sold item left without a line has nothing to flag; an extra line is no item's
    ([sold("a"), sold("c")], [line("a", False)], (0, 1), (0, 1)),
    ([sold("a")], [line("a", False), line("z", True)], (1, 2), (0, 1)),
])
def test_review_rate_on_items_the_store_sells(items: list[dict[str, Any]], lines: list[Line],
                                              review: tuple[int, int], review_sold: tuple[int, int]) -> None:
    report = scored(items, lines)
    assert tuple(report.counts["review_rate"]) == review
    assert tuple(report.counts["review_rate_sold"]) == review_sold


def test_the_other_metrics_do_not_change_with_it() -> None:
    report = scored([sold("a"), ABSENT, sold("c")], [line("a", False), line("b", True), line("d", False)])
    assert {m: tuple(report.counts[m]) for m in METRICS} == {
        "segmentation": (1, 1), "top1": (2, 3), "top3": (2, 3), "quantity": (0, 0), "absent_flagged": (1, 1),
        "auto_accept_precision": (1, 2), "review_rate": (1, 3), "review_rate_sold": (0, 2)}


def test_the_table_shows_it_beside_the_review_rate() -> None:
    rows = format_table(scored([sold("a"), ABSENT], [line("a", False), line("b", True)])).splitlines()
    names = [row.split()[0] for row in rows[1:-1]]
    assert names[names.index("review_rate") + 1] == "review_rate_sold"
    assert rows[names.index("review_rate_sold") + 1].split()[1:] == ["0.0", "%", "0/1"]
