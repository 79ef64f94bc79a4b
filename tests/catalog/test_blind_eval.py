"""Blind request sets on the four other grocers' catalogs of ../shared/data/catalog_sv.jsonl (issue 10).

An honest estimate of how the matcher does on sentences nobody tuned on. Written like the shared dev
sets (what an elderly client says or a care worker types in the weekly home-care shop: spoken style
with fillers, numbers as words and compounds written apart, and typed lists with quantities), with
products and sentences that occur in none of the other request sets, BEFORE anyone looked at what the
matcher does with them. About 8 % of the items are absent from their store (the 2020 stores sell only
dairy, fruit and vegetables, bread, coffee, meat, fish, vegetarian, household and pet goods; Mathem
lacks spirits, appliances, some regional foods) and must be flagged. Rules only, as in
`request_sets.py`: each spec was written, the products it selects and the plausible products it
misses (grepped from the catalog by a looser word) were listed, and the spec was fixed until it was
right in both directions; then a second pass over every label before the first run.

These sets stay blind: their failures are never printed or read, only the metric table. Do not tune on
them; if a label is found wrong, fix the label and say so here.

First run (matcher at commit 7e55c89, `python -m assistant.eval --catalog
../shared/data/catalog_sv.jsonl --source SOURCE --cases FILE`), in % (hits/of):

| set | catalog | cases | items | top-1 | top-3 | auto-accept | absent flagged | review rate |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| blind_hemkop | matpriser2020-hemkop | 67 | 91 | 94.5 (86/91) | 96.7 (88/91) | 94.4 (68/72) | 87.5 (7/8) | 20.9 (19/91) |
| blind_coop | matpriser2020-coop | 69 | 92 | 93.5 (86/92) | 94.6 (87/92) | 95.9 (70/73) | 100.0 (7/7) | 22.3 (21/94) |
| blind_willys2020 | matpriser2020-willys | 66 | 84 | 97.6 (82/84) | 98.8 (83/84) | 96.7 (58/60) | 85.7 (6/7) | 28.6 (24/84) |
| blind_mathem | mathem2021 | 63 | 83 | 91.6 (76/83) | 97.6 (81/83) | 93.5 (58/62) | 100.0 (7/7) | 25.3 (21/83) |

On the same code, the review rate on the items the store sells (`review_rate_sold`, added to
`assistant.eval` after the first run; it leaves out the correctly flagged absent items): blind_hemkop
14.5 (12/83), blind_coop 15.3 (13/85), blind_willys2020 23.4 (18/77), blind_mathem 18.4 (14/76).

Each metric is held at least at its first run (the review rates at most), so a change can only move it
the right way, and at least where it stood at the end of the issue-10 work (`REACHED`, all but the review rates): a rule that
costs a blind set what earlier rules won fails here, though the first run is still met. (Without that
bound a rule reading a food said as a purpose as only what the goods go with, "matjessill till
potatisen", let an absent blind Hemköp item through unflagged: 100 → 87.5 % absent flagged, found by the
end-of-session metric table and located by comparing that table per commit; the rule was dropped.)
The issue's targets (top-1 ≥ 95 %, auto-accept precision ≥ 98 %, absent flagged 100 %,
review rate ≤ 15 %) are what it should reach.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.eval import format_table, load_cases
from tests.catalog.request_sets import HERE, report_on, rule_problems, specs_selecting_nothing

# name → (source in catalog_sv, cases file)
SETS: dict[str, tuple[str, Path]] = {
    "blind_hemkop": ("matpriser2020-hemkop", HERE / "blind_hemkop_requests.jsonl"),
    "blind_coop": ("matpriser2020-coop", HERE / "blind_coop_requests.jsonl"),
    "blind_willys2020": ("matpriser2020-willys", HERE / "blind_willys2020_requests.jsonl"),
    "blind_mathem": ("mathem2021", HERE / "blind_mathem_requests.jsonl"),
}
# the first run's (hits, of) per metric: see the table above
FIRST_RUN: dict[str, dict[str, tuple[int, int]]] = {
    "blind_hemkop": {"top1": (86, 91), "top3": (88, 91), "auto_accept_precision": (68, 72),
                     "absent_flagged": (7, 8), "review_rate": (19, 91), "review_rate_sold": (12, 83)},
    "blind_coop": {"top1": (86, 92), "top3": (87, 92), "auto_accept_precision": (70, 73),
                   "absent_flagged": (7, 7), "review_rate": (21, 94), "review_rate_sold": (13, 85)},
    "blind_willys2020": {"top1": (82, 84), "top3": (83, 84), "auto_accept_precision": (58, 60),
                         "absent_flagged": (6, 7), "review_rate": (24, 84), "review_rate_sold": (18, 77)},
    "blind_mathem": {"top1": (76, 83), "top3": (81, 83), "auto_accept_precision": (58, 62),
                     "absent_flagged": (7, 7), "review_rate": (21, 83), "review_rate_sold": (14, 76)},
}
# where each set stood after the issue-10 work (2026-11-30; Hemköp after the dev3 rules), rounded down: it
# must not fall back. Review rates are held at their first run only: a flag that stops a wrong pick may
# cost one.
REACHED: dict[str, dict[str, float]] = {
    "blind_hemkop": {"top1": 0.978, "top3": 1.0, "auto_accept_precision": 0.973, "absent_flagged": 1.0},
    "blind_coop": {"top1": 0.956, "top3": 0.967, "auto_accept_precision": 0.986, "absent_flagged": 1.0},
    "blind_willys2020": {"top1": 0.987, "top3": 1.0, "auto_accept_precision": 0.985, "absent_flagged": 1.0},
    "blind_mathem": {"top1": 0.927, "top3": 0.975, "auto_accept_precision": 0.938, "absent_flagged": 1.0},
}
METRICS = ("top1", "top3", "auto_accept_precision", "absent_flagged", "review_rate", "review_rate_sold")


@pytest.mark.parametrize("name", SETS)
def test_the_file_holds_rules_only(name: str) -> None:
    """No catalog data (ids, names) in the repository: the rules select them at test time."""
    source, path = SETS[name]
    assert len(load_cases(path)) >= 60
    assert not rule_problems(source, path)


@pytest.mark.parametrize("name", SETS)
def test_every_spec_selects_a_product(name: str, shared: Path) -> None:
    assert not specs_selecting_nothing(*SETS[name])


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("metric", METRICS)
def test_the_set_holds_its_first_run_and_what_it_reached(name: str, metric: str, shared: Path) -> None:
    """Only the metric table is shown on failure: the sets stay blind."""
    report = report_on(*SETS[name])
    value = report.value(metric)
    hits, of = FIRST_RUN[name][metric]
    assert value is not None, metric
    first = hits / of
    if metric.startswith("review_rate"):
        ok = value <= first + 1e-9
    else:
        ok = value >= max(first, REACHED[name][metric]) - 1e-9
    assert ok, f"{metric} first run {first:.3f}\n" + format_table(report)
