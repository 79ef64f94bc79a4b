"""Orders as placed and as delivered, their audit trail, and cancelling or reopening them for changes."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import BaseModel, Field

from assistant.api.bodies import MAX_ID, path_id, query_model
from assistant.api.models import AuditOut, Basket, Order, OrdersOut
from assistant.api.openapi import documented
from assistant.api.responses import json_response
from assistant.appkeys import DB
from assistant.auth.identity import current_identity
from assistant.baskets import changes, service
from assistant.baskets.access import require_staff, visible_client, visible_client_ids
from assistant.baskets.invoice import order_rows
from assistant.baskets.wiring import basket_context, request_client
from assistant.grocer.outbox import OUTBOX
from assistant.errors import NotFound
from assistant.privacy.accesslog import note_read
from assistant.storage import audit, orderchanges, orders

routes = web.RouteTableDef()


class OrdersQuery(BaseModel):
    client_id: int | None = Field(None, ge=1, le=MAX_ID)


class LastDeliveryOut(BaseModel):
    """The client's latest delivered order, or null."""

    order: Order | None


class ChangeAnswer(BaseModel):
    """Cancel and reopen answer with the order (and the reopened basket) and what to tell the client."""

    order: Order
    basket: Basket | None = None
    message: str = Field(description="what to tell the client, in Swedish")


async def order_view(request: web.Request, order: dict[str, Any]) -> dict[str, Any]:
    """`delivered_total_sek`: once delivered, what the goods cost as they came (missing ones free,
    substitutes at their price), the way the invoice basis prices them."""
    lines = await orders.order_lines(request.app[DB], order["id"])
    change = await orderchanges.latest(request.app[DB], order["id"])
    delivered = None
    if order["status"] == "delivered":  # the goods only: priced as the invoice basis does, without any fee
        delivered = order_rows(order | {"lines": lines, "delivery_fee_paid_by": "municipality"})[1]
    return {k: order[k] for k in ("id", "client_id", "status", "vendor", "vendor_order_number", "delivery_date",
                                  "total_sek", "delivery_fee_sek", "delivery_fee_paid_by", "submitted_by",
                                  "submitted_at",
                                  "delivered_at")} | {"delivered_total_sek": delivered} | {
        "lines": [{"product": line["product"], "count": line["count"], "weight_kg": line["weight_kg"],
                   "weight_estimated": line["weight_estimated"], "count_estimated": line["count_estimated"],
                   "unit_price_sek": line["unit_price_sek"],
                   "substitution_allowed": line["substitution_allowed"], "outcome": line["outcome"],
                   "substitute": line["substitute"]} for line in lines],
        "change": None if change is None else {"kind": change["kind"], "state": change["state"],
                                                "reason": change["last_error"] if change["state"] == "refused"
                                                else None}}


async def _visible_order(request: web.Request) -> dict[str, Any]:
    db = request.app[DB]
    order = await orders.get_order(db, path_id(request, "order_id"))
    if order is None:
        raise NotFound("Ordern")
    try:
        await visible_client(db, current_identity(request), order["client_id"])
    except NotFound:
        raise NotFound("Ordern") from None
    note_read(request, order["client_id"])
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
    note_read(request, sorted({o["client_id"] for o in found} | set(ids if wanted is not None else [])),
              "beställningar")
    return json_response({"orders": [await order_view(request, o) for o in found]})


@routes.get("/api/v1/clients/{client_id}/last-delivery")
@documented("The client's latest delivered order (the client's own tablet may read it)", response=LastDeliveryOut)
async def last_delivery(request: web.Request) -> web.Response:
    """What came last time, for the client's own tablet (which sees no order list)."""
    client = await request_client(request)
    delivered = [o for o in await orders.list_orders(request.app[DB], [client["id"]]) if o["status"] == "delivered"]
    out = LastDeliveryOut(order=await order_view(request, delivered[0]) if delivered else None)
    return json_response(out.model_dump(mode="json"))


@routes.get("/api/v1/orders/{order_id}")
@documented("One order as placed and as delivered", response=Order)
async def get_order(request: web.Request) -> web.Response:
    return json_response(await order_view(request, await _visible_order(request)))


@routes.get("/api/v1/orders/{order_id}/audit")
@documented("The order's audit trail, with the basket events that led to it", response=AuditOut)
async def order_audit(request: web.Request) -> web.Response:
    order = await _visible_order(request)
    return json_response({"events": await audit.order_events(request.app[DB], order["id"], order["basket_id"])})


async def _change(request: web.Request) -> tuple[dict[str, Any], Any]:
    require_staff(current_identity(request))
    return await _visible_order(request), basket_context(request)


@routes.post("/api/v1/orders/{order_id}/cancel")
@documented("Staff: cancel a sent order until the cutoff (sent to the grocer once, in the background)",
            response=ChangeAnswer, status=202, errors=[409])
async def cancel_order(request: web.Request) -> web.Response:
    """202: the cancellation is on its way to the grocer (the order's `change` shows how it went)."""
    order, ctx = await _change(request)
    message = await changes.cancel(ctx, order)
    # the answer shows the cancellation as this request left it (pending), read before the outbox
    # is woken: read after, it was "done" or "pending" by a race with the sending
    fresh = await orders.get_order(request.app[DB], order["id"])
    assert fresh is not None
    answer = ChangeAnswer(order=await order_view(request, fresh), message=message)
    worker = request.app.get(OUTBOX)
    if worker is not None:
        worker.wake()
    return json_response(answer.model_dump(), status=202)


@routes.post("/api/v1/orders/{order_id}/reopen")
@documented("Staff: open a sent order's basket for changes until the cutoff; submitting it sends the amendment",
            response=ChangeAnswer, errors=[409])
async def reopen_order(request: web.Request) -> web.Response:
    """The order's basket opens for changes; confirm and submit it again to send the amendment."""
    order, ctx = await _change(request)
    message = await changes.reopen(ctx, order)
    client = await visible_client(ctx.db, current_identity(request), order["client_id"])
    return json_response(ChangeAnswer(order=await order_view(request, order),
                                          basket=await service.current_view(ctx, client),
                                          message=message).model_dump())
