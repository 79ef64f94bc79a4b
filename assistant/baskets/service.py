"""The basket: utterances and staff edits applied under a version check, then confirm and submit.

Every change reads the basket, computes the new line list, and writes it with
`UPDATE … SET version = version + 1 WHERE id = ? AND version = ?` in the same transaction as the
lines, the undo entry and the audit events: a stale writer gets 409 and no update is lost.
"""

from __future__ import annotations

import asyncio
import uuid
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from assistant.baskets import changes
from assistant.baskets import lines as L
from assistant.baskets.matching import Matcher
from assistant.baskets.repeat import repeat_lines
from assistant.baskets.schedule import Clock, Delivery, describe, next_delivery
from assistant.catalog.amount_limits import guessed_reason, odd_reason
from assistant.catalog.index import CatalogIndex
from assistant.catalog.learned import phrase_key
from assistant.catalog.packages import TO_BASE, WEIGHT, count_product, question_of
from assistant.catalog.questions import CHECK_AMOUNT, DIET, SOLD_OUT
from assistant.catalog.schema import Product
from assistant.catalog.talk import with_goods_after_talk
from assistant.catalog.understand import read_together
from assistant.errors import ApiError, Conflict, NotFound, TooManyItems
from assistant.nlu.models import Item, ParsedRequest
from assistant.settings import Settings
from assistant.storage import baskets as store
from assistant.storage import orders as order_store
from assistant.storage import products, readings
from assistant.storage.audit import Actor
from assistant.storage.baskets import BasketWrite, StaleVersion
from assistant.storage.db import Database, Read
from assistant.storage.readings import Learned

Line = L.Line
EDITABLE = ("count", "weight_kg", "substitution_allowed", "needs_review")  # what the audit trail shows of a staff edit
NO_EARLIER_ORDER = "Det finns ingen tidigare beställning att upprepa."
ALL_THERE = "Allt från förra gången finns redan i korgen."
ALREADY_EMPTY = "Korgen är redan tom."


@dataclass
class BasketContext:
    """What a basket operation needs: storage, settings, the clock, the matcher and who acts (staff, whose
    choices teach the client's readings, or the client's tablet)."""

    db: Database
    settings: Settings
    clock: Clock
    matcher: Matcher
    actor: Actor
    tablet: bool = False  # the client's own tablet session: it may not clear what staff must look at

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.settings.timezone)


# -- schedule ----------------------------------------------------------------------------------

async def upcoming_delivery(ctx: BasketContext, client: dict[str, Any]) -> Delivery:
    """The next delivery still open for ordering and not already covered by a placed order."""
    delivery = next_delivery(ctx.clock.now(), client["delivery_weekday"], client["cutoff_weekday"],
                             client["cutoff_time"], ctx.tz)
    placed = await order_store.recent_placed(ctx.db, client["id"], 1)
    while placed and placed[0]["delivery_date"] >= delivery.date.isoformat():
        delivery = next_delivery(delivery.cutoff_at + timedelta(minutes=1), client["delivery_weekday"],
                                 client["cutoff_weekday"], client["cutoff_time"], ctx.tz)
    return delivery


