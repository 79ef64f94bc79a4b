"""The outbox against the real sandbox: exactly one grocer order per submission, none lost."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest

from assistant.storage import baskets, clients, orders, outbox, products
from assistant.storage.audit import Actor
from assistant.storage.baskets import BasketWrite
from assistant.storage.db import Database
from assistant.grocer.http import HttpVendor
from assistant.grocer.outbox import OutboxWorker
from tests.grocer.conftest import CATALOG

ANNA = Actor("anna", None)


async def submit_order(db: Database, product_ids: tuple[str, ...] = ("t:mjolk", "t:brod")) -> int:
    """A submitted order as the basket's submit step writes it (order, lines, outbox record)."""
    await products.upsert_products(db, CATALOG, "demo")
    client_id = await clients.create_client(db, {
        "display_name": "Karin", "address": "Storgatan 1", "phone": "", "delivery_weekday": 4,
        "cutoff_weekday": 2, "cutoff_time": "12:00", "budget_sek": None, "diet": [], "vendor": "demo",
        "notes": ""}, None)
    basket = await baskets.create_basket(db, client_id, "2026-03-13", "2026-03-11T12:00:00+01:00", ANNA)
    by_id = {p.id: p for p in CATALOG}
    lines = [{"product": by_id[pid].public(), "count": 1, "substitution_allowed": True} for pid in product_ids]
    write = BasketWrite(basket["id"], client_id, basket["version"], ANNA, fields={"status": "submitted"})
    return await orders.submit(db, write, {"vendor": "demo", "idempotency_key": f"key-{client_id}",
                                           "delivery_date": "2026-03-13", "total_sek": 49.9,
                                           "delivery_fee_sek": 36.0}, lines, 0.0)


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


def worker_for(db, settings, http) -> OutboxWorker:
    return OutboxWorker(db, HttpVendor(http, settings.vendor_url, settings.vendor_timeout_seconds), settings)


async def run_until_sent(worker: OutboxWorker, order_id: int, rounds: int = 20) -> dict:
    for _ in range(rounds):
        await worker.run_once()
        order = await orders.get_order(worker.db, order_id)
        if order["vendor_order_number"]:
            return order
    raise AssertionError("order never reached the grocer")


async def test_server_errors_are_retried_and_one_order_results(db, settings, grocer, http):
    order_id = await submit_order(db)
    grocer.sandbox.faults.fail_next = 3
    order = await run_until_sent(worker_for(db, settings, http), order_id)
    assert len(grocer.sandbox.orders) == 1
    assert order["status"] == "received" and order["vendor_order_number"] == "SB-000001"
    done = await db.fetchone("SELECT attempts FROM outbox WHERE order_id = ? AND kind = 'submit'", (order_id,))
    assert done["attempts"] == 4


async def test_a_timeout_after_acceptance_does_not_double_the_order(db, settings, grocer, http):
    order_id = await submit_order(db)
    grocer.sandbox.faults.hang_next = 1
    grocer.sandbox.faults.hang_seconds = 3  # longer than our 0.5 s timeout
    await run_until_sent(worker_for(db, settings, http), order_id)
    assert len(grocer.sandbox.orders) == 1


async def test_a_dropped_response_does_not_double_the_order(db, settings, grocer, http):
    order_id = await submit_order(db)
    grocer.sandbox.faults.drop_next = 2
    order = await run_until_sent(worker_for(db, settings, http), order_id)
    assert len(grocer.sandbox.orders) == 1
    assert order["vendor_order_number"] == "SB-000001"


async def test_restart_between_acceptance_and_commit(db, settings, grocer, http):
    """The service dies after the grocer accepted but before our commit; a fresh worker finishes the job."""
    order_id = await submit_order(db)
    grocer.sandbox.faults.hang_next = 1
    grocer.sandbox.faults.hang_seconds = 30
    settings = settings.model_copy(update={"vendor_timeout_seconds": 60})
    first = asyncio.create_task(worker_for(db, settings, http).run_once())
    for _ in range(200):
        if grocer.sandbox.orders:
            break
        await asyncio.sleep(0.01)
    assert len(grocer.sandbox.orders) == 1  # accepted by the grocer...
    first.cancel()  # ...and the service is killed before it hears back
    with pytest.raises(asyncio.CancelledError):
        await first
    await db.close()
    async with Database(settings.db) as reopened:
        assert (await orders.get_order(reopened, order_id))["vendor_order_number"] is None
        assert await worker_for(reopened, settings, http).run_once() == 0  # still claimed by the dead one
        await reopened.execute("UPDATE outbox SET claimed_until = ?", (time.time() - 1,))  # its lease runs out
        order = await run_until_sent(worker_for(reopened, settings, http), order_id)
    assert len(grocer.sandbox.orders) == 1
    assert order["vendor_order_number"] == "SB-000001"
    await db.connect()  # the fixture closes it


