"""Requests typed without å, ä and ö read like the ones typed with them."""

from __future__ import annotations

import pytest

from assistant.nlu import parse
from assistant.nlu.spelling import RESTORE, fold


def summary(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(i.action, fold(i.phrase), i.quantity.amount, i.quantity.unit) for i in parse(text).items]


@pytest.mark.parametrize("plain,proper", [
    ("tva flaskor tonic", "två flaskor tonic"),
    ("kan jag fa atta agg", "kan jag få åtta ägg"),
    ("en pase lok och tva liter mjolk", "en påse lök och två liter mjölk"),
    ("attio gram jast", "åttio gram jäst"),
    ("tjugotva burkar krossade tomater", "tjugotvå burkar krossade tomater"),
    ("en forpackning farsk lax", "en förpackning färsk lax"),
    ("ta bort mjolken", "ta bort mjölken"),
    ("lagg till tva paket smor", "lägg till två paket smör"),
    ("andra mjolken till tre", "ändra mjölken till tre"),
    ("jag vill inte ha kaffe langre", "jag vill inte ha kaffe längre"),
    ("en lada clementiner", "en låda clementiner"),
    ("tva tre applen", "två tre äpplen"),
])
def test_plain_spelling_reads_the_same(plain, proper):
    assert summary(plain) == summary(proper)
    assert parse(plain).intents == parse(proper).intents


@pytest.mark.parametrize("text,intents", [
    ("samma som forra veckan", ["repeat"]),
    ("angra", ["undo"]),
    ("skicka bestallningen", ["finish"]),
])
def test_plain_spelling_of_commands(text, intents):
    assert parse(text).intents == intents


def test_only_unambiguous_words_outside_the_vocabulary_are_restored():
    assert "a" not in RESTORE  # "2 a 3" is a range, not "å" (och)
    assert "har" not in RESTORE  # "har" is a word of its own ("jag har slut på"), not "här"
    assert all(fold(proper) == plain for plain, proper in RESTORE.items())


def test_product_words_are_left_to_the_matcher():
    assert parse("smorgasgurka").items[0].phrase == "smorgasgurka"
