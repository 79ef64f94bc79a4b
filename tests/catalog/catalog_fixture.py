"""A small Swedish catalog written for the tests (no scraped data)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.matcher import Proposal, match
from assistant.catalog.schema import Product
from assistant.catalog.understand import Line, understand
from assistant.nlu import parse
from assistant.nlu.models import Item, Quantity


# each rule is pinned on its inline catalog twice: with the grocer's categories, and as a feed of bare names (Mathem's)
WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])


def product(pid: str, name: str, category: str, brand: str | None = None, size: float | None = None,
            unit: str | None = None, price: float = 10.0, available: bool = True) -> Product:
    return Product(id=pid, name=name, brand=brand, size=size, unit=unit, price_sek=price, category=category,
                   available=available)


def names_only(products: list[Product]) -> list[Product]:
    """The same products as a feed without categories (Mathem's) has them."""
    return [p.model_copy(update={"category": ""}) for p in products]


def both_ways(products: list[Product]) -> Callable[..., CatalogIndex]:
    """A module fixture of the products' index, built twice: as written, and with no category and no brand
    (a names-only feed); each test that takes it runs against both."""
    @pytest.fixture(params=["categories", "names only"], scope="module")
    def built(request: pytest.FixtureRequest) -> CatalogIndex:
        return CatalogIndex.build(products if request.param == "categories" else names_only(products))
    return built


MILK = "Mejeri, ost & ägg > Mjölk"
CHEESE = "Mejeri, ost & ägg > Ost"
FAT = "Mejeri, ost & ägg > Smör margarin och jäst"
VEG = "Frukt & grönt > Grönsaker"
FRUIT = "Frukt & grönt > Frukt"
ROOTS = "Frukt & grönt > Potatis och rotsaker"
COFFEE = "Dryck > Kaffe"
SWEETS = "Glass, godis & snacks"
JARS = "Skafferi > Konserver och burkar"
MEAT = "Kött, chark & fågel > Kött > Köttfärs"
ALLERGY = "Mejeri, ost & ägg > Allergi mejeri"
HOME = "Hem & städ"
EGGS = "Mejeri, ost & ägg > Ägg"

PRODUCTS = [
    product("mellan", "Mellanmjölk 1,5%", MILK, "Garant", 1, "l", 14.9),
    product("mellan15", "Mellanmjölk Färsk 1,5%", MILK, "Falköpings", 1.5, "l", 19.9),
    product("lätt", "Lättmjölk 0,5%", MILK, "Garant", 1, "l", 13.9),
    product("choklad", "Chokladmjölk 1,5%", MILK, "Cocio", 1, "l", 24.9),
    product("mjölkfri", "Mjölk Laktosfri 1,5%", ALLERGY, "Arla", 1, "l", 19.9),
    product("mjölkchoklad", "Mjölkchoklad Kaka", SWEETS, "Marabou", 200, "g", 29.9),
    product("ostbågar", "Ostbågar Original", SWEETS, "OLW", 200, "g", 22.9),
    product("präst", "Präst Mellanlagrad 31%", CHEESE, "Arla", None, "kg", 119.0),
    product("hushåll", "Hushållsost 26%", CHEESE, "Arla", None, "kg", 89.0),
    product("herrgård", "Herrgård Mild 28%", CHEESE, "Arla", None, "kg", 99.0),
    product("färskost", "Färskost Naturell", CHEESE, "Philadelphia", 200, "g", 32.9),
    product("smör", "Smör Normalsaltat 82%", FAT, "Svenskt Smör", 500, "g", 59.9),
    product("bregott", "Normalsaltat Smör & Rapsolja 75%", FAT, "Bregott", 600, "g", 49.9),
    product("smörgåsgurka", "Smörgåsgurka Skivad", JARS, "Felix", 500, "g", 24.9),
    product("gurka", "Gurka Klass 1", VEG, None, 1, "st", 12.9),
    product("potatis", "Potatis Fast Klass 1", ROOTS, None, 2, "kg", 24.9),
    product("lös-potatis", "Potatis Mjölig Klass 1", ROOTS, None, None, "kg", 14.9),
    product("banan", "Banan Klass 1", FRUIT, None, None, "kg", 24.9),
    product("äpple", "Äpple Royal Gala Klass 1", FRUIT, None, None, "kg", 29.9),
    product("brygg", "Mellanrost Bryggkaffe", COFFEE, "Zoégas", 450, "g", 54.9),
    product("kapslar", "Lungo Kaffekapslar", COFFEE, "Zoégas", 10, "st", 44.9),
    product("filter", "Kaffefilter 1x4", COFFEE, "Fixa", 100, "st", 19.9),
    product("nötfärs", "Nötfärs 12%", MEAT, "Garant", 500, "g", 59.9),
    product("blandfärs", "Blandfärs 20%", MEAT, "Garant", 1, "kg", 99.0),
    product("toa", "Toalettpapper 8-pack", HOME, "Lambi", 8, "st", 49.9),
    product("ägg6", "Ägg Frigående 6-pack", EGGS, "Garant", 6, "st", 24.9),
    product("ägg12", "Ägg Frigående 12-pack", EGGS, "Garant", 12, "st", 44.9),
    product("filmjölk", "Filmjölk 3%", "Mejeri, ost & ägg > Filmjölk och yoghurt", "Arla", 1, "l", 17.9),
    product("yoghurt", "Yoghurt Naturell 3%", "Mejeri, ost & ägg > Filmjölk och yoghurt", "Arla", 1, "l", 22.9),
]


def build(products: list[Product] | None = None) -> CatalogIndex:
    return CatalogIndex.build(PRODUCTS if products is None else products)


def propose(catalog: CatalogIndex | list[Product], phrase: str, quantity: Quantity | None = None,
            **kwargs: object) -> Proposal:
    """The matcher's proposal for a phrase said alone (products given are indexed first): `attributes`
    are the item's, the other keywords (history, diet, context) go to `match`."""
    index = catalog if isinstance(catalog, CatalogIndex) else CatalogIndex.build(catalog)
    item = Item(phrase=phrase, quantity=quantity or Quantity(), span=(0, len(phrase)),
                attributes=list(kwargs.pop("attributes", [])))  # type: ignore[call-overload]
    return match(index, item, **kwargs)  # type: ignore[arg-type]


def chosen(catalog: CatalogIndex | list[Product], phrase: str, quantity: Quantity | None = None,
           **kwargs: object) -> str | None:
    """The id of the product proposed (see `propose`), None when none is."""
    proposal = propose(catalog, phrase, quantity, **kwargs)
    return proposal.product.id if proposal.product else None


def added_lines(index: CatalogIndex, text: str) -> list[Line]:
    """The lines a request adds, read as the service reads it (parsed, then understood on the index)."""
    return [line for line in understand(parse(text), index).lines if line.action == "add"]
