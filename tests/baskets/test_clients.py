"""Clients, roles and visibility; the client's tablet session."""

from __future__ import annotations

from tests.baskets.conftest import CLIENT, call, new_client, say
from tests.conftest import login, make_token


async def test_staff_see_only_their_clients_and_others_are_404(staff, browser):
    mine = await new_client(staff)
    assert mine["staff"] == ["anna"] and mine["basket"] is None
    bertil = await browser("bertil")
    theirs = await new_client(bertil, display_name="Nils B")
    listed = await call(staff, "GET", "/api/v1/clients")
    assert [c["id"] for c in listed["clients"]] == [mine["id"]]
    for method, path, body in (
            ("GET", f"/api/v1/clients/{theirs['id']}", None),
            ("PATCH", f"/api/v1/clients/{theirs['id']}", {"notes": "x"}),
            ("GET", f"/api/v1/clients/{theirs['id']}/basket", None),
            ("POST", f"/api/v1/clients/{theirs['id']}/basket/utterances", {"text": "mjölk", "version": 1}),
            ("GET", f"/api/v1/clients/{theirs['id']}/invoice-basis.csv?month=2026-03", None),
            ("GET", "/api/v1/clients/9999", None)):
        resp = await call(staff, method, path, 404, json=body)
        assert resp["error"]["code"] == "not_found"
    assert (await call(staff, "GET", f"/api/v1/orders?client_id={theirs['id']}"))["orders"] == []
    admin = await browser("boss", "admin")
    assert len((await call(admin, "GET", "/api/v1/clients"))["clients"]) == 2
    await call(admin, "PUT", f"/api/v1/clients/{theirs['id']}/staff", json={"usernames": ["anna"]})
    assert (await call(staff, "GET", f"/api/v1/clients/{theirs['id']}"))["staff"] == ["anna"]
    await call(bertil, "GET", f"/api/v1/clients/{theirs['id']}", 404)
    await call(admin, "PUT", f"/api/v1/clients/{theirs['id']}/staff", 400, json={"usernames": ["nobody"]})


async def test_client_fields_are_validated_and_patched(staff):
    bad = await call(staff, "POST", "/api/v1/clients", 400, json=CLIENT | {"cutoff_time": "25:00"})
    assert bad["error"]["code"] == "validation_error"
    await call(staff, "POST", "/api/v1/clients", 400, json=CLIENT | {"personnummer": "19400101-1234"})
    await call(staff, "POST", "/api/v1/clients", 400, json=CLIENT | {"vendor": "okänd"})
    client = await new_client(staff, diet=["Laktosfri", "glutenfri"])
    assert client["diet"] == ["laktosfri", "glutenfri"] and client["vendor"] == "demo"
    patched = await call(staff, "PATCH", f"/api/v1/clients/{client['id']}",
                         json={"budget_sek": None, "delivery_weekday": 1, "cutoff_weekday": 0})
    assert patched["budget_sek"] is None and patched["display_name"] == CLIENT["display_name"]
    assert patched["next_delivery"] == {"date": "2026-03-10", "cutoff_at": "2026-03-09T12:00:00+01:00"}


async def test_tablet_session_acts_for_its_client_only(client, staff, settings):
    karin = await new_client(staff)
    other = await new_client(staff, display_name="Nils B")
    tablet = await call(staff, "POST", f"/api/v1/clients/{karin['id']}/tablet")
    assert tablet["client_id"] == karin["id"]
    staff.csrf = tablet["csrf_token"]  # this browser is now the tablet
    assert (await call(staff, "GET", "/api/v1/session"))["client_id"] == karin["id"]
    answer = await say(staff, karin["id"], "två mjölk")
    line = answer["basket"]["lines"][0]
    assert line["changed_by"] == f"surfplatta för kund {karin['id']} (öppnad av anna)"
    await call(staff, "GET", f"/api/v1/clients/{karin['id']}")
    for method, path in (("GET", "/api/v1/clients"), ("GET", f"/api/v1/clients/{other['id']}/basket"),
                         ("GET", "/api/v1/orders"), ("POST", "/api/v1/understand")):
        resp = await call(staff, method, path, 403, json={})
        assert resp["error"]["code"] == "forbidden"
    basket = answer["basket"]
    await call(staff, "POST", f"/api/v1/clients/{karin['id']}/basket/confirm", 403,
               json={"version": basket["version"]})
    await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}", 403, json={"notes": "x"})
    # Staff log in again (another browser) to confirm.
    anna = await login(client, "anna")
    confirmed = await call(anna, "POST", f"/api/v1/clients/{karin['id']}/basket/confirm",
                           json={"version": basket["version"]})
    assert confirmed["status"] == "confirmed"


