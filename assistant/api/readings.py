"""What the service learned from staff decisions about a client's words: staff see it and forget it."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from assistant.api.bodies import path_id
from assistant.api.models import ReadingOut, ReadingsOut
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.auth.identity import current_identity
from assistant.baskets.access import actor_for, require_staff
from assistant.baskets.wiring import request_client
from assistant.errors import NotFound
from assistant.storage import readings

routes = web.RouteTableDef()
READINGS = "/api/v1/clients/{client_id}/readings"


def _reading(row: dict[str, Any]) -> ReadingOut:
    in_catalog = row["current_name"] is not None
    return ReadingOut(id=row["id"], vendor=row["vendor"], phrase=row["phrase"], product_id=row["product_id"],
                      product_name=row["current_name"] or row["product_name"], in_catalog=in_catalog,
                      available=in_catalog and bool(row["available"]), learned_by=row["learned_by"],
                      learned_at=row["learned_at"])


async def _listing(request: web.Request, client_id: int) -> web.Response:
    rows = await readings.list_readings(request.app[DB], client_id)
    return json_response(ReadingsOut(readings=[_reading(r) for r in rows]).model_dump())


@routes.get(READINGS)
@documented("Staff: what staff decisions taught the service about the client's words", response=ReadingsOut)
async def list_readings(request: web.Request) -> web.Response:
    require_staff(current_identity(request))
    client = await request_client(request)
    return await _listing(request, client["id"])


@routes.delete(READINGS + "/{reading_id}")
@documented("Staff: forget one learned reading (answers with the readings left)", response=ReadingsOut)
async def forget_reading(request: web.Request) -> web.Response:
    """The phrase is matched as for anyone again."""
    identity = current_identity(request)
    require_staff(identity)
    client = await request_client(request)
    if not await readings.forget(request.app[DB], client["id"], path_id(request, "reading_id"), actor_for(identity)):
        raise NotFound("Inlärningen")
    return await _listing(request, client["id"])
