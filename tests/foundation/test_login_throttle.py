"""Login throttling: (username, address) pairs first, a higher ceiling per address, an exponential wait
said in Swedish, shared through the database; client addresses from trusted proxies only (issue 11)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from ipaddress import ip_network

import pytest
from aiohttp import web

from assistant.api.middleware import forwarded_client
from assistant.app import create_app
from assistant.auth.throttle import backoff_seconds, wait_message
from assistant.baskets.schedule import CLOCK, Clock
from assistant.settings import Settings
from tests.conftest import PASSWORD, make_user


@pytest.mark.parametrize(("failures", "wait"), [(1, 0), (4, 0), (5, 60), (6, 120), (7, 240), (30, 3600)])
def test_backoff_doubles_after_the_allowed_failures(failures, wait):
    assert backoff_seconds(failures, 5, 60, 3600) == wait


@pytest.mark.parametrize(("seconds", "text"), [(240, "Försök igen om 4 minuter."), (30, "Försök igen om 1 minut."),
                                               (61, "Försök igen om 2 minuter.")])
def test_wait_is_said_in_minutes(seconds, text):
    assert wait_message(seconds) == text


PROXIES = [ip_network("10.0.0.0/8")]


@pytest.mark.parametrize(("peer", "forwarded", "client"), [
    ("192.0.2.7", ["203.0.113.5"], "192.0.2.7"),              # not a proxy: its header is ignored
    ("10.0.0.2", ["203.0.113.5"], "203.0.113.5"),
    ("10.0.0.2", ["1.2.3.4, 203.0.113.5, 10.0.0.9"], "203.0.113.5"),  # spoofed left part not believed
    ("10.0.0.2", ["1.2.3.4", "203.0.113.5"], "203.0.113.5"),
    ("10.0.0.2", ["nonsense"], "10.0.0.2"),
    ("10.0.0.2", [], "10.0.0.2"),
])
def test_client_address_behind_trusted_proxies(peer, forwarded, client):
    assert forwarded_client(peer, forwarded, PROXIES) == client


def test_trusted_proxies_setting_reads_a_comma_separated_list(monkeypatch):
    monkeypatch.setenv("ASSISTANT_TRUSTED_PROXIES", "127.0.0.1, 10.1.0.0/16")
    assert Settings().trusted_proxies == [ip_network("127.0.0.1/32"), ip_network("10.1.0.0/16")]


@pytest.fixture
def settings(tmp_path):
    return Settings(db=tmp_path / "assistant.db", vendor_url="http://127.0.0.1:9", trusted_proxies=["127.0.0.1"],
                    login_address_max_failures=12)


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def app(settings, clock):
    application = create_app(settings)
    application[CLOCK] = clock
    return application


def _from(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


async def _fail(client, username: str, address: str):
    return await client.post("/api/v1/session", json={"username": username, "password": "fel"},
                             headers=_from(address))


async def _login(client, username: str, address: str):
    return await client.post("/api/v1/session", json={"username": username, "password": PASSWORD},
                             headers=_from(address))


async def test_a_pair_waits_but_others_at_the_same_address_and_the_user_elsewhere_do_not(client, settings, clock):
    await make_user(settings, "anna", "staff")
    await make_user(settings, "bertil", "staff")
    for _ in range(settings.login_max_failures):
        assert (await _fail(client, "anna", "203.0.113.5")).status == 401
    resp = await _login(client, "anna", "203.0.113.5")
    assert resp.status == 429
    body = await resp.json()
    assert body["error"]["message"] == "För många misslyckade inloggningar. Försök igen om 1 minut."
    assert resp.headers["Retry-After"] == "60" == str(body["error"]["details"]["retry_after"])
    assert (await _login(client, "bertil", "203.0.113.5")).status == 200
    assert (await _login(client, "anna", "198.51.100.1")).status == 200


async def test_the_wait_doubles_with_each_further_failure(client, settings, clock):
    await make_user(settings, "anna", "staff")
    for _ in range(settings.login_max_failures):
        await _fail(client, "anna", "203.0.113.5")
    clock.advance(timedelta(seconds=61))
    assert (await _fail(client, "anna", "203.0.113.5")).status == 401
    resp = await _login(client, "anna", "203.0.113.5")
    assert resp.status == 429 and resp.headers["Retry-After"] == "120"
    clock.advance(timedelta(seconds=121))
    await _fail(client, "anna", "203.0.113.5")
    resp = await _login(client, "anna", "203.0.113.5")
    assert (await resp.json())["error"]["message"].endswith("Försök igen om 4 minuter.")
    clock.advance(timedelta(seconds=241))
    assert (await _login(client, "anna", "203.0.113.5")).status == 200


async def test_an_address_has_a_much_higher_ceiling_for_any_name(client, settings, clock):
    await make_user(settings, "anna", "staff")
    assert settings.login_address_max_failures > settings.login_max_failures
    for i in range(settings.login_address_max_failures):
        assert (await _fail(client, f"gissning{i}", "203.0.113.5")).status == 401
    assert (await _login(client, "anna", "203.0.113.5")).status == 429
    assert (await _login(client, "anna", "198.51.100.1")).status == 200


async def test_forwarded_headers_from_an_untrusted_peer_do_not_escape_the_throttle(aiohttp_client, tmp_path):
    settings = Settings(db=tmp_path / "a.db", vendor_url="http://127.0.0.1:9")
    client = await aiohttp_client(create_app(settings))
    await make_user(settings, "anna", "staff")
    for i in range(settings.login_max_failures):
        await _fail(client, "anna", f"203.0.113.{i}")
    assert (await _login(client, "anna", "198.51.100.1")).status == 429


async def test_instances_on_one_database_share_the_throttle(aiohttp_client, client, settings, clock):
    await make_user(settings, "anna", "staff")
    other_app = create_app(settings)
    other_app[CLOCK] = clock
    other = await aiohttp_client(other_app)
    for _ in range(settings.login_max_failures):
        await _fail(client, "anna", "203.0.113.5")
    assert (await _login(other, "anna", "203.0.113.5")).status == 429


async def test_remote_and_secure_come_from_a_trusted_proxy(aiohttp_client, settings):
    app = create_app(settings)

    async def seen(request: web.Request) -> web.Response:
        return web.json_response({"remote": request.remote, "secure": request.secure})

    app.router.add_get("/seen", seen)
    client = await aiohttp_client(app)
    resp = await client.get("/seen", headers={"X-Forwarded-For": "203.0.113.5", "X-Forwarded-Proto": "https"})
    assert await resp.json() == {"remote": "203.0.113.5", "secure": True}
    assert await (await client.get("/seen")).json() == {"remote": "127.0.0.1", "secure": False}

    untrusted_app = create_app(Settings(db=settings.db, vendor_url=settings.vendor_url))
    untrusted_app.router.add_get("/seen", seen)
    untrusted = await aiohttp_client(untrusted_app)
    resp = await untrusted.get("/seen", headers={"X-Forwarded-For": "203.0.113.5", "X-Forwarded-Proto": "https"})
    assert await resp.json() == {"remote": "127.0.0.1", "secure": False}


async def test_the_access_log_names_the_client_address_the_login_throttle_counts(aiohttp_client, settings,
                                                                                  caplog):
    """Behind a trusted proxy the address X-Forwarded-For names; anyone else's forged header is not believed."""
    client = await aiohttp_client(create_app(settings))
    untrusted = await aiohttp_client(create_app(Settings(db=settings.db, vendor_url=settings.vendor_url)))
    with caplog.at_level(logging.INFO, logger="assistant.access"):
        await client.get("/healthz", headers={"X-Forwarded-For": "198.51.100.7, 203.0.113.5"})
        await untrusted.get("/healthz", headers={"X-Forwarded-For": "203.0.113.5"})
    lines = [record.getMessage() for record in caplog.records if record.name == "assistant.access"]
    assert len(lines) == 2, lines
    assert " addr=203.0.113.5 " in lines[0] + " " and "198.51.100.7" not in lines[0], lines
    assert " addr=127.0.0.1 " in lines[1] + " " and "203.0.113.5" not in lines[1], lines
