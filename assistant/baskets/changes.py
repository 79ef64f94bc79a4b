"""Orders that can still change: cancel, or reopen and send again as an amendment, until the cutoff.

The grocer gets each change once, through the outbox (storage/orderchanges.py). Past the cutoff, or once
the grocer has started picking, staff get a refusal that says why; the client gets a plain sentence.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistant.baskets import lines as L
from assistant.baskets.schedule import Delivery, describe
from assistant.errors import ApiError, Conflict
from assistant.storage import baskets as basket_store
from assistant.storage import orderchanges
from assistant.storage.baskets import BasketWrite
from assistant.storage.orderchanges import ChangePending, NewChange

if TYPE_CHECKING:
    from assistant.baskets.service import BasketContext

CHANGEABLE = frozenset({"submitted", "sent", "received"})
TOO_LATE = {
    "picking": "Butiken har redan börjat plocka beställningen, så den går inte att ändra eller avbeställa.",
    "delivered": "Beställningen är redan levererad.",
    "cancelled": "Beställningen är redan avbeställd.",
    "failed": "Beställningen kom aldrig fram till butiken, så det finns inget att ändra där.",
}


def _delivery_text(basket: dict[str, Any]) -> str:
    return describe(Delivery(datetime.fromisoformat(basket["delivery_date"]).date(),
                             datetime.fromisoformat(basket["cutoff_at"])))


def _cutoff_text(basket: dict[str, Any]) -> str:
    cutoff = datetime.fromisoformat(basket["cutoff_at"])
    return f"{describe(Delivery(cutoff.date(), cutoff))} kl. {cutoff:%H:%M}"


async def changeable_basket(ctx: BasketContext, order: dict[str, Any]) -> dict[str, Any]:
    """The order's basket, if the order may still change; otherwise 409 with the reason in plain words."""
    basket = await basket_store.get_basket(ctx.db, order["basket_id"])
    assert basket is not None
    if order["status"] not in CHANGEABLE:
        raise ApiError(409, "order_not_changeable", TOO_LATE.get(order["status"], "Beställningen går inte att ändra."),
                       {"status": order["status"]})
    if ctx.clock.now() >= datetime.fromisoformat(basket["cutoff_at"]):
        raise ApiError(409, "past_cutoff",
                       f"Det går inte att ändra eller avbeställa längre: beställningsstoppet var "
                       f"{_cutoff_text(basket)}. Ring butiken om något måste ändras.",
                       {"cutoff_at": basket["cutoff_at"]})
    return basket


async def _request(ctx: BasketContext, change: NewChange, write: BasketWrite | None) -> None:
    try:
        await orderchanges.request_change(ctx.db, change, write)
    except ChangePending:
        raise Conflict("En ändring av beställningen är redan på väg till butiken. Vänta en stund.") from None


async def cancel(ctx: BasketContext, order: dict[str, Any]) -> str:
    """Sends a cancellation; a basket reopened for changes closes again. Returns what to tell the client."""
    basket = await changeable_basket(ctx, order)
    message = f"Beställningen till {_delivery_text(basket)} avbeställs. Inget levereras den dagen."
    write = None
    if basket["status"] in ("open", "confirmed"):
        write = BasketWrite(basket["id"], order["client_id"], basket["version"], ctx.actor,
                            fields={"status": "submitted"})
    await _request(ctx, NewChange(order["id"], order["client_id"], "cancel", uuid.uuid4().hex, ctx.actor, message),
                   write)
    return message


async def reopen(ctx: BasketContext, order: dict[str, Any]) -> str:
    """The order's basket opens for changes; the order at the grocer stands until the change is sent."""
    basket = await changeable_basket(ctx, order)
    if basket["status"] != "submitted":
        raise Conflict("Beställningen är redan öppnad för ändringar.")
    latest = await orderchanges.latest(ctx.db, order["id"])
    if latest is not None and latest["state"] == "pending":
        raise Conflict("En ändring av beställningen är redan på väg till butiken. Vänta en stund.")
    drop = await basket_store.active_basket(ctx.db, order["client_id"])
    if drop is not None and await basket_store.lines(ctx.db, drop["id"]):
        raise Conflict("Kunden har redan börjat på nästa veckas korg. Skicka eller töm den först.")
    write = BasketWrite(basket["id"], order["client_id"], basket["version"], ctx.actor, fields={"status": "open"},
                        events=[("order_reopened", {"order_id": order["id"]})])
    await orderchanges.reopen(ctx.db, write, order["id"], drop["id"] if drop is not None else None)
    return (f"Beställningen till {_delivery_text(basket)} går att ändra till {_cutoff_text(basket)}. "
            "Det som redan är beställt gäller tills ändringen är skickad.")


async def submit_change(ctx: BasketContext, order: dict[str, Any], basket: dict[str, Any],
                        lines: list[L.Line], write: BasketWrite) -> str:
    """A reopened and confirmed basket goes to the grocer as an amendment of its order."""
    await changeable_basket(ctx, order)
    total = L.basket_total(lines)
    message = (f"Ändringen skickas till butiken. Till {_delivery_text(basket)} beställs nu "
               f"{L.list_sentence([L.describe(line) for line in lines])}, för {L.kronor(total)}.")
    await _request(ctx, NewChange(order["id"], order["client_id"], "amend", uuid.uuid4().hex, ctx.actor, message,
                                  {"lines": lines, "total_sek": total}), write)
    return message
