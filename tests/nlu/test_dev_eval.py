"""The issue's acceptance figures on the shared dev set: item count and amount+unit agreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.nlu import Quantity, parse

pytestmark = pytest.mark.shared

SEGMENTATION_TARGET = 0.98
QUANTITY_TARGET = 0.98
# Everything in the smallest unit of its kind, so "1 kg" equals "10 hg" equals "1000 g".
_BASE = {"g": ("mass", 1), "hg": ("mass", 100), "kg": ("mass", 1000),
         "ml": ("volume", 1), "cl": ("volume", 10), "dl": ("volume", 100), "l": ("volume", 1000),
         "st": ("count", 1)}


def same_quantity(expected: dict, got: Quantity) -> bool:
    if got.amount is None or got.unit is None:
        return False
    kind_e, factor_e = _BASE[expected["unit"]]
    kind_g, factor_g = _BASE[got.unit]
    return kind_e == kind_g and abs(expected["amount"] * factor_e - got.amount * factor_g) < 1e-6


def dev_figures(path: Path) -> tuple[float, float, list[str]]:
    """(segmentation share, quantity share, readable failures)."""
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    segmented = stated = quantity_right = 0
    failures: list[str] = []
    for case in cases:
        adds = [item for item in parse(case["text"]).items if item.action == "add"]
        if len(adds) == len(case["items"]):
            segmented += 1
        else:
            failures.append(f"{case['id']} count {len(adds)} != {len(case['items'])}: {case['text']!r}")
        for expected, got in zip(case["items"], adds + [None] * len(case["items"]), strict=False):
            if expected["quantity"] is None:
                continue
            stated += 1
            if got is not None and same_quantity(expected["quantity"], got.quantity):
                quantity_right += 1
            else:
                failures.append(f"{case['id']} quantity {expected['quantity']} vs "
                                f"{got.quantity if got else None}: {case['text']!r}")
    return segmented / len(cases), (quantity_right / stated if stated else 1.0), failures


def test_dev_set_segmentation_and_quantities(shared_dir: Path) -> None:
    path = shared_dir / "eval" / "requests_dev.jsonl"
    if not path.is_file():
        pytest.skip(f"dev set missing: {path}")
    segmentation, quantity, failures = dev_figures(path)
    print(f"segmentation {segmentation:.1%}  quantity {quantity:.1%}")
    assert segmentation >= SEGMENTATION_TARGET, failures
    assert quantity >= QUANTITY_TARGET, failures


@pytest.mark.parametrize(
    ("expected", "amount", "unit", "same"),
    [
        ({"amount": 1, "unit": "kg"}, 10, "hg", True),
        ({"amount": 1, "unit": "kg"}, 1000, "g", True),
        ({"amount": 1, "unit": "l"}, 10, "dl", True),
        ({"amount": 1, "unit": "l"}, 100, "cl", True),
        ({"amount": 0.5, "unit": "l"}, 500, "ml", True),
        ({"amount": 2, "unit": "st"}, 2, "st", True),
        ({"amount": 1, "unit": "kg"}, 1, "l", False),
        ({"amount": 2, "unit": "st"}, 3, "st", False),
    ],
)
def test_unit_equivalence(expected: dict, amount: float, unit: str, same: bool) -> None:
    assert same_quantity(expected, Quantity(amount=amount, unit=unit)) is same  # type: ignore[arg-type]
