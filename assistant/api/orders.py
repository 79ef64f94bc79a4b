"""Orders as placed and as delivered, and their audit trail."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, Field

from assistant.api.bodies import MAX_ID, path_id, query_model
from assistant.api.models import AuditOut, Order, OrdersOut
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.auth.identity import current_identity
from assistant.baskets.access import visible_client, visible_client_ids
from assistant.errors import NotFound
from assistant.storage import audit, orders

routes = web.RouteTableDef()


class OrdersQuery(BaseModel):
    client_id: int | None = Field(None, ge=1, le=MAX_ID)


async def order_view(request: web.Request, order: dict[str, Any]) -> dict[str, Any]:
    lines = await orders.order_lines(request.app[DB], order["id"])
    return {k: order[k] for k in ("id", "client_id", "status", "vendor", "vendor_order_number", "delivery_date",
                                  "total_sek", "delivery_fee_sek", "submitted_by", "submitted_at",
                                  "delivered_at")} | {
        "lines": [{"product": line["product"], "count": line["count"], "weight_kg": line["weight_kg"],
                   "weight_estimated": line["weight_estimated"], "unit_price_sek": line["unit_price_sek"],
                   "substitution_allowed": line["substitution_allowed"], "outcome": line["outcome"],
                   "substitute": line["substitute"]} for line in lines]}


async def _visible_order(request: web.Request) -> dict[str, Any]:
    db = request.app[DB]
    order = await orders.get_order(db, path_id(request, "order_id"))
    if order is None:
        raise NotFound("Ordern")
    try:
        await visible_client(db, current_identity(request), order["client_id"])
    except NotFound:
        raise NotFound("Ordern") from None
    return order


@routes.get("/api/v1/orders")
@documented("Orders of the clients the caller may see, newest first", query=OrdersQuery, response=OrdersOut)
async def list_orders(request: web.Request) -> web.Response:
    db = request.app[DB]
    wanted = query_model(request, OrdersQuery).client_id
    visible = await visible_client_ids(db, current_identity(request))
    if wanted is not None:
        ids = [wanted] if visible is None or wanted in visible else []
    else:
        ids = visible
    found = await orders.list_orders(db, ids)
    return json_response({"orders": [await order_view(request, o) for o in found]})


@routes.get("/api/v1/orders/{order_id}")
@documented("One order as placed and as delivered", response=Order)
async def get_order(request: web.Request) -> web.Response:
    return json_response(await order_view(request, await _visible_order(request)))


@routes.get("/api/v1/orders/{order_id}/audit")
@documented("The order's audit trail, with the basket events that led to it", response=AuditOut)
async def order_audit(request: web.Request) -> web.Response:
    order = await _visible_order(request)
    return json_response({"events": await audit.order_events(request.app[DB], order["id"], order["basket_id"])})
