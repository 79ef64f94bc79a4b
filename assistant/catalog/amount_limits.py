"""The amounts one line may order: what staff may set, and what a said or typed amount is checked against.

One rule for the preview (`understand.line_for`) and the basket: "tusen paket kaffe" is more likely a slip
than an order, and a 20-digit count fits no database, so such an amount is kept as said and goes to staff
with this reason, never silently capped.
"""

from __future__ import annotations

from assistant.nlu.models import Quantity

MAX_COUNT = 99
MIN_KG = 0.05
MAX_KG = 20.0


def kilos(kg: float) -> str:
    """'0,5 kg' (Swedish decimal comma, no trailing zeros)."""
    return amount_text(kg, "kg")


def amount_text(amount: float, unit: str) -> str:
    """'750 g', '1,25 kg' (Swedish decimal comma, no trailing zeros)."""
    return f"{amount:.3f}".rstrip("0").rstrip(".").replace(".", ",") + f" {unit}"


def amount_reason(count: int | None, kg: float | None) -> str | None:
    """Why an amount is beyond what staff could set (in Swedish), or None. `count` is packages or pieces,
    `kg` the weight of a product sold by weight; None is nothing said."""
    if kg is not None and not MIN_KG <= kg <= MAX_KG:
        low = kilos(MIN_KG).removesuffix(" kg")
        return f"Vikten {kilos(kg)} är utanför {low}–{kilos(MAX_KG)}: kontrollera med kunden"
    if count is not None and count < 1:
        return f"Antalet {count} är färre än 1: kontrollera med kunden"
    if count is not None and count > MAX_COUNT:
        return f"Antalet {count} är fler än {MAX_COUNT}: kontrollera med kunden"
    return None


def odd_reason(said: str) -> str:
    """Why a number said ("0", "1/0", "1e400", see `Quantity.odd`) left the line without an amount."""
    return f"«{said}» är ingen mängd att beställa: kontrollera med kunden"


def guessed_reason(quantity: Quantity) -> str | None:
    """Why an amount that may mean another ("3 250 g", see `Quantity.guessed`) needs a look, or None."""
    if quantity.guessed is None or quantity.amount is None:
        return None
    return f"«{quantity.guessed}» lästes som {amount_text(quantity.amount, quantity.unit or 'st')}: kontrollera med kunden"


def with_reason(reason: str | None, more: str) -> str:
    """`more` added to a line's reason, once."""
    return reason if reason and more in reason else "; ".join(r for r in (reason, more) if r)
