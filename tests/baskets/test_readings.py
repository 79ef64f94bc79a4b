"""Learned readings through the HTTP API: staff decisions teach the client's words, per client and grocer."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from assistant.catalog.loading import import_catalog
from assistant.settings import Settings
from assistant.storage import products
from assistant.storage.db import Database
from tests.baskets.conftest import CATALOG, call, new_client, say
from tests.conftest import login

BASKET = "/api/v1/clients/{}/basket"
READINGS = "/api/v1/clients/{}/readings"


def last_line(answer: dict) -> dict:
    return answer["basket"]["lines"][-1]


async def alone(staff, cid: int, text: str) -> dict:
    """The line for `text` said into an emptied basket (not merged into an earlier line of the product)."""
    basket = await call(staff, "GET", BASKET.format(cid))
    for line in basket["lines"]:
        basket = await call(staff, "DELETE", BASKET.format(cid) + f"/lines/{line['id']}?version={basket['version']}")
    return last_line(await say(staff, cid, text))


async def choose(staff, cid: int, line: dict, version: int, **change: object) -> dict:
    return await call(staff, "PATCH", BASKET.format(cid) + f"/lines/{line['id']}", json={"version": version,
                                                                                           **change})


async def place_order(staff, cid: int) -> None:
    basket = await call(staff, "GET", BASKET.format(cid))
    basket = await call(staff, "POST", BASKET.format(cid) + "/confirm", json={"version": basket["version"]})
    await call(staff, "POST", BASKET.format(cid) + "/submit", 201, json={"version": basket["version"]})


async def import_rows(settings: Settings, tmp_path: Path, rows: list[dict], vendor: str = "demo") -> None:
    """A catalog import as the operator runs it: a JSON Lines file through the importer."""
    path = tmp_path / f"feed-{vendor}.jsonl"
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    async with Database(settings.db) as database:
        result = await import_catalog(database, path, vendor, strict=True)
    assert result.committed and not result.errors


def row(product_id: str, **changes: object) -> dict:
    return next(p for p in CATALOG if p.id == product_id).model_dump() | changes


async def test_staff_choice_is_learned_until_unavailable_and_forgotten(staff, grocer, clock, settings, tmp_path):
    cid = (await new_client(staff))["id"]
    # Week 1: "limpa" is no product name in this catalog; staff choose the client's rye loaf.
    answer = await say(staff, cid, "en limpa")
    line = last_line(answer)
    assert line["product"] is None and line["needs_review"] and not line["learned"]
    normal_reason = line["reason"]
    basket = await choose(staff, cid, line, answer["basket"]["version"], product_id="t:brod")
    assert basket["unresolved"] == 0
    listed = (await call(staff, "GET", READINGS.format(cid)))["readings"]
    assert [(r["phrase"], r["product_id"], r["product_name"], r["learned_by"], r["vendor"], r["available"])
            for r in listed] == [("limpa", "t:brod", "Rågbröd", "anna", "demo", True)]
    await place_order(staff, cid)

    # Week 2, a new basket: the same word is the rye loaf, confident and unflagged.
    clock.advance(timedelta(days=7))
    answer = await say(staff, cid, "två limpor")
    line = last_line(answer)
    assert answer["basket"]["delivery_date"] == "2026-03-20"
    assert line["product"]["id"] == "t:brod" and not line["needs_review"] and line["learned"]
    assert line["confidence"] >= 0.9 and line["reason"] is None
    preview = await call(staff, "POST", "/api/v1/understand", json={"text": "en limpa", "client_id": cid})
    assert preview["lines"][0]["product"]["id"] == "t:brod" and preview["lines"][0]["learned"]
    await call(staff, "DELETE", BASKET.format(cid) + f"/lines/{line['id']}?version={answer['basket']['version']}")

    # The grocer's feed says it is out of stock: the normal proposal, flagged, saying why.
    await import_rows(settings, tmp_path, [row("t:brod", available=False)])
    line = last_line(await say(staff, cid, "limpa"))
    assert line["needs_review"] and not line["learned"] and (line["product"] or {}).get("id") != "t:brod"
    assert "Kundens vanliga vara «Rågbröd» är slut" in line["reason"]
    listed = (await call(staff, "GET", READINGS.format(cid)))["readings"]
    assert listed[0]["available"] is False and listed[0]["in_catalog"] is True

    # Back in stock, but staff forget the reading: the phrase is read as for anyone again.
    await import_rows(settings, tmp_path, [row("t:brod")])
    forgotten = await call(staff, "DELETE", READINGS.format(cid) + f"/{listed[0]['id']}")
    assert forgotten == {"readings": []}
    answer = await say(staff, cid, "limpa")
    line = last_line(answer)
    assert line["product"] is None and line["needs_review"] and not line["learned"]
    assert line["reason"] == normal_reason
    await call(staff, "DELETE", READINGS.format(cid) + f"/{listed[0]['id']}", 404)

    async with Database(settings.db) as database:
        rows = await database.fetchall("SELECT action, actor, basket_id FROM audit_events"
                                       " WHERE action LIKE 'reading_%' ORDER BY id")
    assert [(r["action"], r["actor"]) for r in rows] == [("reading_learned", "anna"), ("reading_forgotten", "anna")]
    assert rows[0]["basket_id"] is not None  # the week's order shows what its basket taught


async def test_approving_a_flagged_line_teaches_per_client_and_per_grocer(staff, settings):
    async with Database(settings.db) as database:  # the same goods at another grocer, under its own ids
        await products.upsert_products(database, [p.model_copy(update={"id": "o" + p.id}) for p in CATALOG],
                                       "annan")
    karin = (await new_client(staff))["id"]
    nils = (await new_client(staff, display_name="Nils B"))["id"]
    answer = await say(staff, karin, "ost")
    line = last_line(answer)
    assert line["needs_review"] and "Många sorter" in line["reason"]
    basket = await choose(staff, karin, line, answer["basket"]["version"], resolved=True)
    assert basket["unresolved"] == 0
    approved = line["product"]["id"]
    line = await alone(staff, karin, "osten")
    assert line["product"]["id"] == approved and line["learned"] and not line["needs_review"]
    # Nils has taught nothing.
    line = await alone(staff, nils, "ost")
    assert line["needs_review"] and not line["learned"]
    # At the other grocer Karin's word is read afresh, and approving an unflagged line teaches nothing.
    await call(staff, "PATCH", f"/api/v1/clients/{karin}", json={"vendor": "annan"})
    line = await alone(staff, karin, "ost")
    assert line["product"]["id"].startswith("ot:") and line["needs_review"] and not line["learned"]
    preview = await call(staff, "POST", "/api/v1/understand", json={"text": "ost", "client_id": karin})
    assert preview["lines"][0]["product"]["id"].startswith("ot:") and not preview["lines"][0]["learned"]
    answer = await say(staff, karin, "mjölk")
    unflagged = last_line(answer)
    assert not unflagged["needs_review"]
    await choose(staff, karin, unflagged, answer["basket"]["version"], resolved=True)
    assert [r["vendor"] for r in (await call(staff, "GET", READINGS.format(karin)))["readings"]] == ["demo"]
    await call(staff, "PATCH", f"/api/v1/clients/{karin}", json={"vendor": "demo"})
    assert (await alone(staff, karin, "ost"))["learned"]
    preview = await call(staff, "POST", "/api/v1/understand", json={"text": "ost", "client_id": karin})
    assert preview["lines"][0]["product"]["id"] == approved and preview["lines"][0]["learned"]


async def test_the_diet_overrides_a_learned_reading(staff):
    cid = (await new_client(staff))["id"]
    answer = await say(staff, cid, "mjölk")
    line = last_line(answer)
    assert line["product"]["id"] == "t:mjolk"
    await choose(staff, cid, line, answer["basket"]["version"], product_id="t:mjolk-eko")
    line = await alone(staff, cid, "mjölk")
    assert line["product"]["id"] == "t:mjolk-eko" and line["learned"]
    await call(staff, "PATCH", f"/api/v1/clients/{cid}", json={"diet": ["laktosfri"]})
    line = await alone(staff, cid, "mjölk")
    assert line["product"]["id"] == "t:mjolk-lf" and not line["learned"]


async def test_a_tablet_choice_teaches_nothing_and_readings_are_staff_only(client, staff, browser):
    cid = (await new_client(staff))["id"]
    tablet = await call(staff, "POST", f"/api/v1/clients/{cid}/tablet")
    staff.csrf = tablet["csrf_token"]  # this browser is now the client's tablet
    answer = await say(staff, cid, "ost")
    line = last_line(answer)
    await choose(staff, cid, line, answer["basket"]["version"], product_id=line["alternatives"][0]["id"])
    await call(staff, "GET", READINGS.format(cid), 403)
    await call(staff, "DELETE", READINGS.format(cid) + "/1", 403)
    anna = await login(client, "anna")
    assert (await call(anna, "GET", READINGS.format(cid)))["readings"] == []
    line = await alone(anna, cid, "ost")
    assert line["needs_review"] and not line["learned"]
    # Another staff member does not see this client at all.
    other = await browser("bertil")
    await call(other, "GET", READINGS.format(cid), 404)
    await call(other, "DELETE", READINGS.format(cid) + "/1", 404)
    await call(anna, "GET", READINGS.format(cid + 100), 404)
    await call(anna, "DELETE", READINGS.format(cid) + "/x", 404)


async def test_the_usual_of_a_kind_comes_from_the_clients_orders(staff, grocer, clock):
    cid = (await new_client(staff))["id"]
    basket = await call(staff, "GET", BASKET.format(cid))
    await call(staff, "POST", BASKET.format(cid) + "/lines", json={"product_id": "t:kaffe", "version": basket["version"]})
    await place_order(staff, cid)
    clock.advance(timedelta(days=7))
    line = last_line(await say(staff, cid, "två paket av mitt vanliga kaffe"))
    assert line["product"]["id"] == "t:kaffe" and line["count"] == 2
    assert line["learned"] and not line["needs_review"]
    newcomer = (await new_client(staff, display_name="Nils B"))["id"]
    line = last_line(await say(staff, newcomer, "mitt vanliga kaffe"))
    assert line["needs_review"] and not line["learned"] and "brukar" in line["reason"]


async def test_a_reading_stored_under_an_older_key_still_applies(staff, grocer, settings):
    """A reading is stored with the key the normaliser gave when it was taught; after an upgrade that
    stems the phrase otherwise (as "vispgrädde" came to), the stored key no longer matched and the
    client's word was silently forgotten. Matching reads the phrase as taught."""
    cid = (await new_client(staff))["id"]
    answer = await say(staff, cid, "en limpa")
    line = last_line(answer)
    await choose(staff, cid, line, answer["basket"]["version"], product_id="t:brod")
    async with Database(settings.db) as database:
        async with database.transaction() as conn:
            await conn.execute("UPDATE learned_readings SET phrase_key = 'limpa-before-the-upgrade'")
    again = await alone(staff, cid, "en limpa")
    assert again["product"]["id"] == "t:brod" and again["learned"] and not again["needs_review"], again
    # Taught again under the new key, the phrase is one reading, not two: the old row goes.
    basket = await call(staff, "GET", BASKET.format(cid))
    await choose(staff, cid, again, basket["version"], product_id="t:brod2")
    listed = (await call(staff, "GET", READINGS.format(cid)))["readings"]
    assert [(r["phrase"], r["product_id"]) for r in listed] == [("limpa", "t:brod2")], listed
