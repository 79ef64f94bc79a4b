"""Heavy text work runs off the event loop: /healthz answers while a long understanding is in flight (issue 11)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from assistant.baskets import matching
from assistant.catalog import service as catalog_service
from tests.baskets.conftest import call, new_client


def _held(monkeypatch, module: Any, name: str) -> tuple[threading.Event, threading.Event]:
    """Make module.name (CPU work on user text) wait for the test's go-ahead, standing for a slow input."""
    entered, release = threading.Event(), threading.Event()
    real = getattr(module, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        release.wait(timeout=10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return entered, release


async def _healthz_answers_meanwhile(client, heavy: Callable[[], Awaitable[aiohttp.ClientResponse]],
                                     entered: threading.Event, release: threading.Event) -> None:
    finished: list[tuple[str, int]] = []

    async def heavy_request() -> None:
        resp = await heavy()
        finished.append(("heavy", resp.status))

    task = asyncio.create_task(heavy_request())
    assert await asyncio.to_thread(entered.wait, 10)
    resp = await client.get("/healthz")
    finished.append(("healthz", resp.status))
    release.set()
    await task
    assert finished == [("healthz", 200), ("heavy", 200)]


async def test_understand_runs_off_the_event_loop(client, staff, monkeypatch):
    entered, release = _held(monkeypatch, catalog_service, "understand")
    await _healthz_answers_meanwhile(
        client, lambda: staff.post("/api/v1/understand", json={"text": "mjölk " * 300}), entered, release)


async def test_basket_utterances_run_off_the_event_loop(client, staff, monkeypatch):
    karin = await new_client(staff)
    basket = await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket")
    entered, release = _held(monkeypatch, matching, "parse")
    await _healthz_answers_meanwhile(
        client, lambda: staff.post(f"/api/v1/clients/{karin['id']}/basket/utterances",
                                   json={"text": "mjölk och bröd", "version": basket["version"]}),
        entered, release)
