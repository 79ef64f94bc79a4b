"""Headers and error shapes on every response; request ids that cannot forge log lines (issue 11)."""

from __future__ import annotations

import pytest


async def test_a_missing_static_file_is_a_json_404(client):
    resp = await client.get("/static/finns-inte.js")
    assert resp.status == 404
    assert resp.content_type == "application/json"
    assert (await resp.json())["error"]["code"] == "not_found"
    assert resp.headers["X-Content-Type-Options"] == "nosniff"


async def test_static_files_are_served_with_their_type(client):
    resp = await client.get("/static/js/api.js")
    assert resp.status == 200 and resp.content_type in ("application/javascript", "text/javascript")
    assert (await client.get("/static/../settings.py")).status == 404


async def test_every_response_says_nosniff_and_api_answers_are_not_stored(client, staff):
    for resp in [await client.get("/healthz"), await client.get("/"), await staff.get("/api/v1/session"),
                 await client.get("/api/v1/users"), await client.get("/api/v1/finns-inte")]:
        assert resp.headers["X-Content-Type-Options"] == "nosniff", resp.url
    for resp in [await staff.get("/api/v1/session"), await client.get("/api/v1/users")]:
        assert resp.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("sent", ["a b", "x" * 65, "åäö", "id\u202e", "<script>", "a;b=c"])
async def test_an_unsafe_request_id_is_replaced(client, sent):
    resp = await client.get("/healthz", headers={"X-Request-Id": sent.encode("utf-8").decode("latin-1")})
    echoed = resp.headers["X-Request-Id"]
    assert echoed != sent and echoed.isalnum() and len(echoed) == 16


async def test_a_safe_request_id_is_kept(client):
    resp = await client.get("/healthz", headers={"X-Request-Id": "req-2026.03:01_a"})
    assert resp.headers["X-Request-Id"] == "req-2026.03:01_a"
