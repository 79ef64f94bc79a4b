"""What a product's price says when its name alone cannot: a feed of bare names ("Lax" at 9.95 kr beside
salmon pieces at 100–270 kr) may hold a jar of baby food or a pet's pouch under the very word asked."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from assistant.catalog.index import Entry

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
    prices = [e.product.price_sek for e in kind if e is not entry and e.product.price_sek]
    return len(prices) >= MIN_PRICED and product.price_sek * PRICED_APART < median(prices)