async def active_basket(ctx: BasketContext, client: dict[str, Any]) -> dict[str, Any]:
    """The client's basket in progress (created empty), moved to the next delivery past its cutoff.

    `changes_order`: the placed order a basket reopened for changes will amend (None for a new basket).
    """
    basket = await store.active_basket(ctx.db, client["id"])
    if basket is None:
        delivery = await upcoming_delivery(ctx, client)
        return await store.create_basket(ctx.db, client["id"], delivery.date.isoformat(),
                                         delivery.cutoff_at.isoformat(), ctx.actor) | {"changes_order": None}
    placed = await order_store.order_for_basket(ctx.db, basket["id"])
    if _needs_no_upkeep(ctx, basket, placed):
        return basket | {"changes_order": placed}
    if placed is not None and datetime.fromisoformat(basket["cutoff_at"]) <= ctx.clock.now():
        # Reopened for changes and never sent: the order stands as placed. Under the version read: staff
        # confirming (or a concurrent reader abandoning) in between is no error, the basket is read again and
        # the change abandoned then (a confirmed change cannot be sent past the cutoff either).
        with suppress(StaleVersion):
            await store.save(ctx.db, BasketWrite(basket["id"], client["id"], basket["version"], ctx.actor,
                                                 fields={"status": "submitted"},
                                                 events=[("order_change_abandoned", {})]))
        return await active_basket(ctx, client)
    if placed is not None and placed["status"] == "failed":
        # The order it would change never reached the grocer: its lines go on as a new basket to send.
        delivery = await upcoming_delivery(ctx, client)
        close = BasketWrite(basket["id"], client["id"], basket["version"], ctx.actor, fields={"status": "submitted"},
                            events=[("basket_carried_over", {"reason": "order_failed"})])
        try:
            await store.carry_over(ctx.db, close, delivery.date.isoformat(), delivery.cutoff_at.isoformat(),
                                   await store.lines(ctx.db, basket["id"]))
        except StaleVersion:
            pass  # a concurrent request carried it over (or changed it) first: read what is there now
        return await active_basket(ctx, client)
    # past its cutoff, with no order to keep or carry over: moved on to the next delivery
    delivery = await upcoming_delivery(ctx, client)
    await store.reschedule(ctx.db, basket["id"], delivery.date.isoformat(), delivery.cutoff_at.isoformat(),
                           ctx.actor, client["id"])
    basket = await store.get_basket(ctx.db, basket["id"])
    assert basket is not None
    return basket | {"changes_order": placed}


def moved_message(basket: dict[str, Any]) -> str | None:
    if not basket["moved_to_next_delivery"]:
        return None
    when = describe(Delivery(datetime.fromisoformat(basket["delivery_date"]).date(),
                             datetime.fromisoformat(basket["cutoff_at"])))
    return f"Beställningsstoppet har passerat. Beställningen flyttas till nästa leveransdag, {when}."


# -- views -------------------------------------------------------------------------------------

def basket_view(client: dict[str, Any], basket: dict[str, Any], lines: list[Line]) -> dict[str, Any]:
    total = L.basket_total(lines)
    budget = client["budget_sek"]
    return {
        "id": basket["id"], "client_id": client["id"], "status": basket["status"],
        "version": basket["version"], "delivery_date": basket["delivery_date"],
        "cutoff_at": basket["cutoff_at"], "moved_to_next_delivery": basket["moved_to_next_delivery"],
        "notice": moved_message(basket),
        "lines": [L.public_line(line) for line in lines], "total_sek": total, "budget_sek": budget,
        "over_budget": budget is not None and total > budget,
        "budget_override_reason": basket["budget_override_reason"],
        "unresolved": len(L.unresolved(lines)),
        "changes_order": _changed_order(basket.get("changes_order")),
    }


def _changed_order(order: dict[str, Any] | None) -> dict[str, Any] | None:
    """The sent order a reopened basket changes, said plainly for staff before they confirm."""
    if order is None:
        return None
    number = f" (butikens nummer {order['vendor_order_number']})" if order["vendor_order_number"] else ""
    notice = (f"Du ändrar en beställning som redan är skickad till butiken{number}. Det som redan är beställt "
              "gäller tills du bekräftar och skickar ändringen; då ersätter korgen hela beställningen.")
    return {"id": order["id"], "vendor_order_number": order["vendor_order_number"], "status": order["status"],
            "total_sek": order["total_sek"], "notice": notice}


def _needs_no_upkeep(ctx: BasketContext, basket: dict[str, Any], placed: dict[str, Any] | None) -> bool:
    """A basket `active_basket` hands back as it is (`load` asks the same first): its cutoff is ahead, and
    the order it changes (if any) has not failed."""
    return (datetime.fromisoformat(basket["cutoff_at"]) > ctx.clock.now()
            and (placed is None or placed["status"] != "failed"))


