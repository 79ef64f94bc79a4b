"""A week of ordering through the HTTP API: real SQLite file, real sandbox grocer, a settable clock."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from assistant.app import create_app
from assistant.baskets.schedule import CLOCK, Clock
from assistant.catalog.schema import Product
from assistant.settings import Settings
from assistant.storage import products
from assistant.storage.db import Database
from assistant.grocer.sandbox import Sandbox, create_sandbox_app
from tests.conftest import PASSWORD, Session, make_user
from tests.grocer.conftest import Grocer

TZ = ZoneInfo("Europe/Stockholm")
MONDAY = datetime(2026, 3, 9, 10, 0, tzinfo=TZ)  # delivery Friday 13 March, cutoff Wednesday 12:00


def _p(**fields: object) -> Product:
    return Product.model_validate(fields)


CATALOG = [
    _p(id="t:mjolk", name="Mellanmjölk 1,5%", brand="Arla", size=1, unit="l", price_sek=17.9,
       category="Mejeri, ost & ägg > Mjölk"),
    _p(id="t:mjolk-eko", name="Ekologisk Standardmjölk 3%", brand="Arla", size=1.5, unit="l", price_sek=24.9,
       category="Mejeri, ost & ägg > Mjölk"),
    _p(id="t:mjolk-lf", name="Laktosfri Mellanmjölkdryck 1,5%", brand="Arla", size=1, unit="l", price_sek=21.9,
       category="Mejeri, ost & ägg > Mjölk", tags=["laktosfri"]),
    _p(id="t:brod", name="Rågbröd", brand="Pågen", size=500, unit="g", price_sek=32.0,
       category="Bröd & kakor > Bröd"),
    _p(id="t:brod2", name="Lantbröd", brand="Skogaholm", size=500, unit="g", price_sek=30.0,
       category="Bröd & kakor > Bröd"),
    _p(id="t:kaffe", name="Bryggkaffe Mellanrost", brand="Zoégas", size=450, unit="g", price_sek=64.9,
       category="Dryck > Kaffe"),
    _p(id="t:kaffe2", name="Bryggkaffe Mörkrost", brand="Gevalia", size=450, unit="g", price_sek=59.9,
       category="Dryck > Kaffe"),
    _p(id="t:smor", name="Bregott Normalsaltat", brand="Arla", size=600, unit="g", price_sek=54.9,
       category="Mejeri, ost & ägg > Smör och margarin"),
    _p(id="t:ost", name="Herrgård Ost 28%", brand="Arla", size=700, unit="g", price_sek=89.0,
       category="Mejeri, ost & ägg > Ost"),
    _p(id="t:ost2", name="Präst Ost 31%", brand="Arla", size=700, unit="g", price_sek=99.0,
       category="Mejeri, ost & ägg > Ost"),
    _p(id="t:agg", name="Ägg 12-pack Frigående", brand="Kronägg", size=12, unit="st", price_sek=45.0,
       category="Mejeri, ost & ägg > Ägg"),
    _p(id="t:fisk", name="Torskfilé Fryst", brand="Findus", size=400, unit="g", price_sek=69.0,
       category="Fryst > Fisk"),
    _p(id="t:banan", name="Bananer", size=None, unit="kg", price_sek=24.9, category="Frukt & grönt > Frukt"),
    _p(id="t:omega", name="Omega 3 Kapslar", size=120, unit="st", price_sek=129.0, category="Apotek > Kosttillskott"),
]


@pytest.fixture
async def grocer(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> Grocer:
    sandbox = Sandbox(CATALOG, step_seconds=0)
    return Grocer(sandbox, await aiohttp_server(create_sandbox_app(sandbox)))


@pytest.fixture
def settings(db_target: str, grocer: Grocer) -> Settings:
    return Settings(db=db_target, vendor_url=grocer.url, vendor_timeout_seconds=2,
                    outbox_retry_base_seconds=0.0, outbox_poll_seconds=0.05, outbox_status_poll_seconds=0.05)


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY)


@pytest.fixture
async def app(settings: Settings, clock: Clock) -> web.Application:
    async with Database(settings.db) as database:
        await database.migrate()
        await products.upsert_products(database, CATALOG, "demo")
    application = create_app(settings)
    application[CLOCK] = clock
    return application


async def open_browser(client: TestClient, username: str) -> tuple[aiohttp.ClientSession, Session]:
    """Another person's browser against the same server: its own cookie jar."""
    base = str(client.make_url("")).rstrip("/")
    http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with http.post(base + "/api/v1/session", json={"username": username, "password": PASSWORD}) as resp:
        assert resp.status == 200, await resp.text()
        csrf = (await resp.json())["csrf_token"]
    return http, Session(client, csrf, lambda method, path, **kw: http.request(method, base + path, **kw))


@pytest.fixture
async def browser(client: TestClient, settings: Settings) -> AsyncIterator[Callable[..., Awaitable[Session]]]:
    """browser(username, role) logs a new user in from a separate browser."""
    opened: list[aiohttp.ClientSession] = []

    async def login_elsewhere(username: str, role: str = "staff") -> Session:
        await make_user(settings, username, role)
        http, session = await open_browser(client, username)
        opened.append(http)
        return session

    yield login_elsewhere
    for http in opened:
        await http.close()


CLIENT = {"display_name": "Karin A", "address": "Storgatan 1, Södertälje", "phone": "070-000 00 00",
          "delivery_weekday": 4, "cutoff_weekday": 2, "cutoff_time": "12:00", "budget_sek": 400,
          "diet": [], "vendor": "demo", "notes": "Ringer på två gånger"}


async def call(session, method: str, path: str, expect: int = 200, **kwargs: object) -> dict:
    async with session.request(method, path, **kwargs) as resp:
        body = await resp.json() if resp.content_type == "application/json" else await resp.text()
        assert resp.status == expect, body
        return body


async def new_client(session, **changes: object) -> dict:
    return await call(session, "POST", "/api/v1/clients", 201, json=CLIENT | changes)


async def say(session, client_id: int, text: str, expect: int = 200) -> dict:
    basket = await call(session, "GET", f"/api/v1/clients/{client_id}/basket")
    return await call(session, "POST", f"/api/v1/clients/{client_id}/basket/utterances", expect,
                      json={"text": text, "version": basket["version"]})
