"""The worker's framing, in both its blocking and its asyncio reader."""

from __future__ import annotations

import asyncio
from io import BytesIO

import pytest

from assistant.speech import protocol


def test_round_trip_blocking():
    stream = BytesIO(protocol.encode({"op": "audio", "id": 1}, b"\x00\x01\n\x02")
                     + protocol.encode({"op": "eof", "id": 1}))
    assert protocol.read_frame_sync(stream) == ({"op": "audio", "id": 1, "size": 4}, b"\x00\x01\n\x02")
    assert protocol.read_frame_sync(stream) == ({"op": "eof", "id": 1}, b"")
    assert protocol.read_frame_sync(stream) is None


async def test_round_trip_asyncio():
    reader = asyncio.StreamReader(limit=protocol.MAX_HEADER_BYTES + 1024)
    reader.feed_data(protocol.encode({"type": "partial", "body": {"partial": "två"}}, b"xy"))
    reader.feed_eof()
    assert await protocol.read_frame(reader) == ({"type": "partial", "body": {"partial": "två"}, "size": 2}, b"xy")
    assert await protocol.read_frame(reader) is None


@pytest.mark.parametrize("data", [
    b"not json\n", b'{"size": -1}\n', b'{"size": 99999999}\n', b'["list"]\n', b'{"size": 4}\nab', b'{"op": 1',
])
async def test_garbage_is_a_protocol_error(data):
    with pytest.raises(protocol.ProtocolError):
        protocol.read_frame_sync(BytesIO(data))
    reader = asyncio.StreamReader()
    reader.feed_data(data)
    reader.feed_eof()
    with pytest.raises(protocol.ProtocolError):
        await protocol.read_frame(reader)
