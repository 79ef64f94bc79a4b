"""Readers see only committed baskets while many writers change them (issue 11: half-written baskets)."""

from __future__ import annotations

import asyncio

from tests.baskets.conftest import call, new_client

BASKET = "/api/v1/clients/{}/basket"
PRODUCTS = ["t:mjolk", "t:brod", "t:kaffe", "t:smor", "t:ost", "t:agg"]


async def test_readers_never_see_a_basket_half_written(staff, browser):
    cid = (await new_client(staff))["id"]
    bertil = await browser("bertil")
    await call(staff, "PUT", f"/api/v1/clients/{cid}/staff", 403, json={"usernames": ["anna", "bertil"]})
    admin = await browser("boss", "admin")
    await call(admin, "PUT", f"/api/v1/clients/{cid}/staff", json={"usernames": ["anna", "bertil"]})
    basket = await call(staff, "GET", BASKET.format(cid))
    for pid in PRODUCTS:
        basket = await call(staff, "POST", BASKET.format(cid) + "/lines",
                            json={"product_id": pid, "version": basket["version"]})
    line_ids = {line["id"] for line in basket["lines"]}
    assert len(line_ids) == 6
    seen: list[tuple[int, set[int]]] = []
    problems: list[str] = []
    writing = True

    async def writer(who, n: int) -> None:
        """Changes a line's count over and over: every committed basket still has the same 6 lines."""
        for round_ in range(4):
            current = await call(who, "GET", BASKET.format(cid))
            seen.append((current["version"], {x["id"] for x in current["lines"]}))
            line = basket["lines"][(n + round_) % len(basket["lines"])]
            async with who.patch(BASKET.format(cid) + f"/lines/{line['id']}",
                                 json={"count": 1 + (n + round_) % 5, "version": current["version"]}) as resp:
                body = await resp.json()
                if resp.status == 409:
                    seen.append((body["error"]["details"]["basket"]["version"],
                                 {x["id"] for x in body["error"]["details"]["basket"]["lines"]}))
                elif resp.status != 200:
                    problems.append(f"PATCH of a committed line answered {resp.status}: {body}")

    async def reader(who) -> None:
        while writing:
            current = await call(who, "GET", BASKET.format(cid))
            seen.append((current["version"], {x["id"] for x in current["lines"]}))
            await asyncio.sleep(0)

    # Every 409 carries the basket as it is: it too must be a committed one.
    readers = [asyncio.create_task(reader(who)) for who in (staff, bertil, admin)]
    try:
        await asyncio.gather(*[writer(staff if n % 2 else bertil, n) for n in range(20)])
    finally:
        writing = False
        await asyncio.gather(*readers)

    assert not problems, problems[:3]
    half_written = [ids for _, ids in seen if ids != line_ids]
    assert not half_written, f"{len(half_written)} of {len(seen)} reads saw lines {half_written[:3]}"
