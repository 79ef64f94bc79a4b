"""Reading request bodies into pydantic models with the API's error shape."""

from __future__ import annotations

import json
import math
import re
from typing import Any, TypeVar, get_args

from aiohttp import web
from pydantic import BaseModel, ValidationError
from pydantic_core.core_schema import ErrorType

from assistant.appkeys import SETTINGS
from assistant.errors import ApiError

M = TypeVar("M", bound=BaseModel)
PYDANTIC_ERRORS = frozenset(get_args(ErrorType))  # their messages are English; a model's own ones are Swedish


def validation_details(exc: ValidationError) -> list[dict[str, Any]]:
    """pydantic's field errors without the echoed input (which may be large or sensitive)."""
    return [
        {"loc": list(err["loc"]), "msg": err["msg"], "type": err["type"]}
        for err in exc.errors(include_url=False, include_input=False, include_context=False)
    ]


def too_large(limit: int) -> ApiError:
    return ApiError(413, "payload_too_large", f"Förfrågan är för stor (högst {limit} byte)")


# Ids are 64-bit signed integers in every database we run on; a larger number names nothing.
MAX_ID = 2**63 - 1


def parse_model(model: type[M], data: Any, *, strict: bool = True) -> M:
    """JSON bodies are strict: "500" is no number and true no weekday (query strings are text, so lax)."""
    try:
        return model.model_validate(data, strict=strict)
    except ValidationError as exc:
        own = [err["msg"] for err in exc.errors(include_url=False) if err["type"] not in PYDANTIC_ERRORS]
        message = "Ogiltig förfrågan" + (": " + ". ".join(own) if own else "")
        raise ApiError(400, "validation_error", message, validation_details(exc)) from exc


async def read_capped(request: web.Request, limit: int) -> bytes:
    """The body, read chunk by chunk and cut off at `limit` (413): a chunked body declares no length,
    so only counting what arrives keeps a stream of junk from being buffered whole."""
    if request.content_length is not None and request.content_length > limit:
        raise too_large(limit)
    data = bytearray()
    async for chunk in request.content.iter_any():
        data += chunk
        if len(data) > limit:
            raise too_large(limit)
    return bytes(data)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"talet {text[:20]} är för stort")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} är inget tal i JSON")


def loads_json(raw: bytes) -> Any:
    """Strict JSON: no NaN/Infinity and no number that overflows to infinity; too deep nesting is bad JSON."""
    try:
        return json.loads(raw, parse_float=_finite, parse_constant=_no_constant) if raw else None
    except RecursionError:
        raise ApiError(400, "invalid_json", "Ogiltig JSON: för djupt nästlad") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "invalid_json", f"Ogiltig JSON: {exc}") from exc


# Control characters other than tab and line breaks (NUL among them), the bidi controls that make a
# stored name show as something else ("U+202E"), and lone surrogates (JSON's "\ud800" is no character: UTF-8
# cannot encode it): never stored, whatever the field.
UNSAFE_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def reject_unsafe_text(data: Any) -> None:
    """400 naming the first string (or key) holding such a character."""
    pending: list[tuple[list[Any], Any]] = [([], data)]
    while pending:
        loc, value = pending.pop()
        if isinstance(value, dict):
            pending.extend((loc + [key], key) for key in value)  # keys are text too
            pending.extend((loc + [key], item) for key, item in value.items())
        elif isinstance(value, list):
            pending.extend((loc + [i], item) for i, item in enumerate(value))
        elif isinstance(value, str) and (found := UNSAFE_CHARACTERS.search(value)):
            raise ApiError(400, "invalid_text", "Texten innehåller osynliga styrtecken som inte kan sparas",
                           [{"loc": loc, "msg": f"otillåtet tecken U+{ord(found.group()):04X}", "type": "invalid_text"}])


async def read_json(request: web.Request, model: type[M]) -> M:
    """415 unless JSON, 413 past the JSON body limit (chunked bodies too), 400 on bad JSON, unsafe
    characters or fields."""
    if request.content_type != "application/json":
        raise ApiError(415, "unsupported_media_type", "Förfrågan måste vara JSON (application/json)")
    raw = await read_capped(request, request.app[SETTINGS].max_body_bytes)
    data = loads_json(raw)
    reject_unsafe_text(data)
    return parse_model(model, data)


def query_model(request: web.Request, model: type[M]) -> M:
    return parse_model(model, dict(request.query), strict=False)


def path_id(request: web.Request, name: str) -> int:
    """An id from the path; anything but a positive 64-bit integer names nothing (404)."""
    try:
        value = int(request.match_info[name])
    except ValueError:
        raise web.HTTPNotFound() from None
    if not 1 <= value <= MAX_ID:
        raise web.HTTPNotFound()
    return value