async def test_bearer_tokens_cannot_become_tablets(client, settings, staff):
    karin = await new_client(staff)
    token = await make_token(settings, (await _user_id(settings, "anna")))
    resp = await client.post(f"/api/v1/clients/{karin['id']}/tablet", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 400


async def _user_id(settings, username: str) -> int:
    from assistant.storage import users
    from assistant.storage.db import Database

    async with Database(settings.db) as database:
        return (await users.user_by_name(database, username))["id"]


async def test_understand_uses_the_clients_context(staff, browser):
    karin = await new_client(staff, diet=["laktosfri"])
    result = await call(staff, "POST", "/api/v1/understand", json={"text": "mjölk", "client_id": str(karin["id"])})
    assert result["lines"][0]["product"]["id"] == "t:mjolk-lf"
    plain = await call(staff, "POST", "/api/v1/understand", json={"text": "mjölk"})
    assert plain["lines"][0]["product"]["id"] == "t:mjolk"
    await call(staff, "POST", "/api/v1/understand", 404, json={"text": "mjölk", "client_id": "9999"})
    bertil = await browser("bertil")
    await call(bertil, "POST", "/api/v1/understand", 404, json={"text": "mjölk", "client_id": str(karin["id"])})


async def _place(session, cid: int, product_id: str) -> dict:
    basket = await call(session, "GET", f"/api/v1/clients/{cid}/basket")
    basket = await call(session, "POST", f"/api/v1/clients/{cid}/basket/lines",
                        json={"product_id": product_id, "version": basket["version"]})
    basket = await call(session, "POST", f"/api/v1/clients/{cid}/basket/confirm", json={"version": basket["version"]})
    return await call(session, "POST", f"/api/v1/clients/{cid}/basket/submit", 201,
                      json={"version": basket["version"]})


async def test_orders_are_visible_like_their_clients(staff, browser):
    mine = await _place(staff, (await new_client(staff))["id"], "t:agg")
    bertil = await browser("bertil")
    theirs = await _place(bertil, (await new_client(bertil, display_name="Nils B"))["id"], "t:brod")
    assert [o["id"] for o in (await call(staff, "GET", "/api/v1/orders"))["orders"]] == [mine["id"]]
    await call(staff, "GET", f"/api/v1/orders/{theirs['id']}", 404)
    await call(staff, "GET", f"/api/v1/orders/{theirs['id']}/audit", 404)
    await call(staff, "GET", "/api/v1/orders/abc", 404)
    admin = await browser("boss", "admin")
    listed = (await call(admin, "GET", "/api/v1/orders"))["orders"]
    assert [o["id"] for o in listed] == [theirs["id"], mine["id"]]  # newest first
    assert mine["submitted_by"] == "anna" and mine["lines"][0]["product"]["id"] == "t:agg"


async def test_understanding_for_a_client_the_caller_may_not_see_is_404(staff, browser):
    """The client's history and readings are read together with the client: none of it reaches a caller who
    may not see the client."""
    karin = await new_client(staff)
    await call(staff, "POST", "/api/v1/understand", json={"text": "mjölk", "client_id": karin["id"]})
    bertil = await browser("bertil")
    body = await call(bertil, "POST", "/api/v1/understand", 404, json={"text": "mjölk", "client_id": karin["id"]})
    assert body["error"]["code"] == "not_found"
    await call(bertil, "POST", "/api/v1/understand", 404, json={"text": "mjölk", "client_id": 987654})
