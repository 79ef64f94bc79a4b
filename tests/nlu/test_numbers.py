"""Number words as written by a keyboard or a speech recogniser."""

from __future__ import annotations

import pytest

from assistant.nlu.numbers import word_value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("noll", 0), ("en", 1), ("ett", 1), ("två", 2), ("tre", 3), ("fyra", 4), ("fem", 5),
        ("sex", 6), ("sju", 7), ("åtta", 8), ("nio", 9), ("tio", 10), ("elva", 11), ("tolv", 12),
        ("tretton", 13), ("fjorton", 14), ("femton", 15), ("sexton", 16), ("sjutton", 17),
        ("arton", 18), ("aderton", 18), ("nitton", 19), ("tjugo", 20), ("trettio", 30),
        ("fyrtio", 40), ("femtio", 50), ("sextio", 60), ("sjuttio", 70), ("åttio", 80),
        ("nittio", 90), ("hundra", 100), ("tusen", 1000),
        # compounds written as one word
        ("tjugoen", 21), ("tjugoett", 21), ("tjugofem", 25), ("trettiotvå", 32), ("fyrtiofyra", 44),
        ("femtiofem", 55), ("sextiosex", 66), ("sjuttiofem", 75), ("åttionio", 89), ("nittionio", 99),
        ("etthundra", 100), ("hundrafemtio", 150), ("tvåhundra", 200), ("tvåhundrafemtio", 250),
        ("femhundra", 500), ("niohundranittionio", 999), ("hundratolv", 112), ("ettusen", 1000),
        ("tvåtusen", 2000), ("tusenfemhundra", 1500),
        # spoken forms
        ("tjugi", 20), ("tretti", 30), ("förtio", 40), ("femti", 50), ("nitti", 90), ("tjugifem", 25),
    ],
)
def test_number_words(word: str, value: int) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize(
    "word",
    ["mjölk", "entre", "tvåtre", "femfem", "tjugotjugo", "hundrahundra", "tolvkorn", "sexpack", "", "tiotal"],
)
def test_not_numbers(word: str) -> None:
    assert word_value(word) is None
