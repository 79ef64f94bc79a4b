"""Matching rules of session i47, each pinned as its general cause on a small inline catalog, as a feed of bare
names (Mathem's) and with categories."""

from __future__ import annotations

import pytest

from assistant.catalog.index import CatalogIndex
from tests.catalog.catalog_fixture import added_lines, product

WITH_CATEGORIES = pytest.mark.parametrize("shelved", [True, False], ids=["categories", "names-only"])

DRINKS = "Dryck > Kombucha"


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["kombucha med hallon smak", "kombucha med hallonsmak", "kombucha hallon"])
def test_a_taste_said_apart_from_smak_is_the_taste(shelved: bool, said: str) -> None:
    """"med hallon smak" is the "hallonsmak" said apart: "smak" was a word of its own no name writes, so the
    raspberry kombucha that says every other word was asked about."""
    goods = [product(name, name, DRINKS if shelved else "", price=price) for name, price in [
        ("Kombucha Hallon EKO", 34.9), ("Kombucha Ingefära EKO", 34.9), ("Kombucha Original", 29.9),
        ("Hallon Frysta", 39.9), ("Saft Hallon", 25.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name == "Kombucha Hallon EKO", line
    assert not line.needs_review, line


LAUNDRY = "Hem & städ > Tvätt"


@WITH_CATEGORIES
@pytest.mark.parametrize("said", ["tvättpulver till vittvätten", "tvätt pulver för vit tvätt"])
def test_a_name_calling_the_compound_asked_by_its_kind_is_no_other_kind(shelved: bool, said: str) -> None:
    """"Vit Tvättmedel Oparfymerat Tvättpulver" is the washing powder asked, named also as the detergent it is:
    read as a detergent merely mentioning the powder, it lost to a coloured-wash powder lacking "vit"."""
    goods = [product(name, name, LAUNDRY if shelved else "", price=price) for name, price in [
        ("Tvättpulver Kulör", 24.95), ("Vit Tvättmedel Oparfymerat Tvättpulver", 24.95),
        ("Tvättmedel Color Flytande", 39.9), ("Maskindisk Pulver", 29.9), ("Pulver Citron", 19.9)]]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None and line.product.name.startswith("Vit Tvättmedel"), line


PRODUCE = "Frukt & grönt > Frukt"


@WITH_CATEGORIES
@pytest.mark.parametrize(("said", "ripe_sold"), [
    ("två mango som är mogna", False), ("mango mogna", False), ("en mogen mango", False),
    ("ett paket ätmogna mango", True), ("mogna mango", True)])
def test_fresh_produce_may_be_ripe_and_a_name_saying_so_comes_first(shelved: bool, said: str,
                                                                     ripe_sold: bool) -> None:
    """"mogna" is a wish fresh produce may meet whether its name says so or not; a name that says "Mogen" or
    "Ätmogen" comes first, and nothing dried or frozen is ripe. "mogna" was a word the catalog did not know
    ("Mango" asked about), or, where one avocado was "Mogen", a word no mango said (a sure dried mango)."""
    names = [("Mango Klass 1", 15.9, PRODUCE), ("Mango Torkad", 29.9, "Skafferi > Torkad frukt"),
             ("Mango Fryst", 34.9, "Fryst > Frukt"), ("Avokado Mogen 2-pack", 34.9, "Frukt & grönt > Grönsaker"),
             ("Avokado", 12.9, "Frukt & grönt > Grönsaker")]
    if ripe_sold:
        names.append(("Mango Ätmogen 2-pack", 49.9, PRODUCE))
    goods = [product(name, name, shelf if shelved else "", price=price) for name, price, shelf in names]
    line, = added_lines(CatalogIndex.build(goods), said)
    assert line.product is not None, line
    assert line.product.name == ("Mango Ätmogen 2-pack" if ripe_sold else "Mango Klass 1"), line
