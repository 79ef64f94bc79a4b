"""The tokenizer keeps offsets into the original text and reads numbers the Swedish way."""

from __future__ import annotations

import pytest

from assistant.nlu.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mjölk, 2 paket", [("word", "mjölk"), ("sep", ","), ("num", "2"), ("word", "paket")]),
        ("1,5 kg", [("num", "1,5"), ("word", "kg")]),
        ("mjölk,smör", [("word", "mjölk"), ("sep", ","), ("word", "smör")]),
        ("500g", [("num", "500"), ("word", "g")]),
        ("1/2 kg", [("frac", "1/2"), ("word", "kg")]),
        ("2-3 äpplen", [("num", "2"), ("dash", "-"), ("num", "3"), ("word", "äpplen")]),
        ("a-fil", [("word", "a-fil")]),
        ("ZOÉGAS", [("word", "zoégas")]),
        ("2 st. ägg", [("num", "2"), ("word", "st"), ("word", "ägg")]),
        ("2 fpk. ägg", [("num", "2"), ("word", "fpk"), ("word", "ägg")]),
        ("ägg. mjölk", [("word", "ägg"), ("sep", "."), ("word", "mjölk")]),
        ("1. ris\n2. te", [("sep", "."), ("word", "ris"), ("sep", "\n"), ("sep", "."), ("word", "te")]),
        ("🥛 mjölk 🥛", [("word", "mjölk")]),
        ("3%", [("num", "3"), ("word", "%")]),
        ("block a4, lampa E27", [("word", "block"), ("word", "a4"), ("sep", ","), ("word", "lampa"),
                                 ("word", "e27")]),  # a letter glued to a number is a code, no amount
        ("mjölk x2", [("word", "mjölk"), ("word", "x"), ("num", "2")]),  # "x2" is still two of it
        ("kaffefilter 1x4", [("word", "kaffefilter"), ("word", "1x4")]),  # one of four is no multipack: a size
        ("ägg 2x6", [("word", "ägg"), ("num", "2"), ("word", "x"), ("num", "6")]),
        ("knappcell cr2032, lampa GU10", [("word", "knappcell"), ("word", "cr2032"), ("sep", ","),
                                          ("word", "lampa"), ("word", "gu10")]),  # two letters glued: a code too
        ("st2 ägg", [("word", "st"), ("num", "2"), ("word", "ägg")]),  # a unit glued to a number is no code
        # a word glued to a number before the goods' word is a name ("Mach3", "Omega3"), no count of them; before
        # a unit, "och" or nothing it is a space typed away
        ("mach3 rakhyvel", [("word", "mach3"), ("word", "rakhyvel")]),
        ("omega3 kapslar", [("word", "omega3"), ("word", "kapslar")]),
        ("mjölk2 liter", [("word", "mjölk"), ("num", "2"), ("word", "liter")]),
        ("ägg12 och smör", [("word", "ägg"), ("num", "12"), ("word", "och"), ("word", "smör")]),
        ("ägg12", [("word", "ägg"), ("num", "12")]),
        ("ca500 g", [("word", "ca"), ("num", "500"), ("word", "g")]),
        # a number named by its ordinal or definite form is a product's name, colon or not, no amount
        ("88:an glass", [("word", "88an"), ("word", "glass")]),
        ("88an glass", [("word", "88an"), ("word", "glass")]),
        ("två 91:an", [("word", "två"), ("word", "91an")]),
        ("kaffe: 2 pkt", [("word", "kaffe"), ("sep", ":"), ("num", "2"), ("word", "pkt")]),
        ("kl 12:30", [("word", "kl"), ("num", "12"), ("sep", ":"), ("num", "30")]),
        # "sankt" abbreviated with a colon is one word of a name ("S:t Agur"), no sentence end
        ("en bit s:t agur", [("word", "en"), ("word", "bit"), ("word", "s:t"), ("word", "agur")]),
        ("S:ta Maria", [("word", "s:ta"), ("word", "maria")]),
        ("ost:2 st", [("word", "ost"), ("sep", ":"), ("num", "2"), ("word", "st")]),
    ],
)
def test_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.kind, t.text) for t in tokenize(text)] == expected


def test_offsets_point_into_the_original() -> None:
    text = "  Två LITER mjölk!"
    assert [text[t.start:t.end] for t in tokenize(text)] == ["Två", "LITER", "mjölk", "!"]
