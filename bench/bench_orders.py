"""Basket and grocer-connection speed on the bundled demo catalog.

1. Utterances applied to a basket (parse, match with the client's history and diet, version-checked write
   with undo entry and audit) against the baseline of parse + understand alone (no database).
2. Orders delivered through the outbox to an in-process sandbox grocer, against the baseline of posting
   the same orders straight to the sandbox.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.baskets.matching import Matcher  # noqa: E402
from assistant.baskets.schedule import Clock  # noqa: E402
from assistant.baskets.service import BasketContext, apply_utterance, current_view  # noqa: E402
from assistant.catalog.service import CatalogService  # noqa: E402
from assistant.catalog.understand import understand  # noqa: E402
from assistant.nlu import parse  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.storage import baskets, clients, orders, outbox, products  # noqa: E402
from assistant.storage.audit import Actor  # noqa: E402
from assistant.storage.baskets import BasketWrite  # noqa: E402
from assistant.storage.db import Database  # noqa: E402
from assistant.grocer.connector import OrderIn, OrderLineIn  # noqa: E402
from assistant.grocer.http import HttpVendor  # noqa: E402
from assistant.grocer.outbox import OutboxWorker  # noqa: E402
from assistant.grocer.sandbox import DEMO_CATALOG, Sandbox, create_sandbox_app, read_catalog  # noqa: E402

TEXTS = ["två liter mjölk", "ett paket smör", "bananer", "ta bort bananerna", "en mjölk till", "kaffe",
         "ost och knäckebröd", "sex ägg", "vad kostar det", "ångra"]
ROUNDS = 20
ORDERS = 100
ACTOR = Actor("bench", None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def bench_utterances(db: Database, settings: Settings) -> tuple[float, float]:
    catalog = CatalogService(db, "demo")
    ctx = BasketContext(db, settings, Clock(), Matcher(catalog), ACTOR)
    client_id = await clients.create_client(db, {
        "display_name": "Bench", "address": "", "phone": "", "delivery_weekday": 4, "cutoff_weekday": 2,
        "cutoff_time": "12:00", "budget_sek": 500, "diet": ["laktosfri"], "vendor": "demo", "notes": ""}, None)
    client = await clients.get_client(db, client_id)
    index = await catalog.index("demo")
    started = time.perf_counter()
    for _ in range(ROUNDS):
        for text in TEXTS:
            understand(parse(text), index, (), ("laktosfri",))
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(ROUNDS):
        for text in TEXTS:
            view = await current_view(ctx, client)
            await apply_utterance(ctx, client, text, "typed", view["version"])
    return baseline, time.perf_counter() - started


async def place_orders(db: Database, products_: list, count: int) -> None:
    client_id = await clients.create_client(db, {
        "display_name": "Orders", "address": "", "phone": "", "delivery_weekday": 4, "cutoff_weekday": 2,
        "cutoff_time": "12:00", "budget_sek": None, "diet": [], "vendor": "demo", "notes": ""}, None)
    lines = [{"product": p.public(), "count": 1, "substitution_allowed": True} for p in products_[:10]]
    for i in range(count):
        basket = await baskets.create_basket(db, client_id, "2026-03-13", "2026-03-11T12:00:00+01:00", ACTOR)
        write = BasketWrite(basket["id"], client_id, basket["version"], ACTOR, fields={"status": "submitted"})
        await orders.submit(db, write, {"vendor": "demo", "idempotency_key": f"bench-{i}",
                                        "delivery_date": "2026-03-13", "total_sek": 1.0,
                                        "delivery_fee_sek": 36.0}, lines, time.time())


async def bench_outbox(db: Database, settings: Settings, catalog: list) -> tuple[float, float]:
    port = free_port()
    runner = web.AppRunner(create_sandbox_app(Sandbox(catalog, step_seconds=0)))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            vendor = HttpVendor(session, url, 10)
            order = OrderIn(reference="direct", delivery_date="2026-03-13", lines=[
                OrderLineIn(product_id=p.id, count=1, substitution_allowed=True) for p in catalog[:10]])
            await vendor.submit_order(order, "warm-up")  # connection and first-request costs out of both
            started = time.perf_counter()
            for i in range(ORDERS):
                await vendor.submit_order(order, f"direct-{i}")
            baseline = time.perf_counter() - started
            await place_orders(db, catalog, ORDERS)
            worker = OutboxWorker(db, vendor, settings)
            started = time.perf_counter()
            while any(row["kind"] == "submit" for row in await outbox.pending(db)):
                await worker.run_once()
            return baseline, time.perf_counter() - started
    finally:
        await runner.cleanup()


async def main() -> None:
    catalog = read_catalog(DEMO_CATALOG)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=Path(tmp) / "bench.db", outbox_status_poll_seconds=3600)
        async with Database(settings.db) as db:
            await db.migrate()
            await products.upsert_products(db, catalog, "demo")
            understood, applied = await bench_utterances(db, settings)
            direct, delivered = await bench_outbox(db, settings, catalog)
    n = ROUNDS * len(TEXTS)
    print(f"demo catalog products            {len(catalog):>8}")
    print(f"baseline parse+understand        {understood / n * 1000:8.2f} ms per utterance")
    print(f"utterance applied to a basket    {applied / n * 1000:8.2f} ms per utterance"
          f"  ratio {applied / understood:5.1f}x")
    print(f"baseline direct grocer POST      {direct / ORDERS * 1000:8.2f} ms per order")
    print(f"order delivered via the outbox   {delivered / ORDERS * 1000:8.2f} ms per order"
          f"  ratio {delivered / direct:5.1f}x")


if __name__ == "__main__":
    asyncio.run(main())
