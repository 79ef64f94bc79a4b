"""Which of a client's diet flags a product breaks, by the matcher's own diet rules (pure)."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.catalog.index import CatalogIndex
from assistant.catalog.matcher import score_entry
from assistant.catalog.query import analyse

DIET_NOTE = "Passar inte kosten: "  # how the matcher's notes name a broken diet flag


def diet_conflicts(index: CatalogIndex, product_id: str, name: str, diet: Sequence[str]) -> list[str]:
    """The flags the product breaks: the product scored against its own name with the diet applied."""
    if not diet:
        return []
    position = index.by_id.get(product_id)
    query = analyse(name, index)
    if position is None or query is None:
        return []
    scored = score_entry(index.entries[position], query, index, diet=diet)
    notes = scored.notes if scored else ()
    return [note.removeprefix(DIET_NOTE) for note in notes if note.startswith(DIET_NOTE)]
