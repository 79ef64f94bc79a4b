"""GET /api/v1/catalog/search: staff's manual product search, with the matcher's own index."""

from __future__ import annotations

from aiohttp import web
from pydantic import BaseModel, Field

from assistant.api.bodies import query_model
from assistant.api.models import SearchOut
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.catalog.matcher import search
from assistant.catalog.service import CATALOG
from assistant.catalog.understand import Alternative

routes = web.RouteTableDef()


class SearchQuery(BaseModel):
    q: str = Field(min_length=1, max_length=200)
    limit: int = Field(10, ge=1, le=50)


@routes.get("/api/v1/catalog/search")
@documented("Staff's product search", query=SearchQuery, response=SearchOut)
async def search_catalog(request: web.Request) -> web.Response:
    query = query_model(request, SearchQuery)
    index = await request.app[CATALOG].index()
    results = [Alternative.of(p, score=score) for p, score in search(index, query.q, query.limit)]
    return json_response({"results": [r.model_dump(mode="json") for r in results]})
