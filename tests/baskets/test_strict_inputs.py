"""Strict inputs at the edge: no non-finite numbers, no nulls or look-alike types where a person expects
a real value, ids beyond 64 bits name nothing (issue 11). Each bad input is a 400/404 and stores nothing."""

from __future__ import annotations

import pytest

from tests.baskets.conftest import CLIENT, call, new_client

BIG_ID = 2**64 + 5


@pytest.mark.parametrize("raw", [b'{"budget_sek": 1e999}', b'{"budget_sek": Infinity}', b'{"budget_sek": NaN}',
                                 b'{"budget_sek": -Infinity}'])
async def test_non_finite_numbers_are_bad_json(staff, raw):
    karin = await new_client(staff)
    resp = await staff.patch(f"/api/v1/clients/{karin['id']}", data=raw, headers={"Content-Type": "application/json"})
    assert resp.status == 400
    assert (await resp.json())["error"]["code"] == "invalid_json"
    assert (await call(staff, "GET", f"/api/v1/clients/{karin['id']}"))["budget_sek"] == CLIENT["budget_sek"]


@pytest.mark.parametrize(("field", "value"), [
    ("budget_sek", "Infinity"), ("budget_sek", "500"), ("budget_sek", True), ("delivery_weekday", True),
    ("delivery_weekday", "3"), ("cutoff_weekday", 2.0), ("display_name", 5), ("diet", None),
    ("display_name", None), ("notes", None), ("vendor", None), ("cutoff_time", None), ("delivery_weekday", None),
    ("cutoff_weekday", None), ("address", None), ("phone", None), ("diet", [None]),
])
async def test_wrong_types_and_nulls_are_400_with_the_field_and_store_nothing(staff, field, value):
    karin = await new_client(staff)
    before = await call(staff, "GET", f"/api/v1/clients/{karin['id']}")
    body = await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}", 400, json={field: value})
    assert body["error"]["code"] == "validation_error"
    assert any(detail["loc"][0] == field for detail in body["error"]["details"])
    assert await call(staff, "GET", f"/api/v1/clients/{karin['id']}") == before
    created = await call(staff, "POST", "/api/v1/clients", 400, json=CLIENT | {field: value})
    assert created["error"]["code"] == "validation_error"
    assert len((await call(staff, "GET", "/api/v1/clients"))["clients"]) == 1


async def test_a_budget_may_be_cleared_with_null(staff):
    karin = await new_client(staff)
    assert (await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}", json={"budget_sek": None}))["budget_sek"] is None


async def test_basket_bodies_are_strict_too(staff):
    karin = await new_client(staff)
    basket = await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket")
    path = f"/api/v1/clients/{karin['id']}/basket"
    await call(staff, "POST", path + "/lines", 400, json={"product_id": "t:mjolk", "count": "2",
                                                          "version": basket["version"]})
    await call(staff, "POST", path + "/lines", 400, json={"product_id": "t:mjolk", "count": True,
                                                          "version": basket["version"]})
    await call(staff, "POST", path + "/utterances", 400, json={"text": "mjölk", "version": str(basket["version"])})
    assert (await call(staff, "GET", path))["lines"] == []


async def test_understand_takes_an_integer_client_id(staff):
    karin = await new_client(staff)
    body = await call(staff, "POST", "/api/v1/understand", json={"text": "mjölk", "client_id": karin["id"]})
    assert body["lines"][0]["product"]["id"].startswith("t:mjolk")
    as_text = await call(staff, "POST", "/api/v1/understand", json={"text": "mjölk", "client_id": str(karin["id"])})
    assert as_text == body


@pytest.mark.parametrize("path", [
    f"/api/v1/clients/{BIG_ID}", f"/api/v1/clients/{BIG_ID}/basket", f"/api/v1/orders/{BIG_ID}",
    f"/api/v1/orders/{BIG_ID}/audit", f"/api/v1/clients/{-BIG_ID}",
])
async def test_ids_beyond_64_bits_are_404(staff, path):
    body = await call(staff, "GET", path, 404)
    assert body["error"]["code"] == "not_found"


