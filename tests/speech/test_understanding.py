"""Transcript repair before understanding: split compounds are joined against the catalog's words."""

from __future__ import annotations

from assistant.catalog.loading import demo_catalog_path, import_catalog
from assistant.catalog.service import CatalogService
from assistant.speech.understanding import understand_transcript


async def test_split_compound_is_joined_before_matching(db):
    await import_catalog(db, demo_catalog_path(), "demo")
    catalog = CatalogService(db, "demo")
    split = await understand_transcript(catalog, "två mellan mjölk", None)
    joined = await understand_transcript(catalog, "två mellanmjölk", None)
    assert split["text"] == "två mellanmjölk"
    assert split["lines"] == joined["lines"]
    assert split["lines"][0]["product"]["name"].startswith("Mellanmjölk")


async def test_words_that_form_no_known_compound_stay_apart(db):
    await import_catalog(db, demo_catalog_path(), "demo")
    result = await understand_transcript(CatalogService(db, "demo"), "mjölk och bröd", None)
    assert result["text"] == "mjölk och bröd"
