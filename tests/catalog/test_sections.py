"""Store sections: stated by a category, else read from the name (non-food department, learned food
section, the name's frozen word), else "Övrigt"; never a guess where the words say nothing."""

from __future__ import annotations

import pytest

from assistant.catalog.lexicon import load_lexicon
from assistant.catalog.normalize import stem
from assistant.catalog.sections import (
    FOOD_SECTIONS,
    NOT_FOOD,
    OTHER,
    Section,
    food_section,
    learned_sections,
    section,
)

# One catalog with categories, one of bare names (as Mathem's feed): the same goods.
WITH_CATEGORIES = [
    ("Mellanmjölk 1,5%", "Mejeri, ost & ägg > Mjölk", Section("Mejeri, ost & ägg", True)),
    ("Falukorv", "Kött, chark & fågel > Korv", Section("Kött, chark & fågel", True)),
    ("Kattsand Klumpande", "Djur > Katt", Section("Djur", True)),
]
NAMES_ONLY = [
    ("Mellanmjölk 1,5%", Section("Mejeri & ägg", False)),
    ("Ägg 12-p", Section("Mejeri & ägg", False)),
    ("Bregott Normalsaltat", Section("Mejeri & ägg", False)),  # the lexicon's brand kind: smör
    ("Prästost 31%", Section("Ost", False)),
    ("Nötfärs 12%", Section("Kött & fågel", False)),
    ("Falukorv", Section("Chark & pålägg", False)),
    ("Laxfilé", Section("Fisk & skaldjur", False)),
    ("Rågbröd", Section("Bröd & kakor", False)),
    ("Knäckebröd", Section("Bröd & kakor", False)),
    ("Äpple Royal Gala", Section("Frukt & grönt", False)),
    ("Potatis Fast", Section("Frukt & grönt", False)),
    ("Makaroner", Section("Skafferi", False)),
    ("Lingonsylt", Section("Skafferi", False)),
    ("Apelsinjuice", Section("Dryck", False)),
    ("Bryggkaffe Mellanrost", Section("Dryck", False)),
    ("Fiskpinnar Frysta", Section("Fryst", False)),       # the name's frozen word says the freezer
    ("Kattsand Klumpande 10 l", Section("Djur", False)),  # non-food stays as departments.py says
    ("Diskmedel Original", Section("Hem & städ", False)),
    ("Kattmat Lax", Section("Djur", False)),             # an animal the word starts with: no fish
    ("Hela Skalade Tomater", Section(OTHER, False)),  # peeled: no shellfish (and tomatoes are sold
    ("Pistagenötter Skalade", Section(OTHER, False)),  # fresh and canned alike: no guess)
    ("Okänd vara", Section(OTHER, False)),               # words that say nothing: no guess
]


@pytest.mark.parametrize(("name", "category", "expected"), WITH_CATEGORIES)
def test_a_category_states_the_section(name: str, category: str, expected: Section) -> None:
    assert section(name, category, load_lexicon()) == expected


@pytest.mark.parametrize(("name", "expected"), NAMES_ONLY)
def test_a_names_only_feed_has_the_section_read_from_the_name(name: str, expected: Section) -> None:
    assert section(name, None, load_lexicon()) == expected
    assert section(name, "", load_lexicon()) == expected


TABLE = {"skalad": "Fisk & skaldjur", "mjolk": "Mejeri & ägg", "korv": "Chark & pålägg", "brod": "Bröd & kakor", "tval": NOT_FOOD,
         "hallon": "Frukt & grönt", "sylt": "Skafferi", "nudl": "Skafferi"}


@pytest.mark.parametrize(("words", "expected"), [
    (["mjolk"], "Mejeri & ägg"),
    (["shiratakinudl"], "Skafferi"),              # a compound's known last part
    (["mjolk", "korv"], None),                    # two words disagree: no guess
    (["mjolk", "korv", "mjolk"], "Mejeri & ägg"),  # most words say one
    (["tval"], None),                             # sold outside food: no food section
    (["hallon", "sylt"], "Skafferi"),             # a flavour speaks only when nothing else does
    (["hallon"], "Frukt & grönt"),
    (["okand"], None),
    (["fryst", "korv"], "Fryst"),                 # a frozen word is never silent
    (["skalad", "korv"], "Chark & pålägg"),
    (["skalad"], None),                           # a preparation says nothing alone
    ([], None),
])
def test_food_section_from_a_table(words: list[str], expected: str | None) -> None:
    assert food_section(words, TABLE, frozenset({stem("hallon")}), frozenset({"skalad", "fryst"})) == expected


def test_the_learned_table_names_only_the_food_sections() -> None:
    table = learned_sections()
    assert len(table) > 1000 and set(table.values()) == {*FOOD_SECTIONS, NOT_FOOD} - {"Fryst"}
    assert all(word == word.casefold() and word.isalpha() and word.isascii() for word in table)  # folded stems
