"""The basket's matcher on a real catalog in a real SQLite file: items of one request share who the goods are for."""

from __future__ import annotations

from pathlib import Path

from assistant.baskets import matching
from assistant.baskets.matching import Matcher
from assistant.catalog.index import CatalogIndex
from assistant.catalog.schema import Product
from assistant.catalog.service import CatalogService
from assistant.nlu import parse
from assistant.storage import products
from assistant.storage.db import Database

PETS = "Djur"
PET_FOOD = [
    Product(id="dog", name="Torrfoder Kyckling", brand="Axess", size=2, unit="kg", price_sek=50.0, category=PETS),
    Product(id="cat", name="Torrfoder Oxkött Katt", brand="First Price", size=2, unit="kg", price_sek=60.0,
            category=PETS),
    Product(id="litter", name="Kattsand", brand="Garant", size=10, unit="l", price_sek=40.0, category=PETS),
]


async def test_the_animal_said_elsewhere_in_the_request_steers_the_basket_line(tmp_path: Path) -> None:
    async with Database(tmp_path / "assistant.db") as db:
        await db.migrate()
        await products.upsert_products(db, PET_FOOD, "demo")
        matcher = Matcher(CatalogService(db, "demo"))
        index = await matcher.index("demo")
        lines = await matcher.propose((await matcher.parse("kattsand och torrfoder")).items, index, (), ())
        assert [line["product"]["id"] for line in lines] == ["litter", "cat"]
        alone = await matcher.propose((await matcher.parse("torrfoder")).items, index, (), ())
        assert alone[0]["product"]["id"] == "dog"  # nothing said about the animal: the plainer, cheaper one


async def test_phrases_said_of_the_same_basket_products_share_one_index_of_them(monkeypatch) -> None:
    """Building the index of a basket's products costs far more than matching a phrase on it: a sentence's
    changes, and the next sentence on the same products, build it once; other products get their own."""
    built: list[list[str]] = []
    build = CatalogIndex.build

    def counted(found: list[Product], lexicon: object = None) -> CatalogIndex:
        built.append([p.id for p in found])
        return build(found, lexicon)

    monkeypatch.setattr(CatalogIndex, "build", counted)
    matching._basket_index.cache_clear()
    lines = [{"phrase": p.name, "product": p.public()} for p in PET_FOOD]
    assert (await Matcher.find_in_basket(lines, "kattsand"))["product"]["id"] == "litter"
    assert (await Matcher.find_in_basket(lines, "torrfodret"))["product"]["id"] == "dog"
    assert built == [["dog", "cat", "litter"]]
    assert (await Matcher.find_in_basket(lines[1:], "torrfodret"))["product"]["id"] == "cat"
    assert built == [["dog", "cat", "litter"], ["cat", "litter"]]


def test_nothing_said_of_a_piece_sold_by_weight_is_one_piece_on_the_line() -> None:
    """"kalvstek" of a "Kalvstek i Bit": one of the counter's pieces, its weight an estimate and no
    question (catalog.packages.weight); a cut whose name says no piece still asks how much."""
    meat = "Kött & kyckling"
    index = CatalogIndex.build([
        Product(id="veal", name="Kalvstek i Bit Sverige", size=None, unit="kg", price_sek=179.0, category=meat),
        Product(id="loin", name="Fläskytterfilé Sverige", size=None, unit="kg", price_sek=99.0, category=meat)])
    veal, loin = (matching._proposed_lines(parse(text).items, index, (), (), None)[0]
                  for text in ("kalvstek", "fläskytterfilé"))
    assert (veal["count"], veal["weight_kg"], veal["weight_estimated"], veal["needs_review"]) == (1, 0.5, True, False)
    assert loin["count"] is None and loin["needs_review"]
