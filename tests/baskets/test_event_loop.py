"""Heavy text work runs off the event loop: /healthz answers while a long understanding is in flight (issue 11)."""

from __future__ import annotations

from assistant.baskets import matching
from assistant.catalog import service as catalog_service
from tests.baskets.conftest import call, new_client, say
from tests.conftest import healthz_answers_meanwhile, held


async def test_understand_runs_off_the_event_loop(client, staff, monkeypatch):
    entered, release = held(monkeypatch, catalog_service, "understand")
    await healthz_answers_meanwhile(
        client, lambda: staff.post("/api/v1/understand", json={"text": "mjölk " * 300}), entered, release)


async def test_basket_utterances_run_off_the_event_loop(client, staff, monkeypatch):
    karin = await new_client(staff)
    basket = await call(staff, "GET", f"/api/v1/clients/{karin['id']}/basket")
    entered, release = held(monkeypatch, matching, "parse")
    await healthz_answers_meanwhile(
        client, lambda: staff.post(f"/api/v1/clients/{karin['id']}/basket/utterances",
                                   json={"text": "mjölk och bröd", "version": basket["version"]}),
        entered, release)


async def test_finding_the_line_a_phrase_names_runs_off_the_event_loop(client, staff, monkeypatch):
    karin = await new_client(staff)
    basket = (await say(staff, karin["id"], "mjölk och bröd"))["basket"]
    entered, release = held(monkeypatch, matching, "_basket_match")
    await healthz_answers_meanwhile(
        client, lambda: staff.post(f"/api/v1/clients/{karin['id']}/basket/utterances",
                                   json={"text": "ta bort osten", "version": basket["version"]}),
        entered, release)
