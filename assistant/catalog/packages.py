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


def package_count(quantity: Quantity, product: Product, liquid: bool = False) -> PackageCount:
    """`liquid`: the product is of a kind sold by volume too ("Filmjölk 1 kg"), so a litre is a
    kilo (density 1) rather than a unit mismatch."""
    amount = quantity.amount
    if amount is None or amount <= 0:
        return PackageCount(None)
    unit = quantity.unit or "st"
    if product.sold_by_weight:
        if unit in WEIGHT:
            return PackageCount(None)
        if unit == "st":  # loose goods by the piece ("fem apelsiner"): the picker takes that many,
            # but the price is per kilo, so staff check the weight the basket will charge
            return PackageCount(max(1, math.ceil(amount - 1e-9)), BY_WEIGHT)
        return PackageCount(None, "Varan säljs per kilo: ange vikt")
    if unit == "st":
        pieces_in_pack = product.size if product.unit == "st" and product.size else 1.0
        if quantity.unit_word or pieces_in_pack <= 1:
            return PackageCount(max(1, math.ceil(amount - 1e-9)))
        count = max(1, math.ceil(amount / pieces_in_pack - 1e-9))
        return PackageCount(count, _far_off(count * pieces_in_pack, amount))
    if product.size is None or product.unit is None or not (same_dimension(unit, product.unit) or (
            liquid and product.unit in TO_BASE)):
        return PackageCount(1, "Förpackningen anges inte i samma enhet som önskat: kontrollera antalet")
    wanted = amount * TO_BASE[unit]
    pack = product.size * TO_BASE[product.unit]
    count = max(1, math.ceil(wanted / pack - 1e-9))
    return PackageCount(count, _far_off(count * pack, wanted))


TOO_BIG = "Förpackningen är mycket större än önskad mängd"
BY_WEIGHT = "Säljs per kilo – kontrollera vikten"


def _far_off(ordered: float, wanted: float) -> str | None:
    return TOO_BIG if ordered > wanted * FAR_OFF else None


def pack_amount(product: Product) -> float | None:
    """The package's content in base units (g or ml, 1 g = 1 ml), None when sold by weight."""
    if product.size is None or product.unit not in TO_BASE:
        return None
    return product.size * TO_BASE[product.unit]
