""""min vanliga ost": the client's usual product of a kind, marked on the item (catalog.learned reads it)."""

from __future__ import annotations

import pytest

from assistant.nlu import parse


@pytest.mark.parametrize(("text", "expected"), [
    ("min vanliga ost", [("ost", True)]),
    ("den vanliga osten", [("osten", True)]),
    ("mitt vanliga kaffe", [("kaffe", True)]),
    ("två av mina vanliga ostar", [("ostar", True)]),
    ("ett paket av det vanliga kaffet", [("kaffet", True)]),
    ("mjölk, den vanliga", [("mjölk", True)]),
    ("två liter mjölk men den vanliga", [("mjölk", True)]),
    ("kaffe, det vanliga från zoégas", [("kaffe från zoégas", True)]),  # was an item "från zoégas"
    ("min vanliga ost och lite bananer", [("ost", True), ("bananer", False)]),
    # said of the client by a care worker or a relative: "sin vanliga ost" was goods "sin vanliga ost"
    ("hon vill ha sin vanliga ost", [("ost", True)]),
    ("vi tar vårt vanliga kaffe", [("kaffe", True)]),
    # said as a relative clause: "ost som vi brukar" was an item "ost som" and nothing usual
    ("ost som vi brukar", [("ost", True)]),
    ("smör som hon alltid brukar köpa", [("smör", True)]),
    ("kaffe som han brukar dricka och två liter mjölk", [("kaffe", True), ("mjölk", False)]),
    ("ost som brukar finnas", [("ost som brukar finnas", False)]),
    # ... or what was taken last: "kaffe samma som sist" repeated the whole last order beside the coffee
    ("kaffe samma som sist", [("kaffe", True)]),
    ("bröd som hon hade förra veckan", [("bröd", True)]),
    ("mjölk som vanligt och två bröd", [("mjölk", True), ("bröd", False)]),
    # the ordinary sort, not the client's usual; "vanlig" is a word, not "vänlig" typed without its ä
    ("vanliga bananer", [("vanliga bananer", False)]),
    ("vanlig mjölk", [("vanlig mjölk", False)]),
    ("vanligt kaffe", [("vanligt kaffe", False)]),
    ("min ost", [("min ost", False)]),
])
def test_usual_items(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(item.phrase, item.usual) for item in parse(text).items] == expected


@pytest.mark.parametrize("text", ["som vanligt", "det vanliga", "jag vill ha det vanliga", "mitt vanliga"])
def test_the_usual_order_stays_a_repeat(text: str) -> None:
    parsed = parse(text)
    assert parsed.repeat is not None and parsed.repeat.kind == "usual" and not parsed.items


@pytest.mark.parametrize("text", ["kaffe samma som sist", "fullkorns ris ett paket som vanligt"])
def test_the_usual_said_of_goods_repeats_no_order(text: str) -> None:
    parsed = parse(text)
    assert parsed.repeat is None and [item.usual for item in parsed.items] == [True]
