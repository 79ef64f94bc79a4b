"""Registerutdrag: every row stored about one client (found by walking the schema), nothing of others."""

from __future__ import annotations

import json

from assistant.storage.db import Database
from assistant.storage.personal import CLIENT_TABLES, SECRET_COLUMNS
from tests.baskets.conftest import call, new_client, say
from tests.baskets.test_week import wait_for_status


async def delivered_order(session, grocer, client_id: int) -> dict:
    basket = (await say(session, client_id, "två mjölk och kaffe"))["basket"]
    basket = await call(session, "POST", f"/api/v1/clients/{client_id}/basket/confirm",
                        json={"version": basket["version"]})
    order = await call(session, "POST", f"/api/v1/clients/{client_id}/basket/submit", 201,
                       json={"version": basket["version"]})
    order = await wait_for_status(session, order["id"], "received")
    for _ in range(2):
        grocer.sandbox.advance(grocer.sandbox.orders[order["vendor_order_number"]])
    return await wait_for_status(session, order["id"], "delivered")

PARENTS = {"clients": "id = ?", "baskets": "basket_id IN (SELECT id FROM baskets WHERE client_id = ?)",
           "orders": "order_id IN (SELECT id FROM orders WHERE client_id = ?)"}


async def schema_rows(db: Database, client_id: int) -> dict[str, list[dict]]:
    """Independently of the product code: every table with a client_id column, or a foreign key to a
    client, a basket or an order, and the rows in it that belong to the client."""
    found = {}
    for (table,) in await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = [r["name"] for r in await db.fetchall(f"PRAGMA table_info({table})")]
        parents = {r["table"] for r in await db.fetchall(f"PRAGMA foreign_key_list({table})")}
        if table == "clients":
            where = "id = ?"
        elif "client_id" in columns:
            where = "client_id = ?"
        elif parents & {"baskets", "orders"}:
            where = PARENTS[sorted(parents & {"baskets", "orders"})[0]]
        else:
            continue
        rows = await db.fetchall(f"SELECT * FROM {table} WHERE {where}", (client_id,))
        found[table] = [{k: r[k] for k in r.keys() if k not in SECRET_COLUMNS} for r in rows]
    return found


async def _week(session, grocer, client_id: int) -> None:
    """An order delivered (so that the outbox has stopped touching it), then next week's basket begun."""
    order = await delivered_order(session, grocer, client_id)
    await say(session, client_id, "ett rågbröd")  # next week's basket, with an undo entry
    await call(session, "GET", f"/api/v1/orders/{order['id']}/audit")


async def test_the_extract_holds_every_row_of_the_client_and_nothing_else(staff, browser, grocer, settings):
    admin = await browser("boss", "admin")
    bertil = await browser("bertil")
    karin = await new_client(staff)
    nils = await new_client(bertil, display_name="Nils Bengtsson", address="Källgatan 9", notes="Hund i hallen")
    await _week(staff, grocer, karin["id"])
    await _week(bertil, grocer, nils["id"])
    await call(admin, "PUT", f"/api/v1/clients/{karin['id']}/staff", json={"usernames": ["anna", "bertil"]})
    tablet = await browser("tove")
    await call(admin, "PUT", f"/api/v1/clients/{karin['id']}/staff", json={"usernames": ["anna", "bertil", "tove"]})
    await call(tablet, "POST", f"/api/v1/clients/{karin['id']}/tablet")  # a tablet session row for Karin

    async with Database(settings.db) as db:
        expected = await schema_rows(db, karin["id"])
    assert set(expected) == set(CLIENT_TABLES), "a table holding client data is missing from CLIENT_TABLES"
    extract = await call(admin, "GET", f"/api/v1/clients/{karin['id']}/register-extract")
    assert extract["client_id"] == karin["id"]
    for table, rows in expected.items():
        assert len(rows) == len(extract["tables"][table]), table
        for stored, shown in zip(rows, extract["tables"][table], strict=True):
            assert set(shown) == set(stored), table
            for column, value in stored.items():
                decoded = json.loads(value) if isinstance(value, str) and value[:1] in "[{" else value
                assert shown[column] == decoded, (table, column)
    for table in ("clients", "client_staff", "baskets", "basket_lines", "basket_undo", "orders", "order_lines",
                  "outbox", "audit_events", "access_log", "sessions"):
        assert extract["tables"][table], f"the test should have made rows in {table}"
    assert all("token_hash" not in row and "csrf_token" not in row for row in extract["tables"]["sessions"])
    text = json.dumps(extract, ensure_ascii=False)
    for other in ("Nils Bengtsson", "Källgatan 9", "Hund i hallen"):
        assert other not in text
    assert {e["client_id"] for e in extract["tables"]["access_log"]} == {karin["id"]}

    page = await call(admin, "GET", f"/api/v1/clients/{karin['id']}/register-extract.html")
    assert "<h1>Registerutdrag för Karin A</h1>" in page and "Nils" not in page
    for title in ("Uppgifter om kunden", "Beställningar", "Händelser (vem ändrade vad)",
                  "Åtkomstlogg (vem har läst uppgifterna)"):
        assert title in page
    assert "Storgatan 1, Södertälje" in page and "Mellanmjölk" in page
    await call(staff, "GET", f"/api/v1/clients/{karin['id']}/register-extract", 403)
    # Taking the extract is itself a logged read.
    log = (await call(admin, "GET", f"/api/v1/access-log?client_id={karin['id']}&limit=2"))["entries"]
    assert [e["what"] for e in log] == ["registerutdrag", "registerutdrag"]
