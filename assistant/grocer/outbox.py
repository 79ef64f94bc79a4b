"""The outbox worker: gets every submitted order to the grocer exactly once, then follows its status,
and sends the changes staff make to placed orders (cancel, amend) once each.

Each order carries an idempotency key chosen at submission and reused on every attempt, so a retry
after a 5xx, a timeout, a dropped response or a restart of this service between the grocer's
acceptance and our commit finds the grocer's existing order instead of creating a second one.
"""

from __future__ import annotations

import asyncio
import logging
import json
import os
import random
import secrets
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from aiohttp import web

from assistant.appkeys import DB, SETTINGS
from assistant.settings import Settings
from assistant.storage import orderchanges, orders, outbox
from assistant.storage.audit import Actor
from assistant.storage.db import Database, Row
from assistant.grocer.connector import AmendNotSupported, OrderIn, OrderLineIn, VendorConnector, VendorError
from assistant.grocer.http import HttpVendor

log = logging.getLogger("assistant.grocer.outbox")


def order_payload(order_id: int, delivery_date: str, lines: list[dict[str, Any]]) -> OrderIn:
    """What the grocer gets: order lines as stored, or an amendment's basket lines."""
    return OrderIn(reference=f"order-{order_id}", delivery_date=delivery_date, lines=[
        OrderLineIn(product_id=line["product"]["id"], name=line["product"]["name"], count=line["count"] or 1,
                    weight_kg=line.get("weight_kg"), substitution_allowed=bool(line["substitution_allowed"]))
        for line in lines])

SYSTEM = Actor("system", None)
FINAL_STATUSES = frozenset({"delivered", "cancelled"})
# A change of an order the grocer refused outright settles at once: there is nothing at the grocer to change.
NEVER_ARRIVED = {
    "cancel": "Beställningen kom aldrig fram till butiken, så det fanns inget att avbeställa. Inget levereras.",
    "amend": "Beställningen kom aldrig fram till butiken, så ändringen skickades inte heller. "
             "Lägg en ny korg för leveransen och skicka den.",
}


