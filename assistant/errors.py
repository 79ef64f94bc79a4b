"""One error shape for the whole API: {"error": {"code", "message", "details"}}."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from assistant.api.responses import json_response


class ApiError(Exception):
    """Raised by handlers and domain code; the error middleware turns it into JSON."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> web.Response:
    return json_response(error_body(code, message, details), status=status, headers=headers)


class NotFound(ApiError):
    def __init__(self, what: str) -> None:
        super().__init__(404, "not_found", f"{what} finns inte")


class Conflict(ApiError):
    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(409, "conflict", message, details)


class TooManyItems(ApiError):
    """One utterance asking for more goods than a basket takes at once (matching each costs CPU)."""

    def __init__(self, limit: int, said: int) -> None:
        super().__init__(422, "too_many_items", f"Det var för många varor på en gång (högst {limit}). "
                         "Säg eller skriv några i taget.", {"max_items": limit, "items": said})


class Forbidden(ApiError):
    def __init__(self, message: str = "Du har inte behörighet för detta") -> None:
        super().__init__(403, "forbidden", message)
