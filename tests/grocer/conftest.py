"""A real sandbox grocer on 127.0.0.1 and a small inline catalog."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest
from aiohttp.test_utils import TestServer

from assistant.catalog.schema import Product
from assistant.settings import Settings
from assistant.grocer.sandbox import Sandbox, create_sandbox_app

CATALOG = [
    Product(id="t:mjolk", name="Mellanmjölk 1,5%", brand="Arla", size=1, unit="l", price_sek=17.9,
            category="Mejeri, ost & ägg > Mjölk"),
    Product(id="t:mjolk-lf", name="Laktosfri Mellanmjölkdryck 1,5%", brand="Arla", size=1, unit="l",
            price_sek=21.9, category="Mejeri, ost & ägg > Mjölk", tags=["laktosfri"]),
    Product(id="t:brod", name="Rågbröd", brand="Pågen", size=500, unit="g", price_sek=32.0,
            category="Bröd & kakor > Bröd"),
    Product(id="t:brod2", name="Lantbröd", brand="Skogaholm", size=500, unit="g", price_sek=30.0,
            category="Bröd & kakor > Bröd"),
    Product(id="t:kaffe", name="Bryggkaffe Mellanrost", brand="Zoégas", size=450, unit="g", price_sek=64.9,
            category="Dryck > Kaffe"),
]


@dataclass
class Grocer:
    sandbox: Sandbox
    server: TestServer

    @property
    def url(self) -> str:
        return str(self.server.make_url("")).rstrip("/")


@pytest.fixture
async def grocer(aiohttp_server: Callable[..., Awaitable[TestServer]]) -> Grocer:
    sandbox = Sandbox(CATALOG, step_seconds=0)
    return Grocer(sandbox, await aiohttp_server(create_sandbox_app(sandbox)))


@pytest.fixture
def settings(db_target: str, grocer: Grocer) -> Settings:
    return Settings(db=db_target, vendor_url=grocer.url, vendor_timeout_seconds=0.5,
                    outbox_retry_base_seconds=0.0, outbox_poll_seconds=0.05, outbox_status_poll_seconds=0.0001)
