"""Repeat orders: "samma som förra veckan" copies the last order, "som vanligt" the usual items."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from assistant.baskets.lines import Line, conflict_reason, new_line
from assistant.catalog.questions import DIET, SOLD_OUT
from assistant.storage import orders, products

if TYPE_CHECKING:
    from assistant.baskets.service import BasketContext

USUAL_LOOKBACK = 4   # orders considered for "som vanligt"
USUAL_MAX_ITEMS = 8


def usual_items(recent: Sequence[dict[str, Any]], most: int = USUAL_MAX_ITEMS) -> list[dict[str, Any]]:
    """Order lines of the products in at least half of the recent orders (newest first), most frequent first.

    Each product's newest line is kept, so the count is the one ordered last.
    """
    seen: Counter[str] = Counter()
    newest: dict[str, dict[str, Any]] = {}
    for order in recent:
        for line in order["lines"]:
            if line["product_id"] not in newest:
                newest[line["product_id"]] = line
        seen.update({line["product_id"] for line in order["lines"]})
    usual = [pid for pid, n in seen.items() if 2 * n >= len(recent)]
    order_of_first_seen = list(newest)
    usual.sort(key=lambda pid: (-seen[pid], order_of_first_seen.index(pid)))
    return [newest[pid] for pid in usual[:most]]


async def repeat_lines(ctx: BasketContext, client: dict[str, Any], kind: str,
                       history: Sequence[str]) -> tuple[list[Line], list[str]]:
    """The lines to add, and the names of products for which nothing could be proposed."""
    recent = await orders.recent_placed(ctx.db, client["id"], 1 if kind == "last" else USUAL_LOOKBACK)
    if not recent:
        return [], []
    chosen = recent[0]["lines"] if kind == "last" else usual_items(recent)
    out: list[Line] = []
    missing: list[str] = []
    for old in chosen:
        line = await _again(ctx, client, old, history)
        if line["product"] is None:
            missing.append(old["product"]["name"])
        out.append(line)
    return out, missing


async def _alternatives(ctx: BasketContext, client: dict[str, Any], before: dict[str, Any],
                        history: Sequence[str]) -> list[dict[str, Any]]:
    """Products of the same kind for a flagged repeated line, those that fit the diet first."""
    proposal = await ctx.matcher.replacement(before, client["vendor"], history, client["diet"])
    ranked = ([(proposal.product, proposal.confidence)] if proposal.product else []) + proposal.alternatives
    fitting = [not await ctx.matcher.diet_conflicts(p, client["vendor"], client["diet"]) for p, _ in ranked]
    ordered = sorted(zip(fitting, ranked, strict=True), key=lambda pair: not pair[0])
    return [p.public() | {"score": score} for _, (p, score) in ordered]


async def _again(ctx: BasketContext, client: dict[str, Any], old: dict[str, Any], history: Sequence[str]) -> Line:
    """The same product at today's price, or a flagged substitute when it is no longer sold."""
    before = old["product"]
    as_ordered = {"weight_kg": old["weight_kg"], "weight_estimated": old["weight_estimated"],
                  "count_estimated": old["count_estimated"]}  # kept while the product states no size
    count = None if old["weight_kg"] is not None and not old["weight_estimated"] else old["count"]
    product = await products.get_product(ctx.db, old["product_id"])
    if product is not None and product.available:
        conflicts = await ctx.matcher.diet_conflicts(product, client["vendor"], client["diet"])
        alternatives = await _alternatives(ctx, client, before, history) if conflicts else []
        line = new_line(phrase=before["name"], product=product, count=count, changed_by=ctx.actor.name,
                        needs_review=bool(conflicts), staff_only=bool(conflicts), **as_ordered,
                        reason=conflict_reason(conflicts) if conflicts else None, alternatives=alternatives,
                        question=DIET if conflicts else None,
                        price_changed_from=(old["unit_price_sek"] if product.price_sek != old["unit_price_sek"]
                                            else None))
    else:
        proposal = await ctx.matcher.replacement(before, client["vendor"], history, client["diet"])
        line = new_line(phrase=before["name"], product=proposal.product, count=count,
                        changed_by=ctx.actor.name, **as_ordered, confidence=proposal.confidence, needs_review=True,
                        staff_only=True,
                        reason=f"«{before['name']}» finns inte längre: kontrollera ersättningen", question=SOLD_OUT,
                        alternatives=[p.public() | {"score": s} for p, s in proposal.alternatives])
    line["substitution_allowed"] = old["substitution_allowed"]
    return line
