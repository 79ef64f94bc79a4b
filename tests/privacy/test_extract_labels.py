"""The register extract speaks Swedish: every column of every table of a client's data has a plain
label (found by walking the migrated schema, so a new column cannot be forgotten), yes/no columns
read "ja"/"nej"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant.privacy.extract import COLUMNS, TITLES, _cell, extract_html
from assistant.storage.db import Database
from assistant.storage.personal import CLIENT_TABLES, SECRET_COLUMNS

TZ = ZoneInfo("Europe/Stockholm")


async def test_every_column_of_a_clients_data_has_a_swedish_label(tmp_path: Path) -> None:
    async with Database(str(tmp_path / "a.db")) as db:
        await db.migrate()
        unlabelled = {table: [c for c in columns if c not in COLUMNS and c not in SECRET_COLUMNS]
                      for table in CLIENT_TABLES
                      for columns in ([r["name"] for r in await db.fetchall(f"PRAGMA table_info({table})")],)}
    assert {table: columns for table, columns in unlabelled.items() if columns} == {}
    assert set(CLIENT_TABLES) <= set(TITLES)


@pytest.mark.parametrize(("column", "value", "shown"), [
    ("substitution_allowed", 1, "ja"), ("substitution_allowed", 0, "nej"), ("count_estimated", 0, "nej"),
    ("weight_estimated", 1, "ja"), ("weight_kg", 0.5, "0.5"), ("count", 1, "1"), ("weight_kg", None, "–"),
    ("data", {"count": 2, "count_estimated": True, "weight_kg": None}, "antal: 2\nantalet uppskattat: ja\nvikt (kg): –"),
    ("data", {"product": {"name": "Mjölk", "available": False}}, "vara:\n  namn: Mjölk\n  i lager: nej"),
    ("data", {"alternatives": [{"name": "A"}, {"name": "B"}], "tags": ["eko", "krav"]},
     "andra förslag:\n  namn: A\n  –\n  namn: B\nmärkningar: eko, krav"),
    ("details", {"new_key": 1}, "new_key: 1"),  # a key without a label yet is shown as stored
])
def test_cells(column: str, value: object, shown: str) -> None:
    assert _cell(column, value, TZ) == shown


# A basket line as stored (basket_lines.data): the keys people used to read raw.
BASKET_LINE = {"phrase": "två mjölk", "action": "add", "quantity": {"amount": 2, "amount_max": None, "unit": None,
                                                                   "unit_word": None},
               "count": 2, "weight_kg": None, "weight_estimated": False, "count_estimated": True,
               "product": {"id": "t:mjolk", "name": "Mellanmjölk 1,5%", "brand": None, "size": None, "unit": None,
                           "price_sek": 13.9, "category": "", "available": True},
               "confidence": 0.9, "needs_review": False, "reason": None, "staff_only": False, "alternatives": [],
               "substitution_allowed": True, "price_changed_from": None, "changed_by": "staff", "learned": False}


def test_an_order_line_reads_in_plain_swedish() -> None:
    line = {"id": 7, "order_id": 3, "position": 0, "product_id": "t:mjolk", "count": 2, "weight_kg": None,
            "weight_estimated": 0, "count_estimated": 1, "substitution_allowed": 1, "unit_price_sek": 17.9}
    page = extract_html({"client_id": 1, "generated_at": datetime(2026, 3, 9, tzinfo=UTC).isoformat(),
                         "tables": {"clients": [], "order_lines": [line],
                                    "basket_lines": [{"id": 1, "basket_id": 2, "position": 0, "data": BASKET_LINE}]}},
                        TZ)
    body = page.split("<body>", 1)[1]  # not the style sheet's "font-size:"
    for raw in (*BASKET_LINE, *BASKET_LINE["quantity"], *BASKET_LINE["product"]):
        assert f"\n{raw}:" not in body and f"  {raw}:" not in body and f">{raw}" not in body, raw
    for label in ("byte tillåtet", "vikt (kg)", "vikten uppskattad", "antalet uppskattat"):
        assert f"<th scope='col'>{label}</th>" in page
    assert "<td>ja</td>" in page and "<td>nej</td>" in page
    assert "antalet uppskattat: ja\nvara:\n  nr: t:mjolk\n  namn: Mellanmjölk 1,5%" in page