async def load(ctx: BasketContext, client: dict[str, Any],
               *also: Read) -> tuple[dict[str, Any], list[Line], list[Any]]:
    """The active basket (made so first: created, moved on past its cutoff, ...), then its row, lines and the
    order it changes, all seeing one committed state: a write landing between the reads cannot pair one
    version with another version's lines. `also`: other reads of one statement each (what matching needs),
    whose answers come third.

    Usually the basket needs nothing done: everything is asked in one trip to the database first
    (`read_together`: the tablet's every sentence reads its basket), and only a basket to create, move or
    close takes the longer way."""
    client_id = client["id"]
    basket, lines, placed, *extra = await ctx.db.read_together(
        partial(store.active_basket, client_id=client_id), partial(store.active_lines, client_id=client_id),
        partial(order_store.order_for_active_basket, client_id=client_id), *also)
    if basket is not None and _needs_no_upkeep(ctx, basket, placed):
        return basket | {"changes_order": placed}, lines, extra
    basket_id = (await active_basket(ctx, client))["id"]
    basket, lines, placed = await ctx.db.read_together(
        partial(store.get_basket, basket_id=basket_id), partial(store.lines, basket_id=basket_id),
        partial(order_store.order_for_basket, basket_id=basket_id))
    if basket is None:  # removed in between with its client (retention)
        raise NotFound("Korgen")
    return basket | {"changes_order": placed}, lines, extra


async def current_view(ctx: BasketContext, client: dict[str, Any]) -> dict[str, Any]:
    basket, lines, _ = await load(ctx, client)
    return basket_view(client, basket, lines)


async def _stale(ctx: BasketContext, client: dict[str, Any]) -> Conflict:
    return Conflict("Korgen har ändrats av någon annan. Läs in den igen och försök på nytt.",
                    {"basket": await current_view(ctx, client)})


async def _editable(ctx: BasketContext, client: dict[str, Any], version: int,
                    *also: Read) -> tuple[dict[str, Any], list[Line], list[Any]]:
    """The basket to change, at the version the caller saw (and `also`'s answers, see `load`)."""
    basket, lines, extra = await load(ctx, client, *also)
    if basket["version"] != version:
        raise await _stale(ctx, client)
    return basket, lines, extra


async def _save(ctx: BasketContext, client: dict[str, Any], write: BasketWrite,
                read: dict[str, Any] | None = None) -> dict[str, Any]:
    """The write, and the basket as it now is. Given `read` (the basket the write was made from, as
    `_editable` read it) and the full new line list, the answer is built from the two, as written, rather
    than read back (three reads, and every line decoded again, on each sentence the tablet sends)."""
    try:
        version = await store.save(ctx.db, write)
    except StaleVersion:
        raise await _stale(ctx, client) from None
    if read is None or write.lines is None:
        return await current_view(ctx, client)
    return basket_view(client, read | write.fields | {"version": version}, write.lines)


def _change(ctx: BasketContext, client: dict[str, Any], basket: dict[str, Any], lines: list[Line],
            new_lines: list[Line], events: list[tuple[str, dict[str, Any]]],
            undo_text: str | None = None) -> BasketWrite:
    """A line change from `lines` (as read at the basket's version) to `new_lines`; with `undo_text`, "ångra"
    can take it back to `lines`. A confirmed basket goes back to open and must be confirmed again."""
    L.flag_out_of_bounds(new_lines)
    return BasketWrite(basket["id"], client["id"], basket["version"], ctx.actor, lines=new_lines, lines_read=lines,
                       fields={"status": "open", "budget_override_reason": None}, events=events,
                       push_undo=(undo_text, lines) if undo_text is not None else None,
                       undo_depth=ctx.settings.basket_undo_depth)


def _check_room(ctx: BasketContext, before: list[Line], new: list[Line]) -> None:
    """A basket holds at most `max_basket_lines` lines: a change that would grow it past that is refused
    (one that shrinks or keeps its size is not, so a basket over a lowered limit can still be tidied)."""
    limit = ctx.settings.max_basket_lines
    if len(new) > limit and len(new) > len(before):
        raise ApiError(422, "basket_full", f"Korgen är full (högst {limit} rader). Ta bort något först.",
                       {"max_lines": limit})


def _find_line(lines: list[Line], line_id: int) -> Line:
    for line in lines:
        if line["id"] == line_id:
            return line
    raise NotFound("Raden")


# -- staff edits -------------------------------------------------------------------------------

async def _product(ctx: BasketContext, product_id: str) -> Product:
    product = await products.get_product(ctx.db, product_id)
    if product is None:
        raise ApiError(400, "unknown_product", f"Varan {product_id} finns inte i sortimentet")
    return product


