"""Reading request bodies into pydantic models with the API's error shape."""

from __future__ import annotations

import json
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


def parse_model(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        own = [err["msg"] for err in exc.errors(include_url=False) if err["type"] not in PYDANTIC_ERRORS]
        message = "Ogiltig förfrågan" + (": " + ". ".join(own) if own else "")
        raise ApiError(400, "validation_error", message, validation_details(exc)) from exc


async def read_json(request: web.Request, model: type[M]) -> M:
    """415 unless JSON, 413 past the body limit (aiohttp raises it), 400 on bad JSON or fields."""
    if request.content_type != "application/json":
        raise ApiError(415, "unsupported_media_type", "Förfrågan måste vara JSON (application/json)")
    limit = request.app[SETTINGS].max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        raise too_large(limit)
    raw = await request.read()
    if len(raw) > limit:
        raise too_large(limit)
    try:
        data = json.loads(raw) if raw else None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "invalid_json", f"Ogiltig JSON: {exc}") from exc
    return parse_model(model, data)


def query_model(request: web.Request, model: type[M]) -> M:
    return parse_model(model, dict(request.query))
