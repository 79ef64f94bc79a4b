"""Every error status comes back as {"error": {"code", "message", "details"}}."""

from __future__ import annotations

from aiohttp import web

from tests.conftest import make_user


def assert_error(body: dict, code: str) -> None:
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


async def test_400_invalid_json(client):
    resp = await client.post("/api/v1/session", data=b"{not json", headers={"Content-Type": "application/json"})
    assert resp.status == 400
    assert_error(await resp.json(), "invalid_json")


async def test_400_with_pydantic_field_details(client):
    resp = await client.post("/api/v1/session", json={"username": "", "extra": 1})
    assert resp.status == 400
    body = await resp.json()
    assert_error(body, "validation_error")
    locs = {tuple(d["loc"]) for d in body["error"]["details"]}
    assert ("username",) in locs and ("password",) in locs


async def test_401(client):
    resp = await client.get("/api/v1/users")
    assert resp.status == 401
    assert_error(await resp.json(), "unauthenticated")


async def test_403(staff):
    resp = await staff.get("/api/v1/users")
    assert resp.status == 403
    assert_error(await resp.json(), "forbidden")


async def test_404_for_unknown_route(client, staff):
    for resp in [await client.get("/finns-inte"), await staff.get("/api/v1/finns-inte")]:
        assert resp.status == 404
        assert_error(await resp.json(), "not_found")


async def test_405_names_allowed_methods(staff):
    resp = await staff.put("/api/v1/session", json={})
    assert resp.status == 405
    assert_error(await resp.json(), "method_not_allowed")
    assert "POST" in resp.headers["Allow"]


async def test_409_on_duplicate_username(admin):
    body = {"username": "bertil", "password": "långt-lösenord", "role": "staff"}
    assert (await admin.post("/api/v1/users", json=body)).status == 201
    resp = await admin.post("/api/v1/users", json=body)
    assert resp.status == 409
    assert_error(await resp.json(), "conflict")


async def test_413_when_body_is_over_the_limit(client, settings):
    big = b'{"username": "' + b"a" * (settings.max_body_bytes + 10) + b'", "password": "x"}'
    resp = await client.post("/api/v1/session", data=big, headers={"Content-Type": "application/json"})
    assert resp.status == 413
    assert_error(await resp.json(), "payload_too_large")


async def test_413_beyond_the_upload_limit_too(client, settings):
    resp = await client.post("/api/v1/session", data=b"x" * (settings.max_upload_bytes + 10),
                             headers={"Content-Type": "application/json"})
    assert resp.status == 413
    assert_error(await resp.json(), "payload_too_large")


async def test_415_when_not_json(client):
    resp = await client.post("/api/v1/session", data="username=a&password=b",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert resp.status == 415
    assert_error(await resp.json(), "unsupported_media_type")


async def test_429_is_json_with_retry_after(client, settings):
    await make_user(settings, "anna", "staff")
    for _ in range(settings.login_max_failures + 1):
        resp = await client.post("/api/v1/session", json={"username": "anna", "password": "fel"})
    assert resp.status == 429
    assert_error(await resp.json(), "too_many_attempts")
    assert resp.headers["Retry-After"].isdigit()


async def test_500_hides_the_stack_trace(aiohttp_client, app):
    async def broken(request: web.Request) -> web.Response:
        raise RuntimeError("hemlig intern detalj")

    app.router.add_get("/trasig", broken)
    client = await aiohttp_client(app)
    resp = await client.get("/trasig", headers={"X-Request-Id": "abc123"})
    assert resp.status == 500
    text = await resp.text()
    assert "hemlig" not in text and "Traceback" not in text and "RuntimeError" not in text
    body = await resp.json()
    assert_error(body, "internal_error")
    assert body["error"]["details"] == {"request_id": "abc123"}
    assert resp.headers["X-Request-Id"] == "abc123"


async def test_every_response_carries_a_request_id(client):
    resp = await client.get("/healthz")
    assert len(resp.headers["X-Request-Id"]) >= 8


NASTY = [
    (b'{"username": "' + b"a" * 100_000 + b'", "password": "x"}', "application/json", 413, "payload_too_large"),
    (b'{"username": "an\\u0000na", "password": "x"}', "application/json", 400, "invalid_text"),
    ('{"username": "\u202eanna", "password": "x"}'.encode(), "application/json", 400, "invalid_text"),
    (b'{"username": "an\\ud800na", "password": "x"}', "application/json", 400, "invalid_text"),
    (b'{"password": "x", "username": ' + b"[" * 20_000 + b"]" * 20_000 + b"}", "application/json", 400,
     "invalid_json"),
    (b'{"username": "anna", "password": "x"}', "text/plain", 415, "unsupported_media_type"),
    (b"username=anna&password=x", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    (b'--b\r\nContent-Disposition: form-data; name="username"\r\n\r\nanna\r\n--b--\r\n',
     "multipart/form-data; boundary=b", 415, "unsupported_media_type"),
    (b'{"username": "anna", "password": "x"}', "", 415, "unsupported_media_type"),
    (b'{"username": "mj\xff", "password": "x"}', "application/json", 400, "invalid_json"),
]


async def test_nasty_bodies_on_the_public_login_get_a_clear_json_error(client):
    """The login is the one JSON route anyone can reach: each nasty body gets its status and code, and no
    lone surrogate reaches the database (it did on other routes: a 500 from the UTF-8 encoder)."""
    for data, content_type, status, code in NASTY:
        resp = await client.post("/api/v1/session", data=data,
                                 headers={"Content-Type": content_type} if content_type else {})
        assert resp.status == status, (data[:40], await resp.text())
        assert_error(await resp.json(), code)


async def test_a_100_kb_address_gets_a_clear_json_error(client):
    resp = await client.get("/api/v1/catalog/search?q=" + "a" * 100_000)
    assert resp.status == 400
    assert_error(await resp.json(), "bad_request")
