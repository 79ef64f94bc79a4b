"""The word lists stay consistent with how they are used."""

from __future__ import annotations

import pytest

from assistant.nlu.lexicon import ATTRIBUTES, FILLER_WORDS, PHRASES, UNITS, VAGUE
from assistant.nlu.numbers import split_parts
from assistant.nlu.patterns import expand


@pytest.mark.parametrize(("kind", "pattern"), PHRASES)
def test_phrase_words_can_be_reached(kind: str, pattern: str) -> None:
    """Filler words are dropped and number words read as amounts before phrases are matched."""
    for words in expand(pattern.rstrip("$")):
        for word in words:
            assert word not in FILLER_WORDS, (kind, word)
            assert word in VAGUE or not split_parts(word), (kind, word)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("a b", [("a", "b")]),
        ("(a|b c) d", [("a", "d"), ("b", "c", "d")]),
        ("a [b|c]", [("a", "b"), ("a", "c"), ("a",)]),
    ],
)
def test_pattern_syntax(pattern: str, expected: list[tuple[str, ...]]) -> None:
    assert expand(pattern) == expected


def test_units_and_attributes_do_not_overlap() -> None:
    assert not set(UNITS) & set(ATTRIBUTES)