async def add_product(ctx: BasketContext, client: dict[str, Any], product_id: str, count: int,
                      version: int) -> dict[str, Any]:
    basket, lines, _ = await _editable(ctx, client, version)
    product = await _product(ctx, product_id)
    conflicts = await ctx.matcher.diet_conflicts(product, client["vendor"], client["diet"])
    line = L.new_line(phrase=product.name, product=product, count=count, changed_by=ctx.actor.name,
                      needs_review=bool(conflicts) or not product.available,
                      staff_only=bool(conflicts) or not product.available,
                      reason=L.conflict_reason(conflicts) if conflicts else
                      (None if product.available else "Varan är slut hos butiken"),
                      question=DIET if conflicts else (None if product.available else SOLD_OUT))
    line["substitution_allowed"] = client["substitution_default"]
    new = L.copied(lines) + [line]
    _check_room(ctx, lines, new)
    return await _save(ctx, client, _change(ctx, client, basket, lines, new, [
        ("line_added", {"product_id": product.id, "name": product.name, "count": line["count"],
                        "weight_kg": line["weight_kg"]})]), basket)


async def patch_line(ctx: BasketContext, client: dict[str, Any], line_id: int, version: int,
                     changes: dict[str, Any]) -> dict[str, Any]:
    basket, lines, _ = await _editable(ctx, client, version)
    new = L.copied(lines)
    line = _find_line(new, line_id)
    before = _snapshot(line)
    settles = changes.get("resolved") and changes.get("product_id") is None  # a pick decides by itself
    if settles and ctx.tablet and (line.get("staff_only") or L.for_staff(line)):
        raise ApiError(403, "staff_review", "Personalen behöver titta på den här raden")
    approved = bool(changes.get("resolved") and line.get("needs_review"))
    if changes.get("product_id") is not None:
        # Picking a product settles the line unless it breaks the diet: then it stays flagged for staff,
        # whoever picked it, until staff approve it in a step of its own.
        product = await _product(ctx, changes["product_id"])
        conflicts = await ctx.matcher.diet_conflicts(product, client["vendor"], client["diet"])
        line.update(product=product.public(), confidence=1.0, needs_review=bool(conflicts),
                    staff_only=bool(conflicts), reason=L.conflict_reason(conflicts) if conflicts else None,
                    question=DIET if conflicts else None,
                    price_changed_from=None, learned=False)
        L.fit_to_product(line, product)
    if changes.get("count") is not None:
        L.set_pieces(line, changes["count"])
    if changes.get("weight_kg") is not None:
        if not L.by_weight(line):
            raise ApiError(400, "not_sold_by_weight", "Varan säljs inte per kilo: ändra antalet i stället")
        L.set_weight(line, changes["weight_kg"])
    if changes.get("substitution_allowed") is not None:
        line["substitution_allowed"] = changes["substitution_allowed"]
    if changes.get("resolved") and changes.get("product_id") is None:
        if not line.get("product"):
            raise ApiError(400, "no_product", "Välj en vara för raden innan den markeras som klar")
        if (reason := L.bounds_reason(line)) is not None:
            raise ApiError(400, "amount_out_of_bounds", f"{reason}. Ändra mängden innan raden markeras som klar")
        L.settled(line)
    line["changed_by"] = ctx.actor.name
    write = _change(ctx, client, basket, lines, new, [
        ("line_changed", {"line_id": line_id, "name": L.title(line), "before": before,
                          "after": _snapshot(line)})])
    if (changes.get("product_id") is not None or approved) and not line["needs_review"]:
        write.learned = _taught(ctx, client, line)
    return await _save(ctx, client, write, basket)


def _snapshot(line: Line) -> dict[str, Any]:
    """What the audit trail shows of a line before and after a staff edit (names, for people to read)."""
    product = line["product"] or {}
    return {k: line.get(k) for k in EDITABLE} | {"product_id": product.get("id"), "product": product.get("name")}


