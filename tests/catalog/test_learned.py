"""Learned readings applied to proposals, as plain functions on small inline catalogs."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from assistant.catalog.learned import phrase_key
from assistant.catalog.schema import Product
from assistant.catalog.understand import Line, line_for
from assistant.nlu import parse
from assistant.nlu.models import Item


def _p(pid: str, name: str, category: str = "", size: float | None = 1, unit: str | None = "l",
       available: bool = True) -> Product:
    return Product(id=pid, name=name, size=size, unit=unit, price_sek=20.0, category=category, available=available)


MILK, CHEESE, BREAD = "Mejeri > Mjölk", "Mejeri > Ost", "Bröd > Matbröd"
WITH_CATEGORIES = [
    _p("mellan", "Mellanmjölk 1,5%", MILK),
    _p("eko", "Ekologisk Standardmjölk 3%", MILK, 1.5),
    _p("lf", "Laktosfri Mellanmjölkdryck 1,5%", MILK),
    _p("herrgård", "Herrgård Ost 28%", CHEESE, 700, "g"),
    _p("präst", "Prästost 31%", CHEESE, 700, "g"),
    _p("råg", "Rågbröd", BREAD, 500, "g"),
    _p("slut", "Grahamsbröd", BREAD, 500, "g", available=False),
]
NAMES_ONLY = [p.model_copy(update={"category": ""}) for p in WITH_CATEGORIES]


def line(text: str, catalog: list[Product], learned: dict[str, str] | None = None,
         history: tuple[str, ...] = (), diet: tuple[str, ...] = ()) -> Line:
    item = parse(text).items[0]
    return line_for(item, CatalogIndex.build(catalog), history, diet, learned=learned)


@pytest.mark.parametrize(("a", "b"), [
    ("mjölk", "Mjölken"),
    ("laktosfri mjölk", "mjölk laktosfri"),
    ("limpa", "limpor"),
    ("min ost", "min ost"),
])
def test_phrases_that_share_a_key(a: str, b: str) -> None:
    assert phrase_key(a) == phrase_key(b) != ""


@pytest.mark.parametrize(("a", "b"), [("mjölk", "filmjölk"), ("ost", "ostbågar"), ("mjölk", "laktosfri mjölk")])
def test_phrases_that_do_not(a: str, b: str) -> None:
    assert phrase_key(a) != phrase_key(b)


def test_a_phrase_without_product_words_has_no_key() -> None:
    assert phrase_key("2 %") == ""


@pytest.mark.parametrize("catalog", [WITH_CATEGORIES, NAMES_ONLY], ids=["categories", "names-only"])
def test_a_learned_product_is_the_confident_proposal(catalog: list[Product]) -> None:
    plain = line("limpa", catalog)
    assert plain.needs_review and not plain.learned
    taught = line("två limpor", catalog, {phrase_key("limpa"): "råg"})
    assert taught.product is not None and taught.product.id == "råg"
    assert taught.learned and not taught.needs_review and taught.confidence >= 0.9 and taught.count == 2


@pytest.mark.parametrize("catalog", [WITH_CATEGORIES, NAMES_ONLY], ids=["categories", "names-only"])
def test_the_matchers_choice_becomes_an_alternative(catalog: list[Product]) -> None:
    plain = line("mjölk", catalog)
    assert plain.product is not None and plain.product.id != "eko"
    taught = line("mjölk", catalog, {"mjolk": "eko"})
    assert taught.product is not None and taught.product.id == "eko" and not taught.needs_review
    assert plain.product.id in [a.id for a in taught.alternatives]
    assert "eko" not in [a.id for a in taught.alternatives]


def test_an_unavailable_or_vanished_product_gives_the_normal_proposal_flagged() -> None:
    plain = line("bröd", WITH_CATEGORIES)
    for learned, says in (({"brod": "slut"}, "«Grahamsbröd» är slut"), ({"brod": "borta"}, "finns inte längre")):
        taught = line("bröd", WITH_CATEGORIES, learned)
        assert taught.product == plain.product and taught.needs_review and not taught.learned
        assert taught.reason is not None and says in taught.reason


def test_a_diet_conflict_overrides_the_learned_product() -> None:
    taught = line("mjölk", WITH_CATEGORIES, {"mjolk": "eko"}, diet=("laktosfri",))
    assert taught.product is not None and taught.product.id == "lf" and not taught.learned


def test_another_phrase_learns_nothing_from_it() -> None:
    assert line("ost", WITH_CATEGORIES, {"mjolk": "eko"}) == line("ost", WITH_CATEGORIES)


@pytest.mark.parametrize("catalog", [WITH_CATEGORIES, NAMES_ONLY], ids=["categories", "names-only"])
def test_the_usual_of_a_kind_is_what_the_client_chose_or_bought(catalog: list[Product]) -> None:
    by_history = line("min vanliga ost", catalog, history=("mellan", "präst"))
    assert by_history.product is not None and by_history.product.id == "präst"
    assert by_history.learned and not by_history.needs_review
    by_reading = line("den vanliga osten", catalog, {"gul ost": "präst"}, history=("herrgård",))
    assert by_reading.product is not None and by_reading.product.id == "präst" and by_reading.learned


def test_the_usual_without_anything_of_that_kind_asks_staff() -> None:
    usual = line("mitt vanliga kaffe", WITH_CATEGORIES + [_p("kaffe", "Bryggkaffe", "Kaffe", 450, "g")],
                 history=("mellan",))
    assert usual.needs_review and not usual.learned
    assert usual.reason is not None and "brukar" in usual.reason


def test_an_item_without_a_phrase_is_left_to_the_basket() -> None:
    item = Item(phrase="", span=(0, 0), usual=True)
    assert line_for(item, CatalogIndex.build(WITH_CATEGORIES), learned={"": "råg"}).product is None


@pytest.mark.parametrize("catalog", [WITH_CATEGORIES, NAMES_ONLY], ids=["categories", "names-only"])
def test_a_reading_is_found_by_its_phrase_as_the_normaliser_reads_it_now(catalog: list[Product]) -> None:
    """Readings are kept with the key the normaliser gave when they were taught; a later normaliser (a new
    stem, as "vispgrädde" got) gives another key, and the reading was lost. It is looked up by its phrase,
    the newest first."""
    taught = line("två limpor", catalog, {"limpan": "slut", "Limporna": "råg"})
    assert taught.product is not None and taught.product.id == "råg" and taught.learned
