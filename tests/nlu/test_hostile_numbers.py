"""Hostile numbers: every way of writing a number someone might paste gets a sensible reading, or an `odd`
amount kept as said (no amount, so the line goes to staff), never an exception, a bogus line or unbounded work."""

from __future__ import annotations

import math

import pytest

from assistant.nlu import parse
from assistant.nlu.numbers import digits_value, fraction_value

NBSP, NARROW_NBSP, THIN = "\u00a0", "\u202f", "\u2009"


@pytest.mark.parametrize(
    ("text", "phrase", "amount", "unit", "odd"),
    [
        # scientific notation: read when it is a number, odd when it is none
        ("1e400 liter mjölk", "mjölk", None, "l", "1e400"),
        ("1E5 mjölk", "mjölk", 100_000, "st", None),
        ("1e3 g smör", "smör", 1000, "g", None),
        ("2,5e2 g smör", "smör", 250, "g", None),
        ("1e-400 kg smör", "smör", None, "kg", "1e-400"),
        # huge digit strings: 20 digits are still a number kept as said, more are none
        ("12345678901234567890 mjölk", "mjölk", float("12345678901234567890"), "st", None),
        ("123456789012345678901 mjölk", "mjölk", None, None, "12345678901234567890…"),
        ("1" + "0" * 400 + " mjölk", "mjölk", None, None, "10000000000000000000…"),
        # zero and division by zero: no amount to order
        ("0 mjölk", "mjölk", None, None, "0"),
        ("noll mjölk", "mjölk", None, None, "noll"),
        ("1/0 liter mjölk", "mjölk", None, "l", "1/0"),
        ("0/0 mjölk", "mjölk", None, None, "0/0"),
        # a minus is a bullet in a written list, not a sign
        ("-2 mjölk", "mjölk", 2, "st", None),
        # "inf" and "nan" are words, not numbers
        ("inf liter mjölk", "inf liter mjölk", None, None, None),
        ("nan mjölk", "nan mjölk", None, None, None),
        # thousands: Swedish groups with a (non-breaking, thin) space, English commas or dots in several groups
        ("1 000 g smör", "smör", 1000, "g", None),
        (f"1{NBSP}500 g smör", "smör", 1500, "g", None),
        (f"2{NARROW_NBSP}000 g mjöl", "mjöl", 2000, "g", None),
        (f"1{THIN}000{THIN}000 mjölk", "mjölk", 1_000_000, "st", None),
        ("1,000,000 mjölk", "mjölk", 1_000_000, "st", None),
        ("1.000.000 mjölk", "mjölk", 1_000_000, "st", None),
        ("1,5 liter mjölk", "mjölk", 1.5, "l", None),
        # other scripts' digits
        ("٣ mjölk", "mjölk", 3, "st", None),
        ("١٢ ägg", "ägg", 12, "st", None),
        ("３ mjölk", "mjölk", 3, "st", None),
        ("１２ ägg", "ägg", 12, "st", None),
        # superscripts are no count of their own
        ("2² mjölk", "mjölk", 2, "st", None),
        ("²mjölk", "mjölk", None, None, None),
        # vulgar fractions
        ("½ liter mjölk", "mjölk", 0.5, "l", None),
        ("¾ liter grädde", "grädde", 0.75, "l", None),
        ("¼ kg smör", "smör", 0.25, "kg", None),
        ("1½ liter mjölk", "mjölk", 1.5, "l", None),
        ("2¼ kg potatis", "potatis", 2.25, "kg", None),
        # an amount against another: no amount to order, for staff as said ("dubbelt" was goods of their own)
        ("dubbelt så mycket mjölk som förra veckan", "mjölk", None, None, "dubbelt så mycket"),
        ("lika mycket kaffe som vanligt", "kaffe", None, None, "lika mycket"),
    ],
)
def test_hostile_numbers(text: str, phrase: str, amount: float | None, unit: str | None, odd: str | None) -> None:
    [item] = parse(text).items
    assert (item.phrase, item.quantity.amount, item.quantity.unit, item.quantity.odd) == (phrase, amount, unit, odd)


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12.0), ("1,5", 1.5), ("0.25", 0.25), ("1e3", 1000.0), ("1E+2", 100.0), ("٣", 3.0), ("１２", 12.0),
     ("1e400", None), ("1e-400", 0.0), ("9" * 21, None), ("9" * 20, float("9" * 20)), ("0" * 30 + "7", 7.0)],
)
def test_digits_value(text: str, value: float | None) -> None:
    assert digits_value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("1/2", 0.5), ("½", 0.5), ("¾", 0.75), ("⅓", 1 / 3), ("1/0", None), ("0/0", None), ("1" * 21 + "/3", None)],
)
def test_fraction_value(text: str, value: float | None) -> None:
    assert fraction_value(text) == value


