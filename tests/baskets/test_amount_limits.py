"""Amounts said or typed get the staff-edit limits (count 1–99, weight 0.05–20 kg): beyond them the line
goes to staff with the reason, kept as said, and nothing beyond them reaches the grocer (issue 11)."""

from __future__ import annotations

import pytest

from assistant.baskets.lines import bounds_reason
from assistant.catalog.amount_limits import amount_reason
from tests.baskets.conftest import call, new_client, say


@pytest.mark.parametrize(("count", "kg", "reason"), [
    (1, None, None), (99, None, None), (100, None, "Antalet 100 är fler än 99: kontrollera med kunden"),
    (10**20, None, f"Antalet {10**20} är fler än 99: kontrollera med kunden"),
    (0, None, "Antalet 0 är färre än 1: kontrollera med kunden"),
    (None, 0.05, None), (None, 20.0, None), (None, 999.0, "Vikten 999 kg är utanför 0,05–20 kg: kontrollera med kunden"),
    (None, 0.01, "Vikten 0,01 kg är utanför 0,05–20 kg: kontrollera med kunden"),
])
def test_amount_reason(count, kg, reason):
    """One rule: the catalog's, read by the preview, and the basket's lines through it."""
    assert amount_reason(count, kg) == reason
    assert bounds_reason({"count": count, "weight_kg": kg}) == reason


async def _only_line(staff, client_id: int, text: str) -> dict:
    body = await say(staff, client_id, text)
    [line] = body["basket"]["lines"]
    return line


async def test_a_thousand_packs_are_kept_as_said_and_flagged(staff):
    karin = await new_client(staff, budget_sek=None)
    line = await _only_line(staff, karin["id"], "tusen paket kaffe")
    assert line["count"] == 1000 and line["needs_review"]
    assert "Antalet 1000 är fler än 99" in line["reason"]


async def test_999_kilos_are_kept_as_said_and_flagged(staff):
    karin = await new_client(staff, budget_sek=None)
    line = await _only_line(staff, karin["id"], "999 kilo bananer")
    assert line["weight_kg"] == 999 and line["needs_review"]
    assert "Vikten 999 kg är utanför 0,05–20 kg" in line["reason"]


async def test_a_20_digit_count_cannot_be_resolved_confirmed_or_submitted(staff):
    karin = await new_client(staff, budget_sek=None)
    path = f"/api/v1/clients/{karin['id']}/basket"
    line = await _only_line(staff, karin["id"], "12345678901234567890 mjölk")
    assert line["needs_review"] and "fler än 99" in line["reason"]
    basket = await call(staff, "GET", path)
    body = await call(staff, "PATCH", f"{path}/lines/{line['id']}", 400,
                      json={"resolved": True, "version": basket["version"]})
    assert body["error"]["code"] == "amount_out_of_bounds"
    body = await call(staff, "POST", path + "/confirm", 409, json={"version": basket["version"]})
    assert body["error"]["code"] == "unresolved_lines"
    await call(staff, "POST", path + "/submit", 409, json={"version": basket["version"]})
    fixed = await call(staff, "PATCH", f"{path}/lines/{line['id']}",
                       json={"count": 2, "resolved": True, "version": basket["version"]})
    assert fixed["lines"][0]["count"] == 2 and not fixed["lines"][0]["needs_review"]
    confirmed = await call(staff, "POST", path + "/confirm", json={"version": fixed["version"]})
    await call(staff, "POST", path + "/submit", 201, json={"version": confirmed["version"]})


async def test_saying_more_of_a_line_past_99_flags_it(staff):
    karin = await new_client(staff, budget_sek=None)
    await say(staff, karin["id"], "90 mjölk")
    line = await _only_line(staff, karin["id"], "20 mellanmjölk till")
    assert line["count"] > 99 and line["needs_review"]


@pytest.mark.parametrize("text", ["tusen paket kaffe", "999 kilo bananer", "12345678901234567890 mjölk"])
async def test_the_preview_flags_an_amount_beyond_the_limits_as_the_basket_does(staff, text):
    """/understand has no side effects, but an integration reading it must see the flag and reason the
    same utterance gets in a basket."""
    karin = await new_client(staff, budget_sek=None)
    preview = await call(staff, "POST", "/api/v1/understand", json={"text": text, "client_id": karin["id"]})
    [previewed] = preview["lines"]
    line = await _only_line(staff, karin["id"], text)
    assert previewed["needs_review"] and line["needs_review"]
    assert previewed["reason"] == line["reason"]
    assert (previewed["count"], previewed["weight_kg"]) == (line["count"], line["weight_kg"])


