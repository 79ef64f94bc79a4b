"""Basket lines as plain dicts (the API's line shape): derived fields, totals and Swedish wording."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assistant.catalog.amount_limits import amount_reason, kilos, with_reason
from assistant.catalog.diet import DIET_NOTE
from assistant.catalog.packages import DEFAULT_KG, piece_weight, question_of, rounded_kg, weight
from assistant.catalog.questions import CHECK_AMOUNT, NOT_SOLD, UNSURE, Question, asked
from assistant.catalog.schema import Product
from assistant.nlu.models import Quantity

Line = dict[str, Any]


def copied(value: Any) -> Any:
    """A deep copy of JSON-shaped data (dicts, lists, tuples, scalars), as basket lines are: what an edit
    changes leaves the lines it started from as they were (for undo), at a fraction of `copy.deepcopy`'s
    cost, which keeps a memo of every object for shapes lines never have."""
    kind = type(value)
    if kind is dict:
        return {key: copied(item) for key, item in value.items()}
    if kind is list:
        return [copied(item) for item in value]
    if kind is tuple:
        return tuple(copied(item) for item in value)
    return value


def new_line(*, phrase: str, product: Product | None, count: int | None, changed_by: str, action: str = "add",
             quantity: dict[str, Any] | None = None, confidence: float = 1.0, needs_review: bool = False,
             reason: str | None = None, question: Question | None = None,
             alternatives: list[dict[str, Any]] | None = None,
             price_changed_from: float | None = None, weight_kg: float | None = None,
             weight_estimated: bool = False, count_estimated: bool = False, staff_only: bool = False) -> Line:
    """`count` is pieces for a product sold by weight, whose `weight_kg` (when not given) is weighed
    from them; a guessed weight goes to staff. `count_estimated`: estimated from the amount said
    (the grocer states no size). `staff_only`: a flag the client's tablet cannot clear (the product
    breaks the client's diet, or the grocer no longer sells what was ordered). `question`: what a flag
    asks the client (see catalog.questions)."""
    line = {
        "phrase": phrase, "action": action,
        "quantity": quantity or {"amount": None, "amount_max": None, "unit": None, "unit_word": None},
        "count": count, "weight_kg": weight_kg, "weight_estimated": weight_estimated,
        "count_estimated": count_estimated,
        "product": product.public() if product else None,
        "confidence": confidence, "needs_review": needs_review or product is None, "reason": reason,
        "question": question,
        "staff_only": staff_only,
        "alternatives": alternatives or [], "substitution_allowed": False,
        "price_changed_from": price_changed_from, "changed_by": changed_by,
    }
    fit_to_product(line, product)
    return line


def by_weight(line: Line) -> bool:
    product = line.get("product") or {}
    return product.get("size") is None and product.get("unit") == "kg"


def piece_of(line: Line) -> float | None:
    """A typical piece of the line's product when it is sold by weight (by its name, or its shelf's)."""
    product = line.get("product") or {}
    return piece_weight(product["name"], product.get("category") or "") if by_weight(line) else None


def fit_to_product(line: Line, product: Product | None) -> None:
    """Count and weight as the line's (new) product is sold: a weight for goods sold by the kilo
    (kept when the line has one), whole packages otherwise. A count estimated for want of a stated
    size stays so only while the product states none."""
    if product is None or not product.sold_by_weight:
        line.update(count=max(1, line["count"] or 1), weight_kg=None, weight_estimated=False,
                    count_estimated=bool(line.get("count_estimated") and product and product.size is None
                                         and product.unit is None))
        return
    line["count_estimated"] = False
    if line.get("weight_kg") is not None:
        return
    weighed = weight(Quantity(amount=line["count"], unit="st") if line["count"] else Quantity(), product)
    line.update(count=weighed.pieces, weight_kg=weighed.kg, weight_estimated=weighed.estimated)
    if weighed.reason:
        flag(line, weighed.reason, question_of(weighed.reason))


def set_pieces(line: Line, pieces: int) -> None:
    """Pieces of a product sold by weight are weighed again when a piece's weight is known, and
    estimated again at DEFAULT_KG a piece when it is not and the weight is an estimate (as pieces said
    are: catalog.packages.weight), so that "en fransyska till" adds to the total; a count set by hand
    is no estimate."""
    line.update(count=pieces, count_estimated=False)
    piece = piece_of(line)
    if piece is None and by_weight(line) and line.get("weight_estimated"):
        piece = DEFAULT_KG
    if piece is not None:
        line.update(weight_kg=rounded_kg(pieces * piece), weight_estimated=True)


def set_weight(line: Line, kg: float) -> None:
    """A weight said or set by staff replaces any pieces: it is what the grocer weighs up."""
    line.update(weight_kg=rounded_kg(kg), weight_estimated=False, count=None)


def add_to(existing: Line, more: Line) -> None:
    """The same product asked for again: pieces and weights add up, and a doubt of the more is the line's
    ("alert(1)> 99999999999 liter mjölk" said beside the milk: its amount asked about, not added silently)."""
    if more.get("needs_review") and more.get("reason"):
        flag(existing, more["reason"], more.get("question"))
    if existing.get("weight_kg") is None or more.get("weight_kg") is None:
        existing.update(count=(existing["count"] or 1) + (more["count"] or 1),
                        count_estimated=bool(existing.get("count_estimated") or more.get("count_estimated")))
        return
    both = existing["count"] is not None and more["count"] is not None
    existing.update(weight_kg=rounded_kg(existing["weight_kg"] + more["weight_kg"]),
                    weight_estimated=existing["weight_estimated"] or more["weight_estimated"],
                    count=existing["count"] + more["count"] if both else None)


def _category(line: Line) -> str:
    return ((line.get("product") or {}).get("category") or "").casefold()


def is_frozen(line: Line) -> bool:
    name = ((line.get("product") or {}).get("name") or "").casefold()
    return "fryst" in _category(line) or "glass" in _category(line) or " fryst" in f" {name}"


CHILLED_CATEGORIES = ("mejeri", "kött", "chark", "fågel", "fisk", "skaldjur", "kyl", "färdigmat")


def is_chilled(line: Line) -> bool:
    """Spoils if nobody is home at delivery; staff see it marked (frozen goods are marked apart)."""
    return not is_frozen(line) and any(word in _category(line) for word in CHILLED_CATEGORIES)


CONFLICT = "Passar inte kunden: "


def conflict_reason(conflicts: list[str]) -> str:
    return CONFLICT + ", ".join(conflicts)


def for_staff(line: Line) -> bool:
    """A flag only staff may clear: the product breaks the client's diet, or the amount is beyond the limits.
    (An unsure match is the client's to confirm on the tablet: "Ja, det stämmer".)"""
    reason = line.get("reason") or ""
    return CONFLICT in reason or DIET_NOTE in reason or bounds_reason(line) is not None


def already_there(lines: Iterable[Line], line: Line) -> bool:
    """The same product (or, for a line without one, the same words) is in `lines` already."""
    product = line.get("product")
    if product:
        return any((x.get("product") or {}).get("id") == product["id"] for x in lines)
    return any(not x.get("product") and x.get("phrase") == line.get("phrase") for x in lines)


def priced_amount(line: Line) -> float:
    """What the price is per: kilos for goods sold by weight, packages otherwise."""
    return line["weight_kg"] if line.get("weight_kg") is not None else line["count"]


def line_total(line: Line) -> float | None:
    """What the line costs; None while its amount is beyond what staff could set ("99999999999 kilo smör", kept
    as said and flagged): it cannot be confirmed as it stands, so it has no price until staff set its amount."""
    if bounds_reason(line) is not None:
        return None
    product = line.get("product")
    return round(product["price_sek"] * priced_amount(line), 2) if product else 0.0


def basket_total(lines: Iterable[Line]) -> float:
    """What the lines that can be ordered cost: a line without a price (`line_total`) adds nothing to the sum or
    the budget."""
    return round(sum(total for line in lines if (total := line_total(line)) is not None), 2)


def bounds_reason(line: Line) -> str | None:
    """Why the line's amount is beyond what staff could set (the catalog's rule, as the preview uses it)."""
    return amount_reason(line.get("count"), line.get("weight_kg"))


def flag_out_of_bounds(lines: Iterable[Line]) -> None:
    """Amounts beyond the limits go to staff, with the reason added to the line's (also after an edit:
    "20 mjölk till" on a line of 90)."""
    for line in lines:
        reason = bounds_reason(line)
        if reason is not None:
            flag(line, reason, CHECK_AMOUNT)


def flag(line: Line, reason: str, question: Question | None) -> None:
    """The line goes to review for `reason` (added to its reasons once), asking the client `question`
    unless it already asks one that comes first (see catalog.questions)."""
    line.update(needs_review=True, reason=with_reason(line.get("reason"), reason),
                question=asked(line.get("question") if line.get("needs_review") else None, question))


def settled(line: Line) -> None:
    """Reviewed: no flag, and nothing left to ask."""
    line.update(needs_review=False, question=None)


def question(line: Line) -> Question | None:
    """What a flagged line asks the client; a line stored before lines said so asks whether the product
    is right, or, without one, says the store has none."""
    if not line.get("needs_review"):
        return None
    return line.get("question") or (UNSURE if line.get("product") else NOT_SOLD)


def unresolved(lines: Iterable[Line]) -> list[Line]:
    """Lines staff must look at; an amount beyond the limits stays here until it is changed."""
    return [line for line in lines if line.get("needs_review") or not line.get("product") or bounds_reason(line)]


def public_line(line: Line) -> Line:
    """`piece_weight_kg`: a typical piece of a product sold by weight, so the +/− buttons step by pieces."""
    piece = piece_of(line)
    return {"weight_kg": None, "weight_estimated": False, "count_estimated": False, "staff_only": False,
            "learned": False} | line | {
        "chilled": is_chilled(line), "frozen": is_frozen(line), "line_total_sek": line_total(line),
        "piece_weight_kg": piece, "question": question(line)}


NBSP = "\u00a0"


def kronor(amount: float) -> str:
    """'1 234,50 kr' with non-breaking spaces, as the browser's Intl sv-SE currency format writes it."""
    return f"{amount:,.2f}".replace(",", NBSP).replace(".", ",") + f"{NBSP}kr"


def weight_text(line: Line) -> str:
    """A by-weight line's amount as said to people: 'ca 0,54 kg (3 st)' when estimated, else '0,5 kg'."""
    if not line["weight_estimated"]:
        return kilos(line["weight_kg"])
    pieces = f" ({line['count']} st)" if line["count"] else ""
    return f"ca {kilos(line['weight_kg'])}{pieces}"


def title(line: Line) -> str:
    """The line's product name, or the words said when no product was found."""
    return line["product"]["name"] if line.get("product") else line.get("phrase") or "okänd vara"


def describe(line: Line) -> str:
    name = title(line)
    if line.get("weight_kg") is not None:
        return f"{weight_text(line)} {name}"
    return f"{line['count']} {name}" if line["count"] != 1 else name


def list_sentence(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " och " + parts[-1]
