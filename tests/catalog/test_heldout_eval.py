"""Our own held-out sets: requests written like ../shared/eval but with other sentences and mostly other products.

They estimate how the project does on the customer's hidden set. `heldout_requests.jsonl` came first;
`heldout2_requests.jsonl` was written later, independently, to check that work driven by the first set's failures
generalises: failures are only read, never fixed one sentence at a time. The files hold only text, quantity,
absent and the selecting rule (`spec`, as in the shared dev set); the accepted ids are selected from
../shared/data at test time, so no catalog data is copied into the repository. Metrics come from
`assistant.eval`, thresholds are the issue's.

Label fix (branch i11math), by ../shared/eval/README.md ("accept: every catalog id that is a right
answer"): heldout4 "en burk snabbkaffe" now accepts "Kaffe Snabb" (Eldorado, on the coffee shelf),
an instant coffee whose name leads with its head; the rule had missed it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from assistant.eval import Report, evaluate, format_table, with_accept
from assistant.nlu import parse
from tests.catalog.request_sets import catalog_index, catalog_products
from tests.catalog.test_more_requests import REQUESTS

HERE = Path(__file__).parent
SETS = {"heldout1": HERE / "heldout_requests.jsonl", "heldout2": HERE / "heldout2_requests.jsonl",
        "heldout3": HERE / "heldout3_requests.jsonl", "heldout4": HERE / "heldout4_requests.jsonl"}

# (metric, bound, True when the bound is a minimum)
THRESHOLDS = [
    ("top1", 0.95, True),
    ("auto_accept_precision", 0.98, True),
    ("absent_flagged", 1.0, True),
    ("review_rate", 0.15, False),
    ("segmentation", 0.98, True),
    ("quantity", 0.98, True),
]


def load_set(name: str) -> list[dict[str, Any]]:
    with SETS[name].open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@cache
def cases_with_accept(name: str, catalog_path: Path) -> tuple[list[dict[str, Any]], list[Any]]:
    """The requests as `assistant.eval` cases: ids and accept lists added in memory."""
    products = catalog_products(catalog_path)
    return with_accept(load_set(name), products, name), products


@cache
def report_for(name: str, catalog_path: Path) -> Report:
    cases, _ = cases_with_accept(name, catalog_path)
    return evaluate(cases, catalog_index(catalog_path), parse)


@pytest.fixture
def catalog_path(shared_dir: Path) -> Path:
    path = shared_dir / "data" / "catalog_willys2023.jsonl"
    if not path.is_file():
        pytest.skip(f"../shared not found: needs {path} beside the repository")
    return path


def describe(report: Report) -> str:
    return format_table(report) + "".join(
        f"\n{f.case} item {f.item} {f.text!r}\n  expected: {f.expected}\n  proposed: {f.proposed}"
        for f in report.failures)


@pytest.mark.parametrize("name", SETS)
def test_the_file_holds_rules_only(name: str) -> None:
    """Catalog data (ids, names) must not be copied into the repository."""
    cases = load_set(name)
    assert len(cases) >= 120
    assert "willys2023:" not in SETS[name].read_text(encoding="utf-8")
    for case in cases:
        assert set(case) == {"text", "items"} and case["items"], case
        for item in case["items"]:
            assert set(item) == {"quantity", "absent", "spec"}, case
            assert (item["spec"] == {}) == item["absent"], case


def test_the_sets_share_no_sentence(shared_dir: Path) -> None:
    """Held out means held out: not the dev set's sentences, nor each other's, nor the tuning requests'."""
    dev = shared_dir / "eval" / "requests_dev.jsonl"
    seen = {json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()}
    seen |= {text for text, _ in REQUESTS}
    for name in SETS:
        texts = [case["text"] for case in load_set(name)]
        assert len(set(texts)) == len(texts), name
        assert not seen & set(texts), name
        seen |= set(texts)


@pytest.mark.parametrize("name", SETS)
def test_every_spec_selects_a_product(name: str, catalog_path: Path) -> None:
    cases, _ = cases_with_accept(name, catalog_path)
    empty = [(case["text"], item["spec"]) for case in cases for item in case["items"]
             if not item["absent"] and not item["accept"]]
    assert not empty


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize(("metric", "bound", "minimum"), THRESHOLDS, ids=[t[0] for t in THRESHOLDS])
def test_heldout_set_meets_the_threshold(name: str, catalog_path: Path, metric: str, bound: float,
                                         minimum: bool) -> None:
    report = report_for(name, catalog_path)
    value = report.value(metric)
    assert value is not None, metric
    assert (value >= bound if minimum else value <= bound), describe(report)