async def test_refused_order_is_marked_failed_not_retried(db, settings, grocer, http):
    order_id = await submit_order(db)
    del grocer.sandbox.products["t:brod"]  # the grocer no longer knows the product
    worker = worker_for(db, settings, http)
    await worker.run_once()
    order = await orders.get_order(db, order_id)
    assert order["status"] == "failed" and "422" in order["last_error"]
    assert await outbox.pending(db) == []


async def test_status_polling_records_missing_and_substituted(db, settings, grocer, http):
    order_id = await submit_order(db, ("t:mjolk", "t:brod", "t:kaffe"))
    grocer.sandbox.out_of_stock = {"t:mjolk": "t:mjolk-lf", "t:kaffe": None}
    worker = worker_for(db, settings, http)
    await run_until_sent(worker, order_id)
    for _ in range(2):
        grocer.sandbox.advance(grocer.sandbox.orders["SB-000001"])
    await asyncio.sleep(0.01)
    await worker.run_once()
    order = await orders.get_order(db, order_id)
    assert order["status"] == "delivered" and order["delivered_at"]
    outcomes = {line["product_id"]: (line["outcome"], (line["substitute"] or {}).get("id"))
                for line in await orders.order_lines(db, order_id)}
    assert outcomes == {"t:mjolk": ("substituted", "t:mjolk-lf"), "t:brod": ("delivered", None),
                        "t:kaffe": ("missing", None)}
    assert await outbox.pending(db) == []


def test_backoff_is_exponential_capped_and_jittered(settings):
    worker = OutboxWorker(None, None, settings.model_copy(  # type: ignore[arg-type]
        update={"outbox_retry_base_seconds": 1.0, "outbox_retry_max_seconds": 30.0}))
    for attempts, full in ((0, 1), (1, 2), (3, 8), (10, 30), (100, 30)):
        delays = {worker.backoff(attempts) for _ in range(20)}
        assert all(full / 2 <= d <= full for d in delays)
        assert len(delays) > 1


async def test_status_polling_survives_grocer_errors(db, settings, grocer, http):
    order_id = await submit_order(db)
    worker = worker_for(db, settings, http)
    await run_until_sent(worker, order_id)
    grocer.sandbox.faults.fail_next = 2
    grocer.sandbox.advance(grocer.sandbox.orders["SB-000001"])
    for _ in range(20):
        await worker.run_once()
        if (await orders.get_order(db, order_id))["status"] == "picking":
            break
    poll = await db.fetchone("SELECT last_error FROM outbox WHERE order_id = ? AND kind = 'poll'", (order_id,))
    assert (await orders.get_order(db, order_id))["status"] == "picking" and poll["last_error"] is None
    assert grocer.sandbox.faults.fail_next == 0


async def test_two_instances_send_each_order_once(db, settings, grocer, http):
    """Two service instances on one database: each order is claimed, and sent, by one of them."""
    order_ids = [await submit_order(db) for _ in range(6)]
    async with Database(settings.db) as other:
        first, second = worker_for(db, settings, http), worker_for(other, settings, http)
        tried = await asyncio.gather(first.run_once(), second.run_once(), first.run_once(), second.run_once())
    assert sum(tried) == 6
    assert len(grocer.sandbox.orders) == 6
    rows = await db.fetchall("SELECT attempts, claimed_by FROM outbox WHERE kind = 'submit'")
    assert [r["attempts"] for r in rows] == [1] * 6
    assert {r["claimed_by"] for r in rows} <= {first.owner, second.owner}
    for order_id in order_ids:
        assert (await orders.get_order(db, order_id))["vendor_order_number"]


async def test_the_worker_stops_when_cancelled_just_as_it_is_woken(db, settings, grocer, http):
    """An app's shutdown cancels the worker and waits for it; a submission's wake-up arriving in the same
    moment must not swallow that cancellation (Python 3.11's `wait_for` did, and the shutdown hung)."""
    worker = worker_for(db, settings.model_copy(update={"outbox_poll_seconds": 60.0}), http)
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0.5)  # one empty pass, then waiting for a wake-up
    worker.wake()
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=5)
    assert task in done and task.cancelled()


async def test_the_worker_stops_even_where_something_it_awaits_swallows_the_cancellation(db, settings, grocer,
                                                                                          http, monkeypatch):
    """A library the worker awaits may swallow a cancellation (psycopg_pool's waits use `wait_for`, which on
    Python 3.11 returns when the cancellation meets a result; CI hung in a PostgreSQL app's teardown with the
    worker polling on): stopping ends the loop at its next turn whatever became of the cancellation."""
    inside = asyncio.Event()

    async def swallowing(db: Database) -> float | None:
        inside.set()
        try:
            await asyncio.sleep(0.2)
        except asyncio.CancelledError:
            pass
        return None

    monkeypatch.setattr(outbox, "next_due_at", swallowing)
    worker = worker_for(db, settings, http)
    task = asyncio.create_task(worker.run())
    await inside.wait()  # the cancellation below lands in the swallowing call
    worker.stop()
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=5)
    assert task in done
