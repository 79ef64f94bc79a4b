"""The invoice basis: per client and month, what was delivered and what it cost, for the municipality."""

from __future__ import annotations

import csv
import io
from typing import Any

from assistant.baskets.lines import priced_amount
from assistant.storage import orders
from assistant.storage.db import Database

# Goods sold by weight: "vikt (kg)" is what was ordered and "a-pris" is per kg.
HEADER = ("leveransdatum", "ordernummer", "vara", "varunummer", "antal", "a-pris", "belopp", "utfall", "vikt (kg)")
OUTCOMES = {"delivered": "levererad", "substituted": "utbytt", "missing": "saknades", None: "levererad"}


# A spreadsheet runs a cell starting with these as a formula; names come from grocers and staff.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading apostrophe defuses a formula ('=HYPERLINK(…)')."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _sek(amount: float) -> str:
    return f"{amount:.2f}".replace(".", ",")


def order_rows(order: dict[str, Any]) -> tuple[list[tuple[str, ...]], float]:
    """One row per delivered line (missing lines cost nothing) and the delivery fee when the client pays it
    (the municipality's share is not the client's to see on their basis); returns rows and sum."""
    rows: list[tuple[str, ...]] = []
    total = 0.0
    for line in order["lines"]:
        outcome = line["outcome"]
        substituted = outcome == "substituted" and line["substitute"]
        product = line["substitute"] if substituted else line["product"]
        # The line's own price: as ordered online, or as on the receipt of a store trip.
        price = 0.0 if outcome == "missing" else product["price_sek"] if substituted else line["unit_price_sek"]
        weight_kg = line.get("weight_kg")
        amount = round(price * priced_amount(line), 2)
        total += amount
        rows.append((order["delivery_date"], safe_cell(order["vendor_order_number"] or ""),
                     safe_cell(product["name"]), safe_cell(product["id"]),
                     str(line["count"]), _sek(price), _sek(amount), OUTCOMES[outcome],
                     "" if weight_kg is None else f"{weight_kg:g}".replace(".", ",")))
    fee = order["delivery_fee_sek"] if order["delivery_fee_paid_by"] == "client" else 0.0
    if fee:
        rows.append((order["delivery_date"], safe_cell(order["vendor_order_number"] or ""), "Leveransavgift",
                     "", "1", _sek(fee), _sek(fee), "", ""))
    return rows, round(total + fee, 2)


async def invoice_csv(db: Database, client: dict[str, Any], month: str) -> str:
    """Semicolon-separated with decimal commas, as Swedish spreadsheets expect."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    grand = 0.0
    for order in await orders.delivered_in_month(db, client["id"], month):
        rows, total = order_rows(order)
        writer.writerows(rows)
        grand += total
    writer.writerow(("", "", f"Summa {month}", "", "", "", _sek(grand), "", ""))
    return out.getvalue()
