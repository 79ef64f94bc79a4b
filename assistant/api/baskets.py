"""The client's basket: utterances, staff edits, repeat orders, confirm and submit."""

from __future__ import annotations

from typing import Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import path_id, query_model, read_json
from assistant.api.models import Basket, BasketReply, ConfirmedBasket, SubmittedOrder
from assistant.api.openapi import documented
from assistant.api.orders import order_view
from assistant.api.responses import json_response
from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import current_identity
from assistant.baskets import service
from assistant.baskets.access import require_staff
from assistant.baskets.wiring import basket_context, request_client
from assistant.catalog.amount_limits import MAX_COUNT, MAX_KG, MIN_KG
from assistant.errors import ApiError
from assistant.storage import orders
from assistant.grocer.outbox import OUTBOX

routes = web.RouteTableDef()
BASKET = "/api/v1/clients/{client_id}/basket"


class Versioned(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(ge=1)


class UtteranceBody(Versioned):
    text: str = Field(min_length=1)
    source: Literal["typed", "speech"] = "typed"


class AddLineBody(Versioned):
    product_id: str = Field(min_length=1, max_length=200)
    count: int = Field(1, ge=1, le=MAX_COUNT)


class PatchLineBody(Versioned):
    product_id: str | None = Field(None, min_length=1, max_length=200)
    count: int | None = Field(None, ge=1, le=MAX_COUNT)
    weight_kg: float | None = Field(None, ge=MIN_KG, le=MAX_KG)  # lines of products sold by weight only
    substitution_allowed: bool | None = None
    resolved: bool | None = None


class RepeatBody(Versioned):
    kind: Literal["last", "usual"]


class ConfirmBody(Versioned):
    budget_override_reason: str | None = Field(None, min_length=1, max_length=500)


@routes.get(BASKET)
@documented("The client's open basket (created on first access)", response=Basket)
async def get_basket(request: web.Request) -> web.Response:
    client = await request_client(request)
    return json_response(await service.current_view(basket_context(request), client))


@routes.post(BASKET + "/utterances")
@documented("Apply what the client said or typed", body=UtteranceBody, response=BasketReply, errors=[409, 422])
async def utterance(request: web.Request) -> web.Response:
    client = await request_client(request)
    body = await read_json(request, UtteranceBody)
    limit = request.app[SETTINGS].max_text_chars
    if len(body.text) > limit:
        raise ApiError(400, "text_too_long", f"Texten är för lång (högst {limit} tecken)")
    basket, reply = await service.apply_utterance(basket_context(request), client, body.text, body.source,
                                                  body.version)
    return json_response({"basket": basket, "reply": reply})


@routes.post(BASKET + "/lines")
@documented("Staff: add a product from search", body=AddLineBody, response=Basket, errors=[409, 422])
async def add_line(request: web.Request) -> web.Response:
    client = await request_client(request)
    body = await read_json(request, AddLineBody)
    return json_response(await service.add_product(basket_context(request), client, body.product_id,
                                                   body.count, body.version))


@routes.patch(BASKET + "/lines/{line_id}")
@documented("Change a line", body=PatchLineBody, response=Basket, errors=[409])
async def patch_line(request: web.Request) -> web.Response:
    client = await request_client(request)
    body = await read_json(request, PatchLineBody)
    changes = body.model_dump(exclude={"version"}, exclude_none=True)
    return json_response(await service.patch_line(basket_context(request), client, path_id(request, "line_id"),
                                                  body.version, changes))


@routes.delete(BASKET + "/lines/{line_id}")
@documented("Remove a line", query=Versioned, response=Basket, errors=[409])
async def delete_line(request: web.Request) -> web.Response:
    client = await request_client(request)
    version = query_model(request, Versioned).version
    return json_response(await service.delete_line(basket_context(request), client, path_id(request, "line_id"),
                                                   version))


@routes.post(BASKET + "/repeat")
@documented("Repeat the last or the usual order", body=RepeatBody, response=BasketReply, errors=[409, 422])
async def repeat(request: web.Request) -> web.Response:
    client = await request_client(request)
    body = await read_json(request, RepeatBody)
    basket, reply = await service.repeat_order(basket_context(request), client, body.kind, body.version)
    return json_response({"basket": basket, "reply": reply})


@routes.post(BASKET + "/confirm")
@documented("Staff: confirm the basket with the client", body=ConfirmBody, response=ConfirmedBasket,
            errors=[409])
async def confirm(request: web.Request) -> web.Response:
    require_staff(current_identity(request))
    client = await request_client(request)
    body = await read_json(request, ConfirmBody)
    return json_response(await service.confirm(basket_context(request), client, body.version,
                                               body.budget_override_reason))


@routes.post(BASKET + "/submit")
@documented("Staff: send the confirmed basket to the grocer", body=Versioned, response=SubmittedOrder,
            status=201, errors=[409])
async def submit(request: web.Request) -> web.Response:
    require_staff(current_identity(request))
    client = await request_client(request)
    body = await read_json(request, Versioned)
    order_id, basket, change_message = await service.submit(basket_context(request), client, body.version)
    worker = request.app.get(OUTBOX)
    if worker is not None:
        worker.wake()
    order = await orders.get_order(request.app[DB], order_id)
    assert order is not None
    return json_response(await order_view(request, order) | {
        "moved_to_next_delivery": basket["moved_to_next_delivery"],
        "message": change_message or service.moved_message(basket) or "Beställningen är skickad till butiken."},
        status=201)
