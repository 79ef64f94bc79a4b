"""POST /api/v1/understand: what an utterance asks for, matched to the catalog, without side effects."""

from __future__ import annotations

from typing import Annotated

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import MAX_ID, read_json
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import SETTINGS
from assistant.auth.identity import current_identity
from assistant.catalog.service import CATALOG
from assistant.catalog.understand import Understanding
from assistant.errors import ApiError

routes = web.RouteTableDef()


class UnderstandBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    client_id: Annotated[int, Field(ge=1, le=MAX_ID)] | Annotated[str, Field(min_length=1, max_length=200)] | None = None


@routes.post("/api/v1/understand")
@documented("What an utterance asks for, matched to the catalog (no side effects)", body=UnderstandBody,
            response=Understanding, errors=[404, 422])
async def understand_text(request: web.Request) -> web.Response:
    body = await read_json(request, UnderstandBody)
    limit = request.app[SETTINGS].max_text_chars
    if len(body.text) > limit:
        raise ApiError(413, "text_too_long", f"Texten är för lång (högst {limit} tecken)")
    result = await request.app[CATALOG].understand(
        body.text, None if body.client_id is None else str(body.client_id), current_identity(request),
        max_items=request.app[SETTINGS].max_items_per_utterance)
    return json_response(result)
