"""Logguppföljning: every read of a client's personal data is logged with who, when, what and session."""

from __future__ import annotations

import csv
import io
import re

from assistant.api.middleware import SESSION_COOKIE
from assistant.auth.passwords import token_digest
from tests.baskets.conftest import call, new_client, say
from tests.baskets.test_week import wait_for_status
from tests.conftest import make_token


async def test_every_read_of_a_client_is_logged_and_reviewable(client, staff, browser, grocer, settings):
    admin = await browser("boss", "admin")
    other = await browser("carl")
    karin = await new_client(staff)
    cid = karin["id"]
    theirs = await new_client(other, display_name="=HYPERLINK(\"http://x\")")  # a name meant for a spreadsheet
    reads = [f"/api/v1/clients/{cid}", f"/api/v1/clients/{cid}/basket", "/api/v1/clients",
             f"/api/v1/orders?client_id={cid}", f"/api/v1/clients/{cid}/invoice-basis.csv?month=2026-03"]
    for path in reads:
        await call(staff, "GET", path)
    basket = (await say(staff, cid, "två mjölk"))["basket"]
    confirmed = await call(staff, "POST", f"/api/v1/clients/{cid}/basket/confirm", json={"version": basket["version"]})
    order = await call(staff, "POST", f"/api/v1/clients/{cid}/basket/submit", 201,
                       json={"version": confirmed["version"]})
    await wait_for_status(staff, order["id"], "received")
    await call(staff, "GET", f"/api/v1/orders/{order['id']}/audit")
    await call(staff, "GET", f"/api/v1/clients/{theirs['id']}", 404)  # not hers: nothing read, nothing logged

    log = (await call(admin, "GET", f"/api/v1/access-log?client_id={cid}"))["entries"]
    seen = {(e["request"], e["what"]) for e in log}
    for path, what in zip(reads, ("kunduppgifter", "korg", "kundlista", "beställningar", "fakturaunderlag"),
                          strict=True):
        assert (f"GET {path}", what) in seen
    for request in (f"POST /api/v1/clients/{cid}/basket/utterances", f"POST /api/v1/clients/{cid}/basket/submit",
                    f"GET /api/v1/orders/{order['id']}", f"GET /api/v1/orders/{order['id']}/audit"):
        assert any(e["request"] == request for e in log), request
    assert {e["username"] for e in log} == {"anna"} and {e["client_name"] for e in log} == {"Karin A"}
    # The session is a digest: the same for all of Anna's requests, never her cookie or its stored hash.
    cookie = next(c.value for c in client.session.cookie_jar if c.key == SESSION_COOKIE)
    assert len({e["session"] for e in log}) == 1
    assert re.fullmatch(r"[0-9a-f]{16}", log[0]["session"])
    assert log[0]["session"] not in (cookie, token_digest(cookie)) and log[0]["session"] not in token_digest(cookie)
    # Requests are newest first and every one of Anna's reads of Karin is there.
    assert [e["at"] for e in log] == sorted((e["at"] for e in log), reverse=True)
    anna = (await call(admin, "GET", "/api/v1/access-log?username=anna"))["entries"]
    assert {e["client_id"] for e in anna} == {cid} and len(anna) == len(log)
    carl = (await call(admin, "GET", "/api/v1/access-log?username=carl"))["entries"]
    assert {e["client_id"] for e in carl} == {theirs["id"]}
    csv_text = await call(admin, "GET", "/api/v1/access-log.csv?username=carl")
    rows = list(csv.reader(io.StringIO(csv_text), delimiter=";"))[1:]
    assert rows and all(row[3] == "'=HYPERLINK(\"http://x\")" for row in rows)

    # An integration token is another "session".
    token = await make_token(settings, 1)  # anna
    resp = await client.get(f"/api/v1/clients/{cid}", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 200
    latest = (await call(admin, "GET", f"/api/v1/access-log?client_id={cid}&limit=1"))["entries"][0]
    assert latest["session"] != log[0]["session"] and latest["request"] == f"GET /api/v1/clients/{cid}"

    csv_text = await call(admin, "GET", f"/api/v1/access-log.csv?client_id={cid}&from=2020-01-01&to=2099-12-31")
    rows = [row.split(";") for row in csv_text.strip().split("\r\n")]
    assert rows[0] == ["tid", "användare", "kund-id", "kund", "vad", "förfrågan", "session"]
    assert len(rows) == len(log) + 2 and all(r[3] == "Karin A" for r in rows[1:])
    assert (await call(admin, "GET", "/api/v1/access-log?to=2000-01-01"))["entries"] == []
    # Only the municipal admin reviews the log; bad filters are 400.
    await call(staff, "GET", "/api/v1/access-log", 403)
    await call(admin, "GET", "/api/v1/access-log?username=nobody", 400)
    await call(admin, "GET", "/api/v1/access-log?from=igår", 400)
