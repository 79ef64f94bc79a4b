"""JSON responses that are always JSON: NaN and Infinity are refused when encoding, never sent."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from aiohttp import web

# What an out-of-range float would otherwise become: bare Infinity, which breaks every client that reads it.
dumps = partial(json.dumps, allow_nan=False)


def json_response(data: Any, *, status: int = 200, headers: dict[str, str] | None = None,
                  dumps: Any = dumps) -> web.Response:
    return web.json_response(data, status=status, headers=headers, dumps=dumps)