def _taught(ctx: BasketContext, client: dict[str, Any], line: Line) -> list[Learned]:
    """Staff's settled product for the line's phrase becomes the client's reading of it at their grocer; a
    choice made on the client's tablet teaches nothing."""
    key = phrase_key(line["phrase"] or "")
    if ctx.tablet or not key or not line.get("product"):
        return []
    return [Learned(client["id"], client["vendor"], key, line["phrase"], line["product"]["id"],
                    line["product"]["name"], ctx.clock.now().timestamp())]


async def delete_line(ctx: BasketContext, client: dict[str, Any], line_id: int, version: int) -> dict[str, Any]:
    basket, lines, _ = await _editable(ctx, client, version)
    gone = _find_line(lines, line_id)
    new = [L.copied(line) for line in lines if line["id"] != line_id]
    return await _save(ctx, client, _change(ctx, client, basket, lines, new, [
        ("line_removed", {"line_id": line_id, "product_id": (gone["product"] or {}).get("id"),
                          "name": L.title(gone), "phrase": gone["phrase"]})]), basket)


# -- utterances --------------------------------------------------------------------------------

@dataclass
class Outcome:
    """What an utterance did, for the reply."""

    added: list[Line]
    removed: list[Line]
    changed: list[Line]
    not_found: list[str]
    cleared: bool = False  # "töm korgen": every line was removed, said as one

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


async def apply_utterance(ctx: BasketContext, client: dict[str, Any], text: str, source: str,
                          version: int) -> tuple[dict[str, Any], str]:
    # What matching needs is read with the basket, in its one trip to the database (an undo or a question
    # needs none of it, but reading it costs less than a trip of its own), while the text is parsed.
    (basket, lines, (history, learned, revisions)), parsed = await asyncio.gather(
        _editable(ctx, client, version, partial(order_store.history_product_ids, client_id=client["id"]),
                  partial(readings.readings_by_phrase, client_id=client["id"], vendor=client["vendor"]),
                  products.catalog_revisions),
        ctx.matcher.parse(text))
    limit = ctx.settings.max_items_per_utterance
    said = parsed.items_said
    if said > limit:
        raise TooManyItems(limit, said)
    intents = set(parsed.intents)
    if "undo" in intents:
        return await _undo(ctx, client, basket, lines)
    cleared = "clear" in intents  # what is said after it is the new basket (the parser kept only that)
    if not said and parsed.repeat is None and not cleared:
        return basket_view(client, basket, lines), _answer(client, lines, intents)
    index = await ctx.matcher.index(client["vendor"], revisions)
    new = [] if cleared else L.copied(lines)
    outcome = Outcome([], list(lines) if cleared else [], [], [], cleared=bool(cleared and lines))
    repeated: list[Line] = []
    if parsed.repeat is not None:
        repeated, missing = await repeat_lines(ctx, client, parsed.repeat.kind, history)
        _merge(new, repeated, outcome)
        outcome.not_found.extend(missing)
        for phrase in parsed.repeat.without:
            await _remove_phrase(ctx, new, phrase, outcome)
    await _apply_items(ctx, client, parsed, new, index, history, learned, outcome)
    if outcome.empty:
        if parsed.repeat is not None:
            return basket_view(client, basket, lines), ALL_THERE if repeated else NO_EARLIER_ORDER
        if cleared:
            return basket_view(client, basket, lines), ALREADY_EMPTY
        return basket_view(client, basket, lines), _reply(client, new, outcome, intents)
    _check_room(ctx, lines, new)
    view = await _save(ctx, client, _change(ctx, client, basket, lines, new, [
        ("utterance", {"text": text, "source": source,
                       "added": [L.describe(x) for x in outcome.added],
                       "removed": [L.describe(x) for x in outcome.removed],
                       "changed": [L.describe(x) for x in outcome.changed]})],
        undo_text=text), basket)
    return view, _reply(client, new, outcome, intents)


