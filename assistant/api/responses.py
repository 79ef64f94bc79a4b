"""JSON responses that are always JSON: NaN and Infinity are refused when encoding, never sent.

Encoded by pydantic-core (already a dependency) straight to UTF-8 bytes: models as they are, without first
dumping them to dicts, and several times faster than `json.dumps` for the basket and understanding answers
the tablet waits for.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web
from pydantic_core import to_json

# What an out-of-range float would otherwise become: bare Infinity, which breaks every client that reads it.
NOT_FINITE = (b"NaN", b"Infinity")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"a response may not hold {name}")


def encode(data: Any) -> bytes:
    """UTF-8 JSON of plain data or pydantic models; ValueError for a NaN or infinite number. pydantic-core
    writes those as bare constants, found by a quick scan and confirmed by parsing only when one of the
    words appears at all (in a string, say a product name, they are fine)."""
    body = to_json(data, inf_nan_mode="constants")
    if any(word in body for word in NOT_FINITE):
        json.loads(body, parse_constant=_refuse_constant)
    return body


def json_response(data: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """`data`: anything `encode` takes."""
    return web.Response(body=encode(data), status=status, headers=headers, content_type="application/json",
                        charset="utf-8")
