"""How many packages to order for what was said ("två liter mjölk" with a 1 l pack → 2)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from assistant.catalog.schema import Product
from assistant.nlu.models import Quantity

# Base units per unit: grams and millilitres.
TO_BASE = {"g": 1.0, "hg": 100.0, "kg": 1000.0, "ml": 1.0, "cl": 10.0, "dl": 100.0, "l": 1000.0}
WEIGHT = frozenset({"g", "hg", "kg"})
VOLUME = frozenset({"ml", "cl", "dl", "l"})
FAR_OFF = 1.5  # ordering more than 1.5 times what was asked for is worth a question


@dataclass(frozen=True)
class PackageCount:
    """`count` is packages (or loose pieces) to order; None when nothing was said (one package by
    default) or a weight of a product sold by weight (that weight is ordered). `reason` says why
    staff should look."""

    count: int | None
    reason: str | None = None


def same_dimension(a: str, b: str) -> bool:
    return (a in WEIGHT and b in WEIGHT) or (a in VOLUME and b in VOLUME)


def package_count(quantity: Quantity, product: Product) -> PackageCount:
    amount = quantity.amount
    if amount is None or amount <= 0:
        return PackageCount(None)
    unit = quantity.unit or "st"
    if product.sold_by_weight:
        if unit in WEIGHT:
            return PackageCount(None)
        if unit == "st":  # loose goods by the piece ("fem apelsiner"): the picker takes that many
            return PackageCount(max(1, math.ceil(amount - 1e-9)))
        return PackageCount(None, "Varan säljs per kilo: ange vikt")
    if unit == "st":
        pieces_in_pack = product.size if product.unit == "st" and product.size else 1.0
        if quantity.unit_word or pieces_in_pack <= 1:
            return PackageCount(max(1, math.ceil(amount - 1e-9)))
        count = max(1, math.ceil(amount / pieces_in_pack - 1e-9))
        return PackageCount(count, _far_off(count * pieces_in_pack, amount))
    if product.size is None or product.unit is None or not same_dimension(unit, product.unit):
        return PackageCount(1, "Förpackningen anges inte i samma enhet som önskat: kontrollera antalet")
    wanted = amount * TO_BASE[unit]
    pack = product.size * TO_BASE[product.unit]
    count = max(1, math.ceil(wanted / pack - 1e-9))
    return PackageCount(count, _far_off(count * pack, wanted))


def _far_off(ordered: float, wanted: float) -> str | None:
    if ordered > wanted * FAR_OFF:
        return "Förpackningen är mycket större än önskad mängd"
    return None
