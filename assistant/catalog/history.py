"""The client's own products: what they bought before and what staff taught the service they mean (pure).

A product the client has made their own comes first when it is what they ask for: it outweighs every
preference of the plain thing (the usual sort, the cheaper one), but not a mismatch.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.catalog.index import Entry

HISTORY = 0.5                      # outweighs every preference but not a mismatch


def own_products(learned: Mapping[str, str], history: Sequence[str]) -> tuple[str, ...]:
    """The products the client has made their own: learned readings first, then purchases."""
    return tuple(dict.fromkeys((*learned.values(), *history)))


def is_own(entry: Entry, history: Collection[str]) -> bool:
    """The client bought (or was taught) this very product."""
    return entry.product.id in history
