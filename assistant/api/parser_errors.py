"""Requests aiohttp's HTTP parser refuses (a raw non-ASCII byte in the URL, a broken header line) are
answered by aiohttp itself, before any middleware, in plain text. Here they get the API's JSON error shape.

aiohttp offers no hook for this, so the protocol's `handle_error` is wrapped once per process: it still
logs and checks as before; only the body it would send is replaced. Server errors (5xx) stay as they were.
"""

from __future__ import annotations

from aiohttp import web_protocol
from aiohttp.web_request import BaseRequest
from aiohttp.web_response import StreamResponse

from assistant.errors import error_response

UNREADABLE = "Förfrågan kunde inte läsas: adressen eller en rubrik innehåller otillåtna tecken"
_plain_handle_error = web_protocol.RequestHandler.handle_error


def _json_handle_error(self: web_protocol.RequestHandler, request: BaseRequest, status: int = 500,
                       exc: BaseException | None = None, message: str | None = None) -> StreamResponse:
    plain = _plain_handle_error(self, request, status, exc, message)
    if status >= 500:
        return plain
    response = error_response(status, "bad_request", UNREADABLE)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.force_close()
    return response


def answer_parser_errors_in_json() -> None:
    web_protocol.RequestHandler.handle_error = _json_handle_error  # type: ignore[method-assign]
