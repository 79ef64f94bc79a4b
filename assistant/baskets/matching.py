"""The catalog matcher and the NLU as the basket uses them (the matching itself lives in assistant.catalog)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from pydantic_core import from_json, to_json

from assistant.baskets.lines import Line, piece_of
from assistant.catalog.diet import diet_conflicts
from assistant.catalog.index import CatalogIndex
from assistant.catalog.matcher import Proposal, match
from assistant.catalog.packages import named_as_a_piece
from assistant.catalog.schema import Product
from assistant.catalog.service import CatalogService
from assistant.catalog.understand import lines_for
from assistant.nlu import parse
from assistant.nlu.models import Item, ParsedRequest

BASKET_INDEXES = 16  # baskets whose products' index is kept (see _basket_index): some 0.3 MB each for twenty lines


@lru_cache(maxsize=BASKET_INDEXES)
def _basket_index(products: bytes) -> CatalogIndex:
    """The matcher's index of a basket's products (`products`: their JSON, in the basket's order), kept for
    the next phrase said of the same products: building it costs some 5 ms of CPU for twenty lines, matching
    a phrase on it a thirtieth of that. A sentence's changes ("ta bort kaffet och ändra mjölken till två",
    where a change is looked up twice) and the next sentences on a basket whose products are the same
    build it once."""
    return CatalogIndex.build([Product.model_validate(product) for product in from_json(products)])


def _basket_match(lines: Sequence[Line], phrase: str) -> str | None:
    """The id of the basket product the phrase names best, if any."""
    index = _basket_index(to_json([line["product"] for line in lines], inf_nan_mode="constants"))
    proposal = match(index, Item(phrase=phrase, span=(0, 0)))
    return proposal.product.id if proposal.product else None


def _proposed_lines(items: Sequence[Item], index: CatalogIndex, history: Sequence[str], diet: Sequence[str],
                    learned: Mapping[str, str] | None) -> list[Line]:
    """One proposed basket line per item, the client's own readings, products and diet first.

    A product that breaks the diet is for staff to approve (`staff_only`), and the alternatives
    offered put those that fit the diet first. An amount that could not be read ("1e400 mjölk") is
    flagged with one package, for the client and the care worker at the tablet to settle as well as
    staff: it asks what the client meant, which they know best.
    """
    out = []
    for proposed in lines_for(items, index, history, diet, learned):
        line = proposed.model_dump()
        if diet:
            product = line["product"]
            line["staff_only"] = bool(product and diet_conflicts(index, product["id"], product["name"], diet))
            line["alternatives"].sort(key=lambda a: bool(diet_conflicts(index, a["id"], a["name"], diet)))
        if line["weight_kg"] is None:
            line["count"] = max(1, line["count"] or 1)
        elif line["count"] is None and line["weight_estimated"] and (
                piece_of(line) or named_as_a_piece(line["product"]["name"])):
            line["count"] = 1  # nothing said: one piece, weighed as such (or estimated: "Kalvstek i Bit")
        line["needs_review"] = line["needs_review"] or line["product"] is None
        out.append(line | {"substitution_allowed": False, "price_changed_from": None, "changed_by": ""})
    return out


class Matcher:
    """The catalog service's per-vendor indexes, read through the basket's needs."""

    def __init__(self, catalog: CatalogService) -> None:
        self.catalog = catalog

    async def index(self, vendor: str, revisions: Mapping[str, int] | None = None) -> CatalogIndex:
        """`revisions`: the catalog revisions just read with other things, or None to read them now."""
        return await self.catalog.index(vendor, revisions)

    @staticmethod
    async def parse(text: str) -> ParsedRequest:
        """Off the event loop: parsing is CPU work growing with the text."""
        return await asyncio.to_thread(parse, text)

    @staticmethod
    async def propose(items: Sequence[Item], index: CatalogIndex, history: Sequence[str],
                      diet: Sequence[str], learned: Mapping[str, str] | None = None) -> list[Line]:
        """One proposed basket line per item on the client's grocer's `index` (off the event loop, in one
        trip to a worker thread: matching and making the lines is CPU work)."""
        return await asyncio.to_thread(_proposed_lines, items, index, history, diet, learned) if items else []

    async def replacement(self, gone: dict[str, Any], vendor: str, history: Sequence[str],
                          diet: Sequence[str]) -> Proposal:
        """A product of the same kind for one no longer sold: the matcher on its name, then its category."""
        index = await self.index(vendor)
        leaf = (gone.get("category") or "").split(">")[-1].strip()
        for phrase in (gone["name"], leaf):
            if not phrase:
                continue
            proposal = match(index, Item(phrase=phrase.casefold(), span=(0, 0)), history, diet)
            ranked = ([(proposal.product, proposal.score)] if proposal.product else []) + proposal.alternatives
            same_kind = [(p, score) for p, score in ranked
                         if p.id != gone["id"] and p.available and p.category == gone.get("category")]
            if same_kind:
                return Proposal(same_kind[0][0], proposal.confidence, True, alternatives=same_kind[1:])
        return Proposal(None, 0.0, True)

    @staticmethod
    async def find_in_basket(lines: Sequence[Line], phrase: str) -> Line | None:
        """The basket line a phrase refers to ("ta bort mjölken"): the matcher over the basket's own products
        (off the event loop: indexing a full basket is CPU work)."""
        said = [line for line in lines if line.get("phrase") == phrase]
        if said:
            return said[-1]
        with_product = [line for line in lines if line.get("product")]
        if not with_product:
            return None
        product_id = await asyncio.to_thread(_basket_match, with_product, phrase)
        return next((line for line in with_product if line["product"]["id"] == product_id), None)

    async def diet_conflicts(self, product: Product, vendor: str, diet: Sequence[str]) -> list[str]:
        """The client's diet flags this product breaks, by the matcher's own diet rules."""
        return diet_conflicts(await self.index(vendor), product.id, product.name, diet) if diet else []
