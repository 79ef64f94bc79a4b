"""The client's basket: utterances, staff edits, repeat orders, confirm and submit."""

from __future__ import annotations

from typing import Literal

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field

from assistant.api.bodies import path_id, query_model, read_json
from assistant.api.orders import order_view
from assistant.api.responses import json_response
from assistant.appkeys import DB, SETTINGS
from assistant.auth.identity import current_identity
from assistant.baskets import service
from assistant.baskets.access import require_staff
from assistant.baskets.wiring import basket_context, request_client
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
    count: int = Field(1, ge=1, le=99)


class PatchLineBody(Versioned):
    product_id: str | None = Field(None, min_length=1, max_length=200)
    count: int | None = Field(None, ge=1, le=99)
    weight_kg: float | None = Field(None, ge=0.05, le=20)  # lines of products sold by weight only
    substitution_allowed: bool | None = None
    resolved: bool | None = None


class RepeatBody(Versioned):
    kind: Literal["last", "usual"]


class ConfirmBody(Versioned):
    budget_override_reason: str | None = Field(None, min_length=1, max_length=500)


@routes.get(BASKET)
async def get_basket(request: web.Request) -> web.Response:
    client = await request_client(request)
    return json_response(await service.current_view(basket_context(request), client))


@routes.post(BASKET + "/utterances")
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
async def add_line(request: web.Request) -> web.Response:
    client = await request_client(request)
    body = await read_json(request, AddLineBody)
    return json_response(await service.add_product(basket_context(request), client, body.product_id,
                                                   body.count, body.version))


@routes.patch(BASKET + "/lines/{line_id}")
async def patch_line(request: web.Request) -> web.Response:
    client = await request_client(request)
    body = await read_json(request, PatchLineBody)
    changes = body.model_dump(exclude={"version"}, exclude_none=True)
    return json_response(await service.patch_line(basket_context(request), client, path_id(request, "line_id"),
                                                  body.version, changes))


@routes.delete(BASKET + "/lines/{line_id}")
async def delete_line(request: web.Request) -> web.Response:
    client = await request_client(request)
    version = query_model(request, Versioned).version
    return json_response(await service.delete_line(basket_context(request), client, path_id(request, "line_id"),
                                                   version))


@routes.post(BASKET + "/repeat")
async def repeat(request: web.Request) -> web.Response:
    client = await request_client(request)
    body = await read_json(request, RepeatBody)
    basket, reply = await service.repeat_order(basket_context(request), client, body.kind, body.version)
    return json_response({"basket": basket, "reply": reply})


@routes.post(BASKET + "/confirm")
async def confirm(request: web.Request) -> web.Response:
    require_staff(current_identity(request))
    client = await request_client(request)
    body = await read_json(request, ConfirmBody)
    return json_response(await service.confirm(basket_context(request), client, body.version,
                                               body.budget_override_reason))


@routes.post(BASKET + "/submit")
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