async def _apply_items(ctx: BasketContext, client: dict[str, Any], parsed: ParsedRequest, new: list[Line],
                       index: CatalogIndex, history: list[str], learned: dict[str, str], outcome: Outcome) -> None:
    # "bananer hon är förkyld ägg": the eggs too, where the store sells them (matching: off the event loop)
    items = await asyncio.to_thread(with_goods_after_talk, parsed, index) if parsed.said_after_talk \
        else list(parsed.items)
    if parsed.repeat is not None:  # its extras and exclusions usually come as items too; count each once
        said = {item.phrase for item in items if item.action == "add"}
        items += [Item(phrase=phrase, span=(0, 0)) for phrase in parsed.repeat.extra if phrase not in said]
        without = set(parsed.repeat.without)
        items = [item for item in items if not (item.action == "remove" and item.phrase in without)]
    # "omega tre kapslar", "kyckling och ris hundmat": one item each; "risnudlar quinoa polenta": three
    items = read_together(items, parsed.text, index)
    # "en mjölk till" for a product not in the basket yet simply adds it
    adds = [item for item in items if (item.action == "add" and not item.increment) or (
        item.action == "set" and item.phrase and await ctx.matcher.find_in_basket(new, item.phrase) is None)]
    proposed = await ctx.matcher.propose(adds, index, history, client["diet"], learned)
    by_item = dict(zip((id(item) for item in adds), proposed, strict=True))
    last: Line | None = new[-1] if new else None
    for item in items:
        if id(item) in by_item:
            line = by_item[id(item)] | {"changed_by": ctx.actor.name,
                                        "substitution_allowed": client["substitution_default"]}
            if not line.get("product"):
                outcome.not_found.append(item.phrase)
            existing = _same_product(new, line)
            if existing is not None:
                L.add_to(existing, line)
                existing["changed_by"] = ctx.actor.name
                outcome.changed.append(existing)
                last = existing
            else:
                new.append(line)
                outcome.added.append(line)
                last = line
            continue
        target = await ctx.matcher.find_in_basket(new, item.phrase) if item.phrase else last
        if target is None:
            outcome.not_found.append(item.phrase)
            continue
        if item.action == "remove" and (fewer := _fewer(item, target)):
            L.set_pieces(target, target["count"] - fewer)  # "ta bort en mjölk" of three: two are left
            target["changed_by"] = ctx.actor.name
            outcome.changed.append(target)
            last = target
            continue
        if item.action == "remove":
            new.remove(target)
            outcome.removed.append(target)
            last = None
            continue
        amount = item.quantity.amount
        if item.quantity.odd is not None:  # "ändra mjölken till 1e400": kept as it was, and asked about
            L.flag(target, odd_reason(item.quantity.odd), CHECK_AMOUNT)
        elif amount and item.quantity.unit in WEIGHT and L.by_weight(target):
            kg = amount * TO_BASE[item.quantity.unit] / TO_BASE["kg"]
            L.set_weight(target, (target.get("weight_kg") or 0) + kg if item.increment else kg)
        elif amount and item.quantity.unit in TO_BASE and not L.by_weight(target):
            # "ändra kaffet till 900 g": the line's product in the packages nearest the amount, as when added
            counted = count_product(index, item.quantity, Product.model_validate(target["product"]))
            count = counted.count or 1
            L.set_pieces(target, (target["count"] or 0) + count if item.increment else count)
            target["count_estimated"] = counted.estimated
            if counted.reason:
                L.flag(target, counted.reason, question_of(counted.reason))
        else:
            count = int(amount) if amount and amount >= 1 and item.quantity.unit in (None, "st") else 1
            L.set_pieces(target, (target["count"] or 0) + count if item.increment else count)
        if guessed := guessed_reason(item.quantity):  # "ändra smöret till 3 250 g": read, and asked about
            L.flag(target, guessed, CHECK_AMOUNT)
        target["changed_by"] = ctx.actor.name
        outcome.changed.append(target)
        last = target


def _fewer(item: Item, target: Line) -> int:
    """How many pieces a removal said with a count takes away from the line ("ta bort en mjölk", "en mjölk
    mindre"): fewer than the line holds, else 0 and the line goes, as a removal without a count does."""
    amount = item.quantity.amount
    if not amount or amount != int(amount) or item.quantity.unit not in (None, "st") or L.by_weight(target):
        return 0
    return int(amount) if amount < (target["count"] or 0) else 0


def _same_product(lines: list[Line], line: Line) -> Line | None:
    product = line.get("product")
    if not product:
        return None
    return next((x for x in lines if x.get("product") and x["product"]["id"] == product["id"]), None)


