"""Butiksinköp: staff shop in a store for several clients at once instead of ordering online.

Each client's confirmed basket becomes an order (one bag) on the trip; the combined list is grouped by
store section (the top of the product's category path, or read from its name: catalog.sections); ticking a line records what was bought,
missing or substituted and the price on the receipt; finishing delivers every bag, so history,
"samma som förra veckan" and the invoice basis work as for online orders.
"""

from __future__ import annotations

import uuid
from typing import Any

from assistant.baskets import lines as L
from assistant.baskets.service import BasketContext, active_basket
from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.sections import OTHER, Section, section
from assistant.errors import ApiError, Conflict
from assistant.storage import baskets as basket_store
from assistant.storage import storetrips
from assistant.storage.baskets import BasketWrite

VENDOR = "butiksinköp"


def department(product: dict[str, Any]) -> Section:
    """Where in the store to find it: the top of the category path ('Mejeri, ost & ägg > Mjölk' →
    'Mejeri, ost & ägg', stated); without a category, the section its name says ("Kattsand" → Djur,
    "Mellanmjölk" → Mejeri & ägg), else "Övrigt" (inferred)."""
    return section(product.get("name") or "", product.get("category"), load_lexicon())


async def start_trip(ctx: BasketContext, store: str, clients: list[dict[str, Any]]) -> int:
    """Every client's confirmed basket goes on the trip as one order; nothing happens unless all can."""
    bags = []
    for client in clients:
        basket = await active_basket(ctx, client)
        if basket["status"] != "confirmed":
            raise ApiError(409, "basket_not_confirmed",
                           f"Korgen för {client['display_name']} är inte bekräftad. Bekräfta den först.",
                           {"client_id": client["id"]})
        lines = await basket_store.lines(ctx.db, basket["id"])
        order = {"vendor": VENDOR, "idempotency_key": uuid.uuid4().hex, "delivery_date": basket["delivery_date"],
                 "total_sek": L.basket_total(lines), "delivery_fee_sek": 0.0}
        bags.append((BasketWrite(basket["id"], client["id"], basket["version"], ctx.actor,
                                 fields={"status": "submitted"}), order, lines))
    return await storetrips.create_trip(ctx.db, store, ctx.actor, bags, ctx.clock.now().timestamp())


def trip_view(trip: dict[str, Any], bags: list[dict[str, Any]]) -> dict[str, Any]:
    """The combined list: bags numbered 1, 2, 3 …, lines grouped by department, same products together.

    A section read from the names (`inferred`) is shown like a stated one, on purpose. It only orders the
    walk through the shop: every line names its product, which is what the care worker looks for, and
    nothing is ordered, priced or left out by its section. Even a stated section is the online grocer's
    category, not the layout of the shop walked through, so a mark on the inferred ones would tell the
    care worker nothing they can act on. Where a guess could mislead (words that say nothing, or sections
    that disagree) the name goes to "Övrigt", listed last. The API keeps `inferred` for integrations."""
    departments: dict[str, list[dict[str, Any]]] = {}
    stated: set[str] = set()  # sections a category names (else read from the products' names)
    for number, bag in enumerate(bags, start=1):
        for line in bag["lines"]:
            where = department(line["product"])
            if where.stated:
                stated.add(where.name)
            departments.setdefault(where.name, []).append({
                "id": line["id"], "bag": number, "order_id": bag["id"], "client_name": bag["client_name"],
                "product": line["product"], "count": line["count"], "weight_kg": line["weight_kg"],
                "count_estimated": line["count_estimated"],
                "unit_price_sek": line["unit_price_sek"], "substitution_allowed": line["substitution_allowed"],
                "outcome": line["outcome"], "substitute": line["substitute"]})
    return {
        "id": trip["id"], "store": trip["store"], "status": trip["status"], "created_by": trip["created_by"],
        "created_at": trip["created_at"], "finished_at": trip["finished_at"],
        "bags": [{"bag": number, "order_id": bag["id"], "client_id": bag["client_id"],
                  "client_name": bag["client_name"], "status": bag["status"], "lines": len(bag["lines"])}
                 for number, bag in enumerate(bags, start=1)],
        "departments": [{"name": name, "inferred": name not in stated,
                         "lines": sorted(items, key=lambda x: (x["product"]["name"], x["bag"]))}
                        for name, items in sorted(departments.items(), key=lambda d: (d[0] == OTHER, d[0]))],
        "remaining": sum(1 for items in departments.values() for x in items if x["outcome"] is None),
    }


async def tick(ctx: BasketContext, trip: dict[str, Any], line_id: int, outcome: str | None,
               actual_price_sek: float | None, substitute_name: str | None) -> None:
    """Bought (at the receipt's price), missing (costs nothing), or substituted by something named."""
    if trip["status"] != "open":
        raise Conflict("Inköpet är redan avslutat.")
    line = next((x for bag in await storetrips.bags(ctx.db, trip["id"]) for x in bag["lines"] if x["id"] == line_id),
                None)
    if line is None:
        raise ApiError(404, "not_found", "Raden finns inte på det här inköpet")
    price = line["product"]["price_sek"] if actual_price_sek is None else actual_price_sek
    substitute = None
    if outcome == "substituted":
        if not substitute_name:
            raise ApiError(400, "substitute_required", "Skriv vad som köptes i stället")
        substitute = {"id": "", "name": substitute_name, "price_sek": price}
    await storetrips.set_line(ctx.db, trip["id"], line_id, outcome,
                              price if outcome == "delivered" else line["product"]["price_sek"], substitute)


async def finish(ctx: BasketContext, trip: dict[str, Any]) -> str:
    if trip["status"] != "open":
        raise Conflict("Inköpet är redan avslutat.")
    bags = await storetrips.bags(ctx.db, trip["id"])
    left = [x for bag in bags for x in bag["lines"] if x["outcome"] is None]
    if left:
        raise ApiError(409, "lines_left", f"{len(left)} {'vara är' if len(left) == 1 else 'varor är'} inte avprickade "
                       "än: köpt, saknas eller utbytt.", {"line_ids": [x["id"] for x in left]})
    await storetrips.finish(ctx.db, trip["id"], ctx.actor, ctx.clock.now().timestamp())
    return f"Inköpet är klart: {len(bags)} {'påse' if len(bags) == 1 else 'påsar'} levererade."
