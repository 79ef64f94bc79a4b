"""POST /api/v1/understand: what an utterance asks for, matched to the catalog, without side effects."""

from __future__ import annotations

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import read_json
from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import current_identity
from assistant.baskets.wiring import client_context
from assistant.catalog.service import CATALOG
from assistant.catalog.understand import understand
from assistant.errors import ApiError
from assistant.nlu import parse

routes = web.RouteTableDef()


class UnderstandBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    client_id: str | None = Field(None, min_length=1, max_length=200)


@routes.post("/api/v1/understand")
async def understand_text(request: web.Request) -> web.Response:
    body = await read_json(request, UnderstandBody)
    limit = request.app[SETTINGS].max_text_chars
    if len(body.text) > limit:
        raise ApiError(413, "text_too_long", f"Texten är för lång (högst {limit} tecken)")
    catalog = request.app[CATALOG]
    if body.client_id is not None:  # only a client this caller may see (404 otherwise)
        await client_context(request.app[DB], body.client_id, current_identity(request))
    client = await catalog.client_context(body.client_id)
    index = await catalog.index(client.vendor)
    result = understand(parse(body.text), index, client.history, client.diet)
    return web.json_response(result.model_dump(mode="json"))
