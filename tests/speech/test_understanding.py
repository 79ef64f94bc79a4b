"""Transcript repair before understanding: split compounds are joined against the catalog's words."""

from __future__ import annotations

from assistant.catalog.loading import demo_catalog_path, import_catalog
from assistant.catalog.service import CatalogService


async def test_split_compound_is_joined_before_matching(db):
    await import_catalog(db, demo_catalog_path(), "demo")
    catalog = CatalogService(db, "demo")
    split = await catalog.understand("två mellan mjölk", transcript=True)
    joined = await catalog.understand("två mellanmjölk", transcript=True)
    assert split.text == "två mellanmjölk"
    assert split.lines == joined.lines
    assert split.lines[0].product.name.startswith("Mellanmjölk")


async def test_typed_text_is_taken_as_written(db):
    await import_catalog(db, demo_catalog_path(), "demo")
    typed = await CatalogService(db, "demo").understand("två mellan mjölk")
    assert typed.text == "två mellan mjölk"


async def test_words_that_form_no_known_compound_stay_apart(db):
    await import_catalog(db, demo_catalog_path(), "demo")
    result = await CatalogService(db, "demo").understand("mjölk och bröd", transcript=True)
    assert result.text == "mjölk och bröd"
