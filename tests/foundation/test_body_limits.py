"""Bodies are cut off at their route's limit while they arrive, chunked or not (issue 11)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import streams
from aiohttp.test_utils import make_mocked_request

from assistant.api.bodies import read_capped
from assistant.errors import ApiError
from tests.conftest import make_user


async def _chunks(total: int, size: int = 16_384) -> AsyncIterator[bytes]:
    sent = 0
    while sent < total:
        yield b" " * size
        sent += size


async def test_login_refuses_a_chunked_body_past_the_small_json_limit(client, settings):
    assert settings.max_body_bytes <= 65_536 < settings.max_upload_bytes
    resp = await client.post("/api/v1/session", data=_chunks(4 * settings.max_body_bytes),
                             headers={"Content-Type": "application/json"})
    assert resp.status == 413
    assert (await resp.json())["error"]["code"] == "payload_too_large"


async def test_json_routes_refuse_a_declared_length_past_the_limit(client, settings):
    await make_user(settings, "anna", "staff")
    big = b'{"username": "anna", "password": "' + b"x" * (2 * settings.max_body_bytes) + b'"}'
    resp = await client.post("/api/v1/session", data=big, headers={"Content-Type": "application/json"})
    assert resp.status == 413


class _CountingStream(streams.StreamReader):
    """The request's body stream, counting what the handler takes out of it."""

    taken = 0

    async def readany(self) -> bytes:
        chunk = await super().readany()
        self.taken += len(chunk)
        return chunk


async def test_reading_stops_at_the_limit_instead_of_buffering_the_whole_body():
    loop = asyncio.get_running_loop()
    protocol = type("P", (), {"_reading_paused": False, "connected": True, "pause_reading": lambda s, **kw: None,
                              "resume_reading": lambda s, **kw: None})()
    payload = _CountingStream(protocol, 2**16, loop=loop)
    request = make_mocked_request("POST", "/api/v1/session", headers={"Transfer-Encoding": "chunked"},
                                  payload=payload, client_max_size=12_000_000)
    reading = asyncio.ensure_future(read_capped(request, 20_000))
    for _ in range(64):  # a megabyte arriving in pieces
        if reading.done():
            break
        payload.feed_data(b"x" * 16_384)
        await asyncio.sleep(0)
    else:
        payload.feed_eof()
    with pytest.raises(ApiError) as raised:
        await reading
    assert raised.value.status == 413
    assert payload.taken <= 20_000 + 16_384
