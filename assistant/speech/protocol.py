"""The server↔worker wire format over the worker's stdin/stdout (after wyoming): one JSON header
line, followed by exactly `size` bytes of payload when the header has a `size`.

Requests carry an `op` and an `id` (a stream id or a one-off request id); replies carry `type` and
the same `id`, so many streams share one pipe.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, BinaryIO

MAX_HEADER_BYTES = 4 * 1024 * 1024  # a final result of a long stream with word timings fits
MAX_PAYLOAD_BYTES = 1024 * 1024

Frame = tuple[dict[str, Any], bytes]


class ProtocolError(Exception):
    """The other side sent something that is not a frame: the pipe is unusable from here on."""


def encode(header: dict[str, Any], payload: bytes = b"") -> bytes:
    if payload:
        header = {**header, "size": len(payload)}
    return json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" + payload


def _header(line: bytes) -> tuple[dict[str, Any], int]:
    try:
        header = json.loads(line)
    except ValueError as exc:
        raise ProtocolError(f"bad header: {line[:80]!r}") from exc
    size = header.get("size", 0) if isinstance(header, dict) else None
    if not isinstance(size, int) or not 0 <= size <= MAX_PAYLOAD_BYTES:
        raise ProtocolError(f"bad header: {line[:80]!r}")
    return header, size


def read_frame_sync(stream: BinaryIO) -> Frame | None:
    """The next frame from a blocking binary stream; None at a clean end of stream."""
    line = stream.readline(MAX_HEADER_BYTES + 1)
    if not line:
        return None
    if not line.endswith(b"\n"):
        raise ProtocolError("header line too long or cut off")
    header, size = _header(line)
    payload = stream.read(size) if size else b""
    if len(payload) != size:
        raise ProtocolError("payload cut off")
    return header, payload


async def read_frame(reader: asyncio.StreamReader) -> Frame | None:
    """The next frame from an asyncio stream (its `limit` must exceed MAX_HEADER_BYTES)."""
    try:
        line = await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial:
            return None
        raise ProtocolError("header cut off") from exc
    except asyncio.LimitOverrunError as exc:
        raise ProtocolError("header line too long") from exc
    header, size = _header(line)
    try:
        payload = await reader.readexactly(size) if size else b""
    except asyncio.IncompleteReadError as exc:
        raise ProtocolError("payload cut off") from exc
    return header, payload