@pytest.mark.parametrize("text", ["9" * 1990 + " mjölk", "1/" + "0" * 1990, "1e" + "9" * 1990 + " mjölk",
                                  "٣" * 1990, "½" * 1990, "1 000" * 300, "1,000" * 300])
def test_long_numbers_are_bounded(text: str) -> None:
    parsed = parse(text)
    for item in parsed.items:
        assert item.quantity.amount is None or math.isfinite(item.quantity.amount)
        assert item.quantity.odd is None or len(item.quantity.odd) <= 21


def test_a_percentage_right_after_an_amount_is_read_not_crashed_on() -> None:
    """"mjölk en liter tre procent" raised AttributeError (an amount before the percentage was read as a word)."""
    item, = parse("mjölk en liter tre procent").items
    assert (item.phrase, item.quantity.amount, item.quantity.unit) == ("mjölk 3%", 1.0, "l")


@pytest.mark.parametrize(("text", "phrases"), [("mjölk plus", ["mjölk"]), ("lite plus", []),
                                               ("ost halv ägg plus", ["ost", "ägg"])])
def test_plus_said_last_is_read_not_crashed_on(text: str, phrases: list[str]) -> None:
    """Any text ending in "plus" raised IndexError: a strength after "plus" was looked for past the end."""
    assert [item.phrase for item in parse(text).items] == phrases


@pytest.mark.parametrize(("text", "expected"), [
    ("ta den andra osten", [("add", "andra osten")]),
    ("mjölk och det andra", [("add", "mjölk det andra")]),  # the other sort: no change of a count
    ("mjölk och en tom flaska", [("add", "mjölk"), ("add", "tom flaska")]),
    ("en slang till dammsugaren", [("add", "slang till dammsugaren")]),
    ("mjolk latt och andra mjolken till tre", [("add", "mjolk lätt"), ("set", "mjolken")]),  # "ändra" typed so
])
def test_a_real_word_typed_without_dots_stays_itself(text: str, expected: list[tuple[str, str]]) -> None:
    """"ta den andra osten" changed the cheese's count: "andra" (other), typed as it is, was read as "ändra"
    (change), as "tom" (empty) was "töm" and "slang" (a hose) "släng". A Swedish word of its own stays itself."""
    assert [(i.action, i.phrase) for i in parse(text).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("knappbatteri cr 2032", ("knappbatteri cr 2032", None)),
    ("två knappbatterier cr 2032", ("knappbatterier cr 2032", 2.0)),
    ("ett knappbatteri cr tjugofyra femtio", ("knappbatteri cr 2450", 1.0)),
    ("knappbatteri cr tjugo trettiotvå", ("knappbatteri cr 2032", None)),
])
def test_a_codes_number_said_apart_is_no_count(text: str, expected: tuple[str, float | None]) -> None:
    """"knappbatteri cr 2032" asked for 2032 batteries "knappbatteri cr", and "cr tjugofyra femtio" for 24 to 50:
    the number after a code's letters is the code's, a spoken one in two parts of two digits each."""
    [item] = parse(text).items
    assert (item.phrase, item.quantity.amount) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("a plus flytande tvättmedel", ["aplus flytande tvättmedel"]),
    ("a+ tvättmedel", ["aplus tvättmedel"]),
    ("tvättmedel a plus", ["tvättmedel aplus"]),  # ending the item too ("plus" joined no goods: the brand was lost)
    ("3 st a 250 g smör", ["smör"]),
])
def test_a_letter_and_plus_before_the_goods_is_a_brand(text: str, expected: list[str]) -> None:
    """"a plus flytande tvättmedel" dropped the "a" and read "plus" as "and": the letter and the plus said before
    the goods are one word, the brand "A+" as the catalog reads it said."""
    assert [item.phrase for item in parse(text).items] == expected