async def test_the_preview_leaves_amounts_within_the_limits_unflagged(staff):
    karin = await new_client(staff, budget_sek=None)
    preview = await call(staff, "POST", "/api/v1/understand",
                         json={"text": "99 paket kaffe och 20 kilo bananer", "client_id": karin["id"]})
    assert [(x["count"], x["weight_kg"]) for x in preview["lines"]] == [(99, None), (None, 20.0)]
    assert not any("kontrollera med kunden" in (x["reason"] or "") for x in preview["lines"])


ODD = [("1e400 liter mjölk", "1e400"), ("1" + "0" * 400 + " mjölk", "10000000000000000000…"),
       ("0 mjölk", "0"), ("1/0 liter mjölk", "1/0")]


@pytest.mark.parametrize(("text", "said"), ODD)
async def test_a_number_that_is_no_amount_goes_to_staff_in_preview_and_basket(staff, text, said):
    """"1e400 liter mjölk" gave a line "1e" without a product; 401 digits were a 500 (an infinite count)."""
    karin = await new_client(staff, budget_sek=None)
    preview = await call(staff, "POST", "/api/v1/understand", json={"text": text, "client_id": karin["id"]})
    [previewed] = preview["lines"]
    line = await _only_line(staff, karin["id"], text)
    reason = f"«{said}» är ingen mängd att beställa: kontrollera med kunden"
    for shown in (previewed, line):
        assert shown["product"]["id"] == "t:mjolk" and shown["needs_review"]
        assert reason in shown["reason"] and shown["quantity"]["odd"] == said
    assert line["count"] == 1 and not line["staff_only"]  # the tablet may settle it too (test_tablet_limits)
    basket = await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket")
    settled = await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}/basket/lines/{line['id']}",
                         json={"resolved": True, "version": basket["version"]})  # staff: no count change first
    assert settled["unresolved"] == 0 and settled["lines"][0]["count"] == 1


async def test_changing_a_line_to_no_amount_flags_it_and_keeps_its_count(staff):
    karin = await new_client(staff, budget_sek=None)
    await say(staff, karin["id"], "tre mjölk")
    line = await _only_line(staff, karin["id"], "ändra mjölken till 1e400")
    assert line["count"] == 3 and line["needs_review"] and "«1e400» är ingen mängd" in line["reason"]


async def test_packs_said_with_two_bare_numbers_are_read_and_flagged_in_preview_and_basket(staff):
    """"2 450 g kaffe": most likely two 450 g packs, maybe 2450 g: read as the packs, kept as said, flagged."""
    karin = await new_client(staff, budget_sek=None)
    preview = await call(staff, "POST", "/api/v1/understand", json={"text": "2 450 g kaffe", "client_id": karin["id"]})
    [previewed] = preview["lines"]
    line = await _only_line(staff, karin["id"], "2 450 g kaffe")
    for shown in (previewed, line):
        assert shown["count"] == 2 and shown["needs_review"] and shown["quantity"]["guessed"] == "2 450 g"
        assert "«2 450 g» lästes som 900 g: kontrollera med kunden" in shown["reason"]


async def test_packs_said_with_their_count_word_are_not_flagged_for_it(staff):
    karin = await new_client(staff, budget_sek=None)
    line = await _only_line(staff, karin["id"], "3 st 1.000 g bananer")
    assert line["weight_kg"] == 3.0 and line["quantity"]["guessed"] is None
    assert "lästes som" not in (line["reason"] or "")


async def test_changing_a_line_to_a_guessed_amount_flags_it(staff):
    karin = await new_client(staff, budget_sek=None)
    await say(staff, karin["id"], "bananer")
    line = await _only_line(staff, karin["id"], "ändra bananerna till 2 500 g")
    assert line["weight_kg"] == 1.0 and line["needs_review"]
    assert "«2 500 g» lästes som 1000 g: kontrollera med kunden" in line["reason"]


async def test_an_amount_beyond_the_bounds_adds_nothing_to_the_sum(staff):
    """"99999999999 kilo smör" is kept as said and flagged, and cannot be ordered as it stands: the basket's sum
    (and the budget bar beside it) is what can be ordered, not fourteen thousand billion kronor on the tablet, and
    the line itself shows no price until staff set its amount."""
    karin = await new_client(staff, budget_sek=None)
    body = await say(staff, karin["id"], "99999999999 kilo smör och en mjölk")
    lines = body["basket"]["lines"]
    beyond = [line for line in lines if bounds_reason(line)]
    assert len(lines) == 2 and len(beyond) == 1, lines
    assert body["basket"]["total_sek"] == sum(line["line_total_sek"] for line in lines if line not in beyond)
    assert beyond[0]["line_total_sek"] is None  # no price of its own either: the line showed 14 779 999 999 852 kr
