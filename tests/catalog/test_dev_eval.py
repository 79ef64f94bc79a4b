"""The acceptance thresholds on the shared dev set (../shared/eval), with the real NLU."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.eval import evaluate, format_table, load_cases
from assistant.nlu import parse
from tests.catalog.request_sets import catalog_index


@pytest.fixture(scope="module")
def report(request: pytest.FixtureRequest):
    shared = Path(__file__).resolve().parents[2] / ".." / "shared"
    catalog, cases = shared / "data" / "catalog_willys2023.jsonl", shared / "eval" / "requests_dev.jsonl"
    if not (catalog.is_file() and cases.is_file()):
        pytest.skip(f"../shared not found: needs {catalog} and {cases} beside the repository")
    return evaluate(load_cases(cases), catalog_index(catalog), parse)


def test_dev_set_meets_the_acceptance_thresholds(report) -> None:
    table = format_table(report)
    assert report.value("top1") >= 0.95, table
    assert report.value("auto_accept_precision") >= 0.98, table
    assert report.value("absent_flagged") == 1.0, table
    assert report.value("review_rate") <= 0.15, table


def test_failures_name_what_was_proposed(report) -> None:
    hits, total = report.counts["top1"]
    assert len(report.failures) == total - hits
