"""Anything a tablet can send: no exception, bounded work, offsets into the original text."""

from __future__ import annotations

import pytest

from assistant.nlu import parse


@pytest.mark.parametrize(
    "text",
    [
        "", " ", "\n\n", "....", ",,,", "😀", "🥛🧈🍞", "12345", "1 2 3 4 5", "½", "1/0 kg", "0/0",
        "-", "- - -", "x", "%", "99999999999999999999", "مرحبا أريد حليب", "Привет", "你好",
        "hello i would like some milk please", "ich möchte bitte milch und brot",
        "haluan maitoa kiitos", "\x00\x01\x02", "\t", "och och och", "till", "en", "ett par",
    ],
)
def test_odd_input_is_unknown_or_has_no_items(text: str) -> None:
    parsed = parse(text)
    assert parsed.intents == ["unknown"] or not parsed.items
    assert not parsed.items


@pytest.mark.parametrize(
    "text",
    ["mjölk " * 2000, "a" * 10_000, "två liter mjölk, " * 700, "😀" * 10_000, "1" * 10_000, "och " * 3000],
)
def test_long_input_is_cut_at_max_chars(text: str) -> None:
    parsed = parse(text)
    assert parsed.text == text[:2000]
    assert all(0 <= i.span[0] <= i.span[1] <= 2000 for i in parsed.items)


@pytest.mark.parametrize(("max_chars", "expected"), [(0, ""), (5, "mjölk"), (-3, "")])
def test_max_chars_bounds_the_text(max_chars: int, expected: str) -> None:
    assert parse("mjölk och smör", max_chars=max_chars).text == expected


def test_text_is_kept_as_given() -> None:
    assert parse("Två Liter MJÖLK!").text == "Två Liter MJÖLK!"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("två liter mjölk", ["två liter mjölk"]),
        ("Mjölk, 2 paket smör.", ["Mjölk", "2 paket smör"]),
        ("eh jag vill ha två liter mellan mjölk och och ett paket smör tack",
         ["två liter mellan mjölk", "ett paket smör"]),
        ("ta bort mjölken", ["mjölken"]),
        ("en mjölk till", ["en mjölk till"]),
        ("en till", ["en till"]),
        ("mjölk två liter", ["mjölk två liter"]),
        ("kan jag få EN LIMPA tack", ["EN LIMPA"]),
        ("sex ägg ett paket bacon", ["sex ägg", "ett paket bacon"]),
        ("😀 tre äpplen 😀", ["tre äpplen"]),
        ("ett och ett halvt kilo potatis", ["ett och ett halvt kilo potatis"]),
        ("lite ost", ["lite ost"]),
    ],
)
def test_spans_point_into_the_original_text(text: str, spans: list[str]) -> None:
    assert [text[i.span[0]:i.span[1]] for i in parse(text).items] == spans


def test_parse_is_deterministic() -> None:
    text = "samma som förra veckan men utan kaffe och lägg till två liter mjölk"
    assert parse(text) == parse(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("två mjö\u200blk", "mjölk"), ("smö\u00adr", "smör"), ("\ufeffkaffe", "kaffe"), ("fil\u200dmjölk", "filmjölk"),
     ("a-\u200bfil", "a-fil"), ("mjöl\u2060k och smör", "mjölk")],
)
def test_invisible_characters_inside_a_word_do_not_split_it(text: str, phrase: str) -> None:
    """A zero-width space, soft hyphen, joiner or byte order mark pasted inside a word split it in two."""
    item = parse(text).items[0]
    assert item.phrase == phrase
    assert text[item.span[0]:item.span[1]].replace("\u200b", "").replace("\u00ad", "").replace(
        "\u200d", "").replace("\u2060", "").endswith(phrase.split()[-1])


@pytest.mark.parametrize("text", ["\u200b" * 2000, ("m\u200b" * 1000), ("m\u200b-" * 700), "\u00ad-" * 1000])
def test_invisible_characters_cost_bounded_work(text: str) -> None:
    parse(text)
