"""The service is stopped while the grocer is down and started again: the order still arrives, once."""

from __future__ import annotations

import asyncio

from assistant.app import create_app
from assistant.baskets.schedule import CLOCK
from tests.baskets.conftest import call, new_client, say
from tests.conftest import login


async def test_pending_order_is_delivered_after_a_restart(aiohttp_client, client, staff, grocer, settings, clock):
    grocer.sandbox.faults.fail_next = 10_000  # the grocer answers 503 to everything
    cid = (await new_client(staff))["id"]
    basket = (await say(staff, cid, "ett bröd"))["basket"]
    basket = await call(staff, "POST", f"/api/v1/clients/{cid}/basket/confirm", json={"version": basket["version"]})
    order = await call(staff, "POST", f"/api/v1/clients/{cid}/basket/submit", 201, json={"version": basket["version"]})
    for _ in range(200):
        if grocer.sandbox.faults.fail_next < 10_000 - 2:  # tried (and failed) a few times
            break
        await asyncio.sleep(0.01)
    await client.close()  # the service stops
    assert grocer.sandbox.orders == {}

    grocer.sandbox.faults.fail_next = 0  # the grocer is back
    app = create_app(settings)
    app[CLOCK] = clock
    restarted = await login(await aiohttp_client(app), "anna")
    for _ in range(200):
        seen = await call(restarted, "GET", f"/api/v1/orders/{order['id']}")
        if seen["vendor_order_number"]:
            break
        await asyncio.sleep(0.02)
    assert seen["status"] == "received" and seen["vendor_order_number"] == "SB-000001"
    assert len(grocer.sandbox.orders) == 1
