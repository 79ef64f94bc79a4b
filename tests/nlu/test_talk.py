"""Goods said at the end of talk with no pause ("korv hon är sjuk toapapper"): the parser sets the talk
aside, and offers the words at its end as goods perhaps asked (`ParsedRequest.said_after_talk`); the
catalog keeps those the store sells. Words the talk itself governs are never offered."""

from __future__ import annotations

import pytest

from assistant.nlu import parse


@pytest.mark.parametrize(("text", "items", "offered"), [
    ("korv hon är sjuk toapapper", ["korv"], [("toapapper", None, None)]),
    ("korv hon är sjuk två paket toapapper", ["korv"], [("toapapper", 2, "st")]),
    ("mjölk, hon är förkyld näsdukar", ["mjölk"], [("näsdukar", None, None)]),
    ("hon har varit sjuk en vecka kaffe", [], [("kaffe", None, None)]),  # a statement said first
    ("musfällor vi har möss i källaren bananer", ["musfällor"], [("bananer", None, None)]),
    ("kaffe hon är sjuk ett kilo äpplen royal gala", ["kaffe"], [("äpplen royal gala", 1, "kg")]),
])
def test_the_words_at_the_end_of_talk_are_offered_as_goods(text: str, items: list[str],
                                                           offered: list[tuple[str, float | None, str | None]]
                                                           ) -> None:
    parsed = parse(text)
    assert [item.phrase for item in parsed.items] == items
    assert [(item.phrase, item.quantity.amount, item.quantity.unit) for item in parsed.said_after_talk] == offered
    assert all(item.after_talk and item.action == "add" for item in parsed.said_after_talk)
    for item in parsed.said_after_talk:
        assert text[item.span[0]:item.span[1]].endswith(item.phrase)


@pytest.mark.parametrize("text", [
    "ögondroppar, hon har så torra ögon",          # the statement's own words
    "nötter hon är allergisk mot nötter",          # after a preposition: what the statement is about
    "korv hon tål inte riktigt mjölk",             # negated: what she does not take
    "yoghurt hon har ont i magen och äter inga bönor",
    "korv han är vegetarian",                      # a sort of the goods, said of the client
    "bullar hon är vegan",
    "korv hon är sjuk",                            # the statement's own word after its verb
    "kaffe vi brukar ta mörkrost",                 # a choice keeps its words in the item
    "batterier till fjärrkontrollen den fungerar inte",
])
def test_what_the_talk_says_is_offered_as_no_goods(text: str) -> None:
    assert parse(text).said_after_talk == []
