"""A flavour chosen by the order of equal fits alone (sorts.a_flavour_chosen_by_order), on a small inline
catalog, as a feed of bare names (Mathem's) and with categories (Hemköp's)."""

from __future__ import annotations

import pytest

from tests.catalog.catalog_fixture import WITH_CATEGORIES, product, propose

BISCUITS, DRINKS = "Bröd & kakor", "Dryck"


def _goods(names: list[str], shelf: str, shelved: bool) -> list:
    return [product(name, name, shelf if shelved else "", price=20.0) for name in names]


@WITH_CATEGORIES
def test_a_flavour_beside_another_and_the_plain_line_asks(shelved: bool) -> None:
    """"moomin kex" was a sure "Moominkex Banan": its "Moominkex Jordgubb" fits exactly as well and the
    store sells the line's plain "Moomin Kexfigurer" too, so nothing said chose banana."""
    goods = _goods(["Moominkex Banan", "Moominkex Jordgubb", "Moomin Kexfigurer", "Mariekex"], BISCUITS, shelved)
    proposal = propose(goods, "moomin kex")
    assert proposal.needs_review, proposal


@WITH_CATEGORIES
@pytest.mark.parametrize("names", [
    ["Moominkex Banan", "Moominkex Jordgubb", "Mariekex"],   # no plain one: a flavour is what the line is
    ["Moominkex Banan", "Moomin Kexfigurer", "Mariekex"],    # one flavour, no other fitting as well
])
def test_without_a_plain_line_or_a_second_flavour_nothing_is_asked(shelved: bool, names: list[str]) -> None:
    proposal = propose(_goods(names, BISCUITS, shelved), "moomin kex")
    assert proposal.product is not None and proposal.product.id == "Moominkex Banan", proposal
    assert not proposal.needs_review, proposal


@WITH_CATEGORIES
def test_a_flavour_said_chose_the_taste(shelved: bool) -> None:
    """"smoothie mango": "Mango/Apelsin" and "Mango & Passion" are both the mango asked; what it is mixed
    with is no choice left to ask about."""
    goods = _goods(["Smoothie Mango/Apelsin", "Smoothie Mango & Passion", "Smoothie Jordgubb", "Smoothie"],
                   DRINKS, shelved)
    proposal = propose(goods, "smoothie mango")
    assert proposal.product is not None and "Mango" in proposal.product.id and not proposal.needs_review, proposal
