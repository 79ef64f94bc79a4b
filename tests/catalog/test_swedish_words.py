"""Typo correction never invents: a real Swedish word is not read as another catalog word unflagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.catalog.swedish import DICTIONARY, another_word, dictionary, different_words, is_swedish
from tests.catalog.catalog_fixture import product
from tests.catalog.test_generalisation import propose

WORDS = frozenset({"glödlampa", "mjölk", "keso", "råkost", "schampo"})


@pytest.mark.parametrize(("word", "expected"), [
    ("glödlampa", True),
    ("glödlampor", True),      # an inflected form of a listed word
    ("mjölken", True),
    ("rakost", False),         # typed without å/ä/ö it is no "råkost"
    ("mjök", False),
    ("globlampa", False),
])
def test_a_word_or_its_inflection_is_swedish(word: str, expected: bool) -> None:
    assert is_swedish(word, WORDS) is expected


@pytest.mark.parametrize(("said", "read", "expected"), [
    ("glödlampa", "globlampa", True),
    ("schampot", "schampo", False),   # the definite form of the same word
    ("keson", "keso", False),
    ("medvurst", "medwurst", False),  # another spelling
    ("matjessill", "matjesill", False),
])
def test_another_word_is_not_an_inflection_or_a_spelling(said: str, read: str, expected: bool) -> None:
    assert another_word(said, read) is expected


def test_a_missing_dictionary_leaves_only_catalog_words(tmp_path: Path) -> None:
    assert dictionary(tmp_path / "none.dic") == frozenset()


@pytest.mark.skipif(not DICTIONARY.is_file(), reason=f"needs {DICTIONARY} (Debian package hunspell-sv)")
def test_a_real_word_the_shop_lacks_is_flagged_with_its_nearest_relative() -> None:
    products = [product("l1", "Lanser Metall", "", None, 1, "st", 99.0),
                product("l2", "Lanser Trä", "", None, 1, "st", 129.0)]
    proposal = propose(products, "linser")  # one letter from "lanser", but lentils
    assert proposal.needs_review and "linser" in (proposal.reason or "")
    assert proposal.product is not None  # the nearest relative is offered, for staff to confirm


FOLDED = frozenset({"gradde", "gradda", "tomat", "apple", "kaka"})


@pytest.mark.parametrize(("said", "written", "expected"), [
    ("gradde", ["graddat"], True),     # cream is not "baked"
    ("tomat", ["tomater"], False),     # a plural of the word
    ("apple", ["applen"], False),
    ("kaka", ["kakor"], False),
    ("tomat", ["tomatsås"], False),    # an unknown form proves nothing
])
def test_forms_of_different_dictionary_words(said: str, written: list[str], expected: bool) -> None:
    assert different_words(said, written, FOLDED) is expected


@pytest.mark.skipif(not DICTIONARY.is_file(), reason=f"needs {DICTIONARY} (Debian package hunspell-sv)")
def test_a_word_sharing_only_a_stem_is_another_thing() -> None:
    products = [product("bread", "Gott Gräddat", "", "Pågen", 500, "g", 29.0)]
    proposal = propose(products, "grädde")
    assert proposal.product is None and proposal.needs_review
