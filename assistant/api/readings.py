"""What the service learned from staff decisions about a client's words: staff see it and forget it."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, Field

from assistant.appkeys import DB
from assistant.auth.identity import current_identity
from assistant.baskets.access import actor_for, require_staff
from assistant.baskets.wiring import request_client
from assistant.errors import NotFound
from assistant.storage import readings

routes = web.RouteTableDef()
READINGS = "/api/v1/clients/{client_id}/readings"


class ReadingOut(BaseModel):
    """One learned reading: by `phrase` this client means the product at the grocer `vendor`."""

    id: int
    vendor: str
    phrase: str
    product_id: str
    product_name: str = Field(description="as the catalog names it now, else as when it was learned")
    in_catalog: bool = Field(description="the grocer still sells the product")
    available: bool = Field(description="in stock now: only then is it proposed")
    learned_by: str
    learned_at: float = Field(description="Unix seconds")

    @classmethod
    def of(cls, row: dict[str, Any]) -> ReadingOut:
        in_catalog = row["current_name"] is not None
        return cls(id=row["id"], vendor=row["vendor"], phrase=row["phrase"], product_id=row["product_id"],
                   product_name=row["current_name"] or row["product_name"], in_catalog=in_catalog,
                   available=in_catalog and bool(row["available"]), learned_by=row["learned_by"],
                   learned_at=row["learned_at"])


class ReadingList(BaseModel):
    readings: list[ReadingOut]


async def _listing(request: web.Request, client_id: int) -> web.Response:
    rows = await readings.list_readings(request.app[DB], client_id)
    return web.json_response(ReadingList(readings=[ReadingOut.of(r) for r in rows]).model_dump())


@routes.get(READINGS)
async def list_readings(request: web.Request) -> web.Response:
    require_staff(current_identity(request))
    client = await request_client(request)
    return await _listing(request, client["id"])


@routes.delete(READINGS + "/{reading_id}")
async def forget_reading(request: web.Request) -> web.Response:
    """Forget one reading: the phrase is matched as for anyone again. Answers with the readings left."""
    identity = current_identity(request)
    require_staff(identity)
    client = await request_client(request)
    try:
        reading_id = int(request.match_info["reading_id"])
    except ValueError:
        raise NotFound("Inlärningen") from None
    if not await readings.forget(request.app[DB], client["id"], reading_id, actor_for(identity)):
        raise NotFound("Inlärningen")
    return await _listing(request, client["id"])