def _merge(new: list[Line], repeated: list[Line], outcome: Outcome) -> None:
    """Repeated lines join the basket; what is there already (flagged or not) is not added twice."""
    for line in repeated:
        if not L.already_there(new, line):
            new.append(line)
            outcome.added.append(line)


async def _remove_phrase(ctx: BasketContext, new: list[Line], phrase: str, outcome: Outcome) -> None:
    target = await ctx.matcher.find_in_basket(new, phrase)
    if target is None:
        outcome.not_found.append(phrase)
        return
    new.remove(target)
    if target in outcome.added:
        outcome.added.remove(target)
    else:
        outcome.removed.append(target)


async def _undo(ctx: BasketContext, client: dict[str, Any], basket: dict[str, Any],
                lines: list[Line]) -> tuple[dict[str, Any], str]:
    entry = await store.last_undo(ctx.db, basket["id"])
    if entry is None:
        return basket_view(client, basket, lines), "Det finns inget att ångra."
    undo_id, utterance, before = entry
    write = _change(ctx, client, basket, lines, before, [("undo", {"undone": utterance})])
    write.pop_undo = undo_id
    return await _save(ctx, client, write, basket), f"Jag har ångrat: ”{utterance}”."


def _answer(client: dict[str, Any], lines: list[Line], intents: set[str]) -> str:
    """Questions and other utterances that change nothing."""
    if "ask_basket" in intents:
        if not lines:
            return "Korgen är tom."
        return "Du har beställt " + L.list_sentence([L.describe(line) for line in lines]) + "."
    if "ask_total" in intents:
        return _total_sentence(client, lines)
    if "finish" in intents:
        return "Tack! Personalen går igenom beställningen och skickar den."
    return "Jag förstod inte. Säg till exempel ”två liter mjölk” eller ”ta bort kaffet”."


def _total_sentence(client: dict[str, Any], lines: list[Line]) -> str:
    total = L.basket_total(lines)
    count = len(lines)  # "varor" are the basket's lines, as the screen counts them
    sentence = f"Det blir {L.kronor(total)} för {count} {'vara' if count == 1 else 'varor'}."
    budget = client["budget_sek"]
    if budget is not None:
        if total > budget:
            sentence += f" Det är {L.kronor(total - budget)} över veckobudgeten på {L.kronor(budget)}."
        else:
            sentence += f" Veckobudgeten är {L.kronor(budget)}."
    return sentence


def _reply(client: dict[str, Any], lines: list[Line], outcome: Outcome, intents: set[str]) -> str:
    parts = []
    # a line of a word nothing was found for is kept for staff, but said only as not found
    added = [x for x in outcome.added if x.get("product")]
    if added:
        parts.append("Jag har lagt till " + L.list_sentence([L.describe(x) for x in added]) + ".")
    if outcome.changed:
        parts.append("Nu är det " + L.list_sentence([L.describe(x) for x in outcome.changed]) + ".")
    if outcome.cleared:
        parts.append("Jag har tagit bort allt ur korgen. Säg ”ångra” om du vill ha tillbaka det.")
    elif outcome.removed:
        parts.append("Jag har tagit bort " + L.list_sentence([L.describe(x) for x in outcome.removed]) + ".")
    if outcome.not_found:
        parts.append("Jag hittade inte " + L.list_sentence([f"”{p}”" for p in outcome.not_found if p]
                                                           or ["det"]) + ".")
    review = [x for x in added + outcome.changed if x.get("needs_review")]
    if review:
        parts.append("Personalen behöver kontrollera " + L.list_sentence([L.describe(x) for x in review]) + ".")
    if "ask_total" in intents or "ask_basket" in intents:
        parts.append(_answer(client, lines, intents))
    elif client["budget_sek"] is not None and L.basket_total(lines) > client["budget_sek"]:
        parts.append(f"Obs! Korgen är över veckobudgeten på {L.kronor(client['budget_sek'])}.")
    return " ".join(parts) or _answer(client, lines, intents)


