"""Butiksinköp over HTTP: start a trip for several clients, tick lines off, finish."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import MAX_ID, path_id, read_json
from assistant.api.models import Substitute
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.auth.identity import current_identity
from assistant.baskets.access import require_staff, visible_client
from assistant.baskets.wiring import basket_context
from assistant.errors import NotFound
from assistant.grocer import storetrip
from assistant.privacy.accesslog import note_read
from assistant.storage import storetrips

routes = web.RouteTableDef()


class TripIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    store: str = Field(min_length=1, max_length=100)
    client_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(min_length=1, max_length=30)


class LineTick(BaseModel):
    """null outcome un-ticks a line (a mistake on the phone)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    outcome: Literal["delivered", "missing", "substituted"] | None
    actual_price_sek: float | None = Field(None, ge=0, le=100_000)
    substitute_name: str | None = Field(None, min_length=1, max_length=200)


class TripLinePath(BaseModel):
    trip_id: int = Field(ge=1)
    line_id: int = Field(ge=1)


class Bag(BaseModel):
    bag: int = Field(description="the bag's number on the list")
    order_id: int
    client_id: int
    client_name: str
    status: str
    lines: int


class TripLine(BaseModel):
    id: int
    bag: int
    order_id: int
    client_name: str
    product: dict[str, Any]
    count: int
    weight_kg: float | None
    count_estimated: bool = Field(description="the grocer states no package size: count is a guess from the "
                                              "kind's usual sizes or pieces")
    unit_price_sek: float = Field(description="the catalog price, or the receipt's once ticked as bought")
    substitution_allowed: bool
    outcome: Literal["delivered", "missing", "substituted"] | None
    substitute: Substitute | None


class Department(BaseModel):
    name: str = Field(description="the store section: the top of the products' category path, or read from the "
                                  "name when the feed has no category (\"Mejeri & ägg\"); \"Övrigt\" when neither says")
    inferred: bool = Field(description="true when no product's category names the section: read from the names")
    lines: list[TripLine]


class TripFields(BaseModel):
    """What a store trip's list entry and its full view share."""

    id: int
    store: str
    status: Literal["open", "finished"]
    created_by: str
    created_at: float
    finished_at: float | None


class TripOut(TripFields):
    bags: list[Bag]
    departments: list[Department]
    remaining: int = Field(description="lines not ticked off yet")
    message: str | None = None


class TripClient(BaseModel):
    client_id: int
    client_name: str


class TripSummary(TripFields):
    bags: list[TripClient]


class TripsOut(BaseModel):
    trips: list[TripSummary]


async def _trip(request: web.Request) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The trip if the caller sees every client on it (404 otherwise); the read is logged per client."""
    identity = current_identity(request)
    require_staff(identity)
    db = request.app[DB]
    trip = await storetrips.get_trip(db, path_id(request, "trip_id"))
    if trip is None:
        raise NotFound("Inköpet")
    bags = await storetrips.bags(db, trip["id"])
    try:
        for bag in bags:
            await visible_client(db, identity, bag["client_id"])
    except NotFound:
        raise NotFound("Inköpet") from None
    note_read(request, [bag["client_id"] for bag in bags], "butiksinköp")
    return trip, bags


async def _answer(request: web.Request, trip_id: int, status: int = 200, message: str | None = None) -> web.Response:
    trip = await storetrips.get_trip(request.app[DB], trip_id)
    assert trip is not None
    view = storetrip.trip_view(trip, await storetrips.bags(request.app[DB], trip_id))
    return json_response(TripOut(**view, message=message).model_dump(), status=status)


@routes.post("/api/v1/store-trips")
@documented("Staff: a store trip for clients whose baskets are confirmed (each becomes an order, one bag)",
            body=TripIn, response=TripOut, status=201, errors=[404, 409])
async def start_trip(request: web.Request) -> web.Response:
    identity = current_identity(request)
    require_staff(identity)
    body = await read_json(request, TripIn)
    db = request.app[DB]
    clients = [await visible_client(db, identity, client_id) for client_id in dict.fromkeys(body.client_ids)]
    trip_id = await storetrip.start_trip(basket_context(request), body.store, clients)
    note_read(request, [c["id"] for c in clients], "butiksinköp")
    return await _answer(request, trip_id, 201)


@routes.get("/api/v1/store-trips")
@documented("Staff: the store trips whose every client the caller sees, open ones first", response=TripsOut)
async def list_trips(request: web.Request) -> web.Response:
    """The trips whose every client the caller sees (open ones first)."""
    identity = current_identity(request)
    require_staff(identity)
    db = request.app[DB]
    shown: list[TripSummary] = []
    for trip in await storetrips.list_trips(db):
        bags = await storetrips.bags(db, trip["id"])
        try:
            for bag in bags:
                await visible_client(db, identity, bag["client_id"])
        except NotFound:
            continue
        note_read(request, [bag["client_id"] for bag in bags], "butiksinköp")
        shown.append(TripSummary(**trip, bags=[TripClient(client_id=b["client_id"], client_name=b["client_name"])
                                               for b in bags]))
    return json_response(TripsOut(trips=shown).model_dump())


@routes.get("/api/v1/store-trips/{trip_id}")
@documented("The combined shopping list: bags, and lines by store department", response=TripOut)
async def get_trip(request: web.Request) -> web.Response:
    trip, _ = await _trip(request)
    return await _answer(request, trip["id"])


@routes.patch("/api/v1/store-trips/{trip_id}/lines/{line_id}")
@documented("Tick a line off: bought (at the receipt's price), missing or substituted (null un-ticks it)",
            body=LineTick, path=TripLinePath, response=TripOut, errors=[409])
async def tick_line(request: web.Request) -> web.Response:
    trip, _ = await _trip(request)
    body = await read_json(request, LineTick)
    await storetrip.tick(basket_context(request), trip, path_id(request, "line_id"), body.outcome,
                         body.actual_price_sek, body.substitute_name)
    return await _answer(request, trip["id"])


@routes.post("/api/v1/store-trips/{trip_id}/finish")
@documented("Finish the trip: every bag's order is delivered with its outcomes", response=TripOut, errors=[409])
async def finish_trip(request: web.Request) -> web.Response:
    trip, _ = await _trip(request)
    message = await storetrip.finish(basket_context(request), trip)
    return await _answer(request, trip["id"], message=message)