async def test_ids_beyond_64_bits_in_queries_and_bodies(staff):
    karin = await new_client(staff)
    assert (await call(staff, "GET", f"/api/v1/orders?client_id={BIG_ID}", 400))["error"]["code"] == "validation_error"
    await call(staff, "POST", "/api/v1/understand", 400, json={"text": "mjölk", "client_id": BIG_ID})
    await call(staff, "POST", "/api/v1/understand", 404, json={"text": "mjölk", "client_id": str(BIG_ID)})
    basket = await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket")
    await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}/basket/lines/{BIG_ID}", 404,
               json={"count": 2, "version": basket["version"]})
    await call(staff, "DELETE", f"/api/v1/clients/{karin['id']}/basket/lines/{BIG_ID}?version={basket['version']}", 404)


async def test_deeply_nested_json_is_400(client):
    deep = b"[" * 100_000 + b"]" * 100_000
    resp = await client.post("/api/v1/session", data=deep[:60_000], headers={"Content-Type": "application/json"})
    assert resp.status == 400
    resp = await client.post("/api/v1/session", data=b'{"username": ' + b"[" * 30_000 + b"]" * 30_000 + b"}",
                             headers={"Content-Type": "application/json"})
    assert resp.status == 400
    assert (await resp.json())["error"]["code"] == "invalid_json"


def test_responses_never_carry_non_finite_numbers():
    from assistant.api.responses import json_response

    with pytest.raises(ValueError):
        json_response({"budget_sek": float("inf")})


@pytest.mark.parametrize("name", ["Karin\x00A", "Karin \u202eA", "Karin\u2066A", "Karin\x1bA", "Karin\x85A"])
async def test_control_and_bidi_characters_are_refused_and_nothing_is_stored(staff, name):
    karin = await new_client(staff)
    body = await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}", 400, json={"display_name": name})
    assert body["error"]["code"] == "invalid_text" and body["error"]["details"][0]["loc"] == ["display_name"]
    assert (await call(staff, "GET", f"/api/v1/clients/{karin['id']}"))["display_name"] == CLIENT["display_name"]
    body = await call(staff, "POST", "/api/v1/clients", 400, json=CLIENT | {"diet": ["ok", name]})
    assert body["error"]["details"][0]["loc"] == ["diet", 1]


async def test_line_breaks_and_tabs_are_fine_in_notes(staff):
    karin = await new_client(staff)
    patched = await call(staff, "PATCH", f"/api/v1/clients/{karin['id']}", json={"notes": "Ring två gånger.\n\tNyckel i brevlådan."})
    assert patched["notes"] == "Ring två gånger.\n\tNyckel i brevlådan."


@pytest.mark.parametrize("path", ["/api/v1/understand", "/api/v1/clients/{id}/basket/utterances",
                                  "/api/v1/session"])
async def test_a_lone_surrogate_in_json_text_is_refused_plainly(staff, path):
    """"\\ud800" is valid JSON but no character: it reached the parser and the database's UTF-8 encoder (a 500)."""
    karin = await new_client(staff)
    basket = await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket")
    field = "username" if path.endswith("session") else "text"
    raw = {"/api/v1/understand": b'{"text": "mj\\udfffk"}',
           "/api/v1/session": b'{"username": "an\\ud800na", "password": "x"}'}.get(
        path, b'{"text": "mj\\ud800lk", "version": %d}' % basket["version"])
    async with staff.request("POST", path.format(id=karin["id"]), data=raw,
                             headers={"Content-Type": "application/json"}) as resp:
        body = await resp.json()
        assert resp.status == 400, body
    assert body["error"]["code"] == "invalid_text" and body["error"]["details"][0]["loc"] == [field], body
    assert (await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket"))["lines"] == []
