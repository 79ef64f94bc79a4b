"""Login, logout, rate limiting, CSRF, bearer tokens and roles through the real app."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.api import session
from assistant.app import create_app
from assistant.auth.passwords import SCRYPT_N, hash_password, verify_password
from tests.conftest import PASSWORD, login, make_token, make_user, password_hash


async def test_login_sets_httponly_strict_cookie_and_returns_csrf(client, settings):
    await make_user(settings, "anna", "staff")
    resp = await client.post("/api/v1/session", json={"username": "anna", "password": PASSWORD})
    assert resp.status == 200
    body = await resp.json()
    assert len(body["csrf_token"]) >= 32
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    who = await client.get("/api/v1/session")
    assert (await who.json())["username"] == "anna"


async def test_username_is_case_insensitive(client, settings):
    await make_user(settings, "Anna", "staff")
    session = await login(client, "anna")
    assert (await (await session.get("/api/v1/session")).json())["username"] == "Anna"


async def test_logout_ends_the_session(staff):
    resp = await staff.delete("/api/v1/session")
    assert resp.status == 200
    resp = await staff.get("/api/v1/session")
    assert resp.status == 401
    assert (await resp.json())["error"]["code"] == "unauthenticated"


async def test_old_cookie_is_dead_after_logout(client, settings):
    await make_user(settings, "anna", "staff")
    session = await login(client, "anna")
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/"))["assistant_session"].value
    await session.delete("/api/v1/session")
    resp = await client.get("/api/v1/session", cookies={"assistant_session": cookie})
    assert resp.status == 401


@pytest.mark.parametrize("username,password", [("anna", "fel-lösenord"), ("okänd", PASSWORD)])
async def test_wrong_credentials_get_the_same_401(client, settings, username, password):
    await make_user(settings, "anna", "staff")
    resp = await client.post("/api/v1/session", json={"username": username, "password": password})
    assert resp.status == 401
    assert (await resp.json())["error"]["code"] == "invalid_credentials"
    assert "Set-Cookie" not in resp.headers


async def test_failed_logins_are_rate_limited_per_username_and_address(client, settings):
    await make_user(settings, "anna", "staff")
    for _ in range(settings.login_max_failures):
        resp = await client.post("/api/v1/session", json={"username": "anna", "password": "fel"})
        assert resp.status == 401
    resp = await client.post("/api/v1/session", json={"username": "anna", "password": PASSWORD})
    assert resp.status == 429
    assert int(resp.headers["Retry-After"]) > 0
    body = await resp.json()
    assert body["error"]["code"] == "too_many_attempts"
    assert body["error"]["details"]["retry_after"] == int(resp.headers["Retry-After"])


async def test_failures_for_other_names_do_not_lock_out_a_colleague_at_the_same_address(client, settings):
    await make_user(settings, "anna", "staff")
    for i in range(settings.login_max_failures):
        await client.post("/api/v1/session", json={"username": f"gissning{i}", "password": "fel"})
    resp = await client.post("/api/v1/session", json={"username": "anna", "password": PASSWORD})
    assert resp.status == 200


async def test_successful_login_resets_the_failure_count(client, settings):
    await make_user(settings, "anna", "staff")
    for _ in range(settings.login_max_failures - 1):
        await client.post("/api/v1/session", json={"username": "anna", "password": "fel"})
    await login(client, "anna")
    for _ in range(settings.login_max_failures - 1):
        resp = await client.post("/api/v1/session", json={"username": "anna", "password": "fel"})
        assert resp.status == 401


async def test_cookie_writes_need_the_csrf_header(client, settings):
    await make_user(settings, "admin", "admin")
    session = await login(client, "admin")
    body = {"username": "bertil", "password": "långt-lösenord", "role": "staff"}
    resp = await client.post("/api/v1/users", json=body)
    assert resp.status == 403
    assert (await resp.json())["error"]["code"] == "csrf_failed"
    resp = await client.post("/api/v1/users", json=body, headers={"X-CSRF-Token": "gissat"})
    assert resp.status == 403
    resp = await session.post("/api/v1/users", json=body)
    assert resp.status == 201


async def test_logout_needs_csrf_too(client, staff):
    resp = await client.delete("/api/v1/session")
    assert resp.status == 403


async def test_bearer_token_authenticates_without_csrf(client, settings):
    user_id = await make_user(settings, "integration", "admin")
    token = await make_token(settings, user_id)
    headers = {"Authorization": f"Bearer {token}"}
    resp = await client.get("/api/v1/users", headers=headers)
    assert resp.status == 200
    resp = await client.post("/api/v1/users", headers=headers,
                             json={"username": "bertil", "password": "långt-lösenord", "role": "staff"})
    assert resp.status == 201


@pytest.mark.parametrize("header", ["Bearer fel-token", "Basic YWJjOmRlZg==", "Bearer "])
async def test_bad_authorization_header_is_401(client, header):
    resp = await client.get("/api/v1/session", headers={"Authorization": header})
    assert resp.status == 401
    assert (await resp.json())["error"]["code"] == "unauthenticated"


async def test_every_api_route_needs_login(client):
    for method, path in [("GET", "/api/v1/session"), ("GET", "/api/v1/users"), ("POST", "/api/v1/users")]:
        resp = await client.request(method, path, json={})
        assert resp.status == 401, (method, path)


async def test_staff_cannot_use_admin_routes(staff):
    resp = await staff.get("/api/v1/users")
    assert resp.status == 403
    assert (await resp.json())["error"]["code"] == "forbidden"


async def test_admin_creates_staff_who_can_then_log_in(client, admin):
    resp = await admin.post("/api/v1/users", json={"username": "bertil", "password": "långt-lösenord",
                                                   "role": "staff"})
    assert resp.status == 201
    resp = await client.post("/api/v1/session", json={"username": "bertil", "password": "långt-lösenord"})
    assert resp.status == 200
    assert (await resp.json())["role"] == "staff"


def test_passwords_are_hashed_at_the_services_cost_and_any_stored_cost_verifies() -> None:
    """The test suite's users are made at a low cost (tests/conftest.password_hash); the service's own is this."""
    stored = hash_password(PASSWORD)
    assert stored.split("$")[:4] == ["scrypt", str(SCRYPT_N), "8", "1"] and SCRYPT_N >= 2**15
    assert verify_password(PASSWORD, stored) and not verify_password(PASSWORD + "x", stored)
    assert stored != hash_password(PASSWORD)  # salted
    cheap = password_hash()
    assert cheap.split("$")[1] == str(2**10)
    assert verify_password(PASSWORD, cheap) and not verify_password(PASSWORD + "x", cheap)


def test_importing_the_login_route_hashes_nothing() -> None:
    """The dummy hash that keeps an unknown username slow is made at the first login, not at import:
    every CLI command imports the API, and a scrypt hash costs about half a second."""
    probe = ("import assistant.auth.passwords as passwords\n"
             "def refuse(*args, **kwargs):\n"
             "    raise SystemExit('hashed at import')\n"
             "passwords.hash_password = refuse\n"
             "import assistant.api.session\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


async def test_the_service_makes_the_dummy_hash_as_it_starts(aiohttp_client, settings) -> None:
    """So the first unknown username is no slower than the next (it would pay for the hash too)."""
    session._dummy_hash.cache_clear()
    await aiohttp_client(create_app(settings))
    assert session._dummy_hash.cache_info().currsize == 1
