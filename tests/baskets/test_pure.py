"""Pure pieces: delivery schedule, usual items, invoice rows, line wording."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from assistant.baskets.invoice import order_rows, safe_cell
from assistant.baskets.lines import (
    add_to,
    copied,
    describe,
    fit_to_product,
    kronor,
    line_total,
    new_line,
    set_pieces,
    set_weight,
)
from assistant.baskets.repeat import usual_items
from assistant.baskets.schedule import Clock, next_delivery
from assistant.catalog.schema import Product

TZ = ZoneInfo("Europe/Stockholm")


@pytest.mark.parametrize(("now", "delivery", "cutoff"), [
    ("2026-03-09T10:00", "2026-03-13", "2026-03-11T12:00:00+01:00"),  # Monday: this Friday
    ("2026-03-11T11:59", "2026-03-13", "2026-03-11T12:00:00+01:00"),  # a minute before the cutoff
    ("2026-03-11T12:00", "2026-03-20", "2026-03-18T12:00:00+01:00"),  # at the cutoff: next week
    ("2026-03-13T09:00", "2026-03-20", "2026-03-18T12:00:00+01:00"),  # on delivery day itself
    ("2026-03-25T13:00", "2026-04-03", "2026-04-01T12:00:00+02:00"),  # across the change to summer time
])
def test_next_delivery_friday_with_wednesday_noon_cutoff(now, delivery, cutoff):
    found = next_delivery(datetime.fromisoformat(now).replace(tzinfo=TZ), 4, 2, "12:00", TZ)
    assert found.date.isoformat() == delivery and found.cutoff_at.isoformat() == cutoff


def test_same_day_cutoff():
    monday_7 = datetime(2026, 3, 9, 7, 0, tzinfo=TZ)
    assert next_delivery(monday_7, 0, 0, "08:00", TZ).date.isoformat() == "2026-03-09"
    assert next_delivery(monday_7.replace(hour=9), 0, 0, "08:00", TZ).date.isoformat() == "2026-03-16"


def test_clock_needs_aware_times():
    with pytest.raises(ValueError):
        Clock().set(datetime(2026, 3, 9))


def _order(*pids: str) -> dict:
    return {"lines": [{"product_id": pid, "count": 1} for pid in pids]}


def test_usual_items_are_in_at_least_half_of_the_last_orders():
    recent = [_order("mjolk", "kaffe"), _order("mjolk", "brod"), _order("mjolk", "kaffe", "fisk"), _order("agg")]
    assert [line["product_id"] for line in usual_items(recent)] == ["mjolk", "kaffe"]
    many = [_order(*[f"p{i}" for i in range(12)])] * 2
    assert len(usual_items(many)) == 8


def test_invoice_rows_price_substitutes_and_skip_missing():
    order = {"delivery_date": "2026-03-13", "vendor_order_number": "SB-000001", "delivery_fee_sek": 36.0,
             "delivery_fee_paid_by": "client", "lines": [
                 {"product": {"id": "a", "name": "Mjölk", "price_sek": 17.9}, "unit_price_sek": 17.9, "count": 2,
                  "outcome": "substituted",
                  "substitute": {"id": "b", "name": "Laktosfri mjölk", "price_sek": 21.9}},
                 {"product": {"id": "c", "name": "Bröd", "price_sek": 30.0}, "unit_price_sek": 30.0, "count": 1,
                  "outcome": "missing",
                  "substitute": None},
                 {"product": {"id": "d", "name": "Ägg", "price_sek": 45.0}, "unit_price_sek": 45.0, "count": 1,
                  "outcome": "delivered",
                  "substitute": None}]}
    rows, total = order_rows(order)
    assert [r[6] for r in rows] == ["43,80", "0,00", "45,00", "36,00"]
    assert rows[0][2] == "Laktosfri mjölk" and rows[1][7] == "saknades"
    assert total == 124.8


def test_kronor():
    assert kronor(65.8) == "65,80\u00a0kr" and kronor(50) == "50,00\u00a0kr" and kronor(1234.5) == "1\u00a0234,50\u00a0kr"


BANANAS = Product(id="b", name="Bananer", size=None, unit="kg", price_sek=24.9)
CHEESE = Product(id="c", name="Präst Lagrad", size=None, unit="kg", price_sek=139.0)
ROAST = Product(id="r", name="Fransyska", size=None, unit="kg", price_sek=229.0)
MILK = Product(id="m", name="Mellanmjölk", size=1, unit="l", price_sek=17.9)


def test_a_loose_line_costs_its_weight_and_says_it() -> None:
    line = new_line(phrase="bananer", product=BANANAS, count=3, changed_by="anna")
    assert (line["weight_kg"], line["weight_estimated"], line_total(line)) == (0.54, True, 13.45)
    assert describe(line) == "ca 0,54 kg (3 st) Bananer" and not line["needs_review"]
    set_pieces(line, 5)
    assert (line["weight_kg"], line["count"]) == (0.9, 5)
    add_to(line, new_line(phrase="bananer", product=BANANAS, count=None, weight_kg=0.5, changed_by="anna"))
    assert (line["weight_kg"], line["count"], describe(line)) == (1.4, None, "ca 1,4 kg Bananer")
    usual = new_line(phrase="präst", product=CHEESE, count=None, changed_by="anna")  # one usual piece
    assert (usual["weight_kg"], usual["count"], usual["weight_estimated"]) == (0.5, 1, True)
    assert not usual["needs_review"] and line_total(usual) == 69.5
    guessed = new_line(phrase="fransyska", product=ROAST, count=None, changed_by="anna")
    assert guessed["weight_kg"] == 0.5 and guessed["needs_review"] and line_total(guessed) == 114.5


def test_pieces_of_a_kind_without_a_usual_piece_are_estimated_again_when_counted_again() -> None:
    """"två fransyskor", then "en till": three of the counter's pieces, each estimated at half a kilo
    (catalog.packages.weight), so the total grows; a weight staff set stays as set."""
    line = new_line(phrase="fransyska", product=ROAST, count=2, changed_by="anna")
    assert (line["weight_kg"], line["weight_estimated"], line["needs_review"]) == (1.0, True, False)
    set_pieces(line, 3)
    assert (line["weight_kg"], line["count"], line_total(line)) == (1.5, 3, 343.5)
    set_weight(line, 2.2)
    set_pieces(line, 4)
    assert (line["weight_kg"], line["weight_estimated"], line["count"]) == (2.2, False, 4)


def test_a_line_switched_to_a_packaged_product_counts_packages_again() -> None:
    line = new_line(phrase="bananer", product=BANANAS, count=None, weight_kg=0.5, changed_by="anna")
    fit_to_product(line, MILK)
    assert (line["count"], line["weight_kg"], line["weight_estimated"]) == (1, None, False)


MILK_UNSIZED = Product(id="mu", name="Mellanmjölk", price_sek=13.9)  # the feed states no size


def test_an_estimated_count_holds_while_the_product_states_no_size_and_nobody_set_it() -> None:
    line = new_line(phrase="mellanmjölk", product=MILK_UNSIZED, count=2, count_estimated=True, changed_by="anna")
    assert line["count_estimated"] and not line["needs_review"]
    add_to(line, new_line(phrase="mellanmjölk", product=MILK_UNSIZED, count=1, changed_by="anna"))
    assert (line["count"], line["count_estimated"]) == (3, True)  # two estimated and one said: still a guess
    fit_to_product(line, MILK_UNSIZED.model_copy(update={"id": "mu2"}))  # another product without a size
    assert line["count_estimated"]
    set_pieces(line, 4)  # a count set by hand is no estimate
    assert (line["count"], line["count_estimated"]) == (4, False)


@pytest.mark.parametrize("product", [MILK, BANANAS, None], ids=["sized", "by-weight", "none"])
def test_an_estimated_count_ends_when_the_product_says_how_it_is_sold(product: Product | None) -> None:
    line = new_line(phrase="mellanmjölk", product=MILK_UNSIZED, count=2, count_estimated=True, changed_by="anna")
    fit_to_product(line, product)
    assert not line["count_estimated"]


def test_invoice_rows_charge_loose_goods_by_weight() -> None:
    order = {"delivery_date": "2026-03-13", "vendor_order_number": "SB-000001", "delivery_fee_sek": 36.0,
             "delivery_fee_paid_by": "municipality",
             "lines": [{"product": {"id": "b", "name": "Bananer", "price_sek": 24.9}, "unit_price_sek": 24.9,
                        "count": 1, "weight_kg": 0.5,
                        "outcome": "delivered", "substitute": None}]}
    rows, total = order_rows(order)
    # The municipality pays the delivery: no fee on the client's basis.
    assert len(rows) == 1 and rows[0][5:] == ("24,90", "12,45", "levererad", "0,5") and total == 12.45


@pytest.mark.parametrize(("text", "cell"), [
    ("=HYPERLINK(\"http://x\",\"Mjölk\")", "'=HYPERLINK(\"http://x\",\"Mjölk\")"), ("+46 mjölk", "'+46 mjölk"),
    ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("Mjölk", "Mjölk"), ("", ""),
])
def test_invoice_cells_defuse_formulas(text, cell):
    assert safe_cell(text) == cell


def test_a_grocer_substitute_named_like_a_formula_is_text_in_the_invoice():
    order = {"delivery_date": "2026-03-13", "vendor_order_number": "=1+1", "delivery_fee_sek": 36.0,
             "delivery_fee_paid_by": "municipality",
             "lines": [{"product": {"id": "a", "name": "Mjölk", "price_sek": 17.9}, "count": 1,
                        "outcome": "substituted",
                        "substitute": {"id": "@b", "name": "=HYPERLINK(\"http://x\")", "price_sek": 21.9}}]}
    rows, _ = order_rows(order)
    assert rows[0][1:4] == ("'=1+1", "'=HYPERLINK(\"http://x\")", "'@b")


def test_copied_lines_share_nothing_mutable_with_the_original():
    product = Product(id="p1", name="Mellanmjölk 1,5 l", price_sek=17.9, category="Mejeri > Mjölk")
    line = new_line(phrase="mjölk", product=product, count=2, changed_by="anna",
                    alternatives=[{"id": "p2", "name": "Lättmjölk", "score": 0.8}])
    line["pair"] = (1, {"nested": [1]})
    lines = [line]
    copy = copied(lines)
    assert copy == lines
    copy[0]["count"] = 3
    copy[0]["product"]["name"] = "ändrad"
    copy[0]["alternatives"][0]["score"] = 0.1
    copy[0]["quantity"]["unit"] = "l"
    copy[0]["pair"][1]["nested"].append(2)
    assert (line["count"], line["product"]["name"], line["alternatives"][0]["score"],
            line["quantity"]["unit"], line["pair"][1]["nested"]) == (2, "Mellanmjölk 1,5 l", 0.8, None, [1])


def test_the_same_product_asked_again_with_a_doubt_keeps_the_doubt() -> None:
    """"alert(1)> 99999999999 liter mjölk" said where the basket had milk already made it "2 st", unflagged, at
    the tablet: the new line's doubt («1 99999999999» read as 1 l) was dropped as it added up. Adding up
    keeps the more's flag, reason and question on the line."""
    line = new_line(phrase="mjölk", product=MILK, count=1, changed_by="anna")
    doubt = "«1 99999999999» lästes som 1 l: kontrollera med kunden"
    add_to(line, new_line(phrase="mjölk", product=MILK, count=1, changed_by="anna", needs_review=True,
                          reason=doubt, question="check_amount"))
    assert (line["count"], line["needs_review"], line["reason"], line["question"]) == (2, True, doubt, "check_amount")
    plain = new_line(phrase="mjölk", product=MILK, count=1, changed_by="anna")
    add_to(plain, new_line(phrase="mjölk", product=MILK, count=1, changed_by="anna"))
    assert not plain["needs_review"]