class OutboxWorker:
    def __init__(self, db: Database, connector: VendorConnector, settings: Settings,
                 rng: random.Random | None = None) -> None:
        self.db = db
        self.connector = connector
        self.settings = settings
        self.random = rng or random.Random()
        self._wake = asyncio.Event()
        self._stopping = False
        # Names this process's claims on outbox items (several instances may share the database).
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"

    def wake(self) -> None:
        """Called after a submission so the order leaves now rather than at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        """Ends `run` at its next turn. Shutdown cancels it too, to cut short what it awaits; this ends it
        even where a library it awaits swallows that cancellation (psycopg_pool waits with `wait_for`,
        which on Python 3.11 can), as a worker polling on would hold the app's shutdown forever."""
        self._stopping = True
        self._wake.set()

    def backoff(self, attempts: int) -> float:
        """Exponential, capped, with jitter (half to full delay) so retries do not arrive in step."""
        delay = min(self.settings.outbox_retry_max_seconds,
                    self.settings.outbox_retry_base_seconds * 2 ** min(attempts, 30))
        return delay * self.random.uniform(0.5, 1.0)

    async def run_once(self) -> int:
        """Handle every item due now; returns how many were tried."""
        items = await outbox.claim_due(self.db, time.time(), self.owner, self.settings.outbox_lease_seconds)
        for item in items:
            if item["kind"] == "submit":
                await self._submit(item)
            else:
                await self._poll(item)
        changes = await orderchanges.due(self.db, time.time())
        for change in changes:
            await self._change(change)
        return len(items) + len(changes)

    async def run(self) -> None:
        if not self.db.shared:  # the only process on this database: earlier claims died with it
            await outbox.release_claims(self.db)
        while not self._stopping:
            try:
                if await self.run_once():
                    continue
                wait = self.settings.outbox_poll_seconds
                next_at = await outbox.next_due_at(self.db)
                if next_at is not None:
                    wait = min(wait, max(0.0, next_at - time.time()))
            except Exception:  # the worker must outlive any one bad item
                log.exception("outbox pass failed")
                wait = self.settings.outbox_poll_seconds
            try:
                async with asyncio.timeout(wait):  # not wait_for: on 3.11 it can swallow a cancellation
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()

    async def _retry(self, item: Row, error: VendorError) -> None:
        delay = self.backoff(item["attempts"])
        log.warning("order %s: %s (attempt %d, next in %.1fs)", item["order_id"], error,
                    item["attempts"] + 1, delay)
        await outbox.retry_later(self.db, item["id"], time.time() + delay, str(error))

    async def _submit(self, item: Row) -> None:
        order = await orders.get_order(self.db, item["order_id"])
        assert order is not None
        payload = order_payload(order["id"], order["delivery_date"],
                                await orders.order_lines(self.db, item["order_id"]))
        try:
            placed = await self.connector.submit_order(payload, item["idempotency_key"])
        except VendorError as exc:
            if exc.retryable:
                await self._retry(item, exc)
            else:
                log.error("order %s refused by the grocer: %s", item["order_id"], exc)
                await outbox.failed(self.db, item, str(exc), time.time(), SYSTEM)
            return
        now = time.time()
        await outbox.accepted(self.db, item, placed.order_number, placed.status, now,
                              now + self.settings.outbox_status_poll_seconds, SYSTEM)
        log.info("order %s accepted by the grocer as %s", item["order_id"], placed.order_number)

    async def _poll(self, item: Row) -> None:
        try:
            status = await self.connector.order_status(item["vendor_order_number"])
        except VendorError as exc:
            await self._retry(item, exc)
            return
        outcomes = [{"position": i, "product_id": line.product_id, "outcome": line.outcome,
                     "substitute": line.substitute.model_dump() if line.substitute else None}
                    for i, line in enumerate(status.lines) if line.outcome is not None]
        now = time.time()
        next_poll = None if status.status in FINAL_STATUSES else now + self.settings.outbox_status_poll_seconds
        await outbox.status_seen(self.db, item, status.status, outcomes, now, next_poll, SYSTEM)


    async def _change(self, change: Row) -> None:
        """Cancel, or amend; a grocer that cannot amend gets cancel + a new order under the change's own key.

        Every step is safe to repeat after a lost answer: cancelling twice succeeds, and the amendment and
        the new order carry the change's idempotency key.
        """
        if change["order_status"] == "failed":
            await orderchanges.refused(self.db, change, NEVER_ARRIVED[change["kind"]], SYSTEM)
            return
        number = change["vendor_order_number"]
        try:
            if change["kind"] == "cancel":
                placed = await self.connector.cancel_order(number)
            else:
                payload = order_payload(change["order_id"], change["delivery_date"],
                                        json.loads(change["payload"])["lines"])
                try:
                    placed = await self.connector.amend_order(number, payload, change["idempotency_key"])
                except AmendNotSupported:
                    await self.connector.cancel_order(number)
                    placed = await self.connector.submit_order(payload, change["idempotency_key"])
        except VendorError as exc:
            if exc.retryable:
                delay = self.backoff(change["attempts"])
                log.warning("order %s %s: %s (next in %.1fs)", change["order_id"], change["kind"], exc, delay)
                await orderchanges.retry_later(self.db, change["id"], time.time() + delay, str(exc))
            else:
                log.info("order %s: the grocer refused the %s: %s", change["order_id"], change["kind"], exc)
                await orderchanges.refused(self.db, change, str(exc), SYSTEM)
            return
        await orderchanges.done(self.db, change, placed.status, placed.order_number, SYSTEM)
        log.info("order %s: %s done at the grocer (%s)", change["order_id"], change["kind"], placed.order_number)


OUTBOX = web.AppKey("outbox", OutboxWorker)


async def outbox_context(app: web.Application) -> AsyncIterator[None]:
    """The worker runs beside the web server, with its own HTTP client to the grocer."""
    settings = app[SETTINGS]
    async with aiohttp.ClientSession() as session:
        worker = OutboxWorker(app[DB], HttpVendor(session, settings.vendor_url, settings.vendor_timeout_seconds),
                              settings)
        app[OUTBOX] = worker
        task = asyncio.create_task(worker.run(), name="outbox")
        yield
        worker.stop()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        try:  # a stopping instance hands its work back at once; if it cannot, its lease runs out instead
            await outbox.release_claims(worker.db, worker.owner)
        except Exception:
            log.warning("could not release outbox claims at shutdown; they expire after the lease", exc_info=True)
