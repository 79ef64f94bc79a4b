"""What a product's price says when its name alone cannot: a feed of bare names ("Lax" at 9.95 kr beside
salmon pieces at 100–270 kr) may hold a jar of baby food or a pet's pouch under the very word asked, and a
catering pack ("Jordnötter 2,5kg" at 89.95 kr beside bags at 15–30 kr) under the plain name."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from assistant.catalog.index import Entry
from assistant.catalog.normalize import parse_packages
from assistant.catalog.packages import TO_BASE, same_dimension
from assistant.nlu.models import Quantity

PRICED_APART = 5    # a price this many times below the kind's usual one is another thing's
MIN_PRICED = 4      # other products of the kind needed to know its usual price


def priced_as_another_thing(entry: Entry, kind: Sequence[Entry]) -> bool:
    """A product with no shelf and no size whose price is far below what the other products of its kind cost:
    its name says the goods, its price says a portion of something else. A stated size explains a low price
    ("Lax 100g"), a shelf says what the product is, and fresh produce is priced by the piece ("Clementiner
    Klass1" at 7.95 kr beside nets of 1.5 kg)."""
    product = entry.product
    if product.category or product.size is not None or not product.price_sek or entry.fresh:
        return False
    usual = _usual_price(entry, kind, per_package=True)
    return usual is not None and product.price_sek * PRICED_APART < usual


PRICED_BULK = 3     # a price this many times above the kind's usual one, for a stated size, is a bulk pack
BULK_LEAST = 1000.0  # g or ml: the least a bulk pack holds


def priced_as_a_bulk_pack(entry: Entry, kind: Sequence[Entry]) -> bool:
    """A product with no shelf, of a stated size of a kilo or more, priced far above what the other products of
    its kind cost: a catering or family pack, no everyday one ("Jordnötter 2,5kg" beside 200 g bags that state
    none). Fresh produce is sold in sacks as everyday goods ("Potatis 5kg")."""
    product, size = entry.product, entry.sized
    if (product.category or size.size is None or size.unit not in TO_BASE
            or size.size * TO_BASE[size.unit] < BULK_LEAST or not product.price_sek or entry.fresh):
        return False  # a count of pieces ("Delicatoboll 35-p") is no bulk of the goods
    usual = _usual_price(entry, kind)
    return usual is not None and product.price_sek > PRICED_BULK * usual


def _usual_price(entry: Entry, kind: Sequence[Entry], per_package: bool = False) -> float | None:
    """The median price of the kind's other priced products, None with fewer than MIN_PRICED of them.
    `per_package`: a multipack's price is what one of its packages costs ("Loka Naturell 12x50cl" at 129 kr is
    twelve bottles, and prices no single one as another thing)."""
    prices = [_per_package(e) if per_package else e.product.price_sek
              for e in kind if e is not entry and e.product.price_sek]
    return median(prices) if len(prices) >= MIN_PRICED else None


def _per_package(entry: Entry) -> float:
    """The price of one package of a multipack of packages; of any other product its price."""
    count = parse_packages(entry.product.name)
    return entry.product.price_sek / count if count else entry.product.price_sek


def price_of_the_amount(entry: Entry, quantity: Quantity | None) -> float | None:
    """What the weight or volume asked costs of the product, where the product states what its price buys ("fyra
    kilo vetemjöl": two 2 kg bags at 29.90 kr cost 59.80 kr, four of 1 kg at 19.90 kr 79.60 kr; a cheese sold by
    the kilo is priced per kilo); its price where either says no measure (pieces counted: what one costs)."""
    price = entry.product.price_sek
    unit = quantity.unit if quantity is not None and quantity.amount else None
    if unit not in TO_BASE or not price:
        return price
    size = entry.sized
    held = (TO_BASE["kg"] if size.sold_by_weight
            else size.size * TO_BASE[size.unit] if size.size and size.unit in TO_BASE else None)
    if held is None or not same_dimension(unit, "kg" if size.sold_by_weight else size.unit):
        return price
    return price / held * quantity.amount * TO_BASE[unit]  # type: ignore[union-attr, operator]
