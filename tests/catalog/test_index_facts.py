"""The entry facts only scoring reads are worked out on first read, not at build (index._LateFact)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from assistant.catalog.index import _LATE_FACTS, CatalogIndex, Entry
from assistant.catalog.lexicon import load_lexicon
from tests.catalog.catalog_fixture import names_only, product

PRODUCTS = [
    product("1", "Mellanmjölk 1,5%", "Mejeri > Mjölk", size=1, unit="l"),
    product("2", "Loka Citron 6x33cl", "Dryck > Kolsyrat vatten"),
    product("3", "Kamomill Te", "Dryck > Te", brand="Lipton"),
    product("4", "Strumpbyxa 40-44", "Hem > Kläder"),
    product("5", "Köttfria Köttbullar", "Vegetariskt > Färdigrätter"),
    product("6", "NAN Pro 2", "Barn > Ersättning"),
]


def _set(entry: Entry, name: str) -> bool:
    try:
        getattr(Entry, name).slot.__get__(entry)  # the slot itself, which works nothing out
    except AttributeError:
        return False
    return True


def _facts(index: CatalogIndex) -> list[tuple[object, ...]]:
    return [tuple(getattr(e, name) for name in _LATE_FACTS) for e in index.entries]


@pytest.mark.parametrize("products", [PRODUCTS, names_only(PRODUCTS)], ids=["categories", "names only"])
def test_scoring_facts_are_read_on_first_use(products: list) -> None:
    index = CatalogIndex.build(products, load_lexicon())
    index.memory_bytes()  # measuring works none out either
    assert not any(_set(e, name) for e in index.entries for name in _LATE_FACTS)
    milk, loka, tea, tights, meatless, formula = index.entries
    assert (milk.percent, loka.pack_count, tights.size_range, formula.series) == (1.5, 6, (40, 44), ("nan pro", 2))
    assert tea.last_word and meatless.free_of
    assert _set(milk, "packing") and not _set(milk, "name_words")  # each group of facts on its own first read


def test_facts_read_in_threads_agree_with_one_reader() -> None:
    """Requests are matched in threads sharing an index: readers racing on an entry all read its facts alike."""
    lexicon = load_lexicon()
    alone = _facts(CatalogIndex.build(PRODUCTS, lexicon))
    shared = CatalogIndex.build(PRODUCTS, lexicon)
    with ThreadPoolExecutor(8) as pool:
        read = list(pool.map(lambda _: _facts(shared), range(16)))
    assert all(facts == alone for facts in read)