async def repeat_order(ctx: BasketContext, client: dict[str, Any], kind: str,
                       version: int) -> tuple[dict[str, Any], str]:
    """The explicit repeat button: same as saying "samma som förra veckan" / "som vanligt"."""
    basket, lines, _ = await _editable(ctx, client, version)
    history = await order_store.history_product_ids(ctx.db, client["id"])
    new = L.copied(lines)
    outcome = Outcome([], [], [], [])
    repeated, missing = await repeat_lines(ctx, client, kind, history)
    _merge(new, repeated, outcome)
    outcome.not_found.extend(missing)
    if outcome.empty:
        text = NO_EARLIER_ORDER if not repeated else ALL_THERE
        return basket_view(client, basket, lines), text
    _check_room(ctx, lines, new)
    label = "samma som förra gången" if kind == "last" else "som vanligt"
    view = await _save(ctx, client, _change(ctx, client, basket, lines, new, [
        ("repeat", {"kind": kind, "added": [L.describe(x) for x in outcome.added]})],
        undo_text=label), basket)
    return view, _reply(client, new, outcome, set())


# -- confirm and submit ------------------------------------------------------------------------

async def confirm(ctx: BasketContext, client: dict[str, Any], version: int,
                  override_reason: str | None) -> dict[str, Any]:
    basket, lines, _ = await _editable(ctx, client, version)
    if not lines:
        raise Conflict("Korgen är tom")
    open_lines = L.unresolved(lines)
    if open_lines:
        raise ApiError(409, "unresolved_lines", "Alla markerade rader måste lösas innan beställningen bekräftas",
                       {"lines": [L.public_line(line) for line in open_lines]})
    total = L.basket_total(lines)
    budget = client["budget_sek"]
    events: list[tuple[str, dict[str, Any]]] = []
    over = budget is not None and total > budget
    if over:
        if not override_reason:
            raise ApiError(409, "over_budget",
                           f"Korgen ({L.kronor(total)}) är över veckobudgeten ({L.kronor(budget)}). "
                           "Ange ett skäl för att bekräfta ändå.", {"total_sek": total, "budget_sek": budget})
        events.append(("budget_override", {"reason": override_reason, "total_sek": total, "budget_sek": budget}))
    events.append(("confirmed", {"total_sek": total, "delivery_date": basket["delivery_date"]}))
    write = BasketWrite(basket["id"], client["id"], version, ctx.actor, fields={
        "status": "confirmed", "budget_override_reason": override_reason if over else None}, events=events)
    view = await _save(ctx, client, write)
    when = describe(Delivery(datetime.fromisoformat(view["delivery_date"]).date(),
                             datetime.fromisoformat(view["cutoff_at"])))
    view["message"] = (f"Summa att visa kunden: {L.kronor(total)}. Leverans {when}."
                       + (f" {view['notice']}" if view["notice"] else ""))
    return view


async def submit(ctx: BasketContext, client: dict[str, Any],
                 version: int) -> tuple[int, dict[str, Any], str | None]:
    """Writes the order and its outbox record with the basket's status change; a basket reopened for
    changes goes as an amendment of its order. Returns (order id, basket, the amendment's message)."""
    basket, lines, _ = await _editable(ctx, client, version)
    if basket["status"] != "confirmed":
        raise Conflict("Korgen måste bekräftas innan den skickas")
    placed = await order_store.order_for_basket(ctx.db, basket["id"])
    if placed is not None:
        write = BasketWrite(basket["id"], client["id"], version, ctx.actor, fields={"status": "submitted"})
        try:
            message = await changes.submit_change(ctx, placed, basket, lines, write)
        except StaleVersion:
            raise await _stale(ctx, client) from None
        return placed["id"], basket, message
    now = ctx.clock.now().timestamp()
    order = {"vendor": client["vendor"], "idempotency_key": uuid.uuid4().hex,
             "delivery_date": basket["delivery_date"], "total_sek": L.basket_total(lines),
             "delivery_fee_sek": ctx.settings.delivery_fee_sek,
             "delivery_fee_paid_by": client["delivery_fee_paid_by"] or ctx.settings.delivery_fee_paid_by}
    write = BasketWrite(basket["id"], client["id"], version, ctx.actor, fields={"status": "submitted"})
    try:
        order_id = await order_store.submit(ctx.db, write, order, lines, now)
    except StaleVersion:
        raise await _stale(ctx, client) from None
    return order_id, basket, None
