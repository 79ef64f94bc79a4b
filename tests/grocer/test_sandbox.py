"""The sandbox grocer over real HTTP: idempotency, order numbers, statuses, picking, the CLI."""

from __future__ import annotations

import asyncio
import socket
import sys

import aiohttp

from assistant.grocer.connector import AmendNotSupported, OrderIn, OrderLineIn, VendorError
from assistant.grocer.http import HttpVendor

ORDER = OrderIn(reference="order-1", delivery_date="2026-03-13", lines=[
    OrderLineIn(product_id="t:mjolk", count=2, substitution_allowed=True),
    OrderLineIn(product_id="t:brod", count=1, substitution_allowed=False),
    OrderLineIn(product_id="t:kaffe", count=1, substitution_allowed=True)])


async def test_idempotency_key_returns_the_same_order(grocer):
    async with aiohttp.ClientSession() as session:
        vendor = HttpVendor(session, grocer.url, 2)
        first = await vendor.submit_order(ORDER, "key-1")
        again = await vendor.submit_order(ORDER, "key-1")
        other = await vendor.submit_order(ORDER, "key-2")
        assert first.order_number == again.order_number != other.order_number
        assert len(grocer.sandbox.orders) == 2
        changed = ORDER.model_copy(update={"reference": "order-9"})
        try:
            await vendor.submit_order(changed, "key-1")
        except VendorError as exc:
            assert not exc.retryable
        else:
            raise AssertionError("a reused key with another order must be refused")


async def test_picking_substitutes_or_leaves_out_by_line(grocer):
    async with aiohttp.ClientSession() as session:
        await session.post(grocer.url + "/admin/stock", json={"product_id": "t:mjolk", "in_stock": False,
                                                              "substitute_id": "t:mjolk-lf"})
        await session.post(grocer.url + "/admin/stock", json={"product_id": "t:brod", "in_stock": False})
        vendor = HttpVendor(session, grocer.url, 2)
        placed = await vendor.submit_order(ORDER, "key-1")
        assert placed.status == "received"
        await session.post(grocer.url + "/admin/advance", json={"order_number": placed.order_number})
        picking = await vendor.order_status(placed.order_number)
        assert picking.status == "picking"
        outcomes = {line.product_id: (line.outcome, line.substitute.id if line.substitute else None)
                    for line in picking.lines}
        assert outcomes == {"t:mjolk": ("substituted", "t:mjolk-lf"), "t:brod": ("missing", None),
                            "t:kaffe": ("delivered", None)}
        await session.post(grocer.url + "/admin/advance", json={})
        assert (await vendor.order_status(placed.order_number)).status == "delivered"
        assert (await vendor.availability(["t:brod", "t:kaffe"])) == {"t:brod": False, "t:kaffe": True}
        assert len(await vendor.fetch_catalog()) == 5


async def test_statuses_move_with_time(grocer):
    grocer.sandbox.step_seconds = 60
    async with aiohttp.ClientSession() as session:
        vendor = HttpVendor(session, grocer.url, 2)
        placed = await vendor.submit_order(ORDER, "key-1")
        assert (await vendor.order_status(placed.order_number)).status == "received"
        grocer.sandbox.orders[placed.order_number].changed_at -= 61  # a minute passes
        assert (await vendor.order_status(placed.order_number)).status == "picking"
        grocer.sandbox.orders[placed.order_number].changed_at -= 121
        assert (await vendor.order_status(placed.order_number)).status == "delivered"


async def test_cancel_only_before_picking(grocer):
    async with aiohttp.ClientSession() as session:
        vendor = HttpVendor(session, grocer.url, 2)
        one = await vendor.submit_order(ORDER, "key-1")
        assert (await vendor.cancel_order(one.order_number)).status == "cancelled"
        two = await vendor.submit_order(ORDER, "key-2")
        await session.post(grocer.url + "/admin/advance", json={"order_number": two.order_number})
        try:
            await vendor.cancel_order(two.order_number)
        except VendorError as exc:
            assert not exc.retryable
        else:
            raise AssertionError("picking orders cannot be cancelled")


async def test_injected_faults_are_reported_as_retryable(grocer):
    async with aiohttp.ClientSession() as session:
        await session.post(grocer.url + "/admin/faults", json={"fail_next": 1, "drop_next": 1})
        vendor = HttpVendor(session, grocer.url, 2)
        for _ in range(2):
            try:
                await vendor.submit_order(ORDER, "key-1")
            except VendorError as exc:
                assert exc.retryable
            else:
                raise AssertionError("fault expected")
        assert len(grocer.sandbox.orders) == 1  # the dropped response came after acceptance
        assert (await vendor.submit_order(ORDER, "key-1")).order_number == "SB-000001"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_sandbox_runs_as_a_program(tmp_path):
    port = _free_port()
    state = tmp_path / "sandbox.json"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "assistant.grocer.sandbox", "--port", str(port), "--state", str(state),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(100):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/catalog") as resp:
                        products = (await resp.json())["products"]
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            else:
                raise AssertionError("sandbox did not start")
            assert len(products) > 100  # the bundled demo catalog
            vendor = HttpVendor(session, f"http://127.0.0.1:{port}", 5)
            order = OrderIn(reference="r", delivery_date="2026-03-13",
                            lines=[OrderLineIn(product_id=products[0]["id"], count=1)])
            placed = await vendor.submit_order(order, "k")
        assert placed.order_number in state.read_text("utf-8")
    finally:
        proc.terminate()
        await proc.wait()


async def test_amend_and_cancel_until_picking_and_safe_to_repeat(grocer):
    fewer = ORDER.model_copy(update={"lines": ORDER.lines[:1]})
    async with aiohttp.ClientSession() as session:
        vendor = HttpVendor(session, grocer.url, 2)
        placed = await vendor.submit_order(ORDER, "key-1")
        amended = await vendor.amend_order(placed.order_number, fewer, "change-1")
        again = await vendor.amend_order(placed.order_number, fewer, "change-1")  # a retry after a lost answer
        assert amended.order_number == again.order_number == placed.order_number
        assert [line.product_id for line in again.lines] == ["t:mjolk"] and len(grocer.sandbox.orders) == 1
        assert (await vendor.cancel_order(placed.order_number)).status == "cancelled"
        assert (await vendor.cancel_order(placed.order_number)).status == "cancelled"
        other = await vendor.submit_order(ORDER, "key-2")
        grocer.sandbox.advance(grocer.sandbox.orders[other.order_number])
        for late in (vendor.cancel_order(other.order_number), vendor.amend_order(other.order_number, fewer, "c-2")):
            try:
                await late
            except VendorError as exc:
                assert exc.status == 409 and not exc.retryable
            else:
                raise AssertionError("picking has started: too late")
        grocer.sandbox.amendable = False
        try:
            await vendor.amend_order(other.order_number, fewer, "c-3")
        except AmendNotSupported:
            pass
        else:
            raise AssertionError("a grocer without amendments says so")
