"""Basket lines as plain dicts (the API's line shape): derived fields, totals and Swedish wording."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assistant.catalog.schema import Product

Line = dict[str, Any]


def new_line(*, phrase: str, product: Product | None, count: int, changed_by: str, action: str = "add",
             quantity: dict[str, Any] | None = None, confidence: float = 1.0, needs_review: bool = False,
             reason: str | None = None, alternatives: list[dict[str, Any]] | None = None,
             price_changed_from: float | None = None) -> Line:
    return {
        "phrase": phrase, "action": action,
        "quantity": quantity or {"amount": None, "amount_max": None, "unit": None, "unit_word": None},
        "count": max(1, count), "product": product.public() if product else None,
        "confidence": confidence, "needs_review": needs_review or product is None, "reason": reason,
        "alternatives": alternatives or [], "substitution_allowed": False,
        "price_changed_from": price_changed_from, "changed_by": changed_by,
    }


def _category(line: Line) -> str:
    return ((line.get("product") or {}).get("category") or "").casefold()


def is_frozen(line: Line) -> bool:
    name = ((line.get("product") or {}).get("name") or "").casefold()
    return "fryst" in _category(line) or "glass" in _category(line) or " fryst" in f" {name}"


CHILLED_CATEGORIES = ("mejeri", "kött", "chark", "fågel", "fisk", "skaldjur", "kyl", "färdigmat")


def is_chilled(line: Line) -> bool:
    """Spoils if nobody is home at delivery; staff see it marked (frozen goods are marked apart)."""
    return not is_frozen(line) and any(word in _category(line) for word in CHILLED_CATEGORIES)


def conflict_reason(conflicts: list[str]) -> str:
    return "Passar inte kunden: " + ", ".join(conflicts)


def line_total(line: Line) -> float:
    product = line.get("product")
    return round(product["price_sek"] * line["count"], 2) if product else 0.0


def basket_total(lines: Iterable[Line]) -> float:
    return round(sum(line_total(line) for line in lines), 2)


def unresolved(lines: Iterable[Line]) -> list[Line]:
    return [line for line in lines if line.get("needs_review") or not line.get("product")]


def public_line(line: Line) -> Line:
    return line | {"chilled": is_chilled(line), "frozen": is_frozen(line), "line_total_sek": line_total(line)}


def kronor(amount: float) -> str:
    """'123,50 kr' (Swedish decimal comma)."""
    whole = f"{amount:.2f}".replace(".", ",")
    return f"{whole.removesuffix(',00')} kr"


def describe(line: Line) -> str:
    name = line["product"]["name"] if line.get("product") else line.get("phrase") or "okänd vara"
    return f"{line['count']} {name}" if line["count"] != 1 else name


def list_sentence(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " och " + parts[-1]
